//! A stream's explanations: its episodes, its flow through the services, its residential beds and
//! facilities, its hospital-only counterfactual and its cost.

use crate::eval::results::{Explanation, Results, ServiceFlow, StreamResults};
use crate::text::lang::Lang;

use super::facility::*;
use super::words::*;

pub(super) fn streams(l: L, r: &Results) -> Vec<(&'static str, &StreamResults)> {
    let mut v = vec![(l.t("adults", "adultos"), &r.adult)];
    if let Some(y) = &r.youth {
        v.push((l.t("youth", "jóvenes"), y));
    }
    v
}

pub(super) fn stream(
    l: L,
    r: &Results,
    name: &str,
    st: &StreamResults,
    rest: &str,
) -> Option<Explanation> {
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

pub(super) fn flow_explanation(
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
