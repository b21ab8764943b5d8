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

/// The payers' rates of each service.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ServiceRates {
    pub crisis_line: PayerRates,
    pub mobile: PayerRates,
    pub receiving: PayerRates,
    pub residential: PayerRates,
    pub inpatient: PayerRates,
}

impl ServiceRates {
    /// The rates of one service.
    pub fn of(&self, s: FundedService) -> PayerRates {
        match s {
            FundedService::CrisisLine => self.crisis_line,
            FundedService::Mobile => self.mobile,
            FundedService::Receiving => self.receiving,
            FundedService::Residential => self.residential,
            FundedService::Inpatient => self.inpatient,
        }
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
json_struct!(Funding {
    adult,
    youth,
    youth_chip_share,
    rates,
    fmap,
    chip_fmap,
    admin_match,
    enhanced_mobile,
    imd_waiver,
    adult_21_64_share,
    inpatient_imd_share,
    fees_988,
    federal_grants,
    levy,
    state_share_of_public,
});
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
