//! A problem with an input, as validation reports it: the input's dotted path and a sentence.

use serde::Serialize;

/// One problem with one input (or group of inputs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The dotted path of the input (see the module documentation).
    pub field: String,
    /// What is wrong, in plain language.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}
