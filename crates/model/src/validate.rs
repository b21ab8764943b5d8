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
//!   [`crate::inventory`])
//! - self-assessment scores: `assessment.scores.criterion-5`; unknown item ids as one problem at
//!   `assessment.scores` (see [`crate::criteria`])
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

use serde::Serialize;

use crate::format::Format;
use crate::lang::Lang;
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
    if s.place_name.chars().count() > MAX_NAME_CHARS {
        v.fail(
            "place_name",
            match lang {
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
        v.fail(
            "population",
            v.t(
                "Population must be a whole number above zero.",
                "La población debe ser un número entero mayor que cero.",
            ),
        );
    } else if s.population > MAX_POPULATION {
        v.fail(
            "population",
            v.t(
                "Population must be at most 1,000,000,000 (one billion).",
                "La población debe ser como máximo 1,000,000,000 (mil millones).",
            ),
        );
    }
    v.share(
        "youth_share",
        s.youth_share,
        v.t("Youth share", "La proporción de jóvenes"),
    );
    v.rate(
        "adult.rate_per_100k",
        s.adult.rate_per_100k,
        v.t("The adult crisis rate", "La tasa de crisis de adultos"),
        v.t("residents", "residentes"),
    );
    v.flow("", &s.flow);
    v.programs("", &s.programs, &s.flow);
    if s.youth.enabled {
        v.rate(
            "youth.rate_per_100k",
            s.youth.rate_per_100k,
            v.t("The youth crisis rate", "La tasa de crisis de jóvenes"),
            v.t("youth residents", "residentes jóvenes"),
        );
        v.flow("youth.", &s.youth.flow);
        v.programs("youth.", &s.youth.programs, &s.youth.flow);
    }
    v.stay(
        "receiving.stay_days",
        s.receiving.stay_days,
        v.t(
            "Mean stay at the receiving facility",
            "La estadía promedio en el centro de recepción de crisis",
        ),
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
        v.t(
            "Mean inpatient stay",
            "La estadía promedio de hospitalización",
        ),
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
                    v.t(
                        "The share of days a service may be full must be more than 0% and at \
                         most 50%.",
                        "La proporción de días en que un servicio puede estar lleno debe ser \
                         mayor que 0% y como máximo 50%.",
                    ),
                );
            }
        }
        SizingRule::Occupancy => {
            if !(finite(s.sizing.target) && s.sizing.target >= 0.1 && s.sizing.target <= 1.0) {
                v.fail(
                    "sizing.target",
                    v.t(
                        "The target occupancy must be between 10% and 100%.",
                        "La ocupación objetivo debe estar entre 10% y 100%.",
                    ),
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
            v.t(
                "The highest utilization must be between 50% and 100%.",
                "La utilización máxima debe estar entre 50% y 100%.",
            ),
        );
    }
    v.mobile(s);
    if s.crisis_line.enabled {
        v.crisis_line(s);
    }
    for more in [
        crate::inventory::validate(s),
        crate::criteria::validate(s),
        crate::uncertainty::validate(s),
    ] {
        v.out
            .extend(more.into_iter().map(|p| module_problem_in(s, p, lang)));
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

    /// A share in [0, 100%].
    fn share(&mut self, field: &str, x: f64, what: String) {
        if !(finite(x) && (0.0..=1.0).contains(&x)) {
            let (none, all) = (self.f.percent(0.0), self.f.percent(1.0));
            let message = match self.lang {
                Lang::En => format!("{what} must be between {none} and {all}."),
                Lang::Es => format!("{what} debe estar entre {none} y {all}."),
            };
            self.fail(field, message);
        }
    }

    fn rate(&mut self, field: &str, x: f64, what: String, per: String) {
        if !(finite(x) && (0.0..=MAX_RATE).contains(&x)) {
            let (max, base) = (self.f.thousands(MAX_RATE), self.f.count(100_000));
            let message = match self.lang {
                Lang::En => format!(
                    "{what} must be a number from 0 to {max} episodes per {base} {per} a month."
                ),
                Lang::Es => format!(
                    "{what} debe ser un número de 0 a {max} episodios por cada {base} {per} al mes."
                ),
            };
            self.fail(field, message);
        }
    }

    fn stay(&mut self, field: &str, x: f64, what: String) {
        if !(finite(x) && x > 0.0 && x <= MAX_STAY_DAYS) {
            let most = self.f.number(MAX_STAY_DAYS);
            let message = match self.lang {
                Lang::En => format!("{what} must be more than zero days and at most {most} days."),
                Lang::Es => {
                    format!("{what} debe ser de más de cero días y como máximo {most} días.")
                }
            };
            self.fail(field, message);
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
        for (name, x) in f.shares() {
            if !(finite(x) && (0.0..=1.0).contains(&x)) {
                let (none, all) = (self.f.percent(0.0), self.f.percent(1.0));
                let message = match self.lang {
                    Lang::En => format!(
                        "The share {} must be between {none} and {all}.",
                        share_label(name)
                    ),
                    Lang::Es => format!(
                        "La proporción {} debe estar entre {none} y {all}.",
                        share_label_in(name, Lang::Es)
                    ),
                };
                self.fail(format!("{prefix}flow.{name}"), message);
            }
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
            if !(finite(p.share) && (0.0..=1.0).contains(&p.share)) {
                all_ok = false;
                let message = self.t(
                    "The program's share of admissions must be between 0% and 100%.",
                    "La proporción de ingresos del programa debe estar entre 0% y 100%.",
                );
                self.fail(at("share"), message);
            }
            if !(finite(p.stay_days) && p.stay_days > 0.0 && p.stay_days <= MAX_STAY_DAYS) {
                let message = self.t(
                    "Length of stay must be more than zero days and at most 365 days.",
                    "La duración de la estadía debe ser de más de cero días y como máximo 365 \
                     días.",
                );
                self.fail(at("stay_days"), message);
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
                let message = self.t(
                    "Beds per facility must be a whole number from 1 to 10,000.",
                    "Las camas por centro deben ser un número entero de 1 a 10,000.",
                );
                self.fail(at("max_beds_per_facility"), message);
            }
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
        if !(finite(m.busy_hours_per_dispatch)
            && m.busy_hours_per_dispatch > 0.0
            && m.busy_hours_per_dispatch <= 72.0)
        {
            let message = self.t(
                "Hours a dispatch keeps a team busy must be more than 0 and at most 72.",
                "Las horas que un despacho mantiene ocupado a un equipo deben ser más de 0 y como \
                 máximo 72.",
            );
            self.fail("mobile.busy_hours_per_dispatch", message);
        }
        if !(finite(m.target_share) && m.target_share > 0.0 && m.target_share <= 0.999) {
            let message = self.t(
                "The share of requests meeting the response target must be more than 0% and at \
                 most 99.9%.",
                "La proporción de solicitudes que cumplen el objetivo de respuesta debe ser mayor \
                 que 0% y como máximo 99.9%.",
            );
            self.fail("mobile.target_share", message);
        }
        if !(finite(m.max_wait_minutes) && (0.0..=1440.0).contains(&m.max_wait_minutes)) {
            let message = self.t(
                "The longest wait for a free team must be from 0 to 1,440 minutes (a day).",
                "La espera máxima por un equipo disponible debe ser de 0 a 1,440 minutos (un día).",
            );
            self.fail("mobile.max_wait_minutes", message);
        }
        if !(whole(m.staff_per_team) && (1.0..=20.0).contains(&m.staff_per_team)) {
            let message = self.t(
                "Staff per team must be a whole number from 1 to 20.",
                "El personal por equipo debe ser un número entero de 1 a 20.",
            );
            self.fail("mobile.staff_per_team", message);
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
            let message = self.t(
                "Productive hours a year per full-time person must be from 100 to 8,760.",
                "Las horas productivas al año por empleado de tiempo completo deben ser de 100 a \
                 8,760.",
            );
            self.fail(field, message);
        }
    }

    fn crisis_line(&mut self, s: &Scenario) {
        let l = &s.crisis_line;
        if !(finite(l.contacts_per_100k) && (0.0..=100_000.0).contains(&l.contacts_per_100k)) {
            let message = self.t(
                "Crisis-line contacts must be a number from 0 to 100,000 per 100,000 residents a \
                 month.",
                "Los contactos con la línea de crisis deben ser un número de 0 a 100,000 por cada \
                 100,000 residentes al mes.",
            );
            self.fail("crisis_line.contacts_per_100k", message);
        }
        if !(finite(l.minutes_per_contact)
            && l.minutes_per_contact > 0.0
            && l.minutes_per_contact <= 600.0)
        {
            let message = self.t(
                "Minutes per contact must be more than 0 and at most 600.",
                "Los minutos por contacto deben ser más de 0 y como máximo 600.",
            );
            self.fail("crisis_line.minutes_per_contact", message);
        }
        if !(finite(l.answer_seconds) && (0.0..=3_600.0).contains(&l.answer_seconds)) {
            let message = self.t(
                "The answer target must be from 0 to 3,600 seconds.",
                "El objetivo de respuesta debe ser de 0 a 3,600 segundos.",
            );
            self.fail("crisis_line.answer_seconds", message);
        }
        if !(finite(l.target_share) && l.target_share > 0.0 && l.target_share <= 0.999) {
            let message = self.t(
                "The share of contacts answered in time must be more than 0% and at most 99.9%.",
                "La proporción de contactos atendidos a tiempo debe ser mayor que 0% y como \
                 máximo 99.9%.",
            );
            self.fail("crisis_line.target_share", message);
        }
        if !(finite(l.shrinkage) && (0.0..=0.9).contains(&l.shrinkage)) {
            let message = self.t(
                "Shrinkage must be between 0% and 90%.",
                "El tiempo no productivo debe estar entre 0% y 90%.",
            );
            self.fail("crisis_line.shrinkage", message);
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

/// The words for a flow share's field name in a language.
pub fn share_label_in(name: &str, lang: Lang) -> &'static str {
    let es = match name {
        "entry_to_mobile" => "de la entrada a un equipo móvil",
        "entry_to_receiving" => "de la entrada al centro de recepción de crisis",
        "entry_to_ed" => "de la entrada a una sala de emergencias",
        "entry_to_residential" => "de la entrada directamente a atención residencial",
        "entry_to_inpatient" => "de la entrada directamente a hospitalización",
        "mobile_to_receiving" => "de un equipo móvil al centro de recepción de crisis",
        "mobile_to_residential" => "de un equipo móvil a atención residencial",
        "mobile_to_inpatient" => "de un equipo móvil a hospitalización",
        "receiving_to_residential" => "del centro de recepción de crisis a atención residencial",
        "receiving_to_inpatient" => "del centro de recepción de crisis a hospitalización",
        "ed_to_residential" => "de una sala de emergencias a atención residencial",
        "ed_to_inpatient" => "de una sala de emergencias a hospitalización",
        "residential_to_inpatient" => {
            "de atención residencial a hospitalización (paso a un nivel mayor de atención)"
        }
        _ => "",
    };
    lang.pick(share_label(name), es)
}

/// A problem found by the inventory, the self-assessment or the uncertainty ranges, in a
/// language: those modules write English; the Spanish is written here from the problem's
/// path and the scenario (a message this does not know stays in English).
fn module_problem_in(s: &Scenario, p: Problem, lang: Lang) -> Problem {
    if lang == Lang::En {
        return p;
    }
    match module_message_es(s, &p.field) {
        Some(message) => Problem {
            field: p.field,
            message,
        },
        None => p,
    }
}

fn module_message_es(s: &Scenario, field: &str) -> Option<String> {
    let f = Format::new(Lang::Es);
    if let Some(rest) = field.strip_prefix("inventory.") {
        use crate::inventory::{Entry, MAX_ANNUAL_COST, MAX_CAPACITY};
        let (key, what) = rest.rsplit_once('.')?;
        let entry = Entry::from_key(key)?;
        let noun = entry.what_in(Lang::Es);
        return match what {
            "capacity" => Some(format!(
                "La capacidad actual de {noun} debe ser {} de 0 a {}.",
                if entry.whole() {
                    "un número entero"
                } else {
                    "un número"
                },
                f.count(MAX_CAPACITY as u64)
            )),
            "annual_cost" => Some(format!(
                "El costo anual actual de {noun} debe ser un número de dólares de {} a {}, o \
                 quedar vacío para calcularlo con el costo unitario del escenario.",
                f.currency(0.0),
                f.currency(MAX_ANNUAL_COST)
            )),
            _ => None,
        };
    }
    if field == "assessment.scores" {
        let unknown: Vec<String> = s
            .assessment
            .scores
            .keys()
            .filter(|id| !crate::criteria::is_item(id))
            .map(|id| format!("«{}»", id.chars().take(40).collect::<String>()))
            .collect();
        let more = if unknown.len() > 5 {
            format!(" y {} más", f.count(unknown.len() as u64 - 5))
        } else {
            String::new()
        };
        let shown: Vec<&str> = unknown.iter().take(5).map(String::as_str).collect();
        return Some(format!(
            "Elemento desconocido de la lista de verificación: {}{more}. Los elementos son: {}.",
            shown.join(", "),
            crate::criteria::item_ids().join(", ")
        ));
    }
    if let Some(id) = field.strip_prefix("assessment.scores.") {
        let title = crate::criteria::title_of(id, Lang::Es)?;
        return Some(format!(
            "La puntuación de «{title}» debe ser un número entero de 1 a 5 (la escala del Roadmap), \
             o quedar sin puntuar.",
        ));
    }
    if let Some(rest) = field.strip_prefix("uncertainty.") {
        use crate::uncertainty::InputId;
        return match rest {
            "draws" => {
                Some("El número de simulaciones de Monte Carlo debe ser de 100 a 100.000.".into())
            }
            "sim_years" => Some("El número de años simulados debe ser de 10 a 1000.".into()),
            "stay_cv" => Some(
                "El coeficiente de variación de las estadías log-normales debe ser de 0,1 a 3 (1 \
                 es tan variable como las estadías exponenciales)."
                    .into(),
            ),
            _ => {
                let (id, end) = rest.rsplit_once('.')?;
                let id = InputId::from_id(id)?;
                match end {
                    "low" => Some(crate::uncertainty::range_message(s, id, false, Lang::Es)),
                    "high" => Some(crate::uncertainty::range_message(s, id, true, Lang::Es)),
                    _ => None,
                }
            }
        };
    }
    None
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
