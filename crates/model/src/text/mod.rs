//! The bottom layer, under everything: languages, numbers written for people, and the JSON the
//! scenario format is written in. It imports nothing else of the crate.

pub mod format;
pub mod glossary;
pub mod json;
pub mod lang;
