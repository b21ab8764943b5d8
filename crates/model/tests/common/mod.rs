//! Helpers the gap test files share.
#![allow(dead_code)]

use crisis_model::inventory::Entry;
use crisis_model::*;

/// The results of a scenario that must be valid.
pub fn eval(s: &Scenario) -> Results {
    match evaluate(s) {
        Ok(r) => r,
        Err(p) => panic!("unexpected problems: {p:?}"),
    }
}

/// The scenario with its inventory set to exactly the capacity its results need.
pub fn at_need(mut s: Scenario) -> Scenario {
    let r = eval(&s);
    let inv = &mut s.inventory;
    *inv = Inventory {
        enabled: true,
        ..Inventory::default()
    };
    for (youth, st) in [(false, Some(&r.adult)), (true, r.youth.as_ref())] {
        let Some(st) = st else { continue };
        for p in &st.programs {
            inv.get_mut(Entry::Residential {
                youth,
                kind: p.kind,
            })
            .capacity += p.facility.beds as f64;
        }
        inv.get_mut(Entry::Receiving { youth }).capacity = st.receiving.beds as f64;
        inv.get_mut(Entry::Inpatient { youth }).capacity = st.inpatient.beds as f64;
    }
    inv.mobile.capacity = r.mobile.teams as f64;
    inv.crisis_line.capacity = r.crisis_line.fte;
    s
}
