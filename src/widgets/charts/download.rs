//! Charts to take away: every chart sits in a [`ChartDownloads`] frame with "Download PNG",
//! "Download SVG" and "Download data (CSV)". The picture is the chart as drawn on the page
//! (`browser::image`: one self-contained SVG, styles and font inline, no external reference;
//! the PNG at least 1920 pixels wide), with the chart's title, its units, the place's name and
//! the date above it and "Crisis Continuum Planner" as the source line under it; the CSV is the
//! chart's data, written by the model (`crisis_model::export::chart_csv`). Built only when a
//! button is pressed, and only in the parts that hold charts (never in the first download).

use crate::browser::{self, image};
use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crisis_model::format::Format;
use crisis_model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The least width of a downloaded PNG, in pixels (a projector's, a slide's).
pub const PNG_WIDTH: f64 = 1920.0;

/// What one download produced, said beside the buttons.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Refused,
}

/// A chart (its `children`, one or several `svg.chart`) with its three downloads.
#[component]
pub fn ChartDownloads(
    /// The chart's title, English and Spanish: the picture's first line.
    title: (&'static str, &'static str),
    /// What the chart's numbers are in, English and Spanish: the picture's second line.
    units: (&'static str, &'static str),
    /// The files' name, without extension (`beds-curve`).
    file: &'static str,
    /// The chart's data as CSV, in a language (the model's `export::chart_csv`).
    csv: Callback<Lang, String>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let planner = use_planner();
    let said = RwSignal::new(Said::Nothing);
    let block = NodeRef::<leptos::html::Div>::new();
    // the lines above and below the drawing, in the page's language
    let lines = move || {
        let l = lang.get_untracked();
        let (year, month, day) = browser::today();
        let place = planner
            .scenario
            .with_untracked(|s| s.place_name.trim().to_string());
        let date = Format::new(l).date(year, month, day);
        let where_when = if place.is_empty() {
            date
        } else {
            format!("{place} · {date}")
        };
        let above = vec![
            image::Line {
                text: l.pick(title.0, title.1).to_string(),
                size: 24.0,
                bold: true,
            },
            image::Line {
                text: l.pick(units.0, units.1).to_string(),
                size: 16.0,
                bold: false,
            },
            image::Line {
                text: where_when,
                size: 16.0,
                bold: false,
            },
        ];
        let below = vec![image::Line {
            text: l
                .pick(
                    "Source: Crisis Continuum Planner",
                    "Fuente: Planificador del continuo de crisis (Crisis Continuum Planner)",
                )
                .to_string(),
            size: 14.0,
            bold: false,
        }];
        (above, below)
    };
    let picture = move || {
        let el: web_sys::Element = block.get_untracked()?.unchecked_into();
        let (above, below) = lines();
        image::picture(&el, 640.0, &above, &below)
    };
    let done = move |r: Result<(), browser::DownloadRefused>| {
        said.set(if r.is_ok() {
            Said::Nothing
        } else {
            Said::Refused
        })
    };
    let svg = move |_| {
        let r = picture()
            .ok_or(browser::DownloadRefused)
            .and_then(|p| browser::download(&format!("{file}.svg"), "image/svg+xml", &p.svg));
        done(r);
    };
    let png = move |_| {
        let Some(p) = picture() else {
            done(Err(browser::DownloadRefused));
            return;
        };
        leptos::task::spawn_local(async move {
            let width = PNG_WIDTH.max(p.width.ceil());
            let r = match image::png(&p, width).await {
                Some(blob) => browser::download_blob(&format!("{file}.png"), &blob),
                None => Err(browser::DownloadRefused),
            };
            done(r);
        });
    };
    let data = move |_| {
        let text = csv.run(lang.get_untracked());
        done(browser::download(
            &format!("{file}.csv"),
            "text/csv;charset=utf-8",
            &text,
        ));
    };
    view! {
        <div class="chart-block" node_ref=block data-chart=file>
            {children()}
            <div class="chart-downloads no-print" role="group" aria-label=tr("Download this chart", "Descargar este gráfico")>
                <button type="button" class="link" data-download="png" on:click=png>
                    {tr("Download PNG", "Descargar PNG")}
                </button>
                <button type="button" class="link" data-download="svg" on:click=svg>
                    {tr("Download SVG", "Descargar SVG")}
                </button>
                <button type="button" class="link" data-download="csv" on:click=data>
                    {tr("Download data (CSV)", "Descargar datos (CSV)")}
                </button>
                <span class="hint" role="status">
                    {move || {
                        (said.get() == Said::Refused)
                            .then(|| {
                                lang.get()
                                    .pick(
                                        "The browser refused to create the file.",
                                        "El navegador no permitió crear el archivo.",
                                    )
                            })
                    }}
                </span>
            </div>
        </div>
    }
}
