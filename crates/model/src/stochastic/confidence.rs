//! Where the plan sits in its own uncertainty, and the plan sized to a chosen confidence.
//!
//! From the draws of a finished [`MonteCarlo`] (the same draws as its bands):
//!
//! - [`BasePercentiles`]: the percentile of each of the plan's own figures among the draws
//!   ([`percentile_of`]: the share of draws below it plus half the share equal to it, 0 to 100).
//! - [`AtConfidence`]: "plan for 80% (90%) of futures": each residential program's beds, each
//!   stream's receiving chairs, the mobile teams and the crisis-line counselors on duty at the
//!   80th (90th) percentile of their own draws (nearest rank), the residential beds being the
//!   sum of the programs' (what one would build); and the annual cost at that percentile of the
//!   draws' cost at the low end, the default and the high end of every cost range (the costs
//!   themselves not drawn, so the range keeps its meaning). The typical case is the plan as
//!   calculated. [`AtConfidence::extra_cost`] is the cost over the plan as calculated.
//! - [`placement`]: a sentence when the plan's figure lies outside the 10th-90th percentile
//!   range, naming the uncertain inputs whose ranges reach further on the side the draws lean
//!   to, from the tornado's rows ([`crate::stochastic::sensitivity`]).

use serde::Serialize;

use crate::eval::results::{Explanation, Money, Split};
use crate::input::ranges::streams;
use crate::scenario::ranges::Confidence;
use crate::scenario::ProgramKind;
use crate::stochastic::monte_carlo::{
    nearest_rank, percentile_of, Band, Metric, MonteCarlo, UncertaintyResults, SIZES_FIXED,
};
use crate::stochastic::sensitivity::Tornado;
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The percentile (0 to 100) of each of the plan's figures among the Monte Carlo's draws.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct BasePercentiles {
    pub residential_beds: f64,
    pub pooled_residential_beds: f64,
    pub receiving_chairs: f64,
    pub mobile_teams: f64,
    pub crisis_line_on_duty: f64,
    pub staff_fte: f64,
    pub annual_cost: f64,
    pub savings: f64,
}

/// One program type's residential beds, as planned and at the confidence (both streams).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TypeBeds {
    pub kind: ProgramKind,
    /// Beds in the plan as calculated.
    pub base: u64,
    /// Beds at the confidence.
    pub beds: u64,
}

/// The plan sized to a confidence. In the CLI's JSON as `totals.at_confidence` (the fields
/// `confidence`, `residential_beds`, `receiving_chairs`, `mobile_teams`, `crisis_line_on_duty`,
/// `annual_cost`, in the shapes of `totals`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AtConfidence {
    /// The share of futures covered: 0.5 (the typical case: the plan as calculated), 0.8, 0.9.
    pub confidence: f64,
    pub residential_beds: Split,
    pub receiving_chairs: Split,
    pub mobile_teams: u64,
    pub crisis_line_on_duty: u64,
    /// Low, default and high ends of the cost ranges (low ≤ default ≤ high).
    pub annual_cost: Money,
    /// `annual_cost` minus the plan's annual cost as calculated.
    #[serde(skip)]
    pub extra_cost: Money,
    /// Residential beds by program type, in the order of [`ProgramKind::ALL`].
    #[serde(skip)]
    pub by_type: Vec<TypeBeds>,
    #[serde(skip)]
    pub choice: Confidence,
}

/// Everything this module reports for one Monte Carlo run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfidenceResults {
    pub base_percentile: BasePercentiles,
    /// The typical case, 80% and 90% of futures, in the order of [`Confidence::ALL`].
    pub sized: Vec<AtConfidence>,
}

impl ConfidenceResults {
    /// The plan at a choice.
    pub fn at(&self, c: Confidence) -> &AtConfidence {
        let i = Confidence::ALL.iter().position(|x| *x == c).unwrap_or(0);
        &self.sized[i]
    }
}

/// The sizes of a run as columns: `column(j)` is size `j` of every draw, sorted.
struct Columns<'a> {
    stride: usize,
    sizes: &'a [f64],
}

impl Columns<'_> {
    fn sorted(&self, j: usize) -> Vec<f64> {
        let mut v: Vec<f64> = self
            .sizes
            .chunks_exact(self.stride)
            .map(|row| row[j])
            .collect();
        v.sort_by(f64::total_cmp);
        v
    }
}

/// The percentiles of the plan's figures and the plan at each confidence, from a run's draws
/// (those made so far) and their bands (`mc.finish()`, passed in so that they are not worked
/// out twice).
pub fn confidence_results(mc: &MonteCarlo, bands: &UncertaintyResults) -> ConfidenceResults {
    let (base, sizes) = mc.sizes();
    let stride = base.len().max(1);
    let cols = Columns { stride, sizes };
    let sorted: Vec<Vec<f64>> = (0..base.len()).map(|j| cols.sorted(j)).collect();
    let both = |a: &[f64], b: &[f64]| -> Vec<f64> {
        let mut v: Vec<f64> = a.iter().zip(b).map(|(x, y)| x + y).collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let chairs = both(&cols_raw(sizes, stride, 0), &cols_raw(sizes, stride, 1));
    let base_percentile = BasePercentiles {
        residential_beds: bands.residential_beds.base_percentile,
        pooled_residential_beds: bands.pooled_residential_beds.base_percentile,
        receiving_chairs: percentile_of(base[0] + base[1], &chairs),
        mobile_teams: percentile_of(base[2], &sorted[2]),
        crisis_line_on_duty: percentile_of(base[3], &sorted[3]),
        staff_fte: bands.staff_fte.base_percentile,
        annual_cost: bands.annual_cost.base_percentile,
        savings: bands.savings.base_percentile,
    };
    // which stream and program type each program column is
    let s = mc.plan().scenario();
    let programs: Vec<(bool, ProgramKind)> = streams(s)
        .iter()
        .flat_map(|(youth, _, _, _, p)| p.iter().map(move |p| (*youth, p.kind)))
        .collect();
    let base_cost = Money::range(base[4], base[5]);
    let sized = Confidence::ALL
        .into_iter()
        .map(|c| {
            // the typical case is the plan as calculated
            let pick = |j: usize| match c {
                Confidence::Typical => base[j],
                _ if sorted[j].is_empty() => base[j],
                _ => nearest_rank(&sorted[j], c.share()),
            };
            let count = |x: f64| x.max(0.0).round() as u64;
            let mut beds = [0u64; 2];
            let mut by_type: Vec<TypeBeds> = Vec::new();
            for (i, (youth, kind)) in programs.iter().enumerate() {
                let j = SIZES_FIXED + i;
                let b = count(pick(j));
                beds[usize::from(*youth)] += b;
                let row = match by_type.iter_mut().find(|t| t.kind == *kind) {
                    Some(row) => row,
                    None => {
                        by_type.push(TypeBeds {
                            kind: *kind,
                            base: 0,
                            beds: 0,
                        });
                        by_type.last_mut().expect("just pushed")
                    }
                };
                row.base += count(base[j]);
                row.beds += b;
            }
            by_type.sort_by_key(|t| ProgramKind::ALL.iter().position(|k| *k == t.kind));
            let annual_cost = Money::range(pick(4), pick(5));
            AtConfidence {
                confidence: c.share(),
                residential_beds: Split::new(beds[0], beds[1]),
                receiving_chairs: Split::new(count(pick(0)), count(pick(1))),
                mobile_teams: count(pick(2)),
                crisis_line_on_duty: count(pick(3)),
                annual_cost,
                extra_cost: annual_cost.minus(base_cost),
                by_type,
                choice: c,
            }
        })
        .collect();
    ConfidenceResults {
        base_percentile,
        sized,
    }
}

/// Column `j` of the sizes, in draw order.
fn cols_raw(sizes: &[f64], stride: usize, j: usize) -> Vec<f64> {
    sizes.chunks_exact(stride).map(|row| row[j]).collect()
}

/// An ordinal in English: 1st, 2nd, 3rd, 4th, 11th, 22nd.
fn ordinal_en(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A percentile in words: "the 3rd percentile", "el percentil 3" (below 1: "below the 1st").
pub fn percentile_words(p: f64, lang: Lang) -> String {
    let n = p.clamp(0.0, 100.0).round() as u64;
    match (lang, n) {
        (Lang::En, 0) => "below the 1st percentile".into(),
        (Lang::Es, 0) => "por debajo del percentil 1".into(),
        (Lang::En, 100) => "above the 99th percentile".into(),
        (Lang::Es, 100) => "por encima del percentil 99".into(),
        (Lang::En, n) => format!("at the {} percentile", ordinal_en(n)),
        (Lang::Es, n) => format!("en el percentil {n}"),
    }
}

/// "The plan's figure is at the 3rd percentile of the 10,000 futures drawn." for a band.
pub fn percentile_sentence(band: &Band, draws: usize, lang: Lang) -> String {
    let f = Format::new(lang);
    let n = f.thousands(draws as f64);
    let at = percentile_words(band.base_percentile, lang);
    match lang {
        Lang::En => format!("The plan's figure is {at} of the {n} futures drawn."),
        Lang::Es => format!("La cifra del plan está {at} de los {n} futuros generados."),
    }
}

/// A figure of a metric as the bands write it: money in millions, beds whole, staff to a tenth.
fn show(metric: Metric, f: Format, x: f64) -> String {
    if metric.is_money() {
        f.currency_compact(x)
    } else if metric.is_count() || metric.is_hours() {
        f.thousands(x)
    } else {
        f.one_decimal(x)
    }
}

/// The largest number of inputs [`placement`] names.
const NAMED: usize = 3;

/// When the plan's figure lies below the 10th or above the 90th percentile of its draws, a
/// sentence saying so and naming the uncertain inputs (up to three, from the tornado) whose
/// ranges reach further on the side the draws lean to; `None` inside the range.
pub fn placement(metric: Metric, band: &Band, tornado: &Tornado, lang: Lang) -> Option<String> {
    let below = band.base < band.p10;
    let above = band.base > band.p90;
    if !(below || above) {
        return None;
    }
    let base = tornado.base.get(metric);
    // how much further each input's range reaches on the side of the draws than on the other
    let mut lean: Vec<(f64, String)> = tornado
        .rows
        .iter()
        .map(|r| {
            let (a, b) = (r.at_low.get(metric), r.at_high.get(metric));
            let up = a.max(b) - base;
            let down = base - a.min(b);
            let push = if below { up - down } else { down - up };
            (push, r.label_in(lang))
        })
        .filter(|(push, _)| *push > 1e-9 * base.abs().max(1.0))
        .collect();
    lean.sort_by(|x, y| y.0.total_cmp(&x.0));
    let names: Vec<String> = lean
        .into_iter()
        .take(NAMED)
        .map(|(_, l)| format!("“{l}”"))
        .collect();
    let f = Format::new(lang);
    let at = percentile_words(band.base_percentile, lang);
    let value = |x: f64| show(metric, f, x);
    let list = join(&names, lang);
    let more = match (lang, metric, below) {
        (Lang::En, Metric::AnnualCost, true) => "most futures cost more",
        (Lang::En, Metric::AnnualCost, false) => "most futures cost less",
        (Lang::En, Metric::Savings, true) => "most futures save more",
        (Lang::En, Metric::Savings, false) => "most futures save less",
        (Lang::En, Metric::PoliceHours | Metric::EdHours, true) => "most futures spare more",
        (Lang::En, Metric::PoliceHours | Metric::EdHours, false) => "most futures spare less",
        (Lang::En, Metric::CountyNet | Metric::StateNet, true) => "in most futures it pays more",
        (Lang::En, Metric::CountyNet | Metric::StateNet, false) => "in most futures it pays less",
        (Lang::En, _, true) => "most futures need more",
        (Lang::En, _, false) => "most futures need less",
        (Lang::Es, Metric::AnnualCost, true) => "la mayoría de los futuros cuesta más",
        (Lang::Es, Metric::AnnualCost, false) => "la mayoría de los futuros cuesta menos",
        (Lang::Es, Metric::Savings, true) => "la mayoría de los futuros ahorra más",
        (Lang::Es, Metric::Savings, false) => "la mayoría de los futuros ahorra menos",
        (Lang::Es, Metric::PoliceHours | Metric::EdHours, true) => {
            "la mayoría de los futuros evita más"
        }
        (Lang::Es, Metric::PoliceHours | Metric::EdHours, false) => {
            "la mayoría de los futuros evita menos"
        }
        (Lang::Es, Metric::CountyNet | Metric::StateNet, true) => {
            "en la mayoría de los futuros paga más"
        }
        (Lang::Es, Metric::CountyNet | Metric::StateNet, false) => {
            "en la mayoría de los futuros paga menos"
        }
        (Lang::Es, _, true) => "la mayoría de los futuros necesita más",
        (Lang::Es, _, false) => "la mayoría de los futuros necesita menos",
    };
    let (side_en, side_es, reach_en, reach_es) = if below {
        (
            "below",
            "por debajo",
            "reach further above their values than below them",
            "llegan más lejos por encima de sus valores que por debajo",
        )
    } else {
        (
            "above",
            "por encima",
            "reach further below their values than above them",
            "llegan más lejos por debajo de sus valores que por encima",
        )
    };
    let plural = names.len() > 1;
    Some(match lang {
        Lang::En => {
            let head = format!(
                "The plan's figure, {}, is {side_en} the 10th-to-90th percentile range ({at}).",
                value(band.base)
            );
            if names.is_empty() {
                format!(
                    "{head} No single input's range leans that way; the inputs together move it, so {more}."
                )
            } else if plural {
                format!("{head} The ranges of {list} {reach_en}, so {more}.")
            } else {
                format!(
                    "{head} The range of {list} {}, so {more}.",
                    reach_en.replacen("reach", "reaches", 1)
                )
            }
        }
        Lang::Es => {
            let head = format!(
                "La cifra del plan, {}, está {side_es} del rango entre los percentiles 10 y 90 ({at}).",
                value(band.base)
            );
            if names.is_empty() {
                format!(
                    "{head} El rango de ningún dato se inclina por sí solo hacia ese lado; los datos juntos la desplazan, así que {more}."
                )
            } else if plural {
                format!("{head} Los rangos de {list} {reach_es}, así que {more}.")
            } else {
                format!(
                    "{head} El rango de {list} {}, así que {more}.",
                    reach_es.replacen("llegan", "llega", 1)
                )
            }
        }
    })
}

/// The explanation of where the plan's figure sits among the draws (for "How is this
/// calculated?").
pub fn explain_percentile(metric: Metric, band: &Band, draws: usize, lang: Lang) -> Explanation {
    let f = Format::new(lang);
    let value = |x: f64| show(metric, f, x);
    let label = metric.label_in(lang);
    let at = percentile_words(band.base_percentile, lang);
    let n = f.thousands(draws as f64);
    match lang {
        Lang::En => Explanation {
            figure: format!("{label}: the plan's figure {at}"),
            formula: format!(
                "Percentile = (futures below the plan's figure + half the futures equal to it) ÷ {n} futures drawn × 100. The same draws as the range beside it."
            ),
            inputs: vec![
                ("The plan's figure".into(), value(band.base)),
                ("10th percentile".into(), value(band.p10)),
                ("Median".into(), value(band.p50)),
                ("90th percentile".into(), value(band.p90)),
                ("Percentile of the plan's figure".into(), f.one_decimal(band.base_percentile)),
            ],
        },
        Lang::Es => Explanation {
            figure: format!("{label}: la cifra del plan está {at}"),
            formula: format!(
                "Percentil = (futuros por debajo de la cifra del plan + la mitad de los futuros iguales a ella) ÷ {n} futuros generados × 100. Los mismos sorteos que el rango a su lado."
            ),
            inputs: vec![
                ("La cifra del plan".into(), value(band.base)),
                ("Percentil 10".into(), value(band.p10)),
                ("Mediana".into(), value(band.p50)),
                ("Percentil 90".into(), value(band.p90)),
                ("Percentil de la cifra del plan".into(), f.one_decimal(band.base_percentile)),
            ],
        },
    }
}

/// The explanation of the plan sized to a confidence (for "How is this calculated?").
pub fn explain_at_confidence(at: &AtConfidence, draws: usize, lang: Lang) -> Explanation {
    let f = Format::new(lang);
    let n = f.thousands(draws as f64);
    let pct = f.percent(at.confidence);
    let q = (at.confidence * 100.0).round();
    let mut inputs: Vec<(String, String)> = at
        .by_type
        .iter()
        .map(|t| {
            (
                t.kind.label_in(lang).to_string(),
                match lang {
                    Lang::En => format!("{} beds (plan: {})", f.count(t.beds), f.count(t.base)),
                    Lang::Es => format!("{} camas (plan: {})", f.count(t.beds), f.count(t.base)),
                },
            )
        })
        .collect();
    let cost = at.annual_cost.range_in(lang, true);
    let extra = at.extra_cost.range_in(lang, true);
    match lang {
        Lang::En => {
            inputs.push(("Futures drawn".into(), n.clone()));
            inputs.push(("Annual cost".into(), cost));
            inputs.push(("Extra cost over the plan".into(), extra));
            Explanation {
                figure: format!(
                    "Plan for {pct} of futures: {} residential beds, {} receiving chairs, {} mobile teams and {} crisis-line counselors on duty",
                    f.count(at.residential_beds.total),
                    f.count(at.receiving_chairs.total),
                    f.count(at.mobile_teams),
                    f.count(at.crisis_line_on_duty)
                ),
                formula: format!(
                    "Each residential program's beds, each stream's receiving chairs, the mobile teams and the counselors on duty: the {q:.0}th percentile of their own {n} draws (the smallest number enough in {pct} of futures); residential beds add up the programs'. Annual cost: the {q:.0}th percentile of the draws' cost at the low end, the default and the high end of every cost range."
                ),
                inputs,
            }
        }
        Lang::Es => {
            inputs.push(("Futuros generados".into(), n.clone()));
            inputs.push(("Costo anual".into(), cost));
            inputs.push(("Costo adicional sobre el plan".into(), extra));
            Explanation {
                figure: format!(
                    "Planificar para el {pct} de los futuros: {} camas residenciales, {} sillones de recepción, {} equipos móviles y {} consejeros de la línea de crisis de turno",
                    f.count(at.residential_beds.total),
                    f.count(at.receiving_chairs.total),
                    f.count(at.mobile_teams),
                    f.count(at.crisis_line_on_duty)
                ),
                formula: format!(
                    "Las camas de cada programa residencial, los sillones de recepción de cada población, los equipos móviles y los consejeros de turno: el percentil {q:.0} de sus propios {n} sorteos (el número más pequeño que basta en el {pct} de los futuros); las camas residenciales suman las de los programas. Costo anual: el percentil {q:.0} del costo de los sorteos con el extremo bajo, el valor predeterminado y el extremo alto de cada rango de costos."
                ),
                inputs,
            }
        }
    }
}

/// "a", "a and b", "a, b and c"; "a y b" in Spanish.
fn join(items: &[String], lang: Lang) -> String {
    let and = lang.pick("and", "y");
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 93]
            .into_iter()
            .map(ordinal_en)
            .collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "93rd"]
        );
        assert_eq!(percentile_words(0.2, Lang::En), "below the 1st percentile");
        assert_eq!(percentile_words(2.6, Lang::Es), "en el percentil 3");
    }

    #[test]
    fn lists() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&l(&["a"]), Lang::En), "a");
        assert_eq!(join(&l(&["a", "b", "c"]), Lang::En), "a, b and c");
        assert_eq!(join(&l(&["a", "b"]), Lang::Es), "a y b");
    }
}
