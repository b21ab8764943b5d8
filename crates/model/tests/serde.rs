//! The scenario format: lossless round trips, the version-1 fixture, partial files, and the
//! errors for files this version cannot read.

use crisis_model::*;

const FIXTURE: &str = include_str!("fixtures/scenario-v1.json");

#[test]
fn presets_round_trip_losslessly() {
    for id in PresetId::ALL {
        let s = preset(id);
        for text in [s.to_json(), s.to_json_pretty()] {
            let back = Scenario::from_json(&text).expect("reads back");
            assert_eq!(back, s, "{id:?}");
        }
    }
}

#[test]
fn edited_values_round_trip_losslessly() {
    let mut s = preset(PresetId::CrisisNow);
    s.place_name = "Comté de \"Test\" <b>\u{1F600}</b>".into();
    s.population = 123_457.0;
    s.youth_share = 0.1 + 0.2; // 0.30000000000000004
    s.adult.rate_per_100k = 1.0 / 3.0;
    s.programs[0].stay_days = std::f64::consts::PI;
    s.programs[1].cost_per_day_high = 1e-7;
    s.sizing.set_rule(SizingRule::Occupancy);
    s.mobile.mode = ResponseMode::AtOnce;
    s.mobile.cost_basis = MobileCostBasis::Dispatches;
    s.cost_basis = CostBasis::StaffedBeds;
    s.youth.enabled = false;
    s.preset = None;
    let back = Scenario::from_json(&s.to_json()).expect("reads back");
    assert_eq!(back, s);
    assert_eq!(back.to_json(), s.to_json());
}

/// A version-1 file written on the day the format was made must always load, with the same
/// values: change the reader, never this file.
#[test]
fn version_1_fixture_still_loads() {
    let s = Scenario::from_json(FIXTURE).expect("fixture loads");
    // read as today's version: what it leaves out (who pays, the build-out plan, the outcome
    // rates, "plan for") takes its defaults
    assert_eq!(s.version, SCENARIO_VERSION);
    assert_eq!(s.place_name, "Example County");
    assert_eq!(s.population, 500_000.0);
    assert_eq!(s.adult.rate_per_100k, 200.0);
    assert_eq!(s.programs.len(), 6);
    assert_eq!(s.programs[0].kind, ProgramKind::HighMedical);
    assert_eq!(s.youth.programs.len(), 2);
    assert_eq!(s.sizing.rule, SizingRule::DaysFull);
    assert_eq!(s.sizing.target, 0.05);
    let mut expected = preset(PresetId::CrisisNow);
    expected.place_name = "Example County".into();
    assert_eq!(s, expected);
    assert!(evaluate(&s).is_ok());
}

/// A version-2 file (the format that added who pays, the build-out plan, the outcome rates and
/// "plan for") written on the day it was made must always load, with the same values.
#[test]
fn version_2_fixture_still_loads() {
    let text = include_str!("fixtures/scenario-v2.json");
    let s = Scenario::from_json(text).expect("fixture loads");
    // read as today's version
    assert_eq!(s.version, 3);
    assert_eq!(s.place_name, "Example County");
    assert_eq!(s.uncertainty.plan_for, Confidence::P80);
    let plan = crisis_model::analysis::buildout::buildout_in(&s, Lang::En).expect("plan");
    assert_eq!(plan.years.len(), 8);
    // everything else is the Crisis Now preset's
    let mut expected = preset(PresetId::CrisisNow);
    expected.place_name = "Example County".into();
    expected.uncertainty.plan_for = s.uncertainty.plan_for;
    expected.buildout = s.buildout.clone();
    assert_eq!(s, expected);
    // and it writes back what it read, the residential rates by program type now: the fixture's
    // one set under each type
    let back: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    let mut fixture: serde_json::Value = serde_json::from_str(text).unwrap();
    fixture["version"] = 3.into();
    let one = fixture["funding"]["rates"]["residential"].clone();
    fixture["funding"]["rates"]["residential"] = ProgramKind::ALL
        .iter()
        .map(|k| (k.id().to_string(), one.clone()))
        .collect::<serde_json::Map<_, _>>()
        .into();
    assert_eq!(back, fixture);
    assert!(evaluate(&s).is_ok());
}

/// A version-3 file (the format that added the table of areas, the funding inputs' ranges and
/// the residential payer rates by program type) written on the day it was made must always load,
/// with the same values, and write back exactly what it read.
#[test]
fn version_3_fixture_still_loads() {
    let text = include_str!("fixtures/scenario-v3.json");
    let s = Scenario::from_json(text).expect("fixture loads");
    assert_eq!(s.version, 3);
    assert_eq!(s.place_name, "Example Region");
    // the table of areas: three counties in two regions
    let areas = crisis_model::areas::read_areas_in(&s.areas, Lang::En).expect("areas");
    assert_eq!(areas.areas.len(), 3);
    // the residential rates by program type: crisis respite's Medicaid rate is 90% of cost,
    // peer respite is not paid by commercial insurance, the rest as the preset
    let get = |p: &str| crisis_model::scenario::catalog::get_number(&s, p).unwrap();
    assert_eq!(
        get("funding.rates.residential.crisis-respite.medicaid"),
        0.9
    );
    assert_eq!(
        get("funding.rates.residential.peer-respite.commercial"),
        0.0
    );
    assert_eq!(
        get("funding.rates.residential.high-medical.commercial"),
        1.0
    );
    // a range on the federal match, 50% to 60%
    let k = crisis_model::funding::RANGED
        .iter()
        .position(|p| *p == "funding.fmap")
        .unwrap() as u8;
    assert_eq!(s.funding.ranges.end(k, false), Some(0.5));
    assert_eq!(s.funding.ranges.end(k, true), Some(0.6));
    let back: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(back, fixture);
    assert!(evaluate(&s).is_ok());
}

#[test]
fn partial_files_fill_from_their_preset() {
    let s = Scenario::from_json(
        r#"{"version": 1, "preset": "roadmap", "population": 800000,
            "programs": [{"kind": "peer-respite", "share": 1}]}"#,
    )
    .expect("reads");
    assert_eq!(s.population, 800_000.0);
    assert_eq!(s.flow, preset(PresetId::Roadmap).flow);
    assert!(!s.youth.enabled);
    assert_eq!(s.programs[0].cost_per_day_low, 50.0);
    assert_eq!(s.programs[0].max_beds_per_facility, 16.0);
    let s =
        Scenario::from_json(r#"{"version": 1, "sizing": {"rule": "occupancy", "target": 0.85}}"#)
            .expect("reads");
    assert_eq!(s.sizing.max_utilization, 0.95);
    assert_eq!(s.programs, preset(PresetId::CrisisNow).programs);
}

#[test]
fn unreadable_files_give_plain_errors() {
    let cases: &[(&str, &str)] = &[
        (r#"{"version": 4}"#, "newer version"),
        (r#"{"population": 5}"#, "no \"version\""),
        (r#"{"version": "one"}"#, "reads versions 1, 2 and 3"),
        (r#"[1, 2]"#, "must be a JSON object"),
        (
            r#"{"version": 1, "populaton": 5}"#,
            "unknown field `populaton`",
        ),
        (r#"{"version": 1, "preset": "atlantis"}"#, "Unknown preset"),
        (
            r#"{"version": 1, "programs": [{"kind": "castle"}]}"#,
            "Unknown program kind",
        ),
        (
            r#"{"version": 1, "population": "many"}"#,
            "could not be read",
        ),
        ("{\"version\": 1, ", "not valid JSON"),
        ("", "not valid JSON"),
    ];
    for (text, needle) in cases {
        let err = Scenario::from_json(text).expect_err(text);
        assert!(err.contains(needle), "{text}: {err}");
    }
    let huge = format!(
        "{{\"version\": 1, \"place_name\": \"{}\"}}",
        "x".repeat(1_000_001)
    );
    let err = Scenario::from_json(&huge).expect_err("too big");
    assert!(err.contains("1 MB"), "{err}");
}

#[test]
fn nan_saved_by_the_page_reads_back_as_the_default() {
    let mut s = preset(PresetId::Roadmap);
    s.population = f64::NAN;
    let text = s.to_json();
    assert!(text.contains("\"population\":null"));
    let back = Scenario::from_json(&text).expect("reads");
    assert_eq!(back.population, 500_000.0);
}
