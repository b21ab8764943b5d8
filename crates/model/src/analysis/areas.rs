//! Many areas at once: each area of a table evaluated exactly as the single-area planner would
//! evaluate it ([`area_scenario`], then [`crate::eval::evaluate_in`]), the sums for each region
//! and for the whole, and for each region the residential beds if its areas shared one pool
//! per program type instead of each running its own.
//!
//! Pooling: every area runs the scenario's program mix, so a region's areas each have the same
//! program types. A program type's pooled beds are the beds of one program sized by the
//! scenario's rule for the summed offered load of the region's areas (`crate::eval::capacity::
//! pool`, Erlang B for the days-full rule); its separate beds are the sum of the areas' own. The
//! utilization each way is the carried load (load × (1 − share of days full)) over the beds.
//!
//! Areas whose residential programs, together, would be used less than half the time (seed
//! 003's 50% minimum, the threshold of the single-area planner's low-utilization warning) carry seed 003's rural advice (`003_d551ced1080a9b42.txt`,
//! "Residential Crisis Program Continuum": "there may not be enough volume to support a full
//! range of residential crisis services"; programs "that have flexibility to staff up or down
//! based on need"; in very rural areas, "flexible on-call staff, including peers").

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::export::cell;
use crate::eval::capacity::{pool, MIN_UTILIZATION};
use crate::eval::erlang::erlang_b;
use crate::eval::results::{Money, Results, Split, Totals, Warning};
use crate::eval::{compute_checked, evaluate_in};
use crate::input::validate::{validate_area_inputs, validate_in};
use crate::scenario::areas::{Area, RURAL_DISPATCH_FACTOR};
use crate::scenario::{Problem, ProgramKind, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The scenario the single-area planner evaluates for one area: the base scenario with the
/// area's name, population, rate (when given) and, for a rural area, dispatches that keep a
/// team busy [`RURAL_DISPATCH_FACTOR`] times as long. Its own areas table is left empty.
pub fn area_scenario(base: &Scenario, area: &Area) -> Scenario {
    let mut s = base.clone();
    s.areas = String::new();
    apply(&mut s, base, area);
    s
}

fn apply(s: &mut Scenario, base: &Scenario, area: &Area) {
    s.place_name.clone_from(&area.name);
    s.population = area.population;
    s.adult.rate_per_100k = area.rate_per_100k.unwrap_or(base.adult.rate_per_100k);
    s.mobile.busy_hours_per_dispatch = if area.is_rural() {
        base.mobile.busy_hours_per_dispatch * RURAL_DISPATCH_FACTOR
    } else {
        base.mobile.busy_hours_per_dispatch
    };
}

/// A facility warning of an area: where (`adult.programs[0]`, `youth.receiving`) and the
/// warning, whose words ([`AreaWarning::message`]) are written when asked for. As JSON it is
/// `{"key": ..., "message": ...}`, in the language the areas were evaluated in.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaWarning {
    pub key: String,
    pub warning: Warning,
    lang: Lang,
}

impl AreaWarning {
    /// The words of the warning, in the language the areas were evaluated in.
    pub fn message(&self) -> String {
        self.warning.message_in(self.lang)
    }
}

impl Serialize for AreaWarning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("AreaWarning", 2)?;
        st.serialize_field("key", &self.key)?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

/// Figures per 100,000 residents.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Per100k {
    pub residential_beds: f64,
    pub receiving_chairs: f64,
    pub inpatient_beds: f64,
    pub mobile_teams: f64,
    pub episodes_per_year: f64,
    pub annual_cost: f64,
}

impl Per100k {
    /// The totals per 100,000 of a population (zeros for a population of 0).
    pub fn of(t: &Totals, population: f64) -> Per100k {
        let per = |x: f64| {
            if population > 0.0 && population.is_finite() {
                let v = x * 100_000.0 / population;
                if v.is_finite() {
                    v
                } else {
                    0.0
                }
            } else {
                0.0
            }
        };
        Per100k {
            residential_beds: per(t.residential_beds.total as f64),
            receiving_chairs: per(t.receiving_chairs.total as f64),
            inpatient_beds: per(t.inpatient_beds.total as f64),
            mobile_teams: per(t.mobile_teams as f64),
            episodes_per_year: per(t.episodes_per_year),
            annual_cost: per(t.annual_cost.mid),
        }
    }
}

/// One residential program of one area, as the pooling needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct ProgramLoad {
    youth: bool,
    kind: ProgramKind,
    load: f64,
    beds: u64,
    carried: f64,
    /// Load turned away (load × share of days full).
    lost: f64,
}

/// One area's results: its single-area totals and warnings, and its figures per 100,000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaResult {
    pub name: String,
    pub region: Option<String>,
    /// The area's row in its table (the header is row 1).
    pub row: usize,
    pub population: f64,
    pub rural: bool,
    /// The adult rate used: the area's own, or the scenario's.
    pub rate_per_100k: f64,
    /// The same totals as the single-area planner's (`crisis-plan --format json`'s `totals`).
    pub totals: Totals,
    pub per_100k: Per100k,
    /// Every facility warning, as the single-area planner gives them.
    pub warnings: Vec<AreaWarning>,
    /// The share of the area's residential beds (every program, both streams) in use on an
    /// average day: carried load over beds.
    pub residential_utilization: f64,
    /// Whether the area's residential programs together would be in use less than half the
    /// time (seed 003's 50% minimum): too little volume for programs of its own.
    pub low_use: bool,
    /// Seed 003's rural advice, for an area with `low_use`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    /// Today's residential crisis beds, when the table gives them, and the need minus them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beds_today: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortfall: Option<i64>,
    #[serde(skip)]
    programs: Vec<ProgramLoad>,
}

/// An area the evaluation refused, with the single-area planner's problems.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaProblems {
    pub name: String,
    pub row: usize,
    pub problems: Vec<Problem>,
}

/// One program type of a region, separate and pooled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PooledProgram {
    /// `adult` or `youth`.
    pub stream: &'static str,
    /// The program type's id (`crisis-respite`, ...).
    pub kind: &'static str,
    pub load: f64,
    pub separate: u64,
    pub pooled: u64,
    pub utilization_separate: f64,
    pub utilization_pooled: f64,
    /// The share of people turned away (days full), each way: separate, the areas' turned
    /// away over their summed load.
    pub days_full_separate: f64,
    pub days_full_pooled: f64,
    /// Whether the pool keeps the separate count because the rule's utilization cap would ask
    /// for more.
    pub capped: bool,
}

/// A region: its areas' sums, and its residential beds separate and pooled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionResult {
    pub name: String,
    pub areas: usize,
    pub population: f64,
    /// Residential beds if each area runs its own programs (the sum of the areas').
    pub separate: u64,
    /// Residential beds if the region's areas share one pool per program type.
    pub pooled: u64,
    /// `separate − pooled`.
    pub saved: u64,
    /// Carried load over beds, each way.
    pub utilization_separate: f64,
    pub utilization_pooled: f64,
    pub programs: Vec<PooledProgram>,
    pub totals: Totals,
    pub per_100k: Per100k,
}

/// The sums of every area evaluated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreasTotal {
    pub areas: usize,
    pub population: f64,
    pub totals: Totals,
    pub per_100k: Per100k,
    /// Residential beds with each region's areas pooled (areas without a region separate).
    pub pooled_by_region: u64,
    /// Areas with `low_use`.
    pub low_use_areas: usize,
}

/// Everything the areas mode computes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreasResults {
    pub areas: Vec<AreaResult>,
    pub regions: Vec<RegionResult>,
    pub total: AreasTotal,
    /// Areas that failed the single-area validation (left out of every sum).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<AreaProblems>,
}

/// One area evaluated, or its problems. `base` is copied for the area: leave its own `areas`
/// text empty when evaluating many (it is ignored, and a state's table is long).
pub fn evaluate_area(base: &Scenario, area: &Area, lang: Lang) -> Result<AreaResult, AreaProblems> {
    let s = area_scenario(base, area);
    match evaluate_in(&s, lang) {
        Ok(r) => Ok(area_result(&r, area, lang)),
        Err(problems) => Err(AreaProblems {
            name: area.name.clone(),
            row: area.row,
            problems,
        }),
    }
}

fn area_result(r: &Results, area: &Area, lang: Lang) -> AreaResult {
    let warnings: Vec<AreaWarning> = r
        .warnings()
        .into_iter()
        .map(|(key, w)| AreaWarning {
            key,
            warning: w.clone(),
            lang,
        })
        .collect();
    let mut programs = Vec::new();
    for (youth, stream) in [(false, Some(&r.adult)), (true, r.youth.as_ref())] {
        let Some(st) = stream else { continue };
        for p in &st.programs {
            programs.push(ProgramLoad {
                youth,
                kind: p.kind,
                load: p.facility.load,
                beds: p.facility.beds,
                carried: p.facility.utilization * p.facility.beds as f64,
                lost: p.facility.load * p.facility.days_full,
            });
        }
    }
    let (carried, beds) = programs.iter().fold((0.0, 0u64), |(c, b), p| {
        (c + p.carried, b.saturating_add(p.beds))
    });
    let residential_utilization = if beds == 0 {
        0.0
    } else {
        carried / beds as f64
    };
    let low_use = beds > 0 && residential_utilization < MIN_UTILIZATION;
    let beds_today = area.beds_today.map(|b| b as u64);
    AreaResult {
        name: area.name.clone(),
        region: area.region.clone(),
        row: area.row,
        population: r.population,
        rural: area.is_rural(),
        rate_per_100k: r.scenario.adult.rate_per_100k,
        residential_utilization,
        totals: r.totals,
        per_100k: Per100k::of(&r.totals, r.population),
        warnings,
        low_use,
        advice: low_use.then(|| rural_advice(lang).to_string()),
        beds_today,
        shortfall: beds_today
            .map(|b| r.totals.residential_beds.total as i64 - b.min(i64::MAX as u64) as i64),
        programs,
    }
}

/// Seed 003's advice for an area with too little volume for programs of its own.
pub fn rural_advice(lang: Lang) -> &'static str {
    lang.pick(
        "Too little volume for programs of its own. Seed 003: where a community is small or spread \
         out, \"there may not be enough volume to support a full range of residential crisis \
         services\"; it suggests programs \"that have flexibility to staff up or down based on \
         need\" and, in very rural areas, \"flexible on-call staff, including peers\". Share the \
         region's programs with neighboring areas (see the region's pooled beds).",
        "Muy poco volumen para programas propios. El documento fuente 003 señala que, donde la \
         comunidad es pequeña o dispersa, puede no haber suficiente volumen para sostener toda la \
         gama de servicios residenciales de crisis; sugiere programas con flexibilidad para \
         aumentar o reducir su personal según la necesidad y, en zonas muy rurales, personal de \
         guardia flexible, incluidos pares. Comparta los programas de la región con las zonas \
         vecinas (vea el conjunto compartido de camas de la región).",
    )
}

/// The most areas [`AreasResults::json`] writes indented.
pub const JSON_PRETTY_UP_TO: usize = 1_000;

/// Evaluates the areas of a table one after another, each exactly as [`evaluate_area`] would:
/// the base scenario is copied and checked once, not for every area. An area then only has
/// its own inputs checked ([`validate_area_inputs`]); an area that fails them, or any area of
/// a base that fails its checks, gets the full evaluation and so the single-area planner's
/// full list of problems.
pub struct AreaEvaluator {
    base: Scenario,
    scratch: Scenario,
    base_valid: bool,
    lang: Lang,
}

impl AreaEvaluator {
    /// An evaluator of areas of `base` (its own `areas` text is left out), the words in `lang`.
    pub fn new(base: &Scenario, lang: Lang) -> AreaEvaluator {
        let mut base = base.clone();
        base.areas = String::new();
        let base_valid = validate_in(&base, lang).is_empty();
        AreaEvaluator {
            scratch: base.clone(),
            base,
            base_valid,
            lang,
        }
    }

    /// The base scenario, without its `areas` text (for [`summarize`]).
    pub fn base(&self) -> &Scenario {
        &self.base
    }

    /// One area: the same as `evaluate_area(base, area, lang)`.
    pub fn evaluate(&mut self, area: &Area) -> Result<AreaResult, AreaProblems> {
        apply(&mut self.scratch, &self.base, area);
        let results =
            if self.base_valid && validate_area_inputs(&self.scratch, self.lang).is_empty() {
                Ok(compute_checked(&self.scratch))
            } else {
                evaluate_in(&self.scratch, self.lang)
            };
        match results {
            Ok(r) => Ok(area_result(&r, area, self.lang)),
            Err(problems) => Err(AreaProblems {
                name: area.name.clone(),
                row: area.row,
                problems,
            }),
        }
    }
}

/// Every area evaluated, the regions' and the whole's sums, and each region's beds pooled.
pub fn evaluate_areas(base: &Scenario, areas: &[Area], lang: Lang) -> AreasResults {
    let mut each = AreaEvaluator::new(base, lang);
    let mut results = Vec::with_capacity(areas.len());
    let mut refused = Vec::new();
    for area in areas {
        match each.evaluate(area) {
            Ok(r) => results.push(r),
            Err(p) => refused.push(p),
        }
    }
    summarize(each.base(), results, refused)
}

/// The regions and the total of areas already evaluated (for a page that evaluates in slices).
pub fn summarize(
    base: &Scenario,
    areas: Vec<AreaResult>,
    refused: Vec<AreaProblems>,
) -> AreasResults {
    let mut order: Vec<&str> = Vec::new();
    let mut members: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in areas.iter().enumerate() {
        if let Some(region) = a.region.as_deref() {
            members
                .entry(region)
                .or_insert_with(|| {
                    order.push(region);
                    Vec::new()
                })
                .push(i);
        }
    }
    let regions: Vec<RegionResult> = order
        .iter()
        .map(|name| region(base, name, members[name].iter().map(|&i| &areas[i])))
        .collect();
    let mut totals = Totals::default();
    let mut population = 0.0;
    for a in &areas {
        add(&mut totals, &a.totals);
        population += a.population;
    }
    finish(&mut totals, population);
    let unpooled: u64 = areas
        .iter()
        .filter(|a| a.region.is_none())
        .map(|a| a.totals.residential_beds.total)
        .sum();
    let total = AreasTotal {
        areas: areas.len(),
        population,
        per_100k: Per100k::of(&totals, population),
        totals,
        pooled_by_region: unpooled + regions.iter().map(|r| r.pooled).sum::<u64>(),
        low_use_areas: areas.iter().filter(|a| a.low_use).count(),
    };
    AreasResults {
        areas,
        regions,
        total,
        refused,
    }
}

fn region<'a>(
    base: &Scenario,
    name: &str,
    members: impl Iterator<Item = &'a AreaResult>,
) -> RegionResult {
    let mut totals = Totals::default();
    let mut population = 0.0;
    let mut count = 0;
    // (youth, kind) → (load, separate beds, separate carried, separate lost)
    type Sums = (f64, u64, f64, f64);
    let mut by_kind: Vec<((bool, ProgramKind), Sums)> = Vec::new();
    for a in members {
        count += 1;
        population += a.population;
        add(&mut totals, &a.totals);
        for p in &a.programs {
            let key = (p.youth, p.kind);
            let slot = match by_kind.iter().position(|(k, _)| *k == key) {
                Some(i) => &mut by_kind[i].1,
                None => {
                    by_kind.push((key, (0.0, 0, 0.0, 0.0)));
                    &mut by_kind.last_mut().expect("just pushed").1
                }
            };
            slot.0 += p.load;
            slot.1 = slot.1.saturating_add(p.beds);
            slot.2 += p.carried;
            slot.3 += p.lost;
        }
    }
    finish(&mut totals, population);
    let ratio = |a: f64, b: u64| if b == 0 { 0.0 } else { a / b as f64 };
    let (mut separate, mut pooled) = (0u64, 0u64);
    let (mut carried_separate, mut carried_pooled) = (0.0, 0.0);
    let programs: Vec<PooledProgram> = by_kind
        .iter()
        .map(|&((youth, kind), (load, beds, carried, lost))| {
            let p = pool(load, &base.sizing);
            // The same beds shared turn fewer people away than the separate programs (Erlang B
            // of the summed load at the summed beds is below the separate programs' share
            // turned away), so a region never needs more beds pooled than separate. A large
            // pool at the rule's utilization cap can ask one bed more; it keeps the separate
            // count, used more fully.
            let capped = p.beds > beds;
            let (pooled_beds, days_full) = if capped {
                (beds, erlang_b(load, beds))
            } else {
                (p.beds, p.days_full)
            };
            let pooled_carried = load * (1.0 - days_full);
            separate = separate.saturating_add(beds);
            pooled = pooled.saturating_add(pooled_beds);
            carried_separate += carried;
            carried_pooled += pooled_carried;
            PooledProgram {
                stream: if youth { "youth" } else { "adult" },
                kind: kind.id(),
                load,
                separate: beds,
                pooled: pooled_beds,
                utilization_separate: ratio(carried, beds),
                utilization_pooled: ratio(pooled_carried, pooled_beds),
                days_full_separate: if load > 0.0 { lost / load } else { 0.0 },
                days_full_pooled: days_full,
                capped,
            }
        })
        .collect();
    RegionResult {
        name: name.to_string(),
        areas: count,
        population,
        separate,
        pooled,
        saved: separate.saturating_sub(pooled),
        utilization_separate: ratio(carried_separate, separate),
        utilization_pooled: ratio(carried_pooled, pooled),
        programs,
        per_100k: Per100k::of(&totals, population),
        totals,
    }
}

fn plus(a: Split, b: Split) -> Split {
    Split::new(
        a.adult.saturating_add(b.adult),
        a.youth.saturating_add(b.youth),
    )
}

/// Add an area's totals to a sum.
fn add(sum: &mut Totals, t: &Totals) {
    sum.residential_beds = plus(sum.residential_beds, t.residential_beds);
    sum.pooled_residential_beds = plus(sum.pooled_residential_beds, t.pooled_residential_beds);
    sum.residential_facilities = plus(sum.residential_facilities, t.residential_facilities);
    sum.receiving_chairs = plus(sum.receiving_chairs, t.receiving_chairs);
    sum.inpatient_beds = plus(sum.inpatient_beds, t.inpatient_beds);
    sum.hospital_only_beds = plus(sum.hospital_only_beds, t.hospital_only_beds);
    sum.episodes_per_year += t.episodes_per_year;
    sum.mobile_teams = sum.mobile_teams.saturating_add(t.mobile_teams);
    sum.mobile_fte += t.mobile_fte;
    sum.crisis_line_on_duty = sum
        .crisis_line_on_duty
        .saturating_add(t.crisis_line_on_duty);
    sum.crisis_line_fte += t.crisis_line_fte;
    sum.annual_cost = sum.annual_cost.plus(t.annual_cost);
    sum.hospital_only_cost = sum.hospital_only_cost.plus(t.hospital_only_cost);
}

/// The figures of a sum that are not sums: savings and the costs per episode and resident.
fn finish(sum: &mut Totals, population: f64) {
    sum.savings = sum.hospital_only_cost.minus(sum.annual_cost);
    sum.cost_per_episode = sum.annual_cost.per(sum.episodes_per_year);
    sum.cost_per_resident = sum.annual_cost.per(population);
}

impl AreasResults {
    /// The results as JSON, as `crisis-plan --areas FILE --format json` prints them: indented
    /// up to [`JSON_PRETTY_UP_TO`] areas, compact above, with a line break at the end.
    pub fn json(&self) -> String {
        let text = if self.areas.len() <= JSON_PRETTY_UP_TO {
            serde_json::to_string_pretty(self)
        } else {
            serde_json::to_string(self)
        };
        // plain numbers, strings and lists: serializing cannot fail
        let mut text = text.unwrap_or_default();
        text.push('\n');
        text
    }

    /// The results as CSV: one row an area, then one a region, then the total (quoted,
    /// formula-safe text; plain numbers).
    pub fn csv_in(&self, lang: Lang) -> String {
        let header: [&str; 20] = match lang {
            Lang::En => [
                "Kind",
                "Name",
                "Region",
                "Population",
                "Rural",
                "Crisis episodes a year",
                "Residential beds",
                "Residential beds, regions pooled",
                "Receiving chairs",
                "Inpatient beds",
                "Mobile teams",
                "Mobile staff (FTE)",
                "Crisis line staff (FTE)",
                "Annual cost (mid)",
                "Residential beds per 100,000",
                "Receiving chairs per 100,000",
                "Inpatient beds per 100,000",
                "Mobile teams per 100,000",
                "Annual cost per 100,000 (mid)",
                "Low use",
            ],
            Lang::Es => [
                "Tipo",
                "Nombre",
                "Región",
                "Población",
                "Rural",
                "Episodios de crisis al año",
                "Camas residenciales",
                "Camas residenciales, con un conjunto compartido de camas por región",
                "Sillones del centro de recepción",
                "Camas de hospitalización psiquiátrica",
                "Equipos móviles",
                "Personal móvil (FTE)",
                "Personal de la línea de crisis (FTE)",
                "Costo anual (punto medio)",
                "Camas residenciales por cada 100,000",
                "Sillones del centro de recepción por cada 100,000",
                "Camas de hospitalización psiquiátrica por cada 100,000",
                "Equipos móviles por cada 100,000",
                "Costo anual por cada 100,000 (punto medio)",
                "Uso bajo",
            ],
        };
        let mut out = String::with_capacity(128 * (self.areas.len() + self.regions.len() + 2));
        let cells: Vec<String> = header.iter().map(|h| cell(h)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
        let yes_no = |b: bool| lang.pick(if b { "yes" } else { "no" }, if b { "sí" } else { "no" });
        let (area_kind, region_kind, total_kind) = match lang {
            Lang::En => ("area", "region", "total"),
            Lang::Es => ("zona", "región", "total"),
        };
        for a in &self.areas {
            row(
                &mut out,
                [
                    area_kind,
                    &a.name,
                    a.region.as_deref().unwrap_or(""),
                    yes_no(a.rural),
                ],
                &a.totals,
                a.totals.residential_beds.total,
                a.population,
                &a.per_100k,
                yes_no(a.low_use),
            );
        }
        for r in &self.regions {
            row(
                &mut out,
                [region_kind, &r.name, &r.name, ""],
                &r.totals,
                r.pooled,
                r.population,
                &r.per_100k,
                "",
            );
        }
        let t = &self.total;
        row(
            &mut out,
            [total_kind, "", "", ""],
            &t.totals,
            t.pooled_by_region,
            t.population,
            &t.per_100k,
            "",
        );
        out
    }

    /// The areas' and regions' names and figures as the page's and the command line's table
    /// shows them (header, rows): counts, per 100,000 and the cost in words.
    pub fn table_in(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let header = match lang {
            Lang::En => [
                "Residential beds",
                "Per 100,000",
                "Receiving chairs",
                "Inpatient beds",
                "Mobile teams",
                "Annual cost",
            ],
            Lang::Es => [
                "Camas residenciales",
                "Por cada 100,000",
                "Sillones del centro de recepción",
                "Camas de hospitalización psiquiátrica",
                "Equipos móviles",
                "Costo anual",
            ],
        };
        self.area_table(lang, &header, |a, f| {
            let t = &a.totals;
            vec![
                f.count(t.residential_beds.total),
                f.one_decimal(a.per_100k.residential_beds),
                f.count(t.receiving_chairs.total),
                f.count(t.inpatient_beds.total),
                f.count(t.mobile_teams),
                f.currency_compact(t.annual_cost.mid),
            ]
        })
    }

    /// [`AreasResults::table_in`] with the figures per 100,000 residents: residential beds,
    /// receiving chairs, inpatient beds, mobile teams, crisis episodes a year and the annual
    /// cost (mid), each as the single-area figure × 100,000 ÷ the area's population.
    pub fn per_100k_table_in(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let header = match lang {
            Lang::En => [
                "Residential beds per 100,000",
                "Receiving chairs per 100,000",
                "Inpatient beds per 100,000",
                "Mobile teams per 100,000",
                "Crisis episodes a year per 100,000",
                "Annual cost per 100,000",
            ],
            Lang::Es => [
                "Camas residenciales por cada 100,000",
                "Sillones del centro de recepción por cada 100,000",
                "Camas de hospitalización psiquiátrica por cada 100,000",
                "Equipos móviles por cada 100,000",
                "Episodios de crisis al año por cada 100,000",
                "Costo anual por cada 100,000",
            ],
        };
        self.area_table(lang, &header, |a, f| {
            let p = &a.per_100k;
            vec![
                f.one_decimal(p.residential_beds),
                f.one_decimal(p.receiving_chairs),
                f.one_decimal(p.inpatient_beds),
                f.decimal(p.mobile_teams, 2),
                f.thousands(p.episodes_per_year),
                f.currency_compact(p.annual_cost),
            ]
        })
    }

    /// A table of the areas: the area, its region and population, the `figures` columns, and
    /// the low-use note.
    fn area_table(
        &self,
        lang: Lang,
        figures: &[&str],
        cells: impl Fn(&AreaResult, Format) -> Vec<String>,
    ) -> (Vec<String>, Vec<Vec<String>>) {
        let f = Format::new(lang);
        let (area, region, population, note) = match lang {
            Lang::En => ("Area", "Region", "Population", "Note"),
            Lang::Es => ("Zona", "Región", "Población", "Nota"),
        };
        let header = [area, region, population]
            .iter()
            .chain(figures)
            .chain([&note])
            .map(|h| h.to_string())
            .collect();
        let rows = self
            .areas
            .iter()
            .map(|a| {
                let mut row = vec![
                    a.name.clone(),
                    a.region.clone().unwrap_or_default(),
                    f.thousands(a.population),
                ];
                row.extend(cells(a, f));
                row.push(if a.low_use {
                    lang.pick("low use: share", "uso bajo: compartir")
                        .to_string()
                } else {
                    String::new()
                });
                row
            })
            .collect();
        (header, rows)
    }

    /// The regions as a table (header, rows): residential beds separate and pooled, the beds
    /// saved and the utilization each way.
    pub fn regions_table_in(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let f = Format::new(lang);
        let header = match lang {
            Lang::En => [
                "Region",
                "Areas",
                "Population",
                "Separate beds",
                "Pooled beds",
                "Beds saved",
                "In use, separate",
                "In use, pooled",
                "Annual cost",
            ],
            Lang::Es => [
                "Región",
                "Zonas",
                "Población",
                "Camas por separado",
                "Camas en conjunto compartido",
                "Camas ahorradas",
                "En uso, por separado",
                "En uso, en conjunto compartido",
                "Costo anual",
            ],
        }
        .map(String::from)
        .to_vec();
        let rows = self
            .regions
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    f.count(r.areas as u64),
                    f.thousands(r.population),
                    f.count(r.separate),
                    f.count(r.pooled),
                    f.count(r.saved),
                    f.percent(r.utilization_separate),
                    f.percent(r.utilization_pooled),
                    f.currency_compact(r.totals.annual_cost.mid),
                ]
            })
            .collect();
        (header, rows)
    }
}

fn row(
    out: &mut String,
    text: [&str; 4],
    t: &Totals,
    pooled: u64,
    population: f64,
    per: &Per100k,
    low: &str,
) {
    let n = |x: f64| if x.is_finite() { x } else { 0.0 };
    let Money { mid, .. } = t.annual_cost;
    let _ = write!(
        out,
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
        cell(text[0]),
        cell(text[1]),
        cell(text[2]),
        n(population),
        cell(text[3]),
        n(t.episodes_per_year),
        t.residential_beds.total,
        pooled,
        t.receiving_chairs.total,
        t.inpatient_beds.total,
        t.mobile_teams,
        n(t.mobile_fte),
        n(t.crisis_line_fte),
        n(mid),
        n(per.residential_beds),
        n(per.receiving_chairs),
        n(per.inpatient_beds),
        n(per.mobile_teams),
        n(per.annual_cost),
        cell(low),
    );
}
