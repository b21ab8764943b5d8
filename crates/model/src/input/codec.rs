//! Reading a scenario file: the size cap, the version check, and the preset that fills what a
//! file leaves out ([`Scenario::from_json`]). Writing is the scenario's own
//! ([`Scenario::to_json`]); the JSON itself is [`crate::text::json`].

use crate::input::presets::preset;
use crate::scenario::{
    PresetId, Program, ProgramKind, Scenario, MAX_SCENARIO_BYTES, SCENARIO_VERSION,
};
use crate::text::json::{At, FromJson, Json, Map};
use crate::text::lang::Lang;

impl Scenario {
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
        let f = crate::text::format::Format::new(lang);
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
        let value = crate::text::json::parse(text).map_err(|e| match lang {
            Lang::En => format!("The scenario is not valid JSON: {e}."),
            Lang::Es => format!(
                "El escenario no es JSON válido: {}.",
                crate::text::json::message_in(&e, lang)
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
                // 1: the first format; 2 adds the optional "funding", "buildout", "outcomes" and
                // "uncertainty.plan_for" (a version-1 file is a version-2 file without them);
                // 3 adds the optional "areas", "funding.ranges" and the residential payer rates
                // by program type (a version-2 file's one set applies to every type)
                Some(1..=3) => {}
                Some(n) if n > u64::from(SCENARIO_VERSION) => {
                    return Err(match lang {
                        Lang::En => format!(
                            "This scenario was saved by a newer version of the planner (format \
                             version {n}); this version reads format versions 1, 2 and 3."
                        ),
                        Lang::Es => format!(
                            "Este escenario se guardó con una versión más reciente del \
                             planificador (versión de formato {n}); esta versión solo lee las \
                             versiones de formato 1, 2 y 3."
                        ),
                    })
                }
                _ => {
                    let v = truncate(&v.to_compact(), 40);
                    return Err(match lang {
                        Lang::En => format!(
                            "The scenario's \"version\" is {v}; this version of the planner reads \
                             versions 1, 2 and 3."
                        ),
                        Lang::Es => format!(
                            "La \"version\" del escenario es {v}; esta versión del planificador \
                             lee las versiones 1, 2 y 3."
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
                crate::text::json::message_in(&e, lang)
            ),
        })?;
        // The preset is what the file says, not the one its missing fields were filled from.
        scenario.preset = named;
        // an older version's file is read as today's: what it leaves out took its defaults
        scenario.version = SCENARIO_VERSION;
        Ok(scenario)
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
