//! The browser glue, in one place: window event listeners that remove themselves, the page
//! address and its history, local storage, debounce, the animation-frame and
//! `IntersectionObserver` helpers, User Timing marks, the browser's languages, the clipboard,
//! printing and file downloads.
//!
//! This is the bottom layer of the interface: it knows `web_sys` and Leptos's reactive owner
//! (to clean up after itself), and nothing of the app: no view, no scenario, no text a person
//! reads. Everything above it (the shell, the widgets, the sections) reaches the browser through
//! these functions rather than through `web_sys::window()` on its own. (The one exception is the
//! crash message, `shell/crash.rs`, which builds its few elements itself: it runs after a panic,
//! and leans on as little as it can.)

pub mod frame;
pub mod idb;
pub mod image;

use leptos::ev::EventDescriptor;
use leptos::leptos_dom::helpers::WindowListenerHandle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// ---------------------------------------------------------------------------------------------
// Listeners

/// Listen to a window event for as long as the current reactive owner lives: the listener is
/// added now and removed when the owner is cleaned up (a view taken off the page, an unmounted
/// app), in the shape of leptos-use's `use_event_listener`. Leptos's own
/// `window_event_listener` removes nothing unless its handle is kept and removed; here the handle
/// goes straight to `on_cleanup`, so no caller can drop it. Outside any owner the listener stays
/// for the page's lifetime.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: JsCast,
{
    remove_on_cleanup(window_event_listener(event, handler));
}

/// One body for every listener (not one per event type): the handle goes to the owner's cleanup.
#[inline(never)]
fn remove_on_cleanup(handle: WindowListenerHandle) {
    on_cleanup(move || handle.remove());
}

// ---------------------------------------------------------------------------------------------
// The page address and its history

/// The address's query string (`?s=…&lang=es`), or empty.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// One parameter of the address's query.
pub fn query_param(name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(&query())
        .ok()?
        .get(name)
}

/// Every value of a parameter that may repeat (`vs=…&vs=…`), in order.
pub fn query_params(name: &str) -> Vec<String> {
    web_sys::UrlSearchParams::new_with_str(&query())
        .map(|p| {
            p.get_all(name)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The page's whole address.
pub fn href() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// The page's address without query or fragment (`https://host/tools/crisis/`).
pub fn page_address() -> Option<String> {
    let loc = web_sys::window()?.location();
    Some(format!("{}{}", loc.origin().ok()?, loc.pathname().ok()?))
}

/// Go to a fragment of the page (`#explain-beds`).
pub fn set_fragment(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// How a change of the address meets the browser's history.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Entry {
    /// Replace the current entry (Back does not return to the address before).
    Replace,
    /// A new entry (Back returns to the address before).
    Push,
}

/// The query of the address with `edit` applied to its parameters, as text (`name=x&vs=y`), for
/// a link of this page.
pub fn edited_query(edit: &dyn Fn(&web_sys::UrlSearchParams)) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(&query()).ok()?;
    edit(&params);
    Some(String::from(params.to_string()))
}

/// Change the address's query in place, without loading a page: `edit` changes the parameters
/// and says whether anything changed (nothing is written when not). `keep_fragment` keeps the
/// `#…` part; otherwise the new address has none.
pub fn set_query(
    entry: Entry,
    keep_fragment: bool,
    edit: &dyn Fn(&web_sys::UrlSearchParams) -> bool,
) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(params)) = (
        w.history(),
        web_sys::UrlSearchParams::new_with_str(&query()),
    ) else {
        return;
    };
    if !edit(&params) {
        return;
    }
    let fragment = if keep_fragment {
        w.location().hash().unwrap_or_default()
    } else {
        String::new()
    };
    let url = format!("?{}{fragment}", String::from(params.to_string()));
    let state = wasm_bindgen::JsValue::NULL;
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&state, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&state, "", Some(&url)),
    };
}

// ---------------------------------------------------------------------------------------------
// Local storage

/// Why local storage did not keep a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StorageError {
    /// The browser has no local storage for this page (turned off, or a sandboxed frame).
    Missing,
    /// The browser refused the value (storage full).
    Refused,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The text kept under a key, if any.
pub fn stored(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Keep a text under a key.
pub fn store(key: &str, value: &str) -> Result<(), StorageError> {
    storage()
        .ok_or(StorageError::Missing)?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

/// Whether the page has IndexedDB (`browser::idb` uses it).
pub fn has_indexed_db() -> bool {
    web_sys::window().is_some_and(|w| w.indexed_db().is_ok_and(|f| f.is_some()))
}

/// Forget the text under a key (nothing happens when there is no storage).
pub fn unstore(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// How many keys of local storage start with `prefix`.
pub fn count_keys(prefix: &str) -> usize {
    let Some(s) = storage() else {
        return 0;
    };
    let mut n = 0;
    for i in 0..s.length().unwrap_or(0) {
        if s.key(i)
            .ok()
            .flatten()
            .is_some_and(|k| k.starts_with(prefix))
        {
            n += 1;
        }
    }
    n
}

/// The keys of local storage that start with `prefix`.
pub fn stored_keys(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// The browser's estimate of the storage this site uses and may use, in bytes
/// (`navigator.storage.estimate()`), where it gives one.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let estimate: js_sys::Function = js_sys::Reflect::get(&storage, &"estimate".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = estimate.call0(&storage).ok()?.dyn_into().ok()?;
    let found = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let get = |key: &str| js_sys::Reflect::get(&found, &key.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}

/// This tab's own value under a key in session storage (which a reload keeps and a new tab does
/// not), made by `make` the first time it is asked for (and every time where session storage is
/// off).
pub fn tab_value(key: &str, make: impl FnOnce() -> String) -> String {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(v) = session
        .as_ref()
        .and_then(|s| s.get_item(key).ok().flatten())
    {
        return v;
    }
    let v = make();
    if let Some(s) = session {
        let _ = s.set_item(key, &v);
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Debounce

/// Runs the last of a burst of calls once the calls pause: each [`Debounce::call`] cancels the
/// one before it that has not run yet. Belongs to the reactive owner it was made in: once that
/// owner is gone, a waiting call does not run.
#[derive(Clone, Copy)]
pub struct Debounce {
    generation: StoredValue<u64>,
    delay_ms: u64,
}

impl Debounce {
    pub fn new(delay_ms: u64) -> Debounce {
        Debounce {
            generation: StoredValue::new(0),
            delay_ms,
        }
    }

    /// Run `f` after the delay, unless another call or [`Debounce::cancel`] comes first.
    pub fn call(&self, f: impl FnOnce() + 'static) {
        let generation = self.generation;
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        set_timeout(
            move || {
                if generation.try_get_value() == Some(this) {
                    f();
                }
            },
            std::time::Duration::from_millis(self.delay_ms),
        );
    }

    /// Forget the waiting call, if any.
    pub fn cancel(&self) {
        self.generation.update_value(|g| *g += 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Frames and observers

/// Run `f` once the next frame has been painted: a frame's animation callbacks run just before
/// its paint, and a task queued from one runs after it.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Call `near` once, when `el` comes within `margin` of the window (an `IntersectionObserver`
/// `rootMargin`, such as `"50% 0px 50% 0px"`); the observer then disconnects itself.
pub fn when_near(el: &web_sys::Element, margin: &str, near: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let hit = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if hit {
                observer.disconnect();
                near();
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    if let Ok(observer) =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    {
        observer.observe(el);
    }
    // the observer holds the callback for the page's lifetime (it disconnects itself)
    callback.forget();
}

/// Give the browser its thread back until the next task: a message to ourselves through a
/// `MessageChannel` (a `setTimeout(0)` chain is held back to 4 ms a turn once nested, which
/// added about a third to a run's wall time), or `setTimeout(0)` where that fails. The browser
/// still renders and handles input between the two tasks.
pub async fn yield_to_browser() {
    use wasm_bindgen::closure::Closure;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Ok(channel) = web_sys::MessageChannel::new() {
            let (inbox, outbox) = (channel.port1(), channel.port2());
            let done = resolve.clone();
            // the closure owns the channel, which keeps both ports alive until the message
            let on_message = Closure::once_into_js(move || {
                channel.port1().set_onmessage(None);
                let _ = done.call0(&wasm_bindgen::JsValue::NULL);
            });
            inbox.set_onmessage(Some(on_message.unchecked_ref()));
            if outbox.post_message(&wasm_bindgen::JsValue::NULL).is_ok() {
                return;
            }
            inbox.set_onmessage(None);
        }
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

// ---------------------------------------------------------------------------------------------
// User Timing and the browser's languages

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// The page's clock (`performance.now()`), in milliseconds.
pub fn now_ms() -> f64 {
    performance().map(|p| p.now()).unwrap_or(0.0)
}

/// A User Timing mark (`performance.mark`), for the browser benchmark (`e2e/bench.mjs`) and
/// the browser's performance panel; nothing on the page reads it.
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// A User Timing measure from a mark to now (`performance.measure(name, from)`).
pub fn measure(name: &str, from_mark: &str) {
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, from_mark);
    }
}

/// Forget the marks and measures of these names (a new run replaces the last one's, so a long
/// session does not pile them up).
pub fn clear_timings(names: &[&str]) {
    if let Some(p) = performance() {
        for n in names {
            p.clear_marks_with_mark_name(n);
            p.clear_measures_with_measure_name(n);
        }
    }
}

/// The browser's languages, in the person's order of preference (`navigator.languages`).
pub fn languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Call an object's method of no arguments by name, through `Reflect` and the one `call`
/// binding the page already has: what only the parts loaded on demand need is read this way, so
/// the first download does not carry a binding of its own for each method (each costs bytes in
/// `main.js` and the main module).
fn call0(on: &wasm_bindgen::JsValue, method: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(on, &wasm_bindgen::JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(on).ok())
        .unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// A number field of a JavaScript object, 0 when it has none.
fn number_of(on: &wasm_bindgen::JsValue, key: &str) -> f64 {
    js_sys::Reflect::get(on, &wasm_bindgen::JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// Today's date in the browser's time zone: year, month (1-12), day.
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    let n = |method: &str| number_of_call(&d, method) as u32;
    (n("getFullYear"), n("getMonth") + 1, n("getDate"))
}

fn number_of_call(on: &wasm_bindgen::JsValue, method: &str) -> f64 {
    call0(on, method).as_f64().unwrap_or(0.0)
}

/// An element's box on the screen, in CSS pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// An element's box (`getBoundingClientRect`), read as a plain object (see [`call0`]).
pub fn bounding_box(el: &web_sys::Element) -> Rect {
    let b = call0(el.as_ref(), "getBoundingClientRect");
    Rect {
        left: number_of(&b, "left"),
        top: number_of(&b, "top"),
        width: number_of(&b, "width"),
        height: number_of(&b, "height"),
    }
}

/// The window's width in CSS pixels (`innerWidth`; 0 when there is none).
pub fn window_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// Whether the window is phone-sized (at most 600 CSS pixels wide, the stylesheet's phone
/// width), read once: the page puts its figures first on a phone.
pub fn is_phone() -> bool {
    let w = window_width();
    w > 0.0 && w <= 600.0
}

// ---------------------------------------------------------------------------------------------
// The document

/// Before printing (`true`), open every closed `<details>` and mark it; after (`false`), close
/// the marked ones again: paper shows everything.
pub fn open_details_for_print(printing: bool) {
    let selector = if printing {
        "details:not([open])"
    } else {
        "details[data-print-opened]"
    };
    let Ok(list) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if printing {
            let _ = el.set_attribute("open", "");
            let _ = el.set_attribute("data-print-opened", "");
        } else {
            let _ = el.remove_attribute("open");
            let _ = el.remove_attribute("data-print-opened");
        }
    }
}

/// Put a text on the clipboard; true when the browser took it.
pub fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let _ = w.navigator().clipboard().write_text(text);
    true
}

/// Open the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The browser refused to make a file for download.
#[derive(Clone, Copy, Debug)]
pub struct DownloadRefused;

/// Offer `text` to the person as a file download; `Err` when the browser refused to make it.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadRefused> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadRefused)?;
    download_blob(file_name, &blob)
}

/// Offer a blob (an image, say) to the person as a file download.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), DownloadRefused> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| DownloadRefused)?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| DownloadRefused)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A file chosen in a file input ([`read_chosen_file`]).
pub enum ChosenFile {
    /// Larger than the caller's limit: not read.
    TooLarge { name: String },
    /// The browser could not read it as text.
    Unreadable { name: String },
    /// Its name and its text.
    Text { name: String, text: String },
}

/// The file chosen in the file input `ev` came from, handed to `done` once read as text, or
/// without reading it when it is larger than `max_bytes`. The input is cleared first, so that
/// choosing the same file again is a new choice. Nothing happens when no file is chosen.
pub fn read_chosen_file(
    ev: &web_sys::Event,
    max_bytes: usize,
    done: impl FnOnce(ChosenFile) + 'static,
) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    let name = file.name();
    if file.size() > max_bytes as f64 {
        done(ChosenFile::TooLarge { name });
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        done(match text {
            Some(text) => ChosenFile::Text { name, text },
            None => ChosenFile::Unreadable { name },
        });
    });
}
