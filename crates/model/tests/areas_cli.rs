//! `crisis-plan --areas FILE`: the JSON contract (`areas` with `name`, `population` and the
//! single-area `totals`; `regions` with `separate` and `pooled`; `total`), the table and the
//! CSV, and exit code 2 with the row and column of a bad row.

mod cli_common;
use cli_common::run;

fn json(args: &[&str], stdin: Option<&str>) -> serde_json::Value {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("json output")
}

const FIVE: &str = "name,population,rate,rural,region\n\
    Alpine,1200,,yes,Sierra\n\
    Amador,40000,250,no,Sierra\n\
    Calaveras,46000,,,Sierra\n\
    Sacramento,1585000,180,no,Valley\n\
    Yolo,216000,,no,Valley\n";

#[test]
fn json_has_areas_regions_and_total_and_each_area_is_the_single_area_output() {
    let v = json(&["--areas", "-", "--format", "json"], Some(FIVE));
    let areas = v["areas"].as_array().expect("areas");
    assert_eq!(areas.len(), 5);
    // an urban area's totals are exactly what the single-area command prints for it
    for (i, pop, rate) in [
        (3, "1585000", "180"),
        (4, "216000", "200"),
        (1, "40000", "250"),
    ] {
        let single = json(
            &["--population", pop, "--rate", rate, "--format", "json"],
            None,
        );
        assert_eq!(areas[i]["totals"], single["totals"], "area {i}");
        assert_eq!(areas[i]["population"], single["population"]);
    }
    assert_eq!(areas[0]["name"], "Alpine");
    let regions = v["regions"].as_array().expect("regions");
    assert_eq!(regions.len(), 2);
    for r in regions {
        let (sep, pooled) = (
            r["separate"].as_u64().unwrap(),
            r["pooled"].as_u64().unwrap(),
        );
        assert!(pooled <= sep);
        let members: u64 = areas
            .iter()
            .filter(|a| a["region"] == r["name"])
            .map(|a| a["totals"]["residential_beds"]["total"].as_u64().unwrap())
            .sum();
        assert_eq!(sep, members);
    }
    let total: u64 = areas
        .iter()
        .map(|a| a["totals"]["residential_beds"]["total"].as_u64().unwrap())
        .sum();
    assert_eq!(v["total"]["totals"]["residential_beds"]["total"], total);
    assert_eq!(v["total"]["population"], 1_888_200.0);
}

#[test]
fn table_and_csv_in_both_languages() {
    let (code, out, err) = run(&["--areas", "-"], Some(FIVE));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Sacramento"));
    assert!(out.contains("Pooled beds"));
    assert!(out.contains("Seed 003"));
    let (code, out, _) = run(&["--areas", "-", "--lang", "es"], Some(FIVE));
    assert_eq!(code, 0);
    assert!(out.contains("Camas en conjunto compartido"));
    let (code, out, _) = run(&["--areas", "-", "--format", "csv"], Some(FIVE));
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + 5 + 2 + 1, "header, areas, regions, total");
    assert!(lines[4].starts_with("\"area\",\"Sacramento\",\"Valley\",1585000,"));
}

#[test]
fn a_bad_row_exits_2_naming_row_and_column() {
    let mut text = String::from("name,population\n");
    for i in 2..=300 {
        if i == 212 {
            text.push_str("Bad,12x00\n");
        } else {
            text.push_str(&format!("A{i},{}\n", 1000 + i));
        }
    }
    let (code, out, err) = run(&["--areas", "-", "--format", "json"], Some(&text));
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("Row 212, column \"population\": \"12x00\" is not a number."),
        "{err}"
    );
    let (code, _, err) = run(&["--areas", "-", "--lang", "es"], Some(&text));
    assert_eq!(code, 2);
    assert!(err.contains("Fila 212, columna \"population\""), "{err}");
    // an area the single-area planner refuses
    let (code, _, err) = run(&["--areas", "-"], Some("name,population\nZero,0\n"));
    assert_eq!(code, 2);
    assert!(err.contains("Row 2 (Zero): population:"), "{err}");
    // an empty file, a missing file, a missing column
    let (code, _, err) = run(&["--areas", "-"], Some(""));
    assert_eq!((code, err.contains("empty")), (2, true), "{err}");
    let (code, _, err) = run(&["--areas", "/no/such/areas.csv"], None);
    assert_eq!((code, err.contains("Cannot open")), (2, true), "{err}");
    let (code, _, err) = run(&["--areas", "-"], Some("name\nA\n"));
    assert_eq!((code, err.contains("population")), (2, true), "{err}");
}

#[test]
fn a_file_over_16_mb_is_refused_with_the_limit() {
    let big = "x".repeat(17 * 1024 * 1024);
    let (code, _, err) = run(&["--areas", "-"], Some(&big));
    assert_eq!(code, 2);
    assert!(err.contains("16 MB (16,777,216 bytes)"), "{err}");
}

#[test]
fn the_pages_json_is_the_commands_json() {
    let (code, out, err) = run(&["--areas", "-", "--format", "json"], Some(FIVE));
    assert_eq!(code, 0, "{err}");
    let read = crisis_model::areas::read_areas(FIVE).expect("readable");
    let page = crisis_model::areas::evaluate_areas(
        &crisis_model::presets::preset(crisis_model::PresetId::CrisisNow),
        &read.areas,
        crisis_model::Lang::En,
    )
    .json();
    assert_eq!(page, out);
}
