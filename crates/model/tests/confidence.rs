//! Where the plan sits in its own uncertainty, and the plan sized to a chosen confidence: the
//! percentile of each base figure comes from the same draws as the bands, sizing grows with the
//! confidence, the sentence names the inputs the tornado ranks, the choice is a scenario input
//! (file, link; old files open as the typical case), and every range the model hands out reads
//! smaller to larger.

use crisis_model::confidence::{
    confidence_results, percentile_sentence, placement, AtConfidence, ConfidenceResults,
};
use crisis_model::*;

fn run(s: &Scenario) -> (MonteCarlo, UncertaintyResults, ConfidenceResults) {
    let mut mc = MonteCarlo::new(s).expect("valid");
    mc.run();
    let bands = mc.finish();
    let conf = confidence_results(&mc, &bands);
    (mc, bands, conf)
}

fn small(id: PresetId, draws: u32) -> Scenario {
    let mut s = preset(id);
    s.uncertainty.draws = draws;
    s
}

/// The percentile by hand: the share of draws below plus half the share equal.
fn by_hand(base: f64, values: &[f64]) -> f64 {
    let below = values.iter().filter(|v| **v < base).count() as f64;
    let equal = values.iter().filter(|v| **v == base).count() as f64;
    100.0 * (below + 0.5 * equal) / values.len() as f64
}

#[test]
fn the_base_percentile_comes_from_the_same_draws_as_the_bands() {
    for id in PresetId::ALL {
        let s = small(id, 2_000);
        let (mc, bands, conf) = run(&s);
        assert_eq!(bands.draws, 2_000);
        for m in Metric::ALL {
            let values: Vec<f64> = (0..bands.draws)
                .map(|i| mc.figures_of_draw(i).get(m))
                .collect();
            let band = bands.band(m);
            let want = by_hand(band.base, &values);
            assert!(
                (band.base_percentile - want).abs() < 1e-9,
                "{id:?} {m:?}: {} vs {want}",
                band.base_percentile
            );
        }
        assert_eq!(
            conf.base_percentile.residential_beds,
            bands.residential_beds.base_percentile
        );
        assert_eq!(
            conf.base_percentile.annual_cost,
            bands.annual_cost.base_percentile
        );
        // every percentile is within 0-100
        let p = conf.base_percentile;
        for x in [
            p.residential_beds,
            p.pooled_residential_beds,
            p.receiving_chairs,
            p.mobile_teams,
            p.crisis_line_on_duty,
            p.staff_fte,
            p.annual_cost,
            p.savings,
        ] {
            assert!((0.0..=100.0).contains(&x), "{id:?}: {x}");
        }
    }
}

#[test]
fn the_percentile_of_the_teams_and_counselors_is_that_of_each_draws_scenario() {
    // the draws' chairs, teams and counselors are the model's for each drawn scenario
    let s = small(PresetId::CrisisNow, 200);
    let (mc, _, conf) = run(&s);
    let base = evaluate(&s).unwrap();
    let teams: Vec<f64> = (0..200)
        .map(|i| {
            evaluate(&mc.scenario_of_draw(i))
                .unwrap()
                .totals
                .mobile_teams as f64
        })
        .collect();
    let want = by_hand(base.totals.mobile_teams as f64, &teams);
    assert!((conf.base_percentile.mobile_teams - want).abs() < 1e-9);
    let chairs: Vec<f64> = (0..200)
        .map(|i| {
            evaluate(&mc.scenario_of_draw(i))
                .unwrap()
                .totals
                .receiving_chairs
                .total as f64
        })
        .collect();
    let want = by_hand(base.totals.receiving_chairs.total as f64, &chairs);
    assert!((conf.base_percentile.receiving_chairs - want).abs() < 1e-9);
}

fn beds(a: &AtConfidence) -> u64 {
    a.residential_beds.total
}

#[test]
fn sizing_grows_with_the_confidence() {
    for id in PresetId::ALL {
        let s = small(id, 3_000);
        let (_, bands, conf) = run(&s);
        let (t, p80, p90) = (
            conf.at(Confidence::Typical),
            conf.at(Confidence::P80),
            conf.at(Confidence::P90),
        );
        assert_eq!(
            (t.confidence, p80.confidence, p90.confidence),
            (0.5, 0.8, 0.9)
        );
        // 90% never below 80%, figure by figure
        assert!(beds(p90) >= beds(p80), "{id:?}");
        assert!(p90.receiving_chairs.total >= p80.receiving_chairs.total);
        assert!(p90.mobile_teams >= p80.mobile_teams);
        assert!(p90.crisis_line_on_duty >= p80.crisis_line_on_duty);
        assert!(p90.annual_cost.mid >= p80.annual_cost.mid);
        for (a, b) in p80.by_type.iter().zip(&p90.by_type) {
            assert_eq!(a.kind, b.kind);
            assert!(b.beds >= a.beds);
        }
        // the typical case is the plan as calculated
        let r = evaluate(&s).unwrap();
        assert_eq!(t.residential_beds, r.totals.residential_beds);
        assert_eq!(t.receiving_chairs, r.totals.receiving_chairs);
        assert_eq!(t.mobile_teams, r.totals.mobile_teams);
        assert_eq!(t.crisis_line_on_duty, r.totals.crisis_line_on_duty);
        let near = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
        assert!(near(t.annual_cost.low, r.totals.annual_cost.low));
        assert!(near(t.annual_cost.high, r.totals.annual_cost.high));
        assert!(near(t.extra_cost.mid, 0.0));
        // 80% not below the typical case when the plan's beds lie below the median
        if bands.residential_beds.base < bands.residential_beds.p50 {
            assert!(beds(p80) >= beds(t), "{id:?}");
        }
        // the by-type beds add up to the total
        for a in &conf.sized {
            assert_eq!(a.by_type.iter().map(|t| t.beds).sum::<u64>(), beds(a));
            assert_eq!(
                a.residential_beds.adult + a.residential_beds.youth,
                a.residential_beds.total
            );
            assert!(
                a.annual_cost.low <= a.annual_cost.mid && a.annual_cost.mid <= a.annual_cost.high
            );
        }
    }
}

#[test]
fn roadmap_at_80_percent_has_more_beds_than_its_55() {
    let s = preset(PresetId::Roadmap);
    let (_, bands, conf) = run(&s);
    let b = &bands.residential_beds;
    assert_eq!(b.base, 55.0);
    assert!(b.base < b.p10, "the issue's case: 55 below its range");
    assert!(b.base_percentile < 10.0);
    let p80 = conf.at(Confidence::P80);
    assert!(beds(p80) > 55);
    // the extra cost is the cost at 80% minus the plan's
    let r = evaluate(&s).unwrap();
    let extra = p80.annual_cost.minus(r.totals.annual_cost);
    assert!((extra.mid - p80.extra_cost.mid).abs() < 1e-3);
    assert!(p80.extra_cost.mid > 0.0);
}

#[test]
fn the_sentence_names_the_inputs_that_push_the_range_away() {
    let s = preset(PresetId::Roadmap);
    let (_, bands, _) = run(&s);
    let t = tornado(&s).unwrap();
    let b = &bands.residential_beds;
    let en = placement(Metric::ResidentialBeds, b, &t, Lang::En).expect("outside its range");
    assert!(
        en.starts_with("The plan's figure, 55, is below the 10th-to-90th percentile range (at the"),
        "{en}"
    );
    assert!(
        en.contains("“Share of episodes going to residential crisis care”"),
        "{en}"
    );
    assert!(en.ends_with("so most futures need more."), "{en}");
    let es = placement(Metric::ResidentialBeds, b, &t, Lang::Es).unwrap();
    assert!(es.starts_with("La cifra del plan, 55, está por debajo del rango entre los percentiles 10 y 90 (en el percentil"), "{es}");
    assert!(
        es.contains("“Proporción de episodios que van a atención residencial de crisis”"),
        "{es}"
    );
    assert!(
        es.ends_with("así que la mayoría de los futuros necesita más."),
        "{es}"
    );
    // inside its range: no sentence
    let mut inside = b.clone();
    inside.base = inside.p50;
    assert_eq!(
        placement(Metric::ResidentialBeds, &inside, &t, Lang::En),
        None
    );
    // above: the mirror words
    let mut above = b.clone();
    above.base = above.p90 + 1.0;
    above.base_percentile = 99.5;
    let en = placement(Metric::ResidentialBeds, &above, &t, Lang::En).unwrap();
    assert!(en.contains("is above the 10th-to-90th"), "{en}");
    let words = percentile_sentence(b, bands.draws, Lang::En);
    assert!(words.starts_with("The plan's figure is at the "), "{words}");
    assert!(
        words.ends_with(" percentile of the 10,000 futures drawn."),
        "{words}"
    );
}

#[test]
fn the_choice_is_a_scenario_input() {
    // old scenarios open as the typical case, unchanged
    let text = include_str!("fixtures/scenario-v1.json");
    let old = Scenario::from_json(text).expect("the fixture opens");
    assert_eq!(old.uncertainty.plan_for, Confidence::Typical);
    assert_eq!(old, Scenario::from_json(text).unwrap());
    assert!(!text.contains("plan_for"));
    // a file and a link carry the choice
    let mut s = preset(PresetId::Roadmap);
    s.uncertainty.plan_for = Confidence::P80;
    let json = s.to_json_pretty();
    assert!(json.contains("\"plan_for\": \"80%\""), "{json}");
    assert_eq!(Scenario::from_json(&json).unwrap(), s);
    let link = link::encode(&s);
    assert_eq!(
        link::decode(&link).unwrap().uncertainty.plan_for,
        Confidence::P80
    );
    // the typical case is the default, left out of links
    let typical = preset(PresetId::Roadmap);
    assert_eq!(link::encode(&typical), link::encode(&typical.clone()));
    assert!(
        link::decode(&link::encode(&typical))
            .unwrap()
            .uncertainty
            .plan_for
            == Confidence::Typical
    );
    // only the three values
    let bad = r#"{"version": 1, "uncertainty": {"plan_for": "75%"}}"#;
    let err = Scenario::from_json(bad).unwrap_err();
    assert!(err.contains("plan_for"), "{err}");
    assert!(
        err.contains("typical") && err.contains("80%") && err.contains("90%"),
        "{err}"
    );
    let bad = r#"{"version": 1, "uncertainty": {"plan_for": 0.8}}"#;
    assert!(Scenario::from_json(bad).is_err());
    for (text, want) in [
        ("typical", Confidence::Typical),
        ("0.5", Confidence::Typical),
        ("0.8", Confidence::P80),
        ("80%", Confidence::P80),
        ("0.9", Confidence::P90),
    ] {
        assert_eq!(Confidence::from_id(text), Some(want), "{text}");
    }
    assert_eq!(Confidence::from_id("0.85"), None);
    assert_eq!(Confidence::from_share(0.9), Some(Confidence::P90));
    assert_eq!(Confidence::from_share(0.7), None);
}
