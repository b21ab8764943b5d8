//! The methods page at its own address, `?view=methods` (the scenario's `s` and the language
//! stay in the address): whether it is shown, going there and back (a history entry of its own,
//! so Back returns to the planner), and its address for a link. The page itself is a part that
//! loads on demand (`lazy::Part::Methods`), built by the app's root.

use crate::browser::{self, Entry};
use leptos::prelude::*;

/// The address parameter of the page's other views.
pub const VIEW_PARAM: &str = "view";
/// Its value for the methods page.
pub const METHODS: &str = "methods";

/// Whether the methods page is shown (provided by the app's root).
#[derive(Clone, Copy)]
pub struct MethodsView(pub RwSignal<bool>);

/// True when the address asks for the methods page.
fn asked() -> bool {
    browser::query_param(VIEW_PARAM).as_deref() == Some(METHODS)
}

/// Provide the methods page's switch, shown when the address asks for it; Back and Forward
/// follow the address.
pub fn provide() -> RwSignal<bool> {
    let open = RwSignal::new(asked());
    browser::on_window(leptos::ev::popstate, move |_| open.set(asked()));
    provide_context(MethodsView(open));
    open
}

/// The address of the methods page for a scenario: the address's other parameters kept (the
/// language, an embed's), `s` the scenario's link (none when too long for a link, as in the
/// address itself), then `view=methods`.
pub fn href_for(s: &crisis_model::Scenario) -> String {
    let text = crisis_model::link::encode(s);
    let fits = text.len() <= crisis_model::link::MAX_LINK_CHARS;
    browser::edited_query(&|p| {
        if fits {
            p.set(crate::shell::persist::LINK_PARAM, &text);
        } else {
            p.delete(crate::shell::persist::LINK_PARAM);
        }
        p.set(VIEW_PARAM, METHODS);
    })
    .map_or_else(|| format!("?{VIEW_PARAM}={METHODS}"), |q| format!("?{q}"))
}

/// The address of the planner itself (the methods page's way back).
pub fn planner_href() -> String {
    browser::edited_query(&|p| p.delete(VIEW_PARAM)).map_or_else(|| "?".into(), |q| format!("?{q}"))
}

/// Show the methods page (or the planner again) as a step of its own in the history.
pub fn show(open: bool) {
    browser::set_query(Entry::Push, false, &|p| {
        let shown = p.get(VIEW_PARAM).as_deref() == Some(METHODS);
        if open {
            p.set(VIEW_PARAM, METHODS);
        } else {
            p.delete(VIEW_PARAM);
        }
        shown != open
    });
    if let Some(MethodsView(s)) = use_context::<MethodsView>() {
        s.set(open);
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
