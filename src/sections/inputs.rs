//! The input panel, grouped the way a planner thinks: the community, the residential program
//! mix, then (behind "More assumptions") the flow between services, the youth stream, the sizing
//! rule, facilities, mobile teams, the crisis line and costs.

use crate::shell::i18n::{num, tr, use_lang};
use crate::shell::lazy::{Deferred, Part, When};
use crate::shell::state::use_planner;
use crate::widgets::fields::{
    field_id, CheckField, InputField, NumberField, SelectField, SourceTip, Text, TextField,
};
use crisis_model::catalog::{self, Input};
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
            // its own chunk, fetched once the headline figures are painted
            <Deferred part=Part::Inputs when=When::Painted/>
        </section>
    }
}

/// Everything in the inputs panel under its heading (the part [`Part::Inputs`]).
#[component]
pub fn InputsBody() -> impl IntoView {
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
            <InputField
                input=&catalog::POPULATION
            />
            <InputField
                input=&catalog::ADULT_RATE
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
                <ProgramInputField input=&catalog::PROGRAM_SHARE stream=stream index=index/>
                <ProgramInputField input=&catalog::PROGRAM_STAY stream=stream index=index/>
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
                    <ProgramInputField input=&catalog::PROGRAM_COST_LOW stream=stream index=index/>
                    <ProgramInputField input=&catalog::PROGRAM_COST_HIGH stream=stream index=index/>
                    <ProgramInputField input=&catalog::PROGRAM_MAX_BEDS stream=stream index=index/>
                </div>
                </Show>
            </details>
        </div>
    }
}

/// A number field for one of a program's inputs: the label, unit, scale and path from the
/// input's entry in the model's catalog, read and written on the program at `index`.
#[component]
fn ProgramInputField(
    input: &'static Input<Program>,
    stream: Stream,
    index: usize,
) -> impl IntoView {
    let get = move |s: &Scenario| {
        programs(s, stream)
            .get(index)
            .map_or(f64::NAN, |p| (input.get)(p))
    };
    let set = move |s: &mut Scenario, v: f64| {
        if let Some(p) = programs_mut(s, stream).get_mut(index) {
            (input.set)(p, v);
        }
    };
    view! {
        <NumberField
            label=input.label
            path=catalog::program_path(stream == Stream::Youth, index, input.path)
            unit=input.unit
            hint=input.hint
            scale=input.scale
            short=true
            get=get
            set=set
        />
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
                        {catalog::FLOW_SHARES[range]
                            .iter()
                            .map(|&input| {
                                let path = catalog::flow_path(stream == Stream::Youth, input.path);
                                let get = move |s: &Scenario| {
                                    (input.get)(match stream {
                                        Stream::Adult => &s.flow,
                                        Stream::Youth => &s.youth.flow,
                                    })
                                };
                                let set = move |s: &mut Scenario, v: f64| {
                                    (input.set)(
                                        match stream {
                                            Stream::Adult => &mut s.flow,
                                            Stream::Youth => &mut s.youth.flow,
                                        },
                                        v,
                                    )
                                };
                                view! {
                                    <NumberField
                                        label=input.label
                                        path=path
                                        unit=input.unit
                                        scale=input.scale
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
            <InputField
                input=&catalog::YOUTH_SHARE
                short=true
            />
            <Show when=move || enabled.get()>
                <InputField
                    input=&catalog::YOUTH_RATE
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
                        <InputField
                            input=&catalog::DAYS_FULL_TARGET
                            short=true
                        />
                        <InputField
                            input=&catalog::MAX_UTILIZATION
                            short=true
                        />
                    }
                        .into_any()
                }
                SizingRule::Occupancy => {
                    view! {
                        <InputField
                            input=&catalog::OCCUPANCY_TARGET
                            short=true
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
            <InputField
                input=&catalog::RECEIVING_STAY
                short=true
            />
            <InputField
                input=&catalog::RECEIVING_COST_LOW
            />
            <InputField
                input=&catalog::RECEIVING_COST_HIGH
            />
            <InputField
                input=&catalog::INPATIENT_STAY
                short=true
            />
            <InputField
                input=&catalog::INPATIENT_COST_LOW
            />
            <InputField
                input=&catalog::INPATIENT_COST_HIGH
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
            <InputField
                input=&catalog::MOBILE_BUSY_HOURS
                short=true
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
            <InputField
                input=&catalog::MOBILE_TARGET_SHARE
                short=true
            />
            <Show when=move || mode.get() == ResponseMode::WithinWait>
                <InputField
                    input=&catalog::MOBILE_MAX_WAIT
                    short=true
                />
            </Show>
            <InputField
                input=&catalog::MOBILE_STAFF
                short=true
            />
            <InputField
                input=&catalog::MOBILE_PRODUCTIVE_HOURS
                short=true
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
                        <InputField
                            input=&catalog::MOBILE_TEAM_HOUR_COST_LOW
                        />
                        <InputField
                            input=&catalog::MOBILE_TEAM_HOUR_COST_HIGH
                        />
                    }
                        .into_any()
                }
                MobileCostBasis::Dispatches => {
                    view! {
                        <InputField
                            input=&catalog::MOBILE_DISPATCH_COST_LOW
                        />
                        <InputField
                            input=&catalog::MOBILE_DISPATCH_COST_HIGH
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
                <InputField
                    input=&catalog::LINE_CONTACTS
                />
                <InputField
                    input=&catalog::LINE_MINUTES
                    short=true
                />
                <InputField
                    input=&catalog::LINE_ANSWER_SECONDS
                    short=true
                />
                <InputField
                    input=&catalog::LINE_TARGET_SHARE
                    short=true
                />
                <InputField
                    input=&catalog::LINE_SHRINKAGE
                    short=true
                />
                <InputField
                    input=&catalog::LINE_PRODUCTIVE_HOURS
                    short=true
                />
                <InputField
                    input=&catalog::LINE_COST_LOW
                />
                <InputField
                    input=&catalog::LINE_COST_HIGH
                />
            </Show>
        </fieldset>
    }
}
