//! What the continuum averts: zero when the continuum sends everyone where hospital-only does;
//! a larger mobile share never frees fewer police hours; the studies' ranges are the effects'
//! confidence intervals on the same volumes; a hand-worked case to the unit for each flow
//! outcome; the benchmarks; the rates' validation; files without the rates.

use crisis_model::benchmarks::{benchmarks, Position};
use crisis_model::outcomes::{averted_by_odds_ratio, outcomes, Outcome, Volumes};
use crisis_model::presets::hospital_only_flow;
use crisis_model::validate::{validate_outcomes, validate_outcomes_in};
use crisis_model::*;

fn eval(s: &Scenario) -> Results {
    evaluate(s).expect("valid scenario")
}

fn find<'a>(all: &'a [Outcome], id: &str) -> &'a Outcome {
    all.iter().find(|o| o.id == id).expect(id)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn assert_annual(o: &Outcome, low: f64, mid: f64, high: f64) {
    assert!(
        close(o.annual.low, low) && close(o.annual.mid, mid) && close(o.annual.high, high),
        "{}: {:?} against {low} / {mid} / {high}",
        o.id,
        o.annual
    );
}

const IDS: [&str; 11] = [
    "ed-visits",
    "ed-hours",
    "admissions",
    "bed-days",
    "police-hours",
    "police-officers",
    "admissions-crisis-unit",
    "hospitalizations-community",
    "youth-ed-visits",
    "line-emergency",
    "line-resolved",
];

#[test]
fn every_outcome_is_zero_when_the_continuum_sends_everyone_where_hospital_only_does() {
    for id in PresetId::ALL {
        let mut s = preset(id);
        s.flow = hospital_only_flow();
        s.youth.flow = hospital_only_flow();
        s.youth.enabled = true;
        s.crisis_line.enabled = false;
        let all = outcomes(&eval(&s));
        assert_eq!(all.iter().map(|o| o.id).collect::<Vec<_>>(), IDS);
        for o in &all {
            assert_eq!(
                (o.annual.low, o.annual.mid, o.annual.high),
                (0.0, 0.0, 0.0),
                "{id:?} {}",
                o.id
            );
        }
    }
    // the hospital-only preset itself averts nothing
    let all = outcomes(&eval(&preset(PresetId::HospitalOnly)));
    assert!(all.iter().all(|o| o.annual.high.abs() < 1e-9));
}

#[test]
fn a_larger_mobile_share_never_frees_fewer_police_hours() {
    let base = preset(PresetId::CrisisNow);
    let police = |s: &Scenario| {
        let o = outcomes(&eval(s));
        let h = find(&o, "police-hours").annual;
        let f = find(&o, "police-officers").annual;
        [h.low, h.mid, h.high, f.low, f.mid, f.high]
    };
    let mut compared = 0;
    for ed in [0.0, 0.1, 0.14, 0.3, 0.6] {
        for receiving in [0.0, 0.2, 0.4] {
            let mut s = base.clone();
            s.flow.entry_to_ed = ed;
            s.flow.entry_to_receiving = receiving;
            s.flow.entry_to_mobile = 0.0;
            for delta in [0.01, 0.05, 0.2] {
                // the extra mobile share taken from the emergency department, the receiving
                // facility, or the episodes resolved at entry
                for from in ["ed", "receiving", "resolved"] {
                    let mut t = s.clone();
                    let room = match from {
                        "ed" => t.flow.entry_to_ed,
                        "receiving" => t.flow.entry_to_receiving,
                        _ => {
                            1.0 - ed
                                - receiving
                                - 0.0
                                - t.flow.entry_to_residential
                                - t.flow.entry_to_inpatient
                        }
                    };
                    if room < delta {
                        continue;
                    }
                    match from {
                        "ed" => t.flow.entry_to_ed -= delta,
                        "receiving" => t.flow.entry_to_receiving -= delta,
                        _ => {}
                    }
                    t.flow.entry_to_mobile += delta;
                    assert!(validate(&s).is_empty() && validate(&t).is_empty());
                    let (before, after) = (police(&s), police(&t));
                    for (b, a) in before.iter().zip(after) {
                        assert!(
                            a >= b - 1e-9,
                            "ed {ed} rec {receiving} +{delta} from {from}"
                        );
                    }
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 40, "{compared}");
}

#[test]
fn the_studies_ranges_are_the_confidence_intervals_on_the_same_volumes() {
    let r = eval(&preset(PresetId::CrisisNow));
    let v = Volumes::of(&r);
    let all = outcomes(&r);
    let p0 = v.hospital_only_probability();
    let unit = find(&all, "admissions-crisis-unit");
    assert_annual(
        unit,
        averted_by_odds_ratio(v.receiving, p0, 0.68),
        averted_by_odds_ratio(v.receiving, p0, 0.55),
        averted_by_odds_ratio(v.receiving, p0, 0.43),
    );
    // the volume is the receiving facility's admissions of both streams, the baseline the
    // hospital-only case's
    let year = 12.0;
    let receiving = (r.adult.flow.receiving.per_month
        + r.youth.as_ref().unwrap().flow.receiving.per_month)
        * year;
    assert!(close(v.receiving, receiving));
    assert!(close(
        p0,
        (r.adult.hospital_only.admissions_per_month
            + r.youth.as_ref().unwrap().hospital_only.admissions_per_month)
            * year
            / r.totals.episodes_per_year
    ));
    // odds ratio by hand: p1 = OR p0 / (1 - p0 + OR p0)
    let p1 = 0.55 * p0 / (1.0 - p0 + 0.55 * p0);
    assert!(close(unit.annual.mid, v.receiving * (p0 - p1)));

    let community = find(&all, "hospitalizations-community");
    assert_annual(community, v.mobile * 0.08, v.mobile * 0.08, v.mobile * 0.08);

    // youth mobile crisis: with one baseline, the range is the odds ratio's interval
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.youth_later_ed_share_low = 0.2;
    s.outcomes.youth_later_ed_share_high = 0.2;
    let r = eval(&s);
    let v = Volumes::of(&r);
    let youth = find(&outcomes(&r), "youth-ed-visits").clone();
    assert!(v.youth_mobile > 0.0);
    assert_annual(
        &youth,
        averted_by_odds_ratio(v.youth_mobile, 0.2, 0.84),
        averted_by_odds_ratio(v.youth_mobile, 0.2, 0.75),
        averted_by_odds_ratio(v.youth_mobile, 0.2, 0.66),
    );
    // every outcome is ordered low <= mid <= high at the defaults
    for o in outcomes(&eval(&preset(PresetId::CrisisNow))) {
        assert!(
            o.annual.low <= o.annual.mid && o.annual.mid <= o.annual.high,
            "{}",
            o.id
        );
    }
}

/// The Roadmap worked example: 500,000 residents, 200 episodes per 100,000 a month, 30% to
/// residential care and 14% to inpatient, nobody to an emergency department; the crisis line at
/// 150 contacts per 100,000 a month.
#[test]
fn hand_worked_flow_outcomes_to_the_unit() {
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = true;
    let r = eval(&s);
    let all = outcomes(&r);
    // E = 500,000 / 100,000 × 200 × 12 = 12,000 episodes; V = 0
    assert_annual(find(&all, "ed-visits"), 12_000.0, 12_000.0, 12_000.0);
    // × 7.8 (4.4-18.2) hours
    assert_annual(find(&all, "ed-hours"), 52_800.0, 93_600.0, 218_400.0);
    // A0 = 44% × 12,000 = 5,280; A = 14% × 12,000 = 1,680
    assert_annual(find(&all, "admissions"), 3_600.0, 3_600.0, 3_600.0);
    // × 7 days
    assert_annual(find(&all, "bed-days"), 25_200.0, 25_200.0, 25_200.0);
    // 30% (20-40%) × 12,000 × (2 h − 10 min); low (1.5 h − 15 min), high (8 h − 10 min)
    assert_annual(find(&all, "police-hours"), 3_000.0, 6_600.0, 37_600.0);
    // ÷ 1,750 productive hours
    assert_annual(
        find(&all, "police-officers"),
        3_000.0 / 1_750.0,
        6_600.0 / 1_750.0,
        37_600.0 / 1_750.0,
    );
    // 750 contacts a month = 9,000 a year; × 1.5% (0.8-2%); × 80% (70-90%)
    assert_annual(find(&all, "line-emergency"), 72.0, 135.0, 180.0);
    assert_annual(find(&all, "line-resolved"), 6_300.0, 7_200.0, 8_100.0);
    // no mobile teams, no receiving facility, no youth stream in the worked example
    for id in [
        "admissions-crisis-unit",
        "hospitalizations-community",
        "youth-ed-visits",
    ] {
        assert_annual(find(&all, id), 0.0, 0.0, 0.0);
    }
    // the figure in words
    assert_eq!(
        find(&all, "ed-hours").figure_in(Lang::En),
        "93,600 (52,800-218,400) hours a year"
    );
    assert_eq!(
        find(&all, "police-officers").figure_in(Lang::Es),
        "3.8 (1.7-21.5) agentes de tiempo completo"
    );
}

#[test]
fn every_outcome_has_evidence_a_source_and_an_explanation_in_both_languages() {
    let r = eval(&preset(PresetId::CrisisNow));
    for o in outcomes(&r) {
        assert!(!o.source.is_empty(), "{}", o.id);
        for lang in [Lang::En, Lang::Es] {
            assert!(!o.label_in(lang).is_empty() && !o.unit_in(lang).is_empty());
            assert!(!o.source_in(&r, lang).is_empty());
            let e = o.explain_in(&r, lang);
            assert!(!e.formula.is_empty() && !e.inputs.is_empty(), "{}", o.id);
            assert!(!e.figure.contains("NaN"));
            if let Some(c) = o.counter {
                assert!(!c.sentence_in(lang).is_empty());
            }
        }
        assert_ne!(o.label_in(Lang::En), o.label_in(Lang::Es));
        assert_ne!(
            o.source_in(&r, Lang::Es),
            o.source_in(&r, Lang::En),
            "{}",
            o.id
        );
    }
    let all = outcomes(&r);
    assert_eq!(
        find(&all, "admissions-crisis-unit").evidence.id(),
        "meta-analysis"
    );
    assert_eq!(find(&all, "police-hours").evidence.id(), "assumption");
    assert_eq!(find(&all, "line-resolved").evidence.id(), "program-report");
    assert_eq!(
        find(&all, "admissions").counter.map(|c| c.id()),
        Some("arizona-null")
    );
    assert_eq!(
        find(&all, "police-hours").counter.map(|c| c.id()),
        Some("civilian-supplemented")
    );
}

#[test]
fn benchmarks_place_the_plan_among_the_published_figures() {
    let r = eval(&preset(PresetId::Roadmap));
    let b = benchmarks(&r);
    let ids: Vec<&str> = b.iter().map(|x| x.id).collect();
    assert_eq!(
        ids,
        [
            "tac-beds",
            "hudson-beds",
            "crnc-episodes",
            "crnc-mobile",
            "crnc-receiving",
            "crnc-ed",
            "roadmap-residential-beds"
        ]
    );
    let get = |id: &str| b.iter().find(|x| x.id == id).unwrap();
    // the worked example's 55 beds for 500,000 people: 11 per 100,000, within 50-60
    let res = get("roadmap-residential-beds");
    assert!(close(res.comparable, 11.0));
    assert_eq!(res.position, Position::Within);
    // 200 episodes per 100,000 a month, below the calculator's 230
    let ep = get("crnc-episodes");
    assert!(close(ep.comparable, 200.0));
    assert_eq!(ep.position, Position::Below);
    // inpatient beds per 100,000 from the plan's own beds
    let inpatient = r.totals.inpatient_beds.total as f64 / 5.0;
    assert!(close(get("tac-beds").comparable, inpatient));
    assert_eq!(get("tac-beds").value_in(Lang::En), "50.0 (40.0-60.0)");
    // the Crisis Now preset's triage shares are the calculator's
    let r = eval(&preset(PresetId::CrisisNow));
    let b = benchmarks(&r);
    for (id, share) in [
        ("crnc-mobile", 0.32),
        ("crnc-receiving", 0.54),
        ("crnc-ed", 0.14),
    ] {
        let x = b.iter().find(|x| x.id == id).unwrap();
        assert!(close(x.comparable, share), "{id}");
        assert_eq!(x.position, Position::Within);
    }
    for x in &b {
        for lang in [Lang::En, Lang::Es] {
            assert!(!x.label_in(lang).is_empty());
            assert!(!x.method_in(lang).is_empty() && !x.counts_in(lang).is_empty());
        }
    }
}

#[test]
fn bad_rates_give_a_plain_message_at_the_field() {
    assert!(validate_outcomes(&preset(PresetId::CrisisNow)).is_empty());
    let at = |s: &Scenario, lang| -> Vec<(String, String)> {
        validate_outcomes_in(s, lang)
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect()
    };
    // a share outside 0-100%
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.police_share = 1.2;
    assert_eq!(
        at(&s, Lang::En),
        [(
            "outcomes.police_share".to_string(),
            "A share must be from 0% to 100%.".to_string()
        )]
    );
    assert_eq!(
        at(&s, Lang::Es)[0].1,
        "Una proporción debe estar entre 0% y 100%."
    );
    // negative hours
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.police_ed_hours_low = -1.0;
    assert_eq!(
        at(&s, Lang::En),
        [(
            "outcomes.police_ed_hours_low".to_string(),
            "Hours must be a number from 0 to 100.".to_string()
        )]
    );
    s.outcomes.police_ed_hours_low = f64::NAN;
    assert_eq!(at(&s, Lang::En).len(), 1);
    // a low end above its high end
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.ed_hours_per_visit_low = 20.0;
    assert_eq!(
        at(&s, Lang::En),
        [(
            "outcomes.ed_hours_per_visit_low".to_string(),
            "The low end must not be above the high end.".to_string()
        )]
    );
    assert_eq!(
        at(&s, Lang::Es)[0].1,
        "El extremo bajo no debe ser mayor que el extremo alto."
    );
    // a value outside its ends
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.crisis_unit_odds_ratio = 0.9;
    assert_eq!(at(&s, Lang::En)[0].0, "outcomes.crisis_unit_odds_ratio");
    // an odds ratio of zero is refused
    s.outcomes.crisis_unit_odds_ratio = 0.0;
    assert_eq!(
        at(&s, Lang::En)[0].1,
        "An odds ratio must be more than 0 and at most 10."
    );
    // rates not in use are not checked
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = false;
    s.outcomes.line_resolved_share = -3.0;
    s.outcomes.youth_later_ed_share = 7.0;
    assert!(validate_outcomes(&s).is_empty());
    // the plan itself stays valid: the rates change no bed or cost
    assert!(validate(&s).is_empty());
    // the outcomes never hold a non-finite number, whatever the rates
    let mut s = preset(PresetId::CrisisNow);
    s.outcomes.police_ed_hours = f64::NAN;
    s.outcomes.crisis_unit_odds_ratio_low = f64::INFINITY;
    for o in outcomes(&eval(&s)) {
        assert!(o.annual.low.is_finite() && o.annual.mid.is_finite() && o.annual.high.is_finite());
    }
}

#[test]
fn files_without_the_rates_open_unchanged_and_the_rates_round_trip() {
    let old = Scenario::from_json(include_str!("fixtures/scenario-v1.json")).expect("fixture");
    assert_eq!(old.outcomes, preset(PresetId::CrisisNow).outcomes);
    assert!(validate_outcomes(&old).is_empty());
    let mut s = preset(PresetId::Roadmap);
    s.outcomes.police_share = 0.45;
    s.outcomes.police_share_high = 0.5;
    let back = Scenario::from_json(&s.to_json()).expect("round trip");
    assert_eq!(back, s);
    // a partial key keeps the other defaults; an unknown key or a wrong type is an error
    let t = Scenario::from_json(r#"{"version": 1, "outcomes": {"police_share": 0.25}}"#)
        .expect("partial");
    assert_eq!(t.outcomes.police_share, 0.25);
    assert_eq!(t.outcomes.ed_hours_per_visit, 7.8);
    assert!(Scenario::from_json(r#"{"version": 1, "outcomes": {"nope": 1}}"#).is_err());
    assert!(Scenario::from_json(r#"{"version": 1, "outcomes": {"police_share": "x"}}"#).is_err());
    // the link carries the rates
    let link = link::encode(&s);
    assert_eq!(link::decode(&link).expect("decodes").outcomes, s.outcomes);
}

#[test]
fn the_methods_document_lists_every_input_formula_and_check() {
    use crisis_model::catalog;
    use crisis_model::methods::{methods, methods_markdown};
    for id in PresetId::ALL {
        let mut s = preset(id);
        s.youth.enabled = true;
        s.crisis_line.enabled = true;
        let r = eval(&s);
        for lang in [Lang::En, Lang::Es] {
            let m = methods(&r, lang);
            let md = methods_markdown(&r, lang);
            // walk the catalog: every number input of this scenario, and every input that is
            // not a number, is listed with a value and a source
            let mut paths = catalog::number_paths(&s);
            paths.extend(catalog::OTHER_INPUTS.iter().map(|p| p.to_string()));
            for path in &paths {
                let row = m.inputs.iter().find(|i| &i.path == path);
                let row = row.unwrap_or_else(|| panic!("{id:?}: {path} missing"));
                assert!(!row.value.is_empty(), "{path}: no value");
                assert!(!row.source.is_empty(), "{path}: no source");
                assert!(
                    md.contains(&format!("`{path}`")),
                    "{path} not in the Markdown"
                );
            }
            for i in catalog::INPUTS {
                let shared = catalog::INPUTS.iter().filter(|x| x.path == i.path).count() > 1;
                if shared && !i.when.holds(&s) {
                    continue;
                }
                let row = m.inputs.iter().find(|x| x.path == i.path).unwrap();
                assert_eq!(row.label, i.label_in(lang));
                assert!(!row.range.is_empty());
            }
            // every explanation of the results, and every outcome's formula
            for (key, _) in r.explanations_in(lang) {
                assert!(md.contains(&format!("`{key}`")), "{key}");
            }
            for o in outcomes(&r) {
                assert!(md.contains(&format!("`outcomes.{}`", o.id)), "{}", o.id);
            }
            assert_eq!(m.checks.len(), 4);
            assert!(m.checks.iter().all(|c| c.passed), "{:?}", m.checks);
            assert!(md.contains(&format!("{}", SCENARIO_VERSION)));
            assert!(md.contains(env!("CARGO_PKG_VERSION")));
        }
    }
}

#[test]
fn the_command_line_writes_outcomes_benchmarks_and_the_methods() {
    use std::process::Command;
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
            .args(args)
            .output()
            .expect("run crisis-plan")
    };
    let out = run(&["--preset", "roadmap", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let list = v["outcomes"].as_array().expect("outcomes");
    assert_eq!(list.len(), IDS.len());
    for o in list {
        for key in ["id", "unit", "method", "evidence", "source", "annual"] {
            assert!(o.get(key).is_some(), "{key} in {o}");
        }
        assert!(["flow", "studies"].contains(&o["method"].as_str().unwrap()));
        for end in ["low", "mid", "high"] {
            assert!(o["annual"][end].as_f64().is_some());
        }
    }
    let ed = list.iter().find(|o| o["id"] == "ed-hours").unwrap();
    assert_eq!(ed["annual"]["mid"].as_f64(), Some(93_600.0));
    assert_eq!(ed["evidence"], "administrative-data");
    let b = v["benchmarks"].as_array().expect("benchmarks");
    assert_eq!(b.len(), 7);
    for x in b {
        for key in ["id", "source", "value", "comparable"] {
            assert!(x.get(key).is_some(), "{key} in {x}");
        }
    }
    // the table and the CSV carry them too
    let table = String::from_utf8(run(&["--preset", "roadmap"]).stdout).unwrap();
    assert!(
        table.contains("93,600 (52,800-218,400) hours a year"),
        "{table}"
    );
    assert!(table.contains("Mark et al., Crisis 2025"));
    let csv = String::from_utf8(run(&["--preset", "roadmap", "--format", "csv"]).stdout).unwrap();
    assert!(csv.contains(
        "\"outcomes\",\"Emergency-department hours not spent\",\"From the flow; administrative data; default\",93600,\"hours a year\""
    ), "{csv}");
    assert!(csv.contains("\"benchmarks\""));
    // the methods document
    let md = run(&["--preset", "roadmap", "--methods"]);
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Crisis Continuum Planner: methods"));
    assert!(md.contains("`outcomes.police_share`"));
    let es = String::from_utf8(run(&["--lang", "es", "--methods"]).stdout).unwrap();
    assert!(es.contains("Comprobaciones del modelo"));
    // a bad rate: exit code 2, the message on standard error
    let dir = std::env::temp_dir().join(format!("crisis-outcomes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.json");
    std::fs::write(
        &file,
        r#"{"version": 1, "outcomes": {"police_share": 1.5}}"#,
    )
    .unwrap();
    let bad = run(&["--scenario", file.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(
        err.contains("outcomes.police_share: A share must be from 0% to 100%."),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
