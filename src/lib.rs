//! The Crisis Continuum Planner's interface: Leptos components that read a scenario, hand it to
//! the model (`crisis_model`), and show the results.
//!
//! Data flows one way: inputs -> `Scenario` (a signal) -> `crisis_model::evaluate` (a memo) ->
//! `Results` -> views. Components never compute a figure; they format and draw what the model
//! returns. See ARCHITECTURE.md.
//!
//! # Layers
//!
//! Imports run one way, down this list; `tests/layers.rs` fails on any other:
//!
//! ```text
//! app.rs, parts.rs   the root: the page frame and the registry of the parts that load on demand;
//!       |            the only files that name every section
//!   sections/        one file or folder a section; never imports another section
//!       |
//!   widgets/         fields, text parsing, labels, headline figures, charts
//!       |
//!   shell/           state, persistence, language, embed settings, saved scenarios, lazy
//!       |            loading (given the parts' views as data), slices, crash
//!   browser/         web glue only: listeners that clean up, address, storage, debounce,
//!                    observers, downloads; nothing of the app
//! ```
//!
//! A layer may import the layers below it, never one above; no file imports a file that
//! imports it back, directly or around a circle.

// Only src/parts.rs allows it, for the split points the wasm-split macro generates.
#![deny(unsafe_code)]

mod app;
pub mod browser;
mod parts;
pub mod sections;
pub mod shell;
pub mod widgets;

use leptos::prelude::*;

pub use app::App;

/// Start the app in the page: install the panic hook, remove the loading message, mount. A
/// scenario the start opens from IndexedDB (local storage holding only its pointer) is read
/// first, for at most two seconds (then the page starts, and says it could not be read).
pub fn start() {
    shell::crash::install_panic_hook();
    shell::kept::provide_idb(parts::idb_loader());
    match shell::persist::opening_from_idb(!shell::embed::read().on) {
        Some(key) => {
            set_timeout(mount, std::time::Duration::from_secs(2));
            shell::kept::preread(key, mount);
        }
        None => mount(),
    }
}

thread_local! {
    static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Build the page (once).
fn mount() {
    if MOUNTED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
