//! The headline figures' explanations (the page's `data-metric` keys).

use crate::eval::results::{Explanation, Money, Results, StreamResults};

use super::services::{crisis_line, mobile};
use super::stream::*;
use super::words::*;

pub(super) fn headline(l: L, r: &Results, key: &str) -> Option<Explanation> {
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
