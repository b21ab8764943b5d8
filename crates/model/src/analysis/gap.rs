//! Gap analysis: today's capacity ([`crate::scenario::inventory`]) against what the community needs (the
//! results), service by service, and what closing the gap costs.
//!
//! [`gap`]`(&Results)` (or [`Results::gap`]) gives `None` while the inventory is off. Otherwise
//! one [`GapRow`] per service that has a need or capacity today: each residential program type
//! of each stream (several programs of one type are one row), the receiving facility and
//! inpatient care of each stream, mobile teams and the crisis line (youth rows only when the
//! youth stream is on, the crisis-line row only when the line is in the plan).
//!
//! For each row:
//!
//! - **need** is the planned capacity (beds, chairs, teams on duty by the scenario's sizing
//!   rule; crisis-line counselor FTE); **shortfall** = need − today when positive, **surplus** =
//!   today − need when positive.
//! - **Beds and chairs** (a loss system): with offered load `A` (arrivals a day × stay) and
//!   today's `c` beds, the share of days today's capacity is full is Erlang B `B(A, c)` (1 with
//!   no beds), and people turned away a year = arrivals a year × `B(A, c)`; utilization is
//!   `A(1 − B)/c`. The same figures at the planned capacity sit beside them.
//! - **Mobile teams and the crisis line** (delay systems): the share of requests meeting the
//!   response target with today's teams, or of contacts answered in time with today's
//!   counselors (Erlang C, as in [`crate::eval::staffing`]). Today's counselors on duty around the
//!   clock = ⌊FTE × productive hours × (1 − shrinkage) / 8,760⌋.
//! - **Cost to close the gap** = shortfall × the annual cost of one unit of capacity funded
//!   for a year, whatever the scenario's cost basis: a bed or chair costs 365 × its cost per day
//!   (the program's or service's range), a team 8,760 × the cost per team-hour, a counselor the
//!   cost per FTE. Low, default and high as [`Money`] (the ends and midpoint of each range).
//! - **Cost today and planned** are on the scenario's cost basis and on the same footing, so a
//!   community at exactly the needed capacity shows no change: staffed beds × 365 × cost per
//!   day, or days of care actually given, `A(1 − B) × 365` × cost per day (people turned away
//!   are not billed; on this basis the plan's figure is therefore a little below the headline
//!   cost, which counts the whole offered load); mobile teams by team-hours or by the
//!   dispatches the teams can take; counselor FTE × cost per FTE. A cost entered in the
//!   inventory replaces today's computed cost for that row (low = default = high). A program
//!   type the plan does not list is costed at its type's default cost per day.
//! - **Turned away to hospital**: people turned away by a residential program are costed as
//!   psychiatric inpatient stays (inpatient stay × cost per day), today and in the plan: seed 003
//!   (`003_d551ced1080a9b42.txt`) says that without residential crisis care "almost all those
//!   individuals would have needed hospitalization". People turned away by the receiving
//!   facility or inpatient care are counted, not costed (emergency department visits are not
//!   costed anywhere in the model).
//!
//! Language: [`gap_in`]`(&Results, Lang)` (or [`Results::gap_in`]) writes every row's label and
//! sentence and every note in a language, with the figures written the US way in both (`2,300`,
//! `64.6%`, `$20.0 millones`); [`GapResults::headline_in`], [`Unit::word_in`] and [`about_in`] do the
//! same for the headline, the units and rounded counts of people. The English functions
//! ([`gap`], [`GapResults::headline`], [`Unit::word`], [`about`]) are the `Lang::En` ones.
//!
//! Totals: the cost to close the gap (the sum of the rows), today's and the planned cost
//! (services, hospital stays of people turned away, their sum), hospital-only savings of each
//! (`hospital-only cost − total`, the hospital-only cost of the results) and the changes from
//! today to the plan.

use serde::Serialize;

use crate::eval::erlang::{erlang_b, service_level};
use crate::eval::flow::DAYS_PER_YEAR;
use crate::eval::results::{Facility, Money, Results, StreamResults};
use crate::eval::staffing::HOURS_PER_YEAR;
use crate::input::presets::{program_defaults, program_name_in};
use crate::scenario::inventory::{Entry, Inventory};
use crate::scenario::{CostBasis, MobileCostBasis, Program, ProgramKind, ResponseMode, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The kind of service a gap row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// A residential crisis program type.
    Residential,
    /// The crisis receiving facility.
    Receiving,
    /// Psychiatric inpatient care.
    Inpatient,
    /// Mobile crisis teams.
    Mobile,
    /// The crisis line.
    CrisisLine,
}

/// What a row's capacity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Beds,
    Chairs,
    /// Teams on duty around the clock.
    Teams,
    /// Full-time equivalent counselors.
    Fte,
}

impl Unit {
    /// The unit after a number: `1 bed`, `3 beds`, `2.5 FTE`.
    pub fn word(self, n: f64) -> &'static str {
        self.word_in(n, Lang::En)
    }

    /// [`Unit::word`] in a language: `1 cama`, `3 sillones`, `2 equipos`, `2.5 FTE`.
    pub fn word_in(self, n: f64, lang: Lang) -> &'static str {
        let one = n == 1.0;
        match self {
            Unit::Beds if one => lang.pick("bed", "cama"),
            Unit::Beds => lang.pick("beds", "camas"),
            Unit::Chairs if one => lang.pick("chair", "sillón"),
            Unit::Chairs => lang.pick("chairs", "sillones"),
            Unit::Teams if one => lang.pick("team", "equipo"),
            Unit::Teams => lang.pick("teams", "equipos"),
            Unit::Fte => lang.pick("FTE", "FTE"),
        }
    }

    /// Whether the Spanish noun is feminine (`camas`), for the words that agree with it.
    fn feminine(self) -> bool {
        self == Unit::Beds
    }
}

/// A loss system (beds, chairs) at today's and at the planned capacity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LossGap {
    /// Share of days today's capacity is full: Erlang B at today's beds (1 with no beds, 0 when
    /// nobody arrives).
    pub days_full_today: f64,
    /// Average share of today's beds in use: `A(1 − B)/c` (0 with no beds).
    pub utilization_today: f64,
    /// People turned away a year with today's capacity: arrivals a year × B.
    pub turned_away_per_year_today: f64,
    /// The same three at the planned capacity.
    pub days_full_planned: f64,
    pub utilization_planned: f64,
    pub turned_away_per_year_planned: f64,
}

/// A delay system (mobile teams, the crisis line) at today's and at the planned capacity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DelayGap {
    /// Teams or counselors on duty around the clock today.
    pub on_duty_today: u64,
    /// Teams or counselors on duty in the plan.
    pub on_duty_planned: u64,
    /// Whether today's posts can keep up at all (more posts than the offered load); if not,
    /// requests would queue without end.
    pub keeps_up_today: bool,
    /// The share of requests meeting the response target (mobile) or of contacts answered in
    /// time (crisis line) with today's posts (Erlang C).
    pub share_in_time_today: f64,
    /// The same share in the plan.
    pub share_in_time_planned: f64,
    /// The target share.
    pub target_share: f64,
}

/// One service: need against today.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapRow {
    /// The inventory entry's key: `residential.high-medical`, `youth_receiving`, `mobile`,
    /// `crisis_line`.
    pub key: String,
    /// The input path of today's capacity: `inventory.residential.high-medical.capacity`.
    pub field: String,
    pub service: Service,
    /// The program type of a residential row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProgramKind>,
    /// Whether the row is the youth stream's.
    pub youth: bool,
    /// A short label: "Peer-run respite", "Youth: Receiving facility" (in the language of
    /// [`gap_in`]).
    pub label: String,
    pub unit: Unit,
    /// Planned capacity (whole numbers except crisis-line FTE).
    pub need: f64,
    /// Capacity today.
    pub today: f64,
    /// `need − today` when positive, else 0.
    pub shortfall: f64,
    /// `today − need` when positive, else 0.
    pub surplus: f64,
    /// Admissions, visits, dispatches or contacts a year.
    pub arrivals_per_year: f64,
    /// Arrivals as a share of the stream's crisis episodes (both streams for mobile teams; 0 for
    /// the crisis line, whose contacts are not episodes).
    pub share_of_episodes: f64,
    /// Offered load: beds, chairs, teams or counselors busy on average.
    pub load: f64,
    /// Beds and chairs: days full, utilization and people turned away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loss: Option<LossGap>,
    /// Mobile teams and the crisis line: the share served in time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<DelayGap>,
    /// The annual cost of one more unit of capacity funded for a year.
    pub annual_cost_per_unit: Money,
    /// `shortfall × annual_cost_per_unit`.
    pub cost_to_close: Money,
    /// Cost a year today (entered, or at the scenario's unit cost and basis).
    pub today_cost: Money,
    /// Whether `today_cost` was entered in the inventory.
    pub today_cost_entered: bool,
    /// Cost a year at the planned capacity, on the same footing.
    pub planned_cost: Money,
    /// Residential rows: hospital stays of the people turned away today, a year.
    pub turned_away_to_hospital_today: Money,
    /// Residential rows: the same at the planned capacity.
    pub turned_away_to_hospital_planned: Money,
    /// The gap in plain words, in the language the gap was made in ([`gap_in`]).
    pub sentence: String,
}

/// The whole-system cost on one side (today, or the plan).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CostSide {
    /// The services of the rows.
    pub services: Money,
    /// Hospital stays of people turned away by residential programs.
    pub turned_away_to_hospital: Money,
    /// `services + turned_away_to_hospital`.
    pub total: Money,
    /// Hospital-only cost − total.
    pub savings: Money,
}

/// The gap's totals.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct GapTotals {
    /// Sum of the rows' cost to close the gap.
    pub cost_to_close: Money,
    /// Residential beds short, both streams (each program type on its own: a surplus of one
    /// type does not fill another's shortfall).
    pub residential_shortfall_beds: f64,
    /// People turned away by residential programs a year, today and in the plan.
    pub residential_turned_away_per_year_today: f64,
    pub residential_turned_away_per_year_planned: f64,
    pub today: CostSide,
    pub planned: CostSide,
    /// The hospital-only counterfactual's cost (as in the results' totals).
    pub hospital_only_cost: Money,
    /// `planned.total − today.total`.
    pub cost_change: Money,
    /// `planned.savings − today.savings`.
    pub savings_change: Money,
}

/// Need against today, for every service.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapResults {
    /// The cost basis of today's and the planned cost.
    pub cost_basis: CostBasis,
    pub rows: Vec<GapRow>,
    pub totals: GapTotals,
    /// Plain-language notes on what was left out or how something was costed (in the language
    /// of [`gap_in`]).
    pub notes: Vec<String>,
}

impl Results {
    /// The gap analysis of these results; `None` while the scenario's inventory is off.
    pub fn gap(&self) -> Option<GapResults> {
        gap(self)
    }

    /// [`Results::gap`] with every label, sentence and note in a language.
    pub fn gap_in(&self, lang: Lang) -> Option<GapResults> {
        gap_in(self, lang)
    }
}

impl GapResults {
    /// The rows by cost to close the gap, largest first (rows with no gap last, in order): the
    /// order of a board summary.
    pub fn by_cost_to_close(&self) -> Vec<&GapRow> {
        let mut rows: Vec<&GapRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| b.cost_to_close.mid.total_cmp(&a.cost_to_close.mid));
        rows
    }

    /// The rows with a shortfall.
    pub fn shortfalls(&self) -> impl Iterator<Item = &GapRow> {
        self.rows.iter().filter(|r| r.shortfall > 0.0)
    }

    /// One sentence for the top of a summary: what is missing and what closing it costs.
    pub fn headline(&self) -> String {
        self.headline_in(Lang::En)
    }

    /// [`GapResults::headline`] in a language.
    pub fn headline_in(&self, lang: Lang) -> String {
        let f = Format::new(lang);
        let short: Vec<&GapRow> = self.by_cost_to_close();
        let parts: Vec<String> = short
            .iter()
            .filter(|r| r.shortfall > 0.0)
            .map(|r| {
                let n = if r.unit == Unit::Fte {
                    f.number(r.shortfall)
                } else {
                    f.thousands(r.shortfall)
                };
                format!(
                    "{n} {}",
                    r.entry()
                        .map(|e| e.what_in(lang))
                        .unwrap_or_else(|| r.label.clone())
                )
            })
            .collect();
        if parts.is_empty() {
            return lang
                .pick(
                    "Today's capacity meets the need for every service.",
                    "La capacidad actual cubre la necesidad de todos los servicios.",
                )
                .into();
        }
        let c = self.totals.cost_to_close;
        let (low, high) = c.ordered();
        let (mid, range) = (f.currency_compact(c.mid), f.currency_range(low, high));
        match lang {
            Lang::En => format!(
                "To meet the need this community would add {}, at about {mid} a year ({range}).",
                join(&parts, lang)
            ),
            Lang::Es => format!(
                "Para cubrir la necesidad, esta comunidad tendría que agregar {}, por unos {mid} \
                 al año ({range}).",
                join(&parts, lang)
            ),
        }
    }
}

impl GapRow {
    /// The inventory entry the row compares with: by its key, or else by its service, stream
    /// and program type.
    pub fn entry(&self) -> Option<Entry> {
        Entry::from_key(&self.key).or(match self.service {
            Service::Residential => self.kind.map(|kind| Entry::Residential {
                youth: self.youth,
                kind,
            }),
            Service::Receiving => Some(Entry::Receiving { youth: self.youth }),
            Service::Inpatient => Some(Entry::Inpatient { youth: self.youth }),
            Service::Mobile => Some(Entry::Mobile),
            Service::CrisisLine => Some(Entry::CrisisLine),
        })
    }
}

/// The gap analysis of a result; `None` while its scenario's inventory is off.
pub fn gap(r: &Results) -> Option<GapResults> {
    gap_in(r, Lang::En)
}

/// [`gap`] with every label, sentence and note in a language (the figures are the same).
pub fn gap_in(r: &Results, lang: Lang) -> Option<GapResults> {
    let f = Format::new(lang);
    let s = r.scenario();
    if !s.inventory.enabled {
        return None;
    }
    let inv = &s.inventory;
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let hospital_stay = Money::range(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high)
        .scale(pos(s.inpatient.stay_days));

    if s.crisis_line.enabled {
        if let Some(row) = crisis_line_row(s, r, lang) {
            rows.push(row);
        }
    } else if inv.crisis_line.capacity > 0.0 {
        let n = f.number(inv.crisis_line.capacity);
        notes.push(match lang {
            Lang::En => format!(
                "The crisis line is not part of the plan, so today's {n} crisis-line counselor \
                 FTE are not compared with a need."
            ),
            Lang::Es => format!(
                "La línea de crisis no forma parte del plan, así que los {n} FTE actuales de \
                 consejeros de la línea de crisis no se comparan con una necesidad."
            ),
        });
    }
    if let Some(row) = mobile_row(s, r, lang) {
        rows.push(row);
    }

    let streams = [(false, Some(&r.adult)), (true, r.youth.as_ref())];
    for (youth, st) in streams {
        let Some(st) = st else {
            let today = ProgramKind::ALL
                .iter()
                .map(|&k| inv.youth_residential.get(k).capacity)
                .chain([inv.youth_receiving.capacity, inv.youth_inpatient.capacity])
                .filter(|x| *x > 0.0)
                .sum::<f64>();
            if today > 0.0 {
                let n = f.number(today);
                notes.push(match lang {
                    Lang::En => format!(
                        "The youth stream is off, so today's youth capacity ({n} beds and \
                         chairs) is not compared with a need."
                    ),
                    Lang::Es => format!(
                        "Los servicios para jóvenes están desactivados, así que la capacidad actual para \
                         jóvenes ({n} camas y sillones) no se compara con una necesidad."
                    ),
                });
            }
            continue;
        };
        let ctx = StreamCtx { s, st, youth, lang };
        if let Some(row) = ctx.facility_row(
            Entry::Receiving { youth },
            Service::Receiving,
            &st.receiving,
            (s.receiving.cost_per_day_low, s.receiving.cost_per_day_high),
        ) {
            rows.push(row);
        }
        let programs = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        for kind in ProgramKind::ALL {
            if let Some(row) = ctx.residential_row(kind, programs, hospital_stay, &mut notes) {
                rows.push(row);
            }
        }
        if let Some(row) = ctx.facility_row(
            Entry::Inpatient { youth },
            Service::Inpatient,
            &st.inpatient,
            (s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high),
        ) {
            rows.push(row);
        }
    }

    if s.cost_basis == CostBasis::OccupiedBedDays {
        notes.push(
            lang.pick(
                "Costs are counted by occupied bed-days: the days of care actually given, today \
                 and in the plan alike, so the plan's cost here is a little below the headline \
                 cost, which also counts the care of people a full program turns away.",
                "Los costos se cuentan por días-cama ocupados: los días de atención realmente \
                 prestados, hoy y en el plan por igual, así que el costo del plan aquí es un poco \
                 menor que el costo anual de los resultados, que también cuenta la atención de \
                 las personas que un programa lleno rechaza.",
            )
            .into(),
        );
    }

    let totals = totals(&rows, r.totals.hospital_only_cost);
    Some(GapResults {
        cost_basis: s.cost_basis,
        rows,
        totals,
        notes,
    })
}

fn totals(rows: &[GapRow], hospital_only_cost: Money) -> GapTotals {
    let mut t = GapTotals {
        hospital_only_cost,
        ..GapTotals::default()
    };
    for row in rows {
        t.cost_to_close = t.cost_to_close.plus(row.cost_to_close);
        t.today.services = t.today.services.plus(row.today_cost);
        t.planned.services = t.planned.services.plus(row.planned_cost);
        t.today.turned_away_to_hospital = t
            .today
            .turned_away_to_hospital
            .plus(row.turned_away_to_hospital_today);
        t.planned.turned_away_to_hospital = t
            .planned
            .turned_away_to_hospital
            .plus(row.turned_away_to_hospital_planned);
        if row.service == Service::Residential {
            t.residential_shortfall_beds += row.shortfall;
            if let Some(l) = row.loss {
                t.residential_turned_away_per_year_today += l.turned_away_per_year_today;
                t.residential_turned_away_per_year_planned += l.turned_away_per_year_planned;
            }
        }
    }
    for side in [&mut t.today, &mut t.planned] {
        side.total = side.services.plus(side.turned_away_to_hospital);
        side.savings = hospital_only_cost.minus(side.total);
    }
    t.cost_change = t.planned.total.minus(t.today.total);
    t.savings_change = t.planned.savings.minus(t.today.savings);
    t
}

/// `x` when it is a finite number above zero, else 0.
fn pos(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

/// A capacity as a whole count (capacity is validated as a whole number from 0 to 100,000).
fn whole(x: f64) -> u64 {
    pos(x).min(1e12).round() as u64
}

/// Erlang B, utilization and people turned away a year for a load at `c` beds.
fn loss_at(load: f64, arrivals_per_year: f64, c: u64) -> (f64, f64, f64) {
    if load <= 0.0 || !load.is_finite() {
        return (0.0, 0.0, 0.0);
    }
    let b = erlang_b(load, c);
    let u = if c == 0 {
        0.0
    } else {
        (load * (1.0 - b) / c as f64).clamp(0.0, 1.0)
    };
    (b, u, arrivals_per_year * b)
}

/// Cost a year of `c` beds with load `load` full on a share `b` of days, on a cost basis.
fn bed_cost(basis: CostBasis, per_day: Money, c: u64, load: f64, b: f64) -> Money {
    match basis {
        CostBasis::StaffedBeds => per_day.scale(c as f64 * DAYS_PER_YEAR),
        CostBasis::OccupiedBedDays => per_day.scale(pos(load) * (1.0 - b) * DAYS_PER_YEAR),
    }
}

fn entered(today: &crate::scenario::inventory::Today, computed: Money) -> (Money, bool) {
    match today.annual_cost {
        Some(x) if x.is_finite() => (
            Money {
                low: x,
                mid: x,
                high: x,
            },
            true,
        ),
        _ => (computed, false),
    }
}

fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 && whole.is_finite() && part.is_finite() {
        (part / whole).max(0.0)
    } else {
        0.0
    }
}

struct StreamCtx<'a> {
    s: &'a Scenario,
    st: &'a StreamResults,
    youth: bool,
    lang: Lang,
}

/// The demand side of a loss row.
struct LossDemand {
    need: u64,
    load: f64,
    arrivals_per_year: f64,
}

impl StreamCtx<'_> {
    fn inv(&self) -> &Inventory {
        &self.s.inventory
    }

    fn label(&self, base: &str) -> String {
        // a youth program's own name usually says so already ("Youth crisis residential")
        let says_youth = ["Youth", "youth", "Jóvenes", "jóvenes", "juvenil"]
            .iter()
            .any(|w| base.contains(w));
        if self.youth && !says_youth {
            format!("{}: {base}", self.lang.pick("Youth", "Jóvenes"))
        } else {
            base.to_string()
        }
    }

    /// The receiving facility or inpatient care of the stream.
    fn facility_row(
        &self,
        entry: Entry,
        service: Service,
        fac: &Facility,
        (low, high): (f64, f64),
    ) -> Option<GapRow> {
        let demand = LossDemand {
            need: fac.beds,
            load: fac.load,
            arrivals_per_year: fac.arrivals_per_day * DAYS_PER_YEAR,
        };
        let (unit, base) = match service {
            Service::Receiving => (
                Unit::Chairs,
                self.lang
                    .pick("Receiving facility", "Centro de recepción de crisis"),
            ),
            _ => (
                Unit::Beds,
                self.lang
                    .pick("Psychiatric inpatient care", "Hospitalización psiquiátrica"),
            ),
        };
        self.loss_row(
            entry,
            service,
            None,
            self.label(base),
            unit,
            demand,
            Money::range(low, high),
            None,
            true,
        )
    }

    /// One residential program type of the stream (all its programs together).
    fn residential_row(
        &self,
        kind: ProgramKind,
        programs: &[Program],
        hospital_stay: Money,
        notes: &mut Vec<String>,
    ) -> Option<GapRow> {
        let entry = Entry::Residential {
            youth: self.youth,
            kind,
        };
        let mine: Vec<(&Program, &Facility)> = programs
            .iter()
            .zip(self.st.programs.iter())
            .filter(|(p, _)| p.kind == kind)
            .map(|(p, pr)| (p, &pr.facility))
            .collect();
        let demand = LossDemand {
            need: mine.iter().map(|(_, f)| f.beds).sum(),
            load: mine.iter().map(|(_, f)| f.load).sum(),
            arrivals_per_year: mine
                .iter()
                .map(|(_, f)| f.arrivals_per_day * DAYS_PER_YEAR)
                .sum(),
        };
        // The type's cost per day: its programs' ranges weighted by their beds (by load, or
        // equally, when they have none); the type's defaults when the plan has no such program.
        let per_day = if mine.is_empty() {
            let d = program_defaults(kind);
            let today = self.inv().get(entry);
            if today.capacity > 0.0 && today.annual_cost.is_none() {
                let f = Format::new(self.lang);
                let (low, high) = (
                    f.currency(d.cost_per_day_low),
                    f.currency(d.cost_per_day_high),
                );
                let (label, what) = (kind.label_in(self.lang), entry.what_in(self.lang));
                notes.push(match self.lang {
                    Lang::En => format!(
                        "No program of the type \"{label}\" is in the {}plan, so today's {what} \
                         are costed at the type's default cost of {low} to {high} a day.",
                        if self.youth { "youth " } else { "" },
                    ),
                    Lang::Es => format!(
                        "Ningún programa del tipo \"{label}\" está en el plan{}, así que las {what} \
                         actuales se costean con el costo predeterminado del tipo, de {low} a \
                         {high} por día.",
                        if self.youth { " para jóvenes" } else { "" },
                    ),
                });
            }
            Money::range(d.cost_per_day_low, d.cost_per_day_high)
        } else {
            let weight = |f: &Facility| -> f64 {
                if demand.need > 0 {
                    f.beds as f64
                } else if demand.load > 0.0 {
                    f.load
                } else {
                    1.0
                }
            };
            let total: f64 = mine.iter().map(|(_, f)| weight(f)).sum();
            mine.iter().fold(Money::ZERO, |acc, (p, f)| {
                acc.plus(
                    Money::range(p.cost_per_day_low, p.cost_per_day_high).scale(weight(f) / total),
                )
            })
        };
        let label = self.label(&if mine.len() == 1 {
            program_name_in(&mine[0].0.name, self.lang)
        } else {
            kind.label_in(self.lang).to_string()
        });
        self.loss_row(
            entry,
            Service::Residential,
            Some(kind),
            label,
            Unit::Beds,
            demand,
            per_day,
            Some(hospital_stay),
            !mine.is_empty(),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn loss_row(
        &self,
        entry: Entry,
        service: Service,
        kind: Option<ProgramKind>,
        label: String,
        unit: Unit,
        d: LossDemand,
        per_day: Money,
        hospital_stay: Option<Money>,
        in_plan: bool,
    ) -> Option<GapRow> {
        let today_inv = self.inv().get(entry);
        let today = whole(today_inv.capacity);
        if d.need == 0 && today == 0 && d.load <= 0.0 {
            return None;
        }
        let (b_now, u_now, away_now) = loss_at(d.load, d.arrivals_per_year, today);
        let (b_plan, u_plan, away_plan) = loss_at(d.load, d.arrivals_per_year, d.need);
        let basis = self.s.cost_basis;
        let (today_cost, today_cost_entered) =
            entered(today_inv, bed_cost(basis, per_day, today, d.load, b_now));
        let planned_cost = bed_cost(basis, per_day, d.need, d.load, b_plan);
        let per_unit = per_day.scale(DAYS_PER_YEAR);
        let need = d.need as f64;
        let todayf = today as f64;
        let shortfall = (need - todayf).max(0.0);
        let to_hospital = |away: f64| hospital_stay.map_or(Money::ZERO, |h| h.scale(away));
        let loss = LossGap {
            days_full_today: b_now,
            utilization_today: u_now,
            turned_away_per_year_today: away_now,
            days_full_planned: b_plan,
            utilization_planned: u_plan,
            turned_away_per_year_planned: away_plan,
        };
        let share_of_episodes = share(d.arrivals_per_year, self.st.episodes_per_year);
        let mut row = GapRow {
            key: entry.key(),
            field: entry.capacity_path(),
            service,
            kind,
            youth: self.youth,
            label,
            unit,
            need,
            today: todayf,
            shortfall,
            surplus: (todayf - need).max(0.0),
            arrivals_per_year: d.arrivals_per_year,
            share_of_episodes,
            load: d.load,
            loss: Some(loss),
            delay: None,
            annual_cost_per_unit: per_unit,
            cost_to_close: per_unit.scale(shortfall),
            today_cost,
            today_cost_entered,
            planned_cost,
            turned_away_to_hospital_today: to_hospital(away_now),
            turned_away_to_hospital_planned: to_hospital(away_plan),
            sentence: String::new(),
        };
        row.sentence = loss_sentence(
            &row,
            &entry.what_in(self.lang),
            &loss,
            self.youth,
            in_plan,
            self.lang,
        );
        Some(row)
    }
}

fn mobile_row(s: &Scenario, r: &Results, lang: Lang) -> Option<GapRow> {
    let f = Format::new(lang);
    let m = &r.mobile;
    let inv = &s.inventory.mobile;
    let today = whole(inv.capacity);
    if m.teams == 0 && today == 0 && m.load <= 0.0 {
        return None;
    }
    let wait = match s.mobile.mode {
        ResponseMode::WithinWait => s.mobile.max_wait_minutes / 60.0,
        ResponseMode::AtOnce => 0.0,
    };
    let handle = s.mobile.busy_hours_per_dispatch;
    let dispatches_per_year = m.dispatches_per_day * DAYS_PER_YEAR;
    let per_hour = Money::range(
        s.mobile.cost_per_team_hour_low,
        s.mobile.cost_per_team_hour_high,
    );
    let cost_at = |teams: u64| -> Money {
        match s.mobile.cost_basis {
            MobileCostBasis::TeamHours => per_hour.scale(teams as f64 * HOURS_PER_YEAR),
            MobileCostBasis::Dispatches => {
                // The dispatches the teams can take: all of them when they keep up, else what
                // the teams can do around the clock.
                let served = if teams as f64 > m.load {
                    dispatches_per_year
                } else if handle > 0.0 {
                    dispatches_per_year.min(teams as f64 * HOURS_PER_YEAR / handle)
                } else {
                    0.0
                };
                Money::range(
                    s.mobile.cost_per_dispatch_low,
                    s.mobile.cost_per_dispatch_high,
                )
                .scale(served)
            }
        }
    };
    let delay = DelayGap {
        on_duty_today: today,
        on_duty_planned: m.teams,
        keeps_up_today: m.load <= 0.0 || today as f64 > m.load,
        share_in_time_today: service_level(m.load, today, wait, handle),
        share_in_time_planned: service_level(m.load, m.teams, wait, handle),
        target_share: s.mobile.target_share,
    };
    let need = m.teams as f64;
    let todayf = today as f64;
    let shortfall = (need - todayf).max(0.0);
    let per_unit = per_hour.scale(HOURS_PER_YEAR);
    let (today_cost, today_cost_entered) = entered(inv, cost_at(today));
    let episodes =
        r.adult.episodes_per_year + r.youth.as_ref().map_or(0.0, |y| y.episodes_per_year);
    let mut row = GapRow {
        key: Entry::Mobile.key(),
        field: Entry::Mobile.capacity_path(),
        service: Service::Mobile,
        kind: None,
        youth: false,
        label: lang
            .pick("Mobile crisis teams", "Equipos móviles de crisis")
            .into(),
        unit: Unit::Teams,
        need,
        today: todayf,
        shortfall,
        surplus: (todayf - need).max(0.0),
        arrivals_per_year: dispatches_per_year,
        share_of_episodes: share(dispatches_per_year, episodes),
        load: m.load,
        loss: None,
        delay: Some(delay),
        annual_cost_per_unit: per_unit,
        cost_to_close: per_unit.scale(shortfall),
        today_cost,
        today_cost_entered,
        planned_cost: cost_at(m.teams),
        turned_away_to_hospital_today: Money::ZERO,
        turned_away_to_hospital_planned: Money::ZERO,
        sentence: String::new(),
    };
    let share = f.percent(s.mobile.target_share);
    let minutes = f.number(s.mobile.max_wait_minutes);
    let target = match (s.mobile.mode, lang) {
        (ResponseMode::WithinWait, Lang::En) => {
            format!("{share} of requests with a free team within {minutes} minutes")
        }
        (ResponseMode::AtOnce, Lang::En) => {
            format!("{share} of requests with a free team at once")
        }
        (ResponseMode::WithinWait, Lang::Es) => format!(
            "el {share} de las solicitudes con un equipo disponible en {minutes} minutos o menos"
        ),
        (ResponseMode::AtOnce, Lang::Es) => {
            format!("el {share} de las solicitudes con un equipo disponible de inmediato")
        }
    };
    let (dispatches, teams) = (
        f.thousands(dispatches_per_year),
        amount(need, Unit::Teams, lang),
    );
    let demand = match lang {
        Lang::En => format!(
            "with {dispatches} dispatches a year this community needs {teams} on duty around \
             the clock to meet the response target ({target})"
        ),
        Lang::Es => format!(
            "con {dispatches} despachos al año, esta comunidad necesita {teams} de turno las 24 \
             horas para cumplir el objetivo de respuesta ({target})"
        ),
    };
    row.sentence = delay_sentence(
        &row,
        &delay,
        &demand,
        lang.pick("teams", "los equipos actuales"),
        lang.pick(
            "of requests would meet it",
            "de las solicitudes cumpliría el objetivo",
        ),
        lang,
    );
    Some(row)
}

fn crisis_line_row(s: &Scenario, r: &Results, lang: Lang) -> Option<GapRow> {
    let f = Format::new(lang);
    let l = &r.crisis_line;
    let cfg = &s.crisis_line;
    let inv = &s.inventory.crisis_line;
    let today_fte = pos(inv.capacity);
    if l.fte <= 0.0 && today_fte <= 0.0 && l.load <= 0.0 {
        return None;
    }
    let available = cfg.productive_hours_per_fte * (1.0 - cfg.shrinkage);
    let on_duty_today = if available > 0.0 && available.is_finite() {
        (today_fte * available / HOURS_PER_YEAR + 1e-9)
            .floor()
            .max(0.0) as u64
    } else {
        0
    };
    let (wait, handle) = (cfg.answer_seconds / 60.0, cfg.minutes_per_contact);
    let delay = DelayGap {
        on_duty_today,
        on_duty_planned: l.on_duty,
        keeps_up_today: l.load <= 0.0 || on_duty_today as f64 > l.load,
        share_in_time_today: service_level(l.load, on_duty_today, wait, handle),
        share_in_time_planned: service_level(l.load, l.on_duty, wait, handle),
        target_share: cfg.target_share,
    };
    let per_fte = Money::range(cfg.cost_per_fte_low, cfg.cost_per_fte_high);
    let shortfall = (l.fte - today_fte).max(0.0);
    let (today_cost, today_cost_entered) = entered(inv, per_fte.scale(today_fte));
    let contacts_per_year = l.contacts_per_hour * HOURS_PER_YEAR;
    let mut row = GapRow {
        key: Entry::CrisisLine.key(),
        field: Entry::CrisisLine.capacity_path(),
        service: Service::CrisisLine,
        kind: None,
        youth: false,
        label: lang.pick("Crisis line", "Línea de crisis").into(),
        unit: Unit::Fte,
        need: l.fte,
        today: today_fte,
        shortfall,
        surplus: (today_fte - l.fte).max(0.0),
        arrivals_per_year: contacts_per_year,
        share_of_episodes: 0.0,
        load: l.load,
        loss: None,
        delay: Some(delay),
        annual_cost_per_unit: per_fte,
        cost_to_close: per_fte.scale(shortfall),
        today_cost,
        today_cost_entered,
        planned_cost: per_fte.scale(l.fte),
        turned_away_to_hospital_today: Money::ZERO,
        turned_away_to_hospital_planned: Money::ZERO,
        sentence: String::new(),
    };
    let (contacts, fte, on_duty, share, seconds) = (
        f.thousands(contacts_per_year),
        f.number(l.fte),
        f.count(l.on_duty),
        f.percent(cfg.target_share),
        f.number(cfg.answer_seconds),
    );
    let demand = match lang {
        Lang::En => format!(
            "with {contacts} contacts a year this community needs {fte} FTE ({on_duty} on duty \
             around the clock) to answer {share} of contacts within {seconds} seconds"
        ),
        Lang::Es => format!(
            "con {contacts} contactos al año, esta comunidad necesita {fte} FTE ({on_duty} de \
             turno las 24 horas) para atender el {share} de los contactos en {seconds} segundos \
             o menos"
        ),
    };
    row.sentence = delay_sentence(
        &row,
        &delay,
        &demand,
        lang.pick("staff", "el personal actual"),
        lang.pick(
            "of contacts would be answered in time",
            "de los contactos se atendería a tiempo",
        ),
        lang,
    );
    Some(row)
}

/// A capacity with its unit: `55 beds`, `12.5 FTE` (`55 camas`, `12.5 FTE`).
pub(crate) fn amount(x: f64, unit: Unit, lang: Lang) -> String {
    let f = Format::new(lang);
    let n = if unit == Unit::Fte {
        f.number(x)
    } else {
        f.thousands(x)
    };
    format!("{n} {}", unit.word_in(x, lang))
}

/// People a year, rounded as people say it: two significant digits from 100 up (`2,300`),
/// whole numbers below.
pub fn about(x: f64) -> String {
    about_in(x, Lang::En)
}

/// [`about`] with a language's numbers: `2300`, `16.000`.
pub fn about_in(x: f64, lang: Lang) -> String {
    let f = Format::new(lang);
    if !x.is_finite() {
        return f.thousands(x);
    }
    if x.abs() < 100.0 {
        return f.thousands(x.round());
    }
    let digits = x.abs().log10().floor() as i32 + 1;
    let step = 10f64.powi(digits - 2);
    f.thousands((x / step).round() * step)
}

pub(crate) fn join(parts: &[String], lang: Lang) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("and", "y")),
    }
}

/// "You have 18 crisis residential beds" / "Tiene 18 camas residenciales de crisis".
fn have(row: &GapRow, what: &str, lang: Lang) -> String {
    let f = Format::new(lang);
    if row.today == 0.0 {
        return match lang {
            Lang::En => format!("You have no {what}"),
            Lang::Es => format!("No tiene {what}"),
        };
    }
    let n = if row.unit == Unit::Fte {
        f.number(row.today)
    } else {
        f.thousands(row.today)
    };
    match lang {
        Lang::En => format!("You have {n} {what}"),
        Lang::Es => format!("Tiene {n} {what}"),
    }
}

fn loss_sentence(
    row: &GapRow,
    what: &str,
    l: &LossGap,
    youth: bool,
    in_plan: bool,
    lang: Lang,
) -> String {
    let f = Format::new(lang);
    let have = have(row, what, lang);
    let people = |n: f64| match lang {
        _ if n < 0.5 => lang.pick("almost nobody", "casi nadie").to_string(),
        Lang::En => format!("about {} people a year", about_in(n, lang)),
        Lang::Es => match about_in(n, lang).as_str() {
            "1" => "alrededor de una persona al año".to_string(),
            n => format!("unas {n} personas al año"),
        },
    };
    if row.need == 0.0 && row.load <= 0.0 {
        let no_program = !in_plan && row.service == Service::Residential;
        let capacity = amount(row.today, row.unit, lang);
        return match lang {
            Lang::En => format!(
                "{have}; {}, so all {capacity} are more than the plan needs.",
                if no_program {
                    "the plan has no program of this type"
                } else {
                    "the plan sends nobody there"
                }
            ),
            Lang::Es => format!(
                "{have}; {}, así que toda esa capacidad ({capacity}) excede lo que el plan \
                 necesita.",
                if no_program {
                    "el plan no tiene ningún programa de este tipo"
                } else {
                    "el plan no envía a nadie allí"
                }
            ),
        };
    }
    let (share, arrivals) = (
        f.percent(row.share_of_episodes),
        f.thousands(row.arrivals_per_year),
    );
    let demand = match (row.service, lang) {
        (Service::Residential, Lang::En) => format!(
            "with {share} of {}crisis episodes going there ({arrivals} admissions a year)",
            if youth { "youth " } else { "" }
        ),
        (Service::Residential, Lang::Es) => format!(
            "con el {share} de los episodios de crisis{} dirigidos allí ({arrivals} ingresos al \
             año)",
            if youth { " de jóvenes" } else { "" }
        ),
        (Service::Receiving, Lang::En) => format!("with {arrivals} visits a year"),
        (Service::Receiving, Lang::Es) => format!("con {arrivals} visitas al año"),
        (_, Lang::En) => format!("with the planned continuum ({arrivals} admissions a year)"),
        (_, Lang::Es) => format!("con el continuo planificado ({arrivals} ingresos al año)"),
    };
    let need = f.thousands(row.need);
    let needs = match lang {
        Lang::En => format!("{demand} this community needs {need}"),
        Lang::Es => format!("{demand}, esta comunidad necesita {need}"),
    };
    let full = f.percent(l.days_full_today);
    let away = people(l.turned_away_per_year_today);
    if row.today == 0.0 {
        let all = people(row.arrivals_per_year);
        return match lang {
            Lang::En => format!("{have}; {needs}: with none, all of {all} would be turned away."),
            Lang::Es => {
                format!("{have}; {needs}: sin capacidad alguna, se rechazaría a todas: {all}.")
            }
        };
    }
    if row.shortfall > 0.0 {
        let today = match lang {
            Lang::En => format!(
                "today's {} {} would be full {full} of the time and turn away {away}",
                f.thousands(row.today),
                row.unit.word(row.today)
            ),
            // the words agree with the unit: la única cama llena, los sillones llenos
            Lang::Es => {
                let fem = row.unit.feminine();
                let unit = row.unit.word_in(row.today, lang);
                if row.today == 1.0 {
                    let (art, only, full_word) = if fem {
                        ("la", "única", "llena")
                    } else {
                        ("el", "único", "lleno")
                    };
                    format!(
                        "{art} {only} {unit} actual estaría {full_word} el {full} del tiempo y \
                         rechazaría a {away}"
                    )
                } else {
                    let (art, full_word) = if fem {
                        ("las", "llenas")
                    } else {
                        ("los", "llenos")
                    };
                    format!(
                        "{art} {} {unit} actuales estarían {full_word} el {full} del tiempo y \
                         rechazarían a {away}",
                        f.thousands(row.today)
                    )
                }
            }
        };
        return format!("{have}; {needs}: {today}.");
    }
    if row.surplus > 0.0 {
        let more = amount(row.surplus, row.unit, lang);
        let used = f.percent(l.utilization_today);
        return match lang {
            Lang::En => format!(
                "{have}; {needs}: {more} more than needed (full {full} of the time, {used} in use \
                 on an average day)."
            ),
            Lang::Es => format!(
                "{have}; {needs}: {more} más de lo necesario (capacidad llena el {full} del \
                 tiempo, {used} en uso en un día promedio)."
            ),
        };
    }
    match lang {
        Lang::En => format!(
            "{have}; {needs}: today's capacity meets the need (full {full} of the time, turning \
             away {away})."
        ),
        Lang::Es => format!(
            "{have}; {needs}: la capacidad actual cubre la necesidad (llena el {full} del \
             tiempo, rechazando a {away})."
        ),
    }
}

fn delay_sentence(
    row: &GapRow,
    d: &DelayGap,
    demand: &str,
    staff: &str,
    served: &str,
    lang: Lang,
) -> String {
    let f = Format::new(lang);
    let what = row.entry().map_or_else(String::new, |e| e.what_in(lang));
    let have = have(row, &what, lang);
    let on_duty = if row.service == Service::CrisisLine && row.today > 0.0 {
        let n = f.count(d.on_duty_today);
        match lang {
            Lang::En => format!(" (about {n} on duty around the clock)"),
            Lang::Es => format!(" (alrededor de {n} de turno las 24 horas)"),
        }
    } else {
        String::new()
    };
    if row.need == 0.0 && row.load <= 0.0 {
        let none = lang.pick(
            "the plan has no demand for them",
            "el plan no tiene demanda para ellos",
        );
        return format!("{have}{on_duty}; {none}.");
    }
    let share = f.percent(d.share_in_time_today);
    let tail = if row.today == 0.0 {
        lang.pick(
            "with none, nobody would be served in time.",
            "sin capacidad alguna, nadie sería atendido a tiempo.",
        )
        .to_string()
    } else if !d.keeps_up_today {
        lang.pick(
            "today's capacity could not keep up: requests would queue without end.",
            "la capacidad actual no daría abasto: las solicitudes se acumularían sin fin.",
        )
        .to_string()
    } else if row.shortfall > 0.0 {
        match lang {
            Lang::En => format!("with today's {staff}, only {share} {served}."),
            Lang::Es => format!("con {staff}, solo el {share} {served}."),
        }
    } else if row.surplus > 0.0 {
        let more = amount(row.surplus, row.unit, lang);
        match lang {
            Lang::En => format!("{more} more than needed ({share} {served})."),
            Lang::Es => format!("{more} más de lo necesario (el {share} {served})."),
        }
    } else {
        match lang {
            Lang::En => format!("today's capacity meets the need ({share} {served})."),
            Lang::Es => format!("la capacidad actual cubre la necesidad (el {share} {served})."),
        }
    };
    format!("{have}{on_duty}; {demand}: {tail}")
}
