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

use serde::Serialize;

use crate::json::{json_id, json_struct, At, FromJson, Json, Map, ToJson};

use crate::lang::Lang;
use crate::presets::{preset, PresetId};

/// The version of the scenario format this crate writes and reads.
pub const SCENARIO_VERSION: u32 = 1;

/// The largest scenario file [`Scenario::from_json`] accepts, in bytes.
pub const MAX_SCENARIO_BYTES: usize = 1_000_000;

/// Every input of the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The format version; always [`SCENARIO_VERSION`] (1) for files written today.
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
    /// settings (see [`crate::uncertainty`]). A file without it takes its preset's.
    pub uncertainty: crate::uncertainty::Uncertainty,
    /// Today's capacity, to compare with the need (off by default; see [`crate::inventory`]).
    pub inventory: crate::inventory::Inventory,
    /// The user's self-assessment scores on the Roadmap's criteria (see [`crate::criteria`]).
    pub assessment: crate::criteria::Assessment,
}

impl Default for Scenario {
    /// The Crisis Now preset.
    fn default() -> Self {
        preset(PresetId::CrisisNow)
    }
}

/// Demand of the adult (all-ages) stream.
#[derive(Debug, Clone, PartialEq)]
pub struct AdultDemand {
    /// Crisis episodes needing an in-person response per 100,000 residents (all ages) a month.
    pub rate_per_100k: f64,
}

impl Default for AdultDemand {
    fn default() -> Self {
        AdultDemand {
            rate_per_100k: 200.0,
        }
    }
}

/// The youth stream (residents under 18).
#[derive(Debug, Clone, PartialEq)]
pub struct YouthStream {
    /// Whether the youth stream is modelled at all.
    pub enabled: bool,
    /// Youth crisis episodes per 100,000 youth residents a month.
    pub rate_per_100k: f64,
    /// Where youth episodes go.
    pub flow: Flow,
    /// The youth residential program mix.
    pub programs: Vec<Program>,
}

impl Default for YouthStream {
    fn default() -> Self {
        preset(PresetId::CrisisNow).youth
    }
}

/// The shares each service passes onward, as fractions of what it receives. What a service does
/// not pass on is resolved there. The network is fixed:
///
/// entry → mobile team, receiving facility, emergency department, residential, inpatient;
/// mobile team → receiving facility, residential, inpatient;
/// receiving facility → residential, inpatient;
/// emergency department → residential, inpatient;
/// residential → inpatient (step-up); inpatient → resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub entry_to_mobile: f64,
    pub entry_to_receiving: f64,
    pub entry_to_ed: f64,
    pub entry_to_residential: f64,
    pub entry_to_inpatient: f64,
    pub mobile_to_receiving: f64,
    pub mobile_to_residential: f64,
    pub mobile_to_inpatient: f64,
    pub receiving_to_residential: f64,
    pub receiving_to_inpatient: f64,
    pub ed_to_residential: f64,
    pub ed_to_inpatient: f64,
    pub residential_to_inpatient: f64,
}

impl Default for Flow {
    /// The Crisis Now flow.
    fn default() -> Self {
        crate::presets::crisis_now_flow()
    }
}

impl Flow {
    /// All shares with their field names, in a fixed order.
    pub fn shares(&self) -> [(&'static str, f64); 13] {
        [
            ("entry_to_mobile", self.entry_to_mobile),
            ("entry_to_receiving", self.entry_to_receiving),
            ("entry_to_ed", self.entry_to_ed),
            ("entry_to_residential", self.entry_to_residential),
            ("entry_to_inpatient", self.entry_to_inpatient),
            ("mobile_to_receiving", self.mobile_to_receiving),
            ("mobile_to_residential", self.mobile_to_residential),
            ("mobile_to_inpatient", self.mobile_to_inpatient),
            ("receiving_to_residential", self.receiving_to_residential),
            ("receiving_to_inpatient", self.receiving_to_inpatient),
            ("ed_to_residential", self.ed_to_residential),
            ("ed_to_inpatient", self.ed_to_inpatient),
            ("residential_to_inpatient", self.residential_to_inpatient),
        ]
    }

    /// A mutable reference to a share by its field name (for the command line and the page).
    pub fn share_mut(&mut self, name: &str) -> Option<&mut f64> {
        Some(match name {
            "entry_to_mobile" => &mut self.entry_to_mobile,
            "entry_to_receiving" => &mut self.entry_to_receiving,
            "entry_to_ed" => &mut self.entry_to_ed,
            "entry_to_residential" => &mut self.entry_to_residential,
            "entry_to_inpatient" => &mut self.entry_to_inpatient,
            "mobile_to_receiving" => &mut self.mobile_to_receiving,
            "mobile_to_residential" => &mut self.mobile_to_residential,
            "mobile_to_inpatient" => &mut self.mobile_to_inpatient,
            "receiving_to_residential" => &mut self.receiving_to_residential,
            "receiving_to_inpatient" => &mut self.receiving_to_inpatient,
            "ed_to_residential" => &mut self.ed_to_residential,
            "ed_to_inpatient" => &mut self.ed_to_inpatient,
            "residential_to_inpatient" => &mut self.residential_to_inpatient,
            _ => return None,
        })
    }

    /// The share of entering episodes that reach residential crisis care or inpatient care at
    /// least once (each episode counted once). Without a crisis continuum these are the people
    /// who would be hospitalized: the hospital-only counterfactual admits this share.
    pub fn hospital_share(&self) -> f64 {
        let v = crate::flow::walk(self, 1.0);
        v.residential.per_month + v.inpatient.per_month - v.residential.to_inpatient
    }
}

/// The residential crisis program types of seed 003 (and seed 002's typical program).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProgramKind {
    /// High medical/nursing involvement (crisis stabilization / crisis residential unit).
    HighMedical,
    /// Moderate medical/nursing involvement.
    ModerateMedical,
    /// Minimal medical/nursing involvement (crisis respite).
    CrisisRespite,
    /// Peer-run or peer-operated respite.
    PeerRespite,
    /// Living Room.
    LivingRoom,
    /// SUD: withdrawal management or sobering.
    Sud,
    /// A typical crisis residential program (seed 002), for an all-types estimate.
    Typical,
    /// Any other program, described locally.
    Other,
}

impl ProgramKind {
    /// All kinds, in the order the page lists them.
    pub const ALL: [ProgramKind; 8] = [
        ProgramKind::HighMedical,
        ProgramKind::ModerateMedical,
        ProgramKind::CrisisRespite,
        ProgramKind::PeerRespite,
        ProgramKind::LivingRoom,
        ProgramKind::Sud,
        ProgramKind::Typical,
        ProgramKind::Other,
    ];

    /// The JSON name (`"high-medical"`).
    pub fn id(self) -> &'static str {
        match self {
            ProgramKind::HighMedical => "high-medical",
            ProgramKind::ModerateMedical => "moderate-medical",
            ProgramKind::CrisisRespite => "crisis-respite",
            ProgramKind::PeerRespite => "peer-respite",
            ProgramKind::LivingRoom => "living-room",
            ProgramKind::Sud => "sud",
            ProgramKind::Typical => "typical",
            ProgramKind::Other => "other",
        }
    }

    /// The kind with a JSON name.
    pub fn from_id(id: &str) -> Option<ProgramKind> {
        ProgramKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// A plain-language label.
    pub fn label(self) -> &'static str {
        match self {
            ProgramKind::HighMedical => "High medical/nursing involvement",
            ProgramKind::ModerateMedical => "Moderate medical/nursing involvement",
            ProgramKind::CrisisRespite => "Crisis respite (minimal medical/nursing)",
            ProgramKind::PeerRespite => "Peer-run respite",
            ProgramKind::LivingRoom => "Living Room",
            ProgramKind::Sud => "SUD withdrawal management / sobering",
            ProgramKind::Typical => "Crisis residential (typical program)",
            ProgramKind::Other => "Other program",
        }
    }

    /// The label in a language (`label_in(Lang::En)` is [`ProgramKind::label`]).
    pub fn label_in(self, lang: Lang) -> &'static str {
        let es = match self {
            ProgramKind::HighMedical => "Alta participación médica/de enfermería",
            ProgramKind::ModerateMedical => "Participación médica/de enfermería moderada",
            ProgramKind::CrisisRespite => {
                "Respiro de crisis (mínima atención médica/de enfermería)"
            }
            ProgramKind::PeerRespite => "Respiro dirigido por pares",
            ProgramKind::LivingRoom => "Living Room (sala de estar)",
            ProgramKind::Sud => {
                "Manejo de la abstinencia y centro de sobriedad (trastorno por consumo de sustancias)"
            }
            ProgramKind::Typical => "Programa residencial de crisis (típico)",
            ProgramKind::Other => "Otro programa",
        };
        lang.pick(self.label(), es)
    }

    /// The defaults of a new program of this kind (DOMAIN.md section 3).
    pub fn defaults(self) -> Program {
        crate::presets::program_defaults(self)
    }
}

/// One residential crisis program type in the mix.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The program type (decides the source of its defaults).
    pub kind: ProgramKind,
    /// A name for the program (free text).
    pub name: String,
    /// Share of the stream's residential admissions, as a fraction.
    pub share: f64,
    /// Mean length of stay in days.
    pub stay_days: f64,
    /// Cost per bed-day at the low end of the range, in dollars.
    pub cost_per_day_low: f64,
    /// Cost per bed-day at the high end of the range, in dollars. The default figure is the
    /// midpoint of low and high.
    pub cost_per_day_high: f64,
    /// Most beds one facility may have (16: the Medicaid IMD limit).
    pub max_beds_per_facility: f64,
}

impl Default for Program {
    fn default() -> Self {
        ProgramKind::ModerateMedical.defaults()
    }
}

impl Program {
    /// The default cost per day: the midpoint of the range.
    pub fn cost_per_day_mid(&self) -> f64 {
        0.5 * (self.cost_per_day_low + self.cost_per_day_high)
    }
}

/// A facility-based service other than residential: the receiving facility or inpatient.
#[derive(Debug, Clone, PartialEq)]
pub struct FacilityService {
    /// Mean stay in days (a 23-hour chair is under one day).
    pub stay_days: f64,
    /// Cost per occupied (or staffed) bed- or chair-day, low end, in dollars.
    pub cost_per_day_low: f64,
    /// Cost per bed- or chair-day, high end, in dollars.
    pub cost_per_day_high: f64,
}

impl Default for FacilityService {
    fn default() -> Self {
        preset(PresetId::CrisisNow).inpatient
    }
}

impl FacilityService {
    /// The default cost per day: the midpoint of the range.
    pub fn cost_per_day_mid(&self) -> f64 {
        0.5 * (self.cost_per_day_low + self.cost_per_day_high)
    }
}

/// The rule that turns an offered load into beds or chairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SizingRule {
    /// The smallest number of beds that is full on at most `target` of days (Erlang B) with
    /// utilization at most `max_utilization`.
    DaysFull,
    /// `ceil(load / target)`: beds for a target average occupancy.
    Occupancy,
}

impl SizingRule {
    /// Every SizingRule, in the order the page lists them.
    pub const ALL: [SizingRule; 2] = [SizingRule::DaysFull, SizingRule::Occupancy];

    /// `"days-full"` or `"occupancy"`.
    pub fn id(self) -> &'static str {
        match self {
            SizingRule::DaysFull => "days-full",
            SizingRule::Occupancy => "occupancy",
        }
    }

    /// The rule with an id (`"days-full"`, `"occupancy"`; underscores are accepted too).
    pub fn from_id(id: &str) -> Option<SizingRule> {
        match id.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "days-full" => Some(SizingRule::DaysFull),
            "occupancy" => Some(SizingRule::Occupancy),
            _ => None,
        }
    }

    /// The default target of the rule: 5% of days full, or 85% occupancy.
    pub fn default_target(self) -> f64 {
        match self {
            SizingRule::DaysFull => 0.05,
            SizingRule::Occupancy => 0.85,
        }
    }

    /// A plain-language label.
    pub fn label(self) -> &'static str {
        match self {
            SizingRule::DaysFull => "Full on at most a target share of days (Erlang B)",
            SizingRule::Occupancy => "Target average occupancy",
        }
    }

    /// The label in a language (`label_in(Lang::En)` is [`SizingRule::label`]).
    pub fn label_in(self, lang: Lang) -> &'static str {
        let es = match self {
            SizingRule::DaysFull => {
                "Lleno como máximo una proporción objetivo de los días (Erlang B)"
            }
            SizingRule::Occupancy => "Ocupación promedio objetivo",
        };
        lang.pick(self.label(), es)
    }
}

/// How beds and chairs are sized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sizing {
    /// The rule.
    pub rule: SizingRule,
    /// Days-full rule: the most days a service may be full (0.05). Occupancy rule: the target
    /// average occupancy (0.85). Use [`Sizing::set_rule`] to switch rules and targets together.
    pub target: f64,
    /// Days-full rule: the highest utilization allowed (0.95, seed 003).
    pub max_utilization: f64,
}

impl Default for Sizing {
    fn default() -> Self {
        Sizing {
            rule: SizingRule::DaysFull,
            target: 0.05,
            max_utilization: 0.95,
        }
    }
}

impl Sizing {
    /// Switch the rule and set the target to the new rule's default (unless the rule is the
    /// same, in which case nothing changes).
    pub fn set_rule(&mut self, rule: SizingRule) {
        if self.rule != rule {
            self.rule = rule;
            self.target = rule.default_target();
        }
    }
}

/// How the cost of a facility-based service is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostBasis {
    /// Occupied bed-days × cost per day: what a payer pays per day of care.
    OccupiedBedDays,
    /// Staffed beds × 365 × cost per day: a program funded for its capacity.
    StaffedBeds,
}

impl CostBasis {
    /// Every CostBasis, in the order the page lists them.
    pub const ALL: [CostBasis; 2] = [CostBasis::OccupiedBedDays, CostBasis::StaffedBeds];

    pub fn id(self) -> &'static str {
        match self {
            CostBasis::OccupiedBedDays => "occupied-bed-days",
            CostBasis::StaffedBeds => "staffed-beds",
        }
    }

    pub fn from_id(id: &str) -> Option<CostBasis> {
        match id.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "occupied-bed-days" => Some(CostBasis::OccupiedBedDays),
            "staffed-beds" => Some(CostBasis::StaffedBeds),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CostBasis::OccupiedBedDays => "Occupied bed-days × cost per day",
            CostBasis::StaffedBeds => "Staffed beds × 365 × cost per day",
        }
    }

    /// The label in a language (`label_in(Lang::En)` is [`CostBasis::label`]).
    pub fn label_in(self, lang: Lang) -> &'static str {
        let es = match self {
            CostBasis::OccupiedBedDays => "Días-cama ocupados × costo por día",
            CostBasis::StaffedBeds => "Camas con personal × 365 × costo por día",
        };
        lang.pick(self.label(), es)
    }
}

/// What the response target of a delay system (mobile teams) measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResponseMode {
    /// The share of requests that get a free team within `max_wait_minutes`.
    WithinWait,
    /// The share of requests a free team takes at once (no wait at all).
    AtOnce,
}

impl ResponseMode {
    /// Every ResponseMode, in the order the page lists them.
    pub const ALL: [ResponseMode; 2] = [ResponseMode::WithinWait, ResponseMode::AtOnce];

    pub fn id(self) -> &'static str {
        match self {
            ResponseMode::WithinWait => "within-wait",
            ResponseMode::AtOnce => "at-once",
        }
    }

    pub fn from_id(id: &str) -> Option<ResponseMode> {
        match id.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "within-wait" => Some(ResponseMode::WithinWait),
            "at-once" => Some(ResponseMode::AtOnce),
            _ => None,
        }
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            ResponseMode::WithinWait => lang.pick(
                "A free team within a wait",
                "Un equipo disponible en un tiempo de espera máximo",
            ),
            ResponseMode::AtOnce => {
                lang.pick("A free team at once", "Un equipo disponible de inmediato")
            }
        }
    }
}

/// How mobile crisis teams are costed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MobileCostBasis {
    /// Staffed team-hours (teams on duty × 8,760 h) × cost per team-hour.
    TeamHours,
    /// Dispatches × cost per dispatch.
    Dispatches,
}

impl MobileCostBasis {
    /// Every MobileCostBasis, in the order the page lists them.
    pub const ALL: [MobileCostBasis; 2] = [MobileCostBasis::TeamHours, MobileCostBasis::Dispatches];

    pub fn id(self) -> &'static str {
        match self {
            MobileCostBasis::TeamHours => "team-hours",
            MobileCostBasis::Dispatches => "dispatches",
        }
    }

    pub fn from_id(id: &str) -> Option<MobileCostBasis> {
        match id.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "team-hours" => Some(MobileCostBasis::TeamHours),
            "dispatches" => Some(MobileCostBasis::Dispatches),
            _ => None,
        }
    }

    /// A plain-language label in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            MobileCostBasis::TeamHours => {
                lang.pick("Staffed team-hours", "Horas-equipo con personal")
            }
            MobileCostBasis::Dispatches => lang.pick("Dispatches", "Despachos"),
        }
    }
}

/// Mobile crisis teams (an Erlang C delay system).
#[derive(Debug, Clone, PartialEq)]
pub struct Mobile {
    /// Hours one dispatch keeps a team busy: travel, time on scene, hand-off.
    pub busy_hours_per_dispatch: f64,
    /// What the response target measures.
    pub mode: ResponseMode,
    /// The share of requests that must meet the target (0.9).
    pub target_share: f64,
    /// The longest wait for a free team, in minutes (mode `within-wait`).
    pub max_wait_minutes: f64,
    /// Staff on one team.
    pub staff_per_team: f64,
    /// Productive hours a year of one full-time staff member.
    pub productive_hours_per_fte: f64,
    /// How teams are costed.
    pub cost_basis: MobileCostBasis,
    /// Cost of one staffed team-hour, low end, in dollars.
    pub cost_per_team_hour_low: f64,
    /// Cost of one staffed team-hour, high end, in dollars.
    pub cost_per_team_hour_high: f64,
    /// Cost of one dispatch, low end, in dollars.
    pub cost_per_dispatch_low: f64,
    /// Cost of one dispatch, high end, in dollars.
    pub cost_per_dispatch_high: f64,
}

impl Default for Mobile {
    fn default() -> Self {
        preset(PresetId::CrisisNow).mobile
    }
}

/// The crisis line (an Erlang C delay system).
#[derive(Debug, Clone, PartialEq)]
pub struct CrisisLine {
    /// Whether the crisis line is part of the plan (and its cost).
    pub enabled: bool,
    /// Contacts (calls, texts, chats) per 100,000 residents a month.
    pub contacts_per_100k: f64,
    /// Minutes one contact keeps a counselor busy (talk and wrap-up).
    pub minutes_per_contact: f64,
    /// The answer target in seconds (Crisis Now levels 2 to 5: 30, 25, 20, 15).
    pub answer_seconds: f64,
    /// The share of contacts that must be answered within the target (0.9).
    pub target_share: f64,
    /// Share of paid time counselors are not taking contacts (breaks, training, meetings).
    pub shrinkage: f64,
    /// Productive hours a year of one full-time counselor.
    pub productive_hours_per_fte: f64,
    /// Cost of one counselor FTE a year, low end, in dollars.
    pub cost_per_fte_low: f64,
    /// Cost of one counselor FTE a year, high end, in dollars.
    pub cost_per_fte_high: f64,
}

impl Default for CrisisLine {
    fn default() -> Self {
        preset(PresetId::CrisisNow).crisis_line
    }
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

    /// The scenario as a JSON tree (`preset` left out when there is none). NaN and infinity
    /// become `null`, which [`Scenario::from_json`] reads back as the default.
    pub fn to_json_value(&self) -> Json {
        let mut v = ToJson::to_json(self);
        if let (Json::Object(m), None) = (&mut v, &self.preset) {
            m.remove("preset");
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

    /// Read a scenario from JSON. The file must be an object with `"version": 1`; fields it
    /// leaves out are filled from the preset it names in `"preset"` (Crisis Now if none).
    /// Errors are plain sentences. This checks the format only: [`crate::validate()`] checks the
    /// values.
    pub fn from_json(text: &str) -> Result<Scenario, String> {
        Scenario::from_json_in(text, Lang::En)
    }

    /// [`Scenario::from_json`] with its error in a language (the reader's own detail, quoted
    /// inside the sentence, stays in English).
    pub fn from_json_in(text: &str, lang: Lang) -> Result<Scenario, String> {
        let f = crate::format::Format::new(lang);
        if text.len() > MAX_SCENARIO_BYTES {
            let n = f.thousands(text.len() as f64);
            let most = f.count(MAX_SCENARIO_BYTES as u64);
            return Err(match lang {
                Lang::En => format!(
                    "The scenario file is {n} bytes; the largest accepted is 1 MB ({most} bytes)."
                ),
                Lang::Es => format!(
                    "El archivo del escenario tiene {n} bytes; el máximo aceptado es 1 MB ({most} \
                     bytes)."
                ),
            });
        }
        let value = crate::json::parse(text).map_err(|e| match lang {
            Lang::En => format!("The scenario is not valid JSON: {e}."),
            Lang::Es => format!(
                "El escenario no es JSON válido: {}.",
                crate::json::message_in(&e, lang)
            ),
        })?;
        Scenario::from_json_value_in(&value, lang)
    }

    /// [`Scenario::from_json_in`] for JSON already parsed (an entry of the saved-scenario list).
    pub fn from_json_value_in(value: &Json, lang: Lang) -> Result<Scenario, String> {
        let Json::Object(map) = value else {
            return Err(String::from(lang.pick(
                "The scenario must be a JSON object, starting with { \"version\": 1, ... }.",
                "El escenario debe ser un objeto JSON que empiece con { \"version\": 1, ... }.",
            )));
        };
        match map.get("version") {
            None => {
                return Err(String::from(lang.pick(
                    "The scenario has no \"version\"; scenario files start with \"version\": 1.",
                    "El escenario no tiene \"version\"; los archivos de escenario empiezan con \"version\": 1.",
                )))
            }
            Some(v) => match v.as_u64() {
                Some(1) => {}
                Some(n) if n > u64::from(SCENARIO_VERSION) => {
                    return Err(match lang {
                        Lang::En => format!(
                            "This scenario was saved by a newer version of the planner (format \
                             version {n}); this version reads format version 1 only."
                        ),
                        Lang::Es => format!(
                            "Este escenario se guardó con una versión más reciente del \
                             planificador (versión de formato {n}); esta versión solo lee la \
                             versión de formato 1."
                        ),
                    })
                }
                _ => {
                    let v = truncate(&v.to_compact(), 40);
                    return Err(match lang {
                        Lang::En => format!(
                            "The scenario's \"version\" is {v}; this version of the planner reads \
                             version 1."
                        ),
                        Lang::Es => format!(
                            "La \"version\" del escenario es {v}; esta versión del planificador \
                             lee la versión 1."
                        ),
                    });
                }
            },
        }
        let (base_id, named) = match map.get("preset") {
            None | Some(Json::Null) => (PresetId::CrisisNow, None),
            Some(Json::String(id)) => {
                let p = PresetId::from_id(id).ok_or_else(|| {
                    let id = truncate(id, 40);
                    match lang {
                        Lang::En => format!(
                            "Unknown preset \"{id}\"; known presets: crisis-now, roadmap, \
                             hospital-only."
                        ),
                        Lang::Es => format!(
                            "Escenario predefinido desconocido \"{id}\"; los conocidos son: \
                             crisis-now, roadmap, hospital-only."
                        ),
                    }
                })?;
                (p, Some(p.id().to_string()))
            }
            Some(_) => {
                return Err(String::from(lang.pick(
                    "The scenario's \"preset\" must be a preset id such as \"crisis-now\".",
                    "El \"preset\" del escenario debe ser el identificador de un escenario \
                     predefinido, como \"crisis-now\".",
                )))
            }
        };
        check_program_kinds(map, lang)?;
        // what the file leaves out keeps its preset's value
        let mut scenario = preset(base_id);
        FromJson::read(&mut scenario, value, At::Root).map_err(|e| match lang {
            Lang::En => format!("The scenario could not be read: {e}."),
            Lang::Es => format!(
                "No se pudo leer el escenario: {}.",
                crate::json::message_in(&e, lang)
            ),
        })?;
        // The preset is what the file says, not the one its missing fields were filled from.
        scenario.preset = named;
        Ok(scenario)
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
});
json_struct!(AdultDemand { rate_per_100k });
json_struct!(YouthStream {
    enabled,
    rate_per_100k,
    flow,
    programs
});
json_struct!(Flow {
    entry_to_mobile,
    entry_to_receiving,
    entry_to_ed,
    entry_to_residential,
    entry_to_inpatient,
    mobile_to_receiving,
    mobile_to_residential,
    mobile_to_inpatient,
    receiving_to_residential,
    receiving_to_inpatient,
    ed_to_residential,
    ed_to_inpatient,
    residential_to_inpatient,
});
json_struct!(Program {
    kind,
    name,
    share,
    stay_days,
    cost_per_day_low,
    cost_per_day_high,
    max_beds_per_facility,
});
json_struct!(FacilityService {
    stay_days,
    cost_per_day_low,
    cost_per_day_high
});
json_struct!(Sizing {
    rule,
    target,
    max_utilization
});
json_struct!(Mobile {
    busy_hours_per_dispatch,
    mode,
    target_share,
    max_wait_minutes,
    staff_per_team,
    productive_hours_per_fte,
    cost_basis,
    cost_per_team_hour_low,
    cost_per_team_hour_high,
    cost_per_dispatch_low,
    cost_per_dispatch_high,
});
json_struct!(CrisisLine {
    enabled,
    contacts_per_100k,
    minutes_per_contact,
    answer_seconds,
    target_share,
    shrinkage,
    productive_hours_per_fte,
    cost_per_fte_low,
    cost_per_fte_high,
});
json_id!(ProgramKind);
json_id!(SizingRule);
json_id!(CostBasis);
json_id!(ResponseMode);
json_id!(MobileCostBasis);

/// A program list: each program given in a file starts from the defaults of its `kind` (a
/// moderate-medical program when the kind is missing), so a program may give only some fields.
impl ToJson for Vec<Program> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(ToJson::to_json).collect())
    }
}
impl FromJson for Vec<Program> {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        let items = match v {
            Json::Null => return Ok(()),
            Json::Array(items) => items,
            _ => return Err(at.expected("a list of programs", v)),
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let at = At::Index(&at, i);
            if !matches!(item, Json::Object(_)) {
                return Err(at.expected("an object", item));
            }
            // an unknown kind was refused by `check_program_kinds`; reading `kind` onto the
            // defaults below sets the program's own
            let kind = item
                .get("kind")
                .and_then(Json::as_str)
                .and_then(ProgramKind::from_id)
                .unwrap_or(ProgramKind::ModerateMedical);
            let mut p = kind.defaults();
            p.read(item, at)?;
            out.push(p);
        }
        *self = out;
        Ok(())
    }
}

/// Every program's `kind` in `programs` and `youth.programs` is a known kind (or absent), with
/// the error in a language: the reader would only say it in English.
fn check_program_kinds(root: &Map, lang: Lang) -> Result<(), String> {
    let lists = [
        root.get("programs"),
        root.get("youth").and_then(|y| y.get("programs")),
    ];
    for list in lists.into_iter().flatten() {
        let Json::Array(items) = list else { continue };
        for item in items {
            match item.get("kind") {
                None | Some(Json::Null) => {}
                Some(Json::String(id)) => {
                    if ProgramKind::from_id(id).is_none() {
                        let id = truncate(id, 40);
                        let known = ProgramKind::ALL.map(|k| k.id()).join(", ");
                        return Err(match lang {
                            Lang::En => {
                                format!("Unknown program kind \"{id}\"; known kinds: {known}.")
                            }
                            Lang::Es => format!(
                                "Tipo de programa desconocido \"{id}\"; los tipos conocidos son: \
                                 {known}."
                            ),
                        });
                    }
                }
                Some(_) => {
                    return Err(String::from(lang.pick(
                        "A program's \"kind\" must be a string.",
                        "El \"kind\" (tipo) de un programa debe ser un texto.",
                    )))
                }
            }
        }
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}
