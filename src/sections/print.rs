//! What paper shows instead of the input controls: the scenario's inputs as a compact table, each
//! with its source, so a printed page (a board packet) says what the figures rest on.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::fields::describe_source;
use crate::widgets::flow_labels::flow_label;
use crisis_model::format::Format;
use crisis_model::presets::program_name_in;
use crisis_model::{source_in, Lang, Scenario};
use leptos::prelude::*;

enum Kind {
    Number,
    Percent,
    Money,
}

/// (section, label, path, value) of every input that matters for the scenario as it stands,
/// written in a language.
pub fn input_rows(s: &Scenario, lang: Lang) -> Vec<(&'static str, String, String, String)> {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let mut rows = Vec::new();
    let mut add = |section: &'static str, label: &str, path: &str, v: f64, kind: Kind| {
        let shown = match kind {
            Kind::Number => fmt.number(v),
            Kind::Percent => fmt.percent(v),
            Kind::Money => fmt.currency(v),
        };
        rows.push((section, label.to_string(), path.to_string(), shown));
    };
    let c = t("The community", "La comunidad");
    add(
        c,
        t("Population", "Población"),
        "population",
        s.population,
        Kind::Number,
    );
    add(
        c,
        t(
            "Adult crisis episodes per 100,000 residents a month",
            "Episodios de crisis de adultos por cada 100,000 residentes al mes",
        ),
        "adult.rate_per_100k",
        s.adult.rate_per_100k,
        Kind::Number,
    );
    add(
        c,
        t("Residents under 18", "Residentes menores de 18 años"),
        "youth_share",
        s.youth_share,
        Kind::Percent,
    );
    let mut streams = vec![("Adults", "", &s.flow, &s.programs)];
    if s.youth.enabled {
        add(
            c,
            t(
                "Youth crisis episodes per 100,000 youth a month",
                "Episodios de crisis de jóvenes por cada 100,000 jóvenes al mes",
            ),
            "youth.rate_per_100k",
            s.youth.rate_per_100k,
            Kind::Number,
        );
        streams.push(("Youth", "youth.", &s.youth.flow, &s.youth.programs));
    }
    for (who, prefix, flow, programs) in streams {
        let section = if who == "Adults" {
            t(
                "Where adult episodes go",
                "Adónde van los episodios de adultos",
            )
        } else {
            t(
                "Where youth episodes go",
                "Adónde van los episodios de jóvenes",
            )
        };
        for (name, v) in flow.shares() {
            if v != 0.0 {
                add(
                    section,
                    flow_label(name).map_or(name, |(en, es)| lang.pick(en, es)),
                    &format!("{prefix}flow.{name}"),
                    v,
                    Kind::Percent,
                );
            }
        }
        let section = if who == "Adults" {
            t(
                "Adult residential programs",
                "Programas residenciales para adultos",
            )
        } else {
            t(
                "Youth residential programs",
                "Programas residenciales para jóvenes",
            )
        };
        for (i, p) in programs.iter().enumerate() {
            let base = format!("{prefix}programs[{i}]");
            let name = program_name_in(&p.name, lang);
            add(
                section,
                &format!(
                    "{name}: {}",
                    t("share of admissions", "proporción de ingresos")
                ),
                &format!("{base}.share"),
                p.share,
                Kind::Percent,
            );
            add(
                section,
                &format!(
                    "{name}: {}",
                    t("average stay, days", "estadía promedio, días")
                ),
                &format!("{base}.stay_days"),
                p.stay_days,
                Kind::Number,
            );
            add(
                section,
                &format!("{name}: {}", t("cost a day, low", "costo por día, bajo")),
                &format!("{base}.cost_per_day_low"),
                p.cost_per_day_low,
                Kind::Money,
            );
            add(
                section,
                &format!("{name}: {}", t("cost a day, high", "costo por día, alto")),
                &format!("{base}.cost_per_day_high"),
                p.cost_per_day_high,
                Kind::Money,
            );
        }
    }
    let f = t("Facilities and sizing", "Centros y dimensionamiento");
    add(
        f,
        t(
            "Receiving facility: average stay, days",
            "Centro de recepción: estadía promedio, días",
        ),
        "receiving.stay_days",
        s.receiving.stay_days,
        Kind::Number,
    );
    add(
        f,
        t(
            "Receiving facility: cost a chair-day, low",
            "Centro de recepción: costo por sillón-día, bajo",
        ),
        "receiving.cost_per_day_low",
        s.receiving.cost_per_day_low,
        Kind::Money,
    );
    add(
        f,
        t(
            "Receiving facility: cost a chair-day, high",
            "Centro de recepción: costo por sillón-día, alto",
        ),
        "receiving.cost_per_day_high",
        s.receiving.cost_per_day_high,
        Kind::Money,
    );
    add(
        f,
        t(
            "Psychiatric hospital: average stay, days",
            "Hospital psiquiátrico: estadía promedio, días",
        ),
        "inpatient.stay_days",
        s.inpatient.stay_days,
        Kind::Number,
    );
    add(
        f,
        t(
            "Psychiatric hospital: cost a day, low",
            "Hospital psiquiátrico: costo por día, bajo",
        ),
        "inpatient.cost_per_day_low",
        s.inpatient.cost_per_day_low,
        Kind::Money,
    );
    add(
        f,
        t(
            "Psychiatric hospital: cost a day, high",
            "Hospital psiquiátrico: costo por día, alto",
        ),
        "inpatient.cost_per_day_high",
        s.inpatient.cost_per_day_high,
        Kind::Money,
    );
    add(
        f,
        t("Sizing target", "Objetivo de dimensionamiento"),
        "sizing.target",
        s.sizing.target,
        Kind::Percent,
    );
    let m = t(
        "Mobile teams and crisis line",
        "Equipos móviles y línea de crisis",
    );
    add(
        m,
        t(
            "Hours a dispatch keeps a team busy",
            "Horas que un despacho mantiene ocupado a un equipo",
        ),
        "mobile.busy_hours_per_dispatch",
        s.mobile.busy_hours_per_dispatch,
        Kind::Number,
    );
    add(
        m,
        t(
            "Share of requests meeting the response target",
            "Proporción de solicitudes que cumplen el objetivo de respuesta",
        ),
        "mobile.target_share",
        s.mobile.target_share,
        Kind::Percent,
    );
    add(
        m,
        t("Staff on a team", "Personal por equipo"),
        "mobile.staff_per_team",
        s.mobile.staff_per_team,
        Kind::Number,
    );
    if s.crisis_line.enabled {
        add(
            m,
            t(
                "Crisis-line contacts per 100,000 a month",
                "Contactos con la línea de crisis por cada 100,000 al mes",
            ),
            "crisis_line.contacts_per_100k",
            s.crisis_line.contacts_per_100k,
            Kind::Number,
        );
        add(
            m,
            t("Minutes a contact", "Minutos por contacto"),
            "crisis_line.minutes_per_contact",
            s.crisis_line.minutes_per_contact,
            Kind::Number,
        );
        add(
            m,
            t(
                "Answer within, seconds",
                "Tiempo máximo para contestar (segundos)",
            ),
            "crisis_line.answer_seconds",
            s.crisis_line.answer_seconds,
            Kind::Number,
        );
        add(
            m,
            t(
                "Counselor shrinkage",
                "Tiempo no productivo de los consejeros",
            ),
            "crisis_line.shrinkage",
            s.crisis_line.shrinkage,
            Kind::Percent,
        );
    }
    rows
}

/// The inputs table, shown only on paper.
#[component]
pub fn PrintInputs() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    view! {
        <section class="print-only print-inputs" aria-hidden="true">
            <h2>{tr("Inputs used", "Datos usados")}</h2>
            {move || {
                let l = lang.get();
                planner
                    .scenario
                    .with(|s| {
                        let rows = input_rows(s, l);
                        view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{l.pick("Input", "Dato")}</th>
                                        <th>{l.pick("Value", "Valor")}</th>
                                        <th>{l.pick("Source", "Fuente")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|(section, label, path, value)| {
                                            let src = source_in(s, &path)
                                                .map(|src| {
                                                    let (kind, title, _, _) = describe_source(&src, l);
                                                    format!("{kind} {title}")
                                                })
                                                .unwrap_or_default();
                                            view! {
                                                <tr>
                                                    <td>{format!("{section}: {label}")}</td>
                                                    <td>{value}</td>
                                                    <td class="src">{src}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                    })
            }}
        </section>
    }
}
