//! The build-out plan's tables: the rows the model writes (`BuildOutResults::year_table_in` and
//! `level_table_in`, the same text `crisis-plan --years` prints), drawn by the plan's section and
//! the board summary.

use crate::widgets::table::{data_table, Name};
use crisis_model::analysis::buildout::BuildOutResults;
use crisis_model::Lang;
use leptos::prelude::*;

/// The year table: the same text the command line prints (`crisis-plan --years`).
#[component]
pub fn PlanYearTable(p: BuildOutResults, lang: Lang) -> impl IntoView {
    let caption = lang.pick(
        "The plan year by year: new capacity, the shortfall, people turned away and cost",
        "El plan año por año: capacidad nueva, faltante, personas rechazadas y costo",
    );
    year_table(
        caption,
        "data buildout-table",
        "buildout-table",
        p.year_table_in(lang),
    )
}

/// Each year's cost by level of government: the same text `crisis-plan --years` prints
/// (`BuildOutResults::level_table_in`).
#[component]
pub fn PlanLevelTable(p: BuildOutResults, lang: Lang) -> impl IntoView {
    let caption = lang.pick(
        "Who pays each year's cost: federal, state, county and local, private",
        "Quién paga el costo de cada año: federal, estatal, condado y local, privado",
    );
    year_table(
        caption,
        "data buildout-levels",
        "buildout-levels",
        p.level_table_in(lang),
    )
}

/// A table of the model's rows, a year a row (the first cell names the row), in the one frame.
fn year_table(
    caption: &'static str,
    class: &'static str,
    testid: &'static str,
    (header, rows): (Vec<String>, Vec<Vec<String>>),
) -> impl IntoView {
    data_table(
        Name::Label(caption.to_string()),
        view! {
            <table class=class data-testid=testid>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let mut cells = r.into_iter();
                            let first = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row">{first}</th>
                                    {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        },
    )
}
