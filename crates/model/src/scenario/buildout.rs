//! The build-out plan's inputs: how many years, how the population and costs grow, what new
//! capacity costs to open, how fast a new program fills, and for each service the year it opens
//! or grows and how much capacity it adds each year until it meets the need.
//!
//! It is part of the scenario (`"buildout"` in the JSON, the link and the `crisis-plan` file) as
//! a flat object of numbers holding only what was entered (`{"horizon_years": 8,
//! "additions.mobile.per_year": 1}`); an input left out takes its default ([`Plan::default`]).
//! Its reader accepts exactly the plan's input names ([`NAMES`]) and `additions.<service>.start_year`
//! / `.per_year`; anything else is an error. Keeping the stored form a map of numbers keeps the
//! page's first download small: the typed view ([`BuildOut::plan`]) is built only by the plan. The plan starts from today's capacity
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

use std::collections::BTreeMap;

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

/// The additions of every service that has one, in the order of [`Entry::all`].
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

/// The plan's own inputs, by name (the key in the JSON; the catalog's path without
/// `buildout.`).
pub const NAMES: [&str; 15] = [
    "horizon_years",
    "population_growth",
    "cost_growth",
    "startup_per_bed_low",
    "startup_per_bed",
    "startup_per_bed_high",
    "startup_per_chair_low",
    "startup_per_chair",
    "startup_per_chair_high",
    "startup_per_team_low",
    "startup_per_team",
    "startup_per_team_high",
    "preopening_months",
    "ramp_up_months",
    "yearly_budget",
];

/// The build-out plan's inputs as stored: the numbers entered, by name; what is not there takes
/// its default.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildOut(pub BTreeMap<String, f64>);

/// The key of one service's addition field: `additions.mobile.per_year`.
pub fn addition_key(e: Entry, field: &str) -> String {
    format!("additions.{}.{field}", e.key())
}

impl BuildOut {
    /// One of the plan's numbers by name ([`NAMES`], or an addition's key), or its default.
    pub fn number(&self, name: &str) -> f64 {
        match self.0.get(name) {
            Some(x) => *x,
            None => Plan::default().number(name),
        }
    }

    /// Set one of the plan's numbers by name.
    pub fn set_number(&mut self, name: &str, value: f64) {
        self.0.insert(name.to_string(), value);
    }

    /// One service's addition.
    pub fn addition(&self, e: Entry) -> Addition {
        let d = Addition::default();
        Addition {
            start_year: self
                .0
                .get(&addition_key(e, "start_year"))
                .copied()
                .unwrap_or(d.start_year),
            per_year: self
                .0
                .get(&addition_key(e, "per_year"))
                .copied()
                .unwrap_or(d.per_year),
        }
    }

    /// Set one service's addition.
    pub fn set_addition(&mut self, e: Entry, a: Addition) {
        self.set_number(&addition_key(e, "start_year"), a.start_year);
        self.set_number(&addition_key(e, "per_year"), a.per_year);
    }

    /// Replace every service's addition.
    pub fn set_additions(&mut self, list: &Additions) {
        self.0.retain(|k, _| !k.starts_with("additions."));
        for (e, a) in &list.0 {
            self.set_addition(*e, *a);
        }
    }

    /// The services with an addition entered, in the order of [`Entry::all`].
    pub fn additions(&self) -> Additions {
        Additions(
            Entry::all()
                .into_iter()
                .filter(|e| {
                    self.0.contains_key(&addition_key(*e, "per_year"))
                        || self.0.contains_key(&addition_key(*e, "start_year"))
                })
                .map(|e| (e, self.addition(e)))
                .collect(),
        )
    }

    /// The typed view the plan computes with: every number, entered or default.
    pub fn plan(&self) -> Plan {
        let n = |name: &str| self.number(name);
        Plan {
            horizon_years: n("horizon_years"),
            population_growth: n("population_growth"),
            cost_growth: n("cost_growth"),
            startup_per_bed_low: n("startup_per_bed_low"),
            startup_per_bed: n("startup_per_bed"),
            startup_per_bed_high: n("startup_per_bed_high"),
            startup_per_chair_low: n("startup_per_chair_low"),
            startup_per_chair: n("startup_per_chair"),
            startup_per_chair_high: n("startup_per_chair_high"),
            startup_per_team_low: n("startup_per_team_low"),
            startup_per_team: n("startup_per_team"),
            startup_per_team_high: n("startup_per_team_high"),
            preopening_months: n("preopening_months"),
            ramp_up_months: n("ramp_up_months"),
            yearly_budget: n("yearly_budget"),
            additions: self.additions(),
        }
    }
}

/// Whether a key is one of the plan's inputs.
fn known(key: &str) -> bool {
    if NAMES.contains(&key) {
        return true;
    }
    let Some(rest) = key.strip_prefix("additions.") else {
        return false;
    };
    match rest.rsplit_once('.') {
        Some((e, "start_year" | "per_year")) => Entry::from_key(e).is_some(),
        _ => false,
    }
}

impl ToJson for BuildOut {
    fn to_json(&self) -> Json {
        self.0.to_json()
    }
}

impl FromJson for BuildOut {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        if let Json::Object(m) = v {
            if let Some((k, _)) = m.iter().find(|(k, _)| !known(k)) {
                let k: String = k.chars().take(40).collect();
                return Err(format!("unknown field `{k}` in \"{}\"", at.path()));
            }
        }
        self.0.read(v, at)
    }
}

/// Every input of the build-out plan, typed: [`BuildOut::plan`].
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
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

impl Plan {
    /// One number by name ([`NAMES`]); NaN for another name.
    pub fn number(&self, name: &str) -> f64 {
        match name {
            "horizon_years" => self.horizon_years,
            "population_growth" => self.population_growth,
            "cost_growth" => self.cost_growth,
            "startup_per_bed_low" => self.startup_per_bed_low,
            "startup_per_bed" => self.startup_per_bed,
            "startup_per_bed_high" => self.startup_per_bed_high,
            "startup_per_chair_low" => self.startup_per_chair_low,
            "startup_per_chair" => self.startup_per_chair,
            "startup_per_chair_high" => self.startup_per_chair_high,
            "startup_per_team_low" => self.startup_per_team_low,
            "startup_per_team" => self.startup_per_team,
            "startup_per_team_high" => self.startup_per_team_high,
            "preopening_months" => self.preopening_months,
            "ramp_up_months" => self.ramp_up_months,
            "yearly_budget" => self.yearly_budget,
            _ => f64::NAN,
        }
    }
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
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
