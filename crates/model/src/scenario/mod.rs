//! The scenario: every input of the model, as one versioned, serializable value.
//!
//! A scenario is what a person edits on the page, what a shared link and local storage hold, and
//! what `crisis-plan --scenario FILE.json` reads. Its JSON form is stable: field names are the
//! Rust names below (snake_case), enum values are kebab-case strings, shares are fractions
//! (`0.3`, never `30`), and `"version": 1` comes first. Every number is an `f64`, so a field of
//! the page can hold whatever was typed (NaN for text that is not a number); [`crate::validate()`]
//! says, in plain words, what is wrong with it.
//!
//! Reading a file: [`Scenario::from_json`] checks the size and the version, and fills every field
//! the file leaves out from the preset the file names (or from the Crisis Now preset).

pub mod areas;
pub mod bounds;
pub mod buildout;
pub mod buildout_sources;
pub mod catalog;
pub mod checklist;
pub mod funding;
pub mod inventory;
pub mod network;
pub mod outcome_sources;
pub mod outcomes;
pub mod parts;
mod preset_id;
mod problem;
pub mod ranges;
pub mod sources;

use crate::text::json::{json_struct, Json, ToJson};

pub use parts::{
    AdultDemand, CostBasis, CrisisLine, FacilityService, Flow, Mobile, MobileCostBasis, Program,
    ProgramKind, ResponseMode, Sizing, SizingRule, YouthStream,
};
pub use preset_id::PresetId;
pub use problem::Problem;

/// The version of the scenario format this crate writes and reads.
pub const SCENARIO_VERSION: u32 = 3;

/// The largest scenario file [`Scenario::from_json`] accepts, in bytes.
pub const MAX_SCENARIO_BYTES: usize = 1_000_000;

/// Every input of the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The format version; always [`SCENARIO_VERSION`] (3) for files written today; a
    /// version-1 or version-2 file is read as version 3 (its new sections take their defaults).
    pub version: u32,
    /// The id of the preset this scenario started from (`"crisis-now"`, `"roadmap"`,
    /// `"hospital-only"`), if any. It decides which source is shown beside each default.
    pub preset: Option<String>,
    /// Free text naming the place (a county, a region). Shown as text, never as markup.
    pub place_name: String,
    /// Residents of the service area (all ages).
    pub population: f64,
    /// Share of residents under 18, as a fraction (0.22).
    pub youth_share: f64,
    /// The adult (all-ages) crisis stream's demand.
    pub adult: AdultDemand,
    /// Where adult episodes go: the shares passed between services.
    pub flow: Flow,
    /// The adult residential program mix.
    pub programs: Vec<Program>,
    /// The youth stream: its own rate, flow and programs, sized as separate facilities.
    pub youth: YouthStream,
    /// The crisis receiving facility (23-hour observation chairs).
    pub receiving: FacilityService,
    /// Psychiatric inpatient care (also the hospital-only counterfactual).
    pub inpatient: FacilityService,
    /// How beds and chairs are sized.
    pub sizing: Sizing,
    /// How facility costs are counted.
    pub cost_basis: CostBasis,
    /// Mobile crisis teams.
    pub mobile: Mobile,
    /// The crisis line (988 and local lines).
    pub crisis_line: CrisisLine,
    /// Ranges of the uncertain inputs, the Monte Carlo seed and draws, and the simulation's
    /// settings (see [`ranges`]). A file without it takes its preset's.
    pub uncertainty: ranges::Uncertainty,
    /// Today's capacity, to compare with the need (off by default; see [`inventory`]).
    pub inventory: inventory::Inventory,
    /// The user's self-assessment scores on the Roadmap's criteria (see [`checklist`]).
    pub assessment: checklist::Assessment,
    /// The build-out plan: from today's capacity to the need, year by year (see [`buildout`]).
    pub buildout: buildout::BuildOut,
    /// The rates of "What the continuum averts" (see [`outcomes`]); a file without the key takes
    /// the defaults.
    pub outcomes: outcomes::OutcomeRates,
    /// Who pays: coverage, payers' rates, federal shares and dedicated funds (see
    /// [`funding`]). A file without it takes the defaults.
    pub funding: funding::Funding,
    /// Many areas at once: the table of areas as its CSV text (the format `crisis-plan --areas`
    /// reads, see [`areas`]); empty when there are none. A file without it has none.
    pub areas: String,
}

impl Scenario {
    /// The preset this scenario came from (the Crisis Now preset when none or unknown): the
    /// preset whose sources are shown beside the defaults.
    pub fn preset_id(&self) -> PresetId {
        self.preset
            .as_deref()
            .and_then(PresetId::from_id)
            .unwrap_or(PresetId::CrisisNow)
    }

    /// Switch the sizing rule, resetting the target to the rule's default.
    pub fn set_sizing_rule(&mut self, rule: SizingRule) {
        self.sizing.set_rule(rule);
    }

    /// The scenario as a JSON tree (`preset` and `areas` left out when there are none). NaN and
    /// infinity become `null`, which [`Scenario::from_json`] reads back as the default.
    pub fn to_json_value(&self) -> Json {
        let mut v = ToJson::to_json(self);
        if let (Json::Object(m), None) = (&mut v, &self.preset) {
            m.remove("preset");
        }
        // no areas, no key: a scenario without them writes what it wrote before areas existed
        if let (Json::Object(m), true) = (&mut v, self.areas.is_empty()) {
            m.remove("areas");
        }
        v
    }

    /// The scenario as pretty JSON (the format of `--scenario` and `--print-scenario`).
    pub fn to_json_pretty(&self) -> String {
        self.to_json_value().to_pretty()
    }

    /// The scenario as compact JSON (for a link or local storage).
    pub fn to_json(&self) -> String {
        self.to_json_value().to_compact()
    }
}

json_struct!(Scenario {
    version,
    preset,
    place_name,
    population,
    youth_share,
    adult,
    flow,
    programs,
    youth,
    receiving,
    inpatient,
    sizing,
    cost_basis,
    mobile,
    crisis_line,
    uncertainty,
    inventory,
    assessment,
    buildout,
    outcomes,
    funding,
    areas,
});
