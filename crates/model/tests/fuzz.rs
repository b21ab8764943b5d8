//! Fuzzing the two doors hostile text comes through: the link decoder (`link::decode`) and the
//! scenario file reader (`Scenario::from_json`), 100,000+ generated cases in all. Whatever comes
//! in, they return a scenario or a plain message: no panic, no hang (input size is capped before
//! parsing, nesting by serde_json's recursion limit), and anything that decodes either evaluates
//! to finite figures or to a list of problems.
//!
//! Cases: arbitrary text; arbitrary base64url; valid links and files mutated byte by byte
//! (flips, cuts, splices, duplications); random JSON documents of every shape; and a table of
//! known hostile inputs (deep nesting, huge numbers, oversize payloads, wrong types).

use crisis_model::link::{decode, encode, MAX_LINK_CHARS};
use crisis_model::{evaluate, preset, PresetId, Scenario, MAX_SCENARIO_BYTES};
use proptest::prelude::*;

/// base64url without padding, written here independently of the crate's encoder.
fn b64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// What must hold for anything the decoders accept: evaluation gives finite figures or problems.
fn check(s: &Scenario) {
    match evaluate(s) {
        Ok(r) => {
            let t = &r.totals;
            for v in [
                t.annual_cost.mid,
                t.annual_cost.low,
                t.annual_cost.high,
                t.hospital_only_cost.mid,
                t.savings.mid,
                t.mobile_fte,
                t.crisis_line_fte,
                t.episodes_per_year,
                t.cost_per_resident.mid,
            ] {
                assert!(v.is_finite(), "non-finite figure {v} from {}", s.to_json());
            }
        }
        Err(problems) => assert!(!problems.is_empty()),
    }
}

fn valid_files() -> Vec<String> {
    PresetId::ALL
        .iter()
        .map(|id| {
            let mut s = preset(*id);
            s.place_name = "Pima County".into();
            s.to_json()
        })
        .collect()
}

/// A byte-level mutation of a text: replace, insert, delete or duplicate a span.
fn mutate(text: &str, ops: &[(u8, usize, u8)]) -> String {
    let mut b = text.as_bytes().to_vec();
    for &(op, at, byte) in ops {
        if b.is_empty() {
            b.push(byte);
            continue;
        }
        let i = at % b.len();
        match op % 5 {
            0 => b[i] = byte,
            1 => b.insert(i, byte),
            2 => {
                b.remove(i);
            }
            3 => {
                let end = (i + 1 + usize::from(byte) % 16).min(b.len());
                let span = b[i..end].to_vec();
                b.splice(i..i, span);
            }
            _ => b.truncate(i),
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Random JSON documents of any shape, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|x| serde_json::json!(x)),
        "\\PC{0,20}".prop_map(serde_json::Value::String),
        prop::sample::select(vec![
            "crisis-now",
            "roadmap",
            "hospital-only",
            "high-medical",
            "peer-respite",
            "days-full",
            "occupancy",
            "staffed-beds",
            "team-hours",
            "log-normal",
            "<script>alert(1)</script>",
        ])
        .prop_map(|s| serde_json::Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "version",
                    "preset",
                    "population",
                    "youth_share",
                    "adult",
                    "rate_per_100k",
                    "flow",
                    "entry_to_mobile",
                    "programs",
                    "kind",
                    "share",
                    "stay_days",
                    "youth",
                    "enabled",
                    "sizing",
                    "target",
                    "mobile",
                    "crisis_line",
                    "inventory",
                    "uncertainty",
                    "assessment",
                    "scores",
                    "seed",
                    "draws",
                    "x",
                ]),
                inner,
                0..6,
            )
            .prop_map(|m| serde_json::Value::Object(
                m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_as_a_link(text in "\\PC{0,200}") {
        if let Ok(s) = decode(&text) { check(&s) }
    }

    #[test]
    fn arbitrary_base64url_as_a_link(text in "[A-Za-z0-9_-]{0,300}") {
        if let Ok(s) = decode(&text) { check(&s) }
    }

    #[test]
    fn mutated_links(which in 0usize..3, ops in prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6)) {
        let json = valid_files()[which].clone();
        let link = b64(mutate(&json, &ops).as_bytes());
        if let Ok(s) = decode(&link) { check(&s) }
        let cut = mutate(&encode(&preset(PresetId::ALL[which])), &ops);
        if let Ok(s) = decode(&cut) { check(&s) }
    }

    #[test]
    fn mutated_scenario_files(which in 0usize..3, ops in prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..8)) {
        let text = mutate(&valid_files()[which], &ops);
        if let Ok(s) = Scenario::from_json(&text) { check(&s) }
    }

    #[test]
    fn random_json_documents_as_files(mut doc in json_value(), version in prop::option::of(0u64..4)) {
        if let (serde_json::Value::Object(map), Some(v)) = (&mut doc, version) {
            map.insert("version".into(), serde_json::json!(v));
        }
        let text = doc.to_string();
        if let Ok(s) = Scenario::from_json(&text) { check(&s) }
        if let Ok(s) = decode(&b64(text.as_bytes())) { check(&s) }
    }
}

#[test]
fn known_hostile_inputs_are_refused_plainly() {
    let deep_array = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!(
        "{{\"version\":1,\"adult\":{}1{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    let oversize = format!(
        "{{\"version\":1,\"place_name\":\"{}\"}}",
        "x".repeat(MAX_SCENARIO_BYTES)
    );
    let cases: Vec<String> = vec![
        deep_array.clone(),
        deep_object.clone(),
        oversize,
        "{\"version\":1,\"population\":1e400}".into(),
        "{\"version\":1,\"population\":-1e308}".into(),
        "{\"version\":1,\"population\":\"500000\"}".into(),
        "{\"version\":1,\"programs\":[{\"kind\":\"<img src=x>\"}]}".into(),
        "{\"version\":1,\"programs\":{}}".into(),
        format!(
            "{{\"version\":1,\"programs\":[{}]}}",
            vec!["{}"; 5_000].join(",")
        ),
        "{\"version\":18446744073709551616}".into(),
        "\u{feff}{\"version\":1}".into(),
        "null".into(),
        String::new(),
    ];
    for text in &cases {
        if let Ok(s) = Scenario::from_json(text) {
            check(&s);
        }
        assert!(decode(&b64(text.as_bytes())).is_err() || text.len() < MAX_LINK_CHARS);
    }
    // a link longer than the cap is refused before decoding
    let long = "A".repeat(MAX_LINK_CHARS + 1);
    assert!(decode(&long).unwrap_err().contains("too long"));
    // a payload that decodes to more than the cap is refused too
    assert!(decode(&b64(deep_array.as_bytes())).is_err());
}
