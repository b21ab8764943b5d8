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
