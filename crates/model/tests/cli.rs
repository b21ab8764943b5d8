//! The `crisis-plan` command line: one case a line where possible.

mod cli_common;
use cli_common::run;

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
    assert_eq!(v["version"], 3);
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

/// Every object with numeric `low` and `high` (and `mid`) under `v`: (path, low, mid, high).
fn ranges(v: &serde_json::Value, at: &str, out: &mut Vec<(String, f64, Option<f64>, f64)>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(l), Some(h)) = (
                m.get("low").and_then(|x| x.as_f64()),
                m.get("high").and_then(|x| x.as_f64()),
            ) {
                out.push((at.to_string(), l, m.get("mid").and_then(|x| x.as_f64()), h));
            }
            for (k, x) in m {
                ranges(x, &format!("{at}.{k}"), out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                ranges(x, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_range_that_leaves_the_model_reads_smaller_to_larger() {
    for preset in ["crisis-now", "roadmap", "hospital-only"] {
        // JSON: every {low, mid, high}, with everything the command line can add
        let v = json(&[
            "--preset",
            preset,
            "--confidence",
            "0.9",
            "--uncertainty",
            "--explain",
            "--format",
            "json",
        ]);
        let mut found = Vec::new();
        ranges(&v, "", &mut found);
        assert!(found.len() > 20, "{preset}: {}", found.len());
        for (at, low, mid, high) in &found {
            assert!(low <= high, "{preset} {at}: {low} > {high}");
            if let Some(mid) = mid {
                assert!(
                    low <= mid && mid <= high,
                    "{preset} {at}: {low} {mid} {high}"
                );
            }
        }
        // CSV: the three rows of each money figure, smaller first, each named for its case
        for lang in ["en", "es"] {
            let (code, out, err) = run(
                &["--preset", preset, "--format", "csv", "--lang", lang],
                None,
            );
            assert_eq!(code, 0, "{err}");
            let rows: Vec<(String, f64)> = out
                .lines()
                .skip(1)
                .filter_map(|l| {
                    let cells: Vec<&str> = l.split(',').collect();
                    let n = cells.len();
                    Some((cells[..n - 2].join(","), cells[n - 2].parse().ok()?))
                })
                .collect();
            let mut triples = 0;
            for w in rows.windows(3) {
                let named = |s: &str, en: &str, es: &str| s.contains(en) || s.contains(es);
                let stem = |s: &str| s.split(" (").next().unwrap_or_default().to_string();
                let triple = stem(&w[0].0) == stem(&w[1].0) && stem(&w[2].0) == stem(&w[1].0);
                if triple && named(&w[1].0, "(default)", "(predeterminado)") {
                    triples += 1;
                    let cases = [&w[0].0, &w[2].0];
                    assert!(cases.iter().all(|c| named(c, "costs)", "costos ")), "{w:?}");
                    assert!(
                        w[0].1 <= w[1].1 && w[1].1 <= w[2].1,
                        "{preset} {lang}: {w:?}"
                    );
                }
            }
            assert!(triples >= 3, "{preset} {lang}");
        }
    }
    // the savings of Crisis Now: larger at low costs, so the high-cost end comes first
    let (_, out, _) = run(&["--preset", "crisis-now", "--format", "csv"], None);
    let first = out.lines().find(|l| l.contains("\"savings (")).unwrap();
    assert!(first.contains("savings (at high costs)"), "{first}");
    let (_, out, _) = run(&["--preset", "crisis-now", "--explain"], None);
    assert!(
        out.contains("$1.6 million ($1.3 million at high costs to $1.9 million at low costs)"),
        "{out}"
    );
    let (_, out, _) = run(
        &["--preset", "crisis-now", "--explain", "--lang", "es"],
        None,
    );
    assert!(
        out.contains(
            "$1.6 millones (de $1.3 millones con costos altos a $1.9 millones con costos bajos)"
        ),
        "{out}"
    );
}

#[test]
fn confidence_adds_the_plan_at_that_confidence_and_the_percentiles() {
    let v = json(&[
        "--preset",
        "roadmap",
        "--confidence",
        "0.8",
        "--format",
        "json",
    ]);
    let t = &v["totals"];
    let at = &t["at_confidence"];
    let mut names: Vec<&str> = at.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "annual_cost",
            "confidence",
            "crisis_line_on_duty",
            "mobile_teams",
            "receiving_chairs",
            "residential_beds"
        ]
    );
    assert_eq!(at["confidence"], 0.8);
    // the same shapes as in totals
    for k in ["residential_beds", "receiving_chairs", "annual_cost"] {
        let mut a: Vec<&String> = at[k].as_object().unwrap().keys().collect();
        let mut b: Vec<&String> = t[k].as_object().unwrap().keys().collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{k}");
    }
    assert!(at["mobile_teams"].is_u64() && at["crisis_line_on_duty"].is_u64());
    assert_eq!(t["residential_beds"]["total"], 55);
    let beds80 = at["residential_beds"]["total"].as_u64().unwrap();
    assert!(beds80 > 55, "{beds80}");
    let p = t["base_percentile"]["residential_beds"].as_f64().unwrap();
    assert!(p > 0.0 && p < 10.0, "{p}");
    for k in [
        "receiving_chairs",
        "mobile_teams",
        "crisis_line_on_duty",
        "annual_cost",
        "savings",
    ] {
        let x = t["base_percentile"][k].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&x), "{k}: {x}");
    }
    // 90% never below 80%; 0.5 is the plan as calculated
    let v90 = json(&[
        "--preset",
        "roadmap",
        "--confidence",
        "0.9",
        "--format",
        "json",
    ]);
    assert!(
        v90["totals"]["at_confidence"]["residential_beds"]["total"]
            .as_u64()
            .unwrap()
            >= beds80
    );
    let v50 = json(&[
        "--preset",
        "roadmap",
        "--confidence",
        "0.5",
        "--format",
        "json",
    ]);
    assert_eq!(v50["totals"]["at_confidence"]["confidence"], 0.5);
    assert_eq!(
        v50["totals"]["at_confidence"]["residential_beds"],
        t["residential_beds"]
    );
    // without --confidence (and a typical-case scenario): nothing added
    let plain = json(&["--preset", "roadmap", "--format", "json"]);
    assert!(plain["totals"].get("at_confidence").is_none());
    assert!(plain["totals"].get("base_percentile").is_none());
    // a scenario that plans for 90% adds it without the option
    let mut s = crisis_model::preset(crisis_model::PresetId::Roadmap);
    s.uncertainty.plan_for = crisis_model::Confidence::P90;
    let (code, out, err) = run(
        &["--scenario", "-", "--format", "json"],
        Some(&s.to_json_pretty()),
    );
    assert_eq!(code, 0, "{err}");
    let from_file: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        from_file["totals"]["at_confidence"],
        v90["totals"]["at_confidence"]
    );
    // other values: exit 2 with a plain message, in either language
    for bad in ["0.7", "1", "95%", "high", ""] {
        let (code, _, err) = run(&["--confidence", bad], None);
        assert_eq!(code, 2, "{bad}");
        assert!(
            err.contains("--confidence takes 0.5 (the typical case), 0.8 or 0.9"),
            "{err}"
        );
    }
    let (code, _, err) = run(&["--confidence", "0.7", "--lang", "es"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("--confidence lleva 0.5 (el caso típico), 0.8 o 0.9"),
        "{err}"
    );
    // the table shows the plan beside the plan at the confidence
    let (code, out, _) = run(&["--preset", "roadmap", "--confidence", "0.8"], None);
    assert_eq!(code, 0);
    assert!(out.contains("PLAN FOR: 80% OF FUTURES"), "{out}");
    assert!(out.contains("Extra cost over the plan"), "{out}");
}
