//! A facility's explanations (the receiving facility, a residential program, inpatient care):
//! load, beds or chairs by the sizing rule, days full, utilization and cost.

use crate::eval::flow::DAYS_PER_YEAR;
use crate::eval::results::{Explanation, Facility, Results};
use crate::scenario::{CostBasis, Scenario, SizingRule};
use crate::text::lang::Lang;

use super::words::*;

pub(super) fn rule_formula(l: L, s: &Scenario) -> String {
    let f = l.f;
    match (s.sizing.rule, l.lang) {
        (SizingRule::DaysFull, Lang::En) => format!(
            "the smallest number c that is full on at most {} of days (Erlang B: B(A, c) ≤ {}) \
             and used at most {} on average (A × (1 − B) / c ≤ {}).",
            f.percent(s.sizing.target),
            f.percent(s.sizing.target),
            f.percent(s.sizing.max_utilization),
            f.percent(s.sizing.max_utilization)
        ),
        (SizingRule::DaysFull, Lang::Es) => format!(
            "el menor número c con el que el programa esté lleno como máximo el {} de los días (Erlang B: B(A, c) ≤ \
             {}) y se use como máximo al {} en promedio (A × (1 − B) / c ≤ {}).",
            f.percent(s.sizing.target),
            f.percent(s.sizing.target),
            f.percent(s.sizing.max_utilization),
            f.percent(s.sizing.max_utilization)
        ),
        (SizingRule::Occupancy, Lang::En) => format!(
            "c = offered load A / target occupancy {}, rounded up.",
            f.percent(s.sizing.target)
        ),
        (SizingRule::Occupancy, Lang::Es) => format!(
            "c = carga ofrecida A / ocupación objetivo {}, redondeado hacia arriba.",
            f.percent(s.sizing.target)
        ),
    }
}

pub(super) fn pooled_formula(l: L, s: &Scenario) -> String {
    if l.es() {
        format!(
            "Un solo conjunto compartido para la carga sumada de todos los programas, \
             dimensionado con la misma regla: {}",
            rule_formula(l, s)
        )
    } else {
        format!(
            "One pool for the summed load of all programs, sized by the same rule: {}",
            rule_formula(l, s)
        )
    }
}

pub(super) fn cost_formula(l: L, basis: CostBasis) -> String {
    match basis {
        CostBasis::OccupiedBedDays => l.t(
            "Cost a year = occupied bed-days a year × cost per day, with bed-days = offered load \
             × 365.",
            "Costo al año = días-cama ocupados al año × costo por día, con días-cama = carga \
             ofrecida × 365.",
        ),
        CostBasis::StaffedBeds => l.t(
            "Cost a year = staffed beds × 365 × cost per day (funded for capacity).",
            "Costo al año = camas con personal × 365 × costo por día (financiadas por su \
             capacidad).",
        ),
    }
    .to_string()
}

pub(super) fn facility_explanation(
    l: L,
    r: &Results,
    fac: &Facility,
    unit: Unit,
    what: &str,
    metric: &str,
) -> Option<Explanation> {
    let s = &r.scenario;
    let f = l.f;
    let load_inputs = || {
        vec![
            (
                l.t("Admissions a month", "Admisiones al mes"),
                f.number(fac.admissions_per_month),
            ),
            (
                l.t(
                    "Arrivals a day (× 12 / 365)",
                    "Llegadas al día (× 12 / 365)",
                ),
                f.number(fac.arrivals_per_day),
            ),
            (l.t("Mean stay", "Estadía promedio"), l.days(fac.stay_days)),
        ]
    };
    let offered = l.t("Offered load A", "Carga ofrecida A");
    Some(match metric {
        "load" => ex(
            if l.es() {
                format!(
                    "{} {} {} en un día promedio",
                    f.number(fac.load),
                    unit.many(l),
                    unit.occupied(l)
                )
            } else {
                format!(
                    "{} {} occupied on an average day",
                    f.number(fac.load),
                    unit.many(l)
                )
            },
            if l.es() {
                format!(
                    "Carga ofrecida A ({what}) = llegadas al día × estadía promedio en días, con \
                     llegadas al día = admisiones al mes × 12 / 365: el censo promedio si no se \
                     rechazara a nadie (ley de Little)."
                )
            } else {
                format!(
                    "Offered load A ({what}) = arrivals a day × mean stay in days, with arrivals a \
                     day = admissions a month × 12 / 365: the average census if nobody were turned \
                     away (Little's law)."
                )
            },
            load_inputs(),
        ),
        "beds" => {
            let mut inputs = vec![(offered, f.number(fac.load))];
            inputs.push((
                l.t(
                    "Share of days full at this number",
                    "Proporción de días a plena capacidad con este número",
                ),
                f.percent(fac.days_full),
            ));
            inputs.push((
                l.t("Utilization at this number", "Utilización con este número"),
                f.percent(fac.utilization),
            ));
            match s.sizing.rule {
                SizingRule::DaysFull => {
                    inputs.push((
                        l.t("Target: full on at most", "Objetivo: lleno como máximo"),
                        f.percent(s.sizing.target),
                    ));
                    inputs.push((
                        l.t("Highest utilization", "Utilización máxima"),
                        f.percent(s.sizing.max_utilization),
                    ));
                }
                SizingRule::Occupancy => {
                    inputs.push((
                        l.t("Target occupancy", "Ocupación objetivo"),
                        f.percent(s.sizing.target),
                    ));
                }
            }
            ex(
                f.plural(fac.beds, unit.one(l), unit.many(l)),
                if l.es() {
                    format!(
                        "{} para {what}: {}",
                        unit.many_capital(l),
                        rule_formula(l, s)
                    )
                } else {
                    format!(
                        "{} for {what}: {}",
                        unit.many_capital(l),
                        rule_formula(l, s)
                    )
                },
                inputs,
            )
        }
        "days_full" => ex(
            if l.es() {
                format!("Lleno el {} de los días", f.percent(fac.days_full))
            } else {
                format!("Full on {} of days", f.percent(fac.days_full))
            },
            l.t(
                "Share of days full = Erlang B at the chosen number c: B(A, 0) = 1, B(A, k) = A × \
                 B(A, k−1) / (k + A × B(A, k−1)). It holds for any length-of-stay distribution.",
                "Proporción de días a plena capacidad = Erlang B con el número elegido c: B(A, 0) = 1, B(A, k) \
                 = A × B(A, k−1) / (k + A × B(A, k−1)). Vale para cualquier distribución de la \
                 duración de la estadía.",
            ),
            vec![
                (offered, f.number(fac.load)),
                (unit.many_capital(l), f.count(fac.beds)),
            ],
        ),
        "utilization" => ex(
            if l.es() {
                format!("{} en uso en un día promedio", f.percent(fac.utilization))
            } else {
                format!("{} used on an average day", f.percent(fac.utilization))
            },
            l.t(
                "Utilization = A × (1 − B) / c: the load actually carried (those not turned away) \
                 per bed or chair.",
                "Utilización = A × (1 − B) / c: la carga realmente atendida (las personas no \
                 rechazadas) por cama o sillón.",
            ),
            vec![
                (offered, f.number(fac.load)),
                (
                    l.t("Share of days full B", "Proporción de días a plena capacidad B"),
                    f.percent(fac.days_full),
                ),
                (unit.many_capital(l), f.count(fac.beds)),
            ],
        ),
        "cost" => {
            let (low, high) = (fac.cost.low, fac.cost.high);
            let days = match r.cost_basis {
                CostBasis::OccupiedBedDays => fac.bed_days_per_year,
                CostBasis::StaffedBeds => fac.beds as f64 * DAYS_PER_YEAR,
            };
            let per_day = if days > 0.0 {
                l.range_text(low / days, high / days)
            } else {
                "—".to_string()
            };
            let mut inputs = vec![(l.t("Cost per day", "Costo por día"), per_day)];
            match r.cost_basis {
                CostBasis::OccupiedBedDays => inputs.push((
                    l.t("Occupied bed-days a year", "Días-cama ocupados al año"),
                    f.thousands(fac.bed_days_per_year),
                )),
                CostBasis::StaffedBeds => inputs.push((
                    l.t("Staffed beds", "Camas con personal"),
                    f.count(fac.beds),
                )),
            }
            ex(l.money(fac.cost), cost_formula(l, r.cost_basis), inputs)
        }
        _ => return None,
    })
}
