//! The one frame of every data table on the page: a region that scrolls sideways when the table
//! is wider than its place, focusable and named so a keyboard can scroll it (axe's
//! `scrollable-region-focusable`); on a phone its first column (the row's name) stays pinned
//! while the figures scroll under it (`style/main.css`, `.table-wrap`).

use leptos::prelude::*;

/// What names a table's region for a screen reader.
pub enum Name {
    /// The id of the heading above the table.
    Heading(&'static str),
    /// A name of its own, in the page's language.
    Label(String),
}

/// A `<table class="data">` in its scrolling region: every table of the page goes through
/// here, so a narrow screen treats them all alike.
pub fn data_table(name: Name, table: impl IntoView) -> impl IntoView {
    let (by, label) = match name {
        Name::Heading(id) => (Some(id), None),
        Name::Label(text) => (None, Some(text)),
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby=by aria-label=label>
            {table}
        </div>
    }
}
