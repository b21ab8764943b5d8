//! Text kept in the browser's IndexedDB, by key: for what local storage has no room for. One
//! database (`crisis-continuum-planner`) with one store of texts (`kept`), keys outside the
//! values. Each operation is a future that ends when the browser has finished it (a write, when
//! its transaction is complete) or refused it.
//!
//! The page asks for an operation as a [`Job`] whose result goes to a callback; the app's root
//! hands out [`run`] through a split point (`src/parts.rs`), so this code is fetched the first time
//! something needs it, not with the first load (which carries only the jobs and [`Job::fail`]).

use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

/// The browser has no IndexedDB for this page, or refused or failed an operation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct IdbError;

/// An operation under way.
pub type Done<T> = Pin<Box<dyn Future<Output = Result<T, IdbError>>>>;

/// The operations, as a table of functions (handed from the chunk that holds them to the code
/// that asks for them).
#[derive(Clone, Copy)]
pub struct Idb {
    /// The text under a key (none: no such key).
    pub get: fn(String) -> Done<Option<String>>,
    /// Keep a text under a key, replacing what was there.
    pub put: fn(String, String) -> Done<()>,
    /// Forget the text under a key.
    pub delete: fn(String) -> Done<()>,
}

/// An operation and what to do with its result.
pub enum Job {
    /// Keep a text under a key, replacing what was there; then say whether it was kept.
    Put(String, String, Box<dyn FnOnce(bool)>),
    /// Read the text under a key; then hand it on (none: no such key, or it could not be read).
    Get(String, Box<dyn FnOnce(Option<String>)>),
    /// Forget the text under a key.
    Delete(String),
}

impl Job {
    /// The job's callback, told that it could not be done (IndexedDB's code was not fetched).
    pub fn fail(self) {
        match self {
            Job::Put(_, _, done) => done(false),
            Job::Get(_, done) => done(None),
            Job::Delete(_) => {}
        }
    }
}

/// Do a job.
pub fn run(job: Job) -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async move {
        match job {
            Job::Put(key, value, done) => done(put(key, value).await.is_ok()),
            Job::Get(key, done) => done(get(key).await.ok().flatten()),
            Job::Delete(key) => drop(delete(key).await),
        }
    })
}

/// The operations as futures (the browser tests use them).
pub const IDB: Idb = Idb {
    get: |key| Box::pin(get(key)),
    put: |key, value| Box::pin(put(key, value)),
    delete: |key| Box::pin(delete(key)),
};

const DATABASE: &str = "crisis-continuum-planner";
const STORE: &str = "kept";

thread_local! {
    /// The open database, reused by every operation (forgotten after a failure, so the next
    /// one opens it again).
    static DB: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

/// Wait for one of two events: `install` sets the browser's handlers to the two functions given
/// (the first ends the wait, the second ends it as a failure).
async fn settled(
    install: impl FnOnce(&js_sys::Function, &js_sys::Function),
) -> Result<(), IdbError> {
    let mut install = Some(install);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(install) = install.take() {
            install(&resolve, &reject);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(drop)
        .map_err(|_| IdbError)
}

/// The request's result once it succeeds.
async fn finished(request: &IdbRequest) -> Result<JsValue, IdbError> {
    settled(|ok, failed| {
        request.set_onsuccess(Some(ok));
        request.set_onerror(Some(failed));
    })
    .await?;
    request.result().map_err(|_| IdbError)
}

async fn open() -> Result<IdbDatabase, IdbError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(IdbError)?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(|_| IdbError)?;
    let created = request.clone();
    // the first open makes the store
    let upgrade = Closure::<dyn FnMut()>::new(move || {
        if let Ok(db) = created.result() {
            let _ = db
                .unchecked_into::<IdbDatabase>()
                .create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    let db: IdbDatabase = opened?.unchecked_into();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Run one request on the store, in a transaction of its own; a write's result comes once its
/// transaction is complete (the browser has kept it).
async fn request(
    write: bool,
    request: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, IdbError> {
    let result = async {
        let db = open().await?;
        let mode = if write {
            IdbTransactionMode::Readwrite
        } else {
            IdbTransactionMode::Readonly
        };
        let tx = db
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(|_| IdbError)?;
        let store = tx.object_store(STORE).map_err(|_| IdbError)?;
        let req = request(&store).map_err(|_| IdbError)?;
        if !write {
            return finished(&req).await;
        }
        settled(|ok, failed| {
            tx.set_oncomplete(Some(ok));
            tx.set_onabort(Some(failed));
        })
        .await
        .map(|()| JsValue::NULL)
    }
    .await;
    if result.is_err() {
        DB.with(|d| d.borrow_mut().take());
    }
    result
}

async fn get(key: String) -> Result<Option<String>, IdbError> {
    let found = request(false, |s| s.get(&JsValue::from_str(&key))).await?;
    Ok(found.as_string())
}

async fn put(key: String, value: String) -> Result<(), IdbError> {
    request(true, |s| {
        s.put_with_key(&JsValue::from_str(&value), &JsValue::from_str(&key))
    })
    .await
    .map(drop)
}

async fn delete(key: String) -> Result<(), IdbError> {
    request(true, |s| s.delete(&JsValue::from_str(&key)))
        .await
        .map(drop)
}
