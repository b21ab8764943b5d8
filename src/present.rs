//! Presentation mode, for a projector: large type, the headline figures, then one chart a slide.
//! Arrow keys (or Page Up / Page Down, Space) move between slides, Escape leaves, and `I` leaves
//! straight to the inputs. Everything shown comes from the same results as the page.

use crate::charts::{residential_options, BedCurve, CostChart, FlowDiagram};
use crate::results_view::{headlines, METRICS};
use crate::state::use_planner;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The slides, in order.
pub const SLIDES: [&str; 4] = [
    "What the community needs (headline figures)",
    "Where crisis episodes go",
    "Annual cost: the continuum against hospital only",
    "Beds, full days and utilization",
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

/// The presentation overlay; `slide` is `None` when not presenting.
#[component]
pub fn Presentation(slide: RwSignal<Option<usize>>) -> impl IntoView {
    let planner = use_planner();
    let results = planner.shown;
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
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
        let place = if r.place_name.trim().is_empty() {
            "your community".to_string()
        } else {
            r.place_name.clone()
        };
        let title = match n {
            0 => format!("What {place} needs"),
            _ => SLIDES[n.min(SLIDES.len() - 1)].to_string(),
        };
        let content = match n {
            0 => {
                let heads = headlines(&r);
                view! {
                    <div class="present-figures">
                        {METRICS
                            .iter()
                            .zip(heads)
                            .map(|((metric, label, class), h)| {
                                view! {
                                    <div class=format!("metric {class}")>
                                        <span class="label">{*label}</span>
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
            1 => view! { <FlowDiagram s=r.adult.clone() who=""/> }.into_any(),
            2 => view! { <CostChart r=r.clone()/> }.into_any(),
            _ => {
                let target = match r.sizing.rule {
                    crisis_model::SizingRule::DaysFull => Some(r.sizing.target),
                    crisis_model::SizingRule::Occupancy => None,
                };
                // the program with the most beds
                match residential_options(&r).into_iter().max_by_key(|o| o.2) {
                    Some((name, load, beds)) => {
                        view! { <BedCurve name=name load=load beds=beds target=target/> }.into_any()
                    }
                    None => view! { <p>"This scenario has no residential crisis programs."</p> }
                        .into_any(),
                }
            }
        };
        Some(view! {
            <div class="present" role="dialog" aria-modal="true" aria-label="Presentation">
                <header class="present-head">
                    <h2>{title}</h2>
                    <button type="button" class="secondary" on:click=move |_| slide.set(None)>
                        "Leave (Esc)"
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
                        "← Previous"
                    </button>
                    <span>
                        {format!("Slide {} of {}", n + 1, SLIDES.len())}
                        " · arrow keys move · Esc leaves · I opens the inputs"
                    </span>
                    <button
                        type="button"
                        class="secondary"
                        disabled={ n + 1 >= SLIDES.len() }
                        on:click=move |_| slide.set(Some((n + 1).min(SLIDES.len() - 1)))
                    >
                        "Next →"
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
            (3, "ArrowRight", Some(3)),
            (2, "ArrowLeft", Some(1)),
            (0, "PageUp", Some(0)),
            (2, "Home", Some(0)),
            (0, "End", Some(3)),
            (1, "Escape", None),
            (1, "i", Some(usize::MAX)),
            (1, "x", Some(1)),
        ];
        for &(from, key, want) in cases {
            assert_eq!(next_slide(from, key), want, "{from} {key}");
        }
    }
}
