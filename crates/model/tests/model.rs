//! The model against DOMAIN.md: the worked example, preset volumes, conservation,
//! monotonicity, pooling, the counterfactual, validation, sources and explanations.

use crisis_model::*;

fn roadmap(population: f64, rate: f64) -> Scenario {
    let mut s = preset(PresetId::Roadmap);
    s.population = population;
    s.adult.rate_per_100k = rate;
    s
}

fn eval(s: &Scenario) -> Results {
    match evaluate(s) {
        Ok(r) => r,
        Err(p) => panic!("unexpected problems: {p:?}"),
    }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

// ---------------------------------------------------------------------------------------------
// DOMAIN.md section 4: the worked example, to the bed.

#[test]
fn worked_example_to_the_bed() {
    let r = eval(&roadmap(500_000.0, 200.0));
    let p = &r.adult.programs[0].facility;
    // 500,000 × 200 / 100,000 × 30% = 300 admissions a month.
    assert!(close(p.admissions_per_month, 300.0, 1e-12));
    // A = 300 × 12 / 365 × 5 = 49.3
    assert!(close(p.load, 300.0 * 12.0 / 365.0 * 5.0, 1e-12));
    assert_eq!(format::one_decimal(p.load), "49.3");
    assert_eq!(p.beds, 55);
    assert_eq!(format::percent(p.days_full), "4.8%");
    assert_eq!(format!("{:.0}%", p.utilization * 100.0), "85%");
    assert_eq!(p.facilities, 4); // 55 beds at 16 a facility
    assert_eq!(r.totals.residential_beds.total, 55);
    assert_eq!(r.totals.residential_beds.youth, 0);
    assert!(r.youth.is_none());
    // The seed: "50-60 residential crisis beds".
    assert!((50..=60).contains(&r.totals.residential_beds.total));
}

/// Table: (population, adult rate, residential beds by the days-full rule), hand-checked
/// against the definition (smallest c with B ≤ 5% and A(1−B)/c ≤ 95%) with exact arithmetic.
#[test]
fn roadmap_beds_table() {
    let cases: &[(f64, f64, u64)] = &[
        (500_000.0, 200.0, 55),
        (500_000.0, 230.0, 63),
        (1_000_000.0, 200.0, 104),
        (100_000.0, 200.0, 15),
        (20_000.0, 200.0, 5),
        (1_000.0, 200.0, 2),
    ];
    for &(pop, rate, beds) in cases {
        let r = eval(&roadmap(pop, rate));
        assert_eq!(r.totals.residential_beds.total, beds, "{pop} at {rate}");
    }
}

#[test]
fn occupancy_rule_on_the_worked_example() {
    let mut s = roadmap(500_000.0, 200.0);
    s.set_sizing_rule(SizingRule::Occupancy);
    assert_eq!(s.sizing.target, 0.85);
    let r = eval(&s);
    // ceil(49.3 / 0.85) = 59
    assert_eq!(r.totals.residential_beds.total, 59);
}

// ---------------------------------------------------------------------------------------------
// Presets: volumes follow from the published shares (hand arithmetic).

#[test]
fn crisis_now_volumes() {
    let r = eval(&preset(PresetId::CrisisNow));
    let f = &r.adult.flow;
    let cases: &[(&str, f64, f64)] = &[
        ("entering", f.entry.per_month, 1000.0),
        ("mobile", f.mobile.per_month, 320.0),
        ("receiving", f.receiving.per_month, 540.0 + 96.0),
        ("ed", f.ed.per_month, 140.0),
        ("residential", f.residential.per_month, 636.0 * 0.35),
        (
            "inpatient",
            f.inpatient.per_month,
            140.0 + 636.0 * 0.35 * 0.25,
        ),
        ("resolved on scene", f.mobile.resolved_per_month, 224.0),
        ("per year", f.entry.per_year, 12_000.0),
        ("hospital share", f.hospital_share, 0.3626),
    ];
    for &(what, got, want) in cases {
        assert!(close(got, want, 1e-12), "{what}: {got} vs {want}");
    }
    // Youth: 500,000 × 22% = 110,000 youth at 110 per 100,000 = 121 episodes a month.
    let y = r.youth.as_ref().expect("youth on");
    assert!(close(y.episodes_per_month, 121.0, 1e-12));
    // Mobile teams serve both streams: 320 + 121 × 32% dispatches a month.
    assert!(close(r.mobile.dispatches_per_month, 320.0 + 38.72, 1e-12));
}

#[test]
fn hospital_only_preset_is_the_counterfactual() {
    assert!(close(
        Flow::default().hospital_share(),
        presets::HOSPITAL_ONLY_ADMISSION_SHARE,
        1e-12
    ));
    for basis in [CostBasis::OccupiedBedDays, CostBasis::StaffedBeds] {
        let mut s = preset(PresetId::HospitalOnly);
        s.cost_basis = basis;
        let r = eval(&s);
        assert!(close(r.adult.flow.inpatient.per_month, 362.6, 1e-12));
        assert_eq!(r.totals.residential_beds.total, 0);
        assert_eq!(r.totals.mobile_teams, 0);
        assert_eq!(r.totals.crisis_line_on_duty, 0);
        assert_eq!(r.totals.inpatient_beds, r.totals.hospital_only_beds);
        assert!(close(
            r.totals.annual_cost.mid,
            r.totals.hospital_only_cost.mid,
            1e-12
        ));
        assert!(r.totals.savings.mid.abs() < 1e-6);
        // The Crisis Now preset's counterfactual admits the same people.
        let mut cn = preset(PresetId::CrisisNow);
        cn.cost_basis = basis;
        let c = eval(&cn);
        assert_eq!(c.totals.hospital_only_beds, r.totals.hospital_only_beds);
        assert!(close(
            c.totals.hospital_only_cost.mid,
            r.totals.annual_cost.mid,
            1e-12
        ));
    }
}

#[test]
fn roadmap_costs_by_hand() {
    let r = eval(&roadmap(500_000.0, 200.0));
    // Residential: 300 × 12 × 5 = 18,000 bed-days at $300-450 (seed 002), midpoint $375.
    let res = r.adult.programs[0].facility.cost;
    assert!(close(res.low, 18_000.0 * 300.0, 1e-12));
    assert!(close(res.mid, 18_000.0 * 375.0, 1e-12));
    assert!(close(res.high, 18_000.0 * 450.0, 1e-12));
    // Hospital only: (300 + 140) × 12 × 7 bed-days at $800-1,200.
    let h = r.adult.hospital_only.cost;
    assert!(close(h.mid, 440.0 * 12.0 * 7.0 * 1000.0, 1e-12));
    assert!(close(
        r.totals.savings.mid,
        h.mid - r.totals.annual_cost.mid,
        1e-12
    ));
    // Staffed beds: 55 × 365 × $375.
    let mut s = roadmap(500_000.0, 200.0);
    s.cost_basis = CostBasis::StaffedBeds;
    let st = eval(&s);
    assert!(close(
        st.adult.programs[0].facility.cost.mid,
        55.0 * 365.0 * 375.0,
        1e-12
    ));
}

#[test]
fn mobile_and_crisis_line_staffing() {
    let r = eval(&preset(PresetId::CrisisNow));
    let m = &r.mobile;
    // 358.72 dispatches a month × 12 / 365 / 24 × 2 h.
    assert!(close(m.load, 358.72 * 12.0 / 365.0 / 24.0 * 2.0, 1e-12));
    assert!(m.share_meeting_target >= 0.9);
    assert!(close(m.fte, m.teams as f64 * 2.0 * 8760.0 / 1750.0, 1e-12));
    let c = &r.crisis_line;
    // 500,000 × 150 / 100,000 = 750 contacts a month.
    assert!(close(c.contacts_per_month, 750.0, 1e-12));
    assert!(c.share_answered_in_time >= 0.9);
    assert!(close(
        c.fte,
        c.on_duty as f64 * 8760.0 / 1750.0 / 0.7,
        1e-12
    ));
    // A crisis line that is off costs nothing and needs nobody.
    let mut s = preset(PresetId::CrisisNow);
    s.crisis_line.enabled = false;
    s.crisis_line.cost_per_fte_low = f64::NAN;
    let off = eval(&s);
    assert_eq!(off.crisis_line.on_duty, 0);
    assert_eq!(off.crisis_line.cost, Money::ZERO);
}

// ---------------------------------------------------------------------------------------------
// Conservation: every episode ends resolved, in a residential program, or inpatient.

fn assert_conserved(r: &Results) {
    let mut streams = vec![&r.adult];
    streams.extend(r.youth.as_ref());
    for st in streams {
        let f = &st.flow;
        let o = &f.outcomes;
        let total = o.resolved_per_month + o.residential_per_month + o.inpatient_per_month;
        assert!(
            (total - f.entry.per_month).abs() <= 1e-9 * f.entry.per_month.max(1.0),
            "{total} vs {}",
            f.entry.per_month
        );
        assert!(f.conservation_gap <= 1e-9 * f.entry.per_month.max(1.0));
        let programs: f64 = f.program_admissions_per_month.iter().sum();
        assert!((programs - f.residential.per_month).abs() <= 1e-9 * programs.max(1.0));
        for sf in [&f.entry, &f.mobile, &f.receiving, &f.ed, &f.residential] {
            let out = sf.resolved_per_month
                + sf.to_mobile
                + sf.to_receiving
                + sf.to_ed
                + sf.to_residential
                + sf.to_inpatient;
            assert!((out - sf.per_month).abs() <= 1e-9 * sf.per_month.max(1.0));
        }
    }
}

#[test]
fn volume_is_conserved() {
    for id in PresetId::ALL {
        assert_conserved(&eval(&preset(id)));
    }
    let mut s = preset(PresetId::CrisisNow);
    s.flow = Flow {
        entry_to_mobile: 0.2,
        entry_to_receiving: 0.2,
        entry_to_ed: 0.2,
        entry_to_residential: 0.2,
        entry_to_inpatient: 0.2,
        mobile_to_receiving: 0.3,
        mobile_to_residential: 0.3,
        mobile_to_inpatient: 0.3,
        receiving_to_residential: 0.5,
        receiving_to_inpatient: 0.5,
        ed_to_residential: 0.6,
        ed_to_inpatient: 0.4,
        residential_to_inpatient: 1.0,
    };
    let r = eval(&s);
    assert_conserved(&r);
    // Everything ends in inpatient care here except what entry and mobile teams resolve.
    assert!(close(
        r.adult.flow.outcomes.residential_per_month,
        0.0,
        1e-12
    ));
}

// ---------------------------------------------------------------------------------------------
// Monotonicity: more residents, a higher rate or a longer stay never give fewer beds; a higher
// days-full target never gives more.

fn beds(s: &Scenario) -> Vec<u64> {
    let r = eval(s);
    let mut v = vec![
        r.totals.residential_beds.total,
        r.totals.receiving_chairs.total,
        r.totals.inpatient_beds.total,
        r.totals.hospital_only_beds.total,
        r.totals.pooled_residential_beds.total,
        r.totals.mobile_teams,
        r.totals.crisis_line_on_duty,
    ];
    v.extend(r.adult.programs.iter().map(|p| p.facility.beds));
    v
}

fn non_decreasing(a: &[u64], b: &[u64]) -> bool {
    a.iter().zip(b).all(|(x, y)| x <= y)
}

#[test]
fn monotone_in_population_rate_and_stay() {
    for id in PresetId::ALL {
        for rule in [SizingRule::DaysFull, SizingRule::Occupancy] {
            let base = {
                let mut s = preset(id);
                s.set_sizing_rule(rule);
                s
            };
            let mut prev: Option<Vec<u64>> = None;
            for pop in [
                1_000.0,
                7_500.0,
                50_000.0,
                120_000.0,
                500_000.0,
                2_000_000.0,
                9e6,
            ] {
                let mut s = base.clone();
                s.population = pop;
                let b = beds(&s);
                if let Some(p) = &prev {
                    assert!(non_decreasing(p, &b), "{id:?} {rule:?} population {pop}");
                }
                prev = Some(b);
            }
            let mut prev: Option<Vec<u64>> = None;
            for rate in [0.0, 1.0, 20.0, 150.0, 200.0, 230.0, 800.0] {
                let mut s = base.clone();
                s.adult.rate_per_100k = rate;
                let b = beds(&s);
                if let Some(p) = &prev {
                    assert!(non_decreasing(p, &b), "{id:?} {rule:?} rate {rate}");
                }
                prev = Some(b);
            }
            let mut prev: Option<Vec<u64>> = None;
            for stay in [0.25, 1.0, 3.0, 5.0, 7.5, 14.0, 60.0] {
                let mut s = base.clone();
                for p in s.programs.iter_mut() {
                    p.stay_days = stay;
                }
                s.inpatient.stay_days = stay;
                s.receiving.stay_days = stay.min(1.0);
                let b = beds(&s);
                if let Some(p) = &prev {
                    assert!(non_decreasing(p, &b), "{id:?} {rule:?} stay {stay}");
                }
                prev = Some(b);
            }
        }
    }
}

#[test]
fn higher_days_full_target_never_more_beds() {
    let mut prev: Option<Vec<u64>> = None;
    for t in [0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5] {
        let mut s = preset(PresetId::CrisisNow);
        s.sizing.target = t;
        let b = beds(&s);
        if let Some(p) = &prev {
            // Beds only (teams and counselors do not depend on this target).
            assert!(non_decreasing(&b[..5], &p[..5]), "target {t}");
        }
        prev = Some(b);
    }
}

#[test]
fn pooling_never_needs_more_beds() {
    for id in PresetId::ALL {
        for pop in [5_000.0, 50_000.0, 500_000.0, 5e6] {
            let mut s = preset(id);
            s.population = pop;
            let r = eval(&s);
            let t = &r.totals;
            assert!(t.pooled_residential_beds.total <= t.residential_beds.total);
        }
    }
    // Crisis Now at 500,000: six small adult programs need clearly more beds than one pool.
    let r = eval(&preset(PresetId::CrisisNow));
    assert!(r.adult.residential.pooled.beds < r.adult.residential.beds);
}

#[test]
fn zero_load_gives_zero_beds() {
    let mut s = preset(PresetId::CrisisNow);
    s.adult.rate_per_100k = 0.0;
    s.youth.rate_per_100k = 0.0;
    let r = eval(&s);
    assert_eq!(r.totals.residential_beds.total, 0);
    assert_eq!(r.totals.mobile_teams, 0);
    assert_eq!(r.totals.cost_per_episode, Money::ZERO);
    assert!(r.warnings().is_empty());
}

#[test]
fn low_utilization_warning_carries_rural_advice() {
    let r = eval(&roadmap(20_000.0, 200.0));
    let w = r.adult.programs[0]
        .facility
        .warning
        .as_ref()
        .expect("warning");
    assert_eq!(w.kind, WarningKind::LowUtilization);
    assert!(w.message().contains("below the 50% minimum"));
    assert!(w
        .message()
        .contains("on-call crisis respite used a few times a month"));
    // Over 95%: full on up to half the days, with no utilization bound.
    let mut s = roadmap(500_000.0, 200.0);
    s.sizing.target = 0.5;
    s.sizing.max_utilization = 1.0;
    let r = eval(&s);
    let w = r.adult.programs[0]
        .facility
        .warning
        .as_ref()
        .expect("warning");
    assert_eq!(w.kind, WarningKind::OverFull);
}

// ---------------------------------------------------------------------------------------------
// Validation: every problem at once, tied to its field, in plain language.

type Mutation = fn(&mut Scenario);

#[test]
fn validation_messages() {
    let cases: &[(Mutation, &str, &str)] = &[
        (|s| s.population = f64::NAN, "population", "Population must be a whole number above zero."),
        (|s| s.population = 0.0, "population", "Population must be a whole number above zero."),
        (|s| s.population = -5.0, "population", "Population must be a whole number above zero."),
        (|s| s.population = 1234.5, "population", "Population must be a whole number above zero."),
        (|s| s.population = f64::INFINITY, "population", "Population must be a whole number above zero."),
        (|s| s.population = 1e10, "population", "Population must be at most 1,000,000,000 (one billion)."),
        (|s| s.youth_share = 1.2, "youth_share", "Youth share must be between 0% and 100%."),
        (|s| s.adult.rate_per_100k = -1.0, "adult.rate_per_100k", "The adult crisis rate must be a number from 0 to 10,000 episodes per 100,000 residents a month."),
        (|s| s.flow.entry_to_mobile = 1.5, "flow.entry_to_mobile", "The share from entry to a mobile team must be between 0% and 100%."),
        (|s| s.flow.entry_to_mobile = 0.5, "flow.entry", "The shares of episodes entering the crisis system that go on to other services add up to 118%; they must add up to at most 100% (the rest is resolved there)."),
        (|s| s.youth.flow.ed_to_residential = 0.5, "youth.flow.ed", "The shares of episodes at the emergency department that go on to other services add up to 150%; they must add up to at most 100% (the rest is resolved there)."),
        (|s| s.programs[0].share = 0.42, "programs", "Program shares add up to 112%; they must add up to 100%."),
        (|s| s.programs[2].stay_days = 0.0, "programs[2].stay_days", "Length of stay must be more than zero days and at most 365 days."),
        (|s| s.programs[2].share = -0.1, "programs[2].share", "The program's share of admissions must be between 0% and 100%."),
        (|s| s.programs[1].cost_per_day_high = 100.0, "programs[1].cost_per_day_high", "The high cost per day ($100) must be at least the low cost per day ($250)."),
        (|s| s.programs[1].max_beds_per_facility = 0.5, "programs[1].max_beds_per_facility", "Beds per facility must be a whole number from 1 to 10,000."),
        (|s| s.programs.clear(), "programs", "Some episodes go to residential crisis care, but no residential program is listed: add a program, or set the shares to residential care to 0%."),
        (|s| s.youth.programs[1].share = 0.5, "youth.programs", "Program shares add up to 120%; they must add up to 100%."),
        (|s| s.receiving.stay_days = 0.0, "receiving.stay_days", "Mean stay at the receiving facility must be more than zero days and at most 365 days."),
        (|s| s.inpatient.cost_per_day_low = -1.0, "inpatient.cost_per_day_low", "The low cost per day must be a number of dollars from $0 to $100,000."),
        (|s| s.sizing.target = 0.85, "sizing.target", "The share of days a service may be full must be more than 0% and at most 50%."),
        (|s| { s.sizing.rule = SizingRule::Occupancy; s.sizing.target = 0.05 }, "sizing.target", "The target occupancy must be between 10% and 100%."),
        (|s| s.sizing.max_utilization = 1.2, "sizing.max_utilization", "The highest utilization must be between 50% and 100%."),
        (|s| s.mobile.busy_hours_per_dispatch = 0.0, "mobile.busy_hours_per_dispatch", "Hours a dispatch keeps a team busy must be more than 0 and at most 72."),
        (|s| s.mobile.target_share = 1.0, "mobile.target_share", "The share of requests meeting the response target must be more than 0% and at most 99.9%."),
        (|s| s.mobile.staff_per_team = 2.5, "mobile.staff_per_team", "Staff per team must be a whole number from 1 to 20."),
        (|s| s.mobile.cost_per_team_hour_low = f64::NAN, "mobile.cost_per_team_hour_low", "The low cost per team-hour must be a number of dollars from $0 to $100,000."),
        (|s| s.crisis_line.shrinkage = 1.0, "crisis_line.shrinkage", "Shrinkage must be between 0% and 90%."),
        (|s| s.crisis_line.answer_seconds = -1.0, "crisis_line.answer_seconds", "The answer target must be from 0 to 3,600 seconds."),
        (|s| s.version = 4, "version", "This scenario has format version 4; this version of the planner reads version 3 only."),
    ];
    for (mutate, field, message) in cases {
        let mut s = preset(PresetId::CrisisNow);
        mutate(&mut s);
        let problems = validate(&s);
        assert!(
            problems
                .iter()
                .any(|p| p.field == *field && p.message == *message),
            "expected {field}: {message}\n got {problems:?}"
        );
        assert!(evaluate(&s).is_err());
    }
}

#[test]
fn every_problem_at_once() {
    let mut s = preset(PresetId::CrisisNow);
    s.population = -1.0;
    s.youth_share = f64::NAN;
    s.programs[0].stay_days = 0.0;
    s.programs[1].share = 0.9;
    s.mobile.staff_per_team = 0.0;
    let problems = validate(&s);
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "population",
            "youth_share",
            "programs[0].stay_days",
            "programs",
            "mobile.staff_per_team"
        ]
    );
    assert_eq!(evaluate(&s).err(), Some(problems));
}

#[test]
fn switched_off_inputs_never_block() {
    let mut s = preset(PresetId::Roadmap);
    s.youth.enabled = false;
    s.youth.rate_per_100k = f64::NAN;
    s.youth.programs[0].share = 7.0;
    s.crisis_line.enabled = false;
    s.crisis_line.minutes_per_contact = f64::NAN;
    assert!(validate(&s).is_empty());
    assert_eq!(eval(&s).totals.residential_beds.total, 55);
}

#[test]
fn every_preset_is_valid() {
    for id in PresetId::ALL {
        assert_eq!(validate(&preset(id)), vec![], "{id:?}");
        assert_eq!(PresetId::from_id(id.id()), Some(id));
        assert!(!id.label().is_empty());
    }
    assert_eq!(Scenario::default(), preset(PresetId::CrisisNow));
    assert_eq!(PresetId::from_id("nope"), None);
}

// ---------------------------------------------------------------------------------------------
// Sources: every default of every preset has one.

#[test]
fn every_default_of_every_preset_has_a_source() {
    for id in PresetId::ALL {
        let s = preset(id);
        let paths = field_paths(&s);
        assert!(paths.len() > 60, "{id:?}: {} paths", paths.len());
        for path in &paths {
            // the outcome rates' sources are kept out of the page's first download
            let src = match path.strip_prefix("outcomes.") {
                Some(rate) => crisis_model::scenario::outcome_sources::outcome_source(rate),
                None => source_of(id, path),
            };
            assert!(src.is_some(), "{id:?}: no source for {path}");
            if let Some(Source::Seed { file, .. }) = src {
                assert!(
                    [
                        "002_293f36c7aa45bd89.txt",
                        "003_d551ced1080a9b42.txt",
                        "004_b2b0e137abf430a1.txt"
                    ]
                    .contains(&file),
                    "{path}: {file}"
                );
            }
            if !path.starts_with("outcomes.") {
                assert_eq!(source_in(&s, path), src, "{id:?} {path}");
            }
            // Every path is a field the validation can name, i.e. a key of the JSON.
            assert!(json_has_path(&s, path), "{id:?}: {path} is not in the JSON");
        }
    }
    // Worked-example inputs cite seed 003.
    for path in [
        "population",
        "adult.rate_per_100k",
        "flow.entry_to_residential",
    ] {
        assert!(matches!(
            source_of(PresetId::Roadmap, path),
            Some(Source::Seed {
                file: "003_d551ced1080a9b42.txt",
                ..
            })
        ));
    }
    // A program the person added gets the sources of its type.
    let mut s = preset(PresetId::Roadmap);
    s.programs.push(ProgramKind::PeerRespite.defaults());
    assert!(source_in(&s, "programs[1].cost_per_day_low").is_some_and(|x| x.is_assumption()));
    assert!(source_in(&s, "programs[1].max_beds_per_facility").is_some());
    for kind in ProgramKind::ALL {
        for f in [
            "kind",
            "name",
            "share",
            "stay_days",
            "cost_per_day_low",
            "cost_per_day_high",
        ] {
            assert!(program_source(kind, f).is_some(), "{kind:?} {f}");
        }
    }
}

fn json_has_path(s: &Scenario, path: &str) -> bool {
    // an independent reader of the scenario's JSON: serde_json
    let mut v: serde_json::Value = serde_json::from_str(&s.to_json()).expect("json");
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        v = match v.get(key) {
            Some(x) => x.clone(),
            None => return false,
        };
        if let Some(i) = index {
            v = match v.get(i) {
                Some(x) => x.clone(),
                None => return false,
            };
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Explanations.

#[test]
fn every_figure_is_explained() {
    for id in PresetId::ALL {
        let r = eval(&preset(id));
        let keys = r.explanation_keys();
        assert!(keys.len() > 40, "{id:?}: {} keys", keys.len());
        for k in &keys {
            let e = r
                .explain(k)
                .unwrap_or_else(|| panic!("{id:?}: no explanation for {k}"));
            assert!(!e.figure.is_empty() && !e.formula.is_empty(), "{k}");
            let text = format!("{e:?}").to_lowercase();
            assert!(
                !text.contains("nan") && !text.contains("inf"),
                "{k}: {text}"
            );
        }
        assert_eq!(r.explain("no-such-key"), None);
    }
    let r = eval(&roadmap(500_000.0, 200.0));
    let e = r.explain("adult.programs[0].beds").expect("beds");
    assert_eq!(e.figure, "55 beds");
    assert!(e.formula.contains("5% of days"));
    assert!(e
        .inputs
        .iter()
        .any(|(k, v)| k == "Offered load A" && v == "49.3"));
    let e = r.explain("adult.programs[0].load").expect("load");
    assert!(e.inputs.iter().any(|(_, v)| v == "300"));
    let e = r.explain("residential-beds").expect("headline");
    assert_eq!(e.figure, "55 beds");
}
