//! The uncertain inputs of one scenario, in absolute values: which inputs matter ([`inputs`]),
//! their low, default and high ends, setting an end from an absolute value ([`set_low`],
//! [`set_high`]), restoring the preset's ranges, and the plain-language message for a range
//! that is out of bounds. The stored form of the ranges is [`crate::scenario::ranges`].

use serde::Serialize;

use crate::scenario::bounds::{MAX_BUSY_HOURS, MAX_MINUTES, MAX_RATE, MAX_STAY_DAYS};
use crate::scenario::network::{episodes_per_month, walk};
use crate::scenario::ranges::*;
use crate::scenario::sources::Source;
use crate::scenario::{Flow, MobileCostBasis, ProgramKind, Scenario};
use crate::text::lang::Lang;

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

impl InputId {
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
            InputId::PoliceShare => Unit::Share,
            InputId::PoliceDropoff => Unit::Minutes,
            InputId::EdHoursPerVisit | InputId::PoliceEdHours => Unit::Hours,
            InputId::Funding(k) => {
                if crate::scenario::funding::ranged_is_money(k) {
                    Unit::DollarsAYear
                } else {
                    Unit::Percent
                }
            }
        }
    }
}

/// (value, low end, high end) of an outcome rate among the uncertain inputs
/// ([`InputId::outcome_rate`]), from the scenario's `outcomes`; `None` for the other inputs.
pub fn outcome_rate_ends(s: &Scenario, id: InputId) -> Option<(f64, f64, f64)> {
    let name = id.outcome_rate()?;
    let get = |suffix: &str| {
        crate::scenario::catalog::get_number(s, &format!("outcomes.{name}{suffix}"))
            .unwrap_or(f64::NAN)
    };
    Some((get(""), get("_low"), get("_high")))
}

/// A funding input's low end, value and high end (an end not stored is the value itself).
pub fn funding_ends(s: &Scenario, k: u8) -> (f64, f64, f64) {
    let value = s.funding.ranged_value(k);
    let r = &s.funding.ranges;
    (
        r.end(k, false).unwrap_or(value),
        value,
        r.end(k, true).unwrap_or(value),
    )
}

/// The scenario path of an end of a funding input's range: `funding.ranges.fmap.low`.
pub fn funding_end_path(k: u8, high: bool) -> String {
    format!(
        "funding.ranges.{}",
        crate::scenario::funding::FundingRanges::key(k, high)
    )
}

/// Whether a funding input is used by a scenario (the youth coverage only with the youth
/// stream, the crisis line's rates only with the line).
fn funding_in_use(s: &Scenario, k: u8) -> bool {
    let path = crate::scenario::funding::RANGED[usize::from(k)];
    crate::scenario::catalog::input(path).is_none_or(|i| i.when.holds(s))
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
pub(crate) fn streams(s: &Scenario) -> Vec<(bool, f64, f64, &Flow, &[crate::scenario::Program])> {
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
    // some episodes the continuum does not send to an emergency department (the outcome
    // rates of the flow's hours matter only then)
    let (mut entering, mut visits) = (0.0, 0.0);
    for (_, residents, rate, f, _) in streams(s) {
        let e = episodes_per_month(residents, rate).max(0.0);
        entering += e;
        visits += walk(f, e).ed.per_month;
    }
    let averts = entering > visits;
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
            InputId::Funding(k) => {
                let (lo, _, hi) = funding_ends(s, k);
                funding_in_use(s, k) && spread(lo, hi)
            }
            rate => averts && outcome_rate_ends(s, rate).is_some_and(|(_, lo, hi)| spread(lo, hi)),
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
    let f = crate::text::format::Format::new(lang);
    let unit = id.unit(s);
    Some(match unit {
        Unit::Share => f.percent(value),
        _ => format!("{} {}", f.number(value), unit.label_for(value, lang)),
    })
}

/// The message for a bad end of a one-value input's range, in a language.
pub(crate) fn range_message(s: &Scenario, id: InputId, high: bool, lang: Lang) -> String {
    let label = id.own_label_in(lang);
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
    if let InputId::Funding(k) = id {
        let (low, default, high) = funding_ends(s, k);
        return UncertainInput {
            id: id.id(),
            input: id,
            label,
            unit,
            low,
            default,
            high,
            factors: None,
            low_path: funding_end_path(k, false),
            high_path: funding_end_path(k, true),
            source: crate::scenario::sources::source_in(
                s,
                crate::scenario::funding::RANGED[usize::from(k)],
            ),
        };
    }
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
            source: crate::scenario::sources::source_in(s, &high_path),
            high_path,
        }
    } else if let (Some((value, lo, hi)), Some(name)) =
        (outcome_rate_ends(s, id), id.outcome_rate())
    {
        let finite = |x: f64| if x.is_finite() { x } else { 0.0 };
        UncertainInput {
            id: id.id(),
            input: id,
            label,
            unit,
            low: finite(lo),
            default: finite(value),
            high: finite(hi),
            factors: None,
            low_path: format!("outcomes.{name}_low"),
            high_path: format!("outcomes.{name}_high"),
            source: crate::scenario::outcome_sources::outcome_source(name),
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
            source: crate::scenario::sources::source_in(s, &low_path),
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
