//! The page's language: English or Spanish, chosen from the address (`?lang=es`), then the
//! person's earlier choice in this browser, then the browser's own languages; switched with
//! [`LanguageSwitch`].
//!
//! Every visible string of a component is written in both languages where it is used, with
//! [`tr`] (`tr("Population", "Población")`), so a missing translation is a compile error rather
//! than a blank. Sentences and numbers that come from the model (`crisis_model`) take the
//! language as an argument; components pass [`use_lang`]`().get()`.

use crate::browser::{self, Entry};
use crisis_model::format::Format;
use crisis_model::Lang;
use leptos::prelude::*;

/// The local storage key of the language the person chose.
pub const LANG_KEY: &str = "crisis-continuum-planner.lang";
/// The address parameter that fixes the language (for a link or an embedded page).
pub const LANG_PARAM: &str = "lang";

/// The page's language, a signal every component can reach.
#[derive(Clone, Copy)]
pub struct PageLang(pub RwSignal<Lang>);

/// The language to start in.
pub fn initial(use_storage: bool) -> Lang {
    let from_address = browser::query_param(LANG_PARAM).and_then(|tag| Lang::from_tag(&tag));
    if let Some(lang) = from_address {
        return lang;
    }
    if use_storage {
        let stored = browser::stored(LANG_KEY).and_then(|tag| Lang::from_tag(&tag));
        if let Some(lang) = stored {
            return lang;
        }
    }
    let languages = browser::languages();
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// Provide the language to the page and keep `<html lang>` in step with it.
pub fn provide_lang(initial: Lang) -> RwSignal<Lang> {
    let lang = RwSignal::new(initial);
    provide_context(PageLang(lang));
    Effect::new(move |_| {
        let id = lang.get().id();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", id);
        }
        document().set_title(lang.get().pick(
            "Crisis Continuum Planner",
            "Planificador del continuo de crisis",
        ));
    });
    lang
}

/// The page's language signal (English when none was provided, as in a lone component test).
pub fn use_lang() -> RwSignal<Lang> {
    use_context::<PageLang>()
        .map(|p| p.0)
        .unwrap_or_else(|| RwSignal::new(Lang::En))
}

/// A string in both languages: a closure that gives the one of the page's language, for a view
/// (`{tr("Beds", "Camas")}`) or an attribute (`aria-label=tr(..)`).
pub fn tr(
    en: &'static str,
    es: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || lang.get().pick(en, es)
}

/// The number format of the page's language, read reactively.
pub fn num() -> Format {
    Format::new(use_lang().get())
}

/// "English | Español": the language switch. The choice is remembered in this browser (not
/// when embedded) and kept in the address, so a copied link opens in the same language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let embedded = crate::shell::embed::use_embed().on;
    let kept = crate::shell::kept::use_kept();
    let choose = move |l: Lang| {
        lang.set(l);
        if let Some(kept) = kept.filter(|_| !embedded) {
            // refused, it is said like the autosave's (whose next kept write takes it away)
            if let Err(e) = browser::store(LANG_KEY, l.id()) {
                kept.record(Err(e));
            }
        }
        browser::set_query(Entry::Replace, false, &|params| {
            params.set(LANG_PARAM, l.id());
            true
        });
    };
    view! {
        <div class="lang-switch no-print" role="group" aria-label=tr("Language", "Idioma")>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            class="lang-option"
                            lang=l.id()
                            aria-pressed=move || (lang.get() == l).to_string()
                            data-lang=l.id()
                            on:click=move |_| choose(l)
                        >
                            {l.name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
