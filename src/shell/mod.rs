//! The shell: what every part of the page stands on. The page's state (the scenario and the
//! model's evaluation of it), keeping it in the address and local storage, the language, the
//! embed settings, the saved scenarios, the parts that load on demand, long computations in
//! slices, and the crash message. It imports the browser glue and the model, never a widget or a
//! section: the sections it places on the page (the parts that load on demand) reach it as data,
//! from the app's root (`parts.rs`).

pub mod areas_mode;
pub mod crash;
pub mod csv;
pub mod embed;
pub mod i18n;
pub mod kept;
pub mod lazy;
pub mod library;
pub mod methods;
pub mod persist;
pub mod saved;
pub mod slices;
pub mod state;
