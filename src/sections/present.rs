//! Presentation mode, for a projector: large type, the headline figures, then one chart a slide
//! (who pays among them).
//! Arrow keys (or Page Up / Page Down, Space) move between slides, Escape leaves, and `I` leaves
//! straight to the inputs. Everything shown comes from the same results as the page.

use crate::browser;
use crate::shell::i18n::use_lang;
use crate::shell::state::use_planner;
use crate::widgets::charts::who_pays::WhoPaysBars;
use crate::widgets::charts::{residential_options, BedCurve, CostChart, FlowDiagram};
use crate::widgets::fields::Text;
use crate::widgets::headlines::{headlines, METRICS};
use crisis_model::{Lang, Results};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The slides, in order (English, Spanish).
pub const SLIDES: [Text; 8] = [
    (
        "What the community needs (headline figures)",
        "Lo que necesita la comunidad (cifras principales)",
    ),
    (
        "Where crisis episodes go",
        "Adónde van los episodios de crisis",
    ),
    (
        "Annual cost: the continuum against hospital only",
        "Costo anual: el continuo frente a la atención solo hospitalaria",
    ),
    ("Who pays", "Quién paga"),
    (
        "Beds, full days and utilization",
        "Camas, días a plena capacidad y utilización",
    ),
    (
        "What the continuum averts, a year",
        "Lo que evita el continuo, al año",
    ),
    (
        "Today's capacity against need",
        "La capacidad actual frente a la necesidad",
    ),
    (
        "The build-out plan, year by year",
        "El plan de ampliación de la capacidad, año por año",
    ),
];

/// The next slide for a key, or `None` to leave (`Some(usize::MAX)` means "leave to the inputs").
pub fn next_slide(current: usize, key: &str) -> Option<usize> {
    let last = SLIDES.len() - 1;
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some((current + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        "Escape" => None,
        "i" | "I" => Some(usize::MAX),
        _ => Some(current),
    }
}

/// The last slide, today's capacity against need, drawn by the gap section: the app's root hands
/// it in (`parts.rs`), so this section does not import another.
pub type GapSlide = fn(&Results, Lang) -> AnyView;

/// The build-out plan's slide, drawn by the build-out section and handed in the same way.
pub type PlanSlide = fn(&Results, Lang) -> AnyView;

/// What the continuum averts, drawn by the outcomes section and handed in the same way.
pub type OutcomesSlide = fn(&Results, Lang) -> AnyView;

/// The presentation overlay; `slide` is `None` when not presenting. The arrow keys listen only
/// while the overlay is on the page: the listener goes with it, so presenting a second time
/// moves one slide a key, not two.
#[component]
pub fn Presentation(
    slide: RwSignal<Option<usize>>,
    gap_slide: GapSlide,
    plan_slide: PlanSlide,
    outcomes_slide: OutcomesSlide,
) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let results = planner.shown;
    browser::on_window(leptos::ev::keydown, move |ev| {
        let Some(current) = slide.get_untracked() else {
            return;
        };
        match next_slide(current, &ev.key()) {
            Some(usize::MAX) => {
                slide.set(None);
                if let Some(el) = document()
                    .query_selector("input[data-path='population']")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
            Some(n) => {
                if n != current {
                    ev.prevent_default();
                }
                slide.set(Some(n));
            }
            None => slide.set(None),
        }
    });
    let body = move || {
        let n = slide.get()?;
        let r = results.get()?;
        let l = lang.get();
        let place = if r.place_name.trim().is_empty() {
            l.pick("your community", "su comunidad").to_string()
        } else {
            r.place_name.clone()
        };
        let title = match (n, l) {
            (0, Lang::En) => format!("What {place} needs"),
            (0, Lang::Es) if r.place_name.trim().is_empty() => {
                "Lo que necesita su comunidad".to_string()
            }
            (0, Lang::Es) => format!("{place}: lo que se necesita"),
            _ => {
                let (en, es) = SLIDES[n.min(SLIDES.len() - 1)];
                l.pick(en, es).to_string()
            }
        };
        let content = match n {
            0 => {
                let heads = headlines(&r, l);
                view! {
                    <div class="present-figures">
                        {METRICS
                            .iter()
                            .zip(heads)
                            .map(|((metric, label, class), h)| {
                                view! {
                                    <div class=format!("metric {class}")>
                                        <span class="label">{l.pick(label.0, label.1)}</span>
                                        <span class="value" data-present-metric=*metric>{h.shown}</span>
                                        <span class="detail">{h.detail}</span>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                }
                .into_any()
            }
            1 => view! { <FlowDiagram s=r.adult.clone() who="" lang=l/> }.into_any(),
            2 => view! { <CostChart r=r.clone() lang=l/> }.into_any(),
            3 => {
                let f = crisis_model::funding::funding(&r);
                let notes = f.sign_notes_in(l);
                view! {
                    <WhoPaysBars f=f lang=l/>
                    {notes.into_iter().map(|n| view! { <p class="funding-note">{n}</p> }).collect_view()}
                }
                .into_any()
            }
            5 => outcomes_slide(&r, l),
            6 => gap_slide(&r, l),
            7 => plan_slide(&r, l),
            _ => {
                let target = match r.sizing.rule {
                    crisis_model::SizingRule::DaysFull => Some(r.sizing.target),
                    crisis_model::SizingRule::Occupancy => None,
                };
                // the program with the most beds
                match residential_options(&r, l).into_iter().max_by_key(|o| o.2) {
                    Some((name, load, beds)) => {
                        view! { <BedCurve name=name load=load beds=beds target=target lang=l/> }
                            .into_any()
                    }
                    None => view! {
                        <p>
                            {l.pick(
                                "This scenario has no residential crisis programs.",
                                "Este escenario no tiene programas residenciales de crisis.",
                            )}
                        </p>
                    }
                    .into_any(),
                }
            }
        };
        Some(view! {
            <div class="present" role="dialog" aria-modal="true" aria-label=l.pick("Presentation", "Presentación")>
                <header class="present-head">
                    <h2>{title}</h2>
                    <button type="button" class="secondary" on:click=move |_| slide.set(None)>
                        {l.pick("Leave (Esc)", "Salir (Esc)")}
                    </button>
                </header>
                <div class="present-body">{content}</div>
                <footer class="present-foot">
                    <button
                        type="button"
                        class="secondary"
                        disabled={ n == 0 }
                        on:click=move |_| slide.set(Some(n.saturating_sub(1)))
                    >
                        {l.pick("← Previous", "← Anterior")}
                    </button>
                    <span>
                        {match l {
                            Lang::En => format!(
                                "Slide {} of {} · arrow keys move · Esc leaves · I opens the inputs",
                                n + 1,
                                SLIDES.len(),
                            ),
                            Lang::Es => format!(
                                "Diapositiva {} de {} · las flechas avanzan · Esc sale · I abre los datos",
                                n + 1,
                                SLIDES.len(),
                            ),
                        }}
                    </span>
                    <button
                        type="button"
                        class="secondary"
                        disabled={ n + 1 >= SLIDES.len() }
                        on:click=move |_| slide.set(Some((n + 1).min(SLIDES.len() - 1)))
                    >
                        {l.pick("Next →", "Siguiente →")}
                    </button>
                </footer>
            </div>
        })
    };
    view! { {body} }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_between_slides() {
        let cases: &[(usize, &str, Option<usize>)] = &[
            (0, "ArrowRight", Some(1)),
            (0, " ", Some(1)),
            (3, "ArrowRight", Some(4)),
            (4, "ArrowRight", Some(5)),
            (6, "ArrowRight", Some(7)),
            (7, "ArrowRight", Some(7)),
            (2, "ArrowLeft", Some(1)),
            (0, "PageUp", Some(0)),
            (2, "Home", Some(0)),
            (0, "End", Some(7)),
            (1, "Escape", None),
            (1, "i", Some(usize::MAX)),
            (1, "x", Some(1)),
        ];
        for &(from, key, want) in cases {
            assert_eq!(next_slide(from, key), want, "{from} {key}");
        }
    }
}
