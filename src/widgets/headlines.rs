//! The headline figures: which they are (`METRICS`, in page order) and their text in a
//! language (`headlines`), drawn by the results, the board summary and the presentation alike.
//! Every figure is the model's, formatted by `crisis_model::format`.

use crate::widgets::fields::Text;
use crisis_model::format::Format;
use crisis_model::{Lang, Results};

/// One headline figure: its formatted value and a line of detail (in the order of `METRICS`).
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub value: f64,
    pub shown: String,
    pub detail: String,
}

/// The headline figures, written in a language.
pub fn headlines(r: &Results, lang: Lang) -> Vec<Headline> {
    let t = &r.totals;
    let fmt = Format::new(lang);
    let split = |s: crisis_model::Split| {
        if r.youth.is_some() {
            let (a, y) = (fmt.thousands(s.adult as f64), fmt.thousands(s.youth as f64));
            match lang {
                Lang::En => format!("{a} adult, {y} youth "),
                Lang::Es => format!("{a} para adultos, {y} para jóvenes"),
            }
        } else {
            String::new()
        }
    };
    vec![
        Headline {
            value: t.residential_beds.total as f64,
            shown: fmt.thousands(t.residential_beds.total as f64),
            detail: if r.youth.is_some() {
                split(t.residential_beds)
            } else {
                let n = fmt.thousands(t.pooled_residential_beds.total as f64);
                match lang {
                    Lang::En => format!("{n} if all programs shared one pool"),
                    Lang::Es => format!("{n} si todos los programas compartieran las camas"),
                }
            },
        },
        Headline {
            value: t.residential_facilities.total as f64,
            shown: fmt.thousands(t.residential_facilities.total as f64),
            detail: lang
                .pick(
                    "at most 16 beds each (IMD limit)",
                    "como máximo 16 camas cada uno (límite de Medicaid para las IMD)",
                )
                .to_string(),
        },
        Headline {
            value: t.receiving_chairs.total as f64,
            shown: fmt.thousands(t.receiving_chairs.total as f64),
            detail: lang
                .pick("23-hour observation", "observación de 23 horas")
                .to_string(),
        },
        Headline {
            value: t.mobile_teams as f64,
            shown: fmt.thousands(t.mobile_teams as f64),
            detail: match lang {
                Lang::En => format!("{} full-time staff", fmt.one_decimal(t.mobile_fte)),
                Lang::Es => format!(
                    "{} puestos de tiempo completo (FTE)",
                    fmt.one_decimal(t.mobile_fte)
                ),
            },
        },
        Headline {
            value: t.crisis_line_on_duty as f64,
            shown: fmt.thousands(t.crisis_line_on_duty as f64),
            detail: match lang {
                Lang::En => format!(
                    "{} full-time counselors",
                    fmt.one_decimal(t.crisis_line_fte)
                ),
                Lang::Es => format!(
                    "{} consejeros de tiempo completo",
                    fmt.one_decimal(t.crisis_line_fte)
                ),
            },
        },
        Headline {
            value: t.annual_cost.mid,
            shown: fmt.currency_compact(t.annual_cost.mid),
            detail: range_words(t.annual_cost, lang),
        },
        Headline {
            value: t.hospital_only_cost.mid,
            shown: fmt.currency_compact(t.hospital_only_cost.mid),
            detail: range_words(t.hospital_only_cost, lang),
        },
        Headline {
            value: t.savings.mid,
            shown: fmt.currency_compact(t.savings.mid),
            detail: range_words(t.savings, lang),
        },
    ]
}

/// "low to high" of a money range, smaller figure first (savings can be larger at low prices).
fn range_words(m: crisis_model::Money, lang: Lang) -> String {
    let fmt = Format::new(lang);
    let (a, b) = if m.low <= m.high {
        (m.low, m.high)
    } else {
        (m.high, m.low)
    };
    fmt.currency_range(a, b)
}

/// (data-metric, label in English and Spanish, card class) of the headline figures, in page
/// order.
pub const METRICS: [(&str, Text, &str); 8] = [
    (
        "residential-beds",
        ("Residential crisis beds", "Camas residenciales de crisis"),
        "",
    ),
    (
        "residential-facilities",
        ("Residential facilities", "Centros residenciales"),
        "",
    ),
    (
        "receiving-chairs",
        (
            "Receiving-facility chairs",
            "Sillones del centro de recepción",
        ),
        "",
    ),
    (
        "mobile-teams",
        ("Mobile teams on duty", "Equipos móviles de turno"),
        "",
    ),
    (
        "crisis-line-staff",
        (
            "Crisis-line counselors on duty",
            "Consejeros de la línea de crisis de turno",
        ),
        "",
    ),
    (
        "annual-cost",
        ("Annual cost of the continuum", "Costo anual del continuo"),
        "money",
    ),
    (
        "hospital-only-cost",
        ("Hospital-only cost", "Costo con solo atención hospitalaria"),
        "money",
    ),
    ("savings", ("Savings a year", "Ahorro al año"), "saving"),
];
