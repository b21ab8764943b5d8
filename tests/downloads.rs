//! Browser tests of the charts' pictures (`browser::image`, `widgets::charts::download`) and the
//! embedded page's glue (`browser::frame`): every chart of the results sits in its downloads
//! frame; a chart's picture is self-contained SVG carrying its lines of text, sized from the
//! chart's box on the page; the body's height and today's date are read.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use crisis_continuum_planner::browser::{self, frame, image};
use leptos::task::tick;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_charts_picture_is_self_contained_and_carries_its_lines() {
    let root = mount();
    tick().await;
    // the results' three charts, each in its frame with its three downloads
    for chart in ["crisis-flow", "annual-cost", "beds-curve"] {
        let block = q(&root, &format!(".chart-block[data-chart=\"{chart}\"]"));
        assert_eq!(qa(&block, ".chart-downloads button").len(), 3, "{chart}");
        assert!(!qa(&block, "svg.chart").is_empty(), "{chart}");
    }
    let block = q(&root, ".chart-block[data-chart=\"annual-cost\"]");
    let line = |text: &str, size: f64| image::Line {
        text: text.to_string(),
        size,
        bold: false,
    };
    let picture = image::picture(
        &block,
        640.0,
        &[
            line("Annual cost <test> & title", 24.0),
            line("Dollars a year", 16.0),
        ],
        &[line("Source: Crisis Continuum Planner", 14.0)],
    )
    .expect("a picture");
    let svg = &picture.svg;
    assert!(svg.starts_with("<svg"), "{svg}");
    // text is text: escaped, never markup
    assert!(
        svg.contains("Annual cost &lt;test&gt; &amp; title"),
        "{svg}"
    );
    assert!(svg.contains("Source: Crisis Continuum Planner"));
    assert!(
        !svg.contains("var(--"),
        "no variable of the page's stylesheet"
    );
    assert!(!svg.contains("class=\""), "no class for a stylesheet");
    assert!(svg.contains("font-family"), "the font named inline");
    assert!(
        svg.contains("fill: rgb(") || svg.contains("fill:rgb("),
        "computed colours inline"
    );
    // as wide as the chart's box (at least 640) and its margins, and taller than the lines
    let chart = browser::bounding_box(&q(&block, "svg.chart"));
    assert!(chart.width > 0.0 && chart.height > 0.0);
    assert_eq!(picture.width, (chart.width.max(640.0) + 48.0).ceil());
    assert!(picture.height > chart.height * picture.width / chart.width.max(1.0) * 0.9);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_page_reads_its_height_and_the_date() {
    let root = mount();
    tick().await;
    assert!(frame::content_height() > 100.0);
    let (year, month, day) = browser::today();
    assert!(year >= 2024 && (1..=12).contains(&month) && (1..=31).contains(&day));
    // not in a frame: no parent origin, so nothing is set and no figures are sent
    assert!(!frame::in_frame());
    assert_eq!(frame::parent_origin(), None);
    root.remove();
}
