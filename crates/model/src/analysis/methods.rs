//! The methods document: for the scenario on screen, every formula in words and symbols, every
//! input with its value, unit, range and source, the checks the model passes (run when the
//! document is made), the scenario format's version and the build's version.
//!
//! It is built from the model's own explanations ([`Results::explanations_in`], the outcomes'
//! [`crate::analysis::outcomes::Outcome::explain_in`]) and the catalog of inputs
//! ([`crate::scenario::catalog`]), so it cannot drift from what is computed. The page draws
//! [`Methods`]; `crisis-plan --methods` prints [`methods_markdown`].

use crate::analysis::outcomes::outcomes;
use crate::eval::erlang::erlang_b;
use crate::eval::results::{Explanation, Results};
use crate::input::presets::preset;
use crate::scenario::catalog::{self, Bounds, Input, Scale};
use crate::scenario::outcome_sources::{outcome_citation_in, outcome_source};
use crate::scenario::sources::source_in;
use crate::scenario::{PresetId, Scenario, SCENARIO_VERSION};
use crate::text::format::Format;
use crate::text::json::Json;
use crate::text::lang::Lang;

/// The model's version (the build's).
pub const BUILD_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One input of the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRow {
    /// The input's path in the scenario (`population`, `programs[2].stay_days`).
    pub path: String,
    pub label: String,
    /// The value with its unit, as the page shows it.
    pub value: String,
    /// The values accepted (empty for inputs that are not numbers).
    pub range: String,
    pub source: String,
}

/// One check the model passes, with what was found.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub name: String,
    pub detail: String,
    pub passed: bool,
}

/// The methods document.
#[derive(Debug, Clone, PartialEq)]
pub struct Methods {
    pub title: String,
    /// The place, the preset, the scenario format's version, the build's version.
    pub about: Vec<(String, String)>,
    /// Every figure's formula: (key, explanation).
    pub formulas: Vec<(String, Explanation)>,
    pub inputs: Vec<InputRow>,
    pub checks: Vec<Check>,
}

fn range_in(bounds: Bounds, scale: Scale, lang: Lang) -> String {
    let f = Format::new(lang);
    let show = |x: f64| match scale {
        Scale::Percent => f.percent(x),
        Scale::Plain => f.number(x),
    };
    let (low, high) = (show(bounds.low), show(bounds.high));
    match (lang, bounds.above_low) {
        (Lang::En, false) => format!("{low} to {high}"),
        (Lang::En, true) => format!("more than {low}, at most {high}"),
        (Lang::Es, false) => format!("de {low} a {high}"),
        (Lang::Es, true) => format!("más de {low}, como máximo {high}"),
    }
}

fn row<T>(input: &Input<T>, on: &T, path: String, source: String, lang: Lang) -> InputRow {
    InputRow {
        label: input.label_in(lang).to_string(),
        value: input.value_in((input.get)(on), lang),
        range: range_in(input.bounds, input.scale, lang),
        path,
        source,
    }
}

/// A value of the scenario's JSON by its dotted path (`mobile.mode`, `programs[1].kind`).
fn json_at(s: &Scenario, path: &str) -> String {
    let tree = s.to_json_value();
    let mut at = &tree;
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let Some(next) = at.get(key) else {
            return String::new();
        };
        at = match (next, index) {
            (Json::Array(items), Some(i)) => match items.get(i) {
                Some(x) => x,
                None => return String::new(),
            },
            (x, _) => x,
        };
    }
    match at {
        Json::String(t) if t.is_empty() => "—".to_string(),
        Json::String(t) => t.clone(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.clone(),
        _ => String::new(),
    }
}

/// Every input of a scenario, in the catalog's order: the inputs that are not numbers, the
/// scenario's own numbers, each stream's flow shares and programs, and the outcome rates.
pub fn input_rows(s: &Scenario, lang: Lang) -> Vec<InputRow> {
    let cite = |path: &str| source_in(s, path).map_or_else(String::new, |x| x.citation_in(lang));
    let mut out: Vec<InputRow> = Vec::new();
    for path in catalog::OTHER_INPUTS {
        out.push(InputRow {
            path: path.to_string(),
            label: path.to_string(),
            value: json_at(s, path),
            range: String::new(),
            source: cite(path),
        });
    }
    for i in catalog::INPUTS {
        // two entries share `sizing.target`: the one of the sizing rule in use
        let shared = catalog::INPUTS
            .iter()
            .any(|x| x.path == i.path && !std::ptr::eq(*x, *i));
        if out.iter().any(|r| r.path == i.path) || (shared && !i.when.holds(s)) {
            continue;
        }
        out.push(row(i, s, i.path.to_string(), cite(i.path), lang));
    }
    for youth in [false, true] {
        let flow = if youth { &s.youth.flow } else { &s.flow };
        for i in catalog::FLOW_SHARES {
            let path = catalog::flow_path(youth, i.path);
            let source = cite(&path);
            out.push(row(i, flow, path, source, lang));
        }
        let programs = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        for (k, p) in programs.iter().enumerate() {
            for field in catalog::OTHER_PROGRAM_INPUTS {
                let path = catalog::program_path(youth, k, field);
                out.push(InputRow {
                    value: json_at(s, &path),
                    label: path.clone(),
                    range: String::new(),
                    source: cite(&path),
                    path,
                });
            }
            for i in catalog::PROGRAM_INPUTS {
                let path = catalog::program_path(youth, k, i.path);
                let source = cite(&path);
                out.push(row(i, p, path, source, lang));
            }
        }
    }
    for i in catalog::OUTCOME_INPUTS {
        let source =
            outcome_source(i.path).map_or_else(String::new, |x| outcome_citation_in(&x, lang));
        out.push(row(
            i,
            &s.outcomes,
            catalog::outcome_path(i.path),
            source,
            lang,
        ));
    }
    out
}

/// The checks, run now: the worked example to the bed, Erlang B against published tables,
/// conservation of volume and monotonicity on the scenario on screen.
pub fn checks(r: &Results, lang: Lang) -> Vec<Check> {
    let t = |en: &str, es: &str| lang.pick(en, es).to_string();
    let f = Format::new(lang);
    let mut out = Vec::new();

    let roadmap = crate::eval::evaluate(&preset(PresetId::Roadmap));
    let beds = roadmap
        .as_ref()
        .map_or(0, |x| x.totals.residential_beds.total);
    out.push(Check {
        name: t(
            "The worked example, to the bed",
            "El ejemplo práctico, cama por cama",
        ),
        detail: format!(
            "{} {}",
            t(
                "500,000 residents, 200 episodes per 100,000 a month, 30% to residential care, \
                 5-day stays: seed 003 says 50-60 beds; the model gives",
                "500,000 residentes, 200 episodios por cada 100,000 al mes, 30% a atención \
                 residencial, estadías de 5 días: el documento fuente 003 dice 50-60 camas; el \
                 modelo da",
            ),
            f.count(beds)
        ),
        passed: beds == 55,
    });

    // published Erlang B tables: the load c servers carry at a grade of service
    let table = [(4.461, 10, 0.01), (15.249, 20, 0.05), (84.064, 100, 0.01)];
    let worst = table
        .iter()
        .map(|&(a, c, gos)| (erlang_b(a, c) - gos).abs())
        .fold(0.0, f64::max);
    out.push(Check {
        name: t(
            "Erlang B against published tables",
            "Erlang B frente a las tablas publicadas",
        ),
        detail: format!(
            "{} {}; {} {}",
            table
                .iter()
                .map(|&(a, c, gos)| format!("B({}, {c}) = {}", f.decimal(a, 3), f.percent(gos)))
                .collect::<Vec<_>>()
                .join(", "),
            t("to 4 decimals", "con 4 decimales"),
            t("largest difference", "diferencia máxima"),
            f.decimal(worst, 6)
        ),
        passed: worst < 0.00005,
    });

    let streams = std::iter::once(&r.adult).chain(&r.youth);
    let gap: f64 = streams.map(|st| st.flow.conservation_gap).sum();
    out.push(Check {
        name: t("Conservation of volume", "Conservación del volumen"),
        detail: format!(
            "{} {}",
            t(
                "Every episode ends somewhere (resolved, residential care, inpatient care); \
                 episodes a month unaccounted for:",
                "Cada episodio termina en algún lugar (resuelto, atención residencial, \
                 hospitalización); episodios al mes sin destino:",
            ),
            f.decimal(gap, 6)
        ),
        passed: gap < 1e-6,
    });

    let s = r.scenario();
    let beds_of = |x: &Scenario| {
        crate::eval::evaluate(x)
            .ok()
            .map(|res| res.totals.residential_beds.total + res.totals.inpatient_beds.total)
    };
    let mut more = s.clone();
    more.population = (s.population * 1.1).round();
    let mut longer = s.clone();
    for p in longer.programs.iter_mut().chain(&mut longer.youth.programs) {
        p.stay_days *= 1.1;
    }
    let now = beds_of(s);
    let monotone = [beds_of(&more), beds_of(&longer)]
        .iter()
        .all(|b| matches!((now, b), (Some(a), Some(b)) if *b >= a));
    out.push(Check {
        name: t("Monotonicity", "Monotonía"),
        detail: t(
            "10% more residents, or 10% longer stays, never give fewer beds for this scenario.",
            "Un 10% más de residentes, o estadías un 10% más largas, nunca dan menos camas en \
             este escenario.",
        ),
        passed: monotone,
    });
    out
}

/// The methods document for some results.
pub fn methods(r: &Results, lang: Lang) -> Methods {
    let s = r.scenario();
    let t = |en: &str, es: &str| lang.pick(en, es).to_string();
    let mut formulas = r.explanations_in(lang);
    for o in outcomes(r) {
        formulas.push((format!("outcomes.{}", o.id), o.explain_in(r, lang)));
    }
    let place = if s.place_name.is_empty() {
        t("(no place name)", "(sin nombre de lugar)")
    } else {
        s.place_name.clone()
    };
    Methods {
        title: t(
            "Crisis Continuum Planner: methods",
            "Planificador del continuo de crisis: métodos",
        ),
        about: vec![
            (t("Place", "Lugar"), place),
            (
                t("Preset", "Escenario predefinido"),
                s.preset_id().label_in(lang).to_string(),
            ),
            (
                t(
                    "Scenario format version",
                    "Versión del formato del escenario",
                ),
                SCENARIO_VERSION.to_string(),
            ),
            (
                t("Build version", "Versión del programa"),
                BUILD_VERSION.to_string(),
            ),
        ],
        formulas,
        inputs: input_rows(s, lang),
        checks: checks(r, lang),
    }
}

/// One Markdown table cell: pipes and line breaks escaped.
fn md(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The methods document as Markdown (`crisis-plan --methods`).
pub fn methods_markdown(r: &Results, lang: Lang) -> String {
    let m = methods(r, lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut o = format!("# {}\n\n", m.title);
    for (k, v) in &m.about {
        o += &format!("- **{k}:** {}\n", md(v));
    }
    o += &format!("\n## {}\n\n", t("Formulas", "Fórmulas"));
    for (key, e) in &m.formulas {
        o += &format!("### `{key}`: {}\n\n{}\n\n", md(&e.figure), md(&e.formula));
        for (name, value) in &e.inputs {
            o += &format!("- {}: {}\n", md(name), md(value));
        }
        o += "\n";
    }
    o += &format!(
        "## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        t("Inputs", "Datos"),
        t("Input", "Dato"),
        t("Path", "Ruta"),
        t("Value", "Valor"),
        t("Accepted", "Valores aceptados"),
        t("Source", "Fuente"),
    );
    for i in &m.inputs {
        o += &format!(
            "| {} | `{}` | {} | {} | {} |\n",
            md(&i.label),
            i.path,
            md(&i.value),
            md(&i.range),
            md(&i.source)
        );
    }
    o += &format!(
        "\n## {}\n\n",
        t("Checks the model passes", "Comprobaciones del modelo")
    );
    for c in &m.checks {
        let mark = if c.passed {
            t("passed", "superada")
        } else {
            t("FAILED", "NO SUPERADA")
        };
        o += &format!("- **{}** ({mark}): {}\n", md(&c.name), md(&c.detail));
    }
    o
}
