//! Who pays: every service's annual cost split by payer, the totals by level of government,
//! for the continuum and for hospital-only care, the net cost and savings of the county and the
//! state, and the cost-based rate of each service's unit with the payers' shortfall.
//!
//! A pure function of the results ([`funding`]); nothing here runs on a keystroke unless the
//! page shows the section.
//!
//! **How a service's cost is split.** For each stream (adults, youth) a service's cost a year is
//! shared among the people served by their coverage (`funding.adult`, `funding.youth`). Each
//! insurer pays its coverage share times its rate (`funding.rates.<service>.<payer>`, a share of
//! the cost). Medicaid does not pay for the adults aged 21-64 (`funding.adult_21_64_share`) on
//! the days they spend in a facility of more than 16 beds (the IMD exclusion), unless a waiver
//! says otherwise (`funding.imd_waiver`): a residential program's share of beds in facilities
//! of more than 16 beds (its beds spread evenly over its facilities at its per-facility limit),
//! or, for inpatient care, `funding.inpatient_imd_share`. Medicaid's payment is split into the
//! federal share (the FMAP; for youth, CHIP's share for the CHIP part; 85% for mobile teams
//! while `funding.enhanced_mobile` is on; the administrative match for the crisis line) and the
//! state's share. What no insurer pays (the uninsured, rates below cost, the IMD exclusion) is
//! paid first by the dedicated funds assigned to the service (988 fees, then federal grants,
//! then the local levy, each up to its amount a year, shared among the service's rows in
//! proportion to what they lack), then by the public general funds: the state's part
//! (`funding.state_share_of_public`) and the county's rest. So every service's payers add up
//! to its cost, and all services to the total.
//!
//! **Levels.** Federal: Medicaid's federal share, Medicare, federal grants. State: Medicaid's
//! state share, 988 fees, the state general fund. Local: the levy, the county general fund.
//! Private: commercial insurance.

use serde::Serialize;

use crate::eval::results::{Explanation, Money, Results, StreamResults};
use crate::scenario::funding::{Coverage, FundedService, Funding, ENHANCED_MOBILE_FMAP};
use crate::scenario::ProgramKind;
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The most beds a facility may have and not be an institution for mental disease.
pub const IMD_BEDS: u64 = 16;

/// One line of money: who pays, at the finest split the model makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    MedicaidFederal,
    MedicaidState,
    Medicare,
    Commercial,
    Fees988,
    FederalGrants,
    Levy,
    StateGeneralFund,
    CountyGeneralFund,
}

impl Line {
    pub const ALL: [Line; 9] = [
        Line::MedicaidFederal,
        Line::MedicaidState,
        Line::Medicare,
        Line::Commercial,
        Line::Fees988,
        Line::FederalGrants,
        Line::Levy,
        Line::StateGeneralFund,
        Line::CountyGeneralFund,
    ];

    /// The level of government (or private) the line belongs to.
    pub fn level(self) -> Level {
        match self {
            Line::MedicaidFederal | Line::Medicare | Line::FederalGrants => Level::Federal,
            Line::MedicaidState | Line::Fees988 | Line::StateGeneralFund => Level::State,
            Line::Levy | Line::CountyGeneralFund => Level::Local,
            Line::Commercial => Level::Private,
        }
    }

    /// The payer the line belongs to.
    pub fn payer(self) -> Payer {
        match self {
            Line::MedicaidFederal | Line::MedicaidState => Payer::Medicaid,
            Line::Medicare => Payer::Medicare,
            Line::Commercial => Payer::Commercial,
            Line::Fees988 => Payer::Fees988,
            Line::FederalGrants => Payer::FederalGrants,
            Line::Levy => Payer::Levy,
            Line::StateGeneralFund => Payer::StateGeneralFund,
            Line::CountyGeneralFund => Payer::CountyGeneralFund,
        }
    }
}

/// Who pays, as the results list it (`funding.by_payer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    /// Medicaid, and CHIP for youth: federal and state shares together.
    Medicaid,
    Medicare,
    Commercial,
    Fees988,
    FederalGrants,
    Levy,
    StateGeneralFund,
    CountyGeneralFund,
}

impl Payer {
    pub const ALL: [Payer; 8] = [
        Payer::Medicaid,
        Payer::Medicare,
        Payer::Commercial,
        Payer::Fees988,
        Payer::FederalGrants,
        Payer::Levy,
        Payer::StateGeneralFund,
        Payer::CountyGeneralFund,
    ];

    /// The id in the command line's JSON (`medicaid`, `fees_988`, `county_general_fund`).
    pub fn id(self) -> &'static str {
        match self {
            Payer::Medicaid => "medicaid",
            Payer::Medicare => "medicare",
            Payer::Commercial => "commercial",
            Payer::Fees988 => "fees_988",
            Payer::FederalGrants => "federal_grants",
            Payer::Levy => "local_levy",
            Payer::StateGeneralFund => "state_general_fund",
            Payer::CountyGeneralFund => "county_general_fund",
        }
    }

    pub fn label_in(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            Payer::Medicaid => ("Medicaid and CHIP", "Medicaid y CHIP"),
            Payer::Medicare => ("Medicare", "Medicare"),
            Payer::Commercial => ("Commercial insurance", "Seguro comercial"),
            Payer::Fees988 => ("988 fees", "Cargos del 988"),
            Payer::FederalGrants => ("Federal grants", "Subvenciones federales"),
            Payer::Levy => ("Local levy", "Impuesto local"),
            Payer::StateGeneralFund => ("State general fund", "Fondo general del estado"),
            Payer::CountyGeneralFund => ("County general fund", "Fondo general del condado"),
        };
        lang.pick(en, es)
    }
}

/// A level of government, or private money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Federal,
    State,
    Local,
    Private,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Federal, Level::State, Level::Local, Level::Private];

    /// `federal`, `state`, `local`, `private`.
    pub fn id(self) -> &'static str {
        match self {
            Level::Federal => "federal",
            Level::State => "state",
            Level::Local => "local",
            Level::Private => "private",
        }
    }

    pub fn label_in(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            Level::Federal => ("Federal", "Federal"),
            Level::State => ("State", "Estatal"),
            Level::Local => ("County and local", "Condado y local"),
            Level::Private => ("Private", "Privado"),
        };
        lang.pick(en, es)
    }
}

/// Money a year by line ([`Line::ALL`]'s order).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Lines(pub [Money; 9]);

impl Lines {
    /// One line.
    pub fn line(&self, l: Line) -> Money {
        self.0[l as usize]
    }

    fn add(&mut self, l: Line, m: Money) {
        self.0[l as usize] = self.0[l as usize].plus(m);
    }

    fn plus(mut self, o: &Lines) -> Lines {
        for l in Line::ALL {
            self.add(l, o.line(l));
        }
        self
    }

    /// Every line together (the cost).
    pub fn total(&self) -> Money {
        self.0.iter().fold(Money::ZERO, |a, m| a.plus(*m))
    }

    /// What one payer pays.
    pub fn payer(&self, p: Payer) -> Money {
        self.sum(|l| l.payer() == p)
    }

    /// What one level pays.
    pub fn level(&self, v: Level) -> Money {
        self.sum(|l| l.level() == v)
    }

    fn sum(&self, which: impl Fn(Line) -> bool) -> Money {
        Line::ALL
            .into_iter()
            .filter(|l| which(*l))
            .fold(Money::ZERO, |a, l| a.plus(self.line(l)))
    }
}

/// The unit a service's rate is paid in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A crisis line contact.
    Contact,
    /// A mobile team dispatch.
    Dispatch,
    /// A 23-hour observation episode at the receiving facility.
    Episode,
    /// An occupied bed-day.
    BedDay,
}

impl Unit {
    /// `per contact`, `por contacto`.
    pub fn per_in(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            Unit::Contact => ("per contact", "por contacto"),
            Unit::Dispatch => ("per dispatch", "por despacho"),
            Unit::Episode => (
                "per 23-hour episode",
                "por episodio de observación de 23 horas",
            ),
            Unit::BedDay => ("per occupied bed-day", "por día-cama ocupado"),
        };
        lang.pick(en, es)
    }
}

/// One insurer's rate for a service against the cost-based rate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RateCheck {
    pub payer: Payer,
    /// The payer's rate as a share of the cost (1 = cost-based; 0 = not covered).
    pub rate: f64,
    /// What the payer pays a unit (rate × the cost-based rate).
    pub paid_per_unit: Money,
    /// What it lacks a unit ((1 − rate) × the cost-based rate).
    pub shortfall_per_unit: Money,
    /// What it lacks a year for the people it covers.
    pub annual_shortfall: Money,
}

/// One service's cost a year by payer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceFunding {
    /// `crisis_line`, `mobile`, `adult.receiving`, `adult.programs[0]`, `youth.inpatient`,
    /// `adult.hospital_only`.
    pub key: String,
    pub service: FundedService,
    /// The residential program's type and name (for a program's row).
    #[serde(skip)]
    pub program: Option<(ProgramKind, String)>,
    /// The cost a year (the results' figure).
    pub cost: Money,
    /// Who pays it.
    pub lines: Lines,
    /// Share of the Medicaid-covered cost Medicaid does not pay because of the IMD exclusion.
    pub imd_excluded: f64,
    pub unit: Unit,
    pub units_per_year: f64,
    /// The cost-based rate: the cost a unit.
    pub cost_per_unit: Money,
    /// Medicaid's, Medicare's and commercial insurance's rates against it.
    pub rates: Vec<RateCheck>,
}

impl ServiceFunding {
    /// The row's name: the service, a program's name, and the stream.
    pub fn name_in(&self, lang: Lang) -> String {
        let base = match &self.program {
            Some((_, name)) if !name.trim().is_empty() => name.clone(),
            Some((kind, _)) => kind.label_in(lang).to_string(),
            None => self.service.label_in(lang).to_string(),
        };
        if self.key.starts_with("youth.") {
            format!("{base} ({})", lang.pick("youth", "jóvenes"))
        } else if self.key.starts_with("adult.") {
            format!("{base} ({})", lang.pick("adults", "adultos"))
        } else {
            base
        }
    }
}

/// Who pays for the continuum and for hospital-only care.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingResults {
    /// Every service of the continuum, by payer.
    pub services: Vec<ServiceFunding>,
    /// The hospital-only counterfactual, one row a stream.
    pub hospital_only_services: Vec<ServiceFunding>,
    /// The continuum's lines (they add up to `totals.annual_cost`).
    pub continuum: Lines,
    /// The hospital-only lines (they add up to `totals.hospital_only_cost`).
    pub hospital_only: Lines,
    /// Dedicated funds the continuum leaves unspent (their service lacks less than the fund).
    pub unused_funds: Money,
    /// The inputs, for the explanations.
    #[serde(skip)]
    inputs: Funding,
    #[serde(skip)]
    total_savings: Money,
}

/// The share of a program's beds in facilities of more than 16 beds, when its beds are spread
/// as evenly as they can be over its facilities.
pub fn imd_bed_share(beds: u64, facilities: u64) -> f64 {
    if beds == 0 || facilities == 0 {
        return 0.0;
    }
    let (q, rem) = (beds / facilities, beds % facilities);
    let mut large = 0;
    if q + 1 > IMD_BEDS {
        large += rem * (q + 1);
    }
    if q > IMD_BEDS {
        large += (facilities - rem) * q;
    }
    large as f64 / beds as f64
}

/// One stream's part of a row.
struct Part<'a> {
    cost: Money,
    coverage: &'a Coverage,
    /// Medicaid's federal share for this part.
    federal: f64,
    /// Share of the Medicaid-covered cost excluded (IMD).
    imd: f64,
}

/// A row before the funds: the insurers' lines and what they leave.
struct Draft {
    key: String,
    service: FundedService,
    program: Option<(ProgramKind, String)>,
    cost: Money,
    lines: Lines,
    gap: Money,
    imd: f64,
    unit: Unit,
    units: f64,
    rates: Vec<RateCheck>,
}

fn draft(
    key: String,
    service: FundedService,
    program: Option<(ProgramKind, String)>,
    parts: &[Part],
    rates: crate::scenario::funding::PayerRates,
    unit: Unit,
    units: f64,
) -> Draft {
    let mut lines = Lines::default();
    let mut cost = Money::ZERO;
    let mut shortfall = [Money::ZERO; 3];
    let mut imd_cost = 0.0;
    let mut medicaid_cost = 0.0;
    for p in parts {
        let c = p.cost;
        cost = cost.plus(c);
        let medicaid = p.coverage.medicaid * rates.medicaid * (1.0 - p.imd);
        lines.add(Line::MedicaidFederal, c.scale(medicaid * p.federal));
        lines.add(Line::MedicaidState, c.scale(medicaid * (1.0 - p.federal)));
        lines.add(
            Line::Medicare,
            c.scale(p.coverage.medicare * rates.medicare),
        );
        lines.add(
            Line::Commercial,
            c.scale(p.coverage.commercial * rates.commercial),
        );
        let covered = [
            p.coverage.medicaid,
            p.coverage.medicare,
            p.coverage.commercial,
        ];
        let paid = [rates.medicaid, rates.medicare, rates.commercial];
        for k in 0..3 {
            shortfall[k] = shortfall[k].plus(c.scale(covered[k] * (1.0 - paid[k])));
        }
        imd_cost += c.mid * p.coverage.medicaid * p.imd;
        medicaid_cost += c.mid * p.coverage.medicaid;
    }
    let gap = cost.minus(lines.total());
    let per_unit = cost.per(units);
    let checks = [
        (Payer::Medicaid, rates.medicaid),
        (Payer::Medicare, rates.medicare),
        (Payer::Commercial, rates.commercial),
    ]
    .into_iter()
    .enumerate()
    .map(|(k, (payer, rate))| RateCheck {
        payer,
        rate,
        paid_per_unit: per_unit.scale(rate),
        shortfall_per_unit: per_unit.scale(1.0 - rate),
        annual_shortfall: shortfall[k],
    })
    .collect();
    Draft {
        key,
        service,
        program,
        cost,
        lines,
        gap,
        imd: if medicaid_cost > 0.0 {
            imd_cost / medicaid_cost
        } else {
            0.0
        },
        unit,
        units,
        rates: checks,
    }
}

/// Figure by figure minimum.
fn min(a: Money, b: Money) -> Money {
    Money {
        low: a.low.min(b.low),
        mid: a.mid.min(b.mid),
        high: a.high.min(b.high),
    }
}

/// Figure by figure `a × n / d` (zero where `d` is not above zero).
fn part_of(a: Money, n: Money, d: Money) -> Money {
    let each = |a: f64, n: f64, d: f64| if d > 0.0 { a * (n / d) } else { 0.0 };
    Money {
        low: each(a.low, n.low, d.low),
        mid: each(a.mid, n.mid, d.mid),
        high: each(a.high, n.high, d.high),
    }
}

/// Pay what the rows lack from the funds, then the general funds; returns the funds left.
fn settle(drafts: Vec<Draft>, f: &Funding) -> (Vec<ServiceFunding>, Money) {
    let funds = [
        (Line::Fees988, f.fees_988),
        (Line::FederalGrants, f.federal_grants),
        (Line::Levy, f.levy),
    ];
    let mut left = [Money::ZERO; 3];
    for (k, (_, fund)) in funds.iter().enumerate() {
        left[k] = Money {
            low: fund.amount,
            mid: fund.amount,
            high: fund.amount,
        };
    }
    let mut rows: Vec<ServiceFunding> = Vec::with_capacity(drafts.len());
    let mut paid_by_row: Vec<[Money; 3]> = vec![[Money::ZERO; 3]; drafts.len()];
    for service in FundedService::ALL {
        let gap = drafts
            .iter()
            .filter(|d| d.service == service)
            .fold(Money::ZERO, |a, d| a.plus(d.gap));
        let mut remaining = gap;
        for (k, (_, fund)) in funds.iter().enumerate() {
            if fund.service != service {
                continue;
            }
            let pay = min(remaining, left[k]);
            remaining = remaining.minus(pay);
            left[k] = left[k].minus(pay);
            for (i, d) in drafts.iter().enumerate() {
                if d.service == service {
                    paid_by_row[i][k] = part_of(pay, d.gap, gap);
                }
            }
        }
    }
    for (d, paid) in drafts.into_iter().zip(paid_by_row) {
        let mut lines = d.lines;
        let mut rest = d.gap;
        for (k, (line, _)) in funds.iter().enumerate() {
            lines.add(*line, paid[k]);
            rest = rest.minus(paid[k]);
        }
        let state = rest.scale(f.state_share_of_public);
        lines.add(Line::StateGeneralFund, state);
        lines.add(Line::CountyGeneralFund, rest.minus(state));
        rows.push(ServiceFunding {
            key: d.key,
            service: d.service,
            program: d.program,
            cost: d.cost,
            lines,
            imd_excluded: d.imd,
            unit: d.unit,
            units_per_year: d.units,
            cost_per_unit: d.cost.per(d.units),
            rates: d.rates,
        });
    }
    let unused = left.iter().fold(Money::ZERO, |a, m| a.plus(*m));
    (rows, unused)
}

/// One residential program's part of who pays.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramBasis {
    pub kind: ProgramKind,
    pub name: String,
    /// Its cost a year.
    pub cost: Money,
    /// The share of its beds in facilities of more than 16 beds ([`imd_bed_share`]).
    pub large_beds: f64,
    /// Occupied bed-days a year.
    pub bed_days: f64,
}

/// One stream's costs a year as who pays splits them, each with its units a year.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamBasis {
    pub youth: bool,
    /// The stream's part of the crisis line's cost.
    pub crisis_line: Money,
    /// The stream's part of the mobile teams' cost.
    pub mobile: Money,
    pub receiving: (Money, f64),
    pub programs: Vec<ProgramBasis>,
    pub inpatient: (Money, f64),
    pub hospital_only: (Money, f64),
}

/// What who pays splits: each stream's costs, and the crisis line's contacts and the mobile
/// teams' dispatches a year. Built from the results ([`Basis::of`]) or, for each of the Monte
/// Carlo's draws, from its light evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Basis {
    /// Crisis line contacts a year, when the line is part of the plan.
    pub line_contacts: Option<f64>,
    pub dispatches: f64,
    pub streams: Vec<StreamBasis>,
}

impl Basis {
    /// The basis of full results.
    pub fn of(r: &Results) -> Basis {
        let streams = [(false, Some(&r.adult)), (true, r.youth.as_ref())]
            .into_iter()
            .filter_map(|(youth, st)| st.map(|st| stream_basis(youth, st)))
            .collect();
        Basis {
            line_contacts: r
                .crisis_line
                .enabled
                .then_some(r.crisis_line.contacts_per_month * 12.0),
            dispatches: r.mobile.dispatches_per_month * 12.0,
            streams,
        }
    }
}

fn stream_basis(youth: bool, st: &StreamResults) -> StreamBasis {
    StreamBasis {
        youth,
        crisis_line: st.cost.crisis_line,
        mobile: st.cost.mobile,
        receiving: (st.receiving.cost, st.receiving.admissions_per_month * 12.0),
        programs: st
            .programs
            .iter()
            .map(|p| ProgramBasis {
                kind: p.kind,
                name: p.name.clone(),
                cost: p.facility.cost,
                large_beds: imd_bed_share(p.facility.beds, p.facility.facilities),
                bed_days: p.facility.bed_days_per_year,
            })
            .collect(),
        inpatient: (st.inpatient.cost, st.inpatient.bed_days_per_year),
        hospital_only: (st.hospital_only.cost, st.hospital_only.load * 365.0),
    }
}

/// The rows of the continuum and of hospital-only care before the funds.
fn drafts(b: &Basis, f: &Funding) -> (Vec<Draft>, Vec<Draft>) {
    let stream_name = |youth: bool| if youth { "youth" } else { "adult" };
    let coverage = |youth: bool| if youth { &f.youth } else { &f.adult };
    let fmap = |youth: bool| {
        if youth {
            f.youth_chip_share * f.chip_fmap + (1.0 - f.youth_chip_share) * f.fmap
        } else {
            f.fmap
        }
    };
    let imd = |youth: bool, share_of_days: f64| {
        if !youth && !f.imd_waiver {
            share_of_days * f.adult_21_64_share
        } else {
            0.0
        }
    };
    let mut drafts = Vec::new();
    if let Some(contacts) = b.line_contacts {
        let parts: Vec<Part> = b
            .streams
            .iter()
            .map(|st| Part {
                cost: st.crisis_line,
                coverage: coverage(st.youth),
                federal: f.admin_match,
                imd: 0.0,
            })
            .collect();
        drafts.push(draft(
            "crisis_line".into(),
            FundedService::CrisisLine,
            None,
            &parts,
            f.rates.crisis_line,
            Unit::Contact,
            contacts,
        ));
    }
    let parts: Vec<Part> = b
        .streams
        .iter()
        .map(|st| Part {
            cost: st.mobile,
            coverage: coverage(st.youth),
            federal: if f.enhanced_mobile {
                ENHANCED_MOBILE_FMAP
            } else {
                fmap(st.youth)
            },
            imd: 0.0,
        })
        .collect();
    drafts.push(draft(
        "mobile".into(),
        FundedService::Mobile,
        None,
        &parts,
        f.rates.mobile,
        Unit::Dispatch,
        b.dispatches,
    ));
    let mut hospital = Vec::new();
    for st in &b.streams {
        let n = stream_name(st.youth);
        let part = |cost: Money, imd: f64| {
            [Part {
                cost,
                coverage: coverage(st.youth),
                federal: fmap(st.youth),
                imd,
            }]
        };
        drafts.push(draft(
            format!("{n}.receiving"),
            FundedService::Receiving,
            None,
            &part(st.receiving.0, 0.0),
            f.rates.receiving,
            Unit::Episode,
            st.receiving.1,
        ));
        for (i, p) in st.programs.iter().enumerate() {
            drafts.push(draft(
                format!("{n}.programs[{i}]"),
                FundedService::Residential,
                Some((p.kind, p.name.clone())),
                &part(p.cost, imd(st.youth, p.large_beds)),
                f.rates.residential.of(p.kind),
                Unit::BedDay,
                p.bed_days,
            ));
        }
        let inpatient_imd = imd(st.youth, f.inpatient_imd_share);
        drafts.push(draft(
            format!("{n}.inpatient"),
            FundedService::Inpatient,
            None,
            &part(st.inpatient.0, inpatient_imd),
            f.rates.inpatient,
            Unit::BedDay,
            st.inpatient.1,
        ));
        hospital.push(draft(
            format!("{n}.hospital_only"),
            FundedService::Inpatient,
            None,
            &part(st.hospital_only.0, inpatient_imd),
            f.rates.inpatient,
            Unit::BedDay,
            st.hospital_only.1,
        ));
    }
    (drafts, hospital)
}

fn total(rows: &[ServiceFunding]) -> Lines {
    rows.iter().fold(Lines::default(), |a, s| a.plus(&s.lines))
}

/// Who pays for the results' continuum and its hospital-only counterfactual.
pub fn funding(r: &Results) -> FundingResults {
    let f = &r.scenario().funding;
    let (continuum, hospital) = drafts(&Basis::of(r), f);
    let (services, unused_funds) = settle(continuum, f);
    let (hospital_only_services, _) = settle(hospital, f);
    FundingResults {
        continuum: total(&services),
        hospital_only: total(&hospital_only_services),
        services,
        hospital_only_services,
        unused_funds,
        inputs: f.clone(),
        total_savings: r.totals.savings,
    }
}

/// What the county and the state themselves pay a year for the continuum (the local and the
/// state level, default figures) for a basis and funding inputs: the figures of
/// [`FundingResults::county_net`] and [`FundingResults::state_net`], without the rest.
pub fn county_and_state(b: &Basis, f: &Funding) -> (f64, f64) {
    let (continuum, _) = drafts(b, f);
    let (rows, _) = settle(continuum, f);
    let lines = total(&rows);
    (lines.level(Level::Local).mid, lines.level(Level::State).mid)
}

impl FundingResults {
    /// Each payer's part of the continuum's cost, in [`Payer::ALL`]'s order.
    pub fn by_payer(&self) -> Vec<(Payer, Money)> {
        Payer::ALL
            .into_iter()
            .map(|p| (p, self.continuum.payer(p)))
            .collect()
    }

    /// The continuum's cost by level, in [`Level::ALL`]'s order.
    pub fn by_level(&self) -> Vec<(Level, Money)> {
        Level::ALL
            .into_iter()
            .map(|v| (v, self.continuum.level(v)))
            .collect()
    }

    /// Hospital-only care's cost by level.
    pub fn hospital_only_by_level(&self) -> Vec<(Level, Money)> {
        Level::ALL
            .into_iter()
            .map(|v| (v, self.hospital_only.level(v)))
            .collect()
    }

    /// What the county pays a year for the continuum (the local level).
    pub fn county_net(&self) -> Money {
        self.continuum.level(Level::Local)
    }

    /// What the state pays a year for the continuum.
    pub fn state_net(&self) -> Money {
        self.continuum.level(Level::State)
    }

    /// What the county saves against hospital-only care (negative: it pays more).
    pub fn county_savings(&self) -> Money {
        self.hospital_only
            .level(Level::Local)
            .minus(self.county_net())
    }

    /// What the state saves against hospital-only care.
    pub fn state_savings(&self) -> Money {
        self.hospital_only
            .level(Level::State)
            .minus(self.state_net())
    }

    /// A sentence for each of the county and the state whose savings differ in sign from the
    /// total savings (at the default figures).
    pub fn sign_notes_in(&self, lang: Lang) -> Vec<String> {
        let f = Format::new(lang);
        let total = self.total_savings.mid;
        let mut out = Vec::new();
        for (county, own) in [
            (true, self.county_savings().mid),
            (false, self.state_savings().mid),
        ] {
            let differs = (total > 0.5 && own < -0.5) || (total < -0.5 && own > 0.5);
            if !differs {
                continue;
            }
            let (t, o) = (f.currency(total.abs()), f.currency(own.abs()));
            let who = match (lang, county) {
                (Lang::En, true) => "the county",
                (Lang::En, false) => "the state",
                (Lang::Es, true) => "el condado",
                (Lang::Es, false) => "el estado",
            };
            out.push(match (lang, total > 0.0) {
                (Lang::En, true) => format!(
                    "The continuum saves {t} a year in all, but {who} pays {o} a year more than \
                     for hospital-only care: the savings go to other payers."
                ),
                (Lang::En, false) => format!(
                    "The continuum costs {t} a year more in all, but {who} saves {o} a year \
                     against hospital-only care: other payers carry the difference."
                ),
                (Lang::Es, true) => format!(
                    "El continuo ahorra {t} al año en total, pero {who} paga {o} al año más que \
                     con solo atención hospitalaria: el ahorro va a otros pagadores."
                ),
                (Lang::Es, false) => format!(
                    "El continuo cuesta {t} más al año en total, pero {who} ahorra {o} al año \
                     frente a solo atención hospitalaria: otros pagadores cubren la diferencia."
                ),
            });
        }
        out
    }

    /// Every key [`FundingResults::explain_in`] answers.
    pub fn explanation_keys(&self) -> Vec<String> {
        let mut out: Vec<String> = Payer::ALL
            .iter()
            .map(|p| format!("funding.payer.{}", p.id()))
            .collect();
        for v in Level::ALL {
            out.push(format!("funding.level.{}", v.id()));
            out.push(format!("funding.hospital_only.level.{}", v.id()));
        }
        for k in ["county.net", "county.savings", "state.net", "state.savings"] {
            out.push(format!("funding.{k}"));
        }
        for s in &self.services {
            out.push(format!("funding.{}.rate", s.key));
        }
        out
    }

    /// "How is this calculated?" for a funding figure (see
    /// [`FundingResults::explanation_keys`]); `None` for an unknown key.
    pub fn explain_in(&self, key: &str, lang: Lang) -> Option<Explanation> {
        let f = Format::new(lang);
        let t = |en: &str, es: &str| lang.pick(en, es).to_string();
        let money = |m: Money| {
            format!(
                "{} ({} {}, {} {})",
                f.currency(m.mid),
                t("low", "bajo"),
                f.currency(m.low),
                t("high", "alto"),
                f.currency(m.high)
            )
        };
        let i = &self.inputs;
        let pct = |x: f64| f.percent(x);
        let key = key.strip_prefix("funding.")?;
        let common = || {
            vec![
                (
                    t(
                        "Medicaid's federal share (FMAP)",
                        "Participación federal de Medicaid (FMAP)",
                    ),
                    pct(i.fmap),
                ),
                (
                    t(
                        "Adults: Medicaid, Medicare, commercial, uninsured",
                        "Adultos: Medicaid, Medicare, seguro comercial, sin seguro",
                    ),
                    format!(
                        "{}, {}, {}, {}",
                        pct(i.adult.medicaid),
                        pct(i.adult.medicare),
                        pct(i.adult.commercial),
                        pct(i.adult.uninsured)
                    ),
                ),
                (
                    t(
                        "State's part of public general funds",
                        "Parte del estado en los fondos generales públicos",
                    ),
                    pct(i.state_share_of_public),
                ),
            ]
        };
        if let Some(id) = key.strip_prefix("payer.") {
            let p = Payer::ALL.into_iter().find(|p| p.id() == id)?;
            let m = self.continuum.payer(p);
            let formula = match p {
                Payer::Medicaid | Payer::Medicare | Payer::Commercial => t(
                    "For each service and stream: the cost a year × the share of episodes the payer covers × its rate as a share of the cost (Medicaid: less the adults 21-64 in facilities of more than 16 beds, unless a waiver applies); summed over the services.",
                    "Para cada servicio y cada población: el costo al año × la proporción de episodios que cubre el pagador × su tarifa como proporción del costo (Medicaid: menos los adultos de 21 a 64 años en centros de más de 16 camas, salvo que se aplique una exención); sumado sobre los servicios.",
                ),
                Payer::Fees988 | Payer::FederalGrants | Payer::Levy => t(
                    "The fund pays what the insurers leave unpaid of the service it is assigned to, up to its amount a year.",
                    "El fondo paga lo que las aseguradoras dejan sin pagar del servicio al que está asignado, hasta su monto anual.",
                ),
                Payer::StateGeneralFund | Payer::CountyGeneralFund => t(
                    "What neither the insurers nor the dedicated funds pay (the uninsured, rates below cost, the IMD exclusion), split between the state and the county.",
                    "Lo que no pagan ni las aseguradoras ni los fondos dedicados (las personas sin seguro, las tarifas por debajo del costo, la exclusión IMD), repartido entre el estado y el condado.",
                ),
            };
            return Some(Explanation {
                figure: money(m),
                formula,
                inputs: common(),
            });
        }
        let level_of = |id: &str| Level::ALL.into_iter().find(|v| v.id() == id);
        let level_formula = t(
            "Federal: Medicaid's federal share, Medicare and federal grants. State: Medicaid's state share, 988 fees and the state general fund. Local: the levy and the county general fund. Private: commercial insurance.",
            "Federal: la participación federal de Medicaid, Medicare y las subvenciones federales. Estatal: la parte estatal de Medicaid, los cargos del 988 y el fondo general del estado. Local: el impuesto local y el fondo general del condado. Privado: el seguro comercial.",
        );
        if let Some(id) = key.strip_prefix("hospital_only.level.") {
            let v = level_of(id)?;
            return Some(Explanation {
                figure: money(self.hospital_only.level(v)),
                formula: level_formula,
                inputs: common(),
            });
        }
        if let Some(id) = key.strip_prefix("level.") {
            let v = level_of(id)?;
            return Some(Explanation {
                figure: money(self.continuum.level(v)),
                formula: level_formula,
                inputs: common(),
            });
        }
        let net_or_savings = |m: Money, savings: bool, county: bool| {
            let formula = match (savings, county) {
                (false, true) => t(
                    "The county general fund and the local levy's part of the continuum's cost a year.",
                    "La parte del costo anual del continuo que pagan el fondo general del condado y el impuesto local.",
                ),
                (false, false) => t(
                    "Medicaid's state share, the 988 fees and the state general fund's part of the continuum's cost a year.",
                    "La parte del costo anual del continuo que pagan la parte estatal de Medicaid, los cargos del 988 y el fondo general del estado.",
                ),
                (true, true) => t(
                    "What the county would pay for hospital-only care minus what it pays for the continuum.",
                    "Lo que pagaría el condado con solo atención hospitalaria menos lo que paga por el continuo.",
                ),
                (true, false) => t(
                    "What the state would pay for hospital-only care minus what it pays for the continuum.",
                    "Lo que pagaría el estado con solo atención hospitalaria menos lo que paga por el continuo.",
                ),
            };
            Some(Explanation {
                figure: money(m),
                formula,
                inputs: common(),
            })
        };
        match key {
            "county.net" => return net_or_savings(self.county_net(), false, true),
            "state.net" => return net_or_savings(self.state_net(), false, false),
            "county.savings" => return net_or_savings(self.county_savings(), true, true),
            "state.savings" => return net_or_savings(self.state_savings(), true, false),
            _ => {}
        }
        let row_key = key.strip_suffix(".rate")?;
        let s = self.services.iter().find(|s| s.key == row_key)?;
        Some(Explanation {
            figure: format!("{} {}", f.currency(s.cost_per_unit.mid), s.unit.per_in(lang)),
            formula: t(
                "The cost-based rate: the service's cost a year ÷ its units a year. A payer whose rate is below 100% of the cost leaves the difference a unit (the shortfall) to the funds and the general funds.",
                "La tarifa basada en el costo: el costo anual del servicio ÷ sus unidades al año. Un pagador cuya tarifa es menor que el 100% del costo deja la diferencia por unidad (el déficit) a los fondos dedicados y a los fondos generales.",
            ),
            inputs: vec![
                (t("Cost a year", "Costo al año"), money(s.cost)),
                (
                    t("Units a year", "Unidades al año"),
                    format!("{} ({})", f.number(s.units_per_year), s.unit.per_in(lang)),
                ),
            ],
        })
    }
}

/// One CSV row: stream, service, measure, value, unit.
pub type CsvRow = (String, String, String, f64, String);

impl FundingResults {
    /// The rows of who pays for the results' CSV: each payer and level (default figures), the
    /// county's and the state's net cost and savings, and each service's cost-based rate.
    pub fn csv_rows_in(&self, lang: Lang) -> Vec<CsvRow> {
        let t = |en: &str, es: &str| lang.pick(en, es).to_string();
        let all = t("all", "todos");
        let dollars = t("dollars a year", "dólares al año");
        let mut out: Vec<CsvRow> = Vec::new();
        let who = t("who pays: continuum", "quién paga: continuo");
        for (p, m) in self.by_payer() {
            out.push((
                all.clone(),
                who.clone(),
                p.label_in(lang).to_string(),
                m.mid,
                dollars.clone(),
            ));
        }
        for (v, m) in self.by_level() {
            out.push((
                all.clone(),
                who.clone(),
                v.label_in(lang).to_string(),
                m.mid,
                dollars.clone(),
            ));
        }
        let hospital = t(
            "who pays: hospital only",
            "quién paga: solo atención hospitalaria",
        );
        for (v, m) in self.hospital_only_by_level() {
            out.push((
                all.clone(),
                hospital.clone(),
                v.label_in(lang).to_string(),
                m.mid,
                dollars.clone(),
            ));
        }
        for (label, m) in [
            (
                t("county: net cost", "condado: costo neto"),
                self.county_net(),
            ),
            (
                t("county: savings", "condado: ahorro"),
                self.county_savings(),
            ),
            (t("state: net cost", "estado: costo neto"), self.state_net()),
            (t("state: savings", "estado: ahorro"), self.state_savings()),
        ] {
            out.push((all.clone(), who.clone(), label, m.mid, dollars.clone()));
        }
        for s in &self.services {
            out.push((
                all.clone(),
                s.name_in(lang),
                t("cost-based rate", "tarifa basada en el costo"),
                s.cost_per_unit.mid,
                format!("{} {}", t("dollars", "dólares"), s.unit.per_in(lang)),
            ));
        }
        out
    }
}

impl FundingResults {
    /// Who pays in two sentences, for the one-page board summary: the continuum's cost a year by
    /// level, then the county's and the state's net cost and savings (default figures).
    pub fn summary_in(&self, lang: Lang) -> String {
        let f = Format::new(lang);
        let c = |m: Money| f.currency_compact(m.mid);
        let level = |v: Level| c(self.continuum.level(v));
        let total = c(self.continuum.total());
        let signed = |m: Money| {
            if m.mid < -0.5 {
                match lang {
                    Lang::En => format!("pays {} more", f.currency_compact(-m.mid)),
                    Lang::Es => format!("paga {} más", f.currency_compact(-m.mid)),
                }
            } else {
                match lang {
                    Lang::En => format!("saves {}", c(m)),
                    Lang::Es => format!("ahorra {}", c(m)),
                }
            }
        };
        let (fed, state, local, private) = (
            level(Level::Federal),
            level(Level::State),
            level(Level::Local),
            level(Level::Private),
        );
        let (cn, cs, sn, ss) = (
            c(self.county_net()),
            signed(self.county_savings()),
            c(self.state_net()),
            signed(self.state_savings()),
        );
        match lang {
            Lang::En => format!(
                "Of {total} a year: federal {fed}, state {state}, county and local {local}, \
                 private {private}. The county pays {cn} and {cs} against hospital-only care; \
                 the state pays {sn} and {ss}."
            ),
            Lang::Es => format!(
                "De {total} al año: federal {fed}, estatal {state}, condado y local {local}, \
                 privado {private}. El condado paga {cn} y {cs} frente a solo atención \
                 hospitalaria; el estado paga {sn} y {ss}."
            ),
        }
    }
}
