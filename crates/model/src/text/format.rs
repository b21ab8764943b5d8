//! Numbers for people: thousands separators (`12,345`), dollars (`$1,234,567`, `$12.3 million`),
//! percentages (`4.8%`), one decimal where it helps (`49.3`). Never a raw float, never `NaN` or
//! `inf`: anything that is not a finite number shows as `—`.

/// What a non-finite number shows as.
pub const NOT_A_NUMBER: &str = "—";

use std::fmt::Write as _;

use crate::text::lang::Lang;

/// Group the digits of a string of ASCII digits in threes with commas: `1234567` ->
/// `1,234,567`, `1234` -> `1,234`. Both languages write numbers the United States way: US
/// Spanish public materials use the comma for thousands and the decimal point.
fn group(digits: &str) -> String {
    let n = digits.len();
    let sep = ',';
    let mut out = String::with_capacity(n + n / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Numbers for people in one language. The digits are written the same way in both (US style:
/// `Format::new(Lang::Es).thousands(12345.0)` is `12,345`); only the words differ (`millones`
/// for `million`). The free functions of this module are `Format::EN`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    lang: Lang,
}

/// The number format of a language.
pub fn fmt(lang: Lang) -> Format {
    Format::new(lang)
}

impl Format {
    /// English (United States).
    pub const EN: Format = Format { lang: Lang::En };

    pub fn new(lang: Lang) -> Format {
        Format { lang }
    }

    /// The language of this format.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// `x` with `places` decimals and thousands separators; `-0` shows as `0`.
    pub fn decimal(self, x: f64, places: usize) -> String {
        if !x.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        // Round half away from zero (1,234.5 -> 1,235), as people do; `{:.0}` rounds half to
        // even.
        let factor = 10f64.powi(places.min(12) as i32);
        let units = (x.abs() * factor).round();
        if places <= 12 && units < (1u64 << 52) as f64 {
            // The rounded value is a whole number of units (10^-places): written with integer
            // digits, the same text as `{:.*}` of `units / factor` gives (a double that close
            // to a decimal with `places` places prints as that decimal), without the exact
            // float formatting that made warnings slow to write for 100,000 areas.
            let units = units as u64;
            let scale = 10u64.pow(places as u32);
            let (int, frac) = (units / scale, units % scale);
            let mut out = String::with_capacity(24);
            if x < 0.0 && units != 0 {
                out.push('-');
            }
            out.push_str(&group(&int.to_string()));
            if places > 0 {
                out.push(self.decimal_mark());
                let _ = write!(out, "{frac:0places$}");
            }
            return out;
        }
        let scaled = units / factor;
        let rounded = if scaled.is_finite() { scaled } else { x.abs() };
        let text = format!("{:.*}", places, rounded);
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let negative = x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&group(int));
        if let Some(f) = frac {
            out.push(self.decimal_mark());
            out.push_str(f);
        }
        out
    }

    /// The decimal mark: a point in both languages (US Spanish writes `4.8`, as English does).
    fn decimal_mark(self) -> char {
        '.'
    }

    /// `x` rounded to a whole number, with thousands separators: `12,345`.
    pub fn thousands(self, x: f64) -> String {
        self.decimal(x, 0)
    }

    /// A count: `1,234`.
    pub fn count(self, n: u64) -> String {
        group(&n.to_string())
    }

    /// `x` with one decimal and thousands separators: `49.3`, `1,500.0`.
    pub fn one_decimal(self, x: f64) -> String {
        self.decimal(x, 1)
    }

    /// A number with as many decimals as help: none from 100 up (`1,235`), one from 1 up
    /// (`49.3`), two below 1 (`0.88`); trailing zeros dropped (`5`, `0.75`).
    pub fn number(self, x: f64) -> String {
        if !x.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        let a = x.abs();
        let places = if a >= 100.0 {
            0
        } else if a >= 1.0 {
            1
        } else {
            2
        };
        self.trim_zeros(self.decimal(x, places))
    }

    fn trim_zeros(self, s: String) -> String {
        let mark = self.decimal_mark();
        if s.contains(mark) {
            let t = s.trim_end_matches('0').trim_end_matches(mark);
            if t == "-0" {
                "0".to_string()
            } else {
                t.to_string()
            }
        } else {
            s
        }
    }

    /// Put the currency sign on an amount written without sign: `$1,234`, `-$1.6 millones`.
    /// The dollar sign comes first in both languages, as in US Spanish.
    fn dollars(self, negative: bool, body: &str) -> String {
        let minus = if negative { "-" } else { "" };
        format!("{minus}${body}")
    }

    /// Dollars: `$1,234,567`; amounts under $100 that are not whole dollars keep cents
    /// (`$12.35`, `$47.00` for 46.998).
    pub fn currency(self, x: f64) -> String {
        if !x.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        let places = if x.abs() < 100.0 && x.fract() != 0.0 {
            2
        } else {
            0
        };
        let body = self.decimal(x.abs(), places);
        let negative = x < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0');
        self.dollars(negative, &body)
    }

    /// Dollars in words for large amounts: `$12.3 million`, `$1.2 billion` (`$12.3 millones`,
    /// `$1.2 mil millones`); under a million, as [`Format::currency`].
    pub fn currency_compact(self, x: f64) -> String {
        if !x.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        let a = x.abs();
        let (value, scale) = if a >= 1e12 {
            (a / 1e12, 3)
        } else if a >= 1e9 {
            (a / 1e9, 2)
        } else if a >= 1e6 {
            (a / 1e6, 1)
        } else {
            return self.currency(x);
        };
        // 999.96 million rounds to "1,000.0 million"; say "1.0 billion" instead.
        let (value, scale) = if format!("{value:.1}") == "1000.0" && scale < 3 {
            (1.0, scale + 1)
        } else {
            (value, scale)
        };
        let word = match (self.lang, scale) {
            (Lang::En, 1) => "million",
            (Lang::En, 2) => "billion",
            (Lang::En, _) => "trillion",
            (Lang::Es, 1) => "millones",
            (Lang::Es, 2) => "mil millones",
            (Lang::Es, _) => "billones",
        };
        let body = format!("{} {word}", self.decimal(value, 1));
        self.dollars(x < 0.0, &body)
    }

    /// A range of dollars, in words for large amounts, the scale said once when both ends share
    /// it: `$1.2 to $1.9 million`, `de $1.2 a $1.9 millones`; `$950,000 to $1.2 million`, `de
    /// $950,000 a $1.2 millones` otherwise.
    pub fn currency_range(self, low: f64, high: f64) -> String {
        let (lo, hi) = self.currency_ends(low, high);
        match self.lang {
            Lang::En => format!("{lo} to {hi}"),
            Lang::Es => format!("de {lo} a {hi}"),
        }
    }

    /// The two ends of a range of dollars, in words for large amounts, the scale left off the
    /// low end when both share it: (`$1.2`, `$1.9 millones`); for a range written with a dash.
    pub fn currency_ends(self, low: f64, high: f64) -> (String, String) {
        let (lo, hi) = (self.currency_compact(low), self.currency_compact(high));
        let scale = |s: &str| s.split_once(' ').map(|(_, w)| w.to_string());
        let lo = match (scale(&lo), scale(&hi)) {
            (Some(a), Some(b)) if a == b => lo[..lo.len() - a.len() - 1].to_string(),
            _ => lo,
        };
        (lo, hi)
    }

    /// A fraction as a percentage with one decimal: `0.048` -> `4.8%`, `0.85` -> `85%`; a tiny
    /// non-zero share shows as `<0.1%`. Spanish too: `4.8%`, no space before the sign.
    pub fn percent(self, fraction: f64) -> String {
        if !fraction.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        let p = fraction * 100.0;
        if p != 0.0 && p.abs() < 0.05 {
            let body = format!("<{}", self.decimal(0.1, 1));
            let body = if p > 0.0 { body } else { format!("-{body}") };
            return self.with_percent(&body);
        }
        self.with_percent(&self.trim_zeros(self.decimal(p, 1)))
    }

    fn with_percent(self, body: &str) -> String {
        format!("{body}%")
    }

    /// A fraction as a percentage with a fixed number of decimals: `4.81%`.
    pub fn percent_places(self, fraction: f64, places: usize) -> String {
        if !fraction.is_finite() {
            return NOT_A_NUMBER.to_string();
        }
        self.with_percent(&self.decimal(fraction * 100.0, places))
    }

    /// A count with its noun, singular or plural: `plural(1, "bed", "beds")` -> `1 bed`.
    pub fn plural(self, n: u64, one: &str, many: &str) -> String {
        format!("{} {}", self.count(n), if n == 1 { one } else { many })
    }

    /// A calendar date written out: `December 6, 2026`, `6 de diciembre de 2026`; a month
    /// outside 1-12 gives the date as numbers, `2026-13-06`.
    pub fn date(self, year: u32, month: u32, day: u32) -> String {
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const ES: [&str; 12] = [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ];
        let Some(i) = (month as usize).checked_sub(1).filter(|i| *i < 12) else {
            return format!("{year}-{month:02}-{day:02}");
        };
        match self.lang {
            Lang::En => format!("{} {day}, {year}", EN[i]),
            Lang::Es => format!("{day} de {} de {year}", ES[i]),
        }
    }
}

/// `x` with `places` decimals and thousands separators; `-0` shows as `0`.
pub fn decimal(x: f64, places: usize) -> String {
    Format::EN.decimal(x, places)
}

/// `x` rounded to a whole number, with thousands separators: `12,345`.
pub fn thousands(x: f64) -> String {
    Format::EN.thousands(x)
}

/// A count: `1,234`.
pub fn count(n: u64) -> String {
    Format::EN.count(n)
}

/// `x` with one decimal and thousands separators: `49.3`, `1,500.0`.
pub fn one_decimal(x: f64) -> String {
    Format::EN.one_decimal(x)
}

/// A number with as many decimals as help: none from 100 up (`1,235`), one from 1 up (`49.3`),
/// two below 1 (`0.88`); trailing zeros dropped (`5`, `0.75`).
pub fn number(x: f64) -> String {
    Format::EN.number(x)
}

/// Dollars: `$1,234,567`; amounts under $100 that are not whole dollars keep cents (`$12.35`,
/// `$47.00` for 46.998).
pub fn currency(x: f64) -> String {
    Format::EN.currency(x)
}

/// Dollars in words for large amounts: `$12.3 million`, `$1.2 billion`; under a million, as
/// [`currency`].
pub fn currency_compact(x: f64) -> String {
    Format::EN.currency_compact(x)
}

/// A fraction as a percentage with one decimal: `0.048` -> `4.8%`, `0.85` -> `85%`; a tiny
/// non-zero share shows as `<0.1%`.
pub fn percent(fraction: f64) -> String {
    Format::EN.percent(fraction)
}

/// A fraction as a percentage with a fixed number of decimals: `percent_places(0.0481, 2)` ->
/// `4.81%`.
pub fn percent_places(fraction: f64, places: usize) -> String {
    Format::EN.percent_places(fraction, places)
}

/// A count with its noun, singular or plural: `plural(1, "bed", "beds")` -> `1 bed`.
pub fn plural(n: u64, one: &str, many: &str) -> String {
    Format::EN.plural(n, one, many)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_each_language() {
        assert_eq!(Format::new(Lang::En).date(2026, 12, 6), "December 6, 2026");
        assert_eq!(
            Format::new(Lang::Es).date(2026, 12, 6),
            "6 de diciembre de 2026"
        );
        assert_eq!(
            Format::new(Lang::Es).date(2027, 1, 31),
            "31 de enero de 2027"
        );
        assert_eq!(Format::new(Lang::En).date(2026, 13, 6), "2026-13-06");
        assert_eq!(Format::new(Lang::En).date(2026, 0, 6), "2026-00-06");
    }

    #[test]
    fn table() {
        let cases: &[(String, &str)] = &[
            (thousands(12345.0), "12,345"),
            (thousands(999.4), "999"),
            (thousands(1_000_000.0), "1,000,000"),
            (thousands(-1234.6), "-1,235"),
            (thousands(-0.2), "0"),
            (thousands(0.0), "0"),
            (thousands(1e10), "10,000,000,000"),
            (thousands(f64::NAN), "—"),
            (thousands(f64::INFINITY), "—"),
            (count(0), "0"),
            (count(55), "55"),
            (count(1234567), "1,234,567"),
            (one_decimal(49.315), "49.3"),
            (one_decimal(1500.0), "1,500.0"),
            (number(49.315), "49.3"),
            (number(5.0), "5"),
            (number(0.75), "0.75"),
            (number(0.8767), "0.88"),
            (number(1234.5), "1,235"),
            (number(-0.001), "0"),
            (number(f64::NEG_INFINITY), "—"),
            (currency(1_234_567.0), "$1,234,567"),
            (currency(75.0), "$75"),
            (currency(12.345), "$12.35"),
            (currency(46.998), "$47.00"),
            (currency(-1500.0), "-$1,500"),
            (currency(0.0), "$0"),
            (currency(f64::NAN), "—"),
            (currency_compact(12_345_678.0), "$12.3 million"),
            (currency_compact(1_234_567_890.0), "$1.2 billion"),
            (currency_compact(999_960_000.0), "$1.0 billion"),
            (currency_compact(2.5e12), "$2.5 trillion"),
            (currency_compact(950_000.0), "$950,000"),
            (currency_compact(-3_000_000.0), "-$3.0 million"),
            (currency_compact(f64::INFINITY), "—"),
            (percent(0.048), "4.8%"),
            (percent(0.0481), "4.8%"),
            (percent(0.85), "85%"),
            (percent(1.0), "100%"),
            (percent(0.0), "0%"),
            (percent(1e-20), "<0.1%"),
            (percent(1.12), "112%"),
            (percent(f64::NAN), "—"),
            (percent_places(0.04812, 2), "4.81%"),
            (plural(1, "bed", "beds"), "1 bed"),
            (plural(55, "bed", "beds"), "55 beds"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn spanish() {
        let es = Format::new(Lang::Es);
        let cases: &[(String, &str)] = &[
            (es.thousands(12345.0), "12,345"),
            (es.thousands(1234.0), "1,234"),
            (es.thousands(1_000_000.0), "1,000,000"),
            (es.thousands(-1234.6), "-1,235"),
            (es.count(1234567), "1,234,567"),
            (es.one_decimal(49.315), "49.3"),
            (es.one_decimal(12345.6), "12,345.6"),
            (es.one_decimal(15000.0), "15,000.0"),
            (es.number(0.75), "0.75"),
            (es.number(5.0), "5"),
            (es.currency(1_234_567.0), "$1,234,567"),
            (es.currency(1500.0), "$1,500"),
            (es.currency(12.345), "$12.35"),
            (es.currency(-1500.0), "-$1,500"),
            (es.currency_compact(1_600_000.0), "$1.6 millones"),
            (es.currency_compact(12_345_678.0), "$12.3 millones"),
            (es.currency_compact(1_234_567_890.0), "$1.2 mil millones"),
            (es.currency_compact(999_960_000.0), "$1.0 mil millones"),
            (es.currency_compact(2.5e12), "$2.5 billones"),
            (es.currency_compact(-3_000_000.0), "-$3.0 millones"),
            (es.percent(0.048), "4.8%"),
            (es.percent(0.85), "85%"),
            (es.percent(1e-20), "<0.1%"),
            (es.percent_places(0.04812, 2), "4.81%"),
            (es.plural(1, "cama", "camas"), "1 cama"),
            (es.currency_range(1.2e6, 1.9e6), "de $1.2 a $1.9 millones"),
            (
                es.currency_range(950_000.0, 1.2e6),
                "de $950,000 a $1.2 millones",
            ),
            (
                es.currency_range(1.2e6, 1.2e9),
                "de $1.2 millones a $1.2 mil millones",
            ),
            (
                Format::EN.currency_range(1.2e6, 1.9e6),
                "$1.2 to $1.9 million",
            ),
            (Format::EN.currency_range(0.0, 0.0), "$0 to $0"),
            (es.thousands(f64::NAN), "—"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    /// The figures are the same text in both languages; only the words of large amounts
    /// differ.
    #[test]
    fn spanish_digits_are_the_english_digits() {
        let es = Format::new(Lang::Es);
        for x in [
            0.0, 0.75, 4.8, 49.315, 1234.0, 12345.6, 1_500.0, -1500.0, 987_654.3,
        ] {
            assert_eq!(es.thousands(x), thousands(x));
            assert_eq!(es.one_decimal(x), one_decimal(x));
            assert_eq!(es.number(x), number(x));
            assert_eq!(es.currency(x), currency(x));
            assert_eq!(es.percent(x / 100.0), percent(x / 100.0));
        }
        assert_eq!(currency_compact(1_600_000.0), "$1.6 million");
        assert_eq!(es.currency_compact(1_600_000.0), "$1.6 millones");
    }

    #[test]
    fn never_nan_or_inf_text() {
        for x in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            -1e300,
            5e-324,
        ] {
            for s in [
                thousands(x),
                number(x),
                currency(x),
                currency_compact(x),
                percent(x),
                one_decimal(x),
            ] {
                let lower = s.to_ascii_lowercase();
                assert!(!lower.contains("nan") && !lower.contains("inf"), "{s}");
                assert!(!lower.contains('e') || lower.contains("million"), "{s}");
            }
        }
    }
}

#[cfg(test)]
mod decimal_text {
    use super::*;

    /// The way `decimal` wrote a rounded number before it wrote whole units itself: exact
    /// float formatting of the rounded value.
    fn by_float_formatting(x: f64, places: usize) -> String {
        let factor = 10f64.powi(places as i32);
        let scaled = (x.abs() * factor).round() / factor;
        let text = format!("{:.*}", places, scaled);
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut out = String::new();
        if x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        out.push_str(&group(int));
        if let Some(f) = frac {
            out.push('.');
            out.push_str(f);
        }
        out
    }

    /// Whole units give the same text as float formatting, over many magnitudes and every
    /// number of places the page uses, halves and near-halves included.
    #[test]
    fn units_and_float_formatting_agree() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut checked = 0;
        for places in 0..=6 {
            for exp in -6..=15 {
                for _ in 0..400 {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let u = (x >> 11) as f64 / (1u64 << 53) as f64;
                    let v = (u - 0.3) * 10f64.powi(exp);
                    let half =
                        ((v * 10f64.powi(places as i32)).trunc() + 0.5) / 10f64.powi(places as i32);
                    for y in [v, half, -half] {
                        assert_eq!(
                            Format::EN.decimal(y, places),
                            by_float_formatting(y, places),
                            "{y} to {places} places"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 50_000);
        for (y, p, text) in [
            (0.0, 1, "0.0"),
            (-0.04, 1, "0.0"),
            (-0.05, 1, "-0.1"),
            (1234.5, 0, "1,235"),
            (28.94999, 1, "28.9"),
            (1e17, 0, "100,000,000,000,000,000"),
        ] {
            assert_eq!(Format::EN.decimal(y, p), text);
        }
    }
}
