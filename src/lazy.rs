//! The parts of the page that load on demand, so the first load carries only what the first
//! screen needs: the inputs and the headline figures.
//!
//! Each [`Part`] is a split point. The release build (`scripts/build.mjs`, cargo feature `split`)
//! cuts the wasm at these functions with `wasm-split-cli`: the code only a part reaches goes into
//! its own `.wasm` chunk, fetched from the page's own origin the first time the part is wanted.
//! A part is wanted when its place on the page comes near the screen, when the `<details>` that
//! holds it is opened, when a signal asks for it (presenting, comparing), or before printing.
//!
//! Without the `split` feature (`trunk serve`, the browser tests) a part is built at once, in
//! place, and nothing here is asynchronous.

// The split points are `extern "C"` functions the wasm-split macro declares and exports; that is
// the only unsafe code in the crate, and it is generated.
#![allow(unsafe_code)]

use crate::i18n::tr;
use leptos::prelude::*;

/// The parts of the page that load on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The results' tables, charts and "How is this calculated?" (under the headline figures).
    Detail,
    /// "More assumptions" in the inputs.
    More,
    /// Today's capacity and the gap.
    Today,
    /// "How sure is this?": ranges, Monte Carlo, simulated years.
    Uncertainty,
    /// The Roadmap's criteria and the one-page summary.
    Criteria,
    /// The body of "Saved scenarios".
    Library,
    /// The "Embed this" panel.
    Embed,
    /// The side-by-side comparison, shown while comparing.
    Compare,
    /// Presentation mode, shown while presenting.
    Present,
    /// The inputs table printed on paper.
    Print,
}

impl Part {
    /// The parts paper shows: printing waits for all of them.
    pub const PRINTED: [Part; 6] = [
        Part::Detail,
        Part::More,
        Part::Today,
        Part::Uncertainty,
        Part::Criteria,
        Part::Print,
    ];

    /// The heading a part shows while it waits for its place to come near the screen, so a reader
    /// (or a screen reader moving by headings) sees what is coming and, by going there, loads it.
    fn waiting_title(self) -> Option<(&'static str, &'static str)> {
        match self {
            Part::Detail => Some(("The results in detail", "Los resultados en detalle")),
            Part::Today => Some((
                "Today's capacity and the gap",
                "La capacidad actual y la brecha",
            )),
            Part::Uncertainty => Some(("How sure is this?", "¿Qué tan segura es esta estimación?")),
            Part::Criteria => Some((
                "The Roadmap's criteria: a self-assessment",
                "Los criterios de la Hoja de ruta: una autoevaluación",
            )),
            _ => None,
        }
    }

    /// The `data-part` name on the page.
    pub fn name(self) -> &'static str {
        match self {
            Part::Detail => "detail",
            Part::More => "more",
            Part::Today => "today",
            Part::Uncertainty => "uncertainty",
            Part::Criteria => "criteria",
            Part::Library => "library",
            Part::Embed => "embed",
            Part::Compare => "compare",
            Part::Present => "present",
            Part::Print => "print",
        }
    }
}

/// Build a part's view now. Each part has its own function, called only by its own split point
/// (or, without `split`, by [`Deferred`]), so each part's code is reachable from its split point
/// alone and lands in its own chunk.
mod views {
    use leptos::prelude::*;

    pub fn detail() -> AnyView {
        view! { <crate::results_view::ResultsDetail/> }.into_any()
    }
    pub fn more() -> AnyView {
        view! { <crate::inputs::MoreAssumptions/> }.into_any()
    }
    pub fn today() -> AnyView {
        view! { <crate::gap_view::TodaySection/> }.into_any()
    }
    pub fn uncertainty() -> AnyView {
        view! { <crate::uncertainty_view::Uncertainty/> }.into_any()
    }
    pub fn criteria() -> AnyView {
        let chrome = use_context::<crate::embed::Embed>().is_none_or(|e| !e.on);
        view! {
            <crate::gap_view::Checklist/>
            {chrome.then(|| view! { <crate::gap_view::BoardSummary/> })}
        }
        .into_any()
    }
    pub fn library() -> AnyView {
        view! { <crate::library_panel::LibraryBody/> }.into_any()
    }
    pub fn embed() -> AnyView {
        view! { <crate::embed::EmbedCode/> }.into_any()
    }
    pub fn compare() -> AnyView {
        view! { <crate::compare::Comparison/> }.into_any()
    }
    pub fn present() -> AnyView {
        let slide = expect_context::<RwSignal<Option<usize>>>();
        view! { <crate::present::Presentation slide=slide/> }.into_any()
    }
    pub fn print() -> AnyView {
        view! { <crate::print::PrintInputs/> }.into_any()
    }
}

#[cfg(feature = "split")]
mod points {
    //! One split point per part. The macro turns each into an `async fn` that first fetches the
    //! part's chunk (`preload_*` fetches without building); `fallible` makes a failed fetch an
    //! `Err` instead of a crash.
    use super::{views, Part};
    use leptos::prelude::AnyView;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    /// A chunk that could not be fetched (offline, or the site was updated meanwhile).
    pub struct LoadFailed;

    impl From<SplitLoaderError> for LoadFailed {
        fn from(_: SplitLoaderError) -> Self {
            LoadFailed
        }
    }

    // The parts share four chunks (the split modules), so a part needs a handful of fetches, not
    // dozens: every set of split modules that shares code gets a chunk of its own, and with eight
    // modules there were 77 files. `below` holds the sections under the results, which a reader
    // meets one after the other; `overlay` what the toolbar opens (presenting, saved scenarios, the comparison, the embed code).
    macro_rules! point {
        ($name:ident, $module:ident, $preload:ident) => {
            #[wasm_split($module, fallible, preload($preload))]
            pub fn $name() -> Result<AnyView, LoadFailed> {
                Ok(views::$name())
            }
        };
    }
    point!(detail, detail, preload_detail);
    point!(more, more, preload_more);
    point!(today, below, preload_today);
    point!(uncertainty, below, preload_uncertainty);
    point!(criteria, below, preload_criteria);
    point!(print, below, preload_print);
    point!(library, overlay, preload_library);
    point!(embed, overlay, preload_embed);
    point!(compare, overlay, preload_compare);
    point!(present, overlay, preload_present);

    /// Fetch (once) and build a part.
    pub async fn load(part: Part) -> Result<AnyView, LoadFailed> {
        match part {
            Part::Detail => detail().await,
            Part::More => more().await,
            Part::Today => today().await,
            Part::Uncertainty => uncertainty().await,
            Part::Criteria => criteria().await,
            Part::Library => library().await,
            Part::Embed => embed().await,
            Part::Compare => compare().await,
            Part::Present => present().await,
            Part::Print => print().await,
        }
    }

    /// Fetch (once) a part's chunk without building it.
    pub async fn preload(part: Part) -> Result<(), SplitLoaderError> {
        match part {
            Part::Detail => preload_detail().await,
            Part::More => preload_more().await,
            Part::Today => preload_today().await,
            Part::Uncertainty => preload_uncertainty().await,
            Part::Criteria => preload_criteria().await,
            Part::Library => preload_library().await,
            Part::Embed => preload_embed().await,
            Part::Compare => preload_compare().await,
            Part::Present => preload_present().await,
            Part::Print => preload_print().await,
        }
    }

    pub fn failed() -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        crate::i18n::tr(
            "This part of the page could not be loaded. Check the connection and reload the page; what you entered is kept.",
            "No se pudo cargar esta parte de la página. Revise la conexión y vuelva a cargar la página; lo que ingresó se conserva.",
        )
    }
}

/// What brings a part onto the page.
#[derive(Clone, Copy)]
pub enum When {
    /// Its place on the page comes within half a screen of the window (or printing, or a link
    /// into it). Without `split`, at once.
    Near,
    /// A `<details>` that holds it is opened (or printing). Without `split`, at once.
    Opened(Signal<bool>),
    /// Shown while the signal is true, and only then (presenting, comparing).
    While(Signal<bool>),
    /// Only when asked for by name (the printed inputs, before printing). Without `split`, at once.
    Asked,
}

/// The parts asked for by name so far (printing, a link into a part).
#[derive(Clone, Copy)]
struct Wanted(RwSignal<Vec<Part>>);

thread_local! {
    /// The same list, for event handlers that run outside the app's reactive owner (keys, print).
    static WANTED: std::cell::Cell<Option<Wanted>> = const { std::cell::Cell::new(None) };
}

/// Whether the first screen, with the headline figures, has been painted (see [`painted`]).
#[derive(Clone, Copy)]
struct Painted(RwSignal<bool>);

/// Call once, in the app: the shared list of parts asked for, and the signal that the first
/// screen has been painted.
pub fn provide() {
    let wanted = Wanted(RwSignal::new(Vec::new()));
    WANTED.with(|w| w.set(Some(wanted)));
    provide_context(wanted);
    let painted = RwSignal::new(cfg!(not(feature = "split")));
    provide_context(Painted(painted));
    #[cfg(feature = "split")]
    after_next_paint(move || painted.set(true));
    load_for_keyboard();
}

/// True once the page's first screen has been painted; without `split`, true at once.
///
/// The inputs panel's fields and the footer are built only then, so the headline figures reach
/// the screen without waiting for them (about a third of the work of starting). The page is
/// mounted in one task; this turns true in the task that follows the frame showing it.
pub fn painted() -> Signal<bool> {
    match use_context::<Painted>() {
        Some(Painted(p)) => p.into(),
        // a view mounted on its own (a test) has no first screen to wait for
        None => Signal::stored(true),
    }
}

/// Run `f` once the next frame has been painted: a frame's animation callbacks run just before
/// its paint, and a task queued from one runs after it.
#[cfg(feature = "split")]
fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// The parts a reader reaches by scrolling, in page order.
const SCROLLED: [Part; 4] = [Part::Detail, Part::Today, Part::Uncertainty, Part::Criteria];

/// Someone moving through the page with Tab goes through every part in order: at the first Tab,
/// ask for the parts further down, so none is skipped for not having loaded yet.
fn load_for_keyboard() {
    let _ = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() == "Tab"
            && wanted().is_some_and(|w| !w.0.with_untracked(|l| l.contains(&Part::Criteria)))
        {
            // the parts load in their places; nothing here needs to wait for them
            drop(want(&SCROLLED));
        }
    });
}

fn wanted() -> Option<Wanted> {
    use_context::<Wanted>().or_else(|| WANTED.with(|w| w.get()))
}

/// Ask for parts now; the future resolves once their chunks have arrived and their views are on
/// the page.
pub fn want(parts: &[Part]) -> impl std::future::Future<Output = ()> {
    if let Some(Wanted(w)) = wanted() {
        w.update(|list| {
            for p in parts {
                if !list.contains(p) {
                    list.push(*p);
                }
            }
        });
    }
    #[cfg(feature = "split")]
    let parts = parts.to_vec();
    async move {
        #[cfg(feature = "split")]
        for p in parts {
            // loading is memoized: this waits only for the chunks still on their way
            let _ = points::preload(p).await;
        }
        // let the views that were waiting for their chunk render
        for _ in 0..3 {
            crate::slices::yield_to_browser().await;
        }
    }
}

/// Print the page with every printed part on it.
pub fn print_all() {
    let ready = want(&Part::PRINTED);
    leptos::task::spawn_local(async move {
        ready.await;
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}

/// A part of the page that loads when it is wanted (see [`When`]).
#[component]
pub fn Deferred(part: Part, when: When) -> impl IntoView {
    let wanted = wanted().map(|w| w.0);
    let asked = Memo::new(move |_| wanted.is_some_and(|w| w.with(|l| l.contains(&part))));
    // a hint, once given, stays: the part is not removed when it scrolls away or closes
    let hinted = RwSignal::new(cfg!(not(feature = "split")));
    let anchor = NodeRef::<leptos::html::Div>::new();
    let on: Signal<bool> = match when {
        When::While(s) => s,
        When::Opened(s) => {
            Effect::new(move |_| {
                if s.get() {
                    hinted.set(true);
                }
            });
            Signal::derive(move || hinted.get() || asked.get())
        }
        When::Near => {
            observe_near(anchor, move || hinted.set(true));
            Signal::derive(move || hinted.get() || asked.get())
        }
        When::Asked => Signal::derive(move || hinted.get() || asked.get()),
    };
    let on = Memo::new(move |_| on.get());
    // a part waiting below the screen holds a whole screen (style/main.css), so the parts after it
    // stay out of reach until the reader scrolls on
    let near = matches!(when, When::Near);
    view! {
        <div
            class="deferred"
            class:near=near
            data-part=part.name()
            data-waiting=move || (!on.get()).then_some("")
            node_ref=anchor
        >
            {move || on.get().then(|| shown(part))}
            {move || {
                (!on.get())
                    .then(|| part.waiting_title())
                    .flatten()
                    .map(|(en, es)| {
                        view! {
                            <div class="deferred-waiting">
                                <h2>{tr(en, es)}</h2>
                                <p class="hint">
                                    {tr(
                                        "This part of the page loads when you reach it.",
                                        "Esta parte de la página se carga cuando llega a ella.",
                                    )}
                                </p>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

#[cfg(not(feature = "split"))]
fn shown(part: Part) -> impl IntoView {
    match part {
        Part::Detail => views::detail(),
        Part::More => views::more(),
        Part::Today => views::today(),
        Part::Uncertainty => views::uncertainty(),
        Part::Criteria => views::criteria(),
        Part::Library => views::library(),
        Part::Embed => views::embed(),
        Part::Compare => views::compare(),
        Part::Present => views::present(),
        Part::Print => views::print(),
    }
}

#[cfg(feature = "split")]
fn shown(part: Part) -> impl IntoView {
    view! {
        <Suspense fallback=|| {
            view! {
                <p class="deferred-loading" role="status">
                    {tr("Loading this part of the page…", "Cargando esta parte de la página…")}
                </p>
            }
        }>
            {Suspend::new(async move {
                match points::load(part).await {
                    Ok(v) => v,
                    Err(_) => {
                        view! {
                            <p class="status stale deferred-failed" role="alert">
                                {points::failed()}
                            </p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// Call `near` once, when the element comes within half a screen of the window.
#[cfg(feature = "split")]
fn observe_near(anchor: NodeRef<leptos::html::Div>, near: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let near = std::rc::Rc::new(near);
    Effect::new(move |_| {
        let Some(el) = anchor.get() else { return };
        let near = near.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let hit = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if hit {
                    observer.disconnect();
                    near();
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("50% 0px 50% 0px");
        if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            observer.observe(&el);
        }
        // the observer holds the callback for the page's lifetime (it disconnects itself)
        callback.forget();
    });
}

#[cfg(not(feature = "split"))]
fn observe_near(_anchor: NodeRef<leptos::html::Div>, _near: impl Fn() + 'static) {}
