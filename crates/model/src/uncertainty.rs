//! Ranges and Monte Carlo: how far the headline figures move when the uncertain inputs move
//! within their ranges.
//!
//! ## The uncertain inputs
//!
//! Each uncertain input has a low, a default and a high value, and is drawn from the triangular
//! distribution on them (the default is the mode). There are two kinds ([`InputId`]):
//!
//! - **Inputs with one value** (crisis rates, the share of episodes going to residential care,
//!   lengths of stay, a mobile dispatch's busy hours, crisis-line minutes a contact). Their
//!   ranges are stored in the scenario's `uncertainty` as **multiples of the value**
//!   ([`Spread`]: `{ "low": 0.6, "high": 2.0 }` around a 5-day stay is 3 to 10 days), so a
//!   range follows the value when the value is edited and never becomes invalid by it, and a
//!   link that keeps the defaults carries nothing. Stays are kept by program type
//!   ([`StaySpreads`]), so they survive adding or removing programs; every program of a type
//!   (adult and youth) draws the same multiple.
//! - **Costs** (each program type's cost a day, the receiving facility's and the hospital's
//!   cost a day, mobile teams' cost, a counselor's cost a year). The scenario already gives
//!   each a low and a high end; the default is their midpoint. Nothing more is stored.
//!
//! [`inputs`] lists the inputs that matter for a scenario with their absolute low, default and
//! high values, labels, units, the scenario paths of their ends and the source of the range.
//! [`set_low`] and [`set_high`] set an end from an absolute value.
//!
//! ## Default ranges (sources in [`crate::sources`])
//!
//! | input | range | source |
//! |---|---|---|
//! | adult crisis rate | ×1.00 to ×1.15 (200 to 230 a month) | seed 003 (200); the 2022 Crisis Resource Need Calculator (230) |
//! | youth crisis rate | ×0.75 to ×1.25 | assumption (the rate itself is one) |
//! | share to residential care | Crisis Now ×0.8 to ×1.2 (assumption); Roadmap ×1.0 to ×1.8 (30% to 54%, seed 003) | |
//! | stay: high and moderate medical, peer respite, typical, other | ×0.6 to ×2.0 (3 to 10 days around 5) | seed 003 Table 3 (average stays 3-5 to 7-10 days); seed 002 (typical 3-10 day stays) |
//! | stay: crisis respite | ×0.6 to ×1.4 (3 to 7 days) | seed 003 ("a few days and no more than a week") |
//! | stay: SUD | ×0.6 to ×1.4 (3 to 7 days) | assumption |
//! | stay: Living Room | ×0.5 to ×2.0 (12 hours to 2 days) | assumption ("hours to days") |
//! | receiving facility stay | 12 to 23 hours around 18 | assumption (23-hour observation) |
//! | hospital stay | 5 to 10 days around 7 | assumption |
//! | mobile dispatch busy hours | ×0.75 to ×1.5 (1.5 to 3 hours) | assumption; 3 hours is DOMAIN.md's rural figure |
//! | crisis-line minutes a contact | 10 to 20 around 15 | assumption |
//! | costs | the scenario's own low and high | their sources |
//!
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

use crate::capacity::size;
use crate::flow::{episodes_per_month, per_day, walk, DAYS_PER_YEAR};
use crate::lang::Lang;
use crate::presets::PresetId;
use crate::results::Results;
use crate::rng::{triangular, Rng};
use crate::scenario::{CostBasis, Flow, MobileCostBasis, ProgramKind, Scenario};
use crate::sources::Source;
use crate::staffing::{crisis_line, mobile};
use crate::validate::{Problem, MAX_RATE, MAX_STAY_DAYS};

/// The seed every preset records (any number will do; this one is fixed so that links agree).
pub const DEFAULT_SEED: u64 = 20_261_123;
/// Monte Carlo draws by default.
pub const DEFAULT_DRAWS: u32 = 10_000;
/// The fewest Monte Carlo draws accepted.
pub const MIN_DRAWS: u32 = 100;
/// The most Monte Carlo draws accepted.
pub const MAX_DRAWS: u32 = 100_000;
/// Simulated years per program by default (see [`crate::simulate`]).
pub const DEFAULT_SIM_YEARS: u32 = 100;
/// The fewest simulated years accepted (a confidence interval needs several).
pub const MIN_SIM_YEARS: u32 = 10;
/// The most simulated years accepted.
pub const MAX_SIM_YEARS: u32 = 1_000;
/// The coefficient of variation of log-normal stays by default (an assumption: stays as spread
/// out as exponential ones, with a long right tail).
pub const DEFAULT_STAY_CV: f64 = 1.0;
/// The highest multiple a range's high end may be.
pub const MAX_FACTOR: f64 = 10.0;
/// The longest busy time of a mobile dispatch the validation accepts, in hours.
const MAX_BUSY_HOURS: f64 = 72.0;
/// The longest crisis-line contact the validation accepts, in minutes.
const MAX_MINUTES: f64 = 600.0;

/// A range stored as multiples of an input's value: `low ≤ 1 ≤ high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// The low end as a multiple of the value (0.9 is 10% below), in (0, 1].
    pub low: f64,
    /// The high end as a multiple of the value (1.15 is 15% above), in [1, 10].
    pub high: f64,
}

impl Default for Spread {
    /// No uncertainty.
    fn default() -> Self {
        Spread::new(1.0, 1.0)
    }
}

impl Spread {
    pub const fn new(low: f64, high: f64) -> Spread {
        Spread { low, high }
    }

    /// The multiple at quantile `u` of the triangular distribution on (low, 1, high).
    pub fn at(self, u: f64) -> f64 {
        triangular(u, self.low, 1.0, self.high)
    }
}

/// The range of the average stay of each program type, as multiples of each program's stay.
/// JSON keys are the program types' ids (`"high-medical"`, …).
#[derive(Debug, Clone, PartialEq)]
pub struct StaySpreads {
    pub high_medical: Spread,
    pub moderate_medical: Spread,
    pub crisis_respite: Spread,
    pub peer_respite: Spread,
    pub living_room: Spread,
    pub sud: Spread,
    pub typical: Spread,
    pub other: Spread,
}

/// 3 to 10 days around 5 (seed 003 Table 3: average stays from 3-5 to 7-10 days).
const STAY_3_TO_10: Spread = Spread::new(0.6, 2.0);
/// 3 to 7 days around 5 (a few days, at most a week).
const STAY_3_TO_7: Spread = Spread::new(0.6, 1.4);

impl Default for StaySpreads {
    fn default() -> Self {
        StaySpreads {
            high_medical: STAY_3_TO_10,
            moderate_medical: STAY_3_TO_10,
            crisis_respite: STAY_3_TO_7,
            peer_respite: STAY_3_TO_10,
            living_room: Spread::new(0.5, 2.0),
            sud: STAY_3_TO_7,
            typical: STAY_3_TO_10,
            other: STAY_3_TO_10,
        }
    }
}

impl StaySpreads {
    /// The range of a program type.
    pub fn get(&self, kind: ProgramKind) -> Spread {
        match kind {
            ProgramKind::HighMedical => self.high_medical,
            ProgramKind::ModerateMedical => self.moderate_medical,
            ProgramKind::CrisisRespite => self.crisis_respite,
            ProgramKind::PeerRespite => self.peer_respite,
            ProgramKind::LivingRoom => self.living_room,
            ProgramKind::Sud => self.sud,
            ProgramKind::Typical => self.typical,
            ProgramKind::Other => self.other,
        }
    }

    /// The range of a program type, to edit.
    pub fn get_mut(&mut self, kind: ProgramKind) -> &mut Spread {
        match kind {
            ProgramKind::HighMedical => &mut self.high_medical,
            ProgramKind::ModerateMedical => &mut self.moderate_medical,
            ProgramKind::CrisisRespite => &mut self.crisis_respite,
            ProgramKind::PeerRespite => &mut self.peer_respite,
            ProgramKind::LivingRoom => &mut self.living_room,
            ProgramKind::Sud => &mut self.sud,
            ProgramKind::Typical => &mut self.typical,
            ProgramKind::Other => &mut self.other,
        }
    }
}

crate::json::json_struct!(Spread { low, high });
crate::json::json_struct!(StaySpreads {
    high_medical = "high-medical",
    moderate_medical = "moderate-medical",
    crisis_respite = "crisis-respite",
    peer_respite = "peer-respite",
    living_room = "living-room",
    sud = "sud",
    typical = "typical",
    other = "other",
});
crate::json::json_id!(StayDistribution);

/// How the simulation draws lengths of stay (each with the program's mean stay).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StayDistribution {
    /// Every stay exactly the mean.
    Fixed,
    /// Exponential stays (as varied as the mean: coefficient of variation 1).
    Exponential,
    /// Log-normal stays with the coefficient of variation `uncertainty.stay_cv`.
    LogNormal,
}

impl StayDistribution {
    pub const ALL: [StayDistribution; 3] = [
        StayDistribution::Fixed,
        StayDistribution::Exponential,
        StayDistribution::LogNormal,
    ];

    /// `"fixed"`, `"exponential"` or `"log-normal"`.
    pub fn id(self) -> &'static str {
        match self {
            StayDistribution::Fixed => "fixed",
            StayDistribution::Exponential => "exponential",
            StayDistribution::LogNormal => "log-normal",
        }
    }

    pub fn from_id(id: &str) -> Option<StayDistribution> {
        let id = id.trim().to_ascii_lowercase().replace('_', "-");
        StayDistribution::ALL.into_iter().find(|d| d.id() == id)
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            StayDistribution::Fixed => {
                lang.pick("Every stay the same length", "Todas las estadías iguales")
            }
            StayDistribution::Exponential => lang.pick(
                "Exponential (many short stays, a few long ones)",
                "Exponencial (muchas estadías cortas, pocas largas)",
            ),
            StayDistribution::LogNormal => lang.pick(
                "Log-normal (skewed, with a long tail)",
                "Log-normal (asimétrica, con una cola larga)",
            ),
        }
    }
}

/// The uncertainty of a scenario: the ranges of its uncertain inputs, the Monte Carlo seed and
/// draws, and the simulation's settings. In the JSON as `"uncertainty"`; a file without it
/// takes its preset's.
#[derive(Debug, Clone, PartialEq)]
pub struct Uncertainty {
    /// The seed of every random draw (Monte Carlo and simulation): the same seed, the same
    /// figures.
    pub seed: u64,
    /// Monte Carlo draws (100 to 100,000).
    pub draws: u32,
    /// Adult crisis rate, as multiples of `adult.rate_per_100k`.
    pub adult_rate: Spread,
    /// Youth crisis rate, as multiples of `youth.rate_per_100k`.
    pub youth_rate: Spread,
    /// Every share of episodes sent to residential care (from entry, mobile teams, the
    /// receiving facility, emergency departments; both streams), as multiples, capped so that
    /// no service sends on more than 100%.
    pub residential_share: Spread,
    /// Average stay of each program type, as multiples of each program's `stay_days`.
    pub stay: StaySpreads,
    /// Receiving facility stay, as multiples of `receiving.stay_days`.
    pub receiving_stay: Spread,
    /// Psychiatric inpatient stay, as multiples of `inpatient.stay_days`.
    pub inpatient_stay: Spread,
    /// Hours a mobile dispatch keeps a team busy, as multiples.
    pub mobile_busy_hours: Spread,
    /// Crisis-line minutes a contact, as multiples.
    pub line_minutes: Spread,
    /// Simulated years per program (10 to 1,000; see [`crate::simulate`]).
    pub sim_years: u32,
    /// How the simulation draws lengths of stay.
    pub stay_distribution: StayDistribution,
    /// Coefficient of variation of log-normal stays (0.1 to 3).
    pub stay_cv: f64,
}

crate::json::json_struct!(Uncertainty {
    seed,
    draws,
    adult_rate,
    youth_rate,
    residential_share,
    stay,
    receiving_stay,
    inpatient_stay,
    mobile_busy_hours,
    line_minutes,
    sim_years,
    stay_distribution,
    stay_cv,
});

impl Default for Uncertainty {
    /// The Crisis Now preset's.
    fn default() -> Self {
        Uncertainty::for_preset(PresetId::CrisisNow)
    }
}

impl Uncertainty {
    /// The default uncertainty of a preset (the sources are in [`crate::sources`]).
    pub fn for_preset(id: PresetId) -> Uncertainty {
        let residential_share = match id {
            // Seed 003: "even as low as 30%"; Phoenix: 54% to crisis residential settings.
            PresetId::Roadmap => Spread::new(1.0, 0.54 / 0.30),
            PresetId::CrisisNow | PresetId::HospitalOnly => Spread::new(0.8, 1.2),
        };
        Uncertainty {
            seed: DEFAULT_SEED,
            draws: DEFAULT_DRAWS,
            adult_rate: Spread::new(1.0, 230.0 / 200.0),
            youth_rate: Spread::new(0.75, 1.25),
            residential_share,
            stay: StaySpreads::default(),
            receiving_stay: Spread::new(12.0 / 18.0, 23.0 / 18.0),
            inpatient_stay: Spread::new(5.0 / 7.0, 10.0 / 7.0),
            mobile_busy_hours: Spread::new(0.75, 1.5),
            line_minutes: Spread::new(10.0 / 15.0, 20.0 / 15.0),
            sim_years: DEFAULT_SIM_YEARS,
            stay_distribution: StayDistribution::LogNormal,
            stay_cv: DEFAULT_STAY_CV,
        }
    }

    /// The stored range of an input with one value (`None` for a cost, whose range is the
    /// scenario's own low and high).
    pub fn spread(&self, id: InputId) -> Option<Spread> {
        Some(match id {
            InputId::AdultRate => self.adult_rate,
            InputId::YouthRate => self.youth_rate,
            InputId::ResidentialShare => self.residential_share,
            InputId::Stay(k) => self.stay.get(k),
            InputId::ReceivingStay => self.receiving_stay,
            InputId::InpatientStay => self.inpatient_stay,
            InputId::MobileBusyHours => self.mobile_busy_hours,
            InputId::LineMinutes => self.line_minutes,
            _ => return None,
        })
    }

    /// The stored range of an input with one value, to edit.
    pub fn spread_mut(&mut self, id: InputId) -> Option<&mut Spread> {
        Some(match id {
            InputId::AdultRate => &mut self.adult_rate,
            InputId::YouthRate => &mut self.youth_rate,
            InputId::ResidentialShare => &mut self.residential_share,
            InputId::Stay(k) => self.stay.get_mut(k),
            InputId::ReceivingStay => &mut self.receiving_stay,
            InputId::InpatientStay => &mut self.inpatient_stay,
            InputId::MobileBusyHours => &mut self.mobile_busy_hours,
            InputId::LineMinutes => &mut self.line_minutes,
            _ => return None,
        })
    }

    /// Every stored range with its JSON path stem (`adult_rate`, `stay.high-medical`), in the
    /// order of the JSON.
    pub fn spreads(&self) -> Vec<(String, Spread)> {
        InputId::factors()
            .into_iter()
            .filter_map(|id| Some((id.id(), self.spread(id)?)))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// The inputs.

/// An uncertain input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputId {
    AdultRate,
    YouthRate,
    ResidentialShare,
    /// The average stay of every program of a type.
    Stay(ProgramKind),
    ReceivingStay,
    InpatientStay,
    MobileBusyHours,
    LineMinutes,
    /// The cost a day of every program of a type.
    ProgramCost(ProgramKind),
    ReceivingCost,
    InpatientCost,
    /// Mobile teams' cost a team-hour or a dispatch (by the scenario's basis).
    MobileCost,
    /// A crisis-line counselor's cost a year.
    LineCost,
}

/// The number of [`InputId`]s (the size of the evaluation's slot table).
const SLOTS: usize = 11 + 2 * 8;

impl InputId {
    /// Every input, in the order [`inputs`] lists them.
    pub fn all() -> Vec<InputId> {
        let mut out = vec![
            InputId::AdultRate,
            InputId::YouthRate,
            InputId::ResidentialShare,
        ];
        out.extend(ProgramKind::ALL.map(InputId::Stay));
        out.extend([
            InputId::ReceivingStay,
            InputId::InpatientStay,
            InputId::MobileBusyHours,
            InputId::LineMinutes,
        ]);
        out.extend(ProgramKind::ALL.map(InputId::ProgramCost));
        out.extend([
            InputId::ReceivingCost,
            InputId::InpatientCost,
            InputId::MobileCost,
            InputId::LineCost,
        ]);
        out
    }

    /// The inputs whose ranges are stored as multiples (in the order of the JSON).
    pub fn factors() -> Vec<InputId> {
        InputId::all()
            .into_iter()
            .filter(|i| i.is_factor())
            .collect()
    }

    /// True for an input whose range is stored as multiples; false for a cost.
    pub fn is_factor(self) -> bool {
        !matches!(
            self,
            InputId::ProgramCost(_)
                | InputId::ReceivingCost
                | InputId::InpatientCost
                | InputId::MobileCost
                | InputId::LineCost
        )
    }

    /// The stable id: `adult_rate`, `youth_rate`, `residential_share`, `stay.<kind>`,
    /// `receiving_stay`, `inpatient_stay`, `mobile_busy_hours`, `line_minutes`,
    /// `cost.<kind>`, `receiving_cost`, `inpatient_cost`, `mobile_cost`, `line_cost` (kinds as
    /// [`ProgramKind::id`]). For an input with a stored range it is also the path of the range
    /// inside `uncertainty`.
    pub fn id(self) -> String {
        match self {
            InputId::AdultRate => "adult_rate".into(),
            InputId::YouthRate => "youth_rate".into(),
            InputId::ResidentialShare => "residential_share".into(),
            InputId::Stay(k) => format!("stay.{}", k.id()),
            InputId::ReceivingStay => "receiving_stay".into(),
            InputId::InpatientStay => "inpatient_stay".into(),
            InputId::MobileBusyHours => "mobile_busy_hours".into(),
            InputId::LineMinutes => "line_minutes".into(),
            InputId::ProgramCost(k) => format!("cost.{}", k.id()),
            InputId::ReceivingCost => "receiving_cost".into(),
            InputId::InpatientCost => "inpatient_cost".into(),
            InputId::MobileCost => "mobile_cost".into(),
            InputId::LineCost => "line_cost".into(),
        }
    }

    /// The input with an id (see [`InputId::id`]).
    pub fn from_id(id: &str) -> Option<InputId> {
        InputId::all().into_iter().find(|i| i.id() == id)
    }

    /// A plain-language label.
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> String {
        let fixed = |en: &str, es: &str| lang.pick(en, es).to_string();
        match self {
            InputId::AdultRate => fixed("Adult crisis episodes", "Episodios de crisis de adultos"),
            InputId::YouthRate => fixed("Youth crisis episodes", "Episodios de crisis de jóvenes"),
            InputId::ResidentialShare => fixed(
                "Share of episodes going to residential crisis care",
                "Proporción de episodios que van a atención residencial de crisis",
            ),
            InputId::Stay(k) => match lang {
                Lang::En => format!("Average stay: {}", k.label()),
                Lang::Es => format!("Estadía promedio: {}", k.label_in(lang)),
            },
            InputId::ReceivingStay => fixed(
                "Receiving facility: average stay",
                "Centro de recepción: estadía promedio",
            ),
            InputId::InpatientStay => fixed(
                "Psychiatric hospital: average stay",
                "Hospital psiquiátrico: estadía promedio",
            ),
            InputId::MobileBusyHours => fixed(
                "Hours a dispatch keeps a team busy",
                "Horas que un despacho mantiene ocupado a un equipo",
            ),
            InputId::LineMinutes => fixed(
                "Crisis line: minutes a contact",
                "Línea de crisis: minutos por contacto",
            ),
            InputId::ProgramCost(k) => match lang {
                Lang::En => format!("Cost a day: {}", k.label()),
                Lang::Es => format!("Costo por día: {}", k.label_in(lang)),
            },
            InputId::ReceivingCost => fixed(
                "Receiving facility: cost a chair-day",
                "Centro de recepción: costo por sillón-día",
            ),
            InputId::InpatientCost => fixed(
                "Psychiatric hospital: cost a day",
                "Hospital psiquiátrico: costo por día",
            ),
            InputId::MobileCost => fixed(
                "Mobile crisis teams: cost a team-hour or a dispatch",
                "Equipos móviles de crisis: costo por hora-equipo o por despacho",
            ),
            InputId::LineCost => fixed(
                "Crisis line: cost of a counselor a year",
                "Línea de crisis: costo de un consejero al año",
            ),
        }
    }

    /// The unit of the input's values in a scenario (a mobile cost's unit follows the
    /// scenario's cost basis).
    pub fn unit(self, s: &Scenario) -> Unit {
        match self {
            InputId::AdultRate | InputId::YouthRate => Unit::PerHundredThousandAMonth,
            InputId::ResidentialShare => Unit::Share,
            InputId::Stay(_) | InputId::ReceivingStay | InputId::InpatientStay => Unit::Days,
            InputId::MobileBusyHours => Unit::Hours,
            InputId::LineMinutes => Unit::Minutes,
            InputId::ProgramCost(_) | InputId::ReceivingCost | InputId::InpatientCost => {
                Unit::DollarsADay
            }
            InputId::MobileCost => match s.mobile.cost_basis {
                MobileCostBasis::TeamHours => Unit::DollarsATeamHour,
                MobileCostBasis::Dispatches => Unit::DollarsADispatch,
            },
            InputId::LineCost => Unit::DollarsAYear,
        }
    }

    /// The position of the input in the evaluation's slot table.
    pub(crate) fn slot(self) -> usize {
        let kind = |k: ProgramKind| {
            ProgramKind::ALL
                .iter()
                .position(|x| *x == k)
                .unwrap_or_default()
        };
        match self {
            InputId::AdultRate => 0,
            InputId::YouthRate => 1,
            InputId::ResidentialShare => 2,
            InputId::ReceivingStay => 3,
            InputId::InpatientStay => 4,
            InputId::MobileBusyHours => 5,
            InputId::LineMinutes => 6,
            InputId::ReceivingCost => 7,
            InputId::InpatientCost => 8,
            InputId::MobileCost => 9,
            InputId::LineCost => 10,
            InputId::Stay(k) => 11 + kind(k),
            InputId::ProgramCost(k) => 19 + kind(k),
        }
    }
}

/// The plain-language label of an input id (see [`InputId::id`]); the id itself when unknown.
pub fn label(input_id: &str) -> String {
    label_in(input_id, Lang::En)
}

/// [`label`] in a language.
pub fn label_in(input_id: &str, lang: Lang) -> String {
    InputId::from_id(input_id).map_or_else(|| input_id.to_string(), |i| i.label_in(lang))
}

/// The unit of an uncertain input's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Episodes per 100,000 residents a month.
    PerHundredThousandAMonth,
    /// A fraction (0.22 = 22%).
    Share,
    Days,
    Hours,
    Minutes,
    DollarsADay,
    DollarsATeamHour,
    DollarsADispatch,
    DollarsAYear,
}

impl Unit {
    /// The unit in words, in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Unit::PerHundredThousandAMonth => lang.pick(
                "per 100,000 residents a month",
                "por cada 100,000 residentes al mes",
            ),
            Unit::Share => lang.pick("of episodes", "de los episodios"),
            Unit::Days => lang.pick("days", "días"),
            Unit::Hours => lang.pick("hours", "horas"),
            Unit::Minutes => lang.pick("minutes", "minutos"),
            Unit::DollarsADay => lang.pick("a day", "por día"),
            Unit::DollarsATeamHour => lang.pick("a team-hour", "por hora-equipo"),
            Unit::DollarsADispatch => lang.pick("a dispatch", "por despacho"),
            Unit::DollarsAYear => lang.pick("a year", "al año"),
        }
    }

    /// The unit in words for an amount of it: singular for exactly one ("1 day", "1 hora").
    pub fn label_for(self, value: f64, lang: Lang) -> &'static str {
        if value != 1.0 {
            return self.label_in(lang);
        }
        match self {
            Unit::Days => lang.pick("day", "día"),
            Unit::Hours => lang.pick("hour", "hora"),
            Unit::Minutes => lang.pick("minute", "minuto"),
            u => u.label_in(lang),
        }
    }

    /// True for money (format the values as dollars).
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::DollarsADay
                | Unit::DollarsATeamHour
                | Unit::DollarsADispatch
                | Unit::DollarsAYear
        )
    }
}

/// One uncertain input of a scenario, resolved to absolute values for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UncertainInput {
    /// The stable id ([`InputId::id`]).
    pub id: String,
    #[serde(skip)]
    pub input: InputId,
    /// The label in English (see [`InputId::label_in`]).
    pub label: String,
    pub unit: Unit,
    /// The low end, the default and the high end. For a range shared by several programs of a
    /// type, the values of the first such program (adult programs first).
    pub low: f64,
    pub default: f64,
    pub high: f64,
    /// The stored multiples (inputs with one value), or `None` for a cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub factors: Option<Spread>,
    /// The dotted paths of the low and high ends in the scenario (for validation problems and
    /// sources): `uncertainty.adult_rate.low`, or `programs[0].cost_per_day_low` for a cost.
    pub low_path: String,
    pub high_path: String,
    /// The source of the range (of its high end, which is where a range differs from the
    /// default when its low end is the default itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// The uncertain inputs that matter for a scenario, in a fixed order: the youth rate only with
/// the youth stream, the share to residential care only when some episodes go there, a program
/// type's stay and cost only when a program of that type takes admissions, the receiving
/// facility only when it receives episodes, mobile teams only when dispatched, the crisis line
/// only when on; a cost only when its low and high ends differ.
pub fn inputs(s: &Scenario) -> Vec<UncertainInput> {
    active_inputs(s)
        .into_iter()
        .map(|id| resolve(s, id))
        .collect()
}

/// The first program of a kind that takes admissions: (youth, index).
fn first_program(s: &Scenario, kind: ProgramKind) -> Option<(bool, usize)> {
    let adult = s
        .programs
        .iter()
        .position(|p| p.kind == kind && p.share > 0.0)
        .map(|i| (false, i));
    adult.or_else(|| {
        if !s.youth.enabled {
            return None;
        }
        s.youth
            .programs
            .iter()
            .position(|p| p.kind == kind && p.share > 0.0)
            .map(|i| (true, i))
    })
}

fn program_path(youth: bool, i: usize, field: &str) -> String {
    if youth {
        format!("youth.programs[{i}].{field}")
    } else {
        format!("programs[{i}].{field}")
    }
}

/// The streams of a scenario: (youth, residents, rate, flow, programs).
fn streams(s: &Scenario) -> Vec<(bool, f64, f64, &Flow, &[crate::scenario::Program])> {
    let mut out = vec![(
        false,
        s.population,
        s.adult.rate_per_100k,
        &s.flow,
        &s.programs[..],
    )];
    if s.youth.enabled {
        out.push((
            true,
            s.population * s.youth_share,
            s.youth.rate_per_100k,
            &s.youth.flow,
            &s.youth.programs[..],
        ));
    }
    out
}

/// The inputs that matter for a scenario (see [`inputs`]).
pub fn active_inputs(s: &Scenario) -> Vec<InputId> {
    let mut receiving = false;
    let mut inpatient = false;
    let mut residential = false;
    let mut dispatched = false;
    for (_, residents, rate, f, _) in streams(s) {
        let v = walk(f, episodes_per_month(residents, rate).max(0.0));
        receiving |= v.receiving.per_month > 0.0;
        residential |= v.residential.per_month > 0.0;
        inpatient |= v.inpatient.per_month > 0.0 || v.residential.per_month > 0.0;
        dispatched |= v.mobile.per_month > 0.0;
    }
    let line = s.crisis_line.enabled && s.crisis_line.contacts_per_100k > 0.0;
    let spread = |lo: f64, hi: f64| hi > lo;
    let kinds: Vec<ProgramKind> = ProgramKind::ALL
        .into_iter()
        .filter(|k| residential && first_program(s, *k).is_some())
        .collect();
    let kind_cost = |k: ProgramKind| {
        let mut list: Vec<&crate::scenario::Program> = s.programs.iter().collect();
        if s.youth.enabled {
            list.extend(s.youth.programs.iter());
        }
        list.iter().any(|p| {
            p.kind == k && p.share > 0.0 && spread(p.cost_per_day_low, p.cost_per_day_high)
        })
    };
    let mobile_spread = match s.mobile.cost_basis {
        MobileCostBasis::TeamHours => spread(
            s.mobile.cost_per_team_hour_low,
            s.mobile.cost_per_team_hour_high,
        ),
        MobileCostBasis::Dispatches => spread(
            s.mobile.cost_per_dispatch_low,
            s.mobile.cost_per_dispatch_high,
        ),
    };
    InputId::all()
        .into_iter()
        .filter(|id| match *id {
            InputId::AdultRate => true,
            InputId::YouthRate => s.youth.enabled,
            InputId::ResidentialShare => residential,
            InputId::Stay(k) => kinds.contains(&k),
            InputId::ReceivingStay => receiving,
            InputId::InpatientStay => inpatient,
            InputId::MobileBusyHours => dispatched,
            InputId::LineMinutes => line,
            InputId::ProgramCost(k) => kinds.contains(&k) && kind_cost(k),
            InputId::ReceivingCost => {
                receiving && spread(s.receiving.cost_per_day_low, s.receiving.cost_per_day_high)
            }
            InputId::InpatientCost => {
                inpatient && spread(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high)
            }
            InputId::MobileCost => dispatched && mobile_spread,
            InputId::LineCost => {
                line && spread(
                    s.crisis_line.cost_per_fte_low,
                    s.crisis_line.cost_per_fte_high,
                )
            }
        })
        .collect()
}

/// The share of a stream's episodes reaching residential care with its residential shares
/// scaled by `factor` (the first stream that sends any).
fn residential_share_at(s: &Scenario, factor: f64) -> f64 {
    for (_, _, _, f, _) in streams(s) {
        let base = walk(f, 1.0).residential.per_month;
        if base > 0.0 {
            return walk(&scale_residential(f, factor), 1.0)
                .residential
                .per_month;
        }
    }
    0.0
}

/// The value of a one-value input in a scenario (the first program of a type for stays).
fn factor_value(s: &Scenario, id: InputId) -> Option<(f64, f64)> {
    // (value, cap)
    Some(match id {
        InputId::AdultRate => (s.adult.rate_per_100k, MAX_RATE),
        InputId::YouthRate => (s.youth.rate_per_100k, MAX_RATE),
        InputId::ResidentialShare => (residential_share_at(s, 1.0), 1.0),
        InputId::Stay(k) => {
            let (youth, i) = first_program(s, k)?;
            let list = if youth {
                &s.youth.programs
            } else {
                &s.programs
            };
            (list[i].stay_days, MAX_STAY_DAYS)
        }
        InputId::ReceivingStay => (s.receiving.stay_days, MAX_STAY_DAYS),
        InputId::InpatientStay => (s.inpatient.stay_days, MAX_STAY_DAYS),
        InputId::MobileBusyHours => (s.mobile.busy_hours_per_dispatch, MAX_BUSY_HOURS),
        InputId::LineMinutes => (s.crisis_line.minutes_per_contact, MAX_MINUTES),
        _ => return None,
    })
}

/// (low, high, low path, high path) of a cost input.
fn cost_range(s: &Scenario, id: InputId) -> Option<(f64, f64, String, String)> {
    Some(match id {
        InputId::ProgramCost(k) => {
            let (youth, i) = first_program(s, k)?;
            let list = if youth {
                &s.youth.programs
            } else {
                &s.programs
            };
            (
                list[i].cost_per_day_low,
                list[i].cost_per_day_high,
                program_path(youth, i, "cost_per_day_low"),
                program_path(youth, i, "cost_per_day_high"),
            )
        }
        InputId::ReceivingCost => (
            s.receiving.cost_per_day_low,
            s.receiving.cost_per_day_high,
            "receiving.cost_per_day_low".into(),
            "receiving.cost_per_day_high".into(),
        ),
        InputId::InpatientCost => (
            s.inpatient.cost_per_day_low,
            s.inpatient.cost_per_day_high,
            "inpatient.cost_per_day_low".into(),
            "inpatient.cost_per_day_high".into(),
        ),
        InputId::MobileCost => match s.mobile.cost_basis {
            MobileCostBasis::TeamHours => (
                s.mobile.cost_per_team_hour_low,
                s.mobile.cost_per_team_hour_high,
                "mobile.cost_per_team_hour_low".into(),
                "mobile.cost_per_team_hour_high".into(),
            ),
            MobileCostBasis::Dispatches => (
                s.mobile.cost_per_dispatch_low,
                s.mobile.cost_per_dispatch_high,
                "mobile.cost_per_dispatch_low".into(),
                "mobile.cost_per_dispatch_high".into(),
            ),
        },
        InputId::LineCost => (
            s.crisis_line.cost_per_fte_low,
            s.crisis_line.cost_per_fte_high,
            "crisis_line.cost_per_fte_low".into(),
            "crisis_line.cost_per_fte_high".into(),
        ),
        _ => return None,
    })
}

/// A product of a value and a multiple, to 12 significant digits (200 × 1.15 shows as 230,
/// not 229.99999999999997).
fn tidy(x: f64) -> f64 {
    if !(x.is_finite() && x != 0.0) {
        return x;
    }
    let digits = 11 - x.abs().log10().floor() as i32;
    if !(0..=300).contains(&digits) {
        return x;
    }
    let k = 10f64.powi(digits);
    let y = (x * k).round() / k;
    if y.is_finite() {
        y
    } else {
        x
    }
}

/// The low and high ends of a one-value input's range as absolute values (5-day stays with
/// the range ×0.6 to ×2.0: `(3.0, 10.0)`), as the page shows them and [`set_low`] and
/// [`set_high`] take them; `None` for a cost. An end that is not a number (the page stores
/// text that is not a number as NaN) stays NaN, so the field keeps what was typed.
pub fn range_ends(s: &Scenario, id: InputId) -> Option<(f64, f64)> {
    ends(s, id, true)
}

/// [`range_ends`]; with `keep_nan` false, an end that is not a number becomes the cap (what
/// [`inputs`] reports, never a non-finite number).
fn ends(s: &Scenario, id: InputId, keep_nan: bool) -> Option<(f64, f64)> {
    let spread = s.uncertainty.spread(id)?;
    let (value, cap) = factor_value(s, id).unwrap_or((0.0, f64::INFINITY));
    let end = |factor: f64| {
        if factor.is_nan() && keep_nan {
            return f64::NAN;
        }
        if id == InputId::ResidentialShare {
            residential_share_at(s, factor)
        } else {
            (value * factor).min(cap)
        }
    };
    Some((tidy(end(spread.low)), tidy(end(spread.high))))
}

/// Put back the default range (its preset's) of every one-value input, leaving the seed, the
/// draws, the simulation's settings and the costs' own ranges as they are.
pub fn restore_default_ranges(s: &mut Scenario) {
    let defaults = Uncertainty::for_preset(s.preset_id());
    for id in InputId::factors() {
        if let (Some(to), Some(from)) = (s.uncertainty.spread_mut(id), defaults.spread(id)) {
            *to = from;
        }
    }
}

/// True when every one-value input has its preset's default range.
pub fn has_default_ranges(s: &Scenario) -> bool {
    let defaults = Uncertainty::for_preset(s.preset_id());
    InputId::factors()
        .into_iter()
        .all(|id| s.uncertainty.spread(id) == defaults.spread(id))
}

/// A one-value input's value in words, in a language ("5 days", "22%"), for a message.
fn value_words(s: &Scenario, id: InputId, lang: Lang) -> Option<String> {
    let (value, _) = factor_value(s, id)?;
    if !value.is_finite() {
        return None;
    }
    let f = crate::format::Format::new(lang);
    let unit = id.unit(s);
    Some(match unit {
        Unit::Share => f.percent(value),
        _ => format!("{} {}", f.number(value), unit.label_for(value, lang)),
    })
}

/// The message for a bad end of a one-value input's range, in a language.
pub(crate) fn range_message(s: &Scenario, id: InputId, high: bool, lang: Lang) -> String {
    let label = id.label_in(lang);
    let value = value_words(s, id, lang)
        .map(|v| format!(" ({v})"))
        .unwrap_or_default();
    match (high, lang) {
        (false, Lang::En) => format!(
            "The low end of the range of \"{label}\" must be above zero and at most the value \
             itself{value}. In a file it is a multiple of the value from 0 to 1 (0.9 is 10% \
             below)."
        ),
        (true, Lang::En) => format!(
            "The high end of the range of \"{label}\" must be at least the value itself{value} \
             and at most ten times it. In a file it is a multiple of the value from 1 to 10 \
             (1.15 is 15% above)."
        ),
        (false, Lang::Es) => format!(
            "El extremo bajo del rango de \"{label}\" debe ser mayor que cero y como máximo el \
             valor mismo{value}. En un archivo es un múltiplo del valor de 0 a 1 (0.9 es 10% \
             menos)."
        ),
        (true, Lang::Es) => format!(
            "El extremo alto del rango de \"{label}\" debe ser al menos el valor mismo{value} y \
             como máximo diez veces ese valor. En un archivo es un múltiplo del valor de 1 a 10 \
             (1.15 es 15% más)."
        ),
    }
}

fn resolve(s: &Scenario, id: InputId) -> UncertainInput {
    let unit = id.unit(s);
    let label = id.label();
    if let Some(spread) = s.uncertainty.spread(id) {
        let (value, _) = factor_value(s, id).unwrap_or((0.0, f64::INFINITY));
        let (low, high) = ends(s, id, false).unwrap_or((0.0, 0.0));
        let stem = format!("uncertainty.{}", id.id());
        let high_path = format!("{stem}.high");
        UncertainInput {
            id: id.id(),
            input: id,
            label,
            unit,
            low,
            default: value,
            high,
            factors: Some(spread),
            low_path: format!("{stem}.low"),
            source: crate::sources::source_in(s, &high_path),
            high_path,
        }
    } else {
        let (lo, hi, low_path, high_path) =
            cost_range(s, id).unwrap_or((0.0, 0.0, String::new(), String::new()));
        UncertainInput {
            id: id.id(),
            input: id,
            label,
            unit,
            low: lo,
            default: 0.5 * (lo + hi),
            high: hi,
            factors: None,
            source: crate::sources::source_in(s, &low_path),
            low_path,
            high_path,
        }
    }
}

/// Set the low end of a one-value input's range from an absolute value (the stored multiple is
/// `value / the input's value`). False, with nothing changed, for a cost (edit the cost's own
/// low end), or when the input's value is zero or not a number.
pub fn set_low(s: &mut Scenario, id: InputId, value: f64) -> bool {
    set_end(s, id, value, false)
}

/// Set the high end of a one-value input's range from an absolute value (see [`set_low`]).
pub fn set_high(s: &mut Scenario, id: InputId, value: f64) -> bool {
    set_end(s, id, value, true)
}

fn set_end(s: &mut Scenario, id: InputId, value: f64, high: bool) -> bool {
    let Some((base, _)) = factor_value(s, id) else {
        return false;
    };
    if !(base.is_finite() && base > 0.0) {
        return false;
    }
    let Some(spread) = s.uncertainty.spread_mut(id) else {
        return false;
    };
    let factor = value / base;
    if high {
        spread.high = factor;
    } else {
        spread.low = factor;
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Validation.

/// The problems of the scenario's `uncertainty` (part of [`crate::validate()`]). Paths:
/// `uncertainty.draws`, `uncertainty.sim_years`, `uncertainty.stay_cv` (checked for log-normal
/// stays only), `uncertainty.<input>.low` and `.high` (`uncertainty.stay.living-room.high`).
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let u = &s.uncertainty;
    let mut out = Vec::new();
    let mut fail = |field: String, message: String| out.push(Problem { field, message });
    if !(MIN_DRAWS..=MAX_DRAWS).contains(&u.draws) {
        fail(
            "uncertainty.draws".into(),
            "The number of Monte Carlo draws must be from 100 to 100,000.".into(),
        );
    }
    for id in InputId::factors() {
        let Some(spread) = u.spread(id) else { continue };
        let stem = format!("uncertainty.{}", id.id());
        if !(spread.low.is_finite() && spread.low > 0.0 && spread.low <= 1.0) {
            fail(format!("{stem}.low"), range_message(s, id, false, Lang::En));
        }
        if !(spread.high.is_finite() && spread.high >= 1.0 && spread.high <= MAX_FACTOR) {
            fail(format!("{stem}.high"), range_message(s, id, true, Lang::En));
        }
    }
    if !(MIN_SIM_YEARS..=MAX_SIM_YEARS).contains(&u.sim_years) {
        fail(
            "uncertainty.sim_years".into(),
            "The number of simulated years must be from 10 to 1,000.".into(),
        );
    }
    if u.stay_distribution == StayDistribution::LogNormal
        && !(u.stay_cv.is_finite() && (0.1..=3.0).contains(&u.stay_cv))
    {
        fail(
            "uncertainty.stay_cv".into(),
            "The coefficient of variation of log-normal stays must be from 0.1 to 3 (1 is as \
             varied as exponential stays)."
                .into(),
        );
    }
    out
}

/// Every input path of the scenario's `uncertainty`, in the order of the JSON.
pub fn field_paths(_s: &Scenario) -> Vec<String> {
    let mut out = vec![
        "uncertainty.seed".to_string(),
        "uncertainty.draws".to_string(),
    ];
    for id in InputId::factors() {
        out.push(format!("uncertainty.{}.low", id.id()));
        out.push(format!("uncertainty.{}.high", id.id()));
    }
    out.extend(
        ["sim_years", "stay_distribution", "stay_cv"]
            .iter()
            .map(|f| format!("uncertainty.{f}")),
    );
    out
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
}

impl Figures {
    /// The figures of a full evaluation (costs at their default, the midpoint).
    pub fn of(r: &Results) -> Figures {
        let t = &r.totals;
        Figures {
            residential_beds: t.residential_beds.total as f64,
            pooled_residential_beds: t.pooled_residential_beds.total as f64,
            staff_fte: t.mobile_fte + t.crisis_line_fte,
            annual_cost: t.annual_cost.mid,
            savings: t.savings.mid,
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
        }
    }
}

/// Each share of a flow to residential care times `factor`, capped so that the service's
/// onward shares add up to at most 100% (never below 0).
pub(crate) fn scale_residential(f: &Flow, factor: f64) -> Flow {
    let scaled = |r: f64, others: f64| {
        let x = r * factor;
        if factor <= 1.0 {
            x
        } else {
            x.min((1.0 - others).max(r))
        }
    };
    let mut g = f.clone();
    g.entry_to_residential = scaled(
        f.entry_to_residential,
        f.entry_to_mobile + f.entry_to_receiving + f.entry_to_ed + f.entry_to_inpatient,
    );
    g.mobile_to_residential = scaled(
        f.mobile_to_residential,
        f.mobile_to_receiving + f.mobile_to_inpatient,
    );
    g.receiving_to_residential = scaled(f.receiving_to_residential, f.receiving_to_inpatient);
    g.ed_to_residential = scaled(f.ed_to_residential, f.ed_to_inpatient);
    g
}

/// A validated scenario ready for many light evaluations.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    base: Scenario,
    active: Vec<InputId>,
    /// The stored multiples by slot (1 to 1 for costs and unused slots).
    spreads: [Spread; SLOTS],
}

impl Plan {
    /// The plan of a scenario, or its problems.
    pub(crate) fn new(s: &Scenario) -> Result<Plan, Vec<Problem>> {
        let problems = crate::validate(s);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut spreads = [Spread::default(); SLOTS];
        for id in InputId::factors() {
            if let Some(sp) = s.uncertainty.spread(id) {
                spreads[id.slot()] = sp;
            }
        }
        Ok(Plan {
            base: s.clone(),
            active: active_inputs(s),
            spreads,
        })
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
        // (beds, cost a year) of one facility-based service.
        let service = |admissions_per_month: f64, stay: f64, cost_per_day: f64| -> (u64, f64) {
            let load = per_day(admissions_per_month) * stay;
            let beds = size(load, sizing).servers;
            let days = match basis {
                CostBasis::OccupiedBedDays => load * DAYS_PER_YEAR,
                CostBasis::StaffedBeds => beds as f64 * DAYS_PER_YEAR,
            };
            (beds, cost_per_day * days)
        };

        let mut fig = Figures::default();
        let mut continuum = 0.0;
        let mut hospital_only = 0.0;
        let mut dispatches = 0.0;
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
            let (_, c) = service(v.receiving.per_month, receiving_stay, receiving_cost);
            continuum += c;
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
                let (b, c) = service(admissions, stay, cost);
                load += per_day(admissions) * stay;
                beds = beds.saturating_add(b);
                continuum += c;
            }
            fig.residential_beds += beds as f64;
            fig.pooled_residential_beds += size(load, sizing).servers as f64;
            let (_, c) = service(v.inpatient.per_month, inpatient_stay, inpatient_cost);
            continuum += c;
            let hospital =
                v.residential.per_month + v.inpatient.per_month - v.residential.to_inpatient;
            let hospital_share = if entering > 0.0 {
                (hospital / entering).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (_, c) = service(hospital_share * entering, inpatient_stay, inpatient_cost);
            hospital_only += c;
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
}

impl Metric {
    pub const ALL: [Metric; 5] = [
        Metric::ResidentialBeds,
        Metric::PooledResidentialBeds,
        Metric::StaffFte,
        Metric::AnnualCost,
        Metric::Savings,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Metric::ResidentialBeds => "residential-beds",
            Metric::PooledResidentialBeds => "pooled-residential-beds",
            Metric::StaffFte => "staff-fte",
            Metric::AnnualCost => "annual-cost",
            Metric::Savings => "savings",
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
        }
    }

    /// True for whole numbers (beds): percentiles and histogram edges are whole.
    pub fn is_count(self) -> bool {
        matches!(
            self,
            Metric::ResidentialBeds | Metric::PooledResidentialBeds
        )
    }

    /// True for money.
    pub fn is_money(self) -> bool {
        matches!(self, Metric::AnnualCost | Metric::Savings)
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
}

impl MonteCarlo {
    /// Validate the scenario and prepare `uncertainty.draws` draws.
    pub fn new(s: &Scenario) -> Result<MonteCarlo, Vec<Problem>> {
        let plan = Plan::new(s)?;
        let base = plan.figures(&DEFAULTS);
        let total = s.uncertainty.draws as usize;
        Ok(MonteCarlo {
            plan,
            seed: s.uncertainty.seed,
            total,
            base,
            samples: Vec::with_capacity(total),
        })
    }

    /// Make up to `n` more draws. True when every draw is made.
    pub fn step(&mut self, n: usize) -> bool {
        let end = self.samples.len().saturating_add(n).min(self.total);
        for i in self.samples.len()..end {
            let at = self.plan.draw(self.seed, i as u64);
            let f = self.plan.figures(&at);
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
            histogram: Histogram::default(),
        };
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let rank = |p: f64| values[((p * n as f64).ceil() as usize).clamp(1, n) - 1];
    let mean = values.iter().sum::<f64>() / n as f64;
    Band {
        base,
        mean,
        p10: rank(0.1),
        p50: rank(0.5),
        p90: rank(0.9),
        min: values[0],
        max: values[n - 1],
        histogram: histogram(&values, count),
    }
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
    use crate::presets::preset;

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
            let full = Figures::of(&crate::evaluate(&s).unwrap());
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
        let mut f = crate::presets::crisis_now_flow();
        f.receiving_to_inpatient = 0.5;
        let g = scale_residential(&f, 2.0);
        assert_eq!(g.receiving_to_residential, 0.5);
        let g = scale_residential(&f, 0.5);
        assert_eq!(g.receiving_to_residential, 0.175);
    }
}
