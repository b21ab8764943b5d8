//! Where the plan falls among published benchmarks (DOMAIN.md section 12): each with its
//! source, its method and what it counts, its published value and range, and the plan's
//! comparable figure. Critics dispute every single benchmark, so several are shown.

use serde::Serialize;

use crate::eval::results::{Results, StreamResults};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// Where the plan's figure falls against a benchmark's range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Below,
    Within,
    Above,
}

impl Position {
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Position::Below => lang.pick("below", "por debajo"),
            Position::Within => lang.pick("within", "dentro"),
            Position::Above => lang.pick("above", "por encima"),
        }
    }
}

/// One published benchmark and the plan's comparable figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    /// `tac-beds`, `hudson-beds`, `crnc-episodes`, `crnc-mobile`, `crnc-receiving`, `crnc-ed`,
    /// `roadmap-residential-beds`.
    pub id: &'static str,
    /// Who published it, and when.
    pub source: &'static str,
    /// The published figure.
    pub value: f64,
    /// The published range (the figure itself where none is given).
    pub low: f64,
    pub high: f64,
    /// `per-100k` (per 100,000 residents), `per-100k-month`, `share`.
    pub unit: &'static str,
    /// The plan's figure in the same unit.
    pub comparable: f64,
    pub position: Position,
}

/// The plan's volumes, both streams.
fn streams(r: &Results) -> Vec<&StreamResults> {
    std::iter::once(&r.adult).chain(&r.youth).collect()
}

/// Every benchmark with the plan's comparable figure.
pub fn benchmarks(r: &Results) -> Vec<Benchmark> {
    let pop = r.population;
    let per_100k = |x: f64| if pop > 0.0 { x / pop * 100_000.0 } else { 0.0 };
    let st = streams(r);
    let entering: f64 = st.iter().map(|s| s.flow.entry.per_month).sum();
    let entry_share = |f: &dyn Fn(&StreamResults) -> f64| {
        if entering > 0.0 {
            st.iter().map(|s| f(s)).sum::<f64>() / entering
        } else {
            0.0
        }
    };
    let inpatient = per_100k(r.totals.inpatient_beds.total as f64);
    let residential = per_100k(r.totals.residential_beds.total as f64);
    let rows = [
        ("tac-beds", "Treatment Advocacy Center, 2008", 50.0, 40.0, 60.0, "per-100k", inpatient),
        (
            "hudson-beds",
            "Hudson, International Journal of Environmental Research and Public Health, 2021",
            34.9,
            28.1,
            41.7,
            "per-100k",
            inpatient,
        ),
        (
            "crnc-episodes",
            "Crisis Resource Need Calculator (RI International with McKinsey Health Institute), 2022",
            230.0,
            230.0,
            230.0,
            "per-100k-month",
            per_100k(entering),
        ),
        (
            "crnc-mobile",
            "Crisis Resource Need Calculator (RI International with McKinsey Health Institute), 2022",
            0.32,
            0.32,
            0.32,
            "share",
            entry_share(&|s| s.flow.entry.to_mobile),
        ),
        (
            "crnc-receiving",
            "Crisis Resource Need Calculator (RI International with McKinsey Health Institute), 2022",
            0.54,
            0.54,
            0.54,
            "share",
            entry_share(&|s| s.flow.entry.to_receiving),
        ),
        (
            "crnc-ed",
            "Crisis Resource Need Calculator (RI International with McKinsey Health Institute), 2022",
            0.14,
            0.14,
            0.14,
            "share",
            entry_share(&|s| s.flow.entry.to_ed),
        ),
        (
            "roadmap-residential-beds",
            "Crisis Roadmap worked example (seed 003)",
            11.0,
            10.0,
            12.0,
            "per-100k",
            residential,
        ),
    ];
    rows.into_iter()
        .map(|(id, source, value, low, high, unit, comparable)| {
            let comparable = if comparable.is_finite() {
                comparable
            } else {
                0.0
            };
            // figures are compared as they are shown (a share to a tenth of a percent)
            let shown = |x: f64| {
                if unit == "share" {
                    (x * 1000.0).round() / 1000.0
                } else {
                    (x * 10.0).round() / 10.0
                }
            };
            let position = if shown(comparable) < low {
                Position::Below
            } else if shown(comparable) > high {
                Position::Above
            } else {
                Position::Within
            };
            Benchmark {
                id,
                source,
                value,
                low,
                high,
                unit,
                comparable,
                position,
            }
        })
        .collect()
}

impl Benchmark {
    /// What it is, as the table names it.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match self.id {
            "tac-beds" => lang.pick(
                "Public psychiatric beds per 100,000 (Treatment Advocacy Center)",
                "Camas psiquiátricas públicas por cada 100,000 residentes (Treatment Advocacy Center)",
            ),
            "hudson-beds" => lang.pick(
                "Psychiatric beds per 100,000 (Hudson)",
                "Camas psiquiátricas por cada 100,000 residentes (Hudson)",
            ),
            "crnc-episodes" => lang.pick(
                "Crisis episodes needing an in-person response, per 100,000 a month",
                "Episodios de crisis que necesitan una respuesta en persona, por cada 100,000 \
                 residentes al mes",
            ),
            "crnc-mobile" => lang.pick("Episodes to a mobile crisis team", "Episodios a un equipo móvil de crisis"),
            "crnc-receiving" => lang.pick(
                "Episodes to a crisis receiving facility",
                "Episodios a un centro de recepción de crisis",
            ),
            "crnc-ed" => lang.pick(
                "Episodes to an emergency department",
                "Episodios a una sala de emergencias",
            ),
            _ => lang.pick(
                "Residential crisis beds per 100,000",
                "Camas residenciales de crisis por cada 100,000 residentes",
            ),
        }
    }

    /// How the figure was made.
    pub fn method_in(&self, lang: Lang) -> &'static str {
        match self.id {
            "tac-beds" => lang.pick(
                "Expert consensus; the Treatment Advocacy Center says it was never validated",
                "Consenso de expertos; el Treatment Advocacy Center dice que nunca se validó",
            ),
            "hudson-beds" => lang.pick("A regression model", "Un modelo de regresión"),
            "roadmap-residential-beds" => lang.pick(
                "A worked example: 50-60 beds for 500,000 people",
                "Un ejemplo práctico: 50-60 camas para 500,000 personas",
            ),
            _ => lang.pick(
                "A calculator's default (Arizona 2014 rates)",
                "Valor predeterminado de una calculadora (tasas de Arizona de 2014)",
            ),
        }
    }

    /// What it counts, and what the plan's figure is.
    pub fn counts_in(&self, lang: Lang) -> &'static str {
        match self.id {
            "tac-beds" | "hudson-beds" => lang.pick(
                "Psychiatric hospital beds; the plan's inpatient beds per 100,000 residents",
                "Camas de hospital psiquiátrico; las camas hospitalarias del plan por cada \
                 100,000 residentes",
            ),
            "crnc-episodes" => lang.pick(
                "Episodes needing an in-person response; the plan's episodes of all streams",
                "Episodios que necesitan una respuesta en persona; los episodios del plan de \
                 todos los servicios",
            ),
            "roadmap-residential-beds" => lang.pick(
                "Residential crisis beds; the plan's residential beds per 100,000 residents",
                "Camas residenciales de crisis; las camas residenciales del plan por cada \
                 100,000 residentes",
            ),
            _ => lang.pick(
                "The triage share at entry; the plan's share of entering episodes",
                "La proporción del triaje a la entrada; la proporción de episodios que entran \
                 en el plan",
            ),
        }
    }

    /// A value in the benchmark's unit: `50`, `32%`.
    pub fn show_in(&self, x: f64, lang: Lang) -> String {
        let f = Format::new(lang);
        if self.unit == "share" {
            f.percent(x)
        } else {
            f.one_decimal(x)
        }
    }

    /// The published value with its range: `50 (40-60)`.
    pub fn value_in(&self, lang: Lang) -> String {
        let v = self.show_in(self.value, lang);
        if self.low == self.high {
            v
        } else {
            format!(
                "{v} ({}-{})",
                self.show_in(self.low, lang),
                self.show_in(self.high, lang)
            )
        }
    }
}

/// One benchmark's row of the benchmarks chart: the published range, the published value and
/// the plan's figure as fractions (0 to 1) of the row's width, on a scale from 0 to `top` that
/// every benchmark in the same unit shares (a round number at or above the largest of their
/// ranges and plan figures, so the rows of one unit can be compared by eye).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChartRow {
    pub top: f64,
    pub low: f64,
    pub high: f64,
    pub value: f64,
    pub plan: f64,
}

/// The smallest of 1, 2, 2.5 and 5 times a power of ten at or above `x` (1 for nothing).
fn round_top(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let mag = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|k| k * mag)
        .find(|t| *t >= x * (1.0 - 1e-12))
        .unwrap_or(10.0 * mag)
}

/// The chart's rows, one for each benchmark in order (see [`ChartRow`]).
pub fn chart_rows(marks: &[Benchmark]) -> Vec<ChartRow> {
    marks
        .iter()
        .map(|b| {
            let largest = marks
                .iter()
                .filter(|m| m.unit == b.unit)
                .flat_map(|m| [m.high, m.value, m.comparable])
                .filter(|x| x.is_finite())
                .fold(0.0, f64::max);
            let top = round_top(largest);
            let at = |x: f64| {
                if x.is_finite() {
                    (x / top).clamp(0.0, 1.0)
                } else {
                    0.0
                }
            };
            ChartRow {
                top,
                low: at(b.low),
                high: at(b.high),
                value: at(b.value),
                plan: at(b.comparable),
            }
        })
        .collect()
}
