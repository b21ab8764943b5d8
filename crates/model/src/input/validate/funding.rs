//! Who pays: each share against its bounds in the catalog (coverage and rates from 0% to 100%,
//! federal shares from 50% to 100%, funds from $0), and each stream's coverage adding up to
//! 100% (the sentence names the group, `funding.adult` or `funding.youth`, as the program shares do).

use crate::scenario::catalog::{self, Rule};
use crate::scenario::{Problem, ProgramKind, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// Coverage adding up to at most this far from 1 is accepted as 100%.
const SUM_TOLERANCE: f64 = 1e-6;

/// The funding inputs, as the validation needs them.
const RULES: [Rule<Scenario>; 30] = [
    catalog::FUNDING_ADULT_MEDICAID.rule(),
    catalog::FUNDING_ADULT_MEDICARE.rule(),
    catalog::FUNDING_ADULT_COMMERCIAL.rule(),
    catalog::FUNDING_ADULT_UNINSURED.rule(),
    catalog::FUNDING_YOUTH_MEDICAID.rule(),
    catalog::FUNDING_YOUTH_MEDICARE.rule(),
    catalog::FUNDING_YOUTH_COMMERCIAL.rule(),
    catalog::FUNDING_YOUTH_UNINSURED.rule(),
    catalog::FUNDING_YOUTH_CHIP.rule(),
    catalog::FUNDING_LINE_MEDICAID.rule(),
    catalog::FUNDING_LINE_MEDICARE.rule(),
    catalog::FUNDING_LINE_COMMERCIAL.rule(),
    catalog::FUNDING_MOBILE_MEDICAID.rule(),
    catalog::FUNDING_MOBILE_MEDICARE.rule(),
    catalog::FUNDING_MOBILE_COMMERCIAL.rule(),
    catalog::FUNDING_RECEIVING_MEDICAID.rule(),
    catalog::FUNDING_RECEIVING_MEDICARE.rule(),
    catalog::FUNDING_RECEIVING_COMMERCIAL.rule(),
    catalog::FUNDING_INPATIENT_MEDICAID.rule(),
    catalog::FUNDING_INPATIENT_MEDICARE.rule(),
    catalog::FUNDING_INPATIENT_COMMERCIAL.rule(),
    catalog::FUNDING_FMAP.rule(),
    catalog::FUNDING_CHIP_FMAP.rule(),
    catalog::FUNDING_ADMIN_MATCH.rule(),
    catalog::FUNDING_ADULT_21_64.rule(),
    catalog::FUNDING_INPATIENT_IMD.rule(),
    catalog::FUNDING_FEES_988.rule(),
    catalog::FUNDING_GRANTS.rule(),
    catalog::FUNDING_LEVY.rule(),
    catalog::FUNDING_STATE_SHARE.rule(),
];

/// The bounds and sentence of every payer's rate (the residential rates by program type are
/// checked against it in a loop rather than by 24 rules of their own, so the page's first
/// download carries neither their paths nor their getters).
const RATE: Rule<Scenario> = catalog::FUNDING_INPATIENT_MEDICAID.rule();

/// The residential rates by program type: (path, value) of each.
fn residential_rates(s: &Scenario) -> Vec<(String, f64)> {
    let mut out = Vec::with_capacity(24);
    for (kind, r) in ProgramKind::ALL.iter().zip(&s.funding.rates.residential.0) {
        for (payer, v) in [
            ("medicaid", r.medicaid),
            ("medicare", r.medicare),
            ("commercial", r.commercial),
        ] {
            out.push((
                format!("funding.rates.residential.{}.{payer}", kind.id()),
                v,
            ));
        }
    }
    out
}

/// Every funding input, then each stream's coverage as a whole.
pub(super) fn validate(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut ok = [true; RULES.len()];
    for (k, input) in RULES.iter().enumerate() {
        if input.when.holds(s) && !input.bounds.contains((input.get)(s)) {
            ok[k] = false;
            if let Some(message) = input.problem_in(lang) {
                out.push(Problem {
                    field: input.path.to_string(),
                    message,
                });
            }
        }
    }
    for (path, v) in residential_rates(s) {
        if !RATE.bounds.contains(v) {
            if let Some(message) = RATE.problem_in(lang) {
                out.push(Problem {
                    field: path,
                    message,
                });
            }
        }
    }
    let streams = [
        (false, &s.funding.adult, ok[..4].iter().all(|x| *x)),
        (true, &s.funding.youth, ok[4..8].iter().all(|x| *x)),
    ];
    for (youth, coverage, in_bounds) in streams {
        if (youth && !s.youth.enabled) || !in_bounds {
            continue;
        }
        let sum = coverage.sum();
        if (sum - 1.0).abs() <= SUM_TOLERANCE {
            continue;
        }
        let total = Format::new(lang).percent(sum);
        let path = if youth {
            "funding.youth"
        } else {
            "funding.adult"
        };
        let message = match (lang, youth) {
            (Lang::En, false) => format!(
                "The coverage of adult episodes must add up to 100% (Medicaid, Medicare, \
                     commercial, uninsured); it adds up to {total}."
            ),
            (Lang::En, true) => format!(
                "The coverage of youth episodes must add up to 100% (Medicaid/CHIP, \
                     Medicare, commercial, uninsured); it adds up to {total}."
            ),
            (Lang::Es, false) => format!(
                "La cobertura de los episodios de adultos debe sumar el 100% (Medicaid, \
                     Medicare, seguro comercial, sin seguro); suma {total}."
            ),
            (Lang::Es, true) => format!(
                "La cobertura de los episodios de jóvenes debe sumar el 100% \
                     (Medicaid/CHIP, Medicare, seguro comercial, sin seguro); suma {total}."
            ),
        };
        out.push(Problem {
            field: path.to_string(),
            message,
        });
    }
    out.extend(validate_ranges(s, lang, &ok));
    out
}

/// Each stored end of a funding input's range: the low end from the input's lowest value to
/// the value itself, the high end from the value to the input's highest (an input whose value
/// is out of bounds has its own message).
fn validate_ranges(s: &Scenario, lang: Lang, ok: &[bool]) -> Vec<Problem> {
    use crate::scenario::funding::{FundingRanges, RANGED};
    let mut out = Vec::new();
    if s.funding.ranges.0.is_empty() {
        // nothing to check (and every area of a table is checked: keep this path cheap)
        return out;
    }
    let f = Format::new(lang);
    for (k, path) in RANGED.iter().enumerate() {
        // (bounds, scale, in use and within them) of the input: its rule, or a rate's
        let (rule, in_bounds) = match RULES.iter().position(|r| r.path == *path) {
            Some(i) => (&RULES[i], ok[i] && RULES[i].when.holds(s)),
            None => (&RATE, RATE.bounds.contains(s.funding.ranged_value(k as u8))),
        };
        if !in_bounds {
            continue;
        }
        let value = s.funding.ranged_value(k as u8);
        let show = |x: f64| match rule.scale {
            catalog::Scale::Percent => f.percent(x),
            catalog::Scale::Plain => f.currency(x),
        };
        for high in [false, true] {
            let Some(end) = s.funding.ranges.end(k as u8, high) else {
                continue;
            };
            let fits = rule.bounds.contains(end) && if high { end >= value } else { end <= value };
            if fits {
                continue;
            }
            let (v, b) = (
                show(value),
                show(if high {
                    rule.bounds.high
                } else {
                    rule.bounds.low
                }),
            );
            let message = match (lang, high) {
                (Lang::En, false) => {
                    format!("The low end must be from {b} to the value itself ({v}).")
                }
                (Lang::En, true) => {
                    format!("The high end must be from the value itself ({v}) to {b}.")
                }
                (Lang::Es, false) => {
                    format!("El extremo bajo debe estar entre {b} y el valor mismo ({v}).")
                }
                (Lang::Es, true) => {
                    format!("El extremo alto debe estar entre el valor mismo ({v}) y {b}.")
                }
            };
            out.push(Problem {
                field: format!("funding.ranges.{}", FundingRanges::key(k as u8, high)),
                message,
            });
        }
    }
    out
}
