//! The results as CSV, for a spreadsheet: one row a figure, with its stream, service, measure,
//! value and unit. Plain numbers (no thousands separators, shares as fractions), so a
//! spreadsheet reads them as numbers; text fields are quoted per RFC 4180, and a text field that
//! a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.

use std::fmt::Write;

use crate::eval::results::{Facility, Money, Results, StreamResults};
use crate::text::lang::Lang;

/// The results as CSV text (UTF-8, CRLF line ends, a header row).
pub fn results_csv(r: &Results) -> String {
    results_csv_in(r, Lang::En)
}

/// The results as CSV with its header and words in a language. The numbers stay plain (a
/// point before decimals, no thousands separators, shares as fractions), so any spreadsheet
/// reads them the same way.
pub fn results_csv_in(r: &Results, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut out = String::from(t(
        "stream,service,measure,value,unit\r\n",
        "población,servicio,medida,valor,unidad\r\n",
    ));
    let mut row = |stream: &str, service: &str, measure: &str, value: f64, unit: &str| {
        push_row(&mut out, stream, service, measure, value, unit)
    };
    let tot = &r.totals;
    let all = t("all", "todos");
    let residential = t("residential", "residencial");
    let beds = t("beds", "camas");
    let fte = t("FTE", "FTE");
    row(
        all,
        t("scenario", "escenario"),
        t("population", "población"),
        r.population,
        t("residents", "residentes"),
    );
    row(
        all,
        t("scenario", "escenario"),
        t("crisis episodes a year", "episodios de crisis al año"),
        tot.episodes_per_year,
        t("episodes", "episodios"),
    );
    row(
        all,
        residential,
        beds,
        tot.residential_beds.total as f64,
        beds,
    );
    row(
        all,
        residential,
        t("beds as one pool", "camas como un solo conjunto compartido"),
        tot.pooled_residential_beds.total as f64,
        beds,
    );
    row(
        all,
        residential,
        t("facilities", "centros"),
        tot.residential_facilities.total as f64,
        t("facilities", "centros"),
    );
    row(
        all,
        t("receiving facility", "centro de recepción de crisis"),
        t("chairs", "sillones"),
        tot.receiving_chairs.total as f64,
        t("chairs", "sillones"),
    );
    row(
        all,
        t("inpatient", "hospitalización"),
        beds,
        tot.inpatient_beds.total as f64,
        beds,
    );
    row(
        all,
        t("hospital only", "solo atención hospitalaria"),
        beds,
        tot.hospital_only_beds.total as f64,
        beds,
    );
    row(
        all,
        t("mobile teams", "equipos móviles"),
        t("teams on duty", "equipos de turno"),
        tot.mobile_teams as f64,
        t("teams", "equipos"),
    );
    row(
        all,
        t("mobile teams", "equipos móviles"),
        t("full-time staff", "puestos de tiempo completo"),
        tot.mobile_fte,
        fte,
    );
    row(
        all,
        t("crisis line", "línea de crisis"),
        t("counselors on duty", "consejeros de turno"),
        tot.crisis_line_on_duty as f64,
        t("counselors", "consejeros"),
    );
    row(
        all,
        t("crisis line", "línea de crisis"),
        t("full-time counselors", "consejeros de tiempo completo"),
        tot.crisis_line_fte,
        fte,
    );
    let dollars = t("dollars a year", "dólares al año");
    let (low, default, high) = (
        t("at low costs", "con costos bajos"),
        t("default", "predeterminado"),
        t("at high costs", "con costos altos"),
    );
    // smaller to larger, each end named for the case it comes from (savings at high costs can
    // be the smaller end)
    let mut money = |stream: &str, service: &str, measure: &str, m: Money| {
        let ends = if m.low <= m.high {
            [(low, m.low), (default, m.mid), (high, m.high)]
        } else {
            [(high, m.high), (default, m.mid), (low, m.low)]
        };
        for (case, value) in ends {
            row(
                stream,
                service,
                &format!("{measure} ({case})"),
                value,
                dollars,
            );
        }
    };
    let annual = t("annual cost", "costo anual");
    let continuum = t("continuum", "continuo");
    money(all, continuum, annual, tot.annual_cost);
    money(
        all,
        t("hospital only", "solo atención hospitalaria"),
        annual,
        tot.hospital_only_cost,
    );
    money(all, continuum, t("savings", "ahorro"), tot.savings);
    for (name, m) in r.cost_by_service_in(lang) {
        money(all, &name.to_ascii_lowercase(), annual, m);
    }
    let streams = [
        (t("adult", "adultos"), Some(&r.adult)),
        (t("youth", "jóvenes"), r.youth.as_ref()),
    ];
    for (stream, s) in streams {
        let Some(s) = s else { continue };
        stream_rows(&mut out, stream, s, lang);
    }
    out
}

/// The results' CSV with who pays after them ([`crate::analysis::funding`]): what the command
/// line and the "Who pays" section save. Kept apart from [`results_csv_in`], which the page's
/// first download carries, so the funding model loads only with its section.
pub fn results_with_funding_csv_in(r: &Results, lang: Lang) -> String {
    let mut out = results_csv_in(r, lang);
    for (stream, service, measure, value, unit) in
        crate::analysis::funding::funding(r).csv_rows_in(lang)
    {
        push_row(&mut out, &stream, &service, &measure, value, &unit);
    }
    out
}

fn stream_rows(out: &mut String, stream: &str, s: &StreamResults, lang: Lang) {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut facility = |service: &str, unit: &str, f: &Facility| {
        let rows: [(&str, f64, &str); 8] = [
            (
                t("admissions a month", "admisiones al mes"),
                f.admissions_per_month,
                t("admissions", "ingresos"),
            ),
            (
                t("average stay", "estadía promedio"),
                f.stay_days,
                t("days", "días"),
            ),
            (
                t("offered load", "carga ofrecida"),
                f.load,
                t("average census", "censo promedio"),
            ),
            (t("capacity", "capacidad"), f.beds as f64, unit),
            (
                t("share of days full", "proporción de días a plena capacidad"),
                f.days_full,
                t("fraction", "fracción"),
            ),
            (
                t("utilization", "utilización"),
                f.utilization,
                t("fraction", "fracción"),
            ),
            (
                t("facilities", "centros"),
                f.facilities as f64,
                t("facilities", "centros"),
            ),
            (
                t("annual cost (default)", "costo anual (predeterminado)"),
                f.cost.mid,
                t("dollars a year", "dólares al año"),
            ),
        ];
        for (measure, value, u) in rows {
            push_row(out, stream, service, measure, value, u);
        }
    };
    facility(
        t("receiving facility", "centro de recepción de crisis"),
        t("chairs", "sillones"),
        &s.receiving,
    );
    for p in &s.programs {
        facility(
            &crate::input::presets::program_name_in(&p.name, lang),
            t("beds", "camas"),
            &p.facility,
        );
    }
    facility(
        t("inpatient", "hospitalización"),
        t("beds", "camas"),
        &s.inpatient,
    );
}

/// What the continuum averts and the benchmarks, as more rows of the same CSV (no header):
/// stream `outcomes` (service: the outcome; measure: method, evidence and end) and
/// `benchmarks` (measure: the published figure, its ends, and the plan's comparable figure).
pub fn outcomes_csv_rows_in(r: &Results, lang: Lang) -> String {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut out = String::new();
    for o in crate::analysis::outcomes::outcomes(r) {
        let label = o.label_in(lang);
        let unit = o.unit_in(lang);
        for (end, value) in [
            (t("low", "bajo"), o.annual.low),
            (t("default", "predeterminado"), o.annual.mid),
            (t("high", "alto"), o.annual.high),
        ] {
            let measure = format!(
                "{}; {}; {end}",
                o.method.label_in(lang),
                o.evidence.label_in(lang)
            );
            push_row(
                &mut out,
                t("outcomes", "resultados"),
                label,
                &measure,
                value,
                unit,
            );
        }
    }
    for b in crate::analysis::benchmarks::benchmarks(r) {
        let unit = match b.unit {
            "share" => t("share", "proporción"),
            "per-100k-month" => t("per 100,000 a month", "por cada 100,000 al mes"),
            _ => t("per 100,000 residents", "por cada 100,000 residentes"),
        };
        for (measure, value) in [
            (t("published", "publicado"), b.value),
            (t("published, low", "publicado, bajo"), b.low),
            (t("published, high", "publicado, alto"), b.high),
            (t("the plan", "el plan"), b.comparable),
        ] {
            push_row(
                &mut out,
                t("benchmarks", "referencias"),
                b.label_in(lang),
                measure,
                value,
                unit,
            );
        }
    }
    out
}

/// The headline figures a page that embeds the planner receives (the `crisis-planner:results`
/// message): each figure's name (the results' own field names) and its value, annual costs at
/// their default (middle) value.
pub fn headline_figures(r: &Results) -> [(&'static str, f64); 13] {
    let t = &r.totals;
    [
        ("residential_beds", t.residential_beds.total as f64),
        (
            "residential_facilities",
            t.residential_facilities.total as f64,
        ),
        ("receiving_chairs", t.receiving_chairs.total as f64),
        ("inpatient_beds", t.inpatient_beds.total as f64),
        ("hospital_only_beds", t.hospital_only_beds.total as f64),
        ("mobile_teams", t.mobile_teams as f64),
        ("mobile_fte", t.mobile_fte),
        ("crisis_line_on_duty", t.crisis_line_on_duty as f64),
        ("crisis_line_fte", t.crisis_line_fte),
        ("episodes_per_year", t.episodes_per_year),
        ("annual_cost", t.annual_cost.mid),
        ("hospital_only_cost", t.hospital_only_cost.mid),
        ("savings", t.savings.mid),
    ]
    .map(|(name, v)| (name, if v.is_finite() { v } else { 0.0 }))
}

/// One chart's data as CSV, for a spreadsheet: a header row of the columns' names, then a row
/// for each of the chart's items: its labels (text), then its numbers (plain, full precision;
/// anything non-finite as an empty cell). Text is quoted and guarded as in [`results_csv`].
pub fn chart_csv(columns: &[&str], rows: &[(Vec<String>, Vec<f64>)]) -> String {
    let mut out = String::new();
    let header: Vec<String> = columns.iter().map(|c| cell(c)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for (labels, values) in rows {
        let labels: Vec<String> = labels.iter().map(|l| cell(l)).collect();
        out.push_str(&labels.join(","));
        for v in values {
            out.push(',');
            if v.is_finite() {
                let _ = write!(out, "{v}");
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// One CSV row: four text fields around a plain number (0 for anything non-finite).
pub(crate) fn push_row(
    out: &mut String,
    stream: &str,
    service: &str,
    measure: &str,
    value: f64,
    unit: &str,
) {
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
pub(crate) fn cell(text: &str) -> String {
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
    fn a_chart_csv_holds_its_numbers_plain_and_its_text_guarded() {
        let csv = chart_csv(
            &["From", "To", "Beds", "Cost"],
            &[
                (
                    vec!["Residential".to_string(), "Home".to_string()],
                    vec![55.0, 1_234_567.5],
                ),
                (
                    vec!["=HYPERLINK(\"x\")".to_string(), String::new()],
                    vec![f64::NAN, -2.0],
                ),
            ],
        );
        assert_eq!(
            csv,
            "\"From\",\"To\",\"Beds\",\"Cost\"\r\n\"Residential\",\"Home\",55,1234567.5\r\n\"'=HYPERLINK(\"\"x\"\")\",\"\",,-2\r\n"
        );
    }

    #[test]
    fn the_headline_figures_are_the_totals() {
        let r = evaluate(&preset(PresetId::Roadmap)).unwrap();
        let figures = headline_figures(&r);
        let get = |name: &str| figures.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(get("residential_beds"), 55.0);
        assert_eq!(get("annual_cost"), r.totals.annual_cost.mid);
        assert_eq!(get("savings"), r.totals.savings.mid);
        assert_eq!(get("mobile_teams"), r.totals.mobile_teams as f64);
        assert!(figures.iter().all(|(_, v)| v.is_finite()));
    }

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
