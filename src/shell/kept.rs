//! What this browser keeps of the scenario, tab by tab, and whether it is keeping it.
//!
//! Each tab autosaves its scenario under a key of its own ([`TAB_PREFIX`] and the tab's id, which
//! session storage holds: a reload keeps it, a new tab gets a new one), so two tabs never write
//! over each other. A stored value is `{"changed_at":<ms since 1970>,"scenario":{…}}`, read with
//! the model's strict, bounded scenario reader. A fresh visit opens the most recently changed
//! scenario and offers the others ([`Kept::recent`]); the [`MAX_RECENT`] most recent are kept.
//!
//! Every write's result is recorded ([`Kept::record`]): while the browser refuses them, the page
//! says so (`sections/kept.rs`), and the notice goes when a write is kept again.
//!
//! The reading and choosing here is plain Rust, tested natively; the browser is reached only in
//! [`read_all`] and [`tab_key`].

use crate::browser::{self, StorageError};
use crisis_model::json::{self, Json};
use crisis_model::{Lang, Scenario, MAX_SCENARIO_BYTES};
use leptos::prelude::*;

/// The key where older versions of the page kept one scenario for every tab: read as the oldest
/// recent work, and removed once this tab has kept what it opened from it.
pub const STORAGE_KEY: &str = "crisis-continuum-planner.scenario.v1";
/// The start of each tab's key in local storage; the tab's id follows.
pub const TAB_PREFIX: &str = "crisis-continuum-planner.scenario.v1.tab-";
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
}

/// The text stored for a scenario (its JSON, from `Scenario::to_json`) changed at `now`.
pub fn wrap(scenario_json: &str, now: f64) -> String {
    format!(
        "{{\"changed_at\":{},\"scenario\":{scenario_json}}}",
        now.max(0.0) as u64
    )
}

/// Read a stored value (strictly: a key other than the two, a wrong kind, or a scenario the
/// model's reader refuses is an error).
pub fn unwrap(key: &str, text: &str, lang: Lang) -> Recent {
    let recent = |changed_at, scenario| Recent {
        key: key.to_string(),
        changed_at,
        scenario,
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
    let (Some(at), Some(s @ Json::Object(_))) = (at, map.get("scenario")) else {
        return unreadable();
    };
    if map.len() != 2 || !at.is_finite() || at < 0.0 {
        return unreadable();
    }
    recent(at, Scenario::from_json_value_in(s, lang))
}

/// What a page opens with, chosen from the stored scenarios.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// The scenario to open, and the key it came from.
    pub chosen: Option<Recent>,
    /// This tab's own scenario could not be read (or nothing stored could).
    pub unreadable: bool,
    /// The other readable scenarios, most recent first (offered on a fresh visit).
    pub others: Vec<Recent>,
    /// Keys beyond the most recent [`MAX_RECENT`], to remove.
    pub stale: Vec<String>,
}

/// Choose: this tab's own scenario after a reload; on a fresh visit (no scenario of this tab's
/// own) the most recently changed one that can be read, with the others offered.
pub fn choose(own_key: &str, mut all: Vec<Recent>) -> Found {
    all.sort_by(|a, b| b.changed_at.total_cmp(&a.changed_at));
    let stale = all
        .iter()
        .skip(MAX_RECENT)
        .map(|r| r.key.clone())
        .filter(|k| k != own_key)
        .collect();
    if let Some(own) = all.iter().find(|r| r.key == own_key) {
        let readable = own.scenario.is_ok();
        return Found {
            chosen: readable.then(|| own.clone()),
            unreadable: !readable,
            others: Vec::new(),
            stale,
        };
    }
    all.truncate(MAX_RECENT);
    let mut readable = all.iter().filter(|r| r.scenario.is_ok()).cloned();
    let chosen = readable.next();
    Found {
        unreadable: chosen.is_none() && !all.is_empty(),
        chosen,
        others: readable.collect(),
        stale,
    }
}

/// This tab's key in local storage.
pub fn tab_key() -> String {
    let id = browser::tab_value(TAB_ID_KEY, || {
        format!(
            "{:x}{:04x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 65536.0) as u32
        )
    });
    format!("{TAB_PREFIX}{id}")
}

/// Every stored scenario (each tab's, and the older single key), read.
pub fn read_all(lang: Lang) -> Vec<Recent> {
    let mut keys = browser::stored_keys(TAB_PREFIX);
    keys.push(STORAGE_KEY.to_string());
    keys.into_iter()
        .filter_map(|k| browser::stored(&k).map(|text| unwrap(&k, &text, lang)))
        .collect()
}

/// Whether the browser keeps what the page writes, and the other tabs' recent scenarios offered
/// on a fresh visit.
#[derive(Clone, Copy)]
pub struct Kept {
    /// Why the last write was not kept; `None` once one is.
    pub failed: RwSignal<Option<StorageError>>,
    /// The other recent scenarios offered under "Recent" (empty once dismissed).
    pub recent: RwSignal<Vec<Recent>>,
}

impl Kept {
    pub fn new(recent: Vec<Recent>) -> Kept {
        Kept {
            failed: RwSignal::new(None),
            recent: RwSignal::new(recent),
        }
    }

    /// Note a write's result: a failure shows the notice, a success takes it away.
    pub fn record(&self, result: Result<(), StorageError>) {
        let now = result.err();
        if self.failed.get_untracked() != now {
            self.failed.set(now);
        }
    }
}

/// The page's [`Kept`] (none on an embedded page, which keeps nothing).
pub fn use_kept() -> Option<Kept> {
    use_context::<Kept>()
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
    fn a_reload_opens_its_own_tab_and_a_fresh_visit_the_most_recent() {
        let all = vec![
            stored("a", 1.0, 100.0),
            stored("b", 2.0, 300.0),
            stored("c", 3.0, 200.0),
        ];
        let own = choose("a", all.clone());
        assert_eq!(own.chosen.unwrap().key, "a");
        assert!(own.others.is_empty() && !own.unreadable);
        let fresh = choose("new", all);
        assert_eq!(fresh.chosen.unwrap().key, "b");
        let others: Vec<&str> = fresh.others.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(others, ["c", "a"]);
    }

    #[test]
    fn unreadable_scenarios_are_said_and_skipped_and_old_ones_pruned() {
        let bad = unwrap("bad", "{", Lang::En);
        let own = choose("bad", vec![bad.clone(), stored("b", 2.0, 300.0)]);
        assert!(own.unreadable && own.chosen.is_none());
        let fresh = choose("new", vec![bad.clone(), stored("b", 2.0, 300.0)]);
        assert_eq!(fresh.chosen.unwrap().key, "b");
        assert!(!fresh.unreadable && fresh.others.is_empty());
        assert!(choose("new", vec![bad]).unreadable);
        assert_eq!(choose("new", Vec::new()), Found::default());
        let many: Vec<Recent> = (0..8)
            .map(|i| stored(&format!("k{i}"), 1.0, f64::from(i)))
            .collect();
        let found = choose("k0", many);
        assert_eq!(
            found.stale,
            ["k2", "k1"],
            "the oldest beyond five, not this tab's"
        );
        assert_eq!(found.chosen.map(|r| r.key).as_deref(), Some("k0"));
    }
}
