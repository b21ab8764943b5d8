//! Turning what a person types into a number, and a number back into editable text.
//!
//! Pure functions, tested natively. Parsing is forgiving about how people write numbers
//! ("500,000", " 30 ", "30%", "$450") and strict about what they mean: anything that is not a
//! finite number becomes `None`, which the field stores as NaN so that the model's validation
//! names the problem in plain language next to the field.

use crisis_model::Lang;

/// How a field shows its number: as is, or a fraction shown as a percentage (0.3 -> "30").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Plain,
    Percent,
}

/// Parse typed text into the model's value. `None` for empty or malformed text. English
/// writing: `1,250.5` (see [`parse_in`] for Spanish).
pub fn parse(text: &str, scale: Scale) -> Option<f64> {
    parse_in(text, scale, Lang::En)
}

/// Parse typed text written the way a language writes numbers. English: commas group
/// thousands (`1,250.5`). Spanish: a comma is the decimal mark and points group thousands
/// (`1.250,5`); text with points only is read as thousands when every group after a point has
/// three digits (`500.000`), and otherwise as decimals (`0.75`, `4.5`), as many people in the
/// United States write them.
pub fn parse_in(text: &str, scale: Scale, lang: Lang) -> Option<f64> {
    let kept: String = text
        .trim()
        .replace("US$", "")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '_' | '$' | '%'))
        .collect();
    let cleaned: String = match lang {
        Lang::En => kept.chars().filter(|&c| c != ',').collect(),
        Lang::Es if kept.contains(',') => kept
            .chars()
            .filter(|&c| c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect(),
        Lang::Es if groups_thousands(&kept) => kept.chars().filter(|&c| c != '.').collect(),
        Lang::Es => kept,
    };
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

/// `500.000`, `-1.250.000`: digits in groups of three after the first, separated by points.
fn groups_thousands(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = digits.split('.');
    let first = parts.next().unwrap_or_default();
    let mut rest = parts.peekable();
    rest.peek().is_some()
        && (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && rest.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// The text an input shows for a model value: no thousands separators (so it edits cleanly),
/// no trailing zeros, no float noise ("0.30000000000000004" -> "30" for a percent field).
pub fn show(value: f64, scale: Scale) -> String {
    show_in(value, scale, Lang::En)
}

/// [`show`] with the language's decimal mark (`0,75` in Spanish).
pub fn show_in(value: f64, scale: Scale, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let v = match scale {
        Scale::Plain => value,
        Scale::Percent => value * 100.0,
    };
    // 10 significant digits are more than any input needs and hide binary rounding noise.
    written(v, decimals_for(v), lang)
}

/// [`show_in`] to `digits` significant digits, never rounding the whole part (`17.808` -> `17.8`,
/// `0.95833` -> `0.958`, `1250` -> `1250` with 3): for values the model derives, such as the ends
/// of a range, whose exact figure is noise to a reader.
pub fn show_rounded_in(value: f64, scale: Scale, lang: Lang, digits: i32) -> String {
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
    written(v, (digits - magnitude).clamp(0, 10) as usize, lang)
}

/// A number with at most `decimals` decimals, trailing zeros dropped, in a language's writing.
fn written(v: f64, decimals: usize, lang: Lang) -> String {
    let rounded = format!("{:.*}", decimals, v);
    let trimmed = if rounded.contains('.') {
        rounded
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        rounded
    };
    let text = if trimmed == "-0" {
        "0".to_string()
    } else {
        trimmed
    };
    match lang {
        Lang::En => text,
        Lang::Es => text.replace('.', ","),
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
            (0.958333, Scale::Plain, Lang::Es, "0,958"),
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

    #[test]
    fn spanish_writing() {
        let cases: &[(&str, Scale, Option<f64>)] = &[
            ("12,5", Scale::Plain, Some(12.5)),
            ("1.250,5", Scale::Plain, Some(1250.5)),
            ("500.000", Scale::Plain, Some(500_000.0)),
            ("1.250.000", Scale::Plain, Some(1_250_000.0)),
            ("0.75", Scale::Plain, Some(0.75)),
            ("4.5", Scale::Percent, Some(0.045)),
            ("4,5 %", Scale::Percent, Some(0.045)),
            ("450 US$", Scale::Plain, Some(450.0)),
            ("500000", Scale::Plain, Some(500_000.0)),
            ("-5", Scale::Plain, Some(-5.0)),
            ("1,2,3", Scale::Plain, None),
            ("muchos", Scale::Plain, None),
            ("", Scale::Plain, None),
        ];
        for (text, scale, want) in cases {
            let got = parse_in(text, *scale, Lang::Es);
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-9, "{text:?}: {g} != {w}"),
                (None, None) => {}
                _ => panic!("{text:?}: got {got:?}, want {want:?}"),
            }
        }
        assert_eq!(show_in(0.75, Scale::Plain, Lang::Es), "0,75");
        assert_eq!(show_in(0.045, Scale::Percent, Lang::Es), "4,5");
        assert_eq!(show_in(500_000.0, Scale::Plain, Lang::Es), "500000");
        for v in [0.0, 0.3, 0.85, 0.05, 12.5, 200.0, 500_000.0, 1e9, 1234.5] {
            for scale in [Scale::Plain, Scale::Percent] {
                let text = show_in(v, scale, Lang::Es);
                assert!(
                    text_matches_in(&text, v, scale, Lang::Es),
                    "{v} {scale:?} -> {text}"
                );
            }
        }
    }
}
