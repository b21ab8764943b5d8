//! Input controls: a labelled number field (optionally with a slider), a text field, a select,
//! and the source tip that says where a default comes from.
//!
//! A field never loses what the person typed: the text is kept as typed, the model receives the
//! parsed value (NaN when the text is not a number), and the model's validation message for the
//! field's path is shown right under it.

use crate::shell::i18n::use_lang;
use crate::shell::state::use_planner;
use crate::widgets::input_text::{
    parse_in, show, show_in, show_rounded_in, text_matches_in, Scale,
};
use crisis_model::catalog::Input;
use crisis_model::{Lang, Scenario, Source};
use leptos::prelude::*;
use std::sync::Arc;

/// A field's getter and setter, type-erased so that the field's code is compiled once for every
/// field rather than once per field (it measured 20 KB of gzipped wasm).
type GetField<T> = Arc<dyn Fn(&Scenario) -> T + Send + Sync>;
type SetField<T> = Arc<dyn Fn(&mut Scenario, T) + Send + Sync>;
type SetFieldStr = Arc<dyn Fn(&mut Scenario, &str) + Send + Sync>;
/// What an optional number field does when its box is emptied (store "no value").
pub type Clear = Arc<dyn Fn(&mut Scenario) + Send + Sync>;

/// A visible text in English and Spanish, for a component's props: `("Population",
/// "Población")`. Written where it is used, so a missing translation is a compile error.
pub type Text = (&'static str, &'static str);

/// The text of a [`Text`] pair in a language.
pub fn pick(text: Text, lang: Lang) -> &'static str {
    lang.pick(text.0, text.1)
}

/// A DOM id for a field path such as `programs[2].stay_days`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// The source of a default, shown on hover, focus or tap.
#[component]
pub fn SourceTip(#[prop(into)] source: Signal<Option<Source>>) -> impl IntoView {
    let open = RwSignal::new(false);
    let lang = use_lang();
    move || {
        let lang = lang.get();
        source.get().map(|src| {
            let (kind, title, note, assumption) = describe_source(&src, lang);
            let button = if assumption {
                lang.pick("assumption", "supuesto")
            } else {
                lang.pick("source", "fuente")
            };
            view! {
                <span class="tip" class:open=move || open.get()>
                    <button
                        type="button"
                        class="tip-button"
                        aria-label=format!("{} {kind} {title}", lang.pick("Source:", "Fuente:"))
                        on:click=move |_| open.update(|o| *o = !*o)
                        on:blur=move |_| open.set(false)
                    >
                        {button}
                    </button>
                    <span class="tip-body" role="tooltip">
                        <span class="src-kind" class:src-assumption=assumption>{kind}</span>
                        " "
                        {title}
                        {(!note.is_empty()).then(|| view! { <br/> {note} })}
                    </span>
                </span>
            }
        })
    }
}

/// (kind, title, note, is assumption) for a source, in plain words in a language.
pub fn describe_source(src: &Source, lang: Lang) -> (&'static str, String, String, bool) {
    let note = src.note_in(lang).to_string();
    match src {
        Source::Seed { file, .. } => (
            lang.pick("Source document:", "Documento fuente:"),
            crate::widgets::sources::seed_title_in(file, lang),
            note,
            false,
        ),
        Source::Publication { name, .. } => (
            lang.pick("Publication:", "Publicación:"),
            name.to_string(),
            note,
            false,
        ),
        Source::Assumption { .. } => (
            lang.pick("Assumption:", "Supuesto:"),
            lang.pick("replace with local data", "reemplácelo con datos locales")
                .to_string(),
            note,
            true,
        ),
    }
}

/// The source of a field's default in the scenario's preset.
pub fn source_signal(path: String) -> Signal<Option<Source>> {
    let planner = use_planner();
    // a memo: the tip re-renders only when the source itself changes, not on every keystroke
    Memo::new(move |_| planner.scenario.with(|s| crisis_model::source_in(s, &path))).into()
}

/// How long after the last keystroke a number field shows the value it understood.
const READ_AS_DELAY_MS: u64 = 700;

/// A labelled number input bound to one value of the scenario.
#[component]
pub fn NumberField<G, S>(
    /// What the field is, in plain words (English, Spanish).
    label: Text,
    /// The model's path for this value (for its error message and its source).
    #[prop(into)]
    path: String,
    /// The unit shown after the field ("residents", "%", "days"), in both languages.
    #[prop(optional)]
    unit: Text,
    /// A line of help under the field, in both languages.
    #[prop(optional)]
    hint: Text,
    get: G,
    set: S,
    #[prop(default = Scale::Plain)] scale: Scale,
    /// (min, max, step) of a slider beside the field, in displayed units.
    #[prop(optional)]
    slider: Option<(f64, f64, f64)>,
    /// A narrower box, for a table of small numbers.
    #[prop(optional)]
    short: bool,
    /// For an optional value: what an empty box stores (without it, an empty box is an error).
    #[prop(optional)]
    clear: Option<Clear>,
    /// Show the value to three significant digits (for values the model derives, such as the
    /// ends of a range); what the person types is kept as typed.
    #[prop(optional)]
    round: bool,
) -> impl IntoView
where
    G: Fn(&Scenario) -> f64 + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, f64) + Copy + Send + Sync + 'static,
{
    number_field(
        label,
        path,
        unit,
        hint,
        Arc::new(get),
        Arc::new(set),
        scale,
        slider,
        short,
        clear,
        round,
        None,
    )
}

/// A number field for one of the scenario's own inputs: its label, unit, help, scale, path,
/// getter and setter all come from the input's entry in the model's catalog.
#[component]
pub fn InputField(
    input: &'static Input<Scenario>,
    /// (min, max, step) of a slider beside the field, in displayed units.
    #[prop(optional)]
    slider: Option<(f64, f64, f64)>,
    /// A narrower box, for a table of small numbers.
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    number_field(
        input.label,
        input.path.to_string(),
        input.unit,
        input.hint,
        Arc::new(input.get),
        Arc::new(input.set),
        input.scale,
        slider,
        short,
        None,
        false,
        None,
    )
}

/// A number field; with `error`, its message comes from there instead of the scenario's
/// validation (for inputs checked apart, such as the outcome rates).
#[allow(clippy::too_many_arguments)]
pub(crate) fn number_field(
    label: Text,
    path: String,
    unit: Text,
    hint: Text,
    get: GetField<f64>,
    set: SetField<f64>,
    scale: Scale,
    slider: Option<(f64, f64, f64)>,
    short: bool,
    clear: Option<Clear>,
    round: bool,
    error: Option<Signal<Option<String>>>,
) -> AnyView {
    let planner = use_planner();
    let lang = use_lang();
    let locked = !crate::shell::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let err_id = format!("{id}-err");
    let value = Memo::new(move |_| planner.scenario.with(|s| get(s)));
    let shown = move |v: f64, l: Lang| {
        if round {
            show_rounded_in(v, scale, l, 3)
        } else {
            show_in(v, scale, l)
        }
    };
    let matches = move |t: &str, v: f64, l: Lang| {
        text_matches_in(t, v, scale, l) || (round && t == shown(v, l))
    };
    let text = RwSignal::new(shown(value.get_untracked(), lang.get_untracked()));
    // What the field understood from the person's typing (see `read_as`), once typing pauses.
    let read = RwSignal::new(None::<String>);
    // An outside change (a preset, a link, an import) replaces the text; the person's own
    // typing, which already stands for the stored value, is left alone. A new language
    // rewrites a number in its own writing (both write 0.75 today), never text that is not a
    // number.
    Effect::new(move |previous: Option<Lang>| {
        let v = value.get();
        let now = lang.get();
        let before = previous.unwrap_or(now);
        let current = text.get_untracked();
        if before != now {
            if matches(&current, v, before) {
                text.set(shown(v, now));
                read.set(None);
            }
        } else if !matches(&current, v, now) {
            text.set(shown(v, now));
            read.set(None);
        }
        now
    });
    let path_for_err = path.clone();
    let error =
        error.unwrap_or_else(|| Memo::new(move |_| planner.problem_for(&path_for_err)).into());
    // What the field understood, shown under it once typing pauses (or the field is left), so a
    // number read differently from what the person meant is seen at once.
    let typed = StoredValue::new(0u32);
    let show_read = move || {
        read.set(crate::widgets::input_text::read_as(
            &text.get_untracked(),
            scale,
            lang.get_untracked(),
        ))
    };
    let on_input = move |ev: leptos::ev::Event| {
        let t = event_target_value(&ev);
        let v = parse_in(&t, scale, lang.get_untracked()).unwrap_or(f64::NAN);
        let blank = t.trim().is_empty();
        read.set(None);
        typed.update_value(|n| *n = n.wrapping_add(1));
        let this = typed.get_value();
        set_timeout(
            move || {
                if typed.try_get_value() == Some(this) {
                    show_read();
                }
            },
            std::time::Duration::from_millis(READ_AS_DELAY_MS),
        );
        text.set(t);
        match &clear {
            Some(clear) if blank => planner.scenario.update(|s| clear(s)),
            _ => planner.scenario.update(|s| set(s, v)),
        }
    };
    let on_slider = on_input.clone();
    let slider_view = slider.map(|(min, max, step)| {
        let slider_label = move || {
            let l = lang.get();
            format!(
                "{} ({})",
                pick(label, l),
                l.pick("slider", "control deslizante")
            )
        };
        view! {
            <input
                type="range"
                min=min
                max=max
                step=step
                aria-label=slider_label
                tabindex="-1"
                disabled=locked
                prop:value=move || {
                    let v = value.get();
                    if v.is_finite() { show(v, scale) } else { String::new() }
                }
                on:input=on_slider
            />
        }
    });
    let source = source_signal(path.clone());
    let err_id2 = err_id.clone();
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{move || pick(label, lang.get())}</label>
                <SourceTip source=source/>
            </div>
            <div class="field-row">
                <input
                    id=id.clone()
                    class="num"
                    class:short=short
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-path=path.clone()
                    readonly=locked
                    prop:value=move || text.get()
                    on:input=on_input
                    on:change=move |_| show_read()
                    aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                    aria-describedby=move || error.with(|e| e.is_some()).then(|| err_id2.clone())
                />
                {(!unit.0.is_empty())
                    .then(|| view! { <span class="unit">{move || pick(unit, lang.get())}</span> })}
                {slider_view}
            </div>
            {(!hint.0.is_empty()).then(|| view! { <p class="hint">{move || pick(hint, lang.get())}</p> })}
            <p class="hint read-as" aria-live="polite" hidden=move || read.with(|r| r.is_none())>
                {move || {
                    read.get()
                        .map(|r| format!("{} {r}", lang.get().pick("Read as", "Se leyó como")))
                }}
            </p>
            {move || {
                error
                    .get()
                    .map(|msg| {
                        view! {
                            <p class="field-error" id=err_id.clone() role="alert">
                                {msg}
                            </p>
                        }
                    })
            }}
        </div>
    }
    .into_any()
}

/// A labelled free-text input (a place name, a program name). Shown as text, never as markup.
#[component]
pub fn TextField<G, S>(
    label: Text,
    #[prop(into)] path: String,
    get: G,
    set: S,
    #[prop(optional)] placeholder: Text,
    #[prop(default = 80)] max_len: usize,
) -> impl IntoView
where
    G: Fn(&Scenario) -> String + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, String) + Copy + Send + Sync + 'static,
{
    text_field(
        label,
        path,
        Arc::new(get),
        Arc::new(set),
        placeholder,
        max_len,
    )
}

fn text_field(
    label: Text,
    path: String,
    get: GetField<String>,
    set: SetField<String>,
    placeholder: Text,
    max_len: usize,
) -> AnyView {
    let planner = use_planner();
    let lang = use_lang();
    let locked = !crate::shell::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let path_for_err = path.clone();
    let error = Memo::new(move |_| planner.problem_for(&path_for_err));
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{move || pick(label, lang.get())}</label>
            </div>
            <input
                id=id
                type="text"
                readonly=locked
                maxlength=max_len
                placeholder=move || pick(placeholder, lang.get())
                data-path=path
                prop:value=move || planner.scenario.with(|s| get(s))
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    planner.scenario.update(|s| set(s, t));
                }
            />
            {move || error.get().map(|msg| view! { <p class="field-error" role="alert">{msg}</p> })}
        </div>
    }
    .into_any()
}

/// A labelled select of (value, label) options.
#[component]
pub fn SelectField<G, S>(
    label: Text,
    #[prop(into)] path: String,
    /// (value, label in English, label in Spanish) of each option.
    options: Vec<(&'static str, Text)>,
    get: G,
    set: S,
    #[prop(optional)] hint: Text,
) -> impl IntoView
where
    G: Fn(&Scenario) -> String + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, &str) + Copy + Send + Sync + 'static,
{
    select_field(label, path, options, Arc::new(get), Arc::new(set), hint)
}

fn select_field(
    label: Text,
    path: String,
    options: Vec<(&'static str, Text)>,
    get: GetField<String>,
    set: SetFieldStr,
    hint: Text,
) -> AnyView {
    let planner = use_planner();
    let lang = use_lang();
    let locked = !crate::shell::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let source = source_signal(path.clone());
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{move || pick(label, lang.get())}</label>
                <SourceTip source=source/>
            </div>
            <select
                id=id
                disabled=locked
                data-path=path
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    planner.scenario.update(|s| set(s, &v));
                }
            >
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let get = get.clone();
                        view! {
                            <option
                                value=value
                                selected=move || planner.scenario.with(|s| get(s)) == value
                            >
                                {move || pick(text, lang.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {(!hint.0.is_empty()).then(|| view! { <p class="hint">{move || pick(hint, lang.get())}</p> })}
        </div>
    }
    .into_any()
}

/// A labelled checkbox bound to one switch of the scenario (`youth.enabled`, `inventory.enabled`).
#[component]
pub fn CheckField(
    label: Text,
    #[prop(into)] path: String,
    /// Whether the switch is on (a memo, so the box follows outside changes).
    on: Memo<bool>,
    set: fn(&mut Scenario, bool),
) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let locked = !crate::shell::embed::use_embed().may_edit(&path);
    view! {
        <div class="field">
            <label class="field-row">
                <input
                    type="checkbox"
                    data-path=path
                    disabled=locked
                    prop:checked=move || on.get()
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        planner.scenario.update(|s| set(s, checked));
                    }
                />
                {move || pick(label, lang.get())}
            </label>
        </div>
    }
}
