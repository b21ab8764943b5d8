//! The link codec against random and hostile text: it never panics, and what it encodes it reads
//! back exactly.

use crisis_model::link::{decode, encode, MAX_LINK_CHARS};
use crisis_model::{preset, PresetId};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in ".{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn any_base64url_text_is_read_or_refused_without_panic(text in "[A-Za-z0-9_-]{0,400}") {
        let _ = decode(&text);
    }

    #[test]
    fn edited_scenarios_round_trip(
        which in 0usize..3,
        population in 1.0f64..1e9,
        rate in 0.0f64..1000.0,
        name in "\\PC{0,40}",
        youth in any::<bool>(),
    ) {
        let mut s = preset(PresetId::ALL[which]);
        s.population = population.round();
        s.adult.rate_per_100k = rate;
        s.place_name = name;
        s.youth.enabled = youth;
        let text = encode(&s);
        prop_assert!(text.len() <= MAX_LINK_CHARS);
        prop_assert_eq!(decode(&text).unwrap(), s);
    }
}

/// A link of each version of the format, as the build of its day wrote it (the inputs that differ
/// from the preset): the current build opens every one with the same values.
#[test]
fn links_of_every_version_still_open() {
    let read = |text: &str| decode(text.trim()).expect("the link opens");

    let s = read(include_str!("fixtures/link-v1.txt"));
    assert_eq!(s.version, crisis_model::SCENARIO_VERSION);
    assert_eq!(s.preset.as_deref(), Some("roadmap"));
    assert_eq!(s.place_name, "Link County");
    assert_eq!(s.population, 250_000.0);
    let mut want = preset(PresetId::Roadmap);
    want.place_name = s.place_name.clone();
    want.population = s.population;
    assert_eq!(s, want);

    let s = read(include_str!("fixtures/link-v2.txt"));
    assert_eq!(s.population, 300_000.0);
    assert_eq!(s.uncertainty.plan_for, crisis_model::Confidence::P80);
    let get = |s: &crisis_model::Scenario, p: &str| {
        crisis_model::scenario::catalog::get_number(s, p).unwrap()
    };
    assert_eq!(s.buildout.number("horizon_years"), 8.0);
    assert_eq!(get(&s, "funding.fmap"), 0.6);
    // version 2's one set of residential rates applies to every program type
    for kind in crisis_model::ProgramKind::ALL {
        let path = format!("funding.rates.residential.{}.medicaid", kind.id());
        assert_eq!(get(&s, &path), 0.8, "{path}");
    }

    let s = read(include_str!("fixtures/link-v3.txt"));
    assert_eq!(s.place_name, "Link Region");
    assert_eq!(
        get(&s, "funding.rates.residential.crisis-respite.medicaid"),
        0.9
    );
    assert_eq!(get(&s, "funding.rates.residential.sud.medicaid"), 1.0);
    let areas = crisis_model::areas::read_areas_in(&s.areas, crisis_model::Lang::En).unwrap();
    assert_eq!(areas.areas.len(), 2);
    assert!(areas.problems.is_empty());
    // and each writes back a link that opens to the same scenario
    assert_eq!(decode(&encode(&s)).unwrap(), s);
}
