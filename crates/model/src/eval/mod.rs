//! The evaluation: a valid scenario to its results. Demand → flow → capacity (Erlang B) →
//! staffing (Erlang C) → cost, for each stream ([`compute`]), into [`results::Results`]. It
//! imports the scenario, the presets and the validation below it, and nothing that reads the
//! results.

pub mod capacity;
mod compute;
pub mod cost;
pub mod erlang;
pub mod flow;
pub mod results;
pub mod staffing;

use crate::input::validate::validate_in;
use crate::scenario::{Problem, Scenario};
use crate::text::lang::Lang;
use results::Results;

/// Every result of a scenario already known to pass [`validate_in`]: the results [`evaluate`]
/// gives it, without checking it again (a table's areas, `crate::analysis::areas`, check their
/// base scenario once).
pub(crate) fn compute_checked(s: &Scenario) -> Results {
    compute::compute(s)
}

/// Validate the scenario and, if it has no problem, compute every result. On any problem,
/// returns all of them (never a partial result).
pub fn evaluate(s: &Scenario) -> Result<Results, Vec<Problem>> {
    evaluate_in(s, Lang::En)
}

/// [`evaluate`] with the problems written in a language (the results are the same in every
/// language; their words come from `Results::explain_in`, `Warning::message_in`, ...).
pub fn evaluate_in(s: &Scenario, lang: Lang) -> Result<Results, Vec<Problem>> {
    let problems = validate_in(s, lang);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(compute::compute(s))
}
