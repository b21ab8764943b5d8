//! What a person sees if the app ever panics: a plain message instead of a frozen page.
//!
//! This hook runs in the development build and the browser tests. The release build stops at
//! once on a panic (`-Cpanic=immediate-abort`, scripts/build.mjs), so no hook runs there:
//! `assets/boot.js` shows the same message when the stop reaches the page as a
//! `WebAssembly.RuntimeError`. Keep the two texts the same.
//!
//! The panic is still logged to the browser console (console_error_panic_hook) for whoever
//! investigates; the message is built from DOM text nodes, never from markup. It is written in
//! English and Spanish at once: the app that knows the page's language may be the part that
//! stopped.

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
        title.set_text_content(Some(
            "Something went wrong in the calculator / Algo salió mal en la calculadora",
        ));
        let text = document.create_element("p").ok()?;
        text.set_attribute("lang", "en").ok()?;
        text.set_text_content(Some(
            "The page hit an unexpected error and stopped. Your scenario is kept in the page \
             address: reload the page to continue. If it happens again, please tell us what you \
             changed just before.",
        ));
        let text_es = document.create_element("p").ok()?;
        text_es.set_attribute("lang", "es").ok()?;
        text_es.set_text_content(Some(
            "La página tuvo un error inesperado y se detuvo. Su escenario se conserva en la \
             dirección de la página: recargue la página para continuar. Si vuelve a ocurrir, \
             cuéntenos qué cambió justo antes.",
        ));
        let button = document.create_element("button").ok()?;
        button.set_text_content(Some("Reload the page / Recargar la página"));
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
        inner.append_child(&text_es).ok()?;
        inner.append_child(&button).ok()?;
        outer.append_child(&inner).ok()?;
        Some(outer)
    };
    if let Some(el) = build() {
        let _ = body.append_child(&el);
    }
}
