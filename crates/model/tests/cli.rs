//! The `crisis-plan` command line: one case a line where possible.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crisis-plan"));
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn crisis-plan");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args, None);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("json output")
}

#[test]
fn roadmap_prints_55_residential_beds() {
    let (code, out, err) = run(
        &[
            "--preset",
            "roadmap",
            "--population",
            "500000",
            "--rate",
            "200",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("Residential crisis beds"))
        .expect("beds line");
    assert!(line.split_whitespace().any(|w| w == "55"), "{line}");
    let v = json(&[
        "--preset",
        "roadmap",
        "--population",
        "500000",
        "--rate",
        "200",
        "--format",
        "json",
    ]);
    assert_eq!(v["totals"]["residential_beds"]["total"], 55);
    assert_eq!(v["adult"]["programs"][0]["beds"], 55);
    assert_eq!(v["adult"]["programs"][0]["facilities"], 4);
    let full = v["adult"]["programs"][0]["days_full"]
        .as_f64()
        .expect("days_full");
    assert!((full - 0.0482).abs() < 0.0001);
}

#[test]
fn json_output_has_the_documented_fields() {
    let v = json(&["--format", "json"]);
    for path in [
        "/totals/residential_beds/total",
        "/totals/residential_beds/adult",
        "/totals/residential_beds/youth",
        "/totals/pooled_residential_beds/total",
        "/totals/residential_facilities/total",
        "/totals/receiving_chairs/total",
        "/totals/inpatient_beds/total",
        "/totals/mobile_teams",
        "/totals/mobile_fte",
        "/totals/crisis_line_on_duty",
        "/totals/annual_cost/mid",
        "/totals/hospital_only_cost/low",
        "/totals/savings/high",
        "/totals/cost_per_episode/mid",
        "/adult/programs/0/name",
        "/adult/programs/0/beds",
        "/adult/programs/0/days_full",
        "/adult/programs/0/utilization",
        "/adult/programs/0/facilities",
        "/adult/flow/entry/per_month",
        "/adult/flow/mobile/per_year",
        "/adult/flow/residential/per_month",
        "/adult/flow/outcomes/resolved_per_month",
        "/adult/residential/pooled/beds",
        "/adult/receiving/beds",
        "/adult/inpatient/beds",
        "/adult/hospital_only/beds",
        "/adult/cost/total/mid",
        "/youth/programs/0/beds",
        "/mobile/teams",
        "/mobile/fte",
        "/crisis_line/on_duty",
        "/crisis_line/fte",
    ] {
        assert!(v.pointer(path).is_some(), "missing {path}");
    }
    let v = json(&["--preset", "roadmap", "--format", "json", "--explain"]);
    assert!(v
        .pointer("/explanations/residential-beds/formula")
        .is_some());
}

#[test]
fn overrides_and_print_scenario() {
    let (code, out, _) = run(
        &[
            "--preset",
            "roadmap",
            "--rule",
            "occupancy",
            "--print-scenario",
        ],
        None,
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("scenario json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["sizing"]["rule"], "occupancy");
    assert_eq!(v["sizing"]["target"], 0.85);
    // The printed scenario is a template that reads back in, from a file or stdin.
    let (code, out2, err) = run(&["--scenario", "-", "--format", "json"], Some(&out));
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out2).expect("results");
    assert_eq!(r["totals"]["residential_beds"]["total"], 59);
    let path = std::env::temp_dir().join(format!("crisis-plan-test-{}.json", std::process::id()));
    std::fs::write(&path, &out).expect("write temp");
    let v = json(&[
        "--scenario",
        path.to_str().expect("path"),
        "--target",
        "80%",
        "--format",
        "json",
    ]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(v["sizing"]["target"], 0.8);
    // ceil(49.3 / 0.8) = 62
    assert_eq!(v["totals"]["residential_beds"]["total"], 62);
    let v = json(&[
        "--preset",
        "roadmap",
        "--rule",
        "days-full",
        "--target",
        "0.01",
        "--format",
        "json",
    ]);
    assert!(
        v["totals"]["residential_beds"]["total"]
            .as_u64()
            .expect("beds")
            > 55
    );
}

/// Bad input: exit code 2, the messages on stderr, nothing on stdout, never a panic.
#[test]
fn bad_input_exits_2_with_messages() {
    let cases: &[(&[&str], Option<&str>, &str)] = &[
        (
            &["--population", "-5"],
            None,
            "population: Population must be a whole number above zero.",
        ),
        (
            &["--population", "1e10"],
            None,
            "Population must be at most 1,000,000,000",
        ),
        (
            &["--population", "abc"],
            None,
            "--population must be a number",
        ),
        (&["--rate", "-1", "--population", "0"], None, "2 problems"),
        (&["--target", "0.9"], None, "sizing.target"),
        (&["--preset", "mars"], None, "Unknown preset"),
        (&["--rule", "vibes"], None, "Unknown rule"),
        (&["--format", "xml"], None, "Unknown format"),
        (&["--frobnicate"], None, "Unknown option"),
        (&["--population"], None, "needs a value"),
        (
            &["--preset", "roadmap", "--scenario", "x.json"],
            None,
            "either --preset or --scenario",
        ),
        (
            &["--scenario", "/nonexistent/file.json"],
            None,
            "Cannot open",
        ),
        (
            &["--scenario", "-"],
            Some("{\"version\": 7}"),
            "newer version",
        ),
        (&["--scenario", "-"], Some("not json"), "not valid JSON"),
        (
            &["--scenario", "-"],
            Some("{\"version\": 1, \"programs\": []}"),
            "no residential program is listed",
        ),
    ];
    for (args, stdin, needle) in cases {
        let (code, out, err) = run(args, *stdin);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{err}"
        );
    }
}

#[test]
fn help_and_version() {
    let (code, out, _) = run(&["--help"], None);
    assert_eq!(code, 0);
    assert!(out.contains("--print-scenario"));
    let (code, out, _) = run(&["-V"], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("crisis-plan "));
}

/// Every key of a JSON value, with its path: `totals.residential_beds.total`.
fn keys(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let path = format!("{at}.{k}");
                out.push(path.clone());
                keys(x, &path, out);
            }
        }
        serde_json::Value::Array(items) => {
            for x in items {
                keys(x, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn spanish_table_csv_and_messages_with_the_same_figures() {
    let args = [
        "--preset",
        "roadmap",
        "--population",
        "500,000",
        "--rate",
        "200",
    ];
    let (code, out, err) = run(&[&["--lang", "es"][..], &args[..]].concat(), None);
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("Camas residenciales de crisis"))
        .expect("beds line");
    assert!(line.split_whitespace().any(|w| w == "55"), "{line}");
    // figures the US way, Spanish words: "$19.6 millones", "12,000", "4.8%"
    assert!(out.contains("Costo anual"), "{out}");
    assert!(out.contains(" millones") && !out.contains("US$"), "{out}");
    assert!(out.contains("12,000") && out.contains("4.8%"), "{out}");
    assert!(!out.contains(" %") && !out.contains("Annual cost"), "{out}");
    // the same numbers as the English table, line by line
    let (_, en, _) = run(&args, None);
    let digits = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map(|w| w.trim_matches([',', '.']).to_string())
            .collect()
    };
    assert_eq!(digits(&out), digits(&en));

    // JSON: the field names are a contract, the same in every language
    let en_json = json(&[&args[..], &["--explain", "--format", "json"][..]].concat());
    let es_json = json(
        &[
            &["--lang=es"][..],
            &args[..],
            &["--explain", "--format", "json"][..],
        ]
        .concat(),
    );
    let (mut ke, mut ks) = (Vec::new(), Vec::new());
    keys(&en_json, "", &mut ke);
    keys(&es_json, "", &mut ks);
    assert_eq!(ke, ks);
    assert_eq!(en_json["totals"], es_json["totals"]);

    // CSV: Spanish headers, plain numbers
    let (code, csv, err) = run(
        &[&["--lang", "es", "--format", "csv"][..], &args[..]].concat(),
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        csv.starts_with("población,servicio,medida,valor,unidad"),
        "{csv}"
    );
    let (_, csv_en, _) = run(&[&["--format", "csv"][..], &args[..]].concat(), None);
    assert_eq!(csv.lines().count(), csv_en.lines().count());

    // messages in Spanish
    let cases: &[(&[&str], &str)] = &[
        (
            &["--lang", "es", "--bogus"],
            "Opción desconocida \"--bogus\".",
        ),
        (
            &["--lang", "es", "--population", "muchos"],
            "--population debe ser un número",
        ),
        (
            &["--lang", "es", "--population", "-5"],
            "El escenario tiene un problema:",
        ),
        (&["--lang", "es", "--population", "-5"], "La población"),
        (
            &["--lang", "es", "--scenario", "-"],
            "El escenario no es JSON válido: se esperaba un valor",
        ),
        (&["--lang", "fr"], "Unknown language \"fr\"; use en or es."),
    ];
    for (args, want) in cases {
        let (code, out, err) = run(args, args.contains(&"-").then_some("nope"));
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
    let (code, help, _) = run(&["--lang", "es", "--help"], None);
    assert_eq!(code, 0);
    assert!(help.contains("USO:") && help.contains("--lang"), "{help}");
}
