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
//! Language: the items, levels and scale rule are written in English beside their Spanish
//! ([`Item::title_in`], [`Item::text_in`] (a translation of the quoted source), [`Level::name_in`],
//! [`Level::description_in`], [`scale_rule`]; the sources' notes through
//! [`Source::note_in`](crate::scenario::sources::Source::note_in)). [`assess_in`],
//! [`Results::self_assessment_in`], [`judge_in`] and [`Judgement::note_on_score_in`] write the
//! judgements' reasons, details and notes in a language; [`Verdict::label_in`] and
//! [`Basis::label_in`] name the verdicts and what they look at. The English functions are the
//! `Lang::En` ones.
//!
//! The scale's level descriptions are not in the seeds: they paraphrase the Crisis Roadmap's
//! Report Card (crisisroadmap.com/roadmap/report-card), which scores every item on this scale.

use serde::Serialize;

use crate::analysis::gap::{GapResults, Service};
use crate::eval::results::Results;
use crate::input::presets::program_name_in;
use crate::scenario::inventory::Entry;
use crate::scenario::sources::{Source, SEED_ROADMAP};
use crate::scenario::{ProgramKind, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

pub use crate::scenario::checklist::{
    is_item, item_ids, title_of, Assessment, REPORT_CARD, SEED_HSRI, TITLES,
};

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

const fn criterion(i: usize, text: &'static str, note: &'static str) -> Item {
    Item {
        id: TITLES[i].0,
        group: Group::Criterion,
        title: TITLES[i].1,
        text,
        source: Source::Seed {
            file: SEED_ROADMAP,
            note,
        },
    }
}

const fn service(i: usize, text: &'static str) -> Item {
    Item {
        id: TITLES[i].0,
        group: Group::Service,
        title: TITLES[i].1,
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
        0,
        "There is a comprehensive array of residential crisis services for adults and youth. The \
         components of the array are centered on a data-based analysis of community needs and \
         resources to maximize hospital diversion and stepdown and facilitate easy access for \
         individuals in need.",
        "Measurable Criteria for an Ideal System, criterion 1.",
    ),
    criterion(
        1,
        "All components of this continuum are funded with adequate cost-based rates by multiple \
         public and private payers. Any necessary service (e.g., medication evaluation) that is \
         not part of the cost-based all-inclusive rate should be billed separately.",
        "Measurable Criteria for an Ideal System, criterion 2.",
    ),
    criterion(
        2,
        "All residential crisis services are designed so individuals can move smoothly in any \
         direction through the continuum, including hospital step-down, and do not fall through \
         the cracks. Each residential crisis program is monitored for quality indicators related \
         to denial of admissions, facilitation of transitions and appropriateness of discharge.",
        "Measurable Criteria for an Ideal System, criterion 3.",
    ),
    criterion(
        3,
        "All residential crisis services are monitored for co-occurring capability and designed \
         to welcome individuals who may be actively using substances along with mental health \
         symptoms.",
        "Measurable Criteria for an Ideal System, criterion 4.",
    ),
    criterion(
        4,
        "The continuum is designed using consistent LOC criteria (e.g., LOCUS Level 5, ASAM Level \
         3) to determine appropriateness of utilization with the expectation that there will be \
         minimum utilization of 50% and maximum utilization of 95%, with the programs being full \
         no more than 5% of days each.",
        "Measurable Criteria for an Ideal System, criterion 5.",
    ),
    criterion(
        5,
        "The continuum of residential crisis services has adequate volume and flexibility to \
         meet the needs of the population. Services in urban areas require a diverse array of \
         specific programs, while services in rural areas require flexibility to adjust capacity \
         according to need.",
        "Measurable Criteria for an Ideal System, criterion 6.",
    ),
    criterion(
        6,
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
    service(7, "Warm line"),
    service(8, "24/7 crisis hotline and text line services (e.g., 988)"),
    service(9, "Peer respite"),
    service(10, "Open dialogue"),
    service(11, "Mobile crisis services"),
    service(12, "Non-law enforcement crisis response services"),
    service(13, "In-home family crisis intervention"),
    service(14, "Urgent care services 24/7 crisis walk-in centers"),
    service(15, "Psychiatric emergency room"),
    service(16, "Crisis stabilization/residential/respite services"),
    service(17, "Non-law enforcement crisis transportation"),
    service(18, "Medical and social detox"),
    service(
        19,
        "Access to immediate medication-assisted treatment for opioid use disorder",
    ),
    service(20, "Overdose response services"),
    Item {
        id: TITLES[21].0,
        group: Group::Service,
        title: TITLES[21].1,
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
        id: TITLES[22].0,
        group: Group::Service,
        title: TITLES[22].1,
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

impl Item {
    /// The title in a language.
    pub fn title_in(&self, lang: Lang) -> &'static str {
        title_of(self.id, lang).unwrap_or(self.title)
    }

    /// The text in a language: the English quote, or its Spanish translation.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.text,
            // the Spanish of each quoted text, by the item's id
            Lang::Es => match self.id {
                "criterion-1" => {
                    "Existe una gama integral de servicios residenciales de crisis para adultos y \
                     jóvenes. Los componentes de la gama se basan en un análisis de datos de las \
                     necesidades y los recursos de la comunidad, para maximizar el desvío de la \
                     hospitalización y la transición escalonada desde el hospital, y facilitar el acceso \
                     de las personas que lo necesitan."
                }
                "criterion-2" => {
                    "Todos los componentes de este continuo se financian con tarifas adecuadas basadas \
                     en costos, pagadas por múltiples pagadores públicos y privados. Cualquier servicio \
                     necesario (por ejemplo, la evaluación de la medicación) que no forme parte de la \
                     tarifa integral basada en costos debe facturarse por separado."
                }
                "criterion-3" => {
                    "Todos los servicios residenciales de crisis están diseñados para que las personas \
                     puedan moverse con fluidez en cualquier dirección a lo largo del continuo, incluida \
                     la transición escalonada desde el hospital, sin quedar desatendidas. Cada programa \
                     residencial de crisis se supervisa con indicadores de calidad sobre la denegación de \
                     ingresos, la facilitación de las transiciones y la idoneidad del alta."
                }
                "criterion-4" => {
                    "Todos los servicios residenciales de crisis se supervisan en cuanto a su capacidad \
                     de atender trastornos concurrentes y están diseñados para acoger a personas que \
                     puedan estar consumiendo sustancias activamente además de tener síntomas de salud \
                     mental."
                }
                "criterion-5" => {
                    "El continuo se diseña con criterios uniformes de nivel de atención (LOC) (por \
                     ejemplo, LOCUS nivel 5, ASAM nivel 3) para determinar la idoneidad de la \
                     utilización, con la expectativa de una utilización mínima del 50% y máxima del \
                     95%, y de que cada programa esté lleno no más del 5% de los días."
                }
                "criterion-6" => {
                    "El continuo de servicios residenciales de crisis tiene el volumen y la flexibilidad \
                     adecuados para satisfacer las necesidades de la población. Los servicios en zonas \
                     urbanas requieren una gama diversa de programas específicos, mientras que los \
                     servicios en zonas rurales requieren flexibilidad para ajustar la capacidad según la \
                     necesidad."
                }
                "criterion-7" => {
                    "Los elementos esenciales de este continuo incluyen prever: programas residenciales \
                     de crisis con mayor participación médica/de enfermería, para maximizar la capacidad \
                     de desvío de la hospitalización de las personas que buscan servicios \
                     voluntariamente; programas residenciales de crisis con menor participación \
                     médica/de enfermería, para facilitar el acceso de las personas en crisis menos \
                     graves y prevenir una mayor descompensación; servicios de respiro dirigido por pares \
                     y/o programas Living Room (sala de estar) (el apoyo de pares debería incorporarse en todos \
                     los servicios residenciales de crisis, además de contar con servicios operados o \
                     dirigidos por pares); servicios adecuados para personas intoxicadas, incluidas las \
                     que necesitan manejo de la abstinencia con supervisión médica, así como programas \
                     específicos diseñados para personas que buscan ingresar a tratamiento por trastornos \
                     por consumo de sustancias (SUD) y/o un lugar seguro para recuperar la sobriedad."
                }
                "warm-line" => "Línea de apoyo emocional (warm line)",
                "crisis-line" => {
                    "Servicios de línea telefónica y de mensajes de texto para crisis las 24 horas, los 7 \
                     días (por ejemplo, 988)"
                }
                "peer-respite" => "Respiro dirigido por pares",
                "open-dialogue" => "Diálogo abierto (Open Dialogue)",
                "mobile-crisis" => "Servicios móviles de crisis",
                "non-police-response" => {
                    "Servicios de respuesta a crisis sin participación de las fuerzas del orden"
                }
                "in-home-family" => "Intervención en crisis familiares en el hogar",
                "walk-in-center" => {
                    "Servicios de atención urgente: centros de crisis sin cita previa abiertos las 24 \
                     horas, los 7 días"
                }
                "psychiatric-er" => "Sala de emergencias psiquiátricas",
                "crisis-residential" => "Servicios de estabilización de crisis/residenciales/de respiro",
                "non-police-transport" => "Transporte en crisis sin participación de las fuerzas del orden",
                "detox" => "Desintoxicación médica y social",
                "opioid-treatment" => {
                    "Acceso inmediato a tratamiento asistido con medicamentos para el trastorno por \
                     consumo de opioides"
                }
                "overdose-response" => "Servicios de respuesta a sobredosis",
                "living-room" => {
                    "Un modelo muy recomendado es el llamado Living Room (sala de estar), que une la \
                     presencia de un entorno de respiro dirigido por pares acogedor, en el que lo \
                     primero es no usar la fuerza (no force first) y con abundante personal, con las \
                     capacidades médicas, de enfermería y clínicas de uno de los dos primeros tipos de \
                     programas residenciales de crisis."
                }
                "youth" => {
                    "Debe haber una disponibilidad similar de todos los elementos aplicables del \
                     continuo para niños y jóvenes."
                }
                _ => self.text,
            },
        }
    }
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

/// [`SCALE_RULE`] in a language.
pub fn scale_rule(lang: Lang) -> &'static str {
    lang.pick(
        SCALE_RULE,
        "Si se encuentra entre dos niveles, elija el más bajo; el más alto puede convertirse en \
         un objetivo a corto o mediano plazo. No existe una calificación global perfecta: la escala \
         sirve para conversar sobre dónde está la comunidad y qué hacer a continuación.",
    )
}

impl Level {
    /// The level's name in a language.
    pub fn name_in(&self, lang: Lang) -> &'static str {
        let es = match self.score {
            1 => "Sin iniciar",
            2 => "Progreso inicial",
            3 => "Implementación temprana",
            4 => "Progreso sustancial",
            5 => "Funciona bien",
            _ => return self.name,
        };
        lang.pick(self.name, es)
    }

    /// The level's description in a language.
    pub fn description_in(&self, lang: Lang) -> &'static str {
        let es = match self.score {
            1 => {
                "Todavía no está en el radar de la comunidad, o los obstáculos parecen demasiado \
                 grandes para empezar; apenas se está comenzando."
            }
            2 => {
                "Hay cierta conciencia de que es un objetivo y primeros esfuerzos por explorarla, \
                 pero todavía sin planes concretos ni avances."
            }
            3 => {
                "Se han dado pasos activos para ponerlo en marcha: implementación temprana, o a \
                 mitad de camino aproximadamente."
            }
            4 => {
                "Pasos activos hacia la implementación completa; todavía incompleta, con la \
                 intención de seguir avanzando."
            }
            5 => "Implementado y funcionando bien: casi o totalmente completo.",
            _ => return self.description,
        };
        lang.pick(self.description, es)
    }
}

/// The level with a score (1 to 5).
pub fn level(score: u8) -> Option<&'static Level> {
    LEVELS.iter().find(|l| l.score == score)
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

impl Verdict {
    /// "Met", "Not met", "Not judged".
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// [`Verdict::label`] in a language: "Cumple", "No cumple", "Sin evaluar".
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Verdict::Met => lang.pick("Met", "Cumple"),
            Verdict::NotMet => lang.pick("Not met", "No cumple"),
            Verdict::NotJudged => lang.pick("Not judged", "Sin evaluar"),
        }
    }
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

impl Basis {
    /// "today's capacity", "the plan".
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// [`Basis::label`] in a language: "la capacidad actual", "el plan".
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Basis::Today => lang.pick("today's capacity", "la capacidad actual"),
            Basis::Plan => lang.pick("the plan", "el plan"),
        }
    }
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
        self.note_on_score_in(score, Lang::En)
    }

    /// [`Judgement::note_on_score`] in a language (the reason is quoted as it is: a judgement
    /// made with [`assess_in`] or [`judge_in`] in the same language reads as one text).
    pub fn note_on_score_in(&self, score: u8, lang: Lang) -> Option<String> {
        if self.basis != Basis::Today {
            return None;
        }
        let reason = &self.reason;
        match (self.verdict, score, lang) {
            (Verdict::NotMet, 5, Lang::En) => Some(format!(
                "You scored 5 (functioning well), but today's figures do not show it met: {reason}"
            )),
            (Verdict::NotMet, 5, Lang::Es) => Some(format!(
                "Le dio una calificación de 5 (funciona bien), pero las cifras actuales no muestran que se cumpla: \
                 {reason}"
            )),
            (Verdict::Met, 1, Lang::En) => Some(format!(
                "You scored 1 (not started), but today's figures show it in place: {reason}"
            )),
            (Verdict::Met, 1, Lang::Es) => Some(format!(
                "Le dio una calificación de 1 (sin iniciar), pero las cifras actuales muestran que ya existe: {reason}"
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
    /// [`Judgement::note_on_score`] of the score, if any (in the language of [`assess_in`]).
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

    /// [`Results::self_assessment`] with the judgements in a language ([`assess_in`]).
    pub fn self_assessment_in(&self, lang: Lang) -> SelfAssessment {
        assess_in(self, lang)
    }
}

/// The checklist with the scenario's scores and the model's judgements.
pub fn assess(r: &Results) -> SelfAssessment {
    assess_in(r, Lang::En)
}

/// [`assess`] with every judgement's reason and details and every note in a language (the
/// items themselves stay as they are: show them with [`Item::title_in`] and [`Item::text_in`]).
pub fn assess_in(r: &Results, lang: Lang) -> SelfAssessment {
    let gap = r.gap_in(lang);
    let facts = Facts::new(r, gap.as_ref(), lang);
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
                (Some(j), Some(x)) => j.note_on_score_in(x, lang),
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
    judge_in(r, id, Lang::En)
}

/// [`judge`] with the reason and details in a language.
pub fn judge_in(r: &Results, id: &str, lang: Lang) -> Option<Judgement> {
    let gap = r.gap_in(lang);
    Facts::new(r, gap.as_ref(), lang).judge(id)
}

/// Criterion 7's four essential elements (in English and Spanish) and the program types that
/// provide each.
const ELEMENTS: [(&str, &str, &[ProgramKind]); 4] = [
    (
        "higher medical/nursing involvement",
        "mayor participación médica/de enfermería",
        &[ProgramKind::HighMedical],
    ),
    (
        "lower medical/nursing involvement",
        "menor participación médica/de enfermería",
        &[ProgramKind::ModerateMedical, ProgramKind::CrisisRespite],
    ),
    (
        "peer respite and/or a Living Room",
        "respiro dirigido por pares y/o un programa Living Room (sala de estar)",
        &[ProgramKind::PeerRespite, ProgramKind::LivingRoom],
    ),
    (
        "services for people who are intoxicated or need withdrawal management",
        "servicios para personas intoxicadas o que necesitan manejo de la abstinencia",
        &[ProgramKind::Sud],
    ),
];

/// The facts a judgement needs, on one basis, and the language it is written in.
struct Facts<'a> {
    r: &'a Results,
    s: &'a Scenario,
    gap: Option<&'a GapResults>,
    basis: Basis,
    lang: Lang,
    f: Format,
}

/// Capacity of one service: a count and its words, or nothing.
type Found = Option<String>;

impl<'a> Facts<'a> {
    fn new(r: &'a Results, gap: Option<&'a GapResults>, lang: Lang) -> Facts<'a> {
        let s = r.scenario();
        let basis = if s.inventory.enabled {
            Basis::Today
        } else {
            Basis::Plan
        };
        Facts {
            r,
            s,
            gap,
            basis,
            lang,
            f: Format::new(lang),
        }
    }

    fn today(&self) -> bool {
        self.basis == Basis::Today
    }

    /// The text for this language.
    fn t(&self, en: &'static str, es: &'static str) -> &'static str {
        self.lang.pick(en, es)
    }

    /// "in today's inventory" / "in the plan".
    fn where_(&self) -> &'static str {
        if self.today() {
            self.t("in today's inventory", "en el inventario actual")
        } else {
            self.t("in the plan", "en el plan")
        }
    }

    /// [`Facts::where_`] at the start of a sentence.
    fn where_capital(&self) -> &'static str {
        if self.today() {
            self.t("In today's inventory", "En el inventario actual")
        } else {
            self.t("In the plan", "En el plan")
        }
    }

    fn beds(&self, n: f64, what: &str) -> Found {
        (n > 0.0).then(|| format!("{} {what}", self.f.number(n)))
    }

    /// Residential beds of a type, in a stream.
    fn residential(&self, kind: ProgramKind, youth: bool) -> Found {
        let what = Entry::Residential { youth, kind }.what_in(self.lang);
        if self.today() {
            let inv = if youth {
                &self.s.inventory.youth_residential
            } else {
                &self.s.inventory.residential
            };
            return self.beds(inv.get(kind).capacity, &what);
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
        self.beds(n as f64, &what)
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
            self.t(
                "youth residential crisis beds",
                "camas residenciales de crisis para jóvenes",
            )
        } else {
            self.t("residential crisis beds", "camas residenciales de crisis")
        };
        self.beds(n, what)
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
        self.beds(n, &Entry::Receiving { youth }.what_in(self.lang))
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
        self.beds(n, &Entry::Inpatient { youth }.what_in(self.lang))
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
            let reason = match self.lang {
                Lang::En => format!("No {what} {}.{caveat}", self.where_()),
                Lang::Es => format!("No hay {what} {}.{caveat}", self.where_()),
            };
            self.judgement(Verdict::NotMet, reason, Vec::new())
        } else {
            self.judgement(
                Verdict::Met,
                format!("{}: {}.{caveat}", self.where_capital(), found.join(", ")),
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
        let f = self.f;
        Some(match id {
            "criterion-1" => self.criterion_1(),
            "criterion-5" => self.criterion_5(),
            "criterion-7" => self.criterion_7(),
            "youth" => self.youth(),
            "crisis-line" => {
                let found = if self.today() {
                    let fte = self.s.inventory.crisis_line.capacity;
                    (fte > 0.0).then(|| match self.lang {
                        Lang::En => format!("{} crisis-line counselor FTE", f.number(fte)),
                        Lang::Es => {
                            format!("{} FTE de consejeros de la línea de crisis", f.number(fte))
                        }
                    })
                } else {
                    let l = &self.r.crisis_line;
                    (l.enabled && l.on_duty > 0).then(|| {
                        let (n, fte) = (f.count(l.on_duty), f.number(l.fte));
                        match self.lang {
                            Lang::En => {
                                format!("{n} counselors on duty around the clock ({fte} FTE)")
                            }
                            Lang::Es => {
                                format!("{n} consejeros de turno las 24 horas ({fte} FTE)")
                            }
                        }
                    })
                };
                self.presence(vec![found], self.t("crisis line", "línea de crisis"), "")
            }
            "mobile-crisis" => {
                let n = if self.today() {
                    self.s.inventory.mobile.capacity
                } else {
                    self.r.mobile.teams as f64
                };
                self.presence(
                    vec![self.beds(n, &Entry::Mobile.what_in(self.lang))],
                    self.t("mobile crisis teams", "equipos móviles de crisis"),
                    "",
                )
            }
            "peer-respite" => self.presence(
                self.kinds_either_stream(&[ProgramKind::PeerRespite]),
                self.t("peer-run respite", "respiro dirigido por pares"),
                "",
            ),
            "living-room" => self.presence(
                self.kinds_either_stream(&[ProgramKind::LivingRoom]),
                self.t("Living Room", "Living Room (sala de estar)"),
                "",
            ),
            "detox" => self.presence(
                self.kinds_either_stream(&[ProgramKind::Sud]),
                self.t(
                    "withdrawal management or sobering program",
                    "programa de manejo de la abstinencia o centro de sobriedad",
                ),
                self.t(
                    " (The model's withdrawal management and sobering program type.)",
                    " (El tipo de programa de manejo de la abstinencia y centro de sobriedad del \
                     modelo.)",
                ),
            ),
            "crisis-residential" => self.presence(
                vec![self.any_residential(false), self.any_residential(true)],
                self.t("residential crisis beds", "camas residenciales de crisis"),
                "",
            ),
            "walk-in-center" => self.presence(
                vec![self.receiving(false), self.receiving(true)],
                self.t("crisis receiving facility", "centro de recepción de crisis"),
                self.t(
                    " (Counted as the crisis receiving facility: 23-hour observation chairs.)",
                    " (Se cuenta como el centro de recepción de crisis: sillones de observación \
                     de 23 horas.)",
                ),
            ),
            _ => return None,
        })
    }

    /// "The youth stream is off, so the plan sizes no separate youth services (…)."
    fn youth_off(&self) -> &'static str {
        self.t(
            "The youth stream is off, so the plan sizes no separate youth services (an all-ages \
             plan may still serve youth).",
            "Los servicios para jóvenes están desactivados, así que el plan no dimensiona servicios \
             separados para jóvenes (un plan para todas las edades puede atender igualmente a \
             jóvenes).",
        )
    }

    /// Criterion 1, its youth part: residential crisis capacity for adults and for youth.
    fn criterion_1(&self) -> Judgement {
        let caveat = self.t(
            " The model checks only that adults and youth both have residential crisis beds; \
             whether the array is comprehensive and rests on a data-based analysis is yours to \
             judge.",
            " El modelo solo comprueba que adultos y jóvenes tengan camas residenciales de \
             crisis; si la gama es integral y se basa en un análisis de datos, le corresponde \
             juzgarlo a usted.",
        );
        if !self.today() && self.r.youth.is_none() {
            return self.judgement(
                Verdict::NotJudged,
                format!("{}{caveat}", self.youth_off()),
                Vec::new(),
            );
        }
        let adult = self.any_residential(false);
        let youth = self.any_residential(true);
        let who = [
            (self.t("Adults", "Adultos"), &adult),
            (self.t("Youth", "Jóvenes"), &youth),
        ];
        let none = self.t("none", "ninguna");
        let details: Vec<String> = who
            .iter()
            .map(|(who, f)| match f {
                Some(x) => format!("{who}: {x}."),
                None => format!("{who}: {none}."),
            })
            .collect();
        let w = self.where_();
        let (verdict, head) = match (&adult, &youth, self.lang) {
            (Some(_), Some(_), Lang::En) => (
                Verdict::Met,
                format!("Adults and youth both have residential crisis beds {w}."),
            ),
            (Some(_), Some(_), Lang::Es) => (
                Verdict::Met,
                format!("Adultos y jóvenes tienen camas residenciales de crisis {w}."),
            ),
            (Some(_), None, Lang::En) => (
                Verdict::NotMet,
                format!("No youth residential crisis beds {w}."),
            ),
            (Some(_), None, Lang::Es) => (
                Verdict::NotMet,
                format!("No hay camas residenciales de crisis para jóvenes {w}."),
            ),
            (None, Some(_), Lang::En) => (
                Verdict::NotMet,
                format!("No adult residential crisis beds {w}."),
            ),
            (None, Some(_), Lang::Es) => (
                Verdict::NotMet,
                format!("No hay camas residenciales de crisis para adultos {w}."),
            ),
            (None, None, Lang::En) => (Verdict::NotMet, format!("No residential crisis beds {w}.")),
            (None, None, Lang::Es) => (
                Verdict::NotMet,
                format!("No hay camas residenciales de crisis {w}."),
            ),
        };
        self.judgement(verdict, format!("{head}{caveat}"), details)
    }

    /// Criterion 5: each residential program between 50% and 95% utilization and full on at
    /// most 5% of days.
    fn criterion_5(&self) -> Judgement {
        let f = self.f;
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
                    let name = program_name_in(&p.name, self.lang);
                    let label = if youth {
                        format!("{}: {name}", self.t("Youth", "Jóvenes"))
                    } else {
                        name
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
            self.t("at today's capacity", "con la capacidad actual")
        } else {
            self.t("at the planned capacity", "con la capacidad planificada")
        };
        let caveat = self.t(
            " The model checks utilization only, from the modelled demand (compare with your \
             programs' records); consistent level-of-care criteria (LOCUS Level 5, ASAM Level 3) \
             are yours to judge.",
            " El modelo solo comprueba la utilización, a partir de la demanda modelada (compárela \
             con los registros de sus programas); los criterios uniformes de nivel de atención \
             (LOCUS nivel 5, ASAM nivel 3) le corresponde juzgarlos a usted.",
        );
        if programs.is_empty() {
            let w = self.where_();
            let reason = match self.lang {
                Lang::En => {
                    format!("No residential crisis program {w}: no utilization to check.{caveat}")
                }
                Lang::Es => format!(
                    "No hay ningún programa residencial de crisis {w}: no hay utilización que \
                     comprobar.{caveat}"
                ),
            };
            return self.judgement(Verdict::NotJudged, reason, Vec::new());
        }
        let eps = 1e-9;
        let (p5, p50, p95) = (f.percent(0.05), f.percent(0.5), f.percent(0.95));
        let mut outside = 0usize;
        let details: Vec<String> = programs
            .iter()
            .map(|(label, beds, u, b)| {
                let verdict = if *u < 0.5 - eps {
                    Some(match self.lang {
                        Lang::En => "below the 50% minimum".to_string(),
                        Lang::Es => format!("por debajo del mínimo del {p50}"),
                    })
                } else if *u > 0.95 + eps {
                    Some(match self.lang {
                        Lang::En => "above the 95% maximum".to_string(),
                        Lang::Es => format!("por encima del máximo del {p95}"),
                    })
                } else if *b > 0.05 + eps {
                    Some(match self.lang {
                        Lang::En => "full on more than 5% of days".to_string(),
                        Lang::Es => format!("llenas más del {p5} de los días"),
                    })
                } else {
                    None
                };
                if verdict.is_some() {
                    outside += 1;
                }
                let verdict = verdict.unwrap_or_else(|| {
                    self.t("within the criterion", "dentro del criterio")
                        .to_string()
                });
                let (n, u, b) = (f.number(*beds), f.percent(*u), f.percent(*b));
                match self.lang {
                    Lang::En => format!(
                        "{label}: {n} beds, {u} in use on an average day, full on {b} of days: \
                         {verdict}."
                    ),
                    Lang::Es => format!(
                        "{label}: {n} {}, {u} en uso en un día promedio, llenas el {b} de los \
                         días: {verdict}.",
                        if *beds == 1.0 { "cama" } else { "camas" }
                    ),
                }
            })
            .collect();
        let n = programs.len();
        let (verdict, head) = match (outside, self.lang) {
            (0, Lang::En) => (
                Verdict::Met,
                format!(
                    "{} {at} would be used {p50} to {p95} and full on no more than {p5} of days.",
                    if n == 1 {
                        "The residential program".to_string()
                    } else {
                        format!("All {n} residential programs")
                    }
                ),
            ),
            (0, Lang::Es) => (
                Verdict::Met,
                if n == 1 {
                    format!(
                        "El programa residencial {at} se usaría entre el {p50} y el {p95} y \
                         estaría lleno como máximo el {p5} de los días."
                    )
                } else {
                    format!(
                        "Los {n} programas residenciales {at} se usarían entre el {p50} y el \
                         {p95} y estarían llenos como máximo el {p5} de los días."
                    )
                },
            ),
            (_, Lang::En) => (
                Verdict::NotMet,
                format!(
                    "{outside} of {n} residential programs {at} would be outside {p50} to {p95} \
                     utilization or full on more than {p5} of days."
                ),
            ),
            (_, Lang::Es) => (
                Verdict::NotMet,
                format!(
                    "{outside} de {n} programas residenciales {at} quedarían fuera de una \
                     utilización del {p50} al {p95} o estarían llenos más del {p5} de los días."
                ),
            ),
        };
        self.judgement(verdict, format!("{head}{caveat}"), details)
    }

    /// Criterion 7: the four essential elements present.
    fn criterion_7(&self) -> Judgement {
        let mut missing = Vec::new();
        let mut details = Vec::new();
        let w = self.where_();
        for (en, es, kinds) in ELEMENTS {
            let name = self.t(en, es);
            let found: Vec<String> = self
                .kinds_either_stream(kinds)
                .into_iter()
                .flatten()
                .collect();
            if found.is_empty() {
                missing.push(name);
                details.push(match self.lang {
                    Lang::En => format!("Programs with {name}: none {w}."),
                    Lang::Es => format!("Programas con {name}: ninguno {w}."),
                });
            } else {
                let found = found.join(", ");
                details.push(match self.lang {
                    Lang::En => format!("Programs with {name}: {found}."),
                    Lang::Es => format!("Programas con {name}: {found}."),
                });
            }
        }
        let generic: Vec<String> = self
            .kinds_either_stream(&[ProgramKind::Typical, ProgramKind::Other])
            .into_iter()
            .flatten()
            .collect();
        if !generic.is_empty() && !missing.is_empty() {
            let generic = generic.join(", ");
            details.push(match self.lang {
                Lang::En => format!(
                    "Also {w}: {generic}; a typical (all types) or other program does not show \
                     which elements it provides: record its beds by program type to check."
                ),
                Lang::Es => format!(
                    "También {w}: {generic}; un programa típico (todos los tipos) u otro \
                     programa no muestra qué elementos ofrece: registre sus camas por tipo de \
                     programa para comprobarlo."
                ),
            });
        }
        let caveat = self.t(
            " The model checks that each element exists, not how it is run (for example peer \
             support in every program).",
            " El modelo comprueba que cada elemento exista, no cómo funciona (por ejemplo, el \
             apoyo de pares en cada programa).",
        );
        if missing.is_empty() {
            let reason = match self.lang {
                Lang::En => format!("All four essential elements are {w}.{caveat}"),
                Lang::Es => format!("Los cuatro elementos esenciales están {w}.{caveat}"),
            };
            self.judgement(Verdict::Met, reason, details)
        } else {
            let missing = missing.join("; ");
            let reason = match self.lang {
                Lang::En => format!("Missing {w}: programs with {missing}.{caveat}"),
                Lang::Es => format!("Faltan {w}: programas con {missing}.{caveat}"),
            };
            self.judgement(Verdict::NotMet, reason, details)
        }
    }

    /// Youth: every service adults have, youth have too (receiving facility, residential crisis
    /// beds, inpatient beds).
    fn youth(&self) -> Judgement {
        if !self.today() && self.r.youth.is_none() {
            return self.judgement(Verdict::NotJudged, self.youth_off().into(), Vec::new());
        }
        // (name, its title, "none" agreeing with it in Spanish, adults, youth)
        let pairs = [
            (
                self.t("crisis receiving facility", "centro de recepción de crisis"),
                self.t("Crisis receiving facility", "Centro de recepción de crisis"),
                "ninguno",
                self.receiving(false),
                self.receiving(true),
            ),
            (
                self.t("residential crisis beds", "camas residenciales de crisis"),
                self.t("Residential crisis beds", "Camas residenciales de crisis"),
                "ninguna",
                self.any_residential(false),
                self.any_residential(true),
            ),
            (
                self.t(
                    "psychiatric inpatient beds",
                    "camas de hospitalización psiquiátrica",
                ),
                self.t(
                    "Psychiatric inpatient beds",
                    "Camas de hospitalización psiquiátrica",
                ),
                "ninguna",
                self.inpatient(false),
                self.inpatient(true),
            ),
        ];
        let mut details = Vec::new();
        let mut missing = Vec::new();
        let mut compared = 0;
        for (name, title, none_es, adult, youth) in &pairs {
            let Some(a) = adult else { continue };
            compared += 1;
            match (youth, self.lang) {
                (Some(y), Lang::En) => {
                    details.push(format!("{title}: adults have {a}; youth have {y}."))
                }
                (Some(y), Lang::Es) => details.push(format!(
                    "{title}: los adultos tienen {a}; los jóvenes tienen {y}."
                )),
                (None, lang) => {
                    details.push(match lang {
                        Lang::En => format!("{title}: adults have {a}; youth have none."),
                        Lang::Es => {
                            format!("{title}: los adultos tienen {a}; los jóvenes, {none_es}.")
                        }
                    });
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
            .map(|&k| k.label_in(self.lang))
            .collect();
        if !types.is_empty() {
            let types = types.join(", ");
            details.push(match self.lang {
                Lang::En => format!(
                    "Residential program types adults have and youth do not: {types} (judge \
                     whether they apply to children and youth)."
                ),
                Lang::Es => format!(
                    "Tipos de programas residenciales que tienen los adultos y no los jóvenes: \
                     {types} (juzgue si se aplican a niños y jóvenes)."
                ),
            });
        }
        let caveat = self.t(
            " Mobile teams and the crisis line serve both ages.",
            " Los equipos móviles y la línea de crisis atienden a ambas edades.",
        );
        let w = self.where_();
        if compared == 0 {
            let reason = match self.lang {
                Lang::En => format!(
                    "No adult receiving, residential or inpatient capacity {w} to compare youth \
                     services with.{caveat}"
                ),
                Lang::Es => format!(
                    "No hay capacidad de recepción, residencial ni hospitalaria para adultos {w} \
                     con la que comparar los servicios para jóvenes.{caveat}"
                ),
            };
            return self.judgement(Verdict::NotJudged, reason, details);
        }
        if missing.is_empty() {
            let reason = match self.lang {
                Lang::En => format!(
                    "Youth have each of the {compared} facility services adults have \
                     {w}.{caveat}"
                ),
                Lang::Es => format!(
                    "Los jóvenes tienen cada uno de los {compared} servicios de centros que tienen \
                     los adultos {w}.{caveat}"
                ),
            };
            self.judgement(Verdict::Met, reason, details)
        } else {
            let missing = missing.join(", ");
            let reason = match self.lang {
                Lang::En => format!("Adults have them but youth do not, {w}: {missing}.{caveat}"),
                Lang::Es => {
                    format!("Los adultos los tienen pero los jóvenes no, {w}: {missing}.{caveat}")
                }
            };
            self.judgement(Verdict::NotMet, reason, details)
        }
    }
}
