//! The input panel, grouped the way a planner thinks: the community, the residential program
//! mix, then (behind "More assumptions") the flow between services, the youth stream, the sizing
//! rule, facilities, mobile teams, the crisis line and costs.

use crate::fields::{field_id, NumberField, SelectField, SourceTip, TextField};
use crate::input_text::Scale;
use crate::state::use_planner;
use crisis_model::{
    preset, CostBasis, MobileCostBasis, PresetId, Program, ProgramKind, ResponseMode, Scenario,
    SizingRule,
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

/// Load a preset, keeping the community (place, population, youth share) the person entered.
pub fn load_preset(s: &mut Scenario, id: PresetId) {
    let mut next = preset(id);
    next.place_name = std::mem::take(&mut s.place_name);
    next.population = s.population;
    next.youth_share = s.youth_share;
    *s = next;
}

#[component]
pub fn InputsPanel() -> impl IntoView {
    let planner = use_planner();
    let problem_count = Memo::new(move |_| planner.problems.with(|p| p.len()));
    view! {
        <section class="inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title">"Your scenario"</h2>
            <PresetPicker/>
            <TextField
                label="Place name"
                path="place_name"
                placeholder="for example: Pima County"
                get=|s| s.place_name.clone()
                set=|s, v| s.place_name = v
            />
            {move || {
                (problem_count.get() > 0)
                    .then(|| {
                        view! {
                            <div class="field-error" role="status">
                                <strong>
                                    {move || match problem_count.get() {
                                        1 => "One input needs fixing: ".to_string(),
                                        n => format!("{n} inputs need fixing: "),
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
                                                let who = if p.field.starts_with("youth.") { "Youth: " } else { "" };
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
                <legend>"The community"</legend>
                <NumberField
                    label="Population"
                    path="population"
                    unit="residents"
                    get=|s| s.population
                    set=|s, v| s.population = v
                />
                <NumberField
                    label="Adult crisis episodes"
                    path="adult.rate_per_100k"
                    unit="per 100,000 residents a month"
                    hint="Crisis episodes needing an in-person response, counted over all residents."
                    get=|s| s.adult.rate_per_100k
                    set=|s, v| s.adult.rate_per_100k = v
                    slider=(50.0, 400.0, 5.0)
                />
            </fieldset>
            <ProgramMix stream=Stream::Adult title="Residential program mix"/>
            <details class="more">
                <summary>"More assumptions"</summary>
                <FlowInputs stream=Stream::Adult title="Where adult episodes go"/>
                <YouthInputs/>
                <SizingInputs/>
                <FacilityInputs/>
                <MobileInputs/>
                <CrisisLineInputs/>
            </details>
        </section>
    }
}

#[component]
fn PresetPicker() -> impl IntoView {
    let planner = use_planner();
    let id = "preset-picker";
    view! {
        <div class="field">
            <div class="field-label">
                <label for=id>"Start from"</label>
            </div>
            <select
                id=id
                data-path="preset"
                disabled=!crate::embed::use_embed().may_edit("preset")
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
                                {p.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="hint">
                {move || planner.scenario.with(|s| s.preset_id().description())}
                " Picking a preset keeps your place and population."
            </p>
        </div>
    }
}

/// The residential program mix of one stream: one card per program.
#[component]
fn ProgramMix(stream: Stream, title: &'static str) -> impl IntoView {
    let planner = use_planner();
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
            <legend>{title}</legend>
            <p class="hint">
                "How residential crisis admissions are split across program types. Shares must add up to 100%."
            </p>
            <For each=move || 0..count.get() key=|i| *i let:i>
                <ProgramCard stream=stream index=i/>
            </For>
            <p class="mix-sum" aria-live="polite">
                {move || {
                    if count.get() == 0 {
                        "No residential programs: residential admissions have nowhere to go.".to_string()
                    } else {
                        format!("Shares add up to {}", crisis_model::format::percent(sum.get()))
                    }
                }}
            </p>
            {move || sum_error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <div class="field-row no-print" class:hidden=!crate::embed::use_embed().may_edit(&sum_path)>
                <label class="visually-hidden" for=add_id.clone()>"Type of program to add"</label>
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
                                    {k.label()}
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
                    "Add program"
                </button>
            </div>
        </fieldset>
    }
}

/// One program of the mix: name, type, share, stay, costs, facility size.
#[component]
fn ProgramCard(stream: Stream, index: usize) -> impl IntoView {
    let planner = use_planner();
    let base = format!("{}programs[{index}]", stream.prefix());
    let get_p = move |s: &Scenario| programs(s, stream).get(index).cloned();
    let kind = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| get_p(s).map(|p| p.kind).unwrap_or(ProgramKind::Other))
    });
    let name = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| get_p(s).map(|p| p.name).unwrap_or_default())
    });
    let kind_id = field_id(&format!("{base}.kind"));
    let kind_source = crate::fields::source_signal(format!("{base}.kind"));
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
    let embed = crate::embed::use_embed();
    let locked = !embed.may_edit(&format!("{base}.name"));
    let kind_locked = !embed.may_edit(&format!("{base}.kind"));
    view! {
        <div class="mix-program" role="group" aria-label=move || format!("Program {}: {}", index + 1, name.get())>
            <div class="field">
                <div class="field-label">
                    <label for=name_id.clone()>{format!("Program {} name", index + 1)}</label>
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
                        aria-label=move || format!("Remove program {}: {}", index + 1, name.get())
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
                        "Remove"
                    </button>
                </div>
            </div>
            <div class="field">
                <div class="field-label">
                    <label for=kind_id.clone()>"Type"</label>
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
                                        let keep_name = p.name != p.kind.label();
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
                                    {k.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="mix-grid">
                <NumberField
                    label="Share"
                    path=format!("{base}.share")
                    unit="%"
                    scale=Scale::Percent
                    short=true
                    get=share_get
                    set=share_set
                />
                <NumberField
                    label="Average stay"
                    path=format!("{base}.stay_days")
                    unit="days"
                    short=true
                    get=stay_get
                    set=stay_set
                />
            </div>
            <details class="program-more">
                <summary>"Cost and facility size"</summary>
                <div class="mix-grid">
                    <NumberField
                        label="Cost a day, low"
                        path=format!("{base}.cost_per_day_low")
                        unit="$"
                        short=true
                        get=low_get
                        set=low_set
                    />
                    <NumberField
                        label="Cost a day, high"
                        path=format!("{base}.cost_per_day_high")
                        unit="$"
                        short=true
                        get=high_get
                        set=high_set
                    />
                    <NumberField
                        label="Most beds a facility"
                        path=format!("{base}.max_beds_per_facility")
                        unit="beds"
                        short=true
                        get=max_get
                        set=max_set
                    />
                </div>
            </details>
        </div>
    }
}

/// The shares a stream's services pass onward.
#[component]
fn FlowInputs(stream: Stream, title: &'static str) -> impl IntoView {
    let prefix = match stream {
        Stream::Adult => "flow.",
        Stream::Youth => "youth.flow.",
    };
    let rows: [(&'static str, &'static str, &'static str); 13] = [
        (
            "entry_to_mobile",
            "Episodes to a mobile crisis team",
            "of all episodes",
        ),
        (
            "entry_to_receiving",
            "Episodes to a crisis receiving facility",
            "of all episodes",
        ),
        (
            "entry_to_ed",
            "Episodes to an emergency department",
            "of all episodes",
        ),
        (
            "entry_to_residential",
            "Episodes straight to residential crisis care",
            "of all episodes",
        ),
        (
            "entry_to_inpatient",
            "Episodes straight to inpatient care",
            "of all episodes",
        ),
        (
            "mobile_to_receiving",
            "Mobile team to receiving facility",
            "of dispatches",
        ),
        (
            "mobile_to_residential",
            "Mobile team to residential",
            "of dispatches",
        ),
        (
            "mobile_to_inpatient",
            "Mobile team to inpatient",
            "of dispatches",
        ),
        (
            "receiving_to_residential",
            "Receiving facility to residential",
            "of admissions",
        ),
        (
            "receiving_to_inpatient",
            "Receiving facility to inpatient",
            "of admissions",
        ),
        (
            "ed_to_residential",
            "Emergency department to residential",
            "of visits",
        ),
        (
            "ed_to_inpatient",
            "Emergency department to inpatient",
            "of visits",
        ),
        (
            "residential_to_inpatient",
            "Residential to inpatient (step-up)",
            "of admissions",
        ),
    ];
    let groups: [(&'static str, &'static str, std::ops::Range<usize>); 5] = [
        (
            "entry",
            "Where episodes enter (the rest are resolved by phone)",
            0..5,
        ),
        (
            "mobile",
            "After a mobile team (the rest are resolved on scene)",
            5..8,
        ),
        (
            "receiving",
            "After the receiving facility (the rest go home)",
            8..10,
        ),
        (
            "ed",
            "After the emergency department (the rest go home)",
            10..12,
        ),
        (
            "residential",
            "After residential care (the rest go home)",
            12..13,
        ),
    ];
    let planner = use_planner();
    view! {
        <fieldset>
            <legend>{title}</legend>
            {groups
                .into_iter()
                .map(|(service, heading, range)| {
                    let group_path = format!("{prefix}{service}");
                    let group_id = field_id(&group_path);
                    let group_error = Memo::new(move |_| planner.problem_for(&group_path));
                    view! {
                        <h3 class="hint" id=group_id>{heading}</h3>
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
            <legend>"Children and youth"</legend>
            <div class="field">
                <label class="field-row">
                    <input
                        type="checkbox"
                        data-path="youth.enabled"
                        disabled=!crate::embed::use_embed().may_edit("youth.enabled")
                        prop:checked=move || enabled.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            planner.scenario.update(|s| s.youth.enabled = on);
                        }
                    />
                    "Plan a separate youth stream (youth and adults are not housed together)"
                </label>
            </div>
            <NumberField
                label="Residents under 18"
                path="youth_share"
                unit="% of residents"
                scale=Scale::Percent
                short=true
                get=|s| s.youth_share
                set=|s, v| s.youth_share = v
            />
            <Show when=move || enabled.get()>
                <NumberField
                    label="Youth crisis episodes"
                    path="youth.rate_per_100k"
                    unit="per 100,000 youth a month"
                    get=|s| s.youth.rate_per_100k
                    set=|s, v| s.youth.rate_per_100k = v
                />
                <ProgramMix stream=Stream::Youth title="Youth residential program mix"/>
                <FlowInputs stream=Stream::Youth title="Where youth episodes go"/>
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
            <legend>"How beds and chairs are counted"</legend>
            <SelectField
                label="Sizing rule"
                path="sizing.rule"
                options=vec![
                    (SizingRule::DaysFull.id(), SizingRule::DaysFull.label().to_string()),
                    (SizingRule::Occupancy.id(), SizingRule::Occupancy.label().to_string()),
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
                            label="Full on at most"
                            path="sizing.target"
                            unit="% of days"
                            scale=Scale::Percent
                            short=true
                            hint="Seed 003: programs full no more than 5% of days."
                            get=|s| s.sizing.target
                            set=|s, v| s.sizing.target = v
                        />
                        <NumberField
                            label="Utilization at most"
                            path="sizing.max_utilization"
                            unit="%"
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
                            label="Target occupancy"
                            path="sizing.target"
                            unit="%"
                            scale=Scale::Percent
                            short=true
                            hint="A convention; small units sized this way are often full (Green 2002)."
                            get=|s| s.sizing.target
                            set=|s, v| s.sizing.target = v
                        />
                    }
                        .into_any()
                }
            }}
            <SelectField
                label="Count facility costs by"
                path="cost_basis"
                options=vec![
                    (CostBasis::OccupiedBedDays.id(), CostBasis::OccupiedBedDays.label().to_string()),
                    (CostBasis::StaffedBeds.id(), CostBasis::StaffedBeds.label().to_string()),
                ]
                get=|s| s.cost_basis.id().to_string()
                set=|s, v| {
                    if let Some(b) = CostBasis::from_id(v) {
                        s.cost_basis = b;
                    }
                }
                hint="Occupied bed-days is what a payer pays for care given; staffed beds is what a program funded for its capacity costs."
            />
        </fieldset>
    }
}

#[component]
fn FacilityInputs() -> impl IntoView {
    view! {
        <fieldset>
            <legend>"Receiving facility and hospital"</legend>
            <NumberField
                label="Receiving facility: average stay"
                path="receiving.stay_days"
                unit="days"
                short=true
                hint="23-hour observation chairs: a stay under one day."
                get=|s| s.receiving.stay_days
                set=|s, v| s.receiving.stay_days = v
            />
            <NumberField
                label="Receiving facility: cost a chair-day, low"
                path="receiving.cost_per_day_low"
                unit="$"
                get=|s| s.receiving.cost_per_day_low
                set=|s, v| s.receiving.cost_per_day_low = v
            />
            <NumberField
                label="Receiving facility: cost a chair-day, high"
                path="receiving.cost_per_day_high"
                unit="$"
                get=|s| s.receiving.cost_per_day_high
                set=|s, v| s.receiving.cost_per_day_high = v
            />
            <NumberField
                label="Psychiatric hospital: average stay"
                path="inpatient.stay_days"
                unit="days"
                short=true
                get=|s| s.inpatient.stay_days
                set=|s, v| s.inpatient.stay_days = v
            />
            <NumberField
                label="Psychiatric hospital: cost a day, low"
                path="inpatient.cost_per_day_low"
                unit="$"
                get=|s| s.inpatient.cost_per_day_low
                set=|s, v| s.inpatient.cost_per_day_low = v
            />
            <NumberField
                label="Psychiatric hospital: cost a day, high"
                path="inpatient.cost_per_day_high"
                unit="$"
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
            <legend>"Mobile crisis teams"</legend>
            <NumberField
                label="Hours a dispatch keeps a team busy"
                path="mobile.busy_hours_per_dispatch"
                unit="hours"
                short=true
                hint="Travel, time on scene and hand-off: about 2 hours in a city, 3 in rural areas."
                get=|s| s.mobile.busy_hours_per_dispatch
                set=|s, v| s.mobile.busy_hours_per_dispatch = v
            />
            <SelectField
                label="Response target"
                path="mobile.mode"
                options=vec![
                    (ResponseMode::WithinWait.id(), "A free team within a wait".to_string()),
                    (ResponseMode::AtOnce.id(), "A free team at once".to_string()),
                ]
                get=|s| s.mobile.mode.id().to_string()
                set=|s, v| {
                    if let Some(m) = ResponseMode::from_id(v) {
                        s.mobile.mode = m;
                    }
                }
            />
            <NumberField
                label="Share of requests meeting the target"
                path="mobile.target_share"
                unit="%"
                scale=Scale::Percent
                short=true
                get=|s| s.mobile.target_share
                set=|s, v| s.mobile.target_share = v
            />
            <Show when=move || mode.get() == ResponseMode::WithinWait>
                <NumberField
                    label="Longest wait for a free team"
                    path="mobile.max_wait_minutes"
                    unit="minutes"
                    short=true
                    get=|s| s.mobile.max_wait_minutes
                    set=|s, v| s.mobile.max_wait_minutes = v
                />
            </Show>
            <NumberField
                label="Staff on a team"
                path="mobile.staff_per_team"
                unit="people"
                short=true
                get=|s| s.mobile.staff_per_team
                set=|s, v| s.mobile.staff_per_team = v
            />
            <NumberField
                label="Productive hours of a full-time employee"
                path="mobile.productive_hours_per_fte"
                unit="hours a year"
                short=true
                get=|s| s.mobile.productive_hours_per_fte
                set=|s, v| s.mobile.productive_hours_per_fte = v
            />
            <SelectField
                label="Cost mobile teams by"
                path="mobile.cost_basis"
                options=vec![
                    (MobileCostBasis::TeamHours.id(), "Staffed team-hours".to_string()),
                    (MobileCostBasis::Dispatches.id(), "Dispatches".to_string()),
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
                            label="Cost a team-hour, low"
                            path="mobile.cost_per_team_hour_low"
                            unit="$"
                            get=|s| s.mobile.cost_per_team_hour_low
                            set=|s, v| s.mobile.cost_per_team_hour_low = v
                        />
                        <NumberField
                            label="Cost a team-hour, high"
                            path="mobile.cost_per_team_hour_high"
                            unit="$"
                            get=|s| s.mobile.cost_per_team_hour_high
                            set=|s, v| s.mobile.cost_per_team_hour_high = v
                        />
                    }
                        .into_any()
                }
                MobileCostBasis::Dispatches => {
                    view! {
                        <NumberField
                            label="Cost a dispatch, low"
                            path="mobile.cost_per_dispatch_low"
                            unit="$"
                            get=|s| s.mobile.cost_per_dispatch_low
                            set=|s, v| s.mobile.cost_per_dispatch_low = v
                        />
                        <NumberField
                            label="Cost a dispatch, high"
                            path="mobile.cost_per_dispatch_high"
                            unit="$"
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
            <legend>"Crisis line (988)"</legend>
            <div class="field">
                <label class="field-row">
                    <input
                        type="checkbox"
                        data-path="crisis_line.enabled"
                        disabled=!crate::embed::use_embed().may_edit("crisis_line.enabled")
                        prop:checked=move || enabled.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            planner.scenario.update(|s| s.crisis_line.enabled = on);
                        }
                    />
                    "Include the crisis line in the plan"
                </label>
            </div>
            <Show when=move || enabled.get()>
                <NumberField
                    label="Contacts"
                    path="crisis_line.contacts_per_100k"
                    unit="per 100,000 residents a month"
                    get=|s| s.crisis_line.contacts_per_100k
                    set=|s, v| s.crisis_line.contacts_per_100k = v
                />
                <NumberField
                    label="Minutes a contact"
                    path="crisis_line.minutes_per_contact"
                    unit="minutes"
                    short=true
                    get=|s| s.crisis_line.minutes_per_contact
                    set=|s, v| s.crisis_line.minutes_per_contact = v
                />
                <NumberField
                    label="Answer within"
                    path="crisis_line.answer_seconds"
                    unit="seconds"
                    short=true
                    hint="Crisis Now self-assessment: 30, 25, 20 or 15 seconds at levels 2 to 5."
                    get=|s| s.crisis_line.answer_seconds
                    set=|s, v| s.crisis_line.answer_seconds = v
                />
                <NumberField
                    label="Share answered in time"
                    path="crisis_line.target_share"
                    unit="%"
                    scale=Scale::Percent
                    short=true
                    get=|s| s.crisis_line.target_share
                    set=|s, v| s.crisis_line.target_share = v
                />
                <NumberField
                    label="Shrinkage (breaks, training, meetings)"
                    path="crisis_line.shrinkage"
                    unit="% of paid time"
                    scale=Scale::Percent
                    short=true
                    get=|s| s.crisis_line.shrinkage
                    set=|s, v| s.crisis_line.shrinkage = v
                />
                <NumberField
                    label="Productive hours of a full-time counselor"
                    path="crisis_line.productive_hours_per_fte"
                    unit="hours a year"
                    short=true
                    get=|s| s.crisis_line.productive_hours_per_fte
                    set=|s, v| s.crisis_line.productive_hours_per_fte = v
                />
                <NumberField
                    label="Cost of a counselor a year, low"
                    path="crisis_line.cost_per_fte_low"
                    unit="$"
                    get=|s| s.crisis_line.cost_per_fte_low
                    set=|s, v| s.crisis_line.cost_per_fte_low = v
                />
                <NumberField
                    label="Cost of a counselor a year, high"
                    path="crisis_line.cost_per_fte_high"
                    unit="$"
                    get=|s| s.crisis_line.cost_per_fte_high
                    set=|s, v| s.crisis_line.cost_per_fte_high = v
                />
            </Show>
        </fieldset>
    }
}
