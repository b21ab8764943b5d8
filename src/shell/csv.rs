//! The results' CSV with the rows of the sections that load on demand. The main "Save results
//! (CSV)" writes the model's results; a section that adds rows of its own (who pays) hands its
//! writer in when it is built ([`provide_writer`]), so its model code stays in its own chunk and
//! the page's first download does not carry it. The button asks for the section's part first
//! (`lazy::want`), then writes with the writer it handed in.

use crisis_model::{Lang, Results};
use std::cell::Cell;

/// A writer of the whole results CSV in a language.
pub type Writer = fn(&Results, Lang) -> String;

thread_local! {
    static WRITER: Cell<Option<Writer>> = const { Cell::new(None) };
}

/// Called by the section that adds its rows, when it is built.
pub fn provide_writer(w: Writer) {
    WRITER.with(|c| c.set(Some(w)));
}

/// The writer a section handed in, if one has.
pub fn writer() -> Option<Writer> {
    WRITER.with(|c| c.get())
}
