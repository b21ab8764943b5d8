//! Mobile crisis teams and crisis-line counselors: delay systems sized with Erlang C.
//!
//! Both run 24 hours a day, 365 days a year (seed 004 for mobile teams), so the staff needed is
//! the posts on duty × 8,760 hours / productive hours per full-time person.

use crate::eval::erlang::size_delay;
use crate::eval::flow::{per_day, DAYS_PER_YEAR, MONTHS_PER_YEAR};
use crate::eval::results::{CrisisLineResults, MobileResults, Money};
use crate::scenario::{CrisisLine, Mobile, MobileCostBasis, ResponseMode};

/// Hours in a year (24 × 365).
pub const HOURS_PER_YEAR: f64 = 8_760.0;

/// Mobile teams for a number of dispatches a month (both streams together).
pub fn mobile(m: &Mobile, dispatches_per_month: f64) -> MobileResults {
    let dispatches_per_day = per_day(dispatches_per_month);
    let load = dispatches_per_day / 24.0 * m.busy_hours_per_dispatch;
    let wait_hours = match m.mode {
        ResponseMode::WithinWait => m.max_wait_minutes / 60.0,
        ResponseMode::AtOnce => 0.0,
    };
    let sized = size_delay(load, m.target_share, wait_hours, m.busy_hours_per_dispatch);
    let teams = sized.servers;
    let team_hours_per_year = teams as f64 * HOURS_PER_YEAR;
    let fte = if m.productive_hours_per_fte > 0.0 {
        team_hours_per_year * m.staff_per_team / m.productive_hours_per_fte
    } else {
        0.0
    };
    let cost = match m.cost_basis {
        MobileCostBasis::TeamHours => {
            Money::range(m.cost_per_team_hour_low, m.cost_per_team_hour_high)
                .scale(team_hours_per_year)
        }
        MobileCostBasis::Dispatches => {
            Money::range(m.cost_per_dispatch_low, m.cost_per_dispatch_high)
                .scale(dispatches_per_month * MONTHS_PER_YEAR)
        }
    };
    MobileResults {
        dispatches_per_month,
        dispatches_per_day,
        busy_hours_per_dispatch: m.busy_hours_per_dispatch,
        load,
        teams,
        staff_per_team: m.staff_per_team,
        fte,
        mode: m.mode,
        target_share: m.target_share,
        max_wait_minutes: m.max_wait_minutes,
        share_meeting_target: sized.service_level,
        prob_wait: sized.prob_wait,
        utilization: sized.occupancy,
        team_hours_per_year,
        cost_basis: m.cost_basis,
        cost,
    }
}

/// Crisis-line counselors for a population.
pub fn crisis_line(l: &CrisisLine, population: f64) -> CrisisLineResults {
    if !l.enabled {
        // Switched off: nothing is computed from its inputs (which are not validated).
        return CrisisLineResults {
            enabled: false,
            contacts_per_month: 0.0,
            contacts_per_hour: 0.0,
            minutes_per_contact: 0.0,
            load: 0.0,
            on_duty: 0,
            fte: 0.0,
            answer_seconds: 0.0,
            target_share: 0.0,
            share_answered_in_time: 1.0,
            prob_wait: 0.0,
            occupancy: 0.0,
            shrinkage: 0.0,
            cost: Money::ZERO,
        };
    }
    let contacts_per_month = population / 100_000.0 * l.contacts_per_100k;
    let contacts_per_hour = contacts_per_month * MONTHS_PER_YEAR / DAYS_PER_YEAR / 24.0;
    let load = contacts_per_hour * l.minutes_per_contact / 60.0;
    let sized = size_delay(
        load,
        l.target_share,
        l.answer_seconds / 60.0,
        l.minutes_per_contact,
    );
    let on_duty = sized.servers;
    let available = 1.0 - l.shrinkage;
    let fte = if l.productive_hours_per_fte > 0.0 && available > 0.0 {
        on_duty as f64 * HOURS_PER_YEAR / l.productive_hours_per_fte / available
    } else {
        0.0
    };
    let cost = Money::range(l.cost_per_fte_low, l.cost_per_fte_high).scale(fte);
    CrisisLineResults {
        enabled: l.enabled,
        contacts_per_month,
        contacts_per_hour,
        minutes_per_contact: l.minutes_per_contact,
        load,
        on_duty,
        fte,
        answer_seconds: l.answer_seconds,
        target_share: l.target_share,
        share_answered_in_time: sized.service_level,
        prob_wait: sized.prob_wait,
        occupancy: sized.occupancy,
        shrinkage: l.shrinkage,
        cost,
    }
}
