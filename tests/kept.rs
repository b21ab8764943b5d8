//! Browser tests of what the browser keeps when local storage has no room: the scenario in
//! IndexedDB, local storage holding a pointer, and a start that opens it from there. (A file of its
//! own: the test runner gives each file 20 seconds.)
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_continuum_planner::shell::kept::{tab_key, TAB_ID_KEY};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Wait until the address and local storage hold what was typed (they are written once typing
/// pauses, `persist::WRITE_DELAY_MS`).
async fn settle() {
    sleep(crisis_continuum_planner::shell::persist::WRITE_DELAY_MS as i32 + 150).await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// What IndexedDB holds of the page's: texts by key, a large one too, and none for a missing key.
#[wasm_bindgen_test]
async fn indexeddb_keeps_texts_by_key_and_forgets_them() {
    use crisis_continuum_planner::browser::idb::IDB;
    let large = "x".repeat(700_000);
    (IDB.put)("test-large".into(), large.clone()).await.unwrap();
    (IDB.put)("test-small".into(), "one".into()).await.unwrap();
    (IDB.put)("test-small".into(), "two".into()).await.unwrap();
    assert_eq!((IDB.get)("test-large".into()).await.unwrap(), Some(large));
    assert_eq!(
        (IDB.get)("test-small".into()).await.unwrap().as_deref(),
        Some("two")
    );
    assert_eq!((IDB.get)("test-none".into()).await.unwrap(), None);
    (IDB.delete)("test-large".into()).await.unwrap();
    (IDB.delete)("test-small".into()).await.unwrap();
    assert_eq!((IDB.get)("test-large".into()).await.unwrap(), None);
}

/// Make local storage refuse any value longer than 1,000 characters, as a full one refuses what
/// does not fit (`QuotaExceededError`), or take that back. (The end-to-end fault suite fills it
/// for real.)
fn refuse_large_values(on: bool) {
    js_sys::Function::new_no_args(if on {
        "const p = Storage.prototype; if (!p.__setItem) { p.__setItem = p.setItem; \
         p.setItem = function (k, v) { if (String(v).length > 1000) \
         throw new DOMException('full', 'QuotaExceededError'); return p.__setItem.call(this, k, v); }; }"
    } else {
        "const p = Storage.prototype; if (p.__setItem) { p.setItem = p.__setItem; delete p.__setItem; }"
    })
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

static PREREAD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What a start does before building the page: read from IndexedDB the scenario it will open.
async fn preread(key: String) {
    use std::sync::atomic::Ordering;
    PREREAD.store(false, Ordering::SeqCst);
    crisis_continuum_planner::shell::kept::preread(key, || PREREAD.store(true, Ordering::SeqCst));
    for _ in 0..100 {
        if PREREAD.load(Ordering::SeqCst) {
            return;
        }
        sleep(20).await;
    }
    panic!("the start's read from IndexedDB did not finish");
}

#[wasm_bindgen_test]
async fn a_scenario_local_storage_has_no_room_for_goes_to_indexeddb_and_opens_from_there() {
    use crisis_continuum_planner::browser::idb::IDB;
    use crisis_continuum_planner::shell::kept;
    let pop = |root: &Element| {
        q(root, "input[data-path='population']")
            .unchecked_into::<HtmlInputElement>()
            .value()
    };
    let root = mount();
    type_into(&root, "population", "121000").await;
    settle().await;
    let key = tab_key();
    refuse_large_values(true);
    // the change does not fit: IndexedDB keeps it, local storage the pointer, nothing is said
    type_into(&root, "population", "122000").await;
    let mut stored = String::new();
    for _ in 0..40 {
        sleep(100).await;
        stored = storage().get_item(&key).unwrap().unwrap_or_default();
        if kept::is_pointer(&stored) {
            break;
        }
    }
    assert!(kept::is_pointer(&stored), "{stored}");
    let held = (IDB.get)(key.clone()).await.unwrap().unwrap();
    let read = kept::unwrap(&key, &held, crisis_model::Lang::En);
    assert_eq!(read.scenario.unwrap().population, 122_000.0);
    assert!(
        root.query_selector("[data-testid='storage-notice']")
            .unwrap()
            .is_none(),
        "kept: no notice"
    );
    root.remove();
    refuse_large_values(false);
    // a fresh visit: the start reads it from IndexedDB before the page is built
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .remove_item(TAB_ID_KEY)
        .unwrap();
    set_address("");
    preread(key.clone()).await;
    let fresh = mount_here();
    tick().await;
    assert_eq!(pop(&fresh), "122000");
    // IndexedDB unreadable (the start read nothing): the page says so and starts from the default
    fresh.remove();
    (IDB.delete)(key.clone()).await.unwrap();
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .remove_item(TAB_ID_KEY)
        .unwrap();
    // (the address the page before wrote would open its scenario: a plain address)
    set_address("");
    preread(key.clone()).await;
    let lost = mount_here();
    tick().await;
    assert_ne!(pop(&lost), "122000");
    assert!(
        text(&lost, ".notice").contains("could not be read"),
        "{}",
        text(&lost, ".notice")
    );
    lost.remove();
    storage().remove_item(&key).unwrap();
}
