//! Cost a year: each stream's facility services, its share of the mobile teams and the crisis
//! line, the hospital-only counterfactual, savings, and cost per episode and per resident.
//!
//! Facility services cost occupied bed-days × cost per day, or staffed beds × 365 × cost per day
//! (the scenario's `cost_basis`; see [`crate::eval::capacity::facility_cost`]). Every figure is a
//! [`Money`] triple: the low end of every range, the midpoint (the default), the high end.
//!
//! The streams share the mobile teams (split in proportion to dispatches) and the crisis line
//! (split in proportion to residents: youth residents to the youth stream), so the streams' costs
//! add up to the total. The hospital-only counterfactual admits everyone who reached residential
//! or inpatient care to a psychiatric hospital, at the inpatient stay and cost per day, sized
//! and costed by the same rule and basis as the continuum; it has no crisis line and no mobile
//! teams. Emergency department visits are not costed in either world.

use crate::eval::results::{Money, StreamResults};

/// The share of a shared service's cost that falls to one part: `part / whole`, or `fallback`
/// when the whole is zero.
pub fn share_of(part: f64, whole: f64, fallback: f64) -> f64 {
    let r = part / whole;
    if whole > 0.0 && whole.is_finite() && r.is_finite() {
        r.clamp(0.0, 1.0)
    } else {
        fallback
    }
}

/// Fill in a stream's cost from its facilities, its share of the mobile teams and the crisis
/// line, and its counterfactual.
pub fn finish_stream_cost(st: &mut StreamResults, mobile: Money, crisis_line: Money) {
    let c = &mut st.cost;
    c.receiving = st.receiving.cost;
    c.residential = st.residential.cost;
    c.inpatient = st.inpatient.cost;
    c.mobile = mobile;
    c.crisis_line = crisis_line;
    c.total = c
        .receiving
        .plus(c.residential)
        .plus(c.inpatient)
        .plus(c.mobile)
        .plus(c.crisis_line);
    c.hospital_only = st.hospital_only.cost;
    c.savings = c.hospital_only.minus(c.total);
    c.per_episode = c.total.per(st.episodes_per_year);
    c.per_resident = c.total.per(st.residents);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares() {
        assert_eq!(share_of(1.0, 4.0, 0.0), 0.25);
        assert_eq!(share_of(1.0, 0.0, 1.0), 1.0);
        assert_eq!(share_of(f64::NAN, 4.0, 0.5), 0.5);
    }
}
