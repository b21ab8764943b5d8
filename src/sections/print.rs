//! What paper shows instead of the input controls: the scenario's inputs as a compact table, each
//! with its source, so a printed page (a board packet) says what the figures rest on.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::fields::describe_source;
use crisis_model::catalog;
use crisis_model::presets::program_name_in;
use crisis_model::{source_in, Lang, Scenario};
use leptos::prelude::*;

/// (section, label, path, value) of every input that matters for the scenario as it stands,
/// written in a language: the catalog's inputs in use, a stream's flow shares that are not zero,
/// and each program's inputs.
pub fn input_rows(s: &Scenario, lang: Lang) -> Vec<(&'static str, String, String, String)> {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut rows = Vec::new();
    let section_of = |path: &str| {
        if path.starts_with("mobile.") || path.starts_with("crisis_line.") {
            t(
                "Mobile teams and crisis line",
                "Equipos móviles y línea de crisis",
            )
        } else if path.starts_with("receiving.")
            || path.starts_with("inpatient.")
            || path.starts_with("sizing.")
        {
            t("Facilities and sizing", "Centros y dimensionamiento")
        } else {
            t("The community", "La comunidad")
        }
    };
    // the community first, then where episodes go and the programs, then the services
    let (community, services): (Vec<_>, Vec<_>) = catalog::INPUTS
        .iter()
        .filter(|i| i.when.holds(s))
        .map(|input| {
            (
                section_of(input.path),
                input.label_in(lang).to_string(),
                input.path.to_string(),
                input.value_in((input.get)(s), lang),
            )
        })
        .partition(|row| row.0 == section_of("population"));
    rows.extend(community);
    let mut streams = vec![(false, &s.flow, &s.programs)];
    if s.youth.enabled {
        streams.push((true, &s.youth.flow, &s.youth.programs));
    }
    for (youth, flow, programs) in streams {
        let section = if youth {
            t(
                "Where youth episodes go",
                "Adónde van los episodios de jóvenes",
            )
        } else {
            t(
                "Where adult episodes go",
                "Adónde van los episodios de adultos",
            )
        };
        for input in catalog::FLOW_SHARES {
            let v = (input.get)(flow);
            if v != 0.0 {
                rows.push((
                    section,
                    input.label_in(lang).to_string(),
                    catalog::flow_path(youth, input.path),
                    input.value_in(v, lang),
                ));
            }
        }
        let section = if youth {
            t(
                "Youth residential programs",
                "Programas residenciales para jóvenes",
            )
        } else {
            t(
                "Adult residential programs",
                "Programas residenciales para adultos",
            )
        };
        for (i, p) in programs.iter().enumerate() {
            let name = program_name_in(&p.name, lang);
            for input in catalog::PROGRAM_INPUTS {
                rows.push((
                    section,
                    format!("{name}: {}", input.label_in(lang)),
                    catalog::program_path(youth, i, input.path),
                    input.value_in((input.get)(p), lang),
                ));
            }
        }
    }
    rows.extend(services);
    // the outcome rates in use, each with its low and high ends
    for rate in catalog::OUTCOME_INPUTS.chunks_exact(3) {
        let [value, low, high] = rate else { continue };
        if value.when.holds(s) {
            let o = &s.outcomes;
            rows.push((
                t("What the continuum averts", "Lo que evita el continuo"),
                value.label_in(lang).to_string(),
                catalog::outcome_path(value.path),
                format!(
                    "{} ({} – {})",
                    value.value_in((value.get)(o), lang),
                    low.value_in((low.get)(o), lang),
                    high.value_in((high.get)(o), lang)
                ),
            ));
        }
    }
    rows
}

/// The inputs table, shown only on paper.
#[component]
pub fn PrintInputs() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    view! {
        <section class="print-only print-inputs" aria-hidden="true">
            <h2>{tr("Inputs used", "Datos usados")}</h2>
            {move || {
                let l = lang.get();
                planner
                    .scenario
                    .with(|s| {
                        let rows = input_rows(s, l);
                        view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{l.pick("Input", "Dato")}</th>
                                        <th>{l.pick("Value", "Valor")}</th>
                                        <th>{l.pick("Source", "Fuente")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|(section, label, path, value)| {
                                            let src = source_in(s, &path)
                                                .or_else(|| crisis_model::scenario::outcome_sources::outcome_source(&path))
                                                .map(|src| {
                                                    let (kind, title, _, _) = describe_source(&src, l);
                                                    format!("{kind} {title}")
                                                })
                                                .unwrap_or_default();
                                            view! {
                                                <tr>
                                                    <td>{format!("{section}: {label}")}</td>
                                                    <td>{value}</td>
                                                    <td class="src">{src}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                    })
            }}
        </section>
    }
}
