//! Today's capacity: what the community already has, to compare with what it needs.
//!
//! Planners rarely start from nothing. The inventory records, for each service, the capacity
//! the community has now and, if known, what it costs a year now. It is part of the scenario
//! (`"inventory"` in the JSON, the link and the `crisis-plan` file) and is off by default
//! (`enabled: false`): a scenario that never filled it in shows no gap and is checked exactly as
//! before. [`crate::analysis::gap`](mod@crate::analysis::gap) compares it with the results.
//!
//! Units of [`Today::capacity`], by service:
//!
//! | field | capacity is |
//! |---|---|
//! | `residential.<kind>`, `youth_residential.<kind>` | residential crisis beds of that program type (`high-medical`, `peer-respite`, … as [`ProgramKind::id`]) |
//! | `receiving`, `youth_receiving` | crisis receiving facility chairs (23-hour observation) |
//! | `inpatient`, `youth_inpatient` | psychiatric inpatient beds |
//! | `mobile` | mobile crisis teams on duty around the clock (24/7 posts, not staff) |
//! | `crisis_line` | crisis-line counselors, full-time equivalents (FTE) |
//!
//! Residential beds are kept by program type, not by the scenario's program list, so they
//! survive adding or removing programs; several programs of one type share that type's beds.
//!
//! **Today's annual cost** ([`Today::annual_cost`]) is optional: `null` (or left out) costs
//! today's capacity at the scenario's own unit costs and cost basis (see [`crate::analysis::gap`](mod@crate::analysis::gap)); a
//! number is what the service costs now, in dollars a year, and is used as given (low = default
//! = high).
//!
//! Sources: every inventory value is entered by the user; the defaults (0 and empty) are
//! placeholders for local data ([`crate::scenario::sources`]).

use crate::scenario::parts::ProgramKind;
use crate::text::lang::Lang;

/// The most beds, chairs, teams or FTE one inventory field accepts.
pub const MAX_CAPACITY: f64 = 100_000.0;
/// The highest annual cost one inventory field accepts, in dollars ($100 billion).
pub const MAX_ANNUAL_COST: f64 = 100_000_000_000.0;

/// One service's capacity today and, if known, its cost a year today.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Today {
    /// Beds, chairs, teams on duty or counselor FTE, by service (see the module documentation).
    pub capacity: f64,
    /// What this capacity costs a year today, in dollars; `None` (JSON `null`) to cost it at
    /// the scenario's unit cost.
    pub annual_cost: Option<f64>,
}

impl Today {
    /// Capacity with no cost entered.
    pub fn new(capacity: f64) -> Today {
        Today {
            capacity,
            annual_cost: None,
        }
    }

    /// Capacity with today's annual cost.
    pub fn with_cost(capacity: f64, annual_cost: f64) -> Today {
        Today {
            capacity,
            annual_cost: Some(annual_cost),
        }
    }
}

/// Residential crisis beds today, one entry per program type. JSON keys are the program types'
/// ids (`"high-medical"`, `"peer-respite"`, …).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResidentialToday {
    pub high_medical: Today,
    pub moderate_medical: Today,
    pub crisis_respite: Today,
    pub peer_respite: Today,
    pub living_room: Today,
    pub sud: Today,
    pub typical: Today,
    pub other: Today,
}

impl ResidentialToday {
    /// Today's beds and cost of one program type.
    pub fn get(&self, kind: ProgramKind) -> &Today {
        match kind {
            ProgramKind::HighMedical => &self.high_medical,
            ProgramKind::ModerateMedical => &self.moderate_medical,
            ProgramKind::CrisisRespite => &self.crisis_respite,
            ProgramKind::PeerRespite => &self.peer_respite,
            ProgramKind::LivingRoom => &self.living_room,
            ProgramKind::Sud => &self.sud,
            ProgramKind::Typical => &self.typical,
            ProgramKind::Other => &self.other,
        }
    }

    /// A mutable reference to one program type's entry (for the page).
    pub fn get_mut(&mut self, kind: ProgramKind) -> &mut Today {
        match kind {
            ProgramKind::HighMedical => &mut self.high_medical,
            ProgramKind::ModerateMedical => &mut self.moderate_medical,
            ProgramKind::CrisisRespite => &mut self.crisis_respite,
            ProgramKind::PeerRespite => &mut self.peer_respite,
            ProgramKind::LivingRoom => &mut self.living_room,
            ProgramKind::Sud => &mut self.sud,
            ProgramKind::Typical => &mut self.typical,
            ProgramKind::Other => &mut self.other,
        }
    }

    /// Beds of all types together (0 for any value that is not a number).
    pub fn total_beds(&self) -> f64 {
        ProgramKind::ALL
            .iter()
            .map(|&k| self.get(k).capacity)
            .filter(|x| x.is_finite() && *x > 0.0)
            .sum()
    }
}

/// Today's capacity of every service: what the community has now.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inventory {
    /// Whether today's capacity is filled in (and compared with need). Off by default.
    pub enabled: bool,
    /// Adult (all-ages stream) residential crisis beds by program type.
    pub residential: ResidentialToday,
    /// Youth residential crisis beds by program type.
    pub youth_residential: ResidentialToday,
    /// Adult crisis receiving facility chairs.
    pub receiving: Today,
    /// Youth crisis receiving facility chairs.
    pub youth_receiving: Today,
    /// Adult psychiatric inpatient beds.
    pub inpatient: Today,
    /// Youth psychiatric inpatient beds.
    pub youth_inpatient: Today,
    /// Mobile crisis teams on duty around the clock (both streams share them).
    pub mobile: Today,
    /// Crisis-line counselors, full-time equivalents.
    pub crisis_line: Today,
}

crate::text::json::json_struct!(Today {
    capacity,
    annual_cost
});
crate::text::json::json_struct!(ResidentialToday {
    high_medical = "high-medical",
    moderate_medical = "moderate-medical",
    crisis_respite = "crisis-respite",
    peer_respite = "peer-respite",
    living_room = "living-room",
    sud = "sud",
    typical = "typical",
    other = "other",
});
crate::text::json::json_struct!(Inventory {
    enabled,
    residential,
    youth_residential,
    receiving,
    youth_receiving,
    inpatient,
    youth_inpatient,
    mobile,
    crisis_line,
});

/// Which inventory entry, with its unit: the key under `inventory` in the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    Residential { youth: bool, kind: ProgramKind },
    Receiving { youth: bool },
    Inpatient { youth: bool },
    Mobile,
    CrisisLine,
}

impl Entry {
    /// Every entry, in the order of the JSON.
    pub fn all() -> Vec<Entry> {
        let mut out = Vec::with_capacity(2 * ProgramKind::ALL.len() + 6);
        for youth in [false, true] {
            out.extend(
                ProgramKind::ALL
                    .iter()
                    .map(|&kind| Entry::Residential { youth, kind }),
            );
        }
        for youth in [false, true] {
            out.push(Entry::Receiving { youth });
        }
        for youth in [false, true] {
            out.push(Entry::Inpatient { youth });
        }
        out.push(Entry::Mobile);
        out.push(Entry::CrisisLine);
        out
    }

    /// The entry's path under `inventory`: `residential.high-medical`, `youth_receiving`,
    /// `mobile`, …
    pub fn key(self) -> String {
        let y = |youth: bool| if youth { "youth_" } else { "" };
        match self {
            Entry::Residential { youth, kind } => format!("{}residential.{}", y(youth), kind.id()),
            Entry::Receiving { youth } => format!("{}receiving", y(youth)),
            Entry::Inpatient { youth } => format!("{}inpatient", y(youth)),
            Entry::Mobile => "mobile".into(),
            Entry::CrisisLine => "crisis_line".into(),
        }
    }

    /// The dotted path of the entry's capacity: `inventory.residential.high-medical.capacity`.
    pub fn capacity_path(self) -> String {
        format!("inventory.{}.capacity", self.key())
    }

    /// The dotted path of the entry's annual cost: `inventory.mobile.annual_cost`.
    pub fn cost_path(self) -> String {
        format!("inventory.{}.annual_cost", self.key())
    }

    /// The entry with a key (`residential.peer-respite`, `youth_inpatient`), if any.
    pub fn from_key(key: &str) -> Option<Entry> {
        Entry::all().into_iter().find(|e| e.key() == key)
    }

    /// Whether the capacity must be a whole number (everything but counselor FTE).
    pub fn whole(self) -> bool {
        !matches!(self, Entry::CrisisLine)
    }

    /// Whether the entry belongs to the youth stream.
    pub fn youth(self) -> bool {
        matches!(
            self,
            Entry::Residential { youth: true, .. }
                | Entry::Receiving { youth: true }
                | Entry::Inpatient { youth: true }
        )
    }

    /// What the capacity counts, in plain words ("youth peer-run respite beds").
    pub fn what(self) -> String {
        let y = if self.youth() { "youth " } else { "" };
        match self {
            Entry::Residential { kind, .. } => format!("{y}{}", residential_noun(kind)),
            Entry::Receiving { .. } => format!("{y}receiving-facility chairs"),
            Entry::Inpatient { .. } => format!("{y}psychiatric inpatient beds"),
            Entry::Mobile => "mobile crisis teams on duty".into(),
            Entry::CrisisLine => "crisis-line counselor FTE".into(),
        }
    }

    /// [`Entry::what`] in a language ("camas de respiro dirigido por pares para jóvenes").
    pub fn what_in(self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.what();
        }
        let youth = if self.youth() { " para jóvenes" } else { "" };
        match self {
            Entry::Residential { kind, .. } => {
                format!("{}{youth}", residential_noun_in(kind, lang))
            }
            Entry::Receiving { .. } => format!("sillones del centro de recepción de crisis{youth}"),
            Entry::Inpatient { .. } => format!("camas de hospitalización psiquiátrica{youth}"),
            Entry::Mobile => "equipos móviles de crisis de turno".into(),
            Entry::CrisisLine => "consejeros de la línea de crisis (FTE)".into(),
        }
    }
}

/// The plural noun of a program type's beds: "peer-run respite beds".
pub fn residential_noun(kind: ProgramKind) -> &'static str {
    match kind {
        ProgramKind::HighMedical => "high medical/nursing residential crisis beds",
        ProgramKind::ModerateMedical => "moderate medical/nursing residential crisis beds",
        ProgramKind::CrisisRespite => "crisis respite beds",
        ProgramKind::PeerRespite => "peer-run respite beds",
        ProgramKind::LivingRoom => "Living Room beds",
        ProgramKind::Sud => "withdrawal management and sobering beds",
        ProgramKind::Typical => "crisis residential beds",
        ProgramKind::Other => "beds in other residential programs",
    }
}

/// [`residential_noun`] in a language: "camas de respiro dirigido por pares".
pub fn residential_noun_in(kind: ProgramKind, lang: Lang) -> &'static str {
    let es = match kind {
        ProgramKind::HighMedical => {
            "camas residenciales de crisis con alta participación médica/de enfermería"
        }
        ProgramKind::ModerateMedical => {
            "camas residenciales de crisis con participación médica/de enfermería moderada"
        }
        ProgramKind::CrisisRespite => "camas de respiro de crisis",
        ProgramKind::PeerRespite => "camas de respiro dirigido por pares",
        ProgramKind::LivingRoom => "camas de Living Room (sala de estar)",
        ProgramKind::Sud => "camas de manejo de la abstinencia y de centros de sobriedad",
        ProgramKind::Typical => "camas residenciales de crisis",
        ProgramKind::Other => "camas de otros programas residenciales",
    };
    lang.pick(residential_noun(kind), es)
}

impl Inventory {
    /// Today's capacity and cost of one entry.
    pub fn get(&self, e: Entry) -> &Today {
        match e {
            Entry::Residential { youth: false, kind } => self.residential.get(kind),
            Entry::Residential { youth: true, kind } => self.youth_residential.get(kind),
            Entry::Receiving { youth: false } => &self.receiving,
            Entry::Receiving { youth: true } => &self.youth_receiving,
            Entry::Inpatient { youth: false } => &self.inpatient,
            Entry::Inpatient { youth: true } => &self.youth_inpatient,
            Entry::Mobile => &self.mobile,
            Entry::CrisisLine => &self.crisis_line,
        }
    }

    /// A mutable reference to one entry (for the page).
    pub fn get_mut(&mut self, e: Entry) -> &mut Today {
        match e {
            Entry::Residential { youth: false, kind } => self.residential.get_mut(kind),
            Entry::Residential { youth: true, kind } => self.youth_residential.get_mut(kind),
            Entry::Receiving { youth: false } => &mut self.receiving,
            Entry::Receiving { youth: true } => &mut self.youth_receiving,
            Entry::Inpatient { youth: false } => &mut self.inpatient,
            Entry::Inpatient { youth: true } => &mut self.youth_inpatient,
            Entry::Mobile => &mut self.mobile,
            Entry::CrisisLine => &mut self.crisis_line,
        }
    }
}
