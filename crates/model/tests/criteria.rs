//! The Roadmap's criteria as a self-assessment: the items and their sources, the 1-5 scale,
//! score validation, and the model's judgements of criteria 1, 5 and 7, youth availability and
//! the services it sizes.

use crisis_model::criteria::{self, Basis, Group, ITEMS, LEVELS};
use crisis_model::*;

fn eval(s: &Scenario) -> Results {
    match evaluate(s) {
        Ok(r) => r,
        Err(p) => panic!("unexpected problems: {p:?}"),
    }
}

fn judge(s: &Scenario, id: &str) -> Judgement {
    criteria::judge(&eval(s), id).unwrap_or_else(|| panic!("no judgement for {id}"))
}

/// The Roadmap preset with today's beds of some types (inventory on).
fn today(beds: &[(ProgramKind, f64)]) -> Scenario {
    let mut s = preset(PresetId::Roadmap);
    s.inventory.enabled = true;
    for &(kind, n) in beds {
        s.inventory.residential.get_mut(kind).capacity = n;
    }
    s
}

#[test]
fn the_seven_criteria_of_seed_003() {
    let criteria: Vec<_> = ITEMS
        .iter()
        .filter(|i| i.group == Group::Criterion)
        .collect();
    assert_eq!(criteria.len(), 7);
    for (n, it) in criteria.iter().enumerate() {
        assert_eq!(it.id, format!("criterion-{}", n + 1));
        assert!(matches!(
            it.source,
            Source::Seed {
                file: "003_d551ced1080a9b42.txt",
                ..
            }
        ));
        assert!(it.source.note().contains(&format!("criterion {}", n + 1)));
    }
    // Table: (criterion, words quoted from seed 003).
    let quotes: &[(&str, &str)] = &[
        ("criterion-1", "comprehensive array of residential crisis services for adults and youth"),
        ("criterion-2", "adequate cost-based rates by multiple public and private payers"),
        ("criterion-3", "move smoothly in any direction through the continuum"),
        ("criterion-4", "welcome individuals who may be actively using substances"),
        ("criterion-5", "minimum utilization of 50% and maximum utilization of 95%, with the programs being full no more than 5% of days each"),
        ("criterion-6", "rural areas require flexibility to adjust capacity according to need"),
        ("criterion-7", "higher medical/nursing involvement to maximize hospital diversion"),
        ("criterion-7", "a safe place to get sober"),
    ];
    for (id, words) in quotes {
        assert!(criteria::item(id).expect(id).text.contains(words), "{id}");
    }
}

#[test]
fn the_crisis_services_of_seed_001() {
    // Table: seed 001's "Crisis Services" list, word for word.
    let listed = [
        "Warm line",
        "24/7 crisis hotline and text line services (e.g., 988)",
        "Peer respite",
        "Open dialogue",
        "Mobile crisis services",
        "Non-law enforcement crisis response services",
        "In-home family crisis intervention",
        "Urgent care services 24/7 crisis walk-in centers",
        "Psychiatric emergency room",
        "Crisis stabilization/residential/respite services",
        "Non-law enforcement crisis transportation",
        "Medical and social detox",
        "Access to immediate medication-assisted treatment for opioid use disorder",
        "Overdose response services",
    ];
    let from_001: Vec<&str> = ITEMS
        .iter()
        .filter(|i| {
            matches!(
                i.source,
                Source::Seed {
                    file: "001_34aad73059ae8cb3.txt",
                    ..
                }
            )
        })
        .map(|i| i.text)
        .collect();
    assert_eq!(from_001, listed);
    // Added from seed 003: the Living Room and youth services.
    for id in ["living-room", "youth"] {
        let it = criteria::item(id).expect(id);
        assert_eq!(it.group, Group::Service);
        assert!(matches!(
            it.source,
            Source::Seed {
                file: "003_d551ced1080a9b42.txt",
                ..
            }
        ));
    }
    // Ids are unique and are the keys the scores use.
    let mut ids: Vec<_> = ITEMS.iter().map(|i| i.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ITEMS.len());
    assert_eq!(criteria::item("nope"), None);
}

#[test]
fn the_roadmaps_1_to_5_scale() {
    assert_eq!(LEVELS.map(|l| l.score), [1, 2, 3, 4, 5]);
    assert_eq!(LEVELS[0].name, "Not started");
    assert_eq!(LEVELS[4].name, "Functioning well");
    assert!(LEVELS.iter().all(|l| !l.description.is_empty()));
    assert!(criteria::SCALE_RULE.contains("pick the lower one"));
    assert!(matches!(criteria::SCALE_SOURCE, Source::Publication { .. }));
    assert_eq!(
        criteria::level(3).map(|l| l.name),
        Some("Early implementation")
    );
    assert_eq!(criteria::level(0), None);
    assert_eq!(criteria::level(6), None);
}

#[test]
fn scores_are_whole_numbers_from_1_to_5() {
    // Table: (item, score, problem?).
    let cases: &[(&str, f64, bool)] = &[
        ("criterion-1", 1.0, false),
        ("criterion-5", 5.0, false),
        ("youth", 3.0, false),
        ("criterion-5", 0.0, true),
        ("criterion-5", 6.0, true),
        ("criterion-2", 2.5, true),
        ("mobile-crisis", -1.0, true),
        ("detox", f64::NAN, true),
        ("detox", f64::INFINITY, true),
    ];
    for &(id, x, bad) in cases {
        let mut s = preset(PresetId::CrisisNow);
        s.assessment.scores.insert(id.into(), x);
        let problems = validate(&s);
        if bad {
            assert_eq!(problems.len(), 1, "{id} {x}");
            assert_eq!(problems[0].field, format!("assessment.scores.{id}"));
            let title = criteria::item(id).expect(id).title;
            assert_eq!(
                problems[0].message,
                format!(
                    "The score of \"{title}\" must be a whole number from 1 to 5 (the Roadmap's \
                     scale), or left unscored."
                )
            );
            assert!(field_paths(&s).contains(&problems[0].field));
            assert_eq!(s.assessment.score(id), None);
        } else {
            assert_eq!(problems, vec![], "{id} {x}");
            assert_eq!(s.assessment.score(id), Some(x as u8));
        }
    }
}

#[test]
fn unknown_items_are_one_problem() {
    let mut s = preset(PresetId::CrisisNow);
    for id in ["criterion-8", "a", "b", "c", "d", "e", "f"] {
        s.assessment.scores.insert(id.into(), 3.0);
    }
    let problems = validate(&s);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "assessment.scores");
    assert!(problems[0].message.starts_with(
        "Unknown checklist item \"a\", \"b\", \"c\", \"criterion-8\", \"d\" and 2 more."
    ));
    assert!(problems[0].message.contains("criterion-1, criterion-2"));
    assert!(field_paths(&s).contains(&problems[0].field));
    assert!(source_of(PresetId::CrisisNow, "assessment.scores").is_some());
    assert!(source_of(PresetId::CrisisNow, "assessment.scores.youth").is_some());
    assert_eq!(
        source_of(PresetId::CrisisNow, "assessment.scores.nope"),
        None
    );
}

#[test]
fn setting_and_clearing_scores() {
    let mut a = Assessment::default();
    a.set_score("criterion-3", Some(4));
    assert_eq!(a.score("criterion-3"), Some(4));
    a.set_score("criterion-3", None);
    assert_eq!(a.score("criterion-3"), None);
    assert!(a.scores.is_empty());
}

// ---------------------------------------------------------------------------------------------
// The model's judgements.

/// Table: criterion 5 (each program used 50-95% and full on at most 5% of days).
#[test]
fn criterion_5_utilization_and_days_full() {
    use ProgramKind::Typical;
    let cases: &[(&str, Scenario, Verdict, Basis, &str)] = &[
        (
            "worked example as planned",
            preset(PresetId::Roadmap),
            Verdict::Met,
            Basis::Plan,
            "at the planned capacity would be used 50% to 95%",
        ),
        (
            "18 beds today",
            today(&[(Typical, 18.0)]),
            Verdict::NotMet,
            Basis::Today,
            "1 of 1 residential programs at today's capacity",
        ),
        (
            "55 beds today",
            today(&[(Typical, 55.0)]),
            Verdict::Met,
            Basis::Today,
            "at today's capacity would be used 50% to 95%",
        ),
        (
            "100 beds today",
            today(&[(Typical, 100.0)]),
            Verdict::NotMet,
            Basis::Today,
            "outside 50% to 95%",
        ),
        (
            "no beds today",
            today(&[]),
            Verdict::NotJudged,
            Basis::Today,
            "No residential crisis program in today's inventory",
        ),
        (
            "hospital only",
            preset(PresetId::HospitalOnly),
            Verdict::NotJudged,
            Basis::Plan,
            "No residential crisis program in the plan",
        ),
        // Small programs of the Crisis Now mix fall below 50% utilization.
        (
            "Crisis Now as planned",
            preset(PresetId::CrisisNow),
            Verdict::NotMet,
            Basis::Plan,
            "5 of 8 residential programs",
        ),
    ];
    for (name, s, verdict, basis, words) in cases {
        let j = judge(s, "criterion-5");
        assert_eq!(
            (j.verdict, j.basis),
            (*verdict, *basis),
            "{name}: {}",
            j.reason
        );
        assert!(j.reason.contains(words), "{name}: {}", j.reason);
        assert!(j.reason.contains("level-of-care criteria"), "{name}");
    }
    let j = judge(&today(&[(Typical, 18.0)]), "criterion-5");
    assert_eq!(
        j.details,
        vec![
            "Residential crisis program (all types): 18 beds, 97.1% in use on an average day, \
              full on 64.6% of days: above the 95% maximum."
        ]
    );
}

/// Table: criterion 7 (the four essential elements).
#[test]
fn criterion_7_essential_elements() {
    use ProgramKind::*;
    let cases: &[(&str, Scenario, Verdict, &str)] = &[
        ("Crisis Now as planned", preset(PresetId::CrisisNow), Verdict::Met, "All four essential elements are in the plan."),
        ("one typical program", preset(PresetId::Roadmap), Verdict::NotMet, "Missing in the plan: programs with higher medical/nursing involvement; lower"),
        ("all four today", today(&[(HighMedical, 8.0), (CrisisRespite, 6.0), (LivingRoom, 4.0), (Sud, 10.0)]), Verdict::Met, "All four essential elements are in today's inventory."),
        ("two of four today", today(&[(HighMedical, 8.0), (PeerRespite, 6.0)]), Verdict::NotMet, "Missing in today's inventory: programs with lower medical/nursing involvement; services for people who are intoxicated or need withdrawal management."),
    ];
    for (name, s, verdict, words) in cases {
        let j = judge(s, "criterion-7");
        assert_eq!(j.verdict, *verdict, "{name}: {}", j.reason);
        assert!(j.reason.starts_with(words), "{name}: {}", j.reason);
        assert!(j.details.len() >= 4, "{name}");
    }
    // A typical program cannot show which elements it provides.
    let j = judge(&preset(PresetId::Roadmap), "criterion-7");
    assert!(j
        .details
        .last()
        .is_some_and(|d| d.contains("does not show which elements")));
}

/// Table: youth availability (the youth item) and criterion 1's youth part.
#[test]
fn youth_availability() {
    let mut youth_today = today(&[(ProgramKind::Typical, 40.0)]);
    youth_today.inventory.inpatient.capacity = 30.0;
    youth_today
        .inventory
        .youth_residential
        .crisis_respite
        .capacity = 4.0;
    youth_today.inventory.youth_inpatient.capacity = 6.0;
    let mut no_youth_today = youth_today.clone();
    no_youth_today
        .inventory
        .youth_residential
        .crisis_respite
        .capacity = 0.0;
    let cases: &[(&str, &Scenario, Verdict, Verdict)] = &[
        (
            "Crisis Now as planned",
            &preset(PresetId::CrisisNow),
            Verdict::Met,
            Verdict::Met,
        ),
        (
            "Roadmap, youth stream off",
            &preset(PresetId::Roadmap),
            Verdict::NotJudged,
            Verdict::NotJudged,
        ),
        ("youth beds today", &youth_today, Verdict::Met, Verdict::Met),
        (
            "no youth beds today",
            &no_youth_today,
            Verdict::NotMet,
            Verdict::NotMet,
        ),
    ];
    for (name, s, youth, c1) in cases {
        let y = judge(s, "youth");
        assert_eq!(y.verdict, *youth, "{name}: {}", y.reason);
        let c = judge(s, "criterion-1");
        assert_eq!(c.verdict, *c1, "{name}: {}", c.reason);
        assert!(c.reason.contains("comprehensive"), "{name}");
    }
    let y = judge(&no_youth_today, "youth");
    assert!(
        y.reason.starts_with(
            "Adults have them but youth do not, in today's inventory: residential crisis beds."
        ),
        "{}",
        y.reason
    );
}

/// Table: the services the model sizes, present or not, on the plan or today.
#[test]
fn services_present_or_not() {
    let mut roadmap_today = today(&[(ProgramKind::PeerRespite, 5.0)]);
    roadmap_today.inventory.mobile.capacity = 2.0;
    let cases: &[(&str, &Scenario, Verdict)] = &[
        ("crisis-line", &preset(PresetId::CrisisNow), Verdict::Met),
        (
            "crisis-line",
            &preset(PresetId::HospitalOnly),
            Verdict::NotMet,
        ),
        ("mobile-crisis", &preset(PresetId::CrisisNow), Verdict::Met),
        ("mobile-crisis", &preset(PresetId::Roadmap), Verdict::NotMet),
        ("mobile-crisis", &roadmap_today, Verdict::Met),
        ("peer-respite", &roadmap_today, Verdict::Met),
        ("peer-respite", &preset(PresetId::Roadmap), Verdict::NotMet),
        ("living-room", &preset(PresetId::CrisisNow), Verdict::Met),
        ("living-room", &roadmap_today, Verdict::NotMet),
        ("detox", &preset(PresetId::CrisisNow), Verdict::Met),
        (
            "crisis-residential",
            &preset(PresetId::HospitalOnly),
            Verdict::NotMet,
        ),
        ("crisis-residential", &roadmap_today, Verdict::Met),
        ("walk-in-center", &preset(PresetId::CrisisNow), Verdict::Met),
        ("walk-in-center", &roadmap_today, Verdict::NotMet),
        ("crisis-line", &roadmap_today, Verdict::NotMet),
    ];
    for (id, s, verdict) in cases {
        let j = judge(s, id);
        assert_eq!(j.verdict, *verdict, "{id}: {}", j.reason);
    }
    assert_eq!(
        judge(&roadmap_today, "mobile-crisis").reason,
        "In today's inventory: 2 mobile crisis teams on duty."
    );
    // Items the figures say nothing about have no judgement.
    let r = eval(&preset(PresetId::CrisisNow));
    for id in [
        "criterion-2",
        "criterion-3",
        "criterion-4",
        "criterion-6",
        "warm-line",
        "open-dialogue",
        "non-police-transport",
        "psychiatric-er",
        "nope",
    ] {
        assert_eq!(criteria::judge(&r, id), None, "{id}");
    }
}

#[test]
fn a_score_today_can_contradict_the_figures() {
    let mut s = today(&[(ProgramKind::Typical, 18.0)]);
    s.inventory.mobile.capacity = 2.0;
    s.assessment.set_score("criterion-5", Some(5));
    s.assessment.set_score("mobile-crisis", Some(1));
    s.assessment.set_score("criterion-2", Some(3));
    s.assessment.set_score("living-room", Some(2));
    let a = assess(&eval(&s));
    assert_eq!(a.basis, Basis::Today);
    assert_eq!(a.rows.len(), ITEMS.len());
    assert_eq!(a.scored, 4);
    assert_eq!(a.by_level, [1, 1, 1, 0, 1]);
    let row = |id: &str| a.rows.iter().find(|r| r.item.id == id).expect(id);
    assert!(row("criterion-5").note.as_deref().is_some_and(|n| n
        .starts_with("You scored 5 (functioning well), but today's figures do not show it met")));
    assert!(row("mobile-crisis").note.as_deref().is_some_and(
        |n| n.starts_with("You scored 1 (not started), but today's figures show it in place")
    ));
    assert_eq!(row("criterion-2").note, None);
    assert_eq!(row("criterion-2").judgement, None);
    assert_eq!(row("living-room").note, None);
    assert_eq!(row("warm-line").score, None);
    // Judgements of the plan never contradict today's score.
    let mut s = preset(PresetId::CrisisNow);
    s.assessment.set_score("criterion-5", Some(5));
    let a = eval(&s).self_assessment();
    assert_eq!(a.basis, Basis::Plan);
    let r = a
        .rows
        .iter()
        .find(|r| r.item.id == "criterion-5")
        .expect("row");
    assert_eq!(
        r.judgement.as_ref().map(|j| j.verdict),
        Some(Verdict::NotMet)
    );
    assert_eq!(r.note, None);
}

#[test]
fn the_self_assessment_serializes() {
    let mut s = preset(PresetId::CrisisNow);
    s.assessment.set_score("criterion-7", Some(4));
    let v = serde_json::to_value(assess(&eval(&s))).expect("json");
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 23);
    let c7 = &rows[6];
    assert_eq!(c7["item"]["id"], "criterion-7");
    assert_eq!(c7["item"]["source"]["file"], "003_d551ced1080a9b42.txt");
    assert_eq!(c7["score"], 4);
    assert_eq!(c7["judgement"]["verdict"], "met");
    assert_eq!(c7["judgement"]["basis"], "plan");
    assert!(rows[7].get("score").is_none());
}
