//! A simulated year: a discrete-event simulation of each residential program (and of the
//! pooled alternative) as a loss system.
//!
//! People arrive as a Poisson process at the model's rate (admissions a day), stay for a time
//! drawn from the chosen distribution with the program's mean stay (`uncertainty.
//! stay_distribution`: fixed, exponential, or log-normal with coefficient of variation
//! `uncertainty.stay_cv`), and are turned away when every bed is taken (M/G/c/c). Each program
//! runs for `uncertainty.sim_years` consecutive 365-day years; every year gives one value of
//! each figure, and the report is their mean with a 95% confidence interval (Student's t over
//! the years, the batch-means method):
//!
//! - **share of time full**: the share of the year with every bed taken. Erlang B gives the
//!   same figure for any stay distribution with the same mean (insensitivity), and it is also
//!   the share of arrivals turned away (Poisson arrivals see time averages): the simulation
//!   must agree with it within its error ([`LossSummary::agrees_with_erlang_b`]).
//! - **share of days full at some moment**: what seed 003's "full no more than 5% of days"
//!   literally says. A day counts when every bed is taken at any moment of it, so this is
//!   always at least the share of time full, and usually well above it.
//! - **people turned away a year**, the share of arrivals turned away, and **mean
//!   utilization** (occupied bed-days / (beds × 365)).
//!
//! Every run starts in the steady state, so no year is spent warming up: the number of
//! occupied beds is drawn from the Erlang loss model's distribution (a Poisson distribution
//! truncated at the beds, for any stay distribution), and each occupied bed's remaining stay
//! from the stationary remaining-stay distribution (a stay drawn in proportion to its length,
//! times a uniform share of it).
//!
//! The first simulated year's daily census (the most beds taken each day, and the average) is
//! kept for a chart against capacity.
//!
//! [`Simulation`] runs a scenario's programs in slices of program-years for a page that must
//! stay responsive; [`run_simulation`] does it at once; [`simulate_loss`] simulates one loss
//! system. Each program has its own random stream, from `uncertainty.seed` and its key, so
//! the same scenario gives the same figures, however the work is sliced.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use serde::Serialize;

use crate::eval::erlang::erlang_b;
use crate::scenario::ranges::StayDistribution;
use crate::scenario::Problem;
use crate::scenario::{ProgramKind, Scenario};
use crate::stochastic::rng::{log_normal_params, Rng};

/// Days in a simulated year.
pub const DAYS: f64 = 365.0;

/// One stream of arrivals into a loss system.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Class {
    pub arrivals_per_day: f64,
    /// Mean stay in days.
    pub stay_days: f64,
}

/// A loss system: arrival classes sharing some beds (one class for a program; a pool has one
/// class per program).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LossSystem {
    pub classes: Vec<Class>,
    pub beds: u64,
}

impl LossSystem {
    /// One program: `arrivals_per_day` with mean stay `stay_days` into `beds` beds.
    pub fn single(arrivals_per_day: f64, stay_days: f64, beds: u64) -> LossSystem {
        LossSystem {
            classes: vec![Class {
                arrivals_per_day,
                stay_days,
            }],
            beds,
        }
    }

    /// Arrivals a day, every class together.
    pub fn arrivals_per_day(&self) -> f64 {
        self.usable().map(|c| c.arrivals_per_day).sum()
    }

    /// Offered load: Σ arrivals a day × mean stay.
    pub fn load(&self) -> f64 {
        self.usable()
            .map(|c| c.arrivals_per_day * c.stay_days)
            .sum()
    }

    /// The mean stay over every arrival.
    pub fn mean_stay(&self) -> f64 {
        let a = self.arrivals_per_day();
        if a > 0.0 {
            self.load() / a
        } else {
            0.0
        }
    }

    fn usable(&self) -> impl Iterator<Item = &Class> {
        self.classes.iter().filter(|c| {
            c.arrivals_per_day.is_finite()
                && c.arrivals_per_day > 0.0
                && c.stay_days.is_finite()
                && c.stay_days > 0.0
        })
    }
}

/// How stays are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stays {
    pub distribution: StayDistribution,
    /// Coefficient of variation (log-normal only).
    pub cv: f64,
}

/// A figure's mean over the simulated years with its 95% confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Estimate {
    pub mean: f64,
    /// `mean − half_width`.
    pub low: f64,
    /// `mean + half_width`.
    pub high: f64,
    /// Half the width of the 95% confidence interval (Student's t over the years); 0 with
    /// fewer than two years.
    pub half_width: f64,
}

impl Estimate {
    /// The estimate from one value a year.
    pub fn of(values: &[f64]) -> Estimate {
        let n = values.len();
        if n == 0 {
            return Estimate::default();
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let half_width = if n >= 2 {
            let var = values.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1) as f64;
            t975(n - 1) * (var / n as f64).sqrt()
        } else {
            0.0
        };
        Estimate {
            mean,
            low: mean - half_width,
            high: mean + half_width,
            half_width,
        }
    }

    /// The standard error (half width / t).
    fn standard_error(&self, n: usize) -> f64 {
        if n >= 2 {
            self.half_width / t975(n - 1)
        } else {
            0.0
        }
    }
}

/// The 97.5% quantile of Student's t with `df` degrees of freedom (a table to 9, then the
/// Cornish–Fisher expansion to the third order, within 0.001 from 10 on).
fn t975(df: usize) -> f64 {
    const TABLE: [f64; 9] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
    ];
    if df == 0 {
        return 0.0;
    }
    if df <= 9 {
        return TABLE[df - 1];
    }
    let z = 1.959_963_984_540_054_f64;
    let d = df as f64;
    let z3 = z * z * z;
    let z5 = z3 * z * z;
    let z7 = z5 * z * z;
    z + (z3 + z) / (4.0 * d)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * d * d)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * d * d * d)
}

/// The first simulated year, day by day, for a chart against capacity.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DailyCensus {
    /// The beds (the capacity line).
    pub beds: u64,
    /// The most beds taken at any moment of each day (equal to `beds` on a day with a full
    /// moment).
    pub max: Vec<u32>,
    /// The average number of beds taken over each day.
    pub mean: Vec<f64>,
}

impl DailyCensus {
    /// Days recorded (365 once the first year is simulated).
    pub fn days(&self) -> usize {
        self.max.len()
    }

    /// True when every bed was taken at some moment of a day (as the simulation counts a full
    /// day: the most beds taken reached the beds).
    pub fn is_full(&self, day: usize) -> bool {
        self.max
            .get(day)
            .is_some_and(|&m| u64::from(m) >= self.beds)
    }

    /// Each day: full at some moment or not.
    pub fn full(&self) -> Vec<bool> {
        (0..self.days()).map(|d| self.is_full(d)).collect()
    }

    /// The days on which every bed was taken at some moment.
    pub fn days_full(&self) -> usize {
        (0..self.days()).filter(|&d| self.is_full(d)).count()
    }

    /// The most beds taken at any moment of the year.
    pub fn highest(&self) -> u32 {
        self.max.iter().copied().max().unwrap_or(0)
    }

    /// The average number of beds taken over the year (0 with no days).
    pub fn average(&self) -> f64 {
        if self.mean.is_empty() {
            return 0.0;
        }
        let a = self.mean.iter().sum::<f64>() / self.mean.len() as f64;
        if a.is_finite() {
            a
        } else {
            0.0
        }
    }
}

/// One simulated year's figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Year {
    time_full: f64,
    days_full: u32,
    arrivals: u64,
    turned_away: u64,
    bed_days: f64,
}

/// What the simulation of one loss system reports.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LossSummary {
    pub beds: u64,
    pub arrivals_per_day: f64,
    pub mean_stay_days: f64,
    /// Offered load (arrivals a day × mean stay).
    pub load: f64,
    /// Erlang B at these beds: the model's share of time full (and of arrivals turned away).
    pub erlang_b: f64,
    /// The model's utilization: load × (1 − B) / beds.
    pub model_utilization: f64,
    /// The model's people turned away a year: arrivals a day × 365 × B.
    pub model_turned_away_per_year: f64,
    /// Years simulated.
    pub years: usize,
    /// Share of time every bed is taken.
    pub time_full: Estimate,
    /// Share of days with every bed taken at some moment.
    pub days_full: Estimate,
    /// People turned away a year.
    pub turned_away_per_year: Estimate,
    /// Share of arrivals turned away.
    pub turned_away_share: Estimate,
    /// Occupied bed-days / (beds × 365).
    pub utilization: Estimate,
    /// `(time full − Erlang B) / standard error` (0 when the error is 0).
    pub erlang_b_z: f64,
    /// True when Erlang B is within three standard errors of the simulated share of time full
    /// (or within half a day over the run when the simulation saw no variation).
    pub agrees_with_erlang_b: bool,
    /// The first year's daily census.
    pub census: DailyCensus,
}

/// A stay drawer for a loss system's classes.
#[derive(Debug, Clone)]
struct StayDraw {
    distribution: StayDistribution,
    /// Per class: mean, log-normal μ.
    classes: Vec<(f64, f64)>,
    sigma: f64,
    /// Cumulative arrival rates (to pick the class of an arrival).
    arrival_cdf: Vec<f64>,
    /// Cumulative loads (to pick the class of a bed occupied in the steady state).
    load_cdf: Vec<f64>,
}

impl StayDraw {
    fn new(system: &LossSystem, stays: Stays) -> StayDraw {
        let cv = if stays.cv.is_finite() && stays.cv > 0.0 {
            stays.cv
        } else {
            crate::scenario::ranges::DEFAULT_STAY_CV
        };
        let sigma = log_normal_params(1.0, cv).1;
        let mut classes = Vec::new();
        let mut arrival_cdf = Vec::new();
        let mut load_cdf = Vec::new();
        let (mut a, mut l) = (0.0, 0.0);
        for c in system.usable() {
            classes.push((c.stay_days, log_normal_params(c.stay_days, cv).0));
            a += c.arrivals_per_day;
            l += c.arrivals_per_day * c.stay_days;
            arrival_cdf.push(a);
            load_cdf.push(l);
        }
        StayDraw {
            distribution: stays.distribution,
            classes,
            sigma,
            arrival_cdf,
            load_cdf,
        }
    }

    fn pick(cdf: &[f64], rng: &mut Rng) -> usize {
        if cdf.len() <= 1 {
            return 0;
        }
        let x = rng.uniform() * cdf[cdf.len() - 1];
        cdf.iter().position(|&c| x < c).unwrap_or(cdf.len() - 1)
    }

    /// The stay of a new arrival.
    #[inline]
    fn stay(&self, rng: &mut Rng) -> f64 {
        let (mean, mu) = self.classes[StayDraw::pick(&self.arrival_cdf, rng)];
        match self.distribution {
            StayDistribution::Fixed => mean,
            StayDistribution::Exponential => rng.exponential(mean),
            StayDistribution::LogNormal => (mu + self.sigma * rng.normal()).exp(),
        }
    }

    /// The remaining stay of a bed occupied in the steady state: a stay drawn in proportion
    /// to its length, times a uniform share of it.
    fn remaining(&self, rng: &mut Rng) -> f64 {
        let (mean, mu) = self.classes[StayDraw::pick(&self.load_cdf, rng)];
        match self.distribution {
            StayDistribution::Fixed => rng.uniform() * mean,
            // Memoryless: the remaining stay is a whole stay.
            StayDistribution::Exponential => rng.exponential(mean),
            // A log-normal in proportion to its length is log-normal with μ + σ².
            StayDistribution::LogNormal => {
                let s = (mu + self.sigma * self.sigma + self.sigma * rng.normal()).exp();
                rng.uniform() * s
            }
        }
    }
}

/// The number of occupied beds in the steady state: Poisson(load) truncated at the beds.
fn steady_occupancy(load: f64, beds: u64, rng: &mut Rng) -> u64 {
    if load.is_nan() || load <= 0.0 || beds == 0 {
        return 0;
    }
    // Log weights k·ln(a) − ln(k!), built up one step at a time.
    let mut logw = Vec::with_capacity(beds as usize + 1);
    let mut w = 0.0;
    logw.push(0.0);
    for k in 1..=beds {
        w += (load / k as f64).ln();
        logw.push(w);
    }
    let top = logw.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<f64> = logw.iter().map(|x| (x - top).exp()).collect();
    let total: f64 = weights.iter().sum();
    let mut x = rng.uniform() * total;
    for (k, wk) in weights.iter().enumerate() {
        if x < *wk {
            return k as u64;
        }
        x -= wk;
    }
    beds
}

/// A loss system being simulated, one year at a time.
#[derive(Debug, Clone)]
pub struct LossRun {
    system: LossSystem,
    stays: StayDraw,
    rng: Rng,
    arrival_rate: f64,
    busy: u64,
    /// Departure times (as the bits of positive f64, which order like the numbers).
    departures: BinaryHeap<Reverse<u64>>,
    now: f64,
    next_arrival: f64,
    day_end: f64,
    day_max: u64,
    day_area: f64,
    years: Vec<Year>,
    census: DailyCensus,
}

impl LossRun {
    /// A run of `system` with its own random stream `(seed, stream)`, started in the steady
    /// state.
    pub fn new(system: &LossSystem, stays: Stays, seed: u64, stream: u64) -> LossRun {
        let mut rng = Rng::stream(seed, stream);
        let draw = StayDraw::new(system, stays);
        let arrival_rate = system.arrivals_per_day();
        let beds = system.beds;
        let mut departures = BinaryHeap::new();
        let mut busy = 0;
        if arrival_rate > 0.0 && beds > 0 {
            busy = steady_occupancy(system.load(), beds, &mut rng);
            for _ in 0..busy {
                departures.push(Reverse(draw.remaining(&mut rng).to_bits()));
            }
        }
        let next_arrival = if arrival_rate > 0.0 {
            rng.exponential(1.0 / arrival_rate)
        } else {
            f64::INFINITY
        };
        LossRun {
            system: system.clone(),
            stays: draw,
            rng,
            arrival_rate,
            busy,
            departures,
            now: 0.0,
            next_arrival,
            day_end: 1.0,
            day_max: busy,
            day_area: 0.0,
            years: Vec::new(),
            census: DailyCensus {
                beds,
                ..DailyCensus::default()
            },
        }
    }

    /// Years simulated so far.
    pub fn years_done(&self) -> usize {
        self.years.len()
    }

    /// Simulate one more year.
    pub fn run_year(&mut self) {
        let c = self.system.beds;
        let record = self.years.is_empty();
        let year_end = (self.years.len() + 1) as f64 * DAYS;
        let mut y = Year::default();
        let mean_gap = if self.arrival_rate > 0.0 {
            1.0 / self.arrival_rate
        } else {
            f64::INFINITY
        };
        // Locals for the hot loop.
        let mut busy = self.busy;
        let mut now = self.now;
        let mut day_end = self.day_end;
        let mut day_max = self.day_max;
        let mut day_area = self.day_area;
        let mut next_arrival = self.next_arrival;
        loop {
            let dep = self
                .departures
                .peek()
                .map_or(f64::INFINITY, |r| f64::from_bits(r.0));
            let t = dep.min(next_arrival).min(year_end);
            // Close every day that ends by t.
            while day_end <= t {
                let seg = day_end - now;
                day_area += busy as f64 * seg;
                if busy >= c {
                    y.time_full += seg;
                }
                if day_max >= c {
                    y.days_full += 1;
                }
                y.bed_days += day_area;
                if record {
                    self.census.max.push(day_max.min(u32::MAX as u64) as u32);
                    self.census.mean.push(day_area);
                }
                now = day_end;
                day_end += 1.0;
                day_max = busy;
                day_area = 0.0;
            }
            let seg = t - now;
            day_area += busy as f64 * seg;
            if busy >= c {
                y.time_full += seg;
            }
            now = t;
            if t >= year_end {
                break;
            }
            if dep <= next_arrival {
                self.departures.pop();
                busy -= 1;
            } else {
                y.arrivals += 1;
                if busy >= c {
                    y.turned_away += 1;
                } else {
                    busy += 1;
                    let stay = self.stays.stay(&mut self.rng);
                    self.departures.push(Reverse((t + stay).to_bits()));
                    if busy > day_max {
                        day_max = busy;
                    }
                }
                next_arrival = t + self.rng.exponential(mean_gap);
            }
        }
        self.busy = busy;
        self.now = now;
        self.day_end = day_end;
        self.day_max = day_max;
        self.day_area = day_area;
        self.next_arrival = next_arrival;
        self.years.push(y);
    }

    /// The figures of the years simulated so far.
    pub fn summary(&self) -> LossSummary {
        let sys = &self.system;
        let load = sys.load();
        let beds = sys.beds;
        let b = erlang_b(load, beds);
        let arrivals_per_day = sys.arrivals_per_day();
        let n = self.years.len();
        let per_year = |f: fn(&Year) -> f64| -> Estimate {
            let v: Vec<f64> = self.years.iter().map(f).collect();
            Estimate::of(&v)
        };
        let cap = (beds as f64 * DAYS).max(f64::MIN_POSITIVE);
        let time_full = per_year(|y| y.time_full / DAYS);
        let se = time_full.standard_error(n);
        let diff = time_full.mean - b;
        let erlang_b_z = if se > 0.0 { diff / se } else { 0.0 };
        let slack = 0.5 / (DAYS * n.max(1) as f64);
        let agrees_with_erlang_b = n > 0 && diff.abs() <= 3.0 * se + slack;
        let utilization = {
            let v: Vec<f64> = self.years.iter().map(|y| y.bed_days / cap).collect();
            Estimate::of(&v)
        };
        LossSummary {
            beds,
            arrivals_per_day,
            mean_stay_days: sys.mean_stay(),
            load,
            erlang_b: b,
            model_utilization: if beds > 0 {
                (load * (1.0 - b) / beds as f64).clamp(0.0, 1.0)
            } else {
                0.0
            },
            model_turned_away_per_year: arrivals_per_day * DAYS * b,
            years: n,
            time_full,
            days_full: per_year(|y| y.days_full as f64 / DAYS),
            turned_away_per_year: per_year(|y| y.turned_away as f64),
            turned_away_share: per_year(|y| {
                if y.arrivals > 0 {
                    y.turned_away as f64 / y.arrivals as f64
                } else {
                    0.0
                }
            }),
            utilization,
            erlang_b_z,
            agrees_with_erlang_b,
            census: self.census.clone(),
        }
    }
}

/// Simulate one loss system for `years` years from the stream `(seed, 0)`.
pub fn simulate_loss(system: &LossSystem, stays: Stays, years: u32, seed: u64) -> LossSummary {
    let mut run = LossRun::new(system, stays, seed, 0);
    for _ in 0..years {
        run.run_year();
    }
    run.summary()
}

// ---------------------------------------------------------------------------------------------
// A scenario's programs.

/// One simulated program (or a stream's programs pooled).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimulatedProgram {
    /// `adult.programs[2]`, `youth.programs[0]`, `adult.pooled`, `youth.pooled`.
    pub key: String,
    /// True for the youth stream.
    pub youth: bool,
    /// The program's index in its stream (`None` for the pool).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<usize>,
    /// The program's kind (`None` for the pool).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProgramKind>,
    /// The program's name as entered (empty for the pool).
    pub name: String,
    #[serde(flatten)]
    pub result: LossSummary,
}

impl SimulatedProgram {
    /// True for a stream's programs pooled.
    pub fn is_pool(&self) -> bool {
        self.program.is_none()
    }
}

/// What [`Simulation`] reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimulationResults {
    pub seed: u64,
    /// Years asked for each program.
    pub years: u32,
    pub distribution: StayDistribution,
    pub cv: f64,
    /// Every program with beds, each stream's programs in order, then the stream's pool when
    /// it has more than one program with admissions.
    pub programs: Vec<SimulatedProgram>,
    /// Keys of programs or pools left out because they admit more than
    /// [`MAX_ARRIVALS_PER_YEAR`] people a year (a year of them would take too long to simulate
    /// on a page; Erlang B is exact for them anyway).
    pub too_large: Vec<String>,
}

#[derive(Debug, Clone)]
struct Target {
    key: String,
    youth: bool,
    program: Option<usize>,
    kind: Option<ProgramKind>,
    name: String,
    run: LossRun,
}

/// A scenario's programs being simulated, in slices of program-years.
///
/// ```
/// let s = crisis_model::preset(crisis_model::PresetId::Roadmap);
/// let mut sim = crisis_model::Simulation::new(&s).expect("valid");
/// while !sim.step(10) {
///     let (done, total) = sim.progress(); // program-years
///     assert!(done < total);
/// }
/// let r = sim.finish();
/// assert_eq!(r.programs[0].result.years, 100);
/// ```
#[derive(Debug, Clone)]
pub struct Simulation {
    seed: u64,
    years: u32,
    stays: Stays,
    targets: Vec<Target>,
    too_large: Vec<String>,
    current: usize,
}

/// The most arrivals a year a simulated program or pool may have (a simulated year of it takes
/// some 10 ms natively): about a population of 40 million with the Crisis Now defaults.
pub const MAX_ARRIVALS_PER_YEAR: f64 = 200_000.0;

fn too_large(system: &LossSystem) -> bool {
    system.arrivals_per_day() * DAYS > MAX_ARRIVALS_PER_YEAR
}

/// A stable stream number for a key (FNV-1a), so that a program's figures do not change when
/// another program is edited.
fn stream_of(key: &str) -> u64 {
    key.bytes().fold(0xCBF2_9CE4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01B3)
    })
}

impl Simulation {
    /// Validate and evaluate the scenario, and prepare its programs (the beds the model chose
    /// and its arrivals) and their pools.
    pub fn new(s: &Scenario) -> Result<Simulation, Vec<Problem>> {
        let r = crate::eval::evaluate(s)?;
        let u = &s.uncertainty;
        let stays = Stays {
            distribution: u.stay_distribution,
            cv: u.stay_cv,
        };
        let mut targets = Vec::new();
        let mut skipped = Vec::new();
        for (youth, stream) in [(false, Some(&r.adult)), (true, r.youth.as_ref())] {
            let Some(st) = stream else { continue };
            let prefix = if youth { "youth" } else { "adult" };
            let mut classes = Vec::new();
            for (i, p) in st.programs.iter().enumerate() {
                let f = &p.facility;
                if f.beds == 0 || f.load.is_nan() || f.load <= 0.0 {
                    continue;
                }
                let system = LossSystem::single(f.arrivals_per_day, f.stay_days, f.beds);
                classes.push(system.classes[0]);
                let key = format!("{prefix}.programs[{i}]");
                if too_large(&system) {
                    skipped.push(key);
                    continue;
                }
                targets.push(Target {
                    run: LossRun::new(&system, stays, u.seed, stream_of(&key)),
                    key,
                    youth,
                    program: Some(i),
                    kind: Some(p.kind),
                    name: p.name.clone(),
                });
            }
            if classes.len() >= 2 && st.residential.pooled.beds > 0 {
                let system = LossSystem {
                    classes,
                    beds: st.residential.pooled.beds,
                };
                let key = format!("{prefix}.pooled");
                if too_large(&system) {
                    skipped.push(key);
                    continue;
                }
                targets.push(Target {
                    run: LossRun::new(&system, stays, u.seed, stream_of(&key)),
                    key,
                    youth,
                    program: None,
                    kind: None,
                    name: String::new(),
                });
            }
        }
        Ok(Simulation {
            seed: u.seed,
            years: u.sim_years,
            stays,
            targets,
            too_large: skipped,
            current: 0,
        })
    }

    /// Simulate up to `program_years` more program-years. True when every program has all its
    /// years.
    pub fn step(&mut self, program_years: usize) -> bool {
        let mut budget = program_years;
        while budget > 0 && self.current < self.targets.len() {
            let t = &mut self.targets[self.current];
            if t.run.years_done() >= self.years as usize {
                self.current += 1;
                continue;
            }
            t.run.run_year();
            budget -= 1;
            if t.run.years_done() >= self.years as usize {
                self.current += 1;
            }
        }
        self.is_done()
    }

    /// Simulate everything that remains.
    pub fn run(&mut self) {
        self.step(usize::MAX);
    }

    /// (program-years simulated, program-years in all).
    pub fn progress(&self) -> (usize, usize) {
        let done = self.targets.iter().map(|t| t.run.years_done()).sum();
        (done, self.targets.len() * self.years as usize)
    }

    /// True when every program has all its years.
    pub fn is_done(&self) -> bool {
        let (done, total) = self.progress();
        done >= total
    }

    /// The figures of the years simulated so far.
    pub fn finish(&self) -> SimulationResults {
        SimulationResults {
            seed: self.seed,
            years: self.years,
            distribution: self.stays.distribution,
            cv: self.stays.cv,
            too_large: self.too_large.clone(),
            programs: self
                .targets
                .iter()
                .map(|t| SimulatedProgram {
                    key: t.key.clone(),
                    youth: t.youth,
                    program: t.program,
                    kind: t.kind,
                    name: t.name.clone(),
                    result: t.run.summary(),
                })
                .collect(),
        }
    }
}

/// Validate the scenario and simulate every program at once.
pub fn run_simulation(s: &Scenario) -> Result<SimulationResults, Vec<Problem>> {
    let mut sim = Simulation::new(s)?;
    sim.run();
    Ok(sim.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_quantiles() {
        assert_eq!(t975(1), 12.706);
        assert!((t975(10) - 2.228).abs() < 0.002, "{}", t975(10));
        assert!((t975(30) - 2.042).abs() < 0.001);
        assert!((t975(99) - 1.984).abs() < 0.001);
    }

    #[test]
    fn steady_occupancy_is_truncated_poisson() {
        // a = 3, c = 4: P(k) ∝ 3^k / k!: 1, 3, 4.5, 4.5, 3.375 → mean = 38.25 / 16.375.
        let mut rng = Rng::new(1);
        let n = 100_000;
        let mean = (0..n)
            .map(|_| steady_occupancy(3.0, 4, &mut rng) as f64)
            .sum::<f64>()
            / n as f64;
        let exact = (3.0 + 9.0 + 13.5 + 13.5) / 16.375;
        assert!((mean - exact).abs() < 0.02, "{mean} vs {exact}");
        assert_eq!(steady_occupancy(0.0, 4, &mut rng), 0);
        // A large load does not overflow.
        let k = steady_occupancy(5_000.0, 5_200, &mut rng);
        assert!((4_700..=5_200).contains(&k), "{k}");
    }

    #[test]
    fn a_year_has_365_days_of_census() {
        let sys = LossSystem::single(10.0, 5.0, 55);
        let stays = Stays {
            distribution: StayDistribution::Exponential,
            cv: 1.0,
        };
        let mut run = LossRun::new(&sys, stays, 3, 0);
        run.run_year();
        run.run_year();
        let s = run.summary();
        assert_eq!(s.census.max.len(), 365);
        assert_eq!(s.census.mean.len(), 365);
        assert!(s.census.max.iter().all(|&m| m <= 55));
        assert!(s.census.mean.iter().all(|&m| (0.0..=55.0).contains(&m)));
        assert_eq!(s.years, 2);
    }
}
