//! Browser tests of "How sure is this?": the bands and the tornado the page shows are the model's,
//! they appear after the draws run in slices, and they follow the scenario.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_model::format::Format;
use crisis_model::{run_monte_carlo, run_simulation, tornado, Lang, Metric, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The text of the beds band once the run for `want` has finished (at most about 20 s).
async fn beds_band_when(root: &Element, want: &str) -> String {
    let mut last = String::new();
    for _ in 0..200 {
        if let Some(el) = root
            .query_selector("[data-band=residential-beds] .band-range")
            .unwrap()
        {
            last = el.text_content().unwrap_or_default();
            if last == want {
                return last;
            }
        }
        sleep(100).await;
    }
    last
}

fn expected_beds(s: &Scenario) -> String {
    let r = run_monte_carlo(s).unwrap();
    let b = r.band(Metric::ResidentialBeds);
    let f = Format::new(Lang::En);
    format!("{} – {}", f.thousands(b.p10), f.thousands(b.p90))
}

#[wasm_bindgen_test]
async fn the_bands_and_the_tornado_are_the_models_and_follow_the_scenario() {
    let root = mount();
    let s = Scenario::default();
    let want = expected_beds(&s);
    assert_eq!(beds_band_when(&root, &want).await, want);
    // the tornado's first row is the input the model ranks first
    let first = q(&root, "svg.tornado .tornado-row");
    let t = tornado(&s).unwrap();
    assert_eq!(first.get_attribute("data-input").unwrap(), t.rows[0].input);
    assert_eq!(
        qa(&root, "svg.tornado .tornado-row").len(),
        t.rows.len().min(10)
    );
    // the histogram of each band is drawn: beds, staff, cost, police hours, emergency-department
    // hours, what the county and the state pay
    assert_eq!(qa(&root, ".band-card svg.histogram").len(), 7);
    // ordered by the police hours freed: the model's order, the inputs that move them only
    let police = q(&root, "[data-order=police-hours]");
    police.unchecked_ref::<web_sys::HtmlElement>().click();
    let want: Vec<String> = t
        .by(Metric::PoliceHours)
        .into_iter()
        .filter(|r| r.swing(Metric::PoliceHours) > 0.0)
        .take(10)
        .map(|r| r.input.clone())
        .collect();
    let mut shown: Vec<String> = Vec::new();
    for _ in 0..50 {
        shown = qa(&root, "svg.tornado .tornado-row")
            .iter()
            .map(|r| r.get_attribute("data-input").unwrap())
            .collect();
        if shown == want {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(shown, want);
    assert!(shown.contains(&"police_share".to_string()));
    // among them what the county and the state themselves pay (who pays)
    assert_eq!(
        qa(&root, "[data-band=county-net], [data-band=state-net]").len(),
        2
    );

    // then the simulated year: a row per program and pool, with the model's Erlang B beside it
    let sim = run_simulation(&s).unwrap();
    let mut rows = Vec::new();
    for _ in 0..300 {
        rows = qa(&root, ".sim-table tbody tr");
        if !rows.is_empty() {
            break;
        }
        sleep(100).await;
    }
    let keys: Vec<String> = rows
        .iter()
        .map(|r| r.get_attribute("data-sim").unwrap())
        .collect();
    let want: Vec<String> = sim.programs.iter().map(|p| p.key.clone()).collect();
    assert_eq!(keys, want);
    let f = Format::new(Lang::En);
    let first = &sim.programs[0].result;
    let cells = qa(&rows[0], "td");
    assert_eq!(
        cells[1].text_content().unwrap(),
        f.thousands(first.beds as f64)
    );
    assert_eq!(cells[2].text_content().unwrap(), f.percent(first.erlang_b));
    assert!(cells[3]
        .text_content()
        .unwrap()
        .starts_with(&f.percent(first.time_full.mean)));

    // a new population: the bands are drawn again for it
    type_into(&root, "population", "1200000").await;
    let mut bigger = s.clone();
    bigger.population = 1_200_000.0;
    let want = expected_beds(&bigger);
    assert_eq!(beds_band_when(&root, &want).await, want);
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_while_the_draws_run_loses_nothing() {
    let root = mount();
    // start a run, then keep typing while it is under way
    type_into(&root, "population", "700000").await;
    sleep(350).await;
    type_into(&root, "population", "710000").await;
    type_into(&root, "population", "720000").await;
    let pop: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(q(&root, "input[data-path='population']"));
    assert_eq!(pop.value(), "720000");
    let s = Scenario {
        population: 720_000.0,
        ..Default::default()
    };
    let want = expected_beds(&s);
    assert_eq!(beds_band_when(&root, &want).await, want);
    root.remove();
}

/// Wait (at most about 30 s) until `ok` holds.
async fn until(mut ok: impl FnMut() -> bool) -> bool {
    for _ in 0..300 {
        if ok() {
            return true;
        }
        sleep(100).await;
    }
    false
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

/// Choose an option of a select, as a person would.
async fn choose(root: &Element, sel: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = wasm_bindgen::JsCast::unchecked_into(q(root, sel));
    select.set_value(value);
    let ev = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&ev).unwrap();
    leptos::task::tick().await;
}

fn input_value(root: &Element, path: &str) -> String {
    let el: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(q(root, &format!("input[data-path='{path}']")));
    el.value()
}

#[wasm_bindgen_test]
async fn the_census_chart_draws_a_year_against_the_beds() {
    let root = mount();
    let s = Scenario::default();
    let sim = run_simulation(&s).unwrap();
    let lead = sim
        .programs
        .iter()
        .filter(|p| !p.is_pool())
        .max_by_key(|p| p.result.beds)
        .unwrap();
    assert!(until(|| root.query_selector("svg.census").unwrap().is_some()).await);
    let chart = q(&root, "svg.census");
    let c = &lead.result.census;
    assert_eq!(attr(&chart, "data-days"), "365");
    assert_eq!(attr(&chart, "data-beds"), c.beds.to_string());
    assert_eq!(attr(&chart, "data-days-full"), c.days_full().to_string());
    // the beds line, the two series, and a mark for each run of full days
    assert_eq!(qa(&chart, "line.census-beds").len(), 1);
    let steps = attr(&q(&chart, "path.census-max"), "d");
    assert_eq!(steps.matches('H').count(), 365);
    assert!(root
        .query_selector("svg.census path.census-mean")
        .unwrap()
        .is_some());
    let marked: usize = qa(&chart, "rect.census-full-mark").len();
    assert!(marked <= c.days_full() && (marked > 0) == (c.days_full() > 0));
    // the caption says it in words, with the model's count
    let f = Format::new(Lang::En);
    let caption = text(&root, ".census-caption");
    assert!(
        caption.contains(&format!(
            "the {} beds were full at some moment on {}",
            f.count(c.beds),
            f.plural(c.days_full() as u64, "day", "days")
        )),
        "{caption}"
    );
    // another program: its own census
    let pool = sim.programs.iter().find(|p| p.is_pool()).unwrap();
    choose(&root, "#census-program", &pool.key).await;
    let chart = q(&root, "svg.census");
    assert_eq!(attr(&chart, "data-beds"), pool.result.beds.to_string());
    assert_eq!(
        attr(&chart, "data-days-full"),
        pool.result.census.days_full().to_string()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn changing_the_stay_distribution_changes_the_simulated_year() {
    let root = mount();
    let s = Scenario::default();
    let mut fixed = s.clone();
    fixed.uncertainty.stay_distribution = crisis_model::StayDistribution::Fixed;
    let (before, after) = (run_simulation(&s).unwrap(), run_simulation(&fixed).unwrap());
    let f = Format::new(Lang::En);
    let days_full =
        |r: &crisis_model::SimulationResults| f.percent(r.programs[0].result.days_full.mean);
    assert_ne!(
        days_full(&before),
        days_full(&after),
        "the model tells them apart"
    );
    let cell = |root: &Element| {
        root.query_selector(".sim-table tbody tr td:nth-child(6)")
            .unwrap()
            .and_then(|c| c.text_content())
            .unwrap_or_default()
    };
    assert!(until(|| cell(&root).starts_with(&days_full(&before))).await);
    choose(
        &root,
        "select[data-path='uncertainty.stay_distribution']",
        "fixed",
    )
    .await;
    assert!(
        until(|| cell(&root).starts_with(&days_full(&after))).await,
        "{}",
        cell(&root)
    );
    // the hint names the distribution, and it is kept in the scenario (the link)
    assert!(text(&root, "#uncertainty").contains("every stay the same length"));
    // the coefficient of variation is asked only for log-normal stays
    assert!(root
        .query_selector("input[data-path='uncertainty.stay_cv']")
        .unwrap()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_range_is_explained_at_its_field_and_the_defaults_come_back() {
    let root = mount();
    let s = Scenario::default();
    let low = "uncertainty.adult_rate.low";
    let high = "uncertainty.adult_rate.high";
    assert!(until(|| input_value(&root, low) == "200").await);
    assert_eq!(input_value(&root, high), "230");
    // a valid high end, another input, then a low end above the value
    type_into(&root, high, "250").await;
    type_into(&root, "population", "600000").await;
    type_into(&root, low, "260").await;
    let mut want = s.clone();
    want.population = 600_000.0;
    crisis_model::uncertainty::set_high(&mut want, crisis_model::InputId::AdultRate, 250.0);
    crisis_model::uncertainty::set_low(&mut want, crisis_model::InputId::AdultRate, 260.0);
    let problems = crisis_model::validate(&want);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, low);
    let field = q(&root, &format!("input[data-path='{low}']"))
        .closest(".field")
        .unwrap()
        .unwrap();
    assert_eq!(text(&field, ".field-error"), problems[0].message);
    assert!(problems[0].message.contains("(200 per 100,000"));
    // nothing else is lost
    assert_eq!(input_value(&root, low), "260");
    assert_eq!(input_value(&root, high), "250");
    assert_eq!(input_value(&root, "population"), "600000");
    // text that is not a number stays as typed, with the same message
    type_into(&root, low, "abc").await;
    assert_eq!(input_value(&root, low), "abc");
    assert!(text(&field, ".field-error").starts_with("The low end of the range"));
    // restoring the default ranges clears the message and puts back 200 to 230
    click(&q(&root, "button.restore-ranges")).await;
    assert!(until(|| input_value(&root, low) == "200").await);
    assert_eq!(input_value(&root, low), "200");
    assert_eq!(input_value(&root, high), "230");
    assert!(field.query_selector(".field-error").unwrap().is_none());
    assert_eq!(input_value(&root, "population"), "600000");
    assert!(q(&root, "button.restore-ranges").has_attribute("disabled"));
    // each range shows its source
    let row = q(&root, "fieldset.range-row[data-input='adult_rate']");
    assert_eq!(qa(&row, ".tip-button").len(), 2);
    root.remove();
}
