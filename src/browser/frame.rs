//! A page shown in an iframe and the page around it: who the parent is (its origin), messages
//! from it (only from that window and that origin), messages to it (only to that origin), and
//! the height of this page's content as it changes (a `ResizeObserver`). Web glue only: what the
//! messages mean is the embed section's.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Whether this page is shown in a frame (its parent window is another window).
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|p| JsValue::from(&p) != JsValue::from(&w))
    })
}

/// The origin of the page that holds this one in a frame (`https://courses.example.org`), from
/// the browser's list of the frame's ancestors or else the address that loaded it; `None` when
/// this page is not in a frame or the parent's origin cannot be known.
pub fn parent_origin() -> Option<String> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    if JsValue::from(&parent) == JsValue::from(&w) {
        return None;
    }
    // `location.ancestorOrigins` (Chromium, Safari), which web-sys does not bind
    let first = js_sys::Reflect::get(&w.location(), &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|a| a.is_object())
        .and_then(|a| js_sys::Reflect::get(&a, &JsValue::from_f64(0.0)).ok())
        .and_then(|o| o.as_string());
    if let Some(first) = first {
        return (first != "null").then_some(first);
    }
    let referrer = w.document()?.referrer();
    let origin = web_sys::Url::new(&referrer).ok()?.origin();
    (origin != "null" && !origin.is_empty()).then_some(origin)
}

/// Call `f` with the data of every message the parent window sends from `origin`; messages
/// from any other window or origin are dropped. The listener leaves with the reactive owner.
pub fn on_parent_message(origin: String, f: impl Fn(&JsValue) + 'static) {
    crate::browser::on_window(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let Some(w) = web_sys::window() else {
            return;
        };
        let from_parent = match (ev.source(), w.parent().ok().flatten()) {
            (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
            _ => false,
        };
        if from_parent && ev.origin() == origin {
            f(&ev.data());
        }
    });
}

/// A text field of a message (`data.type`), if it is text.
pub fn text_field(data: &JsValue, key: &str) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    js_sys::Reflect::get(data, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// A number field of a message (`data.value`), if it is a number (not text that looks like one).
pub fn number_field(data: &JsValue, key: &str) -> Option<f64> {
    if !data.is_object() {
        return None;
    }
    js_sys::Reflect::get(data, &JsValue::from_str(key))
        .ok()?
        .as_f64()
}

/// A message being written: a plain object of text, numbers, flags and objects of numbers.
pub struct Message(js_sys::Object);

impl Message {
    /// A message of a type (`{ "type": kind }`).
    pub fn new(kind: &str) -> Message {
        Message(js_sys::Object::new()).text("type", kind)
    }

    fn set(self, key: &str, value: &JsValue) -> Message {
        let _ = js_sys::Reflect::set(&self.0, &JsValue::from_str(key), value);
        self
    }

    pub fn text(self, key: &str, value: &str) -> Message {
        self.set(key, &JsValue::from_str(value))
    }

    pub fn number(self, key: &str, value: f64) -> Message {
        self.set(key, &JsValue::from_f64(value))
    }

    pub fn flag(self, key: &str, value: bool) -> Message {
        self.set(key, &JsValue::from_bool(value))
    }

    /// An object of named numbers (`{ "beds": 55, ... }`).
    pub fn numbers(self, key: &str, values: &[(&str, f64)]) -> Message {
        let inner = js_sys::Object::new();
        for (k, v) in values {
            let _ = js_sys::Reflect::set(&inner, &JsValue::from_str(k), &JsValue::from_f64(*v));
        }
        self.set(key, &inner)
    }

    /// Send it to the parent window, delivered only if the parent is still at `origin`.
    pub fn post_to_parent(self, origin: &str) {
        if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
            let _ = parent.post_message(&self.0, origin);
        }
    }
}

/// An observer of the page's height and the callback it calls.
type Watch = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

thread_local! {
    /// The observer of the page's height and its callback, held until the owner is cleaned up.
    static HEIGHT: RefCell<Option<Watch>> = const { RefCell::new(None) };
}

/// The height of the page's content in CSS pixels, whole (the body and its margins: the
/// document's own height, not the frame's, so it can shrink as well as grow).
pub fn content_height() -> f64 {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return 0.0;
    };
    let margins = web_sys::window()
        .and_then(|w| w.get_computed_style(&body).ok().flatten())
        .map_or(0.0, |s| {
            let px = |p: &str| {
                s.get_property_value(p)
                    .ok()
                    .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
                    .unwrap_or(0.0)
            };
            px("margin-top") + px("margin-bottom")
        });
    (crate::browser::bounding_box(&body).height + margins).ceil()
}

/// Call `f` with the content's height now and whenever it changes (a `ResizeObserver` on the
/// body); the observer is disconnected when the reactive owner is cleaned up.
pub fn on_height_change(f: impl Fn(f64) + 'static) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last = std::cell::Cell::new(-1.0);
    let report = move || {
        let h = content_height();
        if h != last.get() {
            last.set(h);
            f(h);
        }
    };
    let callback = Closure::<dyn FnMut()>::new(report);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    // a new observer reports the body's size once at once, then on every change
    observer.observe(&body);
    HEIGHT.with(|h| {
        if let Some((old, _)) = h.borrow_mut().replace((observer, callback)) {
            old.disconnect();
        }
    });
    on_cleanup(|| {
        HEIGHT.with(|h| {
            if let Some((observer, _)) = h.borrow_mut().take() {
                observer.disconnect();
            }
        })
    });
}
