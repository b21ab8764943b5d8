//! Series the page's charts draw, computed here so that every number on the page comes from the
//! model: the capacity curve of a facility (beds against full days and utilization) and the
//! continuum's annual cost by service.

use serde::Serialize;

use crate::eval::erlang::erlang_b;
use crate::eval::results::{Money, Results};
use crate::text::lang::Lang;

/// One point of a capacity curve: with `beds` beds, the share of days every bed is full (Erlang
/// B) and the average utilization `load × (1 − B) / beds`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CurvePoint {
    pub beds: u64,
    pub days_full: f64,
    pub utilization: f64,
}

/// The most points a curve has.
pub const MAX_CURVE_POINTS: usize = 240;

/// The capacity curve around a chosen bed count: from well below the load (where beds are
/// nearly always full) to well above it (where they are rarely full), always including the
/// chosen count and the five counts below it. Whole bed counts, ascending; at most
/// [`MAX_CURVE_POINTS`] points; every value finite.
pub fn curve(load: f64, chosen: u64) -> Vec<CurvePoint> {
    let load = if load.is_finite() && load > 0.0 {
        load
    } else {
        0.0
    };
    let spread = 3.0 * load.sqrt() + 4.0;
    let lo = ((load - spread).floor().max(1.0) as u64).min(chosen.saturating_sub(6).max(1));
    let hi = ((load + spread).ceil() as u64)
        .max(chosen.saturating_add(6))
        .max(lo + 10);
    let span = hi - lo;
    let stride = (span / MAX_CURVE_POINTS as u64).max(1);
    let mut beds: Vec<u64> = (lo..=hi).step_by(stride as usize).collect();
    beds.extend(chosen.saturating_sub(5).max(1)..=chosen);
    beds.sort_unstable();
    beds.dedup();
    if beds.len() > MAX_CURVE_POINTS + 6 {
        let keep = (chosen.saturating_sub(5).max(1))..=chosen;
        let step = beds.len().div_ceil(MAX_CURVE_POINTS);
        beds = beds
            .iter()
            .enumerate()
            .filter(|(i, b)| i % step == 0 || keep.contains(b))
            .map(|(_, b)| *b)
            .collect();
    }
    beds.into_iter().map(|c| point(load, c)).collect()
}

fn point(load: f64, beds: u64) -> CurvePoint {
    let days_full = if beds == 0 { 1.0 } else { erlang_b(load, beds) };
    let utilization = if beds == 0 {
        0.0
    } else {
        (load * (1.0 - days_full) / beds as f64).clamp(0.0, 1.0)
    };
    CurvePoint {
        beds,
        days_full: days_full.clamp(0.0, 1.0),
        utilization,
    }
}

impl Results {
    /// The continuum's annual cost by service, both streams together, in a fixed order:
    /// receiving facility, residential programs, psychiatric inpatient, mobile teams, crisis
    /// line. The five add up to `totals.annual_cost`.
    pub fn cost_by_service(&self) -> [(&'static str, Money); 5] {
        self.cost_by_service_in(Lang::En)
    }

    /// [`Results::cost_by_service`] with the services named in a language.
    pub fn cost_by_service_in(&self, lang: Lang) -> [(&'static str, Money); 5] {
        let mut parts = [
            (
                lang.pick("Receiving facility", "Centro de recepción de crisis"),
                Money::ZERO,
            ),
            (
                lang.pick(
                    "Residential crisis programs",
                    "Programas residenciales de crisis",
                ),
                Money::ZERO,
            ),
            (
                lang.pick("Psychiatric inpatient", "Hospitalización psiquiátrica"),
                Money::ZERO,
            ),
            (
                lang.pick("Mobile crisis teams", "Equipos móviles de crisis"),
                Money::ZERO,
            ),
            (lang.pick("Crisis line", "Línea de crisis"), Money::ZERO),
        ];
        for s in std::iter::once(&self.adult).chain(self.youth.as_ref()) {
            let c = &s.cost;
            for (slot, m) in parts.iter_mut().zip([
                c.receiving,
                c.residential,
                c.inpatient,
                c.mobile,
                c.crisis_line,
            ]) {
                slot.1 = slot.1.plus(m);
            }
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curve_brackets_the_load_and_includes_the_chosen_beds() {
        let cases: &[(f64, u64)] = &[(49.3, 55), (0.5, 2), (3.0, 7), (1000.0, 1040), (0.0, 0)];
        for &(load, chosen) in cases {
            let c = curve(load, chosen);
            assert!(!c.is_empty());
            assert!(
                c.len() <= MAX_CURVE_POINTS + 6,
                "{load}: {} points",
                c.len()
            );
            assert!(c.windows(2).all(|w| w[0].beds < w[1].beds), "ascending");
            for b in chosen.saturating_sub(5).max(1)..=chosen.max(1) {
                if chosen > 0 {
                    assert!(c.iter().any(|p| p.beds == b), "{load}: {b} missing");
                }
            }
            // full days fall and stay finite as beds grow
            assert!(c
                .windows(2)
                .all(|w| w[1].days_full <= w[0].days_full + 1e-12));
            assert!(c
                .iter()
                .all(|p| p.days_full.is_finite() && p.utilization.is_finite()));
        }
    }

    #[test]
    fn curve_matches_the_worked_example() {
        // 55 beds for a load of 49.3: full on 4.8% of days, 85% used (DOMAIN.md section 4)
        let load = 300.0 * 12.0 / 365.0 * 5.0;
        let c = curve(load, 55);
        let p = c.iter().find(|p| p.beds == 55).copied().unwrap();
        assert!((p.days_full - 0.048).abs() < 0.001, "{}", p.days_full);
        assert!((p.utilization - 0.85).abs() < 0.005, "{}", p.utilization);
        let q = c.iter().find(|p| p.beds == 54).copied().unwrap();
        assert!(q.days_full > 0.05);
    }

    #[test]
    fn costs_by_service_add_up_to_the_total() {
        for id in crate::scenario::PresetId::ALL {
            let r = crate::eval::evaluate(&crate::input::presets::preset(id)).unwrap();
            let sum = r
                .cost_by_service()
                .iter()
                .fold(Money::ZERO, |acc, (_, m)| acc.plus(*m));
            let t = r.totals.annual_cost;
            for (a, b) in [(sum.low, t.low), (sum.mid, t.mid), (sum.high, t.high)] {
                assert!(
                    (a - b).abs() <= 1e-6 * b.abs().max(1.0),
                    "{id:?}: {a} != {b}"
                );
            }
        }
    }
}
