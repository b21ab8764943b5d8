//! Keeping the scenario: in the page address (so a copied link opens exactly what was on the
//! screen) and in the browser's local storage (so a reload or a closed tab loses nothing).
//!
//! The address holds `?s=` and the model's link text (`crisis_model::link`); storage holds each
//! tab's scenario as JSON (`shell::kept`). Both are read with the model's strict, bounded decoders: a damaged link or
//! foreign storage gives a plain message and the next source is used; nothing is run as code.

use crate::browser::idb::Job;
use crate::browser::{self, Debounce, Entry, StorageError};
use crate::shell::kept::{self, Kept};
use crisis_model::{link, Lang, Scenario};
use leptos::prelude::*;

/// The local storage key where older versions kept the autosaved scenario (now each tab has its
/// own: `shell::kept`).
pub use crate::shell::kept::STORAGE_KEY;
/// The query parameter of the scenario in a link.
pub const LINK_PARAM: &str = "s";

/// Where the starting scenario came from, and anything the person should be told about it.
pub struct Start {
    pub scenario: Scenario,
    pub notice: Option<String>,
    /// What the autosave needs (none on an embedded page).
    pub autosave: Option<Autosave>,
}

/// This tab's autosave: its key, the JSON it last kept (nothing is written while the scenario
/// is unchanged), the older single key to remove once this tab keeps what came from it (empty:
/// none), whether to offer the other tabs' scenarios under "Recent", whether its scenario is in
/// IndexedDB (local storage holding the pointer), and the number of its latest write (a write to
/// IndexedDB finishes later: only the latest one writes the pointer).
pub struct Autosave {
    key: String,
    last: String,
    supersedes: String,
    offer_recent: bool,
    elsewhere: bool,
    attempt: u32,
}

fn link_param() -> Option<String> {
    browser::query_param(LINK_PARAM)
}

/// The scenario to start with: the link's, else this tab's autosaved one (after a reload), else
/// the one of the tab that changed its scenario last (a fresh visit, which offers the others
/// under "Recent"), else the older single key's, else the default. An embedded page
/// (`use_storage` false) neither reads nor writes the browser's saved scenario, so a course page
/// can never overwrite what a person keeps on the planner's own page.
pub fn start(use_storage: bool, lang: Lang) -> Start {
    let mut notice = None;
    let mut autosave = use_storage.then(|| Autosave {
        key: kept::tab_key(),
        last: String::new(),
        supersedes: String::new(),
        offer_recent: false,
        elsewhere: false,
        attempt: 0,
    });
    if let Some(text) = link_param() {
        match link::decode_in(&text, lang) {
            Ok(scenario) => {
                return Start {
                    scenario,
                    notice: None,
                    autosave,
                }
            }
            Err(e) => {
                notice = Some(format!(
                    "{e} {}",
                    lang.pick(
                        "Showing your last scenario instead.",
                        "En su lugar se muestra su último escenario.",
                    )
                ))
            }
        }
    }
    let found = autosave.as_ref().and_then(|a| {
        let (key, text) = kept::to_open(&a.key)?;
        // a pointer: the text a start read from IndexedDB in its place
        let text = if kept::is_pointer(&text) {
            kept::stored(&key)?
        } else {
            text
        };
        Some((key, text))
    });
    if let Some(a) = autosave.as_mut() {
        // a fresh visit offers the other tabs' scenarios when there is one besides the opened
        let others = browser::count_keys(kept::TAB_PREFIX)
            + usize::from(browser::stored(STORAGE_KEY).is_some());
        let own = found.as_ref().is_some_and(|(k, _)| *k == a.key);
        a.offer_recent = !own && others > usize::from(found.is_some());
    }
    if let (Some((key, text)), Some(a)) = (found, autosave.as_mut()) {
        match kept::unwrap(&key, &text, lang).scenario {
            Ok(scenario) => {
                a.last = scenario.to_json();
                // this tab's own scenario came from IndexedDB: forget it there once local
                // storage keeps it again
                a.elsewhere =
                    key == a.key && browser::stored(&key).is_some_and(|t| kept::is_pointer(&t));
                if key == STORAGE_KEY {
                    a.supersedes = key;
                }
                return Start {
                    scenario,
                    notice,
                    autosave,
                };
            }
            Err(_) => {
                notice = Some(match notice {
                    Some(n) => to_default(n, lang),
                    None => lang.pick(
                        "The scenario saved in this browser could not be read, so the default scenario is shown. It will be replaced when you change an input.",
                        "No se pudo leer el escenario guardado en este navegador, así que se muestra el escenario predeterminado. Se reemplazará cuando cambie un dato.",
                    ).to_string(),
                })
            }
        }
    } else if let Some(n) = notice.take() {
        notice = Some(to_default(n, lang));
    }
    Start {
        scenario: Scenario::default(),
        notice,
        autosave,
    }
}

/// The key of the scenario a start will open from IndexedDB (local storage holds its pointer),
/// to read before the page is built: none on an embedded page, with a link that opens, or when
/// local storage holds the scenario itself.
pub fn opening_from_idb(use_storage: bool) -> Option<String> {
    if !use_storage || link_param().is_some_and(|text| link::decode(&text).is_ok()) {
        return None;
    }
    kept::to_open(&kept::tab_key())
        .filter(|(_, text)| kept::is_pointer(text))
        .map(|(key, _)| key)
}

/// A notice that promised the last scenario, when there is none to show: the default instead.
fn to_default(notice: String, lang: Lang) -> String {
    match lang {
        Lang::En => notice.replace("your last scenario", "the default scenario"),
        Lang::Es => notice.replace("su último escenario", "el escenario predeterminado"),
    }
}

/// How long typing must pause before the address and local storage are written: writing them on
/// every keystroke cost more than the rest of an update (the browser's history API is slow).
pub const WRITE_DELAY_MS: u64 = 250;

thread_local! {
    /// This tab's autosave (see [`Autosave`]); none on an embedded page.
    static AUTOSAVE: std::cell::RefCell<Option<Autosave>> = const { std::cell::RefCell::new(None) };
    /// The pending write of the address and storage, if any (see [`flush`]).
    static PENDING: std::cell::RefCell<Option<std::rc::Rc<dyn Fn()>>> =
        const { std::cell::RefCell::new(None) };
}

/// Write a pending change to the address and local storage now (before the link is copied or
/// shown, and when the page is hidden or closed).
pub fn flush() {
    let pending = PENDING.with(|p| p.borrow_mut().take());
    if let Some(write) = pending {
        write();
    }
}

/// Keep every change of the scenario in the address (replacing the history entry, so typing does
/// not flood the back button; other parameters such as `embed` are kept) and, unless the page is
/// embedded, in this tab's autosave. A step of its own (`Planner::step`) is written at once as a
/// new history entry; typing is written once it pauses for [`WRITE_DELAY_MS`]. Every autosave
/// write's result goes to the returned [`Kept`] (also provided as context); while they fail,
/// the write is tried again when the page is hidden or closed and when another tab changes the
/// storage (which may have made room).
pub fn keep(
    scenario: RwSignal<Scenario>,
    new_step: RwSignal<bool>,
    autosave: Option<Autosave>,
) -> Kept {
    let use_storage = autosave.is_some();
    let kept = Kept::new(autosave.as_ref().is_some_and(|a| a.offer_recent));
    AUTOSAVE.with(|a| *a.borrow_mut() = autosave);
    // Back and Forward: the address holds the scenario, so going back to an entry loads it
    browser::on_window(leptos::ev::popstate, move |_| {
        if let Some(Ok(s)) = link_param().map(|text| link::decode(&text)) {
            if scenario.with_untracked(|current| *current != s) {
                scenario.set(s);
            }
        }
    });
    let write = move |push: bool, s: &Scenario| {
        let text = if link::too_long(s) {
            String::new()
        } else {
            link::encode(s)
        };
        let json = s.to_json();
        let entry = if push { Entry::Push } else { Entry::Replace };
        // the fragment stays: a followed "How is this calculated?" link keeps its place
        // a scenario too long for a link (a state's areas table) leaves the address without
        // one: it is kept in this browser and travels as a file ("Several areas" says so)
        let fits = !link::too_long(s) && text.len() <= link::MAX_LINK_CHARS;
        browser::set_query(entry, true, &|params| {
            if !fits {
                let had = params.get(LINK_PARAM).is_some();
                params.delete(LINK_PARAM);
                return had;
            }
            let unchanged = params.get(LINK_PARAM).as_deref() == Some(text.as_str());
            params.set(LINK_PARAM, &text);
            !unchanged
        });
        if use_storage {
            let now = js_sys::Date::now();
            let outcome = AUTOSAVE.with(|a| {
                let mut a = a.borrow_mut();
                let a = a.as_mut().filter(|a| a.last != json)?;
                a.attempt = a.attempt.wrapping_add(1);
                // the latest tab first: a fresh visit opens it (refused, the write below is too)
                let _ = browser::store(kept::LATEST_KEY, &a.key);
                let wrapped = kept::wrap(&json, now);
                match browser::store(&a.key, &wrapped) {
                    Ok(()) => {
                        kept_in(a, json);
                        if std::mem::take(&mut a.elsewhere) {
                            kept::forget_elsewhere(a.key.clone());
                        }
                        Some(Ok(Ok(())))
                    }
                    // no room in local storage: IndexedDB, then the pointer
                    Err(StorageError::Refused) => {
                        Some(Err((a.key.clone(), wrapped, a.attempt, json)))
                    }
                    Err(e) => Some(Ok(Err(e))),
                }
            });
            match outcome {
                Some(Ok(result)) => kept.record(result),
                Some(Err((key, wrapped, attempt, json))) => {
                    keep_elsewhere(kept, key, wrapped, attempt, json, now)
                }
                None => {}
            }
        }
    };
    // after a refused write, try again with the scenario as it is now
    let retry = move || {
        flush();
        if kept.failing.get_untracked() {
            write(false, &scenario.get_untracked());
        }
    };
    // a closed or hidden tab loses nothing
    browser::on_window(leptos::ev::pagehide, move |_| retry());
    browser::on_window(leptos::ev::visibilitychange, move |_| retry());
    browser::on_window(leptos::ev::storage, move |_| {
        if kept.failing.get_untracked() {
            retry();
        }
    });
    let pause = Debounce::new(WRITE_DELAY_MS);
    // an unmounted page (a test mounts several) leaves no write behind
    on_cleanup(|| {
        PENDING.with(|p| p.borrow_mut().take());
    });
    Effect::new(move |_| {
        scenario.track();
        let step = new_step.get_untracked();
        new_step.set(false);
        let now = scenario.get_untracked();
        if step {
            pause.cancel();
            // typing before the step keeps its own history entry: write it first, then the step
            flush();
            write(true, &now);
            return;
        }
        let pending: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(move || write(false, &now));
        PENDING.with(|p| *p.borrow_mut() = Some(pending));
        pause.call(flush);
    });
    kept
}

/// Note that local storage keeps `json` under this tab's key (and the older single key can go).
fn kept_in(a: &mut Autosave, json: String) {
    a.last = json;
    if !a.supersedes.is_empty() {
        browser::unstore(&a.supersedes);
        a.supersedes.clear();
    }
}

/// Keep a scenario local storage had no room for in IndexedDB (`wrapped`, the text local storage
/// refused), then the pointer to it in local storage; the result goes to `kept` unless a later
/// write came meanwhile (it decides). IndexedDB missing or refusing, or the pointer refused, is a
/// refused write: the notice shows.
fn keep_elsewhere(kept: Kept, key: String, wrapped: String, attempt: u32, json: String, now: f64) {
    let pointed = key.clone();
    let done = move |put: bool| {
        let result = AUTOSAVE.with(|a| {
            let mut a = a.borrow_mut();
            let a = a.as_mut().filter(|a| a.attempt == attempt)?;
            // IndexedDB may now hold a copy under this key: forget it when local storage keeps one
            a.elsewhere |= put;
            if !put {
                return Some(Err(StorageError::Refused));
            }
            let pointed = browser::store(&pointed, &kept::pointer(now));
            if pointed.is_ok() {
                kept_in(a, json);
            }
            Some(pointed)
        });
        // (an unmounted page has nothing to tell)
        if let Some(result) = result.filter(|_| kept.failing.try_get_untracked().is_some()) {
            kept.record(result);
        }
    };
    kept::in_idb(Job::Put(key, wrapped, Box::new(done)));
}

/// The page's current address (the link to share).
pub fn current_link() -> Option<String> {
    // without the fragment: a place on the page is not part of the scenario, and the embed code
    // appends its parameters to this link
    let href = browser::href()?;
    Some(href.split('#').next().unwrap_or_default().to_string())
}

/// The link that opens a scenario on this page, in a language (for printed summaries: it does not
/// wait for the address to be written).
pub fn link_to(s: &Scenario, lang: Lang) -> Option<String> {
    let page = browser::page_address()?;
    Some(format!(
        "{page}?{LINK_PARAM}={}&{}={}",
        link::encode(s),
        crate::shell::i18n::LANG_PARAM,
        lang.id()
    ))
}

/// Copy the current link to the clipboard; true when the browser accepted it.
pub fn copy_link() -> bool {
    flush();
    current_link().is_some_and(|href| browser::copy_text(&href))
}
