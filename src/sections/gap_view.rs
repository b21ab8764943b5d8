//! Today against need: the inventory of today's capacity, the gap analysis
//! (`crisis_model::gap`), the Roadmap's criteria as a self-assessment
//! (`crisis_model::criteria`), and a one-page summary for a board packet.
//!
//! Every figure and sentence comes from the model; this module lays them out. The inventory
//! and the scores are part of the scenario, so the link, the JSON file and autosave keep them.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::geometry::{bullet, fit_width};
use crate::widgets::charts::room;
use crate::widgets::fields::{CheckField, Clear, NumberField, SourceTip, Text};
use crate::widgets::plan_table::PlanYearTable;
use crate::widgets::table::{data_table, Name};
use crisis_model::criteria::{self, Group, Verdict, LEVELS};
use crisis_model::format::Format;
use crisis_model::gap::{GapResults, GapRow, Unit};
use crisis_model::inventory::Entry;
use crisis_model::{Lang, Money, ProgramKind, Results, Scenario, Source};
use leptos::prelude::*;
use std::sync::Arc;

/// The inventory entries to show as fields: those the plan uses or that hold a value, then the
/// rest (behind "More services"). Youth entries only with the youth stream on or a value.
pub fn shown_entries(s: &Scenario) -> (Vec<Entry>, Vec<Entry>) {
    let in_plan = |youth: bool, kind: ProgramKind| {
        let programs = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        programs.iter().any(|p| p.kind == kind)
    };
    let has_value = |e: Entry| {
        let t = s.inventory.get(e);
        t.capacity != 0.0 || t.annual_cost.is_some()
    };
    let (mut main, mut more) = (Vec::new(), Vec::new());
    for e in Entry::all() {
        let used = match e {
            Entry::Residential { youth, kind } => {
                (!youth || s.youth.enabled) && in_plan(youth, kind)
            }
            Entry::Receiving { youth } | Entry::Inpatient { youth } => !youth || s.youth.enabled,
            Entry::Mobile => true,
            Entry::CrisisLine => s.crisis_line.enabled,
        };
        if used || has_value(e) {
            main.push(e);
        } else {
            more.push(e);
        }
    }
    (main, more)
}

/// The name of an inventory entry, in both languages (a field's legend).
fn entry_label(e: Entry) -> Text {
    match e {
        Entry::Residential { youth: false, kind } => {
            (kind.label_in(Lang::En), kind.label_in(Lang::Es))
        }
        Entry::Residential { youth: true, kind } => {
            (youth_label(kind, Lang::En), youth_label(kind, Lang::Es))
        }
        Entry::Receiving { youth: false } => ("Receiving facility", "Centro de recepción"),
        Entry::Receiving { youth: true } => {
            ("Youth: receiving facility", "Jóvenes: centro de recepción")
        }
        Entry::Inpatient { youth: false } => {
            ("Psychiatric inpatient care", "Hospitalización psiquiátrica")
        }
        Entry::Inpatient { youth: true } => (
            "Youth: psychiatric inpatient care",
            "Jóvenes: hospitalización psiquiátrica",
        ),
        Entry::Mobile => ("Mobile crisis teams", "Equipos móviles de crisis"),
        Entry::CrisisLine => ("Crisis line", "Línea de crisis"),
    }
}

/// "Youth: Peer-run respite" as a static string (the legend of a youth residential entry).
fn youth_label(kind: ProgramKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ProgramKind::HighMedical, Lang::En) => "Youth: high medical/nursing involvement",
        (ProgramKind::ModerateMedical, Lang::En) => "Youth: moderate medical/nursing involvement",
        (ProgramKind::CrisisRespite, Lang::En) => "Youth: crisis respite",
        (ProgramKind::PeerRespite, Lang::En) => "Youth: peer-run respite",
        (ProgramKind::LivingRoom, Lang::En) => "Youth: Living Room",
        (ProgramKind::Sud, Lang::En) => "Youth: SUD withdrawal management / sobering",
        (ProgramKind::Typical, Lang::En) => "Youth: crisis residential",
        (ProgramKind::Other, Lang::En) => "Youth: other program",
        (ProgramKind::HighMedical, Lang::Es) => "Jóvenes: alta participación médica/de enfermería",
        (ProgramKind::ModerateMedical, Lang::Es) => {
            "Jóvenes: participación médica/de enfermería moderada"
        }
        (ProgramKind::CrisisRespite, Lang::Es) => "Jóvenes: respiro de crisis",
        (ProgramKind::PeerRespite, Lang::Es) => "Jóvenes: respiro dirigido por pares",
        (ProgramKind::LivingRoom, Lang::Es) => "Jóvenes: Living Room (sala de estar)",
        (ProgramKind::Sud, Lang::Es) => "Jóvenes: manejo de la abstinencia y centro de sobriedad",
        (ProgramKind::Typical, Lang::Es) => "Jóvenes: programa residencial de crisis",
        (ProgramKind::Other, Lang::Es) => "Jóvenes: otro programa",
    }
}

/// The unit of an entry's capacity, in both languages.
fn entry_unit(e: Entry) -> Text {
    match e {
        Entry::Residential { .. } | Entry::Inpatient { .. } => ("beds", "camas"),
        Entry::Receiving { .. } => ("chairs", "sillones"),
        Entry::Mobile => ("teams on duty", "equipos de turno"),
        Entry::CrisisLine => ("FTE", "FTE"),
    }
}

/// "Today's capacity and the gap": the switch, the inventory and the gap analysis.
#[component]
pub fn TodaySection() -> impl IntoView {
    let planner = use_planner();
    let enabled = Memo::new(move |_| planner.scenario.with(|s| s.inventory.enabled));
    view! {
        <section id="today" class="card today" aria-labelledby="today-title">
            <h2 id="today-title">{tr("Today's capacity and the gap", "La capacidad actual y la brecha")}</h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("Today against the need", "Hoy frente a la necesidad")}</summary>
            <p class="hint">
                {tr(
                    "Planners rarely start from nothing. Enter the beds, chairs, teams and crisis-line staff your community has now: the planner sets them against the need above, shows how often today's capacity would be full and how many people it would turn away, and what closing the gap would cost.",
                    "Pocas veces se planifica desde cero. Ingrese las camas, sillones, equipos y personal de la línea de crisis que su comunidad tiene hoy: el planificador los compara con la necesidad calculada arriba, muestra con qué frecuencia la capacidad actual estaría llena, a cuántas personas rechazaría y cuánto costaría cerrar la brecha.",
                )}
            </p>
            <CheckField
                label=(
                    "Compare the plan with what this community has today",
                    "Comparar el plan con lo que esta comunidad tiene hoy",
                )
                path="inventory.enabled"
                on=enabled
                set=|s, on| s.inventory.enabled = on
            />
            <Show when=move || enabled.get()>
                <InventoryInputs/>
                <GapPanel/>
            </Show>
            </details>
        </section>
    }
}

/// The inventory: one group of two fields (capacity, annual cost) per entry.
#[component]
fn InventoryInputs() -> impl IntoView {
    let planner = use_planner();
    // rebuilt only when the set of entries shown changes (a program type added, youth on/off)
    let entries = Memo::new(move |_| planner.scenario.with(shown_entries));
    view! {
        <div class="inventory">
            <h3>{tr("What the community has now", "Lo que la comunidad tiene hoy")}</h3>
            <p class="hint">
                {tr(
                    "Leave an annual cost empty to cost today's capacity at the plan's unit costs; enter it if you know what the service costs now.",
                    "Deje vacío un costo anual para calcular la capacidad actual con los costos unitarios del plan; ingréselo si sabe cuánto cuesta hoy el servicio.",
                )}
            </p>
            {move || {
                let (main, more) = entries.get();
                let more_view = (!more.is_empty())
                    .then(|| {
                        view! {
                            <details class="inventory-more">
                                <summary>
                                    {tr(
                                        "Services and program types not in the plan",
                                        "Servicios y tipos de programa que no están en el plan",
                                    )}
                                </summary>
                                <div class="inventory-grid">
                                    {more.into_iter().map(|e| view! { <EntryFields entry=e/> }).collect_view()}
                                </div>
                            </details>
                        }
                    });
                view! {
                    <div class="inventory-grid">
                        {main.into_iter().map(|e| view! { <EntryFields entry=e/> }).collect_view()}
                    </div>
                    {more_view}
                }
            }}
        </div>
    }
}

/// Today's capacity and annual cost of one entry.
#[component]
fn EntryFields(entry: Entry) -> impl IntoView {
    let lang = use_lang();
    let label = entry_label(entry);
    let clear: Clear =
        Arc::new(move |s: &mut Scenario| s.inventory.get_mut(entry).annual_cost = None);
    view! {
        <fieldset class="inventory-entry" data-entry=entry.key()>
            <legend>{move || lang.get().pick(label.0, label.1)}</legend>
            <NumberField
                label=("Today", "Hoy")
                path=entry.capacity_path()
                unit=entry_unit(entry)
                get=move |s: &Scenario| s.inventory.get(entry).capacity
                set=move |s: &mut Scenario, v| s.inventory.get_mut(entry).capacity = v
                short=true
            />
            <NumberField
                label=("Annual cost today (optional)", "Costo anual actual (opcional)")
                path=entry.cost_path()
                unit=("$ a year", "$ al año")
                get=move |s: &Scenario| s.inventory.get(entry).annual_cost.unwrap_or(f64::NAN)
                set=move |s: &mut Scenario, v| s.inventory.get_mut(entry).annual_cost = Some(v)
                clear=clear
            />
        </fieldset>
    }
}

/// The gap analysis of the last valid results.
#[component]
fn GapPanel() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let gap = Memo::new(move |_| {
        let l = lang.get();
        planner.shown.with(|r| r.as_ref().and_then(|r| r.gap_in(l)))
    });
    let stale = Memo::new(move |_| planner.evaluation.with(|e| e.is_err()));
    move || {
        let l = lang.get();
        let Some(g) = gap.get() else {
            return view! {
                <p class="status stale" role="status">
                    {tr(
                        "The gap appears as soon as the inputs marked in red are fixed.",
                        "La brecha aparece en cuanto se corrijan los datos marcados en rojo.",
                    )}
                </p>
            }
            .into_any();
        };
        view! {
            <div class="gap" class:stale=move || stale.get() data-testid="gap">
                <h3>{l.pick("Need against today", "Necesidad frente a la capacidad actual")}</h3>
                <p class="gap-headline" data-testid="gap-headline">{g.headline_in(l)}</p>
                <GapTotalsView g=g.clone() lang=l/>
                {
                    let (data, drawn) = (g.clone(), g.clone());
                    view! {
                        <ChartDownloads
                            title=(
                                "Today's capacity against need, service by service",
                                "Capacidad actual frente a la necesidad, servicio por servicio",
                            )
                            units=(
                                "Beds, chairs, teams or FTE, as each service counts them",
                                "Camas, sillas, equipos o FTE, según cuente cada servicio",
                            )
                            file="today-against-need"
                            csv=Callback::new(move |l| gap_csv(&data, l))
                        >
                            <GapChart g=drawn lang=l/>
                        </ChartDownloads>
                    }
                }
                <GapTable g=g.clone() lang=l/>
                <h4>{l.pick("In plain words", "En palabras simples")}</h4>
                <ul class="gap-sentences">
                    {g.rows.iter().map(|r| view! { <li data-key=r.key.clone()>{r.sentence.clone()}</li> }).collect_view()}
                </ul>
                {(!g.notes.is_empty())
                    .then(|| {
                        view! {
                            <details class="gap-notes">
                                <summary>{l.pick("How these figures are worked out", "Cómo se calculan estas cifras")}</summary>
                                <ul>{g.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                            </details>
                        }
                    })}
            </div>
        }
        .into_any()
    }
}

/// "$1.2 million a year ($1.0 million to $1.4 million)".
fn money_range(f: Format, m: Money) -> String {
    if (m.high - m.low).abs() < 0.5 {
        return f.currency_compact(m.mid);
    }
    format!("{} ({})", f.currency_compact(m.mid), {
        let (low, high) = m.ordered();
        f.currency_range(low, high)
    })
}

/// A signed amount: "+$1.2 million", "−$300,000".
fn signed_money(f: Format, x: f64) -> String {
    if x.abs() < 0.5 {
        return f.currency_compact(0.0);
    }
    let sign = if x > 0.0 { "+" } else { "−" };
    format!("{sign}{}", f.currency_compact(x.abs()))
}

/// The gap's totals as headline cards.
#[component]
fn GapTotalsView(g: GapResults, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let t = &g.totals;
    let today_and_plan = |today: f64, plan: f64| match lang {
        Lang::En => format!(
            "a year: {} today, {} with the plan",
            f.currency_compact(today),
            f.currency_compact(plan)
        ),
        Lang::Es => format!(
            "al año: {} hoy, {} con el plan",
            f.currency_compact(today),
            f.currency_compact(plan)
        ),
    };
    let cards: Vec<(&str, String, String)> = vec![
        (
            lang.pick("Cost to close the gap", "Costo de cerrar la brecha"),
            f.currency_compact(t.cost_to_close.mid),
            format!("{} {}", lang.pick("a year,", "al año,"), {
                let (low, high) = t.cost_to_close.ordered();
                f.currency_range(low, high)
            }),
        ),
        (
            lang.pick("Residential beds short", "Camas residenciales faltantes"),
            f.thousands(t.residential_shortfall_beds),
            lang.pick(
                "each program type on its own",
                "cada tipo de programa por separado",
            )
            .to_string(),
        ),
        (
            lang.pick(
                "Turned away by residential programs",
                "Personas rechazadas por los programas residenciales",
            ),
            f.thousands(t.residential_turned_away_per_year_today.round()),
            match lang {
                Lang::En => format!(
                    "people a year today; {} with the plan",
                    f.thousands(t.residential_turned_away_per_year_planned.round())
                ),
                Lang::Es => format!(
                    "personas al año hoy; {} con el plan",
                    f.thousands(t.residential_turned_away_per_year_planned.round())
                ),
            },
        ),
        (
            lang.pick("Change in total cost", "Cambio en el costo total"),
            signed_money(f, t.cost_change.mid),
            today_and_plan(t.today.total.mid, t.planned.total.mid),
        ),
        (
            lang.pick(
                "Change in savings against hospital-only care",
                "Cambio en el ahorro frente a la atención solo hospitalaria",
            ),
            signed_money(f, t.savings_change.mid),
            today_and_plan(t.today.savings.mid, t.planned.savings.mid),
        ),
    ];
    view! {
        <div class="headline gap-totals">
            {cards
                .into_iter()
                .enumerate()
                .map(|(i, (label, value, detail))| {
                    view! {
                        <div class="metric" class:money=i != 1 && i != 2>
                            <span class="label">{label}</span>
                            <span class="value" data-gap-total=i>{value}</span>
                            <span class="detail">{detail}</span>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The amount of a row in its unit: "18 beds", "14.3 FTE".
fn amount(f: Format, row: &GapRow, n: f64) -> String {
    let shown = if row.unit == Unit::Fte {
        f.number(n)
    } else {
        f.thousands(n)
    };
    format!("{shown} {}", row.unit.word_in(n, f.lang()))
}

/// The chart's data: each service's need, today's capacity, shortfall and surplus.
fn gap_csv(g: &GapResults, lang: Lang) -> String {
    let rows: Vec<(Vec<String>, Vec<f64>)> = g
        .rows
        .iter()
        .map(|r| {
            (
                vec![r.label.clone(), r.unit.word_in(2.0, lang).to_string()],
                vec![r.need, r.today, r.shortfall, r.surplus],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Service", "Servicio"),
            lang.pick("Unit", "Unidad"),
            lang.pick("Need", "Necesidad"),
            lang.pick("Today", "Hoy"),
            lang.pick("Shortfall", "Faltante"),
            lang.pick("Surplus", "Excedente"),
        ],
        &rows,
    )
}

/// Today against need, one bullet row per service, each scaled to its larger value.
#[component]
fn GapChart(g: GapResults, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    // drawn for the width it has: on a phone the words go under each bar, the legend on two lines
    let w = fit_width(room(), 860.0, 300.0);
    let narrow = w < 600.0;
    let (ml, mr, top) = (10.0, 20.0, 4.0);
    let (row_h, words_room, legend_h) = if narrow {
        (94.0, 0.0, 52.0)
    } else {
        (62.0, 190.0, 34.0)
    };
    let h = top + g.rows.len() as f64 * row_h + legend_h;
    let title = lang.pick(
        "Today's capacity against need, service by service",
        "Capacidad actual frente a la necesidad, servicio por servicio",
    );
    let rows = g
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = top + i as f64 * row_h;
            let b = bullet(row.today, row.need, ml, w - mr - words_room);
            let (wx, wy) = if narrow {
                (ml, y + 68.0)
            } else {
                (w - mr - 180.0, y + 36.0)
            };
            let words = match lang {
                Lang::En => format!("{} of {}", amount(f, row, row.today), f.number(row.need)),
                Lang::Es => format!("{} de {}", amount(f, row, row.today), f.number(row.need)),
            };
            let gap_words = if row.shortfall > 0.0 {
                match lang {
                    Lang::En => format!("{} short", f.number(row.shortfall)),
                    Lang::Es => format!("faltan {}", f.number(row.shortfall)),
                }
            } else if row.surplus > 0.0 {
                match lang {
                    Lang::En => format!("{} over", f.number(row.surplus)),
                    Lang::Es => format!("sobran {}", f.number(row.surplus)),
                }
            } else {
                lang.pick("meets the need", "cubre la necesidad").to_string()
            };
            let is_short = row.shortfall > 0.0;
            view! {
                <g class="gap-row" data-key=row.key.clone()>
                    <text x=ml y=y + 16.0 font-size="16" font-weight="700">
                        {row.label.clone()}
                    </text>
                    <rect class="gap-track" x=ml y=y + 22.0 width=format!("{:.1}", (b.need.max(b.today) - ml).max(0.0)) height="24"/>
                    <rect class="gap-today" x=ml y=y + 26.0 width=format!("{:.1}", (b.today - ml).max(0.0)) height="16">
                        <title>{words.clone()}</title>
                    </rect>
                    {b.short
                        .then(|| {
                            view! {
                                <rect class="gap-short" x=format!("{:.1}", b.today) y=y + 26.0 width=format!("{:.1}", b.need - b.today) height="16"/>
                            }
                        })}
                    <line class="gap-need" x1=b.need x2=b.need y1=y + 18.0 y2=y + 50.0/>
                    <text x=wx y=wy font-size="15">{words}</text>
                    <text x=wx y=wy + 18.0 font-size="14" class="gap-words" class:short=is_short>
                        {gap_words}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ly = h - legend_h + 14.0;
    let (nx, ny) = if narrow {
        (10.0, ly + 22.0)
    } else {
        (250.0, ly)
    };
    view! {
        <figure class="chart-figure">
            <figcaption>{title}</figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label=title>
                <svg class="chart gap-chart" viewBox=format!("0 0 {w} {h:.0}") role="img" aria-label=title>
                    {rows}
                    <g class="legend" font-size="13">
                        <rect class="gap-today" x="10" y=ly - 11.0 width="14" height="12"/>
                        <text x="30" y=ly>{lang.pick("today", "hoy")}</text>
                        <rect class="gap-short" x="110" y=ly - 11.0 width="14" height="12"/>
                        <text x="130" y=ly>{lang.pick("shortfall", "faltante")}</text>
                        <line class="gap-need" x1=nx x2=nx y1=ny - 13.0 y2=ny + 2.0/>
                        <text x=nx + 8.0 y=ny>{lang.pick("need (each row to its own scale)", "necesidad (cada fila en su propia escala)")}</text>
                    </g>
                </svg>
            </div>
        </figure>
    }
}

/// The presentation slide "Today's capacity against need": the headline and the chart, or how
/// to fill in today's capacity.
pub fn gap_slide(r: &Results, lang: Lang) -> AnyView {
    match r.gap_in(lang) {
        Some(g) => view! {
            <div class="present-gap">
                <GapTotalsView g=g.clone() lang=lang/>
                <GapChart g=g lang=lang/>
            </div>
        }
        .into_any(),
        None => view! {
            <p>
                {lang.pick(
                    "Today's capacity has not been entered. Leave the presentation and tick \u{201c}Compare the plan with what this community has today\u{201d} under \u{201c}Today's capacity and the gap\u{201d}.",
                    "No se ha ingresado la capacidad actual. Salga de la presentación y marque \u{201c}Comparar el plan con lo que esta comunidad tiene hoy\u{201d} en \u{201c}La capacidad actual y la brecha\u{201d}.",
                )}
            </p>
        }
        .into_any(),
    }
}

/// "−14", "+2" or "0": a row's shortfall or surplus, in its unit.
fn signed_gap(f: Format, row: &GapRow) -> String {
    if row.shortfall > 0.0 {
        format!("−{}", f.number(row.shortfall))
    } else if row.surplus > 0.0 {
        format!("+{}", f.number(row.surplus))
    } else {
        "0".to_string()
    }
}

/// The head of a gap table: service, need, today, gap, the `middle` columns, cost to close.
fn header(lang: Lang, middle: &[Text]) -> impl IntoView {
    let first: [Text; 4] = [
        ("Service", "Servicio"),
        ("Need", "Necesidad"),
        ("Today", "Hoy"),
        ("Gap", "Brecha"),
    ];
    let cells = first
        .iter()
        .chain(middle)
        .chain(std::iter::once(&(
            "Cost to close, a year",
            "Costo de cerrarla, al año",
        )))
        .map(|t| view! { <th scope="col">{lang.pick(t.0, t.1)}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{cells}</tr>
        </thead>
    }
}

/// The gap table: need, today, the gap, how today's capacity copes, the cost to close.
#[component]
fn GapTable(g: GapResults, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let rows = g
        .rows
        .iter()
        .map(|row| {
            let diff = signed_gap(f, row);
            let (copes, away) = match (&row.loss, &row.delay) {
                (Some(l), _) => (
                    match lang {
                        Lang::En => format!("full {} of the time", f.percent(l.days_full_today)),
                        Lang::Es => format!("llena el {} del tiempo", f.percent(l.days_full_today)),
                    },
                    f.thousands(l.turned_away_per_year_today.round()),
                ),
                (None, Some(d)) if !d.keeps_up_today => (
                    lang.pick("cannot keep up", "no da abasto").to_string(),
                    "—".to_string(),
                ),
                (None, Some(d)) => (
                    match lang {
                        Lang::En => format!(
                            "{} in time (target {})",
                            f.percent(d.share_in_time_today),
                            f.percent(d.target_share)
                        ),
                        Lang::Es => format!(
                            "{} a tiempo (objetivo: {})",
                            f.percent(d.share_in_time_today),
                            f.percent(d.target_share)
                        ),
                    },
                    "—".to_string(),
                ),
                _ => ("—".to_string(), "—".to_string()),
            };
            let is_short = row.shortfall > 0.0;
            view! {
                <tr class:short=is_short data-key=row.key.clone()>
                    <th scope="row">{row.label.clone()}</th>
                    <td class="n" data-col="need">{amount(f, row, row.need)}</td>
                    <td class="n" data-col="today">{amount(f, row, row.today)}</td>
                    <td class="n" data-col="gap"><strong>{diff}</strong></td>
                    <td data-col="copes">{copes}</td>
                    <td class="n" data-col="away">{away}</td>
                    <td class="n" data-col="cost">{f.currency_compact(row.cost_to_close.mid)}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = lang.pick(
        "Need against today, service by service",
        "Necesidad frente a la capacidad actual, servicio por servicio",
    );
    view! {
        {data_table(Name::Label(caption.to_string()), view! {
            <table class="data gap-table">
                <caption class="visually-hidden">{caption}</caption>
                {header(
                    lang,
                    &[
                        ("How today's capacity copes", "Cómo responde la capacidad actual"),
                        ("Turned away a year today", "Personas rechazadas al año hoy"),
                    ],
                )}
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="6">{lang.pick("Total cost to close the gap", "Costo total de cerrar la brecha")}</th>
                        <td class="n" data-col="cost-total">{money_range(f, g.totals.cost_to_close)}</td>
                    </tr>
                </tfoot>
            </table>
        })}
    }
}

/// The self-assessment on the Roadmap's criteria and the crisis services.
#[component]
pub fn Checklist() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let assessment = Memo::new(move |_| {
        let l = lang.get();
        planner
            .settled
            .with(|r| r.as_ref().map(|r| r.self_assessment_in(l)))
    });
    view! {
        <section id="criteria" class="card criteria" aria-labelledby="criteria-title">
            <h2 id="criteria-title">
                {tr("The Roadmap's criteria: a self-assessment", "Los criterios de la Hoja de ruta: una autoevaluación")}
            </h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("Score the seven criteria", "Califique los siete criterios")}</summary>
            <p class="hint">
                {tr(
                    "Score where your community stands on each of the seven measurable criteria of an ideal crisis continuum (seed 003) and on each crisis service of an ideal system (seed 001). Where the figures allow, the planner gives its own judgement beside your score.",
                    "Califique dónde está su comunidad en cada uno de los siete criterios medibles de un continuo de crisis ideal (documento fuente 003) y en cada servicio de crisis de un sistema ideal (documento fuente 001). Donde las cifras lo permiten, el planificador da su propia evaluación junto a su calificación.",
                )}
            </p>
            <Scale/>
            {move || {
                let l = lang.get();
                assessment
                    .get()
                    .map(|a| {
                        let summary = match l {
                            Lang::En => format!(
                                "{} of {} items scored. The planner's judgements look at {}.",
                                a.scored,
                                a.rows.len(),
                                a.basis.label_in(l)
                            ),
                            Lang::Es => format!(
                                "{} de {} elementos calificados. Las evaluaciones del planificador se basan en {}.",
                                a.scored,
                                a.rows.len(),
                                a.basis.label_in(l)
                            ),
                        };
                        let groups = [
                            (Group::Criterion, l.pick("The seven criteria (seed 003)", "Los siete criterios (documento fuente 003)")),
                            (Group::Service, l.pick("Crisis services (seed 001)", "Servicios de crisis (documento fuente 001)")),
                        ];
                        view! {
                            <p class="criteria-summary" data-testid="criteria-summary">{summary}</p>
                            {groups
                                .into_iter()
                                .map(|(group, heading)| {
                                    let rows = a
                                        .rows
                                        .iter()
                                        .filter(|r| r.item.group == group)
                                        .cloned()
                                        .collect::<Vec<_>>();
                                    view! {
                                        <h3>{heading}</h3>
                                        <ol class="check-list">
                                            {rows
                                                .into_iter()
                                                .map(|row| view! { <CheckItem row=row lang=l/> })
                                                .collect_view()}
                                        </ol>
                                    }
                                })
                                .collect_view()}
                        }
                    })
            }}
            </details>
        </section>
    }
}

/// The 1-5 scale, its rule and its source.
#[component]
fn Scale() -> impl IntoView {
    let lang = use_lang();
    let source = Signal::derive(|| Some(criteria::SCALE_SOURCE));
    view! {
        <details class="scale">
            <summary>{tr("The 1-5 scale", "La escala del 1 al 5")}</summary>
            {move || {
                let l = lang.get();
                view! {
                    <dl class="levels">
                        {LEVELS
                            .iter()
                            .map(|lv| {
                                view! {
                                    <dt>{format!("{} · {}", lv.score, lv.name_in(l))}</dt>
                                    <dd>{lv.description_in(l)}</dd>
                                }
                            })
                            .collect_view()}
                    </dl>
                    <p>{criteria::scale_rule(l)} " " <SourceTip source=source/></p>
                }
            }}
        </details>
    }
}

/// The class and words of a judgement's verdict.
fn verdict_words(v: Verdict, lang: Lang) -> (&'static str, &'static str) {
    let class = match v {
        Verdict::Met => "met",
        Verdict::NotMet => "not-met",
        Verdict::NotJudged => "not-judged",
    };
    (class, v.label_in(lang))
}

/// One checklist item: its text and source, the score, the model's judgement.
#[component]
fn CheckItem(row: criteria::ChecklistRow, lang: Lang) -> impl IntoView {
    let planner = use_planner();
    let id = row.item.id;
    let path = format!("assessment.scores.{id}");
    let locked = !crate::shell::embed::use_embed().may_edit(&path);
    let field = crate::widgets::fields::field_id(&path);
    let source: Source = row.item.source;
    let src = Signal::derive(move || Some(source));
    let error = {
        let path = path.clone();
        Memo::new(move |_| planner.problem_for(&path))
    };
    let score = row.score;
    let options = std::iter::once((0u8, lang.pick("Not scored", "Sin calificar").to_string()))
        .chain(
            LEVELS
                .iter()
                .map(|lv| (lv.score, format!("{} · {}", lv.score, lv.name_in(lang)))),
        )
        .map(|(v, text)| {
            view! { <option value=v.to_string() selected=score.unwrap_or(0) == v>{text}</option> }
        })
        .collect_view();
    let judgement = row.judgement.clone().map(|j| {
        let (class, words) = verdict_words(j.verdict, lang);
        let on = match lang {
            Lang::En => format!("(on {})", j.basis.label_in(lang)),
            Lang::Es => format!("(según {})", j.basis.label_in(lang)),
        };
        view! {
            <div class=format!("judgement {class}") data-verdict=class>
                <p>
                    <strong>{lang.pick("The planner: ", "El planificador: ")} {words}</strong>
                    " " {on} " " {j.reason.clone()}
                </p>
                {(!j.details.is_empty())
                    .then(|| {
                        view! {
                            <ul class="judgement-details">
                                {j.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}
                            </ul>
                        }
                    })}
            </div>
        }
    });
    let note = row
        .note
        .clone()
        .map(|n| view! { <p class="score-note" role="note">{n}</p> });
    view! {
        <li class="check-item" data-item=id>
            <div class="check-head">
                <h4 id=format!("{field}-title")>{row.item.title_in(lang)}</h4>
                <div class="field score-field">
                    <label for=field.clone()>{lang.pick("Score", "Calificación")}</label>
                    <select
                        id=field.clone()
                        data-path=path.clone()
                        disabled=locked
                        on:change=move |ev| {
                            let v: u8 = event_target_value(&ev).parse().unwrap_or(0);
                            planner
                                .scenario
                                .update(|s| s.assessment.set_score(id, (v > 0).then_some(v)));
                        }
                    >
                        {options}
                    </select>
                </div>
            </div>
            <blockquote class="check-text">
                {row.item.text_in(lang)} " " <SourceTip source=src/>
            </blockquote>
            {judgement}
            {note}
            {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </li>
    }
}

/// A one-page summary of the plan, the gap and the scores, for a board packet (screen and print).
#[component]
pub fn BoardSummary() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let print = move |_| {
        crate::shell::persist::flush();
        let root = document().document_element();
        if let Some(root) = &root {
            let _ = root.class_list().add_1("print-summary");
        }
        crate::browser::print();
        if let Some(root) = &root {
            let _ = root.class_list().remove_1("print-summary");
        }
    };
    view! {
        <section id="board-summary" class="card board-summary" aria-labelledby="summary-title">
            <div class="summary-head">
                <h2 id="summary-title">{tr("One-page summary for a board packet", "Resumen de una página para la junta")}</h2>
                <button type="button" class="no-print" on:click=print>
                    {tr("Print this summary", "Imprimir este resumen")}
                </button>
            </div>
            {move || {
                let l = lang.get();
                planner.settled.with(|r| r.as_ref().map(|r| summary_view(r, l)))
            }}
        </section>
    }
}

fn summary_view(r: &Results, lang: Lang) -> AnyView {
    let f = Format::new(lang);
    let s = r.scenario();
    let place = if s.place_name.trim().is_empty() {
        lang.pick("This community", "Esta comunidad").to_string()
    } else {
        s.place_name.clone()
    };
    let figures = crate::widgets::headlines::headlines(r, lang);
    let cards = crate::widgets::headlines::METRICS
        .iter()
        .zip(figures)
        .take(8)
        .map(|((_, label, _), h)| {
            view! {
                <div class="summary-figure">
                    <span class="label">{lang.pick(label.0, label.1)}</span>
                    <span class="value">{h.shown}</span>
                </div>
            }
        })
        .collect_view();
    let population = match lang {
        Lang::En => format!("{} residents", f.thousands(s.population)),
        Lang::Es => format!("{} residentes", f.thousands(s.population)),
    };
    let gap = r.gap_in(lang);
    let gap_view = match gap {
        None => view! {
            <p class="hint">
                {lang.pick(
                    "Today's capacity has not been entered: turn on \u{201c}Compare the plan with what this community has today\u{201d} to add the gap to this summary.",
                    "No se ha ingresado la capacidad actual: active \u{201c}Comparar el plan con lo que esta comunidad tiene hoy\u{201d} para agregar la brecha a este resumen.",
                )}
            </p>
        }
        .into_any(),
        Some(g) => {
            let rows = g
                .by_cost_to_close()
                .into_iter()
                .map(|row| {
                    view! {
                        <tr data-key=row.key.clone()>
                            <th scope="row">{row.label.clone()}</th>
                            <td class="n">{amount(f, row, row.need)}</td>
                            <td class="n">{amount(f, row, row.today)}</td>
                            <td class="n">{signed_gap(f, row)}</td>
                            <td class="n">{f.currency_compact(row.cost_to_close.mid)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p class="summary-lead">{g.headline_in(lang)}</p>
                {data_table(Name::Label(lang.pick("Today against need", "Hoy frente a la necesidad").to_string()), view! {
                <table class="data summary-table">
                    {header(lang, &[])}
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="4">{lang.pick("Total", "Total")}</th>
                            <td class="n">{money_range(f, g.totals.cost_to_close)}</td>
                        </tr>
                    </tfoot>
                </table>
                })}
                <p>
                    {match lang {
                        Lang::En => format!(
                            "Total cost {} a year today, {} with the plan ({}); savings against hospital-only care {} today, {} with the plan.",
                            f.currency_compact(g.totals.today.total.mid),
                            f.currency_compact(g.totals.planned.total.mid),
                            signed_money(f, g.totals.cost_change.mid),
                            f.currency_compact(g.totals.today.savings.mid),
                            f.currency_compact(g.totals.planned.savings.mid),
                        ),
                        Lang::Es => format!(
                            "Costo total de {} al año hoy y {} con el plan ({}); ahorro frente a la atención solo hospitalaria de {} hoy y {} con el plan.",
                            f.currency_compact(g.totals.today.total.mid),
                            f.currency_compact(g.totals.planned.total.mid),
                            signed_money(f, g.totals.cost_change.mid),
                            f.currency_compact(g.totals.today.savings.mid),
                            f.currency_compact(g.totals.planned.savings.mid),
                        ),
                    }}
                </p>
            }
            .into_any()
        }
    };
    let a = r.self_assessment_in(lang);
    let scored: Vec<_> = a.rows.iter().collect();
    let score_rows = scored
        .iter()
        .map(|row| {
            let score = row
                .score
                .and_then(criteria::level)
                .map(|lv| format!("{} · {}", lv.score, lv.name_in(lang)))
                .unwrap_or_else(|| "—".into());
            let judged = row
                .judgement
                .as_ref()
                .map(|j| j.verdict.label_in(lang))
                .unwrap_or("—");
            view! {
                <tr data-item=row.item.id>
                    <th scope="row">{row.item.title_in(lang)}</th>
                    <td>{score}</td>
                    <td>{judged}</td>
                </tr>
            }
        })
        .collect_view();
    let link = crate::shell::persist::link_to(s, lang).unwrap_or_default();
    // the plan's year table prints as a second page after the one-page summary
    let plan_table = (!s.buildout.additions().0.is_empty())
        .then(|| crisis_model::analysis::buildout::buildout_in(s, lang).ok())
        .flatten()
        .map(|p| {
            view! {
                <div class="board-plan">
                    <h3>{lang.pick("Build-out plan, year by year", "Plan de ampliación de la capacidad, año por año")}</h3>
                    <PlanYearTable p=p lang=lang/>
                </div>
            }
        });
    view! {
        <div class="summary-body" data-testid="board-summary">
            <p class="summary-place">
                <strong>{place}</strong>
                {format!(" · {population} · ")}
                {s.preset
                    .as_deref()
                    .and_then(crisis_model::PresetId::from_id)
                    .map(|p| p.label_in(lang))
                    .unwrap_or_else(|| lang.pick("own scenario", "escenario propio"))}
            </p>
            <div class="summary-figures">{cards}</div>
            <p class="summary-funding">
                <strong>{lang.pick("Who pays: ", "Quién paga: ")}</strong>
                {crisis_model::funding::funding(r).summary_in(lang)}
            </p>
            // only with rates the model accepts (their messages are in the outcomes section)
            {crisis_model::validate::validate_outcomes(s).is_empty().then(|| view! {
                <p class="summary-outcomes">
                    <strong>{lang.pick("What the continuum averts, a year: ", "Lo que evita el continuo, al año: ")}</strong>
                    {crisis_model::outcomes::summary_in(&crisis_model::outcomes::outcomes(r), lang)}
                </p>
            })}
            <h3>{lang.pick("Today against need", "Hoy frente a la necesidad")}</h3>
            {gap_view}
            {plan_summary(s, lang)}
            <h3>{lang.pick("Self-assessment on the Roadmap's criteria", "Autoevaluación según los criterios de la Hoja de ruta")}</h3>
            <p>
                {match lang {
                    Lang::En => format!("{} of {} items scored; the planner's judgements look at {}.", a.scored, a.rows.len(), a.basis.label_in(lang)),
                    Lang::Es => format!("{} de {} elementos calificados; las evaluaciones del planificador se basan en {}.", a.scored, a.rows.len(), a.basis.label_in(lang)),
                }}
            </p>
            <p class="print-only">
                {lang.pick(
                    "Each item, then your score and the planner's judgement.",
                    "Cada elemento, luego su calificación y la evaluación del planificador.",
                )}
            </p>
            {data_table(Name::Label(lang.pick("Self-assessment", "Autoevaluación").to_string()), view! {
            <table class="data summary-table summary-scores">
                <thead>
                    <tr>
                        <th scope="col">{lang.pick("Criterion or service", "Criterio o servicio")}</th>
                        <th scope="col">{lang.pick("Your score", "Su calificación")}</th>
                        <th scope="col">{lang.pick("The planner", "El planificador")}</th>
                    </tr>
                </thead>
                <tbody>{score_rows}</tbody>
            </table>
            })}
            <p class="summary-source">
                {lang.pick(
                    "Crisis Continuum Planner. Sources: seeds 001 (HSRI Framework) and 003 (Crisis Roadmap); every default's source is listed with the inputs. This scenario: ",
                    "Planificador del continuo de crisis. Fuentes: documentos fuente 001 (Marco de HSRI) y 003 (Hoja de ruta de crisis); la fuente de cada valor predeterminado figura con los datos. Este escenario: ",
                )}
                <span class="summary-link">{link}</span>
            </p>
            {plan_table}
        </div>
    }
    .into_any()
}

/// The build-out plan in the summary: a line (the year it pays for itself, the last year), when
/// the scenario has additions.
fn plan_summary(s: &Scenario, lang: Lang) -> Option<AnyView> {
    if s.buildout.additions().0.is_empty() {
        return None;
    }
    let p = crisis_model::analysis::buildout::buildout_in(s, lang).ok()?;
    let last = p
        .years
        .last()
        .map(|y| y.sentence.clone())
        .unwrap_or_default();
    Some(
        view! {
            <h3>{lang.pick("Build-out plan", "Plan de ampliación de la capacidad")}</h3>
            <p data-testid="summary-plan">{format!("{} {last}", p.break_even_sentence)}</p>
        }
        .into_any(),
    )
}
