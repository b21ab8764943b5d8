//! The planner's glossary: the one table of how its terms are said in US Spanish.
//!
//! Each [`Term`] holds the English, the Spanish to use, and the Spanish renderings the planner
//! does not use (word-for-word copies of the English, words that mean something else to a US
//! Spanish reader, a second name for the same thing), with the phrases in which a rejected
//! word is right (`semilla` is the random seed of the Monte Carlo, `semilla aleatoria`, never a
//! source document). The interface's Spanish follows it, and a test reads every string of the
//! program and fails on a rejected rendering ([`rejected_in`]).
//!
//! Numbers are not terms, but the same rule holds for them: both languages write figures the US
//! way (`12,345.6`, `$1.6 millones`, `4.8%`), through [`crate::text::format`].
//!
//! A leaf: it imports nothing from the crate.

/// One term of the glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The term in English, as the interface says it.
    pub en: &'static str,
    /// The Spanish to use.
    pub es: &'static str,
    /// Why, or how to use it, when that needs saying.
    pub note: &'static str,
    /// Spanish renderings not to use. Matched as whole words, ignoring case; a rendering
    /// written all in capitals (an acronym such as `ETC`) is matched with its case, so that
    /// "etc." is not taken for it.
    pub rejected: &'static [&'static str],
    /// Phrases in which a rejected word is right (`semilla aleatoria`).
    pub except: &'static [&'static str],
}

const fn term(en: &'static str, es: &'static str) -> Term {
    Term {
        en,
        es,
        note: "",
        rejected: &[],
        except: &[],
    }
}

const fn rejecting(
    en: &'static str,
    es: &'static str,
    note: &'static str,
    rejected: &'static [&'static str],
) -> Term {
    Term {
        en,
        es,
        note,
        rejected,
        except: &[],
    }
}

/// The glossary, English to US Spanish.
pub const GLOSSARY: &[Term] = &[
    term(
        "988 Suicide & Crisis Lifeline",
        "Línea 988 de Prevención del Suicidio y Crisis",
    ),
    term("crisis line", "línea de crisis (988)"),
    term("crisis line counselor", "consejero de la línea de crisis"),
    rejecting(
        "warm line",
        "línea de apoyo emocional (warm line)",
        "one name for the one service",
        &["línea de apoyo (warm line)"],
    ),
    term("mobile crisis team", "equipo móvil de crisis"),
    term("mobile crisis services", "servicios móviles de crisis"),
    term("dispatch", "despacho (envío de un equipo)"),
    rejecting(
        "free team (within a wait)",
        "equipo disponible (en un tiempo de espera máximo)",
        "\"libre\" copies the English",
        &["equipo libre", "equipos libres"],
    ),
    Term {
        en: "target (response target)",
        es: "objetivo (objetivo de respuesta)",
        note: "one word for target and goal",
        rejected: &["meta", "metas"],
        // the English "meta-analysis" (the Spanish is "metaanálisis", one word)
        except: &["meta-analysis", "meta-analysis's"],
    },
    term(
        "crisis receiving facility",
        "centro de recepción de crisis (short: centro de recepción)",
    ),
    term("23-hour observation", "observación de 23 horas"),
    term("chair (observation recliner)", "sillón (reclinable)"),
    term(
        "crisis stabilization unit",
        "unidad de estabilización de crisis",
    ),
    rejecting(
        "crisis residential program",
        "programa residencial de crisis",
        "\"residencial\" is an adjective, never the noun",
        &["residencial de crisis (programa"],
    ),
    term("crisis respite", "respiro de crisis"),
    term("peer-run respite", "respiro dirigido por pares"),
    term(
        "peer support / peer specialist",
        "apoyo de pares / especialista de apoyo de pares",
    ),
    rejecting(
        "Living Room model",
        "modelo Living Room (sala de estar), masculine: el programa Living Room",
        "the loanword keeps one gender",
        &[
            "las Living Rooms",
            "la Living Room",
            "una Living Room",
            "las Living Room",
        ],
    ),
    term("withdrawal management", "manejo de la abstinencia"),
    rejecting(
        "sobering center",
        "centro de sobriedad",
        "detox is a different service (desintoxicación)",
        &["abstinencia / desintoxicación"],
    ),
    term("medical / social detox", "desintoxicación médica / social"),
    term(
        "substance use disorder (SUD)",
        "trastorno por consumo de sustancias",
    ),
    term("opioid use disorder", "trastorno por consumo de opioides"),
    term(
        "co-occurring capable",
        "preparado para trastornos concurrentes",
    ),
    term("psychiatric inpatient care", "hospitalización psiquiátrica"),
    rejecting(
        "emergency department (ER)",
        "sala de emergencias",
        "the everyday US term",
        &[
            "departamento de emergencias",
            "departamentos de emergencias",
        ],
    ),
    rejecting(
        "admissions (a month)",
        "admisiones (al mes); in prose also ingresos",
        "\"ingresos\" beside a cost reads as revenue",
        &["ingresos al mes"],
    ),
    term("average length of stay", "estadía promedio"),
    term("staffed bed", "cama con personal"),
    term("occupied bed-day", "día-cama ocupado"),
    term("occupancy", "ocupación"),
    term("utilization", "utilización"),
    rejecting(
        "days full; time full",
        "días a plena capacidad; días sin camas libres; tiempo sin camas libres",
        "\"días llenos\" means whole days",
        &["días lleno", "días llenos", "tiempo lleno", "momento lleno"],
    ),
    term("turned away", "personas rechazadas (always with its noun)"),
    term("offered load", "carga ofrecida"),
    term("average census", "ocupación promedio"),
    term("share", "proporción"),
    term("assumption", "supuesto"),
    Term {
        en: "seed document (source document)",
        es: "documento fuente (the tooltip: Documento fuente 003)",
        note: "\"semilla\" is only the random seed",
        rejected: &["semilla", "semillas"],
        except: &["semilla aleatoria", "semillas aleatorias"],
    },
    term("random seed", "semilla aleatoria"),
    term("input (value)", "dato"),
    term(
        "scenario / preset / baseline",
        "escenario / escenario predefinido / escenario base",
    ),
    term("savings", "ahorro"),
    rejecting(
        "hospital only (scenario)",
        "solo atención hospitalaria",
        "\"solo hospital\" as a noun copies the English",
        &["solo hospital"],
    ),
    rejecting(
        "full-time equivalent (FTE)",
        "FTE (equivalente a tiempo completo); prose: puestos de tiempo completo",
        "US readers take ETC for etcétera; FTE counts positions, not people",
        &[
            "ETC",
            "personas de tiempo completo",
            "persona de tiempo completo",
            "personal de tiempo completo",
        ],
    ),
    term("on duty", "de turno"),
    term("shrinkage", "tiempo no productivo"),
    term("payer", "pagador (aseguradora o programa público)"),
    term(
        "Medicaid IMD exclusion",
        "exclusión IMD de Medicaid (límite de Medicaid para las IMD)",
    ),
    term("federal share (FMAP)", "participación federal (FMAP)"),
    term("build-out", "ampliación de la capacidad"),
    rejecting(
        "need against today",
        "necesidad frente a la capacidad actual",
        "\"frente a hoy\" has nothing to refer to",
        &["frente a hoy"],
    ),
    term("gap", "brecha"),
    rejecting(
        "score (self-assessment)",
        "calificación; calificar; sin calificar",
        "the self-assessment screen says califique",
        &[
            "puntuación",
            "puntuaciones",
            "puntuó",
            "puntuar",
            "puntúa",
            "puntuada",
            "puntuado",
        ],
    ),
    term("self-assessment", "autoevaluación"),
    rejecting(
        "judgement; not judged",
        "evaluación; sin evaluar",
        "\"juicio\" also means a lawsuit, \"sin juicio\" senseless",
        &["juicio", "juicios", "sin juicio"],
    ),
    term(
        "step-down / step-up",
        "paso a un nivel menor / mayor de atención",
    ),
    term("hospital diversion", "evitar hospitalizaciones"),
    rejecting(
        "youth stream; adult stream",
        "servicios para jóvenes; servicios para adultos; población (which stream)",
        "\"flujo\" is flow and \"grupo\" is a pool",
        &["flujo de jóvenes", "flujo de adultos", "qué grupo mostrar"],
    ),
    rejecting(
        "pooled beds",
        "conjunto compartido de camas",
        "\"grupo\" is kept for other things",
        &["un solo grupo"],
    ),
    rejecting(
        "Crisis Roadmap",
        "Hoja de ruta de crisis (Crisis Roadmap)",
        "one name",
        &["el Roadmap", "del Roadmap"],
    ),
    rejecting(
        "presentation (a person in crisis)",
        "caso de crisis",
        "\"presentación\" is a slideshow",
        &["presentaciones"],
    ),
    rejecting(
        "residents",
        "residentes",
        "one word throughout",
        &["habitantes"],
    ),
    term("county board", "Junta de Supervisores del condado"),
    rejecting(
        "episodes straight to",
        "episodios que van directamente a",
        "\"directo\" as an adverb is colloquial",
        &["episodios directo"],
    ),
    rejecting(
        "start from",
        "punto de partida",
        "calque",
        &["comenzar desde"],
    ),
    rejecting(
        "count costs by; cost teams by",
        "calcular el costo ... según",
        "costs do not count",
        &["contar los costos", "los costos cuentan"],
    ),
    rejecting(
        "answer within",
        "contestar en un máximo de",
        "\"en\" alone does not say within",
        &["responder en"],
    ),
    rejecting(
        "dollars",
        "$1,500; $1.6 millones; $1.2 mil millones",
        "the dollar sign first, as US Spanish writes it",
        &["US$"],
    ),
    rejecting(
        "quotation marks",
        "\"...\"",
        "US Spanish uses straight or English quotation marks",
        &["«", "»"],
    ),
];

/// The Spanish for an English term of the glossary (exact English, ignoring case).
pub fn es(en: &str) -> Option<&'static str> {
    GLOSSARY
        .iter()
        .find(|t| t.en.eq_ignore_ascii_case(en))
        .map(|t| t.es)
}

/// A rejected rendering found in a text: the words as the glossary lists them, the term they
/// belong to, and where in the text they start (a byte offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub rejected: &'static str,
    pub term: &'static Term,
    pub at: usize,
}

/// Every rejected rendering in a text (see [`Term::rejected`] for how words are matched),
/// outside the term's exception phrases.
pub fn rejected_in(text: &str) -> Vec<Found> {
    let lower = text.to_lowercase();
    // lowercasing can change byte lengths outside Spanish; match on the original then
    let folded = if lower.len() == text.len() {
        lower
    } else {
        text.to_string()
    };
    let mut found = Vec::new();
    for term in GLOSSARY {
        let hidden: Vec<(usize, usize)> = term
            .except
            .iter()
            .flat_map(|e| whole_words(&folded, &e.to_lowercase()))
            .map(|at| (at.0, at.1))
            .collect();
        for &word in term.rejected {
            let acronym =
                word.chars().any(|c| c.is_alphabetic()) && !word.chars().any(|c| c.is_lowercase());
            let hits = if acronym {
                whole_words(text, word)
            } else {
                whole_words(&folded, &word.to_lowercase())
            };
            for (start, end) in hits {
                if hidden.iter().any(|&(s, e)| s <= start && end <= e) {
                    continue;
                }
                found.push(Found {
                    rejected: word,
                    term,
                    at: start,
                });
            }
        }
    }
    found.sort_by_key(|f| f.at);
    found
}

/// The (start, end) byte ranges where `needle` occurs in `hay` as whole words: not preceded or
/// followed by a letter or digit.
fn whole_words(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        let word_edge = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
        let edge_needed_before = needle.chars().next().is_some_and(|c| c.is_alphanumeric());
        let edge_needed_after = needle
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        if (!edge_needed_before || word_edge(before)) && (!edge_needed_after || word_edge(after)) {
            out.push((start, end));
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&'static str> {
        rejected_in(text).iter().map(|f| f.rejected).collect()
    }

    #[test]
    fn finds_rejected_words_as_whole_words() {
        assert_eq!(words("Fuentes: semillas 001 y 003"), ["semillas"]);
        assert_eq!(
            words("La semilla aleatoria es parte del escenario"),
            Vec::<&str>::new()
        );
        assert_eq!(words("14 consejeros (ETC)"), ["ETC"]);
        assert_eq!(words("camas, sillones, etc."), Vec::<&str>::new());
        assert_eq!(words("Días lleno"), ["días lleno"]);
        assert_eq!(words("Sin juicio"), ["sin juicio", "juicio"]);
        assert_eq!(words("1,6 millones US$"), ["US$"]);
        assert_eq!(words("la sala de emergencias"), Vec::<&str>::new());
        assert_eq!(
            words("el DEPARTAMENTO de emergencias"),
            ["departamento de emergencias"]
        );
        assert_eq!(words("metabolismo y metas"), ["metas"]);
        assert_eq!(words("«Hoja de ruta»"), ["«", "»"]);
    }

    #[test]
    fn every_term_is_complete() {
        assert!(GLOSSARY.len() >= 60, "{}", GLOSSARY.len());
        for t in GLOSSARY {
            assert!(!t.en.is_empty() && !t.es.is_empty(), "{t:?}");
            for r in t.rejected {
                assert!(
                    rejected_in(t.es).iter().all(|f| f.rejected != *r),
                    "{}: the Spanish to use contains the rejected {r}",
                    t.en
                );
            }
            for e in t.except {
                assert!(
                    t.rejected
                        .iter()
                        .any(|r| e.to_lowercase().contains(&r.to_lowercase())),
                    "{}: exception {e} excepts nothing",
                    t.en
                );
            }
        }
        assert_eq!(es("FTE"), None);
        assert_eq!(
            es("full-time equivalent (FTE)").map(|s| &s[..3]),
            Some("FTE")
        );
    }
}
