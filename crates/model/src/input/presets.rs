//! The published scenarios the page and the command line start from.
//!
//! - **Crisis Now (Arizona 2014 rates)**: the Crisis Now flow as published with the 2022 Crisis
//!   Resource Need Calculator (DOMAIN.md section 2), 200 adult episodes per 100,000 a month
//!   (seed 003), a mix of the residential program types of seed 003, youth stream on.
//! - **Roadmap worked example** (seed 003): 30% of presentations to residential crisis care, 14%
//!   to inpatient, the rest resolved in the community; one typical residential program with a
//!   5-day stay; youth stream off, so the residential beds are the seed's all-ages example.
//! - **Hospital only**: no continuum. Every episode goes to an emergency department; the share
//!   that would have reached residential or inpatient care in the Crisis Now flow (each episode
//!   counted once: 22.26% to residential + 14% straight to inpatient = 36.26%) is hospitalized,
//!   the rest is sent home. No mobile teams, no receiving facility, no residential programs, no
//!   crisis line. Its continuum cost equals its own hospital-only cost (savings zero).
//!
//! The source of every default is in [`crate::scenario::sources`].

use crate::scenario::funding::{
    Coverage, Fund, FundedService, Funding, PayerRates, ResidentialRates, ServiceRates,
};
use crate::scenario::outcomes::OutcomeRates;
use crate::scenario::ranges::{
    Spread, StayDistribution, StaySpreads, Uncertainty, DEFAULT_DRAWS, DEFAULT_SEED,
    DEFAULT_SIM_YEARS, DEFAULT_STAY_CV,
};
use crate::scenario::{
    AdultDemand, CostBasis, CrisisLine, FacilityService, Flow, Mobile, MobileCostBasis, Program,
    ProgramKind, ResponseMode, Scenario, Sizing, YouthStream, SCENARIO_VERSION,
};
use crate::text::lang::Lang;

/// The presets' ids, defined with the scenario's types (a scenario names its preset).
pub use crate::scenario::PresetId;

/// The program names the presets and new programs start with, in English and Spanish (the
/// kinds' labels are added by [`program_name_in`]).
const DEFAULT_PROGRAM_NAMES: [(&str, &str); 3] = [
    (
        "Youth crisis residential (moderate medical/nursing)",
        "Programa residencial de crisis para jóvenes (participación médica/de enfermería moderada)",
    ),
    (
        "Youth and family crisis respite",
        "Respiro de crisis para jóvenes y familias",
    ),
    (
        "Residential crisis program (all types)",
        "Programa residencial de crisis (todos los tipos)",
    ),
];

/// A program's name as shown in a language: a name the planner gave by default (a kind's
/// label, or a preset's program name) is translated; a name a person typed is shown as typed.
pub fn program_name_in(name: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return name.to_string();
    }
    if let Some(k) = ProgramKind::ALL.into_iter().find(|k| k.label() == name) {
        return k.label_in(lang).to_string();
    }
    DEFAULT_PROGRAM_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map_or_else(
            || name.to_string(),
            |(en, es)| lang.pick(*en, *es).to_string(),
        )
}

/// The population every preset starts with (the seed's worked example).
pub const DEFAULT_POPULATION: f64 = 500_000.0;

/// The Crisis Now flow (DOMAIN.md section 2).
pub fn crisis_now_flow() -> Flow {
    Flow {
        entry_to_mobile: 0.32,
        entry_to_receiving: 0.54,
        entry_to_ed: 0.14,
        entry_to_residential: 0.0,
        entry_to_inpatient: 0.0,
        mobile_to_receiving: 0.30,
        mobile_to_residential: 0.0,
        mobile_to_inpatient: 0.0,
        receiving_to_residential: 0.35,
        receiving_to_inpatient: 0.0,
        ed_to_residential: 0.0,
        ed_to_inpatient: 1.0,
        residential_to_inpatient: 0.25,
    }
}

/// The Roadmap worked example's flow (seed 003).
pub fn roadmap_flow() -> Flow {
    Flow {
        entry_to_mobile: 0.0,
        entry_to_receiving: 0.0,
        entry_to_ed: 0.0,
        entry_to_residential: 0.30,
        entry_to_inpatient: 0.14,
        ..zero_flow()
    }
}

/// The share of Crisis Now episodes that reach residential or inpatient care (each counted
/// once): (54% + 32% × 30%) × 35% + 14% = 36.26%. `Flow::hospital_share` of the Crisis Now flow
/// gives the same number (a test checks it).
pub const HOSPITAL_ONLY_ADMISSION_SHARE: f64 = 0.3626;

/// The hospital-only flow: every episode to an emergency department, 36.26% of them admitted.
pub fn hospital_only_flow() -> Flow {
    Flow {
        entry_to_ed: 1.0,
        ed_to_inpatient: HOSPITAL_ONLY_ADMISSION_SHARE,
        ..zero_flow()
    }
}

fn zero_flow() -> Flow {
    Flow {
        entry_to_mobile: 0.0,
        entry_to_receiving: 0.0,
        entry_to_ed: 0.0,
        entry_to_residential: 0.0,
        entry_to_inpatient: 0.0,
        mobile_to_receiving: 0.0,
        mobile_to_residential: 0.0,
        mobile_to_inpatient: 0.0,
        receiving_to_residential: 0.0,
        receiving_to_inpatient: 0.0,
        ed_to_residential: 0.0,
        ed_to_inpatient: 0.0,
        residential_to_inpatient: 0.0,
    }
}

/// The defaults of a program of one kind (DOMAIN.md section 3): the seed's cost range, a 5-day
/// stay (the worked example), 16 beds a facility (the IMD limit). Share 0: the preset sets it.
pub fn program_defaults(kind: ProgramKind) -> Program {
    let (low, high, stay) = match kind {
        ProgramKind::HighMedical => (400.0, 500.0, 5.0),
        ProgramKind::ModerateMedical => (250.0, 300.0, 5.0),
        ProgramKind::CrisisRespite => (100.0, 200.0, 5.0),
        ProgramKind::PeerRespite => (50.0, 100.0, 5.0),
        ProgramKind::LivingRoom => (200.0, 400.0, 1.0),
        ProgramKind::Sud => (200.0, 400.0, 5.0),
        ProgramKind::Typical => (300.0, 450.0, 5.0),
        ProgramKind::Other => (100.0, 500.0, 5.0),
    };
    Program {
        kind,
        name: kind.label().to_string(),
        share: 0.0,
        stay_days: stay,
        cost_per_day_low: low,
        cost_per_day_high: high,
        max_beds_per_facility: 16.0,
    }
}

fn program(kind: ProgramKind, share: f64) -> Program {
    Program {
        share,
        ..program_defaults(kind)
    }
}

fn program_named(kind: ProgramKind, name: &str, share: f64) -> Program {
    Program {
        name: name.to_string(),
        share,
        ..program_defaults(kind)
    }
}

/// The adult residential mix of the Crisis Now preset (an assumption: a balance of higher- and
/// lower-acuity programs with peer support, as seed 003 recommends; the seed gives no shares).
pub fn crisis_now_programs() -> Vec<Program> {
    vec![
        program(ProgramKind::HighMedical, 0.30),
        program(ProgramKind::ModerateMedical, 0.25),
        program(ProgramKind::CrisisRespite, 0.15),
        program(ProgramKind::PeerRespite, 0.10),
        program(ProgramKind::LivingRoom, 0.10),
        program(ProgramKind::Sud, 0.10),
    ]
}

/// The youth residential mix (an assumption): a youth crisis residential program and crisis
/// respite, which seed 003 names as valuable for families caring for children.
pub fn youth_programs() -> Vec<Program> {
    vec![
        program_named(
            ProgramKind::ModerateMedical,
            "Youth crisis residential (moderate medical/nursing)",
            0.70,
        ),
        program_named(
            ProgramKind::CrisisRespite,
            "Youth and family crisis respite",
            0.30,
        ),
    ]
}

/// The default youth rate: youth crisis episodes per 100,000 youth residents a month.
pub const DEFAULT_YOUTH_RATE: f64 = 110.0;

fn receiving_default() -> FacilityService {
    FacilityService {
        stay_days: 0.75,
        cost_per_day_low: 600.0,
        cost_per_day_high: 1000.0,
    }
}

fn inpatient_default() -> FacilityService {
    FacilityService {
        stay_days: 7.0,
        cost_per_day_low: 800.0,
        cost_per_day_high: 1200.0,
    }
}

fn mobile_default() -> Mobile {
    Mobile {
        busy_hours_per_dispatch: 2.0,
        mode: ResponseMode::WithinWait,
        target_share: 0.9,
        max_wait_minutes: 10.0,
        staff_per_team: 2.0,
        productive_hours_per_fte: 1750.0,
        cost_basis: MobileCostBasis::TeamHours,
        cost_per_team_hour_low: 100.0,
        cost_per_team_hour_high: 200.0,
        cost_per_dispatch_low: 400.0,
        cost_per_dispatch_high: 800.0,
    }
}

fn crisis_line_default() -> CrisisLine {
    CrisisLine {
        enabled: true,
        contacts_per_100k: 150.0,
        minutes_per_contact: 15.0,
        answer_seconds: 20.0,
        target_share: 0.9,
        shrinkage: 0.30,
        productive_hours_per_fte: 1750.0,
        cost_per_fte_low: 60_000.0,
        cost_per_fte_high: 90_000.0,
    }
}

/// A preset scenario.
pub fn preset(id: PresetId) -> Scenario {
    let base = Scenario {
        version: SCENARIO_VERSION,
        preset: Some(id.id().to_string()),
        place_name: String::new(),
        population: DEFAULT_POPULATION,
        youth_share: 0.22,
        adult: AdultDemand {
            rate_per_100k: 200.0,
        },
        flow: crisis_now_flow(),
        programs: crisis_now_programs(),
        youth: YouthStream {
            enabled: true,
            rate_per_100k: DEFAULT_YOUTH_RATE,
            flow: crisis_now_flow(),
            programs: youth_programs(),
        },
        receiving: receiving_default(),
        inpatient: inpatient_default(),
        sizing: Sizing::default(),
        cost_basis: CostBasis::OccupiedBedDays,
        mobile: mobile_default(),
        crisis_line: crisis_line_default(),
        uncertainty: Uncertainty::for_preset(id),
        inventory: Default::default(),
        assessment: Default::default(),
        buildout: Default::default(),
        outcomes: OutcomeRates::default(),
        funding: Default::default(),
        areas: String::new(),
    };
    match id {
        PresetId::CrisisNow => base,
        PresetId::Roadmap => Scenario {
            flow: roadmap_flow(),
            programs: vec![program_named(
                ProgramKind::Typical,
                "Residential crisis program (all types)",
                1.0,
            )],
            youth: YouthStream {
                enabled: false,
                ..base.youth
            },
            ..base
        },
        PresetId::HospitalOnly => Scenario {
            flow: hospital_only_flow(),
            programs: Vec::new(),
            youth: YouthStream {
                enabled: true,
                rate_per_100k: DEFAULT_YOUTH_RATE,
                flow: hospital_only_flow(),
                programs: Vec::new(),
            },
            crisis_line: CrisisLine {
                enabled: false,
                ..base.crisis_line
            },
            ..base
        },
    }
}

// The types' defaults are the Crisis Now preset's (the types sit below the presets, so their
// `Default` is written here).

impl Default for Scenario {
    /// The Crisis Now preset.
    fn default() -> Self {
        preset(PresetId::CrisisNow)
    }
}

/// The rates of the outcomes (DOMAIN.md section 11; the sources are in
/// [`crate::scenario::sources`]).
impl Default for OutcomeRates {
    fn default() -> Self {
        OutcomeRates {
            ed_hours_per_visit: 7.8,
            ed_hours_per_visit_low: 4.4,
            ed_hours_per_visit_high: 18.2,
            police_share: 0.3,
            police_share_low: 0.2,
            police_share_high: 0.4,
            police_ed_hours: 2.0,
            police_ed_hours_low: 1.5,
            police_ed_hours_high: 8.0,
            police_dropoff_minutes: 10.0,
            police_dropoff_minutes_low: 10.0,
            police_dropoff_minutes_high: 15.0,
            crisis_unit_odds_ratio: 0.55,
            crisis_unit_odds_ratio_low: 0.43,
            crisis_unit_odds_ratio_high: 0.68,
            youth_mobile_ed_odds_ratio: 0.75,
            youth_mobile_ed_odds_ratio_low: 0.66,
            youth_mobile_ed_odds_ratio_high: 0.84,
            youth_later_ed_share: 0.2,
            youth_later_ed_share_low: 0.1,
            youth_later_ed_share_high: 0.3,
            community_hospitalization_points: 0.08,
            community_hospitalization_points_low: 0.08,
            community_hospitalization_points_high: 0.08,
            line_emergency_share: 0.015,
            line_emergency_share_low: 0.008,
            line_emergency_share_high: 0.02,
            line_resolved_share: 0.8,
            line_resolved_share_low: 0.7,
            line_resolved_share_high: 0.9,
        }
    }
}

impl Default for YouthStream {
    fn default() -> Self {
        preset(PresetId::CrisisNow).youth
    }
}

impl Default for Flow {
    /// The Crisis Now flow.
    fn default() -> Self {
        crisis_now_flow()
    }
}

impl Default for Program {
    fn default() -> Self {
        ProgramKind::ModerateMedical.defaults()
    }
}

impl Default for FacilityService {
    fn default() -> Self {
        preset(PresetId::CrisisNow).inpatient
    }
}

impl Default for Mobile {
    fn default() -> Self {
        preset(PresetId::CrisisNow).mobile
    }
}

impl Default for CrisisLine {
    fn default() -> Self {
        preset(PresetId::CrisisNow).crisis_line
    }
}

impl ProgramKind {
    /// The defaults of a new program of this kind (DOMAIN.md section 3).
    pub fn defaults(self) -> Program {
        program_defaults(self)
    }
}

impl Default for Uncertainty {
    /// The Crisis Now preset's.
    fn default() -> Self {
        Uncertainty::for_preset(PresetId::CrisisNow)
    }
}

impl Uncertainty {
    /// The default uncertainty of a preset (the sources are in [`crate::scenario::sources`]).
    pub fn for_preset(id: PresetId) -> Uncertainty {
        let residential_share = match id {
            // Seed 003: "even as low as 30%"; Phoenix: 54% to crisis residential settings.
            PresetId::Roadmap => Spread::new(1.0, 0.54 / 0.30),
            PresetId::CrisisNow | PresetId::HospitalOnly => Spread::new(0.8, 1.2),
        };
        Uncertainty {
            seed: DEFAULT_SEED,
            draws: DEFAULT_DRAWS,
            adult_rate: Spread::new(1.0, 230.0 / 200.0),
            youth_rate: Spread::new(0.75, 1.25),
            residential_share,
            stay: StaySpreads::default(),
            receiving_stay: Spread::new(12.0 / 18.0, 23.0 / 18.0),
            inpatient_stay: Spread::new(5.0 / 7.0, 10.0 / 7.0),
            mobile_busy_hours: Spread::new(0.75, 1.5),
            line_minutes: Spread::new(10.0 / 15.0, 20.0 / 15.0),
            sim_years: DEFAULT_SIM_YEARS,
            stay_distribution: StayDistribution::LogNormal,
            stay_cv: DEFAULT_STAY_CV,
            plan_for: crate::scenario::ranges::Confidence::Typical,
        }
    }
}

/// Who pays, by default: every figure an assumption or a statutory placeholder, with its source
/// in [`crate::scenario::funding::source`].
impl Default for Funding {
    fn default() -> Self {
        let cost_based = PayerRates {
            medicaid: 1.0,
            medicare: 1.0,
            commercial: 1.0,
        };
        let no_beds_from_medicare = PayerRates {
            medicare: 0.0,
            ..cost_based
        };
        let fund = |service| Fund {
            amount: 0.0,
            service,
        };
        Funding {
            adult: Coverage {
                medicaid: 0.45,
                medicare: 0.10,
                commercial: 0.20,
                uninsured: 0.25,
            },
            youth: Coverage {
                medicaid: 0.50,
                medicare: 0.0,
                commercial: 0.35,
                uninsured: 0.15,
            },
            youth_chip_share: 0.0,
            rates: ServiceRates {
                crisis_line: PayerRates {
                    medicaid: 1.0,
                    medicare: 0.0,
                    commercial: 0.0,
                },
                mobile: cost_based,
                receiving: no_beds_from_medicare,
                residential: ResidentialRates::every(no_beds_from_medicare),
                inpatient: cost_based,
            },
            fmap: 0.5,
            chip_fmap: 0.65,
            admin_match: 0.5,
            enhanced_mobile: false,
            imd_waiver: false,
            adult_21_64_share: 0.85,
            inpatient_imd_share: 0.5,
            fees_988: fund(FundedService::CrisisLine),
            federal_grants: fund(FundedService::Mobile),
            levy: fund(FundedService::Mobile),
            state_share_of_public: 0.5,
            ranges: Default::default(),
        }
    }
}
