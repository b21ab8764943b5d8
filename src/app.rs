//! The app's root: the page frame (header, introduction, share bar, the results' place, footer)
//! and where each section goes. With `parts.rs` it is the only code that names the sections; it
//! may import every layer.

use crate::browser;
use crate::sections::{embed, files, inputs, library, results_view};
use crate::shell::i18n::{self, tr};
use crate::shell::lazy::{self, Part, When};
use crate::shell::{persist, saved, state};
use crate::widgets::sources;
use leptos::prelude::*;

/// The whole calculator page.
#[component]
pub fn App() -> impl IntoView {
    let embed = crate::shell::embed::read();
    provide_context(embed.clone());
    lazy::provide(crate::parts::registry());
    crate::shell::kept::provide_idb(crate::parts::idb_loader());
    let painted = lazy::painted();
    let lang = i18n::provide_lang(i18n::initial(!embed.on));
    let start = persist::start(!embed.on, lang.get_untracked());
    let planner = state::provide_planner(start.scenario);
    let kept = persist::keep(planner.scenario, planner.new_step, start.autosave);
    let chrome = !embed.on;
    // a phone shows the figures first: the introduction and the actions fold away (and the
    // stylesheet puts the results above the inputs)
    let phone = browser::is_phone();
    let has_results = Memo::new(move |_| planner.shown.with(|s| s.is_some()));
    // an embedded page never reads or writes the browser's saved scenarios
    let saved = chrome.then(saved::provide_saved);
    let presenting = RwSignal::new(None::<usize>);
    provide_context(presenting);
    let methods = crate::shell::methods::provide();
    let areas = crate::shell::areas_mode::provide();
    let notice = RwSignal::new(start.notice);
    // paper shows everything: open every collapsed section for printing, close them after
    browser::on_window(leptos::ev::beforeprint, |_| {
        browser::open_details_for_print(true);
        // printing from the browser's menu cannot wait: ask for every part anyway, so a second
        // try has them (the page's print button and Ctrl+P wait for them)
        leptos::task::spawn_local(lazy::want(&lazy::Part::PRINTED));
    });
    browser::on_window(leptos::ev::keydown, |ev| {
        if (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key() && ev.key().eq_ignore_ascii_case("p") {
            ev.prevent_default();
            lazy::print_all();
        }
    });
    browser::on_window(leptos::ev::afterprint, |_| {
        browser::open_details_for_print(false)
    });
    view! {
        <a class="skip-link" href="#results">{tr("Skip to the results", "Ir a los resultados")}</a>
        {chrome
            .then(|| {
                view! {
                    <header class="site-header">
                        <div class="site-title">
                            <h1>{tr("Crisis Continuum Planner", "Planificador del continuo de crisis")}</h1>
                            <p class="tagline">
                                {tr(
                                    "Beds, teams, staff and cost for a community's crisis services",
                                    "Camas, equipos, personal y costo de los servicios de crisis de una comunidad",
                                )}
                            </p>
                        </div>
                        <i18n::LanguageSwitch/>
                    </header>
                }
            })}
        <main id="main" class:embedded=!chrome hidden=move || methods.get() || areas.get()>
            {move || {
                notice
                    .get()
                    .map(|text| {
                        view! {
                            <div class="status stale notice" role="alert">
                                <p>{text}</p>
                                <button type="button" class="secondary" on:click=move |_| notice.set(None)>
                                    {tr("Dismiss", "Cerrar")}
                                </button>
                            </div>
                        }
                    })
            }}
            {chrome
                .then(|| {
                    view! {
                        <Intro open=!phone/>
                        <ShareBar kept=kept open=!phone/>
                        <library::LibraryPanel/>
                    }
                })}
            {saved
                .map(|s| {
                    view! {
                        <lazy::Deferred part=Part::Compare when=When::While(s.comparing.into())/>
                    }
                })}
            <div class="layout">
                <inputs::InputsPanel/>
                <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                    <h2 id="results-title" class="visually-hidden">{tr("Results", "Resultados")}</h2>
                    <ErrorBoundary fallback=|_errors| {
                        view! {
                            <div class="status stale" role="status">
                                <p>
                                    <strong>{tr("No results yet. ", "Aún no hay resultados. ")}</strong>
                                    {tr(
                                        "The results appear as soon as the inputs marked in red are fixed; nothing you typed has been lost.",
                                        "Los resultados aparecen en cuanto se corrijan los datos marcados en rojo; no se ha perdido nada de lo que escribió.",
                                    )}
                                </p>
                            </div>
                        }
                    }>
                        {move || {
                            // only a change between "no results" and "results" rebuilds the
                            // panel; new figures update inside it
                            if has_results.get() {
                                Ok(view! { <results_view::ResultsPanel/> })
                            } else {
                                Err(NoResults)
                            }
                        }}
                    </ErrorBoundary>
                </section>
            </div>
            <lazy::Deferred part=Part::Outcomes when=When::Near/>
            <lazy::Deferred part=Part::Today when=When::Near/>
            <lazy::Deferred part=Part::Funding when=When::Near/>
            <lazy::Deferred part=Part::Uncertainty when=When::Near/>
            <lazy::Deferred part=Part::Criteria when=When::Near/>
            <lazy::Deferred part=Part::Print when=When::Asked/>
            // an embedded page talks to the page around its frame (sections/frame.rs)
            {(!chrome).then(|| view! { <lazy::Deferred part=Part::Frame when=When::Painted/> })}
        </main>
        // below the first screen everywhere: built once the first screen is painted
        {move || (chrome && painted.get() && !methods.get() && !areas.get()).then(|| view! { <Footer/> })}
        <lazy::Deferred part=Part::Methods when=When::While(methods.into())/>
        <main id="areas" class="areas-main" hidden=move || !areas.get()>
            <lazy::Deferred part=Part::Areas when=When::While(areas.into())/>
        </main>
        <lazy::Deferred
            part=Part::Present
            when=When::While(Signal::derive(move || presenting.get().is_some()))
        />
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

/// Present, copy the link, print, embed, save and open files, keep named scenarios, compare.
/// On a phone the actions are one menu, closed (`open` false); elsewhere a row of buttons.
#[component]
fn ShareBar(kept: crate::shell::kept::Kept, open: bool) -> impl IntoView {
    let copied = RwSignal::new(false);
    let too_long = RwSignal::new(false);
    let planner = state::use_planner();
    let presenting = expect_context::<RwSignal<Option<usize>>>();
    view! {
        <details class="fold actions no-print" open=open>
        <summary>{tr("Present, share and save", "Presentar, compartir y guardar")}</summary>
        <div class="share-bar" role="group" aria-label=tr("Share this scenario", "Compartir este escenario")>
            <button type="button" on:click=move |_| presenting.set(Some(0))>
                {tr("Present", "Presentar")}
            </button>
            <button
                type="button"
                on:click=move |_| {
                    // a scenario too large for a link (a state's many areas) travels as a file
                    let fits = planner.scenario.with_untracked(crisis_model::link::fits);
                    too_long.set(!fits);
                    copied.set(fits && persist::copy_link());
                }
            >
                {tr("Copy link to this scenario", "Copiar el enlace a este escenario")}
            </button>
            <button
                type="button"
                class="secondary"
                on:click=move |_| lazy::print_all()
            >
                {tr("Print or save as PDF", "Imprimir o guardar como PDF")}
            </button>
            <embed::EmbedPanel/>
            <files::FileTools/>
            <button
                type="button"
                class="secondary"
                data-open-areas-mode
                on:click=move |_| crate::shell::areas_mode::show(true)
            >
                {tr("Several areas", "Varias zonas")}
            </button>
            // the page's polite live region beside the save controls: what was copied, and the
            // notice while the browser does not keep the scenario, with "Recent" (loaded on demand)
            <span class="hint" role="status">
                <lazy::Deferred part=Part::Kept when=When::While(kept.shown.into())/>
                {move || {
                    if kept.failing.get() {
                        ""
                    } else if too_long.get() {
                        tr(
                            "This scenario is too large for a link: save it with \"Save scenario (JSON)\" and share the file.",
                            "Este escenario es demasiado grande para un enlace: guárdelo con \"Guardar escenario (JSON)\" y comparta el archivo.",
                        )()
                    } else if copied.get() {
                        tr(
                            "Link copied: it opens exactly this scenario.",
                            "Enlace copiado: abre exactamente este escenario.",
                        )()
                    } else {
                        tr(
                            "The page address always holds your scenario; it is also kept in this browser.",
                            "La dirección de la página siempre contiene su escenario; también se guarda en este navegador.",
                        )()
                    }
                }}
            </span>
        </div>
        </details>
    }
}

/// On a phone the introduction is folded under one line (`open` false).
#[component]
fn Intro(open: bool) -> impl IntoView {
    view! {
        <section class="intro" aria-label=tr("About this calculator", "Acerca de esta calculadora")>
            <details class="fold" open=open>
            <summary>{tr("How this calculator works", "Cómo funciona esta calculadora")}</summary>
            <p>
                {tr(
                    "When someone is in a mental health or substance use crisis, a community can answer with a crisis line, a mobile crisis team, a 23-hour receiving facility and short-term residential crisis beds, instead of a police car, an emergency room or a psychiatric hospital. Enter your community's population and a mix of crisis programs: the calculator estimates how many beds, chairs, teams and staff you need, what they cost a year, and what they save against sending the same people to a hospital.",
                    "Cuando alguien vive una crisis de salud mental o de consumo de sustancias, una comunidad puede responder con una línea de crisis, un equipo móvil de crisis, un centro de recepción de 23 horas y camas residenciales de crisis de corta estadía, en lugar de una patrulla, una sala de emergencias o un hospital psiquiátrico. Ingrese la población de su comunidad y una combinación de programas de crisis: la calculadora estima cuántas camas, sillones, equipos y personal necesita, cuánto cuestan al año y cuánto ahorran frente a enviar a las mismas personas a un hospital.",
                )}
            </p>
            <p>
                {tr(
                    "Every figure follows from the inputs on the left, and every default shows where it comes from. Defaults marked ",
                    "Cada cifra se deriva de los datos de la izquierda, y cada valor predeterminado indica su origen. Los valores marcados como ",
                )}
                <em>{tr("assumption", "supuesto")}</em>
                {tr(
                    " have no published source: replace them with your own data. Nothing you enter leaves this page.",
                    " no tienen una fuente publicada: reemplácelos con sus propios datos. Nada de lo que ingrese sale de esta página.",
                )}
            </p>
            </details>
        </section>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = i18n::use_lang();
    view! {
        <footer class="site-footer">
            <p>
                {tr(
                    "Sources of the defaults (cited by file name where a default is shown):",
                    "Fuentes de los valores predeterminados (citadas por nombre de archivo donde se muestra cada valor):",
                )}
            </p>
            <ul>
                {move || {
                    sources::seeds_in(lang.get())
                        .into_iter()
                        .map(|(file, title)| view! { <li>{title} " (" <code>{file}</code> ")"</li> })
                        .collect_view()
                }}
            </ul>
            <p>
                {tr(
                    "Bed counts use the Erlang loss model (the share of days a program is full); mobile teams and crisis-line staff use the Erlang delay model. A planning estimate, not a budget: check it against your own data.",
                    "El número de camas usa el modelo de pérdida de Erlang (la proporción de días en que un programa está lleno); los equipos móviles y el personal de la línea de crisis usan el modelo de espera de Erlang. Es una estimación para planificar, no un presupuesto: compárela con sus propios datos.",
                )}
                " "
                <crate::widgets::methods_link::MethodsLink/>
            </p>
        </footer>
    }
}
