//! The results: headline figures, a table per service, the charts, and the explanation of every
//! figure. Everything shown is a field of `crisis_model::Results`, formatted by
//! `crisis_model::format`.

use crate::charts::{BedCurveChart, CostChart, FlowChart};
use crate::state::use_planner;
use crisis_model::format as fmt;
use crisis_model::{Facility, Results, StreamResults, WarningKind};
use leptos::prelude::*;

/// One headline figure: its formatted value and a line of detail (in the order of `METRICS`).
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub value: f64,
    pub shown: String,
    pub detail: String,
}

pub fn headlines(r: &Results) -> Vec<Headline> {
    let t = &r.totals;
    let split = |s: crisis_model::Split, noun: &str| {
        if r.youth.is_some() {
            format!(
                "{} adult, {} youth {noun}",
                fmt::thousands(s.adult as f64),
                fmt::thousands(s.youth as f64)
            )
        } else {
            String::new()
        }
    };
    vec![
        Headline {
            value: t.residential_beds.total as f64,
            shown: fmt::thousands(t.residential_beds.total as f64),
            detail: if r.youth.is_some() {
                split(t.residential_beds, "")
            } else {
                format!(
                    "{} if all programs shared one pool",
                    fmt::thousands(t.pooled_residential_beds.total as f64)
                )
            },
        },
        Headline {
            value: t.residential_facilities.total as f64,
            shown: fmt::thousands(t.residential_facilities.total as f64),
            detail: "at most 16 beds each (IMD limit)".to_string(),
        },
        Headline {
            value: t.receiving_chairs.total as f64,
            shown: fmt::thousands(t.receiving_chairs.total as f64),
            detail: "23-hour observation".to_string(),
        },
        Headline {
            value: t.mobile_teams as f64,
            shown: fmt::thousands(t.mobile_teams as f64),
            detail: format!("{} full-time staff", fmt::one_decimal(t.mobile_fte)),
        },
        Headline {
            value: t.crisis_line_on_duty as f64,
            shown: fmt::thousands(t.crisis_line_on_duty as f64),
            detail: format!(
                "{} full-time counselors",
                fmt::one_decimal(t.crisis_line_fte)
            ),
        },
        Headline {
            value: t.annual_cost.mid,
            shown: fmt::currency_compact(t.annual_cost.mid),
            detail: range_words(t.annual_cost),
        },
        Headline {
            value: t.hospital_only_cost.mid,
            shown: fmt::currency_compact(t.hospital_only_cost.mid),
            detail: range_words(t.hospital_only_cost),
        },
        Headline {
            value: t.savings.mid,
            shown: fmt::currency_compact(t.savings.mid),
            detail: range_words(t.savings),
        },
    ]
}

/// "low to high" of a money range, smaller figure first (savings can be larger at low prices).
fn range_words(m: crisis_model::Money) -> String {
    let (a, b) = if m.low <= m.high {
        (m.low, m.high)
    } else {
        (m.high, m.low)
    };
    format!(
        "{} to {}",
        fmt::currency_compact(a),
        fmt::currency_compact(b)
    )
}

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
    let results = planner.shown;
    let stale = planner.stale;
    // state of the controls inside the results lives here, so a recomputation (every
    // keystroke) redraws the figures without resetting what the person chose to look at
    let show_youth_flow = RwSignal::new(false);
    let curve_program = RwSignal::new(0usize);
    let heads = Memo::new(move |_| results.with(|r| r.as_ref().map(headlines).unwrap_or_default()));
    let place = Memo::new(move |_| {
        results.with(|r| match r {
            Some(r) if !r.place_name.trim().is_empty() => r.place_name.clone(),
            _ => "your community".to_string(),
        })
    });
    let summary = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref().map(|r| {
                format!(
                    "Results for {}: {} residential crisis beds, {} mobile teams on duty, annual cost {}, savings {}.",
                    place.get(),
                    fmt::thousands(r.totals.residential_beds.total as f64),
                    fmt::thousands(r.totals.mobile_teams as f64),
                    fmt::currency_compact(r.totals.annual_cost.mid),
                    fmt::currency_compact(r.totals.savings.mid),
                )
            })
        })
    });
    let lead = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref().map(|r| {
                format!(
                    "{} residents; about {} crisis episodes a year needing an in-person response. {}",
                    fmt::thousands(r.population),
                    fmt::thousands(r.totals.episodes_per_year.round()),
                    rule_sentence(r)
                )
            })
        })
    });
    let field = move |i: usize, f: fn(&Headline) -> String| {
        heads.with(|h| h.get(i).map(f).unwrap_or_default())
    };
    view! {
        <div class:stale-results=move || stale.get()>
            <Show when=move || stale.get()>
                <p class="status stale" role="status">
                    <strong>"Out of date: "</strong>
                    "these results are for your last valid inputs. Fix the inputs marked in red and they update at once."
                </p>
            </Show>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                {move || summary.get()}
            </p>
            <h2 class="place-title">{move || format!("What {} needs", place.get())}</h2>
            <p class="lead">{move || lead.get()}</p>
            <div class="headline">
                {METRICS
                    .iter()
                    .enumerate()
                    .map(|(i, (metric, label, class))| {
                        view! {
                            <div class=format!("metric {class}")>
                                <span class="label">{*label}</span>
                                <span
                                    class="value"
                                    data-metric=*metric
                                    data-value=move || field(i, |h| h.value.to_string())
                                >
                                    {move || field(i, |h| h.shown.clone())}
                                </span>
                                <span class="detail">{move || field(i, |h| h.detail.clone())}</span>
                                <a class="detail no-print" href=format!("#{}", explain_anchor(metric))>
                                    "How is this calculated?"
                                </a>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                results
                    .get()
                    .map(|r| {
                        view! {
                            <FacilityTable r=r.clone()/>
                            <StaffTable r=r/>
                        }
                    })
            }}
            <div class="chart-grid">
                <section class="card" aria-labelledby="flow-title">
                    <h2 id="flow-title">"Where crisis episodes go"</h2>
                    <FlowChart results=results youth=show_youth_flow/>
                </section>
                <section class="card" aria-labelledby="cost-title">
                    <h2 id="cost-title">"Annual cost: the continuum against hospital only"</h2>
                    {move || results.get().map(|r| view! { <CostChart r=r/> })}
                </section>
            </div>
            <section class="card" aria-labelledby="curve-title">
                <h2 id="curve-title">"Beds, full days and utilization"</h2>
                <BedCurveChart results=results chosen=curve_program/>
            </section>
            <Explanations results=results/>
        </div>
    }
}

/// (data-metric, label, card class) of the headline figures, in page order.
pub const METRICS: [(&str, &str, &str); 8] = [
    ("residential-beds", "Residential crisis beds", ""),
    ("residential-facilities", "Residential facilities", ""),
    ("receiving-chairs", "Receiving-facility chairs", ""),
    ("mobile-teams", "Mobile teams on duty", ""),
    ("crisis-line-staff", "Crisis-line counselors on duty", ""),
    ("annual-cost", "Annual cost of the continuum", "money"),
    ("hospital-only-cost", "Hospital-only cost", "money"),
    ("savings", "Savings a year", "saving"),
];

fn rule_sentence(r: &Results) -> String {
    match r.sizing.rule {
        crisis_model::SizingRule::DaysFull => format!(
            "Beds and chairs are sized so each program is full on at most {} of days, at most {} utilized; costs count {}.",
            fmt::percent(r.sizing.target),
            fmt::percent(r.sizing.max_utilization),
            cost_basis_words(r)
        ),
        crisis_model::SizingRule::Occupancy => format!(
            "Beds and chairs are sized for {} average occupancy; costs count {}.",
            fmt::percent(r.sizing.target),
            cost_basis_words(r)
        ),
    }
}

fn cost_basis_words(r: &Results) -> &'static str {
    match r.cost_basis {
        crisis_model::CostBasis::OccupiedBedDays => "occupied bed-days",
        crisis_model::CostBasis::StaffedBeds => "staffed beds all year",
    }
}

/// A row of the capacity table.
struct Row {
    name: String,
    unit: &'static str,
    f: Facility,
    pooled: bool,
}

fn stream_rows(s: &StreamResults) -> Vec<Row> {
    let mut rows = vec![Row {
        name: "Receiving facility".to_string(),
        unit: "chairs",
        f: s.receiving.clone(),
        pooled: false,
    }];
    for p in &s.programs {
        rows.push(Row {
            name: p.name.clone(),
            unit: "beds",
            f: p.facility.clone(),
            pooled: false,
        });
    }
    if s.programs.len() > 1 {
        rows.push(Row {
            name: "All residential programs as one pool (for comparison)".to_string(),
            unit: "beds",
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
        name: "Psychiatric inpatient".to_string(),
        unit: "beds",
        f: s.inpatient.clone(),
        pooled: false,
    });
    rows
}

fn row_view(row: Row) -> impl IntoView {
    let f = &row.f;
    let util = fmt::percent(f.utilization);
    let util_cell = match f.warning.as_ref().map(|w| w.kind) {
        Some(WarningKind::LowUtilization) => {
            view! { <span class="warn">{util} " low"</span> }.into_any()
        }
        Some(WarningKind::OverFull) => {
            view! { <span class="warn">{util} " high"</span> }.into_any()
        }
        None => view! { <span>{util}</span> }.into_any(),
    };
    let facilities = if row.pooled || f.max_per_facility == 0 {
        "—".to_string()
    } else {
        fmt::thousands(f.facilities as f64)
    };
    let cost = if row.pooled {
        view! { <td>"—"</td> }.into_any()
    } else {
        view! {
            <td>
                {fmt::currency(f.cost.mid)}
                <span class="range">
                    {format!("{} to {}", fmt::currency_compact(f.cost.low), fmt::currency_compact(f.cost.high))}
                </span>
            </td>
        }
        .into_any()
    };
    view! {
        <tr class:pooled=row.pooled>
            <th scope="row">{row.name}</th>
            <td>{fmt::number(f.admissions_per_month)}</td>
            <td>{fmt::number(f.load)}</td>
            <td>{format!("{} {}", fmt::thousands(f.beds as f64), row.unit)}</td>
            <td>{fmt::percent(f.days_full)}</td>
            <td>{util_cell}</td>
            <td>{facilities}</td>
            {cost}
        </tr>
    }
}

/// Where a warning applies, in words ("Adults: Living Room").
fn warning_place(r: &Results, key: &str) -> String {
    let (stream, rest) = key.split_once('.').unwrap_or((key, ""));
    let s = if stream == "youth" {
        r.youth.as_ref()
    } else {
        Some(&r.adult)
    };
    let who = if r.youth.is_none() {
        String::new()
    } else if stream == "youth" {
        "Youth: ".to_string()
    } else {
        "Adults: ".to_string()
    };
    let what = match rest {
        "receiving" => "Receiving facility".to_string(),
        "inpatient" => "Psychiatric inpatient".to_string(),
        other => other
            .strip_prefix("programs[")
            .and_then(|t| t.strip_suffix(']'))
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| s.and_then(|s| s.programs.get(i)))
            .map_or_else(|| other.to_string(), |p| p.name.clone()),
    };
    format!("{who}{what}")
}

#[component]
fn FacilityTable(r: Results) -> impl IntoView {
    let mut groups = vec![(
        if r.youth.is_some() { "Adults" } else { "" },
        stream_rows(&r.adult),
    )];
    if let Some(y) = &r.youth {
        groups.push(("Youth", stream_rows(y)));
    }
    let warnings: Vec<(String, String, WarningKind)> = r
        .warnings()
        .into_iter()
        .map(|(key, w)| (warning_place(&r, &key), w.message.clone(), w.kind))
        .collect();
    view! {
        <section class="card" aria-labelledby="facility-title">
            <h2 id="facility-title">"Beds and chairs, service by service"</h2>
            <div class="table-wrap">
                <table class="data">
                    <caption class="visually-hidden">
                        "For each facility-based service: admissions, average census, capacity, share of days full, utilization, facilities and annual cost."
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Service"</th>
                            <th scope="col">"Admissions a month"</th>
                            <th scope="col">"Average census"</th>
                            <th scope="col">"Capacity"</th>
                            <th scope="col">"Days full"</th>
                            <th scope="col">"Utilization"</th>
                            <th scope="col">"Facilities"</th>
                            <th scope="col">"Cost a year (low to high)"</th>
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
                                    {rows.into_iter().map(row_view).collect_view()}
                                </tbody>
                            }
                        })
                        .collect_view()}
                </table>
            </div>
            <p class="hint">
                "Average census is the offered load: admissions a day times the average stay, the beds in use on an average day if nobody were turned away. Days full is the share of days every bed is taken (Erlang B)."
            </p>
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <ul class="warnings">
                            {warnings
                                .into_iter()
                                .map(|(place, message, kind)| {
                                    let what = match kind {
                                        WarningKind::LowUtilization => "used less than half the time",
                                        WarningKind::OverFull => "used more than 95% of the time",
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
fn StaffTable(r: Results) -> impl IntoView {
    let m = r.mobile;
    let c = r.crisis_line;
    let mobile_target = match m.mode {
        crisis_model::ResponseMode::WithinWait => format!(
            "{} of requests get a free team within {} minutes",
            fmt::percent(m.target_share),
            fmt::thousands(m.max_wait_minutes)
        ),
        crisis_model::ResponseMode::AtOnce => format!(
            "{} of requests find a free team at once",
            fmt::percent(m.target_share)
        ),
    };
    view! {
        <section class="card" aria-labelledby="staff-title">
            <h2 id="staff-title">"Mobile teams and the crisis line"</h2>
            <div class="table-wrap">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">"Service"</th>
                            <th scope="col">"Volume a month"</th>
                            <th scope="col">"Busy at once (load)"</th>
                            <th scope="col">"On duty"</th>
                            <th scope="col">"Full-time staff"</th>
                            <th scope="col">"Meeting the target"</th>
                            <th scope="col">"Cost a year, low"</th>
                            <th scope="col">"Default"</th>
                            <th scope="col">"High"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">
                                "Mobile crisis teams"
                                <span class="hint">{format!(" Target: {mobile_target}.")}</span>
                            </th>
                            <td>{format!("{} dispatches", fmt::thousands(m.dispatches_per_month.round()))}</td>
                            <td>{fmt::number(m.load)}</td>
                            <td>{format!("{} teams", fmt::thousands(m.teams as f64))}</td>
                            <td>{fmt::one_decimal(m.fte)}</td>
                            <td>{fmt::percent(m.share_meeting_target)}</td>
                            <td>{fmt::currency(m.cost.low)}</td>
                            <td>{fmt::currency(m.cost.mid)}</td>
                            <td>{fmt::currency(m.cost.high)}</td>
                        </tr>
                        {c.enabled
                            .then(|| {
                                view! {
                                    <tr>
                                        <th scope="row">
                                            "Crisis line counselors"
                                            <span class="hint">
                                                {format!(
                                                    " Target: {} of contacts answered within {} seconds.",
                                                    fmt::percent(c.target_share),
                                                    fmt::thousands(c.answer_seconds),
                                                )}
                                            </span>
                                        </th>
                                        <td>{format!("{} contacts", fmt::thousands(c.contacts_per_month.round()))}</td>
                                        <td>{fmt::number(c.load)}</td>
                                        <td>{format!("{} counselors", fmt::thousands(c.on_duty as f64))}</td>
                                        <td>{fmt::one_decimal(c.fte)}</td>
                                        <td>{fmt::percent(c.share_answered_in_time)}</td>
                                        <td>{fmt::currency(c.cost.low)}</td>
                                        <td>{fmt::currency(c.cost.mid)}</td>
                                        <td>{fmt::currency(c.cost.high)}</td>
                                    </tr>
                                }
                            })}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn Explanations(results: Memo<Option<Results>>) -> impl IntoView {
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
        let e = Memo::new(move |_| results.with(|r| r.as_ref().and_then(|r| r.explain(&k))));
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
            <h2 id="explain-title">"How is this calculated?"</h2>
            <p class="hint">
                "Each figure with the formula, in words, and the inputs that produced it. Open a figure to see its working."
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
                <summary>"Every other figure, service by service"</summary>
                <Show when=move || detail_open.get()>
                    <For each=move || detail_keys.get() key=|k| k.clone() children=item/>
                </Show>
            </details>
        </section>
    }
}
