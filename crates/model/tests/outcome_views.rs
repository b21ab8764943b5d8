//! What the page, the presentation and the board summary draw of the outcomes: the benchmarks
//! chart's rows (pure maths, shared scales by unit) and the summary's line, with real values.

use crisis_model::benchmarks::{benchmarks, chart_rows, Position};
use crisis_model::outcomes::{outcomes, summary_in, SUMMARY_IDS};
use crisis_model::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9
}

#[test]
fn the_chart_places_each_benchmark_and_the_plan_on_a_shared_round_scale() {
    let r = evaluate(&preset(PresetId::Roadmap)).unwrap();
    let marks = benchmarks(&r);
    let rows = chart_rows(&marks);
    assert_eq!(rows.len(), marks.len());
    let row = |id: &str| rows[marks.iter().position(|m| m.id == id).unwrap()];
    // beds per 100,000: the largest is the Treatment Advocacy Center's 60, so 0 to 100
    let inpatient = r.totals.inpatient_beds.total as f64 / 5.0;
    assert!(inpatient < 60.0, "{inpatient}");
    let tac = row("tac-beds");
    assert_eq!(tac.top, 100.0);
    assert!(close(tac.low, 0.4) && close(tac.value, 0.5) && close(tac.high, 0.6));
    assert!(close(tac.plan, inpatient / 100.0));
    // the worked example's 55 beds: 11 per 100,000 within 10-12
    let res = row("roadmap-residential-beds");
    assert_eq!(res.top, 100.0);
    assert!(close(res.plan, 0.11) && close(res.low, 0.10) && close(res.high, 0.12));
    // episodes: 230 a month against the plan's 200, on 0 to 250
    let ep = row("crnc-episodes");
    assert_eq!(ep.top, 250.0);
    assert!(close(ep.value, 0.92) && close(ep.plan, 0.8));
    // the triage shares, on 0 to 100%
    let r = evaluate(&preset(PresetId::CrisisNow)).unwrap();
    let marks = benchmarks(&r);
    let rows = chart_rows(&marks);
    for (m, row) in marks.iter().zip(&rows) {
        for x in [row.low, row.value, row.high, row.plan] {
            assert!((0.0..=1.0).contains(&x), "{}: {row:?}", m.id);
        }
        assert!(row.low <= row.value && row.value <= row.high, "{}", m.id);
        // the chart says what the table says: the plan inside the range when within it
        let inside = row.plan >= row.low - 1e-3 && row.plan <= row.high + 1e-3;
        assert_eq!(inside, m.position == Position::Within, "{}", m.id);
        if m.unit == "share" {
            assert_eq!(row.top, 1.0);
            assert!(close(row.plan, m.comparable));
        }
    }
}

#[test]
fn the_summary_line_names_each_outcome_with_its_range_and_evidence() {
    let r = evaluate(&preset(PresetId::Roadmap)).unwrap();
    let all = outcomes(&r);
    let en = summary_in(&all, Lang::En);
    println!("{en}");
    assert!(
        en.contains("93,600 (52,800-218,400) hours a year (administrative data)"),
        "{en}"
    );
    assert!(
        en.contains("6,600 (3,000-37,600) hours a year (assumption)"),
        "{en}"
    );
    assert!(en.ends_with("controlled studies find smaller effects, or none."));
    for id in SUMMARY_IDS {
        let o = all.iter().find(|o| o.id == id).unwrap();
        assert!(en.contains(o.label_in(Lang::En)), "{id}");
    }
    let es = summary_in(&all, Lang::Es);
    println!("{es}");
    assert!(es.contains("93,600 (52,800-218,400)"), "{es}");
    assert!(es.contains("supuesto"), "{es}");
    assert!(es.ends_with("o ninguno."));
}
