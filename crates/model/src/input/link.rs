//! A scenario in a link: the compact, versioned text after `?s=` in the page address.
//!
//! The text is the base64url (RFC 4648 §5, no padding) of a JSON object that holds `version`,
//! `preset` and only the inputs that differ from that preset; reading it fills the rest from the
//! preset ([`Scenario::from_json`]), so links stay short and a link made today still opens after
//! new inputs are added. Decoding is strict and bounded: at most [`MAX_LINK_CHARS`] characters,
//! only the base64url alphabet, valid UTF-8, and then every check `from_json` makes. Anything
//! else is a plain-language error, never a panic.

use crate::text::json::{Json, Map};

use crate::input::presets::preset;
use crate::scenario::Scenario;
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The longest link text accepted (characters after `s=`).
pub const MAX_LINK_CHARS: usize = 32_768;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The link text of a scenario.
pub fn encode(s: &Scenario) -> String {
    let full = s.to_json_value();
    let base = preset(s.preset_id()).to_json_value();
    let mut diff = difference(&full, &base).unwrap_or_else(|| Json::Object(Map::new()));
    if let Json::Object(map) = &mut diff {
        map.insert(
            "version",
            full.get("version").cloned().unwrap_or(Json::Null),
        );
        if let Some(p) = full.get("preset") {
            map.insert("preset", p.clone());
        }
    }
    base64url(diff.to_compact().as_bytes())
}

/// Whether a scenario's link text fits in a link ([`MAX_LINK_CHARS`]); a scenario that does not
/// (a state's thousands of areas) travels as a file.
pub fn fits(s: &Scenario) -> bool {
    !too_long(s) && encode(s).len() <= MAX_LINK_CHARS
}

/// Whether a scenario is too long for a link without writing its link text: its table of
/// areas alone is longer than [`MAX_LINK_CHARS`] (the link text holds that table, escaped, in
/// base64: at least as long). A state's 100,000-row table is not encoded on every change to
/// learn that it does not fit.
pub fn too_long(s: &Scenario) -> bool {
    s.areas.len() > MAX_LINK_CHARS
}

/// The scenario of a link text, or what is wrong with it in plain words.
pub fn decode(text: &str) -> Result<Scenario, String> {
    decode_in(text, Lang::En)
}

/// [`decode`] with what is wrong in a language.
pub fn decode_in(text: &str, lang: Lang) -> Result<Scenario, String> {
    let f = Format::new(lang);
    let text = text.trim();
    if text.is_empty() {
        return Err(lang
            .pick(
                "The link holds no scenario.",
                "El enlace no contiene ningún escenario.",
            )
            .into());
    }
    if text.len() > MAX_LINK_CHARS {
        let (n, max) = (
            f.thousands(text.len() as f64),
            f.thousands(MAX_LINK_CHARS as f64),
        );
        return Err(match lang {
            Lang::En => {
                format!("The link is too long to be a scenario ({n} characters; at most {max}).")
            }
            Lang::Es => format!(
                "El enlace es demasiado largo para ser un escenario ({n} caracteres; como máximo \
                 {max})."
            ),
        });
    }
    let bytes = unbase64url(text).ok_or_else(|| {
        lang.pick(
            "The link is damaged: its scenario part has characters a planner link never has (it may have been cut or edited).",
            "El enlace está dañado: la parte del escenario tiene caracteres que un enlace del planificador nunca tiene (puede que se haya cortado o editado).",
        )
        .to_string()
    })?;
    let json = String::from_utf8(bytes).map_err(|_| {
        lang.pick(
            "The link is damaged: its scenario is not readable text.",
            "El enlace está dañado: su escenario no es texto legible.",
        )
        .to_string()
    })?;
    Scenario::from_json_in(&json, lang).map_err(|e| match lang {
        Lang::En => format!("The link's scenario could not be read. {e}"),
        Lang::Es => format!("No se pudo leer el escenario del enlace. {e}"),
    })
}

/// The parts of `a` that differ from `b` (objects key by key; anything else whole).
fn difference(a: &Json, b: &Json) -> Option<Json> {
    match (a, b) {
        (Json::Object(am), Json::Object(bm)) => {
            let bm = bm.index();
            let out: Map = am
                .iter()
                .filter_map(|(k, av)| {
                    let d = match bm.get(k) {
                        Some(bv) => difference(av, bv)?,
                        None => av.clone(),
                    };
                    Some((k.to_string(), d))
                })
                .collect();
            (!out.is_empty()).then_some(Json::Object(out))
        }
        _ if a == b => None,
        _ => Some(a.clone()),
    }
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::PresetId;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
            ("\u{fb}\u{ff}", "w7vDvw"),
        ];
        for (plain, coded) in cases {
            assert_eq!(base64url(plain.as_bytes()), coded, "{plain:?}");
            assert_eq!(unbase64url(coded).unwrap(), plain.as_bytes(), "{coded:?}");
        }
        assert_eq!(unbase64url("Zm9v+g"), None);
        assert_eq!(unbase64url("Z"), None);
    }

    #[test]
    fn a_preset_link_is_short_and_round_trips() {
        for id in PresetId::ALL {
            let s = preset(id);
            let text = encode(&s);
            assert!(text.len() < 60, "{id:?}: {} characters", text.len());
            assert_eq!(decode(&text).unwrap(), s);
        }
    }

    #[test]
    fn an_edited_scenario_round_trips() {
        let mut s = preset(PresetId::CrisisNow);
        s.place_name = "Pima County <b>&</b> \"friends\"".into();
        s.population = 1_043_433.0;
        s.programs[2].stay_days = 6.5;
        s.programs.pop();
        s.youth.enabled = false;
        s.flow.entry_to_ed = 0.1;
        s.set_sizing_rule(crate::scenario::SizingRule::Occupancy);
        assert_eq!(decode(&encode(&s)).unwrap(), s);
    }

    #[test]
    fn damaged_and_hostile_links_are_refused_in_plain_words() {
        let good = encode(&preset(PresetId::Roadmap));
        let cases: Vec<String> = vec![
            String::new(),
            "!!!".into(),
            good[..good.len() - 3].to_string(),
            "<script>alert(1)</script>".into(),
            base64url(b"[1,2,3]"),
            base64url(b"{\"version\":99}"),
            base64url(b"{\"version\":1,\"population\":\"lots\"}"),
            base64url(&[0xff, 0xfe, 0x00]),
            "A".repeat(MAX_LINK_CHARS + 1),
        ];
        for text in cases {
            let err = decode(&text).expect_err(&text[..text.len().min(40)]);
            assert!(err.len() > 10 && !err.contains("panicked"), "{err}");
        }
    }
}
