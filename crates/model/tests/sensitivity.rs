//! What matters most: the tornado ranks a known dominant input first, its rows are ordered by
//! swing, its centre is the model's figures, and every input has a plain-language label.

use crisis_model::uncertainty::{self, label, label_in};
use crisis_model::*;

#[test]
fn a_dominant_input_ranks_first() {
    // A hospital stay anywhere from a day to 70 days dwarfs every other input's cost swing.
    let mut s = preset(PresetId::CrisisNow);
    s.uncertainty.inpatient_stay = Spread::new(1.0 / 7.0, 10.0);
    let t = tornado(&s).unwrap();
    assert_eq!(t.rows[0].input, "inpatient_stay");
    assert_eq!(t.rows[0].label, "Psychiatric hospital: average stay");
    // A huge range on the youth rate makes it first by beds.
    let mut s = preset(PresetId::CrisisNow);
    s.uncertainty.youth_rate = Spread::new(0.1, 10.0);
    let t = tornado(&s).unwrap();
    assert_eq!(t.by_beds()[0].input, "youth_rate");
    // In the worked example the stay (3 to 10 days) moves the beds most (seed 003: the beds are
    // 5 × 300 / 30: proportional to the stay).
    let t = tornado(&preset(PresetId::Roadmap)).unwrap();
    let first = t.by_beds()[0];
    assert_eq!(first.input, "stay.typical");
    assert_eq!(first.at_low.residential_beds, 35.0);
    assert_eq!(first.at_high.residential_beds, 104.0);
    assert_eq!((first.low, first.default, first.high), (3.0, 5.0, 10.0));
}

#[test]
fn rows_are_ordered_by_swing() {
    for id in PresetId::ALL {
        let s = preset(id);
        let t = tornado(&s).unwrap();
        assert_eq!(t.rows.len(), uncertainty::inputs(&s).len(), "{id:?}");
        for w in t.rows.windows(2) {
            assert!(w[0].cost_swing >= w[1].cost_swing, "{id:?}");
        }
        for w in t.by_beds().windows(2) {
            assert!(w[0].beds_swing >= w[1].beds_swing, "{id:?}");
        }
        for r in &t.rows {
            assert_eq!(
                r.cost_swing,
                (r.at_high.annual_cost - r.at_low.annual_cost).abs()
            );
            assert_eq!(
                r.beds_swing,
                (r.at_high.residential_beds - r.at_low.residential_beds).abs()
            );
            assert!(r.low <= r.default && r.default <= r.high, "{}", r.input);
            // Costs move the cost only, never the beds.
            if !r.id.is_factor() {
                assert_eq!(r.beds_swing, 0.0, "{}", r.input);
            }
        }
    }
}

#[test]
fn the_centre_is_the_model() {
    for id in PresetId::ALL {
        let s = preset(id);
        let t = tornado(&s).unwrap();
        let full = Figures::of(&evaluate(&s).unwrap());
        assert_eq!(t.base.residential_beds, full.residential_beds);
        assert_eq!(t.base.pooled_residential_beds, full.pooled_residential_beds);
        assert!((t.base.annual_cost - full.annual_cost).abs() <= 1e-9 * full.annual_cost);
        assert!((t.base.staff_fte - full.staff_fte).abs() <= 1e-12 * full.staff_fte.max(1.0));
        // Inputs whose low end is the default leave the figures there.
        let rate = t.rows.iter().find(|r| r.input == "adult_rate").unwrap();
        assert_eq!(rate.at_low.residential_beds, t.base.residential_beds);
    }
}

#[test]
fn every_input_has_a_plain_label() {
    for id in InputId::all() {
        let key = id.id();
        assert_eq!(InputId::from_id(&key), Some(id));
        let en = label(&key);
        assert_eq!(en, id.label());
        assert!(
            en.len() > 8 && !en.contains('_') && !en.contains('.'),
            "{en}"
        );
        let es = label_in(&key, Lang::Es);
        assert_ne!(es, en, "{key}");
    }
    assert_eq!(label("stay.living-room"), "Average stay: Living Room");
    assert_eq!(
        label("cost.sud"),
        "Cost a day: SUD withdrawal management / sobering"
    );
    assert_eq!(label("adult_rate"), "Adult crisis episodes");
    assert_eq!(label("nope"), "nope");
    // 27, 4 outcome rates and the funding inputs with ranges
    assert_eq!(
        InputId::all().len(),
        27 + 4 + crisis_model::funding::RANGED.len()
    );
}
