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

const COVERAGE: &str = "No national payer mix of crisis-service users was found: an illustrative \
    mix of Medicaid 45%, Medicare 10%, commercial 20%, uninsured or other 25%. Replace it with \
    your own. For context: Medicaid pays about 82% of Arizona's crisis services (Advisory Board, \
    2023); psychiatric inpatient stays by payer in 2008, before the Affordable Care Act: Medicaid \
    28%, Medicare 29%, private 30%, uninsured 9% (AHRQ HCUP).";
const YOUTH_COVERAGE: &str = "No payer mix of youth crisis services was found: Medicaid/CHIP 50%, \
    commercial 35%, uninsured or other 15%, no Medicare, assumed. Replace it with your own.";
const RATE_COST_BASED: &str = "A cost-based rate (100% of the cost) is assumed: enter what the \
    payer pays in your state as a share of the service's cost.";
const RATE_NONE: &str = "Not covered (0%) is assumed: enter what the payer pays in your state as \
    a share of the service's cost.";
const MEDICARE_BEDS: &str = "No source says Medicare pays for crisis stabilization or residential \
    beds as such: 0%, editable.";
const MEDICARE_MOBILE: &str = "From 2024 Medicare pays crisis psychotherapy outside the office \
    (HCPCS G0017/G0018, 150% of the non-facility fee); a cost-based rate is assumed.";
const COMMERCIAL_MOBILE: &str = "California's AB 988 (2022) makes plans cover 988 center and \
    mobile crisis services without prior authorization; elsewhere a cost-based rate is an \
    assumption.";
const FMAP: &str = "By statute at least 50% and at most 83% (Congressional Research Service \
    R43847): 50%, the floor, is a placeholder; enter your state's rate.";
const CHIP: &str = "CHIP's enhanced share is the FMAP plus 30% of the state's share, at most 85% \
    (CRS RL32950): 65% at a 50% FMAP. Enter your state's rate.";
const ADMIN: &str = "Medicaid administrative match of 50% (90% for qualifying IT systems), per \
    CMS's December 2021 guidance as summarized by State Health and Value Strategies; applying it \
    to line staffing is an assumption.";
const ENHANCED: &str = "Social Security Act section 1947 (American Rescue Plan Act of 2021, \
    section 9813): 85% for qualifying community-based mobile crisis services for up to 12 fiscal \
    quarters within April 1, 2022 to March 31, 2027. Off: turn it on while your state qualifies.";
const WAIVER: &str = "No federal Medicaid payment for adults 21-64 in an institution for mental \
    disease, a facility of more than 16 beds (Social Security Act 1905(a)(30)(B) and 1905(i); CRS \
    IF10222), unless a section 1115 waiver says otherwise: off.";
const AGE: &str = "85% of adult episodes of people aged 21 through 64 is assumed: replace it \
    with your data.";
const INPATIENT_IMD: &str = "Half of adult psychiatric inpatient days in free-standing \
    psychiatric hospitals of more than 16 beds (institutions for mental disease) is assumed; \
    units of general hospitals are not. Replace it with your hospitals' figure.";
const FEES: &str = "Entered by the user: 988 telecom fees a year (10 states had them by July \
    2024, $0.08 to $0.60 a phone line a month); the federal 988 law limits them to the line and \
    to the response to its contacts.";
const GRANTS: &str = "Entered by the user: federal grants a year, such as the Mental Health Block \
    Grant's 5% crisis set-aside (Consolidated Appropriations Act, 2021).";
const LEVY: &str = "Entered by the user: a local levy or other county fund a year.";
const PUBLIC_SPLIT: &str = "Half of what public general funds pay is assumed to come from the \
    state and half from the county: replace it with your state's arrangement.";

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
        "youth_chip_share" => assumption(
            "None of youth Medicaid/CHIP episodes counted as CHIP: enter your state's CHIP share.",
        ),
        "fmap" => publication("Congressional Research Service R43847", FMAP),
        "chip_fmap" => publication("Congressional Research Service RL32950", CHIP),
        "admin_match" => publication("CMS guidance to states, December 28, 2021", ADMIN),
        "enhanced_mobile" => publication("CMS informational bulletin, June 3, 2021", ENHANCED),
        "imd_waiver" => publication("Congressional Research Service IF10222", WAIVER),
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
    (
        COVERAGE,
        "No se encontró una combinación nacional de pagadores de las personas que usan los \
         servicios de crisis: una combinación ilustrativa de Medicaid 45%, Medicare 10%, seguro \
         comercial 20%, sin seguro u otro 25%. Reemplácela con la suya. Como contexto: Medicaid \
         paga cerca del 82% de los servicios de crisis de Arizona (Advisory Board, 2023); \
         hospitalizaciones psiquiátricas por pagador en 2008, antes de la Ley del Cuidado de \
         Salud a Bajo Precio: Medicaid 28%, Medicare 29%, privado 30%, sin seguro 9% (AHRQ HCUP).",
    ),
    (
        YOUTH_COVERAGE,
        "No se encontró una combinación de pagadores de los servicios de crisis para jóvenes: se \
         suponen Medicaid/CHIP 50%, seguro comercial 35%, sin seguro u otro 15%, sin Medicare. \
         Reemplácela con la suya.",
    ),
    (
        RATE_COST_BASED,
        "Se supone una tarifa basada en el costo (el 100% del costo): ingrese lo que paga el \
         pagador en su estado como proporción del costo del servicio.",
    ),
    (
        RATE_NONE,
        "Se supone que no lo cubre (0%): ingrese lo que paga el pagador en su estado como \
         proporción del costo del servicio.",
    ),
    (
        MEDICARE_BEDS,
        "Ninguna fuente dice que Medicare pague camas de estabilización de crisis ni camas \
         residenciales como tales: 0%, modificable.",
    ),
    (
        MEDICARE_MOBILE,
        "Desde 2024 Medicare paga psicoterapia de crisis fuera del consultorio (HCPCS \
         G0017/G0018, el 150% de la tarifa fuera de un centro); se supone una tarifa basada en el \
         costo.",
    ),
    (
        COMMERCIAL_MOBILE,
        "La ley AB 988 de California (2022) obliga a los planes a cubrir los servicios de los \
         centros del 988 y de los equipos móviles de crisis sin autorización previa; en otros \
         lugares, una tarifa basada en el costo es un supuesto.",
    ),
    (
        FMAP,
        "Por ley, como mínimo el 50% y como máximo el 83% (Congressional Research Service \
         R43847): el 50%, el mínimo, es un valor provisional; ingrese la tasa de su estado.",
    ),
    (
        CHIP,
        "La participación mejorada de CHIP es la FMAP más el 30% de la parte del estado, como \
         máximo el 85% (CRS RL32950): el 65% con una FMAP del 50%. Ingrese la tasa de su estado.",
    ),
    (
        ADMIN,
        "Contrapartida administrativa de Medicaid del 50% (90% para sistemas informáticos que \
         califican), según la guía de CMS de diciembre de 2021 resumida por State Health and \
         Value Strategies; aplicarla al personal de la línea es un supuesto.",
    ),
    (
        ENHANCED,
        "Ley del Seguro Social, sección 1947 (American Rescue Plan Act de 2021, sección 9813): el \
         85% para los servicios móviles de crisis comunitarios que califican durante hasta 12 \
         trimestres fiscales entre el 1 de abril de 2022 y el 31 de marzo de 2027. Desactivado: \
         actívelo mientras su estado califique.",
    ),
    (
        WAIVER,
        "Medicaid no hace pagos federales por adultos de 21 a 64 años en una institución para \
         enfermedades mentales, un centro de más de 16 camas (Ley del Seguro Social 1905(a)(30)(B) \
         y 1905(i); CRS IF10222), salvo que una exención de la sección 1115 diga otra cosa: \
         desactivado.",
    ),
    (
        AGE,
        "Se supone que el 85% de los episodios de adultos son de personas de 21 a 64 años: \
         reemplácelo con sus datos.",
    ),
    (
        INPATIENT_IMD,
        "Se supone que la mitad de los días de hospitalización psiquiátrica de adultos son en \
         hospitales psiquiátricos independientes de más de 16 camas (instituciones para \
         enfermedades mentales); las unidades de los hospitales generales no lo son. Reemplácelo \
         con el dato de sus hospitales.",
    ),
    (
        FEES,
        "Lo ingresa el usuario: los cargos telefónicos del 988 al año (10 estados los tenían en \
         julio de 2024, de $0.08 a $0.60 por línea telefónica al mes); la ley federal del 988 los \
         limita a la línea y a la respuesta a sus contactos.",
    ),
    (
        GRANTS,
        "Lo ingresa el usuario: las subvenciones federales al año, como la reserva del 5% para \
         crisis de la subvención en bloque de salud mental (Consolidated Appropriations Act, \
         2021).",
    ),
    (
        LEVY,
        "Lo ingresa el usuario: un impuesto local u otro fondo del condado al año.",
    ),
    (
        PUBLIC_SPLIT,
        "Se supone que la mitad de lo que pagan los fondos generales públicos viene del estado y \
         la mitad del condado: reemplácelo con el arreglo de su estado.",
    ),
    (
        "None of youth Medicaid/CHIP episodes counted as CHIP: enter your state's CHIP share.",
        "Ningún episodio de jóvenes con Medicaid/CHIP se cuenta como CHIP: ingrese la proporción \
         de CHIP de su estado.",
    ),
];
