//! The outcome rates (`outcomes.*`): each value and its ends within the catalog's bounds, the
//! low end at most the high end, the value between them. Checked apart from [`super::validate`]
//! because they change no figure of the plan itself, only "What the continuum averts": a bad
//! rate keeps that section's last outcomes (and the command line exits with code 2) while the
//! beds and costs stay up to date. The page's first download does not carry these checks.

use crate::scenario::catalog::{outcome_path, OUTCOME_RULES};
use crate::scenario::{Problem, Scenario};
use crate::text::lang::Lang;

/// Every problem with the outcome rates, in English.
pub fn validate_outcomes(s: &Scenario) -> Vec<Problem> {
    validate_outcomes_in(s, Lang::En)
}

/// Every problem with the outcome rates, in a language; empty when they are valid. A rate not
/// in use (the youth stream or the crisis line switched off) is not checked.
pub fn validate_outcomes_in(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut out = Vec::new();
    for rate in OUTCOME_RULES.chunks_exact(3) {
        let [value, low, high] = rate else { continue };
        if !value.when.holds(s) {
            continue;
        }
        let mut ok = true;
        for r in rate {
            let x = (r.get)(&s.outcomes);
            if !r.bounds.contains(x) {
                ok = false;
                out.push(Problem {
                    field: outcome_path(r.path),
                    message: r.problem_in(lang).unwrap_or_default(),
                });
            }
        }
        if !ok {
            continue;
        }
        let (v, l, h) = (
            (value.get)(&s.outcomes),
            (low.get)(&s.outcomes),
            (high.get)(&s.outcomes),
        );
        if l > h {
            out.push(Problem {
                field: outcome_path(low.path),
                message: lang
                    .pick(
                        "The low end must not be above the high end.",
                        "El extremo bajo no debe ser mayor que el extremo alto.",
                    )
                    .to_string(),
            });
        } else if v < l || v > h {
            out.push(Problem {
                field: outcome_path(value.path),
                message: lang
                    .pick(
                        "The value must be between its low and high ends.",
                        "El valor debe estar entre sus extremos bajo y alto.",
                    )
                    .to_string(),
            });
        }
    }
    out
}
