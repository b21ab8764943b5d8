//! What a person sees if the app ever panics: a plain message instead of a frozen page.
//!
//! The panic is still logged to the browser console (console_error_panic_hook) for whoever
//! investigates; the message is built from DOM text nodes, never from markup.

use wasm_bindgen::JsCast;

/// Install the panic hook. Called once, before the app mounts.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
}

fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let build = || -> Option<web_sys::Element> {
        let outer = document.create_element("div").ok()?;
        outer.set_id("crash");
        outer.set_class_name("crash");
        outer.set_attribute("role", "alert").ok()?;
        let inner = document.create_element("div").ok()?;
        let title = document.create_element("h2").ok()?;
        title.set_text_content(Some("Something went wrong in the calculator"));
        let text = document.create_element("p").ok()?;
        text.set_text_content(Some(
            "The page hit an unexpected error and stopped. Your scenario is kept in the page \
             address: reload the page to continue. If it happens again, please tell us what you \
             changed just before.",
        ));
        let button = document.create_element("button").ok()?;
        button.set_text_content(Some("Reload the page"));
        button.set_attribute("type", "button").ok()?;
        let reload = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        button
            .unchecked_ref::<web_sys::HtmlElement>()
            .set_onclick(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        inner.append_child(&title).ok()?;
        inner.append_child(&text).ok()?;
        inner.append_child(&button).ok()?;
        outer.append_child(&inner).ok()?;
        Some(outer)
    };
    if let Some(el) = build() {
        let _ = body.append_child(&el);
    }
}
