//! Ranges and Monte Carlo: how far the headline figures move when the uncertain inputs move
//! within their ranges.
//!
//!
//! The ranges themselves are [`crate::scenario::ranges`] (stored) and [`crate::input::ranges`] (for one
//! scenario); this module draws from them.
//! ## Monte Carlo
//!
//! [`MonteCarlo`] draws `uncertainty.draws` scenarios (10,000 by default) and evaluates each:
//! residential beds (all programs, both streams), the same beds pooled, staff (mobile team and
//! crisis-line FTE), annual cost (the default figure, with every drawn cost taken as the cost)
//! and savings against the hospital-only counterfactual. It reports, for each, the 10th, 50th
//! and 90th percentiles, the mean, the figure at the defaults, and a histogram ([`Band`]).
//!
//! Draw `i` uses its own random stream, [`Rng::stream`]`(seed, i)`, with one uniform number per
//! uncertain input in the order of [`inputs`]: the same scenario (with the same
//! `uncertainty.seed`) gives the same figures, sliced or in one go, on any machine. The page
//! runs [`MonteCarlo::step`] in slices under a frame's time and shows
//! [`MonteCarlo::progress`]; [`run_monte_carlo`] does it all at once.
//!
//! Each draw is evaluated by a light path that computes only these figures, with the model's
//! own functions (flow, Erlang sizing, staffing, cost); a test checks it against
//! [`crate::evaluate`] of the drawn scenario ([`MonteCarlo::scenario_of_draw`]). Drawn values
//! are kept inside the limits the validation allows (rates, stays, hours, minutes, shares that
//! add up to at most 100%), so every drawn scenario is valid.

use serde::Serialize;

use crate::analysis::funding::{county_and_state, imd_bed_share, Basis, ProgramBasis, StreamBasis};
use crate::eval::capacity::size;
use crate::eval::cost::share_of;
use crate::eval::flow::{episodes_per_month, per_day, walk, DAYS_PER_YEAR};
use crate::eval::results::Money;
use crate::eval::results::Results;
use crate::eval::staffing::{crisis_line, mobile};
use crate::input::ranges::{active_inputs, funding_ends, scale_residential, streams};
use crate::scenario::bounds::{MAX_BUSY_HOURS, MAX_MINUTES, MAX_RATE, MAX_STAY_DAYS};
use crate::scenario::funding::Funding;
use crate::scenario::ranges::*;
use crate::scenario::Problem;
use crate::scenario::{CostBasis, MobileCostBasis, Scenario};
use crate::stochastic::rng::{triangular, Rng};
use crate::text::lang::Lang;

impl Spread {
    /// The multiple at quantile `u` of the triangular distribution on (low, 1, high).
    pub fn at(self, u: f64) -> f64 {
        triangular(u, self.low, 1.0, self.high)
    }
}

// ---------------------------------------------------------------------------------------------
// The light evaluation.

/// Where an input stands in one evaluation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum At {
    /// At its default (the mode).
    Mode,
    /// At this quantile of its triangular distribution (0: the low end, 1: the high end).
    Quantile(f64),
}

/// Every input's position, by slot.
pub(crate) type Point = [At; SLOTS];

/// Every input at its default.
pub(crate) const DEFAULTS: Point = [At::Mode; SLOTS];

/// The funding inputs that are coverage shares come first in
/// [`crate::scenario::funding::RANGED`] (adults' three, youth's three).
const COVERAGE_INPUTS: u8 = 6;

/// The sizes of a point before its programs' beds (see [`Plan::figures_into`]).
pub(crate) const SIZES_FIXED: usize = 6;

/// The figures the Monte Carlo and the tornado report for one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Figures {
    /// Residential crisis beds, every program sized on its own, both streams.
    pub residential_beds: f64,
    /// The same loads as one pool per stream.
    pub pooled_residential_beds: f64,
    /// Mobile team and crisis-line full-time staff.
    pub staff_fte: f64,
    /// Annual cost of the continuum (the default figure: with a drawn cost as the cost).
    pub annual_cost: f64,
    /// Hospital-only cost minus the continuum's.
    pub savings: f64,
    /// Police hours freed a year, from the flow ([`crate::analysis::outcomes::flow_hours`]).
    pub police_hours: f64,
    /// Emergency-department hours not spent a year, from the flow.
    pub ed_hours: f64,
    /// What the county itself pays a year for the continuum (who pays' local level).
    pub county_net: f64,
    /// What the state itself pays a year for the continuum (who pays' state level).
    pub state_net: f64,
}

impl Figures {
    /// The figures of a full evaluation (costs at their default, the midpoint).
    pub fn of(r: &Results) -> Figures {
        let t = &r.totals;
        let v = crate::analysis::outcomes::Volumes::of(r);
        let o = &r.scenario().outcomes;
        let (ed_hours, police_hours) = crate::analysis::outcomes::flow_hours(
            (v.episodes - v.ed_visits).max(0.0),
            o.ed_hours_per_visit,
            o.police_share,
            o.police_ed_hours,
            o.police_dropoff_minutes,
        );
        let who = crate::analysis::funding::funding(r);
        Figures {
            residential_beds: t.residential_beds.total as f64,
            pooled_residential_beds: t.pooled_residential_beds.total as f64,
            staff_fte: t.mobile_fte + t.crisis_line_fte,
            annual_cost: t.annual_cost.mid,
            savings: t.savings.mid,
            police_hours,
            ed_hours,
            county_net: who.county_net().mid,
            state_net: who.state_net().mid,
        }
    }

    /// The figure of a metric.
    pub fn get(&self, m: Metric) -> f64 {
        match m {
            Metric::ResidentialBeds => self.residential_beds,
            Metric::PooledResidentialBeds => self.pooled_residential_beds,
            Metric::StaffFte => self.staff_fte,
            Metric::AnnualCost => self.annual_cost,
            Metric::Savings => self.savings,
            Metric::PoliceHours => self.police_hours,
            Metric::EdHours => self.ed_hours,
            Metric::CountyNet => self.county_net,
            Metric::StateNet => self.state_net,
        }
    }
}

/// A validated scenario ready for many light evaluations.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    base: Scenario,
    active: Vec<InputId>,
    /// The stored multiples by slot (1 to 1 for costs and unused slots).
    spreads: [Spread; SLOTS],
    /// (value, low, high) of each outcome rate, in the order of [`OUTCOME_RATE_IDS`].
    rates: [(f64, f64, f64); OUTCOME_RATE_IDS.len()],
    /// The funding inputs without their ranges (what a draw changes).
    funding: Funding,
    /// Each funding input drawn: (its place, low end, value, high end).
    funding_ends: Vec<(u8, f64, f64, f64)>,
}

impl Plan {
    /// The plan of a scenario, or its problems.
    pub(crate) fn new(s: &Scenario) -> Result<Plan, Vec<Problem>> {
        let mut problems = crate::input::validate::validate(s);
        // the outcome rates drawn here (the others are checked by the outcomes themselves)
        problems.extend(
            crate::input::validate::validate_outcomes(s)
                .into_iter()
                .filter(|p| {
                    OUTCOME_RATE_IDS.iter().any(|id| {
                        id.outcome_rate().is_some_and(|name| {
                            p.field
                                .strip_prefix("outcomes.")
                                .and_then(|f| f.strip_prefix(name))
                                .is_some_and(|rest| ["", "_low", "_high"].contains(&rest))
                        })
                    })
                }),
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut spreads = [Spread::default(); SLOTS];
        for id in InputId::factors() {
            if let Some(sp) = s.uncertainty.spread(id) {
                spreads[id.slot()] = sp;
            }
        }
        let rates = OUTCOME_RATE_IDS
            .map(|id| crate::input::ranges::outcome_rate_ends(s, id).unwrap_or_default());
        let active = active_inputs(s);
        let funding_ends = active
            .iter()
            .filter_map(|id| match id {
                InputId::Funding(k) => {
                    let (lo, value, hi) = funding_ends(s, *k);
                    Some((*k, lo, value, hi))
                }
                _ => None,
            })
            .collect();
        Ok(Plan {
            base: s.clone(),
            active,
            spreads,
            rates,
            funding: s.funding.clone_values(),
            funding_ends,
        })
    }

    /// The funding inputs at a point: each drawn input at its draw, the uninsured shares taking
    /// what a drawn coverage share leaves.
    fn funding_at(&self, at: &Point) -> Funding {
        let mut f = self.funding.clone();
        let mut coverage = false;
        for &(k, lo, value, hi) in &self.funding_ends {
            if let At::Quantile(u) = at[InputId::Funding(k).slot()] {
                *f.ranged_mut(k) = triangular(u, lo, value, hi);
                coverage |= k < COVERAGE_INPUTS;
            }
        }
        if coverage {
            f.rebalance_coverage();
        }
        f
    }

    pub(crate) fn active(&self) -> &[InputId] {
        &self.active
    }

    pub(crate) fn scenario(&self) -> &Scenario {
        &self.base
    }

    /// The multiple of a one-value input.
    #[inline]
    fn factor(&self, at: &Point, id: InputId) -> f64 {
        let slot = id.slot();
        match at[slot] {
            At::Mode => 1.0,
            At::Quantile(u) => self.spreads[slot].at(u),
        }
    }

    /// The value of a cost with range `low`..`high`.
    #[inline]
    fn cost(&self, at: &Point, id: InputId, low: f64, high: f64) -> f64 {
        let mid = 0.5 * (low + high);
        match at[id.slot()] {
            At::Mode => mid,
            At::Quantile(u) => triangular(u, low, mid, high),
        }
    }

    /// The value of an outcome rate (its value the mode, its stored ends the range).
    #[inline]
    fn rate(&self, at: &Point, id: InputId) -> f64 {
        let k = OUTCOME_RATE_IDS.iter().position(|x| *x == id);
        let (value, low, high) = k.map_or((0.0, 0.0, 0.0), |k| self.rates[k]);
        match at[id.slot()] {
            At::Mode => value,
            At::Quantile(u) => triangular(u, low, value, high),
        }
    }

    /// The point of draw `i` of a run with `seed`: one uniform number per active input.
    pub(crate) fn draw(&self, seed: u64, i: u64) -> Point {
        let mut rng = Rng::stream(seed, i);
        let mut at = DEFAULTS;
        for id in &self.active {
            at[id.slot()] = At::Quantile(rng.uniform());
        }
        at
    }

    /// The scenario at a point: every drawn value written into its input (a drawn cost as both
    /// the low and the high end). Valid whenever the base is.
    pub(crate) fn scenario_at(&self, at: &Point) -> Scenario {
        let mut s = self.base.clone();
        s.adult.rate_per_100k =
            (s.adult.rate_per_100k * self.factor(at, InputId::AdultRate)).min(MAX_RATE);
        s.youth.rate_per_100k =
            (s.youth.rate_per_100k * self.factor(at, InputId::YouthRate)).min(MAX_RATE);
        let share = self.factor(at, InputId::ResidentialShare);
        s.flow = scale_residential(&s.flow, share);
        s.youth.flow = scale_residential(&s.youth.flow, share);
        for p in s.programs.iter_mut().chain(s.youth.programs.iter_mut()) {
            p.stay_days = (p.stay_days * self.factor(at, InputId::Stay(p.kind))).min(MAX_STAY_DAYS);
            let c = self.cost(
                at,
                InputId::ProgramCost(p.kind),
                p.cost_per_day_low,
                p.cost_per_day_high,
            );
            p.cost_per_day_low = c;
            p.cost_per_day_high = c;
        }
        s.receiving.stay_days =
            (s.receiving.stay_days * self.factor(at, InputId::ReceivingStay)).min(MAX_STAY_DAYS);
        let c = self.cost(
            at,
            InputId::ReceivingCost,
            s.receiving.cost_per_day_low,
            s.receiving.cost_per_day_high,
        );
        s.receiving.cost_per_day_low = c;
        s.receiving.cost_per_day_high = c;
        s.inpatient.stay_days =
            (s.inpatient.stay_days * self.factor(at, InputId::InpatientStay)).min(MAX_STAY_DAYS);
        let c = self.cost(
            at,
            InputId::InpatientCost,
            s.inpatient.cost_per_day_low,
            s.inpatient.cost_per_day_high,
        );
        s.inpatient.cost_per_day_low = c;
        s.inpatient.cost_per_day_high = c;
        self.apply_mobile(at, &mut s.mobile);
        self.apply_line(at, &mut s.crisis_line);
        for id in OUTCOME_RATE_IDS {
            if let Some(name) = id.outcome_rate() {
                let x = self.rate(at, id);
                crate::scenario::catalog::set_number(&mut s, &format!("outcomes.{name}"), x);
            }
        }
        s.funding = self.funding_at(at);
        s
    }

    fn apply_mobile(&self, at: &Point, m: &mut crate::scenario::Mobile) {
        m.busy_hours_per_dispatch = (m.busy_hours_per_dispatch
            * self.factor(at, InputId::MobileBusyHours))
        .min(MAX_BUSY_HOURS);
        match m.cost_basis {
            MobileCostBasis::TeamHours => {
                let c = self.cost(
                    at,
                    InputId::MobileCost,
                    m.cost_per_team_hour_low,
                    m.cost_per_team_hour_high,
                );
                m.cost_per_team_hour_low = c;
                m.cost_per_team_hour_high = c;
            }
            MobileCostBasis::Dispatches => {
                let c = self.cost(
                    at,
                    InputId::MobileCost,
                    m.cost_per_dispatch_low,
                    m.cost_per_dispatch_high,
                );
                m.cost_per_dispatch_low = c;
                m.cost_per_dispatch_high = c;
            }
        }
    }

    fn apply_line(&self, at: &Point, l: &mut crate::scenario::CrisisLine) {
        l.minutes_per_contact =
            (l.minutes_per_contact * self.factor(at, InputId::LineMinutes)).min(MAX_MINUTES);
        let c = self.cost(
            at,
            InputId::LineCost,
            l.cost_per_fte_low,
            l.cost_per_fte_high,
        );
        l.cost_per_fte_low = c;
        l.cost_per_fte_high = c;
    }

    /// The figures at a point, computing only what they need (the same functions and the same
    /// arithmetic as [`crate::evaluate`] of [`Plan::scenario_at`]).
    pub(crate) fn figures(&self, at: &Point) -> Figures {
        self.figures_into(at, None)
    }

    /// The number of sizes [`Plan::figures_into`] writes for one point: [`SIZES_FIXED`], then
    /// the beds of every residential program (adult programs, then youth).
    pub(crate) fn sizes_len(&self) -> usize {
        SIZES_FIXED
            + streams(&self.base)
                .iter()
                .map(|(_, _, _, _, p)| p.len())
                .sum::<usize>()
    }

    /// The figures at a point; with `sizes`, also pushes the point's sizes onto it (see
    /// [`Plan::sizes_len`]): receiving chairs (adults, youth), mobile teams, crisis-line
    /// counselors on duty, the annual cost at the low and at the high end of every cost range
    /// (the drawn volumes, the costs not drawn), and each program's beds.
    pub(crate) fn figures_into(&self, at: &Point, sizes: Option<&mut Vec<f64>>) -> Figures {
        let s = &self.base;
        let sizing = &s.sizing;
        let basis = s.cost_basis;
        let share = self.factor(at, InputId::ResidentialShare);
        let receiving_stay =
            (s.receiving.stay_days * self.factor(at, InputId::ReceivingStay)).min(MAX_STAY_DAYS);
        let receiving_cost = self.cost(
            at,
            InputId::ReceivingCost,
            s.receiving.cost_per_day_low,
            s.receiving.cost_per_day_high,
        );
        let inpatient_stay =
            (s.inpatient.stay_days * self.factor(at, InputId::InpatientStay)).min(MAX_STAY_DAYS);
        let inpatient_cost = self.cost(
            at,
            InputId::InpatientCost,
            s.inpatient.cost_per_day_low,
            s.inpatient.cost_per_day_high,
        );
        // (beds, days paid a year, cost a year) of one facility-based service.
        let service = |admissions_per_month: f64, stay: f64, cost_per_day: f64| {
            let load = per_day(admissions_per_month) * stay;
            let beds = size(load, sizing).servers;
            let days = match basis {
                CostBasis::OccupiedBedDays => load * DAYS_PER_YEAR,
                CostBasis::StaffedBeds => beds as f64 * DAYS_PER_YEAR,
            };
            (beds, days, cost_per_day * days)
        };
        // the sizes: [chairs adults, chairs youth, teams, on duty, cost low, cost high, beds…]
        let mut fixed = [0.0; SIZES_FIXED];
        let mut program_beds: Vec<f64> = Vec::new();
        let want = sizes.is_some();
        let ends = |days: f64, low: f64, high: f64, fixed: &mut [f64; SIZES_FIXED]| {
            fixed[4] += days * low;
            fixed[5] += days * high;
        };

        let mut fig = Figures::default();
        let mut continuum = 0.0;
        let mut hospital_only = 0.0;
        let mut dispatches = 0.0;
        let (mut episodes, mut ed_visits) = (0.0, 0.0);
        // who pays' view of the draw: each stream's costs (the shared services' added below)
        let same = |c: f64| Money::range(c, c);
        let mut who = Basis {
            line_contacts: s.crisis_line.enabled.then_some(0.0),
            dispatches: 0.0,
            streams: Vec::with_capacity(2),
        };
        let mut stream_dispatches = [0.0; 2];
        for (youth, residents, rate, f, programs) in streams(s) {
            let factor = if youth {
                self.factor(at, InputId::YouthRate)
            } else {
                self.factor(at, InputId::AdultRate)
            };
            let rate = (rate * factor).min(MAX_RATE);
            let flow = scale_residential(f, share);
            let entering = episodes_per_month(residents, rate);
            let v = walk(&flow, entering);
            dispatches += v.mobile.per_month;
            episodes += entering * crate::scenario::network::MONTHS_PER_YEAR;
            ed_visits += v.ed.per_month;
            stream_dispatches[usize::from(youth)] = v.mobile.per_month;
            let (chairs, days, c) = service(v.receiving.per_month, receiving_stay, receiving_cost);
            continuum += c;
            let mut part = StreamBasis {
                youth,
                crisis_line: Money::ZERO,
                mobile: Money::ZERO,
                receiving: (same(c), 0.0),
                programs: Vec::with_capacity(programs.len()),
                inpatient: (Money::ZERO, 0.0),
                hospital_only: (Money::ZERO, 0.0),
            };
            if want {
                fixed[usize::from(youth)] = chairs as f64;
                ends(
                    days,
                    s.receiving.cost_per_day_low,
                    s.receiving.cost_per_day_high,
                    &mut fixed,
                );
            }
            let mut load = 0.0;
            let mut beds = 0u64;
            for p in programs {
                let share = if p.share.is_finite() && p.share > 0.0 {
                    p.share
                } else {
                    0.0
                };
                let admissions = v.residential.per_month * share;
                let stay =
                    (p.stay_days * self.factor(at, InputId::Stay(p.kind))).min(MAX_STAY_DAYS);
                let cost = self.cost(
                    at,
                    InputId::ProgramCost(p.kind),
                    p.cost_per_day_low,
                    p.cost_per_day_high,
                );
                let (b, days, c) = service(admissions, stay, cost);
                load += per_day(admissions) * stay;
                beds = beds.saturating_add(b);
                continuum += c;
                let most = p.max_beds_per_facility;
                let most = if most.is_finite() && most >= 1.0 {
                    most.floor() as u64
                } else {
                    0
                };
                let facilities = if most == 0 { 0 } else { b.div_ceil(most) };
                part.programs.push(ProgramBasis {
                    kind: p.kind,
                    name: String::new(),
                    cost: same(c),
                    large_beds: imd_bed_share(b, facilities),
                    bed_days: 0.0,
                });
                if want {
                    program_beds.push(b as f64);
                    ends(days, p.cost_per_day_low, p.cost_per_day_high, &mut fixed);
                }
            }
            fig.residential_beds += beds as f64;
            fig.pooled_residential_beds += size(load, sizing).servers as f64;
            let (_, days, c) = service(v.inpatient.per_month, inpatient_stay, inpatient_cost);
            continuum += c;
            part.inpatient = (same(c), 0.0);
            if want {
                ends(
                    days,
                    s.inpatient.cost_per_day_low,
                    s.inpatient.cost_per_day_high,
                    &mut fixed,
                );
            }
            let hospital =
                v.residential.per_month + v.inpatient.per_month - v.residential.to_inpatient;
            let hospital_share = if entering > 0.0 {
                (hospital / entering).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (_, _, c) = service(hospital_share * entering, inpatient_stay, inpatient_cost);
            hospital_only += c;
            part.hospital_only = (same(c), 0.0);
            who.streams.push(part);
        }
        let mut m = s.mobile.clone();
        self.apply_mobile(at, &mut m);
        let mobile = mobile(&m, dispatches);
        let mut l = s.crisis_line.clone();
        self.apply_line(at, &mut l);
        let line = crisis_line(&l, s.population);
        fig.staff_fte = mobile.fte + line.fte;
        continuum += mobile.cost.mid + line.cost.mid;
        fig.annual_cost = continuum;
        fig.savings = hospital_only - continuum;
        (fig.ed_hours, fig.police_hours) = crate::analysis::outcomes::flow_hours(
            (episodes - ed_visits * crate::scenario::network::MONTHS_PER_YEAR).max(0.0),
            self.rate(at, InputId::EdHoursPerVisit),
            self.rate(at, InputId::PoliceShare),
            self.rate(at, InputId::PoliceEdHours),
            self.rate(at, InputId::PoliceDropoff),
        );
        // the shared services' cost by stream, as the evaluation splits them
        let youth_residents = if s.youth.enabled {
            s.population * s.youth_share
        } else {
            0.0
        };
        let youth_mobile = share_of(stream_dispatches[1], dispatches, 0.0);
        let youth_line = share_of(youth_residents, s.population, 0.0);
        for part in &mut who.streams {
            let (m, l) = if part.youth {
                (youth_mobile, youth_line)
            } else {
                (1.0 - youth_mobile, 1.0 - youth_line)
            };
            part.mobile = mobile.cost.scale(m);
            part.crisis_line = line.cost.scale(l);
        }
        let (county, state) = county_and_state(&who, &self.funding_at(at));
        fig.county_net = county;
        fig.state_net = state;
        if let Some(out) = sizes {
            // the same drawn volumes at the cost ranges themselves
            let mut m2 = s.mobile.clone();
            m2.busy_hours_per_dispatch = m.busy_hours_per_dispatch;
            let mobile_cost = crate::eval::staffing::mobile(&m2, dispatches).cost;
            let mut l2 = s.crisis_line.clone();
            l2.minutes_per_contact = l.minutes_per_contact;
            let line_cost = crisis_line(&l2, s.population).cost;
            fixed[2] = mobile.teams as f64;
            fixed[3] = line.on_duty as f64;
            fixed[4] += mobile_cost.low + line_cost.low;
            fixed[5] += mobile_cost.high + line_cost.high;
            out.extend_from_slice(&fixed);
            out.extend_from_slice(&program_beds);
        }
        fig
    }
}

// ---------------------------------------------------------------------------------------------
// Monte Carlo.

/// A figure the Monte Carlo reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    ResidentialBeds,
    PooledResidentialBeds,
    StaffFte,
    AnnualCost,
    Savings,
    /// Police hours freed a year (what the continuum averts, from the flow).
    PoliceHours,
    /// Emergency-department hours not spent a year.
    EdHours,
    /// What the county itself pays a year (who pays).
    CountyNet,
    /// What the state itself pays a year (who pays).
    StateNet,
}

impl Metric {
    pub const ALL: [Metric; 9] = [
        Metric::ResidentialBeds,
        Metric::PooledResidentialBeds,
        Metric::StaffFte,
        Metric::AnnualCost,
        Metric::Savings,
        Metric::PoliceHours,
        Metric::EdHours,
        Metric::CountyNet,
        Metric::StateNet,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Metric::ResidentialBeds => "residential-beds",
            Metric::PooledResidentialBeds => "pooled-residential-beds",
            Metric::StaffFte => "staff-fte",
            Metric::AnnualCost => "annual-cost",
            Metric::Savings => "savings",
            Metric::PoliceHours => "police-hours",
            Metric::EdHours => "ed-hours",
            Metric::CountyNet => "county-net",
            Metric::StateNet => "state-net",
        }
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Metric::ResidentialBeds => {
                lang.pick("Residential crisis beds", "Camas residenciales de crisis")
            }
            Metric::PooledResidentialBeds => lang.pick(
                "Residential crisis beds, pooled",
                "Camas residenciales de crisis, en un solo conjunto compartido",
            ),
            Metric::StaffFte => lang.pick(
                "Mobile team and crisis-line staff (FTE)",
                "Personal de equipos móviles y de la línea de crisis (FTE)",
            ),
            Metric::AnnualCost => lang.pick("Annual cost", "Costo anual"),
            Metric::Savings => lang.pick(
                "Savings against hospital only",
                "Ahorro frente a la atención solo hospitalaria",
            ),
            Metric::PoliceHours => lang.pick(
                "Police hours freed a year",
                "Horas de policía liberadas al año",
            ),
            Metric::EdHours => lang.pick(
                "Emergency-department hours not spent a year",
                "Horas en la sala de emergencias evitadas al año",
            ),
            Metric::CountyNet => lang.pick(
                "What the county pays a year",
                "Lo que paga el condado al año",
            ),
            Metric::StateNet => {
                lang.pick("What the state pays a year", "Lo que paga el estado al año")
            }
        }
    }

    /// True for whole numbers (beds): percentiles and histogram edges are whole.
    pub fn is_count(self) -> bool {
        matches!(
            self,
            Metric::ResidentialBeds | Metric::PooledResidentialBeds
        )
    }

    /// True for hours (shown as whole hours).
    pub fn is_hours(self) -> bool {
        matches!(self, Metric::PoliceHours | Metric::EdHours)
    }

    /// True for money.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Metric::AnnualCost | Metric::Savings | Metric::CountyNet | Metric::StateNet
        )
    }
}

/// A histogram: `counts[i]` draws fell in `[edges[i], edges[i + 1])` (the last bin includes
/// its upper edge). Edges are round numbers (steps of 1, 2, 2.5 or 5 times a power of ten;
/// whole steps for beds).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Histogram {
    pub edges: Vec<f64>,
    pub counts: Vec<u32>,
}

/// The spread of one figure over the draws.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Band {
    /// The figure at the defaults (what the page shows as the result).
    pub base: f64,
    pub mean: f64,
    /// Percentiles by nearest rank: each is one of the drawn figures (whole beds for beds).
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub min: f64,
    pub max: f64,
    /// Where the plan's own figure (`base`) sits among the draws, 0 to 100: the share of draws
    /// below it plus half the share equal to it ([`percentile_of`]).
    pub base_percentile: f64,
    pub histogram: Histogram,
}

/// What the Monte Carlo reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UncertaintyResults {
    /// The seed used (`uncertainty.seed`).
    pub seed: u64,
    /// Draws made (equal to `requested` once finished).
    pub draws: usize,
    /// Draws asked for (`uncertainty.draws`).
    pub requested: usize,
    /// The ids of the inputs drawn ([`InputId::id`]), in the order of [`inputs`].
    pub inputs: Vec<String>,
    pub residential_beds: Band,
    pub pooled_residential_beds: Band,
    pub staff_fte: Band,
    pub annual_cost: Band,
    pub savings: Band,
    pub police_hours: Band,
    pub ed_hours: Band,
    /// What the county itself pays a year (who pays' local level).
    pub county_net: Band,
    /// What the state itself pays a year.
    pub state_net: Band,
}

impl UncertaintyResults {
    /// The band of a metric.
    pub fn band(&self, m: Metric) -> &Band {
        match m {
            Metric::ResidentialBeds => &self.residential_beds,
            Metric::PooledResidentialBeds => &self.pooled_residential_beds,
            Metric::StaffFte => &self.staff_fte,
            Metric::AnnualCost => &self.annual_cost,
            Metric::Savings => &self.savings,
            Metric::PoliceHours => &self.police_hours,
            Metric::EdHours => &self.ed_hours,
            Metric::CountyNet => &self.county_net,
            Metric::StateNet => &self.state_net,
        }
    }

    /// Every band with its metric, in the order of [`Metric::ALL`].
    pub fn bands(&self) -> Vec<(Metric, &Band)> {
        Metric::ALL.into_iter().map(|m| (m, self.band(m))).collect()
    }
}

/// A Monte Carlo run that can advance in slices (for a page that must stay responsive).
///
/// ```
/// let s = crisis_model::preset(crisis_model::PresetId::CrisisNow);
/// let mut mc = crisis_model::MonteCarlo::new(&s).expect("valid");
/// while !mc.step(1_000) {
///     let (done, total) = mc.progress(); // show progress, yield to the browser
///     assert!(done < total);
/// }
/// let r = mc.finish();
/// assert!(r.residential_beds.p10 <= r.residential_beds.p90);
/// ```
#[derive(Debug, Clone)]
pub struct MonteCarlo {
    plan: Plan,
    seed: u64,
    total: usize,
    base: Figures,
    samples: Vec<Figures>,
    /// The sizes at the defaults ([`Plan::figures_into`]).
    base_sizes: Vec<f64>,
    /// The sizes of every draw made, [`Plan::sizes_len`] numbers each.
    sizes: Vec<f64>,
}

impl MonteCarlo {
    /// Validate the scenario and prepare `uncertainty.draws` draws.
    pub fn new(s: &Scenario) -> Result<MonteCarlo, Vec<Problem>> {
        let plan = Plan::new(s)?;
        let mut base_sizes = Vec::with_capacity(plan.sizes_len());
        let base = plan.figures_into(&DEFAULTS, Some(&mut base_sizes));
        let total = s.uncertainty.draws as usize;
        Ok(MonteCarlo {
            sizes: Vec::with_capacity(total.saturating_mul(base_sizes.len())),
            plan,
            seed: s.uncertainty.seed,
            total,
            base,
            samples: Vec::with_capacity(total),
            base_sizes,
        })
    }

    /// Make up to `n` more draws. True when every draw is made.
    pub fn step(&mut self, n: usize) -> bool {
        let end = self.samples.len().saturating_add(n).min(self.total);
        for i in self.samples.len()..end {
            let at = self.plan.draw(self.seed, i as u64);
            let f = self.plan.figures_into(&at, Some(&mut self.sizes));
            self.samples.push(f);
        }
        self.is_done()
    }

    /// Make every remaining draw.
    pub fn run(&mut self) {
        self.step(usize::MAX);
    }

    /// (draws made, draws in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.samples.len(), self.total)
    }

    /// True when every draw is made.
    pub fn is_done(&self) -> bool {
        self.samples.len() >= self.total
    }

    /// The figures at the defaults (equal to [`crate::evaluate`]'s).
    pub fn base(&self) -> Figures {
        self.base
    }

    /// The figures of draw `i` (made or not).
    pub fn figures_of_draw(&self, i: usize) -> Figures {
        self.samples
            .get(i)
            .copied()
            .unwrap_or_else(|| self.plan.figures(&self.plan.draw(self.seed, i as u64)))
    }

    /// The whole scenario of draw `i`: every drawn value written into its input (a drawn cost
    /// as both its low and high end). [`crate::evaluate`] of it gives the draw's figures.
    pub fn scenario_of_draw(&self, i: usize) -> Scenario {
        self.plan.scenario_at(&self.plan.draw(self.seed, i as u64))
    }

    /// The plan behind the draws.
    pub(crate) fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The sizes at the defaults, and those of every draw made ([`Plan::figures_into`]).
    pub(crate) fn sizes(&self) -> (&[f64], &[f64]) {
        (&self.base_sizes, &self.sizes)
    }

    /// The summary of the draws made so far.
    pub fn finish(&self) -> UncertaintyResults {
        let band = |m: Metric| {
            let values: Vec<f64> = self.samples.iter().map(|f| f.get(m)).collect();
            band(self.base.get(m), values, m.is_count())
        };
        UncertaintyResults {
            seed: self.seed,
            draws: self.samples.len(),
            requested: self.total,
            inputs: self.plan.active().iter().map(|i| i.id()).collect(),
            residential_beds: band(Metric::ResidentialBeds),
            pooled_residential_beds: band(Metric::PooledResidentialBeds),
            staff_fte: band(Metric::StaffFte),
            annual_cost: band(Metric::AnnualCost),
            savings: band(Metric::Savings),
            police_hours: band(Metric::PoliceHours),
            ed_hours: band(Metric::EdHours),
            county_net: band(Metric::CountyNet),
            state_net: band(Metric::StateNet),
        }
    }
}

/// Validate the scenario and make every Monte Carlo draw at once.
pub fn run_monte_carlo(s: &Scenario) -> Result<UncertaintyResults, Vec<Problem>> {
    let mut mc = MonteCarlo::new(s)?;
    mc.run();
    Ok(mc.finish())
}

/// The band of some figures.
fn band(base: f64, mut values: Vec<f64>, count: bool) -> Band {
    if values.is_empty() {
        return Band {
            base,
            mean: base,
            p10: base,
            p50: base,
            p90: base,
            min: base,
            max: base,
            base_percentile: 50.0,
            histogram: Histogram::default(),
        };
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let rank = |p: f64| nearest_rank(&values, p);
    let mean = values.iter().sum::<f64>() / n as f64;
    Band {
        base,
        mean,
        p10: rank(0.1),
        p50: rank(0.5),
        p90: rank(0.9),
        min: values[0],
        max: values[n - 1],
        base_percentile: percentile_of(base, &values),
        histogram: histogram(&values, count),
    }
}

/// Where `x` sits among sorted values, 0 to 100: the share below it plus half the share equal
/// to it (the mid-rank, so a figure equal to every draw is at the 50th); 50 for no values.
pub fn percentile_of(x: f64, sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 50.0;
    }
    let below = sorted.partition_point(|v| *v < x);
    let through = sorted.partition_point(|v| *v <= x);
    100.0 * (below as f64 + 0.5 * (through - below) as f64) / n as f64
}

/// The value at share `q` of sorted values, by nearest rank (one of the values).
pub(crate) fn nearest_rank(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    sorted[((q * n as f64).ceil() as usize).clamp(1, n) - 1]
}

/// Bins a histogram aims at.
const TARGET_BINS: f64 = 20.0;

/// A round bin width near `raw`: 1, 2, 2.5 or 5 times a power of ten (no 2.5 for counts, and
/// at least 1).
fn nice_width(raw: f64, count: bool) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let exp = raw.log10().floor() as i32;
    let mag = 10f64.powi(exp);
    let f = raw / mag;
    let step = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 && !count {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    let w = step * mag;
    if count {
        w.round().max(1.0)
    } else {
        w
    }
}

/// The histogram of sorted values.
fn histogram(sorted: &[f64], count: bool) -> Histogram {
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return Histogram::default();
    };
    let raw = (hi - lo) / TARGET_BINS;
    let width = if raw > 0.0 {
        nice_width(raw, count)
    } else if count {
        1.0
    } else {
        nice_width(lo.abs().max(1.0) / 100.0, false)
    };
    let start = (lo / width).floor() * width;
    let bins = (((hi - start) / width).floor() as usize + 1).clamp(1, 200);
    let edges: Vec<f64> = (0..=bins).map(|i| start + i as f64 * width).collect();
    let mut counts = vec![0u32; bins];
    for &x in sorted {
        let i = (((x - start) / width).floor().max(0.0) as usize).min(bins - 1);
        counts[i] += 1;
    }
    Histogram { edges, counts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::presets::preset;
    use crate::scenario::PresetId;

    #[test]
    fn nice_widths() {
        assert_eq!(nice_width(1.6, true), 2.0);
        assert_eq!(nice_width(0.3, true), 1.0);
        assert_eq!(nice_width(2.2, false), 2.5);
        assert_eq!(nice_width(2.2, true), 5.0);
        assert_eq!(nice_width(130_000.0, false), 200_000.0);
        assert_eq!(nice_width(0.0, false), 1.0);
    }

    #[test]
    fn histograms_hold_every_value() {
        let v: Vec<f64> = (0..1000).map(|i| 50.0 + (i % 31) as f64).collect();
        let mut sorted = v.clone();
        sorted.sort_by(f64::total_cmp);
        let h = histogram(&sorted, true);
        assert_eq!(h.edges.len(), h.counts.len() + 1);
        assert_eq!(h.counts.iter().sum::<u32>(), 1000);
        assert!(h.edges[0] <= 50.0 && *h.edges.last().unwrap() > 80.0);
        assert!(h.edges.iter().all(|e| e.fract() == 0.0));
        let same = histogram(&[7.0, 7.0], false);
        assert_eq!(same.counts, vec![2]);
    }

    #[test]
    fn the_light_path_at_the_defaults_is_the_model() {
        for id in PresetId::ALL {
            let s = preset(id);
            let plan = Plan::new(&s).unwrap();
            let light = plan.figures(&DEFAULTS);
            let full = Figures::of(&crate::eval::evaluate(&s).unwrap());
            assert_eq!(light.residential_beds, full.residential_beds, "{id:?}");
            assert_eq!(light.pooled_residential_beds, full.pooled_residential_beds);
            assert!((light.staff_fte - full.staff_fte).abs() < 1e-9);
            assert!(
                (light.annual_cost - full.annual_cost).abs()
                    <= 1e-9 * full.annual_cost.abs().max(1.0)
            );
            assert!((light.savings - full.savings).abs() <= 1e-9 * full.annual_cost.abs().max(1.0));
            assert_eq!(plan.scenario_at(&DEFAULTS).programs.len(), s.programs.len());
        }
    }

    #[test]
    fn residential_shares_stay_within_their_service() {
        let mut f = crate::input::presets::crisis_now_flow();
        f.receiving_to_inpatient = 0.5;
        let g = scale_residential(&f, 2.0);
        assert_eq!(g.receiving_to_residential, 0.5);
        let g = scale_residential(&f, 0.5);
        assert_eq!(g.receiving_to_residential, 0.175);
    }
}
