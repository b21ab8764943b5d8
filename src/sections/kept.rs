//! What the browser keeps, said to the person: the notice while the browser refuses to keep the
//! scenario (storage full, turned off or refused), with the two ways to keep it, and "Recent", the
//! other tabs' scenarios offered on a fresh visit. Both load on demand, as one part
//! (`lazy::Part::Kept`); the state is the shell's (`shell::kept`).

use crate::browser;
use crate::shell::i18n::{num, tr, use_lang};
use crate::shell::kept::{forget_elsewhere, read_all, read_elsewhere, recent, tab_key, use_kept};
use crate::shell::persist;
use crate::shell::state::use_planner;
use crisis_model::Lang;
use leptos::prelude::*;

/// The notice while the browser does not keep the scenario (shown inside the page's polite live
/// region, next to the save controls).
#[component]
pub fn StorageNotice() -> impl IntoView {
    let Some(kept) = use_kept() else {
        return ().into_any();
    };
    let planner = use_planner();
    let lang = use_lang();
    let done = RwSignal::new(String::new());
    let what = move || {
        match (kept.off.get(), lang.get()) {
        (true, Lang::En) => {
            "This browser is not keeping your scenario: its storage for this page is turned off."
        }
        (true, Lang::Es) => {
            "Este navegador no está guardando su escenario: su almacenamiento para esta página está desactivado."
        }
        (_, Lang::En) => {
            "This browser is not keeping your latest changes: its storage for this page is full or refused them."
        }
        (_, Lang::Es) => {
            "Este navegador no está guardando sus últimos cambios: su almacenamiento para esta página está lleno o los rechazó."
        }
    }
    };
    let copy = move |_| {
        let l = lang.get_untracked();
        done.set(
            if persist::copy_link() {
                l.pick(
                    "Link copied: it opens exactly this scenario.",
                    "Enlace copiado: abre exactamente este escenario.",
                )
            } else {
                l.pick(
                    "The browser did not copy the link: copy the page address instead.",
                    "El navegador no copió el enlace: copie la dirección de la página.",
                )
            }
            .to_string(),
        );
    };
    let save = move |_| {
        let l = lang.get_untracked();
        let name = "crisis-plan.json";
        let json = planner.scenario.with_untracked(|s| s.to_json_pretty());
        done.set(match browser::download(name, "application/json", &json) {
            Ok(()) => format!(
                "{} {name}.",
                l.pick("Saved the scenario as", "Se guardó el escenario como")
            ),
            Err(_) => l
                .pick(
                    "The browser refused to create the file.",
                    "El navegador no permitió crear el archivo.",
                )
                .to_string(),
        });
    };
    let notice = move || {
        kept.failing.get().then(|| view! {
        <div class="status stale kept-notice" data-testid="storage-notice">
            <p>
                <strong>{what}</strong>
                " "
                {tr(
                    "Nothing is lost while this tab stays open: the tab and its link still hold the scenario. To keep it, copy the link to this scenario or save it as a file.",
                    "No se pierde nada mientras esta pestaña siga abierta: la pestaña y su enlace todavía contienen el escenario. Para conservarlo, copie el enlace a este escenario o guárdelo como archivo.",
                )}
            </p>
            <div class="kept-actions">
                <button type="button" on:click=copy>
                    {tr("Copy link to this scenario", "Copiar el enlace a este escenario")}
                </button>
                <button type="button" class="secondary" on:click=save>
                    {tr("Save scenario (JSON)", "Guardar escenario (JSON)")}
                </button>
                <span class="hint">{move || done.get()}</span>
            </div>
        </div>
        })
    };
    notice.into_any()
}

/// A date and time for people, in the page's language.
fn when_text(ms: f64, lang: Lang) -> String {
    if ms <= 0.0 {
        return lang
            .pick("before this version", "antes de esta versión")
            .to_string();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    for (k, v) in [
        ("year", "numeric"),
        ("month", "short"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    // the date function with time options writes the time too
    date.to_locale_date_string(lang.id(), &options).into()
}

/// "Recent": on a fresh visit, the other tabs' scenarios (the most recent was opened).
#[component]
pub fn RecentList() -> impl IntoView {
    let Some(kept) = use_kept().filter(|k| k.offer_recent.get_untracked()) else {
        return ().into_any();
    };
    let planner = use_planner();
    let lang = use_lang();
    // read once, when offered: the other tabs' scenarios, newest first (those local storage
    // only points to read from IndexedDB); the oldest beyond the most recent few are removed
    let own = tab_key();
    let list = RwSignal::new(Vec::new());
    let all = read_all(lang.get_untracked());
    read_elsewhere(all, lang.get_untracked(), move |all| {
        let elsewhere: Vec<String> = all
            .iter()
            .filter(|r| r.elsewhere)
            .map(|r| r.key.clone())
            .collect();
        let Some((shown, stale)) = planner
            .scenario
            .try_with_untracked(|shown| recent(&own, all, shown))
        else {
            return;
        };
        for key in stale {
            browser::unstore(&key);
            if elsewhere.contains(&key) {
                forget_elsewhere(key);
            }
        }
        list.try_set(shown);
    });
    let open = move |key: &str| {
        let found = list.with_untracked(|l| l.iter().find(|r| r.key == key).cloned());
        if let Some(Ok(s)) = found.map(|r| r.scenario) {
            planner.step(|current| *current = s);
            list.update(|l| l.retain(|x| x.key != key));
            if list.with_untracked(Vec::is_empty) {
                kept.hide_recent();
            }
        }
    };
    view! {
        // inside the share bar's live region, but not read out when it appears
        <section
            class="recent no-print"
            aria-live="off"
            aria-labelledby="recent-title"
            data-testid="recent"
            class:hidden=move || !kept.offer_recent.get()
        >
            <h2 id="recent-title">{tr("Recent", "Recientes")}</h2>
            <p class="hint">
                {tr(
                    "The most recently changed scenario in this browser is open. Your other recent scenarios, from other tabs:",
                    "Está abierto el escenario que se cambió más recientemente en este navegador. Sus otros escenarios recientes, de otras pestañas:",
                )}
            </p>
            <ul>
                {move || {
                    list
                        .get()
                        .into_iter()
                        .map(|r| {
                            let (place, pop) = r
                                .scenario
                                .as_ref()
                                .map(|s| (s.place_name.clone(), num().thousands(s.population)))
                                .unwrap_or_default();
                            let place = if place.trim().is_empty() {
                                lang.get().pick("(no name)", "(sin nombre)").to_string()
                            } else {
                                place
                            };
                            let people = lang.get().pick("residents", "residentes");
                            let changed = lang.get().pick("changed", "cambiado");
                            let at = when_text(r.changed_at, lang.get());
                            view! {
                                <li>
                                    <strong class="entry-name">{place}</strong>
                                    <span class="hint">{format!(" {pop} {people}; {changed} {at} ")}</span>
                                    <button type="button" class="secondary" on:click=move |_| open(&r.key)>
                                        {tr("Open", "Abrir")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <button type="button" class="secondary" on:click=move |_| kept.hide_recent()>
                {tr("Hide this list", "Ocultar esta lista")}
            </button>
        </section>
    }
    .into_any()
}
