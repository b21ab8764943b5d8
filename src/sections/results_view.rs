//! The results: headline figures, a table per service, the charts, and the explanation of every
//! figure. Everything shown is a field of `crisis_model::Results`, formatted by
//! `crisis_model::format` in the page's language.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::lazy::{Deferred, Part, When};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::{cost_csv, BedCurveChart, CostBars, CostFigures, FlowChart};
use crate::widgets::headlines::{headlines, Headline, METRICS};
use crate::widgets::table::{data_table, Name};
use crisis_model::format::Format;
use crisis_model::presets::program_name_in;
use crisis_model::{
    CrisisLineResults, Facility, Lang, MobileResults, Results, StreamResults, WarningKind,
};
use leptos::prelude::*;

/// The id of an explanation's entry in the "How is this calculated?" list.
fn explain_anchor(key: &str) -> String {
    let mut id = String::from("explain-");
    for c in key.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

#[component]
pub fn ResultsPanel() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let results = planner.shown;
    let stale = planner.stale;
    let heads = Memo::new(move |_| {
        let l = lang.get();
        results.with(|r| r.as_ref().map(|r| headlines(r, l)).unwrap_or_default())
    });
    let place = Memo::new(move |_| {
        let l = lang.get();
        results.with(|r| match r {
            Some(r) if !r.place_name.trim().is_empty() => r.place_name.clone(),
            _ => l.pick("your community", "su comunidad").to_string(),
        })
    });
    // read out once typing pauses (`settled`), not on every keystroke
    let settled = planner.settled;
    let summary = Memo::new(move |_| {
        let l = lang.get();
        let fmt = Format::new(l);
        settled.with(|r| {
            r.as_ref().map(|r| {
                let (p, beds, teams, cost, savings) = (
                    place.get(),
                    fmt.thousands(r.totals.residential_beds.total as f64),
                    fmt.thousands(r.totals.mobile_teams as f64),
                    fmt.currency_compact(r.totals.annual_cost.mid),
                    fmt.currency_compact(r.totals.savings.mid),
                );
                match l {
                    Lang::En => format!(
                        "Results for {p}: {beds} residential crisis beds, {teams} mobile teams on duty, annual cost {cost}, savings {savings}."
                    ),
                    Lang::Es => format!(
                        "Resultados para {p}: {beds} camas residenciales de crisis, {teams} equipos móviles de turno, costo anual {cost}, ahorro {savings}."
                    ),
                }
            })
        })
    });
    let lead = Memo::new(move |_| {
        let l = lang.get();
        let fmt = Format::new(l);
        results.with(|r| {
            r.as_ref().map(|r| {
                let (people, episodes, rule) = (
                    fmt.thousands(r.population),
                    fmt.thousands(r.totals.episodes_per_year.round()),
                    rule_sentence(r, l),
                );
                match l {
                    Lang::En => format!(
                        "{people} residents; about {episodes} crisis episodes a year needing an in-person response. {rule}"
                    ),
                    Lang::Es => format!(
                        "{people} residentes; unos {episodes} episodios de crisis al año que necesitan una respuesta en persona. {rule}"
                    ),
                }
            })
        })
    });
    let field = move |i: usize, f: fn(&Headline) -> String| {
        heads.with(|h| h.get(i).map(f).unwrap_or_default())
    };
    // the bar shown while editing on a phone: six of the figures in a line of text
    let bar = move || {
        let l = lang.get();
        BAR.iter()
            .map(|&(i, label)| {
                format!(
                    "{} {}",
                    field(i, |h| h.shown.clone()),
                    l.pick(label.0, label.1)
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <div class:stale-results=move || stale.get()>
            <Show when=move || stale.get()>
                <p class="status stale" role="status">
                    <strong>{tr("Out of date: ", "Desactualizado: ")}</strong>
                    {tr(
                        "these results are for your last valid inputs. Fix the inputs marked in red and they update at once.",
                        "estos resultados corresponden a sus últimos datos válidos. Corrija los datos marcados en rojo y se actualizarán de inmediato.",
                    )}
                </p>
            </Show>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                {move || summary.get()}
            </p>
            <h2 class="place-title">
                {move || match lang.get() {
                    Lang::En => format!("What {} needs", place.get()),
                    // a place's name first ("Condado de Pima: lo que se necesita"), so that it
                    // needs no article; the default keeps its own ("Lo que necesita su comunidad")
                    Lang::Es => match place.get() {
                        p if p == "su comunidad" => "Lo que necesita su comunidad".to_string(),
                        p => format!("{p}: lo que se necesita"),
                    },
                }}
            </h2>
            <p class="lead">{move || lead.get()}</p>
            <div class="headline">
                {METRICS
                    .iter()
                    .enumerate()
                    .map(|(i, (metric, label, class))| {
                        let label = *label;
                        view! {
                            <div class=format!("metric {class}")>
                                <span class="label">{move || lang.get().pick(label.0, label.1)}</span>
                                <span
                                    class="value"
                                    data-metric=*metric
                                    data-value=move || field(i, |h| h.value.to_string())
                                >
                                    {move || field(i, |h| h.shown.clone())}
                                </span>
                                <span class="detail">{move || field(i, |h| h.detail.clone())}</span>
                                <a
                                    class="detail no-print"
                                    href=format!("#{}", explain_anchor(metric))
                                    on:click=move |ev| follow_when_loaded(ev, explain_anchor(metric))
                                >
                                    {tr("How is this calculated?", "¿Cómo se calcula?")}
                                </a>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            // on a phone, while a field has focus, six of the figures stay in view (style/main.css)
            <p class="figure-bar" aria-hidden="true">{bar}</p>
            // on a phone the tables and charts start folded under one line
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("Tables and charts", "Tablas y gráficos")}</summary>
                <Deferred part=Part::Detail when=When::Near/>
            </details>
        </div>
    }
}

/// The figures of the bar shown while editing on a phone: an index into `METRICS`, and a short
/// label.
const BAR: [(usize, (&str, &str)); 6] = [
    (0, ("beds", "camas")),
    (2, ("chairs", "sillones")),
    (3, ("teams", "equipos")),
    (4, ("counselors", "consejeros")),
    (5, ("a year", "al año")),
    (7, ("saved", "de ahorro")),
];

/// A link into the results' detail before that part has loaded: load it, then follow the link.
fn follow_when_loaded(ev: leptos::ev::MouseEvent, anchor: String) {
    if document().get_element_by_id(&anchor).is_some() {
        return;
    }
    ev.prevent_default();
    let ready = crate::shell::lazy::want(&[Part::Detail]);
    leptos::task::spawn_local(async move {
        ready.await;
        crate::browser::set_fragment(&anchor);
    });
}

/// The results under the headline figures: the tables, the charts and "How is this
/// calculated?". Loaded on demand (`lazy::Part::Detail`).
#[component]
pub fn ResultsDetail() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let results = planner.shown;
    // state of the controls inside the results lives here, so a recomputation (every
    // keystroke) redraws the figures without resetting what the person chose to look at
    let show_youth_flow = RwSignal::new(false);
    let curve_program = RwSignal::new(0usize);
    // each table and chart reads only what it draws, selected here; a memo compares, so a
    // keystroke that leaves a table's figures as they were does not draw that table again
    let facility = Memo::new(move |_| {
        let l = lang.get();
        results.with(|r| r.as_ref().map(|r| FacilityFigures::of(r, l)))
    });
    let staff = Memo::new(move |_| results.with(|r| r.as_ref().map(|r| (r.mobile, r.crisis_line))));
    let cost = Memo::new(move |_| {
        let l = lang.get();
        results.with(|r| r.as_ref().map(|r| CostFigures::of(r, l)))
    });
    view! {
            {move || {
                let l = lang.get();
                facility.get().map(|f| view! { <FacilityTable f=f lang=l/> })
            }}
            {move || {
                let l = lang.get();
                staff.get().map(|(m, c)| view! { <StaffTable m=m c=c lang=l/> })
            }}
            <div class="chart-grid">
                <section class="card" aria-labelledby="flow-title">
                    <h2 id="flow-title">{tr("Where crisis episodes go", "Adónde van los episodios de crisis")}</h2>
                    <FlowChart results=results youth=show_youth_flow/>
                </section>
                <section class="card" aria-labelledby="cost-title">
                    <h2 id="cost-title">
                        {tr(
                            "Annual cost: the continuum against hospital only",
                            "Costo anual: el continuo frente a la atención solo hospitalaria",
                        )}
                    </h2>
                    <ChartDownloads
                        title=(
                            "Annual cost: the continuum against hospital only",
                            "Costo anual: el continuo frente a la atención solo hospitalaria",
                        )
                        units=("Dollars a year", "Dólares al año")
                        file="annual-cost"
                        csv=Callback::new(move |l| cost.with_untracked(|c| c.as_ref().map(|c| cost_csv(c, l)).unwrap_or_default()))
                    >
                        {move || {
                            let l = lang.get();
                            cost.get().map(|c| view! { <CostBars c=c lang=l/> })
                        }}
                    </ChartDownloads>
                </section>
            </div>
            <section class="card" aria-labelledby="curve-title">
                <h2 id="curve-title">{tr("Beds, full days and utilization", "Camas, días a plena capacidad y utilización")}</h2>
                <BedCurveChart results=results chosen=curve_program/>
            </section>
            <Explanations results=results/>
    }
}

fn rule_sentence(r: &Results, lang: Lang) -> String {
    let fmt = Format::new(lang);
    let basis = cost_basis_words(r, lang);
    match (r.sizing.rule, lang) {
        (crisis_model::SizingRule::DaysFull, Lang::En) => format!(
            "Beds and chairs are sized so each program is full on at most {} of days, at most {} utilized; costs count {basis}.",
            fmt.percent(r.sizing.target),
            fmt.percent(r.sizing.max_utilization),
        ),
        (crisis_model::SizingRule::DaysFull, Lang::Es) => format!(
            "Las camas y los sillones se dimensionan para que cada programa esté lleno como máximo el {} de los días y se use como máximo al {}; los costos se calculan según {basis}.",
            fmt.percent(r.sizing.target),
            fmt.percent(r.sizing.max_utilization),
        ),
        (crisis_model::SizingRule::Occupancy, Lang::En) => format!(
            "Beds and chairs are sized for {} average occupancy; costs count {basis}.",
            fmt.percent(r.sizing.target),
        ),
        (crisis_model::SizingRule::Occupancy, Lang::Es) => format!(
            "Las camas y los sillones se dimensionan para una ocupación promedio de {}; los costos se calculan según {basis}.",
            fmt.percent(r.sizing.target),
        ),
    }
}

fn cost_basis_words(r: &Results, lang: Lang) -> &'static str {
    match r.cost_basis {
        crisis_model::CostBasis::OccupiedBedDays => {
            lang.pick("occupied bed-days", "los días-cama ocupados")
        }
        crisis_model::CostBasis::StaffedBeds => lang.pick(
            "staffed beds all year",
            "las camas con personal todo el año",
        ),
    }
}

/// A row of the capacity table.
#[derive(Clone, PartialEq)]
struct Row {
    name: String,
    unit: &'static str,
    f: Facility,
    pooled: bool,
}

fn stream_rows(s: &StreamResults, lang: Lang) -> Vec<Row> {
    let beds = lang.pick("beds", "camas");
    let mut rows = vec![Row {
        name: lang
            .pick("Receiving facility", "Centro de recepción de crisis")
            .to_string(),
        unit: lang.pick("chairs", "sillones"),
        f: s.receiving.clone(),
        pooled: false,
    }];
    for p in &s.programs {
        rows.push(Row {
            name: program_name_in(&p.name, lang),
            unit: beds,
            f: p.facility.clone(),
            pooled: false,
        });
    }
    if s.programs.len() > 1 {
        rows.push(Row {
            name: lang
                .pick(
                    "All residential programs as one pool (for comparison)",
                    "Todos los programas residenciales como un solo conjunto (para comparar)",
                )
                .to_string(),
            unit: beds,
            f: Facility {
                admissions_per_month: s.residential.admissions_per_month,
                load: s.residential.pooled.load,
                beds: s.residential.pooled.beds,
                days_full: s.residential.pooled.days_full,
                utilization: s.residential.pooled.utilization,
                ..Facility::default()
            },
            pooled: true,
        });
    }
    rows.push(Row {
        name: lang
            .pick("Psychiatric inpatient", "Hospitalización psiquiátrica")
            .to_string(),
        unit: beds,
        f: s.inpatient.clone(),
        pooled: false,
    });
    rows
}

fn row_view(row: Row, lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let f = &row.f;
    let util = fmt.percent(f.utilization);
    let util_cell = match f.warning.as_ref().map(|w| w.kind) {
        Some(WarningKind::LowUtilization) => {
            view! { <span class="warn">{util} {lang.pick(" low", " baja")}</span> }.into_any()
        }
        Some(WarningKind::OverFull) => {
            view! { <span class="warn">{util} {lang.pick(" high", " alta")}</span> }.into_any()
        }
        None => view! { <span>{util}</span> }.into_any(),
    };
    let facilities = if row.pooled || f.max_per_facility == 0 {
        "—".to_string()
    } else {
        fmt.thousands(f.facilities as f64)
    };
    let cost = if row.pooled {
        view! { <td>"—"</td> }.into_any()
    } else {
        view! {
            <td>
                {fmt.currency(f.cost.mid)}
                <span class="range">{fmt.currency_range(f.cost.low, f.cost.high)}</span>
            </td>
        }
        .into_any()
    };
    view! {
        <tr class:pooled=row.pooled>
            <th scope="row">{row.name}</th>
            <td>{fmt.number(f.admissions_per_month)}</td>
            <td>{fmt.number(f.load)}</td>
            <td>{format!("{} {}", fmt.thousands(f.beds as f64), row.unit)}</td>
            <td>{fmt.percent(f.days_full)}</td>
            <td>{util_cell}</td>
            <td>{facilities}</td>
            {cost}
        </tr>
    }
}

/// Where a warning applies, in words ("Adults: Living Room").
fn warning_place(r: &Results, key: &str, lang: Lang) -> String {
    let (stream, rest) = key.split_once('.').unwrap_or((key, ""));
    let s = if stream == "youth" {
        r.youth.as_ref()
    } else {
        Some(&r.adult)
    };
    let who = if r.youth.is_none() {
        ""
    } else if stream == "youth" {
        lang.pick("Youth: ", "Jóvenes: ")
    } else {
        lang.pick("Adults: ", "Adultos: ")
    };
    let what = match rest {
        "receiving" => lang
            .pick("Receiving facility", "Centro de recepción de crisis")
            .to_string(),
        "inpatient" => lang
            .pick("Psychiatric inpatient", "Hospitalización psiquiátrica")
            .to_string(),
        other => other
            .strip_prefix("programs[")
            .and_then(|t| t.strip_suffix(']'))
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| s.and_then(|s| s.programs.get(i)))
            .map_or_else(|| other.to_string(), |p| program_name_in(&p.name, lang)),
    };
    format!("{who}{what}")
}

/// What the capacity table draws, selected from the results in a language: its groups of rows
/// (adults, then youth when on) and its warnings (where, the message, the kind).
#[derive(Clone, PartialEq)]
struct FacilityFigures {
    groups: Vec<(&'static str, Vec<Row>)>,
    warnings: Vec<(String, String, WarningKind)>,
}

impl FacilityFigures {
    fn of(r: &Results, lang: Lang) -> Self {
        let mut groups = vec![(
            if r.youth.is_some() {
                lang.pick("Adults", "Adultos")
            } else {
                ""
            },
            stream_rows(&r.adult, lang),
        )];
        if let Some(y) = &r.youth {
            groups.push((lang.pick("Youth", "Jóvenes"), stream_rows(y, lang)));
        }
        let warnings = r
            .warnings()
            .into_iter()
            .map(|(key, w)| (warning_place(r, &key, lang), w.message_in(lang), w.kind))
            .collect();
        FacilityFigures { groups, warnings }
    }
}

#[component]
fn FacilityTable(f: FacilityFigures, lang: Lang) -> impl IntoView {
    let FacilityFigures { groups, warnings } = f;
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    view! {
        <section class="card" aria-labelledby="facility-title">
            <h2 id="facility-title">{t("Beds and chairs, service by service", "Camas y sillones, servicio por servicio")}</h2>
            // a table wider than a phone scrolls sideways: focusable, so a keyboard can scroll it
            {data_table(Name::Heading("facility-title"), view! {
                <table class="data">
                    <caption class="visually-hidden">
                        {t(
                            "For each facility-based service: admissions, average census, capacity, share of days full, utilization, facilities and annual cost.",
                            "Para cada servicio que se presta en un centro: ingresos, censo promedio, capacidad, proporción de días a plena capacidad, utilización, centros y costo anual.",
                        )}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("Service", "Servicio")}</th>
                            <th scope="col">{t("Admissions a month", "Admisiones al mes")}</th>
                            <th scope="col">{t("Average census", "Censo promedio")}</th>
                            <th scope="col">{t("Capacity", "Capacidad")}</th>
                            <th scope="col">{t("Days full", "Días sin camas libres")}</th>
                            <th scope="col">{t("Utilization", "Utilización")}</th>
                            <th scope="col">{t("Facilities", "Centros")}</th>
                            <th scope="col">{t("Cost a year (low to high)", "Costo al año (de bajo a alto)")}</th>
                        </tr>
                    </thead>
                    {groups
                        .into_iter()
                        .map(|(title, rows)| {
                            view! {
                                <tbody>
                                    {(!title.is_empty())
                                        .then(|| {
                                            view! {
                                                <tr class="group">
                                                    <th scope="rowgroup" colspan="8">{title}</th>
                                                </tr>
                                            }
                                        })}
                                    {rows.into_iter().map(|row| row_view(row, lang)).collect_view()}
                                </tbody>
                            }
                        })
                        .collect_view()}
                </table>
            })}
            <p class="hint">
                {t(
                    "Average census is the offered load: admissions a day times the average stay, the beds in use on an average day if nobody were turned away. Days full is the share of days every bed is taken (Erlang B).",
                    "El censo promedio es la carga ofrecida: ingresos al día por la estadía promedio, las camas en uso en un día promedio si no se rechazara a nadie. Días sin camas libres es la proporción de días en que todas las camas están ocupadas (Erlang B).",
                )}
            </p>
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <ul class="warnings">
                            {warnings
                                .into_iter()
                                .map(|(place, message, kind)| {
                                    let what = match kind {
                                        WarningKind::LowUtilization => t(
                                            "used less than half the time",
                                            "se usa menos de la mitad del tiempo",
                                        ),
                                        WarningKind::OverFull => t(
                                            "used more than 95% of the time",
                                            "se usa más del 95% del tiempo",
                                        ),
                                    };
                                    view! {
                                        <li>
                                            <details>
                                                <summary>{format!("{place}: {what}")}</summary>
                                                <p>{message}</p>
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

#[component]
fn StaffTable(m: MobileResults, c: CrisisLineResults, lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let share = fmt.percent(m.target_share);
    let minutes = fmt.thousands(m.max_wait_minutes);
    let mobile_target = match (m.mode, lang) {
        (crisis_model::ResponseMode::WithinWait, Lang::En) => {
            format!("{share} of requests get a free team within {minutes} minutes")
        }
        (crisis_model::ResponseMode::WithinWait, Lang::Es) => format!(
            "el {share} de las solicitudes obtiene un equipo disponible en {minutes} minutos o menos"
        ),
        (crisis_model::ResponseMode::AtOnce, Lang::En) => {
            format!("{share} of requests find a free team at once")
        }
        (crisis_model::ResponseMode::AtOnce, Lang::Es) => {
            format!("el {share} de las solicitudes encuentra un equipo disponible de inmediato")
        }
    };
    let (line_share, seconds) = (fmt.percent(c.target_share), fmt.thousands(c.answer_seconds));
    view! {
        <section class="card" aria-labelledby="staff-title">
            <h2 id="staff-title">{t("Mobile teams and the crisis line", "Equipos móviles y línea de crisis")}</h2>
            {data_table(Name::Heading("staff-title"), view! {
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{t("Service", "Servicio")}</th>
                            <th scope="col">{t("Volume a month", "Volumen al mes")}</th>
                            <th scope="col">{t("Busy at once (load)", "Ocupados a la vez (carga)")}</th>
                            <th scope="col">{t("On duty", "De turno")}</th>
                            <th scope="col">{t("Full-time staff", "Puestos de tiempo completo (FTE)")}</th>
                            <th scope="col">{t("Meeting the target", "Cumplen el objetivo")}</th>
                            <th scope="col">{t("Cost a year, low", "Costo al año, bajo")}</th>
                            <th scope="col">{t("Default", "Predeterminado")}</th>
                            <th scope="col">{t("High", "Alto")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">
                                {t("Mobile crisis teams", "Equipos móviles de crisis")}
                                <span class="hint">
                                    {format!(" {} {mobile_target}.", t("Target:", "Objetivo:"))}
                                </span>
                            </th>
                            <td>
                                {format!(
                                    "{} {}",
                                    fmt.thousands(m.dispatches_per_month.round()),
                                    t("dispatches", "despachos"),
                                )}
                            </td>
                            <td>{fmt.number(m.load)}</td>
                            <td>{format!("{} {}", fmt.thousands(m.teams as f64), t("teams", "equipos"))}</td>
                            <td>{fmt.one_decimal(m.fte)}</td>
                            <td>{fmt.percent(m.share_meeting_target)}</td>
                            <td>{fmt.currency(m.cost.low)}</td>
                            <td>{fmt.currency(m.cost.mid)}</td>
                            <td>{fmt.currency(m.cost.high)}</td>
                        </tr>
                        {c.enabled
                            .then(|| {
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {t("Crisis line counselors", "Consejeros de la línea de crisis")}
                                            <span class="hint">
                                                {match lang {
                                                    Lang::En => format!(
                                                        " Target: {line_share} of contacts answered within {seconds} seconds.",
                                                    ),
                                                    Lang::Es => format!(
                                                        " Objetivo: el {line_share} de los contactos atendidos en {seconds} segundos o menos.",
                                                    ),
                                                }}
                                            </span>
                                        </th>
                                        <td>
                                            {format!(
                                                "{} {}",
                                                fmt.thousands(c.contacts_per_month.round()),
                                                t("contacts", "contactos"),
                                            )}
                                        </td>
                                        <td>{fmt.number(c.load)}</td>
                                        <td>
                                            {format!(
                                                "{} {}",
                                                fmt.thousands(c.on_duty as f64),
                                                t("counselors", "consejeros"),
                                            )}
                                        </td>
                                        <td>{fmt.one_decimal(c.fte)}</td>
                                        <td>{fmt.percent(c.share_answered_in_time)}</td>
                                        <td>{fmt.currency(c.cost.low)}</td>
                                        <td>{fmt.currency(c.cost.mid)}</td>
                                        <td>{fmt.currency(c.cost.high)}</td>
                                    </tr>
                                }
                            })}
                    </tbody>
                </table>
            })}
        </section>
    }
}

#[component]
fn Explanations(results: Memo<Option<Results>>) -> impl IntoView {
    let lang = use_lang();
    let keys = Memo::new(move |_| {
        results.with(|r| r.as_ref().map(|r| r.explanation_keys()).unwrap_or_default())
    });
    let headline_keys = Memo::new(move |_| {
        keys.with(|k| {
            k.iter()
                .filter(|k| !k.contains('.'))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let detail_keys = Memo::new(move |_| {
        keys.with(|k| {
            k.iter()
                .filter(|k| k.contains('.'))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // the many per-service explanations are built only while their section is open
    let detail_open = RwSignal::new(false);
    let item = move |key: String| {
        let k = key.clone();
        let e = Memo::new(move |_| {
            let l = lang.get();
            results.with(|r| r.as_ref().and_then(|r| r.explain_in(&k, l)))
        });
        view! {
            <details class="explain" id=explain_anchor(&key)>
                <summary>{move || e.with(|e| e.as_ref().map(|e| e.figure.clone()))}</summary>
                <p class="formula">{move || e.with(|e| e.as_ref().map(|e| e.formula.clone()))}</p>
                <dl>
                    {move || {
                        e.get()
                            .map(|e| {
                                e.inputs
                                    .into_iter()
                                    .map(|(name, value)| view! { <dt>{name}</dt> <dd>{value}</dd> })
                                    .collect_view()
                            })
                    }}
                </dl>
            </details>
        }
    };
    view! {
        <section class="card explain-list" aria-labelledby="explain-title">
            <h2 id="explain-title">{tr("How is this calculated?", "¿Cómo se calcula?")}</h2>
            <p class="hint">
                {tr(
                    "Each figure with the formula, in words, and the inputs that produced it. Open a figure to see its working.",
                    "Cada cifra con su fórmula, en palabras, y los datos que la produjeron. Abra una cifra para ver el cálculo.",
                )}
                " "
                <crate::widgets::methods_link::MethodsLink/>
            </p>
            <For each=move || headline_keys.get() key=|k| k.clone() children=item/>
            <details
                class="explain-more"
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    let open = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| el.has_attribute("open"));
                    detail_open.set(open);
                }
            >
                <summary>{tr("Every other figure, service by service", "Todas las demás cifras, servicio por servicio")}</summary>
                <Show when=move || detail_open.get()>
                    <For each=move || detail_keys.get() key=|k| k.clone() children=item/>
                </Show>
            </details>
        </section>
    }
}
