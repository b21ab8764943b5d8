//! The inventory's problems (today's capacity and what it costs), in the order of the JSON.

use crate::scenario::inventory::{Entry, MAX_ANNUAL_COST, MAX_CAPACITY};
use crate::scenario::{Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// Nothing is checked while the inventory is off. Every entry is checked when it is on (youth
/// and crisis-line capacity are facts about today even when the plan leaves those services out).
pub(super) fn validate(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let inv = &s.inventory;
    let mut out = Vec::new();
    if !inv.enabled {
        return out;
    }
    let f = Format::new(lang);
    for e in Entry::all() {
        let t = inv.get(e);
        let c = t.capacity;
        let in_range = c.is_finite() && (0.0..=MAX_CAPACITY).contains(&c);
        if !in_range || (e.whole() && c.fract() != 0.0) {
            let what = e.what_in(lang);
            let top = f.count(MAX_CAPACITY as u64);
            let message = match (lang, e.whole()) {
                (Lang::En, true) => {
                    format!("Today's {what} must be a whole number from 0 to {top}.")
                }
                (Lang::En, false) => format!("Today's {what} must be a number from 0 to {top}."),
                (Lang::Es, true) => {
                    format!("La capacidad actual de {what} debe ser un número entero de 0 a {top}.")
                }
                (Lang::Es, false) => {
                    format!("La capacidad actual de {what} debe ser un número de 0 a {top}.")
                }
            };
            out.push(Problem {
                field: e.capacity_path(),
                message,
            });
        }
        if let Some(cost) = t.annual_cost {
            if !(cost.is_finite() && (0.0..=MAX_ANNUAL_COST).contains(&cost)) {
                let (what, zero, top) = (
                    e.what_in(lang),
                    f.currency(0.0),
                    f.currency(MAX_ANNUAL_COST),
                );
                let message = match lang {
                    Lang::En => format!(
                        "Today's annual cost of the {what} must be a number of dollars from \
                         {zero} to {top}, or left empty to cost them at the scenario's unit cost."
                    ),
                    Lang::Es => format!(
                        "El costo anual actual de {what} debe ser una cantidad en dólares entre \
                         {zero} y {top}, o quedar vacío para calcularlo con el costo unitario del \
                         escenario."
                    ),
                };
                out.push(Problem {
                    field: e.cost_path(),
                    message,
                });
            }
        }
    }
    out
}
