//! The ranges of the uncertain inputs: the scenario's `uncertainty` settings (each range stored
//! as multiples of its value), the inputs' ids, labels and units, and their JSON paths. What
//! the ranges are worth for a given scenario is [`crate::input::ranges`]; the Monte Carlo over them
//! is [`crate::uncertainty`].
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
//! ## Default ranges (sources in [`crate::scenario::sources`])
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

use serde::Serialize;

use crate::scenario::parts::ProgramKind;
use crate::text::lang::Lang;

/// The seed every preset records (any number will do; this one is fixed so that links agree).
pub const DEFAULT_SEED: u64 = 20_261_123;
/// Monte Carlo draws by default.
pub const DEFAULT_DRAWS: u32 = 10_000;
/// The fewest Monte Carlo draws accepted.
pub const MIN_DRAWS: u32 = 100;
/// The most Monte Carlo draws accepted.
pub const MAX_DRAWS: u32 = 100_000;
/// Simulated years per program by default (see [`crate::stochastic::simulate`]).
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

crate::text::json::json_struct!(Spread { low, high });
crate::text::json::json_struct!(StaySpreads {
    high_medical = "high-medical",
    moderate_medical = "moderate-medical",
    crisis_respite = "crisis-respite",
    peer_respite = "peer-respite",
    living_room = "living-room",
    sud = "sud",
    typical = "typical",
    other = "other",
});
crate::text::json::json_id!(StayDistribution);
crate::text::json::json_id!(Confidence);

/// What the plan is sized for ("plan for"): the typical case (the plan as calculated from the
/// inputs' values), or the beds, chairs, teams and counselors that are enough in 80% or 90% of
/// the Monte Carlo's futures (see [`crate::stochastic::confidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// The plan as calculated (the CLI's `--confidence 0.5`).
    #[default]
    Typical,
    /// Enough in 80% of futures.
    P80,
    /// Enough in 90% of futures.
    P90,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Typical, Confidence::P80, Confidence::P90];

    /// `"typical"`, `"80%"` or `"90%"` (the scenario JSON's `uncertainty.plan_for`).
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Typical => "typical",
            Confidence::P80 => "80%",
            Confidence::P90 => "90%",
        }
    }

    /// The share of futures covered: 0.5 for the typical case, 0.8, 0.9.
    pub fn share(self) -> f64 {
        match self {
            Confidence::Typical => 0.5,
            Confidence::P80 => 0.8,
            Confidence::P90 => 0.9,
        }
    }

    /// The choice of an id or a share as people write it: `typical`, `80%`, `0.8`, `80`, `0.5`
    /// (the typical case); nothing else.
    pub fn from_id(id: &str) -> Option<Confidence> {
        let t = id.trim().to_ascii_lowercase();
        match t.as_str() {
            "typical" | "0.5" | "0.50" | "50%" | "50" => Some(Confidence::Typical),
            "80%" | "0.8" | "0.80" | "80" => Some(Confidence::P80),
            "90%" | "0.9" | "0.90" | "90" => Some(Confidence::P90),
            _ => None,
        }
    }

    /// The choice of a share (0.5, 0.8 or 0.9; nothing else).
    pub fn from_share(x: f64) -> Option<Confidence> {
        Confidence::ALL
            .into_iter()
            .find(|c| (c.share() - x).abs() < 1e-9)
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Confidence::Typical => lang.pick("The typical case", "El caso típico"),
            Confidence::P80 => lang.pick("80% of futures", "El 80% de los futuros"),
            Confidence::P90 => lang.pick("90% of futures", "El 90% de los futuros"),
        }
    }
}

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
    /// Simulated years per program (10 to 1,000; see [`crate::stochastic::simulate`]).
    pub sim_years: u32,
    /// How the simulation draws lengths of stay.
    pub stay_distribution: StayDistribution,
    /// Coefficient of variation of log-normal stays (0.1 to 3).
    pub stay_cv: f64,
    /// What the plan is sized for (`"plan_for"`; absent: the typical case).
    pub plan_for: Confidence,
}

crate::text::json::json_struct!(Uncertainty {
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
    plan_for,
});

impl Uncertainty {
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
    /// Outcome rates (`outcomes.*`, whose low and high ends are stored beside them): the
    /// emergency-department hours of a psychiatric visit,
    EdHoursPerVisit,
    /// the share of crises that reach the system through the police,
    PoliceShare,
    /// the officer hours of a transport to an emergency department,
    PoliceEdHours,
    /// and the officer minutes of a drop-off at a receiving facility.
    PoliceDropoff,
    /// A funding input with a range: its place in [`crate::scenario::funding::RANGED`]. Its
    /// ends are absolute values stored with the funding inputs (`funding.ranges`); the default
    /// is the value itself.
    Funding(u8),
}

/// The outcome rates among the uncertain inputs (see [`InputId::EdHoursPerVisit`]).
pub const OUTCOME_RATE_IDS: [InputId; 4] = [
    InputId::EdHoursPerVisit,
    InputId::PoliceShare,
    InputId::PoliceEdHours,
    InputId::PoliceDropoff,
];

/// The slots of the funding inputs (after the others and the outcome rates).
const FUNDING_SLOT: usize = 11 + 2 * 8 + OUTCOME_RATE_IDS.len();

/// The number of [`InputId`]s (the size of the evaluation's slot table).
pub(crate) const SLOTS: usize = FUNDING_SLOT + crate::scenario::funding::RANGED.len();

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
        out.extend(OUTCOME_RATE_IDS);
        out.extend((0..crate::scenario::funding::RANGED.len() as u8).map(InputId::Funding));
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
                | InputId::Funding(_)
        ) && self.outcome_rate().is_none()
    }

    /// The name of an outcome rate inside the scenario's `outcomes` (`police_share`), or
    /// `None` for the other inputs.
    pub fn outcome_rate(self) -> Option<&'static str> {
        Some(match self {
            InputId::EdHoursPerVisit => "ed_hours_per_visit",
            InputId::PoliceShare => "police_share",
            InputId::PoliceEdHours => "police_ed_hours",
            InputId::PoliceDropoff => "police_dropoff_minutes",
            _ => return None,
        })
    }

    /// The stable id: `adult_rate`, `youth_rate`, `residential_share`, `stay.<kind>`,
    /// `receiving_stay`, `inpatient_stay`, `mobile_busy_hours`, `line_minutes`,
    /// `cost.<kind>`, `receiving_cost`, `inpatient_cost`, `mobile_cost`, `line_cost` (kinds as
    /// [`ProgramKind::id`]), and an outcome rate's name (`police_share`). For an input with a stored range it is also the path of the range
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
            InputId::Funding(k) => crate::scenario::funding::RANGED
                .get(usize::from(k))
                .map_or_else(String::new, |p| p.to_string()),
            rate => rate.outcome_rate().unwrap_or_default().into(),
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
        match self {
            InputId::Funding(k) => {
                let (en, es) = crate::scenario::funding::RANGED_LABELS
                    .get(usize::from(k))
                    .copied()
                    .unwrap_or(("", ""));
                match lang {
                    Lang::En => format!("Who pays: {en}"),
                    Lang::Es => format!("Quién paga: {es}"),
                }
            }
            _ => self.own_label_in(lang),
        }
    }

    /// [`InputId::label_in`] of an input with a stored range or a cost; a funding input's is
    /// its path. The validation of the stored ranges names inputs with this, so the page's first
    /// download does not carry the funding inputs' labels.
    pub(crate) fn own_label_in(self, lang: Lang) -> String {
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
            // the outcome rates' fields say the same (`catalog::ED_HOURS`, …)
            InputId::EdHoursPerVisit => fixed(
                "Emergency-department hours of a psychiatric visit",
                "Horas de una visita psiquiátrica en la sala de emergencias",
            ),
            InputId::PoliceShare => fixed(
                "Crises that reach the system through the police",
                "Crisis que llegan al sistema a través de la policía",
            ),
            InputId::PoliceEdHours => fixed(
                "Officer hours of a transport to an emergency department",
                "Horas de un agente en un traslado a la sala de emergencias",
            ),
            InputId::PoliceDropoff => fixed(
                "Officer minutes of a drop-off at a receiving facility",
                "Minutos de un agente al dejar a la persona en un centro de recepción",
            ),
            InputId::Funding(_) => self.id(),
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
            InputId::Funding(k) => FUNDING_SLOT + usize::from(k),
            rate => {
                27 + OUTCOME_RATE_IDS
                    .iter()
                    .position(|x| *x == rate)
                    .unwrap_or_default()
            }
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
    /// A share that is not of episodes (a payer's rate, a coverage share, a federal share).
    Percent,
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
            Unit::Percent => lang.pick("percent", "por ciento"),
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

/// Every input path of the scenario's `uncertainty`, in the order of the JSON.
pub fn field_paths() -> Vec<String> {
    let mut out = vec![
        "uncertainty.seed".to_string(),
        "uncertainty.draws".to_string(),
    ];
    for id in InputId::factors() {
        out.push(format!("uncertainty.{}.low", id.id()));
        out.push(format!("uncertainty.{}.high", id.id()));
    }
    out.extend(
        ["sim_years", "stay_distribution", "stay_cv", "plan_for"]
            .iter()
            .map(|f| format!("uncertainty.{f}")),
    );
    out
}
