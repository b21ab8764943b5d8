//! Charts drawn as plain SVG in `view!`: the crisis flow (a Sankey diagram), beds against full
//! days and utilization, and annual cost against hospital only.
//!
//! The maths (scales, ticks, the flow layout) is in `geometry.rs`, pure and tested natively.
//! Every value drawn comes from the model's results (or a model function such as
//! `crisis_model::chart_data::curve`); every series is labelled in text as well as colour.

pub mod benchmarks;
pub mod census;
pub mod download;
pub mod geometry;
pub mod who_pays;

use crate::shell::i18n::{tr, use_lang};
use crate::widgets::table::{data_table, Name};
use crisis_model::format::Format;
use crisis_model::presets::program_name_in;
use crisis_model::{Lang, Money, Results, StreamResults};
use geometry::{
    column_positions, fit_width, flow_layout, nice_ceiling, nice_ticks, tick_count, FlowLink,
    FlowNode, Linear,
};
use leptos::prelude::*;

// --- the flow diagram ------------------------------------------------------------------------

/// The kind of a node, which decides its colour.
fn node_color(key: &str) -> &'static str {
    match key {
        "entry" => "var(--brand)",
        "mobile" => "var(--c-mobile)",
        "receiving" => "var(--c-receiving)",
        "ed" => "var(--c-ed)",
        "inpatient" => "var(--c-inpatient)",
        "resolved" => "var(--c-resolved)",
        _ => "var(--c-residential)",
    }
}

/// The nodes and links of one stream's flow, leaving out services nobody reaches.
pub fn flow_graph(s: &StreamResults) -> (Vec<FlowNode>, Vec<FlowLink>) {
    flow_graph_in(s, Lang::En)
}

/// [`flow_graph`] with the nodes named in a language.
pub fn flow_graph_in(s: &StreamResults, lang: Lang) -> (Vec<FlowNode>, Vec<FlowLink>) {
    let f = &s.flow;
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut nodes: Vec<FlowNode> = Vec::new();
    let mut add = |key: &str, label: &str, column: usize, value: f64| -> Option<usize> {
        if value > 1e-9 {
            nodes.push(FlowNode {
                key: key.to_string(),
                label: label.to_string(),
                column,
                value,
            });
            Some(nodes.len() - 1)
        } else {
            None
        }
    };
    let entry = add(
        "entry",
        t("Crisis episodes", "Episodios de crisis"),
        0,
        f.entry.per_month,
    );
    let mobile = add(
        "mobile",
        t("Mobile crisis team", "Equipo móvil de crisis"),
        1,
        f.mobile.per_month,
    );
    let receiving = add(
        "receiving",
        t("Receiving facility", "Centro de recepción de crisis"),
        2,
        f.receiving.per_month,
    );
    let ed = add(
        "ed",
        t("Emergency department", "Sala de emergencias"),
        2,
        f.ed.per_month,
    );
    let residential_total = f.residential.per_month;
    let programs: Vec<(Option<usize>, f64)> = s
        .programs
        .iter()
        .zip(f.program_admissions_per_month.iter())
        .enumerate()
        .map(|(i, (p, &adm))| {
            let key = format!("residential-{i}");
            let share = if residential_total > 0.0 {
                adm / residential_total
            } else {
                0.0
            };
            (add(&key, &program_name_in(&p.name, lang), 3, adm), share)
        })
        .collect();
    let inpatient = add(
        "inpatient",
        t("Psychiatric inpatient", "Hospitalización psiquiátrica"),
        4,
        f.inpatient.per_month,
    );
    let resolved = add(
        "resolved",
        t("Resolved in the community", "Resueltos en la comunidad"),
        4,
        f.outcomes.resolved_per_month,
    );
    let mut links = Vec::new();
    let mut link = |from: Option<usize>, to: Option<usize>, value: f64| {
        if let (Some(from), Some(to)) = (from, to) {
            if value > 1e-9 {
                links.push(FlowLink { from, to, value });
            }
        }
    };
    let sources = [
        (entry, &f.entry),
        (mobile, &f.mobile),
        (receiving, &f.receiving),
        (ed, &f.ed),
    ];
    for (from, sf) in sources {
        link(from, mobile, sf.to_mobile);
        link(from, receiving, sf.to_receiving);
        link(from, ed, sf.to_ed);
        for &(p, share) in &programs {
            link(from, p, sf.to_residential * share);
        }
        link(from, inpatient, sf.to_inpatient);
        link(from, resolved, sf.resolved_per_month);
    }
    for &(p, share) in &programs {
        link(p, inpatient, f.residential.to_inpatient * share);
    }
    // close the gaps between used columns
    let mut used: Vec<usize> = nodes.iter().map(|n| n.column).collect();
    used.sort_unstable();
    used.dedup();
    for n in &mut nodes {
        n.column = used.iter().position(|&c| c == n.column).unwrap_or(0);
    }
    (nodes, links)
}

#[component]
pub fn FlowChart(
    results: Memo<Option<Results>>,
    /// Show the youth stream (when it is on) instead of the adults.
    youth: RwSignal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let youth_on =
        Memo::new(move |_| results.with(|r| r.as_ref().is_some_and(|r| r.youth.is_some())));
    let showing_youth = Memo::new(move |_| youth.get() && youth_on.get());
    let stream = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref().map(|r| match (&r.youth, showing_youth.get()) {
                (Some(y), true) => y.clone(),
                _ => r.adult.clone(),
            })
        })
    });
    let who = move || {
        if showing_youth.get() {
            "youth"
        } else if youth_on.get() {
            "adult"
        } else {
            ""
        }
    };
    view! {
        <Show when=move || youth_on.get()>
            <div class="field-row no-print" role="group" aria-label=tr("Which stream to show", "Qué población mostrar")>
                <button
                    type="button"
                    class=move || if showing_youth.get() { "secondary" } else { "" }
                    aria-pressed=move || (!showing_youth.get()).to_string()
                    on:click=move |_| youth.set(false)
                >
                    {tr("Adults", "Adultos")}
                </button>
                <button
                    type="button"
                    class=move || if showing_youth.get() { "" } else { "secondary" }
                    aria-pressed=move || showing_youth.get().to_string()
                    on:click=move |_| youth.set(true)
                >
                    {tr("Youth", "Jóvenes")}
                </button>
            </div>
        </Show>
        <download::ChartDownloads
            title=("Where crisis episodes go", "Adónde van los episodios de crisis")
            units=("Crisis episodes a month", "Episodios de crisis al mes")
            file="crisis-flow"
            csv=Callback::new(move |l| stream.with_untracked(|s| s.as_ref().map(|s| flow_csv(s, l)).unwrap_or_default()))
        >
            {move || {
                let l = lang.get();
                stream.get().map(|s| view! { <FlowDiagram s=s who=who() lang=l/> })
            }}
        </download::ChartDownloads>
        <p class="chart-caption">
            {tr(
                "Each band is episodes a month moving between services; its width is the number of episodes. Episodes that are not passed on end where they are.",
                "Cada banda representa los episodios por mes que pasan de un servicio a otro; su ancho es el número de episodios. Los episodios que no pasan adelante terminan donde están.",
            )}
        </p>
        <details class="flow-table">
            <summary>{tr("The flow as a table", "El flujo como tabla")}</summary>
            {move || {
                let l = lang.get();
                stream.get().map(|s| view! { <FlowTable s=s lang=l/> })
            }}
        </details>
    }
}

#[component]
pub fn FlowDiagram(
    s: StreamResults,
    /// Whose episodes: "adult", "youth" or "" (one stream only).
    who: &'static str,
    #[prop(optional)] lang: Lang,
) -> impl IntoView {
    let fmt = Format::new(lang);
    let (nodes, links) = flow_graph_in(&s, lang);
    let (h, node_w, font) = (440.0, 18.0, 15.0);
    let labels: Vec<String> = nodes.iter().map(|n| flow_label(n, lang)).collect();
    let columns = nodes.iter().map(|n| n.column).max().map_or(0, |c| c + 1);
    let mut widths = vec![0.0f64; columns];
    for (n, l) in nodes.iter().zip(&labels) {
        // a bold label is about 0.62 em a character wide
        widths[n.column] = widths[n.column].max(l.chars().count() as f64 * font * 0.62 + 8.0);
    }
    // on a phone the flow runs down the screen: the layout's columns are drawn as rows, each with
    // its nodes' labels on lines under it (`flow_ranks`), so it is as wide as the screen
    let room_w = room();
    let narrow = room_w < 560.0;
    let ranks = flow_ranks(&nodes, columns);
    let (xs, across, w, h) = if narrow {
        let lines: Vec<f64> = (0..columns)
            .map(|c| nodes.iter().filter(|n| n.column == c).count() as f64 * 18.0 + 10.0)
            .collect();
        let xs = column_positions(&lines, node_w, 30.0);
        let w = fit_width(room_w, 760.0, 300.0);
        let h = xs.last().copied().unwrap_or(0.0) + node_w + lines.last().copied().unwrap_or(0.0);
        (xs, w - 8.0, w, h)
    } else {
        let xs = column_positions(&widths, node_w, 36.0);
        let w = xs.last().copied().unwrap_or(0.0)
            + node_w
            + widths.last().copied().unwrap_or(0.0)
            + 8.0;
        (xs, h, w, h)
    };
    let lay = flow_layout(&nodes, &links, &xs, across, node_w, 14.0);
    let total = s.flow.entry.per_month;
    let (all, resolved, residential, inpatient) = (
        fmt.thousands(total.round()),
        fmt.thousands(s.flow.outcomes.resolved_per_month.round()),
        fmt.thousands(s.flow.outcomes.residential_per_month.round()),
        fmt.thousands(s.flow.outcomes.inpatient_per_month.round()),
    );
    let desc = match lang {
        Lang::En => format!(
            "Flow of {all} {who} crisis episodes a month: {resolved} resolved in the community, {residential} end in residential crisis care, {inpatient} in psychiatric inpatient care."
        ),
        Lang::Es => {
            let whose = match who {
                "adult" => " de adultos",
                "youth" => " de jóvenes",
                _ => "",
            };
            format!(
                "Flujo de {all} episodios de crisis{whose} al mes: {resolved} se resuelven en la comunidad, {residential} terminan en atención residencial de crisis y {inpatient} en hospitalización psiquiátrica."
            )
        }
    };
    let desc_label = desc.clone();
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=lang.pick("Flow diagram", "Diagrama de flujo")><svg
            class="chart flow-chart"
            viewBox=format!("0 0 {w} {}", h + 10.0)
            role="img"
            aria-label=desc_label
        >
            <title>{desc}</title>
            <g transform="translate(4,5)">
                {lay
                    .ribbons
                    .iter()
                    .map(|rb| {
                        let color = node_color(&nodes[rb.from].key);
                        let (from, to, amount) = (
                            &nodes[rb.from].label,
                            &nodes[rb.to].label,
                            fmt.one_decimal(links_value(&links, rb.from, rb.to)),
                        );
                        let tip = match lang {
                            Lang::En => format!("{from} to {to}: {amount} a month"),
                            Lang::Es => format!("{from} a {to}: {amount} al mes"),
                        };
                        view! {
                            <path
                                class="flow-link"
                                d=if narrow { rb.path_down() } else { rb.path() }
                                fill="none"
                                stroke=color
                                stroke-opacity="0.35"
                                stroke-width=format!("{:.2}", rb.width.max(0.5))
                            >
                                <title>{tip}</title>
                            </path>
                        }
                    })
                    .collect_view()}
                {lay
                    .nodes
                    .iter()
                    .zip(nodes.iter())
                    .enumerate()
                    .map(|(i, (b, n))| {
                        let text = labels[i].clone();
                        // across: beside the node; down (narrow): on its line under the row,
                        // from the node's left edge as far as the text fits
                        let (tx, ty) = if narrow {
                            let long = text.chars().count() as f64 * font * 0.62;
                            (
                                b.y.min(w - 8.0 - long).max(0.0),
                                b.x + b.w + 16.0 + ranks[i] as f64 * 18.0,
                            )
                        } else {
                            (b.x + b.w + 5.0, b.y + b.h / 2.0 + 5.0)
                        };
                        let (rx, ry, rw, rh) = if narrow {
                            (b.y, b.x, b.h.max(1.0), b.w)
                        } else {
                            (b.x, b.y, b.w, b.h.max(1.0))
                        };
                        let amount = match lang {
                            Lang::En => format!("{} a month", fmt.thousands(n.value.round())),
                            Lang::Es => format!("{} al mes", fmt.thousands(n.value.round())),
                        };
                        view! {
                            <g class="flow-node">
                                <rect
                                    x=format!("{rx:.1}")
                                    y=format!("{ry:.1}")
                                    width=format!("{rw:.1}")
                                    height=format!("{rh:.1}")
                                    fill=node_color(&n.key)
                                >
                                    <title>{format!("{}: {amount}", n.label)}</title>
                                </rect>
                                <text class="halo" x=format!("{tx:.1}") y=format!("{ty:.1}") font-size=font font-weight="600">
                                    {text}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </g>
        </svg></div>

    }
}

/// The flow as a table: every service's episodes a month and a year, and where they go.
#[component]
fn FlowTable(s: StreamResults, lang: Lang) -> impl IntoView {
    let f = &s.flow;
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let rows = [
        (
            t("Crisis episodes (entry)", "Episodios de crisis (entrada)"),
            f.entry,
        ),
        (t("Mobile crisis team", "Equipo móvil de crisis"), f.mobile),
        (
            t("Receiving facility", "Centro de recepción de crisis"),
            f.receiving,
        ),
        (t("Emergency department", "Sala de emergencias"), f.ed),
        (
            t("Residential crisis care", "Atención residencial de crisis"),
            f.residential,
        ),
        (
            t("Psychiatric inpatient", "Hospitalización psiquiátrica"),
            f.inpatient,
        ),
    ];
    let cell = |v: f64| fmt.thousands(v.round());
    view! {
            {data_table(Name::Label(t("Crisis episodes by service", "Episodios de crisis por servicio").to_string()), view! {
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{t("Service", "Servicio")}</th>
                            <th scope="col">{t("Episodes a month", "Episodios al mes")}</th>
                            <th scope="col">{t("A year", "Al año")}</th>
                            <th scope="col">{t("Resolved there", "Resueltos allí")}</th>
                            <th scope="col">{t("To residential", "A atención residencial")}</th>
                            <th scope="col">{t("To inpatient", "A hospitalización")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .filter(|(_, sf)| sf.per_month > 0.0)
                            .map(|(name, sf)| {
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        <td>{cell(sf.per_month)}</td>
                                        <td>{cell(sf.per_year)}</td>
                                        <td>{cell(sf.resolved_per_month)}</td>
                                        <td>{cell(sf.to_residential)}</td>
                                        <td>{cell(sf.to_inpatient)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <td>{t("Where episodes end, a month", "Dónde terminan los episodios, al mes")}</td>
                            <td colspan="5">
                                {match lang {
                                    Lang::En => format!(
                                        "{} resolved in the community, {} in residential crisis care, {} in psychiatric inpatient care",
                                        cell(f.outcomes.resolved_per_month),
                                        cell(f.outcomes.residential_per_month),
                                        cell(f.outcomes.inpatient_per_month),
                                    ),
                                    Lang::Es => format!(
                                        "{} resueltos en la comunidad, {} en atención residencial de crisis, {} en hospitalización psiquiátrica",
                                        cell(f.outcomes.resolved_per_month),
                                        cell(f.outcomes.residential_per_month),
                                        cell(f.outcomes.inpatient_per_month),
                                    ),
                                }}
                            </td>
                        </tr>
                    </tfoot>
                </table>
            })}
    }
}

/// The short label of a node in the diagram (the full name is in its tooltip and the table).
fn flow_label(n: &FlowNode, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es).to_string();
    let short = match n.key.as_str() {
        "entry" => t("Crisis episodes", "Episodios de crisis"),
        "mobile" => t("Mobile team", "Equipo móvil"),
        "receiving" => t("Receiving", "Recepción"),
        "ed" => t("Emergency dept.", "Sala de emergencias"),
        "inpatient" => t("Inpatient", "Hospitalización"),
        "resolved" => t("Resolved", "Resueltos"),
        _ => truncate(&n.label, 18),
    };
    format!("{short} · {}", Format::new(lang).thousands(n.value.round()))
}

/// Each node's line under its row when the flow runs down a phone's screen: its rank among the
/// nodes of its column, in the layout's order.
fn flow_ranks(nodes: &[FlowNode], columns: usize) -> Vec<usize> {
    let mut next = vec![0usize; columns];
    nodes
        .iter()
        .map(|n| {
            let r = next[n.column];
            next[n.column] += 1;
            r
        })
        .collect()
}

fn links_value(links: &[FlowLink], from: usize, to: usize) -> f64 {
    links
        .iter()
        .filter(|l| l.from == from && l.to == to)
        .map(|l| l.value)
        .sum()
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

// --- beds against full days and utilization --------------------------------------------------

/// (label, load, chosen beds) of every residential program, adults first, named in a language.
pub fn residential_options(r: &Results, lang: Lang) -> Vec<(String, f64, u64)> {
    let mut out = Vec::new();
    let youth = r.youth.is_some();
    let streams = [
        (lang.pick("Adults", "Adultos"), Some(&r.adult)),
        (lang.pick("Youth", "Jóvenes"), r.youth.as_ref()),
    ];
    for (who, s) in streams {
        let Some(s) = s else { continue };
        for p in &s.programs {
            let name = program_name_in(&p.name, lang);
            let name = if youth {
                format!("{who}: {name}")
            } else {
                name
            };
            out.push((name, p.facility.load, p.facility.beds));
        }
        if s.programs.len() > 1 {
            let name = match (youth, lang) {
                (true, Lang::En) => format!("{who}: all programs in one pool"),
                (true, Lang::Es) => format!("{who}: todos los programas en un solo conjunto"),
                (false, _) => lang
                    .pick(
                        "All programs in one pool",
                        "Todos los programas en un solo conjunto",
                    )
                    .to_string(),
            };
            out.push((name, s.residential.pooled.load, s.residential.pooled.beds));
        }
    }
    out
}

#[component]
pub fn BedCurveChart(
    results: Memo<Option<Results>>,
    /// Which program's curve is shown (an index into the options).
    chosen: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let options = Memo::new(move |_| {
        let l = lang.get();
        results.with(|r| {
            r.as_ref()
                .map(|r| residential_options(r, l))
                .unwrap_or_default()
        })
    });
    let target = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref().and_then(|r| match r.sizing.rule {
                crisis_model::SizingRule::DaysFull => Some(r.sizing.target),
                crisis_model::SizingRule::Occupancy => None,
            })
        })
    });
    let current =
        Memo::new(move |_| options.with(|o| o.get(chosen.get()).or_else(|| o.first()).cloned()));
    view! {
        <Show
            when=move || options.with(|o| !o.is_empty())
            fallback=|| {
                view! {
                    <p>
                        {tr(
                            "This scenario has no residential crisis programs, so there are no beds to chart.",
                            "Este escenario no tiene programas residenciales de crisis, así que no hay camas que graficar.",
                        )}
                    </p>
                }
            }
        >
            <div class="field no-print">
                <label for="curve-program">{tr("Program", "Programa")}</label>
                " "
                <select
                    id="curve-program"
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            chosen.set(i);
                        }
                    }
                >
                    {move || {
                        options
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, (name, _, _))| {
                                view! {
                                    <option value=i.to_string() selected=move || chosen.get() == i>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <download::ChartDownloads
                title=("Beds, full days and utilization", "Camas, días a plena capacidad y utilización")
                units=(
                    "Share of days every bed is full, and share of beds in use, by number of beds",
                    "Proporción de días con todas las camas llenas y proporción de camas en uso, según el número de camas",
                )
                file="beds-curve"
                csv=Callback::new(move |l| {
                    current.with_untracked(|c| c.as_ref().map(|(name, load, beds)| curve_csv(name, *load, *beds, l)).unwrap_or_default())
                })
            >
                {move || {
                    current
                        .get()
                        .map(|(name, load, beds)| {
                            view! { <BedCurve name=name load=load beds=beds target=target.get() lang=lang.get()/> }
                        })
                }}
            </download::ChartDownloads>
        </Show>
    }
}

#[component]
pub fn BedCurve(
    name: String,
    load: f64,
    beds: u64,
    target: Option<f64>,
    #[prop(optional)] lang: Lang,
) -> impl IntoView {
    let fmt = Format::new(lang);
    let curve = crisis_model::chart_data::curve(load, beds);
    let (w, h) = (fit_width(room(), 760.0, 300.0), 340.0);
    let (ml, mr, mt, mb) = (56.0, 20.0, 16.0, 48.0);
    let lo = curve.first().map_or(0, |p| p.beds) as f64;
    let hi = curve.last().map_or(1, |p| p.beds) as f64;
    let x = Linear::new((lo, hi), (ml, w - mr));
    let y = Linear::new((0.0, 1.0), (h - mb, mt));
    let line = |f: &dyn Fn(&crisis_model::chart_data::CurvePoint) -> f64| -> String {
        curve
            .iter()
            .enumerate()
            .map(|(i, p)| {
                format!(
                    "{}{:.1},{:.1}",
                    if i == 0 { "M" } else { "L" },
                    x.map(p.beds as f64),
                    y.map(f(p))
                )
            })
            .collect::<String>()
    };
    let full_path = line(&|p| p.days_full);
    let util_path = line(&|p| p.utilization);
    let at = |c: u64| curve.iter().find(|p| p.beds == c).copied();
    let here = at(beds);
    let fewer = beds.checked_sub(5).and_then(at);
    let x_ticks = nice_ticks(lo, hi, tick_count(w - ml - mr, 80.0, 8));
    let y_ticks = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0];
    let mx = x.map(beds as f64);
    let summary = match (here, fewer, lang) {
        (Some(p), Some(f), Lang::En) => format!(
            "{name}: {} beds are full on {} of days and {} used on average. With 5 fewer beds ({}), they would be full on {} of days and {} used.",
            fmt.thousands(beds as f64),
            fmt.percent(p.days_full),
            fmt.percent(p.utilization),
            fmt.thousands(f.beds as f64),
            fmt.percent(f.days_full),
            fmt.percent(f.utilization),
        ),
        (Some(p), Some(f), Lang::Es) => format!(
            "{name}: {} camas están llenas el {} de los días y se usan al {} en promedio. Con 5 camas menos ({}), estarían llenas el {} de los días y se usarían al {}.",
            fmt.thousands(beds as f64),
            fmt.percent(p.days_full),
            fmt.percent(p.utilization),
            fmt.thousands(f.beds as f64),
            fmt.percent(f.days_full),
            fmt.percent(f.utilization),
        ),
        (Some(p), None, Lang::En) => format!(
            "{name}: {} beds are full on {} of days and {} used on average.",
            fmt.thousands(beds as f64),
            fmt.percent(p.days_full),
            fmt.percent(p.utilization),
        ),
        (Some(p), None, Lang::Es) => format!(
            "{name}: {} camas están llenas el {} de los días y se usan al {} en promedio.",
            fmt.thousands(beds as f64),
            fmt.percent(p.days_full),
            fmt.percent(p.utilization),
        ),
        _ => name.clone(),
    };
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=lang.pick("Beds chart", "Gráfico de camas")><svg class="chart curve-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=summary.clone()>
            <title>{summary.clone()}</title>
            <g class="grid">
                {y_ticks
                    .iter()
                    .map(|&t| view! { <line x1=ml x2=w - mr y1=y.map(t) y2=y.map(t)/> })
                    .collect_view()}
            </g>
            <g class="axis">
                <line x1=ml x2=w - mr y1=h - mb y2=h - mb/>
                {x_ticks
                    .iter()
                    .map(|&t| {
                        view! {
                            <text x=x.map(t) y=h - mb + 18.0 text-anchor="middle" font-size="15">
                                {fmt.thousands(t)}
                            </text>
                        }
                    })
                    .collect_view()}
                <text x=(ml + w - mr) / 2.0 y=h - 8.0 text-anchor="middle" font-size="15">{lang.pick("Beds", "Camas")}</text>
                {y_tick_labels(&y_ticks, y, ml - 6.0, 4.0, move |t| fmt.percent(t))}
            </g>
            {target
                .map(|t| {
                    view! {
                        <line
                            class="target-line"
                            x1=ml
                            x2=w - mr
                            y1=y.map(t)
                            y2=y.map(t)
                            stroke="var(--ink-soft)"
                            stroke-dasharray="2 4"
                        />
                        <text x=w - mr - 4.0 y=y.map(t) - 5.0 text-anchor="end" font-size="14" class="muted">
                            {match lang {
                                Lang::En => format!("target: full on {} of days", fmt.percent(t)),
                                Lang::Es => format!("objetivo: lleno el {} de los días", fmt.percent(t)),
                            }}
                        </text>
                    }
                })}
            <path class="series-full" d=full_path fill="none" stroke="var(--c-inpatient)" stroke-width="3"/>
            <path
                class="series-util"
                d=util_path
                fill="none"
                stroke="var(--c-mobile)"
                stroke-width="3"
                stroke-dasharray="8 5"
            />
            <line class="chosen" x1=mx x2=mx y1=mt y2=h - mb stroke="var(--ink)" stroke-width="2"/>
            // right of the line, or left of it near the right edge
            <text
                x={if mx > w * 0.7 { mx - 6.0 } else { mx + 6.0 }}
                y=mt + 14.0
                text-anchor={if mx > w * 0.7 { "end" } else { "start" }}
                font-size="14"
                font-weight="700"
            >
                {format!("{} {}", fmt.thousands(beds as f64), lang.pick("beds", "camas"))}
            </text>
            {here
                .map(|p| {
                    view! {
                        <circle cx=mx cy=y.map(p.days_full) r="5" fill="var(--c-inpatient)"/>
                        <rect x=mx - 5.0 y=y.map(p.utilization) - 5.0 width="10" height="10" fill="var(--c-mobile)"/>
                    }
                })}
        </svg></div>
        <ul class="legend">
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <line x1="0" x2="36" y1="6" y2="6" stroke="var(--c-inpatient)" stroke-width="3"/>
                </svg>
                {lang.pick(
                    " Share of days every bed is full (solid line)",
                    " Proporción de días en que todas las camas están llenas (línea continua)",
                )}
            </li>
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <line x1="0" x2="36" y1="6" y2="6" stroke="var(--c-mobile)" stroke-width="3" stroke-dasharray="8 5"/>
                </svg>
                {lang.pick(
                    " Utilization: share of beds in use on average (dashed line)",
                    " Utilización: proporción de camas en uso en promedio (línea discontinua)",
                )}
            </li>
        </ul>
        <p class="chart-caption">{summary}</p>
    }
}

// --- annual cost -----------------------------------------------------------------------------

/// What the cost chart draws, selected from the results: the continuum's cost by service, its
/// total, the hospital-only total and the savings. Compared, so an unchanged chart is not drawn again.
#[derive(Debug, Clone, PartialEq)]
pub struct CostFigures {
    pub parts: [(&'static str, Money); 5],
    pub continuum: Money,
    pub hospital: Money,
    pub savings: Money,
}

impl CostFigures {
    pub fn of(r: &Results, lang: Lang) -> Self {
        CostFigures {
            parts: r.cost_by_service_in(lang),
            continuum: r.totals.annual_cost,
            hospital: r.totals.hospital_only_cost,
            savings: r.totals.savings,
        }
    }
}

#[component]
pub fn CostChart(r: Results, #[prop(optional)] lang: Lang) -> impl IntoView {
    view! { <CostBars c=CostFigures::of(&r, lang) lang=lang/> }
}

/// The cost chart from its figures alone (see [`CostFigures`]).
#[component]
pub fn CostBars(c: CostFigures, #[prop(optional)] lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let CostFigures {
        parts,
        continuum,
        hospital,
        savings,
    } = c;
    let top = nice_ceiling(continuum.high.max(hospital.high).max(1.0));
    let w = fit_width(room(), 760.0, 300.0);
    // narrow: the rows' names above their bars, the axis title in two lines
    let narrow = w < 560.0;
    // narrow: the rows move down for their names; the axis title takes three lines, one before
    // its parenthesis and one after its semicolon
    let title = t(
        "Dollars a year (bars: default cost; whiskers: low to high)",
        "Dólares al año (barras: costo predeterminado; líneas: de bajo a alto)",
    );
    let lines: Vec<String> = if narrow {
        title
            .replacen(" (", "\n(", 1)
            .replacen("; ", ";\n", 1)
            .split('\n')
            .map(str::to_string)
            .collect()
    } else {
        vec![title.to_string()]
    };
    let foot = (lines.len() as f64 - 1.0) * 17.0;
    let dy = if narrow { 16.0 } else { 0.0 };
    let h = 250.0 + dy + foot;
    let continuum_label = t("Crisis continuum", "Continuo de crisis");
    let hospital_label = t("Hospital only", "Solo atención hospitalaria");
    // room for the longer of the two row labels (about 8.5 px a bold character)
    let longest = continuum_label
        .chars()
        .count()
        .max(hospital_label.chars().count()) as f64;
    let (ml, mr) = if narrow {
        (12.0, 24.0)
    } else {
        ((longest * 8.5 + 14.0).max(150.0), 64.0)
    };
    let x = Linear::new((0.0, top), (ml, w - mr));
    let bar_h = 46.0;
    let rows: [(&str, f64, Money); 2] = [
        (continuum_label, 30.0 + dy, continuum),
        (hospital_label, 120.0 + dy, hospital),
    ];
    let colors = [
        "var(--c-receiving)",
        "var(--c-residential)",
        "var(--c-inpatient)",
        "var(--c-mobile)",
        "var(--c-ed)",
    ];
    let ticks = nice_ticks(0.0, top, tick_count(w - ml - mr, 120.0, 5));
    let money = |m: Money| {
        (
            fmt.currency_compact(m.mid),
            fmt.currency_compact(m.low),
            fmt.currency_compact(m.high),
        )
    };
    let ((c_mid, c_low, c_high), (h_mid, h_low, h_high)) = (money(continuum), money(hospital));
    let desc = match lang {
        Lang::En => format!(
            "Annual cost: crisis continuum {c_mid} (range {c_low} to {c_high}); hospital only {h_mid} (range {h_low} to {h_high})."
        ),
        Lang::Es => format!(
            "Costo anual: continuo de crisis {c_mid} (rango de {c_low} a {c_high}); solo atención hospitalaria {h_mid} (rango de {h_low} a {h_high})."
        ),
    };
    // the continuum bar is stacked by service (default costs)
    let mut x0 = 0.0;
    let segments: Vec<_> = parts
        .iter()
        .enumerate()
        .filter(|(_, (_, m))| m.mid > 0.0)
        .map(|(i, (name, m))| {
            let seg = (
                i,
                name.to_string(),
                x.map(x0),
                x.map(x0 + m.mid) - x.map(x0),
                m.mid,
            );
            x0 += m.mid;
            seg
        })
        .collect();
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=t("Cost chart", "Gráfico de costos")><svg class="chart cost-chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=desc.clone()>
            <title>{desc.clone()}</title>
            {value_axis(
                &ticks,
                x,
                (20.0, h - 40.0 - foot),
                h - 22.0 - foot,
                if narrow { 13.0 } else { 15.0 },
                move |t| fmt.currency_compact(t),
            )}
            <g class="axis">
                {
                    let n = lines.len() as f64;
                    lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, line)| {
                            view! {
                                <text
                                    x=(ml + w - mr) / 2.0
                                    y=h - 4.0 - (n - 1.0 - i as f64) * 17.0
                                    text-anchor="middle"
                                    font-size="15"
                                >
                                    {line.to_string()}
                                </text>
                            }
                        })
                        .collect_view()
                }
            </g>
            {segments
                .iter()
                .map(|(i, name, sx, sw, v)| {
                    view! {
                        <rect
                            class="cost-bar"
                            x=format!("{sx:.1}")
                            y=30.0 + dy
                            width=format!("{:.1}", sw.max(0.5))
                            height=bar_h
                            fill=colors[i % colors.len()]
                            fill-opacity="0.85"
                            stroke="var(--paper)"
                        >
                            <title>{format!("{name}: {}", fmt.currency_compact(*v))}</title>
                        </rect>
                    }
                })
                .collect_view()}
            <rect
                class="cost-bar"
                x=x.map(0.0)
                y=120.0 + dy
                width=(x.map(hospital.mid) - x.map(0.0)).max(0.5)
                height=bar_h
                fill="var(--c-inpatient)"
                fill-opacity="0.85"
            >
                <title>{format!("{hospital_label}: {}", fmt.currency_compact(hospital.mid))}</title>
            </rect>
            {rows
                .iter()
                .map(|(label, top_y, m)| {
                    let label = *label;
                    let cy = top_y + bar_h / 2.0;
                    view! {
                        <text
                            x={if narrow { ml } else { ml - 8.0 }}
                            y={if narrow { top_y - 6.0 } else { cy + 5.0 }}
                            text-anchor={if narrow { "start" } else { "end" }}
                            font-size="14"
                            font-weight="600"
                        >
                            {label}
                        </text>
                        <line
                            class="whisker"
                            x1=x.map(m.low)
                            x2=x.map(m.high)
                            y1=cy
                            y2=cy
                            stroke="var(--ink)"
                            stroke-width="2"
                        />
                        <line x1=x.map(m.low) x2=x.map(m.low) y1=cy - 14.0 y2=cy + 14.0 stroke="var(--ink)" stroke-width="2"/>
                        <line x1=x.map(m.high) x2=x.map(m.high) y1=cy - 14.0 y2=cy + 14.0 stroke="var(--ink)" stroke-width="2"/>
                        // the default cost right of the whisker, or under the bar when narrow
                        <text
                            x={if narrow { ml } else { x.map(m.high) + 6.0 }}
                            y={if narrow { top_y + bar_h + 17.0 } else { cy - 10.0 }}
                            font-size="15"
                            font-weight="700"
                        >
                            {fmt.currency_compact(m.mid)}
                        </text>
                    }
                })
                .collect_view()}
        </svg></div>
        {data_table(Name::Label(t("Annual cost by service", "Costo anual por servicio").to_string()), view! {
        <table class="data legend-table">
            <caption class="visually-hidden">
                {t("Annual cost of the continuum by service", "Costo anual del continuo por servicio")}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{t("Continuum cost by service", "Costo del continuo por servicio")}</th>
                    <th scope="col">{t("At low costs", "Con costos bajos")}</th>
                    <th scope="col">{t("Default", "Predeterminado")}</th>
                    <th scope="col">{t("At high costs", "Con costos altos")}</th>
                </tr>
            </thead>
            <tbody>
                {parts
                    .iter()
                    .enumerate()
                    .map(|(i, (name, m))| {
                        view! {
                            <tr>
                                <th scope="row">
                                    <svg width="14" height="14" aria-hidden="true">
                                        <rect width="14" height="14" fill=colors[i % colors.len()]/>
                                    </svg>
                                    " "
                                    {name.to_string()}
                                </th>
                                <td>{fmt.currency(m.low)}</td>
                                <td>{fmt.currency(m.mid)}</td>
                                <td>{fmt.currency(m.high)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <td>{continuum_label}</td>
                    <td>{fmt.currency(continuum.low)}</td>
                    <td>{fmt.currency(continuum.mid)}</td>
                    <td>{fmt.currency(continuum.high)}</td>
                </tr>
                <tr>
                    <td>{hospital_label}</td>
                    <td>{fmt.currency(hospital.low)}</td>
                    <td>{fmt.currency(hospital.mid)}</td>
                    <td>{fmt.currency(hospital.high)}</td>
                </tr>
                <tr>
                    <td>{t("Savings", "Ahorro")}</td>
                    <td>{fmt.currency(savings.low)}</td>
                    <td>{fmt.currency(savings.mid)}</td>
                    <td>{fmt.currency(savings.high)}</td>
                </tr>
            </tfoot>
        </table>
        })}
    }
}

/// The flow's data: each band's services and episodes a month.
pub fn flow_csv(s: &StreamResults, lang: Lang) -> String {
    let (nodes, links) = flow_graph_in(s, lang);
    let rows: Vec<(Vec<String>, Vec<f64>)> = links
        .iter()
        .map(|l| {
            (
                vec![nodes[l.from].label.clone(), nodes[l.to].label.clone()],
                vec![l.value],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("From", "Desde"),
            lang.pick("To", "Hacia"),
            lang.pick("Episodes a month", "Episodios al mes"),
        ],
        &rows,
    )
}

/// The bed curve's data: each bed count's share of days full and utilization (the model's
/// `chart_data::curve`).
pub fn curve_csv(name: &str, load: f64, beds: u64, lang: Lang) -> String {
    let rows: Vec<(Vec<String>, Vec<f64>)> = crisis_model::chart_data::curve(load, beds)
        .iter()
        .map(|p| {
            (
                vec![name.to_string()],
                vec![p.beds as f64, p.days_full, p.utilization],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Program", "Programa"),
            lang.pick("Beds", "Camas"),
            lang.pick(
                "Share of days every bed is full",
                "Proporción de días con todas las camas llenas",
            ),
            lang.pick("Utilization", "Utilización"),
        ],
        &rows,
    )
}

/// The cost chart's data: each service's annual cost at low, default and high costs, then the
/// continuum, hospital only and the savings.
pub fn cost_csv(c: &CostFigures, lang: Lang) -> String {
    let row = |name: &str, m: Money| (vec![name.to_string()], vec![m.low, m.mid, m.high]);
    let mut rows: Vec<(Vec<String>, Vec<f64>)> =
        c.parts.iter().map(|(name, m)| row(name, *m)).collect();
    rows.push(row(
        lang.pick("Crisis continuum", "Continuo de crisis"),
        c.continuum,
    ));
    rows.push(row(
        lang.pick("Hospital only", "Solo atención hospitalaria"),
        c.hospital,
    ));
    rows.push(row(lang.pick("Savings", "Ahorro"), c.savings));
    crisis_model::export::chart_csv(
        &[
            lang.pick("Annual cost", "Costo anual"),
            lang.pick(
                "At low costs (dollars a year)",
                "Con costos bajos (dólares al año)",
            ),
            lang.pick(
                "Default (dollars a year)",
                "Predeterminado (dólares al año)",
            ),
            lang.pick(
                "At high costs (dollars a year)",
                "Con costos altos (dólares al año)",
            ),
        ],
        &rows,
    )
}

/// The room a chart has on a screen narrower than itself: the window less the page's and the
/// card's margins (the stylesheet's phone padding).
pub fn room() -> f64 {
    crate::browser::window_width() - 64.0
}

/// The labels of a vertical value axis: each tick's label, right-aligned at `x`, `dy` below the
/// tick's height (to centre 15 px text on it).
pub fn y_tick_labels(
    ticks: &[f64],
    y: Linear,
    x: f64,
    dy: f64,
    label: impl Fn(f64) -> String,
) -> impl IntoView {
    ticks
        .iter()
        .map(|&t| {
            view! {
                <text x=x y=y.map(t) + dy text-anchor="end" font-size="15">
                    {label(t)}
                </text>
            }
        })
        .collect_view()
}

/// The grid lines and labels of a horizontal value axis: a vertical line from `grid.0` to `grid.1`
/// at each tick, and the tick's label at `label_y`.
pub fn value_axis(
    ticks: &[f64],
    x: Linear,
    grid: (f64, f64),
    label_y: f64,
    font_size: f64,
    label: impl Fn(f64) -> String,
) -> impl IntoView {
    let lines = ticks
        .iter()
        .map(|&t| view! { <line x1=x.map(t) x2=x.map(t) y1=grid.0 y2=grid.1/> })
        .collect_view();
    let labels = ticks
        .iter()
        .map(|&t| {
            view! {
                <text x=x.map(t) y=label_y text-anchor="middle" font-size=font_size>
                    {label(t)}
                </text>
            }
        })
        .collect_view();
    view! {
        <g class="grid">{lines}</g>
        <g class="axis">{labels}</g>
    }
}
