//! The benchmarks chart: one row per published benchmark, its range as a band, its figure as a
//! tick and this plan's figure as a dot, on a scale every benchmark of the same unit shares.
//! The placing is the model's (`crisis_model::benchmarks::chart_rows`); the texts are the
//! model's too (`Benchmark::label_in`, `value_in`, `show_in`); this only draws them.

use crisis_model::benchmarks::{chart_rows, Benchmark};
use crisis_model::Lang;
use leptos::prelude::*;

/// The benchmarks chart's data as CSV: each benchmark with its published figure and range and
/// this plan's figure, in the benchmark's unit.
pub fn benchmarks_csv(marks: &[Benchmark], lang: Lang) -> String {
    let rows: Vec<(Vec<String>, Vec<f64>)> = marks
        .iter()
        .map(|m| {
            (
                vec![
                    m.label_in(lang).to_string(),
                    m.unit.to_string(),
                    m.source.to_string(),
                    m.position.label_in(lang).to_string(),
                ],
                vec![m.value, m.low, m.high, m.comparable],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Benchmark", "Referencia"),
            lang.pick("Unit", "Unidad"),
            lang.pick("Source", "Fuente"),
            lang.pick("Where this plan falls", "Dónde queda este plan"),
            lang.pick("Published figure", "Cifra publicada"),
            lang.pick("Published low", "Mínimo publicado"),
            lang.pick("Published high", "Máximo publicado"),
            lang.pick("This plan's figure", "Cifra de este plan"),
        ],
        &rows,
    )
}

/// The chart of some benchmarks, in a language.
#[component]
pub fn BenchmarkChart(marks: Vec<Benchmark>, lang: Lang) -> impl IntoView {
    let rows = chart_rows(&marks);
    let w = super::geometry::fit_width(super::room(), 900.0, 300.0);
    let (ml, mr, row_h, top) = (8.0, 8.0, 62.0, 8.0);
    let h = top + marks.len() as f64 * row_h + 8.0;
    let x = move |f: f64| ml + f * (w - ml - mr);
    let plan_word = lang.pick("this plan", "este plan");
    let title = lang.pick(
        "Where this plan falls among the published benchmarks",
        "Dónde queda este plan entre las referencias publicadas",
    );
    let bars = marks
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(i, (m, r))| {
            let y = top + i as f64 * row_h;
            let track = y + 34.0;
            let plan = m.show_in(m.comparable, lang);
            let scale = m.show_in(r.top, lang);
            let said = format!(
                "{}: {} {}; {plan_word} {plan} ({})",
                m.label_in(lang),
                lang.pick("published", "publicado"),
                m.value_in(lang),
                m.position.label_in(lang),
            );
            // the plan's figure beside its dot, on the side with room
            let (px, anchor, dx) = if r.plan > 0.6 {
                (x(r.plan), "end", -10.0)
            } else {
                (x(r.plan), "start", 10.0)
            };
            view! {
                <g class="benchmark-row" data-benchmark=m.id data-position=m.position.label_in(Lang::En)>
                    <title>{said}</title>
                    <text x=ml y=y + 14.0 font-size="14" font-weight="600">{m.label_in(lang)}</text>
                    <line class="benchmark-track" x1=x(0.0) x2=x(1.0) y1=track y2=track/>
                    <text x=x(1.0) y=track + 22.0 text-anchor="end" font-size="12">{scale}</text>
                    <text x=x(0.0) y=track + 22.0 font-size="12">"0"</text>
                    <rect
                        class="benchmark-range"
                        x=format!("{:.1}", x(r.low))
                        y=track - 8.0
                        width=format!("{:.1}", (x(r.high) - x(r.low)).max(3.0))
                        height="16"
                    />
                    <line class="benchmark-value" x1=x(r.value) x2=x(r.value) y1=track - 11.0 y2=track + 11.0/>
                    <circle class="benchmark-plan" cx=format!("{:.1}", x(r.plan)) cy=track r="6"/>
                    <text x=px + dx y=track + 4.0 text-anchor=anchor font-size="13" font-weight="700">
                        {format!("{plan_word}: {plan}")}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=title>
            <svg class="chart benchmark-chart" viewBox=format!("0 0 {w} {h:.0}") role="img" aria-label=title>
                <title>{title}</title>
                {bars}
            </svg>
            <p class="hint">
                {lang.pick(
                    "Band: the published range; tick: the published figure; dot: this plan. Benchmarks in the same unit share a scale.",
                    "Banda: el rango publicado; marca: la cifra publicada; punto: este plan. Las referencias en la misma unidad comparten escala.",
                )}
            </p>
        </div>
    }
}
