//! The link to the methods page (`?view=methods`, see `shell::methods`) beside every "How is this
//! calculated?": a plain click shows the page in place (a history entry of its own); a click
//! that opens a new tab or window follows the address.

use crate::shell::i18n::tr;
use crate::shell::methods;
use crate::shell::state::use_planner;
use leptos::prelude::*;

/// "The methods: every formula, input and source", linking to the methods page.
#[component]
pub fn MethodsLink() -> impl IntoView {
    let planner = use_planner();
    // the scenario's own link, once typing pauses (not the address, which may not have been
    // written yet)
    let href = move || {
        planner.settled.track();
        planner.scenario.with_untracked(methods::href_for)
    };
    view! {
        <a
            class="methods-link no-print"
            href=href
            on:click=move |ev: leptos::ev::MouseEvent| {
                if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                    ev.prevent_default();
                    methods::show(true);
                }
            }
        >
            {tr("The methods: every formula, input and source", "Los métodos: cada fórmula, dato y fuente")}
        </a>
    }
}
