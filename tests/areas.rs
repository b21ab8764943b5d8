//! Browser tests of "Several areas" (`?view=areas`): rows typed into the editor are kept in the
//! scenario and evaluated exactly as the model evaluates them, and a bad cell is named by its
//! row and column while the good rows stay in the results.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_model::areas::{evaluate_areas, read_areas};
use crisis_model::format::Format;
use crisis_model::{Lang, Scenario};
use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Wait (up to 10 s) until `sel` matches something under `root`.
async fn wait_for(root: &Element, sel: &str) -> Element {
    for _ in 0..100 {
        if let Some(el) = root.query_selector(sel).unwrap() {
            return el;
        }
        settle_then_tick().await;
    }
    panic!("nothing matches {sel} after 10 s");
}

/// Type into the editor's cell of row `row` (0 first) and column `col` (`areas::COLUMNS`).
async fn type_cell(root: &Element, row: usize, col: usize, value: &str) {
    type_in(
        root,
        &format!("tr[data-area-row='{row}'] input[data-col='{col}']"),
        value,
    )
    .await;
}

#[wasm_bindgen_test]
async fn typed_rows_give_the_models_figures_and_a_bad_cell_names_its_row_and_column() {
    forget_autosave();
    set_address("?view=areas");
    let root = mount_here();
    let add = wait_for(&root, "[data-add-area]").await;
    // the planner itself is hidden while the mode is shown
    assert!(q(&root, "main#main").has_attribute("hidden"));
    click(&add).await;
    click(&add).await;
    wait_for(&root, "tr[data-area-row='1']").await;
    type_cell(&root, 0, 0, "Amador").await;
    type_cell(&root, 0, 1, "40000").await;
    type_cell(&root, 0, 5, "Sierra").await;
    type_cell(&root, 1, 0, "Alpine").await;
    type_cell(&root, 1, 1, "1200").await;
    type_cell(&root, 1, 3, "yes").await;
    type_cell(&root, 1, 5, "Sierra").await;
    let table = "name,population,rate,rural,per_sq_mile,region,beds_today\n\
                 Amador,40000,,,,Sierra,\n\
                 Alpine,1200,,yes,,Sierra,\n";
    let want = evaluate_areas(
        &Scenario::default(),
        &read_areas(table).unwrap().areas,
        Lang::En,
    );
    let f = Format::new(Lang::En);
    let row = wait_for(&root, "tr[data-area='Alpine']").await;
    wait_for(&root, "tr[data-region='Sierra']").await;
    for a in &want.areas {
        let cells = qa(&root, &format!("tr[data-area='{}'] > *", a.name));
        assert_eq!(
            cells[3].text_content().unwrap(),
            f.count(a.totals.residential_beds.total),
            "{}",
            a.name
        );
        assert_eq!(
            cells[7].text_content().unwrap(),
            f.count(a.totals.mobile_teams),
            "{}",
            a.name
        );
    }
    let region = qa(&root, "tr[data-region='Sierra'] > *");
    assert_eq!(
        region[4].text_content().unwrap(),
        f.count(want.regions[0].pooled)
    );
    // an area's name links to the single-area planner on that area: the link is written when
    // it is about to be used (pressed, here)
    let link = row.query_selector("a[data-area-link]").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), "?view=areas");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    link.dispatch_event(&web_sys::Event::new_with_event_init_dict("pointerdown", &init).unwrap())
        .unwrap();
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("?s="), "{href}");
    // a bad population: the row and column are named, the other area stays in the results
    type_cell(&root, 1, 1, "12x").await;
    wait_for(&root, ".areas-problems").await;
    let said = text(&root, ".areas-problems");
    assert!(said.contains("Row 3, column \"population\""), "{said}");
    for _ in 0..100 {
        if qa(&root, "tr[data-area]").len() == 1 {
            break;
        }
        settle_then_tick().await;
    }
    assert_eq!(qa(&root, "tr[data-area]").len(), 1);
    assert!(root
        .query_selector("tr[data-area='Amador']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_table_too_long_for_a_link_leaves_the_address_without_one_and_says_so() {
    forget_autosave();
    set_address("?view=areas");
    let root = mount_here();
    let paste: web_sys::HtmlTextAreaElement =
        wait_for(&root, "#areas-paste").await.unchecked_into();
    let mut table = String::from("name,population,region\n");
    // 220 areas (more than the editor shows as fields) with names of 100 characters: longer
    // than a link holds
    let long = "x".repeat(88);
    for i in 0..220 {
        table.push_str(&format!(
            "County {i:04} {long},{},Region {} {long}\n",
            10_000 + i * 37,
            i % 9
        ));
    }
    paste.set_value(&table);
    paste
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&q(&root, "[data-use-pasted]")).await;
    wait_for(&root, "[data-link-fits='no']").await;
    wait_for(&root, "[data-areas-total]").await;
    settle_then_tick().await;
    let address = window().location().search().unwrap();
    assert!(!address.contains("s="), "{}", address.len());
    assert!(address.contains("view=areas"), "{address}");
}
