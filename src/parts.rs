//! The registry of the parts that load on demand: which section's view each [`Part`] builds,
//! and the split point that cuts it into its own chunk. This is the one file (with the app's
//! root, `app.rs`) that names every section; the shell's `lazy.rs` holds a part's place and
//! decides when it is wanted, and receives this table as data ([`registry`]) so it never names a
//! section.
//!
//! Each part has its own view function, called only by its own split point (or, without
//! `split`, by the shell's `Deferred`), so each part's code is reachable from its split point
//! alone and lands in its own chunk.

// The split points are `extern "C"` functions the wasm-split macro declares and exports; that is
// the only unsafe code in the crate, and it is generated.
#![allow(unsafe_code)]

#[cfg(not(feature = "split"))]
use crate::shell::lazy::Part;
use crate::shell::lazy::Parts;

mod views {
    use crate::sections::{
        areas, buildout_view, compare, embed, frame, funding, gap_view, inputs, kept, library,
        outcomes_view, present, print, results_view, uncertainty,
    };
    use leptos::prelude::*;

    pub fn detail() -> AnyView {
        view! { <results_view::ResultsDetail/> }.into_any()
    }
    pub fn inputs() -> AnyView {
        view! { <inputs::InputsBody/> }.into_any()
    }
    pub fn more() -> AnyView {
        view! { <inputs::MoreAssumptions/> }.into_any()
    }
    pub fn outcomes() -> AnyView {
        view! { <outcomes_view::OutcomesSection/> }.into_any()
    }
    pub fn today() -> AnyView {
        // the build-out plan follows today's capacity and the gap in the same part: one chunk
        // and no split point of its own, so the first download does not grow
        view! {
            <gap_view::TodaySection/>
            <buildout_view::BuildOutSection/>
        }
        .into_any()
    }
    pub fn funding() -> AnyView {
        view! { <funding::WhoPays/> }.into_any()
    }
    pub fn uncertainty() -> AnyView {
        view! { <uncertainty::Uncertainty/> }.into_any()
    }
    pub fn criteria() -> AnyView {
        let chrome = !crate::shell::embed::use_embed().on;
        view! {
            <gap_view::Checklist/>
            {chrome.then(|| view! { <gap_view::BoardSummary/> })}
        }
        .into_any()
    }
    pub fn library() -> AnyView {
        view! { <library::LibraryBody/> }.into_any()
    }
    pub fn embed() -> AnyView {
        view! { <embed::EmbedCode/> }.into_any()
    }
    pub fn frame() -> AnyView {
        view! { <frame::FrameMessages/> }.into_any()
    }
    pub fn compare() -> AnyView {
        view! { <compare::Comparison/> }.into_any()
    }
    pub fn present() -> AnyView {
        let slide = expect_context::<RwSignal<Option<usize>>>();
        // the last slide is today's capacity against need, which the gap section draws: handed
        // in here, so the presentation does not import another section
        view! {
            <present::Presentation
                slide=slide
                gap_slide=gap_view::gap_slide
                plan_slide=buildout_view::plan_slide
                outcomes_slide=outcomes_view::outcomes_slide
            />
        }
        .into_any()
    }
    pub fn print() -> AnyView {
        view! { <print::PrintInputs/> }.into_any()
    }
    pub fn methods() -> AnyView {
        view! { <outcomes_view::MethodsPage/> }.into_any()
    }
    pub fn areas() -> AnyView {
        view! { <areas::AreasPage/> }.into_any()
    }
    pub fn kept() -> AnyView {
        view! { <kept::StorageNotice/> <kept::RecentList/> }.into_any()
    }
}

/// How the IndexedDB code (`browser::idb`) is fetched, for the shell (`shell::kept::provide_idb`):
/// it is needed only when local storage has no room, or to open what it pointed to.
#[cfg(not(feature = "split"))]
pub fn idb_loader() -> crate::shell::kept::IdbLoader {
    || Box::pin(async { Some(crate::browser::idb::run as crate::shell::kept::IdbRun) })
}

/// How the IndexedDB code (`browser::idb`) is fetched, for the shell (`shell::kept::provide_idb`):
/// through its own split point, so the first load does not carry it.
#[cfg(feature = "split")]
pub fn idb_loader() -> crate::shell::kept::IdbLoader {
    || Box::pin(async { points::idb().await.ok() })
}

/// The parts' views, for the shell (`shell::lazy::provide`).
#[cfg(not(feature = "split"))]
pub fn registry() -> Parts {
    Parts {
        build: |part| match part {
            Part::Inputs => views::inputs(),
            Part::Detail => views::detail(),
            Part::More => views::more(),
            Part::Outcomes => views::outcomes(),
            Part::Today => views::today(),
            Part::Funding => views::funding(),
            Part::Uncertainty => views::uncertainty(),
            Part::Criteria => views::criteria(),
            Part::Library => views::library(),
            Part::Embed => views::embed(),
            Part::Frame => views::frame(),
            Part::Compare => views::compare(),
            Part::Present => views::present(),
            Part::Print => views::print(),
            Part::Kept => views::kept(),
            Part::Methods => views::methods(),
            Part::Areas => views::areas(),
        },
    }
}

/// The parts' views, for the shell (`shell::lazy::provide`): each through its split point.
#[cfg(feature = "split")]
pub fn registry() -> Parts {
    Parts {
        load: |part| Box::pin(points::load(part)),
        preload: |part| {
            Box::pin(async move {
                let _ = points::preload(part).await;
            })
        },
    }
}

#[cfg(feature = "split")]
mod points {
    //! One split point per part. The macro turns each into an `async fn` that first fetches the
    //! part's chunk (`preload_*` fetches without building); `fallible` makes a failed fetch an
    //! `Err` instead of a crash.
    use super::views;
    use crate::shell::lazy::{LoadFailed, Part};
    use leptos::prelude::AnyView;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

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
    point!(inputs, inputs, preload_inputs);
    point!(detail, detail, preload_detail);
    point!(more, more, preload_more);
    point!(outcomes, below, preload_outcomes);
    point!(today, below, preload_today);
    point!(funding, below, preload_funding);
    point!(uncertainty, below, preload_uncertainty);
    point!(criteria, below, preload_criteria);
    point!(print, below, preload_print);
    point!(methods, below, preload_methods);
    point!(library, overlay, preload_library);
    point!(embed, overlay, preload_embed);
    // an embedded page's messages: a chunk of their own, so an embedded page fetches no overlay
    point!(frame, frame, preload_frame);
    point!(compare, overlay, preload_compare);
    point!(present, overlay, preload_present);
    point!(kept, overlay, preload_kept);
    // "Several areas": a mode of its own, in a chunk of its own (the CSV reader, the areas'
    // evaluation and the JSON writer come with it, never in the first download)
    point!(areas, areas, preload_areas);

    /// The IndexedDB operations, in a chunk of their own (`store`).
    #[wasm_split(store, fallible)]
    pub fn idb() -> Result<crate::shell::kept::IdbRun, LoadFailed> {
        Ok(crate::browser::idb::run)
    }

    /// Fetch (once) and build a part.
    pub async fn load(part: Part) -> Result<AnyView, LoadFailed> {
        match part {
            Part::Inputs => inputs().await,
            Part::Detail => detail().await,
            Part::More => more().await,
            Part::Outcomes => outcomes().await,
            Part::Today => today().await,
            Part::Funding => funding().await,
            Part::Uncertainty => uncertainty().await,
            Part::Criteria => criteria().await,
            Part::Library => library().await,
            Part::Embed => embed().await,
            Part::Frame => frame().await,
            Part::Compare => compare().await,
            Part::Present => present().await,
            Part::Print => print().await,
            Part::Kept => kept().await,
            Part::Methods => methods().await,
            Part::Areas => areas().await,
        }
    }

    /// Fetch (once) a part's chunk without building it.
    pub async fn preload(part: Part) -> Result<(), SplitLoaderError> {
        match part {
            Part::Inputs => preload_inputs().await,
            Part::Detail => preload_detail().await,
            Part::More => preload_more().await,
            Part::Outcomes => preload_outcomes().await,
            Part::Today => preload_today().await,
            Part::Funding => preload_funding().await,
            Part::Uncertainty => preload_uncertainty().await,
            Part::Criteria => preload_criteria().await,
            Part::Library => preload_library().await,
            Part::Embed => preload_embed().await,
            Part::Frame => preload_frame().await,
            Part::Compare => preload_compare().await,
            Part::Present => preload_present().await,
            Part::Print => preload_print().await,
            Part::Kept => preload_kept().await,
            Part::Methods => preload_methods().await,
            Part::Areas => preload_areas().await,
        }
    }
}
