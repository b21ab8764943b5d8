//! Validation: every problem of a scenario at once, each tied to the input it concerns, in
//! plain language.
//!
//! ## Field paths
//!
//! [`Problem::field`] is a stable dotted path naming the input, spelled exactly like the
//! scenario's JSON: object keys joined with `.`, list items as `[index]` (from 0).
//!
//! - top level: `version`, `place_name`, `population`, `youth_share`, `cost_basis`
//! - adult demand: `adult.rate_per_100k`
//! - adult flow shares: `flow.entry_to_mobile`, `flow.receiving_to_residential`, … (every field
//!   of [`crate::Flow`])
//! - adult programs: `programs[2].share`, `programs[2].stay_days`, `programs[2].name`,
//!   `programs[2].cost_per_day_low`, `programs[2].cost_per_day_high`,
//!   `programs[2].max_beds_per_facility`
//! - youth: `youth.enabled`, `youth.rate_per_100k`, `youth.flow.entry_to_mobile`, …,
//!   `youth.programs[0].share`, …
//! - services: `receiving.stay_days`, `receiving.cost_per_day_low`, …; `inpatient.stay_days`, …
//! - sizing: `sizing.rule`, `sizing.target`, `sizing.max_utilization`
//! - mobile teams: `mobile.busy_hours_per_dispatch`, `mobile.target_share`,
//!   `mobile.max_wait_minutes`, `mobile.staff_per_team`, `mobile.productive_hours_per_fte`,
//!   `mobile.cost_per_team_hour_low`, … (every field of [`crate::Mobile`])
//! - crisis line: `crisis_line.contacts_per_100k`, `crisis_line.answer_seconds`, … (every field
//!   of [`crate::CrisisLine`])
//!
//! Problems about a group of inputs name the group:
//!
//! - `programs` / `youth.programs`: the program shares do not add up to 100%, a stream sends
//!   episodes to residential care but lists no program, or too many programs are listed;
//! - `flow.entry`, `flow.mobile`, `flow.receiving`, `flow.ed` (and `youth.flow.…`): the shares
//!   leaving that service add up to more than 100%.
//!
//! The youth stream is checked only when `youth.enabled` is true, the crisis line only when
//! `crisis_line.enabled` is true: inputs that are switched off never block the results.

use serde::Serialize;

use crate::format::{count, currency, percent, thousands};
use crate::scenario::{Flow, Program, Scenario, SizingRule, SCENARIO_VERSION};

/// One problem with one input (or group of inputs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The dotted path of the input (see the module documentation).
    pub field: String,
    /// What is wrong, in plain language.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The largest population accepted.
pub const MAX_POPULATION: f64 = 1_000_000_000.0;
/// The largest crisis rate accepted (episodes per 100,000 a month).
pub const MAX_RATE: f64 = 10_000.0;
/// The most residential programs in one stream.
pub const MAX_PROGRAMS: usize = 20;
/// The longest stay accepted, in days.
pub const MAX_STAY_DAYS: f64 = 365.0;
/// The highest cost per bed-day accepted, in dollars.
pub const MAX_COST_PER_DAY: f64 = 100_000.0;
/// The longest place or program name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Shares that add up to at most 1 + this are accepted as adding up to 1.
const SUM_TOLERANCE: f64 = 1e-6;

/// Every problem with the scenario, in the order of the inputs. Empty when it is valid.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut v = Checker { out: Vec::new() };
    if s.version != SCENARIO_VERSION {
        v.fail(
            "version",
            format!(
                "This scenario has format version {}; this version of the planner reads version \
                 {SCENARIO_VERSION} only.",
                s.version
            ),
        );
    }
    if s.place_name.chars().count() > MAX_NAME_CHARS {
        v.fail(
            "place_name",
            format!("The place name can be at most {MAX_NAME_CHARS} characters long."),
        );
    }
    if !(whole(s.population) && s.population >= 1.0) {
        v.fail(
            "population",
            "Population must be a whole number above zero.".into(),
        );
    } else if s.population > MAX_POPULATION {
        v.fail(
            "population",
            "Population must be at most 1,000,000,000 (one billion).".into(),
        );
    }
    v.share("youth_share", s.youth_share, "Youth share");
    v.rate(
        "adult.rate_per_100k",
        s.adult.rate_per_100k,
        "The adult crisis rate",
        "residents",
    );
    v.flow("", &s.flow);
    v.programs("", &s.programs, &s.flow);
    if s.youth.enabled {
        v.rate(
            "youth.rate_per_100k",
            s.youth.rate_per_100k,
            "The youth crisis rate",
            "youth residents",
        );
        v.flow("youth.", &s.youth.flow);
        v.programs("youth.", &s.youth.programs, &s.youth.flow);
    }
    v.stay(
        "receiving.stay_days",
        s.receiving.stay_days,
        "Mean stay at the receiving facility",
    );
    v.cost_range(
        "receiving",
        s.receiving.cost_per_day_low,
        s.receiving.cost_per_day_high,
        MAX_COST_PER_DAY,
        "per day",
    );
    v.stay(
        "inpatient.stay_days",
        s.inpatient.stay_days,
        "Mean inpatient stay",
    );
    v.cost_range(
        "inpatient",
        s.inpatient.cost_per_day_low,
        s.inpatient.cost_per_day_high,
        MAX_COST_PER_DAY,
        "per day",
    );
    match s.sizing.rule {
        SizingRule::DaysFull => {
            if !(finite(s.sizing.target) && s.sizing.target > 0.0 && s.sizing.target <= 0.5) {
                v.fail(
                    "sizing.target",
                    "The share of days a service may be full must be more than 0% and at most \
                     50%."
                        .into(),
                );
            }
        }
        SizingRule::Occupancy => {
            if !(finite(s.sizing.target) && s.sizing.target >= 0.1 && s.sizing.target <= 1.0) {
                v.fail(
                    "sizing.target",
                    "The target occupancy must be between 10% and 100%.".into(),
                );
            }
        }
    }
    if !(finite(s.sizing.max_utilization)
        && s.sizing.max_utilization >= 0.5
        && s.sizing.max_utilization <= 1.0)
    {
        v.fail(
            "sizing.max_utilization",
            "The highest utilization must be between 50% and 100%.".into(),
        );
    }
    v.mobile(s);
    if s.crisis_line.enabled {
        v.crisis_line(s);
    }
    v.out
}

fn finite(x: f64) -> bool {
    x.is_finite()
}

fn whole(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

struct Checker {
    out: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, field: impl Into<String>, message: String) {
        self.out.push(Problem {
            field: field.into(),
            message,
        });
    }

    /// A share in [0, 100%].
    fn share(&mut self, field: &str, x: f64, what: &str) {
        if !(finite(x) && (0.0..=1.0).contains(&x)) {
            self.fail(field, format!("{what} must be between 0% and 100%."));
        }
    }

    fn rate(&mut self, field: &str, x: f64, what: &str, per: &str) {
        if !(finite(x) && (0.0..=MAX_RATE).contains(&x)) {
            self.fail(
                field,
                format!(
                    "{what} must be a number from 0 to {} episodes per 100,000 {per} a month.",
                    thousands(MAX_RATE)
                ),
            );
        }
    }

    fn stay(&mut self, field: &str, x: f64, what: &str) {
        if !(finite(x) && x > 0.0 && x <= MAX_STAY_DAYS) {
            self.fail(
                field,
                format!("{what} must be more than zero days and at most 365 days."),
            );
        }
    }

    /// `<prefix>.cost_per_…_low` and `_high`: each from 0 to `max`, high at least low.
    fn cost_range(&mut self, prefix: &str, low: f64, high: f64, max: f64, per: &str) {
        self.cost_range_at(&|| prefix.to_string(), low, high, max, per);
    }

    /// [`Checker::cost_range`] with the prefix built only when there is a problem.
    fn cost_range_at(
        &mut self,
        prefix: &dyn Fn() -> String,
        low: f64,
        high: f64,
        max: f64,
        per: &str,
    ) {
        let low_ok = finite(low) && (0.0..=max).contains(&low);
        let high_ok = finite(high) && (0.0..=max).contains(&high);
        if low_ok && high_ok && high >= low {
            return;
        }
        let prefix = prefix();
        let stem = if per == "per day" {
            "cost_per_day"
        } else {
            per
        };
        let label = match stem {
            "cost_per_day" => "cost per day",
            "cost_per_team_hour" => "cost per team-hour",
            "cost_per_dispatch" => "cost per dispatch",
            "cost_per_fte" => "cost per counselor a year",
            _ => "cost",
        };
        if !low_ok {
            self.fail(
                format!("{prefix}.{stem}_low"),
                format!(
                    "The low {label} must be a number of dollars from $0 to {}.",
                    currency(max)
                ),
            );
        }
        if !high_ok {
            self.fail(
                format!("{prefix}.{stem}_high"),
                format!(
                    "The high {label} must be a number of dollars from $0 to {}.",
                    currency(max)
                ),
            );
        }
        if low_ok && high_ok && high < low {
            self.fail(
                format!("{prefix}.{stem}_high"),
                format!(
                    "The high {label} ({}) must be at least the low {label} ({}).",
                    currency(high),
                    currency(low)
                ),
            );
        }
    }

    fn flow(&mut self, prefix: &str, f: &Flow) {
        for (name, x) in f.shares() {
            if !(finite(x) && (0.0..=1.0).contains(&x)) {
                self.fail(
                    format!("{prefix}flow.{name}"),
                    format!(
                        "The share {} must be between 0% and 100%.",
                        share_label(name)
                    ),
                );
            }
        }
        let groups: [(&str, &str, [f64; 5]); 4] = [
            (
                "entry",
                "entering the crisis system",
                [
                    f.entry_to_mobile,
                    f.entry_to_receiving,
                    f.entry_to_ed,
                    f.entry_to_residential,
                    f.entry_to_inpatient,
                ],
            ),
            (
                "mobile",
                "seen by a mobile team",
                [
                    f.mobile_to_receiving,
                    f.mobile_to_residential,
                    f.mobile_to_inpatient,
                    0.0,
                    0.0,
                ],
            ),
            (
                "receiving",
                "at the receiving facility",
                [
                    f.receiving_to_residential,
                    f.receiving_to_inpatient,
                    0.0,
                    0.0,
                    0.0,
                ],
            ),
            (
                "ed",
                "at the emergency department",
                [f.ed_to_residential, f.ed_to_inpatient, 0.0, 0.0, 0.0],
            ),
        ];
        for (group, words, shares) in groups {
            if shares.iter().all(|x| finite(*x) && *x >= 0.0) {
                let sum: f64 = shares.iter().sum();
                if sum > 1.0 + SUM_TOLERANCE {
                    self.fail(
                        format!("{prefix}flow.{group}"),
                        format!(
                            "The shares of episodes {words} that go on to other services add \
                             up to {}; they must add up to at most 100% (the rest is resolved \
                             there).",
                            percent(sum)
                        ),
                    );
                }
            }
        }
    }

    fn programs(&mut self, prefix: &str, programs: &[Program], f: &Flow) {
        let list = || format!("{prefix}programs");
        if programs.len() > MAX_PROGRAMS {
            self.fail(
                list(),
                format!(
                    "At most {MAX_PROGRAMS} residential programs can be listed; there are {}.",
                    count(programs.len() as u64)
                ),
            );
            return;
        }
        let mut all_ok = true;
        for (i, p) in programs.iter().enumerate() {
            let at = |field: &str| format!("{prefix}programs[{i}].{field}");
            if p.name.chars().count() > MAX_NAME_CHARS {
                self.fail(
                    at("name"),
                    format!("A program name can be at most {MAX_NAME_CHARS} characters long."),
                );
            }
            if !(finite(p.share) && (0.0..=1.0).contains(&p.share)) {
                all_ok = false;
                self.fail(
                    at("share"),
                    "The program's share of admissions must be between 0% and 100%.".into(),
                );
            }
            if !(finite(p.stay_days) && p.stay_days > 0.0 && p.stay_days <= MAX_STAY_DAYS) {
                self.fail(
                    at("stay_days"),
                    "Length of stay must be more than zero days and at most 365 days.".into(),
                );
            }
            self.cost_range_at(
                &|| format!("{prefix}programs[{i}]"),
                p.cost_per_day_low,
                p.cost_per_day_high,
                MAX_COST_PER_DAY,
                "per day",
            );
            if !(whole(p.max_beds_per_facility)
                && p.max_beds_per_facility >= 1.0
                && p.max_beds_per_facility <= 10_000.0)
            {
                self.fail(
                    at("max_beds_per_facility"),
                    "Beds per facility must be a whole number from 1 to 10,000.".into(),
                );
            }
        }
        if programs.is_empty() {
            let sends = f.entry_to_residential > 0.0
                || f.mobile_to_residential > 0.0
                || f.receiving_to_residential > 0.0
                || f.ed_to_residential > 0.0;
            if sends {
                self.fail(
                    list(),
                    "Some episodes go to residential crisis care, but no residential program is \
                     listed: add a program, or set the shares to residential care to 0%."
                        .into(),
                );
            }
        } else if all_ok {
            let sum: f64 = programs.iter().map(|p| p.share).sum();
            if (sum - 1.0).abs() > SUM_TOLERANCE {
                self.fail(
                    list(),
                    format!(
                        "Program shares add up to {}; they must add up to 100%.",
                        percent(sum)
                    ),
                );
            }
        }
    }

    fn mobile(&mut self, s: &Scenario) {
        let m = &s.mobile;
        if !(finite(m.busy_hours_per_dispatch)
            && m.busy_hours_per_dispatch > 0.0
            && m.busy_hours_per_dispatch <= 72.0)
        {
            self.fail(
                "mobile.busy_hours_per_dispatch",
                "Hours a dispatch keeps a team busy must be more than 0 and at most 72.".into(),
            );
        }
        if !(finite(m.target_share) && m.target_share > 0.0 && m.target_share <= 0.999) {
            self.fail(
                "mobile.target_share",
                "The share of requests meeting the response target must be more than 0% and at \
                 most 99.9%."
                    .into(),
            );
        }
        if !(finite(m.max_wait_minutes) && (0.0..=1440.0).contains(&m.max_wait_minutes)) {
            self.fail(
                "mobile.max_wait_minutes",
                "The longest wait for a free team must be from 0 to 1,440 minutes (a day).".into(),
            );
        }
        if !(whole(m.staff_per_team) && (1.0..=20.0).contains(&m.staff_per_team)) {
            self.fail(
                "mobile.staff_per_team",
                "Staff per team must be a whole number from 1 to 20.".into(),
            );
        }
        self.productive_hours(
            "mobile.productive_hours_per_fte",
            m.productive_hours_per_fte,
        );
        self.cost_range(
            "mobile",
            m.cost_per_team_hour_low,
            m.cost_per_team_hour_high,
            100_000.0,
            "cost_per_team_hour",
        );
        self.cost_range(
            "mobile",
            m.cost_per_dispatch_low,
            m.cost_per_dispatch_high,
            1_000_000.0,
            "cost_per_dispatch",
        );
    }

    fn productive_hours(&mut self, field: &str, x: f64) {
        if !(finite(x) && (100.0..=8_760.0).contains(&x)) {
            self.fail(
                field,
                "Productive hours a year per full-time person must be from 100 to 8,760.".into(),
            );
        }
    }

    fn crisis_line(&mut self, s: &Scenario) {
        let l = &s.crisis_line;
        if !(finite(l.contacts_per_100k) && (0.0..=100_000.0).contains(&l.contacts_per_100k)) {
            self.fail(
                "crisis_line.contacts_per_100k",
                "Crisis-line contacts must be a number from 0 to 100,000 per 100,000 residents a \
                 month."
                    .into(),
            );
        }
        if !(finite(l.minutes_per_contact)
            && l.minutes_per_contact > 0.0
            && l.minutes_per_contact <= 600.0)
        {
            self.fail(
                "crisis_line.minutes_per_contact",
                "Minutes per contact must be more than 0 and at most 600.".into(),
            );
        }
        if !(finite(l.answer_seconds) && (0.0..=3_600.0).contains(&l.answer_seconds)) {
            self.fail(
                "crisis_line.answer_seconds",
                "The answer target must be from 0 to 3,600 seconds.".into(),
            );
        }
        if !(finite(l.target_share) && l.target_share > 0.0 && l.target_share <= 0.999) {
            self.fail(
                "crisis_line.target_share",
                "The share of contacts answered in time must be more than 0% and at most 99.9%."
                    .into(),
            );
        }
        if !(finite(l.shrinkage) && (0.0..=0.9).contains(&l.shrinkage)) {
            self.fail(
                "crisis_line.shrinkage",
                "Shrinkage must be between 0% and 90%.".into(),
            );
        }
        self.productive_hours(
            "crisis_line.productive_hours_per_fte",
            l.productive_hours_per_fte,
        );
        self.cost_range(
            "crisis_line",
            l.cost_per_fte_low,
            l.cost_per_fte_high,
            10_000_000.0,
            "cost_per_fte",
        );
    }
}

/// The words for a flow share's field name.
pub fn share_label(name: &str) -> &'static str {
    match name {
        "entry_to_mobile" => "from entry to a mobile team",
        "entry_to_receiving" => "from entry to the receiving facility",
        "entry_to_ed" => "from entry to an emergency department",
        "entry_to_residential" => "from entry straight to residential care",
        "entry_to_inpatient" => "from entry straight to inpatient care",
        "mobile_to_receiving" => "from a mobile team to the receiving facility",
        "mobile_to_residential" => "from a mobile team to residential care",
        "mobile_to_inpatient" => "from a mobile team to inpatient care",
        "receiving_to_residential" => "from the receiving facility to residential care",
        "receiving_to_inpatient" => "from the receiving facility to inpatient care",
        "ed_to_residential" => "from an emergency department to residential care",
        "ed_to_inpatient" => "from an emergency department to inpatient care",
        "residential_to_inpatient" => "from residential care to inpatient care (step-up)",
        _ => "",
    }
}
