//! Browser tests of "How sure is this?": the bands and the tornado the page shows are the model's,
//! they appear after the draws run in slices, and they follow the scenario.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_model::format::Format;
use crisis_model::{run_monte_carlo, run_simulation, tornado, Lang, Metric, Scenario};
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
    // the histogram of each band is drawn
    assert_eq!(qa(&root, ".band-card svg.histogram").len(), 3);

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
