//! "Several areas": the areas of a region or a state, each sized by the scenario's program mix
//! (`crisis_model::areas`). The areas table is entered row by row, pasted from a spreadsheet or
//! opened from a CSV file, and kept in the scenario (`Scenario::areas`, its CSV text), so the
//! link, the file and the saved scenarios carry it. The results are computed after typing
//! pauses, one area at a time in slices (`shell::slices`): a sortable table, the need per
//! 100,000 by area, the regions with their beds pooled, and the CSV and JSON the command line
//! writes. Every figure is the model's; this only shows them.

use crate::browser::{self, ChosenFile, Debounce};
use crate::shell::i18n::{tr, use_lang};
use crate::shell::slices::{run_sliced, Cancel};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::table::{data_table, Name};
use crisis_model::areas::{
    editor_csv, editor_rows, editor_rows_of, read_areas_in, summarize, AreaEvaluator, AreaResult,
    AreasResults, MAX_AREAS_BYTES,
};
use crisis_model::format::Format;
use crisis_model::{link, Lang, Scenario};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How long typing must pause before the areas are computed again, in milliseconds.
const PAUSE_MS: u64 = 300;
/// The most rows the editor shows as fields; a longer table is edited in a spreadsheet.
const MOST_EDITED: usize = 200;
/// The most areas the results table shows (the CSV and JSON hold them all).
const MOST_SHOWN: usize = 1_000;

/// The rows the table draws at first (a state's counties); "Show more rows" draws up to
/// [`MOST_SHOWN`]. Drawing a thousand rows held the page for about a tenth of a second.
const FIRST_SHOWN: usize = 250;
/// The most bars the chart draws (the highest need first; its CSV holds every area).
const MOST_BARS: usize = 60;

/// The editor's columns (the order of `crisis_model::areas::COLUMNS`), English and Spanish.
const COLUMN_LABELS: [(&str, &str); 7] = [
    ("Name", "Nombre"),
    ("Population", "Población"),
    (
        "Episodes per 100,000 a month (blank: the scenario's)",
        "Episodios por cada 100,000 al mes (en blanco: los del escenario)",
    ),
    ("Rural (yes or no)", "Rural (sí o no)"),
    ("People per square mile", "Personas por milla cuadrada"),
    ("Region", "Región"),
    (
        "Residential crisis beds today",
        "Camas residenciales de crisis actuales",
    ),
];

/// The areas mode, shown at `?view=areas`.
#[component]
pub fn AreasPage() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let rows = RwSignal::new(planner.scenario.with_untracked(|s| editor_rows(&s.areas)));
    // the scenario's table changed elsewhere (opened from a file, undone): show it
    // (only when the table itself changed: another input's change, or this effect's first run,
    // must not undo typing that has not been written to the scenario yet)
    // the table this page last wrote into the scenario: the scenario then holds what the
    // fields hold, with no need to write the fields' table again to compare (100,000 rows)
    let written = StoredValue::new(String::new());
    Effect::new(move |last: Option<String>| {
        let text = planner.scenario.with(|s| s.areas.clone());
        if last.is_some_and(|last| last != text)
            && written.with_value(|w| *w != text)
            && rows.with_untracked(|r| table_text(r)) != text
        {
            rows.set(editor_rows(&text));
            written.set_value(text.clone());
        }
        text
    });
    let write = Debounce::new(PAUSE_MS);
    let commit = move || {
        let text = rows.with_untracked(|r| table_text(r));
        if planner.scenario.with_untracked(|s| s.areas != text) {
            written.set_value(text.clone());
            planner.step(|s| s.areas = text);
        }
    };
    let edited = move || write.call(commit);
    // what opening or pasting a table said (its row and column messages)
    let imported = RwSignal::new(Vec::<String>::new());
    let results = RwSignal::new(None::<Arc<AreasResults>>);
    let problems = RwSignal::new(Vec::<String>::new());
    let progress = RwSignal::new(None::<(usize, usize)>);
    let running: Rc<RefCell<Option<Cancel>>> = Rc::new(RefCell::new(None));
    let running = StoredValue::new_local(running);
    // how many runs have put their results on screen (`data-areas-run`, for `e2e/bench.mjs`)
    let shown_run = RwSignal::new(0u64);
    let pause = Debounce::new(PAUSE_MS);
    Effect::new(move |_| {
        let scenario = planner.scenario.get();
        let l = lang.get();
        if let Some(c) = running.with_value(|r| r.borrow_mut().take()) {
            c.cancel();
        }
        pause.call(move || {
            let cancel = Cancel::new();
            running.with_value(|r| *r.borrow_mut() = Some(cancel.clone()));
            browser::clear_timings(&TIMINGS);
            browser::mark("cc-areas-run-start");
            let shown = Callback::new(move |()| shown_run.update(|n| *n += 1));
            compute(scenario, l, cancel, results, problems, progress, shown);
        });
    });
    let sort = RwSignal::new((Sort::Given, false));
    view! {
        <div class="card areas-page" data-areas data-areas-run=move || shown_run.get()>
            <p class="no-print">
                <button type="button" class="secondary" on:click=move |_| crate::shell::areas_mode::show(false)>
                    {tr("Back to the planner", "Volver al planificador")}
                </button>
            </p>
            <h2 id="areas-title">{tr("Several areas", "Varias zonas")}</h2>
            <p>
                {tr(
                    "Plan for the counties of a region or a state at once. Every area gets this scenario's program mix and assumptions, with its own population and, if given, its own rate of episodes and rurality (a rural area's mobile dispatch keeps a team busy 1.5 times as long: an assumption). Areas that name the same region can share one pool of residential beds per program type.",
                    "Planifique a la vez para los condados de una región o de un estado. Cada zona recibe la combinación de programas y los supuestos de este escenario, con su propia población y, si se indican, su propia tasa de episodios y su ruralidad (un despacho móvil en una zona rural ocupa a un equipo 1.5 veces más tiempo: un supuesto). Las zonas que indican la misma región pueden compartir un conjunto compartido de camas por tipo de programa.",
                )}
            </p>
            <Editor rows=rows edited=Callback::new(move |()| edited())/>
            <Import rows=rows imported=imported written=written/>
            <LinkNote/>
            <Results results=results problems=problems progress=progress sort=sort/>
        </div>
    }
}

/// The scenario's text for the editor's rows: empty when there are none.
fn table_text(rows: &[[String; 7]]) -> String {
    if rows.is_empty() {
        String::new()
    } else {
        editor_csv(rows)
    }
}

/// The User Timing names a run records (see `e2e/bench.mjs`): a mark when a run starts (once
/// typing pauses), and a measure of each slice of the areas' evaluation.
const TIMINGS: [&str; 3] = [
    "cc-areas-run-start",
    "cc-areas-slice",
    "cc-areas-slice-start",
];

/// Read the scenario's table and evaluate its areas one by one in slices; then the regions and
/// the total (and `shown`). The last results stay while the table cannot be read.
fn compute(
    scenario: Scenario,
    lang: Lang,
    cancel: Cancel,
    results: RwSignal<Option<Arc<AreasResults>>>,
    problems: RwSignal<Vec<String>>,
    progress: RwSignal<Option<(usize, usize)>>,
    shown: Callback<()>,
) {
    if scenario.areas.trim().is_empty() {
        problems.set(Vec::new());
        results.set(None);
        return;
    }
    let read = match read_areas_in(&scenario.areas, lang) {
        Ok(read) => read,
        Err(message) => {
            problems.set(vec![message]);
            return;
        }
    };
    let mut said: Vec<String> = read.problems.iter().map(|p| p.message.clone()).collect();
    let areas = Rc::new(read.areas);
    let total = areas.len();
    let done = Rc::new(RefCell::new((Vec::with_capacity(total), Vec::new())));
    let next = Rc::new(std::cell::Cell::new(0usize));
    leptos::task::spawn_local(async move {
        // the base scenario copied and checked once, not for every area
        let mut each = AreaEvaluator::new(&scenario, lang);
        let (step_done, step_next, step_areas) = (done.clone(), next.clone(), areas.clone());
        let finished = run_sliced(
            move || {
                let i = step_next.get();
                if i >= step_areas.len() {
                    return true;
                }
                match each.evaluate(&step_areas[i]) {
                    Ok(r) => step_done.borrow_mut().0.push(r),
                    Err(p) => step_done.borrow_mut().1.push(p),
                }
                step_next.set(i + 1);
                i + 1 >= step_areas.len()
            },
            &cancel,
            || progress.set(Some((next.get(), total))),
            "cc-areas-slice",
        )
        .await;
        if !finished {
            return;
        }
        let (evaluated, refused) = done.take();
        for r in &refused {
            for p in &r.problems {
                said.push(match lang {
                    Lang::En => format!("Row {} ({}): {}", r.row, r.name, p.message),
                    Lang::Es => format!("Fila {} ({}): {}", r.row, r.name, p.message),
                });
            }
        }
        progress.set(None);
        problems.set(said);
        results.set(Some(Arc::new(summarize(&scenario, evaluated, refused))));
        shown.run(());
    });
}

/// The areas table as fields: a row for each area, added and removed here.
#[component]
fn Editor(rows: RwSignal<Vec<[String; 7]>>, edited: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    // the number of rows, not their cells: typing in a field must not rebuild the fields
    let count = Memo::new(move |_| rows.with(Vec::len));
    let too_many = Memo::new(move |_| count.get() > MOST_EDITED);
    let add = move |_| {
        rows.update(|r| r.push(Default::default()));
        edited.run(());
    };
    view! {
        <section class="areas-editor" aria-labelledby="areas-editor-title">
            <h3 id="areas-editor-title">{tr("The areas", "Las zonas")}</h3>
            {move || {
                if too_many.get() {
                    let n = count.get();
                    let f = Format::new(lang.get());
                    let text = match lang.get() {
                        Lang::En => format!("The table has {} areas: too many to edit here. Edit it in a spreadsheet, then paste it or open it again below.", f.count(n as u64)),
                        Lang::Es => format!("La tabla tiene {} zonas: demasiadas para editarlas aquí. Edítela en una hoja de cálculo y luego péguela o vuelva a abrirla abajo.", f.count(n as u64)),
                    };
                    view! { <p class="hint">{text}</p> }.into_any()
                } else {
                    let table = view! {
                        <table class="data areas-input">
                            <thead>
                                <tr>
                                    <th scope="col">{tr("Row", "Fila")}</th>
                                    {COLUMN_LABELS
                                        .iter()
                                        .map(|(en, es)| view! { <th scope="col">{tr(en, es)}</th> })
                                        .collect_view()}
                                    <th scope="col"><span class="visually-hidden">{tr("Remove", "Quitar")}</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    (0..count.get())
                                        .map(|i| view! { <EditorRow rows=rows index=i edited=edited/> })
                                        .collect_view()
                                }}
                            </tbody>
                        </table>
                    };
                    data_table(Name::Label(lang.get().pick("The areas", "Las zonas").into()), table)
                        .into_any()
                }
            }}
            <p>
                <button type="button" class="secondary" data-add-area on:click=add>
                    {tr("Add an area", "Agregar una zona")}
                </button>
            </p>
        </section>
    }
}

#[component]
fn EditorRow(
    rows: RwSignal<Vec<[String; 7]>>,
    index: usize,
    edited: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let cells = (0..7)
        .map(|c| {
            let value =
                rows.with_untracked(|r| r.get(index).map(|row| row[c].clone()).unwrap_or_default());
            let label = move || {
                let (en, es) = COLUMN_LABELS[c];
                format!(
                    "{}, {} {}",
                    lang.get().pick(en, es),
                    lang.get().pick("row", "fila"),
                    index + 2
                )
            };
            view! {
                <td>
                    <input
                        type="text"
                        class="area-cell"
                        data-col=c
                        aria-label=label
                        prop:value=value
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            rows.update(|r| {
                                if let Some(row) = r.get_mut(index) {
                                    row[c] = v;
                                }
                            });
                            edited.run(());
                        }
                    />
                </td>
            }
        })
        .collect_view();
    let remove = move |_| {
        rows.update(|r| {
            if index < r.len() {
                r.remove(index);
            }
        });
        edited.run(());
    };
    view! {
        <tr data-area-row=index>
            <th scope="row">{index + 2}</th>
            {cells}
            <td>
                <button type="button" class="link" on:click=remove>
                    {move || format!("{} {}", lang.get().pick("Remove row", "Quitar la fila"), index + 2)}
                </button>
            </td>
        </tr>
    }
}

/// Paste a table from a spreadsheet, or open a CSV file: the good rows replace the table, and
/// each row left out is named with its row and column.
#[component]
fn Import(
    rows: RwSignal<Vec<[String; 7]>>,
    imported: RwSignal<Vec<String>>,
    written: StoredValue<String>,
) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let pasted = RwSignal::new(String::new());
    let take = move |text: &str, from: String| {
        let l = lang.get_untracked();
        match read_areas_in(text, l) {
            Err(message) => imported.set(vec![match l {
                Lang::En => format!("{from}: {message} The table was not changed."),
                Lang::Es => format!("{from}: {message} No se cambió la tabla."),
            }]),
            Ok(read) => {
                let f = Format::new(l);
                let mut said = vec![match l {
                    Lang::En => format!(
                        "{from}: areas read: {}; rows left out: {}.",
                        f.count(read.areas.len() as u64),
                        f.count(read.problems.len() as u64)
                    ),
                    Lang::Es => format!(
                        "{from}: zonas leídas: {}; filas omitidas: {}.",
                        f.count(read.areas.len() as u64),
                        f.count(read.problems.len() as u64)
                    ),
                }];
                said.extend(read.problems.into_iter().map(|p| p.message));
                imported.set(said);
                rows.set(editor_rows_of(&read.areas));
                let text = rows.with_untracked(|r| table_text(r));
                written.set_value(text.clone());
                planner.step(|s| s.areas = text);
            }
        }
    };
    let open = move |ev: leptos::ev::Event| {
        let l = lang.get_untracked();
        browser::read_chosen_file(&ev, MAX_AREAS_BYTES, move |file| {
            match file {
            ChosenFile::Text { name, text } => take(&text, name),
            ChosenFile::TooLarge { name } => imported.set(vec![match l {
                Lang::En => format!("{name} is larger than 16 MB, the largest table of areas accepted. The table was not changed."),
                Lang::Es => format!("{name} tiene más de 16 MB, el máximo aceptado para una tabla de zonas. No se cambió la tabla."),
            }]),
            ChosenFile::Unreadable { name } => imported.set(vec![match l {
                Lang::En => format!("{name} could not be read as text. The table was not changed."),
                Lang::Es => format!("No se pudo leer {name} como texto. No se cambió la tabla."),
            }]),
        }
        });
    };
    view! {
        <section class="areas-import no-print" aria-labelledby="areas-import-title">
            <h3 id="areas-import-title">{tr("Paste or open a table", "Pegar o abrir una tabla")}</h3>
            <p class="hint">
                {tr(
                    "A header row, then one row for each area; separated by tabs (copied from a spreadsheet) or commas (CSV). Columns: name and population, and optionally rate, rural, per_sq_mile, region and beds_today. The pasted or opened table replaces the one above.",
                    "Una fila de encabezado y luego una fila por zona; separadas por tabulaciones (copiadas de una hoja de cálculo) o por comas (CSV). Columnas: name y population y, si se desea, rate, rural, per_sq_mile, region y beds_today. La tabla pegada o abierta reemplaza a la de arriba.",
                )}
            </p>
            <label for="areas-paste">{tr("Paste the table here", "Pegue la tabla aquí")}</label>
            <textarea
                id="areas-paste"
                rows="5"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <p>
                <button
                    type="button"
                    data-use-pasted
                    on:click=move |_| {
                        let from = lang.get_untracked().pick("The pasted table", "La tabla pegada").to_string();
                        pasted.with_untracked(|t| take(t, from));
                    }
                >
                    {tr("Use the pasted table", "Usar la tabla pegada")}
                </button>
                " "
                <label class="file-button">
                    {tr("Open a CSV file", "Abrir un archivo CSV")}
                    <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" data-open-areas on:change=open/>
                </label>
            </p>
            <div role="status" class="areas-imported">
                {move || {
                    let said = imported.get();
                    (!said.is_empty())
                        .then(|| {
                            view! {
                                <ul class="areas-messages">
                                    {said.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                </ul>
                            }
                        })
                }}
            </div>
        </section>
    }
}

/// Whether the scenario with its areas fits a link; if not, the file to save instead.
#[component]
fn LinkNote() -> impl IntoView {
    let planner = use_planner();
    let fits = Memo::new(move |_| planner.scenario.with(link::fits));
    let save = move |_| {
        let text = planner.scenario.with_untracked(|s| s.to_json());
        let _ = browser::download("crisis-plan-areas.json", "application/json", &text);
    };
    view! {
        <p class="hint areas-link" data-link-fits=move || if fits.get() { "yes" } else { "no" }>
            {move || {
                if fits.get() {
                    tr(
                        "The page's address holds this table: copying the link shares it with the scenario.",
                        "La dirección de la página contiene esta tabla: al copiar el enlace se comparte con el escenario.",
                    )()
                } else {
                    tr(
                        "This table is too long for a link. Save the scenario as a file to share it; the file holds the whole table.",
                        "Esta tabla es demasiado larga para un enlace. Guarde el escenario como archivo para compartirlo; el archivo contiene toda la tabla.",
                    )()
                }
            }}
            " "
            <button type="button" class="link" on:click=save>
                {tr("Save the scenario as a file", "Guardar el escenario como archivo")}
            </button>
        </p>
    }
}

/// How the results table is sorted.
#[derive(Clone, Copy, PartialEq)]
enum Sort {
    Given,
    Name,
    Region,
    Population,
    Beds,
    BedsPer100k,
    Chairs,
    Inpatient,
    Teams,
    Cost,
    ChairsPer100k,
    InpatientPer100k,
    TeamsPer100k,
    EpisodesPer100k,
    CostPer100k,
}

/// The sort of each column of `AreasResults::table_in` (the last, the note, is not sorted).
const SORTS: [Sort; 9] = [
    Sort::Name,
    Sort::Region,
    Sort::Population,
    Sort::Beds,
    Sort::BedsPer100k,
    Sort::Chairs,
    Sort::Inpatient,
    Sort::Teams,
    Sort::Cost,
];

/// The sort of each column of `AreasResults::per_100k_table_in`.
const SORTS_PER_100K: [Sort; 9] = [
    Sort::Name,
    Sort::Region,
    Sort::Population,
    Sort::BedsPer100k,
    Sort::ChairsPer100k,
    Sort::InpatientPer100k,
    Sort::TeamsPer100k,
    Sort::EpisodesPer100k,
    Sort::CostPer100k,
];

fn key(a: &AreaResult, by: Sort) -> f64 {
    let p = &a.per_100k;
    match by {
        Sort::Given | Sort::Name | Sort::Region => a.row as f64,
        Sort::Population => a.population,
        Sort::Beds => a.totals.residential_beds.total as f64,
        Sort::BedsPer100k => p.residential_beds,
        Sort::Chairs => a.totals.receiving_chairs.total as f64,
        Sort::ChairsPer100k => p.receiving_chairs,
        Sort::Inpatient => a.totals.inpatient_beds.total as f64,
        Sort::InpatientPer100k => p.inpatient_beds,
        Sort::Teams => a.totals.mobile_teams as f64,
        Sort::TeamsPer100k => p.mobile_teams,
        Sort::EpisodesPer100k => p.episodes_per_year,
        Sort::Cost => a.totals.annual_cost.mid,
        Sort::CostPer100k => p.annual_cost,
    }
}

/// A column's sort in the other view of the table: the same figure counted or per 100,000
/// (`per`: the view switched to), the columns both views share unchanged, else the table's
/// order.
fn other_view(by: Sort, per: bool) -> Sort {
    match (by, per) {
        (Sort::Beds, true) => Sort::BedsPer100k,
        (Sort::Chairs, true) => Sort::ChairsPer100k,
        (Sort::Inpatient, true) => Sort::InpatientPer100k,
        (Sort::Teams, true) => Sort::TeamsPer100k,
        (Sort::Cost, true) => Sort::CostPer100k,
        (Sort::ChairsPer100k, false) => Sort::Chairs,
        (Sort::InpatientPer100k, false) => Sort::Inpatient,
        (Sort::TeamsPer100k, false) => Sort::Teams,
        (Sort::CostPer100k, false) => Sort::Cost,
        (Sort::EpisodesPer100k, false) => Sort::Given,
        (by, _) => by,
    }
}

/// The first `most` areas in the order asked for (the table draws no more), and whether there
/// are more: the order is found on positions, so only the rows drawn are copied (a state's
/// 100,000 areas are not).
fn sorted(r: &AreasResults, (by, down): (Sort, bool), most: usize) -> (AreasResults, bool) {
    let mut order: Vec<usize> = (0..r.areas.len()).collect();
    let areas = &r.areas;
    match by {
        Sort::Name => {
            let names: Vec<String> = areas.iter().map(|a| a.name.to_lowercase()).collect();
            order.sort_by(|&a, &b| names[a].cmp(&names[b]));
        }
        Sort::Region => order.sort_by(|&a, &b| areas[a].region.cmp(&areas[b].region)),
        _ => order.sort_by(|&a, &b| key(&areas[a], by).total_cmp(&key(&areas[b], by))),
    }
    if down {
        order.reverse();
    }
    let cut = order.len() > most;
    let shown = AreasResults {
        areas: order
            .into_iter()
            .take(most)
            .map(|i| areas[i].clone())
            .collect(),
        regions: Vec::new(),
        total: r.total.clone(),
        refused: Vec::new(),
    };
    (shown, cut)
}

#[component]
fn Results(
    results: RwSignal<Option<Arc<AreasResults>>>,
    problems: RwSignal<Vec<String>>,
    progress: RwSignal<Option<(usize, usize)>>,
    sort: RwSignal<(Sort, bool)>,
) -> impl IntoView {
    let lang = use_lang();
    let planner = use_planner();
    view! {
        <section class="areas-results" aria-labelledby="areas-results-title">
            <h3 id="areas-results-title">{tr("The areas' results", "Los resultados de las zonas")}</h3>
            <p role="status" class="hint">
                {move || {
                    progress
                        .get()
                        .map(|(done, all)| {
                            let f = Format::new(lang.get());
                            match lang.get() {
                                Lang::En => format!("Computing: {} of {} areas…", f.count(done as u64), f.count(all as u64)),
                                Lang::Es => format!("Calculando: {} de {} zonas…", f.count(done as u64), f.count(all as u64)),
                            }
                        })
                }}
            </p>
            {move || {
                let said = problems.get();
                (!said.is_empty())
                    .then(|| {
                        view! {
                            <div class="status stale areas-problems" role="alert">
                                <p>
                                    {tr(
                                        "Some rows are left out of the results until they are fixed:",
                                        "Algunas filas quedan fuera de los resultados hasta que se corrijan:",
                                    )}
                                </p>
                                <ul>{said.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                            </div>
                        }
                    })
            }}
            {move || {
                let l = lang.get();
                match results.get() {
                    None => {
                        view! {
                            <p class="hint">
                                {tr(
                                    "Enter, paste or open a table of areas: the results appear here.",
                                    "Ingrese, pegue o abra una tabla de zonas: los resultados aparecen aquí.",
                                )}
                            </p>
                        }
                            .into_any()
                    }
                    Some(r) => {
                        let base = planner.scenario.get_untracked();
                        view! {
                            <Summary r=r.clone() lang=l/>
                            <AreasTable r=r.clone() lang=l sort=sort base=base/>
                            <NeedChart r=r.clone() lang=l/>
                            <Regions r=r.clone() lang=l/>
                            <Downloads r=r lang=l/>
                        }
                            .into_any()
                    }
                }
            }}
        </section>
    }
}

/// The whole: residents, beds separately and with the regions' pools, the cost.
#[component]
fn Summary(r: Arc<AreasResults>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let t = &r.total;
    let text = match lang {
        Lang::En => format!(
            "All {} areas: {} residents, {} residential crisis beds if each area runs its own programs, {} if the areas of each region share them; {} receiving chairs, {} mobile teams; {} a year.",
            f.count(t.areas as u64),
            f.thousands(t.population),
            f.count(t.totals.residential_beds.total),
            f.count(t.pooled_by_region),
            f.count(t.totals.receiving_chairs.total),
            f.count(t.totals.mobile_teams),
            f.currency_compact(t.totals.annual_cost.mid),
        ),
        Lang::Es => format!(
            "Las {} zonas: {} residentes, {} camas residenciales de crisis si cada zona tiene sus propios programas, {} si las zonas de cada región los comparten; {} sillones del centro de recepción, {} equipos móviles; {} al año.",
            f.count(t.areas as u64),
            f.thousands(t.population),
            f.count(t.totals.residential_beds.total),
            f.count(t.pooled_by_region),
            f.count(t.totals.receiving_chairs.total),
            f.count(t.totals.mobile_teams),
            f.currency_compact(t.totals.annual_cost.mid),
        ),
    };
    view! { <p class="areas-total" data-areas-total>{text}</p> }
}

/// Every area's figures, sortable by any column; each area's name opens the single-area planner
/// on that area.
#[component]
fn AreasTable(
    r: Arc<AreasResults>,
    lang: Lang,
    sort: RwSignal<(Sort, bool)>,
    base: Scenario,
) -> impl IntoView {
    // an area's link is its whole scenario, encoded: written when a link is about to be used
    // (pointed at, pressed, touched or focused), not for every row drawn
    let mut base = base;
    base.areas = String::new(); // the table itself is not part of an area's scenario
    let data = StoredValue::new((r, base));
    let fill = move |ev: &web_sys::Event| {
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[data-area-link]").ok().flatten())
        else {
            return;
        };
        if link.has_attribute("data-link-written") {
            return;
        }
        let Some(row) = link
            .get_attribute("data-row")
            .and_then(|r| r.parse::<usize>().ok())
        else {
            return;
        };
        data.with_value(|(r, base)| {
            if let Some(a) = r.areas.iter().find(|a| a.row == row) {
                let _ = link.set_attribute("href", &area_link(base, a, lang));
                let _ = link.set_attribute("data-link-written", "");
            }
        });
    };
    // counts, or every figure per 100,000 residents
    let per_100k = RwSignal::new(false);
    // the first rows only, or up to MOST_SHOWN
    let more = RwSignal::new(false);
    let total = data.with_value(|(r, _)| r.areas.len());
    let shown = move || {
        let most = if more.get() { MOST_SHOWN } else { FIRST_SHOWN };
        let (s, cut) = data.with_value(|(r, _)| sorted(r, sort.get(), most));
        let per = per_100k.get();
        let ((header, rows), sorts) = if per {
            (s.per_100k_table_in(lang), &SORTS_PER_100K)
        } else {
            (s.table_in(lang), &SORTS)
        };
        let heads = header
            .into_iter()
            .enumerate()
            .map(|(i, h)| {
                let Some(by) = sorts.get(i).copied() else {
                    return view! { <th scope="col">{h}</th> }.into_any();
                };
                let state = move || match sort.get() {
                    (s, false) if s == by => "ascending",
                    (s, true) if s == by => "descending",
                    _ => "none",
                };
                view! {
                    <th scope="col" aria-sort=state>
                        <button
                            type="button"
                            class="link sort"
                            on:click=move |_| sort.update(|(s, down)| {
                                if *s == by {
                                    *down = !*down;
                                } else {
                                    *s = by;
                                    *down = !matches!(by, Sort::Name | Sort::Region);
                                }
                            })
                        >
                            {h}
                        </button>
                    </th>
                }
                .into_any()
            })
            .collect_view();
        let body = s
            .areas
            .iter()
            .zip(rows)
            .map(|(a, cells)| {
                let mut cells = cells.into_iter();
                let name = cells.next().unwrap_or_default();
                // until the link is written (see `fill`) it leads back to this mode
                view! {
                    <tr data-area=a.name.clone() class:low-use=a.low_use>
                        <th scope="row"><a href="?view=areas" data-area-link data-row=a.row>{name}</a></th>
                        {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view();
        let table = view! {
            <table
                class="data areas-table"
                on:pointerover=move |ev| fill(ev.as_ref())
                on:pointerdown=move |ev| fill(ev.as_ref())
                on:touchstart=move |ev| fill(ev.as_ref())
                on:focusin=move |ev| fill(ev.as_ref())
            >
                <thead><tr>{heads}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        };
        view! {
            {data_table(Name::Heading("areas-table-title"), table)}
            {cut.then(|| {
                let f = Format::new(lang);
                let (n, all) = (f.count(most as u64), f.count(total as u64));
                let text = match lang {
                    Lang::En => format!("The table shows the first {n} of the {all} areas in this order; the CSV and JSON below hold them all."),
                    Lang::Es => format!("La tabla muestra las primeras {n} de las {all} zonas en este orden; el CSV y el JSON de abajo las contienen todas."),
                };
                view! {
                    <p class="hint" data-rows-cut>
                        {text}
                        {(most < MOST_SHOWN).then(|| {
                            let label = match (lang, total <= MOST_SHOWN) {
                                (Lang::En, true) => format!("Show all {all}"),
                                (Lang::Es, true) => format!("Mostrar las {all}"),
                                (Lang::En, false) => format!("Show the first {}", f.count(MOST_SHOWN as u64)),
                                (Lang::Es, false) => format!("Mostrar las primeras {}", f.count(MOST_SHOWN as u64)),
                            };
                            view! {
                                " "
                                <button type="button" class="secondary no-print" data-more-rows on:click=move |_| more.set(true)>
                                    {label}
                                </button>
                            }
                        })}
                    </p>
                }
            })}
        }
    };
    let switch = move |per: bool, label: &'static str| {
        view! {
            <button
                type="button"
                class="secondary"
                data-figures=if per { "per-100k" } else { "counts" }
                aria-pressed=move || (per_100k.get() == per).to_string()
                on:click=move |_| {
                    per_100k.set(per);
                    // the same figure in the other view, or the table's order
                    sort.update(|(by, _)| *by = other_view(*by, per));
                }
            >
                {label}
            </button>
        }
    };
    view! {
        <h4 id="areas-table-title">{lang.pick("Every area", "Cada zona")}</h4>
        <div class="view-switch no-print" role="group" aria-label=lang.pick("Figures shown", "Cifras que se muestran")>
            {switch(false, lang.pick("Counts", "Cantidades"))}
            {switch(true, lang.pick("Per 100,000 residents", "Por cada 100,000 residentes"))}
        </div>
        <p class="hint">
            {lang.pick(
                "Sort by any column; an area's name opens the single-area planner on that area. Low use: its programs would be used less than half the time (seed 003's advice: share the region's programs).",
                "Ordene por cualquier columna; el nombre de una zona abre el planificador de una sola zona con esa zona. Uso bajo: sus programas se usarían menos de la mitad del tiempo (el consejo del documento fuente 003: compartir los programas de la región).",
            )}
        </p>
        {shown}
    }
}

/// The link that opens the single-area planner on an area: the scenario the model evaluates
/// for it (`area_scenario`), encoded by the model's link encoder.
fn area_link(base: &Scenario, a: &AreaResult, lang: Lang) -> String {
    let area = crisis_model::areas::Area {
        name: a.name.clone(),
        population: a.population,
        rate_per_100k: Some(a.rate_per_100k),
        rural: Some(a.rural),
        per_sq_mile: None,
        region: a.region.clone(),
        beds_today: None,
        row: a.row,
    };
    let s = crisis_model::areas::area_scenario(base, &area);
    format!(
        "?{}={}&{}={}",
        crate::shell::persist::LINK_PARAM,
        link::encode(&s),
        crate::shell::i18n::LANG_PARAM,
        lang.id()
    )
}

/// Residential crisis beds per 100,000 residents by area, highest first.
#[component]
fn NeedChart(r: Arc<AreasResults>, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let mut bars: Vec<&AreaResult> = r.areas.iter().collect();
    bars.sort_by(|a, b| {
        b.per_100k
            .residential_beds
            .total_cmp(&a.per_100k.residential_beds)
    });
    let all = bars.len();
    bars.truncate(MOST_BARS);
    let top = bars.first().map_or(0.0, |a| a.per_100k.residential_beds);
    let w =
        crate::widgets::charts::geometry::fit_width(crate::widgets::charts::room(), 900.0, 300.0);
    let (label_w, row_h, value_w) = ((w * 0.3).min(220.0), 24.0, 56.0);
    let h = bars.len() as f64 * row_h + 8.0;
    let span = (w - label_w - value_w).max(10.0);
    let title = lang.pick(
        "Residential crisis beds per 100,000 residents, by area",
        "Camas residenciales de crisis por cada 100,000 residentes, por zona",
    );
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let y = 4.0 + i as f64 * row_h;
            let v = a.per_100k.residential_beds;
            let len = if top > 0.0 { v / top * span } else { 0.0 };
            let value = f.one_decimal(v);
            view! {
                <g class="need-bar" data-area=a.name.clone()>
                    <title>{format!("{}: {value}", a.name)}</title>
                    <text x=label_w - 6.0 y=y + 16.0 text-anchor="end" font-size="13">{a.name.clone()}</text>
                    <rect class="bar" x=label_w y=y + 3.0 width=format!("{len:.1}") height=row_h - 6.0/>
                    <text x=label_w + len + 4.0 y=y + 16.0 font-size="13">{value}</text>
                </g>
            }
        })
        .collect_view();
    let csv_rows: Vec<(Vec<String>, Vec<f64>)> = r
        .areas
        .iter()
        .map(|a| {
            (
                vec![a.name.clone(), a.region.clone().unwrap_or_default()],
                vec![
                    a.population,
                    a.totals.residential_beds.total as f64,
                    a.per_100k.residential_beds,
                ],
            )
        })
        .collect();
    let csv = Callback::new(move |l: Lang| {
        crisis_model::export::chart_csv(
            &[
                l.pick("Area", "Zona"),
                l.pick("Region", "Región"),
                l.pick("Population", "Población"),
                l.pick("Residential beds", "Camas residenciales"),
                l.pick(
                    "Residential beds per 100,000",
                    "Camas residenciales por cada 100,000",
                ),
            ],
            &csv_rows,
        )
    });
    let note = (all > MOST_BARS).then(|| {
        lang.pick(
            "The 60 areas with the highest need are drawn; the chart's data (CSV) holds every area.",
            "Se dibujan las 60 zonas con mayor necesidad; los datos del gráfico (CSV) contienen todas las zonas.",
        )
    });
    view! {
        <h4>{title}</h4>
        <ChartDownloads
            title=(
                "Residential crisis beds per 100,000 residents, by area",
                "Camas residenciales de crisis por cada 100,000 residentes, por zona",
            )
            units=("Beds per 100,000 residents", "Camas por cada 100,000 residentes")
            file="areas-need"
            csv=csv
        >
            <svg class="chart areas-chart" viewBox=format!("0 0 {w:.0} {h:.0}") role="img" aria-label=title>
                <title>{title}</title>
                {drawn}
            </svg>
        </ChartDownloads>
        {note.map(|n| view! { <p class="hint">{n}</p> })}
    }
}

/// The regions: their sums, and the beds if their areas shared one pool per program type.
#[component]
fn Regions(r: Arc<AreasResults>, lang: Lang) -> impl IntoView {
    if r.regions.is_empty() {
        return view! {
            <h4>{lang.pick("Regions", "Regiones")}</h4>
            <p class="hint">
                {lang.pick(
                    "No area names a region: add a region column to see which areas could share programs.",
                    "Ninguna zona indica una región: agregue una columna region para ver qué zonas podrían compartir programas.",
                )}
            </p>
        }
        .into_any();
    }
    let (header, rows) = r.regions_table_in(lang);
    let table = view! {
        <table class="data regions-table">
            <thead>
                <tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|cells| {
                        let mut cells = cells.into_iter();
                        let name = cells.next().unwrap_or_default();
                        let key = name.clone();
                        view! {
                            <tr data-region=key>
                                <th scope="row">{name}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    };
    view! {
        <h4 id="areas-regions-title">{lang.pick("Regions: separate or pooled beds", "Regiones: camas por separado o en conjunto compartido")}</h4>
        <p class="hint">
            {lang.pick(
                "Separate: each area runs its own residential programs. Pooled: the region's areas share one program per program type, sized by the same rule for their summed load. In use: the share of beds occupied on an average day.",
                "Por separado: cada zona tiene sus propios programas residenciales. En conjunto compartido: las zonas de la región comparten un programa por tipo de programa, dimensionado con la misma regla para la carga sumada. En uso: la proporción de camas ocupadas en un día promedio.",
            )}
        </p>
        {data_table(Name::Heading("areas-regions-title"), table)}
    }
    .into_any()
}

/// The results as CSV and as JSON, the files `crisis-plan --areas` writes.
#[component]
fn Downloads(r: Arc<AreasResults>, lang: Lang) -> impl IntoView {
    let r = StoredValue::new(r);
    let refused = RwSignal::new(false);
    let csv = move |_| {
        let text = r.with_value(|r| r.csv_in(lang));
        refused
            .set(browser::download("crisis-areas.csv", "text/csv;charset=utf-8", &text).is_err());
    };
    let json = move |_| {
        let text = r.with_value(|r| r.json());
        refused.set(browser::download("crisis-areas.json", "application/json", &text).is_err());
    };
    view! {
        <p class="no-print areas-downloads">
            <button type="button" class="secondary" data-download="areas-csv" on:click=csv>
                {lang.pick("Download the results (CSV)", "Descargar los resultados (CSV)")}
            </button>
            " "
            <button type="button" class="secondary" data-download="areas-json" on:click=json>
                {lang.pick("Download the results (JSON)", "Descargar los resultados (JSON)")}
            </button>
            <span class="hint" role="status">
                {move || refused.get().then(|| lang.pick("The browser refused to create the file.", "El navegador no permitió crear el archivo."))}
            </span>
        </p>
    }
}
