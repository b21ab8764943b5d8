//! The input panel, grouped the way a planner thinks: the community, the residential program
//! mix, then (behind "More assumptions") the flow between services, the youth stream, the sizing
//! rule, facilities, mobile teams, the crisis line and costs.

use crate::shell::i18n::{num, tr, use_lang};
use crate::shell::lazy::{Deferred, Part, When};
use crate::shell::state::use_planner;
use crate::widgets::fields::{
    field_id, CheckField, NumberField, SelectField, SourceTip, Text, TextField,
};
use crate::widgets::flow_labels::FLOW_ROWS;
use crate::widgets::input_text::Scale;
use crisis_model::presets::program_name_in;
use crisis_model::{
    preset, CostBasis, Lang, MobileCostBasis, PresetId, Program, ProgramKind, ResponseMode,
    Scenario, SizingRule,
};
use leptos::prelude::*;

/// Which stream's programs and flow an editor works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Adult,
    Youth,
}

impl Stream {
    fn prefix(self) -> &'static str {
        match self {
            Stream::Adult => "",
            Stream::Youth => "youth.",
        }
    }
}

fn programs(s: &Scenario, stream: Stream) -> &Vec<Program> {
    match stream {
        Stream::Adult => &s.programs,
        Stream::Youth => &s.youth.programs,
    }
}

fn programs_mut(s: &mut Scenario, stream: Stream) -> &mut Vec<Program> {
    match stream {
        Stream::Adult => &mut s.programs,
        Stream::Youth => &mut s.youth.programs,
    }
}

/// The English and Spanish of a model label.
fn both(label: impl Fn(Lang) -> &'static str) -> Text {
    (label(Lang::En), label(Lang::Es))
}

/// Load a preset, keeping the community (place, population, youth share) the person entered.
pub fn load_preset(s: &mut Scenario, id: PresetId) {
    let mut next = preset(id);
    next.place_name = std::mem::take(&mut s.place_name);
    next.population = s.population;
    next.youth_share = s.youth_share;
    *s = next;
}

/// The inputs panel: the scenario's fields, in the left column (above the results on a phone).
///
/// The panel's fields are built in the task after the first screen is painted
/// ([`crate::shell::lazy::painted`]): the headline figures reach the screen first, and the fields follow
/// a frame later in a panel that already holds its place and heading.
#[component]
pub fn InputsPanel() -> impl IntoView {
    let painted = crate::shell::lazy::painted();
    view! {
        <section class="inputs" aria-labelledby="inputs-title" aria-busy=move || (!painted.get()).then_some("true")>
            <h2 id="inputs-title">{tr("Your scenario", "Su escenario")}</h2>
            {move || painted.get().then(|| view! { <InputsBody/> })}
        </section>
    }
}

/// Everything in the inputs panel under its heading.
#[component]
fn InputsBody() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let problem_count = Memo::new(move |_| planner.problems.with(|p| p.len()));
    let more = NodeRef::<leptos::html::Details>::new();
    let more_open = RwSignal::new(false);
    view! {
        <PresetPicker/>
        <TextField
            label=("Place name", "Nombre del lugar")
            path="place_name"
            placeholder=("for example: Pima County", "por ejemplo: Condado de Pima")
            get=|s| s.place_name.clone()
            set=|s, v| s.place_name = v
        />
        {move || {
            (problem_count.get() > 0)
                .then(|| {
                    view! {
                        <div class="field-error" role="status">
                            <strong>
                                {move || match (problem_count.get(), lang.get()) {
                                    (1, Lang::En) => "One input needs fixing: ".to_string(),
                                    (1, Lang::Es) => "Hay un dato que corregir: ".to_string(),
                                    (n, Lang::En) => format!("{n} inputs need fixing: "),
                                    (n, Lang::Es) => format!("Hay {n} datos que corregir: "),
                                }}
                            </strong>
                            <ul>
                                {move || {
                                    planner
                                        .problems
                                        .get()
                                        .into_iter()
                                        .map(|p| {
                                            let href = format!("#{}", field_id(&p.field));
                                            let who = if p.field.starts_with("youth.") {
                                                lang.get().pick("Youth: ", "Jóvenes: ")
                                            } else {
                                                ""
                                            };
                                            view! { <li><a href=href>{who} {p.message}</a></li> }
                                        })
                                        .collect_view()
                                }}
                            </ul>
                        </div>
                    }
                })
        }}
        <fieldset>
            <legend>{tr("The community", "La comunidad")}</legend>
            <NumberField
                label=("Population", "Población")
                path="population"
                unit=("residents", "residentes")
                get=|s| s.population
                set=|s, v| s.population = v
            />
            <NumberField
                label=("Adult crisis episodes", "Episodios de crisis de adultos")
                path="adult.rate_per_100k"
                unit=("per 100,000 residents a month", "por cada 100,000 residentes al mes")
                hint=("Crisis episodes needing an in-person response, counted over all residents.", "Episodios de crisis que necesitan una respuesta en persona, contados sobre todos los residentes.")
                get=|s| s.adult.rate_per_100k
                set=|s, v| s.adult.rate_per_100k = v
                slider=(50.0, 400.0, 5.0)
            />
        </fieldset>
        <ProgramMix stream=Stream::Adult title=("Residential program mix", "Combinación de programas residenciales")/>
        <details class="more" node_ref=more on:toggle=move |_| more_open.set(more.get().is_some_and(|d| d.open()))>
            <summary>{tr("More assumptions", "Más supuestos")}</summary>
            // loaded when opened, or at once when an input has a problem, so every message
            // stands next to its field
            <Deferred
                part=Part::More
                when=When::Opened(Signal::derive(move || more_open.get() || problem_count.get() > 0))
            />
        </details>
    }
}

/// "More assumptions": where episodes go, youth, sizing, facilities, mobile teams and the crisis
/// line. Loaded on demand (`lazy::Part::More`).
#[component]
pub fn MoreAssumptions() -> impl IntoView {
    view! {
        <FlowInputs stream=Stream::Adult title=("Where adult episodes go", "Adónde van los episodios de adultos")/>
        <YouthInputs/>
        <SizingInputs/>
        <FacilityInputs/>
        <MobileInputs/>
        <CrisisLineInputs/>
    }
}

#[component]
fn PresetPicker() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let id = "preset-picker";
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id>{tr("Start from", "Punto de partida")}</label>
            </div>
            <select
                id=id
                data-path="preset"
                disabled=!crate::shell::embed::use_embed().may_edit("preset")
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(p) = PresetId::from_id(&v) {
                        planner.step(|s| load_preset(s, p));
                    }
                }
            >
                {PresetId::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <option
                                value=p.id()
                                prop:selected=move || planner.scenario.with(|s| s.preset_id() == p)
                            >
                                {move || p.label_in(lang.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="hint">
                {move || planner.scenario.with(|s| s.preset_id().description_in(lang.get()))}
                {tr(
                    " Picking a preset keeps your place and population.",
                    " Al elegir un escenario predefinido se conservan su lugar y su población.",
                )}
            </p>
        </div>
    }
}

/// The residential program mix of one stream: one card per program.
#[component]
fn ProgramMix(stream: Stream, title: Text) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let count = Memo::new(move |_| planner.scenario.with(|s| programs(s, stream).len()));
    let sum = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| programs(s, stream).iter().map(|p| p.share).sum::<f64>())
    });
    let new_kind = RwSignal::new(ProgramKind::CrisisRespite);
    let sum_path = format!("{}programs", stream.prefix());
    let sum_path2 = sum_path.clone();
    let sum_error = Memo::new(move |_| planner.problem_for(&sum_path2));
    let add_id = format!("{}add-kind", stream.prefix().replace('.', "-"));
    view! {
        <fieldset id=field_id(&sum_path)>
            <legend>{move || lang.get().pick(title.0, title.1)}</legend>
            <p class="hint">
                {tr(
                    "How residential crisis admissions are split across program types. Shares must add up to 100%.",
                    "Cómo se reparten los ingresos residenciales de crisis entre los tipos de programa. Las proporciones deben sumar 100%.",
                )}
            </p>
            <For each=move || 0..count.get() key=|i| *i let:i>
                <ProgramCard stream=stream index=i/>
            </For>
            <p class="mix-sum" aria-live="polite">
                {move || {
                    let l = lang.get();
                    if count.get() == 0 {
                        l.pick(
                                "No residential programs: residential admissions have nowhere to go.",
                                "No hay programas residenciales: los ingresos residenciales no tienen adónde ir.",
                            )
                            .to_string()
                    } else {
                        format!(
                            "{} {}",
                            l.pick("Shares add up to", "Las proporciones suman"),
                            num().percent(sum.get()),
                        )
                    }
                }}
            </p>
            {move || sum_error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <div class="field-row no-print" class:hidden=!crate::shell::embed::use_embed().may_edit(&sum_path)>
                <label class="visually-hidden" for=add_id.clone()>
                    {tr("Type of program to add", "Tipo de programa que agregar")}
                </label>
                <select
                    id=add_id
                    on:change=move |ev| {
                        if let Some(k) = ProgramKind::from_id(&event_target_value(&ev)) {
                            new_kind.set(k);
                        }
                    }
                >
                    {ProgramKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.id() selected=k == ProgramKind::CrisisRespite>
                                    {move || k.label_in(lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        let kind = new_kind.get_untracked();
                        planner.step(|s| programs_mut(s, stream).push(kind.defaults()));
                    }
                >
                    {tr("Add program", "Agregar programa")}
                </button>
            </div>
        </fieldset>
    }
}

/// One program of the mix: name, type, share, stay, costs, facility size.
#[component]
fn ProgramCard(stream: Stream, index: usize) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let base = format!("{}programs[{index}]", stream.prefix());
    let get_p = move |s: &Scenario| programs(s, stream).get(index).cloned();
    let kind = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| get_p(s).map(|p| p.kind).unwrap_or(ProgramKind::Other))
    });
    // a name the planner gave (a type's label) is shown in the page's language; a name the
    // person typed, as typed
    let name = Memo::new(move |_| {
        let l = lang.get();
        planner.scenario.with(|s| {
            get_p(s)
                .map(|p| program_name_in(&p.name, l))
                .unwrap_or_default()
        })
    });
    let kind_id = field_id(&format!("{base}.kind"));
    let kind_source = crate::widgets::fields::source_signal(format!("{base}.kind"));
    macro_rules! num {
        ($field:ident) => {
            (
                move |s: &Scenario| {
                    programs(s, stream)
                        .get(index)
                        .map_or(f64::NAN, |p| p.$field)
                },
                move |s: &mut Scenario, v: f64| {
                    if let Some(p) = programs_mut(s, stream).get_mut(index) {
                        p.$field = v;
                    }
                },
            )
        };
    }
    let (share_get, share_set) = num!(share);
    let (stay_get, stay_set) = num!(stay_days);
    let (low_get, low_set) = num!(cost_per_day_low);
    let (high_get, high_set) = num!(cost_per_day_high);
    let (max_get, max_set) = num!(max_beds_per_facility);
    let name_id = field_id(&format!("{base}.name"));
    let more = NodeRef::<leptos::html::Details>::new();
    let more_built = RwSignal::new(false);
    let more_fields = [
        format!("{base}.cost_per_day_low"),
        format!("{base}.cost_per_day_high"),
        format!("{base}.max_beds_per_facility"),
    ];
    let more_problem = Memo::new(move |_| {
        planner
            .problems
            .with(|ps| ps.iter().any(|p| more_fields.contains(&p.field)))
    });
    let embed = crate::shell::embed::use_embed();
    let locked = !embed.may_edit(&format!("{base}.name"));
    let kind_locked = !embed.may_edit(&format!("{base}.kind"));
    view! {
        <div class="mix-program" role="group" aria-label=move || {
            format!("{} {}: {}", lang.get().pick("Program", "Programa"), index + 1, name.get())
        }>
            <div class="field">
                <div class="field-label">
                    <label for=name_id.clone()>
                        {move || match lang.get() {
                            Lang::En => format!("Program {} name", index + 1),
                            Lang::Es => format!("Nombre del programa {}", index + 1),
                        }}
                    </label>
                </div>
                <div class="field-row">
                    <input
                        id=name_id
                        type="text"
                        maxlength="80"
                        data-path=format!("{base}.name")
                        readonly=locked
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            let t = event_target_value(&ev);
                            planner
                                .scenario
                                .update(|s| {
                                    if let Some(p) = programs_mut(s, stream).get_mut(index) {
                                        p.name = t;
                                    }
                                });
                        }
                    />
                    <button
                        type="button"
                        class="link no-print"
                        class:hidden=locked
                        aria-label=move || match lang.get() {
                            Lang::En => format!("Remove program {}: {}", index + 1, name.get()),
                            Lang::Es => format!("Quitar el programa {}: {}", index + 1, name.get()),
                        }
                        on:click=move |_| {
                            planner
                                .step(|s| {
                                    let list = programs_mut(s, stream);
                                    if index < list.len() {
                                        list.remove(index);
                                    }
                                });
                        }
                    >
                        {tr("Remove", "Quitar")}
                    </button>
                </div>
            </div>
            <div class="field">
                <div class="field-label">
                    <label for=kind_id.clone()>{tr("Type", "Tipo")}</label>
                    <SourceTip source=kind_source/>
                </div>
                <select
                    id=kind_id
                    data-path=format!("{base}.kind")
                    disabled=kind_locked
                    on:change=move |ev| {
                        if let Some(k) = ProgramKind::from_id(&event_target_value(&ev)) {
                            planner
                                .scenario
                                .update(|s| {
                                    if let Some(p) = programs_mut(s, stream).get_mut(index) {
                                        // a new type brings its own defaults; the name and
                                        // share the person chose stay
                                        let keep_name = p.name != p.kind.label()
                                            && p.name != p.kind.label_in(Lang::Es);
                                        let mut next = k.defaults();
                                        next.share = p.share;
                                        if keep_name {
                                            next.name = std::mem::take(&mut p.name);
                                        }
                                        *p = next;
                                    }
                                });
                        }
                    }
                >
                    {ProgramKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.id() prop:selected=move || kind.get() == k>
                                    {move || k.label_in(lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="mix-grid">
                <NumberField
                    label=("Share", "Proporción")
                    path=format!("{base}.share")
                    unit=("%", "%")
                    scale=Scale::Percent
                    short=true
                    get=share_get
                    set=share_set
                />
                <NumberField
                    label=("Average stay", "Estadía promedio")
                    path=format!("{base}.stay_days")
                    unit=("days", "días")
                    short=true
                    get=stay_get
                    set=stay_set
                />
            </div>
            <details
                class="program-more"
                node_ref=more
                on:toggle=move |_| {
                    if more.get().is_some_and(|d| d.open()) {
                        more_built.set(true);
                    }
                }
            >
                <summary>{tr("Cost and facility size", "Costo y tamaño del centro")}</summary>
                // built once first opened, or at once while one of its fields has a problem, so
                // the message stands next to its field (the first screen builds two fields a
                // program instead of five)
                <Show when=move || more_built.get() || more_problem.get()>
                <div class="mix-grid">
                    <NumberField
                        label=("Cost a day, low", "Costo por día, bajo")
                        path=format!("{base}.cost_per_day_low")
                        unit=("$", "$")
                        short=true
                        get=low_get
                        set=low_set
                    />
                    <NumberField
                        label=("Cost a day, high", "Costo por día, alto")
                        path=format!("{base}.cost_per_day_high")
                        unit=("$", "$")
                        short=true
                        get=high_get
                        set=high_set
                    />
                    <NumberField
                        label=("Most beds a facility", "Máximo de camas por centro")
                        path=format!("{base}.max_beds_per_facility")
                        unit=("beds", "camas")
                        short=true
                        get=max_get
                        set=max_set
                    />
                </div>
                </Show>
            </details>
        </div>
    }
}

/// The shares a stream's services pass onward.
#[component]
fn FlowInputs(stream: Stream, title: Text) -> impl IntoView {
    let lang = use_lang();
    let prefix = match stream {
        Stream::Adult => "flow.",
        Stream::Youth => "youth.flow.",
    };
    let rows = FLOW_ROWS;
    let groups: [(&'static str, Text, std::ops::Range<usize>); 5] = [
        (
            "entry",
            (
                "Where episodes enter (the rest are resolved by phone)",
                "Adónde entran los episodios (el resto se resuelve por teléfono)",
            ),
            0..5,
        ),
        (
            "mobile",
            (
                "After a mobile team (the rest are resolved on scene)",
                "Después de un equipo móvil (el resto se resuelve en el lugar)",
            ),
            5..8,
        ),
        (
            "receiving",
            (
                "After the receiving facility (the rest go home)",
                "Después del centro de recepción (el resto regresa a casa)",
            ),
            8..10,
        ),
        (
            "ed",
            (
                "After the emergency department (the rest go home)",
                "Después de la sala de emergencias (el resto regresa a casa)",
            ),
            10..12,
        ),
        (
            "residential",
            (
                "After residential care (the rest go home)",
                "Después de la atención residencial (el resto regresa a casa)",
            ),
            12..13,
        ),
    ];
    let planner = use_planner();
    view! {
        <fieldset>
            <legend>{move || lang.get().pick(title.0, title.1)}</legend>
            {groups
                .into_iter()
                .map(|(service, heading, range)| {
                    let group_path = format!("{prefix}{service}");
                    let group_id = field_id(&group_path);
                    let group_error = Memo::new(move |_| planner.problem_for(&group_path));
                    view! {
                        <h3 class="hint" id=group_id>{move || lang.get().pick(heading.0, heading.1)}</h3>
                        {move || {
                            group_error
                                .get()
                                .map(|m| view! { <p class="field-error" role="alert">{m}</p> })
                        }}
                        {rows[range]
                            .iter()
                            .map(|&(name, label, unit)| {
                                let path = format!("{prefix}{name}");
                                let get = move |s: &Scenario| {
                                    let flow = match stream {
                                        Stream::Adult => &s.flow,
                                        Stream::Youth => &s.youth.flow,
                                    };
                                    flow.shares()
                                        .iter()
                                        .find(|(n, _)| *n == name)
                                        .map_or(f64::NAN, |(_, v)| *v)
                                };
                                let set = move |s: &mut Scenario, v: f64| {
                                    let flow = match stream {
                                        Stream::Adult => &mut s.flow,
                                        Stream::Youth => &mut s.youth.flow,
                                    };
                                    if let Some(slot) = flow.share_mut(name) {
                                        *slot = v;
                                    }
                                };
                                view! {
                                    <NumberField
                                        label=label
                                        path=path
                                        unit=unit
                                        scale=Scale::Percent
                                        short=true
                                        slider=(0.0, 100.0, 1.0)
                                        get=get
                                        set=set
                                    />
                                }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn YouthInputs() -> impl IntoView {
    let planner = use_planner();
    let enabled = Memo::new(move |_| planner.scenario.with(|s| s.youth.enabled));
    view! {
        <fieldset>
            <legend>{tr("Children and youth", "Niños y jóvenes")}</legend>
            <CheckField
                label=(
                    "Plan a separate youth stream (youth and adults are not housed together)",
                    "Planificar servicios separados para jóvenes (jóvenes y adultos no se alojan juntos)",
                )
                path="youth.enabled"
                on=enabled
                set=|s, on| s.youth.enabled = on
            />
            <NumberField
                label=("Residents under 18", "Residentes menores de 18 años")
                path="youth_share"
                unit=("% of residents", "% de los residentes")
                scale=Scale::Percent
                short=true
                get=|s| s.youth_share
                set=|s, v| s.youth_share = v
            />
            <Show when=move || enabled.get()>
                <NumberField
                    label=("Youth crisis episodes", "Episodios de crisis de jóvenes")
                    path="youth.rate_per_100k"
                    unit=("per 100,000 youth a month", "por cada 100,000 jóvenes al mes")
                    get=|s| s.youth.rate_per_100k
                    set=|s, v| s.youth.rate_per_100k = v
                />
                <ProgramMix stream=Stream::Youth title=("Youth residential program mix", "Combinación de programas residenciales para jóvenes")/>
                <FlowInputs stream=Stream::Youth title=("Where youth episodes go", "Adónde van los episodios de jóvenes")/>
            </Show>
        </fieldset>
    }
}

#[component]
fn SizingInputs() -> impl IntoView {
    let planner = use_planner();
    let rule = Memo::new(move |_| planner.scenario.with(|s| s.sizing.rule));
    view! {
        <fieldset>
            <legend>{tr("How beds and chairs are counted", "Cómo se cuentan las camas y los sillones")}</legend>
            <SelectField
                label=("Sizing rule", "Regla de dimensionamiento")
                path="sizing.rule"
                options=vec![
                    (SizingRule::DaysFull.id(), both(|l| SizingRule::DaysFull.label_in(l))),
                    (SizingRule::Occupancy.id(), both(|l| SizingRule::Occupancy.label_in(l))),
                ]
                get=|s| s.sizing.rule.id().to_string()
                set=|s, v| {
                    if let Some(r) = SizingRule::from_id(v) {
                        s.set_sizing_rule(r);
                    }
                }
            />
            {move || match rule.get() {
                SizingRule::DaysFull => {
                    view! {
                        <NumberField
                            label=("Full on at most", "Lleno como máximo")
                            path="sizing.target"
                            unit=("% of days", "% de los días")
                            scale=Scale::Percent
                            short=true
                            hint=("Seed 003: programs full no more than 5% of days.", "Documento fuente 003: programas llenos no más del 5% de los días.")
                            get=|s| s.sizing.target
                            set=|s, v| s.sizing.target = v
                        />
                        <NumberField
                            label=("Utilization at most", "Utilización como máximo")
                            path="sizing.max_utilization"
                            unit=("%", "%")
                            scale=Scale::Percent
                            short=true
                            get=|s| s.sizing.max_utilization
                            set=|s, v| s.sizing.max_utilization = v
                        />
                    }
                        .into_any()
                }
                SizingRule::Occupancy => {
                    view! {
                        <NumberField
                            label=("Target occupancy", "Ocupación objetivo")
                            path="sizing.target"
                            unit=("%", "%")
                            scale=Scale::Percent
                            short=true
                            hint=("A convention; small units sized this way are often full (Green 2002).", "Una convención; las unidades pequeñas dimensionadas así a menudo están llenas (Green 2002).")
                            get=|s| s.sizing.target
                            set=|s, v| s.sizing.target = v
                        />
                    }
                        .into_any()
                }
            }}
            <SelectField
                label=("Count facility costs by", "Calcular el costo de los centros según")
                path="cost_basis"
                options=vec![
                    (CostBasis::OccupiedBedDays.id(), both(|l| CostBasis::OccupiedBedDays.label_in(l))),
                    (CostBasis::StaffedBeds.id(), both(|l| CostBasis::StaffedBeds.label_in(l))),
                ]
                get=|s| s.cost_basis.id().to_string()
                set=|s, v| {
                    if let Some(b) = CostBasis::from_id(v) {
                        s.cost_basis = b;
                    }
                }
                hint=("Occupied bed-days is what a payer pays for care given; staffed beds is what a program funded for its capacity costs.", "Los días-cama ocupados son lo que un pagador paga por la atención brindada; las camas con personal son lo que cuesta un programa financiado por su capacidad.")
            />
        </fieldset>
    }
}

#[component]
fn FacilityInputs() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr("Receiving facility and hospital", "Centro de recepción de crisis y hospital")}</legend>
            <NumberField
                label=("Receiving facility: average stay", "Centro de recepción: estadía promedio")
                path="receiving.stay_days"
                unit=("days", "días")
                short=true
                hint=("23-hour observation chairs: a stay under one day.", "Sillones de observación de 23 horas: una estadía de menos de un día.")
                get=|s| s.receiving.stay_days
                set=|s, v| s.receiving.stay_days = v
            />
            <NumberField
                label=("Receiving facility: cost a chair-day, low", "Centro de recepción: costo por sillón-día, bajo")
                path="receiving.cost_per_day_low"
                unit=("$", "$")
                get=|s| s.receiving.cost_per_day_low
                set=|s, v| s.receiving.cost_per_day_low = v
            />
            <NumberField
                label=("Receiving facility: cost a chair-day, high", "Centro de recepción: costo por sillón-día, alto")
                path="receiving.cost_per_day_high"
                unit=("$", "$")
                get=|s| s.receiving.cost_per_day_high
                set=|s, v| s.receiving.cost_per_day_high = v
            />
            <NumberField
                label=("Psychiatric hospital: average stay", "Hospital psiquiátrico: estadía promedio")
                path="inpatient.stay_days"
                unit=("days", "días")
                short=true
                get=|s| s.inpatient.stay_days
                set=|s, v| s.inpatient.stay_days = v
            />
            <NumberField
                label=("Psychiatric hospital: cost a day, low", "Hospital psiquiátrico: costo por día, bajo")
                path="inpatient.cost_per_day_low"
                unit=("$", "$")
                get=|s| s.inpatient.cost_per_day_low
                set=|s, v| s.inpatient.cost_per_day_low = v
            />
            <NumberField
                label=("Psychiatric hospital: cost a day, high", "Hospital psiquiátrico: costo por día, alto")
                path="inpatient.cost_per_day_high"
                unit=("$", "$")
                get=|s| s.inpatient.cost_per_day_high
                set=|s, v| s.inpatient.cost_per_day_high = v
            />
        </fieldset>
    }
}

#[component]
fn MobileInputs() -> impl IntoView {
    let planner = use_planner();
    let mode = Memo::new(move |_| planner.scenario.with(|s| s.mobile.mode));
    let basis = Memo::new(move |_| planner.scenario.with(|s| s.mobile.cost_basis));
    view! {
        <fieldset>
            <legend>{tr("Mobile crisis teams", "Equipos móviles de crisis")}</legend>
            <NumberField
                label=("Hours a dispatch keeps a team busy", "Horas que un despacho mantiene ocupado a un equipo")
                path="mobile.busy_hours_per_dispatch"
                unit=("hours", "horas")
                short=true
                hint=("Travel, time on scene and hand-off: about 2 hours in a city, 3 in rural areas.", "Traslado, tiempo en el lugar y entrega: unas 2 horas en una ciudad, 3 en zonas rurales.")
                get=|s| s.mobile.busy_hours_per_dispatch
                set=|s, v| s.mobile.busy_hours_per_dispatch = v
            />
            <SelectField
                label=("Response target", "Objetivo de respuesta")
                path="mobile.mode"
                options=vec![
                    (ResponseMode::WithinWait.id(), both(|l| ResponseMode::WithinWait.label_in(l))),
                    (ResponseMode::AtOnce.id(), both(|l| ResponseMode::AtOnce.label_in(l))),
                ]
                get=|s| s.mobile.mode.id().to_string()
                set=|s, v| {
                    if let Some(m) = ResponseMode::from_id(v) {
                        s.mobile.mode = m;
                    }
                }
            />
            <NumberField
                label=("Share of requests meeting the target", "Proporción de solicitudes que cumplen el objetivo")
                path="mobile.target_share"
                unit=("%", "%")
                scale=Scale::Percent
                short=true
                get=|s| s.mobile.target_share
                set=|s, v| s.mobile.target_share = v
            />
            <Show when=move || mode.get() == ResponseMode::WithinWait>
                <NumberField
                    label=("Longest wait for a free team", "Espera máxima por un equipo disponible")
                    path="mobile.max_wait_minutes"
                    unit=("minutes", "minutos")
                    short=true
                    get=|s| s.mobile.max_wait_minutes
                    set=|s, v| s.mobile.max_wait_minutes = v
                />
            </Show>
            <NumberField
                label=("Staff on a team", "Personal por equipo")
                path="mobile.staff_per_team"
                unit=("people", "personas")
                short=true
                get=|s| s.mobile.staff_per_team
                set=|s, v| s.mobile.staff_per_team = v
            />
            <NumberField
                label=("Productive hours of a full-time employee", "Horas productivas de un empleado de tiempo completo")
                path="mobile.productive_hours_per_fte"
                unit=("hours a year", "horas al año")
                short=true
                get=|s| s.mobile.productive_hours_per_fte
                set=|s, v| s.mobile.productive_hours_per_fte = v
            />
            <SelectField
                label=("Cost mobile teams by", "Calcular el costo de los equipos móviles según")
                path="mobile.cost_basis"
                options=vec![
                    (MobileCostBasis::TeamHours.id(), both(|l| MobileCostBasis::TeamHours.label_in(l))),
                    (MobileCostBasis::Dispatches.id(), both(|l| MobileCostBasis::Dispatches.label_in(l))),
                ]
                get=|s| s.mobile.cost_basis.id().to_string()
                set=|s, v| {
                    if let Some(b) = MobileCostBasis::from_id(v) {
                        s.mobile.cost_basis = b;
                    }
                }
            />
            {move || match basis.get() {
                MobileCostBasis::TeamHours => {
                    view! {
                        <NumberField
                            label=("Cost a team-hour, low", "Costo por hora-equipo, bajo")
                            path="mobile.cost_per_team_hour_low"
                            unit=("$", "$")
                            get=|s| s.mobile.cost_per_team_hour_low
                            set=|s, v| s.mobile.cost_per_team_hour_low = v
                        />
                        <NumberField
                            label=("Cost a team-hour, high", "Costo por hora-equipo, alto")
                            path="mobile.cost_per_team_hour_high"
                            unit=("$", "$")
                            get=|s| s.mobile.cost_per_team_hour_high
                            set=|s, v| s.mobile.cost_per_team_hour_high = v
                        />
                    }
                        .into_any()
                }
                MobileCostBasis::Dispatches => {
                    view! {
                        <NumberField
                            label=("Cost a dispatch, low", "Costo por despacho, bajo")
                            path="mobile.cost_per_dispatch_low"
                            unit=("$", "$")
                            get=|s| s.mobile.cost_per_dispatch_low
                            set=|s, v| s.mobile.cost_per_dispatch_low = v
                        />
                        <NumberField
                            label=("Cost a dispatch, high", "Costo por despacho, alto")
                            path="mobile.cost_per_dispatch_high"
                            unit=("$", "$")
                            get=|s| s.mobile.cost_per_dispatch_high
                            set=|s, v| s.mobile.cost_per_dispatch_high = v
                        />
                    }
                        .into_any()
                }
            }}
        </fieldset>
    }
}

#[component]
fn CrisisLineInputs() -> impl IntoView {
    let planner = use_planner();
    let enabled = Memo::new(move |_| planner.scenario.with(|s| s.crisis_line.enabled));
    view! {
        <fieldset>
            <legend>{tr("Crisis line (988)", "Línea de crisis (988)")}</legend>
            <CheckField
                label=("Include the crisis line in the plan", "Incluir la línea de crisis en el plan")
                path="crisis_line.enabled"
                on=enabled
                set=|s, on| s.crisis_line.enabled = on
            />
            <Show when=move || enabled.get()>
                <NumberField
                    label=("Contacts", "Contactos")
                    path="crisis_line.contacts_per_100k"
                    unit=("per 100,000 residents a month", "por cada 100,000 residentes al mes")
                    get=|s| s.crisis_line.contacts_per_100k
                    set=|s, v| s.crisis_line.contacts_per_100k = v
                />
                <NumberField
                    label=("Minutes a contact", "Minutos por contacto")
                    path="crisis_line.minutes_per_contact"
                    unit=("minutes", "minutos")
                    short=true
                    get=|s| s.crisis_line.minutes_per_contact
                    set=|s, v| s.crisis_line.minutes_per_contact = v
                />
                <NumberField
                    label=("Answer within", "Contestar en un máximo de")
                    path="crisis_line.answer_seconds"
                    unit=("seconds", "segundos")
                    short=true
                    hint=("Crisis Now self-assessment: 30, 25, 20 or 15 seconds at levels 2 to 5.", "Autoevaluación de Crisis Now: 30, 25, 20 o 15 segundos en los niveles 2 a 5.")
                    get=|s| s.crisis_line.answer_seconds
                    set=|s, v| s.crisis_line.answer_seconds = v
                />
                <NumberField
                    label=("Share answered in time", "Proporción atendida a tiempo")
                    path="crisis_line.target_share"
                    unit=("%", "%")
                    scale=Scale::Percent
                    short=true
                    get=|s| s.crisis_line.target_share
                    set=|s, v| s.crisis_line.target_share = v
                />
                <NumberField
                    label=("Shrinkage (breaks, training, meetings)", "Tiempo no productivo (pausas, capacitación, reuniones)")
                    path="crisis_line.shrinkage"
                    unit=("% of paid time", "% del tiempo pagado")
                    scale=Scale::Percent
                    short=true
                    get=|s| s.crisis_line.shrinkage
                    set=|s, v| s.crisis_line.shrinkage = v
                />
                <NumberField
                    label=("Productive hours of a full-time counselor", "Horas productivas de un consejero de tiempo completo")
                    path="crisis_line.productive_hours_per_fte"
                    unit=("hours a year", "horas al año")
                    short=true
                    get=|s| s.crisis_line.productive_hours_per_fte
                    set=|s, v| s.crisis_line.productive_hours_per_fte = v
                />
                <NumberField
                    label=("Cost of a counselor a year, low", "Costo de un consejero al año, bajo")
                    path="crisis_line.cost_per_fte_low"
                    unit=("$", "$")
                    get=|s| s.crisis_line.cost_per_fte_low
                    set=|s, v| s.crisis_line.cost_per_fte_low = v
                />
                <NumberField
                    label=("Cost of a counselor a year, high", "Costo de un consejero al año, alto")
                    path="crisis_line.cost_per_fte_high"
                    unit=("$", "$")
                    get=|s| s.crisis_line.cost_per_fte_high
                    set=|s, v| s.crisis_line.cost_per_fte_high = v
                />
            </Show>
        </fieldset>
    }
}
