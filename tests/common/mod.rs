//! What the browser test files share: mounting the app in a clean page, finding things, and
//! typing and clicking as a person would.
#![allow(dead_code)]

use crisis_continuum_planner::shell::i18n::LANG_KEY;
use crisis_continuum_planner::shell::kept::{TAB_ID_KEY, TAB_PREFIX};
use crisis_continuum_planner::shell::library::LIBRARY_KEY;
use crisis_continuum_planner::shell::persist::STORAGE_KEY;
use crisis_continuum_planner::App;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Replace the page address's query (`?s=...`), as opening a link would.
pub fn set_address(query: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

/// Mount a fresh App into its own section of the test page: no link, nothing saved, no
/// language chosen.
pub fn mount() -> Element {
    set_address("");
    for key in [STORAGE_KEY, LIBRARY_KEY, LANG_KEY] {
        storage().remove_item(key).unwrap();
    }
    forget_autosave();
    mount_here()
}

/// Forget every tab's autosaved scenario and this tab's id, as a new browser would have.
pub fn forget_autosave() {
    let s = storage();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(TAB_PREFIX) || k == STORAGE_KEY)
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
    let session = window().session_storage().unwrap().unwrap();
    session.remove_item(TAB_ID_KEY).unwrap();
}

/// Mount an App as the page stands (address and storage as they are).
pub fn mount_here() -> Element {
    let doc = document();
    let section = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&section).unwrap();
    let handle = mount_to(section.clone().unchecked_into(), App);
    handle.forget();
    section
}

pub fn q(root: &Element, sel: &str) -> Element {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {sel}"))
}

pub fn qa(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

pub fn text(root: &Element, sel: &str) -> String {
    q(root, sel).text_content().unwrap_or_default()
}

/// The plain number behind a headline figure.
pub fn metric(root: &Element, name: &str) -> f64 {
    q(root, &format!("[data-metric='{name}']"))
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

/// Type into an input found by a selector, as a person would.
pub async fn type_in(root: &Element, sel: &str, value: &str) {
    let input: HtmlInputElement = q(root, sel).unchecked_into();
    input.set_value(value);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
    tick().await;
}

/// Type into a field found by its model path.
pub async fn type_into(root: &Element, path: &str, value: &str) {
    type_in(root, &format!("input[data-path='{path}']"), value).await;
}

pub async fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
    tick().await;
}

/// Tick the checkbox (or untick it), as a click would.
pub async fn set_checked(el: &Element, on: bool) {
    let input: &HtmlInputElement = el.unchecked_ref();
    if input.checked() != on {
        input.click();
        tick().await;
    }
}

/// Wait for what follows the results once typing pauses (`state::SETTLE_MS`), then a tick.
pub async fn settle_then_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 400)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}
