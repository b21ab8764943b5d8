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
//! - today's capacity (checked only when `inventory.enabled`):
//!   `inventory.residential.high-medical.capacity`, `inventory.youth_residential.sud.annual_cost`,
//!   `inventory.receiving.capacity`, `inventory.youth_inpatient.capacity`,
//!   `inventory.mobile.capacity`, `inventory.crisis_line.annual_cost`, … (see
//!   [`crate::scenario::inventory`])
//! - the build-out plan, checked apart by [`validate_buildout_in`]: `buildout.horizon_years`, `buildout.startup_per_bed_low`, …, and each
//!   service's additions, `buildout.additions.mobile.per_year`,
//!   `buildout.additions.residential.crisis-respite.start_year` (see
//!   [`crate::scenario::buildout`])
//! - self-assessment scores: `assessment.scores.criterion-5`; unknown item ids as one problem at
//!   `assessment.scores` (see [`crate::analysis::criteria`])
//! - who pays: `funding.adult.medicaid`, `funding.rates.mobile.commercial`, `funding.fmap`,
//!   `funding.fees_988.amount`, … (see [`crate::scenario::funding`]); coverage that does not add
//!   up to 100% at `funding.adult` / `funding.youth`
//! - uncertainty (see [`crate::uncertainty`]): `uncertainty.draws`, `uncertainty.sim_years`,
//!   `uncertainty.stay_cv` (log-normal stays only), and the ends of each range, stored as
//!   multiples of the input's value: `uncertainty.adult_rate.low`,
//!   `uncertainty.stay.living-room.high`, …
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

mod assessment;
mod buildout;
mod funding;
mod inventory;
mod outcomes;
mod ranges;

pub use outcomes::{validate_outcomes, validate_outcomes_in};

use crate::scenario::catalog::{self, Rule};
use crate::scenario::{Flow, Program, Scenario, SCENARIO_VERSION};
use crate::text::format::Format;
use crate::text::lang::Lang;

pub use crate::scenario::bounds::{
    MAX_COST_PER_DAY, MAX_NAME_CHARS, MAX_POPULATION, MAX_PROGRAMS, MAX_RATE, MAX_STAY_DAYS,
};
pub use crate::scenario::Problem;

/// Shares that add up to at most 1 + this are accepted as adding up to 1.
const SUM_TOLERANCE: f64 = 1e-6;

/// The build-out plan's problems (its numbers against the catalog's [`catalog::BUILDOUT_RULES`],
/// then each service's additions), in a language. Kept apart from [`validate_in`]: a bad plan
/// input never blocks the other results.
pub fn validate_buildout_in(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut v = Checker {
        out: Vec::new(),
        lang,
        f: Format::new(lang),
    };
    for rule in catalog::BUILDOUT_RULES {
        v.scalar(rule, s);
    }
    v.out.extend(buildout::validate(s, lang));
    v.out
}

/// Every problem with the scenario, in the order of the inputs. Empty when it is valid.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    validate_in(s, Lang::En)
}

/// [`validate()`] with the messages in a language (`validate_in(s, Lang::En)` is
/// `validate(s)`).
pub fn validate_in(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut v = Checker {
        out: Vec::new(),
        lang,
        f: Format::new(lang),
    };
    if s.version != SCENARIO_VERSION {
        let n = s.version;
        v.fail(
            "version",
            match lang {
                Lang::En => format!(
                    "This scenario has format version {n}; this version of the planner reads \
                     version {SCENARIO_VERSION} only."
                ),
                Lang::Es => format!(
                    "Este escenario tiene la versión de formato {n}; esta versión del \
                     planificador solo lee la versión {SCENARIO_VERSION}."
                ),
            },
        );
    }
    v.place(s);
    v.scalar(const { &catalog::YOUTH_SHARE.rule() }, s);
    v.scalar(const { &catalog::ADULT_RATE.rule() }, s);
    v.flow("", &s.flow);
    v.programs("", &s.programs, &s.flow);
    if s.youth.enabled {
        v.scalar(const { &catalog::YOUTH_RATE.rule() }, s);
        v.flow("youth.", &s.youth.flow);
        v.programs("youth.", &s.youth.programs, &s.youth.flow);
    }
    v.scalar(const { &catalog::RECEIVING_STAY.rule() }, s);
    v.cost_range(
        "receiving",
        s.receiving.cost_per_day_low,
        s.receiving.cost_per_day_high,
        catalog::RECEIVING_COST_LOW.bounds.high,
        "per day",
    );
    v.scalar(const { &catalog::INPATIENT_STAY.rule() }, s);
    v.cost_range(
        "inpatient",
        s.inpatient.cost_per_day_low,
        s.inpatient.cost_per_day_high,
        catalog::INPATIENT_COST_LOW.bounds.high,
        "per day",
    );
    v.scalar(const { &catalog::DAYS_FULL_TARGET.rule() }, s);
    v.scalar(const { &catalog::OCCUPANCY_TARGET.rule() }, s);
    v.scalar(const { &catalog::MAX_UTILIZATION.rule() }, s);
    v.mobile(s);
    if s.crisis_line.enabled {
        v.crisis_line(s);
    }
    v.out.extend(funding::validate(s, lang));
    v.out.extend(inventory::validate(s, lang));
    v.out.extend(assessment::validate(s, lang));
    v.out.extend(ranges::validate(s, lang));
    v.out
}

/// The checks of the inputs an area of a table sets (`crate::analysis::areas`): the place
/// name, the population, the adult rate and the hours a dispatch keeps a team busy, as
/// [`validate_in`] makes them. No other check of [`validate_in`] reads these four inputs, so a
/// scenario that passes every check still passes them all with these four changed exactly when
/// this is empty: a table of areas checks its base scenario once, then only these for each area
/// (`tests/areas.rs` holds the areas' results to the full evaluation's).
pub fn validate_area_inputs(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut v = Checker {
        out: Vec::new(),
        lang,
        f: Format::new(lang),
    };
    v.place(s);
    v.scalar(const { &catalog::ADULT_RATE.rule() }, s);
    v.scalar(const { &catalog::MOBILE_BUSY_HOURS.rule() }, s);
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
    lang: Lang,
    f: Format,
}

impl Checker {
    fn fail(&mut self, field: impl Into<String>, message: String) {
        self.out.push(Problem {
            field: field.into(),
            message,
        });
    }

    /// The text of the checker's language.
    fn t(&self, en: &str, es: &str) -> String {
        self.lang.pick(en, es).to_string()
    }

    /// The place name and the population.
    fn place(&mut self, s: &Scenario) {
        if s.place_name.chars().count() > MAX_NAME_CHARS {
            self.fail(
                "place_name",
                match self.lang {
                    Lang::En => {
                        format!("The place name can be at most {MAX_NAME_CHARS} characters long.")
                    }
                    Lang::Es => format!(
                        "El nombre del lugar puede tener como máximo {MAX_NAME_CHARS} caracteres."
                    ),
                },
            );
        }
        if !(whole(s.population) && s.population >= 1.0) {
            self.fail(
                "population",
                self.t(
                    "Population must be a whole number above zero.",
                    "La población debe ser un número entero mayor que cero.",
                ),
            );
        } else if s.population > MAX_POPULATION {
            self.fail(
                "population",
                self.t(
                    "Population must be at most 1,000,000,000 (one billion).",
                    "La población debe ser como máximo 1,000,000,000 (mil millones).",
                ),
            );
        }
    }

    /// One of the scenario's own numbers, against its bounds in the catalog, while the
    /// scenario uses it.
    fn scalar(&mut self, input: &Rule<Scenario>, s: &Scenario) {
        if input.when.holds(s) {
            self.check(input, &|| input.path.to_string(), (input.get)(s));
        }
    }

    /// A number against its bounds in the catalog, with the catalog's sentence at `path`; true
    /// when the number is within them.
    fn check<T>(&mut self, input: &Rule<T>, path: &dyn Fn() -> String, x: f64) -> bool {
        let ok = input.bounds.contains(x);
        if !ok {
            if let Some(message) = input.problem_in(self.lang) {
                self.fail(path(), message);
            }
        }
        ok
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
        let (label, label_es) = match stem {
            "cost_per_day" => ("cost per day", "costo por día"),
            "cost_per_team_hour" => ("cost per team-hour", "costo por hora-equipo"),
            "cost_per_dispatch" => ("cost per dispatch", "costo por despacho"),
            "cost_per_fte" => ("cost per counselor a year", "costo por consejero al año"),
            _ => ("cost", "costo"),
        };
        let (f, lang) = (self.f, self.lang);
        let top = f.currency(max);
        if !low_ok {
            self.fail(
                format!("{prefix}.{stem}_low"),
                match lang {
                    Lang::En => {
                        format!("The low {label} must be a number of dollars from $0 to {top}.")
                    }
                    Lang::Es => format!(
                        "El valor bajo del {label_es} debe ser una cantidad en dólares entre {} y \
                         {top}.",
                        f.currency(0.0)
                    ),
                },
            );
        }
        if !high_ok {
            self.fail(
                format!("{prefix}.{stem}_high"),
                match lang {
                    Lang::En => {
                        format!("The high {label} must be a number of dollars from $0 to {top}.")
                    }
                    Lang::Es => format!(
                        "El valor alto del {label_es} debe ser una cantidad en dólares entre {} y \
                         {top}.",
                        f.currency(0.0)
                    ),
                },
            );
        }
        if low_ok && high_ok && high < low {
            let (h, l) = (f.currency(high), f.currency(low));
            self.fail(
                format!("{prefix}.{stem}_high"),
                match lang {
                    Lang::En => {
                        format!("The high {label} ({h}) must be at least the low {label} ({l}).")
                    }
                    Lang::Es => format!(
                        "El valor alto del {label_es} ({h}) debe ser al menos el valor bajo ({l})."
                    ),
                },
            );
        }
    }

    fn flow(&mut self, prefix: &str, f: &Flow) {
        let youth = prefix == "youth.";
        for input in catalog::FLOW_RULES {
            self.check(
                input,
                &|| catalog::flow_path(youth, input.path),
                (input.get)(f),
            );
        }
        let groups: [(&str, &str, [f64; 5]); 4] = [
            (
                "entry",
                self.lang.pick(
                    "entering the crisis system",
                    "que entran al sistema de crisis",
                ),
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
                self.lang
                    .pick("seen by a mobile team", "atendidos por un equipo móvil"),
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
                self.lang.pick(
                    "at the receiving facility",
                    "en el centro de recepción de crisis",
                ),
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
                self.lang
                    .pick("at the emergency department", "en la sala de emergencias"),
                [f.ed_to_residential, f.ed_to_inpatient, 0.0, 0.0, 0.0],
            ),
        ];
        for (group, words, shares) in groups {
            if shares.iter().all(|x| finite(*x) && *x >= 0.0) {
                let sum: f64 = shares.iter().sum();
                if sum > 1.0 + SUM_TOLERANCE {
                    let (total, all) = (self.f.percent(sum), self.f.percent(1.0));
                    let message = match self.lang {
                        Lang::En => format!(
                            "The shares of episodes {words} that go on to other services add \
                             up to {total}; they must add up to at most {all} (the rest is \
                             resolved there)."
                        ),
                        Lang::Es => format!(
                            "Las proporciones de episodios {words} que pasan a otros servicios \
                             suman {total}; deben sumar como máximo {all} (el resto se resuelve \
                             allí)."
                        ),
                    };
                    self.fail(format!("{prefix}flow.{group}"), message);
                }
            }
        }
    }

    fn programs(&mut self, prefix: &str, programs: &[Program], f: &Flow) {
        let list = || format!("{prefix}programs");
        if programs.len() > MAX_PROGRAMS {
            let n = self.f.count(programs.len() as u64);
            let message = match self.lang {
                Lang::En => format!(
                    "At most {MAX_PROGRAMS} residential programs can be listed; there are {n}."
                ),
                Lang::Es => format!(
                    "Se pueden incluir como máximo {MAX_PROGRAMS} programas residenciales; hay \
                     {n}."
                ),
            };
            self.fail(list(), message);
            return;
        }
        let mut all_ok = true;
        for (i, p) in programs.iter().enumerate() {
            let at = |field: &str| format!("{prefix}programs[{i}].{field}");
            if p.name.chars().count() > MAX_NAME_CHARS {
                let message = match self.lang {
                    Lang::En => {
                        format!("A program name can be at most {MAX_NAME_CHARS} characters long.")
                    }
                    Lang::Es => format!(
                        "El nombre de un programa puede tener como máximo {MAX_NAME_CHARS} \
                         caracteres."
                    ),
                };
                self.fail(at("name"), message);
            }
            all_ok &= self.check(
                const { &catalog::PROGRAM_SHARE.rule() },
                &|| at("share"),
                p.share,
            );
            self.check(
                const { &catalog::PROGRAM_STAY.rule() },
                &|| at("stay_days"),
                p.stay_days,
            );
            self.cost_range_at(
                &|| format!("{prefix}programs[{i}]"),
                p.cost_per_day_low,
                p.cost_per_day_high,
                catalog::PROGRAM_COST_LOW.bounds.high,
                "per day",
            );
            self.check(
                const { &catalog::PROGRAM_MAX_BEDS.rule() },
                &|| at("max_beds_per_facility"),
                p.max_beds_per_facility,
            );
        }
        if programs.is_empty() {
            let sends = f.entry_to_residential > 0.0
                || f.mobile_to_residential > 0.0
                || f.receiving_to_residential > 0.0
                || f.ed_to_residential > 0.0;
            if sends {
                let message = self.t(
                    "Some episodes go to residential crisis care, but no residential program is \
                     listed: add a program, or set the shares to residential care to 0%.",
                    "Algunos episodios van a atención residencial de crisis, pero no hay ningún \
                     programa residencial: agregue un programa o ponga en 0% las proporciones \
                     hacia atención residencial.",
                );
                self.fail(list(), message);
            }
        } else if all_ok {
            let sum: f64 = programs.iter().map(|p| p.share).sum();
            if (sum - 1.0).abs() > SUM_TOLERANCE {
                let (total, all) = (self.f.percent(sum), self.f.percent(1.0));
                let message = match self.lang {
                    Lang::En => {
                        format!("Program shares add up to {total}; they must add up to {all}.")
                    }
                    Lang::Es => format!(
                        "Las proporciones de los programas suman {total}; deben sumar {all}."
                    ),
                };
                self.fail(list(), message);
            }
        }
    }

    fn mobile(&mut self, s: &Scenario) {
        let m = &s.mobile;
        for input in [
            const { &catalog::MOBILE_BUSY_HOURS.rule() },
            const { &catalog::MOBILE_TARGET_SHARE.rule() },
            const { &catalog::MOBILE_MAX_WAIT.rule() },
            const { &catalog::MOBILE_STAFF.rule() },
            const { &catalog::MOBILE_PRODUCTIVE_HOURS.rule() },
        ] {
            self.scalar(input, s);
        }
        self.cost_range(
            "mobile",
            m.cost_per_team_hour_low,
            m.cost_per_team_hour_high,
            catalog::MOBILE_TEAM_HOUR_COST_LOW.bounds.high,
            "cost_per_team_hour",
        );
        self.cost_range(
            "mobile",
            m.cost_per_dispatch_low,
            m.cost_per_dispatch_high,
            catalog::MOBILE_DISPATCH_COST_LOW.bounds.high,
            "cost_per_dispatch",
        );
    }

    fn crisis_line(&mut self, s: &Scenario) {
        let l = &s.crisis_line;
        for input in [
            const { &catalog::LINE_CONTACTS.rule() },
            const { &catalog::LINE_MINUTES.rule() },
            const { &catalog::LINE_ANSWER_SECONDS.rule() },
            const { &catalog::LINE_TARGET_SHARE.rule() },
            const { &catalog::LINE_SHRINKAGE.rule() },
            const { &catalog::LINE_PRODUCTIVE_HOURS.rule() },
        ] {
            self.scalar(input, s);
        }
        self.cost_range(
            "crisis_line",
            l.cost_per_fte_low,
            l.cost_per_fte_high,
            catalog::LINE_COST_LOW.bounds.high,
            "cost_per_fte",
        );
    }
}
