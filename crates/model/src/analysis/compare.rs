//! Scenarios side by side: the figures a board compares ("today" against "proposed", two program
//! mixes), each with its difference from the first scenario.
//!
//! [`compare`] takes the results of two or more scenarios and returns one [`CompareRow`] per
//! figure: the values in scenario order and each value's difference from the first. The page
//! shows the rows as a table (differences highlighted) and charts; nothing is computed there.

use crate::eval::results::Results;
use crate::text::lang::Lang;

/// How a figure is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A whole count: beds, chairs, teams, people on duty.
    Count,
    /// Full-time-equivalent staff, with one decimal.
    Fte,
    /// Dollars a year.
    Money,
}

/// One figure across the scenarios compared.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// A stable key (`"residential_beds"`), used by the page and its tests.
    pub key: &'static str,
    /// What the figure is, in English and Spanish.
    label: (&'static str, &'static str),
    pub unit: Unit,
    /// The figure in each scenario, in the order given.
    pub values: Vec<f64>,
    /// Each value minus the first scenario's (the first is 0).
    pub diffs: Vec<f64>,
    /// Each difference as a fraction of the first value (`None` when the first is 0).
    pub relative: Vec<Option<f64>>,
}

impl CompareRow {
    /// What the figure is, in plain words.
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.label.0, self.label.1)
    }

    /// True when any scenario differs from the first.
    pub fn differs(&self) -> bool {
        self.diffs.iter().any(|d| d.abs() > 1e-9)
    }
}

type Figure = fn(&Results) -> f64;

/// The figures compared, in the order shown: capacity and staff, then cost.
const FIGURES: [(&str, (&str, &str), Unit, Figure); 15] = [
    (
        "residential_beds",
        ("Residential crisis beds", "Camas residenciales de crisis"),
        Unit::Count,
        |r| r.totals.residential_beds.total as f64,
    ),
    (
        "residential_facilities",
        ("Residential facilities", "Centros residenciales"),
        Unit::Count,
        |r| r.totals.residential_facilities.total as f64,
    ),
    (
        "receiving_chairs",
        (
            "Receiving facility chairs",
            "Sillones del centro de recepción",
        ),
        Unit::Count,
        |r| r.totals.receiving_chairs.total as f64,
    ),
    (
        "inpatient_beds",
        (
            "Psychiatric inpatient beds",
            "Camas de hospitalización psiquiátrica",
        ),
        Unit::Count,
        |r| r.totals.inpatient_beds.total as f64,
    ),
    (
        "mobile_teams",
        ("Mobile teams on duty", "Equipos móviles de turno"),
        Unit::Count,
        |r| r.totals.mobile_teams as f64,
    ),
    (
        "mobile_fte",
        (
            "Mobile team staff (full-time)",
            "Personal de equipos móviles (tiempo completo)",
        ),
        Unit::Fte,
        |r| r.totals.mobile_fte,
    ),
    (
        "crisis_line_on_duty",
        (
            "Crisis line counselors on duty",
            "Consejeros de la línea de crisis de turno",
        ),
        Unit::Count,
        |r| r.totals.crisis_line_on_duty as f64,
    ),
    (
        "crisis_line_fte",
        (
            "Crisis line staff (full-time)",
            "Personal de la línea de crisis (tiempo completo)",
        ),
        Unit::Fte,
        |r| r.totals.crisis_line_fte,
    ),
    (
        "annual_cost",
        ("Annual cost of the continuum", "Costo anual del continuo"),
        Unit::Money,
        |r| r.totals.annual_cost.mid,
    ),
    (
        "cost_receiving",
        ("Receiving facility", "Centro de recepción"),
        Unit::Money,
        |r| r.cost_by_service()[0].1.mid,
    ),
    (
        "cost_residential",
        (
            "Residential crisis programs",
            "Programas residenciales de crisis",
        ),
        Unit::Money,
        |r| r.cost_by_service()[1].1.mid,
    ),
    (
        "cost_inpatient",
        ("Psychiatric inpatient", "Hospitalización psiquiátrica"),
        Unit::Money,
        |r| r.cost_by_service()[2].1.mid,
    ),
    (
        "cost_mobile",
        ("Mobile crisis teams", "Equipos móviles de crisis"),
        Unit::Money,
        |r| r.cost_by_service()[3].1.mid,
    ),
    (
        "cost_crisis_line",
        ("Crisis line", "Línea de crisis"),
        Unit::Money,
        |r| r.cost_by_service()[4].1.mid,
    ),
    (
        "savings",
        (
            "Saved against hospital-only care",
            "Ahorro frente a la atención solo hospitalaria",
        ),
        Unit::Money,
        |r| r.totals.savings.mid,
    ),
];

/// The keys of the cost rows that add up to the annual cost, in the order of
/// [`Results::cost_by_service`].
pub const COST_PARTS: [&str; 5] = [
    "cost_receiving",
    "cost_residential",
    "cost_inpatient",
    "cost_mobile",
    "cost_crisis_line",
];

/// The rows comparing `results` (the first is the baseline). Empty when `results` is empty.
pub fn compare(results: &[&Results]) -> Vec<CompareRow> {
    if results.is_empty() {
        return Vec::new();
    }
    FIGURES
        .iter()
        .map(|&(key, label, unit, figure)| {
            let values: Vec<f64> = results.iter().map(|r| figure(r)).collect();
            let base = values[0];
            let diffs: Vec<f64> = values.iter().map(|v| v - base).collect();
            let relative = diffs
                .iter()
                .map(|d| (base.abs() > 1e-9).then(|| d / base.abs()))
                .collect();
            CompareRow {
                key,
                label,
                unit,
                values,
                diffs,
                relative,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, preset, PresetId};

    fn results(id: PresetId, population: f64) -> Results {
        let mut s = preset(id);
        s.population = population;
        evaluate(&s).expect("preset is valid")
    }

    #[test]
    fn a_scenario_against_itself_differs_nowhere() {
        let r = results(PresetId::CrisisNow, 500_000.0);
        let rows = compare(&[&r, &r]);
        assert_eq!(rows.len(), FIGURES.len());
        assert!(rows.iter().all(|row| !row.differs()));
    }

    #[test]
    fn differences_are_from_the_first_scenario() {
        let small = results(PresetId::CrisisNow, 250_000.0);
        let large = results(PresetId::CrisisNow, 1_000_000.0);
        let rows = compare(&[&small, &large]);
        let beds = rows.iter().find(|r| r.key == "residential_beds").unwrap();
        let want = (large.totals.residential_beds.total as f64)
            - (small.totals.residential_beds.total as f64);
        assert_eq!(beds.diffs, vec![0.0, want]);
        assert!(want > 0.0, "four times the people need more beds");
        assert_eq!(beds.values[1], large.totals.residential_beds.total as f64);
    }

    #[test]
    fn cost_parts_add_up_to_the_annual_cost_in_every_column() {
        let a = results(PresetId::CrisisNow, 500_000.0);
        let b = results(PresetId::Roadmap, 500_000.0);
        let c = results(PresetId::HospitalOnly, 500_000.0);
        let rows = compare(&[&a, &b, &c]);
        let total = rows.iter().find(|r| r.key == "annual_cost").unwrap();
        for col in 0..3 {
            let sum: f64 = COST_PARTS
                .iter()
                .map(|k| rows.iter().find(|r| r.key == *k).unwrap().values[col])
                .sum();
            assert!(
                (sum - total.values[col]).abs() < 1e-6 * total.values[col].max(1.0),
                "column {col}: {sum} vs {}",
                total.values[col]
            );
        }
    }

    #[test]
    fn relative_difference_is_none_against_zero() {
        let hospital = results(PresetId::HospitalOnly, 500_000.0);
        let now = results(PresetId::CrisisNow, 500_000.0);
        let rows = compare(&[&hospital, &now]);
        for row in &rows {
            if row.values[0] == 0.0 {
                assert_eq!(row.relative[1], None, "{}", row.key);
            }
            assert!(row.values.iter().chain(&row.diffs).all(|v| v.is_finite()));
        }
        assert!(compare(&[]).is_empty());
    }
}
