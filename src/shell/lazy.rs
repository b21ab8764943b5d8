//! The parts of the page that load on demand, so the first load carries only what the first
//! screen needs: the inputs and the headline figures.
//!
//! Each [`Part`] is a split point. The release build (`scripts/build.mjs`, cargo feature `split`)
//! cuts the wasm at the split points of `src/parts.rs` with `wasm-split-cli`: the code only a part
//! reaches goes into its own `.wasm` chunk, fetched from the page's own origin the first time the
//! part is wanted. This file names no section: the app's root hands it the registry of the
//! parts' views ([`Parts`]) through [`provide`].
//! A part is wanted when its place on the page comes near the screen, when the `<details>` that
//! holds it is opened, when a signal asks for it (presenting, comparing), or before printing.
//!
//! Without the `split` feature (`trunk serve`, the browser tests) a part is built at once, in
//! place, and nothing here is asynchronous.

use crate::browser;
use crate::shell::i18n::tr;
use leptos::prelude::*;

/// The parts of the page that load on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The inputs panel's fields, under its heading: fetched as soon as the first screen (the
    /// headline figures) is painted, so the first download carries the figures only.
    Inputs,
    /// The results' tables, charts and "How is this calculated?" (under the headline figures).
    Detail,
    /// "More assumptions" in the inputs.
    More,
    /// What the continuum averts, the benchmarks and the methods document.
    Outcomes,
    /// Today's capacity and the gap.
    Today,
    /// "Who pays": the cost by payer and by level of government.
    Funding,
    /// "How sure is this?": ranges, Monte Carlo, simulated years.
    Uncertainty,
    /// The Roadmap's criteria and the one-page summary.
    Criteria,
    /// The body of "Saved scenarios".
    Library,
    /// The "Embed this" panel.
    Embed,
    /// An embedded page's messages to and from the page around its frame (its height, inputs
    /// set by that page, the figures sent back); only an embedded page loads it.
    Frame,
    /// The side-by-side comparison, shown while comparing.
    Compare,
    /// Presentation mode, shown while presenting.
    Present,
    /// The inputs table printed on paper.
    Print,
    /// The methods page, shown at its own address (`?view=methods`, `shell::methods`).
    Methods,
    /// "Several areas", shown at its own address (`?view=areas`, `shell::areas_mode`).
    Areas,
    /// The notice while the browser does not keep the scenario, and "Recent" (the other tabs'
    /// scenarios, offered on a fresh visit).
    Kept,
}

impl Part {
    /// The parts paper shows: printing waits for all of them.
    pub const PRINTED: [Part; 9] = [
        Part::Inputs,
        Part::Detail,
        Part::More,
        Part::Outcomes,
        Part::Today,
        Part::Funding,
        Part::Uncertainty,
        Part::Criteria,
        Part::Print,
    ];

    /// The heading a part shows while it waits for its place to come near the screen, so a reader
    /// (or a screen reader moving by headings) sees what is coming and, by going there, loads it.
    fn waiting_title(self) -> Option<(&'static str, &'static str)> {
        match self {
            Part::Detail => Some(("The results in detail", "Los resultados en detalle")),
            Part::Outcomes => Some(("What the continuum averts", "Lo que evita el continuo")),
            Part::Today => Some((
                "Today's capacity and the gap",
                "La capacidad actual y la brecha",
            )),
            Part::Funding => Some(("Who pays", "Quién paga")),
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
            Part::Inputs => "inputs",
            Part::Detail => "detail",
            Part::More => "more",
            Part::Outcomes => "outcomes",
            Part::Today => "today",
            Part::Funding => "funding",
            Part::Uncertainty => "uncertainty",
            Part::Criteria => "criteria",
            Part::Library => "library",
            Part::Embed => "embed",
            Part::Frame => "frame",
            Part::Compare => "compare",
            Part::Present => "present",
            Part::Print => "print",
            Part::Kept => "kept",
            Part::Methods => "methods",
            Part::Areas => "areas",
        }
    }
}

/// How the parts' views are built, given to the shell by the app's root (`src/parts.rs`, the one
/// file that names every section): the shell holds a part's place and decides when it is wanted,
/// the registry builds it. Without `split`, a part is built at once.
#[cfg(not(feature = "split"))]
#[derive(Clone, Copy)]
pub struct Parts {
    /// Build a part's view now.
    pub build: fn(Part) -> AnyView,
}

/// How the parts' views are built, given to the shell by the app's root (`src/parts.rs`, the one
/// file that names every section). With `split`, each part's code is reachable from its split
/// point alone, so only these two functions (which go through the split points) are held here.
#[cfg(feature = "split")]
#[derive(Clone, Copy)]
pub struct Parts {
    /// Fetch (once) and build a part.
    pub load: fn(Part) -> Loading<Result<AnyView, LoadFailed>>,
    /// Fetch (once) a part's chunk without building it.
    pub preload: fn(Part) -> Loading<()>,
}

/// A part's chunk on its way.
#[cfg(feature = "split")]
pub type Loading<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send>>;

/// A chunk that could not be fetched (offline, or the site was updated meanwhile).
#[cfg(feature = "split")]
pub struct LoadFailed;

/// The message shown in place of a part whose chunk could not be fetched.
#[cfg(feature = "split")]
fn failed() -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    tr(
        "This part of the page could not be loaded. Check the connection and reload the page; what you entered is kept.",
        "No se pudo cargar esta parte de la página. Revise la conexión y vuelva a cargar la página; lo que ingresó se conserva.",
    )
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
    /// As soon as the first screen has been painted (see [`painted`]).
    Painted,
}

/// The parts asked for by name so far (printing, a link into a part).
#[derive(Clone, Copy)]
struct Wanted(RwSignal<Vec<Part>>);

thread_local! {
    /// The same list, for event handlers that run outside the app's reactive owner (keys, print).
    static WANTED: std::cell::Cell<Option<Wanted>> = const { std::cell::Cell::new(None) };
    /// The registry of the parts' views (see [`provide`]).
    static PARTS: std::cell::Cell<Option<Parts>> = const { std::cell::Cell::new(None) };
}

fn parts() -> Option<Parts> {
    PARTS.with(|p| p.get())
}

/// Whether the first screen, with the headline figures, has been painted (see [`painted`]).
#[derive(Clone, Copy)]
struct Painted(RwSignal<bool>);

/// Call once, in the app, with the registry of the parts' views: the shared list of parts asked
/// for, and the signal that the first screen has been painted.
pub fn provide(registry: Parts) {
    PARTS.with(|p| p.set(Some(registry)));
    let wanted = Wanted(RwSignal::new(Vec::new()));
    WANTED.with(|w| w.set(Some(wanted)));
    provide_context(wanted);
    let painted = RwSignal::new(cfg!(not(feature = "split")));
    provide_context(Painted(painted));
    #[cfg(feature = "split")]
    browser::after_next_paint(move || painted.set(true));
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

/// The parts a reader reaches by scrolling, in page order.
const SCROLLED: [Part; 6] = [
    Part::Detail,
    Part::Outcomes,
    Part::Today,
    Part::Funding,
    Part::Uncertainty,
    Part::Criteria,
];

/// Someone moving through the page with Tab goes through every part in order: at the first Tab,
/// ask for the parts further down, so none is skipped for not having loaded yet.
fn load_for_keyboard() {
    browser::on_window(leptos::ev::keydown, |ev| {
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
        if let Some(registry) = self::parts() {
            for p in parts {
                // loading is memoized: this waits only for the chunks still on their way
                (registry.preload)(p).await;
            }
        }
        // let the views that were waiting for their chunk render
        for _ in 0..3 {
            browser::yield_to_browser().await;
        }
    }
}

/// Print the page with every printed part on it.
pub fn print_all() {
    let ready = want(&Part::PRINTED);
    leptos::task::spawn_local(async move {
        ready.await;
        browser::print();
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
        When::Painted => {
            let painted = painted();
            Signal::derive(move || painted.get() || asked.get())
        }
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
    parts().map(|registry| (registry.build)(part))
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
                let loaded = match parts() {
                    Some(registry) => (registry.load)(part).await,
                    None => Err(LoadFailed),
                };
                match loaded {
                    Ok(v) => v,
                    Err(LoadFailed) => {
                        view! {
                            <p class="status stale deferred-failed" role="alert">
                                {failed()}
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
    let near = std::rc::Rc::new(near);
    Effect::new(move |_| {
        let Some(el) = anchor.get() else { return };
        let near = near.clone();
        browser::when_near(&el, "50% 0px 50% 0px", move || near());
    });
}

#[cfg(not(feature = "split"))]
fn observe_near(_anchor: NodeRef<leptos::html::Div>, _near: impl Fn() + 'static) {}
