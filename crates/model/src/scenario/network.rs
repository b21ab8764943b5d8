//! The network of services and the arithmetic of its shares: how many episodes a month reach
//! each service for a number entering, walking the fixed network from entry. It is part of the
//! scenario's meaning (the flow's shares say nothing until walked), so the layers above it (the
//! ranges of the uncertain inputs, their validation, and the evaluation) all walk it here.
//!
//! Each service passes shares of what it receives onward; the rest is resolved there. The
//! network has no cycles (entry → mobile → receiving → residential → inpatient, with shortcuts),
//! so one pass in that order gives every volume. Volumes are conserved: every entering episode
//! ends resolved (at entry, on scene, at the receiving facility or the emergency department), in
//! a residential program, or in inpatient care.

use serde::Serialize;

use crate::scenario::parts::Flow;

/// Episodes at one service in a month, where they go next, and how many end there.
/// All figures are episodes a month, except `per_year`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ServiceFlow {
    /// Episodes reaching the service a month.
    pub per_month: f64,
    /// Episodes reaching the service a year (`per_month × 12`).
    pub per_year: f64,
    /// Episodes resolved at the service (back to the community) a month.
    pub resolved_per_month: f64,
    pub to_mobile: f64,
    pub to_receiving: f64,
    pub to_ed: f64,
    pub to_residential: f64,
    pub to_inpatient: f64,
}

/// Months in a year; a month's volume × 12 is a year's.
pub const MONTHS_PER_YEAR: f64 = 12.0;
/// Days in a year; arrivals a day are a month's volume × 12 / 365 (never 30-day months).
pub const DAYS_PER_YEAR: f64 = 365.0;

/// Arrivals a day from episodes a month: `per_month × 12 / 365`.
pub fn per_day(per_month: f64) -> f64 {
    per_month * MONTHS_PER_YEAR / DAYS_PER_YEAR
}

/// Crisis episodes a month: `residents / 100,000 × rate`.
pub fn episodes_per_month(residents: f64, rate_per_100k: f64) -> f64 {
    residents / 100_000.0 * rate_per_100k
}

/// The six services' volumes.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Volumes {
    pub entry: ServiceFlow,
    pub mobile: ServiceFlow,
    pub receiving: ServiceFlow,
    pub ed: ServiceFlow,
    pub residential: ServiceFlow,
    pub inpatient: ServiceFlow,
}

/// A service receiving `v` a month that passes the given shares onward (in the order mobile,
/// receiving, ED, residential, inpatient). Shares that add up to more than 1 are scaled down
/// to add up to 1, so volume is never created (validation rejects such shares anyway).
fn service(v: f64, shares: [f64; 5]) -> ServiceFlow {
    let clean = shares.map(|s| if s.is_finite() && s > 0.0 { s } else { 0.0 });
    let sum: f64 = clean.iter().sum();
    let scale = if sum > 1.0 { 1.0 / sum } else { 1.0 };
    let [m, r, e, res, inp] = clean.map(|s| v * s * scale);
    let onward = m + r + e + res + inp;
    ServiceFlow {
        per_month: v,
        per_year: v * MONTHS_PER_YEAR,
        resolved_per_month: (v - onward).max(0.0),
        to_mobile: m,
        to_receiving: r,
        to_ed: e,
        to_residential: res,
        to_inpatient: inp,
    }
}

/// Walk the network for `entering` episodes a month.
pub fn walk(f: &Flow, entering: f64) -> Volumes {
    let entry = service(
        entering,
        [
            f.entry_to_mobile,
            f.entry_to_receiving,
            f.entry_to_ed,
            f.entry_to_residential,
            f.entry_to_inpatient,
        ],
    );
    let mobile = service(
        entry.to_mobile,
        [
            0.0,
            f.mobile_to_receiving,
            0.0,
            f.mobile_to_residential,
            f.mobile_to_inpatient,
        ],
    );
    let receiving = service(
        entry.to_receiving + mobile.to_receiving,
        [
            0.0,
            0.0,
            0.0,
            f.receiving_to_residential,
            f.receiving_to_inpatient,
        ],
    );
    let ed = service(
        entry.to_ed,
        [0.0, 0.0, 0.0, f.ed_to_residential, f.ed_to_inpatient],
    );
    let residential = service(
        entry.to_residential + mobile.to_residential + receiving.to_residential + ed.to_residential,
        [0.0, 0.0, 0.0, 0.0, f.residential_to_inpatient],
    );
    let inpatient_volume = entry.to_inpatient
        + mobile.to_inpatient
        + receiving.to_inpatient
        + ed.to_inpatient
        + residential.to_inpatient;
    let inpatient = ServiceFlow {
        per_month: inpatient_volume,
        per_year: inpatient_volume * MONTHS_PER_YEAR,
        resolved_per_month: inpatient_volume,
        ..ServiceFlow::default()
    };
    Volumes {
        entry,
        mobile,
        receiving,
        ed,
        residential,
        inpatient,
    }
}

impl Flow {
    /// The share of entering episodes that reach residential crisis care or inpatient care at
    /// least once (each episode counted once). Without a crisis continuum these are the people
    /// who would be hospitalized: the hospital-only counterfactual admits this share.
    pub fn hospital_share(&self) -> f64 {
        let v = walk(self, 1.0);
        v.residential.per_month + v.inpatient.per_month - v.residential.to_inpatient
    }
}
