//! The Crisis Continuum Planner's interface: Leptos components that read a scenario, hand it to
//! the model (`crisis_model`), and show the results.
//!
//! Data flows one way: inputs -> `Scenario` (a signal) -> `crisis_model::evaluate` (a memo) ->
//! `Results` -> views. Components never compute a figure; they format and draw what the model
//! returns. See ARCHITECTURE.md.

#![forbid(unsafe_code)]

pub mod charts;
mod crash;
pub mod embed;
pub mod fields;
pub mod files;
pub mod input_text;
pub mod inputs;
pub mod persist;
pub mod present;
pub mod print;
pub mod results_view;
pub mod sources;
pub mod state;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use crash::install_panic_hook;

/// Start the app in the page: install the panic hook, remove the loading message, mount.
pub fn start() {
    install_panic_hook();
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// The whole calculator page.
#[component]
pub fn App() -> impl IntoView {
    let embed = embed::read();
    provide_context(embed.clone());
    let start = persist::start(!embed.on);
    let planner = state::provide_planner(start.scenario);
    persist::keep(planner.scenario, planner.new_step, !embed.on);
    let chrome = !embed.on;
    let presenting = RwSignal::new(None::<usize>);
    provide_context(presenting);
    let notice = RwSignal::new(start.notice);
    // paper shows everything: open every collapsed section for printing, close them after
    let _ = window_event_listener(leptos::ev::beforeprint, |_| set_details_for_print(true));
    let _ = window_event_listener(leptos::ev::afterprint, |_| set_details_for_print(false));
    // paper shows everything: open every collapsed section for printing, close them after
    view! {
        <a class="skip-link" href="#results">"Skip to the results"</a>
        {chrome
            .then(|| {
                view! {
                    <header class="site-header">
                        <h1>"Crisis Continuum Planner"</h1>
                        <p class="tagline">"Beds, teams, staff and cost for a community's crisis services"</p>
                    </header>
                }
            })}
        <main id="main" class:embedded=!chrome>
            {move || {
                notice
                    .get()
                    .map(|text| {
                        view! {
                            <div class="status stale notice" role="alert">
                                <p>{text}</p>
                                <button type="button" class="secondary" on:click=move |_| notice.set(None)>
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
            }}
            {chrome.then(|| view! { <Intro/> <ShareBar/> })}
            <div class="layout">
                <inputs::InputsPanel/>
                <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                    <h2 id="results-title" class="visually-hidden">"Results"</h2>
                    <ErrorBoundary fallback=|errors| {
                        view! {
                            <div class="status stale" role="status">
                                <p>
                                    <strong>"No results yet. "</strong>
                                    {move || {
                                        errors
                                            .get()
                                            .into_iter()
                                            .map(|(_, e)| e.to_string())
                                            .collect::<Vec<_>>()
                                            .join(" ")
                                    }}
                                </p>
                            </div>
                        }
                    }>
                        {move || {
                            if planner.shown.with(|s| s.is_some()) {
                                Ok(view! { <results_view::ResultsPanel/> })
                            } else {
                                Err(NoResults)
                            }
                        }}
                    </ErrorBoundary>
                </section>
            </div>
            <print::PrintInputs/>
        </main>
        {chrome.then(|| view! { <Footer/> })}
        <present::Presentation slide=presenting/>
    }
}

/// Open every closed `<details>` before printing (marking it), and close the marked ones after.
fn set_details_for_print(printing: bool) {
    let selector = if printing {
        "details:not([open])"
    } else {
        "details[data-print-opened]"
    };
    let Ok(list) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if printing {
            let _ = el.set_attribute("open", "");
            let _ = el.set_attribute("data-print-opened", "");
        } else {
            let _ = el.remove_attribute("open");
            let _ = el.remove_attribute("data-print-opened");
        }
    }
}

/// The error the results area reports while no valid scenario has been entered yet.
#[derive(Debug, Clone)]
struct NoResults;

impl std::fmt::Display for NoResults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "The results appear as soon as the inputs marked in red are fixed; \
             nothing you typed has been lost.",
        )
    }
}

impl std::error::Error for NoResults {}

/// Copy the link to this scenario, or print it.
#[component]
fn ShareBar() -> impl IntoView {
    let copied = RwSignal::new(false);
    let presenting = expect_context::<RwSignal<Option<usize>>>();
    view! {
        <div class="share-bar no-print" role="group" aria-label="Share this scenario">
            <button type="button" on:click=move |_| presenting.set(Some(0))>
                "Present"
            </button>
            <button
                type="button"
                on:click=move |_| copied.set(persist::copy_link())
            >
                "Copy link to this scenario"
            </button>
            <button
                type="button"
                class="secondary"
                on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }
            >
                "Print or save as PDF"
            </button>
            <embed::EmbedPanel/>
            <files::FileTools/>
            <span class="hint" role="status">
                {move || {
                    if copied.get() {
                        "Link copied: it opens exactly this scenario."
                    } else {
                        "The page address always holds your scenario; it is also kept in this browser."
                    }
                }}
            </span>
        </div>
    }
}

#[component]
fn Intro() -> impl IntoView {
    view! {
        <section class="intro" aria-label="About this calculator">
            <p>
                "When someone is in a mental health or substance use crisis, a community can answer with a crisis line, a mobile crisis team, a 23-hour receiving facility and short-term residential crisis beds, instead of a police car, an emergency room or a psychiatric hospital. "
                "Enter your community's population and a mix of crisis programs: the calculator estimates how many beds, chairs, teams and staff you need, what they cost a year, and what they save against sending the same people to a hospital."
            </p>
            <p>
                "Every figure follows from the inputs on the left, and every default shows where it comes from. Defaults marked "
                <em>"assumption"</em>
                " have no published source: replace them with your own data. Nothing you enter leaves this page."
            </p>
        </section>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Sources of the defaults (cited by file name where a default is shown):"</p>
            <ul>
                {sources::SEEDS
                    .iter()
                    .map(|(file, title)| view! { <li>{*title} " (" <code>{*file}</code> ")"</li> })
                    .collect_view()}
            </ul>
            <p>
                "Bed counts use the Erlang loss model (the share of days a program is full); mobile teams and crisis-line staff use the Erlang delay model. "
                "A planning estimate, not a budget: check it against your own data."
            </p>
        </footer>
    }
}
