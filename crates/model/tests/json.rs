//! The scenario format's own JSON reader and writer (`crisis_model::json`), checked against
//! serde_json as an independent implementation: the same texts are accepted and refused, the
//! same trees come out, and what we write serde_json reads back to the same values.

use crisis_model::json::{parse, Json, Map};
use crisis_model::*;
use proptest::prelude::*;

/// serde_json's tree as ours (numbers compared by value, as a reader sees them).
fn from_serde(v: &serde_json::Value) -> Json {
    match v {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) => Json::Number(n.to_string()),
        serde_json::Value::String(s) => Json::String(s.clone()),
        serde_json::Value::Array(a) => Json::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(m) => Json::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), from_serde(v)))
                .collect::<Map>(),
        ),
    }
}

/// The same tree: objects compared as sets of keys (serde_json sorts them), numbers by value.
fn same(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(_), Json::Number(_)) => a.as_f64() == b.as_f64(),
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[test]
fn valid_texts_read_as_expected() {
    let cases: &[(&str, Json)] = &[
        ("null", Json::Null),
        (" true ", Json::Bool(true)),
        ("false", Json::Bool(false)),
        ("0", Json::Number("0".into())),
        ("-0.5e+3", Json::Number("-0.5e+3".into())),
        (
            "18446744073709551615",
            Json::Number("18446744073709551615".into()),
        ),
        (
            r#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#,
            Json::String("a\"b\\c/d\né😀".into()),
        ),
        ("[]", Json::Array(vec![])),
        (
            "[1, [2]]",
            Json::Array(vec![
                Json::Number("1".into()),
                Json::Array(vec![Json::Number("2".into())]),
            ]),
        ),
        ("{}", Json::Object(Map::new())),
        (
            r#"{"a": 1, "b": 2, "a": 3}"#,
            Json::Object(Map::from_iter([
                ("a".to_string(), Json::Number("3".into())),
                ("b".to_string(), Json::Number("2".into())),
            ])),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&parse(text).expect(text), want, "{text}");
    }
}

#[test]
fn invalid_texts_are_refused_with_where() {
    let cases: &[(&str, &str)] = &[
        ("", "EOF while parsing a value at line 1 column 1"),
        (
            "{\"version\": 1, ",
            "EOF while parsing an object at line 1 column 16",
        ),
        ("[1,]", "expected value at line 1 column 4"),
        ("{\"a\" 1}", "expected `:` at line 1 column 6"),
        ("{1: 2}", "key must be a string at line 1 column 2"),
        ("[1 2]", "expected `,` or `]` at line 1 column 4"),
        ("01", "invalid number at line 1 column 2"),
        ("1.", "invalid number at line 1 column 3"),
        (".5", "expected value at line 1 column 1"),
        ("+1", "expected value at line 1 column 1"),
        ("1e400", "number out of range at line 1 column 6"),
        ("\"\\x\"", "invalid escape at line 1 column 4"),
        (
            "\"\\ud800\"",
            "lone leading surrogate in hex escape at line 1 column 8",
        ),
        (
            "\"\\udc00\"",
            "lone trailing surrogate in hex escape at line 1 column 8",
        ),
        (
            "\"a\tb\"",
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3",
        ),
        ("nul", "expected value at line 1 column 1"),
        ("{}\n x", "trailing characters at line 2 column 2"),
        ("// no comments", "expected value at line 1 column 1"),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text).expect_err(text), *want, "{text:?}");
    }
}

#[test]
fn nesting_is_bounded() {
    let ok = format!("{}{}", "[".repeat(128), "]".repeat(128));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    assert!(parse(&deep)
        .unwrap_err()
        .starts_with("recursion limit exceeded"));
    let huge = "[".repeat(1_000_000);
    assert!(parse(&huge).is_err());
}

#[test]
fn writing_matches_the_format_as_files_have_it() {
    let v = parse(r#"{"b":[1,{"c":null}],"a":"x\u0001","e":[],"o":{}}"#).unwrap();
    assert_eq!(
        v.to_compact(),
        r#"{"b":[1,{"c":null}],"a":"x\u0001","e":[],"o":{}}"#
    );
    assert_eq!(
        v.to_pretty(),
        "{\n  \"b\": [\n    1,\n    {\n      \"c\": null\n    }\n  ],\n  \"a\": \"x\\u0001\",\n  \"e\": [],\n  \"o\": {}\n}"
    );
    assert_eq!(Json::from_f64(f64::NAN), Json::Null);
    assert_eq!(Json::from_f64(f64::INFINITY), Json::Null);
    assert_eq!(Json::from_f64(100.0).to_compact(), "100.0");
    assert_eq!(Json::from_f64(1e-7).to_compact(), "1e-7");
    assert_eq!(
        Json::from_f64(0.1 + 0.2).to_compact(),
        "0.30000000000000004"
    );
}

#[test]
fn the_scenario_reads_in_serde_json_as_written() {
    for id in PresetId::ALL {
        let s = preset(id);
        let ours = s.to_json_value();
        for text in [s.to_json(), s.to_json_pretty()] {
            let theirs: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert!(same(&ours, &from_serde(&theirs)), "{id:?}");
        }
        // the order of a file: version and preset first, then the inputs as the type lists them
        let keys: Vec<&str> = match &ours {
            Json::Object(m) => m.iter().map(|(k, _)| k).collect(),
            _ => vec![],
        };
        assert_eq!(
            &keys[..4],
            ["version", "preset", "place_name", "population"]
        );
    }
}

#[test]
fn a_seed_of_any_size_reads_back_exactly() {
    let mut s = preset(PresetId::Roadmap);
    s.uncertainty.seed = u64::MAX - 1;
    let back = Scenario::from_json(&s.to_json()).unwrap();
    assert_eq!(back.uncertainty.seed, u64::MAX - 1);
}

#[test]
fn wrong_kinds_of_values_name_the_field() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"version":1,"population":"many"}"#,
            "\"population\" must be a number, not text",
        ),
        (
            r#"{"version":1,"youth":{"enabled":1}}"#,
            "\"youth.enabled\" must be true or false, not a number",
        ),
        (
            r#"{"version":1,"programs":[{"kind":"sud","stay_days":[]}]}"#,
            "\"programs[0].stay_days\" must be a number, not a list",
        ),
        (
            r#"{"version":1,"programs":[3]}"#,
            "\"programs[0]\" must be an object, not a number",
        ),
        (
            r#"{"version":1,"sizing":{"rule":"most"}}"#,
            "\"sizing.rule\" must be one of days-full, occupancy, not \"most\"",
        ),
        (
            r#"{"version":1,"uncertainty":{"draws":-1}}"#,
            "\"uncertainty.draws\" must be a whole number from 0 to 4294967295",
        ),
        (
            r#"{"version":1,"flow":{"entry_to_moon":0.1}}"#,
            "unknown field `entry_to_moon` in \"flow\"",
        ),
        (
            r#"{"version":1,"inventory":{"residential":{"sud":{"capacity":"x"}}}}"#,
            "\"inventory.residential.sud.capacity\" must be a number",
        ),
        (
            r#"{"version":1,"assessment":{"scores":{"criterion-1":"high"}}}"#,
            "\"assessment.scores.criterion-1\" must be a number, not text",
        ),
    ];
    for (text, want) in cases {
        let err = Scenario::from_json(text).expect_err(text);
        assert!(err.contains(want), "{text}: {err}");
    }
}

#[test]
fn null_and_missing_keep_the_preset_value() {
    let s = Scenario::from_json(
        r#"{"version":1,"preset":"roadmap","population":null,"inventory":{"receiving":{"annual_cost":null}},
            "assessment":{"scores":{"criterion-1":4,"criterion-2":null}}}"#,
    )
    .unwrap();
    let roadmap = preset(PresetId::Roadmap);
    assert_eq!(s.population, roadmap.population);
    assert_eq!(s.inventory, roadmap.inventory);
    assert_eq!(s.assessment.score("criterion-1"), Some(4));
    assert_eq!(s.assessment.score("criterion-2"), None);
}

/// Short texts over JSON's own characters, to reach the corners of the grammar.
fn json_ish() -> impl Strategy<Value = String> {
    "[\\[\\]{}\",:0-9eE.+\\-trueflasn\\\\u/ \\n\\tabcdé😀]{0,24}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Accepts exactly what serde_json accepts, and reads the same tree.
    #[test]
    fn reads_what_serde_json_reads(text in json_ish()) {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs.as_ref().err());
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert!(same(&a, &from_serde(&b)), "{:?}", text);
        }
    }

    /// Whatever we write reads back to the same tree, in our reader and in serde_json.
    #[test]
    fn what_is_written_reads_back(doc in any_json()) {
        for text in [doc.to_compact(), doc.to_pretty()] {
            let back = parse(&text).expect("reads back");
            prop_assert_eq!(&back, &doc);
            let theirs: serde_json::Value = serde_json::from_str(&text).expect("serde_json reads it");
            prop_assert!(same(&doc, &from_serde(&theirs)));
        }
    }
}

fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<u64>().prop_map(Json::from_u64),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(Json::from_f64),
        "\\PC{0,12}".prop_map(Json::String),
        "[\\x00-\\x1f\"\\\\]{0,4}".prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Json::Array),
            prop::collection::vec(("[a-z]{0,4}", inner), 0..5)
                .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

/// Objects with many keys (a file may hold tens of thousands of scores) read, write, and make a
/// link with work that grows with their size, not its square (a key-by-key search over 60,000
/// keys would hang this test for minutes).
#[test]
fn many_keys_stay_fast() {
    let n = 60_000;
    let scores: Vec<String> = (0..n).map(|i| format!("\"k{i}\":3")).collect();
    let text = format!(
        "{{\"version\":1,\"assessment\":{{\"scores\":{{{}}}}}}}",
        scores.join(",")
    );
    let s = Scenario::from_json(&text).expect("reads");
    assert_eq!(s.assessment.scores.len(), n);
    let back = Scenario::from_json(&s.to_json()).expect("reads back");
    assert_eq!(back.assessment.scores.len(), n);
    let link = crisis_model::link::encode(&s);
    // too long for a link, and refused as such, but made
    assert!(link.len() > crisis_model::link::MAX_LINK_CHARS);
    let doubled = format!("{{{}}}", [scores.clone(), scores].concat().join(","));
    match parse(&doubled).expect("reads") {
        Json::Object(m) => assert_eq!(m.len(), n),
        _ => unreachable!(),
    }
}
