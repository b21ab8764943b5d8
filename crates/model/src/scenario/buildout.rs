//! The build-out plan's inputs: how many years, how the population and costs grow, what new
//! capacity costs to open, how fast a new program fills, and for each service the year it opens
//! or grows and how much capacity it adds each year until it meets the need.
//!
//! It is part of the scenario (`"buildout"` in the JSON, the link and the `crisis-plan` file);
//! a file without it takes the defaults below. The plan starts from today's capacity
//! ([`crate::scenario::inventory`]) where it is entered, otherwise from nothing.
//! [`crate::analysis::buildout`](mod@crate::analysis::buildout) computes the plan year by year.
//!
//! Additions are keyed like the inventory: `residential.crisis-respite`, `youth_receiving`,
//! `mobile`, `crisis_line` ([`Entry::key`]); their unit is the inventory's (beds, chairs, teams
//! on duty, counselor FTE). A service with no addition adds nothing.
//!
//! Sources of the defaults (DOMAIN section 10; [`crate::scenario::buildout_sources`]): start-up
//! cost per bed from public capital budgets (Washington 2024, Pennington County 2021,
//! California SB 82, Doña Ana County 2013), a mobile team's van from El Dorado County
//! FY2024-25; growth from the CMS national health expenditure projections 2024-2032;
//! pre-opening months, the ramp-up of use, the cost of a chair and the yearly budget are
//! assumptions.

use crate::scenario::inventory::Entry;
use crate::text::json::{At, FromJson, Json, ToJson};

pub use crate::scenario::bounds::{MAX_BUDGET, MAX_STARTUP, MAX_YEARS};

/// One service's additions: from `start_year` on, `per_year` beds, chairs, teams or FTE a year
/// until the service meets that year's need.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Addition {
    /// The plan year (1 is the first) the service opens or starts to grow.
    pub start_year: f64,
    /// Capacity added each year from then on.
    pub per_year: f64,
}

impl Default for Addition {
    fn default() -> Self {
        Addition {
            start_year: 1.0,
            per_year: 0.0,
        }
    }
}

crate::text::json::json_struct!(Addition {
    start_year,
    per_year
});

/// The additions of every service that has one, in the order they were entered. JSON: an
/// object keyed by the inventory's keys (`{"mobile": {"start_year": 1, "per_year": 2}}`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Additions(pub Vec<(Entry, Addition)>);

impl Additions {
    /// The addition of one service (start year 1, nothing added, when it has none).
    pub fn get(&self, e: Entry) -> Addition {
        self.0
            .iter()
            .find(|(k, _)| *k == e)
            .map(|(_, a)| *a)
            .unwrap_or_default()
    }

    /// Set the addition of one service.
    pub fn set(&mut self, e: Entry, a: Addition) {
        match self.0.iter_mut().find(|(k, _)| *k == e) {
            Some(slot) => slot.1 = a,
            None => self.0.push((e, a)),
        }
    }
}

impl ToJson for Additions {
    fn to_json(&self) -> Json {
        Json::Object(self.0.iter().map(|(e, a)| (e.key(), a.to_json())).collect())
    }
}

impl FromJson for Additions {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        match v {
            Json::Null => Ok(()),
            Json::Object(m) => {
                let mut out = Additions::default();
                for (k, x) in m.iter() {
                    let Some(e) = Entry::from_key(k) else {
                        let k: String = k.chars().take(40).collect();
                        return Err(format!(
                            "unknown service `{k}` in \"{}\", expected a key such as \
                             `residential.crisis-respite`, `receiving`, `mobile` or `crisis_line`",
                            at.path()
                        ));
                    };
                    let mut a = Addition::default();
                    a.read(x, At::Key(&at, k))?;
                    out.set(e, a);
                }
                *self = out;
                Ok(())
            }
            _ => Err(at.expected("an object", v)),
        }
    }
}

/// Every input of the build-out plan.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildOut {
    /// Years in the plan (1-20).
    pub horizon_years: f64,
    /// Population growth a year, as a fraction (0.006).
    pub population_growth: f64,
    /// Unit-cost growth a year, as a fraction (0.027).
    pub cost_growth: f64,
    /// Start-up (capital) cost of one new bed: low, default, high, in today's dollars.
    pub startup_per_bed_low: f64,
    pub startup_per_bed: f64,
    pub startup_per_bed_high: f64,
    /// Start-up cost of one new receiving-facility chair.
    pub startup_per_chair_low: f64,
    pub startup_per_chair: f64,
    pub startup_per_chair_high: f64,
    /// Start-up cost of one new mobile team (its vehicle and equipment).
    pub startup_per_team_low: f64,
    pub startup_per_team: f64,
    pub startup_per_team_high: f64,
    /// Months of operating cost paid before a new program opens (hiring and training).
    pub preopening_months: f64,
    /// Months a new program takes to reach normal use (linear ramp-up).
    pub ramp_up_months: f64,
    /// The yearly budget the suggested phasing spends on new capacity, in dollars.
    pub yearly_budget: f64,
    /// What each service adds, from which year.
    pub additions: Additions,
}

impl Default for BuildOut {
    fn default() -> Self {
        BuildOut {
            horizon_years: 5.0,
            population_growth: 0.006,
            cost_growth: 0.027,
            startup_per_bed_low: 90_000.0,
            startup_per_bed: 300_000.0,
            startup_per_bed_high: 350_000.0,
            startup_per_chair_low: 90_000.0,
            startup_per_chair: 300_000.0,
            startup_per_chair_high: 350_000.0,
            startup_per_team_low: 40_000.0,
            startup_per_team: 250_000.0,
            startup_per_team_high: 250_000.0,
            preopening_months: 3.0,
            ramp_up_months: 12.0,
            yearly_budget: 5_000_000.0,
            additions: Additions::default(),
        }
    }
}

crate::text::json::json_struct!(BuildOut {
    horizon_years,
    population_growth,
    cost_growth,
    startup_per_bed_low,
    startup_per_bed,
    startup_per_bed_high,
    startup_per_chair_low,
    startup_per_chair,
    startup_per_chair_high,
    startup_per_team_low,
    startup_per_team,
    startup_per_team_high,
    preopening_months,
    ramp_up_months,
    yearly_budget,
    additions,
});
