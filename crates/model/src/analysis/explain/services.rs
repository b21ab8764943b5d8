//! The shared services' explanations: mobile crisis teams and the crisis line.

use crate::eval::results::{Explanation, Results};
use crate::eval::staffing::HOURS_PER_YEAR;
use crate::scenario::{MobileCostBasis, ResponseMode};
use crate::text::lang::Lang;

use super::words::*;

pub(super) fn mobile(l: L, r: &Results, m: &str) -> Option<Explanation> {
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

pub(super) fn crisis_line(l: L, r: &Results, m: &str) -> Option<Explanation> {
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
