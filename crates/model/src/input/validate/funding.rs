//! Who pays: each share against its bounds in the catalog (coverage and rates from 0% to 100%,
//! federal shares from 50% to 100%, funds from $0), and each stream's coverage adding up to
//! 100% (the sentence names the group, `funding.adult` or `funding.youth`, as the program shares do).

use crate::scenario::catalog::{self, Rule};
use crate::scenario::{Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// Coverage adding up to at most this far from 1 is accepted as 100%.
const SUM_TOLERANCE: f64 = 1e-6;

/// The funding inputs, as the validation needs them.
const RULES: [Rule<Scenario>; 54] = [
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
    catalog::FUNDING_RESIDENTIAL_HIGH_MEDICAL_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_HIGH_MEDICAL_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_HIGH_MEDICAL_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_MODERATE_MEDICAL_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_MODERATE_MEDICAL_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_MODERATE_MEDICAL_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_CRISIS_RESPITE_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_CRISIS_RESPITE_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_CRISIS_RESPITE_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_PEER_RESPITE_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_PEER_RESPITE_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_PEER_RESPITE_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_LIVING_ROOM_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_LIVING_ROOM_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_LIVING_ROOM_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_SUD_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_SUD_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_SUD_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_TYPICAL_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_TYPICAL_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_TYPICAL_COMMERCIAL.rule(),
    catalog::FUNDING_RESIDENTIAL_OTHER_MEDICAID.rule(),
    catalog::FUNDING_RESIDENTIAL_OTHER_MEDICARE.rule(),
    catalog::FUNDING_RESIDENTIAL_OTHER_COMMERCIAL.rule(),
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
    let f = Format::new(lang);
    for (k, path) in RANGED.iter().enumerate() {
        let Some(i) = RULES.iter().position(|r| r.path == *path) else {
            continue;
        };
        let rule = &RULES[i];
        if !ok[i] || !rule.when.holds(s) {
            continue;
        }
        let value = (rule.get)(s);
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
