//! Explanations: for every figure, the formula in words and the inputs that produced it.
//!
//! Explanations are built on demand ([`crate::Results::explain`]), so evaluating a scenario on
//! every keystroke stays fast. Keys:
//!
//! - headline figures (the page's `data-metric` names): `residential-beds`,
//!   `pooled-residential-beds`, `residential-facilities`, `receiving-chairs`, `inpatient-beds`,
//!   `hospital-only-beds`, `episodes`, `mobile-teams`, `mobile-fte`, `crisis-line-staff`,
//!   `crisis-line-fte`, `annual-cost`, `hospital-only-cost`, `savings`, `cost-per-episode`,
//!   `cost-per-resident`;
//! - per stream (`adult` or `youth`, the latter only when it is on):
//!   - `adult.episodes`;
//!   - `adult.flow.entry`, `adult.flow.mobile`, `adult.flow.receiving`, `adult.flow.ed`,
//!     `adult.flow.residential`, `adult.flow.inpatient`, `adult.flow.outcomes`;
//!   - `adult.receiving.<m>`, `adult.inpatient.<m>` and `adult.programs[i].<m>` with `<m>` one
//!     of `load`, `beds`, `days_full`, `utilization`, `cost` (programs also `facilities`);
//!   - `adult.residential.beds`, `adult.residential.pooled_beds`,
//!     `adult.residential.facilities`;
//!   - `adult.hospital_only.beds`, `adult.hospital_only.cost`;
//!   - `adult.cost.total`, `adult.cost.savings`, `adult.cost.per_episode`,
//!     `adult.cost.per_resident`;
//! - shared services: `mobile.load`, `mobile.teams`, `mobile.fte`, `mobile.cost`,
//!   `crisis_line.load`, `crisis_line.on_duty`, `crisis_line.fte`, `crisis_line.cost`.

use crate::eval::flow::DAYS_PER_YEAR;
use crate::eval::results::{Explanation, Facility, Money, Results, ServiceFlow, StreamResults};
use crate::eval::staffing::HOURS_PER_YEAR;
use crate::scenario::{CostBasis, MobileCostBasis, ResponseMode, Scenario, SizingRule};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The explanations are read off the results on demand (this layer sits above the results).
impl Results {
    /// The explanation of one figure (see [`crate::analysis::explain`] for the keys), or `None` for an
    /// unknown key.
    pub fn explain(&self, key: &str) -> Option<Explanation> {
        explain(self, key)
    }

    /// The explanation of one figure in a language (`explain_in(key, Lang::En)` is
    /// [`Results::explain`]).
    pub fn explain_in(&self, key: &str, lang: Lang) -> Option<Explanation> {
        explain_in(self, key, lang)
    }

    /// Every explanation in a language, keyed.
    pub fn explanations_in(&self, lang: Lang) -> Vec<(String, Explanation)> {
        self.explanation_keys()
            .into_iter()
            .filter_map(|k| self.explain_in(&k, lang).map(|e| (k, e)))
            .collect()
    }

    /// Every key [`Results::explain`] answers for these results.
    pub fn explanation_keys(&self) -> Vec<String> {
        keys(self)
    }

    /// Every explanation, keyed.
    pub fn explanations(&self) -> Vec<(String, Explanation)> {
        self.explanation_keys()
            .into_iter()
            .filter_map(|k| self.explain(&k).map(|e| (k, e)))
            .collect()
    }
}

const HEADLINE: [&str; 16] = [
    "residential-beds",
    "pooled-residential-beds",
    "residential-facilities",
    "receiving-chairs",
    "inpatient-beds",
    "hospital-only-beds",
    "episodes",
    "mobile-teams",
    "mobile-fte",
    "crisis-line-staff",
    "crisis-line-fte",
    "annual-cost",
    "hospital-only-cost",
    "savings",
    "cost-per-episode",
    "cost-per-resident",
];

const FACILITY_METRICS: [&str; 5] = ["load", "beds", "days_full", "utilization", "cost"];
const SERVICES: [&str; 6] = [
    "entry",
    "mobile",
    "receiving",
    "ed",
    "residential",
    "inpatient",
];

/// Every key `explain` answers for these results.
pub(crate) fn keys(r: &Results) -> Vec<String> {
    let mut out: Vec<String> = HEADLINE.iter().map(|k| k.to_string()).collect();
    let streams = [("adult", Some(&r.adult)), ("youth", r.youth.as_ref())];
    for (name, st) in streams {
        let Some(st) = st else { continue };
        out.push(format!("{name}.episodes"));
        for sv in SERVICES {
            out.push(format!("{name}.flow.{sv}"));
        }
        out.push(format!("{name}.flow.outcomes"));
        for fac in ["receiving", "inpatient"] {
            for m in FACILITY_METRICS {
                out.push(format!("{name}.{fac}.{m}"));
            }
        }
        for i in 0..st.programs.len() {
            for m in FACILITY_METRICS.iter().chain(["facilities"].iter()) {
                out.push(format!("{name}.programs[{i}].{m}"));
            }
        }
        for m in ["beds", "pooled_beds", "facilities"] {
            out.push(format!("{name}.residential.{m}"));
        }
        for m in ["beds", "cost"] {
            out.push(format!("{name}.hospital_only.{m}"));
        }
        for m in ["total", "savings", "per_episode", "per_resident"] {
            out.push(format!("{name}.cost.{m}"));
        }
    }
    for m in ["load", "teams", "fte", "cost"] {
        out.push(format!("mobile.{m}"));
    }
    for m in ["load", "on_duty", "fte", "cost"] {
        out.push(format!("crisis_line.{m}"));
    }
    out
}

/// The explanation of one figure, in English.
pub(crate) fn explain(r: &Results, key: &str) -> Option<Explanation> {
    explain_in(r, key, Lang::En)
}

/// The explanation of one figure in a language.
pub(crate) fn explain_in(r: &Results, key: &str, lang: Lang) -> Option<Explanation> {
    let l = L::new(lang);
    if let Some(e) = headline(l, r, key) {
        return Some(e);
    }
    if let Some(rest) = key.strip_prefix("mobile.") {
        return mobile(l, r, rest);
    }
    if let Some(rest) = key.strip_prefix("crisis_line.") {
        return crisis_line(l, r, rest);
    }
    let (name, rest) = key.split_once('.')?;
    let st = match name {
        "adult" => &r.adult,
        "youth" => r.youth.as_ref()?,
        _ => return None,
    };
    stream(l, r, name, st, rest)
}

/// The language of an explanation and its number format.
#[derive(Clone, Copy)]
struct L {
    lang: Lang,
    f: Format,
}

impl L {
    fn new(lang: Lang) -> L {
        L {
            lang,
            f: Format::new(lang),
        }
    }

    fn t(self, en: &'static str, es: &'static str) -> &'static str {
        self.lang.pick(en, es)
    }

    fn es(self) -> bool {
        self.lang == Lang::Es
    }

    fn money(self, m: Money) -> String {
        let f = self.f;
        if self.es() {
            format!(
                "{} (bajo {}, alto {})",
                f.currency(m.mid),
                f.currency(m.low),
                f.currency(m.high)
            )
        } else {
            format!(
                "{} (low {}, high {})",
                f.currency(m.mid),
                f.currency(m.low),
                f.currency(m.high)
            )
        }
    }

    fn money_compact(self, m: Money) -> String {
        let f = self.f;
        if self.es() {
            format!(
                "{} (bajo {}, alto {})",
                f.currency_compact(m.mid),
                f.currency_compact(m.low),
                f.currency_compact(m.high)
            )
        } else {
            format!(
                "{} (low {}, high {})",
                f.currency_compact(m.mid),
                f.currency_compact(m.low),
                f.currency_compact(m.high)
            )
        }
    }

    fn per_month(self, v: f64) -> String {
        if self.es() {
            format!("{} al mes", self.f.number(v))
        } else {
            format!("{} a month", self.f.number(v))
        }
    }

    fn days(self, v: f64) -> String {
        if self.es() {
            format!("{} días", self.f.number(v))
        } else {
            format!("{} days", self.f.number(v))
        }
    }

    fn range_text(self, low: f64, high: f64) -> String {
        let f = self.f;
        if self.es() {
            format!(
                "{} (rango de {} a {})",
                f.currency(0.5 * (low + high)),
                f.currency(low),
                f.currency(high)
            )
        } else {
            format!(
                "{} (range {}-{})",
                f.currency(0.5 * (low + high)),
                f.currency(low),
                f.currency(high)
            )
        }
    }

    fn beds(self, n: u64) -> String {
        self.f
            .plural(n, self.t("bed", "cama"), self.t("beds", "camas"))
    }

    fn facilities(self, n: u64) -> String {
        self.f.plural(
            n,
            self.t("facility", "centro"),
            self.t("facilities", "centros"),
        )
    }

    fn program_name(self, name: &str) -> String {
        crate::input::presets::program_name_in(name, self.lang)
    }
}

fn ex(figure: String, formula: impl Into<String>, inputs: Vec<(&str, String)>) -> Explanation {
    Explanation {
        figure,
        formula: formula.into(),
        inputs: inputs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    }
}

/// What a facility counts: beds or chairs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Beds,
    Chairs,
}

impl Unit {
    fn one(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("bed", "cama"),
            Unit::Chairs => l.t("chair", "sillón"),
        }
    }

    fn many(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("beds", "camas"),
            Unit::Chairs => l.t("chairs", "sillones"),
        }
    }

    fn many_capital(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("Beds", "Camas"),
            Unit::Chairs => l.t("Chairs", "Sillones"),
        }
    }

    /// "occupied" in Spanish agrees with the noun.
    fn occupied(self, l: L) -> &'static str {
        match self {
            Unit::Beds => l.t("occupied", "ocupadas"),
            Unit::Chairs => l.t("occupied", "ocupados"),
        }
    }
}

fn headline(l: L, r: &Results, key: &str) -> Option<Explanation> {
    let t = &r.totals;
    let f = l.f;
    let both = |g: &dyn Fn(&StreamResults) -> String| -> Vec<(String, String)> {
        let mut v = vec![(l.t("Adults", "Adultos").to_string(), g(&r.adult))];
        if let Some(y) = &r.youth {
            v.push((l.t("Youth", "Jóvenes").to_string(), g(y)));
        }
        v
    };
    let build = |figure: String, formula: &str, inputs: Vec<(String, String)>| Explanation {
        figure,
        formula: formula.to_string(),
        inputs,
    };
    Some(match key {
        "residential-beds" => {
            let mut inputs = Vec::new();
            for (label, st) in streams(l, r) {
                for p in &st.programs {
                    inputs.push((
                        format!("{} ({label})", l.program_name(&p.name)),
                        l.beds(p.facility.beds),
                    ));
                }
            }
            build(
                l.beds(t.residential_beds.total),
                l.t(
                    "Residential crisis beds = the sum of the beds each program needs on its own \
                     (adult and youth programs are separate facilities).",
                    "Camas residenciales de crisis = la suma de las camas que necesita cada \
                     programa por sí solo (los programas para adultos y para jóvenes son centros \
                     separados).",
                ),
                inputs,
            )
        }
        "pooled-residential-beds" => build(
            l.beds(t.pooled_residential_beds.total),
            l.t(
                "Beds if each stream's programs shared one pool: the summed offered load sized by \
                 the same rule. One pool needs fewer beds than separate programs.",
                "Camas si los programas de cada población compartieran un solo conjunto de camas: la \
                 carga ofrecida sumada, dimensionada con la misma regla. Un conjunto compartido \
                 necesita menos camas que programas separados.",
            ),
            both(&|st| {
                let (a, b, c) = (
                    f.number(st.residential.load),
                    f.count(st.residential.pooled.beds),
                    f.count(st.residential.beds),
                );
                if l.es() {
                    format!("carga {a} → {b} compartidas, {c} separadas")
                } else {
                    format!("load {a} → {b} pooled, {c} separate")
                }
            }),
        ),
        "residential-facilities" => {
            let mut inputs = Vec::new();
            for (label, st) in streams(l, r) {
                for p in &st.programs {
                    let (a, b, c) = (
                        f.count(p.facility.beds),
                        f.count(p.facility.max_per_facility),
                        f.count(p.facility.facilities),
                    );
                    inputs.push((
                        format!("{} ({label})", l.program_name(&p.name)),
                        if l.es() {
                            format!("{a} camas / {b} por centro → {c}")
                        } else {
                            format!("{a} beds / {b} a facility → {c}")
                        },
                    ));
                }
            }
            build(
                l.facilities(t.residential_facilities.total),
                l.t(
                    "Facilities = for each program, beds / most beds a facility may have, rounded \
                     up (16: the Medicaid IMD limit, seed 003); summed over programs.",
                    "Centros = para cada programa, camas / máximo de camas que puede tener un \
                     centro, redondeado hacia arriba (16: el límite IMD de Medicaid, documento \
                     fuente 003); sumado en todos los programas.",
                ),
                inputs,
            )
        }
        "receiving-chairs" => build(
            f.plural(
                t.receiving_chairs.total,
                l.t("chair", "sillón"),
                l.t("chairs", "sillones"),
            ),
            l.t(
                "Receiving facility chairs (23-hour observation): the visits' offered load sized by \
                 the rule; adult and youth chairs are sized separately and added.",
                "Sillones del centro de recepción de crisis (sillones de observación de 23 horas): \
                 la carga ofrecida de las visitas, dimensionada con la regla; los sillones de \
                 adultos y de jóvenes se dimensionan por separado y se suman.",
            ),
            both(&|st| {
                let (a, b) = (f.number(st.receiving.load), f.count(st.receiving.beds));
                if l.es() {
                    format!("carga {a} → {b} sillones")
                } else {
                    format!("load {a} → {b} chairs")
                }
            }),
        ),
        "inpatient-beds" => build(
            l.beds(t.inpatient_beds.total),
            l.t(
                "Inpatient beds the continuum still needs: direct admissions and step-ups from \
                 residential care, sized by the rule.",
                "Camas de hospitalización que el continuo aún necesita: ingresos directos y pasos \
                 desde la atención residencial, dimensionadas con la regla.",
            ),
            both(&|st| {
                let (a, b) = (f.number(st.inpatient.load), f.count(st.inpatient.beds));
                if l.es() {
                    format!("carga {a} → {b} camas")
                } else {
                    format!("load {a} → {b} beds")
                }
            }),
        ),
        "hospital-only-beds" => build(
            l.beds(t.hospital_only_beds.total),
            l.t(
                "Inpatient beds without a continuum: everyone who reached residential or inpatient \
                 care is admitted to hospital, sized by the rule.",
                "Camas de hospitalización sin un continuo: todas las personas que llegaron a \
                 atención residencial u hospitalaria ingresan al hospital; dimensionadas con la \
                 regla.",
            ),
            both(&|st| {
                let (a, b) = (
                    f.number(st.hospital_only.load),
                    f.count(st.hospital_only.beds),
                );
                if l.es() {
                    format!("carga {a} → {b} camas")
                } else {
                    format!("load {a} → {b} beds")
                }
            }),
        ),
        "episodes" => build(
            if l.es() {
                format!(
                    "{} episodios de crisis al año",
                    f.thousands(t.episodes_per_year)
                )
            } else {
                format!("{} crisis episodes a year", f.thousands(t.episodes_per_year))
            },
            l.t(
                "Episodes a year = residents / 100,000 × rate per month × 12, for each stream.",
                "Episodios al año = residentes / 100,000 × tasa mensual × 12, para adultos y para jóvenes.",
            ),
            both(&|st| {
                if l.es() {
                    format!("{} al año", f.thousands(st.episodes_per_year))
                } else {
                    format!("{} a year", f.thousands(st.episodes_per_year))
                }
            }),
        ),
        "mobile-teams" => return mobile(l, r, "teams"),
        "mobile-fte" => return mobile(l, r, "fte"),
        "crisis-line-staff" => return crisis_line(l, r, "on_duty"),
        "crisis-line-fte" => return crisis_line(l, r, "fte"),
        "annual-cost" => build(
            l.money_compact(t.annual_cost),
            l.t(
                "Annual cost of the continuum = receiving facility + residential programs + \
                 inpatient care + mobile teams + crisis line, for both streams. Low and high use \
                 the low and high end of every cost range.",
                "Costo anual del continuo = centro de recepción de crisis + programas \
                 residenciales + hospitalización + equipos móviles + línea de crisis, para adultos y \
                 jóvenes. Bajo y alto usan el extremo bajo y el alto de cada rango de costos.",
            ),
            {
                let mut parts: [Money; 5] = [Money::ZERO; 5];
                for (_, st) in streams(l, r) {
                    let c = &st.cost;
                    for (slot, m) in parts.iter_mut().zip([
                        c.receiving,
                        c.residential,
                        c.inpatient,
                        c.mobile,
                        c.crisis_line,
                    ]) {
                        *slot = slot.plus(m);
                    }
                }
                [
                    l.t("Receiving facility", "Centro de recepción de crisis"),
                    l.t("Residential programs", "Programas residenciales"),
                    l.t("Inpatient care", "Hospitalización"),
                    l.t("Mobile teams", "Equipos móviles"),
                    l.t("Crisis line", "Línea de crisis"),
                ]
                .iter()
                .zip(parts)
                .map(|(k, m)| (k.to_string(), l.money(m)))
                .chain([(
                    l.t("Cost basis", "Base de costos").to_string(),
                    r.cost_basis.label_in(l.lang).to_string(),
                )])
                .collect()
            },
        ),
        "hospital-only-cost" => build(
            l.money_compact(t.hospital_only_cost),
            l.t(
                "Hospital-only cost: everyone who reached residential or inpatient care is admitted \
                 to a psychiatric hospital instead, for the inpatient stay at the inpatient cost per \
                 day (no mobile teams, receiving facility or crisis line). Emergency department \
                 visits are not costed in either world.",
                "Costo con solo atención hospitalaria: todas las personas que llegaron a atención residencial u \
                 hospitalaria ingresan en su lugar a un hospital psiquiátrico, por la estadía de \
                 hospitalización y al costo de hospitalización por día (sin equipos móviles, \
                 centro de recepción de crisis ni línea de crisis). Las visitas al departamento \
                 de emergencias no se cuentan en ninguno de los dos casos.",
            ),
            {
                let s = &r.scenario;
                let mut v = both(&|st| {
                    let (a, b) = (
                        f.number(st.hospital_only.admissions_per_month),
                        f.currency_compact(st.hospital_only.cost.mid),
                    );
                    if l.es() {
                        format!("{a} admisiones al mes → {b}")
                    } else {
                        format!("{a} admissions a month → {b}")
                    }
                });
                v.push((
                    l.t("Inpatient stay", "Estadía de hospitalización").into(),
                    l.days(s.inpatient.stay_days),
                ));
                v.push((
                    l.t("Inpatient cost per day", "Costo de hospitalización por día")
                        .into(),
                    l.range_text(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high),
                ));
                v.push((
                    l.t("Cost basis", "Base de costos").into(),
                    r.cost_basis.label_in(l.lang).to_string(),
                ));
                v
            },
        ),
        "savings" => build(
            l.money_compact(t.savings),
            l.t(
                "Savings = hospital-only cost − continuum cost (each at low, default and high \
                 prices). A negative figure means the continuum costs more than hospital care alone.",
                "Ahorro = costo con solo atención hospitalaria − costo del continuo (cada uno con precios bajos, \
                 predeterminados y altos). Una cifra negativa significa que el continuo cuesta más \
                 que la atención hospitalaria sola.",
            ),
            vec![
                (
                    l.t("Hospital-only cost", "Costo con solo atención hospitalaria").into(),
                    l.money(t.hospital_only_cost),
                ),
                (
                    l.t("Continuum cost", "Costo del continuo").into(),
                    l.money(t.annual_cost),
                ),
            ],
        ),
        "cost-per-episode" => build(
            l.money(t.cost_per_episode),
            l.t(
                "Cost per episode = annual continuum cost / crisis episodes a year.",
                "Costo por episodio = costo anual del continuo / episodios de crisis al año.",
            ),
            vec![
                (
                    l.t("Annual cost", "Costo anual").into(),
                    l.money(t.annual_cost),
                ),
                (
                    l.t("Episodes a year", "Episodios al año").into(),
                    f.thousands(t.episodes_per_year),
                ),
            ],
        ),
        "cost-per-resident" => build(
            l.money(t.cost_per_resident),
            l.t(
                "Cost per resident = annual continuum cost / population (all ages).",
                "Costo por residente = costo anual del continuo / población (todas las edades).",
            ),
            vec![
                (
                    l.t("Annual cost", "Costo anual").into(),
                    l.money(t.annual_cost),
                ),
                (
                    l.t("Population", "Población").into(),
                    f.thousands(r.population),
                ),
            ],
        ),
        _ => return None,
    })
}

fn streams(l: L, r: &Results) -> Vec<(&'static str, &StreamResults)> {
    let mut v = vec![(l.t("adults", "adultos"), &r.adult)];
    if let Some(y) = &r.youth {
        v.push((l.t("youth", "jóvenes"), y));
    }
    v
}

fn stream(l: L, r: &Results, name: &str, st: &StreamResults, rest: &str) -> Option<Explanation> {
    let s = &r.scenario;
    let f = l.f;
    let youth = name == "youth";
    let (rate, residents_label) = if youth {
        (
            s.youth.rate_per_100k,
            l.t("Youth residents", "Residentes jóvenes"),
        )
    } else {
        (
            s.adult.rate_per_100k,
            l.t("Residents (all ages)", "Residentes (todas las edades)"),
        )
    };
    let flow = if youth { &s.youth.flow } else { &s.flow };
    let programs = if youth {
        &s.youth.programs
    } else {
        &s.programs
    };
    if rest == "episodes" {
        let (a, b) = (
            f.number(st.episodes_per_month),
            f.thousands(st.episodes_per_year),
        );
        return Some(ex(
            match (l.lang, youth) {
                (Lang::En, true) => format!("{a} youth crisis episodes a month ({b} a year)"),
                (Lang::En, false) => format!("{a} adult crisis episodes a month ({b} a year)"),
                (Lang::Es, true) => {
                    format!("{a} episodios de crisis de jóvenes al mes ({b} al año)")
                }
                (Lang::Es, false) => {
                    format!("{a} episodios de crisis de adultos al mes ({b} al año)")
                }
            },
            l.t(
                "Episodes a month = residents / 100,000 × episodes per 100,000 a month.",
                "Episodios al mes = residentes / 100,000 × episodios por cada 100,000 al mes.",
            ),
            vec![
                (residents_label, f.thousands(st.residents)),
                (
                    l.t(
                        "Episodes per 100,000 a month",
                        "Episodios por cada 100,000 al mes",
                    ),
                    f.number(rate),
                ),
            ],
        ));
    }
    if let Some(service) = rest.strip_prefix("flow.") {
        return flow_explanation(l, st, flow, service);
    }
    if let Some(m) = rest.strip_prefix("receiving.") {
        let what = l.t("receiving facility", "el centro de recepción de crisis");
        return facility_explanation(l, r, &st.receiving, Unit::Chairs, what, m);
    }
    if let Some(m) = rest.strip_prefix("inpatient.") {
        let what = l.t("inpatient care", "la hospitalización");
        return facility_explanation(l, r, &st.inpatient, Unit::Beds, what, m);
    }
    if let Some(p) = rest.strip_prefix("programs[") {
        let (i, m) = p.split_once("].")?;
        let i: usize = i.parse().ok()?;
        let pr = st.programs.get(i)?;
        let fac = &pr.facility;
        let name = l.program_name(&pr.name);
        if m == "facilities" {
            return Some(ex(
                l.facilities(fac.facilities),
                l.t(
                    "Facilities = beds / most beds a facility may have, rounded up.",
                    "Centros = camas / máximo de camas que puede tener un centro, redondeado hacia \
                     arriba.",
                ),
                vec![
                    (l.t("Beds", "Camas"), f.count(fac.beds)),
                    (
                        l.t("Most beds a facility", "Máximo de camas por centro"),
                        f.count(fac.max_per_facility),
                    ),
                ],
            ));
        }
        if m == "load" {
            let share = programs.get(i).map_or(0.0, |p| p.share);
            let mut e = facility_explanation(l, r, fac, Unit::Beds, &name, m)?;
            e.inputs.insert(
                0,
                (
                    l.t(
                        "Residential admissions a month (all programs)",
                        "Ingresos residenciales al mes (todos los programas)",
                    )
                    .into(),
                    f.number(st.residential.admissions_per_month),
                ),
            );
            e.inputs.insert(
                1,
                (
                    l.t(
                        "Program's share of admissions",
                        "Proporción de ingresos del programa",
                    )
                    .into(),
                    f.percent(share),
                ),
            );
            e.formula = if l.es() {
                format!(
                    "Admisiones al mes = ingresos residenciales × la proporción del programa; {}",
                    e.formula
                )
            } else {
                format!(
                    "Admissions a month = residential admissions × the program's share; {}",
                    e.formula
                )
            };
            return Some(e);
        }
        return facility_explanation(l, r, fac, Unit::Beds, &name, m);
    }
    if let Some(m) = rest.strip_prefix("residential.") {
        let res = &st.residential;
        let names: Vec<String> = st
            .programs
            .iter()
            .map(|p| l.program_name(&p.name))
            .collect();
        return Some(match m {
            "beds" => ex(
                l.beds(res.beds),
                l.t(
                    "Residential beds = the sum of each program's beds, each program sized on its own.",
                    "Camas residenciales = la suma de las camas de cada programa, cada programa \
                     dimensionado por sí solo.",
                ),
                names
                    .iter()
                    .zip(&st.programs)
                    .map(|(n, p)| (n.as_str(), l.beds(p.facility.beds)))
                    .collect(),
            ),
            "pooled_beds" => ex(
                l.beds(res.pooled.beds),
                pooled_formula(l, s),
                vec![
                    (
                        l.t("Summed offered load", "Carga ofrecida sumada"),
                        f.number(res.load),
                    ),
                    (
                        l.t("Separate programs", "Programas separados"),
                        l.beds(res.beds),
                    ),
                    (
                        l.t(
                            "Pooled share of days full",
                            "Proporción de días a plena capacidad (compartido)",
                        ),
                        f.percent(res.pooled.days_full),
                    ),
                    (
                        l.t("Pooled utilization", "Utilización (compartido)"),
                        f.percent(res.pooled.utilization),
                    ),
                ],
            ),
            "facilities" => ex(
                l.facilities(res.facilities),
                l.t(
                    "Facilities = for each program, beds / most beds a facility may have, rounded \
                     up; summed over programs.",
                    "Centros = para cada programa, camas / máximo de camas que puede tener un \
                     centro, redondeado hacia arriba; sumado en todos los programas.",
                ),
                names
                    .iter()
                    .zip(&st.programs)
                    .map(|(n, p)| (n.as_str(), f.count(p.facility.facilities)))
                    .collect(),
            ),
            _ => return None,
        });
    }
    if let Some(m) = rest.strip_prefix("hospital_only.") {
        let h = &st.hospital_only;
        let admissions = vec![
            (
                l.t(
                    "Episodes reaching residential or inpatient care",
                    "Episodios que llegan a atención residencial u hospitalaria",
                ),
                l.per_month(h.admissions_per_month),
            ),
            (
                l.t("Share of episodes", "Proporción de episodios"),
                f.percent(st.flow.hospital_share),
            ),
            (
                l.t("Inpatient stay", "Estadía de hospitalización"),
                l.days(s.inpatient.stay_days),
            ),
            (l.t("Offered load", "Carga ofrecida"), f.number(h.load)),
        ];
        return Some(match m {
            "beds" => ex(
                l.beds(h.beds),
                if l.es() {
                    format!(
                        "Sin un continuo, todas las personas que llegaron a atención residencial u \
                         hospitalaria ingresan al hospital; camas según la regla: {}",
                        rule_formula(l, s)
                    )
                } else {
                    format!(
                        "Without a continuum, everyone who reached residential or inpatient care \
                         is admitted to hospital; beds by the rule: {}",
                        rule_formula(l, s)
                    )
                },
                admissions,
            ),
            "cost" => {
                let mut inputs = admissions;
                inputs.push((
                    l.t("Inpatient cost per day", "Costo de hospitalización por día"),
                    l.range_text(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high),
                ));
                inputs.push((l.t("Beds", "Camas"), f.count(h.beds)));
                ex(l.money(h.cost), cost_formula(l, r.cost_basis), inputs)
            }
            _ => return None,
        });
    }
    if let Some(m) = rest.strip_prefix("cost.") {
        let c = &st.cost;
        return Some(match m {
            "total" => ex(
                l.money(c.total),
                match (l.lang, youth) {
                    (Lang::En, _) => format!(
                        "The {} stream's continuum cost = receiving facility + residential \
                         programs + inpatient care + its share of the mobile teams (by \
                         dispatches) and of the crisis line (by residents).",
                        if youth { "youth" } else { "adult" }
                    ),
                    (Lang::Es, _) => format!(
                        "Costo del continuo de los servicios para {} = centro de recepción de crisis + \
                         programas residenciales + hospitalización + su parte de los equipos \
                         móviles (según los despachos) y de la línea de crisis (según los \
                         residentes).",
                        if youth { "jóvenes" } else { "adultos" }
                    ),
                },
                vec![
                    (
                        l.t("Receiving facility", "Centro de recepción de crisis"),
                        l.money(c.receiving),
                    ),
                    (
                        l.t("Residential programs", "Programas residenciales"),
                        l.money(c.residential),
                    ),
                    (
                        l.t("Inpatient care", "Hospitalización"),
                        l.money(c.inpatient),
                    ),
                    (
                        l.t("Mobile teams (share)", "Equipos móviles (parte)"),
                        l.money(c.mobile),
                    ),
                    (
                        l.t("Crisis line (share)", "Línea de crisis (parte)"),
                        l.money(c.crisis_line),
                    ),
                ],
            ),
            "savings" => ex(
                l.money(c.savings),
                l.t(
                    "Savings = hospital-only cost − continuum cost.",
                    "Ahorro = costo con solo atención hospitalaria − costo del continuo.",
                ),
                vec![
                    (
                        l.t("Hospital-only cost", "Costo con solo atención hospitalaria"),
                        l.money(c.hospital_only),
                    ),
                    (
                        l.t("Continuum cost", "Costo del continuo"),
                        l.money(c.total),
                    ),
                ],
            ),
            "per_episode" => ex(
                l.money(c.per_episode),
                l.t(
                    "Cost per episode = continuum cost / episodes a year.",
                    "Costo por episodio = costo del continuo / episodios al año.",
                ),
                vec![
                    (
                        l.t("Continuum cost", "Costo del continuo"),
                        l.money(c.total),
                    ),
                    (
                        l.t("Episodes a year", "Episodios al año"),
                        f.thousands(st.episodes_per_year),
                    ),
                ],
            ),
            "per_resident" => ex(
                l.money(c.per_resident),
                l.t(
                    "Cost per resident = continuum cost / residents.",
                    "Costo por residente = costo del continuo / residentes.",
                ),
                vec![
                    (
                        l.t("Continuum cost", "Costo del continuo"),
                        l.money(c.total),
                    ),
                    (residents_label, f.thousands(st.residents)),
                ],
            ),
            _ => return None,
        });
    }
    None
}

fn flow_explanation(
    l: L,
    st: &StreamResults,
    fl: &crate::scenario::Flow,
    service: &str,
) -> Option<Explanation> {
    let v = &st.flow;
    let f = l.f;
    let figure = |sf: &ServiceFlow, en: &str, es: &str| {
        let (a, b) = (f.number(sf.per_month), f.thousands(sf.per_year));
        if l.es() {
            format!("{a} {es} al mes ({b} al año)")
        } else {
            format!("{a} {en} a month ({b} a year)")
        }
    };
    let from = |label: &'static str, volume: f64, share: f64| -> (&'static str, String) {
        (
            label,
            format!(
                "{} × {} = {}",
                f.number(volume),
                f.percent(share),
                f.number(volume * share)
            ),
        )
    };
    let onward = |sf: &ServiceFlow| -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (label, x) in [
            (
                l.t("On to a mobile team", "A un equipo móvil"),
                sf.to_mobile,
            ),
            (
                l.t(
                    "On to the receiving facility",
                    "Al centro de recepción de crisis",
                ),
                sf.to_receiving,
            ),
            (
                l.t("On to an emergency department", "A una sala de emergencias"),
                sf.to_ed,
            ),
            (
                l.t("On to residential care", "A atención residencial"),
                sf.to_residential,
            ),
            (
                l.t("On to inpatient care", "A hospitalización"),
                sf.to_inpatient,
            ),
        ] {
            if x > 0.0 {
                out.push((label, l.per_month(x)));
            }
        }
        out.push((
            l.t("Resolved here", "Resueltos aquí"),
            l.per_month(sf.resolved_per_month),
        ));
        out
    };
    let from_entry = l.t("From entry", "Desde la entrada");
    let from_mobile = l.t("From mobile teams", "Desde los equipos móviles");
    let from_receiving = l.t(
        "From the receiving facility",
        "Desde el centro de recepción de crisis",
    );
    let from_ed = l.t(
        "From emergency departments",
        "Desde las salas de emergencias",
    );
    Some(match service {
        "entry" => {
            let mut inputs = vec![(
                l.t("Crisis episodes", "Episodios de crisis"),
                l.per_month(v.entry.per_month),
            )];
            inputs.extend(onward(&v.entry));
            ex(
                figure(&v.entry, "episodes enter", "episodios entran"),
                l.t(
                    "Each service passes the shares set in the flow onward; the rest is resolved \
                     there (for entry: by the crisis line or on the phone).",
                    "Cada servicio pasa adelante las proporciones fijadas en el flujo; el resto se \
                     resuelve allí (en la entrada: por la línea de crisis o por teléfono).",
                ),
                inputs,
            )
        }
        "mobile" => {
            let mut inputs = vec![from(from_entry, v.entry.per_month, fl.entry_to_mobile)];
            inputs.extend(onward(&v.mobile));
            ex(
                figure(
                    &v.mobile,
                    "mobile team dispatches",
                    "despachos de equipos móviles",
                ),
                l.t(
                    "Dispatches = entering episodes × share sent to a mobile team; the rest of what \
                     a team does not pass on is resolved on scene.",
                    "Despachos = episodios que entran × proporción enviada a un equipo móvil; lo \
                     que un equipo no pasa adelante se resuelve en el lugar.",
                ),
                inputs,
            )
        }
        "receiving" => {
            let mut inputs = vec![
                from(from_entry, v.entry.per_month, fl.entry_to_receiving),
                from(from_mobile, v.mobile.per_month, fl.mobile_to_receiving),
            ];
            inputs.extend(onward(&v.receiving));
            ex(
                figure(
                    &v.receiving,
                    "receiving facility visits",
                    "visitas al centro de recepción de crisis",
                ),
                l.t(
                    "Visits = what entry and the mobile teams send to the receiving facility.",
                    "Visitas = lo que la entrada y los equipos móviles envían al centro de \
                     recepción de crisis.",
                ),
                inputs,
            )
        }
        "ed" => {
            let mut inputs = vec![from(from_entry, v.entry.per_month, fl.entry_to_ed)];
            inputs.extend(onward(&v.ed));
            ex(
                figure(
                    &v.ed,
                    "emergency department visits",
                    "visitas a la sala de emergencias",
                ),
                l.t(
                    "Visits = entering episodes × share sent to an emergency department.",
                    "Visitas = episodios que entran × proporción enviada a un departamento de \
                     emergencias.",
                ),
                inputs,
            )
        }
        "residential" => {
            let inputs = vec![
                from(from_entry, v.entry.per_month, fl.entry_to_residential),
                from(from_mobile, v.mobile.per_month, fl.mobile_to_residential),
                from(
                    from_receiving,
                    v.receiving.per_month,
                    fl.receiving_to_residential,
                ),
                from(from_ed, v.ed.per_month, fl.ed_to_residential),
                (
                    l.t("Step up to inpatient care", "Paso a hospitalización"),
                    format!(
                        "{} × {} = {}",
                        f.number(v.residential.per_month),
                        f.percent(fl.residential_to_inpatient),
                        f.number(v.residential.to_inpatient)
                    ),
                ),
            ];
            ex(
                figure(
                    &v.residential,
                    "residential admissions",
                    "ingresos residenciales",
                ),
                l.t(
                    "Residential admissions = the sum of what each service sends to residential \
                     crisis care; the programs share them by their mix.",
                    "Ingresos residenciales = la suma de lo que cada servicio envía a atención \
                     residencial de crisis; los programas se los reparten según su combinación.",
                ),
                inputs,
            )
        }
        "inpatient" => ex(
            figure(
                &v.inpatient,
                "inpatient admissions",
                "ingresos a hospitalización",
            ),
            l.t(
                "Inpatient admissions = the sum of what each service sends to inpatient care, \
                 including step-ups from residential care.",
                "Ingresos a hospitalización = la suma de lo que cada servicio envía a \
                 hospitalización, incluidos los pasos desde la atención residencial.",
            ),
            vec![
                from(from_entry, v.entry.per_month, fl.entry_to_inpatient),
                from(from_mobile, v.mobile.per_month, fl.mobile_to_inpatient),
                from(
                    from_receiving,
                    v.receiving.per_month,
                    fl.receiving_to_inpatient,
                ),
                from(from_ed, v.ed.per_month, fl.ed_to_inpatient),
                from(
                    l.t("From residential care", "Desde la atención residencial"),
                    v.residential.per_month,
                    fl.residential_to_inpatient,
                ),
            ],
        ),
        "outcomes" => {
            let o = &v.outcomes;
            ex(
                if l.es() {
                    format!(
                        "El {} de los episodios nunca llega a hospitalización",
                        f.percent(v.diverted_share)
                    )
                } else {
                    format!(
                        "{} of episodes never reach inpatient care",
                        f.percent(v.diverted_share)
                    )
                },
                l.t(
                    "Every episode ends somewhere: resolved in the community, in a residential \
                     program, or in inpatient care; the three add up to the episodes entering.",
                    "Cada episodio termina en algún lugar: resuelto en la comunidad, en un \
                     programa residencial o en hospitalización; los tres suman los episodios que \
                     entran.",
                ),
                vec![
                    (
                        l.t("Episodes entering", "Episodios que entran"),
                        l.per_month(v.entry.per_month),
                    ),
                    (
                        l.t("Resolved in the community", "Resueltos en la comunidad"),
                        l.per_month(o.resolved_per_month),
                    ),
                    (
                        l.t(
                            "Ended in residential care",
                            "Terminaron en atención residencial",
                        ),
                        l.per_month(o.residential_per_month),
                    ),
                    (
                        l.t("Ended in inpatient care", "Terminaron en hospitalización"),
                        l.per_month(o.inpatient_per_month),
                    ),
                ],
            )
        }
        _ => return None,
    })
}

fn rule_formula(l: L, s: &Scenario) -> String {
    let f = l.f;
    match (s.sizing.rule, l.lang) {
        (SizingRule::DaysFull, Lang::En) => format!(
            "the smallest number c that is full on at most {} of days (Erlang B: B(A, c) ≤ {}) \
             and used at most {} on average (A × (1 − B) / c ≤ {}).",
            f.percent(s.sizing.target),
            f.percent(s.sizing.target),
            f.percent(s.sizing.max_utilization),
            f.percent(s.sizing.max_utilization)
        ),
        (SizingRule::DaysFull, Lang::Es) => format!(
            "el menor número c con el que el programa esté lleno como máximo el {} de los días (Erlang B: B(A, c) ≤ \
             {}) y se use como máximo al {} en promedio (A × (1 − B) / c ≤ {}).",
            f.percent(s.sizing.target),
            f.percent(s.sizing.target),
            f.percent(s.sizing.max_utilization),
            f.percent(s.sizing.max_utilization)
        ),
        (SizingRule::Occupancy, Lang::En) => format!(
            "c = offered load A / target occupancy {}, rounded up.",
            f.percent(s.sizing.target)
        ),
        (SizingRule::Occupancy, Lang::Es) => format!(
            "c = carga ofrecida A / ocupación objetivo {}, redondeado hacia arriba.",
            f.percent(s.sizing.target)
        ),
    }
}

fn pooled_formula(l: L, s: &Scenario) -> String {
    if l.es() {
        format!(
            "Un solo conjunto compartido para la carga sumada de todos los programas, \
             dimensionado con la misma regla: {}",
            rule_formula(l, s)
        )
    } else {
        format!(
            "One pool for the summed load of all programs, sized by the same rule: {}",
            rule_formula(l, s)
        )
    }
}

fn cost_formula(l: L, basis: CostBasis) -> String {
    match basis {
        CostBasis::OccupiedBedDays => l.t(
            "Cost a year = occupied bed-days a year × cost per day, with bed-days = offered load \
             × 365.",
            "Costo al año = días-cama ocupados al año × costo por día, con días-cama = carga \
             ofrecida × 365.",
        ),
        CostBasis::StaffedBeds => l.t(
            "Cost a year = staffed beds × 365 × cost per day (funded for capacity).",
            "Costo al año = camas con personal × 365 × costo por día (financiadas por su \
             capacidad).",
        ),
    }
    .to_string()
}

fn facility_explanation(
    l: L,
    r: &Results,
    fac: &Facility,
    unit: Unit,
    what: &str,
    metric: &str,
) -> Option<Explanation> {
    let s = &r.scenario;
    let f = l.f;
    let load_inputs = || {
        vec![
            (
                l.t("Admissions a month", "Admisiones al mes"),
                f.number(fac.admissions_per_month),
            ),
            (
                l.t(
                    "Arrivals a day (× 12 / 365)",
                    "Llegadas al día (× 12 / 365)",
                ),
                f.number(fac.arrivals_per_day),
            ),
            (l.t("Mean stay", "Estadía promedio"), l.days(fac.stay_days)),
        ]
    };
    let offered = l.t("Offered load A", "Carga ofrecida A");
    Some(match metric {
        "load" => ex(
            if l.es() {
                format!(
                    "{} {} {} en un día promedio",
                    f.number(fac.load),
                    unit.many(l),
                    unit.occupied(l)
                )
            } else {
                format!(
                    "{} {} occupied on an average day",
                    f.number(fac.load),
                    unit.many(l)
                )
            },
            if l.es() {
                format!(
                    "Carga ofrecida A ({what}) = llegadas al día × estadía promedio en días, con \
                     llegadas al día = admisiones al mes × 12 / 365: el censo promedio si no se \
                     rechazara a nadie (ley de Little)."
                )
            } else {
                format!(
                    "Offered load A ({what}) = arrivals a day × mean stay in days, with arrivals a \
                     day = admissions a month × 12 / 365: the average census if nobody were turned \
                     away (Little's law)."
                )
            },
            load_inputs(),
        ),
        "beds" => {
            let mut inputs = vec![(offered, f.number(fac.load))];
            inputs.push((
                l.t(
                    "Share of days full at this number",
                    "Proporción de días a plena capacidad con este número",
                ),
                f.percent(fac.days_full),
            ));
            inputs.push((
                l.t("Utilization at this number", "Utilización con este número"),
                f.percent(fac.utilization),
            ));
            match s.sizing.rule {
                SizingRule::DaysFull => {
                    inputs.push((
                        l.t("Target: full on at most", "Objetivo: lleno como máximo"),
                        f.percent(s.sizing.target),
                    ));
                    inputs.push((
                        l.t("Highest utilization", "Utilización máxima"),
                        f.percent(s.sizing.max_utilization),
                    ));
                }
                SizingRule::Occupancy => {
                    inputs.push((
                        l.t("Target occupancy", "Ocupación objetivo"),
                        f.percent(s.sizing.target),
                    ));
                }
            }
            ex(
                f.plural(fac.beds, unit.one(l), unit.many(l)),
                if l.es() {
                    format!(
                        "{} para {what}: {}",
                        unit.many_capital(l),
                        rule_formula(l, s)
                    )
                } else {
                    format!(
                        "{} for {what}: {}",
                        unit.many_capital(l),
                        rule_formula(l, s)
                    )
                },
                inputs,
            )
        }
        "days_full" => ex(
            if l.es() {
                format!("Lleno el {} de los días", f.percent(fac.days_full))
            } else {
                format!("Full on {} of days", f.percent(fac.days_full))
            },
            l.t(
                "Share of days full = Erlang B at the chosen number c: B(A, 0) = 1, B(A, k) = A × \
                 B(A, k−1) / (k + A × B(A, k−1)). It holds for any length-of-stay distribution.",
                "Proporción de días a plena capacidad = Erlang B con el número elegido c: B(A, 0) = 1, B(A, k) \
                 = A × B(A, k−1) / (k + A × B(A, k−1)). Vale para cualquier distribución de la \
                 duración de la estadía.",
            ),
            vec![
                (offered, f.number(fac.load)),
                (unit.many_capital(l), f.count(fac.beds)),
            ],
        ),
        "utilization" => ex(
            if l.es() {
                format!("{} en uso en un día promedio", f.percent(fac.utilization))
            } else {
                format!("{} used on an average day", f.percent(fac.utilization))
            },
            l.t(
                "Utilization = A × (1 − B) / c: the load actually carried (those not turned away) \
                 per bed or chair.",
                "Utilización = A × (1 − B) / c: la carga realmente atendida (las personas no \
                 rechazadas) por cama o sillón.",
            ),
            vec![
                (offered, f.number(fac.load)),
                (
                    l.t("Share of days full B", "Proporción de días a plena capacidad B"),
                    f.percent(fac.days_full),
                ),
                (unit.many_capital(l), f.count(fac.beds)),
            ],
        ),
        "cost" => {
            let (low, high) = (fac.cost.low, fac.cost.high);
            let days = match r.cost_basis {
                CostBasis::OccupiedBedDays => fac.bed_days_per_year,
                CostBasis::StaffedBeds => fac.beds as f64 * DAYS_PER_YEAR,
            };
            let per_day = if days > 0.0 {
                l.range_text(low / days, high / days)
            } else {
                "—".to_string()
            };
            let mut inputs = vec![(l.t("Cost per day", "Costo por día"), per_day)];
            match r.cost_basis {
                CostBasis::OccupiedBedDays => inputs.push((
                    l.t("Occupied bed-days a year", "Días-cama ocupados al año"),
                    f.thousands(fac.bed_days_per_year),
                )),
                CostBasis::StaffedBeds => inputs.push((
                    l.t("Staffed beds", "Camas con personal"),
                    f.count(fac.beds),
                )),
            }
            ex(l.money(fac.cost), cost_formula(l, r.cost_basis), inputs)
        }
        _ => return None,
    })
}

fn mobile(l: L, r: &Results, m: &str) -> Option<Explanation> {
    let mr = &r.mobile;
    let s = &r.scenario.mobile;
    let f = l.f;
    let target = match (mr.mode, l.lang) {
        (ResponseMode::WithinWait, Lang::En) => format!(
            "{} of requests get a free team within {} minutes",
            f.percent(mr.target_share),
            f.number(mr.max_wait_minutes)
        ),
        (ResponseMode::WithinWait, Lang::Es) => format!(
            "el {} de las solicitudes obtenga un equipo disponible en {} minutos o menos",
            f.percent(mr.target_share),
            f.number(mr.max_wait_minutes)
        ),
        (ResponseMode::AtOnce, Lang::En) => format!(
            "{} of requests get a free team at once",
            f.percent(mr.target_share)
        ),
        (ResponseMode::AtOnce, Lang::Es) => format!(
            "el {} de las solicitudes obtenga un equipo disponible de inmediato",
            f.percent(mr.target_share)
        ),
    };
    let offered = l.t("Offered load A", "Carga ofrecida A");
    let productive = l.t(
        "Productive hours per full-time person",
        "Horas productivas por empleado de tiempo completo",
    );
    Some(match m {
        "load" => ex(
            if l.es() {
                format!("{} equipos ocupados en promedio", f.number(mr.load))
            } else {
                format!("{} teams busy on average", f.number(mr.load))
            },
            l.t(
                "Offered load = dispatches a day / 24 × hours a dispatch keeps a team busy.",
                "Carga ofrecida = despachos al día / 24 × horas que un despacho mantiene ocupado a \
                 un equipo.",
            ),
            vec![
                (
                    l.t("Dispatches a month", "Despachos al mes"),
                    f.number(mr.dispatches_per_month),
                ),
                (
                    l.t(
                        "Dispatches a day (× 12 / 365)",
                        "Despachos al día (× 12 / 365)",
                    ),
                    f.number(mr.dispatches_per_day),
                ),
                (
                    l.t("Hours a dispatch", "Horas por despacho"),
                    f.number(mr.busy_hours_per_dispatch),
                ),
            ],
        ),
        "teams" => ex(
            f.plural(
                mr.teams,
                l.t("team on duty", "equipo de turno"),
                l.t("teams on duty", "equipos de turno"),
            ),
            if l.es() {
                format!(
                    "El menor número de equipos c de turno las 24 horas tal que {target} (Erlang \
                     C: proporción = 1 − C × exp(−(c − A) × espera / tiempo ocupado), donde C es \
                     la proporción que encuentra a todos los equipos ocupados)."
                )
            } else {
                format!(
                    "The smallest number of teams c on duty around the clock such that {target} \
                     (Erlang C: share = 1 − C × exp(−(c − A) × wait / busy time), with C the share \
                     finding every team busy)."
                )
            },
            vec![
                (offered, f.number(mr.load)),
                (
                    l.t(
                        "Share finding every team busy (C)",
                        "Proporción que encuentra a todos los equipos ocupados (C)",
                    ),
                    f.percent(mr.prob_wait),
                ),
                (
                    l.t("Share meeting the target", "Proporción que cumple el objetivo"),
                    f.percent(mr.share_meeting_target),
                ),
                (
                    l.t("Team utilization", "Utilización de los equipos"),
                    f.percent(mr.utilization),
                ),
            ],
        ),
        "fte" => ex(
            if l.es() {
format!("{} puestos de tiempo completo (FTE)", f.number(mr.fte))
            } else {
                format!("{} full-time staff", f.number(mr.fte))
            },
            l.t(
                "Staff = teams on duty × staff per team × 8,760 hours / productive hours per \
                 full-time person.",
                "Personal = equipos de turno × personal por equipo × 8,760 horas / horas \
                 productivas por empleado de tiempo completo.",
            ),
            vec![
                (l.t("Teams on duty", "Equipos de turno"), f.count(mr.teams)),
                (
                    l.t("Staff per team", "Personal por equipo"),
                    f.number(mr.staff_per_team),
                ),
                (
                    l.t("Hours a year", "Horas al año"),
                    f.thousands(HOURS_PER_YEAR),
                ),
                (productive, f.thousands(s.productive_hours_per_fte)),
            ],
        ),
        "cost" => match mr.cost_basis {
            MobileCostBasis::TeamHours => ex(
                l.money(mr.cost),
                l.t(
                    "Cost a year = staffed team-hours (teams × 8,760) × cost per team-hour.",
                    "Costo al año = horas-equipo con personal (equipos × 8,760) × costo por \
                     hora-equipo.",
                ),
                vec![
                    (
                        l.t("Team-hours a year", "Horas-equipo al año"),
                        f.thousands(mr.team_hours_per_year),
                    ),
                    (
                        l.t("Cost per team-hour", "Costo por hora-equipo"),
                        l.range_text(s.cost_per_team_hour_low, s.cost_per_team_hour_high),
                    ),
                ],
            ),
            MobileCostBasis::Dispatches => ex(
                l.money(mr.cost),
                l.t(
                    "Cost a year = dispatches a year × cost per dispatch.",
                    "Costo al año = despachos al año × costo por despacho.",
                ),
                vec![
                    (
                        l.t("Dispatches a year", "Despachos al año"),
                        f.thousands(mr.dispatches_per_month * 12.0),
                    ),
                    (
                        l.t("Cost per dispatch", "Costo por despacho"),
                        l.range_text(s.cost_per_dispatch_low, s.cost_per_dispatch_high),
                    ),
                ],
            ),
        },
        _ => return None,
    })
}

fn crisis_line(l: L, r: &Results, m: &str) -> Option<Explanation> {
    let c = &r.crisis_line;
    let s = &r.scenario.crisis_line;
    let f = l.f;
    if !c.enabled {
        return Some(ex(
            l.t("Crisis line not included", "Línea de crisis no incluida")
                .to_string(),
            l.t(
                "The crisis line is switched off in this scenario.",
                "La línea de crisis está desactivada en este escenario.",
            ),
            Vec::new(),
        ));
    }
    let offered = l.t("Offered load A", "Carga ofrecida A");
    let productive = l.t(
        "Productive hours per full-time person",
        "Horas productivas por empleado de tiempo completo",
    );
    Some(match m {
        "load" => ex(
            if l.es() {
                format!("{} consejeros ocupados en promedio", f.number(c.load))
            } else {
                format!("{} counselors busy on average", f.number(c.load))
            },
            l.t(
                "Offered load = contacts an hour × minutes per contact / 60, with contacts a month \
                 = population / 100,000 × contacts per 100,000.",
                "Carga ofrecida = contactos por hora × minutos por contacto / 60, con contactos al \
                 mes = población / 100,000 × contactos por cada 100,000.",
            ),
            vec![
                (l.t("Population", "Población"), f.thousands(r.population)),
                (
                    l.t(
                        "Contacts per 100,000 a month",
                        "Contactos por cada 100,000 al mes",
                    ),
                    f.number(s.contacts_per_100k),
                ),
                (
                    l.t("Contacts a month", "Contactos al mes"),
                    f.number(c.contacts_per_month),
                ),
                (
                    l.t(
                        "Contacts an hour (× 12 / 365 / 24)",
                        "Contactos por hora (× 12 / 365 / 24)",
                    ),
                    f.number(c.contacts_per_hour),
                ),
                (
                    l.t("Minutes per contact", "Minutos por contacto"),
                    f.number(c.minutes_per_contact),
                ),
            ],
        ),
        "on_duty" => ex(
            f.plural(
                c.on_duty,
                l.t("counselor on duty", "consejero de turno"),
                l.t("counselors on duty", "consejeros de turno"),
            ),
            if l.es() {
                format!(
                    "El menor número de consejeros c de turno las 24 horas tal que el {} de los \
                     contactos se atienda en {} segundos o menos (Erlang C: proporción = 1 − C × \
                     exp(−(c − A) × espera / tiempo de atención)).",
                    f.percent(c.target_share),
                    f.number(c.answer_seconds)
                )
            } else {
                format!(
                    "The smallest number of counselors c on duty around the clock such that {} of \
                     contacts are answered within {} seconds (Erlang C: share = 1 − C × exp(−(c − A) \
                     × wait / handle time)).",
                    f.percent(c.target_share),
                    f.number(c.answer_seconds)
                )
            },
            vec![
                (offered, f.number(c.load)),
                (
                    l.t("Share that wait at all (C)", "Proporción que tiene que esperar (C)"),
                    f.percent(c.prob_wait),
                ),
                (
                    l.t("Share answered in time", "Proporción atendida a tiempo"),
                    f.percent(c.share_answered_in_time),
                ),
                (
                    l.t("Counselor occupancy", "Ocupación de los consejeros"),
                    f.percent(c.occupancy),
                ),
            ],
        ),
        "fte" => ex(
            if l.es() {
                format!("{} consejeros de tiempo completo", f.number(c.fte))
            } else {
                format!("{} full-time counselors", f.number(c.fte))
            },
            l.t(
                "Counselors = on duty × 8,760 hours / productive hours per full-time person / (1 − \
                 shrinkage).",
                "Consejeros = de turno × 8,760 horas / horas productivas por persona de tiempo \
                 completo / (1 − tiempo no productivo).",
            ),
            vec![
                (l.t("On duty", "De turno"), f.count(c.on_duty)),
                (
                    l.t("Hours a year", "Horas al año"),
                    f.thousands(HOURS_PER_YEAR),
                ),
                (productive, f.thousands(s.productive_hours_per_fte)),
                (
                    l.t(
                        "Shrinkage",
                        "Tiempo no productivo (pausas, capacitación, reuniones)",
                    ),
                    f.percent(c.shrinkage),
                ),
            ],
        ),
        "cost" => ex(
            l.money(c.cost),
            l.t(
                "Cost a year = full-time counselors × cost per counselor a year.",
                "Costo al año = consejeros de tiempo completo × costo por consejero al año.",
            ),
            vec![
                (
                    l.t("Full-time counselors", "Consejeros de tiempo completo"),
                    f.number(c.fte),
                ),
                (
                    l.t("Cost per counselor a year", "Costo por consejero al año"),
                    l.range_text(s.cost_per_fte_low, s.cost_per_fte_high),
                ),
            ],
        ),
        _ => return None,
    })
}
