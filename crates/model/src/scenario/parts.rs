//! The scenario's parts: each stream's demand and flow, the residential programs, the
//! facility-based services, sizing, costs, mobile teams and the crisis line, with their JSON. The
//! scenario itself ([`super::Scenario`]) puts them together with the ranges, today's capacity and
//! the scores.

use serde::Serialize;

use crate::text::json::{json_id, json_struct, Json, ToJson};
use crate::text::lang::Lang;

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
