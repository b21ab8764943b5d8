//! "What the continuum averts": the outcomes a year as ranges with their evidence, the
//! counter-evidence beside them, the published benchmarks beside the plan, and the methods
//! document (every formula, input and source, the checks the model passes) at `#methods`.
//! Every figure comes from the model (`crisis_model::outcomes`, `benchmarks`, `methods`).
//! Loaded on demand (`lazy::Part::Outcomes`); built from the results once typing pauses.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::charts::benchmarks::{benchmarks_csv, BenchmarkChart};
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::methods_link::MethodsLink;
use crate::widgets::table::{data_table, Name};
use crisis_model::benchmarks::{benchmarks, Benchmark};
use crisis_model::catalog::{Input, OUTCOME_INPUTS};
use crisis_model::methods::methods;
use crisis_model::outcomes::outcomes;
use crisis_model::scenario::outcome_sources::{outcome_citation_in, outcome_source};
use crisis_model::scenario::outcomes::OutcomeRates;
use crisis_model::validate::validate_outcomes_in;
use crisis_model::{Lang, Problem};
use leptos::prelude::*;
use std::sync::Arc;

/// The outcome table's rows, computed in the model: (id, label, figure, method, evidence id,
/// evidence label, source, counter sentence).
type Row = (
    &'static str,
    &'static str,
    String,
    &'static str,
    &'static str,
    &'static str,
    String,
    Option<&'static str>,
);

/// The benchmark table's rows: (id, label, published, the plan, position, source and method).
type Mark = [String; 6];

/// What the tables show.
type Shown = Option<(Vec<Row>, Vec<Mark>, Vec<Benchmark>, Lang)>;

#[component]
pub fn OutcomesSection() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    // the last outcomes of valid rates: a bad rate keeps them (its message is shown above)
    let last: RwSignal<Shown> = RwSignal::new(None);
    let problems = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| validate_outcomes_in(s, lang.get()))
    });
    Effect::new(move |_| {
        let l = lang.get();
        if !problems.with(|p| p.is_empty()) {
            return;
        }
        planner.settled.with(|r| {
            if let Some(r) = r {
                let rows = outcomes(r)
                    .iter()
                    .map(|o| {
                        (
                            o.id,
                            o.label_in(l),
                            o.figure_in(l),
                            o.method.label_in(l),
                            o.evidence.id(),
                            o.evidence.label_in(l),
                            o.source_in(r, l),
                            o.counter.map(|c| c.sentence_in(l)),
                        )
                    })
                    .collect();
                let published = benchmarks(r);
                let marks = published
                    .iter()
                    .map(|b| {
                        [
                            b.id.to_string(),
                            b.label_in(l).to_string(),
                            b.value_in(l),
                            b.show_in(b.comparable, l),
                            b.position.label_in(l).to_string(),
                            format!("{}. {}. {}", b.source, b.method_in(l), b.counts_in(l)),
                        ]
                    })
                    .collect();
                last.set(Some((rows, marks, published, l)));
            }
        });
    });
    view! {
        <section id="outcomes" class="card outcomes" aria-labelledby="outcomes-title">
            <h2 id="outcomes-title">{tr("What the continuum averts", "Lo que evita el continuo")}</h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("Emergency-department hours, admissions and police time, with the evidence", "Horas en la sala de emergencias, hospitalizaciones y tiempo de policía, con la evidencia")}</summary>
            <p class="hint">
                {tr(
                    "A year, against sending the same people to hospital only: each figure as a range with the kind of evidence behind it. Estimates, not promises: controlled studies find smaller effects than program reports, or none.",
                    "Al año, frente a enviar a las mismas personas solo a atención hospitalaria: cada cifra como un rango con el tipo de evidencia que la respalda. Son estimaciones, no promesas: los estudios controlados encuentran efectos menores que los informes de los programas, o ninguno.",
                )}
            </p>
            <ul class="problems" role="alert">
                {move || {
                    problems
                        .get()
                        .into_iter()
                        .map(|p| view! { <li><code>{p.field}</code> ": " {p.message}</li> })
                        .collect_view()
                }}
            </ul>
            {move || {
                last.get()
                    .map(|(rows, marks, published, l)| {
                        let data = published.clone();
                        view! {
                            <Tables rows=rows marks=marks/>
                            <ChartDownloads
                                title=(
                                    "Where this plan falls among the published benchmarks",
                                    "Dónde queda este plan entre las referencias publicadas",
                                )
                                units=(
                                    "Each benchmark in its own unit",
                                    "Cada referencia en su propia unidad",
                                )
                                file="benchmarks"
                                csv=Callback::new(move |l| benchmarks_csv(&data, l))
                            >
                                <BenchmarkChart marks=published lang=l/>
                            </ChartDownloads>
                        }
                    })
            }}
            <RateEditor problems=problems/>
            <p><MethodsLink/></p>
            </details>
        </section>
    }
}

#[component]
fn Tables(rows: Vec<Row>, marks: Vec<Mark>) -> impl IntoView {
    let mut counters: Vec<&'static str> = Vec::new();
    for r in &rows {
        if let Some(c) = r.7 {
            if !counters.contains(&c) {
                counters.push(c);
            }
        }
    }
    view! {
        {data_table(
            Name::Label(tr("What the continuum averts, a year", "Lo que evita el continuo, al año")().to_string()),
            view! {
            <table class="data outcome-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("Outcome", "Resultado")}</th>
                        <th scope="col">{tr("A year (range)", "Al año (rango)")}</th>
                        <th scope="col">{tr("Method", "Método")}</th>
                        <th scope="col">{tr("Evidence", "Evidencia")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(id, label, figure, method, evidence, evidence_label, source, _)| {
                            view! {
                                <tr data-outcome=id>
                                    <th scope="row">{label}</th>
                                    <td class="num">{figure}</td>
                                    <td>{method}</td>
                                    <td>
                                        <span class=format!("badge evidence-{evidence}") title=source>
                                            {evidence_label}
                                        </span>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            },
        )}
        <ul class="counter-evidence">
            {counters.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
        </ul>
        <h3>{tr("Published benchmarks", "Referencias publicadas")}</h3>
        <p class="hint">
            {tr(
                "Every benchmark is disputed, so several are shown, each with its source, its method and what it counts.",
                "Todas las referencias se discuten, así que se muestran varias, cada una con su fuente, su método y lo que cuenta.",
            )}
        </p>
        {data_table(
            Name::Label(tr("Published benchmarks", "Referencias publicadas")().to_string()),
            view! {
            <table class="data benchmark-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("Benchmark", "Referencia")}</th>
                        <th scope="col">{tr("Published", "Publicado")}</th>
                        <th scope="col">{tr("This plan", "Este plan")}</th>
                        <th scope="col">{tr("Source, method, what it counts", "Fuente, método, lo que cuenta")}</th>
                    </tr>
                </thead>
                <tbody>
                    {marks
                        .into_iter()
                        .map(|[id, label, value, plan, position, about]| {
                            view! {
                                <tr data-benchmark=id>
                                    <th scope="row">{label}</th>
                                    <td class="num">{value}</td>
                                    <td class="num">{plan} " (" {position} ")"</td>
                                    <td class="hint">{about}</td>
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

/// "Change the rates": every outcome rate in use with its low and high ends, its source or
/// assumption, and the model's message under a field it rejects. The figures above follow
/// once typing pauses; a rejected rate keeps the last ones.
#[component]
fn RateEditor(problems: Memo<Vec<Problem>>) -> impl IntoView {
    let planner = use_planner();
    // the rates in use (each the index of its value, low and high in the catalog's list)
    let used = Memo::new(move |_| {
        planner.scenario.with(|s| {
            OUTCOME_INPUTS
                .chunks_exact(3)
                .enumerate()
                .filter(|(_, r)| r[0].when.holds(s))
                .map(|(k, _)| k)
                .collect::<Vec<usize>>()
        })
    });
    view! {
        <details class="more rates no-print">
            <summary>{tr("Change the rates", "Cambiar las tasas")}</summary>
            <p class="hint">
                {tr(
                    "Each rate has a value and the low and high ends of its range; the ranges give the low and high figures above and feed \"How sure is this?\". Replace an assumption with your local data.",
                    "Cada tasa tiene un valor y los extremos bajo y alto de su rango; los rangos dan las cifras bajas y altas de arriba y alimentan \"¿Qué tan segura es esta estimación?\". Reemplace un supuesto con sus datos locales.",
                )}
            </p>
            <div class="range-grid">
                {move || used.get().into_iter().map(|k| view! { <RateRow k=k problems=problems/> }).collect_view()}
            </div>
        </details>
    }
}

/// One rate's value and ends, with its source.
#[component]
fn RateRow(k: usize, problems: Memo<Vec<Problem>>) -> impl IntoView {
    let lang = use_lang();
    let [value, low, high] = [0, 1, 2].map(|i| OUTCOME_INPUTS[3 * k + i]);
    let note = move || {
        let l = lang.get();
        outcome_source(value.path).map(|src| outcome_citation_in(&src, l))
    };
    let field = |input: &'static Input<OutcomeRates>, label: (&'static str, &'static str)| {
        let path = crisis_model::catalog::outcome_path(input.path);
        let at = path.clone();
        let error = Signal::derive(move || {
            problems.with(|p| p.iter().find(|p| p.field == at).map(|p| p.message.clone()))
        });
        crate::widgets::fields::number_field(
            label,
            path,
            input.unit,
            ("", ""),
            Arc::new(move |s: &crisis_model::Scenario| (input.get)(&s.outcomes)),
            Arc::new(move |s: &mut crisis_model::Scenario, v| (input.set)(&mut s.outcomes, v)),
            input.scale,
            None,
            true,
            None,
            false,
            Some(error),
        )
    };
    view! {
        <fieldset class="range-row rate-row" data-rate=value.path>
            <legend>{move || value.label_in(lang.get())}</legend>
            <p class="hint rate-source">{note}</p>
            <div class="range-ends">
                {field(value, ("Value", "Valor"))}
                {field(low, ("Low end", "Extremo bajo"))}
                {field(high, ("High end", "Extremo alto"))}
            </div>
        </fieldset>
    }
}

/// The methods page (`?view=methods`): the methods document for the scenario on screen, one
/// printable page, with the way back to the planner.
#[component]
pub fn MethodsPage() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let doc = move || {
        let l: Lang = lang.get();
        planner.settled.with(|r| r.as_ref().map(|r| methods(r, l)))
    };
    let back = crate::shell::methods::planner_href();
    view! {
        <article id="methods" class="card methods methods-page" aria-labelledby="methods-title">
            <p class="methods-actions no-print">
                <a
                    href=back
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                            ev.prevent_default();
                            crate::shell::methods::show(false);
                        }
                    }
                >
                    {tr("Back to the planner", "Volver al planificador")}
                </a>
                " "
                <button type="button" class="secondary" on:click=move |_| crate::shell::lazy::print_all()>
                    {tr("Print", "Imprimir")}
                </button>
            </p>
            {move || match doc() {
                None => view! {
                    <h2 id="methods-title">{tr("Methods", "Métodos")}</h2>
                    <p>{tr(
                        "The methods appear as soon as the inputs marked in red are fixed.",
                        "Los métodos aparecen en cuanto se corrijan los datos marcados en rojo.",
                    )}</p>
                }.into_any(),
                Some(m) => view! {
                <h2 id="methods-title">{m.title}</h2>
                <ul>
                    {m.about.into_iter().map(|(k, v)| view! { <li><strong>{k} ": "</strong> {v}</li> }).collect_view()}
                </ul>
                <h3>{tr("Formulas", "Fórmulas")}</h3>
                <dl class="formulas">
                    {m.formulas.into_iter().map(|(key, e)| view! {
                        <dt><code>{key}</code> ": " {e.figure}</dt>
                        <dd>
                            <p>{e.formula}</p>
                            <ul>
                                {e.inputs.into_iter().map(|(n, v)| view! { <li>{n} ": " {v}</li> }).collect_view()}
                            </ul>
                        </dd>
                    }).collect_view()}
                </dl>
                <h3>{tr("Inputs", "Datos")}</h3>
                {data_table(
                    Name::Label(tr("Inputs", "Datos")().to_string()),
                    view! {
                <table class="data methods-inputs">
                    <thead>
                        <tr>
                            <th scope="col">{tr("Input", "Dato")}</th>
                            <th scope="col">{tr("Value", "Valor")}</th>
                            <th scope="col">{tr("Accepted", "Valores aceptados")}</th>
                            <th scope="col">{tr("Source", "Fuente")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {m.inputs.into_iter().map(|i| {
                            let path = i.path.clone();
                            view! {
                            <tr data-path=path>
                                <th scope="row">{i.label} <br/> <code>{i.path}</code></th>
                                <td>{i.value}</td>
                                <td>{i.range}</td>
                                <td>{i.source}</td>
                            </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                    },
                )}
                <h3>{tr("Checks the model passes", "Comprobaciones del modelo")}</h3>
                <ul>
                    {m.checks.into_iter().map(|c| view! {
                        <li data-passed=c.passed.to_string()><strong>{c.name}</strong> ": " {c.detail}</li>
                    }).collect_view()}
                </ul>
                }.into_any(),
            }}
        </article>
    }
}

/// The presentation's slide "What the continuum averts": the summary's outcomes as large
/// figures with their ranges and evidence, and the counter-evidence under them. Handed to the
/// presentation by the app's root (`parts.rs`), like the gap's slide.
pub fn outcomes_slide(r: &crisis_model::Results, lang: Lang) -> AnyView {
    if !validate_outcomes_in(r.scenario(), lang).is_empty() {
        return view! {
            <p>
                {lang.pick(
                    "An outcome rate needs fixing: see \u{201c}What the continuum averts\u{201d} on the page.",
                    "Hay que corregir una tasa de resultados: vea \u{201c}Lo que evita el continuo\u{201d} en la página.",
                )}
            </p>
        }
        .into_any();
    }
    let all = outcomes(r);
    let shown: Vec<_> = crisis_model::outcomes::SUMMARY_IDS
        .iter()
        .filter_map(|id| all.iter().find(|o| o.id == *id))
        .collect();
    let mut counters: Vec<&'static str> = Vec::new();
    for o in &shown {
        if let Some(c) = o.counter.map(|c| c.sentence_in(lang)) {
            if !counters.contains(&c) {
                counters.push(c);
            }
        }
    }
    view! {
        <div class="present-figures averts">
            {shown
                .iter()
                .map(|o| {
                    view! {
                        <div class="metric" data-present-outcome=o.id>
                            <span class="label">{o.label_in(lang)}</span>
                            <span class="value">{o.figure_in(lang)}</span>
                            <span class="detail">
                                <span class=format!("badge evidence-{}", o.evidence.id())>{o.evidence.label_in(lang)}</span>
                                " · "
                                {o.method.label_in(lang)}
                            </span>
                        </div>
                    }
                })
                .collect_view()}
        </div>
        <ul class="counter-evidence">
            {counters.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}
