//! Scenarios side by side: the scenario on screen and the saved scenarios checked in the
//! library, as a table of figures with each difference from the first column (the baseline)
//! highlighted, and two charts (capacity, and annual cost by service). The rows come from
//! `crisis_model::compare`; nothing here computes a figure.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::saved::{clear_comparison_link, comparison_link, use_saved, Pick};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::geometry::{fit_width, nice_ceiling, nice_ticks, tick_count, Linear};
use crate::widgets::charts::{room, value_axis};
use crate::widgets::table::{data_table, Name};
use crisis_model::compare::{compare, CompareRow, Unit, COST_PARTS};
use crisis_model::format::Format;
use crisis_model::{evaluate, Lang, Results, Scenario};
use leptos::prelude::*;

/// One column of the comparison.
#[derive(Clone, PartialEq)]
struct Column {
    source: Pick,
    name: String,
    scenario: Option<Scenario>,
    results: Option<Results>,
}

/// Colours of the columns in the charts (each bar is also labelled with its scenario).
const COLUMN_COLORS: [&str; 5] = [
    "var(--brand)",
    "var(--accent)",
    "var(--c-receiving)",
    "var(--c-residential)",
    "var(--c-ed)",
];

/// Colours of the services in the cost chart, in the order of `COST_PARTS`.
const SERVICE_COLORS: [&str; 5] = [
    "var(--c-receiving)",
    "var(--c-residential)",
    "var(--c-inpatient)",
    "var(--c-mobile)",
    "var(--c-ed)",
];

fn value_text(f: Format, unit: Unit, v: f64) -> String {
    match unit {
        Unit::Count => f.thousands(v),
        Unit::Fte => f.one_decimal(v),
        Unit::Money => f.currency_compact(v),
    }
}

/// "+12 (+25%)", "−3.5", "no change".
fn diff_text(f: Format, row: &CompareRow, col: usize) -> String {
    let d = row.diffs[col];
    if d.abs() < 1e-9 {
        return f.lang().pick("no change", "sin cambio").to_string();
    }
    let sign = if d > 0.0 { "+" } else { "\u{2212}" };
    let body = value_text(f, row.unit, d.abs());
    match row.relative[col] {
        Some(r) if r.is_finite() => {
            format!("{sign}{body} ({sign}{})", f.percent(r.abs()))
        }
        _ => format!("{sign}{body}"),
    }
}

/// The comparison, shown while `Saved::comparing` is set.
#[component]
pub fn Comparison() -> impl IntoView {
    let saved = use_saved();
    let planner = use_planner();
    let lang = use_lang();
    let only_differences = RwSignal::new(false);
    let columns = Memo::new(move |_| {
        let l = lang.get();
        let current = Column {
            source: Pick::Screen,
            name: l.pick("On screen", "En pantalla").to_string(),
            scenario: Some(planner.scenario.get()),
            results: planner.shown.get(),
        };
        let mut chosen: Vec<Column> = saved.library.with(|lib| {
            saved.chosen.with(|ids| {
                ids.iter()
                    .filter_map(|id| lib.get(*id))
                    .map(|e| Column {
                        source: Pick::Saved(e.id),
                        name: e.name.clone(),
                        scenario: e.scenario.as_ref().ok().cloned(),
                        results: e.scenario.as_ref().ok().and_then(|s| evaluate(s).ok()),
                    })
                    .collect()
            })
        });
        saved.linked.with(|linked| {
            chosen.extend(linked.iter().enumerate().map(|(i, (name, s))| Column {
                source: Pick::Linked(i),
                name: name.clone(),
                scenario: Some(s.clone()),
                results: evaluate(s).ok(),
            }))
        });
        chosen.insert(0, current);
        // the baseline first, the others in their order
        let baseline = saved.baseline.get();
        if let Some(i) = chosen.iter().position(|c| c.source == baseline) {
            let first = chosen.remove(i);
            chosen.insert(0, first);
        }
        chosen
    });
    let usable = Memo::new(move |_| {
        columns.with(|cols| {
            cols.iter()
                .filter(|c| c.results.is_some())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let rows = Memo::new(move |_| {
        usable.with(|cols| {
            let results: Vec<&Results> = cols.iter().filter_map(|c| c.results.as_ref()).collect();
            compare(&results)
        })
    });
    let make_baseline = move |source: Pick| saved.baseline.set(source);
    let copied = RwSignal::new(false);
    let copy_link = move |_| {
        let (compared, baseline) = columns.with(|cols| {
            let others: Vec<&Column> = cols.iter().filter(|c| c.source != Pick::Screen).collect();
            let baseline = others.iter().position(|c| c.source == cols[0].source);
            let compared: Vec<(String, Scenario)> = others
                .iter()
                .filter_map(|c| c.scenario.clone().map(|s| (c.name.clone(), s)))
                .collect();
            (compared, baseline)
        });
        if comparison_link(&compared, baseline).is_some_and(|url| crate::browser::copy_text(&url)) {
            copied.set(true);
        }
    };
    // why the linked scenarios could not be kept, said beside the button
    let not_kept = RwSignal::new(None::<String>);
    let page_lang = use_lang();
    let keep_linked = move |_| {
        let l = page_lang.get_untracked();
        let linked = saved.linked.get_untracked();
        let mut lib = saved.library.get_untracked();
        let mut ids = Vec::new();
        let mut kept = Ok(());
        for (name, s) in &linked {
            match lib.save(name, s, js_sys::Date::now()) {
                Ok(id) => ids.push(id),
                Err(e) => kept = Err(e.message(l).to_string()),
            }
        }
        let kept = kept
            .and_then(|()| lib.check_size().map_err(|e| e.message(l).to_string()))
            .and_then(|()| {
                crate::shell::saved::store(&lib).map_err(|e| l.pick(e.0, e.1).to_string())
            });
        match kept {
            Ok(()) => {
                if let Pick::Linked(i) = saved.baseline.get_untracked() {
                    saved
                        .baseline
                        .set(ids.get(i).map_or(Pick::Screen, |id| Pick::Saved(*id)));
                }
                saved.library.set(lib);
                saved.linked.set(Vec::new());
                saved.chosen.update(|c| c.extend(ids));
                not_kept.set(None);
            }
            Err(why) => not_kept.set(Some(format!(
                "{} {why}",
                l.pick("Nothing was saved.", "No se guardó nada.")
            ))),
        }
    };
    let close = move |_| {
        saved.comparing.set(false);
        saved.linked.set(Vec::new());
        saved.baseline.set(Pick::Screen);
        clear_comparison_link();
    };
    view! {
        <section id="comparison" class="comparison" aria-labelledby="comparison-title" tabindex="-1">
            <div class="comparison-head">
                <h2 id="comparison-title">{tr("Scenarios side by side", "Escenarios lado a lado")}</h2>
                <div class="comparison-actions no-print">
                    <button type="button" on:click=copy_link>
                        {tr("Copy link to this comparison", "Copiar el enlace a esta comparación")}
                    </button>
                    <button type="button" class="secondary" on:click=close>
                        {tr("Close the comparison", "Cerrar la comparación")}
                    </button>
                </div>
            </div>
            <p class="hint no-print" role="status">
                {move || {
                    copied
                        .get()
                        .then(|| {
                            tr(
                                "Link copied: it opens this comparison, with every scenario in it, on any computer.",
                                "Enlace copiado: abre esta comparación, con todos sus escenarios, en cualquier computadora.",
                            )()
                        })
                }}
            </p>
            {move || {
                (!saved.linked.with(|l| l.is_empty()))
                    .then(|| {
                        view! {
                            <p class="status no-print">
                                {tr(
                                    "Some scenarios here came with the link and are not saved in this browser. ",
                                    "Algunos escenarios llegaron con el enlace y no están guardados en este navegador. ",
                                )}
                                <button type="button" class="secondary" on:click=keep_linked>
                                    {tr("Keep them in my saved scenarios", "Guardarlos en mis escenarios")}
                                </button>
                                <span class="hint" role="status">{move || not_kept.get()}</span>
                            </p>
                        }
                    })
            }}
            <p class="hint">
                {tr(
                    "Differences are from the first column, the baseline. Costs are default (midpoint) annual costs.",
                    "Las diferencias son respecto a la primera columna, la base. Los costos son anuales, con el valor predeterminado (punto medio).",
                )}
            </p>
            {move || {
                let skipped: Vec<String> = columns
                    .with(|cols| {
                        cols.iter().filter(|c| c.results.is_none()).map(|c| c.name.clone()).collect()
                    });
                (!skipped.is_empty())
                    .then(|| {
                        view! {
                            <p class="status stale" role="status">
                                {tr(
                                    "Left out because their inputs have problems (open them to fix): ",
                                    "Se omiten porque sus datos tienen problemas (ábralos para corregirlos): ",
                                )}
                                {skipped.join(", ")}
                            </p>
                        }
                    })
            }}
            <label class="check no-print">
                <input
                    type="checkbox"
                    prop:checked=move || only_differences.get()
                    on:change=move |ev| only_differences.set(event_target_checked(&ev))
                />
                " "
                {tr("Show only the figures that differ", "Mostrar solo las cifras que cambian")}
            </label>
            {data_table(Name::Heading("comparison-title"), view! {
                <table class="data compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr("Figure", "Cifra")}</th>
                            {move || {
                                usable
                                    .get()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, c)| {
                                        let id = c.source;
                                        view! {
                                            <th scope="col" class="compare-col" data-col=i>
                                                <span class=format!("swatch swatch-{}", i % COLUMN_COLORS.len()) aria-hidden="true"></span>
                                                <span class="col-name">{c.name}</span>
                                                {(i == 0)
                                                    .then(|| view! { <span class="baseline-tag">{tr("baseline", "base")}</span> })}
                                                {(i > 0)
                                                    .then(|| {
                                                        view! {
                                                            <button
                                                                type="button"
                                                                class="link-button no-print"
                                                                on:click=move |_| make_baseline(id)
                                                            >
                                                                {tr("make baseline", "usar como base")}
                                                            </button>
                                                        }
                                                    })}
                                            </th>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let f = Format::new(lang.get());
                            let only = only_differences.get();
                            rows.get()
                                .into_iter()
                                .filter(|row| !only || row.differs())
                                .map(|row| {
                                    let cells: Vec<_> = (0..row.values.len())
                                        .map(|c| {
                                            let d = row.diffs[c];
                                            let class = if c == 0 || d.abs() < 1e-9 {
                                                "diff same"
                                            } else if d > 0.0 {
                                                "diff up"
                                            } else {
                                                "diff down"
                                            };
                                            view! {
                                                <td>
                                                    <span class="value">{value_text(f, row.unit, row.values[c])}</span>
                                                    {(c > 0)
                                                        .then(|| view! { <span class=class>{diff_text(f, &row, c)}</span> })}
                                                </td>
                                            }
                                        })
                                        .collect();
                                    view! {
                                        <tr class:differs=row.differs() data-row=row.key>
                                            <th scope="row">{row.label(f.lang())}</th>
                                            {cells}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            })}
            <div class="compare-charts">
                {move || {
                    let cols = usable.get();
                    let rows = rows.get();
                    let l = lang.get();
                    let names: Vec<String> = cols.iter().map(|c| c.name.clone()).collect();
                    let (capacity, cost) = (
                        (names.clone(), rows.clone()),
                        (names.clone(), rows.clone()),
                    );
                    let (first, second) = ((names.clone(), rows.clone()), (names, rows));
                    view! {
                        <ChartDownloads
                            title=(
                                "Beds, chairs, teams and counselors on duty, by scenario",
                                "Camas, sillones, equipos y consejeros de turno, por escenario",
                            )
                            units=("Beds, chairs, teams and counselors", "Camas, sillones, equipos y consejeros")
                            file="compare-capacity"
                            csv=Callback::new(move |l| compare_csv(&capacity.0, &capacity.1, &CAPACITY_KEYS, l))
                        >
                            <CapacityChart names=first.0 rows=first.1 lang=l/>
                        </ChartDownloads>
                        <ChartDownloads
                            title=("Annual cost by service, by scenario", "Costo anual por servicio, por escenario")
                            units=("Dollars a year", "Dólares al año")
                            file="compare-cost"
                            csv=Callback::new(move |l| compare_csv(&cost.0, &cost.1, &COST_PARTS, l))
                        >
                            <CostMixChart names=second.0 rows=second.1 lang=l/>
                        </ChartDownloads>
                    }
                }}
            </div>
        </section>
    }
}

/// The comparison's rows the capacity chart draws.
const CAPACITY_KEYS: [&str; 5] = [
    "residential_beds",
    "receiving_chairs",
    "inpatient_beds",
    "mobile_teams",
    "crisis_line_on_duty",
];

/// A comparison chart's data: each of its rows with one column a scenario.
fn compare_csv(names: &[String], rows: &[CompareRow], keys: &[&str], lang: Lang) -> String {
    let mut columns = vec![lang.pick("Figure", "Cifra")];
    columns.extend(names.iter().map(String::as_str));
    let data: Vec<(Vec<String>, Vec<f64>)> = keys
        .iter()
        .filter_map(|k| rows.iter().find(|r| r.key == *k))
        .map(|r| (vec![r.label(lang).to_string()], r.values.clone()))
        .collect();
    crisis_model::export::chart_csv(&columns, &data)
}

/// Grouped bars: beds, chairs, teams and counselors on duty, one bar per scenario.
#[component]
fn CapacityChart(names: Vec<String>, rows: Vec<CompareRow>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let groups: Vec<&CompareRow> = CAPACITY_KEYS
        .iter()
        .filter_map(|k| rows.iter().find(|r| r.key == *k))
        .collect();
    let n = names.len().max(1);
    let bar_h = 18.0;
    // drawn for the width it has: on a phone each scenario's name goes above its bar
    let w = fit_width(room(), 760.0, 300.0);
    let narrow = w < 600.0;
    let (ml, name_h) = if narrow { (10.0, 16.0) } else { (230.0, 0.0) };
    let step = bar_h + 4.0 + name_h;
    let group_h = n as f64 * step + 22.0;
    let (mr, top) = (70.0, 10.0);
    let h = top + groups.len() as f64 * group_h + 40.0;
    let max = groups
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .fold(1.0_f64, f64::max);
    let x = Linear::new((0.0, nice_ceiling(max)), (ml, w - mr));
    let ticks = nice_ticks(0.0, nice_ceiling(max), tick_count(w - ml - mr, 80.0, 5));
    let title = lang.pick(
        "Beds, chairs, teams and counselors on duty, by scenario",
        "Camas, sillones, equipos y consejeros de turno, por escenario",
    );
    let bars = groups
        .iter()
        .enumerate()
        .flat_map(|(g, row)| {
            let y0 = top + g as f64 * group_h;
            let label = row.label(lang);
            let names = &names;
            let head = view! {
                <text x="10" y=y0 + 14.0 font-size="15" font-weight="700">{label}</text>
            }
            .into_any();
            std::iter::once(head).chain(row.values.iter().enumerate().map(move |(i, v)| {
                let y = y0 + 20.0 + name_h + i as f64 * step;
                let width = (x.map(*v) - x.map(0.0)).max(0.5);
                let name = names.get(i).cloned().unwrap_or_default();
                view! {
                    <g class="compare-bar">
                        <text
                            x={if narrow { ml } else { ml - 8.0 }}
                            y={if narrow { y - 4.0 } else { y + 13.0 }}
                            text-anchor={if narrow { "start" } else { "end" }}
                            font-size="13"
                        >
                            {short(&name)}
                        </text>
                        <rect
                            x=x.map(0.0)
                            y=y
                            width=format!("{width:.1}")
                            height=bar_h
                            fill=COLUMN_COLORS[i % COLUMN_COLORS.len()]
                        >
                            <title>{format!("{name}: {label} {}", f.thousands(*v))}</title>
                        </rect>
                        <text x=x.map(0.0) + width + 6.0 y=y + 13.0 font-size="13">{f.thousands(*v)}</text>
                    </g>
                }
                .into_any()
            }))
        })
        .collect_view();
    view! {
        <figure class="chart-figure">
            <figcaption>{title}</figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label=title>
                <svg class="chart compare-chart" viewBox=format!("0 0 {w} {h:.0}") role="img" aria-label=title>
                    {value_axis(&ticks, x, (top, h - 30.0), h - 12.0, 13.0, move |t| f.thousands(t))}
                    {bars}
                </svg>
            </div>
        </figure>
    }
}

/// A scenario name short enough for a chart's margin (the table shows it whole).
fn short(name: &str) -> String {
    if name.chars().count() <= 26 {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(25).collect::<String>())
    }
}

/// One stacked bar per scenario: its annual cost by service.
#[component]
fn CostMixChart(names: Vec<String>, rows: Vec<CompareRow>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let parts: Vec<&CompareRow> = COST_PARTS
        .iter()
        .filter_map(|k| rows.iter().find(|r| r.key == *k))
        .collect();
    let totals: Vec<f64> = (0..names.len())
        .map(|i| {
            parts
                .iter()
                .map(|p| p.values.get(i).copied().unwrap_or(0.0))
                .sum()
        })
        .collect();
    let max = totals.iter().copied().fold(1.0_f64, f64::max);
    // drawn for the width it has: on a phone the names above the bars, the legend in one column
    let w = fit_width(room(), 760.0, 300.0);
    let narrow = w < 600.0;
    let (ml, mr) = if narrow { (10.0, 80.0) } else { (200.0, 120.0) };
    let (top, bar_h) = (10.0, 30.0);
    let (name_h, per_line) = if narrow { (18.0, 1) } else { (0.0, 3) };
    let step = bar_h + 14.0 + name_h;
    let legend_lines = COST_PARTS.len().div_ceil(per_line) as f64;
    let h = top + names.len() as f64 * step + 56.0 + legend_lines * 20.0;
    let x = Linear::new((0.0, nice_ceiling(max)), (ml, w - mr));
    let ticks = nice_ticks(0.0, nice_ceiling(max), tick_count(w - ml - mr, 90.0, 4));
    let title = lang.pick(
        "Annual cost by service, by scenario",
        "Costo anual por servicio, por escenario",
    );
    let bars = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let y = top + name_h + i as f64 * step;
            let mut x0 = 0.0;
            let segments = parts
                .iter()
                .enumerate()
                .filter_map(|(p, row)| {
                    let v = row.values.get(i).copied().unwrap_or(0.0);
                    (v > 0.0).then(|| {
                        let sx = x.map(x0);
                        let sw = (x.map(x0 + v) - sx).max(0.5);
                        x0 += v;
                        view! {
                            <rect x=format!("{sx:.1}") y=y width=format!("{sw:.1}") height=bar_h fill=SERVICE_COLORS[p] stroke="var(--paper)">
                                <title>{format!("{name}: {} {}", row.label(lang), f.currency_compact(v))}</title>
                            </rect>
                        }
                    })
                })
                .collect_view();
            view! {
                <g class="compare-bar">
                    <text
                        x={if narrow { ml } else { ml - 8.0 }}
                        y={if narrow { y - 5.0 } else { y + 20.0 }}
                        text-anchor={if narrow { "start" } else { "end" }}
                        font-size="14"
                        font-weight="600"
                    >
                        {short(name)}
                    </text>
                    {segments}
                    <text x=x.map(totals[i]) + 6.0 y=y + 20.0 font-size="13">{f.currency_compact(totals[i])}</text>
                </g>
            }
        })
        .collect_view();
    let legend_y = h - 4.0 - legend_lines * 20.0;
    let legend = parts
        .iter()
        .enumerate()
        .map(|(p, row)| {
            let lx = 10.0 + (p % per_line) as f64 * 250.0;
            let legend_y = legend_y + (p / per_line) as f64 * 20.0;
            view! {
                <rect x=lx y=legend_y width="12" height="12" fill=SERVICE_COLORS[p]/>
                <text x=lx + 16.0 y=legend_y + 11.0 font-size="13">{row.label(lang)}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart-figure">
            <figcaption>{title}</figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label=title>
                <svg class="chart compare-chart" viewBox=format!("0 0 {w} {h:.0}") role="img" aria-label=title>
                    {value_axis(&ticks, x, (top, legend_y - 30.0), legend_y - 12.0, 13.0, move |t| f.currency_compact(t))}
                    {bars}
                    {legend}
                </svg>
            </div>
        </figure>
    }
}
