//! The saved scenarios and the comparison's choices: page state that two sections share (the
//! "Saved scenarios" panel writes it, the comparison reads it) and the app's root reads
//! (whether the comparison is open), so it lives in the shell like the scenario itself. The
//! store (`library.rs`) has no web dependency; local storage and the comparison link in the
//! address go through `browser`.

use crate::browser::{self, Entry};
use crate::shell::i18n::use_lang;
use crate::shell::library::{clean_name, Library, LIBRARY_KEY};
use crate::shell::persist;
use crisis_model::{link, Lang, Scenario};
use leptos::prelude::*;

/// A scenario in the comparison: the one on screen, a saved one (by id), or one that came with a
/// comparison link (by position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Screen,
    Saved(u64),
    Linked(usize),
}

/// The saved scenarios and the comparison's choices, shared by the panel and the comparison.
#[derive(Clone, Copy)]
pub struct Saved {
    pub library: RwSignal<Library>,
    /// Saved scenarios chosen for comparison, in the order chosen.
    pub chosen: RwSignal<Vec<u64>>,
    /// Whether the comparison is open.
    pub comparing: RwSignal<bool>,
    /// The comparison's first column, the one every difference is measured from.
    pub baseline: RwSignal<Pick>,
    /// Scenarios that came with a comparison link (`vs=`), shown after the saved ones until the
    /// comparison is closed; they are not saved unless the person keeps them.
    pub linked: RwSignal<Vec<(String, Scenario)>>,
}

fn read_library(lang: Lang) -> Library {
    Library::parse(browser::stored(LIBRARY_KEY).as_deref(), lang)
}

/// Why the library was not written, in English and Spanish (empty when the page already says
/// the stored library could not be read).
pub type StoreError = (&'static str, &'static str);

/// Write the library, unless it could not be read (then nothing is written over it).
pub fn store(lib: &Library) -> Result<(), StoreError> {
    if lib.unreadable.is_some() {
        return Err(("", ""));
    }
    browser::store(LIBRARY_KEY, &lib.to_json()).map_err(|e| match e {
        browser::StorageError::Missing => (
            "This browser gives the page no storage.",
            "Este navegador no le da almacenamiento a la página.",
        ),
        browser::StorageError::Refused => (
            "The browser's storage is full or turned off.",
            "El almacenamiento del navegador está lleno o desactivado.",
        ),
    })
}

/// Set the unreadable stored library aside under a backup key (returned), so that a new one can
/// be written; `None` when the browser refused to keep the copy (nothing was changed then).
pub fn set_aside_stored(now: f64) -> Option<String> {
    let old = browser::stored(LIBRARY_KEY).unwrap_or_default();
    let backup = format!("{LIBRARY_KEY}.unreadable-{}", now as u64);
    browser::store(&backup, &old).ok()?;
    Some(backup)
}

/// Provide the saved scenarios to the page (read once, and again when another tab changes
/// them).
pub fn provide_saved() -> Saved {
    let lang = use_lang();
    let (linked, baseline) = read_comparison_link();
    let saved = Saved {
        library: RwSignal::new(read_library(lang.get_untracked())),
        chosen: RwSignal::new(Vec::new()),
        comparing: RwSignal::new(!linked.is_empty()),
        baseline: RwSignal::new(baseline),
        linked: RwSignal::new(linked),
    };
    browser::on_window(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(LIBRARY_KEY) {
            let lib = read_library(lang.get_untracked());
            saved
                .chosen
                .update(|c| c.retain(|id| lib.get(*id).is_some()));
            saved.library.set(lib);
        }
    });
    provide_context(saved);
    saved
}

/// The address parameter of each compared scenario in a comparison link: the model's link text,
/// a dot, and the scenario's name (`vs=eyJ2….Today`).
pub const COMPARE_PARAM: &str = "vs";
/// `base=N` in a comparison link: the N-th compared scenario (from 0), not the one on screen, is
/// the baseline.
pub const BASE_PARAM: &str = "base";
/// The most scenarios a comparison link carries.
pub const MAX_LINKED: usize = 6;

/// The scenarios of a comparison link in the address (any that cannot be read are skipped), and
/// the baseline.
fn read_comparison_link() -> (Vec<(String, Scenario)>, Pick) {
    let linked: Vec<(String, Scenario)> = browser::query_params(COMPARE_PARAM)
        .into_iter()
        .take(MAX_LINKED)
        .filter_map(|v| {
            let (text, name) = v.split_once('.').unwrap_or((v.as_str(), ""));
            let scenario = link::decode(text).ok()?;
            let name = clean_name(name);
            let name = if name.is_empty() {
                scenario.place_name.clone()
            } else {
                name
            };
            Some((name, scenario))
        })
        .collect();
    let baseline = browser::query_param(BASE_PARAM)
        .and_then(|b| b.parse::<usize>().ok())
        .filter(|i| *i < linked.len())
        .map_or(Pick::Screen, Pick::Linked);
    (linked, baseline)
}

/// The page address with a comparison: the scenario on screen (`s=`), each compared scenario
/// (`vs=`), and which of them is the baseline (`base=`, none for the one on screen).
pub fn comparison_link(compared: &[(String, Scenario)], baseline: Option<usize>) -> Option<String> {
    persist::flush();
    let query = browser::edited_query(&|params| {
        params.delete(COMPARE_PARAM);
        params.delete(BASE_PARAM);
        for (name, scenario) in compared.iter().take(MAX_LINKED) {
            params.append(COMPARE_PARAM, &format!("{}.{name}", link::encode(scenario)));
        }
        if let Some(i) = baseline.filter(|i| *i < compared.len().min(MAX_LINKED)) {
            params.set(BASE_PARAM, &i.to_string());
        }
    })?;
    Some(format!("{}?{query}", browser::page_address()?))
}

/// Take the comparison out of the page address (when it is closed).
pub fn clear_comparison_link() {
    browser::set_query(Entry::Replace, false, &|params| {
        params.delete(COMPARE_PARAM);
        params.delete(BASE_PARAM);
        true
    });
}

pub fn use_saved() -> Saved {
    expect_context::<Saved>()
}
