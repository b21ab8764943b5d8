//! "Several areas" at its own address, `?view=areas` (the scenario's `s` and the language stay
//! in the address): whether it is shown, going there and back (a history entry of its own, so
//! Back returns to the planner). The mode itself is a part that loads on demand
//! (`lazy::Part::Areas`), built by the app's root.

use crate::browser::{self, Entry};
use crate::shell::methods::VIEW_PARAM;
use leptos::prelude::*;

/// The address parameter's value for "Several areas".
pub const AREAS: &str = "areas";

/// Whether "Several areas" is shown (provided by the app's root).
#[derive(Clone, Copy)]
pub struct AreasView(pub RwSignal<bool>);

/// True when the address asks for "Several areas".
fn asked() -> bool {
    browser::query_param(VIEW_PARAM).as_deref() == Some(AREAS)
}

/// Provide the mode's switch, shown when the address asks for it; Back and Forward follow the
/// address.
pub fn provide() -> RwSignal<bool> {
    let open = RwSignal::new(asked());
    browser::on_window(leptos::ev::popstate, move |_| open.set(asked()));
    provide_context(AreasView(open));
    open
}

/// Show "Several areas" (or the planner again) as a step of its own in the history.
pub fn show(open: bool) {
    browser::set_query(Entry::Push, false, &|p| {
        let shown = p.get(VIEW_PARAM).as_deref() == Some(AREAS);
        if open {
            p.set(VIEW_PARAM, AREAS);
        } else {
            p.delete(VIEW_PARAM);
        }
        shown != open
    });
    if let Some(AreasView(s)) = use_context::<AreasView>() {
        s.set(open);
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
