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
//! - [`Scenario`] — every input, as JSON ([`json`]), `"version": 1`. `Scenario::default()` is
//!   the Crisis Now preset. [`Scenario::from_json`] (size cap 1 MB, version check, fills missing fields from the
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
//! Languages ([`Lang`]: English, Spanish): every text the page shows has a `_in(lang)` form;
//! the English-only names remain and mean `Lang::En`. [`validate_in`], [`evaluate_in`],
//! [`Results::explain_in`], [`Results::explanations_in`], [`Warning::message_in`],
//! [`Results::cost_by_service_in`], `label_in` of [`ProgramKind`], [`SizingRule`],
//! [`CostBasis`], [`ResponseMode`], [`MobileCostBasis`] and [`PresetId`] (with
//! `description_in`), [`presets::program_name_in`] (default program names),
//! [`Source::note_in`], [`Scenario::from_json_in`], [`link::decode_in`],
//! [`export::results_csv_in`]; numbers through [`format::Format`]`::new(lang)`.
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
//! Today against need, and the Roadmap's criteria ([`inventory`], [`gap`](mod@gap),
//! [`criteria`]):
//! - [`Inventory`] (in the scenario as `inventory`, off by default): today's capacity and,
//!   optionally, today's annual cost of each service ([`Today`]: `capacity`, `annual_cost`;
//!   residential beds by program type in [`ResidentialToday`]).
//! - [`gap()`]`(&Results) -> Option<GapResults>` (also [`Results::gap`]): `None` while the
//!   inventory is off; else one [`GapRow`] per service (need, today, shortfall, surplus, Erlang B
//!   days full and people turned away today and planned ([`LossGap`]) or Erlang C share served
//!   in time ([`DelayGap`]), cost to close, cost today and planned, a sentence) and
//!   [`GapTotals`] (cost to close, [`CostSide`] today and planned, changes in cost and in
//!   hospital-only savings). [`GapResults::by_cost_to_close`] and [`GapResults::headline`] for a
//!   summary.
//! - [`Assessment`] (in the scenario as `assessment`): the user's 1-5 scores by item id.
//!   [`criteria::ITEMS`] (seed 003's seven criteria, seed 001's crisis services),
//!   [`criteria::LEVELS`] and [`criteria::SCALE_RULE`] (the Roadmap's scale), and
//!   [`assess`]`(&Results) -> SelfAssessment` (also [`Results::self_assessment`]): each item
//!   with its score and, where the figures allow, the model's [`Judgement`] ([`Verdict`] met /
//!   not met / not judged, on today's capacity or the plan, with its reason).
//!
//! Uncertainty and simulation ([`uncertainty`], [`simulate`], [`sensitivity`]):
//! - [`Uncertainty`] (in the scenario as `uncertainty`): the Monte Carlo `seed` and `draws`, the
//!   range of each uncertain input stored as multiples of its value ([`Spread`]; stays by
//!   program type in [`StaySpreads`]; costs use the scenario's own low and high), and the
//!   simulation's `sim_years`, [`StayDistribution`] and `stay_cv`.
//!   [`uncertainty::inputs`]`(&Scenario) -> Vec<UncertainInput>` lists the inputs that matter
//!   with absolute low / default / high, unit, label, paths and source ([`InputId`],
//!   [`uncertainty::label`]); [`uncertainty::set_low`] / [`uncertainty::set_high`] edit a range
//!   from absolute values.
//! - [`MonteCarlo`] (`new(&Scenario) -> Result<_, Vec<Problem>>`, `step(n) -> bool`,
//!   `progress() -> (done, total)`, `finish() -> UncertaintyResults`) and
//!   [`run_monte_carlo`]: triangular draws, p10 / p50 / p90, mean and histogram ([`Band`],
//!   [`Histogram`]) of residential beds, pooled beds, staff FTE, annual cost and savings
//!   ([`Metric`], [`Figures`]). Sliced or not, the same seed gives the same figures.
//! - [`Simulation`] (the same slicing API, in program-years) and [`run_simulation`]: a
//!   discrete-event simulation of each residential program and each stream's pool as a loss
//!   system ([`SimulatedProgram`] with a [`LossSummary`]: shares of time full and of days full at
//!   some moment, people turned away, utilization, each an [`Estimate`] with a 95% confidence
//!   interval, beside Erlang B; one year's [`DailyCensus`]). [`simulate_loss`] simulates one
//!   [`LossSystem`]. Programs admitting more than 200,000 people a year are listed in
//!   `too_large` instead of simulated.
//! - [`tornado`]`(&Scenario) -> Result<Tornado, Vec<Problem>>`: each input at its low and high
//!   end, the others at default ([`TornadoRow`]), largest cost swing first
//!   ([`Tornado::by_beds`] for beds).
//! - [`rng`]: the small deterministic generator behind them (xoshiro256**, SplitMix64).
//!
//! Building blocks: [`erlang`] (Erlang B and C, sizing searches), [`format`](mod@format) (numbers
//! for people: `12,345`, `$1.2 million`, `4.8%`, `—` for anything non-finite), [`chart_data`]
//! (the series the page's charts draw: capacity curves, cost by service).
//!
//! ## Guarantees
//!
//! Nothing here panics, and no result is NaN or infinite, for any scenario: invalid input gives
//! [`Problem`]s instead of results.

//! ## Layers
//!
//! The code is in folders by layer; each imports only from the layers below it, and no files
//! import each other in a circle (`tests/layers.rs` fails on either):
//!
//! ```text
//!   stochastic/   Monte Carlo, tornado, simulation, the generator          (top)
//!   analysis/     explanations, gap, criteria, comparison, CSV, chart series
//!   eval/         flow, Erlang, capacity, staffing, cost, results; evaluate()
//!   input/        presets, validation, codecs (file, link), ranges of one scenario
//!   scenario/     the scenario's types: ranges, inventory, checklist, sources of the defaults,
//!                 bounds, problems, the network's arithmetic
//!   text/         languages, numbers for people, JSON                      (bottom, a leaf)
//! ```
//!
//! The names below (`crisis_model::presets`, `crisis_model::uncertainty`, ...) are the public
//! paths the page, the command line and the tests use; they are re-exports of the layers' modules
//! and are not used inside the crate.
//!
#![forbid(unsafe_code)]

pub mod analysis;
pub mod eval;
pub mod input;
pub mod scenario;
pub mod stochastic;
pub mod text;

pub use analysis::{
    benchmarks, chart_data, compare, criteria, explain, export, gap, methods, outcomes,
};
pub use eval::{capacity, cost, erlang, flow, results, staffing};
pub use input::{link, presets, validate};
pub use scenario::catalog;
pub use scenario::{inventory, sources};

/// Who pays: the inputs ([`scenario::funding`]) and the split by payer and level
/// ([`analysis::funding`]).
/// Many areas at once: the table of areas, its reader, and the evaluation of every area, region
/// and the whole.
pub mod areas {
    pub use crate::analysis::areas::*;
    pub use crate::input::areas::*;
    pub use crate::scenario::areas::*;
}
pub mod funding {
    pub use crate::analysis::funding::*;
    pub use crate::scenario::funding::*;
}
pub use stochastic::{confidence, rng, sensitivity, simulate};
pub use text::{format, glossary, json, lang};

/// The uncertain inputs and the Monte Carlo over them: the stored ranges
/// ([`scenario::ranges`]), their values for one scenario ([`input::ranges`]) and the draws
/// ([`stochastic::monte_carlo`]), under the one name the page and the command line use.
pub mod uncertainty {
    pub use crate::input::ranges::*;
    pub use crate::scenario::ranges::*;
    pub use crate::stochastic::monte_carlo::*;
}

pub use criteria::{assess, Assessment, ChecklistRow, Judgement, SelfAssessment, Verdict};
pub use eval::{evaluate, evaluate_in};
pub use gap::{gap, CostSide, DelayGap, GapResults, GapRow, GapTotals, LossGap};
pub use inventory::{Inventory, ResidentialToday, Today};
pub use lang::Lang;
pub use presets::preset;
pub use results::{
    CrisisLineResults, Explanation, Facility, FlowResults, HospitalOnly, MobileResults, Money,
    Outcomes, Pool, ProgramResult, Residential, Results, ServiceFlow, Split, StreamCost,
    StreamResults, Totals, Warning, WarningKind,
};
pub use scenario::{
    AdultDemand, CostBasis, CrisisLine, FacilityService, Flow, Mobile, MobileCostBasis, PresetId,
    Program, ProgramKind, ResponseMode, Scenario, Sizing, SizingRule, YouthStream,
    MAX_SCENARIO_BYTES, SCENARIO_VERSION,
};
pub use sensitivity::{tornado, Tornado, TornadoRow};
pub use simulate::{
    run_simulation, simulate_loss, DailyCensus, Estimate, LossSummary, LossSystem,
    SimulatedProgram, Simulation, SimulationResults, Stays,
};
pub use sources::{field_paths, program_source, source_in, source_of, Source};
pub use uncertainty::{
    run_monte_carlo, Band, Confidence, Figures, Histogram, InputId, Metric, MonteCarlo, Spread,
    StayDistribution, StaySpreads, UncertainInput, Uncertainty, UncertaintyResults,
};
pub use validate::{validate, validate_in, Problem};
