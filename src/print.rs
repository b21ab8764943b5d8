//! What paper shows instead of the input controls: the scenario's inputs as a compact table, each
//! with its source, so a printed page (a board packet) says what the figures rest on.

use crate::fields::describe_source;
use crate::state::use_planner;
use crisis_model::format as fmt;
use crisis_model::{source_in, Scenario};
use leptos::prelude::*;

enum Kind {
    Number,
    Percent,
    Money,
}

/// (section, label, path, value) of every input that matters for the scenario as it stands.
pub fn input_rows(s: &Scenario) -> Vec<(&'static str, String, String, String)> {
    let mut rows = Vec::new();
    let mut add = |section: &'static str, label: &str, path: &str, v: f64, kind: Kind| {
        let shown = match kind {
            Kind::Number => fmt::number(v),
            Kind::Percent => fmt::percent(v),
            Kind::Money => fmt::currency(v),
        };
        rows.push((section, label.to_string(), path.to_string(), shown));
    };
    let c = "The community";
    add(c, "Population", "population", s.population, Kind::Number);
    add(
        c,
        "Adult crisis episodes per 100,000 residents a month",
        "adult.rate_per_100k",
        s.adult.rate_per_100k,
        Kind::Number,
    );
    add(
        c,
        "Residents under 18",
        "youth_share",
        s.youth_share,
        Kind::Percent,
    );
    let mut streams = vec![("Adults", "", &s.flow, &s.programs)];
    if s.youth.enabled {
        add(
            c,
            "Youth crisis episodes per 100,000 youth a month",
            "youth.rate_per_100k",
            s.youth.rate_per_100k,
            Kind::Number,
        );
        streams.push(("Youth", "youth.", &s.youth.flow, &s.youth.programs));
    }
    for (who, prefix, flow, programs) in streams {
        let section = if who == "Adults" {
            "Where adult episodes go"
        } else {
            "Where youth episodes go"
        };
        for (name, v) in flow.shares() {
            if v != 0.0 {
                add(
                    section,
                    &name.replace('_', " "),
                    &format!("{prefix}flow.{name}"),
                    v,
                    Kind::Percent,
                );
            }
        }
        let section = if who == "Adults" {
            "Adult residential programs"
        } else {
            "Youth residential programs"
        };
        for (i, p) in programs.iter().enumerate() {
            let base = format!("{prefix}programs[{i}]");
            add(
                section,
                &format!("{}: share of admissions", p.name),
                &format!("{base}.share"),
                p.share,
                Kind::Percent,
            );
            add(
                section,
                &format!("{}: average stay, days", p.name),
                &format!("{base}.stay_days"),
                p.stay_days,
                Kind::Number,
            );
            add(
                section,
                &format!("{}: cost a day, low", p.name),
                &format!("{base}.cost_per_day_low"),
                p.cost_per_day_low,
                Kind::Money,
            );
            add(
                section,
                &format!("{}: cost a day, high", p.name),
                &format!("{base}.cost_per_day_high"),
                p.cost_per_day_high,
                Kind::Money,
            );
        }
    }
    let f = "Facilities and sizing";
    add(
        f,
        "Receiving facility: average stay, days",
        "receiving.stay_days",
        s.receiving.stay_days,
        Kind::Number,
    );
    add(
        f,
        "Receiving facility: cost a chair-day, low",
        "receiving.cost_per_day_low",
        s.receiving.cost_per_day_low,
        Kind::Money,
    );
    add(
        f,
        "Receiving facility: cost a chair-day, high",
        "receiving.cost_per_day_high",
        s.receiving.cost_per_day_high,
        Kind::Money,
    );
    add(
        f,
        "Psychiatric hospital: average stay, days",
        "inpatient.stay_days",
        s.inpatient.stay_days,
        Kind::Number,
    );
    add(
        f,
        "Psychiatric hospital: cost a day, low",
        "inpatient.cost_per_day_low",
        s.inpatient.cost_per_day_low,
        Kind::Money,
    );
    add(
        f,
        "Psychiatric hospital: cost a day, high",
        "inpatient.cost_per_day_high",
        s.inpatient.cost_per_day_high,
        Kind::Money,
    );
    add(
        f,
        "Sizing target",
        "sizing.target",
        s.sizing.target,
        Kind::Percent,
    );
    let m = "Mobile teams and crisis line";
    add(
        m,
        "Hours a dispatch keeps a team busy",
        "mobile.busy_hours_per_dispatch",
        s.mobile.busy_hours_per_dispatch,
        Kind::Number,
    );
    add(
        m,
        "Share of requests meeting the response target",
        "mobile.target_share",
        s.mobile.target_share,
        Kind::Percent,
    );
    add(
        m,
        "Staff on a team",
        "mobile.staff_per_team",
        s.mobile.staff_per_team,
        Kind::Number,
    );
    if s.crisis_line.enabled {
        add(
            m,
            "Crisis-line contacts per 100,000 a month",
            "crisis_line.contacts_per_100k",
            s.crisis_line.contacts_per_100k,
            Kind::Number,
        );
        add(
            m,
            "Minutes a contact",
            "crisis_line.minutes_per_contact",
            s.crisis_line.minutes_per_contact,
            Kind::Number,
        );
        add(
            m,
            "Answer within, seconds",
            "crisis_line.answer_seconds",
            s.crisis_line.answer_seconds,
            Kind::Number,
        );
        add(
            m,
            "Counselor shrinkage",
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
    view! {
        <section class="print-only print-inputs" aria-hidden="true">
            <h2>"Inputs used"</h2>
            {move || {
                planner
                    .scenario
                    .with(|s| {
                        let rows = input_rows(s);
                        view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>"Input"</th>
                                        <th>"Value"</th>
                                        <th>"Source"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|(section, label, path, value)| {
                                            let src = source_in(s, &path)
                                                .map(|src| {
                                                    let (kind, title, _, _) = describe_source(&src);
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
