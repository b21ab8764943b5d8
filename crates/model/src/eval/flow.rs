//! Episode volumes: walking the fixed network of services from entry.
//!
//! Each service passes shares of what it receives onward; the rest is resolved there. The
//! network has no cycles (entry → mobile → receiving → residential → inpatient, with shortcuts),
//! so one pass in that order gives every volume. Volumes are conserved: every entering episode
//! ends resolved (at entry, on scene, at the receiving facility or the emergency department), in
//! a residential program, or in inpatient care.

use crate::eval::results::{FlowResults, Outcomes};
use crate::scenario::{Flow, Program};

pub use crate::scenario::network::{
    episodes_per_month, per_day, walk, Volumes, DAYS_PER_YEAR, MONTHS_PER_YEAR,
};

/// The flow results of one stream: volumes, admissions per program, outcomes, conservation.
pub fn flow_results(f: &Flow, programs: &[Program], entering: f64) -> FlowResults {
    let v = walk(f, entering);
    let program_admissions_per_month = programs
        .iter()
        .map(|p| {
            let share = if p.share.is_finite() && p.share > 0.0 {
                p.share
            } else {
                0.0
            };
            v.residential.per_month * share
        })
        .collect();
    let outcomes = Outcomes {
        resolved_per_month: v.entry.resolved_per_month
            + v.mobile.resolved_per_month
            + v.receiving.resolved_per_month
            + v.ed.resolved_per_month,
        residential_per_month: v.residential.resolved_per_month,
        inpatient_per_month: v.inpatient.per_month,
    };
    let ended =
        outcomes.resolved_per_month + outcomes.residential_per_month + outcomes.inpatient_per_month;
    let hospital = v.residential.per_month + v.inpatient.per_month - v.residential.to_inpatient;
    let (diverted_share, hospital_share) = if entering > 0.0 {
        (
            (1.0 - v.inpatient.per_month / entering).clamp(0.0, 1.0),
            (hospital / entering).clamp(0.0, 1.0),
        )
    } else {
        (1.0, 0.0)
    };
    FlowResults {
        entry: v.entry,
        mobile: v.mobile,
        receiving: v.receiving,
        ed: v.ed,
        residential: v.residential,
        inpatient: v.inpatient,
        program_admissions_per_month,
        outcomes,
        diverted_share,
        hospital_share,
        conservation_gap: (entering - ended).abs(),
    }
}
