//! `crisis-plan`: the Crisis Continuum Planner's model on the command line, for analysts.
//!
//! Exit codes: 0 success; 2 bad input (unknown option, unreadable or invalid scenario, values
//! that fail validation), with the messages on stderr. It never panics on input.

#![forbid(unsafe_code)]

use std::io::{Read, Write};

use crisis_model::format::{count, currency_compact, number, percent, thousands};
use crisis_model::{
    evaluate, preset, run_monte_carlo, run_simulation, tornado, Facility, Money, PresetId, Results,
    Scenario, SizingRule, StreamResults, MAX_SCENARIO_BYTES,
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

OUTPUT:
    --format FORMAT       table (default) | json
    --explain             add the explanation of every figure (json: an \"explanations\" object)
    --uncertainty         add the Monte Carlo percentiles, the tornado and the simulated years
                          (json: an \"uncertainty\" object)
    --print-scenario      print the full scenario JSON (a template for --scenario) and stop
    -h, --help            print this help
    -V, --version         print the version

EXIT CODES:
    0 success, 2 bad input (messages on standard error)

EXAMPLE:
    crisis-plan --preset roadmap --population 500000 --rate 200
";

#[derive(Debug, Default)]
struct Options {
    preset: Option<PresetId>,
    scenario: Option<String>,
    population: Option<f64>,
    rate: Option<f64>,
    rule: Option<SizingRule>,
    target: Option<f64>,
    youth: Option<bool>,
    json: bool,
    explain: bool,
    uncertainty: bool,
    print_scenario: bool,
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
    let opts = match parse(args) {
        Ok(o) => o,
        Err(msg) => return fail(&[msg, "Try `crisis-plan --help`.".to_string()]),
    };
    if opts.help {
        out(HELP);
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
    if opts.print_scenario {
        out(&s.to_json_pretty());
        out("\n");
        return 0;
    }
    let results = match evaluate(&s) {
        Ok(r) => r,
        Err(problems) => {
            let mut lines = vec![format!(
                "The scenario has {}:",
                if problems.len() == 1 {
                    "a problem".to_string()
                } else {
                    format!("{} problems", problems.len())
                }
            )];
            lines.extend(
                problems
                    .iter()
                    .map(|p| format!("  {}: {}", p.field, p.message)),
            );
            return fail(&lines);
        }
    };
    if opts.json {
        out(&json(&results, opts.explain, opts.uncertainty));
    } else {
        out(&table(&results, opts.explain));
        if opts.uncertainty {
            out(&uncertainty_table(&s));
        }
    }
    0
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

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
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
                | "--youth"
        );
        let value = if takes_value {
            match inline {
                Some(v) => Some(v),
                None => {
                    i += 1;
                    match args.get(i) {
                        Some(v) => Some(v.clone()),
                        None => return Err(format!("{name} needs a value.")),
                    }
                }
            }
        } else {
            if inline.is_some() {
                return Err(format!("{name} takes no value."));
            }
            None
        };
        let v = value.unwrap_or_default();
        match name {
            "--preset" => {
                o.preset = Some(PresetId::from_id(&v).ok_or_else(|| {
                    format!(
                        "Unknown preset \"{}\"; use crisis-now, roadmap or hospital-only.",
                        clip(&v)
                    )
                })?)
            }
            "--scenario" => o.scenario = Some(v),
            "--population" => o.population = Some(number_arg(name, &v)?),
            "--rate" => o.rate = Some(number_arg(name, &v)?),
            "--rule" => {
                o.rule = Some(SizingRule::from_id(&v).ok_or_else(|| {
                    format!("Unknown rule \"{}\"; use days-full or occupancy.", clip(&v))
                })?)
            }
            "--target" => o.target = Some(share_arg(name, &v)?),
            "--youth" => {
                o.youth = Some(match v.to_ascii_lowercase().as_str() {
                    "on" | "yes" | "true" | "1" => true,
                    "off" | "no" | "false" | "0" => false,
                    _ => return Err("--youth takes on or off.".to_string()),
                })
            }
            "--format" => {
                o.json = match v.to_ascii_lowercase().as_str() {
                    "json" => true,
                    "table" => false,
                    _ => {
                        return Err(format!(
                            "Unknown format \"{}\"; use json or table.",
                            clip(&v)
                        ))
                    }
                }
            }
            "--explain" => o.explain = true,
            "--uncertainty" => o.uncertainty = true,
            "--print-scenario" => o.print_scenario = true,
            "-h" | "--help" => o.help = true,
            "-V" | "--version" => o.version = true,
            _ => return Err(format!("Unknown option \"{}\".", clip(arg))),
        }
        i += 1;
    }
    if o.preset.is_some() && o.scenario.is_some() {
        return Err("Use either --preset or --scenario, not both.".to_string());
    }
    Ok(o)
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

/// A number as people write it: `500000`, `500,000`, `500_000`, `2.5e5`.
fn number_arg(name: &str, v: &str) -> Result<f64, String> {
    let cleaned: String = v.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    match cleaned.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err(format!("{name} must be a number, not \"{}\".", clip(v))),
    }
}

/// A share: `0.05`, `5%`; a plain number above 1 is read as a percentage (`85` = 85%).
fn share_arg(name: &str, v: &str) -> Result<f64, String> {
    let t = v.trim();
    if let Some(p) = t.strip_suffix('%') {
        return number_arg(name, p).map(|x| x / 100.0);
    }
    let x = number_arg(name, t)?;
    Ok(if x > 1.0 { x / 100.0 } else { x })
}

fn load(o: &Options) -> Result<Scenario, String> {
    match (&o.scenario, o.preset) {
        (Some(path), _) => {
            let text = read_limited(path)?;
            Scenario::from_json(&text)
        }
        (None, Some(id)) => Ok(preset(id)),
        (None, None) => Ok(Scenario::default()),
    }
}

fn read_limited(path: &str) -> Result<String, String> {
    let limit = MAX_SCENARIO_BYTES as u64 + 1;
    let mut buf = Vec::new();
    let result = if path == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)
    } else {
        match std::fs::File::open(path) {
            Ok(f) => f.take(limit).read_to_end(&mut buf),
            Err(e) => return Err(format!("Cannot open the scenario file \"{path}\": {e}.")),
        }
    };
    if let Err(e) = result {
        return Err(format!("Cannot read the scenario \"{path}\": {e}."));
    }
    if buf.len() as u64 >= limit {
        return Err(
            "The scenario file is larger than 1 MB (1,000,000 bytes); the largest accepted is 1 \
             MB."
            .to_string(),
        );
    }
    String::from_utf8(buf).map_err(|_| "The scenario file is not UTF-8 text.".to_string())
}

fn json(r: &Results, explain: bool, uncertainty: bool) -> String {
    let mut value = match serde_json::to_value(r) {
        Ok(v) => v,
        Err(e) => return format!("{{\"error\": \"{e}\"}}\n"),
    };
    if let serde_json::Value::Object(map) = &mut value {
        // Today against need, and the self-assessment, when the scenario has them.
        if let Some(g) = r.gap() {
            if let Ok(v) = serde_json::to_value(g) {
                map.insert("gap".into(), v);
            }
        }
        let s = r.scenario();
        if s.inventory.enabled || !s.assessment.scores.is_empty() {
            if let Ok(v) = serde_json::to_value(r.self_assessment()) {
                map.insert("self_assessment".into(), v);
            }
        }
    }
    if explain {
        if let serde_json::Value::Object(map) = &mut value {
            let mut ex = serde_json::Map::new();
            for (k, e) in r.explanations() {
                if let Ok(v) = serde_json::to_value(e) {
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
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
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
fn uncertainty_table(s: &Scenario) -> String {
    let mut o = String::new();
    let (Ok(mc), Ok(t), Ok(sim)) = (run_monte_carlo(s), tornado(s), run_simulation(s)) else {
        return o;
    };
    o += &format!(
        "\nUNCERTAINTY ({} draws, seed {})\n",
        thousands(mc.draws as f64),
        mc.seed
    );
    o += &format!(
        "  {:<42} {:>14} {:>14} {:>14} {:>14}\n",
        "Figure", "default", "p10", "p50", "p90"
    );
    for (m, b) in mc.bands() {
        let f = |x: f64| {
            if m.is_money() {
                currency_compact(x)
            } else if m.is_count() {
                thousands(x)
            } else {
                number(x)
            }
        };
        o += &format!(
            "    {:<40} {:>14} {:>14} {:>14} {:>14}\n",
            clip_to(m.label_in(crisis_model::Lang::En), 40),
            f(b.base),
            f(b.p10),
            f(b.p50),
            f(b.p90)
        );
    }
    o += "\nWHAT MATTERS MOST (each input from its low to its high end, the others at default)\n";
    o += "  Input                                    beds         annual cost\n";
    for r in t.rows.iter().take(8) {
        o += &format!(
            "    {:<38} {:>4} to {:<4} {} to {}\n",
            clip_to(&r.label, 38),
            thousands(r.at_low.residential_beds),
            thousands(r.at_high.residential_beds),
            currency_compact(r.at_low.annual_cost),
            currency_compact(r.at_high.annual_cost)
        );
    }
    o += &format!(
        "\nSIMULATED YEARS ({} a program, {} stays)\n",
        sim.years,
        sim.distribution.id()
    );
    o += "  Program                         beds  Erlang B   time full (95% CI)   days full  turned away a year\n";
    for p in &sim.programs {
        let r = &p.result;
        let name = if p.is_pool() {
            format!(
                "{} programs pooled",
                if p.youth { "Youth" } else { "Adult" }
            )
        } else {
            p.name.clone()
        };
        o += &format!(
            "    {:<28} {:>5} {:>9}   {:>7} ± {:<7}   {:>9}  {:>8}\n",
            clip_to(&name, 28),
            count(r.beds),
            percent(r.erlang_b),
            percent(r.time_full.mean),
            percent(r.time_full.half_width),
            percent(r.days_full.mean),
            thousands(r.turned_away_per_year.mean)
        );
    }
    o
}

fn money(m: Money) -> String {
    format!(
        "{}  (low {}, high {})",
        currency_compact(m.mid),
        currency_compact(m.low),
        currency_compact(m.high)
    )
}

fn table(r: &Results, explain: bool) -> String {
    let s = r.scenario();
    let t = &r.totals;
    let mut o = String::new();
    let title = match (
        s.place_name.trim(),
        s.preset.as_deref().and_then(PresetId::from_id),
    ) {
        ("", Some(p)) => p.label().to_string(),
        ("", None) => "Custom scenario".to_string(),
        (name, _) => name.chars().filter(|c| !c.is_control()).collect(),
    };
    o += &format!("Crisis Continuum Planner: {title}\n");
    let rule = match s.sizing.rule {
        SizingRule::DaysFull => format!(
            "full on at most {} of days, utilization at most {}",
            percent(s.sizing.target),
            percent(s.sizing.max_utilization)
        ),
        SizingRule::Occupancy => format!("target occupancy {}", percent(s.sizing.target)),
    };
    o += &format!(
        "Population {} (youth stream {}); sizing: {}; cost basis: {}\n\n",
        thousands(r.population),
        if r.youth.is_some() { "on" } else { "off" },
        rule,
        s.cost_basis.label().to_lowercase()
    );

    o += "HEADLINE\n";
    let line = |label: &str, value: String, note: String| {
        let text = format!("  {label:<38} {value:>8}  {note}");
        format!("{}\n", text.trim_end())
    };
    o += &line(
        "Residential crisis beds",
        count(t.residential_beds.total),
        format!(
            "adults {}, youth {}; as one pool per stream: {}",
            count(t.residential_beds.adult),
            count(t.residential_beds.youth),
            count(t.pooled_residential_beds.total)
        ),
    );
    o += &line(
        "Residential facilities",
        count(t.residential_facilities.total),
        "at the per-facility limit (16 beds, IMD)".to_string(),
    );
    o += &line(
        "Receiving facility chairs",
        count(t.receiving_chairs.total),
        "23-hour observation".to_string(),
    );
    o += &line(
        "Inpatient beds",
        count(t.inpatient_beds.total),
        format!("hospital only: {}", count(t.hospital_only_beds.total)),
    );
    o += &line(
        "Mobile crisis teams on duty",
        count(t.mobile_teams),
        format!("{} FTE", number(t.mobile_fte)),
    );
    o += &line(
        "Crisis-line counselors on duty",
        count(t.crisis_line_on_duty),
        format!("{} FTE", number(t.crisis_line_fte)),
    );
    o += &line(
        "Crisis episodes a year",
        thousands(t.episodes_per_year),
        String::new(),
    );
    o += &format!("  {:<38} {}\n", "Annual cost", money(t.annual_cost));
    o += &format!(
        "  {:<38} {}\n",
        "Hospital-only cost",
        money(t.hospital_only_cost)
    );
    o += &format!("  {:<38} {}\n", "Savings", money(t.savings));
    o += &format!(
        "  {:<38} {}\n",
        "Cost per episode",
        money(t.cost_per_episode)
    );
    o += &format!(
        "  {:<38} {}\n",
        "Cost per resident",
        money(t.cost_per_resident)
    );

    let mut streams: Vec<(&str, &StreamResults)> = vec![("ADULTS", &r.adult)];
    if let Some(y) = &r.youth {
        streams.push(("YOUTH", y));
    }
    for (name, st) in streams {
        o += &format!(
            "\n{name}: {} episodes a month ({} a year)\n",
            number(st.episodes_per_month),
            thousands(st.episodes_per_year)
        );
        o += "  Flow (episodes a month)         reaching   resolved there\n";
        let f = &st.flow;
        for (label, sf) in [
            ("Entry", &f.entry),
            ("Mobile crisis team", &f.mobile),
            ("Receiving facility", &f.receiving),
            ("Emergency department", &f.ed),
            ("Residential crisis care", &f.residential),
            ("Inpatient", &f.inpatient),
        ] {
            o += &format!(
                "    {label:<28} {:>10}   {:>10}\n",
                number(sf.per_month),
                number(sf.resolved_per_month)
            );
        }
        o += &format!(
            "    Never reach inpatient care: {}\n",
            percent(f.diverted_share)
        );
        o += "  Capacity                        load     beds  days full  utilization  facilities  cost a year (default)\n";
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
        o += &row("Receiving facility (chairs)", &st.receiving);
        for p in &st.programs {
            o += &row(&p.name, &p.facility);
        }
        o += &row("Inpatient", &st.inpatient);
        o += &format!(
            "    Residential: {} beds as separate programs, {} as one pool (full {} of days)\n",
            count(st.residential.beds),
            count(st.residential.pooled.beds),
            percent(st.residential.pooled.days_full)
        );
        o += &format!(
            "  Cost {}; hospital only {}; savings {}\n",
            currency_compact(st.cost.total.mid),
            currency_compact(st.cost.hospital_only.mid),
            currency_compact(st.cost.savings.mid)
        );
    }

    let m = &r.mobile;
    o += &format!(
        "\nMOBILE TEAMS: {} dispatches a day, {} h each; {} on duty ({} FTE); {} of requests meet \
         the target ({} {}); cost {}\n",
        number(m.dispatches_per_day),
        number(m.busy_hours_per_dispatch),
        count(m.teams),
        number(m.fte),
        percent(m.share_meeting_target),
        percent(m.target_share),
        match m.mode {
            crisis_model::ResponseMode::WithinWait =>
                format!("within {} min", number(m.max_wait_minutes)),
            crisis_model::ResponseMode::AtOnce => "at once".to_string(),
        },
        currency_compact(m.cost.mid)
    );
    let c = &r.crisis_line;
    if c.enabled {
        o += &format!(
            "CRISIS LINE: {} contacts a month; {} counselors on duty ({} FTE); {} answered within \
             {} s (target {}); cost {}\n",
            thousands(c.contacts_per_month),
            count(c.on_duty),
            number(c.fte),
            percent(c.share_answered_in_time),
            number(c.answer_seconds),
            percent(c.target_share),
            currency_compact(c.cost.mid)
        );
    } else {
        o += "CRISIS LINE: not included\n";
    }

    if let Some(g) = r.gap() {
        o += "\nTODAY AGAINST NEED\n";
        o += "  Service                          need    today  shortfall  cost to close (default)\n";
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
        let t = &g.totals;
        o += &format!(
            "  {:<38} {}\n",
            "Cost to close the gap",
            money(t.cost_to_close)
        );
        o += &format!("  {:<38} {}\n", "Total cost today", money(t.today.total));
        o += &format!(
            "  {:<38} {}\n",
            "Total cost with the plan",
            money(t.planned.total)
        );
        o += &format!(
            "  {:<38} {}\n",
            "Change in hospital-only savings",
            money(t.savings_change)
        );
        for note in &g.notes {
            o += &format!("  Note: {note}\n");
        }
    }

    let warnings = r.warnings();
    if !warnings.is_empty() {
        o += "\nWARNINGS\n";
        for (place, w) in warnings {
            o += &format!("  {place}: {}\n", w.message);
        }
    }
    if explain {
        o += "\nEXPLANATIONS\n";
        for (k, e) in r.explanations() {
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
