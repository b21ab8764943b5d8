//! The "Embed this" panel: the iframe code for the current scenario, with a lock option. The
//! embed settings a page was opened with are the shell's (`shell::embed`).

use crate::shell::embed::Embed;
use crate::shell::i18n::{tr, use_lang};
use crate::shell::lazy::{Deferred, Part, When};
use crate::shell::persist;
use leptos::prelude::*;

/// What the "Embed this" panel shows: kept by the button, so the choices outlive closing it.
#[derive(Clone, Copy)]
struct EmbedChoices {
    open: RwSignal<bool>,
    locked: RwSignal<bool>,
    allow_population: RwSignal<bool>,
}

/// The "Embed this" button; the panel it opens (`EmbedCode`) loads on demand (`lazy::Part::Embed`).
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let choices = EmbedChoices {
        open: RwSignal::new(false),
        locked: RwSignal::new(false),
        allow_population: RwSignal::new(true),
    };
    provide_context(choices);
    let open = choices.open;
    view! {
        <button
            type="button"
            class="secondary"
            aria-expanded=move || open.get().to_string()
            aria-controls="embed-panel"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {tr("Embed this", "Insertar en otra página")}
        </button>
        <Deferred part=Part::Embed when=When::While(open.into())/>
    }
}

/// The iframe snippet for the current scenario, with a lock option.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let EmbedChoices {
        open,
        locked,
        allow_population,
    } = expect_context::<EmbedChoices>();
    let lang = use_lang();
    let snippet = move || {
        // the address changes with every input (persist::keep), so read it when shown
        let _ = open.get();
        persist::flush();
        let href = persist::current_link().unwrap_or_default();
        let href = href.split("&embed").next().unwrap_or_default().to_string();
        let editable: Vec<&str> = if allow_population.get() {
            vec!["population"]
        } else {
            vec![]
        };
        Embed::snippet_in(&href, locked.get(), &editable, lang.get())
    };
    view! {
        <div id="embed-panel" class="embed-panel card" role="region" aria-label=tr("Embed this scenario", "Insertar este escenario")>
            <p>
                {tr(
                    "Paste this into a course page to show this scenario in a frame, without the site's header and footer.",
                    "Pegue esto en la página de un curso para mostrar este escenario en un marco, sin el encabezado ni el pie de página del sitio.",
                )}
                " "
                {tr(
                    "Its small script sizes the frame to the planner; the course page can also set the inputs readers may change and receive the figures (the README's \"Embedding\" section).",
                    "Su pequeño script ajusta la altura del marco al planificador; la página del curso también puede fijar los datos que los lectores pueden cambiar y recibir las cifras (sección \"Embedding\" del README).",
                )}
            </p>
            <label class="field-row">
                <input type="checkbox" prop:checked=move || locked.get() on:change=move |ev| locked.set(event_target_checked(&ev))/>
                {tr("Lock the inputs to this scenario", "Bloquear los datos en este escenario")}
            </label>
            <Show when=move || locked.get()>
                <label class="field-row">
                    <input
                        type="checkbox"
                        prop:checked=move || allow_population.get()
                        on:change=move |ev| allow_population.set(event_target_checked(&ev))
                    />
                    {tr(
                        "…but let readers change the population",
                        "…pero permitir que los lectores cambien la población",
                    )}
                </label>
            </Show>
            <label for="embed-snippet">{tr("Embed code", "Código para insertar")}</label>
            <textarea id="embed-snippet" readonly rows="4" prop:value=snippet></textarea>
        </div>
    }
}
