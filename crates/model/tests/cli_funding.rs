//! `crisis-plan` and who pays: the JSON's `funding` object (its payers add up to the total),
//! the table's section, the CSV's rows, and exit code 2 for bad funding inputs.

mod cli_common;
use cli_common::run;

fn json(args: &[&str], stdin: Option<&str>) -> serde_json::Value {
    let (code, out, err) = run(args, stdin);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("json output")
}

#[test]
fn the_payers_add_up_to_the_annual_cost_within_a_dollar() {
    for preset in ["crisis-now", "roadmap", "hospital-only"] {
        let v = json(&["--preset", preset, "--format", "json"], None);
        let total = v["totals"]["annual_cost"]["mid"].as_f64().unwrap();
        let payers = v["funding"]["by_payer"].as_array().expect("by_payer list");
        assert_eq!(payers.len(), 8);
        let ids: Vec<&str> = payers
            .iter()
            .map(|p| p["payer"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&"medicaid") && ids.contains(&"county_general_fund"));
        let sum: f64 = payers
            .iter()
            .map(|p| p["annual"]["mid"].as_f64().unwrap())
            .sum();
        assert!((sum - total).abs() <= 1.0, "{preset}: {sum} != {total}");
        for p in payers {
            let a = &p["annual"];
            assert!(a["low"].is_number() && a["high"].is_number());
        }
        let level = &v["funding"]["by_level"];
        let sum: f64 = ["federal", "state", "local", "private"]
            .iter()
            .map(|k| level[k]["mid"].as_f64().unwrap())
            .sum();
        assert!(
            (sum - total).abs() <= 1.0,
            "{preset}: levels {sum} != {total}"
        );
        let hospital = v["totals"]["hospital_only_cost"]["mid"].as_f64().unwrap();
        let sum: f64 = ["federal", "state", "local", "private"]
            .iter()
            .map(|k| {
                v["funding"]["hospital_only"]["by_level"][k]["mid"]
                    .as_f64()
                    .unwrap()
            })
            .sum();
        assert!((sum - hospital).abs() <= 1.0);
    }
}

#[test]
fn the_json_has_every_service_and_the_explanations() {
    let v = json(&["--format", "json", "--explain", "--lang", "es"], None);
    let f = &v["funding"];
    let services = f["services"].as_array().unwrap();
    assert!(services
        .iter()
        .any(|s| s["key"] == "mobile" && s["unit"] == "dispatch"));
    assert!(services
        .iter()
        .any(|s| s["key"] == "adult.programs[0]" && s["unit"] == "bed-day"));
    assert!(f["county"]["net_cost"]["mid"].is_number());
    assert!(f["state"]["savings"]["mid"].is_number());
    assert!(v["explanations"]["funding.level.federal"]["formula"]
        .as_str()
        .unwrap()
        .starts_with("Federal: la participación federal"));
}

#[test]
fn the_table_and_the_csv_carry_who_pays() {
    let (code, out, _) = run(&["--preset", "roadmap"], None);
    assert_eq!(code, 0);
    assert!(out.contains("WHO PAYS"));
    assert!(out.contains("County general fund"));
    assert!(out.contains("per occupied bed-day"));
    let (code, out, _) = run(&["--preset", "roadmap", "--lang", "es"], None);
    assert_eq!(code, 0);
    assert!(out.contains("QUIÉN PAGA") && out.contains("Fondo general del condado"));
    let (code, csv, _) = run(&["--preset", "roadmap", "--format", "csv"], None);
    assert_eq!(code, 0);
    assert!(csv.contains("\"who pays: continuum\",\"Medicaid and CHIP\","));
    assert!(csv.contains("\"cost-based rate\""));
}

#[test]
fn bad_funding_inputs_exit_with_2_and_a_plain_message() {
    let (_, template, _) = run(&["--print-scenario"], None);
    let mut v: serde_json::Value = serde_json::from_str(&template).unwrap();
    v["funding"]["fmap"] = serde_json::json!(0.4);
    v["funding"]["adult"]["medicaid"] = serde_json::json!(0.6);
    v["funding"]["rates"]["mobile"]["commercial"] = serde_json::json!(1.5);
    let (code, out, err) = run(&["--scenario", "-"], Some(&v.to_string()));
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("funding.fmap: A federal share must be from 50% to 100%."),
        "{err}"
    );
    assert!(err.contains("funding.adult: The coverage of adult episodes must add up to 100%"));
    assert!(err.contains("funding.rates.mobile.commercial: A payer's rate must be from 0% to 100%"));
    // and a file saved before who pays existed opens with its defaults
    let old = include_str!("fixtures/scenario-v1.json");
    let v = json(&["--scenario", "-", "--format", "json"], Some(old));
    assert!(v["funding"]["by_payer"].is_array());
}
