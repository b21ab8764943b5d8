//! The source of every default: a seed document (cited by file name, see `shared/seeds/`), a
//! named publication, or an assumption to replace with local data.
//!
//! [`source_of`] answers for any input path of a preset (the same dotted paths as
//! [`crate::Problem::field`]); [`field_paths`] lists every input path of a scenario, and a test
//! checks that every path of every preset has a source. For program fields the program type
//! decides ([`program_source`]); [`source_in`] uses the program types of a scenario as edited.

use serde::Serialize;

use crate::scenario::catalog;
use crate::scenario::PresetId;
use crate::scenario::{Flow, ProgramKind, Scenario};
use crate::text::lang::Lang;

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

    /// The note in a language. The notes are written in English beside each default; their
    /// Spanish is in one table here, and a note without a translation stays in English (a test
    /// checks that every default's note has one).
    pub fn note_in(&self, lang: Lang) -> &'static str {
        let note = self.note();
        match lang {
            Lang::En => note,
            Lang::Es => NOTES_ES
                .iter()
                .chain(crate::scenario::funding::NOTES_ES)
                .find(|(en, _)| *en == note)
                .map_or(note, |(_, es)| *es),
        }
    }

    /// [`Source::citation`] in a language.
    pub fn citation_in(&self, lang: Lang) -> String {
        let note = self.note_in(lang);
        match self {
            Source::Seed { file, .. } => format!("{file}: {note}"),
            Source::Publication { name, .. } => format!("{name}: {note}"),
            Source::Assumption { .. } => match lang {
                Lang::En => format!("Assumption: {note}"),
                Lang::Es => format!("Supuesto: {note}"),
            },
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

pub(crate) const fn seed(file: &'static str, note: &'static str) -> Source {
    Source::Seed { file, note }
}

pub(crate) const fn assumption(note: &'static str) -> Source {
    Source::Assumption { note }
}

pub(crate) const fn publication(name: &'static str, note: &'static str) -> Source {
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

/// The outcome rates' sources (`outcomes.*`) are not here but in
/// [`crate::scenario::outcome_sources::outcome_source`], so that the page's first download, which shows
/// the source beside every field, does not carry them.
///
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

/// Today's capacity and its cost: entered by the user.
fn inventory_source(field: &str) -> Option<Source> {
    if field == "enabled" {
        return Some(assumption(
            "Entered by the user: off until you enter what your community has today; turn it on \
             to compare today's capacity with the need.",
        ));
    }
    let (key, leaf) = field.rsplit_once('.')?;
    crate::scenario::inventory::Entry::from_key(key)?;
    match leaf {
        "capacity" => Some(assumption(
            "Entered by the user: what your community has today (0, none, until you enter it).",
        )),
        "annual_cost" => Some(assumption(
            "Entered by the user: what this costs a year today; leave it empty to cost today's \
             capacity at the scenario's unit cost.",
        )),
        _ => None,
    }
}

const CALCULATOR: &str =
    "Crisis Resource Need Calculator (RI International with McKinsey Health Institute, 2022)";

/// The ranges of the uncertain inputs and the settings of the Monte Carlo and the simulation
/// (`field` without the `uncertainty.` prefix). Ranges are stored as multiples of the input's
/// value; the notes give the absolute figures around the presets' defaults.
fn uncertainty_source(preset: PresetId, field: &str) -> Option<Source> {
    use crate::scenario::ranges::InputId;
    match field {
        "seed" => {
            return Some(assumption(
                "A fixed seed, recorded in the scenario, so that the same scenario (and a shared \
                 link) gives the same figures; change it to see how much the figures move by \
                 chance alone.",
            ))
        }
        "draws" => {
            return Some(assumption(
                "10,000 draws: enough that the 10th, 50th and 90th percentiles move little from \
                 one seed to another.",
            ))
        }
        "sim_years" => {
            return Some(assumption(
                "100 simulated years for each program: enough to know the share of time full \
                 to within a fraction of a percentage point; more years narrow the confidence \
                 intervals.",
            ))
        }
        "stay_distribution" => {
            return Some(assumption(
                "Log-normal stays: most stays short, a few long. Erlang B's share of time full \
                 does not depend on this choice; the share of days with a full moment does.",
            ))
        }
        "plan_for" => {
            return Some(assumption(
                "The typical case: the plan as calculated. 80% or 90% is a choice, not a \
                 standard.",
            ))
        }
        "stay_cv" => {
            return Some(assumption(
                "A coefficient of variation of 1: stays as varied as exponential ones (for a \
                 5-day mean, 90% of stays between about 1 and 14 days, close to seed 003's 'a \
                 few days up to two weeks').",
            ))
        }
        _ => {}
    }
    let (stem, end) = field.rsplit_once('.')?;
    if end != "low" && end != "high" {
        return None;
    }
    let high = end == "high";
    let id = InputId::from_id(stem).filter(|i| i.is_factor())?;
    Some(match id {
        InputId::AdultRate if high => publication(
            CALCULATOR,
            "230 episodes per 100,000 needing an in-person response: 15% above seed 003's 200 \
             (×1.15).",
        ),
        InputId::AdultRate => seed(
            SEED_ROADMAP,
            "'200 individuals per 100,000 residents per month': the low end is the default \
             itself (×1).",
        ),
        InputId::YouthRate => assumption(
            "The youth rate is itself an assumption: 25% either side of it (×0.75 to ×1.25).",
        ),
        InputId::ResidentialShare => match (preset, high) {
            (PresetId::Roadmap, false) => seed(
                SEED_ROADMAP,
                "'If that percentage is even as low as 30%': the worked example's 30% is the low \
                 end (×1).",
            ),
            (PresetId::Roadmap, true) => seed(
                SEED_ROADMAP,
                "In the Phoenix data 54% of crisis presentations went to some form of crisis \
                 residential setting: 54% is the high end (×1.8 of 30%).",
            ),
            _ => assumption(
                "20% either side of the shares sent to residential care (×0.8 to ×1.2; for \
                 Crisis Now, 35% of receiving facility visits becomes 28% to 42%); the seeds \
                 give no range for this flow.",
            ),
        },
        InputId::Stay(kind) => {
            use ProgramKind::*;
            match kind {
                HighMedical => seed(
                    SEED_ROADMAP,
                    "Average stays range from 3-5 to 7-10 days (Table 3), and these programs keep \
                     people from a few days up to two weeks: 3 to 10 days around 5 (×0.6 to ×2).",
                ),
                ModerateMedical | Other => seed(
                    SEED_ROADMAP,
                    "Average stays range from 3-5 to 7-10 days (Table 3): 3 to 10 days around 5 \
                     (×0.6 to ×2).",
                ),
                CrisisRespite => seed(
                    SEED_ROADMAP,
                    "Stays 'limited to a few days and no more than a week': 3 to 7 days around 5 \
                     (×0.6 to ×1.4).",
                ),
                PeerRespite => seed(
                    SEED_ROADMAP,
                    "Average stays range from 3-5 to 7-10 days (Table 3); guests may stay several \
                     days (seed 002: a few days to a few weeks): 3 to 10 days around 5 (×0.6 to \
                     ×2).",
                ),
                LivingRoom => assumption(
                    "Living Rooms serve people for hours to days: 12 hours to 2 days around 1 day \
                     (×0.5 to ×2).",
                ),
                Sud => assumption(
                    "Withdrawal management and sobering stays of a few days: 3 to 7 days around 5 \
                     (×0.6 to ×1.4).",
                ),
                Typical => seed(
                    SEED_TBD,
                    "'The typical 3-10 day stay that most clients experience': 3 to 10 days around \
                     5 (×0.6 to ×2).",
                ),
            }
        }
        InputId::ReceivingStay => assumption(
            "23-hour observation: from 12 hours to the 23-hour limit, around the assumed 18 \
             hours.",
        ),
        InputId::InpatientStay => assumption(
            "5 to 10 days around the assumed 7-day stay: replace with your hospitals' range.",
        ),
        InputId::MobileBusyHours => assumption(
            "1.5 to 3 hours around 2: about 3 hours in rural areas, shorter calls in a dense city \
             (×0.75 to ×1.5).",
        ),
        InputId::LineMinutes => {
            assumption("10 to 20 minutes of talk and wrap-up around 15 (×0.67 to ×1.33).")
        }
        _ => return None,
    })
}

/// The self-assessment scores: entered by the user on the Roadmap's scale.
fn assessment_source(field: &str) -> Option<Source> {
    let known = match field.strip_prefix("assessment.scores") {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(crate::scenario::checklist::is_item),
        None => false,
    };
    known.then_some(publication(
        crate::scenario::checklist::REPORT_CARD,
        "Entered by the user: your score of each item on the Roadmap's 1-5 scale, from not \
         started to functioning well; when between two levels, pick the lower.",
    ))
}

fn source_of_other(preset: PresetId, field: &str) -> Option<Source> {
    if let Some(rest) = field.strip_prefix("inventory.") {
        return inventory_source(rest);
    }
    if let Some(rest) = field.strip_prefix("uncertainty.") {
        return uncertainty_source(preset, rest);
    }
    if field.starts_with("assessment.") {
        return assessment_source(field);
    }
    if let Some(rest) = field.strip_prefix("funding.") {
        return crate::scenario::funding::source(rest).map(|(name, note)| match name {
            Some(name) => publication(name, note),
            None => assumption(note),
        });
    }
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

/// Every input path of a scenario: the inputs that are not numbers, the numbers of the catalog
/// ([`catalog::number_paths`]), the ranges, today's capacity and the scores.
pub fn field_paths(s: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = catalog::OTHER_INPUTS
        .iter()
        .map(|p| p.to_string())
        .collect();
    for youth in [false, true] {
        let programs = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        for k in 0..programs.len() {
            out.extend(
                catalog::OTHER_PROGRAM_INPUTS
                    .iter()
                    .map(|f| catalog::program_path(youth, k, f)),
            );
        }
    }
    out.extend(catalog::number_paths(s));
    out.extend(crate::scenario::ranges::field_paths());
    out.push("inventory.enabled".into());
    for e in crate::scenario::inventory::Entry::all() {
        out.push(e.capacity_path());
        out.push(e.cost_path());
    }
    out.extend(
        crate::scenario::funding::OTHER_INPUTS
            .iter()
            .map(|p| p.to_string()),
    );
    out.push("assessment.scores".into());
    out.extend(
        s.assessment
            .scores
            .keys()
            .filter(|id| crate::scenario::checklist::is_item(id))
            .map(|id| format!("assessment.scores.{id}")),
    );
    out
}

/// The Spanish of every source note, by its English text (see [`Source::note_in`]).
const NOTES_ES: &[(&str, &str)] = &[
    (
        "$100-200 per staffed team-hour: two staff at about $35-50 an hour with benefits, plus supervision, vehicle and overhead. Replace with your budget.",
        "$100-$200 por hora-equipo con personal: dos personas a unos $35-$50 la hora con prestaciones, más supervisión, vehículo y gastos generales. Reemplácelo con su presupuesto.",
    ),
    (
        "$400-800 per dispatch: replace with your payment rate.",
        "$400-$800 por despacho: reemplácelo con su tarifa de pago.",
    ),
    (
        "$60,000-90,000 a year per counselor with benefits and overhead: replace with your budget.",
        "$60,000-$90,000 al año por consejero, con prestaciones y gastos generales: reemplácelo con su presupuesto.",
    ),
    (
        "$600-1,000 per chair-day assumed (between a high-medical crisis bed and a hospital day): replace with your facility's rate.",
        "Se suponen $600-$1,000 por sillón-día (entre una cama de crisis de alta participación médica y un día de hospital): reemplácelo con la tarifa de su centro.",
    ),
    (
        "'200 individuals per 100,000 residents per month' (Crisis Now flow data from Phoenix, Arizona). The 2022 Crisis Resource Need Calculator uses 230 episodes needing an in-person response.",
        "\"200 personas por cada 100,000 residentes al mes\" (datos del flujo de Crisis Now de Phoenix, Arizona). La Crisis Resource Need Calculator de 2022 usa 230 episodios que necesitan una respuesta en persona.",
    ),
    (
        "'200 individuals per 100,000 residents per month': the low end is the default itself (×1).",
        "\"200 personas por cada 100,000 residentes al mes\": el extremo bajo es el propio valor predeterminado (×1).",
    ),
    (
        "'If that percentage is even as low as 30%': the share of crisis presentations served in crisis residential settings in the worked example.",
        "\"Aunque ese porcentaje sea tan bajo como el 30%\": la proporción de casos de crisis atendidos en entornos residenciales de crisis en el ejemplo práctico.",
    ),
    (
        "'If that percentage is even as low as 30%': the worked example's 30% is the low end (×1).",
        "\"Aunque ese porcentaje sea tan bajo como el 30%\": el 30% del ejemplo práctico es el extremo bajo (×1).",
    ),
    (
        "'The typical 3-10 day stay that most clients experience': 3 to 10 days around 5 (×0.6 to ×2).",
        "\"La estadía típica de 3 a 10 días que tienen la mayoría de los clientes\": de 3 a 10 días alrededor de 5 (×0.6 a ×2).",
    ),
    (
        "'There must be similar availability of all applicable elements of the continuum for children and youth.'",
        "\"Debe haber una disponibilidad similar de todos los elementos aplicables del continuo para niños y jóvenes\".",
    ),
    (
        "1,750 productive hours a year: 2,080 paid hours less leave, holidays and training.",
        "1,750 horas productivas al año: 2,080 horas pagadas menos licencias, feriados y capacitación.",
    ),
    (
        "1.5 to 3 hours around 2: about 3 hours in rural areas, shorter calls in a dense city (×0.75 to ×1.5).",
        "De 1.5 a 3 horas alrededor de 2: unas 3 horas en zonas rurales, llamadas más cortas en una ciudad densa (×0.75 a ×1.5).",
    ),
    (
        "10 to 20 minutes of talk and wrap-up around 15 (×0.67 to ×1.33).",
        "De 10 a 20 minutos de conversación y cierre alrededor de 15 (×0.67 a ×1.33).",
    ),
    (
        "10,000 draws: enough that the 10th, 50th and 90th percentiles move little from one seed to another.",
        "10,000 simulaciones: suficientes para que los percentiles 10, 50 y 90 cambien poco de una semilla aleatoria a otra.",
    ),
    (
        "100 simulated years for each program: enough to know the share of time full to within a fraction of a percentage point; more years narrow the confidence intervals.",
        "100 años simulados para cada programa: suficientes para conocer la proporción del tiempo sin camas libres con un margen de una fracción de punto porcentual; más años estrechan los intervalos de confianza.",
    ),
    (
        "110 youth episodes per 100,000 youth residents a month: with 22% of residents under 18 this gives about 12% as many youth episodes as adult ones, in line with seed 002 (002_293f36c7aa45bd89.txt), where about 12% of crisis residential programs serve youth. Replace with local data.",
        "110 episodios de jóvenes por cada 100,000 residentes jóvenes al mes: con un 22% de residentes menores de 18 años, esto da cerca de un 12% de episodios de jóvenes respecto de los de adultos, en línea con el documento fuente 002 (002_293f36c7aa45bd89.txt), donde cerca del 12% de los programas residenciales de crisis atienden a jóvenes. Reemplácelo con datos locales.",
    ),
    (
        "14% go to an emergency department.",
        "El 14% va a una sala de emergencias.",
    ),
    (
        "15 minutes of talk and wrap-up a contact.",
        "15 minutos de conversación y cierre por contacto.",
    ),
    (
        "150 contacts per 100,000 residents a month: roughly the national 988 Lifeline volume in its first years (about 5 million contacts a year for about 330 million people, some 125 per 100,000 a month) plus local crisis lines. Replace with your call center's data.",
        "150 contactos por cada 100,000 residentes al mes: aproximadamente el volumen nacional de la línea 988 en sus primeros años (unos 5 millones de contactos al año para unos 330 millones de personas, unos 125 por cada 100,000 al mes) más las líneas de crisis locales. Reemplácelo con los datos de su centro de llamadas.",
    ),
    (
        "2 hours a dispatch (travel, time on scene, hand-off) in urban areas; use about 3 in rural areas.",
        "2 horas por despacho (traslado, tiempo en el lugar, entrega) en zonas urbanas; use unas 3 en zonas rurales.",
    ),
    (
        "2 staff a team (seed 004, 004_b2b0e137abf430a1.txt: multidisciplinary teams, 24 hours a day, 7 days a week, 365 days a year).",
        "2 personas por equipo (documento fuente 004, 004_b2b0e137abf430a1.txt: equipos multidisciplinarios, las 24 horas del día, los 7 días de la semana, los 365 días del año).",
    ),
    (
        "20% either side of the shares sent to residential care (×0.8 to ×1.2; for Crisis Now, 35% of receiving facility visits becomes 28% to 42%); the seeds give no range for this flow.",
        "20% por encima y por debajo de las proporciones enviadas a atención residencial (×0.8 a ×1.2; en Crisis Now, el 35% de las visitas al centro de recepción pasa a ser de 28% a 42%); los documentos fuente no dan un rango para este flujo.",
    ),
    (
        "23-hour observation: from 12 hours to the 23-hour limit, around the assumed 18 hours.",
        "Observación de 23 horas: desde 12 horas hasta el límite de 23 horas, alrededor de las 18 horas supuestas.",
    ),
    (
        "23-hour observation: nobody stays a full day and many leave within hours; a mean stay of 18 hours (0.75 day) is assumed.",
        "Observación de 23 horas: nadie se queda un día completo y muchos se van en pocas horas; se supone una estadía promedio de 18 horas (0.75 días).",
    ),
    (
        "230 episodes per 100,000 needing an in-person response: 15% above seed 003's 200 (×1.15).",
        "230 episodios por cada 100,000 que necesitan una respuesta en persona: 15% por encima de los 200 del documento fuente 003 (×1.15).",
    ),
    (
        "25% of short-term crisis bed stays step up to inpatient care.",
        "El 25% de las estadías en camas de crisis de corto plazo pasa a hospitalización.",
    ),
    (
        "30% of mobile team contacts go on to a receiving facility; the rest are resolved on scene.",
        "El 30% de los contactos de los equipos móviles pasa a un centro de recepción de crisis; el resto se resuelve en el lugar.",
    ),
    (
        "30% of paid time away from contacts: breaks, training, supervision, meetings.",
        "El 30% del tiempo pagado fuera de los contactos: pausas, capacitación, supervisión, reuniones.",
    ),
    (
        "32% of episodes needing in-person care go to a mobile crisis team.",
        "El 32% de los episodios que necesitan atención en persona va a un equipo móvil de crisis.",
    ),
    (
        "35% of receiving facility visits go on to a short-term crisis bed.",
        "El 35% de las visitas al centro de recepción pasa a una cama de crisis de corto plazo.",
    ),
    (
        "5 days, as in the worked example: set locally.",
        "5 días, como en el ejemplo práctico: defínalo localmente.",
    ),
    (
        "5 to 10 days around the assumed 7-day stay: replace with your hospitals' range.",
        "De 5 a 10 días alrededor de la estadía supuesta de 7 días: reemplácelo con el rango de sus hospitales.",
    ),
    (
        "54% go to a crisis receiving facility (23-hour observation).",
        "El 54% va a un centro de recepción de crisis (observación de 23 horas).",
    ),
    (
        "86% of crisis presentations were diverted from hospitalization in the Phoenix data: 14% go to inpatient care.",
        "El 86% de los casos de crisis se desvió de la hospitalización en los datos de Phoenix: el 14% va a hospitalización.",
    ),
    (
        "90% of contacts answered within the answer target.",
        "El 90% de los contactos se atiende dentro del objetivo de respuesta.",
    ),
    (
        "90% of requests meet the response target.",
        "El 90% de las solicitudes cumple el objetivo de respuesta.",
    ),
    (
        "A balance of higher- and lower-acuity programs with peer support, as seed 003 recommends (003_d551ced1080a9b42.txt); the seed gives no shares: set your own mix.",
        "Un equilibrio de programas de mayor y menor agudeza con apoyo de pares, como recomienda el documento fuente 003 (003_d551ced1080a9b42.txt); el documento no da proporciones: defina su propia combinación.",
    ),
    (
        "A category of the Residential Crisis Program Continuum.",
        "Una categoría del Residential Crisis Program Continuum (continuo de programas residenciales de crisis).",
    ),
    (
        "A coefficient of variation of 1: stays as varied as exponential ones (for a 5-day mean, 90% of stays between about 1 and 14 days, close to seed 003's 'a few days up to two weeks').",
        "Un coeficiente de variación de 1: estadías tan variables como las exponenciales (para un promedio de 5 días, el 90% de las estadías entre 1 y 14 días aproximadamente, cerca de \"de unos pocos días hasta dos semanas\" del documento fuente 003).",
    ),
    (
        "A crisis residential program as surveyed in the TBD Solutions handbook.",
        "Un programa residencial de crisis como los encuestados en el manual de TBD Solutions.",
    ),
    (
        "A fixed seed, recorded in the scenario, so that the same scenario (and a shared link) gives the same figures; change it to see how much the figures move by chance alone.",
        "Una semilla aleatoria fija, guardada en el escenario, para que el mismo escenario (y un enlace compartido) dé las mismas cifras; cámbiela para ver cuánto se mueven las cifras solo por azar.",
    ),
    (
        "A free team within 10 minutes, leaving most of the Crisis Roadmap's one hour to be on site for travel.",
        "Un equipo disponible en 10 minutos, lo que deja la mayor parte de la hora del Crisis Roadmap para llegar al lugar.",
    ),
    (
        "A mean psychiatric inpatient stay of 7 days: replace with your hospitals' figure.",
        "Una estadía promedio de hospitalización psiquiátrica de 7 días: reemplácela con la cifra de sus hospitales.",
    ),
    (
        "A program described locally.",
        "Un programa descrito localmente.",
    ),
    (
        "About the US share of residents under 18: use your census figure.",
        "Aproximadamente la proporción de residentes menores de 18 años en EE. UU.: use la cifra de su censo.",
    ),
    (
        "An average stay of five days, as in the worked example (seed 002: typical stays of 3-10 days).",
        "Una estadía promedio de cinco días, como en el ejemplo práctico (documento fuente 002: estadías típicas de 3 a 10 días).",
    ),
    (
        "Average stays from 3-5 to 7-10 days (Table 3); 5 days as in the worked example.",
        "Estadías promedio de 3-5 a 7-10 días (Tabla 3); 5 días como en el ejemplo práctico.",
    ),
    (
        "Average stays range from 3-5 to 7-10 days (Table 3), and these programs keep people from a few days up to two weeks: 3 to 10 days around 5 (×0.6 to ×2).",
        "Las estadías promedio van de 3-5 a 7-10 días (Tabla 3), y estos programas atienden a las personas desde unos pocos días hasta dos semanas: de 3 a 10 días alrededor de 5 (×0.6 a ×2).",
    ),
    (
        "Average stays range from 3-5 to 7-10 days (Table 3): 3 to 10 days around 5 (×0.6 to ×2).",
        "Las estadías promedio van de 3-5 a 7-10 días (Tabla 3): de 3 a 10 días alrededor de 5 (×0.6 a ×2).",
    ),
    (
        "Average stays range from 3-5 to 7-10 days (Table 3); guests may stay several days (seed 002: a few days to a few weeks): 3 to 10 days around 5 (×0.6 to ×2).",
        "Las estadías promedio van de 3-5 a 7-10 días (Tabla 3); los huéspedes pueden quedarse varios días (documento fuente 002: de unos pocos días a unas pocas semanas): de 3 a 10 días alrededor de 5 (×0.6 a ×2).",
    ),
    (
        "Blank: enter the name of your county or region.",
        "En blanco: ingrese el nombre de su condado o región.",
    ),
    (
        "Calls answered within 30, 25, 20 or 15 seconds at levels 2 to 5; 20 seconds is level 4.",
        "Llamadas atendidas en 30, 25, 20 o 15 segundos en los niveles 2 a 5; 20 segundos es el nivel 4.",
    ),
    (
        "Crisis call centers provide frontline support in the crisis services continuum.",
        "Los centros de llamadas de crisis brindan apoyo de primera línea en el continuo de servicios de crisis.",
    ),
    (
        "Criterion 5: utilization from 50% to 95%, 'with the programs being full no more than 5% of days' (the Erlang loss model turns this into beds).",
        "Criterio 5: utilización de 50% a 95%, \"con los programas llenos no más del 5% de los días\" (el modelo de pérdida de Erlang convierte esto en camas).",
    ),
    (
        "Emergency department episodes go to inpatient care (100%).",
        "Los episodios de la sala de emergencias van a hospitalización (100%).",
    ),
    (
        "Entered by the user: off until you enter what your community has today; turn it on to compare today's capacity with the need.",
        "Lo ingresa el usuario: desactivado hasta que ingrese lo que su comunidad tiene hoy; actívelo para comparar la capacidad actual con la necesidad.",
    ),
    (
        "Entered by the user: what this costs a year today; leave it empty to cost today's capacity at the scenario's unit cost.",
        "Lo ingresa el usuario: lo que esto cuesta al año hoy; déjelo vacío para calcular el costo de la capacidad actual con el costo unitario del escenario.",
    ),
    (
        "Entered by the user: what your community has today (0, none, until you enter it).",
        "Lo ingresa el usuario: lo que su comunidad tiene hoy (0, nada, hasta que lo ingrese).",
    ),
    (
        "Entered by the user: your score of each item on the Roadmap's 1-5 scale, from not started to functioning well; when between two levels, pick the lower.",
        "Lo ingresa el usuario: su calificación de cada elemento en la escala de 1 a 5 de la Hoja de ruta de crisis, desde no iniciado hasta funcionando bien; si está entre dos niveles, elija el más bajo.",
    ),
    (
        "Every item is scored on a 1-5 scale from not started to fully implemented and functioning well; between two scores, choose the lower. (Not among the seeds; the level descriptions here paraphrase its anchors.)",
        "Cada elemento se califica en una escala de 1 a 5, desde sin iniciar hasta totalmente implementado y funcionando bien; entre dos calificaciones, elija la más baja. (No está entre los documentos fuente; las descripciones de los niveles aquí parafrasean sus anclas.)",
    ),
    (
        "Full no more than 5% of days (criterion 5). For the occupancy rule, 85% is a convention (Green 2002, 'How many hospital beds?', shows it leaves small units short).",
        "Llenos no más del 5% de los días (criterio 5). Para la regla de ocupación, 85% es una convención (Green 2002, \"How many hospital beds?\", muestra que deja cortas a las unidades pequeñas).",
    ),
    (
        "Guests may stay up to several days (seed 002: a few days to a few weeks); 5 days as in the worked example.",
        "Los huéspedes pueden quedarse hasta varios días (documento fuente 002: de unos pocos días a unas pocas semanas); 5 días como en el ejemplo práctico.",
    ),
    (
        "Hospitals cost $800-1,200 per day.",
        "Los hospitales cuestan $800-$1,200 por día.",
    ),
    (
        "Crisis Services, in the Framework's list of services of an ideal system.",
        "Crisis Services (servicios de crisis), en la lista de servicios de un sistema ideal del Framework.",
    ),
    (
        "Living Rooms, in the Categorization of Residential Crisis Programs.",
        "Los programas Living Room (sala de estar), en la Categorization of Residential Crisis Programs (clasificación de programas residenciales de crisis).",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 1.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 1.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 2.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 2.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 3.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 3.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 4.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 4.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 5.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 5.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 6.",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 6.",
    ),
    (
        "Measurable Criteria for an Ideal System, criterion 7 (its four bullets, joined).",
        "Measurable Criteria for an Ideal System (criterios medibles de un sistema ideal), criterio 7 (sus cuatro viñetas, unidas).",
    ),
    (
        "Seed 001 (001_34aad73059ae8cb3.txt) also lists short-term residential services for children, youth, and adults.",
        "El documento fuente 001 (001_34aad73059ae8cb3.txt) también incluye servicios residenciales de corto plazo para niños, jóvenes y adultos.",
    ),
    (
        "In the Phoenix data 54% of crisis presentations went to some form of crisis residential setting: 54% is the high end (×1.8 of 30%).",
        "En los datos de Phoenix, el 54% de los casos de crisis fue a algún tipo de entorno residencial de crisis: 54% es el extremo alto (×1.8 del 30%).",
    ),
    (
        "Living Rooms serve people for hours to days: 12 hours to 2 days around 1 day (×0.5 to ×2).",
        "Los programas Living Room (sala de estar) atienden a las personas durante horas o días: de 12 horas a 2 días alrededor de 1 día (×0.5 a ×2).",
    ),
    (
        "Living Rooms serve people for hours to days; seed 003 gives no figure. 1 day assumed: set locally.",
        "Los programas Living Room (sala de estar) atienden a las personas durante horas o días; el documento fuente 003 no da una cifra. Se supone 1 día: defínalo localmente.",
    ),
    (
        "Log-normal stays: most stays short, a few long. Erlang B's share of time full does not depend on this choice; the share of days with a full moment does.",
        "Estadías log-normales: la mayoría cortas, unas pocas largas. La proporción del tiempo sin camas libres de Erlang B no depende de esta elección; la proporción de días con algún momento sin camas libres sí.",
    ),
    (
        "Maximum utilization of 95% (criterion 5).",
        "Utilización máxima de 95% (criterio 5).",
    ),
    (
        "No crisis continuum in the counterfactual, so no crisis line is costed.",
        "Sin continuo de crisis en el escenario hipotético, así que no se cuenta el costo de una línea de crisis.",
    ),
    (
        "No crisis continuum in the counterfactual: 0%.",
        "Sin continuo de crisis en el escenario hipotético: 0%.",
    ),
    (
        "Not given by seed 003 (ASAM levels 3.1D to 3.7D vary widely): set locally. $200-400 a day assumed: a local value to replace.",
        "No lo da el documento fuente 003 (los niveles ASAM 3.1D a 3.7D varían mucho): defínalo localmente. Se suponen $200-$400 al día: un valor local que reemplazar.",
    ),
    (
        "Not given by seed 003: set locally. $200-400 a day assumed (peer staffing with medical and nursing capability): a local value to replace.",
        "No lo da el documento fuente 003: defínalo localmente. Se suponen $200-$400 al día (personal de pares con capacidad médica y de enfermería): un valor local que reemplazar.",
    ),
    (
        "Not part of the published flow: 0%.",
        "No forma parte del flujo publicado: 0%.",
    ),
    (
        "Occupied bed-days: what a payer pays for days of care. Choose staffed beds for a program funded for its capacity.",
        "Días-cama ocupados: lo que un pagador paga por los días de atención. Elija camas con personal para un programa financiado por su capacidad.",
    ),
    (
        "One program for all residential admissions, as in the worked example (100%).",
        "Un solo programa para todos los ingresos residenciales, como en el ejemplo práctico (100%).",
    ),
    (
        "Seed 003 (003_d551ced1080a9b42.txt): unit cost 'usually under $100 per day'. $50 (Table 3's lowest program cost) to $100, default $75: an assumption.",
        "Documento fuente 003 (003_d551ced1080a9b42.txt): costo unitario \"por lo general menos de $100 por día\". De $50 (el costo más bajo de un programa en la Tabla 3) a $100, $75 de forma predeterminada: un supuesto.",
    ),
    (
        "Seed 003 Table 3: programs cost $50-500 a day; $100-500 assumed: set locally.",
        "Documento fuente 003, Tabla 3: los programas cuestan $50-$500 al día; se suponen $100-$500: defínalo localmente.",
    ),
    (
        "Staffed team-hours: teams on duty around the clock, paid whether busy or not.",
        "Horas-equipo con personal: equipos de turno las 24 horas, pagados estén ocupados o no.",
    ),
    (
        "Stays 'limited to a few days and no more than a week': 3 to 7 days around 5 (×0.6 to ×1.4).",
        "Estadías \"limitadas a unos pocos días y no más de una semana\": de 3 a 7 días alrededor de 5 (×0.6 a ×1.4).",
    ),
    (
        "Stays from a few days up to two weeks; 5 days as in the worked example.",
        "Estadías desde unos pocos días hasta dos semanas; 5 días como en el ejemplo práctico.",
    ),
    (
        "Stays limited to a few days and no more than a week; 5 days as in the worked example.",
        "Estadías limitadas a unos pocos días y no más de una semana; 5 días como en el ejemplo práctico.",
    ),
    (
        "The adult Crisis Now share, assumed for youth: replace with local data.",
        "La proporción de adultos de Crisis Now, supuesta para jóvenes: reemplácela con datos locales.",
    ),
    (
        "The counterfactual: without a crisis continuum, every episode is seen in an emergency department (100%).",
        "El escenario hipotético: sin un continuo de crisis, cada episodio se atiende en una sala de emergencias (100%).",
    ),
    (
        "The program's share of residential admissions: set your own mix.",
        "La proporción de ingresos residenciales del programa: defina su propia combinación.",
    ),
    (
        "The target counts the requests that get a free team within a short wait.",
        "El objetivo cuenta las solicitudes que obtienen un equipo disponible tras una espera corta.",
    ),
    (
        "The typical case: the plan as calculated. 80% or 90% is a choice, not a standard.",
        "El caso típico: el plan tal como se calcula. El 80% o el 90% es una elección, no una norma.",
    ),
    (
        "The worked example counts all ages in one stream, so the youth stream is off.",
        "El ejemplo práctico cuenta todas las edades en una sola población, así que los servicios para jóvenes están desactivados.",
    ),
    (
        "The worked example counts residential and inpatient care only: 0%.",
        "El ejemplo práctico cuenta solo la atención residencial y la hospitalización: 0%.",
    ),
    (
        "The worked example's community of 500,000 people: enter your own population.",
        "La comunidad de 500,000 personas del ejemplo práctico: ingrese su propia población.",
    ),
    (
        "The youth rate is itself an assumption: 25% either side of it (×0.75 to ×1.25).",
        "La tasa de jóvenes es en sí un supuesto: 25% por encima y por debajo (×0.75 a ×1.25).",
    ),
    (
        "Typical crisis residential programs cost about $300-450 a day, about 50-60% of a psychiatric hospital day.",
        "Los programas residenciales de crisis típicos cuestan unos $300-$450 al día, cerca del 50-60% de un día de hospital psiquiátrico.",
    ),
    (
        "Unit cost usually $100-200 per day.",
        "Costo unitario por lo general de $100-$200 por día.",
    ),
    (
        "Unit cost usually $250-300 per day.",
        "Costo unitario por lo general de $250-$300 por día.",
    ),
    (
        "Unit cost usually $400-500 per day.",
        "Costo unitario por lo general de $400-$500 por día.",
    ),
    (
        "Usually no more than 16 beds, because of the Medicaid Institutions for Mental Disease (IMD) restriction.",
        "Por lo general no más de 16 camas, por la restricción de Medicaid para Institutions for Mental Disease (IMD, instituciones para enfermedades mentales).",
    ),
    (
        "Withdrawal management and sobering stays of a few days: 3 to 7 days around 5 (×0.6 to ×1.4).",
        "Estadías de manejo de la abstinencia y en centros de sobriedad de unos pocos días: de 3 a 7 días alrededor de 5 (×0.6 a ×1.4).",
    ),
    (
        "Withdrawal management and sobering stays of a few days; seed 003 gives no figure. 5 days assumed, as in the worked example: set locally.",
        "Estadías de manejo de la abstinencia y en centros de sobriedad de unos pocos días; el documento fuente 003 no da una cifra. Se suponen 5 días, como en el ejemplo práctico: defínalo localmente.",
    ),
    (
        "Without residential crisis care 'almost all those individuals would have needed hospitalization': the 36.26% of Crisis Now episodes that reached residential (22.26%) or inpatient care (14%) are hospitalized.",
        "Sin atención residencial de crisis, \"casi todas esas personas habrían necesitado hospitalización\": el 36.26% de los episodios de Crisis Now que llegaron a atención residencial (22.26%) u hospitalaria (14%) son hospitalizados.",
    ),
    (
        "Youth mix: mostly a youth crisis residential program, with crisis respite, which seed 003 (003_d551ced1080a9b42.txt) names as valuable for families caring for children; the seed gives no shares: set your own mix.",
        "Combinación para jóvenes: principalmente un programa residencial de crisis para jóvenes, con respiro de crisis, que el documento fuente 003 (003_d551ced1080a9b42.txt) considera valioso para las familias que cuidan a niños; el documento no da proporciones: defina su propia combinación.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::presets::preset;

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
