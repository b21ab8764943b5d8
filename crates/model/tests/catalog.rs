//! The catalog of number inputs and the scenario cannot drift apart: every number of a
//! scenario's JSON is in the catalog and every entry is one; each entry's setter writes the
//! value at its own path and its getter reads it back; the validation refuses exactly what the
//! entry's bounds refuse, with the entry's own sentence, in both languages; every entry has a
//! source in every preset.

use crisis_model::json::Json;
use crisis_model::scenario::catalog::{
    self, get_number, number_paths, set_number, Input, When, FLOW_SHARES, INPUTS, PROGRAM_INPUTS,
};
use crisis_model::*;

/// Every preset with everything switched on (youth stream, crisis line), so every input is used.
fn full_scenarios() -> Vec<Scenario> {
    PresetId::ALL
        .into_iter()
        .map(|id| {
            let mut s = preset(id);
            s.youth.enabled = true;
            s.crisis_line.enabled = true;
            if s.programs.is_empty() {
                s.programs.push(ProgramKind::Typical.defaults());
            }
            if s.youth.programs.is_empty() {
                s.youth.programs.push(ProgramKind::CrisisRespite.defaults());
            }
            s
        })
        .collect()
}

/// Every leaf of a JSON tree with its dotted path (`programs[1].stay_days`).
fn leaves(v: &Json, path: &str, out: &mut Vec<(String, Json)>) {
    match v {
        Json::Object(m) => {
            for (k, x) in m.iter() {
                let p = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                leaves(x, &p, out);
            }
        }
        Json::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                leaves(x, &format!("{path}[{i}]"), out);
            }
        }
        leaf => out.push((path.to_string(), leaf.clone())),
    }
}

/// The scenario's own numbers: not the format version, the ranges, today's capacity, the
/// scores or the build-out plan (a map of its own, checked in `tests/buildout.rs`), which have
/// types of their own.
fn own_numbers(s: &Scenario) -> Vec<String> {
    let mut all = Vec::new();
    leaves(&s.to_json_value(), "", &mut all);
    all.into_iter()
        .filter(|(p, v)| {
            matches!(v, Json::Number(_))
                && p != "version"
                && !p.starts_with("uncertainty.")
                && !p.starts_with("inventory.")
                && !p.starts_with("assessment.")
                && !p.starts_with("buildout.")
        })
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn every_number_of_the_scenario_is_in_the_catalog_and_no_more() {
    for s in full_scenarios() {
        let mut json = own_numbers(&s);
        let mut catalog = number_paths(&s);
        json.sort();
        catalog.sort();
        assert!(json.len() >= 60, "only {} numbers found", json.len());
        assert_eq!(json, catalog);
    }
}

#[test]
fn each_entry_sets_and_reads_the_value_at_its_own_path() {
    for s in full_scenarios() {
        for path in number_paths(&s) {
            let mut t = s.clone();
            let value = 0.123_456_7;
            assert!(set_number(&mut t, &path, value), "{path}");
            assert_eq!(get_number(&t, &path), Some(value), "{path}");
            // exactly that number changed, at that path of the JSON
            let mut before = Vec::new();
            let mut after = Vec::new();
            leaves(&s.to_json_value(), "", &mut before);
            leaves(&t.to_json_value(), "", &mut after);
            let changed: Vec<&String> = before
                .iter()
                .zip(&after)
                .filter(|(a, b)| a != b)
                .map(|(a, _)| &a.0)
                .collect();
            if get_number(&s, &path) != Some(value) {
                assert_eq!(changed, vec![&path], "setting {path}");
            }
        }
        assert!(!set_number(&mut s.clone(), "programs[99].share", 1.0));
        assert!(!set_number(&mut s.clone(), "nope", 1.0));
        assert_eq!(get_number(&s, "flow.nope"), None);
    }
}

#[test]
fn names_are_unique_and_the_flow_shares_are_the_flows() {
    let mut own: Vec<(&str, &str)> = INPUTS.iter().map(|i| (i.path, i.label.0)).collect();
    let n = own.len();
    own.sort();
    own.dedup();
    assert_eq!(own.len(), n, "two entries with one path and label");
    let names: Vec<&str> = FLOW_SHARES.iter().map(|i| i.path).collect();
    let flow_names: Vec<&str> = Flow::default().shares().map(|(n, _)| n).to_vec();
    assert_eq!(names, flow_names);
    let mut fields: Vec<&str> = PROGRAM_INPUTS.iter().map(|i| i.path).collect();
    fields.dedup();
    assert_eq!(fields.len(), PROGRAM_INPUTS.len());
}

/// A value just outside the bounds, below and above (`None` where there is no such value).
fn outside<T>(i: &Input<T>) -> Vec<f64> {
    let b = i.bounds;
    let mut out = vec![f64::NAN, b.high + b.high.abs().max(1.0) * 0.01];
    out.push(if b.above_low {
        b.low
    } else {
        b.low - b.low.abs().max(1.0) * 0.01
    });
    if b.whole {
        out.push(b.low + 0.5);
    }
    out
}

/// Values inside the bounds: the low end (or just above it), the high end, the middle.
fn inside<T>(i: &Input<T>) -> Vec<f64> {
    let b = i.bounds;
    let low = if b.above_low {
        b.low + (b.high - b.low) * 0.01
    } else {
        b.low
    };
    let mid = 0.5 * (b.low + b.high);
    let mid = if b.whole { mid.round() } else { mid };
    vec![low, b.high, mid]
}

/// The problems at one path, in a language.
fn problems_at(s: &Scenario, path: &str, lang: Lang) -> Vec<String> {
    validate_in(s, lang)
        .into_iter()
        .filter(|p| p.field == path)
        .map(|p| p.message)
        .collect()
}

/// A scenario in which the entry is used: the rule it belongs to, with the other end of a
/// cost's pair moved out of the way.
fn using(s: &Scenario, when: When) -> Scenario {
    let mut s = s.clone();
    match when {
        When::DaysFull => s.set_sizing_rule(SizingRule::DaysFull),
        When::Occupancy => s.set_sizing_rule(SizingRule::Occupancy),
        _ => {}
    }
    s
}

/// The path of the other end of a cost pair, and the value that keeps it valid beside `x`.
fn pair_of(path: &str) -> Option<String> {
    if let Some(stem) = path.strip_suffix("_low") {
        Some(format!("{stem}_high"))
    } else {
        path.strip_suffix("_high").map(|stem| format!("{stem}_low"))
    }
}

fn check_entry<T>(s: &Scenario, i: &Input<T>, path: &str) {
    for lang in [Lang::En, Lang::Es] {
        for x in outside(i) {
            let mut t = using(s, i.when);
            assert!(set_number(&mut t, path, x));
            let found = problems_at(&t, path, lang);
            match i.problem_in(lang) {
                Some(sentence) => assert_eq!(found, vec![sentence], "{path} = {x}"),
                None => assert!(!found.is_empty(), "{path} = {x} refused with no problem"),
            }
        }
        for x in inside(i) {
            let mut t = using(s, i.when);
            assert!(set_number(&mut t, path, x));
            if let Some(other) = pair_of(path) {
                // keep the cost pair in order: the low end at most the high end
                let low_side = path.ends_with("_low");
                set_number(&mut t, &other, if low_side { i.bounds.high } else { 0.0 });
            }
            let found = problems_at(&t, path, lang);
            assert!(found.is_empty(), "{path} = {x}: {found:?}");
        }
    }
}

#[test]
fn the_validation_refuses_what_the_bounds_refuse_with_the_entry_s_sentence() {
    let mut checked = 0;
    for s in full_scenarios() {
        for i in INPUTS {
            check_entry(&s, i, i.path);
            checked += 1;
        }
        for youth in [false, true] {
            for i in FLOW_SHARES {
                check_entry(&s, i, &catalog::flow_path(youth, i.path));
                checked += 1;
            }
            for i in PROGRAM_INPUTS {
                check_entry(&s, i, &catalog::program_path(youth, 0, i.path));
                checked += 1;
            }
        }
    }
    assert!(checked > 100);
}

#[test]
fn an_input_not_in_use_is_not_checked() {
    let mut s = preset(PresetId::Roadmap);
    s.youth.enabled = false;
    s.crisis_line.enabled = false;
    for i in INPUTS {
        if matches!(i.when, When::Youth | When::CrisisLine) {
            (i.set)(&mut s, f64::NAN);
        }
    }
    assert_eq!(validate(&s), vec![]);
}

#[test]
fn every_entry_has_a_source_and_texts_in_both_languages() {
    for id in PresetId::ALL {
        let s = full_scenarios().remove(PresetId::ALL.iter().position(|p| *p == id).unwrap());
        for path in number_paths(&s) {
            let source = match path.strip_prefix("outcomes.") {
                Some(rate) => scenario::outcome_sources::outcome_source(rate),
                None => source_in(&s, &path),
            };
            assert!(source.is_some(), "{id:?}: {path} has no source");
        }
    }
    let texts = INPUTS
        .iter()
        .map(|i| (i.label, i.unit, i.hint, i.problem))
        .chain(
            FLOW_SHARES
                .iter()
                .map(|i| (i.label, i.unit, i.hint, i.problem)),
        )
        .chain(
            PROGRAM_INPUTS
                .iter()
                .map(|i| (i.label, i.unit, i.hint, i.problem)),
        );
    for (label, unit, hint, problem) in texts {
        for (en, es) in [label, unit, hint, problem] {
            assert_eq!(en.is_empty(), es.is_empty(), "{en} / {es}");
        }
        assert!(!label.0.is_empty() && !unit.0.is_empty(), "{label:?}");
    }
}

#[test]
fn every_uncertain_input_is_a_catalog_input_and_the_other_way_round() {
    use crisis_model::scenario::catalog::Uncertain;
    let mut named: Vec<InputId> = Vec::new();
    let mut add = |u: Uncertain| match u {
        Uncertain::No => {}
        Uncertain::Yes(id) => named.push(id),
        Uncertain::ByKind(f) => named.extend(ProgramKind::ALL.map(f)),
    };
    INPUTS.iter().for_each(|i| add(i.uncertain));
    FLOW_SHARES.iter().for_each(|i| add(i.uncertain));
    PROGRAM_INPUTS.iter().for_each(|i| add(i.uncertain));
    catalog::OUTCOME_INPUTS
        .iter()
        .for_each(|i| add(i.uncertain));
    for id in InputId::all() {
        assert!(named.contains(&id), "{id:?} has no input in the catalog");
    }
    // the residential shares, and only they, move with the residential share's range
    for i in FLOW_SHARES {
        let moves = matches!(i.uncertain, Uncertain::Yes(InputId::ResidentialShare));
        assert_eq!(moves, i.path.ends_with("_to_residential"), "{}", i.path);
    }
    // each uncertain input's range is of the entry's own value: its label names it
    for i in INPUTS {
        if let Uncertain::Yes(id) = i.uncertain {
            let range = id.label_in(Lang::En).to_lowercase();
            let words: Vec<&str> = i
                .label
                .0
                .split([' ', ':', ','])
                .filter(|w| w.len() > 4)
                .collect();
            assert!(
                words.iter().any(|w| range.contains(&w.to_lowercase())),
                "{} is marked {id:?} ({range})",
                i.path
            );
        }
    }
}

#[test]
fn a_unit_is_singular_for_exactly_one() {
    let stay = &catalog::PROGRAM_STAY;
    assert_eq!(stay.unit_for(1.0, Lang::En), "day");
    assert_eq!(stay.unit_for(1.0, Lang::Es), "día");
    assert_eq!(stay.unit_for(1.5, Lang::En), "days");
    assert_eq!(stay.unit_for(0.0, Lang::Es), "días");
    assert_eq!(catalog::POPULATION.unit_for(1.0, Lang::En), "resident");
    // a unit that is not a noun stays as it is
    assert_eq!(
        catalog::YOUTH_SHARE.unit_for(1.0, Lang::En),
        "% of residents"
    );
}

#[test]
fn a_value_is_written_with_its_unit() {
    assert_eq!(
        catalog::POPULATION.value_in(500_000.0, Lang::En),
        "500,000 residents"
    );
    assert_eq!(
        catalog::POPULATION.value_in(500_000.0, Lang::Es),
        "500,000 residentes"
    );
    assert_eq!(catalog::YOUTH_SHARE.value_in(0.22, Lang::Es), "22%");
    assert_eq!(catalog::PROGRAM_COST_LOW.value_in(450.0, Lang::En), "$450");
    assert_eq!(catalog::PROGRAM_STAY.value_in(1.0, Lang::Es), "1 día");
    assert_eq!(catalog::PROGRAM_STAY.value_in(4.5, Lang::En), "4.5 days");
}
