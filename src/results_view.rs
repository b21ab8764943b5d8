//! The results: headline figures, a table per service, the charts, and the explanation of every
//! figure. Everything shown is a field of `crisis_model::Results`, formatted by
//! `crisis_model::format`.

use crate::charts::{BedCurveChart, CostChart, FlowChart};
use crate::state::use_planner;
use crisis_model::format as fmt;
use crisis_model::{Facility, Results, StreamResults, WarningKind};
use leptos::prelude::*;

/// One headline figure: label, formatted value, a line of detail, the explanation to link to.
struct Headline {
    metric: &'static str,
    label: &'static str,
    value: f64,
    shown: String,
    detail: String,
    explain: &'static str,
    class: &'static str,
}

fn headlines(r: &Results) -> Vec<Headline> {
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
            metric: "residential-beds",
            label: "Residential crisis beds",
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
            explain: "totals.residential_beds",
            class: "",
        },
        Headline {
            metric: "residential-facilities",
            label: "Residential facilities",
            value: t.residential_facilities.total as f64,
            shown: fmt::thousands(t.residential_facilities.total as f64),
            detail: "at most 16 beds each (IMD limit)".to_string(),
            explain: "totals.residential_facilities",
            class: "",
        },
        Headline {
            metric: "receiving-chairs",
            label: "Receiving-facility chairs",
            value: t.receiving_chairs.total as f64,
            shown: fmt::thousands(t.receiving_chairs.total as f64),
            detail: "23-hour observation".to_string(),
            explain: "totals.receiving_chairs",
            class: "",
        },
        Headline {
            metric: "mobile-teams",
            label: "Mobile teams on duty",
            value: t.mobile_teams as f64,
            shown: fmt::thousands(t.mobile_teams as f64),
            detail: format!("{} full-time staff", fmt::one_decimal(t.mobile_fte)),
            explain: "totals.mobile_teams",
            class: "",
        },
        Headline {
            metric: "crisis-line-staff",
            label: "Crisis-line counselors on duty",
            value: t.crisis_line_on_duty as f64,
            shown: fmt::thousands(t.crisis_line_on_duty as f64),
            detail: format!("{} full-time counselors", fmt::one_decimal(t.crisis_line_fte)),
            explain: "totals.crisis_line_on_duty",
            class: "",
        },
        Headline {
            metric: "annual-cost",
            label: "Annual cost of the continuum",
            value: t.annual_cost.mid,
            shown: fmt::currency_compact(t.annual_cost.mid),
            detail: format!(
                "{} to {}",
                fmt::currency_compact(t.annual_cost.low),
                fmt::currency_compact(t.annual_cost.high)
            ),
            explain: "totals.annual_cost",
            class: "money",
        },
        Headline {
            metric: "hospital-only-cost",
            label: "Hospital-only cost",
            value: t.hospital_only_cost.mid,
            shown: fmt::currency_compact(t.hospital_only_cost.mid),
            detail: format!(
                "{} to {}",
                fmt::currency_compact(t.hospital_only_cost.low),
                fmt::currency_compact(t.hospital_only_cost.high)
            ),
            explain: "totals.hospital_only_cost",
            class: "money",
        },
        Headline {
            metric: "savings",
            label: "Savings a year",
            value: t.savings.mid,
            shown: fmt::currency_compact(t.savings.mid),
            detail: format!(
                "{} to {}",
                fmt::currency_compact(t.savings.low),
                fmt::currency_compact(t.savings.high)
            ),
            explain: "totals.savings",
            class: "saving",
        },
    ]
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
    let results = Memo::new(move |_| planner.shown.get());
    let stale = planner.stale;
    view! {
        <div class:stale-results=move || stale.get()>
            <Show when=move || stale.get()>
                <p class="status stale" role="status">
                    <strong>"Out of date: "</strong>
                    "these results are for your last valid inputs. Fix the inputs marked in red and they update at once."
                </p>
            </Show>
            {move || results.get().map(|r| view! { <ResultsBody r=r/> })}
        </div>
    }
}

#[component]
fn ResultsBody(r: Results) -> impl IntoView {
    let place = if r.place_name.trim().is_empty() {
        "your community".to_string()
    } else {
        r.place_name.clone()
    };
    let summary = format!(
        "Results for {place}: {} residential crisis beds, {} mobile teams on duty, annual cost {}, savings {}.",
        fmt::thousands(r.totals.residential_beds.total as f64),
        fmt::thousands(r.totals.mobile_teams as f64),
        fmt::currency_compact(r.totals.annual_cost.mid),
        fmt::currency_compact(r.totals.savings.mid),
    );
    let episodes = fmt::thousands(r.totals.episodes_per_year.round());
    let population = fmt::thousands(r.population);
    view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{summary}</p>
        <h2 class="place-title">
            "What " {place.clone()} " needs"
        </h2>
        <p class="lead">
            {population} " residents; about " {episodes}
            " crisis episodes a year needing an in-person response. "
            {rule_sentence(&r)}
        </p>
        <div class="headline">
            {headlines(&r)
                .into_iter()
                .map(|h| {
                    view! {
                        <div class=format!("metric {}", h.class)>
                            <span class="label">{h.label}</span>
                            <span class="value" data-metric=h.metric data-value=h.value.to_string()>
                                {h.shown}
                            </span>
                            <span class="detail">{h.detail}</span>
                            <a class="detail no-print" href=format!("#{}", explain_anchor(h.explain))>
                                "How is this calculated?"
                            </a>
                        </div>
                    }
                })
                .collect_view()}
        </div>
        <FacilityTable r=r.clone()/>
        <StaffTable r=r.clone()/>
        <div class="chart-grid">
            <section class="card" aria-labelledby="flow-title">
                <h2 id="flow-title">"Where crisis episodes go"</h2>
                <FlowChart r=r.clone()/>
            </section>
            <section class="card" aria-labelledby="cost-title">
                <h2 id="cost-title">"Annual cost: the continuum against hospital only"</h2>
                <CostChart r=r.clone()/>
            </section>
        </div>
        <section class="card" aria-labelledby="curve-title">
            <h2 id="curve-title">"Beds, full days and utilization"</h2>
            <BedCurveChart r=r.clone()/>
        </section>
        <Explanations r=r/>
    }
}

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
        Some(WarningKind::OverFull) => view! { <span class="warn">{util} " high"</span> }.into_any(),
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
    let s = if stream == "youth" { r.youth.as_ref() } else { Some(&r.adult) };
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
    let mut groups = vec![(if r.youth.is_some() { "Adults" } else { "" }, stream_rows(&r.adult))];
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
fn Explanations(r: Results) -> impl IntoView {
    let items = r.explanations();
    view! {
        <section class="card explain-list" aria-labelledby="explain-title">
            <h2 id="explain-title">"How is this calculated?"</h2>
            <p class="hint">
                "Each figure with the formula, in words, and the inputs that produced it."
            </p>
            {items
                .into_iter()
                .map(|(key, e)| {
                    view! {
                        <details class="explain" id=explain_anchor(&key)>
                            <summary>{e.figure.clone()}</summary>
                            <p class="formula">{e.formula.clone()}</p>
                            <dl>
                                {e.inputs
                                    .into_iter()
                                    .map(|(name, value)| view! { <dt>{name}</dt> <dd>{value}</dd> })
                                    .collect_view()}
                            </dl>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
