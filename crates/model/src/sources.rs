//! The source of every default: a seed document (cited by file name, see `shared/seeds/`), a
//! named publication, or an assumption to replace with local data.
//!
//! [`source_of`] answers for any input path of a preset (the same dotted paths as
//! [`crate::Problem::field`]); [`field_paths`] lists every input path of a scenario, and a test
//! checks that every path of every preset has a source. For program fields the program type
//! decides ([`program_source`]); [`source_in`] uses the program types of a scenario as edited.

use serde::Serialize;

use crate::presets::PresetId;
use crate::scenario::{Flow, ProgramKind, Scenario};

/// Where a default value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Source {
    /// A seed document in `shared/seeds/`, by file name.
    Seed {
        file: &'static str,
        note: &'static str,
    },
    /// A named publication that is not among the seeds.
    Publication {
        name: &'static str,
        note: &'static str,
    },
    /// No published source: a planning assumption to replace with local data.
    Assumption { note: &'static str },
}

impl Source {
    /// True for an assumption (the page marks these for replacement).
    pub fn is_assumption(&self) -> bool {
        matches!(self, Source::Assumption { .. })
    }

    /// The note.
    pub fn note(&self) -> &'static str {
        match self {
            Source::Seed { note, .. }
            | Source::Publication { note, .. }
            | Source::Assumption { note } => note,
        }
    }

    /// A one-line citation: `003_d551ced1080a9b42.txt: note`, `Publication: note`,
    /// `Assumption: note`.
    pub fn citation(&self) -> String {
        match self {
            Source::Seed { file, note } => format!("{file}: {note}"),
            Source::Publication { name, note } => format!("{name}: {note}"),
            Source::Assumption { note } => format!("Assumption: {note}"),
        }
    }
}

/// The Crisis Roadmap's Residential Crisis Program Continuum.
pub const SEED_ROADMAP: &str = "003_d551ced1080a9b42.txt";
/// TBD Solutions, Crisis Residential Best Practices Handbook (2018).
pub const SEED_TBD: &str = "002_293f36c7aa45bd89.txt";
/// California DHCS, Medi-Cal Mobile Crisis Services.
pub const SEED_DHCS: &str = "004_b2b0e137abf430a1.txt";

const CRISIS_NOW: &str = "Crisis Resource Need Calculator (RI International with McKinsey Health \
                          Institute, 2022): Crisis Now flow, Arizona 2014 rates";
const CRISIS_NOW_ASSESSMENT: &str =
    "Crisis Now self-assessment (RI International; National Action Alliance for Suicide \
     Prevention)";

const fn seed(file: &'static str, note: &'static str) -> Source {
    Source::Seed { file, note }
}

const fn assumption(note: &'static str) -> Source {
    Source::Assumption { note }
}

const fn publication(name: &'static str, note: &'static str) -> Source {
    Source::Publication { name, note }
}

/// The program types of each preset's program lists, in order (a test checks them against
/// [`crate::preset`]).
fn preset_program_kinds(preset: PresetId, youth: bool) -> &'static [ProgramKind] {
    use ProgramKind::*;
    match (preset, youth) {
        (PresetId::CrisisNow, false) => &[
            HighMedical,
            ModerateMedical,
            CrisisRespite,
            PeerRespite,
            LivingRoom,
            Sud,
        ],
        (PresetId::Roadmap, false) => &[Typical],
        (PresetId::HospitalOnly, _) => &[],
        (PresetId::CrisisNow | PresetId::Roadmap, true) => &[ModerateMedical, CrisisRespite],
    }
}

/// The source of the default of one input of a preset. `field` is a dotted path as in
/// [`crate::Problem::field`]. For program fields the program type at that index in the preset
/// decides. `None` for an unknown path (or a program index the preset does not have).
pub fn source_of(preset: PresetId, field: &str) -> Option<Source> {
    if let Some((youth, index, rest)) = parse_program_path(field) {
        let kind = *preset_program_kinds(preset, youth).get(index)?;
        return program_field_source(preset, youth, kind, rest);
    }
    source_of_other(preset, field)
}

/// Like [`source_of`], but program fields take the program type of the scenario as edited (a
/// program the person added has the sources of its type).
pub fn source_in(s: &Scenario, field: &str) -> Option<Source> {
    let preset = s.preset_id();
    if let Some((youth, index, rest)) = parse_program_path(field) {
        let list = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        let kind = list.get(index)?.kind;
        let from_preset = preset_program_kinds(preset, youth).get(index) == Some(&kind);
        return if from_preset {
            program_field_source(preset, youth, kind, rest)
        } else {
            program_source(kind, rest)
        };
    }
    source_of_other(preset, field)
}

/// `programs[3].stay_days` -> (false, 3, "stay_days"); `youth.programs[0].share` -> (true, 0,
/// "share").
fn parse_program_path(field: &str) -> Option<(bool, usize, &str)> {
    let (youth, rest) = match field.strip_prefix("youth.") {
        Some(r) => (true, r),
        None => (false, field),
    };
    let rest = rest.strip_prefix("programs[")?;
    let (index, rest) = rest.split_once("].")?;
    let index = index.parse().ok()?;
    Some((youth, index, rest))
}

fn program_field_source(
    preset: PresetId,
    youth: bool,
    kind: ProgramKind,
    field: &str,
) -> Option<Source> {
    if field == "share" {
        return Some(match (preset, youth) {
            (PresetId::Roadmap, false) => seed(
                SEED_ROADMAP,
                "One program for all residential admissions, as in the worked example (100%).",
            ),
            (_, false) => assumption(
                "A balance of higher- and lower-acuity programs with peer support, as seed 003 \
                 recommends (003_d551ced1080a9b42.txt); the seed gives no shares: set your own \
                 mix.",
            ),
            (_, true) => assumption(
                "Youth mix: mostly a youth crisis residential program, with crisis respite, which \
                 seed 003 (003_d551ced1080a9b42.txt) names as valuable for families caring for \
                 children; the seed gives no shares: set your own mix.",
            ),
        });
    }
    program_source(kind, field)
}

/// The source of a program field's default for a program of one type (`share` is the mix, an
/// assumption unless a preset says otherwise).
pub fn program_source(kind: ProgramKind, field: &str) -> Option<Source> {
    use ProgramKind::*;
    Some(match field {
        "kind" | "name" => match kind {
            Typical => seed(
                SEED_TBD,
                "A crisis residential program as surveyed in the TBD Solutions handbook.",
            ),
            Other => assumption("A program described locally."),
            _ => seed(
                SEED_ROADMAP,
                "A category of the Residential Crisis Program Continuum.",
            ),
        },
        "share" => assumption("The program's share of residential admissions: set your own mix."),
        "stay_days" => match kind {
            HighMedical => seed(
                SEED_ROADMAP,
                "Stays from a few days up to two weeks; 5 days as in the worked example.",
            ),
            ModerateMedical => seed(
                SEED_ROADMAP,
                "Average stays from 3-5 to 7-10 days (Table 3); 5 days as in the worked example.",
            ),
            CrisisRespite => seed(
                SEED_ROADMAP,
                "Stays limited to a few days and no more than a week; 5 days as in the worked \
                 example.",
            ),
            PeerRespite => seed(
                SEED_ROADMAP,
                "Guests may stay up to several days (seed 002: a few days to a few weeks); 5 days \
                 as in the worked example.",
            ),
            LivingRoom => assumption(
                "Living Rooms serve people for hours to days; seed 003 gives no figure. 1 day \
                 assumed: set locally.",
            ),
            Sud => assumption(
                "Withdrawal management and sobering stays of a few days; seed 003 gives no \
                 figure. 5 days assumed, as in the worked example: set locally.",
            ),
            Typical => seed(
                SEED_ROADMAP,
                "An average stay of five days, as in the worked example (seed 002: typical stays \
                 of 3-10 days).",
            ),
            Other => assumption("5 days, as in the worked example: set locally."),
        },
        "cost_per_day_low" | "cost_per_day_high" => match kind {
            HighMedical => seed(SEED_ROADMAP, "Unit cost usually $400-500 per day."),
            ModerateMedical => seed(SEED_ROADMAP, "Unit cost usually $250-300 per day."),
            CrisisRespite => seed(SEED_ROADMAP, "Unit cost usually $100-200 per day."),
            PeerRespite => assumption(
                "Seed 003 (003_d551ced1080a9b42.txt): unit cost 'usually under $100 per day'. \
                 $50 (Table 3's lowest program cost) to $100, default $75: an assumption.",
            ),
            LivingRoom => assumption(
                "Not given by seed 003: set locally. $200-400 a day assumed (peer staffing with \
                 medical and nursing capability): a local value to replace.",
            ),
            Sud => assumption(
                "Not given by seed 003 (ASAM levels 3.1D to 3.7D vary widely): set locally. \
                 $200-400 a day assumed: a local value to replace.",
            ),
            Typical => seed(
                SEED_TBD,
                "Typical crisis residential programs cost about $300-450 a day, about 50-60% of \
                 a psychiatric hospital day.",
            ),
            Other => assumption(
                "Seed 003 Table 3: programs cost $50-500 a day; $100-500 assumed: set locally.",
            ),
        },
        "max_beds_per_facility" => seed(
            SEED_ROADMAP,
            "Usually no more than 16 beds, because of the Medicaid Institutions for Mental \
             Disease (IMD) restriction.",
        ),
        _ => return None,
    })
}

fn flow_source(preset: PresetId, youth: bool, share: &str) -> Option<Source> {
    // Only the names of Flow's fields are paths.
    if !Flow::default().shares().iter().any(|(n, _)| *n == share) {
        return None;
    }
    Some(match preset {
        PresetId::HospitalOnly => match share {
            "entry_to_ed" => assumption(
                "The counterfactual: without a crisis continuum, every episode is seen in an \
                 emergency department (100%).",
            ),
            "ed_to_inpatient" => seed(
                SEED_ROADMAP,
                "Without residential crisis care 'almost all those individuals would have \
                 needed hospitalization': the 36.26% of Crisis Now episodes that reached \
                 residential (22.26%) or inpatient care (14%) are hospitalized.",
            ),
            _ => seed(
                SEED_ROADMAP,
                "No crisis continuum in the counterfactual: 0%.",
            ),
        },
        _ if youth => {
            assumption("The adult Crisis Now share, assumed for youth: replace with local data.")
        }
        PresetId::Roadmap => match share {
            "entry_to_residential" => seed(
                SEED_ROADMAP,
                "'If that percentage is even as low as 30%': the share of crisis presentations \
                 served in crisis residential settings in the worked example.",
            ),
            "entry_to_inpatient" => seed(
                SEED_ROADMAP,
                "86% of crisis presentations were diverted from hospitalization in the Phoenix \
                 data: 14% go to inpatient care.",
            ),
            _ => seed(
                SEED_ROADMAP,
                "The worked example counts residential and inpatient care only: 0%.",
            ),
        },
        PresetId::CrisisNow => match share {
            "entry_to_mobile" => publication(
                CRISIS_NOW,
                "32% of episodes needing in-person care go to a mobile crisis team.",
            ),
            "entry_to_receiving" => publication(
                CRISIS_NOW,
                "54% go to a crisis receiving facility (23-hour observation).",
            ),
            "entry_to_ed" => publication(CRISIS_NOW, "14% go to an emergency department."),
            "mobile_to_receiving" => publication(
                CRISIS_NOW,
                "30% of mobile team contacts go on to a receiving facility; the rest are \
                 resolved on scene.",
            ),
            "receiving_to_residential" => publication(
                CRISIS_NOW,
                "35% of receiving facility visits go on to a short-term crisis bed.",
            ),
            "residential_to_inpatient" => publication(
                CRISIS_NOW,
                "25% of short-term crisis bed stays step up to inpatient care.",
            ),
            "ed_to_inpatient" => publication(
                CRISIS_NOW,
                "Emergency department episodes go to inpatient care (100%).",
            ),
            _ => publication(CRISIS_NOW, "Not part of the published flow: 0%."),
        },
    })
}

fn source_of_other(preset: PresetId, field: &str) -> Option<Source> {
    if let Some(share) = field.strip_prefix("youth.flow.") {
        return flow_source(preset, true, share);
    }
    if let Some(share) = field.strip_prefix("flow.") {
        return flow_source(preset, false, share);
    }
    Some(match field {
        "place_name" => assumption("Blank: enter the name of your county or region."),
        "population" => seed(
            SEED_ROADMAP,
            "The worked example's community of 500,000 people: enter your own population.",
        ),
        "youth_share" => {
            assumption("About the US share of residents under 18: use your census figure.")
        }
        "adult.rate_per_100k" => seed(
            SEED_ROADMAP,
            "'200 individuals per 100,000 residents per month' (Crisis Now flow data from \
             Phoenix, Arizona). The 2022 Crisis Resource Need Calculator uses 230 episodes \
             needing an in-person response.",
        ),
        "youth.enabled" => match preset {
            PresetId::Roadmap => seed(
                SEED_ROADMAP,
                "The worked example counts all ages in one stream, so the youth stream is off.",
            ),
            _ => seed(
                SEED_ROADMAP,
                "'There must be similar availability of all applicable elements of the \
                 continuum for children and youth.'",
            ),
        },
        "youth.rate_per_100k" => assumption(
            "110 youth episodes per 100,000 youth residents a month: with 22% of residents under \
             18 this gives about 12% as many youth episodes as adult ones, in line with seed \
             002 (002_293f36c7aa45bd89.txt), where about 12% of crisis residential programs \
             serve youth. Replace with local data.",
        ),
        "receiving.stay_days" => assumption(
            "23-hour observation: nobody stays a full day and many leave within hours; a mean \
             stay of 18 hours (0.75 day) is assumed.",
        ),
        "receiving.cost_per_day_low" | "receiving.cost_per_day_high" => assumption(
            "$600-1,000 per chair-day assumed (between a high-medical crisis bed and a hospital \
             day): replace with your facility's rate.",
        ),
        "inpatient.stay_days" => assumption(
            "A mean psychiatric inpatient stay of 7 days: replace with your hospitals' figure.",
        ),
        "inpatient.cost_per_day_low" | "inpatient.cost_per_day_high" => {
            seed(SEED_ROADMAP, "Hospitals cost $800-1,200 per day.")
        }
        "sizing.rule" => seed(
            SEED_ROADMAP,
            "Criterion 5: utilization from 50% to 95%, 'with the programs being full no more \
             than 5% of days' (the Erlang loss model turns this into beds).",
        ),
        "sizing.target" => seed(
            SEED_ROADMAP,
            "Full no more than 5% of days (criterion 5). For the occupancy rule, 85% is a \
             convention (Green 2002, 'How many hospital beds?', shows it leaves small units \
             short).",
        ),
        "sizing.max_utilization" => seed(SEED_ROADMAP, "Maximum utilization of 95% (criterion 5)."),
        "cost_basis" => assumption(
            "Occupied bed-days: what a payer pays for days of care. Choose staffed beds for a \
             program funded for its capacity.",
        ),
        "mobile.busy_hours_per_dispatch" => assumption(
            "2 hours a dispatch (travel, time on scene, hand-off) in urban areas; use about 3 \
             in rural areas.",
        ),
        "mobile.mode" => {
            assumption("The target counts the requests that get a free team within a short wait.")
        }
        "mobile.target_share" => assumption("90% of requests meet the response target."),
        "mobile.max_wait_minutes" => assumption(
            "A free team within 10 minutes, leaving most of the Crisis Roadmap's one hour to be \
             on site for travel.",
        ),
        "mobile.staff_per_team" => assumption(
            "2 staff a team (seed 004, 004_b2b0e137abf430a1.txt: multidisciplinary teams, 24 \
             hours a day, 7 days a week, 365 days a year).",
        ),
        "mobile.productive_hours_per_fte" | "crisis_line.productive_hours_per_fte" => assumption(
            "1,750 productive hours a year: 2,080 paid hours less leave, holidays and training.",
        ),
        "mobile.cost_basis" => assumption(
            "Staffed team-hours: teams on duty around the clock, paid whether busy or not.",
        ),
        "mobile.cost_per_team_hour_low" | "mobile.cost_per_team_hour_high" => assumption(
            "$100-200 per staffed team-hour: two staff at about $35-50 an hour with benefits, \
             plus supervision, vehicle and overhead. Replace with your budget.",
        ),
        "mobile.cost_per_dispatch_low" | "mobile.cost_per_dispatch_high" => {
            assumption("$400-800 per dispatch: replace with your payment rate.")
        }
        "crisis_line.enabled" => match preset {
            PresetId::HospitalOnly => assumption(
                "No crisis continuum in the counterfactual, so no crisis line is costed.",
            ),
            _ => seed(
                SEED_TBD,
                "Crisis call centers provide frontline support in the crisis services continuum.",
            ),
        },
        "crisis_line.contacts_per_100k" => assumption(
            "150 contacts per 100,000 residents a month: roughly the national 988 Lifeline \
             volume in its first years (about 5 million contacts a year for about 330 million \
             people, some 125 per 100,000 a month) plus local crisis lines. Replace with your \
             call center's data.",
        ),
        "crisis_line.minutes_per_contact" => {
            assumption("15 minutes of talk and wrap-up a contact.")
        }
        "crisis_line.answer_seconds" => publication(
            CRISIS_NOW_ASSESSMENT,
            "Calls answered within 30, 25, 20 or 15 seconds at levels 2 to 5; 20 seconds is \
             level 4.",
        ),
        "crisis_line.target_share" => {
            assumption("90% of contacts answered within the answer target.")
        }
        "crisis_line.shrinkage" => assumption(
            "30% of paid time away from contacts: breaks, training, supervision, meetings.",
        ),
        "crisis_line.cost_per_fte_low" | "crisis_line.cost_per_fte_high" => assumption(
            "$60,000-90,000 a year per counselor with benefits and overhead: replace with your \
             budget.",
        ),
        _ => return None,
    })
}

const PROGRAM_FIELDS: [&str; 7] = [
    "kind",
    "name",
    "share",
    "stay_days",
    "cost_per_day_low",
    "cost_per_day_high",
    "max_beds_per_facility",
];

/// Every input path of a scenario, in the order of the scenario (not `version` or `preset`,
/// which are not inputs).
pub fn field_paths(s: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = [
        "place_name",
        "population",
        "youth_share",
        "adult.rate_per_100k",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    let flow_names = s.flow.shares().map(|(n, _)| n);
    out.extend(flow_names.iter().map(|n| format!("flow.{n}")));
    for i in 0..s.programs.len() {
        out.extend(PROGRAM_FIELDS.iter().map(|f| format!("programs[{i}].{f}")));
    }
    out.push("youth.enabled".into());
    out.push("youth.rate_per_100k".into());
    out.extend(flow_names.iter().map(|n| format!("youth.flow.{n}")));
    for i in 0..s.youth.programs.len() {
        out.extend(
            PROGRAM_FIELDS
                .iter()
                .map(|f| format!("youth.programs[{i}].{f}")),
        );
    }
    for service in ["receiving", "inpatient"] {
        for f in ["stay_days", "cost_per_day_low", "cost_per_day_high"] {
            out.push(format!("{service}.{f}"));
        }
    }
    for f in [
        "sizing.rule",
        "sizing.target",
        "sizing.max_utilization",
        "cost_basis",
        "mobile.busy_hours_per_dispatch",
        "mobile.mode",
        "mobile.target_share",
        "mobile.max_wait_minutes",
        "mobile.staff_per_team",
        "mobile.productive_hours_per_fte",
        "mobile.cost_basis",
        "mobile.cost_per_team_hour_low",
        "mobile.cost_per_team_hour_high",
        "mobile.cost_per_dispatch_low",
        "mobile.cost_per_dispatch_high",
        "crisis_line.enabled",
        "crisis_line.contacts_per_100k",
        "crisis_line.minutes_per_contact",
        "crisis_line.answer_seconds",
        "crisis_line.target_share",
        "crisis_line.shrinkage",
        "crisis_line.productive_hours_per_fte",
        "crisis_line.cost_per_fte_low",
        "crisis_line.cost_per_fte_high",
    ] {
        out.push(f.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::preset;

    #[test]
    fn program_kinds_match_the_presets() {
        for id in PresetId::ALL {
            let s = preset(id);
            let adult: Vec<_> = s.programs.iter().map(|p| p.kind).collect();
            let youth: Vec<_> = s.youth.programs.iter().map(|p| p.kind).collect();
            assert_eq!(adult, preset_program_kinds(id, false), "{id:?}");
            assert_eq!(youth, preset_program_kinds(id, true), "{id:?}");
        }
    }

    #[test]
    fn unknown_paths_have_no_source() {
        for p in [
            "",
            "nope",
            "flow.nope",
            "programs[99].share",
            "programs[0].nope",
            "programs[x].share",
            "youth.flow.",
        ] {
            assert_eq!(source_of(PresetId::CrisisNow, p), None, "{p}");
        }
    }
}
