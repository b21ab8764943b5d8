//! The results: everything [`crate::evaluate`] computes from a valid scenario.
//!
//! All numbers are finite. Counts of beds, chairs, teams and facilities are whole numbers
//! (`u64`); volumes and loads are `f64`; shares are fractions (0.048 = 4.8%); money is dollars a
//! year as a [`Money`] triple: `low` (the low end of every cost range), `mid` (the default: the
//! midpoint of every range) and `high` (the high end).
//!
//! Every figure has an explanation, built on demand by [`Results::explain`] from a key (see
//! [`crate::analysis::explain`] for the keys).

use serde::Serialize;

use crate::text::format::Format;
use crate::text::lang::Lang;

pub use crate::scenario::network::ServiceFlow;

use crate::scenario::{
    CostBasis, MobileCostBasis, ProgramKind, ResponseMode, Scenario, Sizing, SizingRule,
};

/// Dollars a year at the low end of every cost range, the default (midpoint), and the high end.
///
/// `low` and `high` name the cases (low costs, high costs), so a difference such as savings can
/// have `low` above `high`. Whatever leaves the model reads smaller to larger: the JSON writes
/// `low` as the smaller end and `high` as the larger ([`Money::ordered`]), and
/// [`Money::range_in`] names the case each end comes from.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Money {
    pub low: f64,
    pub mid: f64,
    pub high: f64,
}

impl Serialize for Money {
    /// `{low, mid, high}` with `low ≤ high`: the smaller and the larger end.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (low, high) = self.ordered();
        let mut st = serializer.serialize_struct("Money", 3)?;
        st.serialize_field("low", &low)?;
        st.serialize_field("mid", &self.mid)?;
        st.serialize_field("high", &high)?;
        st.end()
    }
}

impl Money {
    /// The smaller and the larger end.
    pub fn ordered(self) -> (f64, f64) {
        if self.low <= self.high {
            (self.low, self.high)
        } else {
            (self.high, self.low)
        }
    }

    /// The range smaller to larger, each end with the case it comes from: "$1.3 million at high
    /// costs to $1.9 million at low costs", "de $1.3 millones con costos altos a $1.9 millones
    /// con costos bajos"; one figure when both ends round alike. `compact` writes millions.
    pub fn range_in(self, lang: Lang, compact: bool) -> String {
        let f = Format::new(lang);
        let v = |x: f64| {
            if compact {
                f.currency_compact(x)
            } else {
                f.currency(x)
            }
        };
        let (lo_case, hi_case) = match lang {
            Lang::En => ("at low costs", "at high costs"),
            Lang::Es => ("con costos bajos", "con costos altos"),
        };
        let ((a, a_case), (b, b_case)) = if self.low <= self.high {
            ((self.low, lo_case), (self.high, hi_case))
        } else {
            ((self.high, hi_case), (self.low, lo_case))
        };
        if v(a) == v(b) {
            return match lang {
                Lang::En => format!("{} at low and high costs", v(a)),
                Lang::Es => format!("{} con costos bajos y altos", v(a)),
            };
        }
        match lang {
            Lang::En => format!("{} {a_case} to {} {b_case}", v(a), v(b)),
            Lang::Es => format!("de {} {a_case} a {} {b_case}", v(a), v(b)),
        }
    }

    pub const ZERO: Money = Money {
        low: 0.0,
        mid: 0.0,
        high: 0.0,
    };

    /// A range from its low and high ends; the default is the midpoint.
    pub fn range(low: f64, high: f64) -> Money {
        Money {
            low,
            mid: 0.5 * (low + high),
            high,
        }
    }

    /// Every figure times `k`.
    pub fn scale(self, k: f64) -> Money {
        Money {
            low: self.low * k,
            mid: self.mid * k,
            high: self.high * k,
        }
    }

    /// Figure by figure sum.
    pub fn plus(self, o: Money) -> Money {
        Money {
            low: self.low + o.low,
            mid: self.mid + o.mid,
            high: self.high + o.high,
        }
    }

    /// Figure by figure difference.
    pub fn minus(self, o: Money) -> Money {
        Money {
            low: self.low - o.low,
            mid: self.mid - o.mid,
            high: self.high - o.high,
        }
    }

    /// Every figure divided by `d`; zero when `d` is not above zero, and a figure that would
    /// overflow (a divisor of 1e-303 from a rate of 1e-308) is zero too.
    pub fn per(self, d: f64) -> Money {
        if !(d > 0.0 && d.is_finite()) {
            return Money::ZERO;
        }
        let each = |x: f64| {
            let y = x / d;
            if y.is_finite() {
                y
            } else {
                0.0
            }
        };
        Money {
            low: each(self.low),
            mid: each(self.mid),
            high: each(self.high),
        }
    }
}

/// A count for adults, youth, and both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Split {
    pub adult: u64,
    pub youth: u64,
    pub total: u64,
}

impl Split {
    pub fn new(adult: u64, youth: u64) -> Split {
        Split {
            adult,
            youth,
            total: adult.saturating_add(youth),
        }
    }
}

/// Where every episode ends.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Outcomes {
    /// Resolved in the community: by the crisis line or on the phone at entry, on scene by a
    /// mobile team, at the receiving facility or at the emergency department (a month).
    pub resolved_per_month: f64,
    /// Ended in a residential crisis program (not stepped up to inpatient), a month.
    pub residential_per_month: f64,
    /// Ended in inpatient care, a month.
    pub inpatient_per_month: f64,
}

/// Episode volumes through the network of one stream.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FlowResults {
    /// Episodes entering (the stream's crisis episodes), and where entry sends them.
    pub entry: ServiceFlow,
    pub mobile: ServiceFlow,
    pub receiving: ServiceFlow,
    pub ed: ServiceFlow,
    pub residential: ServiceFlow,
    pub inpatient: ServiceFlow,
    /// Residential admissions a month per program, in the order of the scenario's programs.
    pub program_admissions_per_month: Vec<f64>,
    /// Where episodes end. The three add up to `entry.per_month`.
    pub outcomes: Outcomes,
    /// Share of entering episodes that never reach inpatient care.
    pub diverted_share: f64,
    /// Share of entering episodes that reach residential or inpatient care at least once: the
    /// hospital admissions of the hospital-only counterfactual.
    pub hospital_share: f64,
    /// |entering − (resolved + ended in residential + inpatient)| a month; zero up to rounding.
    pub conservation_gap: f64,
}

/// What kind of warning a facility carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// Utilization under 50%: too little volume to run the program efficiently.
    LowUtilization,
    /// Utilization over 95%: the program will often be full.
    OverFull,
}

/// What kind of service a facility is (for the wording of its warnings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceKind {
    Receiving,
    Residential,
    Inpatient,
}

/// A warning about a facility. Its words are written when asked for ([`Warning::message`],
/// [`Warning::message_in`]), not when the facility is sized: a table of 100,000 areas sizes
/// every area's facilities, and most of those warnings are never read.
///
/// As JSON it is `{"kind": ..., "message": ...}`, the message in English.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub kind: WarningKind,
    /// What the words are built from.
    pub(crate) service: ServiceKind,
    pub(crate) utilization: f64,
    pub(crate) servers: u64,
}

impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Warning", 2)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

/// The capacity and cost of one facility-based service (receiving chairs, a residential
/// program, inpatient beds).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Facility {
    /// Admissions a month.
    pub admissions_per_month: f64,
    /// Arrivals a day: admissions a month × 12 / 365.
    pub arrivals_per_day: f64,
    /// Mean stay in days.
    pub stay_days: f64,
    /// Offered load: arrivals a day × stay, the average census if nobody were turned away.
    pub load: f64,
    /// Beds (or chairs) by the sizing rule.
    pub beds: u64,
    /// Share of days all beds are full (Erlang B at the chosen beds).
    pub days_full: f64,
    /// Average share of beds occupied: load × (1 − days full) / beds.
    pub utilization: f64,
    /// Facilities needed at the per-facility limit (0 when the service has no limit).
    pub facilities: u64,
    /// The per-facility limit used (0 when none).
    pub max_per_facility: u64,
    /// Occupied bed-days a year (load × 365).
    pub bed_days_per_year: f64,
    /// Cost a year (by the scenario's cost basis).
    pub cost: Money,
    /// A warning when utilization is under 50% or over 95%.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
}

/// One residential program's capacity and cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramResult {
    pub kind: ProgramKind,
    pub name: String,
    /// Share of the stream's residential admissions.
    pub share: f64,
    #[serde(flatten)]
    pub facility: Facility,
}

/// Beds for a load if all programs were one pool.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Pool {
    pub load: f64,
    pub beds: u64,
    pub days_full: f64,
    pub utilization: f64,
}

/// Residential crisis care of one stream, all programs together.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Residential {
    /// Residential admissions a month (all programs).
    pub admissions_per_month: f64,
    /// Summed offered load of all programs.
    pub load: f64,
    /// Beds: the sum over separate programs.
    pub beds: u64,
    /// Facilities: the sum over programs.
    pub facilities: u64,
    /// The same load in one pool (fewer beds: the pooling effect).
    pub pooled: Pool,
    /// Cost a year of all programs.
    pub cost: Money,
}

/// The hospital-only counterfactual of one stream: everyone who reached residential or
/// inpatient care is admitted to a psychiatric hospital instead.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct HospitalOnly {
    pub admissions_per_month: f64,
    pub load: f64,
    pub beds: u64,
    pub days_full: f64,
    pub utilization: f64,
    pub cost: Money,
}

/// Cost a year of one stream. Mobile teams are shared in proportion to dispatches, the crisis
/// line in proportion to residents, so the streams add up to the whole.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct StreamCost {
    pub receiving: Money,
    pub residential: Money,
    pub inpatient: Money,
    pub mobile: Money,
    pub crisis_line: Money,
    /// The continuum: receiving + residential + inpatient + mobile + crisis line.
    pub total: Money,
    /// The hospital-only counterfactual.
    pub hospital_only: Money,
    /// Hospital-only minus continuum (at low, default and high prices).
    pub savings: Money,
    /// Continuum cost per crisis episode.
    pub per_episode: Money,
    /// Continuum cost per resident (for youth: per youth resident).
    pub per_resident: Money,
}

/// All results of one stream (adults or youth).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StreamResults {
    /// Residents the stream's rate applies to (all residents for adults, youth for youth).
    pub residents: f64,
    /// Crisis episodes a month (`residents / 100,000 × rate`).
    pub episodes_per_month: f64,
    /// Crisis episodes a year.
    pub episodes_per_year: f64,
    pub flow: FlowResults,
    /// Receiving facility chairs.
    pub receiving: Facility,
    /// Each residential program.
    pub programs: Vec<ProgramResult>,
    /// All residential programs together, and pooled.
    pub residential: Residential,
    /// Inpatient beds (step-ups and direct admissions).
    pub inpatient: Facility,
    /// The hospital-only counterfactual.
    pub hospital_only: HospitalOnly,
    pub cost: StreamCost,
}

/// Mobile crisis teams (both streams share them).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MobileResults {
    pub dispatches_per_month: f64,
    pub dispatches_per_day: f64,
    pub busy_hours_per_dispatch: f64,
    /// Offered load in teams: dispatches an hour × busy hours.
    pub load: f64,
    /// Teams on duty around the clock (posts).
    pub teams: u64,
    pub staff_per_team: f64,
    /// Full-time staff: teams × staff per team × 8,760 / productive hours.
    pub fte: f64,
    pub mode: ResponseMode,
    pub target_share: f64,
    pub max_wait_minutes: f64,
    /// The share of requests meeting the target with these teams.
    pub share_meeting_target: f64,
    /// The share of requests that find every team busy (Erlang C).
    pub prob_wait: f64,
    /// Share of team time spent on dispatches.
    pub utilization: f64,
    /// Staffed team-hours a year (teams × 8,760).
    pub team_hours_per_year: f64,
    pub cost_basis: MobileCostBasis,
    pub cost: Money,
}

/// The crisis line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CrisisLineResults {
    pub enabled: bool,
    pub contacts_per_month: f64,
    pub contacts_per_hour: f64,
    pub minutes_per_contact: f64,
    /// Offered load in counselors: contacts an hour × hours per contact.
    pub load: f64,
    /// Counselors on duty around the clock.
    pub on_duty: u64,
    /// Full-time counselors: on duty × 8,760 / productive hours / (1 − shrinkage).
    pub fte: f64,
    pub answer_seconds: f64,
    pub target_share: f64,
    /// The share of contacts answered within the target with these counselors.
    pub share_answered_in_time: f64,
    /// The share of contacts that wait at all (Erlang C).
    pub prob_wait: f64,
    /// Share of counselor time on contacts.
    pub occupancy: f64,
    pub shrinkage: f64,
    pub cost: Money,
}

/// The headline figures.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Totals {
    /// Residential crisis beds, all programs, separate programs as planned.
    pub residential_beds: Split,
    /// Residential beds if each stream's programs were one pool.
    pub pooled_residential_beds: Split,
    /// Residential facilities at the per-facility limit.
    pub residential_facilities: Split,
    /// Receiving facility chairs.
    pub receiving_chairs: Split,
    /// Inpatient beds the continuum still needs.
    pub inpatient_beds: Split,
    /// Inpatient beds without a continuum (hospital only).
    pub hospital_only_beds: Split,
    /// Crisis episodes a year, both streams.
    pub episodes_per_year: f64,
    pub mobile_teams: u64,
    pub mobile_fte: f64,
    pub crisis_line_on_duty: u64,
    pub crisis_line_fte: f64,
    /// Annual cost of the continuum, both streams.
    pub annual_cost: Money,
    /// Annual cost if the same people went to a psychiatric hospital instead.
    pub hospital_only_cost: Money,
    /// Hospital-only cost minus continuum cost.
    pub savings: Money,
    pub cost_per_episode: Money,
    /// Continuum cost per resident (all ages).
    pub cost_per_resident: Money,
}

/// Everything the model computes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub place_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    pub population: f64,
    pub youth_residents: f64,
    /// The sizing rule and targets used.
    pub sizing: Sizing,
    /// The cost basis used for facility services.
    pub cost_basis: CostBasis,
    /// The headline figures.
    pub totals: Totals,
    pub adult: StreamResults,
    /// `None` (left out of the JSON) when the youth stream is off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub youth: Option<StreamResults>,
    pub mobile: MobileResults,
    pub crisis_line: CrisisLineResults,
    /// The inputs, kept for the explanations.
    #[serde(skip)]
    pub(crate) scenario: Scenario,
}

/// A figure explained: its value in words, the formula in words, and the inputs that produced
/// it (name, formatted value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The figure as shown ("55 beds").
    pub figure: String,
    /// The formula in words.
    pub formula: String,
    /// The inputs, as (name, formatted value).
    pub inputs: Vec<(String, String)>,
}

impl Results {
    /// The scenario these results were computed from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The sizing rule used.
    pub fn rule(&self) -> SizingRule {
        self.sizing.rule
    }

    /// Every facility warning, with where it applies (`adult.programs[2]`, `youth.receiving`).
    pub fn warnings(&self) -> Vec<(String, &Warning)> {
        let mut out = Vec::new();
        let streams = [("adult", Some(&self.adult)), ("youth", self.youth.as_ref())];
        for (name, stream) in streams {
            let Some(s) = stream else { continue };
            if let Some(w) = &s.receiving.warning {
                out.push((format!("{name}.receiving"), w));
            }
            for (i, p) in s.programs.iter().enumerate() {
                if let Some(w) = &p.facility.warning {
                    out.push((format!("{name}.programs[{i}]"), w));
                }
            }
            if let Some(w) = &s.inpatient.warning {
                out.push((format!("{name}.inpatient"), w));
            }
        }
        out
    }
}
