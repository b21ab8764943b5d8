//! Beds and chairs for the facility-based services: the receiving facility, each residential
//! program, inpatient care, the pooled residential load and the hospital-only counterfactual.
//!
//! Offered load `A = arrivals a day × stay in days`, with arrivals a day = admissions a month ×
//! 12 / 365. The days-full rule takes the smallest `c` with Erlang B `B(A, c) ≤ target` and
//! utilization `A(1 − B)/c ≤ max utilization`; the occupancy rule takes `ceil(A / target)`.
//! Facilities are `ceil(c / max beds per facility)`.

use crate::eval::erlang::{size_days_full, size_occupancy, LossSizing};
use crate::eval::flow::{per_day, DAYS_PER_YEAR};
use crate::eval::results::{Facility, Money, Pool, Warning, WarningKind};
use crate::text::format::Format;
use crate::text::lang::Lang;

pub use crate::eval::results::ServiceKind;
use crate::scenario::{CostBasis, Sizing, SizingRule};

/// Utilization under this share draws a low-utilization warning (seed 003, criterion 5).
pub const MIN_UTILIZATION: f64 = 0.50;
/// Utilization over this share draws an over-full warning (seed 003, criterion 5).
pub const MAX_UTILIZATION: f64 = 0.95;

/// Size a load by the scenario's rule.
pub fn size(load: f64, sizing: &Sizing) -> LossSizing {
    match sizing.rule {
        SizingRule::DaysFull => size_days_full(load, sizing.target, sizing.max_utilization),
        SizingRule::Occupancy => size_occupancy(load, sizing.target),
    }
}

/// The inputs of one facility-based service.
#[derive(Debug, Clone, Copy)]
pub struct FacilityInput {
    pub admissions_per_month: f64,
    pub stay_days: f64,
    /// Most beds a facility may have; `None` when the service is not split into facilities.
    pub max_per_facility: Option<f64>,
    pub cost_per_day_low: f64,
    pub cost_per_day_high: f64,
    pub kind: ServiceKind,
}

/// Capacity, cost and warning of one facility-based service.
pub fn facility(input: FacilityInput, sizing: &Sizing, basis: CostBasis) -> Facility {
    let arrivals_per_day = per_day(input.admissions_per_month);
    let load = arrivals_per_day * input.stay_days;
    let sized = size(load, sizing);
    let max = input
        .max_per_facility
        .filter(|m| m.is_finite() && *m >= 1.0)
        .map(|m| m.floor() as u64)
        .unwrap_or(0);
    let facilities = if max == 0 {
        0
    } else {
        sized.servers.div_ceil(max)
    };
    let bed_days_per_year = load * DAYS_PER_YEAR;
    let cost = facility_cost(
        bed_days_per_year,
        sized.servers,
        basis,
        input.cost_per_day_low,
        input.cost_per_day_high,
    );
    let warning = warning(input.kind, &sized);
    Facility {
        admissions_per_month: input.admissions_per_month,
        arrivals_per_day,
        stay_days: input.stay_days,
        load,
        beds: sized.servers,
        days_full: sized.blocking,
        utilization: sized.utilization,
        facilities,
        max_per_facility: max,
        bed_days_per_year,
        cost,
        warning,
    }
}

/// Cost a year: occupied bed-days × cost per day, or staffed beds × 365 × cost per day.
pub fn facility_cost(
    bed_days_per_year: f64,
    beds: u64,
    basis: CostBasis,
    low: f64,
    high: f64,
) -> Money {
    let days = match basis {
        CostBasis::OccupiedBedDays => bed_days_per_year,
        CostBasis::StaffedBeds => beds as f64 * DAYS_PER_YEAR,
    };
    Money::range(low, high).scale(days)
}

/// Beds for the summed load of several programs in one pool.
pub fn pool(load: f64, sizing: &Sizing) -> Pool {
    let sized = size(load, sizing);
    Pool {
        load,
        beds: sized.servers,
        days_full: sized.blocking,
        utilization: sized.utilization,
    }
}

/// The low- or over-utilization warning of a sized service, if any.
pub fn warning(kind: ServiceKind, sized: &LossSizing) -> Option<Warning> {
    if sized.servers == 0 {
        return None;
    }
    let u = sized.utilization;
    let warning_kind = if u < MIN_UTILIZATION {
        WarningKind::LowUtilization
    } else if u > MAX_UTILIZATION {
        WarningKind::OverFull
    } else {
        return None;
    };
    Some(Warning {
        kind: warning_kind,
        service: kind,
        utilization: u,
        servers: sized.servers,
    })
}

/// The words of a warning in a language.
pub(crate) fn warning_text(
    warning: WarningKind,
    kind: ServiceKind,
    u: f64,
    servers: u64,
    lang: Lang,
) -> String {
    let mut out = String::with_capacity(400);
    let _ = write_warning(&mut out, warning, kind, u, servers, lang);
    out
}

/// [`warning_text`], written into `out`.
fn write_warning(
    out: &mut dyn std::fmt::Write,
    warning: WarningKind,
    kind: ServiceKind,
    u: f64,
    servers: u64,
    lang: Lang,
) -> std::fmt::Result {
    let f = Format::new(lang);
    let share = f.percent(u);
    let n = f.count(servers);
    let (min, max) = (f.percent(MIN_UTILIZATION), f.percent(MAX_UTILIZATION));
    let what = unit(kind, servers, lang);
    match (warning, lang) {
        (WarningKind::LowUtilization, Lang::En) => {
            let advice = match kind {
                ServiceKind::Residential => {
                    "Seed 003 suggests flexible capacity where volume is low, as in rural areas: a \
                     program that staffs up or down with need, or on-call crisis respite used a few \
                     times a month (a safe place with flexible on-call staff, including peers); or \
                     combine it with another program."
                }
                ServiceKind::Receiving | ServiceKind::Inpatient => {
                    "Where volume is low, as in rural areas, seed 003 suggests flexible capacity that \
                     staffs up or down with need, or sharing the service with a neighbouring area."
                }
            };
            write!(
                out,
                "Only {share} of the {n} {what} would be in use on an average day, below the {min} \
                 minimum of seed 003: too little volume to run efficiently. {advice}"
            )
        }
        (WarningKind::LowUtilization, Lang::Es) => {
            let advice = match kind {
                ServiceKind::Residential => {
                    "El documento fuente 003 sugiere capacidad flexible donde el volumen es bajo, \
                     como en zonas rurales: un programa que aumente o reduzca su personal según la \
                     necesidad, o un respiro de crisis de guardia usado unas pocas veces al mes (un \
                     lugar seguro con personal de guardia flexible, incluidos pares); o combinarlo \
                     con otro programa."
                }
                ServiceKind::Receiving | ServiceKind::Inpatient => {
                    "Donde el volumen es bajo, como en zonas rurales, el documento fuente 003 \
                     sugiere capacidad flexible que aumente o reduzca su personal según la \
                     necesidad, o compartir el servicio con una zona vecina."
                }
            };
            write!(
                out,
                "Solo el {share} de {los} {n} {what} estaría en uso en un día promedio, por debajo \
                 del mínimo del {min} del documento fuente 003: muy poco volumen para funcionar de \
                 forma eficiente. {advice}",
                los = if kind == ServiceKind::Receiving { "los" } else { "las" }
            )
        }
        (WarningKind::OverFull, Lang::En) => write!(
            out,
            "{share} of the {n} {what} would be in use on an average day, above the {max} maximum \
             of seed 003: the service would often be full and turn people away. Add capacity."
        ),
        (WarningKind::OverFull, Lang::Es) => write!(
            out,
            "El {share} de {los} {n} {what} estaría en uso en un día promedio, por encima del \
             máximo del {max} del documento fuente 003: el servicio estaría lleno a menudo y \
             rechazaría a personas. Agregue capacidad.",
            los = if kind == ServiceKind::Receiving {
                "los"
            } else {
                "las"
            }
        ),
    }
}

fn unit(kind: ServiceKind, n: u64, lang: Lang) -> &'static str {
    match (kind, n == 1, lang) {
        (ServiceKind::Receiving, true, Lang::En) => "chair",
        (ServiceKind::Receiving, false, Lang::En) => "chairs",
        (_, true, Lang::En) => "bed",
        (_, false, Lang::En) => "beds",
        (ServiceKind::Receiving, true, Lang::Es) => "sillón",
        (ServiceKind::Receiving, false, Lang::Es) => "sillones",
        (_, true, Lang::Es) => "cama",
        (_, false, Lang::Es) => "camas",
    }
}

impl Warning {
    /// The warning in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The warning in a language.
    pub fn message_in(&self, lang: Lang) -> String {
        warning_text(
            self.kind,
            self.service,
            self.utilization,
            self.servers,
            lang,
        )
    }
}
