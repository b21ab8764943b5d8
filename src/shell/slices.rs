//! Long computations (10,000 Monte Carlo draws, a hundred simulated years) run in slices of a few
//! milliseconds, handing the browser back its thread between slices, so typing, scrolling and the
//! progress bar stay smooth while they run.

use crate::browser::{mark, measure, now_ms, yield_to_browser};
use std::cell::Cell;
use std::rc::Rc;

/// The longest a slice may run before the browser gets its thread back, in milliseconds: well
/// under one 60 Hz frame (16.7 ms), leaving room for layout and paint.
pub const SLICE_MS: f64 = 8.0;

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
/// each slice. Returns false when cancelled before the end. Each slice is recorded as a User
/// Timing measure named `timing` (from a mark named `timing` + `-start`), so the benchmark can
/// add up the time the work itself took.
pub async fn run_sliced(
    mut step: impl FnMut() -> bool,
    cancel: &Cancel,
    mut progress: impl FnMut(),
    timing: &str,
) -> bool {
    let start_mark = format!("{timing}-start");
    loop {
        let start = now_ms();
        mark(&start_mark);
        loop {
            if cancel.is_cancelled() {
                return false;
            }
            if step() {
                progress();
                measure(timing, &start_mark);
                return true;
            }
            if now_ms() - start >= SLICE_MS {
                break;
            }
        }
        progress();
        measure(timing, &start_mark);
        yield_to_browser().await;
    }
}
