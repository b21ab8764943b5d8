//! Browser tests: the real page mounted in headless Chromium, read the way a person reads it.
//!
//! Run with `cargo test --target wasm32-unknown-unknown` (./dev.sh test does it); the cargo runner
//! is wasm-bindgen-test-runner, which drives Chromium through chromedriver.
#![cfg(target_arch = "wasm32")]

use crisis_continuum_planner::shell::i18n::LANG_KEY;
use crisis_continuum_planner::shell::kept::{tab_key, TAB_ID_KEY, TAB_PREFIX};
use crisis_continuum_planner::shell::persist::STORAGE_KEY;
use crisis_continuum_planner::App;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Replace the page address's query (`?s=...`), as opening a link would.
fn set_address(query: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

fn address_query() -> String {
    window().location().search().unwrap()
}

wasm_bindgen_test_configure!(run_in_browser);

/// Mount a fresh App into its own section of the test page, with no link and nothing saved
/// (no scenario, no language: headless Chromium's language, English).
fn mount() -> Element {
    set_address("");
    forget_autosave();
    storage().remove_item(LANG_KEY).unwrap();
    mount_here()
}

/// Forget every tab's autosaved scenario and this tab's id, as a new browser would have.
fn forget_autosave() {
    let s = storage();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(TAB_PREFIX) || k == STORAGE_KEY)
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
    let session = window().session_storage().unwrap().unwrap();
    session.remove_item(TAB_ID_KEY).unwrap();
}

/// Mount an App as the page stands (address and storage as they are).
fn mount_here() -> Element {
    let doc = document();
    let section = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&section).unwrap();
    let handle = mount_to(section.clone().unchecked_into(), App);
    handle.forget();
    section
}

fn q(root: &Element, sel: &str) -> Element {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {sel}"))
}

fn qa(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn text(root: &Element, sel: &str) -> String {
    q(root, sel).text_content().unwrap_or_default()
}

/// The plain number behind a headline figure.
fn metric(root: &Element, name: &str) -> f64 {
    q(root, &format!("[data-metric='{name}']"))
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

/// Type into a field found by its model path, as a person would.
async fn type_into(root: &Element, path: &str, value: &str) {
    let input: HtmlInputElement = q(root, &format!("input[data-path='{path}']")).unchecked_into();
    input.set_value(value);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
    tick().await;
}

async fn choose(root: &Element, path: &str, value: &str) {
    let select: HtmlSelectElement =
        q(root, &format!("select[data-path='{path}']")).unchecked_into();
    select.set_value(value);
    let ev = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&ev).unwrap();
    tick().await;
}

async fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
    tick().await;
}

#[wasm_bindgen_test]
async fn the_page_renders_title_intro_and_headline_figures() {
    let root = mount();
    tick().await;
    assert_eq!(text(&root, "h1"), "Crisis Continuum Planner");
    assert!(text(&root, ".intro").contains("mobile crisis team"));
    for name in [
        "residential-beds",
        "residential-facilities",
        "receiving-chairs",
        "mobile-teams",
        "crisis-line-staff",
        "annual-cost",
        "hospital-only-cost",
        "savings",
    ] {
        let el = q(&root, &format!("[data-metric='{name}']"));
        let shown = el.text_content().unwrap_or_default();
        assert!(!shown.is_empty(), "{name} is empty");
        assert!(!shown.contains("NaN"), "{name} shows NaN");
    }
    // the default scenario's figures are the model's
    let r = crisis_model::evaluate(&crisis_model::Scenario::default()).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        r.totals.residential_beds.total as f64
    );
    assert_eq!(metric(&root, "mobile-teams"), r.totals.mobile_teams as f64);
    assert_eq!(
        text(&root, "[data-metric='annual-cost']"),
        crisis_model::format::currency_compact(r.totals.annual_cost.mid)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_roadmap_preset_gives_55_beds_and_population_changes_them() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    type_into(&root, "population", "500000").await;
    assert_eq!(metric(&root, "residential-beds"), 55.0);
    assert_eq!(text(&root, "[data-metric='residential-beds']"), "55");
    assert_eq!(metric(&root, "residential-facilities"), 4.0);

    type_into(&root, "population", "1,000,000").await;
    let mut s = crisis_model::preset(crisis_model::PresetId::Roadmap);
    s.population = 1_000_000.0;
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );
    assert!(want.totals.residential_beds.total > 55);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_share_a_stay_and_the_rule_change_the_figures_to_the_models_values() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    let mut s = crisis_model::preset(crisis_model::PresetId::Roadmap);

    // a share: 30% -> 40% of presentations to residential care
    type_into(&root, "flow.entry_to_residential", "40").await;
    s.flow.entry_to_residential = 0.40;
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );

    // a stay: 5 -> 7 days
    type_into(&root, "programs[0].stay_days", "7").await;
    s.programs[0].stay_days = 7.0;
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );

    // the rule: occupancy at 85%
    choose(&root, "sizing.rule", "occupancy").await;
    s.set_sizing_rule(crisis_model::SizingRule::Occupancy);
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );
    assert_eq!(
        text(&root, "[data-metric='annual-cost']"),
        crisis_model::format::currency_compact(want.totals.annual_cost.mid)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_invalid_field_shows_its_message_and_keeps_everything_else() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    type_into(&root, "population", "500000").await;
    type_into(&root, "programs[0].stay_days", "6").await;
    let beds_before = metric(&root, "residential-beds");

    type_into(&root, "population", "-5").await;
    let err = q(&root, "#f-population-err");
    assert!(
        err.text_content().unwrap().contains("Population"),
        "{:?}",
        err.text_content()
    );
    let input: HtmlInputElement = q(&root, "input[data-path='population']").unchecked_into();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.value(), "-5", "what the person typed stays");
    // other inputs are untouched
    let stay: HtmlInputElement =
        q(&root, "input[data-path='programs[0].stay_days']").unchecked_into();
    assert_eq!(stay.value(), "6");
    // the last valid results stay visible, marked out of date
    assert_eq!(metric(&root, "residential-beds"), beds_before);
    assert!(text(&root, ".status.stale").contains("Out of date"));

    // text that is not a number: same, never NaN on the page
    type_into(&root, "population", "lots").await;
    assert!(q(&root, "#f-population-err").text_content().unwrap().len() > 10);
    assert!(!root.text_content().unwrap().contains("NaN"));

    // fixing it brings fresh results back
    type_into(&root, "population", "500000").await;
    assert!(root.query_selector("#f-population-err").unwrap().is_none());
    assert!(root.query_selector(".status.stale").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_charts_draw_one_shape_per_service_and_flow() {
    let root = mount();
    choose(&root, "preset", "crisis-now").await;
    let r = crisis_model::evaluate(&crisis_model::Scenario::default()).unwrap();
    let (nodes, links) = crisis_continuum_planner::widgets::charts::flow_graph(&r.adult);
    assert_eq!(qa(&root, ".flow-chart .flow-node rect").len(), nodes.len());
    assert_eq!(qa(&root, ".flow-chart .flow-link").len(), links.len());
    // entry, mobile, receiving, ED, 6 programs, inpatient, resolved
    assert_eq!(nodes.len(), 4 + r.adult.programs.len() + 2);
    // the bed curve: two series and the chosen bed count
    assert_eq!(qa(&root, ".curve-chart .series-full").len(), 1);
    assert_eq!(qa(&root, ".curve-chart .series-util").len(), 1);
    assert!(text(&root, ".curve-chart")
        .contains(&format!("{} beds", r.adult.programs[0].facility.beds)));
    // the cost chart: one segment per service with a cost, plus the hospital-only bar, and
    // two whiskers
    let segments = r
        .cost_by_service()
        .iter()
        .filter(|(_, m)| m.mid > 0.0)
        .count();
    assert_eq!(qa(&root, ".cost-chart .cost-bar").len(), segments + 1);
    assert_eq!(qa(&root, ".cost-chart .whisker").len(), 2);

    // removing a program leaves shares that no longer add up: the results are kept, marked
    // out of date; giving its share to another program removes its box from the flow diagram
    let programs_before = qa(&root, "#f-programs .mix-program").len();
    let remove = qa(&root, "#f-programs .mix-program button.link");
    click(remove.last().unwrap()).await;
    assert_eq!(
        qa(&root, "#f-programs .mix-program").len(),
        programs_before - 1
    );
    assert!(text(&root, ".status.stale").contains("Out of date"));
    assert_eq!(qa(&root, ".flow-chart .flow-node rect").len(), nodes.len());
    let first = r.adult.programs[0].share + r.adult.programs.last().unwrap().share;
    type_into(&root, "programs[0].share", &format!("{:.0}", first * 100.0)).await;
    assert!(
        root.query_selector(".status.stale").unwrap().is_none(),
        "{}",
        text(&root, ".inputs .field-error")
    );
    assert_eq!(
        qa(&root, ".flow-chart .flow-node rect").len(),
        nodes.len() - 1
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn adding_and_renaming_a_program_shows_it_as_text() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    let add = qa(&root, "button.secondary")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Add program")
        .unwrap();
    click(&add).await;
    assert_eq!(qa(&root, ".mix-program").len(), 2);
    // shares now add up to 100% + 0%: fine; give the new one 20% and the first 80%
    type_into(&root, "programs[0].share", "80").await;
    type_into(&root, "programs[1].share", "20").await;
    let name: HtmlInputElement = q(&root, "input[data-path='programs[1].name']").unchecked_into();
    name.set_value("<b>Respite</b> & more");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let table = text(&root, "#facility-title + .table-wrap table");
    assert!(
        table.contains("<b>Respite</b> & more"),
        "shown as text: {table}"
    );
    assert!(
        root.query_selector(".table-wrap b").unwrap().is_none(),
        "never as markup"
    );
    // shares that do not add up are reported on the mix
    type_into(&root, "programs[1].share", "50").await;
    assert!(text(&root, ".inputs").contains("130%"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_link_opens_exactly_the_scenario_that_was_on_the_screen() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    type_into(&root, "population", "812,000").await;
    type_into(&root, "programs[0].stay_days", "6.5").await;
    type_into(&root, "place_name", "Pima <County>").await;
    let beds = metric(&root, "residential-beds");
    let cost = text(&root, "[data-metric='annual-cost']");
    settle().await;
    let query = address_query();
    assert!(query.starts_with("?s="), "{query}");
    root.remove();

    // a new page opened from that link, with nothing saved in the browser
    storage().remove_item(STORAGE_KEY).unwrap();
    set_address(&query);
    let again = mount_here();
    tick().await;
    assert_eq!(metric(&again, "residential-beds"), beds);
    assert_eq!(text(&again, "[data-metric='annual-cost']"), cost);
    let pop: HtmlInputElement = q(&again, "input[data-path='population']").unchecked_into();
    assert_eq!(pop.value(), "812000");
    assert!(text(&again, ".place-title").contains("Pima <County>"));
    again.remove();
}

#[wasm_bindgen_test]
async fn autosave_brings_the_scenario_back_after_a_reload() {
    let root = mount();
    type_into(&root, "population", "250000").await;
    let beds = metric(&root, "residential-beds");
    settle().await;
    root.remove();
    // a reload: the address has no scenario, storage has the last one
    set_address("");
    let again = mount_here();
    tick().await;
    assert_eq!(metric(&again, "residential-beds"), beds);
    let pop: HtmlInputElement = q(&again, "input[data-path='population']").unchecked_into();
    assert_eq!(pop.value(), "250000");
    again.remove();
}

#[wasm_bindgen_test]
async fn two_tabs_keep_their_own_scenarios_and_a_fresh_visit_offers_the_other() {
    let pop = |root: &Element| {
        q(root, "input[data-path='population']")
            .unchecked_into::<HtmlInputElement>()
            .value()
    };
    // the first tab
    let first = mount();
    type_into(&first, "population", "111000").await;
    settle().await;
    first.remove();
    // a second tab (no id of its own yet): it opens the first tab's scenario, then changes it
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .remove_item(TAB_ID_KEY)
        .unwrap();
    set_address("");
    let second = mount_here();
    tick().await;
    assert_eq!(pop(&second), "111000");
    type_into(&second, "population", "222000").await;
    settle().await;
    second.remove();
    // both are kept, each under its own key
    let s = storage();
    let kept: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(TAB_PREFIX))
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    // a fresh visit opens the most recent and offers the other under "Recent"
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .remove_item(TAB_ID_KEY)
        .unwrap();
    set_address("");
    let fresh = mount_here();
    tick().await;
    assert_eq!(pop(&fresh), "222000");
    let recent = text(&fresh, "[data-testid='recent']");
    assert!(recent.contains("111,000"), "{recent}");
    let open: HtmlElement = q(&fresh, "[data-testid='recent'] li button").unchecked_into();
    open.click();
    settle().await;
    assert_eq!(pop(&fresh), "111000");
    fresh.remove();
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_so_and_keeps_the_saved_scenario() {
    let root = mount();
    type_into(&root, "population", "333000").await;
    let beds = metric(&root, "residential-beds");
    settle().await;
    root.remove();
    for bad in [
        "?s=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "?s=eyJ2ZXJzaW9uIjo5OX0",
        "?s=AAAA",
    ] {
        set_address(bad);
        let page = mount_here();
        tick().await;
        let notice = text(&page, ".notice");
        assert!(notice.contains("last scenario"), "{bad}: {notice}");
        assert_eq!(metric(&page, "residential-beds"), beds, "{bad}");
        assert!(page.query_selector("script").unwrap().is_none());
        page.remove();
    }
    // foreign data in storage: the default scenario, and a plain message
    forget_autosave();
    storage()
        .set_item(STORAGE_KEY, "{\"not\": \"a scenario\"")
        .unwrap();
    set_address("");
    let page = mount_here();
    tick().await;
    assert!(text(&page, ".notice").contains("could not be read"));
    let r = crisis_model::evaluate(&crisis_model::Scenario::default()).unwrap();
    assert_eq!(
        metric(&page, "residential-beds"),
        r.totals.residential_beds.total as f64
    );
    page.remove();
}

/// Choose a file in the "Open scenario file" control, as a person would.
async fn open_file(root: &Element, name: &str, contents: &str) {
    let input: HtmlInputElement = q(root, ".file-tools input[type='file']").unchecked_into();
    let before = text(root, ".file-tools [role='status']");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    // reading a file is asynchronous: give it a few turns of the event loop
    for _ in 0..20 {
        gloo_timers_like_sleep(10).await;
        if text(root, ".file-tools [role='status']") != before {
            break;
        }
    }
    tick().await;
}

/// Wait until the address and local storage hold what was typed (they are written once typing
/// pauses, `persist::WRITE_DELAY_MS`).
async fn settle() {
    gloo_timers_like_sleep(crisis_continuum_planner::shell::persist::WRITE_DELAY_MS as i32 + 150)
        .await;
}

async fn gloo_timers_like_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_scenario_file_opens_and_a_foreign_file_is_refused() {
    let root = mount();
    let mut s = crisis_model::preset(crisis_model::PresetId::Roadmap);
    s.population = 640_000.0;
    s.place_name = "<img src=x onerror=alert(1)> County".into();
    let want = crisis_model::evaluate(&s).unwrap();
    open_file(&root, "county.json", &s.to_json_pretty()).await;
    assert!(text(&root, ".file-tools [role='status']").contains("Opened county.json"));
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );
    assert!(text(&root, ".place-title").contains("<img src=x onerror=alert(1)> County"));
    assert!(
        root.query_selector(".place-title img").unwrap().is_none(),
        "never markup"
    );

    // not a scenario: a message, and nothing the person had is changed
    for (name, contents) in [
        ("photo.json", "\u{89}PNG not json at all"),
        ("list.json", "[1, 2, 3]"),
        ("future.json", "{\"version\": 7}"),
        ("other.json", "{\"version\": 1, \"colour\": \"blue\"}"),
    ] {
        open_file(&root, name, contents).await;
        let status = text(&root, ".file-tools [role='status']");
        assert!(
            status.contains("could not be opened") && status.contains("Nothing was changed"),
            "{name}: {status}"
        );
        assert_eq!(
            metric(&root, "residential-beds"),
            want.totals.residential_beds.total as f64,
            "{name}"
        );
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn embed_mode_hides_the_chrome_locks_inputs_and_leaves_saved_scenarios_alone() {
    // the person's own saved scenario on the planner's site
    let root = mount();
    type_into(&root, "population", "444000").await;
    settle().await;
    let saved = storage().get_item(&tab_key()).unwrap().unwrap();
    root.remove();

    let mut s = crisis_model::preset(crisis_model::PresetId::Roadmap);
    s.population = 200_000.0;
    let link = crisis_model::link::encode(&s);
    set_address(&format!("?s={link}&embed=1&lock=1&edit=population"));
    let page = mount_here();
    tick().await;
    assert!(page.query_selector(".site-header").unwrap().is_none());
    assert!(page.query_selector(".site-footer").unwrap().is_none());
    assert!(page.query_selector(".share-bar").unwrap().is_none());
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&page, "residential-beds"),
        want.totals.residential_beds.total as f64
    );
    // only the population can be changed
    let pop: HtmlInputElement = q(&page, "input[data-path='population']").unchecked_into();
    assert!(!pop.read_only());
    let rate: HtmlInputElement =
        q(&page, "input[data-path='adult.rate_per_100k']").unchecked_into();
    assert!(rate.read_only());
    let preset: HtmlSelectElement = q(&page, "select[data-path='preset']").unchecked_into();
    assert!(preset.disabled());
    type_into(&page, "population", "300000").await;
    s.population = 300_000.0;
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&page, "residential-beds"),
        want.totals.residential_beds.total as f64
    );
    // the address keeps the embed settings; the saved scenario is untouched
    settle().await;
    let query = address_query();
    assert!(
        query.contains("embed=1") && query.contains("lock=1"),
        "{query}"
    );
    assert_eq!(storage().get_item(&tab_key()).unwrap().unwrap(), saved);
    page.remove();
}

#[wasm_bindgen_test]
async fn the_embed_dialog_gives_an_iframe_for_this_scenario() {
    let root = mount();
    type_into(&root, "population", "123456").await;
    let button = qa(&root, ".share-bar button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Embed this")
        .unwrap();
    click(&button).await;
    tick().await;
    let code: web_sys::HtmlTextAreaElement = q(&root, "#embed-snippet").unchecked_into();
    let snippet = code.value();
    assert!(
        snippet.starts_with("<iframe data-crisis-planner src=\""),
        "{snippet}"
    );
    assert!(snippet.contains("embed.js\" defer></script>"), "{snippet}");
    assert!(snippet.contains("embed=1"), "{snippet}");
    assert!(snippet.contains(&address_query()[3..]), "{snippet}");
    root.remove();
}

#[wasm_bindgen_test]
async fn back_steps_through_presets_and_programs_but_not_each_keystroke() {
    let root = mount();
    let history = window().history().unwrap();
    let length = history.length().unwrap();
    type_into(&root, "population", "400000").await;
    type_into(&root, "population", "410000").await;
    assert_eq!(
        history.length().unwrap(),
        length,
        "typing replaces the entry"
    );
    let crisis_now = metric(&root, "residential-beds");
    choose(&root, "preset", "roadmap").await;
    assert_eq!(history.length().unwrap(), length + 1, "a preset is a step");
    let roadmap = metric(&root, "residential-beds");
    assert_ne!(roadmap, crisis_now);
    // Back: the address returns to the Crisis Now scenario, and so does the page
    history.back().unwrap();
    for _ in 0..30 {
        gloo_timers_like_sleep(10).await;
        if metric(&root, "residential-beds") == crisis_now {
            break;
        }
    }
    assert_eq!(metric(&root, "residential-beds"), crisis_now);
    let pop: HtmlInputElement = q(&root, "input[data-path='population']").unchecked_into();
    assert_eq!(pop.value(), "410000");
    root.remove();
}

async fn key(name: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(name);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    window().dispatch_event(&ev).unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn presentation_mode_shows_the_figures_then_one_chart_a_slide() {
    let root = mount();
    choose(&root, "preset", "roadmap").await;
    let present = qa(&root, ".share-bar button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Present")
        .unwrap();
    click(&present).await;
    let doc = document().document_element().unwrap();
    assert_eq!(
        text(&doc, ".present [data-present-metric='residential-beds']"),
        "55"
    );
    key("ArrowRight").await;
    assert!(doc
        .query_selector(".present .flow-chart")
        .unwrap()
        .is_some());
    key("ArrowRight").await;
    assert!(doc
        .query_selector(".present .cost-chart")
        .unwrap()
        .is_some());
    // who pays, then the beds curve
    key("ArrowRight").await;
    key("ArrowRight").await;
    assert!(text(&doc, ".present .curve-chart").contains("55 beds"));
    // what the continuum averts: the model's figures, with their evidence
    key("ArrowRight").await;
    assert_eq!(
        text(&doc, ".present [data-present-outcome='ed-hours'] .value"),
        "93,600 (52,800-218,400) hours a year"
    );
    key("ArrowLeft").await;
    key("ArrowLeft").await;
    key("ArrowLeft").await;
    assert!(doc
        .query_selector(".present .cost-chart")
        .unwrap()
        .is_some());
    key("Escape").await;
    assert!(doc.query_selector(".present").unwrap().is_none());
    root.remove();
}

/// The label shown above a headline figure.
fn metric_label(root: &Element, name: &str) -> String {
    q(root, &format!("[data-metric='{name}']"))
        .parent_element()
        .and_then(|card| card.query_selector(".label").ok().flatten())
        .and_then(|label| label.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_the_page_spanish_and_back() {
    let root = mount();
    tick().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let r = crisis_model::evaluate(&crisis_model::Scenario::default()).unwrap();
    let cost_en = text(&root, "[data-metric='annual-cost']");

    click(&q(&root, "[data-lang='es']")).await;
    tick().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(
        metric_label(&root, "residential-beds"),
        "Camas residenciales de crisis"
    );
    assert_eq!(text(&root, "#inputs-title"), "Su escenario");
    // money as US Spanish writes it: "$32.6 millones", the English figure in Spanish words
    let cost = text(&root, "[data-metric='annual-cost']");
    assert!(
        cost.starts_with('$') && cost.contains(" millones") && !cost.contains("US$"),
        "{cost}"
    );
    assert_eq!(cost.replace(" millones", " million"), cost_en);
    assert_eq!(
        cost,
        crisis_model::format::Format::new(crisis_model::Lang::Es)
            .currency_compact(r.totals.annual_cost.mid)
    );
    // the figures themselves do not change
    assert_eq!(
        metric(&root, "residential-beds"),
        r.totals.residential_beds.total as f64
    );
    // the model's validation message, in Spanish, under the field
    type_into(&root, "population", "-5").await;
    let err = text(&root, "#f-population-err");
    assert!(err.contains("La población"), "{err}");
    assert!(text(&root, ".status.stale").contains("Desactualizado"));
    assert!(!root.text_content().unwrap().contains("NaN"));
    // a number typed the US way, as US Spanish speakers write it; leaving the field shows the
    // value it understood
    type_into(&root, "population", "250,000").await;
    assert!(root.query_selector("#f-population-err").unwrap().is_none());
    q(&root, "input[data-path='population']")
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    let read = q(&root, "#f-population")
        .parent_element()
        .unwrap()
        .parent_element()
        .unwrap();
    let read = q(&read, ".read-as");
    assert!(!read.has_attribute("hidden"));
    assert_eq!(
        read.text_content().unwrap_or_default(),
        "Se leyó como 250,000"
    );
    let s = crisis_model::Scenario {
        population: 250_000.0,
        ..Default::default()
    };
    let want = crisis_model::evaluate(&s).unwrap();
    assert_eq!(
        metric(&root, "residential-beds"),
        want.totals.residential_beds.total as f64
    );

    // and back to English, with the problem message following
    type_into(&root, "population", "-5").await;
    click(&q(&root, "[data-lang='en']")).await;
    tick().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        metric_label(&root, "residential-beds"),
        "Residential crisis beds"
    );
    assert!(text(&root, "#f-population-err").contains("Population"));
    type_into(&root, "population", "500000").await;
    assert_eq!(text(&root, "[data-metric='annual-cost']"), cost_en);
    storage().remove_item(LANG_KEY).unwrap();
    root.remove();
}
