//! Many areas at once: every area as the single-area planner evaluates it, the sums, the
//! regions' pooled beds, and the strict reader of the table of areas.

use crisis_model::areas::{
    area_scenario, areas_csv, evaluate_area, evaluate_areas, read_areas, read_areas_in, Area,
    AreasResults, MAX_AREAS_BYTES, RURAL_DISPATCH_FACTOR,
};
use crisis_model::*;
use proptest::prelude::*;

fn eval(s: &Scenario) -> Results {
    match evaluate(s) {
        Ok(r) => r,
        Err(p) => panic!("unexpected problems: {p:?}"),
    }
}

fn areas(csv: &str) -> Vec<Area> {
    let read = read_areas(csv).expect("a readable table");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    read.areas
}

const FIVE: &str = "name,population,rate,rural,region\n\
    Alpine,1200,,yes,Sierra\n\
    Amador,40000,250,no,Sierra\n\
    Calaveras,46000,,,Sierra\n\
    Sacramento,1585000,180,no,Valley\n\
    Yolo,216000,,no,Valley\n";

// ---------------------------------------------------------------------------------------------
// Each area is the single-area planner's evaluation.

#[test]
fn each_area_is_the_single_area_evaluation() {
    let base = Scenario::default();
    let list = areas(FIVE);
    let res = evaluate_areas(&base, &list, Lang::En);
    assert_eq!(res.areas.len(), 5);
    assert!(res.refused.is_empty());
    for (a, got) in list.iter().zip(&res.areas) {
        // the scenario built by hand, as a planner would enter the area on the single-area page
        let mut s = Scenario {
            place_name: a.name.clone(),
            population: a.population,
            ..Scenario::default()
        };
        if let Some(r) = a.rate_per_100k {
            s.adult.rate_per_100k = r;
        }
        if a.rural == Some(true) {
            s.mobile.busy_hours_per_dispatch *= RURAL_DISPATCH_FACTOR;
        }
        assert_eq!(area_scenario(&base, a), s);
        let r = eval(&s);
        assert_eq!(got.totals, r.totals, "{}", a.name);
        assert_eq!(got.population, a.population);
        let words: Vec<(String, String)> = r
            .warnings()
            .into_iter()
            .map(|(k, w)| (k, w.message()))
            .collect();
        let mine: Vec<(String, String)> = got
            .warnings
            .iter()
            .map(|w| (w.key.clone(), w.message()))
            .collect();
        assert_eq!(mine, words, "{}", a.name);
    }
    // Alpine (1,200 people) is too small for programs of its own: seed 003's rural advice
    let alpine = &res.areas[0];
    assert!(alpine.rural && alpine.low_use);
    let advice = alpine.advice.as_deref().unwrap_or("");
    assert!(advice.contains(
        "\"there may not be enough volume to support a full range of residential crisis services\""
    ));
    assert!(advice.contains("flexible on-call staff, including peers"));
    // Sacramento is large enough for every program
    assert!(!res.areas[3].low_use && res.areas[3].advice.is_none());
    // the rural dispatch takes longer: the rural flag changes the mobile teams' hours only
    let mut urban = list[0].clone();
    urban.rural = Some(false);
    let u = eval(&area_scenario(&base, &urban));
    assert_eq!(u.totals.residential_beds, alpine.totals.residential_beds);
    let hours = |a: &Area| area_scenario(&base, a).mobile.busy_hours_per_dispatch;
    assert_eq!(hours(&list[0]), hours(&urban) * RURAL_DISPATCH_FACTOR);
    assert!(u.totals.mobile_fte <= alpine.totals.mobile_fte);
}

#[test]
fn density_decides_rurality_when_the_table_does_not_say() {
    let list = areas("name,population,per_sq_mile,rural\nA,5000,12,\nB,5000,800,\nC,5000,12,no\n");
    assert!(list[0].is_rural());
    assert!(!list[1].is_rural());
    assert!(
        !list[2].is_rural(),
        "the rural column wins over the density"
    );
}

#[test]
fn an_area_the_single_planner_refuses_is_refused_with_its_problems() {
    let list = areas("name,population,rate\nGood,50000,\nNone,0,\nWild,50000,99999999\n");
    let res = evaluate_areas(&Scenario::default(), &list, Lang::En);
    assert_eq!(res.areas.len(), 1);
    let refused: Vec<(&str, usize)> = res
        .refused
        .iter()
        .map(|p| (p.name.as_str(), p.row))
        .collect();
    assert_eq!(refused, vec![("None", 3), ("Wild", 4)]);
    for p in &res.refused {
        let s = area_scenario(&Scenario::default(), &list[p.row - 2]);
        assert_eq!(p.problems, validate(&s));
    }
    assert_eq!(res.total.areas, 1);
    assert_eq!(res.total.population, 50_000.0);
}

// ---------------------------------------------------------------------------------------------
// Sums are sums.

fn sum_of<'a>(list: impl Iterator<Item = &'a Totals> + Clone) -> (u64, u64, u64, u64, f64, f64) {
    let l = list.clone();
    (
        l.clone().map(|t| t.residential_beds.total).sum(),
        l.clone().map(|t| t.receiving_chairs.total).sum(),
        l.clone().map(|t| t.inpatient_beds.total).sum(),
        l.clone().map(|t| t.mobile_teams).sum(),
        l.clone().map(|t| t.episodes_per_year).sum(),
        l.map(|t| t.annual_cost.mid).sum(),
    )
}

fn figures(t: &Totals) -> (u64, u64, u64, u64, f64, f64) {
    (
        t.residential_beds.total,
        t.receiving_chairs.total,
        t.inpatient_beds.total,
        t.mobile_teams,
        t.episodes_per_year,
        t.annual_cost.mid,
    )
}

fn assert_sums(res: &AreasResults) {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    for region in &res.regions {
        let members: Vec<&Totals> = res
            .areas
            .iter()
            .filter(|a| a.region.as_deref() == Some(&region.name))
            .map(|a| &a.totals)
            .collect();
        assert_eq!(region.areas, members.len());
        let (want, got) = (sum_of(members.iter().copied()), figures(&region.totals));
        assert_eq!(
            (want.0, want.1, want.2, want.3),
            (got.0, got.1, got.2, got.3)
        );
        assert!(close(want.4, got.4) && close(want.5, got.5));
        assert_eq!(region.separate, want.0, "separate beds are the areas' own");
        assert_eq!(region.saved, region.separate - region.pooled);
    }
    let (want, got) = (
        sum_of(res.areas.iter().map(|a| &a.totals)),
        figures(&res.total.totals),
    );
    assert_eq!(
        (want.0, want.1, want.2, want.3),
        (got.0, got.1, got.2, got.3)
    );
    assert!(close(want.4, got.4) && close(want.5, got.5));
    let pop: f64 = res.areas.iter().map(|a| a.population).sum();
    assert!(close(res.total.population, pop));
    let t = &res.total.totals;
    assert!(close(
        t.savings.mid,
        t.hospital_only_cost.mid - t.annual_cost.mid
    ));
    assert!(close(t.cost_per_resident.mid, t.annual_cost.mid / pop));
}

#[test]
fn region_and_total_sums_are_sums() {
    let res = evaluate_areas(&Scenario::default(), &areas(FIVE), Lang::En);
    assert_eq!(res.regions.len(), 2);
    assert_eq!(res.regions[0].name, "Sierra");
    assert_eq!(res.regions[0].areas, 3);
    assert_sums(&res);
}

// ---------------------------------------------------------------------------------------------
// Pooling.

/// Two counties of 20,000 residents, the Roadmap preset (one residential program, 30% of
/// episodes, 5-day stays; youth off), 200 episodes per 100,000 a month, the days-full rule
/// (at most 5% of days full, at most 95% utilization).
///
/// Each county: 20,000 × 200 / 100,000 × 30% = 12 admissions a month; offered load
/// A = 12 × 12 / 365 × 5 = 1.9726 beds. Erlang B by its recursion B(c) = A·B(c−1) / (c + A·B(c−1)):
/// B(1) = 0.6636, B(2) = 0.3956, B(3) = 0.2064, B(4) = 0.0924, B(5) = 0.0352 ≤ 5%, with
/// utilization 1.9726 × (1 − 0.0352) / 5 = 38%: 5 beds each, 10 separate.
///
/// Pooled: A = 3.9452. B(1) = 0.7978, B(2) = 0.6115, B(3) = 0.4457, B(4) = 0.3054,
/// B(5) = 0.1942, B(6) = 0.1132, B(7) = 0.0600, B(8) = 0.0287 ≤ 5%, with utilization
/// 3.9452 × (1 − 0.0287) / 8 = 48%: 8 beds. Pooling saves 2 beds, and utilization rises from
/// 38% to 48%.
#[test]
fn two_counties_pooled_save_two_beds_by_hand() {
    let base = preset(PresetId::Roadmap);
    let list = areas("name,population,region\nEast,20000,Pair\nWest,20000,Pair\n");
    let res = evaluate_areas(&base, &list, Lang::En);
    for a in &res.areas {
        assert_eq!(a.totals.residential_beds.total, 5);
        assert!(a.low_use, "38% is below seed 003's 50%");
    }
    let r = &res.regions[0];
    assert_eq!((r.separate, r.pooled, r.saved), (10, 8, 2));
    assert_eq!(format::percent(r.utilization_separate), "38.1%");
    assert_eq!(format::percent(r.utilization_pooled), "47.9%");
    assert_eq!(r.programs.len(), 1);
    assert!((r.programs[0].load - 2.0 * 12.0 * 12.0 / 365.0 * 5.0).abs() < 1e-12);
    assert_eq!(res.total.pooled_by_region, 8);
}

fn region_name(i: u8) -> &'static str {
    ["North", "South", "East"][usize::from(i) % 3]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Pooled beds never exceed separate beds, for every program type of every region, under
    /// either sizing rule and at any target; and every sum is a sum.
    #[test]
    fn pooled_never_exceeds_separate(
        counties in prop::collection::vec((1_000u32..3_000_000, 20.0f64..600.0, 0u8..4), 1..12),
        occupancy in any::<bool>(),
        target in 0.01f64..0.2,
        preset_i in 0usize..2,
    ) {
        let mut base = preset([PresetId::CrisisNow, PresetId::Roadmap][preset_i]);
        if occupancy {
            base.set_sizing_rule(SizingRule::Occupancy);
            base.sizing.target = 0.95 - target;
        } else {
            base.sizing.target = target;
        }
        let list: Vec<Area> = counties
            .iter()
            .enumerate()
            .map(|(i, &(population, rate, region))| Area {
                name: format!("County {i}"),
                population: f64::from(population),
                rate_per_100k: Some(rate),
                region: (region < 3).then(|| region_name(region).to_string()),
                row: i + 2,
                ..Area::default()
            })
            .collect();
        let res = evaluate_areas(&base, &list, Lang::En);
        prop_assert!(res.refused.is_empty(), "{:?}", res.refused);
        for r in &res.regions {
            prop_assert!(r.pooled <= r.separate, "{}: {} > {}", r.name, r.pooled, r.separate);
            for p in &r.programs {
                prop_assert!(p.pooled <= p.separate, "{} {}: {} > {}", r.name, p.kind, p.pooled, p.separate);
                // a pool held at the separate count turns away no larger a share than the
                // separate programs (Erlang B pooling); a pool sized by the days-full rule meets
                // the target
                if p.capped {
                    prop_assert!(p.days_full_pooled <= p.days_full_separate + 1e-12, "{} {}", r.name, p.kind);
                } else if !occupancy {
                    prop_assert!(p.days_full_pooled <= target + 1e-12, "{} {}", r.name, p.kind);
                }
            }
        }
        prop_assert!(res.total.pooled_by_region <= res.total.totals.residential_beds.total);
        assert_sums(&res);
    }
}

// ---------------------------------------------------------------------------------------------
// The reader.

#[test]
fn comma_and_tab_with_a_header_row() {
    let comma = areas("Name,Population,Rate,Region\n\"Lewis and Clark, MT\",70000,210,West\n");
    let tab = areas("name\tpopulation\trate\tregion\nLewis and Clark, MT\t70,000\t210\tWest\n");
    assert_eq!(comma, tab);
    assert_eq!(comma[0].name, "Lewis and Clark, MT");
    assert_eq!(comma[0].population, 70_000.0);
    assert_eq!(comma[0].rate_per_100k, Some(210.0));
    assert_eq!(comma[0].region.as_deref(), Some("West"));
    // Windows line ends, a byte-order mark, blank lines and a quoted quote
    let crlf = areas("\u{feff}name,population\r\n\r\n\"The \"\"Big\"\" One\",10\r\n");
    assert_eq!(crlf[0].name, "The \"Big\" One");
    assert_eq!(crlf[0].row, 3);
    // Spanish headers
    let es = areas("nombre,población,región\nA,10,R\n");
    assert_eq!(
        (es[0].population, es[0].region.as_deref()),
        (10.0, Some("R"))
    );
}

#[test]
fn missing_columns_unknown_columns_and_empty_files_are_refused() {
    let e = read_areas("name,rate\nA,200\n").unwrap_err();
    assert!(e.contains("no \"population\" column"), "{e}");
    let e = read_areas("population\n100\n").unwrap_err();
    assert!(e.contains("no \"name\" column"), "{e}");
    let e = read_areas("name,population,colour\nA,1,red\n").unwrap_err();
    assert_eq!(
        e,
        "Row 1, column 3: \"colour\" is not a column of the table of areas; the columns are \
         name, population, rate, rural, per_sq_mile, region, beds_today."
    );
    let e = read_areas("name,population,name\n").unwrap_err();
    assert!(e.contains("given twice"), "{e}");
    for empty in ["", "\n\n", "  \r\n"] {
        let e = read_areas(empty).unwrap_err();
        assert!(e.starts_with("The table of areas is empty"), "{e}");
    }
    let e = read_areas("name,population\n").unwrap_err();
    assert!(e.contains("no areas"), "{e}");
    let e = read_areas_in("", Lang::Es).unwrap_err();
    assert!(e.starts_with("La tabla de zonas está vacía"), "{e}");
}

#[test]
fn a_bad_number_in_row_212_names_row_and_column_and_keeps_the_good_rows() {
    let mut text = String::from("name,population,rate\n");
    for i in 2..=300 {
        if i == 212 {
            text.push_str("Bad County,12x00,200\n");
        } else {
            text.push_str(&format!("County {i},{},200\n", 1000 * i));
        }
    }
    let read = read_areas(&text).unwrap();
    assert_eq!(read.areas.len(), 298);
    assert_eq!(read.problems.len(), 1);
    let p = &read.problems[0];
    assert_eq!((p.row, p.column.as_str()), (212, "population"));
    assert_eq!(
        p.message,
        "Row 212, column \"population\": \"12x00\" is not a number."
    );
    let es = read_areas_in(&text, Lang::Es).unwrap();
    assert_eq!(
        es.problems[0].message,
        "Fila 212, columna \"population\": \"12x00\" no es un número."
    );
    // other bad values
    let read = read_areas(
        "name,population,rural,beds_today,per_sq_mile\n,5,,,\nB,,,,\nC,5,maybe,,\nD,5,,2.5,\nE,5,,,-1\nF,5,,,,\nG,5,yes,3,10\n",
    )
    .unwrap();
    let rows: Vec<(usize, &str)> = read
        .problems
        .iter()
        .map(|p| (p.row, p.column.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (2, "name"),
            (3, "population"),
            (4, "rural"),
            (5, "beds_today"),
            (6, "per_sq_mile"),
            (7, "")
        ]
    );
    assert!(read.problems[5]
        .message
        .starts_with("Row 7, column 6: the row has 6 values"));
    assert_eq!(read.areas.len(), 1);
    assert_eq!(read.areas[0].beds_today, Some(3.0));
}

#[test]
fn duplicate_names_are_named_with_the_first_row() {
    let read = read_areas("name,population\nAdams,100\nBaker,200\nAdams,300\n").unwrap();
    assert_eq!(read.areas.len(), 2);
    assert_eq!(
        read.problems[0].message,
        "Row 4, column \"name\": \"Adams\" is already the name of row 2; each area needs its own \
         name."
    );
}

#[test]
fn a_file_over_the_limit_is_refused_with_the_limit() {
    let big = "x".repeat(MAX_AREAS_BYTES + 1);
    let e = read_areas(&big).unwrap_err();
    assert_eq!(
        e,
        "The table of areas is 16,777,217 bytes; the largest accepted is 16 MB (16,777,216 bytes)."
    );
}

#[test]
fn a_hundred_thousand_rows_are_read_and_evaluated() {
    let mut text = String::from("name,population,rate,region\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "Area {i},{},{},R{}\n",
            2_000 + i * 7 % 500_000,
            150 + i % 100,
            i % 50
        ));
    }
    let read = read_areas(&text).unwrap();
    assert!(read.problems.is_empty());
    assert_eq!(read.areas.len(), 100_000);
    let res = evaluate_areas(&preset(PresetId::Roadmap), &read.areas, Lang::En);
    assert_eq!(res.areas.len(), 100_000);
    assert_eq!(res.regions.len(), 50);
    assert!(res.regions.iter().all(|r| r.pooled <= r.separate));
}

#[test]
fn the_writer_and_the_reader_agree() {
    let list = areas(
        "name,population,rate,rural,per_sq_mile,region,beds_today\n\
         \"Doña Ana, NM\",219000,210,no,57.2,South,12\n\
         \" Padded \",10,,yes,,,\n",
    );
    assert_eq!(list[1].name, "Padded");
    let again = areas(&areas_csv(&list));
    assert_eq!(again, list);
    assert_eq!(
        areas_csv(&areas("name,population\nA,5\n")),
        "name,population\nA,5\n"
    );
}

// ---------------------------------------------------------------------------------------------
// The scenario carries the table.

#[test]
fn the_scenario_carries_the_table_in_its_file_and_link() {
    let mut s = Scenario::default();
    assert_eq!(s.areas, "");
    assert!(!s.to_json().contains("\"areas\":\"name"));
    s.areas = FIVE.to_string();
    let back = Scenario::from_json(&s.to_json_pretty()).unwrap();
    assert_eq!(back, s);
    let linked = link::decode(&link::encode(&s)).unwrap();
    assert_eq!(linked.areas, FIVE);
    // a number where the table's text belongs is a plain error
    let e = Scenario::from_json(r#"{"version": 2, "areas": 5}"#).unwrap_err();
    assert!(e.contains("areas"), "{e}");
}

#[test]
fn the_existing_fixtures_open_unchanged_without_areas() {
    for name in ["scenario-v1.json", "scenario-v2.json"] {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let s = Scenario::from_json(&text).unwrap();
        assert_eq!(s.areas, "", "{name}");
        let mut without = s.clone();
        without.areas = String::from("name,population\nA,5\n");
        assert_ne!(without, s);
    }
}

/// 254 counties (Texas) with a name, a population, a rural flag and a region each fit a
/// shareable link.
#[test]
fn two_hundred_fifty_four_counties_fit_a_link() {
    let mut text = String::from("name,population,rural,region\n");
    for i in 0..254 {
        text.push_str(&format!(
            "Countyname {i},{},{},Region {}\n",
            1_000 + i * 18_731,
            if i % 3 == 0 { "yes" } else { "no" },
            i % 11
        ));
    }
    let s = Scenario {
        areas: text,
        ..Scenario::default()
    };
    let l = link::encode(&s);
    assert!(l.len() <= link::MAX_LINK_CHARS, "{} characters", l.len());
    assert_eq!(l.len(), 12_210, "the length README states");
    assert!(link::fits(&s));
    // every US county does not fit: the scenario goes in a file
    let mut all = String::from("name,population,rural,region\n");
    for i in 0..3_143 {
        all.push_str(&format!(
            "Countyname {i},{},no,Region {}\n",
            1_000 + i * 18_731,
            i % 11
        ));
    }
    let every = Scenario {
        areas: all,
        ..Scenario::default()
    };
    assert!(!link::fits(&every));
    assert_eq!(link::decode(&l).unwrap().areas, s.areas);
    // `too_long` says so without encoding exactly when the table alone is longer than a link:
    // never for a scenario that fits, and its answer agrees with `fits` around the limit
    assert!(!link::too_long(&s));
    assert!(link::too_long(&every));
    for extra in [0usize, 1, 2, 3, 100] {
        let near = Scenario {
            areas: "x".repeat(link::MAX_LINK_CHARS + extra - 2),
            ..Scenario::default()
        };
        if link::too_long(&near) {
            assert!(link::encode(&near).len() > link::MAX_LINK_CHARS);
        }
        assert_eq!(
            link::fits(&near),
            link::encode(&near).len() <= link::MAX_LINK_CHARS
        );
    }
}

/// Two large counties where the days-full rule's 95% utilization cap would ask one bed more of
/// the pool than of the separate programs: the pool keeps the separate count, and turns away
/// a smaller share.
#[test]
fn a_pool_at_the_utilization_cap_keeps_the_separate_count() {
    let mut base = preset(PresetId::Roadmap);
    base.sizing.target = 0.08462024920884548;
    let list = vec![
        Area {
            name: "Big".into(),
            population: 1_310_902.0,
            rate_per_100k: Some(236.75783565904547),
            region: Some("East".into()),
            row: 2,
            ..Area::default()
        },
        Area {
            name: "Middle".into(),
            population: 747_440.0,
            rate_per_100k: Some(126.83091099782631),
            region: Some("East".into()),
            row: 3,
            ..Area::default()
        },
    ];
    let res = evaluate_areas(&base, &list, Lang::En);
    let p = &res.regions[0].programs[0];
    assert!(p.capped);
    assert_eq!(p.pooled, p.separate);
    let sized = capacity::pool(p.load, &base.sizing);
    assert_eq!(sized.beds, p.separate + 1);
    assert!(p.days_full_pooled < p.days_full_separate);
}

#[test]
fn quoted_fields_hold_separators_line_breaks_and_quotes() {
    let list = areas(
        "name,population,region\n\"Two\nLines\",5,\"A, B\"\n  \"Spaced\" ,6,\n\"Last\",7,\"No end",
    );
    assert_eq!(list[0].name, "Two\nLines");
    assert_eq!(list[0].region.as_deref(), Some("A, B"));
    assert_eq!((list[1].name.as_str(), list[1].row), ("Spaced", 4));
    assert_eq!(list[2].region.as_deref(), Some("No end"));
    let tab = areas("name\tpopulation\n\"Tab\tInside\"\t5\n");
    assert_eq!(tab[0].name, "Tab\tInside");
}

#[test]
fn the_editors_rows_read_back_and_name_the_readers_rows() {
    use crisis_model::areas::{editor_csv, editor_rows};
    // a spreadsheet's tab-separated copy, its columns in another order, an unknown one dropped
    let rows = editor_rows(
        "region\tname\tpopulation\n\"Sierra, north\"\tAlpine\t1200\n\t\t\nValley\tYolo\t216000\n",
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "Alpine");
    assert_eq!(rows[0][1], "1200");
    assert_eq!(rows[0][5], "Sierra, north");
    assert!(
        rows[1].iter().all(String::is_empty),
        "a blank row is kept for the editor"
    );
    let text = editor_csv(&rows);
    assert_eq!(editor_rows(&text), rows);
    assert!(text.starts_with("name,population,rate,rural,per_sq_mile,region,beds_today\n"));
    // the reader skips the blank row and keeps the row numbers: the editor's row i is row i + 2
    let mut bad = rows.clone();
    bad[2][1] = "lots".into();
    let read = read_areas(&editor_csv(&bad)).expect("readable");
    assert_eq!(read.areas.len(), 1);
    assert_eq!(read.problems.len(), 1);
    assert_eq!(read.problems[0].row, 2 + 2);
    assert!(
        read.problems[0]
            .message
            .starts_with("Row 4, column \"population\""),
        "{}",
        read.problems[0].message
    );
    // nothing to edit without a header row
    assert!(editor_rows("").is_empty());
    assert!(editor_rows("\n\n").is_empty());
}

// ---------------------------------------------------------------------------------------------
// The evaluator of many areas checks the base once: the same results and problems as the full
// evaluation of each area.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every area, valid or not, on a base valid or not: `evaluate_areas` (the base checked
    /// once, each area's own inputs then) gives what `evaluate_area` (every check, every area)
    /// gives: the same results, or the same list of problems in the same order.
    #[test]
    fn checking_the_base_once_changes_nothing(
        rows in prop::collection::vec(
            (
                prop_oneof![Just(0.0f64), Just(2.5), Just(2e9), 1.0f64..5_000_000.0],
                prop_oneof![Just(None), Just(Some(0.0f64)), Just(Some(-3.0)), Just(Some(1e9)), (1.0f64..800.0).prop_map(Some)],
                any::<bool>(),
                0usize..3,
            ),
            1..10,
        ),
        busy in prop_oneof![1.0f64..4.0, 40.0f64..80.0],
        youth_share in prop_oneof![Just(0.2f64), Just(1.5)],
        crisis_now in any::<bool>(),
        lang in prop_oneof![Just(Lang::En), Just(Lang::Es)],
    ) {
        let mut base = if crisis_now { preset(PresetId::CrisisNow) } else { Scenario::default() };
        base.mobile.busy_hours_per_dispatch = busy;
        base.youth_share = youth_share;
        let list: Vec<Area> = rows
            .iter()
            .enumerate()
            .map(|(i, &(population, rate, rural, name))| Area {
                name: match name {
                    0 => format!("Area {i}"),
                    1 => "x".repeat(500) + &i.to_string(),
                    _ => format!("Condado {i} ñ"),
                },
                population: if population == 2.5 { population } else { population.round() },
                rate_per_100k: rate,
                rural: Some(rural),
                row: i + 2,
                ..Area::default()
            })
            .collect();
        let all = evaluate_areas(&base, &list, lang);
        let (mut ok, mut refused) = (Vec::new(), Vec::new());
        for a in &list {
            match evaluate_area(&base, a, lang) {
                Ok(r) => ok.push(r),
                Err(p) => refused.push(p),
            }
        }
        prop_assert_eq!(&all.areas, &ok);
        prop_assert_eq!(&all.refused, &refused);
    }
}

// ---------------------------------------------------------------------------------------------
// Per 100,000 residents.

/// Every figure per 100,000 is the area's count × 100,000 ÷ its population, in the table of
/// figures per 100,000 and in the CSV's columns.
#[test]
fn figures_per_100000_are_counts_over_population() {
    let res = evaluate_areas(&preset(PresetId::CrisisNow), &areas(FIVE), Lang::En);
    let (header, rows) = res.per_100k_table_in(Lang::En);
    assert_eq!(header[3], "Residential beds per 100,000");
    assert_eq!(header[6], "Mobile teams per 100,000");
    let csv: Vec<Vec<String>> = res.csv_in(Lang::En).lines().map(csv_cells).collect();
    let col = |name: &str| csv[0].iter().position(|h| h == name).expect(name);
    for (a, row) in res.areas.iter().zip(&rows) {
        let per = |x: f64| x * 100_000.0 / a.population;
        let t = &a.totals;
        assert_eq!(row[0], a.name);
        let f = format::Format::new(Lang::En);
        assert_eq!(row[3], f.one_decimal(per(t.residential_beds.total as f64)));
        assert_eq!(row[4], f.one_decimal(per(t.receiving_chairs.total as f64)));
        assert_eq!(row[5], f.one_decimal(per(t.inpatient_beds.total as f64)));
        assert_eq!(row[6], f.decimal(per(t.mobile_teams as f64), 2));
        assert_eq!(row[7], f.thousands(per(t.episodes_per_year)));
        let line = csv
            .iter()
            .find(|l| l[1] == a.name)
            .expect("the area's CSV row");
        for (name, want) in [
            (
                "Residential beds per 100,000",
                per(t.residential_beds.total as f64),
            ),
            (
                "Receiving chairs per 100,000",
                per(t.receiving_chairs.total as f64),
            ),
            (
                "Inpatient beds per 100,000",
                per(t.inpatient_beds.total as f64),
            ),
            ("Mobile teams per 100,000", per(t.mobile_teams as f64)),
            ("Annual cost per 100,000 (mid)", per(t.annual_cost.mid)),
        ] {
            let got: f64 = line[col(name)].parse().expect(name);
            assert!(
                (got - want).abs() <= 1e-9 * want.abs().max(1.0),
                "{} {name}: {got} vs {want}",
                a.name
            );
        }
    }
    // Alpine (1,200 people) has far more of everything per 100,000 than Sacramento
    assert!(res.areas[0].per_100k.residential_beds > 5.0 * res.areas[3].per_100k.residential_beds);
}

/// The cells of one CSV line (quoted cells may hold commas; `""` is a quote).
fn csv_cells(line: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

/// The editor's rows of areas already read are the rows of the table they write: quotes,
/// separators, every optional column, numbers with decimals, names with spaces around them.
#[test]
fn the_editors_rows_of_read_areas_are_those_of_their_table() {
    use crisis_model::areas::{editor_rows, editor_rows_of};
    let table = "name,population,rate,rural,per_sq_mile,region,beds_today\n\
        \"Sierra, north\",1200,12.5,yes,3.25,\"Mother \"\"Lode\"\"\",2\n\
        Yolo,216000,,no,,Valley,\n\
        \"  Spaced  \",40000,250,,48.9,,0\n\
        Plain,5,,,,,\n";
    let read = read_areas(table).expect("readable");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    assert_eq!(
        editor_rows_of(&read.areas),
        editor_rows(&areas_csv(&read.areas))
    );
    let bench = read_areas(&{
        let mut t = String::from("name,population,rate,rural,region\n");
        for i in 0..500 {
            t.push_str(&format!(
                "Area {i},{},{},{},Region {}\n",
                1_000 + i * 7_919,
                if i % 4 == 0 { "181.5" } else { "" },
                ["yes", "no", ""][i % 3],
                i % 7
            ));
        }
        t
    })
    .expect("readable");
    assert_eq!(
        editor_rows_of(&bench.areas),
        editor_rows(&areas_csv(&bench.areas))
    );
}
