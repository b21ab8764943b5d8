//! # crisis-model: the Crisis Continuum Planner's model
//!
//! Plain Rust, no web dependency, no I/O: demand, flow, capacity (Erlang B), staffing
//! (Erlang C), cost, validation, presets, the source of every default, explanations, and number
//! formatting for people. The page (Leptos/wasm), the tests and the `crisis-plan` command line
//! all call the same functions, so they compute the same numbers. The specification is
//! `shared/DOMAIN.md`.
//!
//! ## Public API (stable names)
//!
//! Inputs ([`scenario`]):
//! - [`Scenario`] — every input, serde, `"version": 1`. `Scenario::default()` is the Crisis Now
//!   preset. [`Scenario::from_json`] (size cap 1 MB, version check, fills missing fields from the
//!   named preset), [`Scenario::to_json`], [`Scenario::to_json_pretty`],
//!   [`Scenario::preset_id`], [`Scenario::set_sizing_rule`].
//! - Parts: [`AdultDemand`], [`YouthStream`], [`Flow`], [`Program`] with [`ProgramKind`],
//!   [`FacilityService`] (receiving facility, inpatient), [`Sizing`] with [`SizingRule`],
//!   [`CostBasis`], [`Mobile`] with [`ResponseMode`] and [`MobileCostBasis`], [`CrisisLine`].
//!
//! Presets and sources ([`presets`], [`sources`]):
//! - [`PresetId`] (`CrisisNow`, `Roadmap`, `HospitalOnly`; `id()`, `label()`, `from_id()`,
//!   `ALL`) and [`preset`]`(id) -> Scenario`.
//! - [`Source`] (`Seed { file, note }`, `Publication { name, note }`, `Assumption { note }`) and
//!   [`source_of`]`(preset, field_path) -> Option<Source>`; [`source_in`]`(&Scenario, path)`
//!   (program fields by the program type as edited), [`program_source`]`(kind, field)`;
//!   [`field_paths`] lists every input path of a scenario.
//!
//! Checking and computing:
//! - [`validate()`]`(&Scenario) -> Vec<Problem>`: every problem at once. [`Problem`] has a `field`
//!   (a dotted path, see [`validate`](mod@validate) for the scheme) and a plain-language
//!   `message`.
//! - [`evaluate`]`(&Scenario) -> Result<Results, Vec<Problem>>`: validates, then computes.
//!
//! Outputs ([`results`]):
//! - [`Results`] with [`Totals`] (headline figures, adult/youth/total as [`Split`]), per-stream
//!   [`StreamResults`] (flow, [`Facility`] capacity of the receiving facility, each program and
//!   inpatient, pooled beds, [`HospitalOnly`] counterfactual, [`StreamCost`]),
//!   [`MobileResults`], [`CrisisLineResults`]. Money is a [`Money`] triple (`low`, `mid`,
//!   `high`).
//! - [`Results::explain`]`(key) -> Option<Explanation>`: the formula in words with its inputs,
//!   built on demand (a few microseconds each); [`Results::explanation_keys`] lists the keys
//!   (see [`explain`](mod@explain)); [`Results::warnings`] lists every facility warning.
//!
//! Building blocks: [`erlang`] (Erlang B and C, sizing searches), [`format`](mod@format) (numbers
//! for people: `12,345`, `$1.2 million`, `4.8%`, `—` for anything non-finite), [`chart_data`]
//! (the series the page's charts draw: capacity curves, cost by service).
//!
//! ## Guarantees
//!
//! Nothing here panics, and no result is NaN or infinite, for any scenario: invalid input gives
//! [`Problem`]s instead of results.

#![forbid(unsafe_code)]

pub mod capacity;
pub mod chart_data;
pub mod compare;
pub mod cost;
pub mod erlang;
pub mod explain;
pub mod export;
pub mod flow;
pub mod format;
pub mod lang;
pub mod link;
mod model;
pub mod presets;
pub mod results;
pub mod scenario;
pub mod sources;
pub mod staffing;
pub mod validate;

pub use lang::Lang;
pub use presets::{preset, PresetId};
pub use results::{
    CrisisLineResults, Explanation, Facility, FlowResults, HospitalOnly, MobileResults, Money,
    Outcomes, Pool, ProgramResult, Residential, Results, ServiceFlow, Split, StreamCost,
    StreamResults, Totals, Warning, WarningKind,
};
pub use scenario::{
    AdultDemand, CostBasis, CrisisLine, FacilityService, Flow, Mobile, MobileCostBasis, Program,
    ProgramKind, ResponseMode, Scenario, Sizing, SizingRule, YouthStream, MAX_SCENARIO_BYTES,
    SCENARIO_VERSION,
};
pub use sources::{field_paths, program_source, source_in, source_of, Source};
pub use validate::{validate, Problem};

/// Validate the scenario and, if it has no problem, compute every result. On any problem,
/// returns all of them (never a partial result).
pub fn evaluate(s: &Scenario) -> Result<Results, Vec<Problem>> {
    let problems = validate(s);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(compute(s))
}

/// Compute the results of a scenario that passed validation.
fn compute(s: &Scenario) -> Results {
    model::compute(s)
}
