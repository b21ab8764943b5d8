//! The widgets: building blocks more than one section draws. Labelled fields bound to one value
//! of the scenario, the parsing of typed text, the sources of the defaults, the headline
//! figures, the flow shares' labels, the frame of every data table (`table.rs`), and every chart (hand-written SVG) under `charts/`. A widget
//! imports the shell and the browser glue, never a section.

pub mod charts;
pub mod fields;
pub mod headlines;
pub mod input_text;
pub mod methods_link;
pub mod plan_table;
pub mod sources;
pub mod table;
