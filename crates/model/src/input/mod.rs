//! Above the scenario's types: the presets, the validation, and the codecs (reading a scenario
//! file, the link text), with the uncertain inputs of one scenario in absolute values. It
//! imports only the scenario and the text layer.

pub mod areas;
pub mod codec;
pub mod link;
pub mod presets;
pub mod ranges;
pub mod validate;
