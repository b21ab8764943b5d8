//! "The build-out plan, year by year": the plan's inputs (years, growth, start-up costs,
//! ramp-up, each service's opening year and yearly addition), the suggested phasing with its
//! rule, a chart of capacity against need per service, a chart of annual and cumulative cost,
//! the year table, a sentence a year and "How is this calculated?".
//!
//! Every figure and sentence comes from the model (`crisis_model::analysis::buildout`); the plan
//! is recomputed from the settled results (once typing pauses), so a 20-year plan never slows
//! typing. The inputs are part of the scenario, so the link, the JSON file and saved scenarios
//! keep them.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::geometry::{day_line, fit_width, nice_ceiling, step_path, Linear};
use crate::widgets::charts::room;
use crate::widgets::fields::{InputField, NumberField};
use crate::widgets::plan_table::{PlanLevelTable, PlanYearTable};
use crisis_model::analysis::buildout::{
    buildout_in, phasing_rule_in, suggest_phasing_in, BuildOutResults, PlanYear,
};
use crisis_model::catalog;
use crisis_model::format::Format;
use crisis_model::inventory::Entry;
use crisis_model::scenario::buildout::Addition;
use crisis_model::scenario::buildout_sources::citation_in;
use crisis_model::validate::validate_buildout_in;
use crisis_model::{Lang, Results, Scenario};
use leptos::prelude::*;

/// The build-out section.
#[component]
pub fn BuildOutSection() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let plan = Memo::new(move |_| {
        let l = lang.get();
        planner
            .settled
            .with(|r| r.as_ref().map(|r| buildout_in(r.scenario(), l)))
    });
    // the last plan that could be made, kept while an input is being fixed
    let last = RwSignal::new(None::<BuildOutResults>);
    Effect::new(move |_| {
        if let Some(Ok(p)) = plan.get() {
            last.set(Some(p));
        }
    });
    let stale = Memo::new(move |_| matches!(plan.get(), Some(Err(_))));
    view! {
        <section id="buildout" class="card buildout" aria-labelledby="buildout-title">
            <h2 id="buildout-title">
                {tr("The build-out plan, year by year", "El plan de ampliación de la capacidad, año por año")}
            </h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("From today's capacity to the need, year by year", "De la capacidad actual a la necesidad, año por año")}</summary>
            <p class="hint">
                {tr(
                    "From today's capacity (above, or nothing if it is not entered) to the need: choose when each service opens and how much it adds each year. The need is worked out again each year for the grown population; psychiatric inpatient care stays at each year's need in both this plan and hospital-only care.",
                    "Desde la capacidad actual (arriba, o nada si no se ingresó) hasta la necesidad: elija cuándo abre cada servicio y cuánto agrega cada año. La necesidad se calcula de nuevo cada año para la población aumentada; la hospitalización psiquiátrica se mantiene en la necesidad de cada año, tanto en este plan como en la solo atención hospitalaria.",
                )}
            </p>
            <PlanInputs last=last/>
            {move || match last.get() {
                Some(p) => view! { <PlanResults p=p stale=stale/> }.into_any(),
                None => {
                    view! {
                        <p class="status stale" role="status">
                            {tr(
                                "The plan appears as soon as the inputs marked in red are fixed.",
                                "El plan aparece en cuanto se corrijan los datos marcados en rojo.",
                            )}
                        </p>
                    }
                        .into_any()
                }
            }}
            </details>
        </section>
    }
}

/// The plan's problem at one input path, under its field (the plan's inputs are checked apart
/// from the rest of the scenario, so a bad value here never blocks the other results).
#[component]
fn PlanError(#[prop(into)] path: String) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let message = Memo::new(move |_| {
        let l = lang.get();
        planner.scenario.with(|s| {
            validate_buildout_in(s, l)
                .into_iter()
                .find(|p| p.field == path)
                .map(|p| p.message)
        })
    });
    move || {
        message
            .get()
            .map(|m| view! { <p class="field-error" role="alert">{m}</p> })
    }
}

/// A catalog input of the plan with its problem under it.
#[component]
fn PlanField(input: &'static catalog::Input<Scenario>) -> impl IntoView {
    view! {
        <div class="plan-field">
            <InputField input=input/>
            <PlanError path=input.path/>
        </div>
    }
}

/// The plan's inputs: years, growth, start-up, ramp-up, budget and phasing, each service's
/// additions.
#[component]
fn PlanInputs(last: RwSignal<Option<BuildOutResults>>) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let phasing_message = RwSignal::new(None::<String>);
    let suggest = move |_| {
        let l = lang.get_untracked();
        let result = planner
            .scenario
            .with_untracked(|s| suggest_phasing_in(s, l));
        match result {
            Ok(a) => {
                phasing_message.set(Some(
                    if a.0.is_empty() {
                        l.pick(
                            "The yearly budget does not pay for one unit of any service that is short: nothing was added.",
                            "El presupuesto anual no alcanza para una unidad de ningún servicio con faltante: no se agregó nada.",
                        )
                    } else {
                        phasing_rule_in(l)
                    }
                    .to_string(),
                ));
                planner.step(move |s| s.buildout.set_additions(&a));
            }
            Err(problems) => phasing_message.set(problems.first().map(|p| p.message.clone())),
        }
    };
    // the services the plan can build: those of the last plan, without inpatient care
    let entries = Memo::new(move |_| {
        last.with(|p| {
            p.as_ref()
                .and_then(|p| p.years.first())
                .map(|y| {
                    y.services
                        .iter()
                        .filter_map(|x| Entry::from_key(&x.key))
                        .filter(|e| !matches!(e, Entry::Inpatient { .. }))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let sources = move || {
        let l = lang.get();
        catalog::BUILDOUT_INPUTS
            .iter()
            .filter(|i| !i.path.ends_with("_low") && !i.path.ends_with("_high"))
            .filter_map(|i| citation_in(i.path, l).map(|c| (i.label_in(l), c)))
            .map(|(label, c)| view! { <li><strong>{label}</strong>": "{c}</li> })
            .collect_view()
    };
    view! {
        <div class="plan-inputs">
            <div class="inventory-grid">
                <PlanField input=&catalog::BUILDOUT_YEARS/>
                <PlanField input=&catalog::BUILDOUT_POPULATION_GROWTH/>
                <PlanField input=&catalog::BUILDOUT_COST_GROWTH/>
                <PlanField input=&catalog::BUILDOUT_RAMP_UP_MONTHS/>
                <PlanField input=&catalog::BUILDOUT_PREOPENING_MONTHS/>
                <PlanField input=&catalog::BUILDOUT_STARTUP_BED/>
                <PlanField input=&catalog::BUILDOUT_STARTUP_CHAIR/>
                <PlanField input=&catalog::BUILDOUT_STARTUP_TEAM/>
            </div>
            <details class="inventory-more">
                <summary>{tr("Low and high start-up costs", "Costos iniciales bajos y altos")}</summary>
                <div class="inventory-grid">
                    <PlanField input=&catalog::BUILDOUT_STARTUP_BED_LOW/>
                    <PlanField input=&catalog::BUILDOUT_STARTUP_BED_HIGH/>
                    <PlanField input=&catalog::BUILDOUT_STARTUP_CHAIR_LOW/>
                    <PlanField input=&catalog::BUILDOUT_STARTUP_CHAIR_HIGH/>
                    <PlanField input=&catalog::BUILDOUT_STARTUP_TEAM_LOW/>
                    <PlanField input=&catalog::BUILDOUT_STARTUP_TEAM_HIGH/>
                </div>
            </details>
            <details class="inventory-more">
                <summary>{tr("Sources of these defaults", "Fuentes de estos valores predeterminados")}</summary>
                <ul class="gap-notes">{sources}</ul>
            </details>
            <h3>{tr("When each service opens and what it adds", "Cuándo abre cada servicio y qué agrega")}</h3>
            <div class="phasing">
                <PlanField input=&catalog::BUILDOUT_BUDGET/>
                <button type="button" data-testid="suggest-phasing" on:click=suggest>
                    {tr("Suggest a phasing", "Sugerir una distribución por etapas")}
                </button>
                <p class="hint" data-testid="phasing-rule" aria-live="polite">
                    {move || phasing_message.get().unwrap_or_else(|| phasing_rule_in(lang.get()).to_string())}
                </p>
            </div>
            <div class="inventory-grid">
                {move || entries.get().into_iter().map(|e| view! { <AdditionFields entry=e/> }).collect_view()}
            </div>
        </div>
    }
}

/// One service's opening year and yearly addition.
#[component]
fn AdditionFields(entry: Entry) -> impl IntoView {
    let lang = use_lang();
    let start = format!("buildout.additions.{}.start_year", entry.key());
    let per = format!("buildout.additions.{}.per_year", entry.key());
    let unit = match entry {
        Entry::Receiving { .. } => ("chairs a year", "sillones al año"),
        Entry::Mobile => ("teams a year", "equipos al año"),
        Entry::CrisisLine => ("FTE a year", "FTE al año"),
        _ => ("beds a year", "camas al año"),
    };
    view! {
        <fieldset class="inventory-entry" data-entry=entry.key()>
            <legend>{move || capitalized(&entry.what_in(lang.get()))}</legend>
            <NumberField
                label=("Opens or grows from year", "Abre o crece desde el año")
                path=start.clone()
                get=move |s: &Scenario| s.buildout.addition(entry).start_year
                set=move |s: &mut Scenario, v| {
                    let a = s.buildout.addition(entry);
                    s.buildout.set_addition(entry, Addition { start_year: v, ..a })
                }
                short=true
            />
            <PlanError path=start/>
            <NumberField
                label=("Added each year until the need is met", "Se agrega cada año hasta cubrir la necesidad")
                path=per.clone()
                unit=unit
                get=move |s: &Scenario| s.buildout.addition(entry).per_year
                set=move |s: &mut Scenario, v| {
                    let a = s.buildout.addition(entry);
                    s.buildout.set_addition(entry, Addition { per_year: v, ..a })
                }
                short=true
            />
            <PlanError path=per/>
        </fieldset>
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The plan's figures: charts, the year table, a sentence a year, the notes and explanations.
#[component]
fn PlanResults(p: BuildOutResults, stale: Memo<bool>) -> impl IntoView {
    let lang = use_lang();
    let planner = use_planner();
    let p2 = p.clone();
    move || {
        let l = lang.get();
        let p = p2.clone();
        let explanations = planner.settled.with(|r| {
            r.as_ref().map(|r| {
                BuildOutResults::EXPLANATION_KEYS
                    .iter()
                    .filter_map(|k| p.explain_in(k, r.scenario(), l))
                    .map(|e| {
                        view! {
                            <dt>{e.figure.clone()}</dt>
                            <dd>{e.formula.clone()}</dd>
                        }
                    })
                    .collect_view()
            })
        });
        view! {
            <div class="gap" class:stale=move || stale.get() data-testid="buildout">
                <p class="gap-headline" data-testid="break-even">{p.break_even_sentence.clone()}</p>
                {
                    let (capacity, cost) = (p.years.clone(), p.years.clone());
                    let (small, bars) = (p.years.clone(), p.years.clone());
                    view! {
                        <ChartDownloads
                            title=(
                                "Capacity against need, service by service",
                                "Capacidad frente a la necesidad, servicio por servicio",
                            )
                            units=(
                                "Beds, chairs, teams or FTE by year of the plan (steps: capacity; line: need)",
                                "Camas, sillones, equipos o FTE por año del plan (escalones: capacidad; línea: necesidad)",
                            )
                            file="buildout-capacity"
                            csv=Callback::new(move |l| capacity_csv(&capacity, l))
                        >
                            <CapacityCharts years=small lang=l/>
                        </ChartDownloads>
                        <ChartDownloads
                            title=(
                                "Cost each year and cumulative cost: the plan and hospital-only care",
                                "Costo de cada año y costo acumulado: el plan y solo atención hospitalaria",
                            )
                            units=(
                                "Dollars (bars: each year; solid line: the plan, cumulative; dashed: hospital only, cumulative)",
                                "Dólares (barras: cada año; línea continua: el plan, acumulado; discontinua: solo atención hospitalaria, acumulado)",
                            )
                            file="buildout-cost"
                            csv=Callback::new(move |l| plan_cost_csv(&cost, l))
                        >
                            <CostChart years=bars lang=l/>
                        </ChartDownloads>
                    }
                }
                <PlanYearTable p=p.clone() lang=l/>
                <h3>{l.pick("Who pays each year's cost", "Quién paga el costo de cada año")}</h3>
                <p class="hint">
                    {l.pick(
                        "In the shares of \"Who pays\" at each year's need; start-up costs are split like operating costs (an assumption).",
                        "En las proporciones de \"Quién paga\" con la necesidad de cada año; los costos iniciales se reparten como los de operación (un supuesto).",
                    )}
                </p>
                <PlanLevelTable p=p.clone() lang=l/>
                <h3>{l.pick("Year by year, in plain words", "Año por año, en palabras simples")}</h3>
                <ul class="gap-sentences" data-testid="buildout-sentences">
                    {p.years.iter().map(|y| view! { <li>{y.sentence.clone()}</li> }).collect_view()}
                </ul>
                {(!p.notes.is_empty())
                    .then(|| view! { <ul class="gap-notes">{p.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> })}
                <details class="gap-notes">
                    <summary>{l.pick("How is this calculated?", "¿Cómo se calcula esto?")}</summary>
                    <dl>{explanations}</dl>
                    <p><crate::widgets::methods_link::MethodsLink/></p>
                </details>
            </div>
        }
    }
}

/// The small charts' data: each service's capacity and need, year by year.
fn capacity_csv(years: &[PlanYear], lang: Lang) -> String {
    let services: Vec<(String, String)> = years
        .first()
        .map(|y| {
            y.services
                .iter()
                .map(|x| (x.key.clone(), x.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut rows: Vec<(Vec<String>, Vec<f64>)> = Vec::new();
    for (key, label) in &services {
        for y in years {
            rows.push((
                vec![label.clone()],
                vec![
                    f64::from(y.year),
                    y.capacity.get(key).copied().unwrap_or(0.0),
                    y.need.get(key).copied().unwrap_or(0.0),
                ],
            ));
        }
    }
    crisis_model::export::chart_csv(
        &[
            lang.pick("Service", "Servicio"),
            lang.pick("Year", "Año"),
            lang.pick("Capacity", "Capacidad"),
            lang.pick("Need", "Necesidad"),
        ],
        &rows,
    )
}

/// The cost chart's data: each year's cost and the cumulative costs of the plan and of
/// hospital-only care.
fn plan_cost_csv(years: &[PlanYear], lang: Lang) -> String {
    let rows: Vec<(Vec<String>, Vec<f64>)> = years
        .iter()
        .map(|y| {
            (
                vec![y.year.to_string()],
                vec![
                    y.total_cost.mid,
                    y.cumulative_cost.mid,
                    y.cumulative_hospital_only_cost.mid,
                ],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Year", "Año"),
            lang.pick("Cost this year (dollars)", "Costo de este año (dólares)"),
            lang.pick(
                "Cumulative cost of the plan (dollars)",
                "Costo acumulado del plan (dólares)",
            ),
            lang.pick(
                "Cumulative cost of hospital-only care (dollars)",
                "Costo acumulado de solo atención hospitalaria (dólares)",
            ),
        ],
        &rows,
    )
}

/// Capacity (steps) against need (line) for each service, one small chart each.
#[component]
fn CapacityCharts(years: Vec<PlanYear>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let n = years.len();
    let title = lang.pick(
        "Capacity (steps) against need (line), service by service",
        "Capacidad (escalones) frente a la necesidad (línea), servicio por servicio",
    );
    let services: Vec<(String, String)> = years
        .first()
        .map(|y| {
            y.services
                .iter()
                .map(|x| (x.key.clone(), x.label.clone()))
                .collect()
        })
        .unwrap_or_default();
    let charts = services
        .into_iter()
        .map(|(key, label)| {
            let cap: Vec<f64> = years.iter().map(|y| y.capacity.get(&key).copied().unwrap_or(0.0)).collect();
            let need: Vec<f64> = years.iter().map(|y| y.need.get(&key).copied().unwrap_or(0.0)).collect();
            let top = nice_ceiling(cap.iter().chain(&need).fold(1.0f64, |a, b| a.max(*b)));
            let (w, h) = (280.0, 130.0);
            let x = Linear::new((0.0, n as f64), (36.0, w - 8.0));
            let y = Linear::new((0.0, top), (h - 20.0, 8.0));
            let words = match lang {
                Lang::En => format!(
                    "{label}: {} in year {n} against a need of {}",
                    f.number(cap.last().copied().unwrap_or(0.0)),
                    f.number(need.last().copied().unwrap_or(0.0))
                ),
                Lang::Es => format!(
                    "{label}: {} en el año {n} frente a una necesidad de {}",
                    f.number(cap.last().copied().unwrap_or(0.0)),
                    f.number(need.last().copied().unwrap_or(0.0))
                ),
            };
            view! {
                <div class="plan-chart" data-key=key>
                    <strong class="chart-label">{label}</strong>
                    <svg class="chart" viewBox=format!("0 0 {w} {h}") role="img" aria-label=words>
                        <line class="axis" x1="36" x2=w - 8.0 y1=h - 20.0 y2=h - 20.0 stroke="currentColor" stroke-opacity="0.3"/>
                        <text x="4" y="14" font-size="11">{f.number(top)}</text>
                        <text x="4" y=h - 22.0 font-size="11">"0"</text>
                        <text x="36" y=h - 4.0 font-size="11">{lang.pick("Year 1", "Año 1")}</text>
                        <text x=w - 8.0 y=h - 4.0 font-size="11" text-anchor="end">{n.to_string()}</text>
                        <path class="plan-capacity" d=step_path(&cap, x, y) fill="none" stroke="var(--brand)" stroke-width="2.5"/>
                        <path class="plan-need" d=day_line(&need, x, y) fill="none" stroke="var(--err-ink)" stroke-width="2" stroke-dasharray="5 3"/>
                    </svg>
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="chart-figure">
            <figcaption>{title}</figcaption>
            <div class="inventory-grid">{charts}</div>
        </figure>
    }
}

/// Each year's total cost (bars) with the cumulative cost of the plan and of hospital-only care
/// (lines).
#[component]
fn CostChart(years: Vec<PlanYear>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let n = years.len().max(1);
    let title = lang.pick(
        "Cost each year (bars) and cumulative cost: the plan (solid) and hospital-only care (dashed)",
        "Costo de cada año (barras) y costo acumulado: el plan (continua) y solo atención hospitalaria (discontinua)",
    );
    let top = nice_ceiling(
        years
            .iter()
            .map(|y| {
                y.cumulative_cost
                    .mid
                    .max(y.cumulative_hospital_only_cost.mid)
            })
            .fold(1.0f64, f64::max),
    );
    // drawn for the width it has (one to one on a phone, so its text keeps its size); a year's
    // label every `every` years so the labels never run into each other
    let (w, h) = (fit_width(room(), 860.0, 300.0), 260.0);
    let x = Linear::new((0.0, n as f64), (90.0, w - 10.0));
    let every = ((n as f64 * 28.0) / (w - 100.0)).ceil().max(1.0) as usize;
    let y = Linear::new((0.0, top), (h - 28.0, 10.0));
    let band = (x.map(1.0) - x.map(0.0)) * 0.6;
    let bars = years
        .iter()
        .enumerate()
        .map(|(i, yr)| {
            let cx = x.map(i as f64 + 0.5);
            let y0 = y.map(yr.total_cost.mid.max(0.0));
            view! {
                <rect class="plan-bar" x=cx - band / 2.0 y=y0 width=band height=(y.map(0.0) - y0).max(0.0) fill="var(--brand)" fill-opacity="0.35"/>
                {((i + 1) % every == 0 || i == 0).then(|| view! {
                    <text x=cx y=h - 10.0 font-size="12" text-anchor="middle">{yr.year.to_string()}</text>
                })}
            }
        })
        .collect_view();
    let cum: Vec<f64> = years.iter().map(|y| y.cumulative_cost.mid).collect();
    let hosp: Vec<f64> = years
        .iter()
        .map(|y| y.cumulative_hospital_only_cost.mid)
        .collect();
    view! {
        <figure class="chart-figure">
            <figcaption>{title}</figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label=title>
                <svg class="chart plan-cost" viewBox=format!("0 0 {w} {h}") role="img" aria-label=title>
                    <text x="4" y="16" font-size="12">{f.currency_compact(top)}</text>
                    <text x="4" y=h - 30.0 font-size="12">"$0"</text>
                    {bars}
                    <path d=day_line(&cum, x, y) fill="none" stroke="var(--brand)" stroke-width="2.5"/>
                    <path d=day_line(&hosp, x, y) fill="none" stroke="var(--err-ink)" stroke-width="2" stroke-dasharray="6 4"/>
                </svg>
            </div>
        </figure>
    }
}

/// The presentation's slide of the plan: when it pays for itself, each year's and the cumulative
/// cost, and a sentence a year.
pub fn plan_slide(r: &Results, lang: Lang) -> AnyView {
    match buildout_in(r.scenario(), lang) {
        Ok(p) => view! {
            <div class="present-plan">
                <p class="gap-headline">{p.break_even_sentence.clone()}</p>
                <CostChart years=p.years.clone() lang=lang/>
                // the first years and the last: a slide that fits the screen
                <ul class="gap-sentences">
                    {p.years
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i < 2 || *i + 1 == p.years.len())
                        .map(|(_, y)| view! { <li>{y.sentence.clone()}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        Err(problems) => view! {
            <p class="status stale">{problems.first().map(|p| p.message.clone())}</p>
        }
        .into_any(),
    }
}
