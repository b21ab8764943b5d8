//! What matters most: a tornado chart of the uncertain inputs.
//!
//! For each uncertain input of a scenario ([`crate::uncertainty::inputs`]), the scenario is
//! evaluated with that input at the low end of its range and at the high end, every other input
//! at its default. A row records the residential beds (all programs, both streams) and the
//! annual cost (the default figure, with the input's cost taken as the cost) at each end, and
//! the swing between them. Rows come largest cost swing first ([`Tornado::rows`]);
//! [`Tornado::by_beds`] orders them by the swing in beds. Labels are plain language, in the
//! model ([`crate::uncertainty::label`]), so the page needs no logic.

use serde::Serialize;

use crate::scenario::ranges::{InputId, Unit};
use crate::scenario::Problem;
use crate::scenario::Scenario;
use crate::stochastic::monte_carlo::{At, Figures, Metric, Plan, DEFAULTS};
use crate::text::lang::Lang;

/// One input's bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TornadoRow {
    /// The input's id ([`InputId::id`]).
    pub input: String,
    #[serde(skip)]
    pub id: InputId,
    /// The label in English ([`TornadoRow::label_in`] for others).
    pub label: String,
    pub unit: Unit,
    /// The input's low end, default and high end (absolute values).
    pub low: f64,
    pub default: f64,
    pub high: f64,
    /// Every figure with the input at its low end, and at its high end.
    pub at_low: Figures,
    pub at_high: Figures,
    /// |beds at high − beds at low|.
    pub beds_swing: f64,
    /// |cost at high − cost at low|.
    pub cost_swing: f64,
    /// |what the county pays at high − at low| (who pays).
    pub county_swing: f64,
}

impl TornadoRow {
    /// |a figure at the high end − the figure at the low end|.
    pub fn swing(&self, metric: crate::stochastic::monte_carlo::Metric) -> f64 {
        (self.at_high.get(metric) - self.at_low.get(metric)).abs()
    }

    /// The label in a language.
    pub fn label_in(&self, lang: Lang) -> String {
        self.id.label_in(lang)
    }
}

/// The tornado chart's data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tornado {
    /// Every figure with every input at its default (the bars' centre line).
    pub base: Figures,
    /// One row per uncertain input, largest cost swing first (ties: larger beds swing first,
    /// then the order of the inputs).
    pub rows: Vec<TornadoRow>,
}

impl Tornado {
    /// The rows, largest cost swing first.
    pub fn by_cost(&self) -> Vec<&TornadoRow> {
        self.rows.iter().collect()
    }

    /// The rows, largest swing in a figure first (ties: the order of [`Tornado::rows`]).
    pub fn by(&self, metric: crate::stochastic::monte_carlo::Metric) -> Vec<&TornadoRow> {
        let mut rows: Vec<&TornadoRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| b.swing(metric).total_cmp(&a.swing(metric)));
        rows
    }

    /// The rows, largest swing in beds first (ties: larger cost swing first).
    pub fn by_beds(&self) -> Vec<&TornadoRow> {
        let mut rows: Vec<&TornadoRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| {
            b.beds_swing
                .total_cmp(&a.beds_swing)
                .then(b.cost_swing.total_cmp(&a.cost_swing))
        });
        rows
    }

    /// The rows, largest swing in a metric first (ties: larger cost swing first). The funding
    /// inputs move only what the county and the state pay, so they lead
    /// `by_metric(Metric::CountyNet)`.
    pub fn by_metric(&self, m: Metric) -> Vec<&TornadoRow> {
        let swing = |r: &TornadoRow| (r.at_high.get(m) - r.at_low.get(m)).abs();
        let mut rows: Vec<&TornadoRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| {
            swing(b)
                .total_cmp(&swing(a))
                .then(b.cost_swing.total_cmp(&a.cost_swing))
        });
        rows
    }
}

/// Validate the scenario and compute its tornado.
pub fn tornado(s: &Scenario) -> Result<Tornado, Vec<Problem>> {
    let plan = Plan::new(s)?;
    let base = plan.figures(&DEFAULTS);
    let resolved = crate::input::ranges::inputs(plan.scenario());
    let mut rows: Vec<TornadoRow> = resolved
        .into_iter()
        .map(|input| {
            let id = input.input;
            let at = |u: f64| {
                let mut point = DEFAULTS;
                point[id.slot()] = At::Quantile(u);
                plan.figures(&point)
            };
            let (at_low, at_high) = (at(0.0), at(1.0));
            TornadoRow {
                input: input.id,
                id,
                label: input.label,
                unit: input.unit,
                low: input.low,
                default: input.default,
                high: input.high,
                beds_swing: (at_high.residential_beds - at_low.residential_beds).abs(),
                cost_swing: (at_high.annual_cost - at_low.annual_cost).abs(),
                county_swing: (at_high.county_net - at_low.county_net).abs(),
                at_low,
                at_high,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.cost_swing
            .total_cmp(&a.cost_swing)
            .then(b.beds_swing.total_cmp(&a.beds_swing))
    });
    Ok(Tornado { base, rows })
}
