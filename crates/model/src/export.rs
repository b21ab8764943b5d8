//! The results as CSV, for a spreadsheet: one row a figure, with its stream, service, measure,
//! value and unit. Plain numbers (no thousands separators, shares as fractions), so a
//! spreadsheet reads them as numbers; text fields are quoted per RFC 4180, and a text field that
//! a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

use std::fmt::Write;

use crate::results::{Facility, Money, Results, StreamResults};

/// The results as CSV text (UTF-8, CRLF line ends, a header row).
pub fn results_csv(r: &Results) -> String {
    let mut out = String::from("stream,service,measure,value,unit\r\n");
    let mut row = |stream: &str, service: &str, measure: &str, value: f64, unit: &str| {
        push_row(&mut out, stream, service, measure, value, unit)
    };
    let t = &r.totals;
    let all = "all";
    row(all, "scenario", "population", r.population, "residents");
    row(
        all,
        "scenario",
        "crisis episodes a year",
        t.episodes_per_year,
        "episodes",
    );
    row(
        all,
        "residential",
        "beds",
        t.residential_beds.total as f64,
        "beds",
    );
    row(
        all,
        "residential",
        "beds as one pool",
        t.pooled_residential_beds.total as f64,
        "beds",
    );
    row(
        all,
        "residential",
        "facilities",
        t.residential_facilities.total as f64,
        "facilities",
    );
    row(
        all,
        "receiving facility",
        "chairs",
        t.receiving_chairs.total as f64,
        "chairs",
    );
    row(
        all,
        "inpatient",
        "beds",
        t.inpatient_beds.total as f64,
        "beds",
    );
    row(
        all,
        "hospital only",
        "beds",
        t.hospital_only_beds.total as f64,
        "beds",
    );
    row(
        all,
        "mobile teams",
        "teams on duty",
        t.mobile_teams as f64,
        "teams",
    );
    row(all, "mobile teams", "full-time staff", t.mobile_fte, "FTE");
    row(
        all,
        "crisis line",
        "counselors on duty",
        t.crisis_line_on_duty as f64,
        "counselors",
    );
    row(
        all,
        "crisis line",
        "full-time counselors",
        t.crisis_line_fte,
        "FTE",
    );
    let mut money = |stream: &str, service: &str, measure: &str, m: Money| {
        row(
            stream,
            service,
            &format!("{measure} (low)"),
            m.low,
            "dollars a year",
        );
        row(
            stream,
            service,
            &format!("{measure} (default)"),
            m.mid,
            "dollars a year",
        );
        row(
            stream,
            service,
            &format!("{measure} (high)"),
            m.high,
            "dollars a year",
        );
    };
    money(all, "continuum", "annual cost", t.annual_cost);
    money(all, "hospital only", "annual cost", t.hospital_only_cost);
    money(all, "continuum", "savings", t.savings);
    for (name, m) in r.cost_by_service() {
        money(all, &name.to_lowercase(), "annual cost", m);
    }
    let streams = [("adult", Some(&r.adult)), ("youth", r.youth.as_ref())];
    for (stream, s) in streams {
        let Some(s) = s else { continue };
        stream_rows(&mut out, stream, s);
    }
    out
}

fn stream_rows(out: &mut String, stream: &str, s: &StreamResults) {
    let mut facility = |service: &str, unit: &str, f: &Facility| {
        let rows: [(&str, f64, &str); 8] = [
            ("admissions a month", f.admissions_per_month, "admissions"),
            ("average stay", f.stay_days, "days"),
            ("offered load", f.load, "average census"),
            ("capacity", f.beds as f64, unit),
            ("share of days full", f.days_full, "fraction"),
            ("utilization", f.utilization, "fraction"),
            ("facilities", f.facilities as f64, "facilities"),
            ("annual cost (default)", f.cost.mid, "dollars a year"),
        ];
        for (measure, value, u) in rows {
            push_row(out, stream, service, measure, value, u);
        }
    };
    facility("receiving facility", "chairs", &s.receiving);
    for p in &s.programs {
        facility(&p.name, "beds", &p.facility);
    }
    facility("inpatient", "beds", &s.inpatient);
}

/// One CSV row: four text fields around a plain number (0 for anything non-finite).
fn push_row(out: &mut String, stream: &str, service: &str, measure: &str, value: f64, unit: &str) {
    let value = if value.is_finite() { value } else { 0.0 };
    let _ = write!(
        out,
        "{},{},{},{},{}\r\n",
        cell(stream),
        cell(service),
        cell(measure),
        value,
        cell(unit)
    );
}

/// One CSV text field: quoted, quotes doubled, formula starts neutralised.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, preset, PresetId};

    #[test]
    fn the_roadmap_csv_holds_the_worked_example() {
        let r = evaluate(&preset(PresetId::Roadmap)).unwrap();
        let csv = results_csv(&r);
        assert!(csv.starts_with("stream,service,measure,value,unit\r\n"));
        assert!(
            csv.contains("\"all\",\"residential\",\"beds\",55,\"beds\"\r\n"),
            "{csv}"
        );
        // every row has five fields and a number in the fourth
        for line in csv.lines().skip(1) {
            let fields: Vec<&str> = line.split("\",").collect();
            assert_eq!(fields.len(), 4, "{line}");
            let value = fields[3].split(',').next().unwrap();
            assert!(value.parse::<f64>().unwrap().is_finite(), "{line}");
        }
    }

    #[test]
    fn text_cells_are_quoted_and_formulas_neutralised() {
        let cases = [
            ("plain", "\"plain\""),
            ("a \"quoted\" name", "\"a \"\"quoted\"\" name\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "\"'+1\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("line\nbreak, comma", "\"line\nbreak, comma\""),
        ];
        for (text, want) in cases {
            assert_eq!(cell(text), want);
        }
    }
}
