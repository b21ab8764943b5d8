//! The build-out plan: from today's capacity to the need, year by year.
//!
//! [`buildout_in`]`(&Scenario, Lang)` runs the plan of the scenario's
//! [`crate::scenario::buildout`] inputs for `horizon_years` years (year 1 is the first year of
//! the plan, at today's population and prices):
//!
//! - **The need is recomputed each year with the model**: year `y` evaluates the scenario with
//!   the population grown to `P × (1 + population growth)^(y−1)` (rounded to whole residents),
//!   and the need of every service is that evaluation's planned capacity (as in
//!   [`crate::analysis::gap`]).
//! - **Psychiatric inpatient care** is not built by the plan: it is the hospital both this plan
//!   and the hospital-only counterfactual use, at each year's need, and its cost is counted.
//! - **Capacity** starts from today's inventory where it is entered (none otherwise). A service
//!   adds its `per_year` from its `start_year` on, in every year its capacity at the start of
//!   the year is below that year's need; the last addition may pass the need (allowed, and said
//!   in a note).
//! - **People turned away** by beds and chairs are Erlang B at the year's capacity against the
//!   year's demand (arrivals a year × `B(A, c)`), and **mobile requests waiting** are the
//!   dispatches a year that do not meet the response target with the year's teams (Erlang C),
//!   both through the gap analysis. A program opened or grown this year is used at the share
//!   `1 − m/24` of the year's new capacity (use rising evenly to normal over `m` ramp-up
//!   months, at most 12): each figure is that share of the figure at the year's capacity plus
//!   the rest of the figure at the capacity before the additions.
//! - **Operating cost** is the services' cost at the year's capacity on the scenario's cost
//!   basis (a program funded for its capacity is paid for from its opening; a cost by use
//!   follows the ramp-up); **hospital stays of people turned away** by residential programs are
//!   costed as inpatient stays; **start-up cost** = units added × start-up cost per unit (bed,
//!   chair or team; none per counselor) + units added × the pre-opening months' share of a
//!   unit's annual cost. **Total** = operating + start-up + hospital stays of people turned
//!   away. Every cost is multiplied by `(1 + cost growth)^(y−1)`, as is the **hospital-only
//!   cost** of the same year.
//! - **Cumulative** costs are running sums; the **break-even year** is the first year whose
//!   cumulative hospital-only cost exceeds the plan's cumulative total ([`break_even_year`]),
//!   on the default figures.
//!
//! [`suggest_phasing`] fills in the additions by the rule [`PHASING_RULE`] says in a sentence.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::funding::{funding, Level};
use crate::analysis::gap::{amount, gap_in, join, GapResults, GapRow, Service, Unit};
use crate::eval::evaluate_in;
use crate::eval::results::{Explanation, Money, Results};
use crate::input::validate::validate_buildout_in;
use crate::scenario::buildout::{Addition, Additions, Plan};
use crate::scenario::inventory::Entry;
use crate::scenario::{CostBasis, MobileCostBasis, Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// One service in one year of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceYear {
    /// The inventory key: `residential.crisis-respite`, `receiving`, `mobile`, `crisis_line`.
    pub key: String,
    pub label: String,
    pub unit: Unit,
    /// Capacity at the end of the year.
    pub capacity: f64,
    /// The year's need (planned capacity at the year's population).
    pub need: f64,
    /// `need − capacity` when positive.
    pub shortfall: f64,
    /// Capacity added this year.
    pub added: f64,
    /// Beds and chairs: people turned away this year (Erlang B, with the ramp-up).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turned_away_per_year: Option<f64>,
    /// Mobile teams and the crisis line: requests or contacts not served in time (Erlang C).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting_per_year: Option<f64>,
    /// The service's operating cost this year.
    pub operating_cost: Money,
    /// The start-up cost of this year's additions.
    pub startup_cost: Money,
}

/// One year of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanYear {
    /// 1 for the first year of the plan.
    pub year: u32,
    /// Residents this year.
    pub population: f64,
    /// Capacity at the end of the year, by service key.
    pub capacity: BTreeMap<String, f64>,
    /// The year's need, by service key.
    pub need: BTreeMap<String, f64>,
    /// People turned away by beds and chairs this year (all services).
    pub turned_away_per_year: f64,
    /// Mobile crisis requests that do not meet the response target this year.
    pub mobile_waiting_per_year: f64,
    /// The services' operating cost.
    pub operating_cost: Money,
    /// The start-up cost of this year's additions.
    pub startup_cost: Money,
    /// Hospital stays of people turned away by residential programs.
    pub turned_away_hospital_cost: Money,
    /// `operating_cost + startup_cost + turned_away_hospital_cost`.
    pub total_cost: Money,
    /// `total_cost` by level of government (`federal`, `state`, `local`, `private`): see
    /// [`cost_by_level`].
    pub cost_by_level: BTreeMap<String, Money>,
    /// The hospital-only counterfactual's cost this year.
    pub hospital_only_cost: Money,
    /// Running sums of `total_cost` and `hospital_only_cost`.
    pub cumulative_cost: Money,
    pub cumulative_hospital_only_cost: Money,
    /// `cumulative_hospital_only_cost − cumulative_cost`.
    pub cumulative_savings: Money,
    /// Each service this year, in the gap analysis's order.
    pub services: Vec<ServiceYear>,
    /// The year in a sentence.
    pub sentence: String,
}

/// The plan, year by year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BuildOutResults {
    pub years: Vec<PlanYear>,
    /// The first year whose cumulative savings are positive (default figures), if any.
    pub break_even_year: Option<u32>,
    /// The break-even year in a sentence (or that there is none within the plan).
    pub break_even_sentence: String,
    /// People turned away (beds and chairs) a year before the plan: today's capacity against
    /// year 1's demand.
    pub turned_away_before: f64,
    /// What was left out or went past the need, in plain words.
    pub notes: Vec<String>,
}

/// The suggested phasing's rule in a sentence (English, Spanish).
pub const PHASING_RULE: (&str, &str) = (
    "Services that cut the most people turned away or kept waiting per dollar open first: each \
     year's budget pays the start-up and first-year operating cost of new capacity, in that \
     order, and a service keeps adding the same amount each year until it meets the need.",
    "Primero abren los servicios que más reducen, por dólar, las personas rechazadas o en \
     espera: el presupuesto de cada año paga el costo inicial y el costo de operación del primer \
     año de la capacidad nueva, en ese orden, y cada servicio sigue agregando la misma cantidad \
     cada año hasta cubrir la necesidad.",
);

/// [`PHASING_RULE`] in a language.
pub fn phasing_rule_in(lang: Lang) -> &'static str {
    lang.pick(PHASING_RULE.0, PHASING_RULE.1)
}

/// The plan in English (see [`buildout_in`]).
pub fn buildout(s: &Scenario) -> Result<BuildOutResults, Vec<Problem>> {
    buildout_in(s, Lang::En)
}

/// The first year (1-based) whose cumulative hospital-only cost exceeds the plan's cumulative
/// cost, from the yearly costs; `None` if it never does.
pub fn break_even_year(plan: &[f64], hospital_only: &[f64]) -> Option<u32> {
    let (mut a, mut b) = (0.0, 0.0);
    for (i, (p, h)) in plan.iter().zip(hospital_only).enumerate() {
        a += p;
        b += h;
        if b - a > 0.0 {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// The average share of normal use in a program's first year when use rises evenly to normal
/// over `months` (0-12): `1 − months/24`.
pub fn first_year_use(months: f64) -> f64 {
    1.0 - months.clamp(0.0, 12.0) / 24.0
}

/// The results of plan year `y`: the scenario evaluated with its population grown (its own
/// inventory is checked as usual).
fn year_results(s: &Scenario, y: u32, lang: Lang) -> Result<Results, Vec<Problem>> {
    let mut t = s.clone();
    let growth = s.buildout.number("population_growth");
    t.population = (s.population * (1.0 + growth).powi(y as i32 - 1)).round();
    evaluate_in(&t, lang)
}

/// A year's cost split by level of government (`federal`, `state`, `local`, `private`), in the
/// shares the funding model ("Who pays") gives at that year's need, case by case (low, default
/// and high costs), so the four add up to the cost: the continuum's shares for its operating and
/// start-up cost (start-up split like operating: an assumption, since the sources give no split
/// of capital costs), and hospital-only care's shares for the hospital stays of people turned
/// away.
pub fn cost_by_level(r: &Results, continuum: Money, hospital: Money) -> BTreeMap<String, Money> {
    let f = funding(r);
    let share = |part: f64, all: f64| if all > 0.0 { part / all } else { 0.0 };
    let split = |cost: Money, part: Money, whole: Money| Money {
        low: cost.low * share(part.low, whole.low),
        mid: cost.mid * share(part.mid, whole.mid),
        high: cost.high * share(part.high, whole.high),
    };
    Level::ALL
        .iter()
        .map(|&l| {
            let c = split(continuum, f.continuum.level(l), r.totals.annual_cost);
            let h = split(
                hospital,
                f.hospital_only.level(l),
                r.totals.hospital_only_cost,
            );
            (l.id().to_string(), c.plus(h))
        })
        .collect()
}

/// Psychiatric inpatient care is not built by the plan: both worlds have the hospital beds
/// they need, so its capacity is the year's need.
fn hospital_at_need(r: &Results, cap: &mut [(Entry, f64)]) {
    for (e, c) in cap.iter_mut() {
        match e {
            Entry::Inpatient { youth: false } => *c = r.adult.inpatient.beds as f64,
            Entry::Inpatient { youth: true } => {
                *c = r.youth.as_ref().map_or(0.0, |y| y.inpatient.beds as f64)
            }
            _ => {}
        }
    }
}

/// The gap of a year's results at a capacity (by entry), with no cost entered.
fn gap_at(r: &Results, cap: &[(Entry, f64)], lang: Lang) -> GapResults {
    let mut r = r.clone();
    let inv = &mut r.scenario.inventory;
    inv.enabled = true;
    for (e, c) in cap {
        *inv.get_mut(*e) = crate::scenario::inventory::Today::new(*c);
    }
    gap_in(&r, lang).unwrap_or_else(no_gap)
}

/// The inventory is switched on at every year's capacity, so the gap always exists; an empty
/// one keeps the totals at zero if it did not.
fn no_gap() -> GapResults {
    GapResults {
        cost_basis: CostBasis::StaffedBeds,
        rows: Vec::new(),
        totals: Default::default(),
        notes: Vec::new(),
    }
}

/// Today's capacity by entry: the inventory's where it is on, otherwise none.
fn today(s: &Scenario) -> Vec<(Entry, f64)> {
    Entry::all()
        .into_iter()
        .map(|e| {
            let c = if s.inventory.enabled {
                s.inventory.get(e).capacity
            } else {
                0.0
            };
            (e, c)
        })
        .collect()
}

/// The start-up cost of one unit of a row's capacity: its start-up (none for counselors) and
/// the pre-opening months of its annual cost.
fn startup_per_unit(b: &Plan, row: &GapRow) -> Money {
    let three = |l: f64, m: f64, h: f64| {
        let lo = l.min(m).min(h);
        let hi = l.max(m).max(h);
        Money {
            low: lo,
            mid: m,
            high: hi,
        }
    };
    let capital = match row.unit {
        Unit::Beds => three(
            b.startup_per_bed_low,
            b.startup_per_bed,
            b.startup_per_bed_high,
        ),
        Unit::Chairs => three(
            b.startup_per_chair_low,
            b.startup_per_chair,
            b.startup_per_chair_high,
        ),
        Unit::Teams => three(
            b.startup_per_team_low,
            b.startup_per_team,
            b.startup_per_team_high,
        ),
        Unit::Fte => Money::ZERO,
    };
    capital.plus(row.annual_cost_per_unit.scale(b.preopening_months / 12.0))
}

/// Whether a row's operating cost follows use (occupied bed-days, dispatches) rather than
/// capacity.
fn cost_by_use(s: &Scenario, row: &GapRow) -> bool {
    match row.service {
        Service::Mobile => s.mobile.cost_basis == MobileCostBasis::Dispatches,
        Service::CrisisLine => false,
        _ => s.cost_basis == CostBasis::OccupiedBedDays,
    }
}

fn mix(r: f64, new: f64, old: f64) -> f64 {
    r * new + (1.0 - r) * old
}

fn mix_money(r: f64, new: Money, old: Money) -> Money {
    new.scale(r).plus(old.scale(1.0 - r))
}

/// A row's people turned away (beds, chairs) or not served in time (teams, counselors) at its
/// capacity in a gap.
fn unserved(row: &GapRow) -> (Option<f64>, Option<f64>) {
    match (row.loss, row.delay) {
        (Some(l), _) => (Some(l.turned_away_per_year_today), None),
        (None, Some(d)) => (
            None,
            Some(row.arrivals_per_year * (1.0 - d.share_in_time_today).clamp(0.0, 1.0)),
        ),
        _ => (None, None),
    }
}

/// The plan of a scenario, with every label, sentence and note in a language; the build-out
/// inputs' problems ([`validate_buildout_in`]) or the year's scenario's problems if any.
pub fn buildout_in(s: &Scenario, lang: Lang) -> Result<BuildOutResults, Vec<Problem>> {
    let problems = validate_buildout_in(s, lang);
    if !problems.is_empty() {
        return Err(problems);
    }
    let b = &s.buildout.plan();
    let f = Format::new(lang);
    let years = b.horizon_years as u32;
    let ramp = first_year_use(b.ramp_up_months);
    let mut notes = Vec::new();
    if s.inventory.enabled
        && Entry::all()
            .iter()
            .any(|&e| s.inventory.get(e).annual_cost.is_some())
    {
        notes.push(
            lang.pick(
                "Every service is costed at the scenario's unit costs in the plan, including \
                 those whose cost today was entered.",
                "En el plan, cada servicio se costea con los costos unitarios del escenario, \
                 incluidos aquellos cuyo costo actual se ingresó.",
            )
            .to_string(),
        );
    }
    // capacity at the end of the previous year, by entry
    let mut cap = today(s);
    let mut out: Vec<PlanYear> = Vec::with_capacity(years as usize);
    let mut beyond_said: Vec<Entry> = Vec::new();
    let mut used: Vec<Entry> = Vec::new();
    let (mut cum, mut cum_h) = (Money::ZERO, Money::ZERO);
    let mut turned_away_before = 0.0;
    let mut previous_turned_away = 0.0;
    for y in 1..=years {
        let price = (1.0 + b.cost_growth).powi(y as i32 - 1);
        let r0 = year_results(s, y, lang)?;
        hospital_at_need(&r0, &mut cap);
        let g0 = gap_at(&r0, &cap, lang);
        // this year's additions, against this year's need
        let mut added: Vec<(Entry, f64)> = Vec::new();
        for row in &g0.rows {
            let Some(e) = row.entry() else { continue };
            let a: Addition = b.additions.get(e);
            if a.per_year > 0.0 && f64::from(y) >= a.start_year && row.today < row.need {
                added.push((e, a.per_year));
                if !used.contains(&e) {
                    used.push(e);
                }
            }
        }
        let g1 = if added.is_empty() {
            g0.clone()
        } else {
            for (e, n) in &added {
                if let Some(slot) = cap.iter_mut().find(|(k, _)| k == e) {
                    slot.1 += n;
                }
            }
            gap_at(&r0, &cap, lang)
        };
        let mut services = Vec::with_capacity(g1.rows.len());
        let (mut ta, mut wait) = (0.0, 0.0);
        let mut ta0 = 0.0;
        let (mut op, mut start, mut hosp) = (Money::ZERO, Money::ZERO, Money::ZERO);
        for (row1, row0) in g1.rows.iter().zip(&g0.rows) {
            let n = row1
                .entry()
                .and_then(|e| added.iter().find(|(k, _)| *k == e))
                .map_or(0.0, |(_, n)| *n);
            let ((ta_new, w_new), (ta_old, w_old)) = (unserved(row1), unserved(row0));
            let turned = ta_new.zip(ta_old).map(|(a, o)| mix(ramp, a, o));
            let waiting = w_new.zip(w_old).map(|(a, o)| mix(ramp, a, o));
            ta += turned.unwrap_or(0.0);
            ta0 += ta_old.unwrap_or(0.0);
            if row1.service == Service::Mobile {
                wait += waiting.unwrap_or(0.0);
            }
            let operating = if cost_by_use(s, row1) {
                mix_money(ramp, row1.today_cost, row0.today_cost)
            } else {
                row1.today_cost
            }
            .scale(price);
            let startup = startup_per_unit(b, row1).scale(n * price);
            op = op.plus(operating);
            start = start.plus(startup);
            hosp = hosp.plus(
                mix_money(
                    ramp,
                    row1.turned_away_to_hospital_today,
                    row0.turned_away_to_hospital_today,
                )
                .scale(price),
            );
            if n > 0.0 && row1.today > row1.need {
                if let Some(e) = row1.entry() {
                    if !beyond_said.contains(&e) {
                        beyond_said.push(e);
                        notes.push(beyond_note(y, row1, lang));
                    }
                }
            }
            services.push(ServiceYear {
                key: row1.key.clone(),
                label: row1.label.clone(),
                unit: row1.unit,
                capacity: row1.today,
                need: row1.need,
                shortfall: row1.shortfall,
                added: n,
                turned_away_per_year: turned,
                waiting_per_year: waiting,
                operating_cost: operating,
                startup_cost: startup,
            });
        }
        if y == 1 {
            turned_away_before = ta0;
            previous_turned_away = ta0;
        }
        let total = op.plus(start).plus(hosp);
        let by_level = cost_by_level(&r0, op.plus(start), hosp);
        let hospital_only = r0.totals.hospital_only_cost.scale(price);
        cum = cum.plus(total);
        cum_h = cum_h.plus(hospital_only);
        let sentence = year_sentence(y, &services, previous_turned_away - ta, total, lang);
        previous_turned_away = ta;
        out.push(PlanYear {
            year: y,
            population: r0.population,
            capacity: services
                .iter()
                .map(|x| (x.key.clone(), x.capacity))
                .collect(),
            need: services.iter().map(|x| (x.key.clone(), x.need)).collect(),
            turned_away_per_year: ta,
            mobile_waiting_per_year: wait,
            operating_cost: op,
            startup_cost: start,
            turned_away_hospital_cost: hosp,
            total_cost: total,
            cost_by_level: by_level,
            hospital_only_cost: hospital_only,
            cumulative_cost: cum,
            cumulative_hospital_only_cost: cum_h,
            cumulative_savings: cum_h.minus(cum),
            services,
            sentence,
        });
    }
    for (e, a) in &b.additions.0 {
        if a.per_year > 0.0 && !used.contains(e) {
            let what = e.what_in(lang);
            notes.push(match lang {
                Lang::En => format!(
                    "The {what} added in the plan are not used: the service has no need in the \
                     plan, or already meets it."
                ),
                Lang::Es => format!(
                    "No se agrega lo indicado para {what}: el servicio no tiene necesidad en el \
                     plan o ya la cubre."
                ),
            });
        }
    }
    let plan: Vec<f64> = out.iter().map(|y| y.total_cost.mid).collect();
    let hospital: Vec<f64> = out.iter().map(|y| y.hospital_only_cost.mid).collect();
    let break_even = break_even_year(&plan, &hospital);
    let n = f.count(u64::from(years));
    let break_even_sentence = match (break_even, lang) {
        (Some(k), Lang::En) => format!(
            "Cumulative savings against hospital-only care turn positive in year {k} of the plan."
        ),
        (Some(k), Lang::Es) => format!(
            "El ahorro acumulado frente a la solo atención hospitalaria pasa a ser positivo en el \
             año {k} del plan."
        ),
        (None, Lang::En) => format!(
            "Cumulative savings against hospital-only care do not turn positive within the \
             plan's {n} years."
        ),
        (None, Lang::Es) => format!(
            "El ahorro acumulado frente a la solo atención hospitalaria no pasa a ser positivo \
             dentro de los {n} años del plan."
        ),
    };
    Ok(BuildOutResults {
        years: out,
        break_even_year: break_even,
        break_even_sentence,
        turned_away_before,
        notes,
    })
}

fn beyond_note(y: u32, row: &GapRow, lang: Lang) -> String {
    let (have, need, over) = (
        amount(row.today, row.unit, lang),
        amount(row.need, row.unit, lang),
        amount(row.today - row.need, row.unit, lang),
    );
    let label = &row.label;
    match lang {
        Lang::En => {
            format!("Year {y}: {label} reaches {have}, {over} beyond the need of {need} (allowed).")
        }
        Lang::Es => format!(
            "Año {y}: {label} llega a {have}, {over} más que la necesidad de {need} (se permite)."
        ),
    }
}

/// "Year 2: add crisis respite beds (+16); 640 fewer people turned away; $4.1 million."
fn year_sentence(y: u32, services: &[ServiceYear], fewer: f64, total: Money, lang: Lang) -> String {
    let f = Format::new(lang);
    let adds: Vec<String> = services
        .iter()
        .filter(|x| x.added > 0.0)
        .map(|x| {
            let what = Entry::from_key(&x.key).map_or_else(|| x.label.clone(), |e| e.what_in(lang));
            let n = if x.unit == Unit::Fte {
                f.number(x.added)
            } else {
                f.thousands(x.added)
            };
            format!("{what} (+{n})")
        })
        .collect();
    let what = if adds.is_empty() {
        lang.pick("no new capacity", "sin capacidad nueva")
            .to_string()
    } else {
        format!("{} {}", lang.pick("add", "agregar"), join(&adds, lang))
    };
    let people = crate::analysis::gap::about_in(fewer.abs(), lang);
    let change = match (lang, fewer) {
        (Lang::En, x) if x.round() > 0.0 => format!("{people} fewer people turned away"),
        (Lang::En, x) if x.round() < 0.0 => format!("{people} more people turned away"),
        (Lang::En, _) => "no change in people turned away".to_string(),
        (Lang::Es, x) if x.round() > 0.0 => format!("{people} personas rechazadas menos"),
        (Lang::Es, x) if x.round() < 0.0 => format!("{people} personas rechazadas más"),
        (Lang::Es, _) => "sin cambio en las personas rechazadas".to_string(),
    };
    let money = f.currency_compact(total.mid);
    match lang {
        Lang::En => format!("Year {y}: {what}; {change}; {money}."),
        Lang::Es => format!("Año {y}: {what}; {change}; {money}."),
    }
}

/// The suggested phasing of a scenario (see [`PHASING_RULE`]): each service's start year and
/// yearly addition, from year 1's shortfalls against today's capacity and the yearly budget.
pub fn suggest_phasing(s: &Scenario) -> Result<Additions, Vec<Problem>> {
    suggest_phasing_in(s, Lang::En)
}

/// [`suggest_phasing`] with any problem in a language.
pub fn suggest_phasing_in(s: &Scenario, lang: Lang) -> Result<Additions, Vec<Problem>> {
    let problems = validate_buildout_in(s, lang);
    if !problems.is_empty() {
        return Err(problems);
    }
    let b = &s.buildout.plan();
    let r = year_results(s, 1, lang)?;
    let mut cap = today(s);
    hospital_at_need(&r, &mut cap);
    let g = gap_at(&r, &cap, lang);
    // (entry, shortfall, cost of one unit's start-up and first year, people helped per dollar)
    let mut ranked: Vec<(Entry, f64, f64, f64)> = Vec::new();
    for row in g.rows.iter().filter(|r| r.shortfall > 0.0) {
        let Some(e) = row.entry() else { continue };
        let unit = startup_per_unit(b, row).mid + row.annual_cost_per_unit.mid;
        let helped = match (row.loss, row.delay) {
            (Some(l), _) => l.turned_away_per_year_today - l.turned_away_per_year_planned,
            (None, Some(d)) => {
                row.arrivals_per_year * (d.share_in_time_planned - d.share_in_time_today)
            }
            _ => 0.0,
        };
        let per_dollar = if unit > 0.0 {
            helped.max(0.0) / (unit * row.shortfall)
        } else {
            f64::INFINITY
        };
        ranked.push((e, row.shortfall, unit, per_dollar));
    }
    ranked.sort_by(|a, b| b.3.total_cmp(&a.3));
    let mut plan = Additions::default();
    let mut left: Vec<f64> = ranked.iter().map(|r| r.1).collect();
    let mut per_year: Vec<f64> = vec![0.0; ranked.len()];
    for y in 1..=(b.horizon_years as u32) {
        let mut budget = b.yearly_budget;
        for (i, &(e, _, unit, _)) in ranked.iter().enumerate() {
            if left[i] <= 0.0 {
                continue;
            }
            if per_year[i] > 0.0 {
                let n = per_year[i].min(left[i]);
                budget -= n * unit;
                left[i] -= n;
                continue;
            }
            let n = if unit > 0.0 {
                (budget / unit).floor().min(left[i].ceil())
            } else {
                left[i].ceil()
            };
            if n >= 1.0 {
                per_year[i] = n;
                budget -= n * unit;
                left[i] -= n;
                plan.set(
                    e,
                    Addition {
                        start_year: f64::from(y),
                        per_year: n,
                    },
                );
            }
        }
    }
    Ok(plan)
}

impl BuildOutResults {
    /// The explanation of one of the plan's figures: `need`, `capacity`, `turned_away`,
    /// `mobile_waiting`, `operating_cost`, `startup_cost`, `hospital_only_cost`,
    /// `cumulative`, `break_even` (`None` for another key).
    pub fn explain_in(&self, key: &str, s: &Scenario, lang: Lang) -> Option<Explanation> {
        let f = Format::new(lang);
        let b = &s.buildout.plan();
        let pct = |x: f64| f.percent(x);
        let last = self.years.last()?;
        let inputs = |list: &[(&str, &str, String)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(en, es, v)| (lang.pick(en, es).to_string(), v.clone()))
                .collect()
        };
        let (figure, formula, ins) = match key {
            "need" => (
                f.thousands(last.need.values().sum()),
                lang.pick(
                    "Each year the model is run again with the population grown by the yearly \
                     growth: the need of every service is that year's planned capacity (beds and \
                     chairs by the sizing rule, teams and counselors by the response target).",
                    "Cada año el modelo se calcula de nuevo con la población aumentada según el \
                     crecimiento anual: la necesidad de cada servicio es la capacidad planificada \
                     de ese año (camas y sillones según la regla de dimensionamiento, equipos y \
                     consejeros según el objetivo de respuesta).",
                ),
                inputs(&[(
                    "Population growth a year",
                    "Crecimiento de la población al año",
                    pct(b.population_growth),
                )]),
            ),
            "capacity" => (
                f.thousands(last.capacity.values().sum()),
                lang.pick(
                    "Capacity starts from today's capacity (none if it is not entered); from its \
                     opening year, a service adds its yearly amount in every year it starts \
                     below that year's need.",
                    "La capacidad parte de la capacidad actual (ninguna si no se ingresó); desde \
                     su año de apertura, un servicio agrega su cantidad anual cada año que \
                     empieza por debajo de la necesidad de ese año.",
                ),
                Vec::new(),
            ),
            "turned_away" => (
                crate::analysis::gap::about_in(last.turned_away_per_year, lang),
                lang.pick(
                    "People turned away a year = arrivals a year × the share of days every bed or \
                     chair is taken (Erlang B at that year's capacity and demand). In a year a \
                     program opens or grows, the new capacity counts at its average first-year \
                     use: 1 − ramp-up months ÷ 24.",
                    "Personas rechazadas al año = llegadas al año × la proporción de días sin \
                     camas ni sillones libres (Erlang B con la capacidad y la demanda de ese \
                     año). El año en que un programa abre o crece, la capacidad nueva cuenta con \
                     su uso promedio del primer año: 1 − meses de arranque ÷ 24.",
                ),
                inputs(&[(
                    "Months to normal use",
                    "Meses hasta el uso normal",
                    f.number(b.ramp_up_months),
                )]),
            ),
            "mobile_waiting" => (
                crate::analysis::gap::about_in(last.mobile_waiting_per_year, lang),
                lang.pick(
                    "Mobile requests a year that do not meet the response target with that \
                     year's teams (Erlang C).",
                    "Solicitudes móviles al año que no cumplen el objetivo de respuesta con los \
                     equipos de ese año (Erlang C).",
                ),
                Vec::new(),
            ),
            "operating_cost" => (
                f.currency_compact(last.operating_cost.mid),
                lang.pick(
                    "The services' cost at that year's capacity on the scenario's cost basis, \
                     times (1 + cost growth) for each year after the first.",
                    "El costo de los servicios con la capacidad de ese año según la base de \
                     costo del escenario, multiplicado por (1 + crecimiento de los costos) por \
                     cada año después del primero.",
                ),
                inputs(&[(
                    "Cost growth a year",
                    "Crecimiento de los costos al año",
                    pct(b.cost_growth),
                )]),
            ),
            "startup_cost" => (
                f.currency_compact(self.years.iter().map(|y| y.startup_cost.mid).sum()),
                lang.pick(
                    "Units added × (start-up cost per bed, chair or team + the pre-opening \
                     months' share of a unit's annual cost), times the year's cost growth.",
                    "Unidades agregadas × (costo inicial por cama, sillón o equipo + la parte de \
                     los meses antes de abrir del costo anual de una unidad), multiplicado por el \
                     crecimiento de los costos del año.",
                ),
                inputs(&[
                    (
                        "Start-up cost of a new bed",
                        "Costo inicial de una cama nueva",
                        f.currency(b.startup_per_bed),
                    ),
                    (
                        "Start-up cost of a new mobile team",
                        "Costo inicial de un equipo móvil nuevo",
                        f.currency(b.startup_per_team),
                    ),
                    (
                        "Operating cost paid before opening",
                        "Costo de operación pagado antes de abrir",
                        f.number(b.preopening_months),
                    ),
                ]),
            ),
            "hospital_only_cost" => (
                f.currency_compact(last.hospital_only_cost.mid),
                lang.pick(
                    "The hospital-only cost of the same year: the model's hospital-only \
                     counterfactual at that year's population, times the year's cost growth.",
                    "El costo de solo atención hospitalaria del mismo año: el escenario de solo \
                     atención hospitalaria del modelo con la población de ese año, multiplicado \
                     por el crecimiento de los costos del año.",
                ),
                Vec::new(),
            ),
            "cumulative" => (
                f.currency_compact(last.cumulative_cost.mid),
                lang.pick(
                    "Cumulative cost = the sum of each year's total (operating + start-up + \
                     hospital stays of people turned away); the same sum of the hospital-only \
                     cost beside it.",
                    "Costo acumulado = la suma del total de cada año (operación + costo inicial + \
                     hospitalizaciones de las personas rechazadas); al lado, la misma suma del \
                     costo de solo atención hospitalaria.",
                ),
                Vec::new(),
            ),
            "cost_by_level" => (
                f.currency_compact(last.cost_by_level.get("state").map_or(0.0, |m| m.mid)),
                lang.pick(
                    "Each year's cost by level of government (federal, state, county and local, \
                     private) = the continuum's operating and start-up cost × each level's share \
                     of the continuum in \"Who pays\" at that year's need + the hospital stays of \
                     people turned away × each level's share of hospital-only care. Start-up costs \
                     are split like operating costs: an assumption, since the sources give no \
                     split of capital costs. The figure shown is the state's share in the last \
                     year.",
                    "El costo de cada año por nivel de gobierno (federal, estatal, condado y local, \
                     privado) = el costo de operación y el costo inicial del continuo × la \
                     proporción de cada nivel en el continuo en \"Quién paga\" con la necesidad \
                     de ese año + las hospitalizaciones de las personas rechazadas × la proporción \
                     de cada nivel en la atención solo hospitalaria. Los costos iniciales se \
                     reparten como los de operación: un supuesto, porque las fuentes no dan el \
                     reparto de los costos de capital. La cifra es la parte del estado en el \
                     último año.",
                ),
                Vec::new(),
            ),
            "break_even" => (
                self.break_even_year
                    .map_or_else(|| "—".to_string(), |k| k.to_string()),
                lang.pick(
                    "The first year in which the cumulative hospital-only cost is above the \
                     plan's cumulative cost (default figures).",
                    "El primer año en que el costo acumulado de solo atención hospitalaria supera \
                     el costo acumulado del plan (cifras predeterminadas).",
                ),
                Vec::new(),
            ),
            _ => return None,
        };
        Some(Explanation {
            figure,
            formula: formula.to_string(),
            inputs: ins,
        })
    }

    /// The keys [`BuildOutResults::explain_in`] answers for.
    pub const EXPLANATION_KEYS: [&'static str; 10] = [
        "need",
        "capacity",
        "turned_away",
        "mobile_waiting",
        "operating_cost",
        "startup_cost",
        "hospital_only_cost",
        "cumulative",
        "cost_by_level",
        "break_even",
    ];
}

/// Amounts by unit in words: `+16 beds, +3 teams` (`sign` true) or `40 beds, 5 chairs`; `None`
/// when every amount is zero.
fn by_unit(items: impl Iterator<Item = (Unit, f64)>, sign: bool, lang: Lang) -> Option<String> {
    let mut sums: Vec<(Unit, f64)> = Vec::new();
    for (u, x) in items.filter(|(_, x)| *x > 0.0) {
        match sums.iter_mut().find(|(k, _)| *k == u) {
            Some(slot) => slot.1 += x,
            None => sums.push((u, x)),
        }
    }
    if sums.is_empty() {
        return None;
    }
    Some(
        sums.into_iter()
            .map(|(u, x)| {
                let a = amount(x, u, lang);
                if sign {
                    format!("+{a}")
                } else {
                    a
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
    )
}

impl BuildOutResults {
    /// Each year's total cost by level of government (who pays, [`cost_by_level`]): the header
    /// and one row a year (the year, then federal, state, county and local, private, at the
    /// default figures), as the page and `crisis-plan --years` show it.
    pub fn level_table_in(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let f = Format::new(lang);
        let mut header = vec![lang.pick("Year", "Año").to_string()];
        header.extend(Level::ALL.iter().map(|l| l.label_in(lang).to_string()));
        let rows = self
            .years
            .iter()
            .map(|y| {
                let mut row = vec![f.count(u64::from(y.year))];
                row.extend(Level::ALL.iter().map(|l| {
                    f.currency_compact(y.cost_by_level.get(l.id()).map_or(0.0, |m| m.mid))
                }));
                row
            })
            .collect();
        (header, rows)
    }

    /// The year table as the page, the command line and the board summary show it: a header
    /// and one row of text per year (figures written the US way in both languages).
    pub fn year_table_in(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let f = Format::new(lang);
        let header = [
            ("Year", "Año"),
            ("New capacity", "Capacidad nueva"),
            ("Short of the need", "Falta para cubrir la necesidad"),
            ("People turned away", "Personas rechazadas"),
            ("Mobile requests waiting", "Solicitudes móviles en espera"),
            ("Operating cost", "Costo de operación"),
            ("Start-up cost", "Costo inicial"),
            ("Total cost", "Costo total"),
            ("Hospital-only cost", "Costo de solo atención hospitalaria"),
            ("Cumulative savings", "Ahorro acumulado"),
        ]
        .iter()
        .map(|(en, es)| lang.pick(en, es).to_string())
        .collect();
        let rows = self
            .years
            .iter()
            .map(|y| {
                let new = by_unit(y.services.iter().map(|x| (x.unit, x.added)), true, lang)
                    .unwrap_or_else(|| "—".to_string());
                let short = by_unit(
                    y.services.iter().map(|x| (x.unit, x.shortfall)),
                    false,
                    lang,
                )
                .unwrap_or_else(|| lang.pick("none", "nada").to_string());
                vec![
                    f.count(u64::from(y.year)),
                    new,
                    short,
                    crate::analysis::gap::about_in(y.turned_away_per_year, lang),
                    crate::analysis::gap::about_in(y.mobile_waiting_per_year, lang),
                    f.currency_compact(y.operating_cost.mid),
                    f.currency_compact(y.startup_cost.mid),
                    f.currency_compact(y.total_cost.mid),
                    f.currency_compact(y.hospital_only_cost.mid),
                    f.currency_compact(y.cumulative_savings.mid),
                ]
            })
            .collect();
        (header, rows)
    }

    /// The plan as CSV rows in the format of [`crate::analysis::export::results_csv_in`]
    /// (stream, service, measure, value, unit), no header: the stream is the plan year
    /// (`plan year 2`), each service's capacity and need, then the year's totals (default
    /// figures, with the low and high ends of the costs).
    pub fn csv_rows_in(&self, lang: Lang) -> String {
        use crate::analysis::export::push_row;
        let t = |en: &'static str, es: &'static str| lang.pick(en, es);
        let mut out = String::new();
        let all = t("all", "todos");
        for y in &self.years {
            let stream = match lang {
                Lang::En => format!("plan year {}", y.year),
                Lang::Es => format!("año {} del plan", y.year),
            };
            for x in &y.services {
                let unit = x.unit.word_in(2.0, lang);
                push_row(
                    &mut out,
                    &stream,
                    &x.label,
                    t("capacity", "capacidad"),
                    x.capacity,
                    unit,
                );
                push_row(
                    &mut out,
                    &stream,
                    &x.label,
                    t("need", "necesidad"),
                    x.need,
                    unit,
                );
                push_row(
                    &mut out,
                    &stream,
                    &x.label,
                    t("added", "agregado"),
                    x.added,
                    unit,
                );
            }
            let people = t("people", "personas");
            push_row(
                &mut out,
                &stream,
                all,
                t("people turned away a year", "personas rechazadas al año"),
                y.turned_away_per_year,
                people,
            );
            push_row(
                &mut out,
                &stream,
                t("mobile crisis teams", "equipos móviles de crisis"),
                t("requests waiting a year", "solicitudes en espera al año"),
                y.mobile_waiting_per_year,
                t("requests", "solicitudes"),
            );
            let costs = [
                (y.operating_cost, ("operating cost", "costo de operación")),
                (y.startup_cost, ("start-up cost", "costo inicial")),
                (
                    y.turned_away_hospital_cost,
                    (
                        "hospital stays of people turned away",
                        "hospitalizaciones de las personas rechazadas",
                    ),
                ),
                (y.total_cost, ("total cost", "costo total")),
                (
                    y.hospital_only_cost,
                    ("hospital-only cost", "costo de solo atención hospitalaria"),
                ),
                (y.cumulative_cost, ("cumulative cost", "costo acumulado")),
                (
                    y.cumulative_hospital_only_cost,
                    (
                        "cumulative hospital-only cost",
                        "costo acumulado de solo atención hospitalaria",
                    ),
                ),
            ];
            for (m, (en, es)) in costs {
                let measure = lang.pick(en, es);
                for (end, x) in [
                    (t("low", "bajo"), m.low),
                    (t("default", "predeterminado"), m.mid),
                    (t("high", "alto"), m.high),
                ] {
                    push_row(&mut out, &stream, all, &format!("{measure}, {end}"), x, "$");
                }
            }
        }
        let stream = t("plan", "plan");
        push_row(
            &mut out,
            stream,
            all,
            t("break-even year", "año de equilibrio"),
            self.break_even_year.map_or(0.0, f64::from),
            t(
                "year (0: none within the plan)",
                "año (0: ninguno dentro del plan)",
            ),
        );
        out
    }
}
