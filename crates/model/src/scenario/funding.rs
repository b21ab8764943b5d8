//! Who pays: the inputs of the funding model (`"funding"` in the scenario's JSON, the link and
//! the `crisis-plan` file). A file or link without the key takes the defaults
//! ([`crate::input::presets`]), so scenarios saved before it open unchanged.
//!
//! - `adult`, `youth`: the coverage of the people served, as shares of crisis episodes that add
//!   up to 100% (Medicaid, for youth Medicaid/CHIP; Medicare; commercial insurance; uninsured or
//!   other);
//! - `youth_chip_share`: the share of youth Medicaid/CHIP episodes covered by CHIP;
//! - `rates.<service>.<payer>`: what each payer pays for each service, as a share of its cost (a
//!   cost-based rate is 100%; a payer that does not cover the service pays 0%);
//! - `fmap`, `chip_fmap`, `admin_match`: the federal share of Medicaid services, of CHIP, and of
//!   the crisis line's Medicaid costs (claimed as administration); `enhanced_mobile`: the 85%
//!   federal share for qualifying community-based mobile crisis (American Rescue Plan Act of
//!   2021, section 9813);
//! - `imd_waiver`, `adult_21_64_share`, `inpatient_imd_share`: the Medicaid exclusion for
//!   Institutions for Mental Disease (adults 21-64 in a facility of more than 16 beds);
//! - `fees_988`, `federal_grants`, `levy`: dedicated funds a year, each assigned to a service;
//! - `state_share_of_public`: the state's part of what public general funds pay (the rest is
//!   the county's).
//!
//! The sources of the defaults are [`source`], read by [`crate::scenario::sources`] (most are assumptions to replace with local data).

use crate::scenario::parts::ProgramKind;
use crate::text::json::{json_id, json_struct};
use crate::text::lang::Lang;

/// The statutory federal share for qualifying community-based mobile crisis services (Social
/// Security Act section 1947, added by ARPA section 9813).
pub const ENHANCED_MOBILE_FMAP: f64 = 0.85;

/// The first day of the enhanced mobile crisis share's window (in words for the page).
pub const ENHANCED_WINDOW: (&str, &str) = (
    "85% for up to 12 fiscal quarters within April 1, 2022 to March 31, 2027, while the state \
     meets the requirements; the regular share after that",
    "85% durante hasta 12 trimestres fiscales entre el 1 de abril de 2022 y el 31 de marzo de \
     2027, mientras el estado cumpla los requisitos; después, la participación regular",
);

/// The largest dedicated fund a year accepted, in dollars ($100 billion).
pub const MAX_FUND: f64 = 100_000_000_000.0;

/// The people served, as shares of crisis episodes by their coverage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// Medicaid (for youth: Medicaid or CHIP).
    pub medicaid: f64,
    pub medicare: f64,
    pub commercial: f64,
    /// Uninsured or other: paid from public funds.
    pub uninsured: f64,
}

impl Coverage {
    /// The four shares' sum (1 when valid).
    pub fn sum(&self) -> f64 {
        self.medicaid + self.medicare + self.commercial + self.uninsured
    }
}

/// What each insurer pays for a service, as a share of its cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PayerRates {
    pub medicaid: f64,
    pub medicare: f64,
    pub commercial: f64,
}

/// The payers' rates of each service (of residential care, one set a program type).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ServiceRates {
    pub crisis_line: PayerRates,
    pub mobile: PayerRates,
    pub receiving: PayerRates,
    pub residential: ResidentialRates,
    pub inpatient: PayerRates,
}

/// What each insurer pays for each residential program type, in [`ProgramKind::ALL`]'s order.
///
/// In the JSON, an object by the types' ids (`{"high-medical": {"medicaid": 1, ...}, ...}`).
/// Files written before the rates were by type hold one set (`{"medicaid": 1, "medicare": 0,
/// "commercial": 1}`): it is read onto every type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResidentialRates(pub [PayerRates; 8]);

impl ResidentialRates {
    /// The same rates for every type.
    pub fn every(r: PayerRates) -> ResidentialRates {
        ResidentialRates([r; 8])
    }

    /// The rates of a program type.
    pub fn of(&self, kind: ProgramKind) -> PayerRates {
        self.0[kind_index(kind)]
    }

    /// The rates of a program type, to set.
    pub fn of_mut(&mut self, kind: ProgramKind) -> &mut PayerRates {
        &mut self.0[kind_index(kind)]
    }
}

fn kind_index(kind: ProgramKind) -> usize {
    ProgramKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or_default()
}

impl crate::text::json::ToJson for ResidentialRates {
    fn to_json(&self) -> crate::text::json::Json {
        crate::text::json::Json::Object(
            ProgramKind::ALL
                .iter()
                .zip(&self.0)
                .map(|(k, r)| (k.id().to_string(), r.to_json()))
                .collect(),
        )
    }
}

impl crate::text::json::FromJson for ResidentialRates {
    fn read(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String> {
        // one set for every type (files before the rates by type)
        let payers = ["medicaid", "medicare", "commercial"];
        if let crate::text::json::Json::Object(m) = v {
            if m.iter().any(|(k, _)| payers.contains(&k)) {
                for r in self.0.iter_mut() {
                    r.read(v, at)?;
                }
                return Ok(());
            }
        }
        let ids = ProgramKind::ALL.map(|k| k.id());
        crate::text::json::read_fields(v, at, &ids, &mut |i, v, at| match self.0.get_mut(i) {
            Some(r) => r.read(v, at),
            None => Ok(()),
        })
    }
}

/// A service of the continuum, as funding sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FundedService {
    CrisisLine,
    Mobile,
    Receiving,
    Residential,
    Inpatient,
}

impl FundedService {
    pub const ALL: [FundedService; 5] = [
        FundedService::CrisisLine,
        FundedService::Mobile,
        FundedService::Receiving,
        FundedService::Residential,
        FundedService::Inpatient,
    ];

    /// The JSON name (`"crisis-line"`).
    pub fn id(self) -> &'static str {
        match self {
            FundedService::CrisisLine => "crisis-line",
            FundedService::Mobile => "mobile",
            FundedService::Receiving => "receiving",
            FundedService::Residential => "residential",
            FundedService::Inpatient => "inpatient",
        }
    }

    pub fn from_id(id: &str) -> Option<FundedService> {
        FundedService::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The service's name.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let (en, es) = match self {
            FundedService::CrisisLine => ("Crisis line", "Línea de crisis"),
            FundedService::Mobile => ("Mobile crisis teams", "Equipos móviles de crisis"),
            FundedService::Receiving => {
                ("Crisis receiving facility", "Centro de recepción de crisis")
            }
            FundedService::Residential => (
                "Residential crisis programs",
                "Programas residenciales de crisis",
            ),
            FundedService::Inpatient => {
                ("Psychiatric inpatient care", "Hospitalización psiquiátrica")
            }
        };
        lang.pick(en, es)
    }
}

/// A dedicated fund: an amount a year and the service it pays for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fund {
    /// Dollars a year.
    pub amount: f64,
    pub service: FundedService,
}

/// Every input of who pays.
#[derive(Debug, Clone, PartialEq)]
pub struct Funding {
    /// Coverage of adult episodes.
    pub adult: Coverage,
    /// Coverage of youth episodes (Medicaid/CHIP in `medicaid`).
    pub youth: Coverage,
    /// Share of youth Medicaid/CHIP episodes covered by CHIP (paid at [`Funding::chip_fmap`]).
    pub youth_chip_share: f64,
    pub rates: ServiceRates,
    /// The state's regular federal share of Medicaid (FMAP), 50% to 100%.
    pub fmap: f64,
    /// The federal share of CHIP (enhanced FMAP).
    pub chip_fmap: f64,
    /// The federal share of the crisis line's Medicaid costs (administrative match).
    pub admin_match: f64,
    /// Whether qualifying mobile crisis services get the 85% federal share of ARPA section 9813.
    pub enhanced_mobile: bool,
    /// Whether a waiver lets Medicaid pay for adults 21-64 in facilities of more than 16 beds.
    pub imd_waiver: bool,
    /// Share of adult episodes of people aged 21 through 64.
    pub adult_21_64_share: f64,
    /// Share of adult psychiatric inpatient days in hospitals of more than 16 beds that are
    /// institutions for mental disease (free-standing psychiatric hospitals).
    pub inpatient_imd_share: f64,
    /// 988 telecom fees a year (a state fund).
    pub fees_988: Fund,
    /// Federal grants a year (such as the Mental Health Block Grant's crisis set-aside).
    pub federal_grants: Fund,
    /// A local levy or other county fund a year.
    pub levy: Fund,
    /// The state general fund's share of what public general funds pay; the county pays the
    /// rest.
    pub state_share_of_public: f64,
    /// The low and high ends of the inputs with a range (see [`RANGED`]) that "How sure is
    /// this?" draws from; an input without them has none (its value alone).
    pub ranges: FundingRanges,
}

/// The funding inputs with a low and a high end, by path: each coverage share but the uninsured
/// (which takes the rest when the others are drawn), each payer's rate, the federal shares, the
/// IMD shares, the funds and the state's part of public general funds. The position in this
/// list is the input's place among the uncertain inputs
/// ([`crate::scenario::ranges::InputId::Funding`]).
pub const RANGED: [&str; 52] = [
    "funding.adult.medicaid",
    "funding.adult.medicare",
    "funding.adult.commercial",
    "funding.youth.medicaid",
    "funding.youth.medicare",
    "funding.youth.commercial",
    "funding.youth_chip_share",
    "funding.rates.crisis_line.medicaid",
    "funding.rates.crisis_line.medicare",
    "funding.rates.crisis_line.commercial",
    "funding.rates.mobile.medicaid",
    "funding.rates.mobile.medicare",
    "funding.rates.mobile.commercial",
    "funding.rates.receiving.medicaid",
    "funding.rates.receiving.medicare",
    "funding.rates.receiving.commercial",
    "funding.rates.residential.high-medical.medicaid",
    "funding.rates.residential.high-medical.medicare",
    "funding.rates.residential.high-medical.commercial",
    "funding.rates.residential.moderate-medical.medicaid",
    "funding.rates.residential.moderate-medical.medicare",
    "funding.rates.residential.moderate-medical.commercial",
    "funding.rates.residential.crisis-respite.medicaid",
    "funding.rates.residential.crisis-respite.medicare",
    "funding.rates.residential.crisis-respite.commercial",
    "funding.rates.residential.peer-respite.medicaid",
    "funding.rates.residential.peer-respite.medicare",
    "funding.rates.residential.peer-respite.commercial",
    "funding.rates.residential.living-room.medicaid",
    "funding.rates.residential.living-room.medicare",
    "funding.rates.residential.living-room.commercial",
    "funding.rates.residential.sud.medicaid",
    "funding.rates.residential.sud.medicare",
    "funding.rates.residential.sud.commercial",
    "funding.rates.residential.typical.medicaid",
    "funding.rates.residential.typical.medicare",
    "funding.rates.residential.typical.commercial",
    "funding.rates.residential.other.medicaid",
    "funding.rates.residential.other.medicare",
    "funding.rates.residential.other.commercial",
    "funding.rates.inpatient.medicaid",
    "funding.rates.inpatient.medicare",
    "funding.rates.inpatient.commercial",
    "funding.fmap",
    "funding.chip_fmap",
    "funding.admin_match",
    "funding.adult_21_64_share",
    "funding.inpatient_imd_share",
    "funding.fees_988.amount",
    "funding.federal_grants.amount",
    "funding.levy.amount",
    "funding.state_share_of_public",
];

/// The place of a path in [`RANGED`] (a `const fn`, so the catalog's entries find theirs as they
/// compile).
pub const fn ranged(path: &str) -> Option<u8> {
    let mut k = 0;
    while k < RANGED.len() {
        let (a, b) = (RANGED[k].as_bytes(), path.as_bytes());
        if a.len() == b.len() {
            let mut i = 0;
            while i < a.len() && a[i] == b[i] {
                i += 1;
            }
            if i == a.len() {
                return Some(k as u8);
            }
        }
        k += 1;
    }
    None
}

/// The label of each input of [`RANGED`], in English and Spanish: its field's label in the
/// catalog ([`crate::scenario::catalog`]) and its name among the uncertain inputs.
pub const RANGED_LABELS: [(&str, &str); 52] = [
    ("Adults covered by Medicaid", "Adultos con Medicaid"),
    ("Adults covered by Medicare", "Adultos con Medicare"),
    (
        "Adults with commercial insurance",
        "Adultos con seguro comercial",
    ),
    (
        "Youth covered by Medicaid/CHIP",
        "Jóvenes con Medicaid/CHIP",
    ),
    ("Youth covered by Medicare", "Jóvenes con Medicare"),
    (
        "Youth with commercial insurance",
        "Jóvenes con seguro comercial",
    ),
    (
        "Youth Medicaid/CHIP episodes covered by CHIP",
        "Episodios de jóvenes con Medicaid/CHIP cubiertos por CHIP",
    ),
    (
        "Crisis line: Medicaid pays",
        "Línea de crisis: Medicaid paga",
    ),
    (
        "Crisis line: Medicare pays",
        "Línea de crisis: Medicare paga",
    ),
    (
        "Crisis line: commercial insurance pays",
        "Línea de crisis: el seguro comercial paga",
    ),
    (
        "Mobile teams: Medicaid pays",
        "Equipos móviles: Medicaid paga",
    ),
    (
        "Mobile teams: Medicare pays",
        "Equipos móviles: Medicare paga",
    ),
    (
        "Mobile teams: commercial insurance pays",
        "Equipos móviles: el seguro comercial paga",
    ),
    (
        "Receiving facility: Medicaid pays",
        "Centro de recepción: Medicaid paga",
    ),
    (
        "Receiving facility: Medicare pays",
        "Centro de recepción: Medicare paga",
    ),
    (
        "Receiving facility: commercial insurance pays",
        "Centro de recepción: el seguro comercial paga",
    ),
    (
        "Residential, High medical: Medicaid pays",
        "Residencial, Alta participación médica: Medicaid paga",
    ),
    (
        "Residential, High medical: Medicare pays",
        "Residencial, Alta participación médica: Medicare paga",
    ),
    (
        "Residential, High medical: commercial insurance pays",
        "Residencial, Alta participación médica: el seguro comercial paga",
    ),
    (
        "Residential, Moderate medical: Medicaid pays",
        "Residencial, Participación médica moderada: Medicaid paga",
    ),
    (
        "Residential, Moderate medical: Medicare pays",
        "Residencial, Participación médica moderada: Medicare paga",
    ),
    (
        "Residential, Moderate medical: commercial insurance pays",
        "Residencial, Participación médica moderada: el seguro comercial paga",
    ),
    (
        "Residential, Crisis respite: Medicaid pays",
        "Residencial, Respiro de crisis: Medicaid paga",
    ),
    (
        "Residential, Crisis respite: Medicare pays",
        "Residencial, Respiro de crisis: Medicare paga",
    ),
    (
        "Residential, Crisis respite: commercial insurance pays",
        "Residencial, Respiro de crisis: el seguro comercial paga",
    ),
    (
        "Residential, Peer-run respite: Medicaid pays",
        "Residencial, Respiro dirigido por pares: Medicaid paga",
    ),
    (
        "Residential, Peer-run respite: Medicare pays",
        "Residencial, Respiro dirigido por pares: Medicare paga",
    ),
    (
        "Residential, Peer-run respite: commercial insurance pays",
        "Residencial, Respiro dirigido por pares: el seguro comercial paga",
    ),
    (
        "Residential, Living Room: Medicaid pays",
        "Residencial, Living Room (sala de estar): Medicaid paga",
    ),
    (
        "Residential, Living Room: Medicare pays",
        "Residencial, Living Room (sala de estar): Medicare paga",
    ),
    (
        "Residential, Living Room: commercial insurance pays",
        "Residencial, Living Room (sala de estar): el seguro comercial paga",
    ),
    (
        "Residential, SUD withdrawal management / sobering: Medicaid pays",
        "Residencial, Manejo de la abstinencia y centro de sobriedad: Medicaid paga",
    ),
    (
        "Residential, SUD withdrawal management / sobering: Medicare pays",
        "Residencial, Manejo de la abstinencia y centro de sobriedad: Medicare paga",
    ),
    (
        "Residential, SUD withdrawal management / sobering: commercial insurance pays",
        "Residencial, Manejo de la abstinencia y centro de sobriedad: el seguro comercial paga",
    ),
    (
        "Residential, Typical crisis residential: Medicaid pays",
        "Residencial, Programa residencial de crisis típico: Medicaid paga",
    ),
    (
        "Residential, Typical crisis residential: Medicare pays",
        "Residencial, Programa residencial de crisis típico: Medicare paga",
    ),
    (
        "Residential, Typical crisis residential: commercial insurance pays",
        "Residencial, Programa residencial de crisis típico: el seguro comercial paga",
    ),
    (
        "Residential, Other program: Medicaid pays",
        "Residencial, Otro programa: Medicaid paga",
    ),
    (
        "Residential, Other program: Medicare pays",
        "Residencial, Otro programa: Medicare paga",
    ),
    (
        "Residential, Other program: commercial insurance pays",
        "Residencial, Otro programa: el seguro comercial paga",
    ),
    (
        "Inpatient care: Medicaid pays",
        "Hospitalización: Medicaid paga",
    ),
    (
        "Inpatient care: Medicare pays",
        "Hospitalización: Medicare paga",
    ),
    (
        "Inpatient care: commercial insurance pays",
        "Hospitalización: el seguro comercial paga",
    ),
    (
        "Medicaid's federal share (FMAP)",
        "Participación federal de Medicaid (FMAP)",
    ),
    ("CHIP's federal share", "Participación federal de CHIP"),
    (
        "Crisis line: Medicaid's federal share (administrative match)",
        "Línea de crisis: participación federal de Medicaid (contrapartida administrativa)",
    ),
    (
        "Adult episodes of people aged 21-64",
        "Episodios de adultos de personas de 21 a 64 años",
    ),
    (
        "Adult inpatient days in psychiatric hospitals of more than 16 beds",
        "Días de hospitalización de adultos en hospitales psiquiátricos de más de 16 camas",
    ),
    ("988 telecom fees", "Cargos telefónicos del 988"),
    ("Federal grants", "Subvenciones federales"),
    (
        "Local levy or county fund",
        "Impuesto local o fondo del condado",
    ),
    (
        "State's part of public general funds",
        "Parte del estado en los fondos generales públicos",
    ),
];

/// True for the funds (dollars a year); the other ranged inputs are shares.
pub fn ranged_is_money(k: u8) -> bool {
    RANGED[usize::from(k)].ends_with(".amount")
}

/// The ranges of the funding inputs as stored: `"<path without funding.>.low"` and `.high` to a
/// number (`{"state_share_of_public.low": 0.3, "state_share_of_public.high": 0.7}`); an end
/// left out is the value itself. The reader refuses any other key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FundingRanges(pub std::collections::BTreeMap<String, f64>);

impl FundingRanges {
    /// The key of an end: `state_share_of_public.low`.
    pub fn key(k: u8, high: bool) -> String {
        let name = RANGED[usize::from(k)].trim_start_matches("funding.");
        format!("{name}.{}", if high { "high" } else { "low" })
    }

    /// The stored end of input `k` (none: the value itself).
    pub fn end(&self, k: u8, high: bool) -> Option<f64> {
        if self.0.is_empty() {
            // most scenarios give no ranges: no key to build
            return None;
        }
        self.0.get(&FundingRanges::key(k, high)).copied()
    }

    /// Store an end of input `k`.
    pub fn set_end(&mut self, k: u8, high: bool, value: f64) {
        self.0.insert(FundingRanges::key(k, high), value);
    }
}

impl crate::text::json::ToJson for FundingRanges {
    fn to_json(&self) -> crate::text::json::Json {
        self.0.to_json()
    }
}

impl crate::text::json::FromJson for FundingRanges {
    fn read(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String> {
        if let crate::text::json::Json::Object(m) = v {
            let known = |key: &str| {
                key.rsplit_once('.').is_some_and(|(name, end)| {
                    matches!(end, "low" | "high")
                        && RANGED
                            .iter()
                            .any(|p| p.strip_prefix("funding.") == Some(name))
                })
            };
            if let Some((k, _)) = m.iter().find(|(k, _)| !known(k)) {
                let k: String = k.chars().take(40).collect();
                return Err(format!("unknown field `{k}` in \"{}\"", at.path()));
            }
        }
        self.0.read(v, at)
    }
}

impl Funding {
    /// The value of the ranged input `k` ([`RANGED`]).
    pub fn ranged_value(&self, k: u8) -> f64 {
        let mut copy = self.clone_values();
        *copy.ranged_mut(k)
    }

    /// A copy without the stored ranges (what a draw changes).
    pub fn clone_values(&self) -> Funding {
        Funding {
            ranges: FundingRanges::default(),
            adult: self.adult,
            youth: self.youth,
            rates: self.rates,
            fees_988: self.fees_988,
            federal_grants: self.federal_grants,
            levy: self.levy,
            ..*self
        }
    }

    /// The ranged input `k` ([`RANGED`]), to set.
    pub fn ranged_mut(&mut self, k: u8) -> &mut f64 {
        fn payer(p: &mut PayerRates, i: u8) -> &mut f64 {
            match i % 3 {
                0 => &mut p.medicaid,
                1 => &mut p.medicare,
                _ => &mut p.commercial,
            }
        }
        let r = &mut self.rates;
        match k {
            0 => &mut self.adult.medicaid,
            1 => &mut self.adult.medicare,
            2 => &mut self.adult.commercial,
            3 => &mut self.youth.medicaid,
            4 => &mut self.youth.medicare,
            5 => &mut self.youth.commercial,
            6 => &mut self.youth_chip_share,
            7..=9 => payer(&mut r.crisis_line, k - 7),
            10..=12 => payer(&mut r.mobile, k - 10),
            13..=15 => payer(&mut r.receiving, k - 13),
            // eight program types, three payers each
            16..=39 => payer(&mut r.residential.0[usize::from((k - 16) / 3)], k - 16),
            40..=42 => payer(&mut r.inpatient, k - 40),
            43 => &mut self.fmap,
            44 => &mut self.chip_fmap,
            45 => &mut self.admin_match,
            46 => &mut self.adult_21_64_share,
            47 => &mut self.inpatient_imd_share,
            48 => &mut self.fees_988.amount,
            49 => &mut self.federal_grants.amount,
            50 => &mut self.levy.amount,
            _ => &mut self.state_share_of_public,
        }
    }

    /// Each stream's uninsured share as what the other three leave (the three scaled down to
    /// 100% when they pass it): after a draw has moved a coverage share.
    pub fn rebalance_coverage(&mut self) {
        for c in [&mut self.adult, &mut self.youth] {
            let insured = c.medicaid + c.medicare + c.commercial;
            if insured > 1.0 {
                c.medicaid /= insured;
                c.medicare /= insured;
                c.commercial /= insured;
                c.uninsured = 0.0;
            } else {
                c.uninsured = 1.0 - insured;
            }
        }
    }
}

json_struct!(Coverage {
    medicaid,
    medicare,
    commercial,
    uninsured
});
json_struct!(PayerRates {
    medicaid,
    medicare,
    commercial
});
json_struct!(ServiceRates {
    crisis_line,
    mobile,
    receiving,
    residential,
    inpatient
});
json_struct!(Fund { amount, service });
/// A field of `"funding"`, written and read through one reference.
trait Field {
    fn write(&self) -> crate::text::json::Json;
    fn read_onto(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String>;
}

impl<T: crate::text::json::ToJson + crate::text::json::FromJson> Field for T {
    fn write(&self) -> crate::text::json::Json {
        self.to_json()
    }
    fn read_onto(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String> {
        self.read(v, at)
    }
}

/// The keys of `"funding"`, in the order they are written.
const FUNDING_KEYS: [&str; 16] = [
    "adult",
    "youth",
    "youth_chip_share",
    "rates",
    "fmap",
    "chip_fmap",
    "admin_match",
    "enhanced_mobile",
    "imd_waiver",
    "adult_21_64_share",
    "inpatient_imd_share",
    "fees_988",
    "federal_grants",
    "levy",
    "state_share_of_public",
    "ranges",
];

impl Funding {
    /// Each field as JSON by its place in [`FUNDING_KEYS`], to write, and to read onto.
    fn field(&mut self, i: usize) -> &mut dyn Field {
        match i {
            0 => &mut self.adult,
            1 => &mut self.youth,
            2 => &mut self.youth_chip_share,
            3 => &mut self.rates,
            4 => &mut self.fmap,
            5 => &mut self.chip_fmap,
            6 => &mut self.admin_match,
            7 => &mut self.enhanced_mobile,
            8 => &mut self.imd_waiver,
            9 => &mut self.adult_21_64_share,
            10 => &mut self.inpatient_imd_share,
            11 => &mut self.fees_988,
            12 => &mut self.federal_grants,
            13 => &mut self.levy,
            14 => &mut self.state_share_of_public,
            _ => &mut self.ranges,
        }
    }
}

impl crate::text::json::ToJson for Funding {
    /// Every field; the ranges only when some are stored (so files written before them are
    /// written back as they were).
    fn to_json(&self) -> crate::text::json::Json {
        let mut copy = self.clone();
        let skip_ranges = self.ranges.0.is_empty();
        crate::text::json::Json::Object(
            FUNDING_KEYS
                .iter()
                .enumerate()
                .filter(|(i, _)| !(skip_ranges && *i == FUNDING_KEYS.len() - 1))
                .map(|(i, k)| (k.to_string(), copy.field(i).write()))
                .collect(),
        )
    }
}

impl crate::text::json::FromJson for Funding {
    fn read(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String> {
        crate::text::json::read_fields(v, at, &FUNDING_KEYS, &mut |i, v, at| {
            self.field(i).read_onto(v, at)
        })
    }
}
json_id!(FundedService);

/// The funding inputs that are not numbers (switches and the services the funds pay for).
pub const OTHER_INPUTS: [&str; 5] = [
    "funding.enhanced_mobile",
    "funding.imd_waiver",
    "funding.fees_988.service",
    "funding.federal_grants.service",
    "funding.levy.service",
];

/// A default's source as [`crate::scenario::sources`] reads it: the publication's name (none
/// for an assumption) and the note.
pub type SourceNote = (Option<&'static str>, &'static str);

const fn assumption(note: &'static str) -> SourceNote {
    (None, note)
}

const fn publication(name: &'static str, note: &'static str) -> SourceNote {
    (Some(name), note)
}

const COVERAGE: &str = "Illustrative mix (no national payer mix of crisis-service users was found): replace it with yours.";
const YOUTH_COVERAGE: &str =
    "Illustrative youth mix (none published was found): replace it with yours.";
const RATE_COST_BASED: &str = "A cost-based rate (100%) is assumed: enter your state's rate.";
const RATE_NONE: &str = "Not covered (0%) is assumed: enter your state's rate.";
const MEDICARE_BEDS: &str = "No source says Medicare pays for crisis beds as such: 0%.";
const MEDICARE_MOBILE: &str = "Crisis psychotherapy outside the office (HCPCS G0017/G0018, from 2024); a cost-based rate is assumed.";
const COMMERCIAL_MOBILE: &str =
    "Plans cover mobile crisis without prior authorization in California; elsewhere an assumption.";
const FMAP: &str =
    "At least 50% by statute: 50%, the floor, is a placeholder; enter your state's rate.";
const CHIP: &str = "The FMAP plus 30% of the state's share, at most 85%: 65% at a 50% FMAP.";
const ADMIN: &str =
    "Medicaid's administrative match, 50%; applying it to line staff is an assumption.";
const ENHANCED: &str = "85% for up to 12 quarters within April 1, 2022 to March 31, 2027, while the state qualifies: off.";
const WAIVER: &str = "No federal Medicaid payment for adults 21-64 in facilities of more than 16 beds without a waiver: off.";
const AGE: &str = "85% of adult episodes are assumed to be of people aged 21-64: use your data.";
const INPATIENT_IMD: &str = "Half of adult inpatient days in psychiatric hospitals of more than 16 beds is assumed: use yours.";
const FEES: &str = "Your 988 telecom fees a year (10 states had them by July 2024); the law limits them to the line and its response.";
const GRANTS: &str =
    "Your federal grants a year, such as the Mental Health Block Grant's 5% crisis set-aside.";
const LEVY: &str = "Your local levy or county fund a year.";
const PUBLIC_SPLIT: &str = "Half state, half county is assumed: use your state's arrangement.";
const CHIP_SHARE: &str = "No CHIP share is assumed: enter your state's.";

/// The source of a funding input's default (`field` without the `funding.` prefix).
pub fn source(field: &str) -> Option<SourceNote> {
    if let Some(rest) = field.strip_prefix("adult.") {
        return matches!(rest, "medicaid" | "medicare" | "commercial" | "uninsured")
            .then_some(assumption(COVERAGE));
    }
    if let Some(rest) = field.strip_prefix("youth.") {
        return matches!(rest, "medicaid" | "medicare" | "commercial" | "uninsured")
            .then_some(assumption(YOUTH_COVERAGE));
    }
    if let Some(rest) = field.strip_prefix("rates.") {
        // a residential program type's rates have the sources of residential care's
        let rest = match rest.strip_prefix("residential.") {
            Some(typed) => match typed.split_once('.') {
                Some((kind, payer)) if ProgramKind::from_id(kind).is_some() => {
                    format!("residential.{payer}")
                }
                _ => return None,
            },
            None => rest.to_string(),
        };
        let (service, payer) = rest.split_once('.')?;
        return Some(match (service, payer) {
            ("crisis_line", "medicaid") => assumption(RATE_COST_BASED),
            ("crisis_line", "medicare" | "commercial") => assumption(RATE_NONE),
            ("mobile", "medicare") => {
                publication("CMS, CY2024 physician fee schedule", MEDICARE_MOBILE)
            }
            ("mobile", "commercial") => publication("California AB 988 (2022)", COMMERCIAL_MOBILE),
            ("receiving" | "residential", "medicare") => assumption(MEDICARE_BEDS),
            (
                "mobile" | "receiving" | "residential" | "inpatient",
                "medicaid" | "medicare" | "commercial",
            ) => assumption(RATE_COST_BASED),
            _ => return None,
        });
    }
    Some(match field {
        "youth_chip_share" => assumption(CHIP_SHARE),
        "fmap" => publication("Congressional Research Service R43847", FMAP),
        "chip_fmap" => publication("Congressional Research Service RL32950", CHIP),
        "admin_match" => publication("CMS guidance to states, December 28, 2021", ADMIN),
        "enhanced_mobile" => publication(
            "Social Security Act section 1947 (ARPA 2021, section 9813)",
            ENHANCED,
        ),
        "imd_waiver" => publication("Social Security Act 1905(a)(30)(B); CRS IF10222", WAIVER),
        "adult_21_64_share" => assumption(AGE),
        "inpatient_imd_share" => assumption(INPATIENT_IMD),
        "fees_988.amount" | "fees_988.service" => assumption(FEES),
        "federal_grants.amount" | "federal_grants.service" => assumption(GRANTS),
        "levy.amount" | "levy.service" => assumption(LEVY),
        "state_share_of_public" => assumption(PUBLIC_SPLIT),
        _ => return None,
    })
}

/// The Spanish of the funding sources' notes, by their English text.
pub const NOTES_ES: &[(&str, &str)] = &[
    (COVERAGE, "Combinación ilustrativa (no se encontró una combinación nacional de pagadores de quienes usan servicios de crisis): reemplácela con la suya."),
    (YOUTH_COVERAGE, "Combinación ilustrativa para jóvenes (no se encontró ninguna publicada): reemplácela con la suya."),
    (RATE_COST_BASED, "Se supone una tarifa basada en el costo (100%): ingrese la tarifa de su estado."),
    (RATE_NONE, "Se supone que no lo cubre (0%): ingrese la tarifa de su estado."),
    (MEDICARE_BEDS, "Ninguna fuente dice que Medicare pague camas de crisis como tales: 0%."),
    (MEDICARE_MOBILE, "Psicoterapia de crisis fuera del consultorio (HCPCS G0017/G0018, desde 2024); se supone una tarifa basada en el costo."),
    (COMMERCIAL_MOBILE, "En California los planes cubren los equipos móviles de crisis sin autorización previa; en otros lugares es un supuesto."),
    (FMAP, "Como mínimo el 50% por ley: el 50%, el mínimo, es un valor provisional; ingrese la tasa de su estado."),
    (CHIP, "La FMAP más el 30% de la parte del estado, como máximo el 85%: el 65% con una FMAP del 50%."),
    (ADMIN, "La contrapartida administrativa de Medicaid, 50%; aplicarla al personal de la línea es un supuesto."),
    (ENHANCED, "85% durante hasta 12 trimestres entre el 1 de abril de 2022 y el 31 de marzo de 2027, mientras el estado califique: desactivado."),
    (WAIVER, "Sin pago federal de Medicaid por adultos de 21 a 64 años en centros de más de 16 camas sin una exención: desactivado."),
    (AGE, "Se supone que el 85% de los episodios de adultos son de personas de 21 a 64 años: use sus datos."),
    (INPATIENT_IMD, "Se supone la mitad de los días de hospitalización de adultos en hospitales psiquiátricos de más de 16 camas: use su dato."),
    (FEES, "Sus cargos telefónicos del 988 al año (10 estados los tenían en julio de 2024); la ley los limita a la línea y su respuesta."),
    (GRANTS, "Sus subvenciones federales al año, como la reserva del 5% para crisis de la subvención en bloque de salud mental."),
    (LEVY, "Su impuesto local o fondo del condado al año."),
    (PUBLIC_SPLIT, "Se supone mitad estado, mitad condado: use el arreglo de su estado."),
    (CHIP_SHARE, "No se supone ninguna proporción de CHIP: ingrese la de su estado."),
];
