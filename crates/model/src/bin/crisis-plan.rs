//! `crisis-plan`: the Crisis Continuum Planner's model on the command line, for analysts.
//!
//! Exit codes: 0 success; 2 bad input (unknown option, unreadable or invalid scenario, values
//! that fail validation), with the messages on stderr. It never panics on input.

#![forbid(unsafe_code)]

use std::io::Write;

#[path = "crisis_plan/areas.rs"]
mod areas;
#[path = "crisis_plan/files.rs"]
mod files;

use files::Unread;

use crisis_model::analysis::buildout::{buildout_in, BuildOutResults};
use crisis_model::confidence::{confidence_results, ConfidenceResults};
use crisis_model::format::Format;
use crisis_model::{
    preset, run_monte_carlo, run_simulation, tornado, Confidence, Facility, Lang, Money,
    MonteCarlo, PresetId, Results, Scenario, SizingRule, StreamResults, MAX_SCENARIO_BYTES,
};

const HELP: &str = "\
crisis-plan: crisis beds, chairs, teams, staff and cost for a community (Crisis Continuum Planner)

USAGE:
    crisis-plan [OPTIONS]

SCENARIO (one of; default: the Crisis Now preset):
    --preset ID           crisis-now | roadmap | hospital-only
    --scenario FILE       a scenario JSON file (`-` reads standard input)

OVERRIDES (applied after the preset or file):
    --population N        residents of the service area
    --rate R              adult crisis episodes per 100,000 residents a month
    --rule RULE           days-full | occupancy (resets the target to the rule's default)
    --target T            days-full: share of days full (0.05 or 5%);
                          occupancy: target occupancy (0.85 or 85%)
    --youth on|off        switch the youth stream on or off
    --confidence C        plan for: 0.5 (the typical case: the plan as calculated), 0.8 or 0.9
                          (the beds, chairs, teams and counselors enough in 80% or 90% of the
                          Monte Carlo's futures); no other value. json: adds
                          \"totals.at_confidence\" and \"totals.base_percentile\" (the percentile,
                          0-100, of each of the plan's figures among the futures drawn)
    --years N             add the build-out plan over N years (1-20) from today's capacity
                          (json: a \"buildout\" object; the table and the CSV: the year table)

MANY AREAS:
    --areas FILE          a table of areas (CSV or tab-separated, header row: name,
                          population, and optionally rate, rural, per_sq_mile, region,
                          beds_today; at most 16 MB; `-` reads standard input): every area with
                          the scenario's program mix and assumptions, each region's residential
                          beds separate and pooled, the total (json: \"areas\", \"regions\",
                          \"total\", indented up to 1,000 areas, compact above); a bad row is
                          named by row and column (exit code 2)

OUTPUT:
    --format FORMAT       table (default) | json | csv
    --lang LANG           en (default) | es: messages, the table and the CSV in US Spanish
                          (the same figures; JSON keeps its field names)
    --explain             add the explanation of every figure (json: an \"explanations\" object)
    --uncertainty         add the Monte Carlo percentiles, the tornado and the simulated years
                          (json: an \"uncertainty\" object)
    --print-scenario      print the full scenario JSON (a template for --scenario) and stop
    --methods             print the methods document (every formula, input and source, the
                          checks the model passes) as Markdown and stop
    -h, --help            print this help
    -V, --version         print the version

EXIT CODES:
    0 success, 2 bad input (messages on standard error)

EXAMPLE:
    crisis-plan --preset roadmap --population 500000 --rate 200
";

const HELP_ES: &str = "\
crisis-plan: camas, sillones, equipos, personal y costo de crisis para una comunidad
(Planificador del continuo de crisis)

USO:
    crisis-plan [OPCIONES]

ESCENARIO (uno de los dos; de forma predeterminada, el escenario predefinido Crisis Now):
    --preset ID           crisis-now | roadmap | hospital-only
    --scenario ARCHIVO    un archivo JSON de escenario (`-` lee la entrada estándar)

CAMBIOS (se aplican después del escenario predefinido o del archivo):
    --population N        residentes de la zona de servicio
    --rate R              episodios de crisis de adultos por cada 100,000 residentes al mes
    --rule REGLA          days-full | occupancy (vuelve al objetivo predeterminado de la regla)
    --target T            days-full: proporción de días a plena capacidad (0.05 o 5%);
                          occupancy: ocupación objetivo (0.85 o 85%)
    --youth on|off        activa o desactiva los servicios para jóvenes
    --confidence C        planificar para: 0.5 (el caso típico: el plan tal como se calcula), 0.8
                          o 0.9 (las camas, sillones, equipos y consejeros suficientes en el 80% o
                          el 90% de los futuros de Monte Carlo); ningún otro valor. json: agrega
                          \"totals.at_confidence\" y \"totals.base_percentile\" (el percentil, de 0
                          a 100, de cada cifra del plan entre los futuros generados)
    --years N             agrega el plan de ampliación de la capacidad a N años (1-20) desde la
                          capacidad actual (json: un objeto \"buildout\"; tabla y CSV: la tabla
                          por año)

VARIAS ZONAS:
    --areas ARCHIVO       una tabla de zonas (CSV o separada por tabulaciones, con encabezado:
                          name, population y, si quiere, rate, rural, per_sq_mile, region,
                          beds_today; 16 MB como máximo; `-` lee la entrada estándar): cada zona
                          con la combinación de programas y los supuestos del escenario, las
                          camas residenciales de cada región por separado y compartidas, el
                          total (json: \"areas\", \"regions\", \"total\", con sangría hasta
                          1,000 zonas, compacto por encima); una fila con un error se indica por
                          fila y columna (código de salida 2)

RESULTADO:
    --format FORMATO      table (predeterminado) | json | csv
    --lang IDIOMA         en (predeterminado) | es: mensajes, tabla y CSV en español de EE. UU.
                          (las mismas cifras; el JSON conserva los nombres de sus campos)
    --explain             agrega la explicación de cada cifra (json: un objeto \"explanations\")
    --uncertainty         agrega los percentiles de Monte Carlo, el gráfico de tornado y los años
                          simulados (json: un objeto \"uncertainty\")
    --print-scenario      muestra el escenario completo en JSON (una plantilla para --scenario)
    --methods             muestra el documento de métodos (cada fórmula, dato y fuente, las
                          comprobaciones del modelo) en Markdown
    -h, --help            muestra esta ayuda
    -V, --version         muestra la versión

CÓDIGOS DE SALIDA:
    0 éxito, 2 datos no válidos (los mensajes van a la salida de errores)

EJEMPLO:
    crisis-plan --lang es --preset roadmap --population 500000 --rate 200
";

/// The text for a language: `pick(lang, "beds", "camas")`.
fn pick(lang: Lang, en: &'static str, es: &'static str) -> &'static str {
    lang.pick(en, es)
}

#[derive(Debug, Default)]
struct Options {
    preset: Option<PresetId>,
    scenario: Option<String>,
    population: Option<f64>,
    rate: Option<f64>,
    rule: Option<SizingRule>,
    target: Option<f64>,
    youth: Option<bool>,
    confidence: Option<Confidence>,
    years: Option<f64>,
    areas: Option<String>,
    json: bool,
    csv: bool,
    lang: Lang,
    explain: bool,
    uncertainty: bool,
    print_scenario: bool,
    methods: bool,
    help: bool,
    version: bool,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(&args);
    std::process::exit(code);
}

/// Everything `main` does, returning the exit code.
fn run(args: &[String]) -> i32 {
    // the language first, so that a message about another option is in it
    let lang = lang_of(args);
    let opts = match parse(args, lang) {
        Ok(o) => o,
        Err(msg) => {
            return fail(&[
                msg,
                pick(
                    lang,
                    "Try `crisis-plan --help`.",
                    "Pruebe `crisis-plan --help`.",
                )
                .to_string(),
            ])
        }
    };
    if opts.help {
        out(pick(lang, HELP, HELP_ES));
        return 0;
    }
    if opts.version {
        out(&format!("crisis-plan {}\n", env!("CARGO_PKG_VERSION")));
        return 0;
    }
    let mut s = match load(&opts) {
        Ok(s) => s,
        Err(msg) => return fail(&[msg]),
    };
    if let Some(p) = opts.population {
        s.population = p;
    }
    if let Some(r) = opts.rate {
        s.adult.rate_per_100k = r;
    }
    if let Some(rule) = opts.rule {
        s.set_sizing_rule(rule);
    }
    if let Some(t) = opts.target {
        s.sizing.target = t;
    }
    if let Some(y) = opts.youth {
        s.youth.enabled = y;
    }
    if let Some(c) = opts.confidence {
        s.uncertainty.plan_for = c;
    }
    // the plan at a confidence: asked for, or chosen in the scenario file
    let sized = opts.confidence.is_some() || s.uncertainty.plan_for != Confidence::Typical;
    if let Some(n) = opts.years {
        s.buildout.set_number("horizon_years", n);
    }
    if opts.print_scenario {
        out(&s.to_json_pretty());
        out("\n");
        return 0;
    }
    if let Some(path) = &opts.areas {
        return match areas::run(&s, path, lang) {
            Ok(r) => {
                if opts.json {
                    areas::print_json(&r);
                } else if opts.csv {
                    out(&r.csv_in(lang));
                } else {
                    out(&areas::table(&r, lang, year_rows));
                }
                // the process ends here: 100,000 areas' results are not freed one by one
                // (a tenth of a second), the system takes the memory back at once
                std::mem::forget(r);
                0
            }
            Err(lines) => fail(&lines),
        };
    }
    let results = match crisis_model::evaluate(&s) {
        Ok(r) => r,
        Err(english) => {
            let problems = match lang {
                Lang::En => english,
                Lang::Es => crisis_model::validate_in(&s, lang),
            };
            return fail(&problem_lines(&problems, lang));
        }
    };
    let plan = match opts.years.map(|_| buildout_in(&s, lang)) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(problems)) => return fail(&problem_lines(&problems, lang)),
    };
    let problems = crisis_model::validate::validate_outcomes_in(&s, lang);
    if !problems.is_empty() {
        let mut lines = vec![pick(
            lang,
            "The outcome rates have a problem:",
            "Las tasas de los resultados tienen un problema:",
        )
        .to_string()];
        lines.extend(
            problems
                .iter()
                .map(|p| format!("  {}: {}", p.field, p.message)),
        );
        return fail(&lines);
    }
    if opts.methods {
        out(&crisis_model::methods::methods_markdown(&results, lang));
        return 0;
    }
    if opts.json {
        out(&json(
            &results,
            opts.explain,
            opts.uncertainty,
            sized,
            plan.as_ref(),
            lang,
        ));
    } else if opts.csv {
        out(&crisis_model::export::results_with_funding_csv_in(
            &results, lang,
        ));
        if let Some(p) = &plan {
            out(&p.csv_rows_in(lang));
        }
        out(&crisis_model::export::outcomes_csv_rows_in(&results, lang));
    } else {
        out(&table(&results, opts.explain, lang));
        if sized {
            out(&confidence_table(&results, lang));
        }
        if let Some(p) = &plan {
            out(&plan_table(p, lang));
        }
        if opts.uncertainty {
            out(&uncertainty_table(&s, lang));
        }
    }
    0
}

/// The problems of a scenario, one a line, under a line that counts them.
fn problem_lines(problems: &[crisis_model::Problem], lang: Lang) -> Vec<String> {
    let n = problems.len();
    let mut lines = vec![match (lang, n) {
        (Lang::En, 1) => "The scenario has a problem:".to_string(),
        (Lang::En, _) => format!("The scenario has {n} problems:"),
        (Lang::Es, 1) => "El escenario tiene un problema:".to_string(),
        (Lang::Es, _) => format!("El escenario tiene {n} problemas:"),
    }];
    lines.extend(
        problems
            .iter()
            .map(|p| format!("  {}: {}", p.field, p.message)),
    );
    lines
}

/// The build-out plan as text: the year table (columns aligned), a sentence a year, the
/// break-even sentence and the notes.
fn plan_table(p: &BuildOutResults, lang: Lang) -> String {
    let mut o = year_rows(
        p.year_table_in(lang),
        pick(
            lang,
            "Build-out plan, year by year",
            "Plan de ampliación de la capacidad, año por año",
        ),
    );
    o += &year_rows(
        p.level_table_in(lang),
        pick(
            lang,
            "Who pays each year's cost (default figures)",
            "Quién paga el costo de cada año (cifras predeterminadas)",
        ),
    );
    o += "\n";
    for y in &p.years {
        o += &format!("  {}\n", y.sentence);
    }
    o += &plan_tail(p);
    o
}

/// A year table under its title, its columns padded to their widest cell.
fn year_rows((header, rows): (Vec<String>, Vec<Vec<String>>), title: &str) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut o = format!("\n{title}\n");
    o += &line(&header);
    for r in &rows {
        o += &line(r);
    }
    o
}

/// The plan's break-even sentence and its notes.
fn plan_tail(p: &BuildOutResults) -> String {
    let mut o = format!("  {}\n", p.break_even_sentence);
    for n in &p.notes {
        o += &format!("  {n}\n");
    }
    o
}

/// Write to standard output, ignoring a closed pipe (`crisis-plan | head`).
fn out(text: &str) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}

/// Write the lines to standard error and return exit code 2.
fn fail(lines: &[String]) -> i32 {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    for l in lines {
        let _ = writeln!(lock, "{l}");
    }
    2
}

/// The language asked for (`--lang es`, `--lang=es`); English when none or not one the planner
/// speaks (then `parse` says so).
fn lang_of(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let tag = match a.strip_prefix("--lang") {
            Some("") => it.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = tag.and_then(Lang::from_tag) {
            return lang;
        }
    }
    Lang::En
}

fn parse(args: &[String], lang: Lang) -> Result<Options, String> {
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let mut o = Options {
        lang,
        ..Options::default()
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let takes_value = matches!(
            name,
            "--preset"
                | "--scenario"
                | "--population"
                | "--rate"
                | "--rule"
                | "--target"
                | "--format"
                | "--lang"
                | "--youth"
                | "--confidence"
                | "--years"
                | "--areas"
        );
        let value = if takes_value {
            match inline {
                Some(v) => Some(v),
                None => {
                    i += 1;
                    match args.get(i) {
                        Some(v) => Some(v.clone()),
                        None => {
                            return Err(format!(
                                "{name} {}",
                                t("needs a value.", "necesita un valor.")
                            ))
                        }
                    }
                }
            }
        } else {
            if inline.is_some() {
                return Err(format!(
                    "{name} {}",
                    t("takes no value.", "no lleva valor.")
                ));
            }
            None
        };
        let v = value.unwrap_or_default();
        match name {
            "--preset" => {
                o.preset = Some(PresetId::from_id(&v).ok_or_else(|| match lang {
                    Lang::En => format!(
                        "Unknown preset \"{}\"; use crisis-now, roadmap or hospital-only.",
                        clip(&v)
                    ),
                    Lang::Es => format!(
                        "Escenario predefinido desconocido \"{}\"; use crisis-now, roadmap o \
                             hospital-only.",
                        clip(&v)
                    ),
                })?)
            }
            "--scenario" => o.scenario = Some(v),
            "--population" => o.population = Some(number_arg(name, &v, lang)?),
            "--rate" => o.rate = Some(number_arg(name, &v, lang)?),
            "--rule" => {
                o.rule = Some(SizingRule::from_id(&v).ok_or_else(|| match lang {
                    Lang::En => {
                        format!("Unknown rule \"{}\"; use days-full or occupancy.", clip(&v))
                    }
                    Lang::Es => format!(
                        "Regla desconocida \"{}\"; use days-full u occupancy.",
                        clip(&v)
                    ),
                })?)
            }
            "--target" => o.target = Some(share_arg(name, &v, lang)?),
            "--confidence" => {
                o.confidence = Some(Confidence::from_id(&v).ok_or_else(|| match lang {
                    Lang::En => format!(
                        "--confidence takes 0.5 (the typical case), 0.8 or 0.9, not \"{}\".",
                        clip(&v)
                    ),
                    Lang::Es => format!(
                        "--confidence lleva 0.5 (el caso típico), 0.8 o 0.9, no \"{}\".",
                        clip(&v)
                    ),
                })?)
            }
            "--years" => o.years = Some(number_arg(name, &v, lang)?),
            "--areas" => o.areas = Some(v),
            "--youth" => {
                o.youth = Some(match v.to_ascii_lowercase().as_str() {
                    "on" | "yes" | "true" | "1" => true,
                    "off" | "no" | "false" | "0" => false,
                    _ => {
                        return Err(t("--youth takes on or off.", "--youth lleva on u off.").into())
                    }
                })
            }
            "--format" => {
                (o.json, o.csv) = match v.to_ascii_lowercase().as_str() {
                    "json" => (true, false),
                    "csv" => (false, true),
                    "table" => (false, false),
                    _ => {
                        return Err(match lang {
                            Lang::En => {
                                format!("Unknown format \"{}\"; use table, json or csv.", clip(&v))
                            }
                            Lang::Es => format!(
                                "Formato desconocido \"{}\"; use table, json o csv.",
                                clip(&v)
                            ),
                        })
                    }
                }
            }
            "--lang" => {
                if Lang::from_tag(&v).is_none() {
                    return Err(format!(
                        "{} \"{}\"; {}",
                        t("Unknown language", "Idioma desconocido"),
                        clip(&v),
                        t("use en or es.", "use en o es.")
                    ));
                }
            }
            "--explain" => o.explain = true,
            "--uncertainty" => o.uncertainty = true,
            "--print-scenario" => o.print_scenario = true,
            "--methods" => o.methods = true,
            "-h" | "--help" => o.help = true,
            "-V" | "--version" => o.version = true,
            _ => {
                return Err(format!(
                    "{} \"{}\".",
                    t("Unknown option", "Opción desconocida"),
                    clip(arg)
                ))
            }
        }
        i += 1;
    }
    if o.preset.is_some() && o.scenario.is_some() {
        return Err(t(
            "Use either --preset or --scenario, not both.",
            "Use --preset o --scenario, no los dos.",
        )
        .to_string());
    }
    Ok(o)
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

/// A number as people write it in the US, in English or Spanish: `500000`, `500,000`,
/// `500_000`, `2.5e5`.
fn number_arg(name: &str, v: &str, lang: Lang) -> Result<f64, String> {
    let cleaned: String = v.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    match cleaned.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err(match lang {
            Lang::En => format!("{name} must be a number, not \"{}\".", clip(v)),
            Lang::Es => format!("{name} debe ser un número, no \"{}\".", clip(v)),
        }),
    }
}

/// A share: `0.05`, `5%`; a plain number above 1 is read as a percentage (`85` = 85%).
fn share_arg(name: &str, v: &str, lang: Lang) -> Result<f64, String> {
    let t = v.trim();
    if let Some(p) = t.strip_suffix('%') {
        return number_arg(name, p, lang).map(|x| x / 100.0);
    }
    let x = number_arg(name, t, lang)?;
    Ok(if x > 1.0 { x / 100.0 } else { x })
}

fn load(o: &Options) -> Result<Scenario, String> {
    match (&o.scenario, o.preset) {
        (Some(path), _) => {
            let text = read_limited(path, o.lang)?;
            Scenario::from_json_in(&text, o.lang)
        }
        (None, Some(id)) => Ok(preset(id)),
        (None, None) => Ok(Scenario::default()),
    }
}

fn read_limited(path: &str, lang: Lang) -> Result<String, String> {
    files::read_text(path, MAX_SCENARIO_BYTES).map_err(|why| match why {
        Unread::Open(e) => match lang {
            Lang::En => format!("Cannot open the scenario file \"{path}\": {e}."),
            Lang::Es => format!("No se puede abrir el archivo de escenario \"{path}\": {e}."),
        },
        Unread::Read(e) => match lang {
            Lang::En => format!("Cannot read the scenario \"{path}\": {e}."),
            Lang::Es => format!("No se puede leer el escenario \"{path}\": {e}."),
        },
        Unread::TooLarge => {
            let most = Format::new(lang).count(MAX_SCENARIO_BYTES as u64);
            match lang {
                Lang::En => format!(
                    "The scenario file is larger than 1 MB ({most} bytes); the largest accepted \
                     is 1 MB."
                ),
                Lang::Es => format!(
                    "El archivo de escenario tiene más de 1 MB ({most} bytes); el máximo \
                     aceptado es 1 MB."
                ),
            }
        }
        Unread::NotText => pick(
            lang,
            "The scenario file is not UTF-8 text.",
            "El archivo de escenario no es texto UTF-8.",
        )
        .to_string(),
    })
}

/// The results as JSON. The field names are the same in every language; with `--lang es`, the
/// texts the model writes (the gap's labels and sentences, the self-assessment, the
/// explanations) are in Spanish.
fn json(
    r: &Results,
    explain: bool,
    uncertainty: bool,
    sized: bool,
    plan: Option<&BuildOutResults>,
    lang: Lang,
) -> String {
    let mut value = match serde_json::to_value(r) {
        Ok(v) => v,
        Err(e) => return format!("{{\"error\": \"{e}\"}}\n"),
    };
    if let serde_json::Value::Object(map) = &mut value {
        // Today against need, and the self-assessment, when the scenario has them.
        if let Some(g) = r.gap_in(lang) {
            if let Ok(v) = serde_json::to_value(g) {
                map.insert("gap".into(), v);
            }
        }
        map.insert("funding".into(), funding_json(r, lang));
        let s = r.scenario();
        if s.inventory.enabled || !s.assessment.scores.is_empty() {
            if let Ok(v) = serde_json::to_value(r.self_assessment_in(lang)) {
                map.insert("self_assessment".into(), v);
            }
        }
    }
    if sized {
        if let (Some(serde_json::Value::Object(totals)), Some(c)) =
            (value.get_mut("totals"), confidence_of(r.scenario()))
        {
            let at = c.at(r.scenario().uncertainty.plan_for);
            totals.insert(
                "at_confidence".into(),
                serde_json::to_value(at).unwrap_or_default(),
            );
            totals.insert(
                "base_percentile".into(),
                serde_json::to_value(c.base_percentile).unwrap_or_default(),
            );
        }
    }
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("outcomes".into(), outcomes_json(r, lang));
        map.insert("benchmarks".into(), benchmarks_json(r, lang));
    }
    if explain {
        if let serde_json::Value::Object(map) = &mut value {
            let mut ex = serde_json::Map::new();
            for (k, e) in r.explanations_in(lang) {
                if let Ok(v) = serde_json::to_value(e) {
                    ex.insert(k, v);
                }
            }
            let f = crisis_model::funding::funding(r);
            for k in f.explanation_keys() {
                if let Some(v) = f
                    .explain_in(&k, lang)
                    .and_then(|e| serde_json::to_value(e).ok())
                {
                    ex.insert(k, v);
                }
            }
            map.insert("explanations".into(), serde_json::Value::Object(ex));
        }
    }
    if uncertainty {
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("uncertainty".into(), uncertainty_json(r.scenario()));
        }
    }
    if let (Some(p), serde_json::Value::Object(map)) = (plan, &mut value) {
        if let Ok(v) = serde_json::to_value(p) {
            map.insert("buildout".into(), v);
        }
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// The Monte Carlo's percentiles of the plan and the plan at each confidence.
fn confidence_of(s: &Scenario) -> Option<ConfidenceResults> {
    let mut mc = MonteCarlo::new(s).ok()?;
    mc.run();
    Some(confidence_results(&mc, &mc.finish()))
}

/// `--confidence` as a table: the plan as calculated beside the plan at the confidence.
fn confidence_table(r: &Results, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let f = Format::new(lang);
    let s = r.scenario();
    let Some(c) = confidence_of(s) else {
        return String::new();
    };
    let choice = s.uncertainty.plan_for;
    let at = c.at(choice);
    let tot = &r.totals;
    let p = &c.base_percentile;
    let mut o = format!(
        "\n{}: {} ({} {})\n",
        t("PLAN FOR", "PLANIFICAR PARA"),
        choice.label_in(lang).to_uppercase(),
        f.thousands(f64::from(s.uncertainty.draws)),
        t("futures drawn", "futuros generados"),
    );
    o += &format!(
        "  {:<38} {:>10} {:>10} {:>12}\n",
        t("Figure", "Cifra"),
        t("plan", "plan"),
        f.percent(at.confidence),
        t("percentile", "percentil")
    );
    let mut row = |label: &str, base: u64, sized: u64, pct: Option<f64>| {
        let line = format!(
            "    {:<36} {:>10} {:>10} {:>12}",
            clip_to(label, 36),
            f.count(base),
            f.count(sized),
            pct.map(|x| f.number(x)).unwrap_or_default()
        );
        o += line.trim_end();
        o.push('\n');
    };
    row(
        t("Residential crisis beds", "Camas residenciales de crisis"),
        tot.residential_beds.total,
        at.residential_beds.total,
        Some(p.residential_beds),
    );
    for b in &at.by_type {
        row(
            &format!("  {}", b.kind.label_in(lang)),
            b.base,
            b.beds,
            None,
        );
    }
    row(
        t(
            "Receiving facility chairs",
            "Sillones del centro de recepción",
        ),
        tot.receiving_chairs.total,
        at.receiving_chairs.total,
        Some(p.receiving_chairs),
    );
    row(
        t(
            "Mobile crisis teams on duty",
            "Equipos móviles de crisis de turno",
        ),
        tot.mobile_teams,
        at.mobile_teams,
        Some(p.mobile_teams),
    );
    row(
        t(
            "Crisis-line counselors on duty",
            "Consejeros de turno, línea de crisis",
        ),
        tot.crisis_line_on_duty,
        at.crisis_line_on_duty,
        Some(p.crisis_line_on_duty),
    );
    o += &format!(
        "  {:<38} {}\n  {:<38} {}\n",
        t("Annual cost", "Costo anual"),
        money(at.annual_cost, lang),
        t("Extra cost over the plan", "Costo adicional sobre el plan"),
        money(at.extra_cost, lang),
    );
    o
}

/// What the continuum averts: each outcome's `id`, `unit`, `method` (`flow` or `studies`),
/// `evidence` (an id), `source` (text in the language), `annual` (`low`, `mid`, `high`), and
/// the counter-evidence's id and sentence where there is one.
fn outcomes_json(r: &Results, lang: Lang) -> serde_json::Value {
    use serde_json::json;
    crisis_model::outcomes::outcomes(r)
        .iter()
        .map(|o| {
            let mut v = json!({
                "id": o.id,
                "unit": o.unit,
                "method": o.method.id(),
                "evidence": o.evidence.id(),
                "source": o.source_in(r, lang),
                "annual": {"low": o.annual.low, "mid": o.annual.mid, "high": o.annual.high},
                "label": o.label_in(lang),
            });
            if let (Some(c), serde_json::Value::Object(m)) = (o.counter, &mut v) {
                m.insert(
                    "counter".into(),
                    json!({"id": c.id(), "text": c.sentence_in(lang)}),
                );
            }
            v
        })
        .collect()
}

/// The published benchmarks: each one's `id`, `source`, `value` and the plan's `comparable`
/// figure, with the published range, the unit, where the plan falls, the method and what it
/// counts.
fn benchmarks_json(r: &Results, lang: Lang) -> serde_json::Value {
    use serde_json::json;
    crisis_model::benchmarks::benchmarks(r)
        .iter()
        .map(|b| {
            json!({
                "id": b.id,
                "source": b.source,
                "value": b.value,
                "comparable": b.comparable,
                "low": b.low,
                "high": b.high,
                "unit": b.unit,
                "position": b.position,
                "label": b.label_in(lang),
                "method": b.method_in(lang),
                "counts": b.counts_in(lang),
            })
        })
        .collect()
}

/// The outcomes and benchmarks as table lines.
fn outcomes_table(r: &Results, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let mut o = String::new();
    o += t(
        "\nWHAT THE CONTINUUM AVERTS (a year, against hospital-only)\n",
        "\nLO QUE EVITA EL CONTINUO (al año, frente a solo atención hospitalaria)\n",
    );
    let mut counters = Vec::new();
    for x in crisis_model::outcomes::outcomes(r) {
        o += &format!(
            "  {}\n      {}; {}; {}\n",
            x.label_in(lang),
            x.figure_in(lang),
            x.method.label_in(lang),
            x.evidence.label_in(lang)
        );
        if let Some(c) = x.counter {
            if !counters.contains(&c) {
                counters.push(c);
            }
        }
    }
    for c in counters {
        o += &format!("  {}\n", c.sentence_in(lang));
    }
    o += t(
        "\nPUBLISHED BENCHMARKS (published figure; the plan)\n",
        "\nREFERENCIAS PUBLICADAS (cifra publicada; el plan)\n",
    );
    for b in crisis_model::benchmarks::benchmarks(r) {
        o += &format!(
            "  {}\n      {}; {} ({})\n      {}. {}\n",
            b.label_in(lang),
            b.value_in(lang),
            b.show_in(b.comparable, lang),
            b.position.label_in(lang),
            b.source,
            b.method_in(lang)
        );
    }
    o
}

/// Who pays, in JSON: `by_payer` (a list of `{payer, annual: {low, mid, high}}` that adds up to
/// `totals.annual_cost`), `by_level` (`federal`, `state`, `local`, `private`), the same for
/// hospital-only care, the county's and the state's net cost and savings, the sentences when
/// their savings differ in sign from the total, and each service's payers and cost-based rate.
fn funding_json(r: &Results, lang: Lang) -> serde_json::Value {
    use crisis_model::funding::{funding, Level, Lines, Payer};
    use serde_json::{json, Map, Value};
    let f = funding(r);
    // smaller to larger, as every range that leaves the model (`Money`'s own serializer)
    let m = |m: Money| serde_json::to_value(m).unwrap_or_default();
    let by_level = |lines: &Lines| {
        let mut o = Map::new();
        for v in Level::ALL {
            o.insert(v.id().into(), m(lines.level(v)));
        }
        Value::Object(o)
    };
    let by_payer = |lines: &Lines| {
        Value::Array(
            Payer::ALL
                .iter()
                .map(|p| json!({"payer": p.id(), "annual": m(lines.payer(*p))}))
                .collect(),
        )
    };
    let services: Vec<Value> = f
        .services
        .iter()
        .chain(&f.hospital_only_services)
        .map(|s| {
            json!({
                "key": s.key,
                "service": s.service.id(),
                "program_kind": s.program.as_ref().map(|(k, _)| k.id()),
                "name": s.name_in(lang),
                "annual_cost": m(s.cost),
                "by_payer": by_payer(&s.lines),
                "by_level": by_level(&s.lines),
                "imd_excluded": s.imd_excluded,
                "unit": s.unit,
                "units_per_year": s.units_per_year,
                "cost_based_rate": m(s.cost_per_unit),
                "rates": s.rates.iter().map(|c| json!({
                    "payer": c.payer.id(),
                    "rate": c.rate,
                    "paid_per_unit": m(c.paid_per_unit),
                    "shortfall_per_unit": m(c.shortfall_per_unit),
                    "annual_shortfall": m(c.annual_shortfall),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "by_payer": by_payer(&f.continuum),
        "by_level": by_level(&f.continuum),
        "hospital_only": {
            "by_payer": by_payer(&f.hospital_only),
            "by_level": by_level(&f.hospital_only),
        },
        "county": {"net_cost": m(f.county_net()), "savings": m(f.county_savings())},
        "state": {"net_cost": m(f.state_net()), "savings": m(f.state_savings())},
        "notes": f.sign_notes_in(lang),
        "unused_funds": m(f.unused_funds),
        "services": services,
    })
}

/// `--uncertainty` in JSON: `monte_carlo`, `tornado` and `simulation` (each program without its
/// daily census).
fn uncertainty_json(s: &Scenario) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    if let Ok(v) = run_monte_carlo(s).map(|r| serde_json::to_value(r).unwrap_or_default()) {
        map.insert("monte_carlo".into(), v);
    }
    if let Ok(v) = tornado(s).map(|t| serde_json::to_value(t).unwrap_or_default()) {
        map.insert("tornado".into(), v);
    }
    if let Ok(mut v) = run_simulation(s).map(|r| serde_json::to_value(r).unwrap_or_default()) {
        if let Some(serde_json::Value::Array(programs)) = v.get_mut("programs") {
            for p in programs.iter_mut() {
                if let serde_json::Value::Object(p) = p {
                    p.remove("census");
                }
            }
        }
        map.insert("simulation".into(), v);
    }
    serde_json::Value::Object(map)
}

/// `--uncertainty` as a table.
fn uncertainty_table(s: &Scenario, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let f = Format::new(lang);
    let mut o = String::new();
    let (Ok(mc), Ok(tor), Ok(sim)) = (run_monte_carlo(s), tornado(s), run_simulation(s)) else {
        return o;
    };
    o += &format!(
        "\n{} ({} {}, {} {})\n",
        t("UNCERTAINTY", "INCERTIDUMBRE"),
        f.thousands(mc.draws as f64),
        t("draws", "simulaciones"),
        t("seed", "semilla aleatoria"),
        mc.seed
    );
    o += &format!(
        "  {:<42} {:>14} {:>14} {:>14} {:>14}\n",
        t("Figure", "Cifra"),
        t("default", "predeterminado"),
        "p10",
        "p50",
        "p90"
    );
    for (m, b) in mc.bands() {
        let v = |x: f64| {
            if m.is_money() {
                f.currency_compact(x)
            } else if m.is_count() || m.is_hours() {
                f.thousands(x)
            } else {
                f.number(x)
            }
        };
        o += &format!(
            "    {:<40} {:>14} {:>14} {:>14} {:>14}\n",
            clip_to(m.label_in(lang), 40),
            v(b.base),
            v(b.p10),
            v(b.p50),
            v(b.p90)
        );
    }
    o += t(
        "\nWHAT MATTERS MOST (each input from its low to its high end, the others at default)\n",
        "\nLO QUE MÁS INFLUYE (cada dato de su extremo bajo al alto, los demás en su valor \
         predeterminado)\n",
    );
    o += &format!(
        "  {:<38}   {:<12} {}\n",
        t("Input", "Dato"),
        t("beds", "camas"),
        t("annual cost", "costo anual")
    );
    let to = t("to", "a");
    for r in tor.rows.iter().take(8) {
        o += &format!(
            "    {:<38} {:>4} {to} {:<4} {} {to} {}\n",
            clip_to(&r.label_in(lang), 38),
            f.thousands(r.at_low.residential_beds),
            f.thousands(r.at_high.residential_beds),
            f.currency_compact(r.at_low.annual_cost),
            f.currency_compact(r.at_high.annual_cost)
        );
    }
    let county: Vec<_> = tor
        .by_metric(crisis_model::Metric::CountyNet)
        .into_iter()
        .filter(|r| r.county_swing >= 0.5)
        .take(8)
        .collect();
    if !county.is_empty() {
        o += t(
            "\nWHAT MOVES WHAT THE COUNTY PAYS (its low to its high end; the state's alongside)\n",
            "\nLO QUE MUEVE LO QUE PAGA EL CONDADO (de su extremo bajo al alto; el estado al lado)\n",
        );
        for r in county {
            o += &format!(
                "    {:<38} {} {to} {}   {} {to} {}\n",
                clip_to(&r.label_in(lang), 38),
                f.currency_compact(r.at_low.county_net),
                f.currency_compact(r.at_high.county_net),
                f.currency_compact(r.at_low.state_net),
                f.currency_compact(r.at_high.state_net)
            );
        }
    }
    o += &match lang {
        Lang::En => format!(
            "\nSIMULATED YEARS ({} a program, {} stays)\n",
            f.count(u64::from(sim.years)),
            sim.distribution.id()
        ),
        Lang::Es => format!(
            "\nAÑOS SIMULADOS ({} por programa, estadías {})\n",
            f.count(u64::from(sim.years)),
            sim.distribution.id()
        ),
    };
    o += t(
        "  Program                         beds  Erlang B   time full (95% CI)   days full  turned away a year\n",
        "  Programa                       camas  Erlang B   tiempo sin camas (IC 95%)  días sin camas  personas rechazadas al año\n",
    );
    for p in &sim.programs {
        let r = &p.result;
        let name = if p.is_pool() {
            match (lang, p.youth) {
                (Lang::En, true) => "Youth programs pooled".to_string(),
                (Lang::En, false) => "Adult programs pooled".to_string(),
                (Lang::Es, true) => "Programas para jóvenes, compartidos".to_string(),
                (Lang::Es, false) => "Programas para adultos, compartidos".to_string(),
            }
        } else {
            crisis_model::presets::program_name_in(&p.name, lang)
        };
        o += &format!(
            "    {:<28} {:>5} {:>9}   {:>7} ± {:<7}   {:>9}  {:>8}\n",
            clip_to(&name, 28),
            f.count(r.beds),
            f.percent(r.erlang_b),
            f.percent(r.time_full.mean),
            f.percent(r.time_full.half_width),
            f.percent(r.days_full.mean),
            f.thousands(r.turned_away_per_year.mean)
        );
    }
    o
}

fn money(m: Money, lang: Lang) -> String {
    let f = Format::new(lang);
    format!(
        "{}  ({})",
        f.currency_compact(m.mid),
        m.range_in(lang, true)
    )
}

/// The results as a table for people, in a language: the same figures in both, written the US
/// way (`$1.6 million`, `$1.6 millones`, `4.8%`).
fn table(r: &Results, explain: bool, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let f = Format::new(lang);
    let (count, thousands, number, percent, currency_compact) = (
        |n: u64| f.count(n),
        |x: f64| f.thousands(x),
        |x: f64| f.number(x),
        |x: f64| f.percent(x),
        |x: f64| f.currency_compact(x),
    );
    let money = |m: Money| money(m, lang);
    let s = r.scenario();
    let tot = &r.totals;
    let mut o = String::new();
    let title = match (
        s.place_name.trim(),
        s.preset.as_deref().and_then(PresetId::from_id),
    ) {
        ("", Some(p)) => p.label_in(lang).to_string(),
        ("", None) => t("Custom scenario", "Escenario personalizado").to_string(),
        (name, _) => name.chars().filter(|c| !c.is_control()).collect(),
    };
    o += &format!(
        "{}: {title}\n",
        t(
            "Crisis Continuum Planner",
            "Planificador del continuo de crisis"
        )
    );
    let rule = match (s.sizing.rule, lang) {
        (SizingRule::DaysFull, Lang::En) => format!(
            "full on at most {} of days, utilization at most {}",
            percent(s.sizing.target),
            percent(s.sizing.max_utilization)
        ),
        (SizingRule::DaysFull, Lang::Es) => format!(
            "a plena capacidad como máximo el {} de los días, utilización como máximo del {}",
            percent(s.sizing.target),
            percent(s.sizing.max_utilization)
        ),
        (SizingRule::Occupancy, Lang::En) => {
            format!("target occupancy {}", percent(s.sizing.target))
        }
        (SizingRule::Occupancy, Lang::Es) => {
            format!("ocupación objetivo del {}", percent(s.sizing.target))
        }
    };
    let youth_on = r.youth.is_some();
    o += &match lang {
        Lang::En => format!(
            "Population {} (youth stream {}); sizing: {}; cost basis: {}\n\n",
            thousands(r.population),
            if youth_on { "on" } else { "off" },
            rule,
            s.cost_basis.label().to_lowercase()
        ),
        Lang::Es => format!(
            "Población {} (servicios para jóvenes {}); dimensionamiento: {}; base de costos: {}\n\n",
            thousands(r.population),
            if youth_on { "activados" } else { "desactivados" },
            rule,
            s.cost_basis.label_in(lang).to_lowercase()
        ),
    };

    o += t("HEADLINE\n", "CIFRAS PRINCIPALES\n");
    let line = |label: &str, value: String, note: String| {
        let text = format!("  {label:<38} {value:>8}  {note}");
        format!("{}\n", text.trim_end())
    };
    o += &line(
        t("Residential crisis beds", "Camas residenciales de crisis"),
        count(tot.residential_beds.total),
        match lang {
            Lang::En => format!(
                "adults {}, youth {}; as one pool per stream: {}",
                count(tot.residential_beds.adult),
                count(tot.residential_beds.youth),
                count(tot.pooled_residential_beds.total)
            ),
            Lang::Es => format!(
                "adultos {}, jóvenes {}; en un conjunto compartido por población: {}",
                count(tot.residential_beds.adult),
                count(tot.residential_beds.youth),
                count(tot.pooled_residential_beds.total)
            ),
        },
    );
    o += &line(
        t("Residential facilities", "Centros residenciales"),
        count(tot.residential_facilities.total),
        t(
            "at the per-facility limit (16 beds, IMD)",
            "con el límite por centro (16 camas, límite de Medicaid para las IMD)",
        )
        .to_string(),
    );
    o += &line(
        t(
            "Receiving facility chairs",
            "Sillones del centro de recepción",
        ),
        count(tot.receiving_chairs.total),
        t("23-hour observation", "observación de 23 horas").to_string(),
    );
    o += &line(
        t("Inpatient beds", "Camas de hospitalización"),
        count(tot.inpatient_beds.total),
        format!(
            "{}: {}",
            t("hospital only", "solo atención hospitalaria"),
            count(tot.hospital_only_beds.total)
        ),
    );
    o += &line(
        t(
            "Mobile crisis teams on duty",
            "Equipos móviles de crisis de turno",
        ),
        count(tot.mobile_teams),
        format!("{} FTE", number(tot.mobile_fte)),
    );
    o += &line(
        t(
            "Crisis-line counselors on duty",
            "Consejeros de turno, línea de crisis",
        ),
        count(tot.crisis_line_on_duty),
        format!("{} FTE", number(tot.crisis_line_fte)),
    );
    o += &line(
        t("Crisis episodes a year", "Episodios de crisis al año"),
        thousands(tot.episodes_per_year),
        String::new(),
    );
    for (label, m) in [
        (t("Annual cost", "Costo anual"), tot.annual_cost),
        (
            t("Hospital-only cost", "Costo con solo atención hospitalaria"),
            tot.hospital_only_cost,
        ),
        (t("Savings", "Ahorro"), tot.savings),
        (
            t("Cost per episode", "Costo por episodio"),
            tot.cost_per_episode,
        ),
        (
            t("Cost per resident", "Costo por residente"),
            tot.cost_per_resident,
        ),
    ] {
        o += &format!("  {:<38} {}\n", label, money(m));
    }

    let mut streams: Vec<(&str, &StreamResults)> = vec![(t("ADULTS", "ADULTOS"), &r.adult)];
    if let Some(y) = &r.youth {
        streams.push((t("YOUTH", "JÓVENES"), y));
    }
    for (name, st) in streams {
        o += &match lang {
            Lang::En => format!(
                "\n{name}: {} episodes a month ({} a year)\n",
                number(st.episodes_per_month),
                thousands(st.episodes_per_year)
            ),
            Lang::Es => format!(
                "\n{name}: {} episodios al mes ({} al año)\n",
                number(st.episodes_per_month),
                thousands(st.episodes_per_year)
            ),
        };
        o += t(
            "  Flow (episodes a month)         reaching   resolved there\n",
            "  Flujo (episodios al mes)          llegan   se resuelven allí\n",
        );
        let fl = &st.flow;
        for (label, sf) in [
            (t("Entry", "Entrada"), &fl.entry),
            (
                t("Mobile crisis team", "Equipo móvil de crisis"),
                &fl.mobile,
            ),
            (
                t("Receiving facility", "Centro de recepción"),
                &fl.receiving,
            ),
            (t("Emergency department", "Sala de emergencias"), &fl.ed),
            (
                t("Residential crisis care", "Atención residencial de crisis"),
                &fl.residential,
            ),
            (t("Inpatient", "Hospitalización"), &fl.inpatient),
        ] {
            o += &format!(
                "    {label:<28} {:>10}   {:>10}\n",
                number(sf.per_month),
                number(sf.resolved_per_month)
            );
        }
        o += &format!(
            "    {}: {}\n",
            t(
                "Never reach inpatient care",
                "Nunca llegan a hospitalización"
            ),
            percent(fl.diverted_share)
        );
        o += t(
            "  Capacity                        load     beds  days full  utilization  facilities  cost a year (default)\n",
            "  Capacidad                      carga    camas  días sin camas  utilización  centros  costo al año (predeterminado)\n",
        );
        let row = |label: &str, fac: &Facility| {
            format!(
                "    {:<28} {:>7} {:>8} {:>10} {:>12} {:>11}  {}\n",
                clip_to(label, 28),
                number(fac.load),
                count(fac.beds),
                percent(fac.days_full),
                percent(fac.utilization),
                if fac.max_per_facility > 0 {
                    count(fac.facilities)
                } else {
                    "-".to_string()
                },
                currency_compact(fac.cost.mid)
            )
        };
        o += &row(
            t(
                "Receiving facility (chairs)",
                "Centro de recepción (sillones)",
            ),
            &st.receiving,
        );
        for p in &st.programs {
            o += &row(
                &crisis_model::presets::program_name_in(&p.name, lang),
                &p.facility,
            );
        }
        o += &row(t("Inpatient", "Hospitalización"), &st.inpatient);
        o += &match lang {
            Lang::En => format!(
                "    Residential: {} beds as separate programs, {} as one pool (full {} of days)\n",
                count(st.residential.beds),
                count(st.residential.pooled.beds),
                percent(st.residential.pooled.days_full)
            ),
            Lang::Es => format!(
                "    Residencial: {} camas como programas separados, {} como un conjunto \
                 compartido (a plena capacidad el {} de los días)\n",
                count(st.residential.beds),
                count(st.residential.pooled.beds),
                percent(st.residential.pooled.days_full)
            ),
        };
        o += &format!(
            "  {} {}; {} {}; {} {}\n",
            t("Cost", "Costo"),
            currency_compact(st.cost.total.mid),
            t("hospital only", "solo atención hospitalaria"),
            currency_compact(st.cost.hospital_only.mid),
            t("savings", "ahorro"),
            currency_compact(st.cost.savings.mid)
        );
    }

    let m = &r.mobile;
    let wait = match (m.mode, lang) {
        (crisis_model::ResponseMode::WithinWait, Lang::En) => {
            format!("within {} min", number(m.max_wait_minutes))
        }
        (crisis_model::ResponseMode::WithinWait, Lang::Es) => {
            format!("en un máximo de {} min", number(m.max_wait_minutes))
        }
        (crisis_model::ResponseMode::AtOnce, _) => t("at once", "de inmediato").to_string(),
    };
    o += &match lang {
        Lang::En => format!(
            "\nMOBILE TEAMS: {} dispatches a day, {} h each; {} on duty ({} FTE); {} of requests \
             meet the target ({} {wait}); cost {}\n",
            number(m.dispatches_per_day),
            number(m.busy_hours_per_dispatch),
            count(m.teams),
            number(m.fte),
            percent(m.share_meeting_target),
            percent(m.target_share),
            currency_compact(m.cost.mid)
        ),
        Lang::Es => format!(
            "\nEQUIPOS MÓVILES: {} despachos al día, {} h cada uno; {} de turno ({} FTE); el {} \
             de las solicitudes cumple el objetivo ({} {wait}); costo {}\n",
            number(m.dispatches_per_day),
            number(m.busy_hours_per_dispatch),
            count(m.teams),
            number(m.fte),
            percent(m.share_meeting_target),
            percent(m.target_share),
            currency_compact(m.cost.mid)
        ),
    };
    let c = &r.crisis_line;
    if c.enabled {
        o += &match lang {
            Lang::En => format!(
                "CRISIS LINE: {} contacts a month; {} counselors on duty ({} FTE); {} answered \
                 within {} s (target {}); cost {}\n",
                thousands(c.contacts_per_month),
                count(c.on_duty),
                number(c.fte),
                percent(c.share_answered_in_time),
                number(c.answer_seconds),
                percent(c.target_share),
                currency_compact(c.cost.mid)
            ),
            Lang::Es => format!(
                "LÍNEA DE CRISIS: {} contactos al mes; {} consejeros de turno ({} FTE); el {} se \
                 contesta en un máximo de {} s (objetivo: {}); costo {}\n",
                thousands(c.contacts_per_month),
                count(c.on_duty),
                number(c.fte),
                percent(c.share_answered_in_time),
                number(c.answer_seconds),
                percent(c.target_share),
                currency_compact(c.cost.mid)
            ),
        };
    } else {
        o += t(
            "CRISIS LINE: not included\n",
            "LÍNEA DE CRISIS: no se incluye\n",
        );
    }

    if let Some(g) = r.gap_in(lang) {
        o += t(
            "\nTODAY AGAINST NEED\n",
            "\nCAPACIDAD ACTUAL FRENTE A LA NECESIDAD\n",
        );
        o += t(
            "  Service                          need    today  shortfall  cost to close (default)\n",
            "  Servicio                    necesidad   actual     faltan  costo de cubrirla (predeterminado)\n",
        );
        for row in &g.rows {
            let n = |x: f64| {
                if row.unit == crisis_model::gap::Unit::Fte {
                    number(x)
                } else {
                    thousands(x)
                }
            };
            o += &format!(
                "    {:<28} {:>7} {:>8} {:>10}  {}\n",
                clip_to(&row.label, 28),
                n(row.need),
                n(row.today),
                n(row.shortfall),
                currency_compact(row.cost_to_close.mid)
            );
        }
        for row in &g.rows {
            o += &format!("  {}\n", row.sentence);
        }
        let gt = &g.totals;
        for (label, m) in [
            (
                t("Cost to close the gap", "Costo de cerrar la brecha"),
                gt.cost_to_close,
            ),
            (t("Total cost today", "Costo total actual"), gt.today.total),
            (
                t("Total cost with the plan", "Costo total con el plan"),
                gt.planned.total,
            ),
            (
                t(
                    "Change in hospital-only savings",
                    "Cambio en el ahorro frente a la atención solo hospitalaria",
                ),
                gt.savings_change,
            ),
        ] {
            o += &format!("  {:<38} {}\n", label, money(m));
        }
        for note in &g.notes {
            o += &format!("  {}: {note}\n", t("Note", "Nota"));
        }
    }

    o += &outcomes_table(r, lang);
    o += &funding_table(r, lang);

    let warnings = r.warnings();
    if !warnings.is_empty() {
        o += t("\nWARNINGS\n", "\nADVERTENCIAS\n");
        for (place, w) in warnings {
            o += &format!("  {place}: {}\n", w.message_in(lang));
        }
    }
    if explain {
        o += t("\nEXPLANATIONS\n", "\nEXPLICACIONES\n");
        for (k, e) in r.explanations_in(lang) {
            o += &format!("  {k}: {}\n    {}\n", e.figure, e.formula);
            for (name, value) in e.inputs {
                o += &format!("      {name}: {value}\n");
            }
        }
    }
    o
}

fn clip_to(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('~');
        t
    }
}

/// Who pays, as a table: each payer's and each level's part of the continuum and of
/// hospital-only care, the county's and the state's net cost and savings, and each service's
/// cost-based rate with the insurers' shortfall.
fn funding_table(r: &Results, lang: Lang) -> String {
    use crisis_model::funding::{funding, Level, Payer};
    let t = |en: &'static str, es: &'static str| pick(lang, en, es);
    let f = funding(r);
    let fmt = Format::new(lang);
    let mut o = String::new();
    o += t("\nWHO PAYS (a year)\n", "\nQUIÉN PAGA (al año)\n");
    for p in Payer::ALL {
        o += &format!(
            "  {:<38} {}\n",
            p.label_in(lang),
            money(f.continuum.payer(p), lang)
        );
    }
    o += &format!(
        "  {:<22} {:>18} {:>18}\n",
        t("By level", "Por nivel"),
        t("continuum", "continuo"),
        t("hospital only", "solo atención hospitalaria")
    );
    for v in Level::ALL {
        o += &format!(
            "    {:<20} {:>18} {:>18}\n",
            v.label_in(lang),
            fmt.currency_compact(f.continuum.level(v).mid),
            fmt.currency_compact(f.hospital_only.level(v).mid)
        );
    }
    for (label, m) in [
        (t("County: net cost", "Condado: costo neto"), f.county_net()),
        (t("County: savings", "Condado: ahorro"), f.county_savings()),
        (t("State: net cost", "Estado: costo neto"), f.state_net()),
        (t("State: savings", "Estado: ahorro"), f.state_savings()),
    ] {
        o += &format!("  {:<38} {}\n", label, money(m, lang));
    }
    for note in f.sign_notes_in(lang) {
        o += &format!("  {}: {note}\n", t("Note", "Nota"));
    }
    o += t(
        "  Cost-based rate (shortfall a unit: Medicaid / Medicare / commercial)\n",
        "  Tarifa basada en el costo (déficit por unidad: Medicaid / Medicare / seguro comercial)\n",
    );
    for s in &f.services {
        let short: Vec<String> = s
            .rates
            .iter()
            .map(|c| fmt.currency(c.shortfall_per_unit.mid))
            .collect();
        o += &format!(
            "    {:<34} {} {}  ({})\n",
            clip_to(&s.name_in(lang), 34),
            fmt.currency(s.cost_per_unit.mid),
            s.unit.per_in(lang),
            short.join(" / ")
        );
    }
    o
}
