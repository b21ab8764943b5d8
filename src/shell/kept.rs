//! What this browser keeps of the scenario, tab by tab, and whether it is keeping it.
//!
//! Each tab autosaves its scenario under a key of its own ([`TAB_PREFIX`] and the tab's id, which
//! session storage holds: a reload keeps it, a new tab gets a new one), so two tabs never write
//! over each other; [`LATEST_KEY`] names the tab that changed its scenario last. A stored value is
//! `{"changed_at":<ms since 1970>,"scenario":{…}}`, read with the model's strict, bounded scenario
//! reader. A fresh visit opens the latest and offers the others under "Recent"
//! (`sections/kept.rs`, loaded on demand, which reads, orders and prunes them with [`recent`]);
//! the [`MAX_RECENT`] most recent are kept.
//!
//! Every write's result is recorded ([`Kept::record`]): while the browser refuses them, the page
//! says so (`sections/kept.rs`), and the notice goes when a write is kept again.
//!
//! Where local storage has no room for a tab's scenario (it refuses the write), the scenario goes
//! to the browser's IndexedDB under the same key, and local storage keeps only a pointer to it
//! (`{"changed_at":<ms>,"in":"indexeddb"}`, [`pointer`]). The value there is the same text, read
//! by the same strict reader. A start that would open such a scenario reads it from IndexedDB
//! before the page is built (`persist::opening_from_idb`, [`preread`]); the IndexedDB code is fetched
//! only then, or when a write needs it (`browser::idb`, through the root's split point, handed
//! in with [`provide_idb`]).
//!
//! The first load carries only what a start needs (the tab's key, reading one value); the rest
//! runs in the part that shows "Recent".

use crate::browser::idb::Job;
use crate::browser::{self, StorageError};
use crisis_model::json::{self, Json};
use crisis_model::{Lang, Scenario, MAX_SCENARIO_BYTES};
use leptos::prelude::*;

/// The key where older versions of the page kept one scenario for every tab: read as the oldest
/// recent work, and removed once this tab has kept what it opened from it.
pub const STORAGE_KEY: &str = "crisis-continuum-planner.scenario.v1";
/// The start of each tab's key in local storage; the tab's id follows.
pub const TAB_PREFIX: &str = "crisis-continuum-planner.scenario.v1.tab-";
/// The key of the tab whose scenario changed last (a fresh visit opens it).
pub const LATEST_KEY: &str = "crisis-continuum-planner.latest-tab";
/// The key of the tab's id in session storage.
pub const TAB_ID_KEY: &str = "crisis-continuum-planner.tab";
/// The most tabs' scenarios kept.
pub const MAX_RECENT: usize = 5;

/// One tab's autosaved scenario, as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Recent {
    pub key: String,
    /// Milliseconds since 1970 when it was last changed (0 for the older single key).
    pub changed_at: f64,
    pub scenario: Result<Scenario, String>,
    /// Local storage holds only a pointer: the scenario is in IndexedDB.
    pub elsewhere: bool,
}

/// The text stored for a scenario (its JSON, from `Scenario::to_json`) changed at `now`.
pub fn wrap(scenario_json: &str, now: f64) -> String {
    // whole milliseconds, written as the scenario's numbers are (`1795478400000.0`)
    format!(
        "{{\"changed_at\":{:?},\"scenario\":{scenario_json}}}",
        now.max(0.0).floor()
    )
}

/// The text local storage keeps when the scenario changed at `now` is in IndexedDB.
pub fn pointer(now: f64) -> String {
    format!(
        "{{\"changed_at\":{:?},\"in\":\"indexeddb\"}}",
        now.max(0.0).floor()
    )
}

/// Read a stored value (strictly: a key other than the two, a wrong kind, or a scenario the
/// model's reader refuses is an error). A pointer to IndexedDB reads as `elsewhere`, with an
/// error until the text it points to is read in its place.
pub fn unwrap(key: &str, text: &str, lang: Lang) -> Recent {
    let recent = |changed_at, scenario| Recent {
        key: key.to_string(),
        changed_at,
        scenario,
        elsewhere: false,
    };
    if key == STORAGE_KEY {
        return recent(0.0, Scenario::from_json_in(text, lang));
    }
    let unreadable = || {
        recent(
            0.0,
            Err(lang
                .pick(
                    "It is not in a form this page reads.",
                    "No tiene un formato que esta página lea.",
                )
                .to_string()),
        )
    };
    if text.len() > MAX_SCENARIO_BYTES + 64 {
        return unreadable();
    }
    let Ok(Json::Object(map)) = json::parse(text) else {
        return unreadable();
    };
    let at = map.get("changed_at").and_then(Json::as_f64);
    let at = at.filter(|at| map.len() == 2 && at.is_finite() && *at >= 0.0);
    match (
        at,
        map.get("scenario"),
        map.get("in").and_then(Json::as_str),
    ) {
        (Some(at), Some(s @ Json::Object(_)), _) => {
            recent(at, Scenario::from_json_value_in(s, lang))
        }
        (Some(at), _, Some("indexeddb")) => Recent {
            elsewhere: true,
            ..recent(
                at,
                Err(lang
                    .pick(
                        "It is kept in this browser's IndexedDB, which could not be read.",
                        "Está guardado en IndexedDB de este navegador, que no se pudo leer.",
                    )
                    .to_string()),
            )
        },
        _ => unreadable(),
    }
}

/// The other tabs' scenarios to offer, most recent first, and the keys beyond the most recent
/// [`MAX_RECENT`] (to remove). This tab's own is neither offered nor removed; neither is one that
/// cannot be read (it is only left out) nor one equal to the scenario on screen (`shown`).
pub fn recent(own_key: &str, mut all: Vec<Recent>, shown: &Scenario) -> (Vec<Recent>, Vec<String>) {
    // newest first, by insertion: a handful of entries
    for i in 1..all.len() {
        let mut j = i;
        while j > 0 && all[j - 1].changed_at < all[j].changed_at {
            all.swap(j - 1, j);
            j -= 1;
        }
    }
    let stale = all
        .iter()
        .skip(MAX_RECENT)
        .map(|r| r.key.clone())
        .filter(|k| k != own_key)
        .collect();
    all.truncate(MAX_RECENT);
    all.retain(|r| r.key != own_key && r.scenario.as_ref().is_ok_and(|s| s != shown));
    (all, stale)
}

/// This tab's key in local storage.
pub fn tab_key() -> String {
    let id = browser::tab_value(TAB_ID_KEY, || {
        // the time to the microsecond: the clock and the page's own timer (two tabs opened in the
        // same millisecond differ in the second)
        let micros = js_sys::Date::now() * 1000.0 + (browser::now_ms().fract() * 1000.0).floor();
        format!("{micros:?}")
    });
    format!("{TAB_PREFIX}{id}")
}

/// Whether the browser keeps what the page writes, and whether "Recent" is offered.
#[derive(Clone, Copy)]
pub struct Kept {
    /// The last write was not kept.
    pub failing: RwSignal<bool>,
    /// ... because the page has no storage (turned off); otherwise it was full or refused.
    pub off: RwSignal<bool>,
    /// A fresh visit with other tabs' scenarios to offer (false once dismissed).
    pub offer_recent: RwSignal<bool>,
    /// Either of the two: the part that says them is on the page.
    pub shown: RwSignal<bool>,
}

thread_local! {
    static KEPT: std::cell::Cell<Option<Kept>> = const { std::cell::Cell::new(None) };
}

impl Kept {
    /// The page's autosave state, made once at the start (see [`use_kept`]).
    pub fn new(offer_recent: bool) -> Kept {
        let kept = Kept {
            failing: RwSignal::new(false),
            off: RwSignal::new(false),
            offer_recent: RwSignal::new(offer_recent),
            shown: RwSignal::new(offer_recent),
        };
        KEPT.with(|k| k.set(Some(kept)));
        kept
    }

    /// Note a write's result: a failure shows the notice, a success takes it away.
    pub fn record(&self, result: Result<(), StorageError>) {
        let off = result == Err(StorageError::Missing);
        if self.off.get_untracked() != off {
            self.off.set(off);
        }
        if self.failing.get_untracked() != result.is_err() {
            self.failing.set(result.is_err());
            self.update_shown();
        }
    }

    /// Hide "Recent" (the person dismissed it, or opened one).
    pub fn hide_recent(&self) {
        self.offer_recent.set(false);
        self.update_shown();
    }

    fn update_shown(&self) {
        let on = self.failing.get_untracked() || self.offer_recent.get_untracked();
        if self.shown.get_untracked() != on {
            self.shown.set(on);
        }
    }
}

/// The page's [`Kept`] (none on an embedded page, which keeps nothing).
pub fn use_kept() -> Option<Kept> {
    KEPT.with(|k| k.get())
}

/// How the IndexedDB code is fetched (the root's split point): what does a job, once fetched.
pub type IdbLoader = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<IdbRun>>>>;
/// What does a job (`browser::idb::run`).
pub type IdbRun = fn(Job) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

thread_local! {
    /// How the IndexedDB code is fetched (see [`provide_idb`]).
    static IDB_LOADER: std::cell::Cell<Option<IdbLoader>> = const { std::cell::Cell::new(None) };
    /// The key a start opens and the text IndexedDB gave for it (none: it could not be read).
    static PREREAD: std::cell::RefCell<Option<(String, Option<String>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Hand in how the IndexedDB code is fetched (the app's root does, before the page is built).
pub fn provide_idb(loader: IdbLoader) {
    IDB_LOADER.with(|l| l.set(Some(loader)));
}

/// Do a job in IndexedDB, in the background (its code fetched the first time); a job that cannot
/// be done (no IndexedDB, no loader, or the fetch failed) is told so.
pub fn in_idb(job: Job) {
    // no IndexedDB at all (turned off, or a private mode without it): said at once
    let load = IDB_LOADER
        .with(std::cell::Cell::get)
        .filter(|_| browser::has_indexed_db());
    let Some(load) = load else {
        return job.fail();
    };
    // (not leptos's executor: a start reads before the page, and so the executor, is set up)
    wasm_bindgen_futures::spawn_local(async move {
        match load().await {
            Some(run) => run(job).await,
            None => job.fail(),
        }
    });
}

/// Read the text IndexedDB holds for `key` (the one a start will open), then `then` (which builds
/// the page).
pub fn preread(key: String, then: fn()) {
    in_idb(Job::Get(
        key.clone(),
        Box::new(move |text| {
            PREREAD.with(|p| *p.borrow_mut() = Some((key, text)));
            then();
        }),
    ));
}

/// Forget what IndexedDB holds under `key` (in the background; a failure leaves a copy nothing
/// points to, which the key's next write there replaces).
pub fn forget_elsewhere(key: String) {
    in_idb(Job::Delete(key));
}

/// Read from IndexedDB the scenarios of `all` that local storage only points to (each left as it
/// was when it cannot be read there), then hand them all to `then`.
pub fn read_elsewhere(all: Vec<Recent>, lang: Lang, then: impl FnOnce(Vec<Recent>) + 'static) {
    let keys: Vec<String> = all
        .iter()
        .filter(|r| r.elsewhere)
        .map(|r| r.key.clone())
        .collect();
    if keys.is_empty() {
        return then(all);
    }
    type Waiting = (Vec<Recent>, usize, Option<Box<dyn FnOnce(Vec<Recent>)>>);
    let waiting: std::rc::Rc<std::cell::RefCell<Waiting>> = std::rc::Rc::new(
        std::cell::RefCell::new((all, keys.len(), Some(Box::new(then)))),
    );
    for key in keys {
        let waiting = waiting.clone();
        in_idb(Job::Get(
            key.clone(),
            Box::new(move |text| {
                let mut w = waiting.borrow_mut();
                let read = text
                    .map(|t| unwrap(&key, &t, lang))
                    .filter(|r| !r.elsewhere);
                if let (Some(read), Some(r)) = (read, w.0.iter_mut().find(|r| r.key == key)) {
                    r.scenario = read.scenario;
                }
                w.1 -= 1;
                if w.1 == 0 {
                    let (all, then) = (std::mem::take(&mut w.0), w.2.take());
                    drop(w);
                    if let Some(then) = then {
                        then(all);
                    }
                }
            }),
        ));
    }
}

/// Whether a stored text is a pointer to IndexedDB (a cheap look, before reading it strictly).
pub fn is_pointer(text: &str) -> bool {
    text.len() < 80 && text.ends_with(",\"in\":\"indexeddb\"}")
}

/// The text stored under `key`: local storage's, or, where that is a pointer, what a start read
/// from IndexedDB for it (the pointer itself when nothing was read).
pub fn stored(key: &str) -> Option<String> {
    let text = browser::stored(key)?;
    if !is_pointer(&text) {
        return Some(text);
    }
    let read = PREREAD.with(|p| match &*p.borrow() {
        Some((k, Some(t))) if k == key => Some(t.clone()),
        _ => None,
    });
    Some(read.unwrap_or(text))
}

/// The key a start opens from this browser when it is not a link: this tab's own (a reload), else
/// the tab that changed last (a fresh visit), else the older single key; with its text in local
/// storage.
pub fn to_open(own_key: &str) -> Option<(String, String)> {
    let own = browser::stored(own_key).map(|t| (own_key.to_string(), t));
    own.or_else(|| {
        let latest = browser::stored(LATEST_KEY).filter(|k| k.starts_with(TAB_PREFIX))?;
        browser::stored(&latest).map(|t| (latest, t))
    })
    .or_else(|| browser::stored(STORAGE_KEY).map(|t| (STORAGE_KEY.to_string(), t)))
}

/// Every stored scenario (each tab's, and the older single key), read.
pub fn read_all(lang: Lang) -> Vec<Recent> {
    let mut keys = browser::stored_keys(TAB_PREFIX);
    keys.push(STORAGE_KEY.to_string());
    keys.into_iter()
        .filter_map(|k| browser::stored(&k).map(|text| unwrap(&k, &text, lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_model::{preset, PresetId};

    fn stored(key: &str, pop: f64, at: f64) -> Recent {
        let mut s = preset(PresetId::CrisisNow);
        s.population = pop;
        unwrap(key, &wrap(&s.to_json(), at), Lang::En)
    }

    #[test]
    fn a_value_reads_back_and_anything_else_is_refused() {
        let r = stored("k", 123_000.0, 1_795_000_000_000.0);
        assert_eq!(r.changed_at, 1_795_000_000_000.0);
        assert_eq!(r.scenario.unwrap().population, 123_000.0);
        for bad in [
            "",
            "[]",
            "{\"changed_at\":1}",
            "{\"changed_at\":-1,\"scenario\":{\"version\":1}}",
            "{\"changed_at\":\"x\",\"scenario\":{\"version\":1}}",
            "{\"changed_at\":1,\"scenario\":{\"version\":1},\"extra\":1}",
            "{\"changed_at\":1,\"scenario\":{\"version\":1,\"population\":\"many\"}}",
            "{\"changed_at\":1,\"scenario\":{\"version\":99}}",
        ] {
            assert!(unwrap("k", bad, Lang::En).scenario.is_err(), "{bad}");
        }
        let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(unwrap("k", &nested, Lang::En).scenario.is_err());
        // the older single key holds the scenario itself
        let old = unwrap(STORAGE_KEY, "{\"version\":1,\"population\":5000}", Lang::En);
        assert_eq!(old.changed_at, 0.0);
        assert_eq!(old.scenario.unwrap().population, 5000.0);
    }

    #[test]
    fn a_pointer_to_indexeddb_reads_as_elsewhere_and_nothing_else_does() {
        let p = pointer(1_795_000_000_123.7);
        assert_eq!(p, "{\"changed_at\":1795000000123.0,\"in\":\"indexeddb\"}");
        assert!(is_pointer(&p));
        let r = unwrap("k", &p, Lang::En);
        assert!(r.elsewhere);
        assert_eq!(r.changed_at, 1_795_000_000_123.0);
        assert!(r.scenario.unwrap_err().contains("IndexedDB"));
        assert!(unwrap("k", &p, Lang::Es)
            .scenario
            .unwrap_err()
            .contains("no se pudo leer"));
        // the text IndexedDB holds is the same as local storage's, read as strictly
        let mut s = preset(PresetId::CrisisNow);
        s.population = 777_000.0;
        let kept = unwrap("k", &wrap(&s.to_json(), 5.0), Lang::En);
        assert!(!kept.elsewhere && !is_pointer(&wrap(&s.to_json(), 5.0)));
        assert_eq!(kept.scenario.unwrap().population, 777_000.0);
        for bad in [
            "{\"changed_at\":1,\"in\":\"elsewhere\"}",
            "{\"changed_at\":1,\"in\":1}",
            "{\"changed_at\":-1,\"in\":\"indexeddb\"}",
            "{\"in\":\"indexeddb\"}",
            "{\"changed_at\":1,\"in\":\"indexeddb\",\"x\":1}",
            "{\"changed_at\":1,\"in\":\"indexeddb\",\"scenario\":{\"version\":1}}",
        ] {
            let r = unwrap("k", bad, Lang::En);
            assert!(!r.elsewhere && r.scenario.is_err(), "{bad}");
        }
    }

    #[test]
    fn recent_is_the_other_readable_scenarios_newest_first_and_old_ones_go() {
        let mut shown = preset(PresetId::CrisisNow);
        shown.population = 3.0;
        let all = vec![
            stored("a", 1.0, 100.0),
            stored("b", 2.0, 300.0),
            stored("c", 3.0, 200.0),
            unwrap("bad", "{", Lang::En),
            stored("own", 4.0, 400.0),
        ];
        let (list, stale) = recent("own", all, &shown);
        let keys: Vec<&str> = list.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            ["b", "a"],
            "not this tab's, not the one on screen, not unreadable"
        );
        assert!(stale.is_empty());
        let many: Vec<Recent> = (0..8)
            .map(|i| stored(&format!("k{i}"), f64::from(i), f64::from(i)))
            .collect();
        let (list, stale) = recent("k0", many, &preset(PresetId::Roadmap));
        assert_eq!(
            stale,
            ["k2", "k1"],
            "the oldest beyond five, never this tab's"
        );
        assert_eq!(list.len(), 5);
        assert_eq!(list[0].key, "k7");
    }
}
