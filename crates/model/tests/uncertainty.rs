//! Ranges and Monte Carlo: the scenario's `uncertainty` (defaults, sources, validation, files
//! and links), the inputs that matter, and the Monte Carlo's figures (ordered percentiles that
//! bracket the default, reproducible by seed, the same sliced or in one go, each draw equal to
//! the model of its scenario, never NaN).

use crisis_model::uncertainty::{self, set_high, set_low};
use crisis_model::*;
use proptest::prelude::*;

fn with_draws(id: PresetId, draws: u32) -> Scenario {
    let mut s = preset(id);
    s.uncertainty.draws = draws;
    s
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1.0)
}

// ---------------------------------------------------------------------------------------------
// The scenario's `uncertainty`.

#[test]
fn defaults_are_recorded_in_each_preset() {
    let cn = preset(PresetId::CrisisNow);
    let u = &cn.uncertainty;
    assert_eq!(u.seed, 20_261_123);
    assert_eq!(u.draws, 10_000);
    assert_eq!(u.sim_years, 100);
    assert_eq!(u.stay_distribution, StayDistribution::LogNormal);
    assert_eq!(u.stay_cv, 1.0);
    assert_eq!(u, &Uncertainty::default());
    // The crisis rate 200-230 (seed 003; the 2022 calculator).
    assert_eq!(u.adult_rate.low * 200.0, 200.0);
    assert!(close(u.adult_rate.high * 200.0, 230.0, 1e-12));
    // Roadmap: 30% "even as low as" to Phoenix's 54% (seed 003).
    let rm = preset(PresetId::Roadmap).uncertainty;
    assert!(close(rm.residential_share.high * 0.30, 0.54, 1e-12));
    assert_eq!(rm.residential_share.low, 1.0);
    assert_eq!(u.residential_share, Spread::new(0.8, 1.2));
}

/// (stored range, value of the preset's input, expected absolute low and high).
#[test]
fn default_ranges_in_absolute_terms() {
    let s = preset(PresetId::CrisisNow);
    let cases: &[(&str, f64, f64, f64)] = &[
        ("adult_rate", 200.0, 200.0, 230.0),
        ("youth_rate", 110.0, 82.5, 137.5),
        ("stay.high-medical", 5.0, 3.0, 10.0),
        ("stay.moderate-medical", 5.0, 3.0, 10.0),
        ("stay.crisis-respite", 5.0, 3.0, 7.0),
        ("stay.peer-respite", 5.0, 3.0, 10.0),
        ("stay.living-room", 1.0, 0.5, 2.0),
        ("stay.sud", 5.0, 3.0, 7.0),
        ("receiving_stay", 0.75, 0.5, 23.0 / 24.0),
        ("inpatient_stay", 7.0, 5.0, 10.0),
        ("mobile_busy_hours", 2.0, 1.5, 3.0),
        ("line_minutes", 15.0, 10.0, 20.0),
        // Costs: the scenario's own low and high; the default is their midpoint.
        ("cost.high-medical", 450.0, 400.0, 500.0),
        ("cost.peer-respite", 75.0, 50.0, 100.0),
        ("receiving_cost", 800.0, 600.0, 1000.0),
        ("inpatient_cost", 1000.0, 800.0, 1200.0),
        ("mobile_cost", 150.0, 100.0, 200.0),
        ("line_cost", 75_000.0, 60_000.0, 90_000.0),
    ];
    let inputs = uncertainty::inputs(&s);
    for &(id, default, low, high) in cases {
        let i = inputs
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert!(close(i.default, default, 1e-12), "{id}: {}", i.default);
        assert!(close(i.low, low, 1e-9), "{id}: low {}", i.low);
        assert!(close(i.high, high, 1e-9), "{id}: high {}", i.high);
        assert!(i.source.is_some(), "{id}");
        assert!(i.low <= i.default && i.default <= i.high, "{id}");
    }
    // 200 × 1.15 shows as 230.
    assert_eq!(inputs[0].high, 230.0);
    // The share to residential care: 22.26% of Crisis Now episodes, ±20%.
    let share = inputs.iter().find(|i| i.id == "residential_share").unwrap();
    assert!(close(share.default, 0.2226, 1e-9));
    assert!(close(share.low, 0.8 * 0.2226, 1e-9) && close(share.high, 1.2 * 0.2226, 1e-9));
}

#[test]
fn inputs_list_what_matters() {
    let ids = |s: &Scenario| -> Vec<String> {
        uncertainty::inputs(s).into_iter().map(|i| i.id).collect()
    };
    let cn = ids(&preset(PresetId::CrisisNow));
    // 23, and the 4 outcome rates of the flow's hours
    assert_eq!(cn.len(), 23 + 4, "{cn:?}");
    assert!(cn.contains(&"youth_rate".to_string()));
    let rm = ids(&preset(PresetId::Roadmap));
    assert_eq!(
        rm,
        [
            "adult_rate",
            "residential_share",
            "stay.typical",
            "inpatient_stay",
            "line_minutes",
            "cost.typical",
            "inpatient_cost",
            "line_cost",
            "ed_hours_per_visit",
            "police_share",
            "police_ed_hours",
            "police_dropoff_minutes"
        ]
    );
    let ho = ids(&preset(PresetId::HospitalOnly));
    assert_eq!(
        ho,
        [
            "adult_rate",
            "youth_rate",
            "inpatient_stay",
            "inpatient_cost"
        ]
    );
    // Switched off: no crisis line; a cost with no range: not uncertain.
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = false;
    s.programs[0].cost_per_day_high = s.programs[0].cost_per_day_low;
    let ids = ids(&s);
    assert!(!ids.iter().any(|i| i.starts_with("line")), "{ids:?}");
    assert!(!ids.contains(&"cost.typical".to_string()));
}

#[test]
fn ranges_are_set_from_absolute_values_and_follow_their_value() {
    let mut s = preset(PresetId::Roadmap);
    assert!(set_high(&mut s, InputId::AdultRate, 260.0));
    assert!(set_low(&mut s, InputId::Stay(ProgramKind::Typical), 4.0));
    assert!(close(s.uncertainty.adult_rate.high, 1.3, 1e-12));
    assert!(close(s.uncertainty.stay.typical.low, 0.8, 1e-12));
    // A cost's range is the cost's own low and high.
    assert!(!set_high(
        &mut s,
        InputId::ProgramCost(ProgramKind::Typical),
        500.0
    ));
    // The range follows the value.
    s.adult.rate_per_100k = 100.0;
    let rate = &uncertainty::inputs(&s)[0];
    assert_eq!((rate.low, rate.default, rate.high), (100.0, 100.0, 130.0));
    assert!(validate(&s).is_empty());
}

#[test]
fn the_page_edits_ranges_in_absolute_values_and_can_restore_them() {
    let mut s = preset(PresetId::CrisisNow);
    assert!(uncertainty::has_default_ranges(&s));
    let stay = InputId::Stay(ProgramKind::Typical);
    let stay_days = s
        .programs
        .iter()
        .find(|p| p.kind == ProgramKind::Typical && p.share > 0.0)
        .map(|p| p.stay_days);
    // Every input with a stored range reads back what it was set to (the page's fields).
    for input in uncertainty::inputs(&s)
        .iter()
        .filter(|i| i.factors.is_some())
    {
        let (low, high) = uncertainty::range_ends(&s, input.input).unwrap();
        assert_eq!((low, high), (input.low, input.high), "{}", input.id);
        let mut t = s.clone();
        let new_low = input.default * 0.7;
        assert!(set_low(&mut t, input.input, new_low));
        let (back, _) = uncertainty::range_ends(&t, input.input).unwrap();
        assert!(close(back, new_low, 1e-9), "{}: {back} {new_low}", input.id);
    }
    assert_eq!(
        uncertainty::range_ends(&s, InputId::ProgramCost(ProgramKind::Typical)),
        None
    );
    // A low end above the value: a problem at its path, naming the value.
    if let Some(days) = stay_days {
        assert!(set_low(&mut s, stay, days + 1.0));
        assert_eq!(uncertainty::range_ends(&s, stay).unwrap().0, days + 1.0);
        let problems = validate(&s);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "uncertainty.stay.typical.low");
        assert!(
            problems[0]
                .message
                .contains(&format!("at most the value itself ({} days)", days)),
            "{}",
            problems[0].message
        );
        let es = validate_in(&s, Lang::Es);
        assert_eq!(es[0].field, "uncertainty.stay.typical.low");
        assert!(
            es[0]
                .message
                .starts_with("El extremo bajo del rango de «Estadía promedio:")
                && es[0].message.contains("días)"),
            "{}",
            es[0].message
        );
    }
    // Text that is not a number stays NaN (the field keeps it); the report stays finite.
    assert!(set_high(&mut s, InputId::AdultRate, f64::NAN));
    assert!(uncertainty::range_ends(&s, InputId::AdultRate)
        .unwrap()
        .1
        .is_nan());
    assert!(uncertainty::inputs(&s).iter().all(|i| i.high.is_finite()));
    assert!(!uncertainty::has_default_ranges(&s));
    // Restoring puts back the preset's ranges and nothing else.
    s.uncertainty.seed = 42;
    s.uncertainty.stay_distribution = StayDistribution::Fixed;
    uncertainty::restore_default_ranges(&mut s);
    assert!(uncertainty::has_default_ranges(&s));
    assert!(validate(&s).is_empty());
    assert_eq!(s.uncertainty.seed, 42);
    assert_eq!(s.uncertainty.stay_distribution, StayDistribution::Fixed);
    // One of a unit is singular.
    assert_eq!(uncertainty::Unit::Days.label_for(1.0, Lang::En), "day");
    assert_eq!(uncertainty::Unit::Days.label_for(0.5, Lang::Es), "días");
    assert_eq!(uncertainty::Unit::Hours.label_for(1.0, Lang::Es), "hora");
    let mut roadmap = preset(PresetId::Roadmap);
    roadmap.uncertainty.residential_share = Spread::new(0.5, 3.0);
    uncertainty::restore_default_ranges(&mut roadmap);
    assert_eq!(roadmap.uncertainty, preset(PresetId::Roadmap).uncertainty);
}

#[test]
fn files_and_links_without_uncertainty_still_load() {
    // A version-1 file from before the field existed takes its preset's ranges.
    let s = Scenario::from_json(r#"{"version": 1, "preset": "roadmap", "population": 80000}"#)
        .expect("loads");
    assert_eq!(s.uncertainty, Uncertainty::for_preset(PresetId::Roadmap));
    // Partial ranges fill in; a changed seed survives a file and a link.
    let s = Scenario::from_json(
        r#"{"version": 1, "uncertainty": {"seed": 7, "stay": {"sud": {"high": 2}}, "stay_distribution": "fixed"}}"#,
    )
    .expect("loads");
    assert_eq!(s.uncertainty.seed, 7);
    assert_eq!(s.uncertainty.stay.sud, Spread::new(0.6, 2.0));
    assert_eq!(s.uncertainty.stay.typical, Spread::new(0.6, 2.0));
    assert_eq!(s.uncertainty.stay_distribution, StayDistribution::Fixed);
    assert_eq!(s.uncertainty.draws, 10_000);
    assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    let text = link::encode(&s);
    assert!(text.len() < 160, "{} characters", text.len());
    assert_eq!(link::decode(&text).unwrap(), s);
    // Typos are refused.
    let err = Scenario::from_json(r#"{"version": 1, "uncertainty": {"sead": 7}}"#).unwrap_err();
    assert!(err.contains("sead"), "{err}");
}

/// (edit, field, the message starts with).
#[test]
fn bad_ranges_are_plain_problems() {
    type Edit = fn(&mut Uncertainty);
    let cases: &[(Edit, &str, &str)] = &[
        (|u| u.adult_rate.low = 1.2, "uncertainty.adult_rate.low", "The low end of the range of \"Adult crisis episodes\" must be above zero and at most the value itself"),
        (|u| u.adult_rate.high = 0.9, "uncertainty.adult_rate.high", "The high end of the range of \"Adult crisis episodes\" must be at least the value itself"),
        (|u| u.stay.living_room.low = f64::NAN, "uncertainty.stay.living-room.low", "The low end of the range of \"Average stay: Living Room\""),
        (|u| u.inpatient_stay.low = -0.5, "uncertainty.inpatient_stay.low", "The low end of the range of \"Psychiatric hospital: average stay\""),
        (|u| u.line_minutes.low = 0.0, "uncertainty.line_minutes.low", "The low end"),
        (|u| u.mobile_busy_hours.high = 11.0, "uncertainty.mobile_busy_hours.high", "The high end"),
        (|u| u.residential_share.high = f64::INFINITY, "uncertainty.residential_share.high", "The high end of the range of \"Share of episodes going to residential crisis care\""),
        (|u| u.draws = 99, "uncertainty.draws", "The number of Monte Carlo draws must be from 100 to 100,000."),
        (|u| u.draws = 100_001, "uncertainty.draws", "The number of Monte Carlo draws"),
        (|u| u.sim_years = 9, "uncertainty.sim_years", "The number of simulated years must be from 10 to 1,000."),
        (|u| u.stay_cv = 0.0, "uncertainty.stay_cv", "The coefficient of variation of log-normal stays must be from 0.1 to 3"),
    ];
    for (edit, field, message) in cases {
        let mut s = preset(PresetId::CrisisNow);
        edit(&mut s.uncertainty);
        let problems = validate(&s);
        assert_eq!(problems.len(), 1, "{field}: {problems:?}");
        assert_eq!(problems[0].field, *field);
        assert!(
            problems[0].message.starts_with(message),
            "{}",
            problems[0].message
        );
        assert!(!problems[0].message.contains("NaN"));
        assert!(field_paths(&s).contains(&problems[0].field), "{field}");
        assert!(MonteCarlo::new(&s).is_err() && tornado(&s).is_err());
        assert!(Simulation::new(&s).is_err());
    }
    // The coefficient of variation matters only for log-normal stays; the edges are allowed.
    let mut s = preset(PresetId::CrisisNow);
    s.uncertainty.stay_cv = 0.0;
    s.uncertainty.stay_distribution = StayDistribution::Exponential;
    s.uncertainty.adult_rate = Spread::new(1.0, 10.0);
    s.uncertainty.youth_rate = Spread::new(1e-3, 1.0);
    s.uncertainty.draws = 100;
    s.uncertainty.sim_years = 1_000;
    assert_eq!(validate(&s), vec![]);
}

#[test]
fn every_range_has_a_source() {
    let seeds = ["002_293f36c7aa45bd89.txt", "003_d551ced1080a9b42.txt"];
    for id in PresetId::ALL {
        let s = preset(id);
        let paths: Vec<String> = field_paths(&s)
            .into_iter()
            .filter(|p| p.starts_with("uncertainty."))
            .collect();
        assert_eq!(paths.len(), 2 + 2 * 15 + 4, "{paths:?}");
        for p in &paths {
            let src = source_of(id, p).unwrap_or_else(|| panic!("{id:?}: no source for {p}"));
            if let Source::Seed { file, .. } = src {
                assert!(seeds.contains(&file), "{p}: {file}");
            }
        }
    }
    let cite = |id, p: &str| source_of(id, p).unwrap().citation();
    assert!(cite(PresetId::CrisisNow, "uncertainty.adult_rate.low").starts_with("003_"));
    assert!(cite(PresetId::CrisisNow, "uncertainty.adult_rate.high").contains("230"));
    assert!(cite(PresetId::Roadmap, "uncertainty.residential_share.high").contains("54%"));
    assert!(
        cite(PresetId::CrisisNow, "uncertainty.residential_share.high").starts_with("Assumption")
    );
    assert!(cite(PresetId::CrisisNow, "uncertainty.stay.typical.high").starts_with("002_"));
    assert!(
        cite(PresetId::CrisisNow, "uncertainty.stay.living-room.low").starts_with("Assumption")
    );
    assert_eq!(
        source_of(PresetId::CrisisNow, "uncertainty.stay.nope.low"),
        None
    );
    assert_eq!(
        source_of(PresetId::CrisisNow, "uncertainty.adult_rate.mid"),
        None
    );
    assert_eq!(
        source_of(PresetId::CrisisNow, "uncertainty.cost.sud.low"),
        None
    );
}

// ---------------------------------------------------------------------------------------------
// Monte Carlo.

#[test]
fn percentiles_are_ordered_and_bracket_the_default() {
    let s = preset(PresetId::CrisisNow);
    let r = run_monte_carlo(&s).expect("valid");
    assert_eq!((r.draws, r.requested), (10_000, 10_000));
    let base = Figures::of(&evaluate(&s).unwrap());
    for (m, b) in r.bands() {
        assert!(
            b.min <= b.p10 && b.p10 <= b.p50 && b.p50 <= b.p90 && b.p90 <= b.max,
            "{m:?}: {b:?}"
        );
        assert_eq!(b.base, base.get(m), "{m:?}");
        // the hours freed are skewed: a transport's officer hours range 1.5 to 8 around 2,
        // so most futures free more than the plan's figure (it is still among the draws)
        let low = if m.is_hours() { b.min } else { b.p10 };
        assert!(
            low <= b.base && b.base <= b.p90,
            "{m:?}: {} not in {}..{}",
            b.base,
            b.p10,
            b.p90
        );
        assert!(b.min <= b.mean && b.mean <= b.max);
        if m.is_count() {
            for x in [b.p10, b.p50, b.p90] {
                assert_eq!(x.fract(), 0.0, "{m:?}");
            }
        }
        assert_eq!(b.histogram.counts.iter().sum::<u32>(), 10_000, "{m:?}");
        assert_eq!(b.histogram.edges.len(), b.histogram.counts.len() + 1);
        assert!(b.histogram.edges[0] <= b.min && b.max <= *b.histogram.edges.last().unwrap());
    }
    // Beds and cost really vary.
    assert!(r.residential_beds.p90 - r.residential_beds.p10 >= 5.0);
    assert!(r.annual_cost.p90 > 1.1 * r.annual_cost.p10);
    // The crisis rate is never drawn below 200: the minimum needs lower stays or shares.
    assert!(r.inputs.contains(&"adult_rate".to_string()));
}

#[test]
fn the_same_seed_gives_the_same_numbers() {
    let s = with_draws(PresetId::CrisisNow, 1_000);
    let a = run_monte_carlo(&s).unwrap();
    let b = run_monte_carlo(&s).unwrap();
    assert_eq!(a, b);
    // Through a link, too.
    let back = link::decode(&link::encode(&s)).unwrap();
    assert_eq!(run_monte_carlo(&back).unwrap(), a);
    // Another seed, other numbers.
    let mut t = s.clone();
    t.uncertainty.seed = 1;
    let c = run_monte_carlo(&t).unwrap();
    assert_ne!(a.annual_cost.mean, c.annual_cost.mean);
    assert_ne!(a.annual_cost.histogram, c.annual_cost.histogram);
    // But not very different: 1,000 draws pin the median cost to within a few percent.
    assert!(close(a.annual_cost.p50, c.annual_cost.p50, 0.03));
}

#[test]
fn slices_give_the_same_numbers_as_one_go() {
    let s = with_draws(PresetId::CrisisNow, 1_234);
    let whole = run_monte_carlo(&s).unwrap();
    for slice in [1usize, 7, 100, 1_233, 5_000] {
        let mut mc = MonteCarlo::new(&s).unwrap();
        let mut steps = 0;
        while !mc.step(slice) {
            steps += 1;
            let (done, total) = mc.progress();
            assert_eq!(done, (steps * slice).min(total));
            assert!(!mc.is_done());
        }
        assert_eq!(mc.progress(), (1_234, 1_234));
        assert_eq!(mc.finish(), whole, "slice {slice}");
    }
    // A partial summary covers the draws made so far.
    let mut mc = MonteCarlo::new(&s).unwrap();
    assert_eq!(mc.finish().draws, 0);
    assert_eq!(mc.finish().residential_beds.p50, mc.base().residential_beds);
    mc.step(10);
    assert_eq!(mc.finish().draws, 10);
    assert_eq!(
        mc.finish()
            .residential_beds
            .histogram
            .counts
            .iter()
            .sum::<u32>(),
        10
    );
}

/// Each draw's figures are the full model's figures of the drawn scenario, which is valid.
#[test]
fn each_draw_is_the_model_of_its_scenario() {
    let mut variants = Vec::new();
    for id in PresetId::ALL {
        variants.push(preset(id));
    }
    let mut s = preset(PresetId::CrisisNow);
    s.cost_basis = CostBasis::StaffedBeds;
    s.mobile.cost_basis = MobileCostBasis::Dispatches;
    s.set_sizing_rule(SizingRule::Occupancy);
    variants.push(s);
    let mut s = preset(PresetId::CrisisNow);
    // Ranges wide enough to hit every cap: shares to residential above 100%, stays above a
    // year, busy hours above 72.
    s.uncertainty.residential_share = Spread::new(0.01, 10.0);
    s.uncertainty.stay.high_medical = Spread::new(0.01, 10.0);
    s.programs[0].stay_days = 300.0;
    s.mobile.busy_hours_per_dispatch = 60.0;
    s.uncertainty.mobile_busy_hours = Spread::new(0.5, 10.0);
    s.flow.receiving_to_inpatient = 0.5;
    variants.push(s);
    for s in variants {
        let mc = MonteCarlo::new(&with_uncertainty_draws(s, 100)).unwrap();
        for i in 0..60 {
            let drawn = mc.scenario_of_draw(i);
            let full = match evaluate(&drawn) {
                Ok(r) => Figures::of(&r),
                Err(p) => panic!("draw {i} is invalid: {p:?}"),
            };
            let light = mc.figures_of_draw(i);
            assert_eq!(light.residential_beds, full.residential_beds, "draw {i}");
            assert_eq!(light.pooled_residential_beds, full.pooled_residential_beds);
            assert!(close(light.staff_fte, full.staff_fte, 1e-12));
            assert!(
                close(light.annual_cost, full.annual_cost, 1e-12),
                "{light:?} {full:?}"
            );
            assert!((light.savings - full.savings).abs() <= 1e-9 * full.annual_cost);
        }
    }
}

fn with_uncertainty_draws(mut s: Scenario, draws: u32) -> Scenario {
    s.uncertainty.draws = draws;
    s
}

#[test]
fn histograms_have_round_edges() {
    let r = run_monte_carlo(&with_draws(PresetId::CrisisNow, 2_000)).unwrap();
    let beds = &r.residential_beds.histogram;
    let width = beds.edges[1] - beds.edges[0];
    assert!([1.0, 2.0, 5.0, 10.0].contains(&width), "{width}");
    assert!(beds.edges.iter().all(|e| e.fract() == 0.0));
    let cost = &r.annual_cost.histogram;
    let width = cost.edges[1] - cost.edges[0];
    let mag = 10f64.powi(width.log10().floor() as i32);
    assert!([1.0, 2.0, 2.5, 5.0].contains(&(width / mag)), "{width}");
    assert!(
        (5..=40).contains(&cost.counts.len()),
        "{}",
        cost.counts.len()
    );
}

#[test]
fn a_scenario_with_nothing_uncertain_has_no_spread() {
    let mut s = with_draws(PresetId::Roadmap, 200);
    s.uncertainty.adult_rate = Spread::new(1.0, 1.0);
    s.uncertainty.residential_share = Spread::new(1.0, 1.0);
    s.uncertainty.stay.typical = Spread::new(1.0, 1.0);
    s.uncertainty.inpatient_stay = Spread::new(1.0, 1.0);
    s.uncertainty.line_minutes = Spread::new(1.0, 1.0);
    s.programs[0].cost_per_day_low = 375.0;
    s.programs[0].cost_per_day_high = 375.0;
    s.inpatient.cost_per_day_low = 1000.0;
    s.inpatient.cost_per_day_high = 1000.0;
    s.crisis_line.enabled = false;
    s.outcomes.ed_hours_per_visit_low = s.outcomes.ed_hours_per_visit;
    s.outcomes.ed_hours_per_visit_high = s.outcomes.ed_hours_per_visit;
    s.outcomes.police_share_low = s.outcomes.police_share;
    s.outcomes.police_share_high = s.outcomes.police_share;
    s.outcomes.police_ed_hours_low = s.outcomes.police_ed_hours;
    s.outcomes.police_ed_hours_high = s.outcomes.police_ed_hours;
    s.outcomes.police_dropoff_minutes_high = s.outcomes.police_dropoff_minutes;
    let r = run_monte_carlo(&s).unwrap();
    for (_, b) in r.bands() {
        assert_eq!(
            (b.p10, b.p90, b.min, b.max),
            (b.base, b.base, b.base, b.base)
        );
        assert_eq!(b.histogram.counts, vec![200]);
    }
}

// ---------------------------------------------------------------------------------------------
// Never NaN.

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn monte_carlo_never_yields_nan(
        population in 1.0..5e6f64,
        rate in 0.0..2_000.0f64,
        stay in 0.01..365.0f64,
        low in 0.001..1.0f64,
        high in 1.0..10.0f64,
        share in 0.0..1.0f64,
        preset_index in 0usize..3,
        seed in any::<u64>(),
        youth in any::<bool>(),
        staffed in any::<bool>(),
    ) {
        let mut s = preset(PresetId::ALL[preset_index]);
        s.population = population.round().max(1.0);
        s.adult.rate_per_100k = rate;
        s.youth.enabled = youth;
        s.inpatient.stay_days = stay;
        for p in s.programs.iter_mut() {
            p.stay_days = stay;
        }
        if !s.programs.is_empty() {
            s.flow.receiving_to_residential = share;
            s.flow.entry_to_residential = if s.flow.entry_to_mobile > 0.0 { 0.0 } else { share * 0.5 };
        }
        if staffed {
            s.cost_basis = CostBasis::StaffedBeds;
        }
        let u = &mut s.uncertainty;
        u.seed = seed;
        u.draws = 100;
        u.adult_rate = Spread::new(low, high);
        u.residential_share = Spread::new(low, high);
        u.inpatient_stay = Spread::new(low, high);
        u.stay.high_medical = Spread::new(low, high);
        u.stay.typical = Spread::new(low, high);
        let r = match run_monte_carlo(&s) {
            Ok(r) => r,
            Err(p) => return Err(TestCaseError::fail(format!("{p:?}"))),
        };
        for (m, b) in r.bands() {
            for x in [b.base, b.mean, b.p10, b.p50, b.p90, b.min, b.max] {
                prop_assert!(x.is_finite(), "{:?}: {:?}", m, b);
            }
            prop_assert!(b.p10 <= b.p50 && b.p50 <= b.p90);
            prop_assert!(b.histogram.edges.iter().all(|e| e.is_finite()));
            prop_assert_eq!(b.histogram.counts.iter().sum::<u32>(), 100);
        }
        let t = tornado(&s).unwrap();
        for row in &t.rows {
            prop_assert!(row.cost_swing.is_finite() && row.beds_swing.is_finite());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The command line.

#[test]
fn the_command_line_prints_the_bands_with_uncertainty() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let text = run(&["--preset", "roadmap", "--format", "json", "--uncertainty"]);
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let u = &v["uncertainty"];
    let s = preset(PresetId::Roadmap);
    let mc = run_monte_carlo(&s).unwrap();
    assert_eq!(
        u["monte_carlo"]["residential_beds"]["p90"],
        mc.residential_beds.p90
    );
    assert_eq!(u["monte_carlo"]["draws"], 10_000);
    assert_eq!(u["tornado"]["rows"][0]["input"], "stay.typical");
    let program = &u["simulation"]["programs"][0];
    assert_eq!(program["beds"], 55);
    assert!(program.get("census").is_none());
    assert!(program["time_full"]["half_width"].as_f64().unwrap() > 0.0);
    // Without the flag, no uncertainty; as a table, three sections.
    let plain = run(&["--preset", "roadmap", "--format", "json"]);
    assert!(!plain.contains("monte_carlo"));
    let table = run(&["--preset", "roadmap", "--uncertainty"]);
    for heading in [
        "UNCERTAINTY (10,000 draws",
        "WHAT MATTERS MOST",
        "SIMULATED YEARS",
    ] {
        assert!(table.contains(heading), "{heading}");
    }
}

/// Pinned figures for the default seed: the same on every machine and in the browser (the draws
/// use integer arithmetic and `sqrt` only). A change here changes every shared link's bands.
#[test]
fn pinned_figures_for_the_default_seed() {
    let mut g = rng::Rng::new(uncertainty::DEFAULT_SEED);
    assert_eq!(g.next_u64(), 17_056_526_052_458_411_807);
    assert_eq!(g.next_u64(), 18_130_665_712_989_965_958);
    let r = run_monte_carlo(&with_draws(PresetId::CrisisNow, 1_000)).unwrap();
    let beds = &r.residential_beds;
    assert_eq!((beds.p10, beds.p50, beds.p90), (67.0, 76.0, 87.0));
    let pooled = &r.pooled_residential_beds;
    assert_eq!((pooled.p10, pooled.p50, pooled.p90), (47.0, 55.0, 65.0));
    assert!(close(r.annual_cost.p50, 35_714_200.565_573_364, 1e-9));
}
