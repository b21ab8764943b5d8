//! What every explanation is written with: the language and its number format ([`L`]), the
//! explanation's shape ([`ex`]), and the words for beds and chairs.

use crate::eval::results::{Explanation, Money};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The language of an explanation and its number format.
#[derive(Clone, Copy)]
pub(super) struct L {
    pub(super) lang: Lang,
    pub(super) f: Format,
}

impl L {
    pub(super) fn new(lang: Lang) -> L {
        L {
            lang,
            f: Format::new(lang),
        }
    }

    pub(super) fn t(self, en: &'static str, es: &'static str) -> &'static str {
        self.lang.pick(en, es)
    }

    pub(super) fn es(self) -> bool {
        self.lang == Lang::Es
    }

    /// "$1.6 million ($1.3 million at high costs to $1.9 million at low costs)": the default,
    /// then the range smaller to larger with the case each end comes from.
    pub(super) fn money(self, m: Money) -> String {
        format!(
            "{} ({})",
            self.f.currency(m.mid),
            m.range_in(self.lang, false)
        )
    }

    pub(super) fn money_compact(self, m: Money) -> String {
        format!(
            "{} ({})",
            self.f.currency_compact(m.mid),
            m.range_in(self.lang, true)
        )
    }

    pub(super) fn per_month(self, v: f64) -> String {
        if self.es() {
            format!("{} al mes", self.f.number(v))
        } else {
            format!("{} a month", self.f.number(v))
        }
    }

    pub(super) fn days(self, v: f64) -> String {
        if self.es() {
            format!("{} días", self.f.number(v))
        } else {
            format!("{} days", self.f.number(v))
        }
    }

    pub(super) fn range_text(self, low: f64, high: f64) -> String {
        let f = self.f;
        if self.es() {
            format!(
                "{} (rango de {} a {})",
                f.currency(0.5 * (low + high)),
                f.currency(low),
                f.currency(high)
            )
        } else {
            format!(
                "{} (range {}-{})",
                f.currency(0.5 * (low + high)),
                f.currency(low),
                f.currency(high)
            )
        }
    }

    pub(super) fn beds(self, n: u64) -> String {
        self.f
            .plural(n, self.t("bed", "cama"), self.t("beds", "camas"))
    }

    pub(super) fn facilities(self, n: u64) -> String {
        self.f.plural(
            n,
            self.t("facility", "centro"),
            self.t("facilities", "centros"),
        )
    }

    pub(super) fn program_name(self, name: &str) -> String {
        crate::input::presets::program_name_in(name, self.lang)
    }
}

pub(super) fn ex(
    figure: String,
    formula: impl Into<String>,
    inputs: Vec<(&str, String)>,
) -> Explanation {
    Explanation {
        figure,
        formula: formula.into(),
        inputs: inputs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    }
}

/// What a facility counts: beds or chairs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Beds,
    Chairs,
}

impl Unit {
    pub(super) fn one(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("bed", "cama"),
            Unit::Chairs => l.t("chair", "sillón"),
        }
    }

    pub(super) fn many(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("beds", "camas"),
            Unit::Chairs => l.t("chairs", "sillones"),
        }
    }

    pub(super) fn many_capital(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("Beds", "Camas"),
            Unit::Chairs => l.t("Chairs", "Sillones"),
        }
    }

    /// "occupied" in Spanish agrees with the noun.
    pub(super) fn occupied(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("occupied", "ocupadas"),
            Unit::Chairs => l.t("occupied", "ocupados"),
        }
    }
}
