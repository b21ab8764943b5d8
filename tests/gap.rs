//! Browser tests of today's capacity, the gap, the self-assessment and the board summary: what a
//! person enters is kept, and what the page shows is the model's.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_model::format::Format;
use crisis_model::inventory::Entry;
use crisis_model::{evaluate, Lang, Results, Scenario};
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The default scenario with the inventory on and `beds` beds today for its first program.
fn with_beds(beds: f64) -> (Scenario, Entry) {
    let mut s = Scenario::default();
    let entry = Entry::Residential {
        youth: false,
        kind: s.programs[0].kind,
    };
    s.inventory.enabled = true;
    s.inventory.get_mut(entry).capacity = beds;
    (s, entry)
}

fn results(s: &Scenario) -> Results {
    evaluate(s).expect("valid")
}

async fn choose(root: &Element, sel: &str, value: &str) {
    let select: HtmlSelectElement = q(root, sel).unchecked_into();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
}

/// Wait for the sections that follow the results once typing pauses (the self-assessment and
/// the board summary: `state::SETTLE_MS`).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 400)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn input_value(root: &Element, path: &str) -> String {
    q(root, &format!("input[data-path='{path}']"))
        .unchecked_into::<HtmlInputElement>()
        .value()
}

#[wasm_bindgen_test]
async fn entering_todays_beds_shows_the_models_gap_in_words_table_and_chart() {
    let root = mount();
    assert!(
        root.query_selector("[data-testid=gap]").unwrap().is_none(),
        "no gap before the inventory is on"
    );
    set_checked(&q(&root, "input[data-path='inventory.enabled']"), true).await;
    let (s, entry) = with_beds(7.0);
    type_into(&root, &entry.capacity_path(), "7").await;
    let g = results(&s).gap_in(Lang::En).expect("on");

    assert_eq!(
        text(&root, "[data-testid=gap-headline]"),
        g.headline_in(Lang::En)
    );
    let row = g.rows.iter().find(|r| r.key == entry.key()).expect("row");
    assert!(row.shortfall > 0.0, "7 beds is short of the default need");
    let sentence = text(&root, &format!(".gap-sentences li[data-key='{}']", row.key));
    assert_eq!(sentence, row.sentence);
    assert!(sentence.starts_with("You have 7 "), "{sentence}");

    // the table: one row per service, the gap with its sign, the days-full share
    let f = Format::new(Lang::En);
    let tr = format!(".gap-table tr[data-key='{}']", row.key);
    assert_eq!(
        text(&root, &format!("{tr} [data-col=gap]")),
        format!("−{}", f.number(row.shortfall))
    );
    let loss = row.loss.expect("beds are a loss system");
    assert_eq!(
        text(&root, &format!("{tr} [data-col=copes]")),
        format!("full {} of the time", f.percent(loss.days_full_today))
    );
    assert_eq!(
        qa(&root, ".gap-table tbody tr").len(),
        g.rows.len(),
        "one table row per service"
    );
    let total = text(&root, "[data-col=cost-total]");
    assert!(
        total.starts_with(&f.currency_compact(g.totals.cost_to_close.mid)),
        "{total}"
    );

    // the chart: a row per service with its need marked, the shortfall drawn where there is one
    assert_eq!(qa(&root, ".gap-chart .gap-row").len(), g.rows.len());
    assert_eq!(
        qa(&root, ".gap-chart .gap-row .gap-need").len(),
        g.rows.len()
    );
    let short_rows = g.rows.iter().filter(|r| r.shortfall > 0.0).count();
    assert_eq!(
        qa(&root, ".gap-chart .gap-row .gap-short").len(),
        short_rows
    );

    // at the needed capacity the row shows no gap, and the chart no shortfall for it
    let need = row.need;
    type_into(&root, &entry.capacity_path(), &f.thousands(need)).await;
    assert_eq!(text(&root, &format!("{tr} [data-col=gap]")), "0");
    assert!(root
        .query_selector(&format!(
            ".gap-chart .gap-row[data-key='{}'] .gap-short",
            row.key
        ))
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_bad_inventory_value_is_explained_at_its_field_and_loses_nothing() {
    let root = mount();
    set_checked(&q(&root, "input[data-path='inventory.enabled']"), true).await;
    let (_, entry) = with_beds(0.0);
    type_into(&root, "inventory.mobile.capacity", "3").await;
    type_into(&root, &entry.capacity_path(), "-4").await;
    let fieldset = q(&root, &format!("fieldset[data-entry='{}']", entry.key()));
    let err = text(&fieldset, ".field-error");
    assert!(err.starts_with("Today's "), "{err}");
    assert!(err.contains("whole number from 0"), "{err}");
    assert_eq!(input_value(&root, &entry.capacity_path()), "-4");
    assert_eq!(input_value(&root, "inventory.mobile.capacity"), "3");

    // an annual cost that is not a number is an error; an empty one means "at the plan's costs"
    type_into(&root, &entry.capacity_path(), "5").await;
    type_into(&root, &entry.cost_path(), "lots").await;
    let err = text(&fieldset, ".field-error");
    assert!(err.contains("left empty"), "{err}");
    type_into(&root, &entry.cost_path(), "").await;
    assert!(fieldset.query_selector(".field-error").unwrap().is_none());
    let (mut s, _) = with_beds(5.0);
    s.inventory.mobile.capacity = 3.0;
    let g = results(&s).gap_in(Lang::En).expect("on");
    assert_eq!(
        text(&root, "[data-testid=gap-headline]"),
        g.headline_in(Lang::En)
    );
}

#[wasm_bindgen_test]
async fn scores_and_judgements_reach_the_checklist_and_the_board_summary() {
    let root = mount();
    let before = text(&root, "[data-testid=criteria-summary]");
    assert!(before.starts_with("0 of 23 items scored"), "{before}");
    choose(
        &root,
        "select[data-path='assessment.scores.criterion-5']",
        "4",
    )
    .await;
    choose(
        &root,
        "select[data-path='assessment.scores.mobile-crisis']",
        "2",
    )
    .await;
    settle().await;
    let after = text(&root, "[data-testid=criteria-summary]");
    assert!(after.starts_with("2 of 23 items scored"), "{after}");

    // the model's judgement of criterion 5 on the plan is shown beside the score
    let mut s = Scenario::default();
    s.assessment.set_score("criterion-5", Some(4));
    s.assessment.set_score("mobile-crisis", Some(2));
    let a = results(&s).self_assessment_in(Lang::En);
    let row = a
        .rows
        .iter()
        .find(|r| r.item.id == "criterion-5")
        .expect("item");
    let j = row.judgement.as_ref().expect("criterion 5 is judged");
    let shown = text(&root, "[data-item=criterion-5] .judgement");
    assert!(shown.contains(&j.reason), "{shown}");
    assert!(shown.contains(j.verdict.label_in(Lang::En)), "{shown}");

    // the summary lists every item with the score given
    let summary = q(&root, "[data-testid=board-summary]");
    assert_eq!(qa(&summary, ".summary-scores tbody tr").len(), 23);
    assert_eq!(
        text(&summary, ".summary-scores tr[data-item=criterion-5] td"),
        "4 · Substantial progress"
    );
    assert_eq!(
        text(&summary, ".summary-scores tr[data-item=mobile-crisis] td"),
        "2 · Initial progress"
    );
    assert!(text(&summary, ".hint").contains("has not been entered"));

    // with today's capacity on, the summary carries the gap's headline and its table
    set_checked(&q(&root, "input[data-path='inventory.enabled']"), true).await;
    let (mut s2, entry) = with_beds(3.0);
    s2.assessment = s.assessment.clone();
    type_into(&root, &entry.capacity_path(), "3").await;
    settle().await;
    let g = results(&s2).gap_in(Lang::En).expect("on");
    let summary = q(&root, "[data-testid=board-summary]");
    assert_eq!(text(&summary, ".summary-lead"), g.headline_in(Lang::En));
    assert_eq!(
        qa(&summary, ".summary-table:not(.summary-scores) tbody tr").len(),
        g.rows.len()
    );
    let link = text(&summary, ".summary-link");
    assert!(link.contains("?s="), "{link}");
}

#[wasm_bindgen_test]
async fn the_inventory_and_scores_survive_a_reload_and_show_in_spanish() {
    let root = mount();
    set_checked(&q(&root, "input[data-path='inventory.enabled']"), true).await;
    let (_, entry) = with_beds(0.0);
    type_into(&root, &entry.capacity_path(), "9").await;
    choose(
        &root,
        "select[data-path='assessment.scores.criterion-1']",
        "3",
    )
    .await;
    crisis_continuum_planner::shell::persist::flush();
    let headline = text(&root, "[data-testid=gap-headline]");

    // a second page opened on the same address
    let again = mount_here();
    tick().await;
    assert_eq!(text(&again, "[data-testid=gap-headline]"), headline);
    assert_eq!(input_value(&again, &entry.capacity_path()), "9");
    let select: HtmlSelectElement =
        q(&again, "select[data-path='assessment.scores.criterion-1']").unchecked_into();
    assert_eq!(select.value(), "3");

    // in Spanish, the gap and the checklist are the model's Spanish texts
    click(&q(&again, ".lang-switch button[lang=es]")).await;
    settle().await;
    let (mut s, _) = with_beds(9.0);
    s.assessment.set_score("criterion-1", Some(3));
    let r = results(&s);
    let g = r.gap_in(Lang::Es).expect("on");
    assert_eq!(
        text(&again, "[data-testid=gap-headline]"),
        g.headline_in(Lang::Es)
    );
    let a = r.self_assessment_in(Lang::Es);
    let title = text(&again, "[data-item=criterion-1] h4");
    assert_eq!(title, a.rows[0].item.title_in(Lang::Es));
    assert_ne!(title, a.rows[0].item.title_in(Lang::En));
}
