//! Who pays, as a chart: the continuum's and hospital-only care's cost a year, each a bar
//! stacked by level (federal, state, county and local, private), with a table of the same
//! figures. Every figure is the model's (`crisis_model::funding`); the chart only places them.

use crate::widgets::charts::geometry::{nice_ceiling, nice_ticks, Linear};
use crate::widgets::charts::value_axis;
use crate::widgets::table::{data_table, Name};
use crisis_model::format::Format;
use crisis_model::funding::{FundingResults, Level};
use crisis_model::{Lang, Money};
use leptos::prelude::*;

/// The colour of a level.
pub fn level_color(v: Level) -> &'static str {
    match v {
        Level::Federal => "var(--c-mobile)",
        Level::State => "var(--c-receiving)",
        Level::Local => "var(--c-inpatient)",
        Level::Private => "var(--c-resolved)",
    }
}

/// The chart's data: each level's share of the continuum's and of hospital-only care's cost a
/// year (default, low and high).
pub fn who_pays_csv(f: &FundingResults, lang: Lang) -> String {
    let mut rows: Vec<(Vec<String>, Vec<f64>)> = Vec::new();
    for (care, by) in [
        (
            lang.pick("Crisis continuum", "Continuo de crisis"),
            f.by_level(),
        ),
        (
            lang.pick("Hospital only", "Solo atención hospitalaria"),
            f.hospital_only_by_level(),
        ),
    ] {
        for (level, m) in by {
            rows.push((
                vec![care.to_string(), level.label_in(lang).to_string()],
                vec![m.mid, m.low, m.high],
            ));
        }
    }
    crisis_model::export::chart_csv(
        &[
            lang.pick("Care", "Atención"),
            lang.pick("Level", "Nivel"),
            lang.pick(
                "Default (dollars a year)",
                "Predeterminado (dólares al año)",
            ),
            lang.pick(
                "At low costs (dollars a year)",
                "Con costos bajos (dólares al año)",
            ),
            lang.pick(
                "At high costs (dollars a year)",
                "Con costos altos (dólares al año)",
            ),
        ],
        &rows,
    )
}

/// The two bars, stacked by level, and the table of their figures.
#[component]
pub fn WhoPaysBars(f: FundingResults, #[prop(optional)] lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let continuum: Vec<(Level, Money)> = f.by_level();
    let hospital: Vec<(Level, Money)> = f.hospital_only_by_level();
    let total = |v: &[(Level, Money)]| v.iter().map(|(_, m)| m.mid).sum::<f64>();
    let top = nice_ceiling(total(&continuum).max(total(&hospital)).max(1.0));
    // drawn for the width it has (one to one on a phone, so its text keeps its size)
    let (w, h) = (
        super::geometry::fit_width(super::room(), 760.0, 300.0),
        230.0,
    );
    // narrow: each bar's name above it, so the bars keep the width
    let narrow = w < 560.0;
    let (ml, mr) = if narrow { (8.0, 64.0) } else { (210.0, 64.0) };
    let x = Linear::new((0.0, top), (ml, w - mr));
    let bar_h = 46.0;
    let continuum_label = t("Crisis continuum", "Continuo de crisis");
    let hospital_label = t("Hospital only", "Solo atención hospitalaria");
    // few enough that "$10.0 million" labels never touch
    let ticks = nice_ticks(0.0, top, if narrow { 2 } else { 3 });
    let describe = |label: &str, v: &[(Level, Money)]| {
        let parts: Vec<String> = v
            .iter()
            .map(|(l, m)| format!("{} {}", l.label_in(lang), fmt.currency_compact(m.mid)))
            .collect();
        format!("{label}: {}", parts.join(", "))
    };
    let desc = format!(
        "{}. {}.",
        describe(continuum_label, &continuum),
        describe(hospital_label, &hospital)
    );
    let bar = |label: &'static str, y: f64, v: Vec<(Level, Money)>| {
        let mut x0 = 0.0;
        let segments = v
            .into_iter()
            .filter(|(_, m)| m.mid > 0.0)
            .map(|(l, m)| {
                let (sx, sw) = (x.map(x0), x.map(x0 + m.mid) - x.map(x0));
                x0 += m.mid;
                view! {
                    <rect
                        data-level=l.id()
                        x=format!("{sx:.1}")
                        y=y
                        width=format!("{:.1}", sw.max(0.5))
                        height=bar_h
                        fill=level_color(l)
                        fill-opacity="0.85"
                        stroke="var(--paper)"
                    >
                        <title>{format!("{}: {}", l.label_in(lang), fmt.currency_compact(m.mid))}</title>
                    </rect>
                }
            })
            .collect_view();
        let (lx, ly, anchor) = if narrow {
            (ml, y - 6.0, "start")
        } else {
            (ml - 8.0, y + bar_h / 2.0 + 5.0, "end")
        };
        view! {
            <text x=lx y=ly text-anchor=anchor font-size="14" font-weight="600">
                {label}
            </text>
            {segments}
            <text x=x.map(x0) + 6.0 y=y + bar_h / 2.0 + 5.0 font-size="14" font-weight="700">
                {fmt.currency_compact(x0)}
            </text>
        }
    };
    let rows: Vec<(Level, Money, Money)> = continuum
        .iter()
        .zip(&hospital)
        .map(|((l, c), (_, hm))| (*l, *c, *hm))
        .collect();
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=t("Who pays chart", "Gráfico de quién paga")>
            <svg class="chart who-pays-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=desc.clone()>
                <title>{desc.clone()}</title>
                {value_axis(&ticks, x, (20.0, h - 40.0), h - 22.0, 15.0, move |t| fmt.currency_compact(t))}
                {bar(continuum_label, 30.0, continuum.clone())}
                {bar(hospital_label, 110.0, hospital.clone())}
            </svg>
        </div>
        {data_table(
            Name::Label(t("Cost a year by level", "Costo anual por nivel").to_string()),
            view! {
            <table class="data legend-table who-pays-levels">
                <caption class="visually-hidden">
                    {t("Cost a year by level, continuum and hospital only", "Costo anual por nivel, continuo y solo atención hospitalaria")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t("Who pays", "Quién paga")}</th>
                        <th scope="col">{continuum_label}</th>
                        <th scope="col">{hospital_label}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(l, c, hm)| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <svg width="14" height="14" aria-hidden="true">
                                            <rect width="14" height="14" fill=level_color(l)/>
                                        </svg>
                                        " "
                                        {l.label_in(lang)}
                                    </th>
                                    <td data-level-continuum=l.id()>{fmt.currency(c.mid)}</td>
                                    <td data-level-hospital=l.id()>{fmt.currency(hm.mid)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            },
        )}
    }
}
