//! The rates behind "What the continuum averts": each one a value with its low and high ends,
//! from DOMAIN.md section 11 or, where that section has no figure, an assumption the page names
//! (see [`crate::scenario::outcome_sources`]).
//!
//! The scenario keeps them under the optional key `"outcomes"`; a file or link without it takes
//! the defaults ([`OutcomeRates::default`], written in [`crate::input::presets`]), so files saved
//! before the key existed open unchanged. [`crate::analysis::outcomes`] turns them and the
//! results into outcomes a year.
//!
//! Shares and percentage points are fractions (0.3 is 30%); an odds ratio is a plain number;
//! the ends of an odds ratio are its confidence interval (its low end is the larger effect).

/// The rates of the outcomes and their ends, each `x`, `x_low`, `x_high`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRates {
    /// Hours a psychiatric visit spends in an emergency department.
    pub ed_hours_per_visit: f64,
    pub ed_hours_per_visit_low: f64,
    pub ed_hours_per_visit_high: f64,
    /// Share of crisis episodes that reach the system through the police.
    pub police_share: f64,
    pub police_share_low: f64,
    pub police_share_high: f64,
    /// Officer hours of a police transport to an emergency department.
    pub police_ed_hours: f64,
    pub police_ed_hours_low: f64,
    pub police_ed_hours_high: f64,
    /// Officer minutes of a drop-off at a crisis receiving facility.
    pub police_dropoff_minutes: f64,
    pub police_dropoff_minutes_low: f64,
    pub police_dropoff_minutes_high: f64,
    /// Odds ratio of an inpatient admission with a short-stay crisis unit.
    pub crisis_unit_odds_ratio: f64,
    pub crisis_unit_odds_ratio_low: f64,
    pub crisis_unit_odds_ratio_high: f64,
    /// Odds ratio of a later behavioral-health ED visit after youth mobile crisis.
    pub youth_mobile_ed_odds_ratio: f64,
    pub youth_mobile_ed_odds_ratio_low: f64,
    pub youth_mobile_ed_odds_ratio_high: f64,
    /// Share of youth in crisis with a later behavioral-health ED visit without mobile crisis.
    pub youth_later_ed_share: f64,
    pub youth_later_ed_share_low: f64,
    pub youth_later_ed_share_high: f64,
    /// Hospitalization lower with community-based crisis intervention, in percentage points
    /// (as a fraction: 0.08).
    pub community_hospitalization_points: f64,
    pub community_hospitalization_points_low: f64,
    pub community_hospitalization_points_high: f64,
    /// Share of crisis-line contacts that need emergency services.
    pub line_emergency_share: f64,
    pub line_emergency_share_low: f64,
    pub line_emergency_share_high: f64,
    /// Share of crisis-line contacts resolved on the phone.
    pub line_resolved_share: f64,
    pub line_resolved_share_low: f64,
    pub line_resolved_share_high: f64,
}

// Its JSON (`ToJson`, `FromJson`) is written from the catalog's list of the rates
// (`crate::scenario::catalog::OUTCOME_ACCESS`), one loop instead of a reader for each field.
