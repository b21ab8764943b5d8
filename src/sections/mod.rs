//! The sections of the page, one file or folder each. A section imports the widgets, the shell
//! and the browser glue, never another section: what two sections share is a widget (the
//! headline figures, the flow labels) or shell state (the saved scenarios), and the one drawing
//! a section lends another (today against need, in the presentation) is a function the app's
//! root passes in (`present::GapSlide`).

pub mod areas;
pub mod buildout_view;
pub mod compare;
pub mod embed;
pub mod files;
pub mod frame;
pub mod funding;
pub mod gap_view;
pub mod inputs;
pub mod kept;
pub mod library;
pub mod outcomes_view;
pub mod present;
pub mod print;
pub mod results_view;
pub mod uncertainty;
