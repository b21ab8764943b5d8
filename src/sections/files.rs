//! Files: the scenario as JSON (the model's versioned format, the same `crisis-plan --scenario`
//! reads), imported or exported, and the results as CSV for a spreadsheet.

use crate::browser::{read_chosen_file, ChosenFile};
use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crisis_model::{export::results_csv_in, Lang, Scenario, MAX_SCENARIO_BYTES};
use leptos::prelude::*;

/// Offer `text` to the person as a file download.
fn download(file_name: &str, mime: &str, text: &str, lang: Lang) -> Result<(), String> {
    crate::browser::download(file_name, mime, text).map_err(|_| {
        lang.pick(
            "The browser refused to create the file.",
            "El navegador no permitió crear el archivo.",
        )
        .to_string()
    })
}

/// A file name from the place name: letters, digits and dashes only.
pub fn file_stem(place: &str) -> String {
    let mut stem = String::new();
    for c in place.trim().chars() {
        if c.is_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 40 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "crisis-plan".to_string()
    } else {
        format!("crisis-plan-{stem}")
    }
}

/// Export and import buttons, with a line that says what happened.
#[component]
pub fn FileTools() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let status = RwSignal::new(String::new());
    let export_json = move |_| {
        let l = lang.get_untracked();
        let (name, json) = planner
            .scenario
            .with(|s| (file_stem(&s.place_name), s.to_json_pretty()));
        status.set(
            match download(&format!("{name}.json"), "application/json", &json, l) {
                Ok(()) => format!(
                    "{} {name}.json.",
                    l.pick("Saved the scenario as", "Se guardó el escenario como")
                ),
                Err(e) => e,
            },
        );
    };
    let export_csv = move |_| {
        leptos::task::spawn_local(async move {
            // who pays' rows come with its part: load it first (its model is not in the first
            // download), then write with the writer it hands in
            crate::shell::lazy::want(&[crate::shell::lazy::Part::Funding]).await;
            let l = lang.get_untracked();
            let name = planner
                .scenario
                .with_untracked(|s| file_stem(&s.place_name));
            let write = crate::shell::csv::writer().unwrap_or(results_csv_in);
            let csv = planner
                .shown
                .with_untracked(|r| r.as_ref().map(|r| write(r, l)));
            status.set(match csv {
                Some(csv) => match download(&format!("{name}-results.csv"), "text/csv", &csv, l) {
                    Ok(()) => format!(
                        "{} {name}-results.csv.",
                        l.pick("Saved the results as", "Se guardaron los resultados como")
                    ),
                    Err(e) => e,
                },
                None => l
                    .pick(
                        "There are no results to save yet: fix the inputs marked in red first.",
                        "Aún no hay resultados que guardar: primero corrija los datos marcados en rojo.",
                    )
                    .into(),
            });
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let l = lang.get_untracked();
        read_chosen_file(&ev, MAX_SCENARIO_BYTES, move |file| {
            status.set(match file {
                ChosenFile::Text { name, text } => match Scenario::from_json_in(&text, l) {
                    Ok(s) => {
                        planner.step(|current| *current = s);
                        format!("{} {name}.", l.pick("Opened", "Se abrió"))
                    }
                    Err(e) => match l {
                        Lang::En => format!("{name} could not be opened: {e} Nothing was changed."),
                        Lang::Es => format!("No se pudo abrir {name}: {e} No se cambió nada."),
                    },
                },
                ChosenFile::TooLarge { name } => match l {
                    Lang::En => format!(
                        "{name} is too large to be a scenario (the largest accepted is 1 MB). Nothing was changed."
                    ),
                    Lang::Es => format!(
                        "{name} es demasiado grande para ser un escenario (el máximo aceptado es 1 MB). No se cambió nada."
                    ),
                },
                ChosenFile::Unreadable { name } => match l {
                    Lang::En => format!("{name} could not be read as text. Nothing was changed."),
                    Lang::Es => format!("No se pudo leer {name} como texto. No se cambió nada."),
                },
            })
        });
    };
    view! {
        <div class="file-tools no-print" role="group" aria-label=tr("Files", "Archivos")>
            <button type="button" class="secondary" on:click=export_json>
                {tr("Save scenario (JSON)", "Guardar escenario (JSON)")}
            </button>
            <label class="button secondary file-button">
                {tr("Open scenario file", "Abrir archivo de escenario")}
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=import/>
            </label>
            <button type="button" class="secondary" on:click=export_csv>
                {tr("Save results (CSV)", "Guardar resultados (CSV)")}
            </button>
            <span class="hint" role="status">{move || status.get()}</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_from_place_names() {
        let cases = [
            ("", "crisis-plan"),
            ("Pima County", "crisis-plan-pima-county"),
            (
                "  <script>alert(1)</script> ",
                "crisis-plan-script-alert-1-script",
            ),
            ("Condado de Doña Ana", "crisis-plan-condado-de-doña-ana"),
            ("../../etc/passwd", "crisis-plan-etc-passwd"),
        ];
        for (place, want) in cases {
            assert_eq!(file_stem(place), want, "{place:?}");
        }
    }
}
