//! The outcome rates' low and high ends in "How sure is this?": the emergency-department hours
//! of a psychiatric visit and the three police rates are uncertain inputs; the Monte Carlo
//! reports the police hours freed and the emergency-department hours not spent; the tornado
//! swings them; a bad rate is a problem; the draws agree with the full model.

use crisis_model::outcomes::outcomes;
use crisis_model::uncertainty::{inputs, OUTCOME_RATE_IDS};
use crisis_model::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// The Roadmap worked example: 12,000 episodes a year, none sent to an emergency department.
fn roadmap() -> Scenario {
    preset(PresetId::Roadmap)
}

#[test]
fn the_rates_are_uncertain_inputs_with_their_own_ends_and_sources() {
    let s = roadmap();
    let list = inputs(&s);
    let find = |id: &str| list.iter().find(|i| i.id == id).expect(id);
    let ed = find("ed_hours_per_visit");
    assert_eq!((ed.low, ed.default, ed.high), (4.4, 7.8, 18.2));
    assert_eq!(ed.low_path, "outcomes.ed_hours_per_visit_low");
    assert_eq!(ed.high_path, "outcomes.ed_hours_per_visit_high");
    assert!(ed.factors.is_none());
    assert!(ed.source.is_some());
    let p = find("police_share");
    assert_eq!((p.low, p.default, p.high), (0.2, 0.3, 0.4));
    assert!(p.source.as_ref().is_some_and(|s| s.is_assumption()));
    let t = find("police_ed_hours");
    assert_eq!((t.low, t.default, t.high), (1.5, 2.0, 8.0));
    let d = find("police_dropoff_minutes");
    assert_eq!((d.low, d.default, d.high), (10.0, 10.0, 15.0));
    for id in OUTCOME_RATE_IDS {
        assert_eq!(InputId::from_id(&id.id()), Some(id));
        for lang in [Lang::En, Lang::Es] {
            assert!(!id.label_in(lang).is_empty(), "{id:?}");
        }
        assert_ne!(id.label_in(Lang::En), id.label_in(Lang::Es));
        assert!(!id.is_factor());
    }
    // the rates come after the volumes and costs (and before the funding inputs), so the draws
    // of the volumes and costs are unchanged
    let all = InputId::all();
    assert_eq!(all[27..27 + 4], OUTCOME_RATE_IDS);
    assert!(all[27 + 4..]
        .iter()
        .all(|i| matches!(i, InputId::Funding(_))));
}

#[test]
fn the_rates_matter_only_when_some_episodes_avoid_the_emergency_department_and_have_a_range() {
    // hospital only: every episode to an emergency department
    let mut s = roadmap();
    s.flow = presets::hospital_only_flow();
    let ids: Vec<String> = inputs(&s).into_iter().map(|i| i.id).collect();
    assert!(!ids.iter().any(|i| i == "police_share"), "{ids:?}");
    // a rate without a range is not uncertain
    let mut s = roadmap();
    s.outcomes.police_share_low = 0.3;
    s.outcomes.police_share_high = 0.3;
    let ids: Vec<String> = inputs(&s).into_iter().map(|i| i.id).collect();
    assert!(!ids.iter().any(|i| i == "police_share"));
    assert!(ids.iter().any(|i| i == "police_ed_hours"));
}

/// Each rate moved from its low to its high end, by hand: E − V = 12,000 episodes a year.
#[test]
fn the_tornado_swings_the_police_hours_by_hand() {
    let s = roadmap();
    let t = tornado(&s).expect("valid");
    // 30% × 12,000 × (2 h − 10 min) = 6,600; 12,000 × 7.8 = 93,600
    assert!(
        close(t.base.police_hours, 6_600.0),
        "{}",
        t.base.police_hours
    );
    assert!(close(t.base.ed_hours, 93_600.0));
    let row = |id: &str| t.rows.iter().find(|r| r.input == id).expect(id);
    let p = row("police_share");
    // 20% and 40% of 12,000 × 11/6 hours
    assert!(close(p.at_low.police_hours, 4_400.0));
    assert!(close(p.at_high.police_hours, 8_800.0));
    assert_eq!(p.beds_swing, 0.0);
    assert_eq!(p.cost_swing, 0.0);
    // 30% × 12,000 × (1.5 h − 10 min) = 4,800; × (8 h − 10 min) = 28,200
    let h = row("police_ed_hours");
    assert!(close(h.at_low.police_hours, 4_800.0));
    assert!(close(h.at_high.police_hours, 28_200.0));
    // 15 minutes: 30% × 12,000 × 1.75 h = 6,300
    let d = row("police_dropoff_minutes");
    assert!(close(d.at_high.police_hours, 6_300.0));
    // 4.4 and 18.2 hours × 12,000
    let e = row("ed_hours_per_visit");
    assert!(close(e.at_low.ed_hours, 52_800.0));
    assert!(close(e.at_high.ed_hours, 218_400.0));
    assert!(close(e.swing(Metric::EdHours), 165_600.0));
    // the adult rate ×1.15: 13,800 episodes, 7,590 hours
    let a = row("adult_rate");
    assert!(close(a.at_high.police_hours, 7_590.0));
    // largest swing in police hours first
    let order: Vec<&str> = t
        .by(Metric::PoliceHours)
        .into_iter()
        .take(4)
        .map(|r| r.input.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "police_ed_hours",
            "police_share",
            "adult_rate",
            "police_dropoff_minutes"
        ]
    );
    // the outcomes' mid figures are the tornado's centre line
    let r = evaluate(&s).unwrap();
    let all = outcomes(&r);
    let mid = |id: &str| all.iter().find(|o| o.id == id).unwrap().annual.mid;
    assert!(close(mid("police-hours"), t.base.police_hours));
    assert!(close(mid("ed-hours"), t.base.ed_hours));
}

#[test]
fn the_monte_carlo_bands_the_hours_within_their_ends_and_agrees_with_the_model() {
    let mut s = roadmap();
    s.uncertainty.draws = 2_000;
    let mut mc = MonteCarlo::new(&s).expect("valid");
    mc.run();
    let r = mc.finish();
    for id in OUTCOME_RATE_IDS {
        assert!(r.inputs.contains(&id.id()), "{id:?}");
    }
    let b = r.band(Metric::PoliceHours);
    assert!(close(b.base, 6_600.0));
    // every draw between all the low ends (20% × 12,000 × (1.5 h − 15 min) = 3,000) and all
    // the high ends (40% × 13,800 × (8 h − 10 min) = 43,240)
    assert!(b.min >= 3_000.0 - 1e-6 && b.max <= 43_240.0 + 1e-6, "{b:?}");
    assert!(b.p10 < b.p50 && b.p50 < b.p90);
    let e = r.band(Metric::EdHours);
    assert!(e.min >= 52_800.0 - 1e-6 && e.max <= 18.2 * 13_800.0 + 1e-6);
    assert!(e.p10 < e.p90);
    assert_eq!(r.bands().len(), Metric::ALL.len());
    // a draw's figures are those of the full model on the drawn scenario
    for i in 0..40 {
        let light = mc.figures_of_draw(i);
        let full = Figures::of(&evaluate(&mc.scenario_of_draw(i)).expect("drawn valid"));
        assert!(close(light.police_hours, full.police_hours), "draw {i}");
        assert!(close(light.ed_hours, full.ed_hours), "draw {i}");
        assert!(close(light.annual_cost, full.annual_cost));
    }
    // the same seed gives the same bands
    let again = run_monte_carlo(&s).unwrap();
    assert_eq!(again.police_hours, r.police_hours);
}

#[test]
fn a_bad_rate_drawn_here_is_a_problem_at_its_field_and_others_are_not() {
    let mut s = roadmap();
    s.outcomes.police_share_low = 0.5; // above its high end
    let problems = MonteCarlo::new(&s).expect_err("rejected");
    assert!(problems
        .iter()
        .any(|p| p.field == "outcomes.police_share_low"));
    assert!(tornado(&s).is_err());
    let mut s = roadmap();
    s.outcomes.police_ed_hours = f64::NAN;
    assert!(MonteCarlo::new(&s).is_err());
    // a rate of the studies is the outcomes' own concern, not the draws'
    let mut s = roadmap();
    s.outcomes.crisis_unit_odds_ratio = 0.0;
    assert!(MonteCarlo::new(&s).is_ok());
}

#[test]
fn the_command_line_reports_the_hours_bands_and_the_rates_in_the_tornado() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
        .args(["--preset", "roadmap", "--uncertainty", "--format", "json"])
        .output()
        .expect("run crisis-plan");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mc = &v["uncertainty"]["monte_carlo"];
    assert!(close(mc["police_hours"]["base"].as_f64().unwrap(), 6_600.0));
    assert!(close(mc["ed_hours"]["base"].as_f64().unwrap(), 93_600.0));
    let inputs: Vec<&str> = mc["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i.as_str())
        .collect();
    assert!(inputs.contains(&"police_share"));
    let row = v["uncertainty"]["tornado"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["input"] == "police_share")
        .expect("the police share's row");
    assert!(close(
        row["at_low"]["police_hours"].as_f64().unwrap(),
        4_400.0
    ));
    assert!(close(
        row["at_high"]["police_hours"].as_f64().unwrap(),
        8_800.0
    ));
    // the table names the bands in both languages (a bad rate's exit code 2: tests/outcomes.rs)
    for (lang, want) in [
        ("en", "Police hours freed a year"),
        ("es", "Horas de policía liberadas al año"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
            .args(["--preset", "roadmap", "--uncertainty", "--lang", lang])
            .output()
            .expect("run crisis-plan");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(want), "{text}");
    }
}
