//! The build-out plan: the last year's shortfall is zero when the additions reach the need;
//! people turned away never rise while capacity only grows and demand is flat; cumulative costs
//! are sums of the yearly costs; a three-year case worked by hand to the dollar; a break-even
//! year built to be year 3; the need recomputed with the grown population; the suggested
//! phasing within its budget; the validation; the scenario format, the link and the fixture.

use crisis_model::analysis::buildout::{
    break_even_year, buildout, buildout_in, first_year_use, phasing_rule_in, suggest_phasing,
    BuildOutResults, PHASING_RULE,
};
use crisis_model::catalog::BUILDOUT_INPUTS;
use crisis_model::inventory::Entry;
use crisis_model::scenario::buildout::{Addition, BuildOut};
use crisis_model::scenario::buildout_sources as inputs;
use crisis_model::validate::validate_buildout_in;
use crisis_model::*;

fn inputs_names() -> Vec<&'static str> {
    crisis_model::scenario::buildout::NAMES.to_vec()
}

fn plan(s: &Scenario) -> BuildOutResults {
    match buildout(s) {
        Ok(p) => p,
        Err(p) => panic!("unexpected problems: {p:?}"),
    }
}

/// Crisis Now, adults only, no crisis line, no growth: demand is the same every year.
fn flat() -> Scenario {
    let mut s = preset(PresetId::CrisisNow);
    s.youth.enabled = false;
    s.crisis_line.enabled = false;
    s.buildout.set_number("population_growth", 0.0);
    s
}

fn respite() -> Entry {
    Entry::Residential {
        youth: false,
        kind: ProgramKind::CrisisRespite,
    }
}

/// Every service the plan builds for adults (not inpatient care), and mobile teams.
fn adult_entries() -> Vec<Entry> {
    Entry::all()
        .into_iter()
        .filter(|e| !e.youth() && *e != Entry::CrisisLine && !matches!(e, Entry::Inpatient { .. }))
        .collect()
}

/// Erlang B by its recursion, independently of the crate.
fn erlang_b_ref(a: f64, c: u64) -> f64 {
    let mut b = 1.0;
    for k in 1..=c {
        b = a * b / (k as f64 + a * b);
    }
    b
}

#[test]
fn with_additions_that_reach_the_need_the_last_year_s_shortfall_is_zero() {
    for growth in [0.0, 0.006, 0.05] {
        let mut s = flat();
        s.buildout.set_number("population_growth", growth);
        s.buildout.set_number("horizon_years", 4.0);
        let need = evaluate(&s).unwrap();
        // enough each year to meet the need within the plan
        for e in adult_entries() {
            let n = match e {
                Entry::Mobile => need.mobile.teams as f64,
                _ => 40.0,
            };
            s.buildout.set_addition(
                e,
                Addition {
                    start_year: 1.0,
                    per_year: n.max(1.0),
                },
            );
        }
        let p = plan(&s);
        assert_eq!(p.years.len(), 4);
        let last = p.years.last().unwrap();
        assert!(!last.services.is_empty());
        for x in &last.services {
            assert_eq!(x.shortfall, 0.0, "{growth}: {}", x.key);
            assert!(last.capacity[&x.key] >= last.need[&x.key], "{}", x.key);
        }
        // and the first year still had a shortfall somewhere (the plan starts from nothing)
        assert!(p.years[0].services.iter().any(|x| x.need > 0.0));
    }
}

#[test]
fn turned_away_never_rise_while_capacity_only_grows_and_demand_is_flat() {
    for ramp in [0.0, 6.0, 12.0] {
        let mut s = flat();
        s.buildout.set_number("horizon_years", 8.0);
        s.buildout.set_number("ramp_up_months", ramp);
        for (i, e) in adult_entries().into_iter().enumerate() {
            s.buildout.set_addition(
                e,
                Addition {
                    start_year: 1.0 + (i % 4) as f64,
                    per_year: 1.0 + (i % 3) as f64,
                },
            );
        }
        let p = plan(&s);
        let mut before = p.turned_away_before;
        let mut waiting = f64::INFINITY;
        let mut caps: Option<std::collections::BTreeMap<String, f64>> = None;
        for y in &p.years {
            assert!(
                y.turned_away_per_year <= before + 1e-9,
                "ramp {ramp}, year {}: {} after {before}",
                y.year,
                y.turned_away_per_year
            );
            assert!(y.mobile_waiting_per_year <= waiting + 1e-9);
            if let Some(c) = &caps {
                for (k, v) in &y.capacity {
                    assert!(*v >= c[k], "capacity of {k} fell");
                }
            }
            before = y.turned_away_per_year;
            waiting = y.mobile_waiting_per_year;
            caps = Some(y.capacity.clone());
        }
        assert!(p.years.last().unwrap().turned_away_per_year < p.turned_away_before);
    }
}

#[test]
fn cumulative_costs_are_sums_of_the_yearly_costs() {
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_number("horizon_years", 20.0);
    let a = suggest_phasing(&s).unwrap();
    s.buildout.set_additions(&a);
    let p = plan(&s);
    assert_eq!(p.years.len(), 20);
    let (mut c, mut h) = (Money::ZERO, Money::ZERO);
    for y in &p.years {
        let total = y
            .operating_cost
            .plus(y.startup_cost)
            .plus(y.turned_away_hospital_cost);
        assert_eq!(y.total_cost, total);
        c = c.plus(y.total_cost);
        h = h.plus(y.hospital_only_cost);
        assert_eq!(y.cumulative_cost, c);
        assert_eq!(y.cumulative_hospital_only_cost, h);
        assert_eq!(y.cumulative_savings, h.minus(c));
        // the services add up to the year
        let op: f64 = y.services.iter().map(|x| x.operating_cost.mid).sum();
        let st: f64 = y.services.iter().map(|x| x.startup_cost.mid).sum();
        assert!((op - y.operating_cost.mid).abs() < 1e-6 * op.max(1.0));
        assert!((st - y.startup_cost.mid).abs() < 1e-6 * st.max(1.0));
        for m in [y.total_cost, y.cumulative_cost, y.hospital_only_cost] {
            assert!(m.low <= m.mid && m.mid <= m.high, "{m:?}");
            assert!(m.low.is_finite() && m.high.is_finite());
        }
    }
    let plan_costs: Vec<f64> = p.years.iter().map(|y| y.total_cost.mid).collect();
    let hospital: Vec<f64> = p.years.iter().map(|y| y.hospital_only_cost.mid).collect();
    assert_eq!(p.break_even_year, break_even_year(&plan_costs, &hospital));
}

/// Three years, adults only, no population growth, 10% cost growth, no ramp-up, costs by
/// staffed bed: 10 crisis respite beds a year and nothing else, from nothing.
#[test]
fn a_three_year_case_worked_by_hand_to_the_dollar() {
    let mut s = flat();
    s.population = 5_000_000.0;
    s.cost_basis = CostBasis::StaffedBeds;
    s.buildout = BuildOut::default();
    for (name, x) in [
        ("horizon_years", 3.0),
        ("cost_growth", 0.10),
        ("population_growth", 0.0),
        ("ramp_up_months", 0.0),
    ] {
        s.buildout.set_number(name, x);
    }
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 1.0,
            per_year: 10.0,
        },
    );
    let r = evaluate(&s).unwrap();
    let respite_need: u64 = r
        .adult
        .programs
        .iter()
        .filter(|p| p.kind == ProgramKind::CrisisRespite)
        .map(|p| p.facility.beds)
        .sum();
    assert!(respite_need >= 30, "the case needs 30 beds or more");
    let p = plan(&s);
    // start-up: 10 beds × ($300,000 + 3/12 × 365 × $150) = $3,136,875, growing 10% a year
    let startup = [3_136_875.0, 3_450_562.5, 3_795_618.75];
    // operating: crisis respite beds × 365 × $150 a day (the $100-200 midpoint) × 1.1^(y−1)
    let respite_cost = [547_500.0, 1_204_500.0, 1_987_425.0];
    // and the hospital's inpatient beds at the need, × 365 × $1,000 (the $800-1,200 midpoint)
    let inpatient = r.adult.inpatient.beds as f64 * 365.0 * 1000.0;
    let operating: Vec<f64> = (0..3)
        .map(|i| respite_cost[i] + inpatient * 1.1f64.powi(i as i32))
        .collect();
    // hospital stays of people turned away: each residential program type's admissions a
    // year × B(load, beds) × 5 days × $1,000 (inpatient $800-1,200), × 1.1^(y−1)
    let stay_cost = 7.0 * 1000.0;
    assert_eq!(s.inpatient.stay_days, 7.0);
    for (i, y) in p.years.iter().enumerate() {
        let growth = 1.1f64.powi(i as i32);
        assert!(
            (y.startup_cost.mid - startup[i]).abs() < 0.005,
            "{}",
            y.startup_cost.mid
        );
        assert!(
            (y.operating_cost.mid - operating[i]).abs() < 0.005,
            "{}",
            y.operating_cost.mid
        );
        let beds = 10 * (i as u64 + 1);
        let mut hospital = 0.0;
        for kind in ProgramKind::ALL {
            let (mut arrivals, mut load) = (0.0, 0.0);
            for pr in r.adult.programs.iter().filter(|p| p.kind == kind) {
                arrivals += pr.facility.arrivals_per_day * 365.0;
                load += pr.facility.load;
            }
            if arrivals == 0.0 {
                continue;
            }
            let c = if kind == ProgramKind::CrisisRespite {
                beds
            } else {
                0
            };
            hospital += arrivals * erlang_b_ref(load, c) * stay_cost;
        }
        let hospital = hospital * growth;
        assert!(
            (y.turned_away_hospital_cost.mid - hospital).abs() < 0.01,
            "{} vs {hospital}",
            y.turned_away_hospital_cost.mid
        );
        let total = startup[i] + operating[i] + hospital;
        assert!((y.total_cost.mid - total).abs() < 0.02);
        assert_eq!(y.capacity[&respite().key()], beds as f64);
        assert!((y.hospital_only_cost.mid - r.totals.hospital_only_cost.mid * growth).abs() < 0.01);
    }
    assert_eq!(
        p.years[1].sentence.split(';').next().unwrap(),
        "Year 2: add crisis respite beds (+10)"
    );
}

#[test]
fn a_break_even_built_to_be_year_three_is_three() {
    // cumulative plan 10, 15, 20; cumulative hospital-only 6, 12, 21: savings −4, −3, +1
    assert_eq!(
        break_even_year(&[10.0, 5.0, 5.0], &[6.0, 6.0, 9.0]),
        Some(3)
    );
    // equal is not yet a saving
    assert_eq!(break_even_year(&[10.0, 5.0], &[5.0, 10.0]), None);
    assert_eq!(break_even_year(&[], &[]), None);
    assert_eq!(break_even_year(&[1.0], &[2.0]), Some(1));
}

#[test]
fn a_plan_built_to_break_even_in_year_three_says_year_three() {
    // Start-up costs delay the savings: find the start-up cost per bed that makes the
    // cumulative savings turn positive in year 3 and check the plan says so in a sentence.
    let mut s = flat();
    s.buildout.set_number("horizon_years", 5.0);
    s.buildout.set_number("ramp_up_months", 0.0);
    let need = plan(&s).years[0].need.clone();
    for e in adult_entries() {
        if let Some(n) = need.get(&e.key()) {
            s.buildout.set_addition(
                e,
                Addition {
                    start_year: 1.0,
                    per_year: *n,
                },
            );
        }
    }
    let base = plan(&s);
    let savings_without: Vec<f64> = base
        .years
        .iter()
        .map(|y| y.hospital_only_cost.mid - (y.total_cost.mid - y.startup_cost.mid))
        .collect();
    let startup_1 = base.years[0].startup_cost.mid;
    // yearly savings before start-up, s1, s2, s3: with start-up cost X in year 1 only (all
    // needs met in year 1), cumulative savings are s1 − X, s1 + s2 − X, …; X between s1 + s2
    // and s1 + s2 + s3 makes year 3 the first positive one.
    let (s1, s2, s3) = (savings_without[0], savings_without[1], savings_without[2]);
    assert!(s1 > 0.0 && s2 > 0.0 && s3 > 0.0);
    assert!(base.years[1].startup_cost.mid == 0.0);
    let target = s1 + s2 + 0.5 * s3;
    let scale = target / startup_1;
    for name in [
        "startup_per_bed",
        "startup_per_chair",
        "startup_per_team",
        "preopening_months",
    ] {
        let x = s.buildout.number(name);
        s.buildout.set_number(name, x * scale);
    }
    let p = plan(&s);
    assert!((p.years[0].startup_cost.mid - target).abs() < 1e-3 * target);
    assert_eq!(p.break_even_year, Some(3));
    assert_eq!(
        p.break_even_sentence,
        "Cumulative savings against hospital-only care turn positive in year 3 of the plan."
    );
}

#[test]
fn no_break_even_is_said_in_a_sentence() {
    let mut s = flat();
    s.buildout.set_number("horizon_years", 2.0);
    s.buildout.set_number("startup_per_bed", 9_000_000.0);
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 1.0,
            per_year: 200.0,
        },
    );
    let p = plan(&s);
    assert_eq!(p.break_even_year, None);
    assert_eq!(
        p.break_even_sentence,
        "Cumulative savings against hospital-only care do not turn positive within the plan's 2 \
         years."
    );
    let es = buildout_in(&s, Lang::Es).unwrap();
    assert!(es
        .break_even_sentence
        .contains("dentro de los 2 años del plan"));
}

#[test]
fn the_need_is_recomputed_with_the_grown_population() {
    let mut s = flat();
    s.buildout.set_number("population_growth", 0.10);
    s.buildout.set_number("horizon_years", 3.0);
    let p = plan(&s);
    let mut grown = s.clone();
    grown.population = (s.population * 1.21).round();
    let r = evaluate(&grown).unwrap();
    let y3 = &p.years[2];
    assert_eq!(y3.population, grown.population);
    assert_eq!(y3.need["mobile"], r.mobile.teams as f64);
    assert_eq!(y3.need["receiving"], r.adult.receiving.beds as f64);
    assert!(y3.need["receiving"] > p.years[0].need["receiving"]);
    assert!(y3.hospital_only_cost.mid > p.years[0].hospital_only_cost.mid * 1.21);
}

#[test]
fn the_ramp_up_counts_a_new_program_at_its_first_year_use() {
    assert_eq!(first_year_use(12.0), 0.5);
    assert_eq!(first_year_use(0.0), 1.0);
    assert_eq!(first_year_use(6.0), 0.75);
    let mut s = flat();
    s.buildout.set_number("horizon_years", 2.0);
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 1.0,
            per_year: 8.0,
        },
    );
    s.buildout.set_number("ramp_up_months", 0.0);
    let fast = plan(&s);
    s.buildout.set_number("ramp_up_months", 12.0);
    let slow = plan(&s);
    let (before, a, b) = (
        fast.turned_away_before,
        fast.years[0].turned_away_per_year,
        slow.years[0].turned_away_per_year,
    );
    assert!((b - (0.5 * a + 0.5 * before)).abs() < 1e-9);
    // year 2 adds more beds (8 more), so it ramps too; with no more additions it would not
    assert!(slow.years[0].startup_cost == fast.years[0].startup_cost);
}

#[test]
fn beyond_the_need_is_allowed_and_said() {
    let mut s = flat();
    s.buildout.set_addition(
        Entry::Mobile,
        Addition {
            start_year: 1.0,
            per_year: 500.0,
        },
    );
    let p = plan(&s);
    assert!(
        p.notes.iter().any(|n| n.starts_with("Year 1: Mobile")),
        "{:?}",
        p.notes
    );
    assert_eq!(p.years[0].capacity["mobile"], 500.0);
    // only once, and nothing more is added once the need is met
    assert_eq!(p.years[1].capacity["mobile"], 500.0);
    assert_eq!(p.notes.iter().filter(|n| n.contains("Mobile")).count(), 1);
}

#[test]
fn bad_input_gives_a_plain_message_at_its_field() {
    let problems = |s: &Scenario, lang| -> Vec<(String, String)> {
        validate_buildout_in(s, lang)
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect()
    };
    let ok = flat();
    assert_eq!(problems(&ok, Lang::En), vec![]);
    for years in [0.0, 21.0, 2.5, f64::NAN] {
        let mut s = ok.clone();
        s.buildout.set_number("horizon_years", years);
        assert_eq!(
            problems(&s, Lang::En),
            vec![(
                "buildout.horizon_years".to_string(),
                "The plan must cover a whole number of years from 1 to 20.".to_string()
            )]
        );
        assert!(buildout(&s).is_err());
        // the other results are not lost
        assert!(validate(&s).is_empty());
        assert!(evaluate(&s).is_ok());
    }
    let mut s = ok.clone();
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 1.0,
            per_year: -2.0,
        },
    );
    assert_eq!(
        problems(&s, Lang::En),
        vec![(
            "buildout.additions.residential.crisis-respite.per_year".to_string(),
            "The crisis respite beds added each year cannot be negative: enter 0 or more (the \
             plan only adds capacity)."
                .to_string()
        )]
    );
    assert!(problems(&s, Lang::Es)[0]
        .1
        .contains("no puede ser negativo"));
    let mut s = ok.clone();
    s.buildout.set_addition(
        Entry::Mobile,
        Addition {
            start_year: 7.0,
            per_year: 1.0,
        },
    );
    assert_eq!(
        problems(&s, Lang::En),
        vec![(
            "buildout.additions.mobile.start_year".to_string(),
            "The mobile crisis teams on duty open in year 7, after the plan's 5 years: open them \
             within the plan or make the plan longer."
                .to_string()
        )]
    );
    let mut s = ok.clone();
    s.buildout.set_number("yearly_budget", 0.0);
    assert_eq!(
        problems(&s, Lang::En),
        vec![(
            "buildout.yearly_budget".to_string(),
            "The yearly budget must be more than $0 and at most $100,000,000,000.".to_string()
        )]
    );
    assert!(suggest_phasing(&s).is_err());
}

/// Every build-out entry: the validation refuses what its bounds refuse with its own sentence,
/// in both languages; it has a source, texts in both languages, and a Spanish note.
#[test]
fn every_build_out_input_is_checked_and_sourced() {
    let s = flat();
    for i in BUILDOUT_INPUTS {
        let b = i.bounds;
        let outside = [
            f64::NAN,
            b.high + b.high.abs().max(1.0) * 0.01,
            if b.above_low {
                b.low
            } else {
                b.low - b.low.abs().max(1.0) * 0.01
            },
        ];
        for lang in [Lang::En, Lang::Es] {
            for x in outside {
                let mut t = s.clone();
                (i.set)(&mut t, x);
                let found: Vec<String> = validate_buildout_in(&t, lang)
                    .into_iter()
                    .filter(|p| p.field == i.path)
                    .map(|p| p.message)
                    .collect();
                assert_eq!(found, vec![i.problem_in(lang).unwrap()], "{} = {x}", i.path);
            }
            for x in [b.high, 0.5 * (b.low + b.high)] {
                let mut t = s.clone();
                (i.set)(&mut t, if b.whole { x.round() } else { x });
                assert!(
                    validate_buildout_in(&t, lang).is_empty(),
                    "{} = {x}",
                    i.path
                );
            }
        }
        let src = inputs::source_of(i.path).unwrap_or_else(|| panic!("{} has no source", i.path));
        assert!(
            inputs::NOTES_ES.iter().any(|(en, _)| *en == src.note()),
            "{}",
            i.path
        );
        assert!(inputs::citation_in(i.path, Lang::Es).is_some());
        for (en, es) in [i.label, i.unit, i.hint, i.problem] {
            assert_eq!(en.is_empty(), es.is_empty(), "{en}");
        }
    }
    let mut names: Vec<&str> = BUILDOUT_INPUTS
        .iter()
        .map(|i| i.path.strip_prefix("buildout.").unwrap())
        .collect();
    names.sort();
    let mut all = inputs_names();
    all.sort();
    assert_eq!(names, all, "the catalog's plan inputs are the stored names");
    for i in BUILDOUT_INPUTS {
        let mut t = s.buildout.clone();
        let mut sc = s.clone();
        (i.set)(&mut sc, 0.123);
        t.set_number(i.path.strip_prefix("buildout.").unwrap(), 0.123);
        assert_eq!(sc.buildout, t, "{}", i.path);
        assert_eq!((i.get)(&sc), 0.123);
        let back = Scenario::from_json(&sc.to_json()).unwrap();
        assert_eq!(back.buildout, sc.buildout);
    }
    let key = "buildout.additions.residential.crisis-respite.per_year";
    assert!(inputs::source_of(key).unwrap().is_assumption());
    assert!(inputs::source_of("buildout.additions.nope.per_year").is_none());
    assert!(inputs::citation_in("buildout.startup_per_bed", Lang::En)
        .unwrap()
        .contains("not a published standard"));
}

#[test]
fn the_suggested_phasing_spends_within_the_budget_most_people_per_dollar_first() {
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_number("yearly_budget", 20_000_000.0);
    let a = suggest_phasing(&s).unwrap();
    assert!(!a.0.is_empty());
    // year 1's new capacity, at its start-up and first-year cost, fits the budget
    let mut t = s.clone();
    t.buildout.set_additions(&a);
    let p = plan(&t);
    let y1 = &p.years[0];
    let spent: f64 = y1
        .services
        .iter()
        .filter(|x| x.added > 0.0)
        .map(|x| x.startup_cost.mid + x.operating_cost.mid)
        .sum();
    assert!(spent <= 20_000_000.0, "{spent}");
    assert!(y1.services.iter().any(|x| x.added > 0.0));
    // the plan is valid and ends with fewer people turned away than it starts with
    assert!(p.years.last().unwrap().turned_away_per_year < p.turned_away_before);
    // a budget too small for one unit opens nothing
    s.buildout.set_number("yearly_budget", 1.0);
    assert!(suggest_phasing(&s).unwrap().0.is_empty());
    assert!(phasing_rule_in(Lang::Es).starts_with("Primero abren"));
    assert_eq!(phasing_rule_in(Lang::En), PHASING_RULE.0);
}

#[test]
fn a_sentence_per_year_in_both_languages() {
    let mut s = flat();
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 2.0,
            per_year: 16.0,
        },
    );
    let en = plan(&s);
    let es = buildout_in(&s, Lang::Es).unwrap();
    assert!(en.years[0]
        .sentence
        .starts_with("Year 1: no new capacity; no change in people turned away; $"));
    assert!(en.years[1]
        .sentence
        .starts_with("Year 2: add crisis respite beds (+16); "));
    assert!(en.years[1].sentence.contains("fewer people turned away; $"));
    assert!(en.years[1].sentence.ends_with("million."));
    assert!(es.years[1]
        .sentence
        .starts_with("Año 2: agregar camas de respiro de crisis (+16); "));
    assert!(es.years[1].sentence.contains("personas rechazadas menos"));
    for key in BuildOutResults::EXPLANATION_KEYS {
        for (lang, p) in [(Lang::En, &en), (Lang::Es, &es)] {
            let e = p.explain_in(key, &s, lang).unwrap();
            assert!(!e.formula.is_empty() && !e.figure.is_empty(), "{key}");
        }
    }
    assert!(en.explain_in("nope", &s, Lang::En).is_none());
}

#[test]
fn the_plan_s_inputs_travel_in_the_file_and_the_link_and_old_files_open_unchanged() {
    let mut s = preset(PresetId::Roadmap);
    s.buildout.set_number("horizon_years", 12.0);
    s.buildout.set_number("cost_growth", 0.03);
    s.buildout.set_addition(
        Entry::Mobile,
        Addition {
            start_year: 2.0,
            per_year: 1.0,
        },
    );
    s.buildout.set_addition(
        respite(),
        Addition {
            start_year: 1.0,
            per_year: 6.0,
        },
    );
    let back = Scenario::from_json(&s.to_json_pretty()).unwrap();
    assert_eq!(back, s);
    let link = crisis_model::link::encode(&s);
    assert_eq!(crisis_model::link::decode(&link).unwrap(), s);
    // a file saved before the plan existed opens with the plan's defaults
    let old = Scenario::from_json(include_str!("fixtures/scenario-v1.json")).unwrap();
    assert_eq!(old.buildout, BuildOut::default());
    assert!(!include_str!("fixtures/scenario-v1.json").contains("buildout"));
    // the default plan leaves a link as short as before
    let plain = preset(PresetId::CrisisNow);
    let decoded = crisis_model::link::decode(&crisis_model::link::encode(&plain)).unwrap();
    assert_eq!(decoded.buildout, BuildOut::default());
    // unknown services and fields are errors, wrong types a plain message
    let bad = r#"{"version": 1, "buildout": {"additions.nope.per_year": 1}}"#;
    assert!(Scenario::from_json(bad)
        .unwrap_err()
        .contains("unknown field `additions.nope.per_year`"));
    let bad = r#"{"version": 1, "buildout": {"additions.mobile.teams": 5}}"#;
    assert!(Scenario::from_json(bad).is_err());
    // the stored form holds only what was entered
    assert_eq!(
        crisis_model::json::ToJson::to_json(&BuildOut::default()).to_compact(),
        "{}"
    );
    let bad = r#"{"version": 1, "buildout": {"years": 5}}"#;
    assert!(Scenario::from_json(bad)
        .unwrap_err()
        .contains("unknown field `years`"));
    let bad = r#"{"version": 1, "buildout": {"horizon_years": "five"}}"#;
    assert!(Scenario::from_json(bad).is_err());
}

/// One end of a range.
type Pick = fn(&Money) -> f64;

/// Who pays each year (the funding model's shares at that year's need): the four levels add up
/// to the year's cost in each case, the turned-away hospital stays follow hospital-only care's
/// shares, and with a higher federal share of Medicaid the federal line grows and the state's
/// shrinks.
#[test]
fn each_year_s_cost_by_level_adds_up_to_the_year_s_cost() {
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_number("horizon_years", 6.0);
    let a = suggest_phasing(&s).unwrap();
    s.buildout.set_additions(&a);
    let p = plan(&s);
    for y in &p.years {
        assert_eq!(y.cost_by_level.len(), 4);
        let cases: [(Pick, &str); 3] =
            [(|m| m.low, "low"), (|m| m.mid, "mid"), (|m| m.high, "high")];
        for (pick, name) in cases {
            let sum: f64 = y.cost_by_level.values().map(pick).sum();
            assert!(
                (sum - pick(&y.total_cost)).abs() < 1.0,
                "year {} {name}: {sum} against {}",
                y.year,
                pick(&y.total_cost)
            );
        }
    }
    let mut richer = s.clone();
    richer.funding.fmap = 0.75;
    let q = plan(&richer);
    let (y0, y1) = (&p.years[0], &q.years[0]);
    assert!(y1.cost_by_level["federal"].mid > y0.cost_by_level["federal"].mid);
    assert!(y1.cost_by_level["state"].mid < y0.cost_by_level["state"].mid);
    // the table the page and the command line show: a row a year, the year then four levels
    let (header, rows) = p.level_table_in(Lang::En);
    assert_eq!(
        header,
        ["Year", "Federal", "State", "County and local", "Private"]
    );
    assert_eq!(rows.len(), 6);
}
