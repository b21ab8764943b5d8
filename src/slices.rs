//! Long computations (10,000 Monte Carlo draws, a hundred simulated years) run in slices of a few
//! milliseconds, handing the browser back its thread between slices, so typing, scrolling and the
//! progress bar stay smooth while they run.

use std::cell::Cell;
use std::rc::Rc;

/// The longest a slice may run before the browser gets its thread back, in milliseconds: well
/// under one 60 Hz frame (16.7 ms), leaving room for layout and paint.
pub const SLICE_MS: f64 = 8.0;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Give the browser its thread back until the next task (`setTimeout(0)`).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A token that tells a running computation its answer is no longer wanted (the inputs changed).
#[derive(Clone, Default)]
pub struct Cancel(Rc<Cell<bool>>);

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }
    pub fn cancel(&self) {
        self.0.set(true);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.get()
    }
}

/// Call `step` (one small unit of work; it returns true when everything is done) over and over,
/// yielding to the browser whenever a slice has used [`SLICE_MS`], and calling `progress` after
/// each slice. Returns false when cancelled before the end.
pub async fn run_sliced(
    mut step: impl FnMut() -> bool,
    cancel: &Cancel,
    mut progress: impl FnMut(),
) -> bool {
    loop {
        let start = now_ms();
        loop {
            if cancel.is_cancelled() {
                return false;
            }
            if step() {
                progress();
                return true;
            }
            if now_ms() - start >= SLICE_MS {
                break;
            }
        }
        progress();
        yield_to_browser().await;
    }
}
