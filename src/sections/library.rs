//! The saved scenarios on the page: save the scenario on screen under a name, open, rename,
//! duplicate, delete, and pick scenarios to compare side by side. The saved scenarios and the
//! comparison's choices are the shell's (`shell::saved`, over the store `shell::library`), which
//! the comparison (`compare.rs`) reads too.

use crate::browser::{read_chosen_file, ChosenFile};
use crate::shell::i18n::{tr, use_lang};
use crate::shell::lazy::{Deferred, Part, When};
use crate::shell::library::{Library, LibraryError};
use crate::shell::saved::{set_aside_stored, store, use_saved};
use crate::shell::state::use_planner;
use crisis_model::Lang;
use leptos::prelude::*;

fn now() -> f64 {
    js_sys::Date::now()
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
    // A change: apply it, store the result, say what happened; true when it was kept. A list
    // too large to keep is said before anything is written.
    let change = move |f: &dyn Fn(&mut Library) -> Result<String, LibraryError>| -> bool {
        let mut lib = library.get_untracked();
        match f(&mut lib).and_then(|m| lib.check_size().map(|()| m)) {
            Ok(message) => match store(&lib) {
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
        let Some(backup) = set_aside_stored(now()) else {
            status.set(
                l.pick(
                    "The unreadable saved scenarios could not be set aside (the browser's storage is full), so they were left as they are.",
                    "No se pudieron apartar los escenarios guardados ilegibles (el almacenamiento del navegador está lleno), así que se dejaron como estaban.",
                )
                .to_string(),
            );
            return;
        };
        let mut lib = library.get_untracked();
        lib.set_aside();
        // the new, empty list is written at the next save if the browser refuses it now
        let refused = store(&lib).err();
        library.set(lib);
        status.set(format!(
            "{} {backup}.{}",
            l.pick(
                "The unreadable saved scenarios were kept in this browser under",
                "Los escenarios guardados ilegibles se conservaron en este navegador bajo",
            ),
            refused.map_or(String::new(), |e| format!(" {}", l.pick(e.0, e.1)))
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
                <LibraryFiles status=status change=change/>
            </div>
    }
}

/// How much of the browser's storage the list takes, "Save all to a file" and "Open saved
/// scenarios from a file" (the whole list in one file, `Library::to_file`).
#[component]
fn LibraryFiles<F>(status: RwSignal<String>, change: F) -> impl IntoView
where
    F: Fn(&dyn Fn(&mut Library) -> Result<String, LibraryError>) -> bool
        + Copy
        + Send
        + Sync
        + 'static,
{
    let lang = use_lang();
    let library = use_saved().library;
    let estimate = RwSignal::new(None::<(f64, f64)>);
    leptos::task::spawn_local(async move {
        estimate.set(crate::browser::storage_estimate().await);
    });
    let used = move || {
        let f = crisis_model::format::Format::new(lang.get());
        let kb = library.with(|l| l.to_json().len()) as f64 / 1024.0;
        let kb = f.thousands(kb.ceil());
        let mut text = match lang.get() {
            Lang::En => format!("The saved scenarios take {kb} KB of this browser's storage for this page (a browser keeps about 5 MB for a page)."),
            Lang::Es => format!("Los escenarios guardados ocupan {kb} KB del almacenamiento de este navegador para esta página (un navegador guarda unos 5 MB por página)."),
        };
        if let Some((usage, quota)) = estimate.get() {
            let mb = |b: f64| f.thousands((b / 1_048_576.0).ceil());
            text.push_str(&match lang.get() {
                Lang::En => format!(" The browser reports {} MB used by this site in all, of {} MB it allows.", mb(usage), mb(quota)),
                Lang::Es => format!(" El navegador indica {} MB usados por este sitio en total, de {} MB que permite.", mb(usage), mb(quota)),
            });
        }
        text
    };
    let save_all = move |_| {
        let l = lang.get_untracked();
        let file = library.with_untracked(Library::to_file);
        status.set(
            match crate::browser::download("saved-scenarios.json", "application/json", &file) {
                Ok(()) => l.pick(
                    "Saved every saved scenario in saved-scenarios.json.",
                    "Se guardaron todos los escenarios guardados en saved-scenarios.json.",
                ),
                Err(_) => l.pick(
                    "The browser refused to create the file.",
                    "El navegador no permitió crear el archivo.",
                ),
            }
            .to_string(),
        );
    };
    let open_all = move |ev: leptos::ev::Event| {
        let l = lang.get_untracked();
        read_chosen_file(&ev, crate::shell::library::MAX_LIBRARY_BYTES, move |file| {
            // a file the browser cannot read as text is read as empty: the library says so
            let (name, text) = match file {
                ChosenFile::Text { name, text } => (name, text),
                ChosenFile::Unreadable { name } => (name, String::new()),
                ChosenFile::TooLarge { name } => {
                    status.set(match l {
                        Lang::En => format!("{name} is too large to be a file of saved scenarios (at most 4 MB). Nothing was changed."),
                        Lang::Es => format!("{name} es demasiado grande para ser un archivo de escenarios guardados (como máximo 4 MB). No se cambió nada."),
                    });
                    return;
                }
            };
            match Library::from_file(&text, l) {
                Ok(other) => {
                    let _ = change(&|lib: &mut Library| {
                        let (added, left_out) = lib.add_all(&other)?;
                        let mut said = match l {
                            Lang::En => format!("Added {added} saved scenarios from {name}."),
                            Lang::Es => {
                                format!("Se agregaron {added} escenarios guardados de {name}.")
                            }
                        };
                        if left_out > 0 {
                            said.push_str(&match l {
                                Lang::En => format!(" {left_out} could not be read or did not fit and were left out."),
                                Lang::Es => format!(" {left_out} no se pudieron leer o no cabían y se dejaron fuera."),
                            });
                        }
                        Ok(said)
                    });
                }
                Err(e) => status.set(match l {
                    Lang::En => format!("{name} could not be opened: {e} Nothing was changed."),
                    Lang::Es => format!("No se pudo abrir {name}: {e} No se cambió nada."),
                }),
            }
        });
    };
    view! {
        <p class="hint library-used" data-testid="library-used">{used}</p>
        <div class="library-files" role="group" aria-label=tr("Files", "Archivos")>
            <button type="button" class="secondary" on:click=save_all>
                {tr("Save all to a file", "Guardar todos en un archivo")}
            </button>
            <label class="button secondary file-button">
                {tr("Open saved scenarios from a file", "Abrir escenarios guardados desde un archivo")}
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=open_all/>
            </label>
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
