//! The Roadmap's criteria as a self-assessment: a checklist of the seven measurable criteria of
//! an ideal residential crisis continuum (seed 003, "Measurable Criteria for an Ideal System")
//! and of the crisis services seed 001 lists, each scored by the user on the Roadmap's 1-5 scale
//! ([`LEVELS`]; when between two levels, pick the lower: [`SCALE_RULE`]).
//!
//! The scores live in the scenario ([`Assessment`], `"assessment": {"scores": {"criterion-5": 3}}`
//! in the JSON and the link); unscored items are simply absent. [`assess`] puts each item's
//! text, source and score beside the model's own judgement where the figures allow one:
//!
//! - criterion 5: each residential program between 50% and 95% utilization and full on no more
//!   than 5% of days (the utilization part only; the level-of-care criteria are the user's);
//! - criterion 7: each of the four essential elements present;
//! - criterion 1 (its youth part) and the youth item: youth services beside adult ones;
//! - the services the model sizes (crisis line, mobile teams, peer respite, Living Room, crisis
//!   residential, the receiving facility as a 24/7 walk-in center, withdrawal management):
//!   present or not.
//!
//! A judgement is met / not met / not judged with a one-line reason, never a 1-5 level: the
//! figures show whether something exists and how full it would be, not how well it works. It is
//! made on today's capacity when the inventory is filled in ([`Basis::Today`]) and on the plan
//! otherwise ([`Basis::Plan`]), and says which. Only a judgement about today can contradict a
//! score ([`Judgement::note_on_score`]).
//!
//! The scale's level descriptions are not in the seeds: they paraphrase the Crisis Roadmap's
//! Report Card (crisisroadmap.com/roadmap/report-card), which scores every item on this scale.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::format::{count, number, percent};
use crate::gap::{GapResults, Service};
use crate::inventory::residential_noun;
use crate::results::Results;
use crate::scenario::{ProgramKind, Scenario};
use crate::sources::{Source, SEED_ROADMAP};
use crate::validate::Problem;

/// HSRI, Framework for an Ideal Behavioral Health System (2025): its list of crisis services.
pub const SEED_HSRI: &str = "001_34aad73059ae8cb3.txt";

/// The Crisis Roadmap's Report Card, the source of the 1-5 scale's level descriptions.
pub const REPORT_CARD: &str =
    "Crisis Roadmap, Roadmap Report Card (crisisroadmap.com/roadmap/report-card)";

/// Whether an item is one of seed 003's criteria or one of the listed services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Criterion,
    Service,
}

/// One checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    /// The id used in `assessment.scores` (`criterion-5`, `mobile-crisis`).
    pub id: &'static str,
    pub group: Group,
    /// A short title.
    pub title: &'static str,
    /// The criterion's or service's text, quoted from the source.
    pub text: &'static str,
    pub source: Source,
}

const fn criterion(
    id: &'static str,
    title: &'static str,
    text: &'static str,
    note: &'static str,
) -> Item {
    Item {
        id,
        group: Group::Criterion,
        title,
        text,
        source: Source::Seed {
            file: SEED_ROADMAP,
            note,
        },
    }
}

const fn service(id: &'static str, title: &'static str, text: &'static str) -> Item {
    Item {
        id,
        group: Group::Service,
        title,
        text,
        source: Source::Seed {
            file: SEED_HSRI,
            note: "Crisis Services, in the Framework's list of services of an ideal system.",
        },
    }
}

/// Every checklist item: seed 003's seven criteria, then seed 001's crisis services, with the
/// Living Room (seed 003) and youth services (seeds 003 and 001) added.
pub const ITEMS: [Item; 23] = [
    criterion(
        "criterion-1",
        "A comprehensive array for adults and youth",
        "There is a comprehensive array of residential crisis services for adults and youth. The \
         components of the array are centered on a data-based analysis of community needs and \
         resources to maximize hospital diversion and stepdown and facilitate easy access for \
         individuals in need.",
        "Measurable Criteria for an Ideal System, criterion 1.",
    ),
    criterion(
        "criterion-2",
        "Adequate cost-based rates from many payers",
        "All components of this continuum are funded with adequate cost-based rates by multiple \
         public and private payers. Any necessary service (e.g., medication evaluation) that is \
         not part of the cost-based all-inclusive rate should be billed separately.",
        "Measurable Criteria for an Ideal System, criterion 2.",
    ),
    criterion(
        "criterion-3",
        "Smooth movement in any direction, monitored for quality",
        "All residential crisis services are designed so individuals can move smoothly in any \
         direction through the continuum, including hospital step-down, and do not fall through \
         the cracks. Each residential crisis program is monitored for quality indicators related \
         to denial of admissions, facilitation of transitions and appropriateness of discharge.",
        "Measurable Criteria for an Ideal System, criterion 3.",
    ),
    criterion(
        "criterion-4",
        "Co-occurring capable",
        "All residential crisis services are monitored for co-occurring capability and designed \
         to welcome individuals who may be actively using substances along with mental health \
         symptoms.",
        "Measurable Criteria for an Ideal System, criterion 4.",
    ),
    criterion(
        "criterion-5",
        "Consistent level-of-care criteria; utilization 50-95%, full at most 5% of days",
        "The continuum is designed using consistent LOC criteria (e.g., LOCUS Level 5, ASAM Level \
         3) to determine appropriateness of utilization with the expectation that there will be \
         minimum utilization of 50% and maximum utilization of 95%, with the programs being full \
         no more than 5% of days each.",
        "Measurable Criteria for an Ideal System, criterion 5.",
    ),
    criterion(
        "criterion-6",
        "Adequate volume and flexibility",
        "The continuum of residential crisis services has adequate volume and flexibility to \
         meet the needs of the population. Services in urban areas require a diverse array of \
         specific programs, while services in rural areas require flexibility to adjust capacity \
         according to need.",
        "Measurable Criteria for an Ideal System, criterion 6.",
    ),
    criterion(
        "criterion-7",
        "The essential elements",
        "The essential elements of this continuum include provision for: residential crisis \
         programs with higher medical/nursing involvement to maximize hospital diversion \
         capability for individuals seeking services voluntarily; residential crisis programs \
         with lower medical/nursing involvement to facilitate access for individuals who are in \
         less severe crises, to prevent further decompensation; peer respite services and/or \
         Living Rooms (peer support should be incorporated in all residential crisis services, \
         in addition to the availability of services that are peer-operated or peer-driven); \
         adequate services for individuals who are intoxicated, including those who need \
         medically monitored withdrawal, as well as specific programs designed for individuals \
         seeking entry into SUD treatment and/or a safe place to get sober.",
        "Measurable Criteria for an Ideal System, criterion 7 (its four bullets, joined).",
    ),
    service("warm-line", "Warm line", "Warm line"),
    service(
        "crisis-line",
        "Crisis line (988)",
        "24/7 crisis hotline and text line services (e.g., 988)",
    ),
    service("peer-respite", "Peer respite", "Peer respite"),
    service("open-dialogue", "Open dialogue", "Open dialogue"),
    service(
        "mobile-crisis",
        "Mobile crisis teams",
        "Mobile crisis services",
    ),
    service(
        "non-police-response",
        "Non-law-enforcement crisis response",
        "Non-law enforcement crisis response services",
    ),
    service(
        "in-home-family",
        "In-home family crisis intervention",
        "In-home family crisis intervention",
    ),
    service(
        "walk-in-center",
        "24/7 crisis walk-in center",
        "Urgent care services 24/7 crisis walk-in centers",
    ),
    service(
        "psychiatric-er",
        "Psychiatric emergency room",
        "Psychiatric emergency room",
    ),
    service(
        "crisis-residential",
        "Crisis stabilization, residential and respite",
        "Crisis stabilization/residential/respite services",
    ),
    service(
        "non-police-transport",
        "Non-law-enforcement transport",
        "Non-law enforcement crisis transportation",
    ),
    service(
        "detox",
        "Medical and social detox",
        "Medical and social detox",
    ),
    service(
        "opioid-treatment",
        "Immediate treatment for opioid use disorder",
        "Access to immediate medication-assisted treatment for opioid use disorder",
    ),
    service(
        "overdose-response",
        "Overdose response",
        "Overdose response services",
    ),
    Item {
        id: "living-room",
        group: Group::Service,
        title: "Living Room",
        text: "A highly recommended model is known as a Living Room, which cojoins the presence \
               of a welcoming, no force first, highly staffed peer respite environment with the \
               medical, nursing and clinical capabilities of one of the first two types of \
               residential crisis programs.",
        source: Source::Seed {
            file: SEED_ROADMAP,
            note: "Living Rooms, in the Categorization of Residential Crisis Programs.",
        },
    },
    Item {
        id: "youth",
        group: Group::Service,
        title: "Crisis services for children and youth",
        text: "There must be similar availability of all applicable elements of the continuum \
               for children and youth.",
        source: Source::Seed {
            file: SEED_ROADMAP,
            note: "Seed 001 (001_34aad73059ae8cb3.txt) also lists short-term residential \
                   services for children, youth, and adults.",
        },
    },
];

/// The item with an id.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id == id)
}

/// One level of the 1-5 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Level {
    pub score: u8,
    pub name: &'static str,
    pub description: &'static str,
}

/// The Roadmap's 1-5 scale, from not started to functioning well (paraphrasing the Report
/// Card's anchors; see [`SCALE_SOURCE`]).
pub const LEVELS: [Level; 5] = [
    Level {
        score: 1,
        name: "Not started",
        description: "Not yet on the community's radar, or the barriers look too great to begin; \
                      just getting started.",
    },
    Level {
        score: 2,
        name: "Initial progress",
        description: "Some awareness that this is a goal and first efforts to explore it, but no \
                      concrete plans or movement yet.",
    },
    Level {
        score: 3,
        name: "Early implementation",
        description: "Active steps have begun toward putting it in place: early implementation, \
                      or about halfway there.",
    },
    Level {
        score: 4,
        name: "Substantial progress",
        description: "Active steps toward full implementation; still incomplete, with the intent \
                      to go further.",
    },
    Level {
        score: 5,
        name: "Functioning well",
        description: "In place and working well: nearly or fully complete.",
    },
];

/// How to score between two levels.
pub const SCALE_RULE: &str = "When you find yourself between two levels, pick the lower one; the \
                              higher one can become a short- or medium-term goal. There is no \
                              perfect overall score: the scale is for discussing where the \
                              community stands and what to do next.";

/// The source of the scale.
pub const SCALE_SOURCE: Source = Source::Publication {
    name: REPORT_CARD,
    note: "Every item is scored on a 1-5 scale from not started to fully implemented and \
           functioning well; between two scores, choose the lower. (Not among the seeds; the \
           level descriptions here paraphrase its anchors.)",
};

/// The level with a score (1 to 5).
pub fn level(score: u8) -> Option<&'static Level> {
    LEVELS.iter().find(|l| l.score == score)
}

/// The user's self-assessment scores, part of the scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assessment {
    /// Scores by item id, each a whole number from 1 to 5; unscored items are absent. A `null`
    /// reads as unscored.
    #[serde(deserialize_with = "scores_without_nulls")]
    pub scores: BTreeMap<String, f64>,
}

fn scores_without_nulls<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, f64>, D::Error> {
    let raw = BTreeMap::<String, Option<f64>>::deserialize(d)?;
    Ok(raw
        .into_iter()
        .filter_map(|(k, v)| v.map(|x| (k, x)))
        .collect())
}

impl Assessment {
    /// The score of an item, if it is scored with a whole number from 1 to 5.
    pub fn score(&self, id: &str) -> Option<u8> {
        let x = *self.scores.get(id)?;
        (x.fract() == 0.0 && (1.0..=5.0).contains(&x)).then_some(x as u8)
    }

    /// Score an item (`None` clears the score).
    pub fn set_score(&mut self, id: &str, score: Option<u8>) {
        match score {
            Some(x) => {
                self.scores.insert(id.to_string(), f64::from(x));
            }
            None => {
                self.scores.remove(id);
            }
        }
    }
}

/// The assessment's problems: scores that are not whole numbers from 1 to 5, and ids that are
/// not checklist items (one problem naming them, at `assessment.scores`). Called by
/// [`crate::validate()`].
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    for (id, &x) in &s.assessment.scores {
        match item(id) {
            None => unknown.push(id),
            Some(it) => {
                if !(x.is_finite() && x.fract() == 0.0 && (1.0..=5.0).contains(&x)) {
                    out.push(Problem {
                        field: format!("assessment.scores.{id}"),
                        message: format!(
                            "The score of \"{}\" must be a whole number from 1 to 5 (the \
                             Roadmap's scale), or left unscored.",
                            it.title
                        ),
                    });
                }
            }
        }
    }
    if !unknown.is_empty() {
        let shown: Vec<String> = unknown
            .iter()
            .take(5)
            .map(|id| format!("\"{}\"", id.chars().take(40).collect::<String>()))
            .collect();
        let more = if unknown.len() > 5 {
            format!(" and {} more", count(unknown.len() as u64 - 5))
        } else {
            String::new()
        };
        out.push(Problem {
            field: "assessment.scores".into(),
            message: format!(
                "Unknown checklist item {}{more}. The items are {}.",
                shown.join(", "),
                ITEMS.map(|i| i.id).join(", ")
            ),
        });
    }
    out
}

/// What the model makes of an item from the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The figures show the criterion met (for a service: it exists).
    Met,
    /// The figures show it not met (for a service: it does not exist).
    NotMet,
    /// The figures cannot say.
    NotJudged,
}

/// What a judgement looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Today's capacity (the inventory is filled in).
    Today,
    /// The planned capacity (the inventory is off).
    Plan,
}

/// The model's judgement of one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgement {
    pub verdict: Verdict,
    pub basis: Basis,
    /// One line: what the figures show and what they cannot.
    pub reason: String,
    /// One line per program or element checked.
    pub details: Vec<String>,
}

impl Judgement {
    /// A remark when a score contradicts what today's figures show (5, functioning well, for
    /// something they show missing or outside the criterion; 1, not started, for something they
    /// show in place). Judgements of the plan never contradict a score of today.
    pub fn note_on_score(&self, score: u8) -> Option<String> {
        if self.basis != Basis::Today {
            return None;
        }
        match (self.verdict, score) {
            (Verdict::NotMet, 5) => Some(format!(
                "You scored 5 (functioning well), but today's figures do not show it met: {}",
                self.reason
            )),
            (Verdict::Met, 1) => Some(format!(
                "You scored 1 (not started), but today's figures show it in place: {}",
                self.reason
            )),
            _ => None,
        }
    }
}

/// One line of the checklist: the item, the user's score and the model's judgement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistRow {
    pub item: Item,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Judgement>,
    /// [`Judgement::note_on_score`] of the score, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The whole self-assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SelfAssessment {
    /// What the model's judgements look at.
    pub basis: Basis,
    /// Every item, criteria first, in the order of [`ITEMS`].
    pub rows: Vec<ChecklistRow>,
    /// Items scored.
    pub scored: usize,
    /// Items scored at each level, 1 to 5.
    pub by_level: [usize; 5],
}

impl Results {
    /// The self-assessment of these results' scenario ([`assess`]).
    pub fn self_assessment(&self) -> SelfAssessment {
        assess(self)
    }
}

/// The checklist with the scenario's scores and the model's judgements.
pub fn assess(r: &Results) -> SelfAssessment {
    let gap = r.gap();
    let facts = Facts::new(r, gap.as_ref());
    let scores = &r.scenario().assessment;
    let mut by_level = [0usize; 5];
    let rows: Vec<ChecklistRow> = ITEMS
        .iter()
        .map(|it| {
            let score = scores.score(it.id);
            if let Some(x) = score {
                by_level[usize::from(x) - 1] += 1;
            }
            let judgement = facts.judge(it.id);
            let note = match (&judgement, score) {
                (Some(j), Some(x)) => j.note_on_score(x),
                _ => None,
            };
            ChecklistRow {
                item: *it,
                score,
                judgement,
                note,
            }
        })
        .collect();
    SelfAssessment {
        basis: facts.basis,
        scored: by_level.iter().sum(),
        rows,
        by_level,
    }
}

/// The model's judgement of one item (`None` for an item the figures say nothing about, or an
/// unknown id).
pub fn judge(r: &Results, id: &str) -> Option<Judgement> {
    let gap = r.gap();
    Facts::new(r, gap.as_ref()).judge(id)
}

/// Criterion 7's four essential elements and the program types that provide each.
const ELEMENTS: [(&str, &[ProgramKind]); 4] = [
    (
        "higher medical/nursing involvement",
        &[ProgramKind::HighMedical],
    ),
    (
        "lower medical/nursing involvement",
        &[ProgramKind::ModerateMedical, ProgramKind::CrisisRespite],
    ),
    (
        "peer respite and/or a Living Room",
        &[ProgramKind::PeerRespite, ProgramKind::LivingRoom],
    ),
    (
        "services for people who are intoxicated or need withdrawal management",
        &[ProgramKind::Sud],
    ),
];

/// The facts a judgement needs, on one basis.
struct Facts<'a> {
    r: &'a Results,
    s: &'a Scenario,
    gap: Option<&'a GapResults>,
    basis: Basis,
}

/// Capacity of one service: a count and its words, or nothing.
type Found = Option<String>;

impl<'a> Facts<'a> {
    fn new(r: &'a Results, gap: Option<&'a GapResults>) -> Facts<'a> {
        let s = r.scenario();
        let basis = if s.inventory.enabled {
            Basis::Today
        } else {
            Basis::Plan
        };
        Facts { r, s, gap, basis }
    }

    fn today(&self) -> bool {
        self.basis == Basis::Today
    }

    /// "in today's inventory" / "in the plan".
    fn where_(&self) -> &'static str {
        if self.today() {
            "in today's inventory"
        } else {
            "in the plan"
        }
    }

    fn beds(n: f64, what: &str) -> Found {
        (n > 0.0).then(|| format!("{} {what}", number(n)))
    }

    /// Residential beds of a type, in a stream.
    fn residential(&self, kind: ProgramKind, youth: bool) -> Found {
        let what = if youth {
            format!("youth {}", residential_noun(kind))
        } else {
            residential_noun(kind).to_string()
        };
        if self.today() {
            let inv = if youth {
                &self.s.inventory.youth_residential
            } else {
                &self.s.inventory.residential
            };
            return Facts::beds(inv.get(kind).capacity, &what);
        }
        let st = if youth {
            self.r.youth.as_ref()?
        } else {
            &self.r.adult
        };
        let n: u64 = st
            .programs
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| p.facility.beds)
            .sum();
        Facts::beds(n as f64, &what)
    }

    /// Residential beds of any type in a stream.
    fn any_residential(&self, youth: bool) -> Found {
        let n: f64 = if self.today() {
            let inv = if youth {
                &self.s.inventory.youth_residential
            } else {
                &self.s.inventory.residential
            };
            inv.total_beds()
        } else {
            match (youth, self.r.youth.as_ref()) {
                (false, _) => self.r.adult.residential.beds as f64,
                (true, Some(y)) => y.residential.beds as f64,
                (true, None) => 0.0,
            }
        };
        let what = if youth {
            "youth residential crisis beds"
        } else {
            "residential crisis beds"
        };
        Facts::beds(n, what)
    }

    fn receiving(&self, youth: bool) -> Found {
        let n = if self.today() {
            if youth {
                self.s.inventory.youth_receiving.capacity
            } else {
                self.s.inventory.receiving.capacity
            }
        } else {
            match (youth, self.r.youth.as_ref()) {
                (false, _) => self.r.adult.receiving.beds as f64,
                (true, Some(y)) => y.receiving.beds as f64,
                (true, None) => 0.0,
            }
        };
        let what = if youth {
            "youth receiving-facility chairs"
        } else {
            "receiving-facility chairs"
        };
        Facts::beds(n, what)
    }

    fn inpatient(&self, youth: bool) -> Found {
        let n = if self.today() {
            if youth {
                self.s.inventory.youth_inpatient.capacity
            } else {
                self.s.inventory.inpatient.capacity
            }
        } else {
            match (youth, self.r.youth.as_ref()) {
                (false, _) => self.r.adult.inpatient.beds as f64,
                (true, Some(y)) => y.inpatient.beds as f64,
                (true, None) => 0.0,
            }
        };
        let what = if youth {
            "youth psychiatric inpatient beds"
        } else {
            "psychiatric inpatient beds"
        };
        Facts::beds(n, what)
    }

    fn judgement(&self, verdict: Verdict, reason: String, details: Vec<String>) -> Judgement {
        Judgement {
            verdict,
            basis: self.basis,
            reason,
            details,
        }
    }

    /// Met when something is there, not met when it is not.
    fn presence(&self, found: Vec<Found>, what: &str, caveat: &str) -> Judgement {
        let found: Vec<String> = found.into_iter().flatten().collect();
        if found.is_empty() {
            self.judgement(
                Verdict::NotMet,
                format!("No {what} {}.{caveat}", self.where_()),
                Vec::new(),
            )
        } else {
            let w = self.where_();
            let w = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            self.judgement(
                Verdict::Met,
                format!("{w}: {}.{caveat}", found.join(", ")),
                Vec::new(),
            )
        }
    }

    fn kinds_either_stream(&self, kinds: &[ProgramKind]) -> Vec<Found> {
        kinds
            .iter()
            .flat_map(|&k| [self.residential(k, false), self.residential(k, true)])
            .collect()
    }

    fn judge(&self, id: &str) -> Option<Judgement> {
        Some(match id {
            "criterion-1" => self.criterion_1(),
            "criterion-5" => self.criterion_5(),
            "criterion-7" => self.criterion_7(),
            "youth" => self.youth(),
            "crisis-line" => {
                let found = if self.today() {
                    let fte = self.s.inventory.crisis_line.capacity;
                    (fte > 0.0).then(|| format!("{} crisis-line counselor FTE", number(fte)))
                } else {
                    let l = &self.r.crisis_line;
                    (l.enabled && l.on_duty > 0).then(|| {
                        format!(
                            "{} counselors on duty around the clock ({} FTE)",
                            count(l.on_duty),
                            number(l.fte)
                        )
                    })
                };
                self.presence(vec![found], "crisis line", "")
            }
            "mobile-crisis" => {
                let n = if self.today() {
                    self.s.inventory.mobile.capacity
                } else {
                    self.r.mobile.teams as f64
                };
                self.presence(
                    vec![Facts::beds(n, "mobile crisis teams on duty")],
                    "mobile crisis teams",
                    "",
                )
            }
            "peer-respite" => self.presence(
                self.kinds_either_stream(&[ProgramKind::PeerRespite]),
                "peer-run respite",
                "",
            ),
            "living-room" => self.presence(
                self.kinds_either_stream(&[ProgramKind::LivingRoom]),
                "Living Room",
                "",
            ),
            "detox" => self.presence(
                self.kinds_either_stream(&[ProgramKind::Sud]),
                "withdrawal management or sobering program",
                " (The model's withdrawal management and sobering program type.)",
            ),
            "crisis-residential" => self.presence(
                vec![self.any_residential(false), self.any_residential(true)],
                "residential crisis beds",
                "",
            ),
            "walk-in-center" => self.presence(
                vec![self.receiving(false), self.receiving(true)],
                "crisis receiving facility",
                " (Counted as the crisis receiving facility: 23-hour observation chairs.)",
            ),
            _ => return None,
        })
    }

    /// Criterion 1, its youth part: residential crisis capacity for adults and for youth.
    fn criterion_1(&self) -> Judgement {
        let caveat = " The model checks only that adults and youth both have residential crisis \
                      beds; whether the array is comprehensive and rests on a data-based \
                      analysis is yours to judge.";
        if !self.today() && self.r.youth.is_none() {
            return self.judgement(
                Verdict::NotJudged,
                format!(
                    "The youth stream is off, so the plan sizes no separate youth services (an \
                     all-ages plan may still serve youth).{caveat}"
                ),
                Vec::new(),
            );
        }
        let adult = self.any_residential(false);
        let youth = self.any_residential(true);
        let details: Vec<String> = [("Adults", &adult), ("Youth", &youth)]
            .iter()
            .map(|(who, f)| match f {
                Some(x) => format!("{who}: {x}."),
                None => format!("{who}: none."),
            })
            .collect();
        let (verdict, head) = match (&adult, &youth) {
            (Some(_), Some(_)) => (
                Verdict::Met,
                format!(
                    "Adults and youth both have residential crisis beds {}.",
                    self.where_()
                ),
            ),
            (Some(_), None) => (
                Verdict::NotMet,
                format!("No youth residential crisis beds {}.", self.where_()),
            ),
            (None, Some(_)) => (
                Verdict::NotMet,
                format!("No adult residential crisis beds {}.", self.where_()),
            ),
            (None, None) => (
                Verdict::NotMet,
                format!("No residential crisis beds {}.", self.where_()),
            ),
        };
        self.judgement(verdict, format!("{head}{caveat}"), details)
    }

    /// Criterion 5: each residential program between 50% and 95% utilization and full on at
    /// most 5% of days.
    fn criterion_5(&self) -> Judgement {
        // (label, beds, utilization, days full)
        let mut programs: Vec<(String, f64, f64, f64)> = Vec::new();
        if let (true, Some(g)) = (self.today(), self.gap) {
            for row in g.rows.iter().filter(|r| r.service == Service::Residential) {
                if let (true, Some(l)) = (row.today > 0.0, row.loss) {
                    programs.push((
                        row.label.clone(),
                        row.today,
                        l.utilization_today,
                        l.days_full_today,
                    ));
                }
            }
        } else if !self.today() {
            for (youth, st) in [(false, Some(&self.r.adult)), (true, self.r.youth.as_ref())] {
                let Some(st) = st else { continue };
                for p in st.programs.iter().filter(|p| p.facility.beds > 0) {
                    let label = if youth {
                        format!("Youth: {}", p.name)
                    } else {
                        p.name.clone()
                    };
                    programs.push((
                        label,
                        p.facility.beds as f64,
                        p.facility.utilization,
                        p.facility.days_full,
                    ));
                }
            }
        }
        let at = if self.today() {
            "at today's capacity"
        } else {
            "at the planned capacity"
        };
        let caveat = " The model checks utilization only, from the modelled demand (compare with \
                      your programs' records); consistent level-of-care criteria (LOCUS Level 5, \
                      ASAM Level 3) are yours to judge.";
        if programs.is_empty() {
            return self.judgement(
                Verdict::NotJudged,
                format!(
                    "No residential crisis program {}: no utilization to check.{caveat}",
                    self.where_()
                ),
                Vec::new(),
            );
        }
        let eps = 1e-9;
        let mut outside = 0usize;
        let details: Vec<String> = programs
            .iter()
            .map(|(label, beds, u, b)| {
                let verdict = if *u < 0.5 - eps {
                    "below the 50% minimum"
                } else if *u > 0.95 + eps {
                    "above the 95% maximum"
                } else if *b > 0.05 + eps {
                    "full on more than 5% of days"
                } else {
                    "within the criterion"
                };
                if verdict != "within the criterion" {
                    outside += 1;
                }
                format!(
                    "{label}: {} beds, {} in use on an average day, full on {} of days: {verdict}.",
                    number(*beds),
                    percent(*u),
                    percent(*b)
                )
            })
            .collect();
        let n = programs.len();
        let (verdict, head) = if outside == 0 {
            (
                Verdict::Met,
                format!(
                    "{} {at} would be used 50% to 95% and full on no more than 5% of days.",
                    if n == 1 {
                        "The residential program".to_string()
                    } else {
                        format!("All {n} residential programs")
                    }
                ),
            )
        } else {
            (
                Verdict::NotMet,
                format!(
                    "{outside} of {n} residential programs {at} would be outside 50% to 95% \
                     utilization or full on more than 5% of days."
                ),
            )
        };
        self.judgement(verdict, format!("{head}{caveat}"), details)
    }

    /// Criterion 7: the four essential elements present.
    fn criterion_7(&self) -> Judgement {
        let mut missing = Vec::new();
        let mut details = Vec::new();
        for (name, kinds) in ELEMENTS {
            let found: Vec<String> = self
                .kinds_either_stream(kinds)
                .into_iter()
                .flatten()
                .collect();
            if found.is_empty() {
                missing.push(name);
                details.push(format!("Programs with {name}: none {}.", self.where_()));
            } else {
                details.push(format!("Programs with {name}: {}.", found.join(", ")));
            }
        }
        let generic: Vec<String> = self
            .kinds_either_stream(&[ProgramKind::Typical, ProgramKind::Other])
            .into_iter()
            .flatten()
            .collect();
        if !generic.is_empty() && !missing.is_empty() {
            details.push(format!(
                "Also {}: {}; a typical (all types) or other program does not show which \
                 elements it provides: record its beds by program type to check.",
                self.where_(),
                generic.join(", ")
            ));
        }
        let caveat = " The model checks that each element exists, not how it is run (for example \
                      peer support in every program).";
        if missing.is_empty() {
            self.judgement(
                Verdict::Met,
                format!("All four essential elements are {}.{caveat}", self.where_()),
                details,
            )
        } else {
            self.judgement(
                Verdict::NotMet,
                format!(
                    "Missing {}: programs with {}.{caveat}",
                    self.where_(),
                    missing.join("; ")
                ),
                details,
            )
        }
    }

    /// Youth: every service adults have, youth have too (receiving facility, residential crisis
    /// beds, inpatient beds).
    fn youth(&self) -> Judgement {
        if !self.today() && self.r.youth.is_none() {
            return self.judgement(
                Verdict::NotJudged,
                "The youth stream is off, so the plan sizes no separate youth services (an \
                 all-ages plan may still serve youth)."
                    .into(),
                Vec::new(),
            );
        }
        let pairs = [
            (
                "crisis receiving facility",
                self.receiving(false),
                self.receiving(true),
            ),
            (
                "residential crisis beds",
                self.any_residential(false),
                self.any_residential(true),
            ),
            (
                "psychiatric inpatient beds",
                self.inpatient(false),
                self.inpatient(true),
            ),
        ];
        let mut details = Vec::new();
        let mut missing = Vec::new();
        let mut compared = 0;
        for (name, adult, youth) in &pairs {
            let Some(a) = adult else { continue };
            compared += 1;
            let title = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
            match youth {
                Some(y) => details.push(format!("{title}: adults have {a}; youth have {y}.")),
                None => {
                    details.push(format!("{title}: adults have {a}; youth have none."));
                    missing.push(*name);
                }
            }
        }
        // Residential types adults have and youth do not: for the user to weigh.
        let types: Vec<&str> = ProgramKind::ALL
            .iter()
            .filter(|&&k| {
                self.residential(k, false).is_some() && self.residential(k, true).is_none()
            })
            .map(|&k| k.label())
            .collect();
        if !types.is_empty() {
            details.push(format!(
                "Residential program types adults have and youth do not: {} (judge whether they \
                 apply to children and youth).",
                types.join(", ")
            ));
        }
        let caveat = " Mobile teams and the crisis line serve both ages.";
        if compared == 0 {
            return self.judgement(
                Verdict::NotJudged,
                format!(
                    "No adult receiving, residential or inpatient capacity {} to compare youth \
                     services with.{caveat}",
                    self.where_()
                ),
                details,
            );
        }
        if missing.is_empty() {
            self.judgement(
                Verdict::Met,
                format!(
                    "Youth have each of the {compared} facility services adults have {}.{caveat}",
                    self.where_()
                ),
                details,
            )
        } else {
            self.judgement(
                Verdict::NotMet,
                format!(
                    "Adults have them but youth do not, {}: {}.{caveat}",
                    self.where_(),
                    missing.join(", ")
                ),
                details,
            )
        }
    }
}
