//! The build-out plan's year table: the rows the model writes (`BuildOutResults::year_table_in`,
//! the same text `crisis-plan --years` prints), drawn by the plan's section and the board summary.

use crate::widgets::table::{data_table, Name};
use crisis_model::analysis::buildout::BuildOutResults;
use crisis_model::Lang;
use leptos::prelude::*;

/// The year table: the same text the command line prints (`crisis-plan --years`).
#[component]
pub fn PlanYearTable(p: BuildOutResults, lang: Lang) -> impl IntoView {
    let (header, rows) = p.year_table_in(lang);
    let caption = lang.pick(
        "The plan year by year: new capacity, the shortfall, people turned away and cost",
        "El plan año por año: capacidad nueva, faltante, personas rechazadas y costo",
    );
    view! {
        {data_table(
            Name::Label(caption.to_string()),
            view! {
            <table class="data buildout-table" data-testid="buildout-table">
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
        )}
    }
}

/// Each year's cost by level of government: the same text `crisis-plan --years` prints
/// (`BuildOutResults::level_table_in`).
#[component]
pub fn PlanLevelTable(p: BuildOutResults, lang: Lang) -> impl IntoView {
    let (header, rows) = p.level_table_in(lang);
    let caption = lang.pick(
        "Who pays each year's cost: federal, state, county and local, private",
        "Quién paga el costo de cada año: federal, estatal, condado y local, privado",
    );
    view! {
        {data_table(
            Name::Label(caption.to_string()),
            view! {
            <table class="data buildout-levels" data-testid="buildout-levels">
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
        )}
    }
}
