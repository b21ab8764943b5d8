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

use crate::flow::DAYS_PER_YEAR;
use crate::format::{count, currency, currency_compact, number, percent, plural, thousands};
use crate::results::{Explanation, Facility, Money, Results, ServiceFlow, StreamResults};
use crate::scenario::{CostBasis, MobileCostBasis, ResponseMode, Scenario, SizingRule};
use crate::staffing::HOURS_PER_YEAR;

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

/// The explanation of one figure.
pub(crate) fn explain(r: &Results, key: &str) -> Option<Explanation> {
    if let Some(e) = headline(r, key) {
        return Some(e);
    }
    if let Some(rest) = key.strip_prefix("mobile.") {
        return mobile(r, rest);
    }
    if let Some(rest) = key.strip_prefix("crisis_line.") {
        return crisis_line(r, rest);
    }
    let (name, rest) = key.split_once('.')?;
    let st = match name {
        "adult" => &r.adult,
        "youth" => r.youth.as_ref()?,
        _ => return None,
    };
    stream(r, name, st, rest)
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

fn money(m: Money) -> String {
    format!(
        "{} (low {}, high {})",
        currency(m.mid),
        currency(m.low),
        currency(m.high)
    )
}

fn money_compact(m: Money) -> String {
    format!(
        "{} (low {}, high {})",
        currency_compact(m.mid),
        currency_compact(m.low),
        currency_compact(m.high)
    )
}

fn stream_label(name: &str) -> &'static str {
    if name == "youth" {
        "youth"
    } else {
        "adult"
    }
}

fn per_month(v: f64) -> String {
    format!("{} a month", number(v))
}

fn headline(r: &Results, key: &str) -> Option<Explanation> {
    let t = &r.totals;
    let both = |f: &dyn Fn(&StreamResults) -> String| -> Vec<(String, String)> {
        let mut v = vec![("Adults".to_string(), f(&r.adult))];
        if let Some(y) = &r.youth {
            v.push(("Youth".to_string(), f(y)));
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
            for (label, st) in streams(r) {
                for p in &st.programs {
                    inputs.push((
                        format!("{} ({label})", p.name),
                        plural(p.facility.beds, "bed", "beds"),
                    ));
                }
            }
            build(
                plural(t.residential_beds.total, "bed", "beds"),
                "Residential crisis beds = the sum of the beds each program needs on its own \
                 (adult and youth programs are separate facilities).",
                inputs,
            )
        }
        "pooled-residential-beds" => build(
            plural(t.pooled_residential_beds.total, "bed", "beds"),
            "Beds if each stream's programs shared one pool: the summed offered load sized by \
             the same rule. One pool needs fewer beds than separate programs.",
            both(&|st| {
                format!(
                    "load {} → {} pooled, {} separate",
                    number(st.residential.load),
                    count(st.residential.pooled.beds),
                    count(st.residential.beds)
                )
            }),
        ),
        "residential-facilities" => {
            let mut inputs = Vec::new();
            for (label, st) in streams(r) {
                for p in &st.programs {
                    inputs.push((
                        format!("{} ({label})", p.name),
                        format!(
                            "{} beds / {} a facility → {}",
                            count(p.facility.beds),
                            count(p.facility.max_per_facility),
                            count(p.facility.facilities)
                        ),
                    ));
                }
            }
            build(
                plural(t.residential_facilities.total, "facility", "facilities"),
                "Facilities = for each program, beds / most beds a facility may have, rounded up \
                 (16: the Medicaid IMD limit, seed 003); summed over programs.",
                inputs,
            )
        }
        "receiving-chairs" => build(
            plural(t.receiving_chairs.total, "chair", "chairs"),
            "Receiving facility chairs (23-hour observation): the visits' offered load sized by \
             the rule; adult and youth chairs are sized separately and added.",
            both(&|st| {
                format!(
                    "load {} → {} chairs",
                    number(st.receiving.load),
                    count(st.receiving.beds)
                )
            }),
        ),
        "inpatient-beds" => build(
            plural(t.inpatient_beds.total, "bed", "beds"),
            "Inpatient beds the continuum still needs: direct admissions and step-ups from \
             residential care, sized by the rule.",
            both(&|st| {
                format!(
                    "load {} → {} beds",
                    number(st.inpatient.load),
                    count(st.inpatient.beds)
                )
            }),
        ),
        "hospital-only-beds" => build(
            plural(t.hospital_only_beds.total, "bed", "beds"),
            "Inpatient beds without a continuum: everyone who reached residential or inpatient \
             care is admitted to hospital, sized by the rule.",
            both(&|st| {
                format!(
                    "load {} → {} beds",
                    number(st.hospital_only.load),
                    count(st.hospital_only.beds)
                )
            }),
        ),
        "episodes" => build(
            format!("{} crisis episodes a year", thousands(t.episodes_per_year)),
            "Episodes a year = residents / 100,000 × rate per month × 12, for each stream.",
            both(&|st| format!("{} a year", thousands(st.episodes_per_year))),
        ),
        "mobile-teams" => return mobile(r, "teams"),
        "mobile-fte" => return mobile(r, "fte"),
        "crisis-line-staff" => return crisis_line(r, "on_duty"),
        "crisis-line-fte" => return crisis_line(r, "fte"),
        "annual-cost" => build(
            money_compact(t.annual_cost),
            "Annual cost of the continuum = receiving facility + residential programs + \
             inpatient care + mobile teams + crisis line, for both streams. Low and high use \
             the low and high end of every cost range.",
            {
                let mut parts: [Money; 5] = [Money::ZERO; 5];
                for (_, st) in streams(r) {
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
                    "Receiving facility",
                    "Residential programs",
                    "Inpatient care",
                    "Mobile teams",
                    "Crisis line",
                ]
                .iter()
                .zip(parts)
                .map(|(k, m)| (k.to_string(), money(m)))
                .chain([("Cost basis".to_string(), r.cost_basis.label().to_string())])
                .collect()
            },
        ),
        "hospital-only-cost" => build(
            money_compact(t.hospital_only_cost),
            "Hospital-only cost: everyone who reached residential or inpatient care is admitted \
             to a psychiatric hospital instead, for the inpatient stay at the inpatient cost per \
             day (no mobile teams, receiving facility or crisis line). Emergency department \
             visits are not costed in either world.",
            {
                let s = &r.scenario;
                let mut v = both(&|st| {
                    format!(
                        "{} admissions a month → {}",
                        number(st.hospital_only.admissions_per_month),
                        currency_compact(st.hospital_only.cost.mid)
                    )
                });
                v.push((
                    "Inpatient stay".into(),
                    format!("{} days", number(s.inpatient.stay_days)),
                ));
                v.push((
                    "Inpatient cost per day".into(),
                    range_text(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high),
                ));
                v.push(("Cost basis".into(), r.cost_basis.label().to_string()));
                v
            },
        ),
        "savings" => build(
            money_compact(t.savings),
            "Savings = hospital-only cost − continuum cost (each at low, default and high \
             prices). A negative figure means the continuum costs more than hospital care alone.",
            vec![
                ("Hospital-only cost".into(), money(t.hospital_only_cost)),
                ("Continuum cost".into(), money(t.annual_cost)),
            ],
        ),
        "cost-per-episode" => build(
            money(t.cost_per_episode),
            "Cost per episode = annual continuum cost / crisis episodes a year.",
            vec![
                ("Annual cost".into(), money(t.annual_cost)),
                ("Episodes a year".into(), thousands(t.episodes_per_year)),
            ],
        ),
        "cost-per-resident" => build(
            money(t.cost_per_resident),
            "Cost per resident = annual continuum cost / population (all ages).",
            vec![
                ("Annual cost".into(), money(t.annual_cost)),
                ("Population".into(), thousands(r.population)),
            ],
        ),
        _ => return None,
    })
}

fn streams(r: &Results) -> Vec<(&'static str, &StreamResults)> {
    let mut v = vec![("adults", &r.adult)];
    if let Some(y) = &r.youth {
        v.push(("youth", y));
    }
    v
}

fn range_text(low: f64, high: f64) -> String {
    format!(
        "{} (range {}-{})",
        currency(0.5 * (low + high)),
        currency(low),
        currency(high)
    )
}

fn stream(r: &Results, name: &str, st: &StreamResults, rest: &str) -> Option<Explanation> {
    let s = &r.scenario;
    let label = stream_label(name);
    let (rate, residents_label) = if name == "youth" {
        (s.youth.rate_per_100k, "Youth residents")
    } else {
        (s.adult.rate_per_100k, "Residents (all ages)")
    };
    let flow = if name == "youth" {
        &s.youth.flow
    } else {
        &s.flow
    };
    let programs = if name == "youth" {
        &s.youth.programs
    } else {
        &s.programs
    };
    if rest == "episodes" {
        return Some(ex(
            format!(
                "{} {label} crisis episodes a month ({} a year)",
                number(st.episodes_per_month),
                thousands(st.episodes_per_year)
            ),
            "Episodes a month = residents / 100,000 × episodes per 100,000 a month.",
            vec![
                (residents_label, thousands(st.residents)),
                ("Episodes per 100,000 a month", number(rate)),
            ],
        ));
    }
    if let Some(service) = rest.strip_prefix("flow.") {
        return flow_explanation(st, flow, service);
    }
    if let Some(m) = rest.strip_prefix("receiving.") {
        return facility_explanation(r, &st.receiving, "chair", "chairs", "receiving facility", m);
    }
    if let Some(m) = rest.strip_prefix("inpatient.") {
        return facility_explanation(r, &st.inpatient, "bed", "beds", "inpatient care", m);
    }
    if let Some(p) = rest.strip_prefix("programs[") {
        let (i, m) = p.split_once("].")?;
        let i: usize = i.parse().ok()?;
        let pr = st.programs.get(i)?;
        let f = &pr.facility;
        if m == "facilities" {
            return Some(ex(
                plural(f.facilities, "facility", "facilities"),
                "Facilities = beds / most beds a facility may have, rounded up.",
                vec![
                    ("Beds", count(f.beds)),
                    ("Most beds a facility", count(f.max_per_facility)),
                ],
            ));
        }
        if m == "load" {
            let share = programs.get(i).map_or(0.0, |p| p.share);
            let mut e = facility_explanation(r, f, "bed", "beds", &pr.name, m)?;
            e.inputs.insert(
                0,
                (
                    "Residential admissions a month (all programs)".into(),
                    number(st.residential.admissions_per_month),
                ),
            );
            e.inputs
                .insert(1, ("Program's share of admissions".into(), percent(share)));
            e.formula = format!(
                "Admissions a month = residential admissions × the program's share; {}",
                e.formula
            );
            return Some(e);
        }
        return facility_explanation(r, f, "bed", "beds", &pr.name, m);
    }
    if let Some(m) = rest.strip_prefix("residential.") {
        let res = &st.residential;
        return Some(match m {
            "beds" => ex(
                plural(res.beds, "bed", "beds"),
                "Residential beds = the sum of each program's beds, each program sized on its own.",
                st.programs
                    .iter()
                    .map(|p| (p.name.as_str(), plural(p.facility.beds, "bed", "beds")))
                    .collect(),
            ),
            "pooled_beds" => ex(
                plural(res.pooled.beds, "bed", "beds"),
                pooled_formula(s),
                vec![
                    ("Summed offered load", number(res.load)),
                    ("Separate programs", plural(res.beds, "bed", "beds")),
                    ("Pooled share of days full", percent(res.pooled.days_full)),
                    ("Pooled utilization", percent(res.pooled.utilization)),
                ],
            ),
            "facilities" => ex(
                plural(res.facilities, "facility", "facilities"),
                "Facilities = for each program, beds / most beds a facility may have, rounded \
                 up; summed over programs.",
                st.programs
                    .iter()
                    .map(|p| (p.name.as_str(), count(p.facility.facilities)))
                    .collect(),
            ),
            _ => return None,
        });
    }
    if let Some(m) = rest.strip_prefix("hospital_only.") {
        let h = &st.hospital_only;
        let admissions = vec![
            (
                "Episodes reaching residential or inpatient care",
                per_month(h.admissions_per_month),
            ),
            ("Share of episodes", percent(st.flow.hospital_share)),
            (
                "Inpatient stay",
                format!("{} days", number(s.inpatient.stay_days)),
            ),
            ("Offered load", number(h.load)),
        ];
        return Some(match m {
            "beds" => ex(
                plural(h.beds, "bed", "beds"),
                format!(
                    "Without a continuum, everyone who reached residential or inpatient care is \
                     admitted to hospital; beds by the rule: {}",
                    rule_formula(s)
                ),
                admissions,
            ),
            "cost" => {
                let mut inputs = admissions;
                inputs.push((
                    "Inpatient cost per day",
                    range_text(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high),
                ));
                inputs.push(("Beds", count(h.beds)));
                ex(money(h.cost), cost_formula(r.cost_basis), inputs)
            }
            _ => return None,
        });
    }
    if let Some(m) = rest.strip_prefix("cost.") {
        let c = &st.cost;
        return Some(match m {
            "total" => ex(
                money(c.total),
                format!(
                    "The {label} stream's continuum cost = receiving facility + residential \
                     programs + inpatient care + its share of the mobile teams (by dispatches) \
                     and of the crisis line (by residents)."
                ),
                vec![
                    ("Receiving facility", money(c.receiving)),
                    ("Residential programs", money(c.residential)),
                    ("Inpatient care", money(c.inpatient)),
                    ("Mobile teams (share)", money(c.mobile)),
                    ("Crisis line (share)", money(c.crisis_line)),
                ],
            ),
            "savings" => ex(
                money(c.savings),
                "Savings = hospital-only cost − continuum cost.",
                vec![
                    ("Hospital-only cost", money(c.hospital_only)),
                    ("Continuum cost", money(c.total)),
                ],
            ),
            "per_episode" => ex(
                money(c.per_episode),
                "Cost per episode = continuum cost / episodes a year.",
                vec![
                    ("Continuum cost", money(c.total)),
                    ("Episodes a year", thousands(st.episodes_per_year)),
                ],
            ),
            "per_resident" => ex(
                money(c.per_resident),
                "Cost per resident = continuum cost / residents.",
                vec![
                    ("Continuum cost", money(c.total)),
                    (residents_label, thousands(st.residents)),
                ],
            ),
            _ => return None,
        });
    }
    None
}

fn flow_explanation(
    st: &StreamResults,
    f: &crate::scenario::Flow,
    service: &str,
) -> Option<Explanation> {
    let v = &st.flow;
    let figure = |sf: &ServiceFlow, what: &str| {
        format!(
            "{} {what} a month ({} a year)",
            number(sf.per_month),
            thousands(sf.per_year)
        )
    };
    let from = |label: &'static str, volume: f64, share: f64| -> (&'static str, String) {
        (
            label,
            format!(
                "{} × {} = {}",
                number(volume),
                percent(share),
                number(volume * share)
            ),
        )
    };
    let onward = |sf: &ServiceFlow| -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (label, x) in [
            ("On to a mobile team", sf.to_mobile),
            ("On to the receiving facility", sf.to_receiving),
            ("On to an emergency department", sf.to_ed),
            ("On to residential care", sf.to_residential),
            ("On to inpatient care", sf.to_inpatient),
        ] {
            if x > 0.0 {
                out.push((label, per_month(x)));
            }
        }
        out.push(("Resolved here", per_month(sf.resolved_per_month)));
        out
    };
    Some(match service {
        "entry" => {
            let mut inputs = vec![("Crisis episodes", per_month(v.entry.per_month))];
            inputs.extend(onward(&v.entry));
            ex(
                figure(&v.entry, "episodes enter"),
                "Each service passes the shares set in the flow onward; the rest is resolved \
                 there (for entry: by the crisis line or on the phone).",
                inputs,
            )
        }
        "mobile" => {
            let mut inputs = vec![from("From entry", v.entry.per_month, f.entry_to_mobile)];
            inputs.extend(onward(&v.mobile));
            ex(
                figure(&v.mobile, "mobile team dispatches"),
                "Dispatches = entering episodes × share sent to a mobile team; the rest of what \
                 a team does not pass on is resolved on scene.",
                inputs,
            )
        }
        "receiving" => {
            let mut inputs = vec![
                from("From entry", v.entry.per_month, f.entry_to_receiving),
                from(
                    "From mobile teams",
                    v.mobile.per_month,
                    f.mobile_to_receiving,
                ),
            ];
            inputs.extend(onward(&v.receiving));
            ex(
                figure(&v.receiving, "receiving facility visits"),
                "Visits = what entry and the mobile teams send to the receiving facility.",
                inputs,
            )
        }
        "ed" => {
            let mut inputs = vec![from("From entry", v.entry.per_month, f.entry_to_ed)];
            inputs.extend(onward(&v.ed));
            ex(
                figure(&v.ed, "emergency department visits"),
                "Visits = entering episodes × share sent to an emergency department.",
                inputs,
            )
        }
        "residential" => {
            let inputs = vec![
                from("From entry", v.entry.per_month, f.entry_to_residential),
                from(
                    "From mobile teams",
                    v.mobile.per_month,
                    f.mobile_to_residential,
                ),
                from(
                    "From the receiving facility",
                    v.receiving.per_month,
                    f.receiving_to_residential,
                ),
                from(
                    "From emergency departments",
                    v.ed.per_month,
                    f.ed_to_residential,
                ),
                (
                    "Step up to inpatient care",
                    format!(
                        "{} × {} = {}",
                        number(v.residential.per_month),
                        percent(f.residential_to_inpatient),
                        number(v.residential.to_inpatient)
                    ),
                ),
            ];
            ex(
                figure(&v.residential, "residential admissions"),
                "Residential admissions = the sum of what each service sends to residential \
                 crisis care; the programs share them by their mix.",
                inputs,
            )
        }
        "inpatient" => ex(
            figure(&v.inpatient, "inpatient admissions"),
            "Inpatient admissions = the sum of what each service sends to inpatient care, \
             including step-ups from residential care.",
            vec![
                from("From entry", v.entry.per_month, f.entry_to_inpatient),
                from(
                    "From mobile teams",
                    v.mobile.per_month,
                    f.mobile_to_inpatient,
                ),
                from(
                    "From the receiving facility",
                    v.receiving.per_month,
                    f.receiving_to_inpatient,
                ),
                from(
                    "From emergency departments",
                    v.ed.per_month,
                    f.ed_to_inpatient,
                ),
                from(
                    "From residential care",
                    v.residential.per_month,
                    f.residential_to_inpatient,
                ),
            ],
        ),
        "outcomes" => {
            let o = &v.outcomes;
            ex(
                format!(
                    "{} of episodes never reach inpatient care",
                    percent(v.diverted_share)
                ),
                "Every episode ends somewhere: resolved in the community, in a residential \
                 program, or in inpatient care; the three add up to the episodes entering.",
                vec![
                    ("Episodes entering", per_month(v.entry.per_month)),
                    ("Resolved in the community", per_month(o.resolved_per_month)),
                    (
                        "Ended in residential care",
                        per_month(o.residential_per_month),
                    ),
                    ("Ended in inpatient care", per_month(o.inpatient_per_month)),
                ],
            )
        }
        _ => return None,
    })
}

fn rule_formula(s: &Scenario) -> String {
    match s.sizing.rule {
        SizingRule::DaysFull => format!(
            "the smallest number c that is full on at most {} of days (Erlang B: B(A, c) ≤ {}) \
             and used at most {} on average (A × (1 − B) / c ≤ {}).",
            percent(s.sizing.target),
            percent(s.sizing.target),
            percent(s.sizing.max_utilization),
            percent(s.sizing.max_utilization)
        ),
        SizingRule::Occupancy => format!(
            "c = offered load A / target occupancy {}, rounded up.",
            percent(s.sizing.target)
        ),
    }
}

fn pooled_formula(s: &Scenario) -> String {
    format!(
        "One pool for the summed load of all programs, sized by the same rule: {}",
        rule_formula(s)
    )
}

fn cost_formula(basis: CostBasis) -> String {
    match basis {
        CostBasis::OccupiedBedDays => "Cost a year = occupied bed-days a year × cost per day, \
                                       with bed-days = offered load × 365."
            .to_string(),
        CostBasis::StaffedBeds => {
            "Cost a year = staffed beds × 365 × cost per day (funded for capacity).".to_string()
        }
    }
}

fn facility_explanation(
    r: &Results,
    f: &Facility,
    one: &str,
    many: &str,
    what: &str,
    metric: &str,
) -> Option<Explanation> {
    let s = &r.scenario;
    let load_inputs = || {
        vec![
            ("Admissions a month", number(f.admissions_per_month)),
            ("Arrivals a day (× 12 / 365)", number(f.arrivals_per_day)),
            ("Mean stay", format!("{} days", number(f.stay_days))),
        ]
    };
    Some(match metric {
        "load" => ex(
            format!("{} {many} occupied on an average day", number(f.load)),
            format!(
                "Offered load A ({what}) = arrivals a day × mean stay in days, with arrivals a \
                 day = admissions a month × 12 / 365: the average census if nobody were turned \
                 away (Little's law)."
            ),
            load_inputs(),
        ),
        "beds" => {
            let mut inputs = vec![("Offered load A", number(f.load))];
            inputs.push(("Share of days full at this number", percent(f.days_full)));
            inputs.push(("Utilization at this number", percent(f.utilization)));
            match s.sizing.rule {
                SizingRule::DaysFull => {
                    inputs.push(("Target: full on at most", percent(s.sizing.target)));
                    inputs.push(("Highest utilization", percent(s.sizing.max_utilization)));
                }
                SizingRule::Occupancy => {
                    inputs.push(("Target occupancy", percent(s.sizing.target)));
                }
            }
            ex(
                plural(f.beds, one, many),
                format!("{} for {what}: {}", capitalize(many), rule_formula(s)),
                inputs,
            )
        }
        "days_full" => ex(
            format!("Full on {} of days", percent(f.days_full)),
            "Share of days full = Erlang B at the chosen number c: B(A, 0) = 1, B(A, k) = A × \
             B(A, k−1) / (k + A × B(A, k−1)). It holds for any length-of-stay distribution.",
            vec![
                ("Offered load A", number(f.load)),
                (capitalize_static(many), count(f.beds)),
            ],
        ),
        "utilization" => ex(
            format!("{} used on an average day", percent(f.utilization)),
            "Utilization = A × (1 − B) / c: the load actually carried (those not turned away) \
             per bed or chair.",
            vec![
                ("Offered load A", number(f.load)),
                ("Share of days full B", percent(f.days_full)),
                (capitalize_static(many), count(f.beds)),
            ],
        ),
        "cost" => {
            let (low, high) = (f.cost.low, f.cost.high);
            let days = match r.cost_basis {
                CostBasis::OccupiedBedDays => f.bed_days_per_year,
                CostBasis::StaffedBeds => f.beds as f64 * DAYS_PER_YEAR,
            };
            let per_day = if days > 0.0 {
                range_text(low / days, high / days)
            } else {
                "—".to_string()
            };
            let mut inputs = vec![("Cost per day", per_day)];
            match r.cost_basis {
                CostBasis::OccupiedBedDays => {
                    inputs.push(("Occupied bed-days a year", thousands(f.bed_days_per_year)))
                }
                CostBasis::StaffedBeds => inputs.push(("Staffed beds", count(f.beds))),
            }
            ex(money(f.cost), cost_formula(r.cost_basis), inputs)
        }
        _ => return None,
    })
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn capitalize_static(many: &str) -> &'static str {
    if many == "chairs" {
        "Chairs"
    } else {
        "Beds"
    }
}

fn mobile(r: &Results, m: &str) -> Option<Explanation> {
    let mr = &r.mobile;
    let s = &r.scenario.mobile;
    let target = match mr.mode {
        ResponseMode::WithinWait => format!(
            "{} of requests get a free team within {} minutes",
            percent(mr.target_share),
            number(mr.max_wait_minutes)
        ),
        ResponseMode::AtOnce => format!(
            "{} of requests get a free team at once",
            percent(mr.target_share)
        ),
    };
    Some(match m {
        "load" => ex(
            format!("{} teams busy on average", number(mr.load)),
            "Offered load = dispatches a day / 24 × hours a dispatch keeps a team busy.",
            vec![
                ("Dispatches a month", number(mr.dispatches_per_month)),
                (
                    "Dispatches a day (× 12 / 365)",
                    number(mr.dispatches_per_day),
                ),
                ("Hours a dispatch", number(mr.busy_hours_per_dispatch)),
            ],
        ),
        "teams" => ex(
            plural(mr.teams, "team on duty", "teams on duty"),
            format!(
                "The smallest number of teams c on duty around the clock such that {target} \
                 (Erlang C: share = 1 − C × exp(−(c − A) × wait / busy time), with C the share \
                 finding every team busy)."
            ),
            vec![
                ("Offered load A", number(mr.load)),
                ("Share finding every team busy (C)", percent(mr.prob_wait)),
                ("Share meeting the target", percent(mr.share_meeting_target)),
                ("Team utilization", percent(mr.utilization)),
            ],
        ),
        "fte" => ex(
            format!("{} full-time staff", number(mr.fte)),
            "Staff = teams on duty × staff per team × 8,760 hours / productive hours per \
             full-time person.",
            vec![
                ("Teams on duty", count(mr.teams)),
                ("Staff per team", number(mr.staff_per_team)),
                ("Hours a year", thousands(HOURS_PER_YEAR)),
                (
                    "Productive hours per full-time person",
                    thousands(s.productive_hours_per_fte),
                ),
            ],
        ),
        "cost" => match mr.cost_basis {
            MobileCostBasis::TeamHours => ex(
                money(mr.cost),
                "Cost a year = staffed team-hours (teams × 8,760) × cost per team-hour.",
                vec![
                    ("Team-hours a year", thousands(mr.team_hours_per_year)),
                    (
                        "Cost per team-hour",
                        range_text(s.cost_per_team_hour_low, s.cost_per_team_hour_high),
                    ),
                ],
            ),
            MobileCostBasis::Dispatches => ex(
                money(mr.cost),
                "Cost a year = dispatches a year × cost per dispatch.",
                vec![
                    (
                        "Dispatches a year",
                        thousands(mr.dispatches_per_month * 12.0),
                    ),
                    (
                        "Cost per dispatch",
                        range_text(s.cost_per_dispatch_low, s.cost_per_dispatch_high),
                    ),
                ],
            ),
        },
        _ => return None,
    })
}

fn crisis_line(r: &Results, m: &str) -> Option<Explanation> {
    let c = &r.crisis_line;
    let s = &r.scenario.crisis_line;
    if !c.enabled {
        return Some(ex(
            "Crisis line not included".to_string(),
            "The crisis line is switched off in this scenario.",
            Vec::new(),
        ));
    }
    Some(match m {
        "load" => ex(
            format!("{} counselors busy on average", number(c.load)),
            "Offered load = contacts an hour × minutes per contact / 60, with contacts a month \
             = population / 100,000 × contacts per 100,000.",
            vec![
                ("Population", thousands(r.population)),
                ("Contacts per 100,000 a month", number(s.contacts_per_100k)),
                ("Contacts a month", number(c.contacts_per_month)),
                (
                    "Contacts an hour (× 12 / 365 / 24)",
                    number(c.contacts_per_hour),
                ),
                ("Minutes per contact", number(c.minutes_per_contact)),
            ],
        ),
        "on_duty" => ex(
            plural(c.on_duty, "counselor on duty", "counselors on duty"),
            format!(
                "The smallest number of counselors c on duty around the clock such that {} of \
                 contacts are answered within {} seconds (Erlang C: share = 1 − C × exp(−(c − A) \
                 × wait / handle time)).",
                percent(c.target_share),
                number(c.answer_seconds)
            ),
            vec![
                ("Offered load A", number(c.load)),
                ("Share that wait at all (C)", percent(c.prob_wait)),
                ("Share answered in time", percent(c.share_answered_in_time)),
                ("Counselor occupancy", percent(c.occupancy)),
            ],
        ),
        "fte" => ex(
            format!("{} full-time counselors", number(c.fte)),
            "Counselors = on duty × 8,760 hours / productive hours per full-time person / (1 − \
             shrinkage).",
            vec![
                ("On duty", count(c.on_duty)),
                ("Hours a year", thousands(HOURS_PER_YEAR)),
                (
                    "Productive hours per full-time person",
                    thousands(s.productive_hours_per_fte),
                ),
                ("Shrinkage", percent(c.shrinkage)),
            ],
        ),
        "cost" => ex(
            money(c.cost),
            "Cost a year = full-time counselors × cost per counselor a year.",
            vec![
                ("Full-time counselors", number(c.fte)),
                (
                    "Cost per counselor a year",
                    range_text(s.cost_per_fte_low, s.cost_per_fte_high),
                ),
            ],
        ),
        _ => return None,
    })
}
