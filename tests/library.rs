//! Browser tests of the saved scenarios and the comparison: what a person sees and what stays in
//! the browser's storage.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_continuum_planner::shell::library::LIBRARY_KEY;
use leptos::task::tick;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

async fn save_as(root: &Element, name: &str) {
    type_in(root, "#library-name", name).await;
    click(&q(root, ".library-save button[type=submit]")).await;
}

fn names(root: &Element) -> Vec<String> {
    qa(root, ".library-row .entry-name")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn row(root: &Element, name: &str) -> Element {
    qa(root, ".library-row")
        .into_iter()
        .find(|r| q(r, ".entry-name").text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no saved scenario named {name}"))
}

fn button(row: &Element, label: &str) -> Element {
    qa(row, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label}"))
}

#[wasm_bindgen_test]
async fn saved_scenarios_are_kept_renamed_copied_opened_and_deleted() {
    let root = mount();
    type_into(&root, "population", "120000").await;
    let small_beds = metric(&root, "residential-beds");
    save_as(&root, "Today").await;
    type_into(&root, "population", "900000").await;
    save_as(&root, "Proposed").await;
    assert_eq!(names(&root), ["Today", "Proposed"]);
    assert!(text(&root, "[data-testid=library-status]").contains("Proposed"));

    // rename, duplicate, delete (with a second click to confirm)
    click(&button(&row(&root, "Today"), "Rename")).await;
    type_in(
        &row(&root, "Today"),
        ".library-rename input",
        "Today (2025)",
    )
    .await;
    click(&q(&root, ".library-rename button[type=submit]")).await;
    click(&button(&row(&root, "Proposed"), "Duplicate")).await;
    assert_eq!(
        names(&root),
        ["Today (2025)", "Proposed", "Copy of Proposed"]
    );
    click(&button(&row(&root, "Copy of Proposed"), "Delete")).await;
    assert_eq!(names(&root).len(), 3, "the first click only asks");
    click(&button(&row(&root, "Copy of Proposed"), "Yes, delete")).await;
    assert_eq!(names(&root), ["Today (2025)", "Proposed"]);

    // opening one brings its figures back
    click(&button(&row(&root, "Today (2025)"), "Open")).await;
    assert_eq!(metric(&root, "residential-beds"), small_beds);

    // a reload finds them all again
    root.remove();
    set_address("");
    let again = mount_here();
    tick().await;
    assert_eq!(names(&again), ["Today (2025)", "Proposed"]);
    again.remove();
}

#[wasm_bindgen_test]
async fn a_name_with_markup_is_shown_as_text() {
    let root = mount();
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    save_as(&root, hostile).await;
    assert_eq!(names(&root), [hostile]);
    assert!(root
        .query_selector(".library img, .library script")
        .unwrap()
        .is_none());
    let pwned = js_sys::Reflect::get(&leptos::prelude::window(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
    root.remove();
}

#[wasm_bindgen_test]
async fn unreadable_saved_scenarios_are_never_written_over() {
    for foreign in [
        "not json at all",
        "{\"version\":7,\"entries\":[]}",
        "[1,2,3]",
    ] {
        let root = mount();
        root.remove();
        storage().set_item(LIBRARY_KEY, foreign).unwrap();
        let root = mount_here();
        tick().await;
        assert!(
            text(&root, ".library").contains("could not be read")
                || text(&root, ".library").contains("newer version")
                || text(&root, ".library").contains("not in a form"),
            "{foreign}: {}",
            text(&root, ".library")
        );
        save_as(&root, "Mine").await;
        assert!(text(&root, "[data-testid=library-status]").contains("nothing is saved over them"));
        assert_eq!(
            storage().get_item(LIBRARY_KEY).unwrap().as_deref(),
            Some(foreign)
        );
        // setting them aside keeps a copy, then saving works
        let aside = qa(&root, ".library button")
            .into_iter()
            .find(|b| {
                b.text_content()
                    .unwrap_or_default()
                    .contains("Set them aside")
            })
            .unwrap();
        click(&aside).await;
        let status = text(&root, "[data-testid=library-status]");
        let backup = status
            .split_whitespace()
            .find(|w| w.starts_with(LIBRARY_KEY))
            .unwrap()
            .trim_end_matches('.')
            .to_string();
        assert_eq!(
            storage().get_item(&backup).unwrap().as_deref(),
            Some(foreign)
        );
        save_as(&root, "Mine").await;
        assert_eq!(names(&root), ["Mine"]);
        storage().remove_item(&backup).unwrap();
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn a_damaged_saved_scenario_is_shown_and_can_only_be_deleted() {
    let root = mount();
    root.remove();
    storage()
        .set_item(
            LIBRARY_KEY,
            r#"{"version":1,"entries":[{"id":1,"name":"Good","scenario":{"version":1,"population":50000}},{"id":2,"name":"Broken","scenario":{"version":1,"population":"many"}}]}"#,
        )
        .unwrap();
    let root = mount_here();
    tick().await;
    let broken = row(&root, "Broken");
    assert!(broken.class_list().contains("damaged"));
    assert!(broken.text_content().unwrap().contains("could not be read"));
    let open = button(&broken, "Open");
    assert!(open.has_attribute("disabled"));
    click(&button(&broken, "Delete")).await;
    click(&button(&row(&root, "Broken"), "Yes, delete")).await;
    assert_eq!(names(&root), ["Good"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_comparison_shows_each_difference_from_the_baseline() {
    let root = mount();
    type_into(&root, "population", "200000").await;
    let today_beds = metric(&root, "residential-beds");
    save_as(&root, "Today").await;
    type_into(&root, "population", "800000").await;
    let proposed_beds = metric(&root, "residential-beds");
    assert!(proposed_beds > today_beds);
    set_checked(&q(&row(&root, "Today"), "input[type=checkbox]"), true).await;
    click(&q(&root, ".library-compare button")).await;
    let table = q(&root, ".compare-table");
    let heads: Vec<String> = qa(&table, "thead .col-name")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(heads, ["On screen", "Today"]);
    let beds = q(&table, "tr[data-row=residential_beds]");
    assert!(beds.class_list().contains("differs"));
    let cells = qa(&beds, "td .value");
    assert_eq!(cells[0].text_content().unwrap(), format!("{proposed_beds}"));
    assert_eq!(cells[1].text_content().unwrap(), format!("{today_beds}"));
    let diff = text(&beds, ".diff");
    let want = format!("\u{2212}{}", proposed_beds - today_beds);
    assert!(diff.starts_with(&want), "{diff} should start with {want}");
    assert_eq!(qa(&root, ".compare-chart").len(), 2);
    // Today as the baseline: the difference turns round
    let make = qa(&table, "thead button")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .contains("make baseline")
        })
        .unwrap();
    click(&make).await;
    let table = q(&root, ".compare-table");
    let diff = text(&q(&table, "tr[data-row=residential_beds]"), ".diff");
    assert!(
        diff.starts_with(&format!("+{}", proposed_beds - today_beds)),
        "{diff}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_comparison_link_opens_the_comparison_with_its_scenarios() {
    let root = mount();
    root.remove();
    let today = crisis_model::Scenario {
        population: 150_000.0,
        ..Default::default()
    };
    let mut proposed = today.clone();
    proposed.population = 450_000.0;
    let today_beds = crisis_model::evaluate(&today)
        .unwrap()
        .totals
        .residential_beds
        .total;
    let proposed_beds = crisis_model::evaluate(&proposed)
        .unwrap()
        .totals
        .residential_beds
        .total;
    let enc = |s: &crisis_model::Scenario, name: &str| {
        format!("{}.{name}", crisis_model::link::encode(s))
    };
    // a damaged third scenario is skipped; base=0 makes "Today" the baseline
    set_address(&format!(
        "?s={}&vs={}&vs={}&vs=AAAA.Broken&base=0",
        crisis_model::link::encode(&proposed),
        enc(&today, "Today"),
        enc(&proposed, "Proposed%20%3Cb%3E"),
    ));
    let root = mount_here();
    tick().await;
    let table = q(&root, ".compare-table");
    let heads: Vec<String> = qa(&table, "thead .col-name")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(heads, ["Today", "On screen", "Proposed <b>"]);
    let beds = q(&table, "tr[data-row=residential_beds]");
    let cells = qa(&beds, "td .value");
    assert_eq!(cells[0].text_content().unwrap(), today_beds.to_string());
    assert_eq!(cells[2].text_content().unwrap(), proposed_beds.to_string());
    // nothing was saved until the person asks
    assert_eq!(storage().get_item(LIBRARY_KEY).unwrap(), None);
    let keep = qa(&root, ".comparison button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().contains("Keep them"))
        .unwrap();
    click(&keep).await;
    assert_eq!(names(&root), ["Today", "Proposed <b>"]);
    // closing takes the comparison out of the address
    let close = qa(&root, ".comparison button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().contains("Close"))
        .unwrap();
    click(&close).await;
    assert!(root.query_selector(".compare-table").unwrap().is_none());
    assert!(!leptos::prelude::window()
        .location()
        .search()
        .unwrap()
        .contains("vs="));
    root.remove();
}
