//! Property tests: random and hostile scenarios never panic and never produce a non-finite
//! number; valid random scenarios conserve volume and explain every figure; any scenario
//! survives a JSON round trip.

use crisis_model::*;
use proptest::prelude::*;

/// Any f64 a field might hold, with the awkward ones over-represented.
fn hostile() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(-1.0),
        Just(1.0),
        Just(1e10),
        Just(1e300),
        Just(f64::MIN_POSITIVE),
        Just(f64::MAX),
        0.0..1.0f64,
        0.0..2.0f64,
        -10.0..1e6f64,
        any::<f64>(),
    ]
}

/// Set one number input, chosen by `index` among the scenario's number inputs in the
/// catalog (its programs' included), to `v`.
fn set_numeric(s: &mut Scenario, index: usize, v: f64) {
    let paths = catalog::number_paths(s);
    let path = &paths[index % paths.len()];
    assert!(catalog::set_number(s, path, v), "{path}");
}

fn toggle(s: &mut Scenario, which: u8) {
    match which % 9 {
        0 => s.youth.enabled = !s.youth.enabled,
        1 => s.crisis_line.enabled = !s.crisis_line.enabled,
        2 => s.set_sizing_rule(SizingRule::Occupancy),
        3 => s.cost_basis = CostBasis::StaffedBeds,
        4 => s.mobile.mode = ResponseMode::AtOnce,
        5 => s.mobile.cost_basis = MobileCostBasis::Dispatches,
        6 => s.programs.clear(),
        7 => s.programs.push(ProgramKind::Other.defaults()),
        _ => s.youth.programs.truncate(1),
    }
}

fn scenario_strategy(values: impl Strategy<Value = f64>) -> impl Strategy<Value = Scenario> {
    edited_presets(values, 0..14)
}

/// A preset with some programs toggled and `edits` numeric inputs set to `values`.
fn edited_presets(
    values: impl Strategy<Value = f64>,
    edits: std::ops::Range<usize>,
) -> impl Strategy<Value = Scenario> {
    (
        0usize..3,
        prop::collection::vec((any::<usize>(), values), edits),
        prop::collection::vec(any::<u8>(), 0..4),
    )
        .prop_map(|(p, edits, toggles)| {
            let mut s = preset(PresetId::ALL[p]);
            for t in toggles {
                toggle(&mut s, t);
            }
            for (index, v) in edits {
                set_numeric(&mut s, index, v);
            }
            s
        })
}

/// Every number in the results' JSON is finite: serde_json writes NaN and infinity as null, and
/// the results never hold a null otherwise.
fn assert_all_finite(r: &Results) -> Result<(), TestCaseError> {
    fn walk(v: &serde_json::Value, path: &str) -> Result<(), TestCaseError> {
        match v {
            serde_json::Value::Null => Err(TestCaseError::fail(format!("null (NaN) at {path}"))),
            serde_json::Value::Number(n) => {
                prop_assert!(n.as_f64().is_some_and(f64::is_finite), "{path}");
                Ok(())
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"))?;
                }
                Ok(())
            }
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    walk(x, &format!("{path}.{k}"))?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
    let v = serde_json::to_value(r).map_err(|e| TestCaseError::fail(e.to_string()))?;
    walk(&v, "")
}

fn check_results(r: &Results) -> Result<(), TestCaseError> {
    assert_all_finite(r)?;
    for st in [Some(&r.adult), r.youth.as_ref()].into_iter().flatten() {
        let f = &st.flow;
        prop_assert!(f.conservation_gap <= 1e-9 * f.entry.per_month.max(1.0));
        prop_assert!(st.residential.pooled.beds <= st.residential.beds);
        for p in &st.programs {
            prop_assert!((0.0..=1.0).contains(&p.facility.days_full));
            prop_assert!((0.0..=1.0).contains(&p.facility.utilization));
        }
    }
    for k in r.explanation_keys() {
        let e = r.explain(&k);
        prop_assert!(e.is_some(), "{k}");
        let text = format!("{e:?}").to_lowercase();
        prop_assert!(
            !text.contains("nan") && !text.contains("inf"),
            "{k}: {text}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn hostile_scenarios_never_panic_or_produce_non_finite_numbers(s in scenario_strategy(hostile())) {
        match evaluate(&s) {
            Ok(r) => check_results(&r)?,
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(!p.field.is_empty() && !p.message.is_empty());
                    let m = p.message.to_lowercase();
                    prop_assert!(!m.contains("nan") && !m.contains("inf"), "{}", p.message);
                }
                // Every problem names an input path (or a group of them).
                let paths = field_paths(&s);
                for p in &problems {
                    let known = paths.contains(&p.field)
                        || p.field == "version"
                        || p.field.ends_with("programs")
                        || p.field == "funding.adult"
                        || p.field == "funding.youth"
                        || p.field.contains("flow.");
                    prop_assert!(known, "unknown field path {}", p.field);
                }
            }
        }
        // Whatever was entered survives the trip through JSON: every finite value exactly, a
        // NaN or infinity (written as null) as the preset's value; a second trip changes nothing.
        let text = s.to_json();
        let back = Scenario::from_json(&text);
        prop_assert!(back.is_ok(), "{:?}", back.err());
        let back = back.unwrap();
        if !text.contains("null") {
            prop_assert_eq!(&back, &s);
        }
        prop_assert_eq!(Scenario::from_json(&back.to_json()).unwrap(), back);
    }
}

/// Random plausible scenarios (a preset with up to four inputs changed): those that validate
/// conserve volume and explain every figure, and at least a fifth of them validate (about 30%
/// do), so the check cannot pass by every case being refused.
#[test]
fn plausible_scenarios_evaluate_and_conserve() {
    use proptest::test_runner::{Config, TestRunner};
    let cases = 400;
    let evaluated = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(Config {
        cases,
        ..Config::default()
    });
    let strategy = edited_presets(prop_oneof![0.0..1.0f64, 0.5..30.0f64, 1.0..1000.0f64], 0..5);
    runner
        .run(&strategy, |s| {
            if let Ok(r) = evaluate(&s) {
                evaluated.set(evaluated.get() + 1);
                check_results(&r)?;
            }
            Ok(())
        })
        .unwrap();
    assert!(
        evaluated.get() >= cases / 5,
        "only {} of {cases} plausible scenarios evaluated",
        evaluated.get()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn valid_scenarios_of_any_size(
        pop in 1u64..=1_000_000_000,
        rate in 0.0..=10_000.0f64,
        stay in 0.01..=365.0f64,
        share in 0.0..=1.0f64,
        target in 0.001..=0.5f64,
        rule in any::<bool>(),
    ) {
        let mut s = preset(PresetId::Roadmap);
        // Keep the largest loads within what a debug-build test can size quickly.
        s.population = pop as f64;
        s.adult.rate_per_100k = if pop > 10_000_000 { rate.min(400.0) } else { rate };
        s.programs[0].stay_days = if pop > 10_000_000 { stay.min(30.0) } else { stay };
        s.flow.entry_to_residential = share * 0.5;
        s.sizing.target = target;
        if rule {
            s.set_sizing_rule(SizingRule::Occupancy);
        }
        let r = evaluate(&s).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        check_results(&r)?;
    }

    #[test]
    fn json_round_trip_is_lossless(s in scenario_strategy(prop_oneof![0.0..1.0f64, -1e9..1e9f64, any::<f64>().prop_filter("finite", |x| x.is_finite())])) {
        let back = Scenario::from_json(&s.to_json()).map_err(TestCaseError::fail)?;
        prop_assert_eq!(back, s);
    }
}

#[test]
fn the_largest_valid_scenario_is_finite() {
    let mut s = preset(PresetId::CrisisNow);
    s.population = 1e9;
    s.adult.rate_per_100k = 10_000.0;
    s.youth.rate_per_100k = 10_000.0;
    s.youth_share = 1.0;
    for p in s.programs.iter_mut() {
        p.stay_days = 365.0;
    }
    s.inpatient.stay_days = 365.0;
    s.receiving.stay_days = 365.0;
    s.mobile.busy_hours_per_dispatch = 72.0;
    s.mobile.target_share = 0.999;
    let r = evaluate(&s).expect("valid");
    assert!(r.totals.residential_beds.total > 100_000_000);
    assert!(r.totals.annual_cost.high.is_finite());
    if let Err(e) = check_results(&r) {
        panic!("{e}");
    }
}
