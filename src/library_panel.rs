//! The saved scenarios on the page: save the scenario on screen under a name, open, rename,
//! duplicate, delete, and pick scenarios to compare side by side. The store is `library.rs`;
//! the comparison is `compare.rs`.

use crate::i18n::{tr, use_lang};
use crate::lazy::{Deferred, Part, When};
use crate::library::{Library, LibraryError, LIBRARY_KEY};
use crate::state::use_planner;
use crisis_model::{link, Lang, Scenario};
use leptos::prelude::*;

/// A scenario in the comparison: the one on screen, a saved one (by id), or one that came with a
/// comparison link (by position).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Screen,
    Saved(u64),
    Linked(usize),
}

/// The saved scenarios and the comparison's choices, shared by the panel and the comparison.
#[derive(Clone, Copy)]
pub struct Saved {
    pub library: RwSignal<Library>,
    /// Saved scenarios chosen for comparison, in the order chosen.
    pub chosen: RwSignal<Vec<u64>>,
    /// Whether the comparison is open.
    pub comparing: RwSignal<bool>,
    /// The comparison's first column, the one every difference is measured from.
    pub baseline: RwSignal<Pick>,
    /// Scenarios that came with a comparison link (`vs=`), shown after the saved ones until the
    /// comparison is closed; they are not saved unless the person keeps them.
    pub linked: RwSignal<Vec<(String, Scenario)>>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn read_library(lang: Lang) -> Library {
    let text = storage().and_then(|s| s.get_item(LIBRARY_KEY).ok().flatten());
    Library::parse(text.as_deref(), lang)
}

/// Why the library was not written, in English and Spanish (empty when the page already says
/// the stored library could not be read).
type StoreError = (&'static str, &'static str);

/// Write the library, unless it could not be read (then nothing is written over it).
pub fn store(lib: &Library) -> Result<(), StoreError> {
    write_library(lib)
}

fn write_library(lib: &Library) -> Result<(), StoreError> {
    if lib.unreadable.is_some() {
        return Err(("", ""));
    }
    let Some(s) = storage() else {
        return Err((
            "This browser gives the page no storage.",
            "Este navegador no le da almacenamiento a la página.",
        ));
    };
    s.set_item(LIBRARY_KEY, &lib.to_json()).map_err(|_| {
        (
            "The browser's storage is full or turned off.",
            "El almacenamiento del navegador está lleno o desactivado.",
        )
    })
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Provide the saved scenarios to the page (read once, and again when another tab changes
/// them).
pub fn provide_saved() -> Saved {
    let lang = use_lang();
    let (linked, baseline) = read_comparison_link();
    let saved = Saved {
        library: RwSignal::new(read_library(lang.get_untracked())),
        chosen: RwSignal::new(Vec::new()),
        comparing: RwSignal::new(!linked.is_empty()),
        baseline: RwSignal::new(baseline),
        linked: RwSignal::new(linked),
    };
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(LIBRARY_KEY) {
            let lib = read_library(lang.get_untracked());
            saved
                .chosen
                .update(|c| c.retain(|id| lib.get(*id).is_some()));
            saved.library.set(lib);
        }
    });
    provide_context(saved);
    saved
}

/// The address parameter of each compared scenario in a comparison link: the model's link text,
/// a dot, and the scenario's name (`vs=eyJ2….Today`).
pub const COMPARE_PARAM: &str = "vs";
/// `base=N` in a comparison link: the N-th compared scenario (from 0), not the one on screen, is
/// the baseline.
pub const BASE_PARAM: &str = "base";
/// The most scenarios a comparison link carries.
pub const MAX_LINKED: usize = 6;

/// The scenarios of a comparison link in the address (any that cannot be read are skipped), and
/// the baseline.
fn read_comparison_link() -> (Vec<(String, Scenario)>, Pick) {
    let Some(params) = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
    else {
        return (Vec::new(), Pick::Screen);
    };
    let linked: Vec<(String, Scenario)> = params
        .get_all(COMPARE_PARAM)
        .iter()
        .filter_map(|v| v.as_string())
        .take(MAX_LINKED)
        .filter_map(|v| {
            let (text, name) = v.split_once('.').unwrap_or((v.as_str(), ""));
            let scenario = link::decode(text).ok()?;
            let name = crate::library::clean_name(name);
            let name = if name.is_empty() {
                scenario.place_name.clone()
            } else {
                name
            };
            Some((name, scenario))
        })
        .collect();
    let baseline = params
        .get(BASE_PARAM)
        .and_then(|b| b.parse::<usize>().ok())
        .filter(|i| *i < linked.len())
        .map_or(Pick::Screen, Pick::Linked);
    (linked, baseline)
}

/// The page address with a comparison: the scenario on screen (`s=`), each compared scenario
/// (`vs=`), and which of them is the baseline (`base=`, none for the one on screen).
pub fn comparison_link(compared: &[(String, Scenario)], baseline: Option<usize>) -> Option<String> {
    crate::persist::flush();
    let w = web_sys::window()?;
    let location = w.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    params.delete(COMPARE_PARAM);
    params.delete(BASE_PARAM);
    for (name, scenario) in compared.iter().take(MAX_LINKED) {
        params.append(COMPARE_PARAM, &format!("{}.{name}", link::encode(scenario)));
    }
    if let Some(i) = baseline.filter(|i| *i < compared.len().min(MAX_LINKED)) {
        params.set(BASE_PARAM, &i.to_string());
    }
    Some(format!(
        "{}{}?{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        String::from(params.to_string())
    ))
}

/// Take the comparison out of the page address (when it is closed).
pub fn clear_comparison_link() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let search = w.location().search().unwrap_or_default();
    if let (Ok(history), Ok(params)) =
        (w.history(), web_sys::UrlSearchParams::new_with_str(&search))
    {
        params.delete(COMPARE_PARAM);
        params.delete(BASE_PARAM);
        let url = format!("?{}", String::from(params.to_string()));
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

pub fn use_saved() -> Saved {
    expect_context::<Saved>()
}

/// A date for people, in the page's language ("Nov 23, 2026" / "23 nov 2026").
fn date_text(ms: f64, lang: Lang) -> String {
    if ms <= 0.0 {
        return String::new();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (k, v) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string(lang.id(), &options).into()
}

/// The "Saved scenarios" section.
#[component]
pub fn LibraryPanel() -> impl IntoView {
    let library = use_saved().library;
    let count = move || library.with(|l| l.entries.len());
    let details = NodeRef::<leptos::html::Details>::new();
    let open = RwSignal::new(false);
    view! {
        <details
            class="library no-print"
            id="saved-scenarios"
            node_ref=details
            on:toggle=move |_| open.set(details.get().is_some_and(|d| d.open()))
        >
            <summary>
                <span class="summary-title">{tr("Saved scenarios", "Escenarios guardados")}</span>
                " "
                <span class="count">{move || format!("({})", count())}</span>
            </summary>
            <Deferred part=Part::Library when=When::Opened(open.into())/>
        </details>
    }
}

/// The body of "Saved scenarios": save, open, rename, delete, choose what to compare. Loaded
/// when the panel is first opened (`lazy::Part::Library`).
#[component]
pub fn LibraryBody() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let saved = use_saved();
    let library = saved.library;
    let status = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    // A change: apply it, store the result, say what happened.
    // A change: apply it, store the result, say what happened; true when it was kept.
    let change = move |f: &dyn Fn(&mut Library) -> Result<String, LibraryError>| -> bool {
        let mut lib = library.get_untracked();
        match f(&mut lib) {
            Ok(message) => match write_library(&lib) {
                Ok(()) => {
                    saved
                        .chosen
                        .update(|c| c.retain(|id| lib.get(*id).is_some()));
                    library.set(lib);
                    status.set(message);
                    true
                }
                Err(e) => {
                    let l = lang.get_untracked();
                    status.set(
                        format!(
                            "{} {}",
                            l.pick("Nothing was saved.", "No se guardó nada."),
                            l.pick(e.0, e.1)
                        )
                        .trim_end()
                        .to_string(),
                    );
                    false
                }
            },
            Err(e) => {
                status.set(e.message(lang.get_untracked()).to_string());
                false
            }
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let typed = name.get_untracked();
        let wanted = if typed.trim().is_empty() {
            planner.scenario.with_untracked(|s| s.place_name.clone())
        } else {
            typed
        };
        let scenario = planner.scenario.get_untracked();
        let kept = change(&|lib: &mut Library| {
            let id = lib.save(&wanted, &scenario, now())?;
            let n = lib.get(id).map(|e| e.name.clone()).unwrap_or_default();
            Ok(format!("{} “{n}”.", l.pick("Saved", "Guardado")))
        });
        if kept {
            name.set(String::new());
        }
    };
    let set_aside = move |_| {
        let l = lang.get_untracked();
        let Some(s) = storage() else {
            return;
        };
        let old = s.get_item(LIBRARY_KEY).ok().flatten().unwrap_or_default();
        let backup = format!("{LIBRARY_KEY}.unreadable-{}", now() as u64);
        if s.set_item(&backup, &old).is_err() {
            status.set(
                l.pick(
                    "The unreadable saved scenarios could not be set aside (the browser's storage is full), so they were left as they are.",
                    "No se pudieron apartar los escenarios guardados ilegibles (el almacenamiento del navegador está lleno), así que se dejaron como estaban.",
                )
                .to_string(),
            );
            return;
        }
        let mut lib = library.get_untracked();
        lib.set_aside();
        let _ = write_library(&lib);
        library.set(lib);
        status.set(format!(
            "{} {backup}.",
            l.pick(
                "The unreadable saved scenarios were kept in this browser under",
                "Los escenarios guardados ilegibles se conservaron en este navegador bajo",
            )
        ));
    };
    view! {
            <div class="library-body">
                <p class="hint">
                    {tr(
                        "Keep several scenarios in this browser (\u{201c}today\u{201d}, \u{201c}proposed\u{201d}…), open them again, and compare them side by side. They stay on this computer.",
                        "Guarde varios escenarios en este navegador (\u{201c}actual\u{201d}, \u{201c}propuesto\u{201d}…), vuelva a abrirlos y compárelos lado a lado. Se quedan en esta computadora.",
                    )}
                </p>
                {move || {
                    library
                        .with(|l| l.unreadable.clone())
                        .map(|why| {
                            view! {
                                <div class="status stale" role="alert">
                                    <p>
                                        {why} " "
                                        {tr(
                                            "They have been left exactly as they are; nothing will be saved over them.",
                                            "Se dejaron exactamente como estaban; no se guardará nada encima.",
                                        )}
                                    </p>
                                    <button type="button" class="secondary" on:click=set_aside>
                                        {tr(
                                            "Set them aside and start a new list",
                                            "Apartarlos y empezar una lista nueva",
                                        )}
                                    </button>
                                </div>
                            }
                        })
                }}
                <form class="library-save" on:submit=save>
                    <label for="library-name">{tr("Name", "Nombre")}</label>
                    <input
                        id="library-name"
                        type="text"
                        maxlength="80"
                        autocomplete="off"
                        placeholder=move || planner.scenario.with(|s| s.place_name.clone())
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <button type="submit">{tr("Save the scenario on screen", "Guardar el escenario en pantalla")}</button>
                </form>
                <p class="hint" role="status" data-testid="library-status">{move || status.get()}</p>
                <ul class="library-list">
                    <For
                        each=move || library.with(|l| l.entries.iter().map(|e| e.id).collect::<Vec<_>>())
                        key=|id| *id
                        let:id
                    >
                        <LibraryRow id=id status=status change=change/>
                    </For>
                </ul>
                <div class="library-compare">
                    <button
                        type="button"
                        disabled=move || saved.chosen.with(|c| c.is_empty())
                        on:click=move |_| {
                            saved.comparing.set(true);
                            if let Some(el) = document().get_element_by_id("comparison") {
                                el.scroll_into_view();
                            }
                        }
                    >
                        {move || {
                            let n = saved.chosen.with(|c| c.len());
                            match (lang.get(), n) {
                                (Lang::En, 0) => "Tick saved scenarios to compare them".to_string(),
                                (Lang::Es, 0) => "Marque escenarios guardados para compararlos".to_string(),
                                (Lang::En, 1) => "Compare the scenario on screen with 1 checked".to_string(),
                                (Lang::En, _) => format!("Compare the scenario on screen with {n} checked"),
                                (Lang::Es, 1) => "Comparar el escenario en pantalla con 1 marcado".to_string(),
                                (Lang::Es, _) => format!("Comparar el escenario en pantalla con {n} marcados"),
                            }
                        }}
                    </button>
                </div>
            </div>
    }
}

/// One saved scenario: its name and date, and what can be done with it.
#[component]
fn LibraryRow<F>(id: u64, status: RwSignal<String>, change: F) -> impl IntoView
where
    F: Fn(&dyn Fn(&mut Library) -> Result<String, LibraryError>) -> bool
        + Copy
        + Send
        + Sync
        + 'static,
{
    let planner = use_planner();
    let lang = use_lang();
    let saved = use_saved();
    let entry = move || saved.library.with(|l| l.get(id).cloned());
    let name = move || entry().map(|e| e.name).unwrap_or_default();
    let damaged = move || entry().map(|e| e.scenario.is_err()).unwrap_or(true);
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(false);
    let checked = move || saved.chosen.with(|c| c.contains(&id));
    let check_id = format!("cmp-{id}");
    let open = move |_| {
        let l = lang.get_untracked();
        if let Some(e) = entry() {
            match e.scenario {
                Ok(s) => {
                    planner.step(|current| *current = s);
                    status.set(format!("{} “{}”.", l.pick("Opened", "Abierto"), e.name));
                }
                Err(_) => status.set(LibraryError::Damaged.message(l).to_string()),
            }
        }
    };
    let update = move |_| {
        let l = lang.get_untracked();
        let scenario = planner.scenario.get_untracked();
        let _ = change(&|lib: &mut Library| {
            lib.overwrite(id, &scenario, now())?;
            Ok(format!(
                "{} “{}”.",
                l.pick(
                    "Replaced with the scenario on screen:",
                    "Reemplazado por el escenario en pantalla:"
                ),
                lib.get(id).map(|e| e.name.clone()).unwrap_or_default()
            ))
        });
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let wanted = new_name.get_untracked();
        let _ = change(&|lib: &mut Library| {
            lib.rename(id, &wanted)?;
            Ok(format!(
                "{} “{}”.",
                l.pick("Renamed to", "Nuevo nombre:"),
                lib.get(id).map(|e| e.name.clone()).unwrap_or_default()
            ))
        });
        renaming.set(false);
    };
    let duplicate = move |_| {
        let l = lang.get_untracked();
        let _ = change(&|lib: &mut Library| {
            let copy = lib.duplicate(id, l, now())?;
            Ok(format!(
                "{} “{}”.",
                l.pick("Made a copy:", "Se hizo una copia:"),
                lib.get(copy).map(|e| e.name.clone()).unwrap_or_default()
            ))
        });
    };
    let delete = move |_| {
        let l = lang.get_untracked();
        let gone = name();
        let _ = change(&|lib: &mut Library| {
            lib.delete(id)?;
            Ok(format!("{} “{gone}”.", l.pick("Deleted", "Eliminado")))
        });
    };
    view! {
        <li class="library-row" data-entry=id class:damaged=damaged>
            <div class="library-name">
                <input
                    type="checkbox"
                    id=check_id.clone()
                    disabled=damaged
                    prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        saved
                            .chosen
                            .update(|c| {
                                c.retain(|x| *x != id);
                                if on {
                                    c.push(id);
                                }
                            });
                    }
                />
                <label for=check_id>
                    <span class="visually-hidden">{tr("Compare: ", "Comparar: ")}</span>
                    <strong class="entry-name">{name}</strong>
                </label>
                <span class="hint">
                    {move || {
                        if damaged() {
                            lang.get()
                                .pick(
                                    "could not be read: it can only be deleted",
                                    "no se pudo leer: solo se puede eliminar",
                                )
                                .to_string()
                        } else {
                            entry().map(|e| date_text(e.saved_at, lang.get())).unwrap_or_default()
                        }
                    }}
                </span>
            </div>
            <Show when=move || renaming.get()>
                <form class="library-rename" on:submit=rename>
                    <label>
                        <span class="visually-hidden">{tr("New name", "Nuevo nombre")}</span>
                        <input
                            type="text"
                            maxlength="80"
                            prop:value=move || new_name.get()
                            on:input=move |ev| new_name.set(event_target_value(&ev))
                        />
                    </label>
                    <button type="submit">{tr("Rename", "Cambiar nombre")}</button>
                    <button type="button" class="secondary" on:click=move |_| renaming.set(false)>
                        {tr("Cancel", "Cancelar")}
                    </button>
                </form>
            </Show>
            <div class="library-actions" role="group" aria-label=name>
                <button type="button" class="secondary" disabled=damaged on:click=open>
                    {tr("Open", "Abrir")}
                </button>
                <button type="button" class="secondary" disabled=damaged on:click=update>
                    {tr("Replace with on-screen", "Reemplazar con el de pantalla")}
                </button>
                <button
                    type="button"
                    class="secondary"
                    disabled=damaged
                    on:click=move |_| {
                        new_name.set(name());
                        renaming.set(true);
                    }
                >
                    {tr("Rename", "Cambiar nombre")}
                </button>
                <button type="button" class="secondary" disabled=damaged on:click=duplicate>
                    {tr("Duplicate", "Duplicar")}
                </button>
                {move || {
                    if confirm_delete.get() {
                        view! {
                            <button type="button" class="danger" on:click=delete>
                                {tr("Yes, delete", "Sí, eliminar")}
                            </button>
                            <button type="button" class="secondary" on:click=move |_| confirm_delete.set(false)>
                                {tr("Keep it", "Conservarlo")}
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button type="button" class="secondary" on:click=move |_| confirm_delete.set(true)>
                                {tr("Delete", "Eliminar")}
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
        </li>
    }
}
