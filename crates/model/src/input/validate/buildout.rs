//! The build-out plan's additions: each service's start year and what it adds a year (the
//! plan's own numbers, the years, growth and start-up costs, are checked from the catalog).

use crate::scenario::inventory::{Entry, MAX_CAPACITY};
use crate::scenario::{Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// A negative or fractional addition, or a service opened outside the plan's years, is a
/// problem at `buildout.additions.<key>.per_year` or `.start_year`. Capacity added beyond the
/// need is allowed: the plan says so ([`crate::analysis::buildout`](mod@crate::analysis::buildout)).
pub(super) fn validate(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let b = &s.buildout.plan();
    let f = Format::new(lang);
    let mut out = Vec::new();
    let years = b.horizon_years;
    for (e, a) in &b.additions.0 {
        let what = e.what_in(lang);
        let path = |leaf: &str| format!("buildout.additions.{}.{leaf}", e.key());
        let n = a.per_year;
        let in_range = n.is_finite() && (0.0..=MAX_CAPACITY).contains(&n);
        if !in_range || (e.whole() && n.fract() != 0.0) {
            let top = f.count(MAX_CAPACITY as u64);
            let message = match lang {
                Lang::En if n < 0.0 => format!(
                    "The {what} added each year cannot be negative: enter 0 or more (the plan \
                     only adds capacity)."
                ),
                Lang::Es if n < 0.0 => format!(
                    "Lo que se agrega cada año de {what} no puede ser negativo: ingrese 0 o más \
                     (el plan solo agrega capacidad)."
                ),
                Lang::En => format!(
                    "The {what} added each year must be a {}number from 0 to {top}.",
                    if e.whole() { "whole " } else { "" }
                ),
                Lang::Es => format!(
                    "Lo que se agrega cada año de {what} debe ser un número{} de 0 a {top}.",
                    if e.whole() { " entero" } else { "" }
                ),
            };
            out.push(Problem {
                field: path("per_year"),
                message,
            });
        }
        if matches!(e, Entry::Inpatient { .. }) && a.per_year != 0.0 {
            out.push(Problem {
                field: path("per_year"),
                message: lang
                    .pick(
                        "Psychiatric inpatient beds are not built by this plan: the hospital has \
                         the beds each year needs, with or without the continuum. Leave this at 0.",
                        "Este plan no construye camas de hospitalización psiquiátrica: el hospital \
                         tiene las camas que cada año necesita, con o sin el continuo. Deje este \
                         valor en 0.",
                    )
                    .to_string(),
            });
        }
        let y = a.start_year;
        if !(y.is_finite() && y.fract() == 0.0 && y >= 1.0) {
            out.push(Problem {
                field: path("start_year"),
                message: match lang {
                    Lang::En => {
                        format!("The year the {what} open must be a whole number from 1 on.")
                    }
                    Lang::Es => {
                        format!("El año de apertura ({what}) debe ser un número entero desde 1.",)
                    }
                },
            });
        } else if years.is_finite() && y > years {
            let (y, n) = (f.count(y as u64), f.number(years));
            out.push(Problem {
                field: path("start_year"),
                message: match lang {
                    Lang::En => format!(
                        "The {what} open in year {y}, after the plan's {n} years: open them \
                         within the plan or make the plan longer."
                    ),
                    Lang::Es => format!(
                        "La apertura ({what}) está en el año {y}, después de los {n} años del \
                         plan: programe la apertura dentro del plan o alargue el plan."
                    ),
                },
            });
        }
    }
    out
}
