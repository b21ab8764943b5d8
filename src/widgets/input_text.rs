//! Turning what a person types into a number, and a number back into editable text.
//!
//! Pure functions, tested natively. Parsing is forgiving about how people write numbers
//! ("500,000", " 30 ", "30%", "$450") and strict about what they mean: anything that is not a
//! finite number becomes `None`, which the field stores as NaN so that the model's validation
//! names the problem in plain language next to the field.

use crisis_model::Lang;

/// How a field shows its number: as is, or a fraction shown as a percentage (0.3 -> "30"): the
/// catalog's scale of each input.
pub use crisis_model::catalog::Scale;

/// Parse typed text into the model's value. `None` for empty or malformed text. US writing:
/// `1,250.5`, `$1,500`, `4.5%`.
pub fn parse(text: &str, scale: Scale) -> Option<f64> {
    parse_in(text, scale, Lang::En)
}

/// Parse typed text on a page in a language. Both languages read numbers the United States
/// way, as US Spanish speakers write them: a comma groups thousands and a point marks the
/// decimals (`500,000` is five hundred thousand, `2.5` is two and a half, `$1,500` is fifteen
/// hundred dollars). A comma after the decimal point (`1.250,5`) is not US writing and is not
/// a number. What a field understood is shown back under it (see [`read_as`]), so a value typed
/// another way is seen at once.
pub fn parse_in(text: &str, scale: Scale, _lang: Lang) -> Option<f64> {
    let kept: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '_' | '$' | '%'))
        .collect();
    if let Some(point) = kept.find('.') {
        if kept[point..].contains(',') {
            return None;
        }
    }
    let cleaned: String = kept.chars().filter(|&c| c != ',').collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    // Only plain decimal notation: digits, one point, an optional leading sign, an exponent.
    if !cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
    {
        return None;
    }
    let v: f64 = cleaned.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    Some(match scale {
        Scale::Plain => v,
        Scale::Percent => v / 100.0,
    })
}

/// The text an input shows for a model value: no thousands separators (so it edits cleanly),
/// no trailing zeros, no float noise ("0.30000000000000004" -> "30" for a percent field).
pub fn show(value: f64, scale: Scale) -> String {
    show_in(value, scale, Lang::En)
}

/// [`show`] on a page in a language: the same text in both (`0.75`), as US Spanish writes it.
pub fn show_in(value: f64, scale: Scale, _lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let v = match scale {
        Scale::Plain => value,
        Scale::Percent => value * 100.0,
    };
    // 10 significant digits are more than any input needs and hide binary rounding noise.
    written(v, decimals_for(v))
}

/// [`show_in`] to `digits` significant digits, never rounding the whole part (`17.808` -> `17.8`,
/// `0.95833` -> `0.958`, `1250` -> `1250` with 3): for values the model derives, such as the ends
/// of a range, whose exact figure is noise to a reader.
pub fn show_rounded_in(value: f64, scale: Scale, _lang: Lang, digits: i32) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let v = match scale {
        Scale::Plain => value,
        Scale::Percent => value * 100.0,
    };
    let magnitude = if v == 0.0 {
        0
    } else {
        v.abs().log10().floor() as i32 + 1
    };
    written(v, (digits - magnitude).clamp(0, 10) as usize)
}

/// A number with at most `decimals` decimals, trailing zeros dropped, in a language's writing.
fn written(v: f64, decimals: usize) -> String {
    let rounded = format!("{:.*}", decimals, v);
    let trimmed = if rounded.contains('.') {
        rounded
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        rounded
    };
    if trimmed == "-0" {
        "0".to_string()
    } else {
        trimmed
    }
}

fn decimals_for(v: f64) -> usize {
    let magnitude = if v == 0.0 {
        0
    } else {
        v.abs().log10().floor() as i32 + 1
    };
    (10 - magnitude).clamp(0, 10) as usize
}

/// What a field understood from typed text, written for a person (thousands grouped, `%` on a
/// percentage), when the text is not already that plain number: `500,000` -> `500,000`,
/// `$1,500` -> `1,500`, `12,5` -> `125` (read the US way, and now visibly so). `None` when the
/// text is the number as the field would show it (`2.5`) or is not a number (the field's error
/// message says so).
pub fn read_as(text: &str, scale: Scale, lang: Lang) -> Option<String> {
    let value = parse_in(text, scale, lang)?;
    let plain = show_in(value, scale, lang);
    if text.trim() == plain {
        return None;
    }
    let places = plain.split_once('.').map_or(0, |(_, f)| f.len());
    let shown = match scale {
        Scale::Plain => value,
        Scale::Percent => value * 100.0,
    };
    let number = crisis_model::format::Format::new(lang).decimal(shown, places);
    Some(match scale {
        Scale::Plain => number,
        Scale::Percent => format!("{number}%"),
    })
}

/// Whether the text in a field already stands for `value` (so an outside change, such as a new
/// preset, should replace the text, but the person's own typing should not be rewritten).
pub fn text_matches(text: &str, value: f64, scale: Scale) -> bool {
    text_matches_in(text, value, scale, Lang::En)
}

/// [`text_matches`] for text written the way a language writes numbers.
pub fn text_matches_in(text: &str, value: f64, scale: Scale, lang: Lang) -> bool {
    match parse_in(text, scale, lang) {
        Some(parsed) => value.is_finite() && (parsed - value).abs() <= 1e-9 * value.abs().max(1e-9),
        None => !value.is_finite(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_values_show_three_significant_digits() {
        let cases: &[(f64, Scale, Lang, &str)] = &[
            (17.808333, Scale::Plain, Lang::En, "17.8"),
            (0.958333, Scale::Plain, Lang::En, "0.958"),
            (0.958333, Scale::Plain, Lang::Es, "0.958"),
            (0.17808, Scale::Percent, Lang::En, "17.8"),
            (230.0, Scale::Plain, Lang::En, "230"),
            (1250.4, Scale::Plain, Lang::En, "1250"),
            (2.5, Scale::Plain, Lang::En, "2.5"),
            (0.0, Scale::Plain, Lang::En, "0"),
            (-0.0004, Scale::Plain, Lang::En, "-0.0004"),
            (f64::NAN, Scale::Plain, Lang::En, ""),
        ];
        for &(v, scale, lang, want) in cases {
            assert_eq!(show_rounded_in(v, scale, lang, 3), want, "{v}");
        }
    }

    #[test]
    fn parses_what_people_type() {
        let cases: &[(&str, Scale, Option<f64>)] = &[
            ("500000", Scale::Plain, Some(500_000.0)),
            ("500,000", Scale::Plain, Some(500_000.0)),
            (" 1 250 000 ", Scale::Plain, Some(1_250_000.0)),
            ("$450", Scale::Plain, Some(450.0)),
            ("30", Scale::Percent, Some(0.30)),
            ("30%", Scale::Percent, Some(0.30)),
            ("4.5", Scale::Percent, Some(0.045)),
            ("-3", Scale::Plain, Some(-3.0)),
            ("1e3", Scale::Plain, Some(1000.0)),
            ("", Scale::Plain, None),
            ("   ", Scale::Plain, None),
            ("abc", Scale::Plain, None),
            ("12abc", Scale::Plain, None),
            ("1.2.3", Scale::Plain, None),
            ("NaN", Scale::Plain, None),
            ("inf", Scale::Plain, None),
            ("1e400", Scale::Plain, None),
            ("<script>", Scale::Plain, None),
        ];
        for (text, scale, want) in cases {
            let got = parse(text, *scale);
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-12, "{text:?}: {g} != {w}"),
                (None, None) => {}
                _ => panic!("{text:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn shows_numbers_for_editing() {
        let cases: &[(f64, Scale, &str)] = &[
            (500_000.0, Scale::Plain, "500000"),
            (0.3, Scale::Percent, "30"),
            (0.1 + 0.2, Scale::Percent, "30"),
            (0.045, Scale::Percent, "4.5"),
            (5.0, Scale::Plain, "5"),
            (0.75, Scale::Plain, "0.75"),
            (1_000_000_000.0, Scale::Plain, "1000000000"),
            (-0.0, Scale::Plain, "0"),
            (f64::NAN, Scale::Plain, ""),
            (f64::INFINITY, Scale::Percent, ""),
        ];
        for (value, scale, want) in cases {
            assert_eq!(show(*value, *scale), *want, "{value} {scale:?}");
        }
    }

    #[test]
    fn round_trips_and_matches() {
        for v in [0.0, 0.3, 0.85, 0.05, 12.5, 200.0, 500_000.0, 1e9] {
            for scale in [Scale::Plain, Scale::Percent] {
                let text = show(v, scale);
                assert!(text_matches(&text, v, scale), "{v} {scale:?} -> {text}");
            }
        }
        assert!(!text_matches("30", 0.31, Scale::Percent));
        assert!(text_matches("", f64::NAN, Scale::Plain));
        assert!(!text_matches("", 5.0, Scale::Plain));
    }

    /// US Spanish speakers write numbers the US way, so the Spanish page reads them exactly as
    /// the English page does.
    #[test]
    fn spanish_reads_numbers_the_us_way() {
        let cases: &[(&str, Scale, Option<f64>)] = &[
            ("500,000", Scale::Plain, Some(500_000.0)),
            ("1,500", Scale::Plain, Some(1500.0)),
            ("2.5", Scale::Plain, Some(2.5)),
            ("$1,500", Scale::Plain, Some(1500.0)),
            ("$ 1,500.50", Scale::Plain, Some(1500.5)),
            ("1,250,000", Scale::Plain, Some(1_250_000.0)),
            ("0.75", Scale::Plain, Some(0.75)),
            ("4.5", Scale::Percent, Some(0.045)),
            ("4.5%", Scale::Percent, Some(0.045)),
            ("$ 450", Scale::Plain, Some(450.0)),
            ("500000", Scale::Plain, Some(500_000.0)),
            ("-5", Scale::Plain, Some(-5.0)),
            ("1.250,5", Scale::Plain, None),
            ("1.2.3", Scale::Plain, None),
            ("muchos", Scale::Plain, None),
            ("", Scale::Plain, None),
        ];
        for (text, scale, want) in cases {
            for lang in Lang::ALL {
                let got = parse_in(text, *scale, lang);
                match (got, want) {
                    (Some(g), Some(w)) => {
                        assert!((g - w).abs() < 1e-9, "{lang:?} {text:?}: {g} != {w}")
                    }
                    (None, None) => {}
                    _ => panic!("{lang:?} {text:?}: got {got:?}, want {want:?}"),
                }
            }
        }
        assert_eq!(show_in(0.75, Scale::Plain, Lang::Es), "0.75");
        assert_eq!(show_in(0.045, Scale::Percent, Lang::Es), "4.5");
        assert_eq!(show_in(500_000.0, Scale::Plain, Lang::Es), "500000");
        for v in [0.0, 0.3, 0.85, 0.05, 12.5, 200.0, 500_000.0, 1e9, 1234.5] {
            for scale in [Scale::Plain, Scale::Percent] {
                let text = show_in(v, scale, Lang::Es);
                assert_eq!(text, show(v, scale));
                assert!(
                    text_matches_in(&text, v, scale, Lang::Es),
                    "{v} {scale:?} -> {text}"
                );
            }
        }
    }

    /// A value typed with separators, or one that could be read two ways, is shown back as
    /// read; the plain number the field itself would show is not repeated.
    #[test]
    fn shows_back_what_it_read() {
        let cases: &[(&str, Scale, Lang, Option<&str>)] = &[
            ("500,000", Scale::Plain, Lang::Es, Some("500,000")),
            ("$1,500", Scale::Plain, Lang::Es, Some("1,500")),
            ("12,5", Scale::Plain, Lang::Es, Some("125")),
            ("1,5", Scale::Plain, Lang::En, Some("15")),
            ("30%", Scale::Percent, Lang::En, Some("30%")),
            ("2.5", Scale::Plain, Lang::Es, None),
            ("500000", Scale::Plain, Lang::En, None),
            ("4.5", Scale::Percent, Lang::Es, None),
            ("muchos", Scale::Plain, Lang::Es, None),
            ("", Scale::Plain, Lang::En, None),
        ];
        for &(text, scale, lang, want) in cases {
            assert_eq!(
                read_as(text, scale, lang).as_deref(),
                want,
                "{lang:?} {text:?}"
            );
        }
    }
}
