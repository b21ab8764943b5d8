//! "Change the ranges": the low and high ends of each uncertain input with one value, edited as
//! absolute values (the model stores them as multiples of the value: `set_low`, `set_high`,
//! `range_ends`), each with its source and the model's message under the field; a button that
//! restores the preset's ranges; and the seed, read-only.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::fields::{NumberField, Text};
use crate::widgets::input_text::Scale;
use crisis_model::format::Format;
use crisis_model::uncertainty::{
    has_default_ranges, inputs, range_ends, restore_default_ranges, set_high, set_low, Unit,
};
use crisis_model::{InputId, Lang, UncertainInput};
use leptos::prelude::*;

/// The unit shown after a range's fields, in both languages.
fn unit_text(unit: Unit) -> Text {
    match unit {
        Unit::Share => ("% of episodes", "% de los episodios"),
        u => (u.label_in(Lang::En), u.label_in(Lang::Es)),
    }
}

/// One input's two ends.
#[component]
fn RangeRow(id: InputId, resolved: Memo<Vec<UncertainInput>>) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let stem = format!("uncertainty.{}", id.id());
    let unit = planner.scenario.with_untracked(|s| id.unit(s));
    let scale = if unit == Unit::Share {
        Scale::Percent
    } else {
        Scale::Plain
    };
    let low = move |s: &crisis_model::Scenario| range_ends(s, id).map_or(f64::NAN, |r| r.0);
    let high = move |s: &crisis_model::Scenario| range_ends(s, id).map_or(f64::NAN, |r| r.1);
    // the value itself, from the model, in words
    let value = move || {
        let l = lang.get();
        let f = Format::new(l);
        resolved.with(|list| {
            list.iter().find(|i| i.input == id).map(|i| {
                let v = if unit == Unit::Share {
                    f.percent(i.default)
                } else {
                    format!("{} {}", f.number(i.default), unit.label_for(i.default, l))
                };
                match l {
                    Lang::En => format!("The value: {v}"),
                    Lang::Es => format!("El valor: {v}"),
                }
            })
        })
    };
    view! {
        <fieldset class="range-row" data-input=id.id()>
            <legend>{move || id.label_in(lang.get())}</legend>
            <p class="range-value">{value}</p>
            <div class="range-ends">
                <NumberField
                    label=("Low", "Bajo")
                    path=format!("{stem}.low")
                    unit=unit_text(unit)
                    scale=scale
                    short=true
                    round=true
                    get=low
                    set=move |s, v| {
                        set_low(s, id, v);
                    }
                />
                <NumberField
                    label=("High", "Alto")
                    path=format!("{stem}.high")
                    unit=unit_text(unit)
                    scale=scale
                    short=true
                    round=true
                    get=high
                    set=move |s, v| {
                        set_high(s, id, v);
                    }
                />
            </div>
        </fieldset>
    }
}

/// The collapsible editor inside "How sure is this?".
#[component]
pub fn RangeEditor() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    // the inputs with a stored range that matter for this scenario (redrawn only when the list
    // itself changes, so typing in a range keeps its field)
    let resolved = Memo::new(move |_| planner.scenario.with(inputs));
    let ids = Memo::new(move |_| {
        resolved.with(|list| {
            list.iter()
                .filter(|i| i.factors.is_some())
                .map(|i| i.input)
                .collect::<Vec<InputId>>()
        })
    });
    let costs = Memo::new(move |_| {
        resolved.with(|list| {
            list.iter().any(|i| {
                i.factors.is_none()
                    && i.input.outcome_rate().is_none()
                    && !matches!(i.input, InputId::Funding(_))
            })
        })
    });
    let rates = Memo::new(move |_| {
        resolved.with(|list| list.iter().any(|i| i.input.outcome_rate().is_some()))
    });
    let defaults = Memo::new(move |_| planner.scenario.with(has_default_ranges));
    let locked = !crate::shell::embed::use_embed().may_edit("uncertainty");
    let seed = move || planner.scenario.with(|s| s.uncertainty.seed.to_string());
    view! {
        <details class="more ranges no-print">
            <summary>{tr("Change the ranges", "Cambiar los rangos")}</summary>
            <p class="hint">
                {tr(
                    "Each uncertain input is drawn between its low and its high value, most often near the value itself. Type the ends in the input's own units; a range follows its value when the value changes.",
                    "Cada dato incierto se genera entre su valor bajo y su valor alto, con más frecuencia cerca del valor mismo. Escriba los extremos en las unidades del dato; un rango sigue a su valor cuando el valor cambia.",
                )}
            </p>
            <div class="range-grid">
                {move || ids.get().into_iter().map(|id| view! { <RangeRow id=id resolved=resolved/> }).collect_view()}
            </div>
            <Show when=move || costs.get()>
                <p class="hint">
                    {tr(
                        "The range of each cost is its own low and high cost, set with the costs in the inputs.",
                        "El rango de cada costo es su propio costo bajo y alto, que se fijan con los costos en los datos.",
                    )}
                </p>
            </Show>
            <Show when=move || rates.get()>
                <p class="hint">
                    {tr(
                        "The range of each outcome rate (emergency-department hours, police time) is its own low and high end, set with the rates in ",
                        "El rango de cada tasa de resultados (horas en la sala de emergencias, tiempo de policía) es su propio extremo bajo y alto, que se fijan con las tasas en ",
                    )}
                    <a href="#outcomes">{tr("What the continuum averts", "Lo que evita el continuo")}</a>
                    "."
                </p>
            </Show>
            <p>
                <button
                    type="button"
                    class="secondary restore-ranges"
                    disabled=move || locked || defaults.get()
                    on:click=move |_| planner.step(restore_default_ranges)
                >
                    {tr("Restore the default ranges", "Restablecer los rangos predeterminados")}
                </button>
            </p>
            <p class="seed">
                {move || match lang.get() {
                    Lang::En => format!(
                        "Seed of the random draws: {}. The seed is part of the scenario, so the same link gives the same bands and the same simulated year.",
                        seed(),
                    ),
                    Lang::Es => format!(
                        "Semilla aleatoria de los sorteos: {}. La semilla aleatoria es parte del escenario, así que el mismo enlace da las mismas bandas y el mismo año simulado.",
                        seed(),
                    ),
                }}
            </p>
        </details>
    }
}
