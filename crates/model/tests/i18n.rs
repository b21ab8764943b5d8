//! Spanish: every text the model writes for the page exists in Spanish, reads as Spanish, and
//! never shows a raw float; the English functions are unchanged.

use crisis_model::export::{results_csv, results_csv_in};
use crisis_model::presets::program_name_in;
use crisis_model::*;

fn scenarios() -> Vec<Scenario> {
    let mut out: Vec<Scenario> = PresetId::ALL.iter().map(|&p| preset(p)).collect();
    let mut rural = preset(PresetId::Roadmap);
    rural.population = 20_000.0;
    out.push(rural);
    let mut full = preset(PresetId::Roadmap);
    full.sizing.target = 0.5;
    full.sizing.max_utilization = 1.0;
    out.push(full);
    let mut other = preset(PresetId::CrisisNow);
    other.set_sizing_rule(SizingRule::Occupancy);
    other.cost_basis = CostBasis::StaffedBeds;
    other.mobile.mode = ResponseMode::AtOnce;
    other.mobile.cost_basis = MobileCostBasis::Dispatches;
    other.crisis_line.enabled = false;
    out.push(other);
    let mut big = preset(PresetId::CrisisNow);
    big.population = 30_000_000.0;
    out.push(big);
    out
}

/// Not empty, and no word of it is a raw float's `NaN` or `inf` (Spanish words such as
/// "dimensionan" or "infantil" hold those letters, so whole words are checked).
fn clean(text: &str) -> bool {
    !text.trim().is_empty()
        && text
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| !matches!(w.to_lowercase().as_str(), "nan" | "inf" | "infinity"))
}

#[test]
fn every_explanation_is_in_spanish() {
    for s in scenarios() {
        let r = evaluate(&s).expect("valid");
        let keys = r.explanation_keys();
        let es = r.explanations_in(Lang::Es);
        assert_eq!(es.len(), keys.len());
        for (k, e) in &es {
            assert!(clean(&e.figure) && clean(&e.formula), "{k}: {e:?}");
            for (name, value) in &e.inputs {
                assert!(clean(name) && clean(value), "{k}: {name} = {value}");
            }
            // the English is what `explain` always gave, and the Spanish differs from it
            let en = r.explain(k).expect("english");
            assert_eq!(r.explain_in(k, Lang::En).as_ref(), Some(&en));
            assert_ne!(e.formula, en.formula, "{k} is not translated");
        }
        assert_eq!(r.explain_in("no-such-key", Lang::Es), None);
    }
}

#[test]
fn spanish_explanations_use_spanish_numbers() {
    let mut s = preset(PresetId::Roadmap);
    s.population = 500_000.0;
    let r = evaluate(&s).unwrap();
    let e = r.explain_in("adult.programs[0].beds", Lang::Es).unwrap();
    assert_eq!(e.figure, "55 camas");
    assert!(e.formula.contains("5% de los días"), "{}", e.formula);
    assert!(e
        .inputs
        .iter()
        .any(|(k, v)| k == "Carga ofrecida A" && v == "49.3"));
    let e = r.explain_in("annual-cost", Lang::Es).unwrap();
    assert!(
        e.figure.starts_with('$') && e.figure.contains(" millones"),
        "{}",
        e.figure
    );
    assert!(!e.figure.contains("US$"), "{}", e.figure);
    assert!(e.figure.contains("bajo"), "{}", e.figure);
    let e = r.explain_in("episodes", Lang::Es).unwrap();
    assert_eq!(e.figure, "12,000 episodios de crisis al año");
}

#[test]
fn labels_translate() {
    let cases: &[(&str, &str)] = &[
        (
            ProgramKind::PeerRespite.label_in(Lang::Es),
            "Respiro dirigido por pares",
        ),
        (
            ProgramKind::LivingRoom.label_in(Lang::Es),
            "Living Room (sala de estar)",
        ),
        (
            ProgramKind::CrisisRespite.label_in(Lang::Es),
            "Respiro de crisis (mínima atención médica/de enfermería)",
        ),
        (
            PresetId::HospitalOnly.label_in(Lang::Es),
            "Solo atención hospitalaria",
        ),
        (
            CostBasis::OccupiedBedDays.label_in(Lang::Es),
            "Días-cama ocupados × costo por día",
        ),
        (
            SizingRule::Occupancy.label_in(Lang::Es),
            "Ocupación promedio objetivo",
        ),
        (
            ResponseMode::AtOnce.label_in(Lang::Es),
            "Un equipo disponible de inmediato",
        ),
        (MobileCostBasis::Dispatches.label_in(Lang::Es), "Despachos"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    // English labels are the ones the page always showed
    for k in ProgramKind::ALL {
        assert_eq!(k.label_in(Lang::En), k.label());
        assert_ne!(k.label_in(Lang::Es), k.label(), "{k:?}");
    }
    for p in PresetId::ALL {
        assert_eq!(p.label_in(Lang::En), p.label());
        assert_eq!(p.description_in(Lang::En), p.description());
        assert!(!p.description_in(Lang::Es).is_empty());
    }
    // default program names follow the language; names people typed do not
    assert_eq!(
        program_name_in("Peer-run respite", Lang::Es),
        "Respiro dirigido por pares"
    );
    assert_eq!(
        program_name_in("Youth and family crisis respite", Lang::Es),
        "Respiro de crisis para jóvenes y familias"
    );
    assert_eq!(
        program_name_in("Casa Esperanza", Lang::Es),
        "Casa Esperanza"
    );
    assert_eq!(
        program_name_in("Peer-run respite", Lang::En),
        "Peer-run respite"
    );
    for s in scenarios() {
        for p in s.programs.iter().chain(&s.youth.programs) {
            assert_ne!(program_name_in(&p.name, Lang::Es), p.name, "{}", p.name);
        }
    }
}

#[test]
fn warnings_are_in_spanish() {
    let mut seen = 0;
    for s in scenarios() {
        let r = evaluate(&s).unwrap();
        for (k, w) in r.warnings() {
            seen += 1;
            assert_eq!(w.message_in(Lang::En), w.message());
            let es = w.message_in(Lang::Es);
            assert!(clean(&es), "{k}: {es}");
            assert!(es.contains("documento fuente 003"), "{k}: {es}");
            match w.kind {
                WarningKind::LowUtilization => assert!(es.contains("mínimo del 50%"), "{es}"),
                WarningKind::OverFull => assert!(es.contains("Agregue capacidad"), "{es}"),
            }
        }
    }
    assert!(seen > 3, "{seen} warnings");
}

#[test]
fn bad_links_and_files_say_so_in_spanish() {
    let links = ["", "!!!", "AAAA", "eyJ2ZXJzaW9uIjo5OX0"];
    for text in links {
        let en = link::decode(text).expect_err(text);
        let es = link::decode_in(text, Lang::Es).expect_err(text);
        assert_eq!(link::decode_in(text, Lang::En).expect_err(text), en);
        assert_ne!(es, en);
        assert!(es.contains("enlace") || es.contains("escenario"), "{es}");
    }
    let long = "A".repeat(link::MAX_LINK_CHARS + 1);
    let es = link::decode_in(&long, Lang::Es).unwrap_err();
    assert!(es.contains("32,769 caracteres"), "{es}");
    let files = [
        "[1]",
        "{}",
        "{\"version\":7}",
        "{\"version\":\"x\"}",
        "{\"version\":1,\"preset\":\"zz\"}",
        "{\"version\":1,\"preset\":3}",
        "{\"version\":1,\"programs\":[{\"kind\":\"zz\"}]}",
        "{\"version\":1,\"programs\":[{\"kind\":3}]}",
        "{\"version\":1,\"colour\":1}",
        "nope",
    ];
    for text in files {
        let en = Scenario::from_json(text).expect_err(text);
        let es = Scenario::from_json_in(text, Lang::Es).expect_err(text);
        assert_eq!(Scenario::from_json_in(text, Lang::En).expect_err(text), en);
        assert_ne!(es, en, "{text}");
        // the JSON reader's own words are in Spanish too, inside the Spanish sentence
        for english in [
            " must be ",
            " not ",
            "expected",
            "EOF",
            "unknown field",
            " at line ",
        ] {
            assert!(!es.contains(english), "{text}: {english:?} in {es}");
        }
    }
    let cases: &[(&str, &str)] = &[
        (
            "nope",
            "El escenario no es JSON válido: se esperaba un valor en la línea 1, columna 1.",
        ),
        (
            "{\"version\":1,",
            "El escenario no es JSON válido: fin inesperado del archivo al leer un objeto en la \
             línea 1, columna 14.",
        ),
        (
            "{\"version\":1,\"population\":\"many\"}",
            "No se pudo leer el escenario: \"population\" debe ser un número, no texto.",
        ),
        (
            "{\"version\":1,\"programs\":{}}",
            "No se pudo leer el escenario: \"programs\" debe ser una lista de programas, no un \
             objeto.",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            &Scenario::from_json_in(text, Lang::Es).expect_err(text),
            want
        );
    }
    let good = preset(PresetId::Roadmap);
    assert_eq!(
        link::decode_in(&link::encode(&good), Lang::Es).unwrap(),
        good
    );
}

#[test]
fn the_csv_follows_the_language() {
    let r = evaluate(&preset(PresetId::CrisisNow)).unwrap();
    assert_eq!(results_csv_in(&r, Lang::En), results_csv(&r));
    let es = results_csv_in(&r, Lang::Es);
    assert!(
        es.starts_with("población,servicio,medida,valor,unidad\r\n"),
        "{es}"
    );
    assert!(es.contains("\"todos\",\"residencial\",\"camas\","), "{es}");
    assert!(es.contains("\"jóvenes\","), "{es}");
    assert!(es.contains("\"Respiro dirigido por pares\""), "{es}");
    // the same rows, with the same plain numbers
    let values = |csv: &str| -> Vec<String> {
        csv.lines()
            .skip(1)
            .map(|l| {
                let rest = l.split("\",").nth(3).unwrap_or_default();
                rest.split(',').next().unwrap_or_default().to_string()
            })
            .collect()
    };
    assert_eq!(values(&es), values(&results_csv(&r)));
    let by = r.cost_by_service_in(Lang::Es);
    assert_eq!(by[4].0, "Línea de crisis");
    assert_eq!(by.map(|(_, m)| m), r.cost_by_service().map(|(_, m)| m));
}

/// Every source note a default can show, in every preset, for every program type, and for the
/// checklist's items.
fn all_notes() -> Vec<Source> {
    let mut out = Vec::new();
    for id in PresetId::ALL {
        let s = preset(id);
        for p in field_paths(&s) {
            out.extend(source_of(id, &p));
        }
    }
    let fields = [
        "kind",
        "name",
        "share",
        "stay_days",
        "cost_per_day_low",
        "cost_per_day_high",
        "max_beds_per_facility",
    ];
    for k in ProgramKind::ALL {
        for f in fields {
            out.extend(program_source(k, f));
        }
    }
    out.extend(criteria::ITEMS.iter().map(|it| it.source));
    out
}

#[test]
fn every_source_note_is_in_spanish() {
    for src in all_notes() {
        let es = src.note_in(Lang::Es);
        assert_eq!(src.note_in(Lang::En), src.note());
        assert!(
            es != src.note() && clean(es),
            "no Spanish for the note: {}",
            src.note()
        );
        assert_eq!(src.citation_in(Lang::En), src.citation());
    }
}

/// Scenarios with as many different problems as possible, in every part the page checks.
fn broken() -> Vec<Scenario> {
    let mut out = Vec::new();
    let mut s = preset(PresetId::CrisisNow);
    s.version = 9;
    s.place_name = "x".repeat(300);
    s.population = -5.0;
    s.youth_share = 2.0;
    s.adult.rate_per_100k = f64::NAN;
    s.youth.rate_per_100k = 1e9;
    s.flow.entry_to_mobile = 0.9;
    s.flow.mobile_to_receiving = 1.5;
    s.youth.flow.receiving_to_residential = 0.8;
    s.youth.flow.receiving_to_inpatient = 0.8;
    s.programs[0].share = f64::NAN;
    s.programs[1].stay_days = 0.0;
    s.programs[2].cost_per_day_low = -1.0;
    s.programs[3].cost_per_day_high = f64::INFINITY;
    s.programs[4].cost_per_day_low = 500.0;
    s.programs[4].cost_per_day_high = 100.0;
    s.programs[5].max_beds_per_facility = 0.5;
    s.programs[5].name = "y".repeat(300);
    s.receiving.stay_days = 400.0;
    s.inpatient.cost_per_day_high = 1e9;
    s.sizing.target = 0.9;
    s.sizing.max_utilization = 0.1;
    s.mobile.busy_hours_per_dispatch = 0.0;
    s.mobile.target_share = 1.0;
    s.mobile.max_wait_minutes = -1.0;
    s.mobile.staff_per_team = 1.5;
    s.mobile.productive_hours_per_fte = 5.0;
    s.mobile.cost_per_team_hour_low = -3.0;
    s.mobile.cost_per_dispatch_high = 1e12;
    s.crisis_line.contacts_per_100k = -1.0;
    s.crisis_line.minutes_per_contact = 0.0;
    s.crisis_line.answer_seconds = 1e6;
    s.crisis_line.target_share = 0.0;
    s.crisis_line.shrinkage = 0.95;
    s.crisis_line.productive_hours_per_fte = f64::NAN;
    s.crisis_line.cost_per_fte_low = 2e7;
    out.push(s);
    let mut s = preset(PresetId::Roadmap);
    s.set_sizing_rule(SizingRule::Occupancy);
    s.sizing.target = 0.01;
    s.programs[0].share = 0.5;
    out.push(s);
    let mut s = preset(PresetId::Roadmap);
    s.programs.clear();
    out.push(s);
    let mut s = preset(PresetId::Roadmap);
    s.programs = vec![ProgramKind::Other.defaults(); 25];
    out.push(s);
    // the parts other modules check: today's capacity, the self-assessment, the ranges
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.enabled = true;
    s.inventory.mobile.capacity = -1.0;
    s.inventory.crisis_line.capacity = f64::NAN;
    s.inventory.receiving.capacity = 2.5;
    s.inventory.mobile.annual_cost = Some(-5.0);
    s.assessment.scores.insert("criterion-5".into(), 9.0);
    s.assessment.scores.insert("no-such-item".into(), 3.0);
    s.uncertainty.draws = 5;
    s.uncertainty.sim_years = 1;
    s.uncertainty.stay_distribution = uncertainty::StayDistribution::LogNormal;
    s.uncertainty.stay_cv = 50.0;
    if let Some(r) = s.uncertainty.spread_mut(uncertainty::InputId::AdultRate) {
        r.low = 2.0;
        r.high = 0.5;
    }
    out.push(s);
    out
}

#[test]
fn every_problem_is_in_spanish() {
    let mut fields = std::collections::BTreeSet::new();
    for s in broken() {
        let en = validate(&s);
        assert!(!en.is_empty());
        assert_eq!(validate_in(&s, Lang::En), en);
        let es = validate_in(&s, Lang::Es);
        assert_eq!(es.len(), en.len());
        for (e, p) in en.iter().zip(&es) {
            assert_eq!(e.field, p.field);
            assert!(clean(&p.message), "{}: {}", p.field, p.message);
            assert_ne!(e.message, p.message, "{} is not translated", p.field);
            fields.insert(p.field.clone());
        }
        match evaluate_in(&s, Lang::Es) {
            Err(problems) => assert_eq!(problems, es),
            Ok(_) => panic!("a broken scenario evaluated"),
        }
    }
    // the battery reaches every part of the checks
    for part in [
        "population",
        "programs",
        "flow.mobile",
        "mobile.",
        "crisis_line.",
        "inventory.",
        "assessment.",
        "uncertainty.",
    ] {
        assert!(
            fields.iter().any(|f| f.starts_with(part)),
            "no problem at {part}: {fields:?}"
        );
    }
    let population = validate_in(&broken()[0], Lang::Es)
        .into_iter()
        .find(|p| p.field == "population")
        .unwrap();
    assert_eq!(
        population.message,
        "La población debe ser un número entero mayor que cero."
    );
}
