//! `crisis-plan --years N`: the `buildout` object of the JSON (its field names are a contract),
//! the year table and the CSV rows, and exit code 2 for a bad plan.

use std::process::Command;

use crisis_model::analysis::buildout::buildout;
use crisis_model::inventory::Entry;
use crisis_model::scenario::buildout::Addition;
use crisis_model::*;

/// Exit code, standard output and standard error of `crisis-plan ARGS` (no standard input).
fn plan_cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
        .args(args)
        .output()
        .expect("run crisis-plan");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// A saved scenario with a plan: crisis respite from year 1, mobile teams from year 2.
fn saved(tag: &str) -> (Scenario, std::path::PathBuf) {
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_addition(
        Entry::Residential {
            youth: false,
            kind: ProgramKind::CrisisRespite,
        },
        Addition {
            start_year: 1.0,
            per_year: 4.0,
        },
    );
    s.buildout.set_addition(
        Entry::Mobile,
        Addition {
            start_year: 2.0,
            per_year: 1.0,
        },
    );
    let path = std::env::temp_dir().join(format!("buildout-cli-{tag}-{}.json", std::process::id()));
    std::fs::write(&path, s.to_json_pretty()).unwrap();
    (s, path)
}

#[test]
fn years_n_adds_a_buildout_object_with_the_contract_s_names() {
    let (s, path) = saved("json");
    let file = path.to_str().unwrap();
    let (code, out, err) = plan_cli(&["--scenario", file, "--years", "4", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let b = &v["buildout"];
    let years = b["years"].as_array().unwrap();
    assert_eq!(years.len(), 4);
    for (i, y) in years.iter().enumerate() {
        assert_eq!(y["year"], i as u64 + 1);
        assert!(y["capacity"]["residential.crisis-respite"].is_number());
        assert!(y["need"]["mobile"].is_number());
        assert!(y["turned_away_per_year"].is_number());
        for k in ["operating_cost", "startup_cost", "hospital_only_cost"] {
            for end in ["low", "mid", "high"] {
                assert!(y[k][end].is_number(), "{k}.{end}");
            }
        }
    }
    assert!(b["break_even_year"].is_null() || b["break_even_year"].is_u64());
    // the same figures as the model's
    let mut s4 = s.clone();
    s4.buildout.set_number("horizon_years", 4.0);
    let p = buildout(&s4).unwrap();
    assert_eq!(years[1]["capacity"]["residential.crisis-respite"], 8.0);
    assert_eq!(
        years[3]["startup_cost"]["mid"].as_f64().unwrap(),
        p.years[3].startup_cost.mid
    );
    assert_eq!(
        b["break_even_year"].as_u64(),
        p.break_even_year.map(u64::from)
    );
    // without --years there is no plan
    let (_, out, _) = plan_cli(&["--scenario", file, "--format", "json"]);
    assert!(!out.contains("\"buildout\""));
    std::fs::remove_file(path).ok();
}

#[test]
fn the_table_and_the_csv_carry_the_plan() {
    let (s, path) = saved("table");
    let file = path.to_str().unwrap();
    let (code, out, _) = plan_cli(&["--scenario", file, "--years", "3"]);
    assert_eq!(code, 0);
    assert!(out.contains("Build-out plan, year by year"));
    let mut s3 = s.clone();
    s3.buildout.set_number("horizon_years", 3.0);
    let p = buildout(&s3).unwrap();
    for y in &p.years {
        assert!(out.contains(&y.sentence), "{}", y.sentence);
    }
    assert!(out.contains(&p.break_even_sentence));
    let (code, out, _) = plan_cli(&["--scenario", file, "--years", "3", "--lang", "es"]);
    assert_eq!(code, 0);
    assert!(out.contains("Plan de ampliación de la capacidad, año por año"));
    assert!(out.contains("Año 2: agregar"));
    let (code, out, _) = plan_cli(&["--scenario", file, "--years", "3", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"plan year 3\",\"all\",\"total cost, default\","));
    assert!(out.contains("\"plan\",\"all\",\"break-even year\","));
    std::fs::remove_file(path).ok();
}

#[test]
fn a_bad_plan_exits_with_code_two_and_a_plain_message() {
    for n in ["0", "21", "2.5"] {
        let (code, out, err) = plan_cli(&["--years", n, "--format", "json"]);
        assert_eq!(code, 2, "--years {n}");
        assert!(out.is_empty());
        assert!(err.contains("buildout.horizon_years: The plan must cover a whole number"));
    }
    let (code, _, err) = plan_cli(&["--years", "five"]);
    assert_eq!(code, 2);
    assert!(err.contains("--years must be a number"));
    let (code, _, err) = plan_cli(&["--years", "0", "--lang", "es"]);
    assert_eq!(code, 2);
    assert!(err.contains("El plan debe abarcar un número entero de años de 1 a 20."));
    // a service opened after the plan, and a negative addition
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_addition(
        Entry::Mobile,
        Addition {
            start_year: 9.0,
            per_year: -1.0,
        },
    );
    let path = std::env::temp_dir().join(format!("buildout-bad-{}.json", std::process::id()));
    std::fs::write(&path, s.to_json()).unwrap();
    let (code, _, err) = plan_cli(&["--scenario", path.to_str().unwrap(), "--years", "5"]);
    assert_eq!(code, 2);
    assert!(err.contains("The scenario has 2 problems:"), "{err}");
    assert!(err.contains("buildout.additions.mobile.per_year"));
    assert!(err.contains("buildout.additions.mobile.start_year"));
    std::fs::remove_file(path).ok();
}
