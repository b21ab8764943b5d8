//! Browser tests of the build-out plan: the page's year table and sentences are the model's
//! (the rows `crisis-plan --years` prints), the suggested phasing fills in the additions and
//! says its rule, and a bad horizon is said next to its field while the plan stays.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_model::analysis::buildout::{buildout_in, phasing_rule_in};
use crisis_model::{Lang, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Wait for the plan, which follows the results once typing pauses.
async fn settle() {
    settle_then_tick().await;
}

/// The cells of the year table, row by row (the year in its header cell first).
fn table(root: &Element) -> Vec<Vec<String>> {
    qa(root, "#buildout [data-testid=buildout-table] tbody tr")
        .iter()
        .map(|tr| {
            qa(tr, "th, td")
                .iter()
                .map(|c| c.text_content().unwrap_or_default().trim().to_string())
                .collect()
        })
        .collect()
}

/// The scenario the page keeps (what a saved file holds).
fn kept() -> Scenario {
    use crisis_continuum_planner::shell::kept::{tab_key, unwrap};
    // each tab keeps its own scenario, with the time it was last changed
    let key = tab_key();
    let text = storage()
        .get_item(&key)
        .unwrap()
        .expect("the page saved its scenario");
    unwrap(&key, &text, crisis_model::Lang::En)
        .scenario
        .expect("a scenario the model reads")
}

#[wasm_bindgen_test]
async fn the_year_table_is_the_model_s_for_the_scenario_the_page_keeps() {
    let root = mount();
    settle().await;
    type_into(&root, "buildout.horizon_years", "4").await;
    click(&q(&root, "[data-testid=suggest-phasing]")).await;
    assert_eq!(
        text(&root, "[data-testid=phasing-rule]"),
        phasing_rule_in(Lang::En)
    );
    settle().await;
    settle().await;
    let s = kept();
    assert_eq!(s.buildout.number("horizon_years"), 4.0);
    assert!(
        !s.buildout.additions().0.is_empty(),
        "the phasing added capacity"
    );
    let plan = buildout_in(&s, Lang::En).unwrap();
    let (_, rows) = plan.year_table_in(Lang::En);
    assert_eq!(table(&root), rows);
    let sentences: Vec<String> = qa(&root, "[data-testid=buildout-sentences] li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    let want: Vec<String> = plan.years.iter().map(|y| y.sentence.clone()).collect();
    assert_eq!(sentences, want);
    assert_eq!(
        text(&root, "[data-testid=break-even]"),
        plan.break_even_sentence
    );
    // each service the phasing opened has its fields
    for (e, a) in &s.buildout.additions().0 {
        let sel = format!("input[data-path='buildout.additions.{}.per_year']", e.key());
        let shown = q(&root, &sel)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        assert_eq!(shown.replace(',', "").parse::<f64>().unwrap(), a.per_year);
    }
    // a bad horizon: its message next to the field, the plan kept
    type_into(&root, "buildout.horizon_years", "30").await;
    settle().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("The plan must cover a whole number of years from 1 to 20."));
    assert_eq!(table(&root), rows);
    root.remove();
}
