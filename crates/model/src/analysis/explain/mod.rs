//! Explanations: for every figure, the formula in words and the inputs that produced it.
//!
//! Explanations are built on demand ([`crate::Results::explain`]), so evaluating a scenario on
//! every keystroke stays fast. Keys:
//!
//! - headline figures (the page's `data-metric` names): `residential-beds`,
//!   `pooled-residential-beds`, `residential-facilities`, `receiving-chairs`, `inpatient-beds`,
//!   `hospital-only-beds`, `episodes`, `mobile-teams`, `mobile-fte`, `crisis-line-staff`,
//!   `crisis-line-fte`, `annual-cost`, `hospital-only-cost`, `savings`, `cost-per-episode`,
//!   `cost-per-resident`;
//! - per stream (`adult` or `youth`, the latter only when it is on):
//!   - `adult.episodes`;
//!   - `adult.flow.entry`, `adult.flow.mobile`, `adult.flow.receiving`, `adult.flow.ed`,
//!     `adult.flow.residential`, `adult.flow.inpatient`, `adult.flow.outcomes`;
//!   - `adult.receiving.<m>`, `adult.inpatient.<m>` and `adult.programs[i].<m>` with `<m>` one
//!     of `load`, `beds`, `days_full`, `utilization`, `cost` (programs also `facilities`);
//!   - `adult.residential.beds`, `adult.residential.pooled_beds`,
//!     `adult.residential.facilities`;
//!   - `adult.hospital_only.beds`, `adult.hospital_only.cost`;
//!   - `adult.cost.total`, `adult.cost.savings`, `adult.cost.per_episode`,
//!     `adult.cost.per_resident`;
//! - shared services: `mobile.load`, `mobile.teams`, `mobile.fte`, `mobile.cost`,
//!   `crisis_line.load`, `crisis_line.on_duty`, `crisis_line.fte`, `crisis_line.cost`.

mod facility;
mod headline;
mod services;
mod stream;
mod words;

use crate::eval::results::{Explanation, Results};
use crate::text::lang::Lang;
use headline::*;
use services::*;
use stream::*;
use words::*;

/// The explanations are read off the results on demand (this layer sits above the results).
impl Results {
    /// The explanation of one figure (see [`crate::analysis::explain`] for the keys), or `None` for an
    /// unknown key.
    pub fn explain(&self, key: &str) -> Option<Explanation> {
        explain(self, key)
    }

    /// The explanation of one figure in a language (`explain_in(key, Lang::En)` is
    /// [`Results::explain`]).
    pub fn explain_in(&self, key: &str, lang: Lang) -> Option<Explanation> {
        explain_in(self, key, lang)
    }

    /// Every explanation in a language, keyed.
    pub fn explanations_in(&self, lang: Lang) -> Vec<(String, Explanation)> {
        self.explanation_keys()
            .into_iter()
            .filter_map(|k| self.explain_in(&k, lang).map(|e| (k, e)))
            .collect()
    }

    /// Every key [`Results::explain`] answers for these results.
    pub fn explanation_keys(&self) -> Vec<String> {
        keys(self)
    }

    /// Every explanation, keyed.
    pub fn explanations(&self) -> Vec<(String, Explanation)> {
        self.explanation_keys()
            .into_iter()
            .filter_map(|k| self.explain(&k).map(|e| (k, e)))
            .collect()
    }
}

const HEADLINE: [&str; 16] = [
    "residential-beds",
    "pooled-residential-beds",
    "residential-facilities",
    "receiving-chairs",
    "inpatient-beds",
    "hospital-only-beds",
    "episodes",
    "mobile-teams",
    "mobile-fte",
    "crisis-line-staff",
    "crisis-line-fte",
    "annual-cost",
    "hospital-only-cost",
    "savings",
    "cost-per-episode",
    "cost-per-resident",
];

const FACILITY_METRICS: [&str; 5] = ["load", "beds", "days_full", "utilization", "cost"];
const SERVICES: [&str; 6] = [
    "entry",
    "mobile",
    "receiving",
    "ed",
    "residential",
    "inpatient",
];

/// Every key `explain` answers for these results.
pub(crate) fn keys(r: &Results) -> Vec<String> {
    let mut out: Vec<String> = HEADLINE.iter().map(|k| k.to_string()).collect();
    let streams = [("adult", Some(&r.adult)), ("youth", r.youth.as_ref())];
    for (name, st) in streams {
        let Some(st) = st else { continue };
        out.push(format!("{name}.episodes"));
        for sv in SERVICES {
            out.push(format!("{name}.flow.{sv}"));
        }
        out.push(format!("{name}.flow.outcomes"));
        for fac in ["receiving", "inpatient"] {
            for m in FACILITY_METRICS {
                out.push(format!("{name}.{fac}.{m}"));
            }
        }
        for i in 0..st.programs.len() {
            for m in FACILITY_METRICS.iter().chain(["facilities"].iter()) {
                out.push(format!("{name}.programs[{i}].{m}"));
            }
        }
        for m in ["beds", "pooled_beds", "facilities"] {
            out.push(format!("{name}.residential.{m}"));
        }
        for m in ["beds", "cost"] {
            out.push(format!("{name}.hospital_only.{m}"));
        }
        for m in ["total", "savings", "per_episode", "per_resident"] {
            out.push(format!("{name}.cost.{m}"));
        }
    }
    for m in ["load", "teams", "fte", "cost"] {
        out.push(format!("mobile.{m}"));
    }
    for m in ["load", "on_duty", "fte", "cost"] {
        out.push(format!("crisis_line.{m}"));
    }
    out
}

/// The explanation of one figure, in English.
pub(crate) fn explain(r: &Results, key: &str) -> Option<Explanation> {
    explain_in(r, key, Lang::En)
}

/// The explanation of one figure in a language.
pub(crate) fn explain_in(r: &Results, key: &str, lang: Lang) -> Option<Explanation> {
    let l = L::new(lang);
    if let Some(e) = headline(l, r, key) {
        return Some(e);
    }
    if let Some(rest) = key.strip_prefix("mobile.") {
        return mobile(l, r, rest);
    }
    if let Some(rest) = key.strip_prefix("crisis_line.") {
        return crisis_line(l, r, rest);
    }
    let (name, rest) = key.split_once('.')?;
    let st = match name {
        "adult" => &r.adult,
        "youth" => r.youth.as_ref()?,
        _ => return None,
    };
    stream(l, r, name, st, rest)
}
