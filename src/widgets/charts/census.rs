//! One simulated year's daily census against capacity: for each of 365 days the most beds taken
//! at any moment (steps) and the average taken (a dashed line), the beds as a horizontal line,
//! and the days on which every bed was taken at some moment marked in a strip above the plot
//! and shaded behind it. The figures are the model's (`crisis_model::DailyCensus`); the
//! shapes come from `geometry.rs`.

use super::geometry::{day_line, fit_width, nice_ticks, runs, step_path, tick_count, Linear};
use crisis_model::format::Format;
use crisis_model::{DailyCensus, Lang};
use leptos::prelude::*;

/// The sentence under the chart (and its text alternative), from the model's figures.
pub fn census_caption(name: &str, c: &DailyCensus, share_of_days: f64, lang: Lang) -> String {
    let f = Format::new(lang);
    let full = c.days_full() as u64;
    let beds = f.count(c.beds);
    match lang {
        Lang::En => format!(
            "{name}: in this simulated year the {beds} beds were full at some moment on {}; on an average day {} beds were in use, and at most {}. Over all the simulated years, {} of days had a full moment.",
            f.plural(full, "day", "days"),
            f.one_decimal(c.average()),
            f.count(u64::from(c.highest())),
            f.percent(share_of_days),
        ),
        Lang::Es => format!(
            "{name}: en este año simulado las {beds} camas estuvieron llenas en algún momento {}; en un día promedio se usaron {} camas, y como máximo {}. En todos los años simulados, el {} de los días tuvo algún momento sin camas libres.",
            f.plural(full, "día", "días"),
            f.one_decimal(c.average()),
            f.count(u64::from(c.highest())),
            f.percent(share_of_days),
        ),
    }
}

/// The chart's data: each day's most and average beds taken, against the beds.
pub fn census_csv(name: &str, c: &DailyCensus, lang: Lang) -> String {
    let rows: Vec<(Vec<String>, Vec<f64>)> = c
        .max
        .iter()
        .zip(&c.mean)
        .enumerate()
        .map(|(day, (most, mean))| {
            (
                vec![name.to_string()],
                vec![(day + 1) as f64, f64::from(*most), *mean, c.beds as f64],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Program", "Programa"),
            lang.pick("Day", "Día"),
            lang.pick("Most beds taken", "Máximo de camas ocupadas"),
            lang.pick("Average beds taken", "Promedio de camas ocupadas"),
            lang.pick("Beds", "Camas"),
        ],
        &rows,
    )
}

#[component]
pub fn CensusChart(
    /// The program's name, in the page's language.
    name: String,
    census: DailyCensus,
    /// The share of days with a full moment over all the simulated years (for the caption).
    share_of_days: f64,
    lang: Lang,
) -> impl IntoView {
    let f = Format::new(lang);
    let days = census.days();
    let beds = census.beds as f64;
    let (w, h) = (fit_width(super::room(), 900.0, 300.0), 380.0);
    let (ml, mr, mt, mb) = (56.0, 24.0, 64.0, 56.0);
    let x = Linear::new((0.0, days.max(1) as f64), (ml, w - mr));
    let top = (beds * 1.1)
        .max(beds + 1.0)
        .max(f64::from(census.highest()));
    let y = Linear::new((0.0, top), (h - mb, mt));
    let max: Vec<f64> = census.max.iter().map(|&m| f64::from(m)).collect();
    let max_path = step_path(&max, x, y);
    let mean_path = day_line(&census.mean, x, y);
    let full_runs = runs(&census.full());
    let y_ticks: Vec<f64> = nice_ticks(0.0, beds.max(1.0), 4)
        .into_iter()
        .filter(|t| *t <= top)
        .collect();
    let x_ticks: Vec<f64> = nice_ticks(0.0, days as f64, tick_count(w - ml - mr, 70.0, 6))
        .into_iter()
        .filter(|t| *t <= days as f64)
        .collect();
    let caption = census_caption(&name, &census, share_of_days, lang);
    let (strip_y, strip_h) = (mt - 26.0, 12.0);
    let shades = full_runs
        .iter()
        .map(|&(start, len)| {
            let (x0, x1) = (x.map(start as f64), x.map((start + len) as f64));
            let wd = (x1 - x0).max(2.0);
            view! {
                <rect class="census-full-shade" x=format!("{x0:.1}") y=mt width=format!("{wd:.1}") height=h - mb - mt/>
                <rect class="census-full-mark" x=format!("{x0:.1}") y=strip_y width=format!("{wd:.1}") height=strip_h/>
            }
        })
        .collect_view();
    let by = y.map(beds);
    let full_label = match lang {
        Lang::En => format!(
            "full: {}",
            f.plural(census.days_full() as u64, "day", "days")
        ),
        Lang::Es => format!(
            "lleno: {}",
            f.plural(census.days_full() as u64, "día", "días")
        ),
    };
    let region = lang.pick(
        "Daily census of a simulated year",
        "Ocupación diaria de un año simulado",
    );
    let aria = caption.clone();
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=region>
            <svg
                class="chart census"
                viewBox=format!("0 0 {w} {h}")
                role="img"
                aria-label=aria
                data-days=days
                data-beds=census.beds
                data-days-full=census.days_full()
            >
                <title>{caption.clone()}</title>
                <g class="grid">
                    {y_ticks
                        .iter()
                        .map(|&t| view! { <line x1=ml x2=w - mr y1=y.map(t) y2=y.map(t)/> })
                        .collect_view()}
                </g>
                {shades}
                <text x=ml y=strip_y - 6.0 font-size="14" font-weight="600">{full_label}</text>
                <g class="axis">
                    <line x1=ml x2=w - mr y1=h - mb y2=h - mb/>
                    {x_ticks
                        .iter()
                        .map(|&t| {
                            view! {
                                <line x1=x.map(t) x2=x.map(t) y1=h - mb y2=h - mb + 5.0/>
                                <text x=x.map(t) y=h - mb + 21.0 text-anchor="middle" font-size="15">
                                    {f.thousands(t)}
                                </text>
                            }
                        })
                        .collect_view()}
                    <text x=(ml + w - mr) / 2.0 y=h - 8.0 text-anchor="middle" font-size="15">
                        {lang.pick("Day of the simulated year", "Día del año simulado")}
                    </text>
                    {super::y_tick_labels(&y_ticks, y, ml - 8.0, 5.0, move |t| f.thousands(t))}
                </g>
                <path class="census-max" d=max_path fill="none" stroke="var(--c-residential)" stroke-width="2"/>
                <path
                    class="census-mean"
                    d=mean_path
                    fill="none"
                    stroke="var(--c-mobile)"
                    stroke-width="2"
                    stroke-dasharray="6 4"
                />
                <line class="census-beds" x1=ml x2=w - mr y1=by y2=by stroke="var(--ink)" stroke-width="3"/>
                <text class="halo" x=w - mr - 4.0 y=by - 8.0 text-anchor="end" font-size="15" font-weight="700">
                    {format!("{} {}", f.count(census.beds), lang.pick("beds", "camas"))}
                </text>
            </svg>
        </div>
        <ul class="legend">
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <line x1="0" x2="36" y1="6" y2="6" stroke="var(--ink)" stroke-width="3"/>
                </svg>
                {lang.pick(" The beds (thick line)", " Las camas (línea gruesa)")}
            </li>
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <path d="M0,10H12V3H24V7H36" fill="none" stroke="var(--c-residential)" stroke-width="2"/>
                </svg>
                {lang.pick(
                    " Most beds taken at any moment of the day (steps)",
                    " Máximo de camas ocupadas en algún momento del día (escalones)",
                )}
            </li>
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <line x1="0" x2="36" y1="6" y2="6" stroke="var(--c-mobile)" stroke-width="2" stroke-dasharray="6 4"/>
                </svg>
                {lang.pick(
                    " Beds taken on average over the day (dashed line)",
                    " Camas ocupadas en promedio durante el día (línea discontinua)",
                )}
            </li>
            <li>
                <svg width="36" height="12" aria-hidden="true">
                    <rect x="0" y="1" width="36" height="10" class="census-full-mark"/>
                </svg>
                {lang.pick(
                    " Days full at some moment (marks along the top, shaded below)",
                    " Días con algún momento sin camas libres (marcas en la parte superior, sombreadas debajo)",
                )}
            </li>
        </ul>
        <p class="chart-caption census-caption">{caption}</p>
    }
}
