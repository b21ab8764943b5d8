//! The gap analysis and the Roadmap checklist in Spanish: every label, sentence, note, title,
//! text and judgement has its Spanish, with the same figures written the same (US) way; the
//! English is unchanged.

use crisis_model::criteria::{self, Basis, Verdict, ITEMS, LEVELS, SCALE_RULE, SCALE_SOURCE};
use crisis_model::gap::{self, Unit};
use crisis_model::inventory::Entry;
use crisis_model::*;

mod common;
use common::{at_need, eval};

const ES: Lang = Lang::Es;
const NB: char = '\u{a0}';

/// English words that must not show in a Spanish text (as in the brief: " the ", " beds",
/// " would ", " people", and a few more).
const ENGLISH: [&str; 10] = [
    " the ", " beds", " would ", " people", "today's", " and ", " with ", " of ", "Youth", " none",
];

fn english_in(text: &str) -> Option<&'static str> {
    let padded = format!(" {text} ");
    ENGLISH.iter().copied().find(|w| padded.contains(w))
}

/// An English number as US Spanish writes it: the same text (`3,600`, `12,345`, `64.6`).
fn spanish_number(en: &str) -> String {
    en.to_string()
}

/// The numbers of an English text: `3,600`, `64.6`, `55`.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars().chain([' ']) {
        if ch.is_ascii_digit() || (!cur.is_empty() && (ch == ',' || ch == '.')) {
            cur.push(ch);
        } else if !cur.is_empty() {
            out.push(cur.trim_end_matches([',', '.']).to_string());
            cur.clear();
        }
    }
    out
}

/// Crisis Now for two million people with some capacity today: shortfalls, a surplus, none at
/// all, a type the plan does not have, a crisis line that cannot keep up.
fn crisis_now_with_inventory() -> Scenario {
    let mut s = preset(PresetId::CrisisNow);
    s.population = 2_000_000.0;
    let inv = &mut s.inventory;
    inv.enabled = true;
    inv.residential.high_medical.capacity = 10.0;
    inv.residential.moderate_medical.capacity = 1.0;
    inv.residential.peer_respite.capacity = 200.0;
    inv.residential.living_room.capacity = 6.0;
    inv.residential.typical.capacity = 5.0;
    inv.receiving.capacity = 40.0;
    inv.inpatient.capacity = 120.0;
    inv.youth_inpatient.capacity = 4.0;
    inv.mobile.capacity = 9.0;
    inv.crisis_line.capacity = 12.5;
    s
}

fn roadmap_with_beds(beds: f64) -> Scenario {
    let mut s = preset(PresetId::Roadmap);
    s.inventory.enabled = true;
    s.inventory.residential.typical.capacity = beds;
    s
}

#[test]
fn every_gap_row_is_in_spanish_with_spanish_numbers() {
    let r = eval(&crisis_now_with_inventory());
    let en = r.gap().expect("inventory on");
    assert_eq!(r.gap_in(Lang::En).as_ref(), Some(&en));
    assert_eq!(gap::gap_in(&r, Lang::En).as_ref(), Some(&en));
    let es = r.gap_in(ES).expect("inventory on");
    assert_eq!(es.rows.len(), en.rows.len());
    let mut grouped = 0;
    for (e, s) in en.rows.iter().zip(&es.rows) {
        // the same figures, in other words
        assert_eq!((&e.key, e.need, e.today), (&s.key, s.need, s.today));
        assert_eq!(e.cost_to_close, s.cost_to_close);
        for (en_text, es_text) in [(&e.label, &s.label), (&e.sentence, &s.sentence)] {
            assert_ne!(en_text, es_text, "{}: not translated", e.key);
            assert!(
                english_in(es_text).is_none(),
                "{}: English {:?} in {es_text}",
                e.key,
                english_in(es_text)
            );
            for n in numbers(en_text) {
                let want = spanish_number(&n);
                assert!(
                    es_text.contains(&want),
                    "{}: {want} ({n}) in {es_text}",
                    e.key
                );
                if want.contains(',') {
                    grouped += 1;
                }
            }
            assert!(!es_text.contains(&format!("{NB}%")) && !es_text.contains(" %"));
            assert!(!es_text.contains("US$"), "{es_text}");
        }
    }
    assert!(
        grouped >= 3,
        "few numbers of five digits or more: {grouped}"
    );
    assert_eq!(es.notes.len(), en.notes.len());
    assert!(!es.notes.is_empty());
    for (e, s) in en.notes.iter().zip(&es.notes) {
        assert_ne!(e, s);
        assert!(english_in(s).is_none(), "{s}");
    }
    // the headline names every shortfall in Spanish, with Spanish money
    let head = es.headline_in(ES);
    assert!(head.starts_with("Para cubrir la necesidad"), "{head}");
    assert!(head.contains("$") && head.contains(" millones"), "{head}");
    assert!(!head.contains("US$"), "{head}");
    assert!(english_in(&head).is_none(), "{head}");
    assert_eq!(en.headline_in(Lang::En), en.headline());
}

#[test]
fn the_gap_in_plain_spanish() {
    let r = eval(&roadmap_with_beds(18.0));
    let g = r.gap_in(ES).expect("on");
    let row = g
        .rows
        .iter()
        .find(|x| x.key == "residential.typical")
        .unwrap();
    assert_eq!(
        row.label,
        "Programa residencial de crisis (todos los tipos)"
    );
    assert_eq!(
        row.sentence,
        format!(
            "Tiene 18 camas residenciales de crisis; con el 30% de los episodios de crisis \
             dirigidos allí (3,600 ingresos al año), esta comunidad necesita 55: las 18 camas \
             actuales estarían llenas el 64.6% del tiempo y rechazarían a unas 2,300 personas \
             al año."
        )
    );
    assert_eq!(
        g.headline_in(ES),
        format!(
            "Para cubrir la necesidad, esta comunidad tendría que agregar 38 camas de \
             hospitalización psiquiátrica, 37 camas residenciales de crisis y 14.3 consejeros de \
             la línea de crisis (FTE), por unos $20.0 millones al año (de $16.0 a $24.0 \
             millones)."
        )
    );
    // (beds today, words the Spanish sentence must hold), as the English test's table
    let cases: &[(f64, &str)] = &[
        (0.0, "No tiene camas residenciales de crisis"),
        (0.0, "se rechazaría a todas: unas 3,600 personas al año"),
        (
            55.0,
            "la capacidad actual cubre la necesidad (llena el 4.8% del tiempo",
        ),
        (70.0, "15 camas más de lo necesario"),
        (1.0, "la única cama actual estaría llena"),
    ];
    for &(beds, words) in cases {
        let r = eval(&roadmap_with_beds(beds));
        let g = r.gap_in(ES).expect("on");
        let s = &g
            .rows
            .iter()
            .find(|x| x.key == "residential.typical")
            .unwrap()
            .sentence;
        assert!(s.contains(words), "{beds}: {s}");
    }
    let cases: &[(String, &str)] = &[
        (gap::about_in(2_324.37, ES), "2,300"),
        (gap::about_in(15_551.0, ES), "16,000"),
        (gap::about_in(97.4, ES), "97"),
        (gap::about_in(2_324.37, Lang::En), "2,300"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn no_gap_says_so_in_spanish() {
    for id in [PresetId::CrisisNow, PresetId::Roadmap] {
        let r = eval(&at_need(preset(id)));
        let g = r.gap_in(ES).expect("on");
        assert_eq!(
            g.headline_in(ES),
            "La capacidad actual cubre la necesidad de todos los servicios."
        );
        for row in &g.rows {
            assert!(
                row.sentence.contains("cubre la necesidad"),
                "{}",
                row.sentence
            );
        }
    }
}

#[test]
fn units_and_nouns() {
    let cases: &[(Unit, f64, &str, &str)] = &[
        (Unit::Beds, 1.0, "bed", "cama"),
        (Unit::Beds, 3.0, "beds", "camas"),
        (Unit::Chairs, 1.0, "chair", "sillón"),
        (Unit::Chairs, 0.0, "chairs", "sillones"),
        (Unit::Teams, 1.0, "team", "equipo"),
        (Unit::Teams, 7.0, "teams", "equipos"),
        (Unit::Fte, 2.5, "FTE", "FTE"),
    ];
    for &(unit, n, en, es) in cases {
        assert_eq!(unit.word(n), en);
        assert_eq!(unit.word_in(n, Lang::En), en);
        assert_eq!(unit.word_in(n, ES), es);
    }
    for e in Entry::all() {
        assert_eq!(e.what_in(Lang::En), e.what());
        let es = e.what_in(ES);
        assert_ne!(es, e.what());
        assert!(english_in(&es).is_none(), "{es}");
        assert_eq!(es.contains("jóvenes"), e.youth(), "{es}");
    }
    assert_eq!(
        Entry::Residential {
            youth: true,
            kind: ProgramKind::PeerRespite
        }
        .what_in(ES),
        "camas de respiro dirigido por pares para jóvenes"
    );
}

#[test]
fn every_item_level_and_note_has_spanish() {
    for it in &ITEMS {
        assert_eq!(it.title_in(Lang::En), it.title);
        assert_eq!(it.text_in(Lang::En), it.text);
        assert_ne!(it.title_in(ES), it.title, "{}", it.id);
        assert_ne!(it.text_in(ES), it.text, "{}", it.id);
        assert!(english_in(it.text_in(ES)).is_none(), "{}", it.id);
        assert_ne!(
            it.source.note_in(ES),
            it.source.note_in(Lang::En),
            "{}",
            it.id
        );
    }
    for l in &LEVELS {
        assert_eq!(l.name_in(Lang::En), l.name);
        assert_eq!(l.description_in(Lang::En), l.description);
        assert_ne!(l.name_in(ES), l.name);
        assert_ne!(l.description_in(ES), l.description);
    }
    let names: Vec<&str> = LEVELS.iter().map(|l| l.name_in(ES)).collect();
    assert_eq!(
        names,
        [
            "Sin iniciar",
            "Progreso inicial",
            "Implementación temprana",
            "Progreso sustancial",
            "Funciona bien"
        ]
    );
    assert_eq!(criteria::scale_rule(Lang::En), SCALE_RULE);
    assert!(criteria::scale_rule(ES).starts_with("Si se encuentra entre dos niveles"));
    assert_ne!(SCALE_SOURCE.note_in(ES), SCALE_SOURCE.note());
    let labels: &[(&str, &str)] = &[
        (Verdict::Met.label_in(Lang::En), "Met"),
        (Verdict::Met.label_in(ES), "Cumple"),
        (Verdict::NotMet.label_in(Lang::En), "Not met"),
        (Verdict::NotMet.label_in(ES), "No cumple"),
        (Verdict::NotJudged.label_in(Lang::En), "Not judged"),
        (Verdict::NotJudged.label_in(ES), "Sin evaluar"),
        (Basis::Today.label_in(Lang::En), "today's capacity"),
        (Basis::Today.label_in(ES), "la capacidad actual"),
        (Basis::Plan.label_in(Lang::En), "the plan"),
        (Basis::Plan.label_in(ES), "el plan"),
        (Verdict::NotMet.label(), "Not met"),
        (Basis::Plan.label(), "the plan"),
    ];
    for (got, want) in labels {
        assert_eq!(got, want);
    }
}

/// Scenarios reaching every judgement's branches: the plan and today, youth on and off, with
/// and without capacity.
fn assessed() -> Vec<Scenario> {
    let mut out: Vec<Scenario> = PresetId::ALL.iter().map(|&p| preset(p)).collect();
    let mut s = crisis_now_with_inventory();
    s.assessment.scores.insert("criterion-5".into(), 5.0);
    s.assessment.scores.insert("peer-respite".into(), 1.0);
    out.push(s);
    out.push(at_need(preset(PresetId::CrisisNow)));
    out.push(at_need(preset(PresetId::Roadmap)));
    let mut s = preset(PresetId::Roadmap);
    s.youth.enabled = false;
    out.push(s);
    let mut s = preset(PresetId::HospitalOnly);
    s.inventory.enabled = true;
    out.push(s);
    out
}

#[test]
fn every_judgement_is_in_spanish() {
    let mut notes = 0;
    let mut verdicts = std::collections::BTreeSet::new();
    for s in assessed() {
        let r = eval(&s);
        let en = criteria::assess(&r);
        assert_eq!(criteria::assess_in(&r, Lang::En), en);
        assert_eq!(r.self_assessment(), en);
        let es = r.self_assessment_in(ES);
        assert_eq!(
            (es.basis, es.scored, es.by_level),
            (en.basis, en.scored, en.by_level)
        );
        for (e, row) in en.rows.iter().zip(&es.rows) {
            assert_eq!(e.item, row.item);
            let id = row.item.id;
            let (Some(ej), Some(j)) = (&e.judgement, &row.judgement) else {
                assert_eq!(e.judgement.is_none(), row.judgement.is_none(), "{id}");
                continue;
            };
            verdicts.insert(format!("{:?}", j.verdict));
            assert_eq!((ej.verdict, ej.basis), (j.verdict, j.basis), "{id}");
            assert_eq!(ej.details.len(), j.details.len(), "{id}");
            assert_eq!(criteria::judge(&r, id).as_ref(), Some(ej), "{id}");
            assert_eq!(criteria::judge_in(&r, id, ES).as_ref(), Some(j), "{id}");
            assert_ne!(ej.reason, j.reason, "{id}");
            for text in std::iter::once(&j.reason).chain(&j.details) {
                assert!(
                    english_in(text).is_none(),
                    "{id}: English {:?} in {text}",
                    english_in(text)
                );
                assert!(
                    !text.contains(&format!("{NB}%")) && !text.contains(" %"),
                    "{text}"
                );
            }
            assert_eq!(e.note.is_some(), row.note.is_some(), "{id}");
            if let (Some(en_note), Some(es_note)) = (&e.note, &row.note) {
                notes += 1;
                assert_ne!(en_note, es_note);
                assert!(
                    es_note.starts_with("Le dio una calificación de"),
                    "{es_note}"
                );
                assert!(english_in(es_note).is_none(), "{es_note}");
            }
        }
    }
    assert_eq!(notes, 2);
    assert_eq!(verdicts.len(), 3, "{verdicts:?}");
}
