//! Input controls: a labelled number field (optionally with a slider), a text field, a select,
//! and the source tip that says where a default comes from.
//!
//! A field never loses what the person typed: the text is kept as typed, the model receives the
//! parsed value (NaN when the text is not a number), and the model's validation message for the
//! field's path is shown right under it.

use crate::input_text::{parse, show, text_matches, Scale};
use crate::state::use_planner;
use crisis_model::{Scenario, Source};
use leptos::prelude::*;

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
    move || {
        source.get().map(|src| {
            let (kind, title, note, assumption) = describe_source(&src);
            view! {
                <span class="tip" class:open=move || open.get()>
                    <button
                        type="button"
                        class="tip-button"
                        aria-label=format!("Source: {kind} {title}")
                        on:click=move |_| open.update(|o| *o = !*o)
                        on:blur=move |_| open.set(false)
                    >
                        {if assumption { "assumption" } else { "source" }}
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

/// (kind, title, note, is assumption) for a source, in plain words.
pub fn describe_source(src: &Source) -> (&'static str, String, String, bool) {
    match src {
        Source::Seed { file, note } => (
            "Source document:",
            crate::sources::seed_title(file),
            note.to_string(),
            false,
        ),
        Source::Publication { name, note } => {
            ("Publication:", name.to_string(), note.to_string(), false)
        }
        Source::Assumption { note } => (
            "Assumption:",
            "replace with local data".to_string(),
            note.to_string(),
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

/// A labelled number input bound to one value of the scenario.
#[component]
pub fn NumberField<G, S>(
    /// What the field is, in plain words.
    label: &'static str,
    /// The model's path for this value (for its error message and its source).
    #[prop(into)]
    path: String,
    /// The unit shown after the field ("residents", "%", "days").
    #[prop(optional)]
    unit: &'static str,
    /// A line of help under the field.
    #[prop(optional)]
    hint: &'static str,
    get: G,
    set: S,
    #[prop(default = Scale::Plain)] scale: Scale,
    /// (min, max, step) of a slider beside the field, in displayed units.
    #[prop(optional)]
    slider: Option<(f64, f64, f64)>,
    /// A narrower box, for a table of small numbers.
    #[prop(optional)]
    short: bool,
) -> impl IntoView
where
    G: Fn(&Scenario) -> f64 + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, f64) + Copy + Send + Sync + 'static,
{
    let planner = use_planner();
    let locked = !crate::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let err_id = format!("{id}-err");
    let value = Memo::new(move |_| planner.scenario.with(get));
    let text = RwSignal::new(show(value.get_untracked(), scale));
    // An outside change (a preset, a link, an import) replaces the text; the person's own
    // typing, which already stands for the stored value, is left alone.
    Effect::new(move |_| {
        let v = value.get();
        if !text_matches(&text.get_untracked(), v, scale) {
            text.set(show(v, scale));
        }
    });
    let path_for_err = path.clone();
    let error = Memo::new(move |_| planner.problem_for(&path_for_err));
    let on_input = move |ev: leptos::ev::Event| {
        let t = event_target_value(&ev);
        let v = parse(&t, scale).unwrap_or(f64::NAN);
        text.set(t);
        planner.scenario.update(|s| set(s, v));
    };
    let slider_view = slider.map(|(min, max, step)| {
        let slider_label = format!("{label} (slider)");
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
                on:input=on_input
            />
        }
    });
    let source = source_signal(path.clone());
    let err_id2 = err_id.clone();
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{label}</label>
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
                    aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                    aria-describedby=move || error.with(|e| e.is_some()).then(|| err_id2.clone())
                />
                {(!unit.is_empty()).then(|| view! { <span class="unit">{unit}</span> })}
                {slider_view}
            </div>
            {(!hint.is_empty()).then(|| view! { <p class="hint">{hint}</p> })}
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
}

/// A labelled free-text input (a place name, a program name). Shown as text, never as markup.
#[component]
pub fn TextField<G, S>(
    label: &'static str,
    #[prop(into)] path: String,
    get: G,
    set: S,
    #[prop(optional)] placeholder: &'static str,
    #[prop(default = 80)] max_len: usize,
) -> impl IntoView
where
    G: Fn(&Scenario) -> String + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, String) + Copy + Send + Sync + 'static,
{
    let planner = use_planner();
    let locked = !crate::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let path_for_err = path.clone();
    let error = Memo::new(move |_| planner.problem_for(&path_for_err));
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{label}</label>
            </div>
            <input
                id=id
                type="text"
                readonly=locked
                maxlength=max_len
                placeholder=placeholder
                data-path=path
                prop:value=move || planner.scenario.with(get)
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    planner.scenario.update(|s| set(s, t));
                }
            />
            {move || error.get().map(|msg| view! { <p class="field-error" role="alert">{msg}</p> })}
        </div>
    }
}

/// A labelled select of (value, label) options.
#[component]
pub fn SelectField<G, S>(
    label: &'static str,
    #[prop(into)] path: String,
    options: Vec<(&'static str, String)>,
    get: G,
    set: S,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView
where
    G: Fn(&Scenario) -> String + Copy + Send + Sync + 'static,
    S: Fn(&mut Scenario, &str) + Copy + Send + Sync + 'static,
{
    let planner = use_planner();
    let locked = !crate::embed::use_embed().may_edit(&path);
    let id = field_id(&path);
    let source = source_signal(path.clone());
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id.clone()>{label}</label>
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
                        view! {
                            <option
                                value=value
                                selected=move || planner.scenario.with(get) == value
                            >
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {(!hint.is_empty()).then(|| view! { <p class="hint">{hint}</p> })}
        </div>
    }
}
