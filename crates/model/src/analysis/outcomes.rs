//! What the continuum averts, a year, as a range with the kind of evidence behind it, and where
//! the plan falls among published benchmarks (DOMAIN.md sections 11 and 12).
//!
//! Two methods, side by side where both apply:
//!
//! - **From the flow** (`flow`): the model's own volumes, the continuum against hospital-only
//!   (where every episode goes to an emergency department and the share that reaches
//!   residential or inpatient care is admitted). With `E` episodes a year, `V` emergency
//!   department visits in the continuum, `A₀` hospital-only admissions, `A` inpatient admissions
//!   in the continuum, `L` the inpatient stay:
//!   - ED visits not made `E − V`; ED hours not spent `(E − V) × h` (hours of a psychiatric
//!     visit);
//!   - admissions not made `A₀ − A`; bed-days not used `(A₀ − A) × L`;
//!   - police hours freed `p × (E − V) × (t_ED − t_drop)`: of the share `p` of crises that reach
//!     the system through the police, those the continuum does not send to an emergency
//!     department are a drop-off at a receiving facility (`t_drop`) instead of a transport to
//!     an emergency department (`t_ED`); as full-time officers, hours ÷ productive hours a
//!     year (the model's own figure for staff);
//!   - crisis line: contacts a year × the share needing emergency services, × the share
//!     resolved on the phone.
//! - **From comparative studies** (`studies`): published effect sizes on the same volumes, the
//!   confidence interval as the range. An odds ratio `OR` turns a baseline probability `p₀`
//!   into `p₁ = OR·p₀ / (1 − p₀ + OR·p₀)`; averted = people treated × (`p₀ − p₁`).
//!
//! Low and high take each rate's low and high end in the direction that makes the outcome
//! smaller or larger; a volume of the flow has no range of its own here (its uncertainty is
//! in "How sure is this?"). Every outcome is zero when the continuum sends everyone where
//! hospital-only does (a test checks it).

use serde::Serialize;

use crate::eval::results::{Explanation, Results, StreamResults};
use crate::scenario::network::MONTHS_PER_YEAR;
use crate::scenario::outcome_sources::{outcome_citation_in, outcome_source};
use crate::scenario::outcomes::OutcomeRates;
use crate::scenario::sources::source_in;
use crate::text::format::Format;
use crate::text::lang::Lang;

/// How an outcome is estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The model's own volumes, continuum against hospital-only.
    Flow,
    /// Published effect sizes applied to the same volumes.
    Studies,
}

impl Method {
    pub fn id(self) -> &'static str {
        match self {
            Method::Flow => "flow",
            Method::Studies => "studies",
        }
    }

    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Method::Flow => lang.pick("From the flow", "Según el flujo"),
            Method::Studies => lang.pick("From studies", "Según los estudios"),
        }
    }
}

/// The kind of evidence behind an outcome, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    MetaAnalysis,
    ControlledStudy,
    AdministrativeData,
    ProgramReport,
    Assumption,
}

impl Evidence {
    pub const ALL: [Evidence; 5] = [
        Evidence::MetaAnalysis,
        Evidence::ControlledStudy,
        Evidence::AdministrativeData,
        Evidence::ProgramReport,
        Evidence::Assumption,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Evidence::MetaAnalysis => "meta-analysis",
            Evidence::ControlledStudy => "controlled-study",
            Evidence::AdministrativeData => "administrative-data",
            Evidence::ProgramReport => "program-report",
            Evidence::Assumption => "assumption",
        }
    }

    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Evidence::MetaAnalysis => lang.pick("meta-analysis", "metaanálisis"),
            Evidence::ControlledStudy => lang.pick("controlled study", "estudio controlado"),
            Evidence::AdministrativeData => {
                lang.pick("administrative data", "datos administrativos")
            }
            Evidence::ProgramReport => lang.pick("one program's report", "informe de un programa"),
            Evidence::Assumption => lang.pick("assumption", "supuesto"),
        }
    }
}

/// Published findings against an outcome, shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counter {
    /// Arizona's crisis system and the state's hospitalization rate (Mark et al., Crisis 2025).
    ArizonaNull,
    /// Eugene's CAHOOTS mostly supplemented police (NBER working paper 33761, 2025).
    CivilianSupplemented,
}

impl Counter {
    pub fn id(self) -> &'static str {
        match self {
            Counter::ArizonaNull => "arizona-null",
            Counter::CivilianSupplemented => "civilian-supplemented",
        }
    }

    /// The sentence shown beside the figures it concerns.
    pub fn sentence_in(self, lang: Lang) -> &'static str {
        match self {
            Counter::ArizonaNull => lang.pick(
                "But: Arizona's crisis system was not associated with a change in the state's \
                 behavioral health hospitalization rate (Mark et al., Crisis 2025).",
                "Sin embargo: el sistema de crisis de Arizona no se asoció con un cambio en la \
                 tasa de hospitalización por salud conductual del estado (Mark et al., Crisis \
                 2025).",
            ),
            Counter::CivilianSupplemented => lang.pick(
                "But: Eugene's CAHOOTS civilian teams mostly supplemented the police rather than \
                 replacing them (NBER working paper 33761, 2025).",
                "Sin embargo: los equipos civiles de CAHOOTS en Eugene sobre todo \
                 complementaron a la policía en lugar de reemplazarla (documento de trabajo \
                 33761 de NBER, 2025).",
            ),
        }
    }
}

/// A year's figure at the low end, the default and the high end.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Annual {
    pub low: f64,
    pub mid: f64,
    pub high: f64,
}

impl Annual {
    /// One figure, no range.
    pub fn point(x: f64) -> Annual {
        Annual {
            low: x,
            mid: x,
            high: x,
        }
    }

    fn map(self, f: impl Fn(f64) -> f64) -> Annual {
        Annual {
            low: f(self.low),
            mid: f(self.mid),
            high: f(self.high),
        }
    }

    /// Never a non-finite number (0 instead).
    fn finite(self) -> Annual {
        self.map(|x| if x.is_finite() { x } else { 0.0 })
    }
}

/// One outcome a year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// `ed-visits`, `ed-hours`, `admissions`, `bed-days`, `police-hours`, `police-officers`,
    /// `line-emergency`, `line-resolved`, `admissions-crisis-unit`, `youth-ed-visits`,
    /// `hospitalizations-community`.
    pub id: &'static str,
    /// `visits`, `hours`, `admissions`, `bed-days`, `officers`, `contacts`.
    pub unit: &'static str,
    pub method: Method,
    pub evidence: Evidence,
    /// Where the figure comes from, in English (see [`Outcome::source_in`]).
    pub source: String,
    pub annual: Annual,
    /// The counter-evidence shown beside it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counter: Option<Counter>,
}

/// The volumes a year the outcomes are computed from, both streams together.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Volumes {
    /// Crisis episodes `E`.
    pub episodes: f64,
    /// Emergency-department visits in the continuum `V`.
    pub ed_visits: f64,
    /// Admissions in the hospital-only case `A₀`.
    pub hospital_only_admissions: f64,
    /// Inpatient admissions in the continuum `A`.
    pub admissions: f64,
    /// Admissions to the crisis receiving facility (the short-stay crisis unit).
    pub receiving: f64,
    /// Mobile crisis dispatches, both streams.
    pub mobile: f64,
    /// Mobile crisis dispatches for youth.
    pub youth_mobile: f64,
    /// Crisis-line contacts (0 when the line is off).
    pub line_contacts: f64,
}

impl Volumes {
    /// The volumes of some results.
    pub fn of(r: &Results) -> Volumes {
        let streams: Vec<&StreamResults> = std::iter::once(&r.adult).chain(&r.youth).collect();
        let sum = |f: &dyn Fn(&StreamResults) -> f64| streams.iter().map(|s| f(s)).sum::<f64>();
        let year = MONTHS_PER_YEAR;
        Volumes {
            episodes: sum(&|s| s.episodes_per_year),
            ed_visits: sum(&|s| s.flow.ed.per_month) * year,
            hospital_only_admissions: sum(&|s| s.hospital_only.admissions_per_month) * year,
            admissions: sum(&|s| s.flow.inpatient.per_month) * year,
            receiving: sum(&|s| s.flow.receiving.per_month) * year,
            mobile: sum(&|s| s.flow.mobile.per_month) * year,
            youth_mobile: r.youth.as_ref().map_or(0.0, |y| y.flow.mobile.per_month) * year,
            line_contacts: if r.crisis_line.enabled {
                r.crisis_line.contacts_per_month * year
            } else {
                0.0
            },
        }
    }

    /// The hospital-only admission probability `p₀ = A₀ / E`.
    pub fn hospital_only_probability(&self) -> f64 {
        if self.episodes > 0.0 {
            self.hospital_only_admissions / self.episodes
        } else {
            0.0
        }
    }
}

/// `p₁ = OR·p₀ / (1 − p₀ + OR·p₀)`: a probability `p₀` under an odds ratio.
pub fn with_odds_ratio(p0: f64, odds_ratio: f64) -> f64 {
    let d = 1.0 - p0 + odds_ratio * p0;
    if d > 0.0 {
        odds_ratio * p0 / d
    } else {
        p0
    }
}

/// People averted among `n` treated at baseline `p₀` under an odds ratio.
pub fn averted_by_odds_ratio(n: f64, p0: f64, odds_ratio: f64) -> f64 {
    n * (p0 - with_odds_ratio(p0, odds_ratio))
}

/// Officer hours freed and emergency-department hours not spent a year, from the flow: with
/// `not_visited` episodes not sent to an emergency department (`E − V`), `h` hours of a
/// psychiatric visit, the share `p` through the police, `t_ED` officer hours of a transport and
/// `t_drop` officer minutes of a drop-off: `((E − V) × h, p × (E − V) × (t_ED − t_drop ÷ 60))`.
/// The outcomes' mid figures and "How sure is this?" both use it.
pub fn flow_hours(
    not_visited: f64,
    hours_per_visit: f64,
    police_share: f64,
    police_ed_hours: f64,
    dropoff_minutes: f64,
) -> (f64, f64) {
    (
        not_visited * hours_per_visit,
        police_share * not_visited * (police_ed_hours - dropoff_minutes / 60.0),
    )
}

/// A rate's (low, mid, high).
fn ends(v: f64, low: f64, high: f64) -> Annual {
    Annual { low, mid: v, high }
}

/// Every outcome of some results, in the order of the page. The rates are the scenario's;
/// check them first with [`crate::input::validate::validate_outcomes`].
pub fn outcomes(r: &Results) -> Vec<Outcome> {
    let s = r.scenario();
    let o: &OutcomeRates = &s.outcomes;
    let v = Volumes::of(r);
    let not_visited = (v.episodes - v.ed_visits).max(0.0);
    let not_admitted = (v.hospital_only_admissions - v.admissions).max(0.0);
    let stay = s.inpatient.stay_days;
    let flow_source = |path: &str| source_in(s, path);
    let flow_evidence = |path: &str| match flow_source(path) {
        Some(src) if src.is_assumption() => Evidence::Assumption,
        _ => Evidence::ProgramReport,
    };
    let cite =
        |path: &str| flow_source(path).map_or_else(String::new, |src| src.citation_in(Lang::En));
    let rate_cite = |rate: &str| {
        outcome_source(rate).map_or_else(String::new, |src| outcome_citation_in(&src, Lang::En))
    };

    let hours = ends(
        o.ed_hours_per_visit,
        o.ed_hours_per_visit_low,
        o.ed_hours_per_visit_high,
    );
    // officer hours saved per episode not sent to an emergency department
    let saved = Annual {
        low: o.police_ed_hours_low - o.police_dropoff_minutes_high / 60.0,
        mid: o.police_ed_hours - o.police_dropoff_minutes / 60.0,
        high: o.police_ed_hours_high - o.police_dropoff_minutes_low / 60.0,
    };
    let police = ends(o.police_share, o.police_share_low, o.police_share_high);
    let police_hours = Annual {
        low: police.low * not_visited * saved.low,
        mid: police.mid * not_visited * saved.mid,
        high: police.high * not_visited * saved.high,
    };
    let productive = s.mobile.productive_hours_per_fte;
    let officers = police_hours.map(|h| {
        if productive > 0.0 {
            h / productive
        } else {
            0.0
        }
    });

    let p0 = v.hospital_only_probability();
    let unit_or = ends(
        o.crisis_unit_odds_ratio,
        o.crisis_unit_odds_ratio_low,
        o.crisis_unit_odds_ratio_high,
    );
    let crisis_unit = Annual {
        low: averted_by_odds_ratio(v.receiving, p0, unit_or.high),
        mid: averted_by_odds_ratio(v.receiving, p0, unit_or.mid),
        high: averted_by_odds_ratio(v.receiving, p0, unit_or.low),
    };
    let youth_or = ends(
        o.youth_mobile_ed_odds_ratio,
        o.youth_mobile_ed_odds_ratio_low,
        o.youth_mobile_ed_odds_ratio_high,
    );
    let youth_p0 = ends(
        o.youth_later_ed_share,
        o.youth_later_ed_share_low,
        o.youth_later_ed_share_high,
    );
    let youth_ed = Annual {
        low: averted_by_odds_ratio(v.youth_mobile, youth_p0.low, youth_or.high),
        mid: averted_by_odds_ratio(v.youth_mobile, youth_p0.mid, youth_or.mid),
        high: averted_by_odds_ratio(v.youth_mobile, youth_p0.high, youth_or.low),
    };
    let points = ends(
        o.community_hospitalization_points,
        o.community_hospitalization_points_low,
        o.community_hospitalization_points_high,
    );

    let out = |id, unit, method, evidence, source: String, annual: Annual, counter| Outcome {
        id,
        unit,
        method,
        evidence,
        source,
        annual: annual.finite(),
        counter,
    };
    use Method::{Flow, Studies};
    vec![
        out(
            "ed-visits",
            "visits",
            Flow,
            flow_evidence("flow.entry_to_ed"),
            cite("flow.entry_to_ed"),
            Annual::point(not_visited),
            None,
        ),
        out(
            "ed-hours",
            "hours",
            Flow,
            Evidence::AdministrativeData,
            rate_cite("ed_hours_per_visit"),
            hours.map(|h| not_visited * h),
            None,
        ),
        out(
            "admissions",
            "admissions",
            Flow,
            flow_evidence("flow.receiving_to_residential"),
            cite("flow.receiving_to_residential"),
            Annual::point(not_admitted),
            Some(Counter::ArizonaNull),
        ),
        out(
            "bed-days",
            "bed-days",
            Flow,
            flow_evidence("inpatient.stay_days"),
            cite("inpatient.stay_days"),
            Annual::point(not_admitted * stay),
            Some(Counter::ArizonaNull),
        ),
        out(
            "police-hours",
            "hours",
            Flow,
            Evidence::Assumption,
            rate_cite("police_share"),
            police_hours,
            Some(Counter::CivilianSupplemented),
        ),
        out(
            "police-officers",
            "officers",
            Flow,
            Evidence::Assumption,
            rate_cite("police_share"),
            officers,
            Some(Counter::CivilianSupplemented),
        ),
        out(
            "admissions-crisis-unit",
            "admissions",
            Studies,
            Evidence::MetaAnalysis,
            rate_cite("crisis_unit_odds_ratio"),
            crisis_unit,
            Some(Counter::ArizonaNull),
        ),
        out(
            "hospitalizations-community",
            "admissions",
            Studies,
            Evidence::ControlledStudy,
            rate_cite("community_hospitalization_points"),
            points.map(|p| v.mobile * p),
            Some(Counter::ArizonaNull),
        ),
        out(
            "youth-ed-visits",
            "visits",
            Studies,
            Evidence::ControlledStudy,
            rate_cite("youth_mobile_ed_odds_ratio"),
            youth_ed,
            None,
        ),
        out(
            "line-emergency",
            "contacts",
            Flow,
            Evidence::ProgramReport,
            rate_cite("line_emergency_share"),
            ends(
                o.line_emergency_share,
                o.line_emergency_share_low,
                o.line_emergency_share_high,
            )
            .map(|x| v.line_contacts * x),
            None,
        ),
        out(
            "line-resolved",
            "contacts",
            Flow,
            Evidence::ProgramReport,
            rate_cite("line_resolved_share"),
            ends(
                o.line_resolved_share,
                o.line_resolved_share_low,
                o.line_resolved_share_high,
            )
            .map(|x| v.line_contacts * x),
            None,
        ),
    ]
}

impl Outcome {
    /// What the outcome is, as the page's table names it.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match self.id {
            "ed-visits" => lang.pick(
                "Emergency-department visits not made",
                "Visitas a la sala de emergencias evitadas",
            ),
            "ed-hours" => lang.pick(
                "Emergency-department hours not spent",
                "Horas en la sala de emergencias evitadas",
            ),
            "admissions" => lang.pick(
                "Inpatient admissions not made",
                "Hospitalizaciones psiquiátricas evitadas",
            ),
            "bed-days" => lang.pick(
                "Inpatient bed-days not used",
                "Días-cama hospitalarios evitados",
            ),
            "police-hours" => lang.pick("Police hours freed", "Horas de policía liberadas"),
            "police-officers" => lang.pick(
                "Police time freed, as full-time officers",
                "Tiempo de policía liberado, en agentes de tiempo completo",
            ),
            "admissions-crisis-unit" => lang.pick(
                "Admissions averted by the short-stay crisis unit",
                "Hospitalizaciones evitadas por la unidad de crisis de estadía corta",
            ),
            "hospitalizations-community" => lang.pick(
                "Hospitalizations averted by community-based crisis intervention",
                "Hospitalizaciones evitadas por la intervención de crisis en la comunidad",
            ),
            "youth-ed-visits" => lang.pick(
                "Later youth emergency-department visits averted by mobile crisis",
                "Visitas posteriores de jóvenes a la sala de emergencias evitadas por la atención \
                 móvil de crisis",
            ),
            "line-emergency" => lang.pick(
                "Crisis-line contacts needing emergency services",
                "Contactos con la línea de crisis que necesitan servicios de emergencia",
            ),
            "line-resolved" => lang.pick(
                "Crisis-line contacts resolved on the phone",
                "Contactos con la línea de crisis resueltos por teléfono",
            ),
            _ => "",
        }
    }

    /// The unit in words.
    pub fn unit_in(&self, lang: Lang) -> &'static str {
        match self.unit {
            "visits" => lang.pick("visits a year", "visitas al año"),
            "hours" => lang.pick("hours a year", "horas al año"),
            "admissions" => lang.pick("admissions a year", "hospitalizaciones al año"),
            "bed-days" => lang.pick("bed-days a year", "días-cama al año"),
            "officers" => lang.pick("full-time officers", "agentes de tiempo completo"),
            "contacts" => lang.pick("contacts a year", "contactos al año"),
            _ => "",
        }
    }

    /// The source in a language.
    pub fn source_in(&self, r: &Results, lang: Lang) -> String {
        if lang == Lang::En {
            return self.source.clone();
        }
        let s = r.scenario();
        let path = match self.id {
            "ed-visits" => "flow.entry_to_ed",
            "admissions" => "flow.receiving_to_residential",
            "bed-days" => "inpatient.stay_days",
            _ => "",
        };
        if !path.is_empty() {
            return source_in(s, path).map_or_else(String::new, |src| src.citation_in(lang));
        }
        let rate = match self.id {
            "ed-hours" => "ed_hours_per_visit",
            "police-hours" | "police-officers" => "police_share",
            "admissions-crisis-unit" => "crisis_unit_odds_ratio",
            "hospitalizations-community" => "community_hospitalization_points",
            "youth-ed-visits" => "youth_mobile_ed_odds_ratio",
            "line-emergency" => "line_emergency_share",
            _ => "line_resolved_share",
        };
        outcome_source(rate).map_or_else(String::new, |src| outcome_citation_in(&src, lang))
    }

    /// The figure as a range in words: `1,234 (800-1,500) hours a year`.
    pub fn figure_in(&self, lang: Lang) -> String {
        let f = Format::new(lang);
        let a = self.annual;
        let n = |x: f64| f.number(x.round_to(self.unit));
        if n(a.low) == n(a.high) {
            format!("{} {}", n(a.mid), self.unit_in(lang))
        } else {
            format!(
                "{} ({}-{}) {}",
                n(a.mid),
                n(a.low),
                n(a.high),
                self.unit_in(lang)
            )
        }
    }

    /// The formula in words and symbols, with the inputs it used.
    pub fn explain_in(&self, r: &Results, lang: Lang) -> Explanation {
        let s = r.scenario();
        let o = &s.outcomes;
        let v = Volumes::of(r);
        let f = Format::new(lang);
        let num = |x: f64| f.number(x);
        let pct = |x: f64| f.percent_places(x, 1);
        let range = |x: f64, l: f64, h: f64, w: &dyn Fn(f64) -> String| {
            format!("{} ({}-{})", w(x), w(l), w(h))
        };
        let t = |en: &str, es: &str| lang.pick(en, es).to_string();
        let episodes = (
            t(
                "Crisis episodes a year (E)",
                "Episodios de crisis al año (E)",
            ),
            num(v.episodes),
        );
        let visits = (
            t(
                "Emergency-department visits in the continuum (V)",
                "Visitas a la sala de emergencias en el continuo (V)",
            ),
            num(v.ed_visits),
        );
        let a0 = (
            t(
                "Hospital-only admissions (A₀)",
                "Hospitalizaciones con solo atención hospitalaria (A₀)",
            ),
            num(v.hospital_only_admissions),
        );
        let a = (
            t(
                "Inpatient admissions in the continuum (A)",
                "Hospitalizaciones en el continuo (A)",
            ),
            num(v.admissions),
        );
        let police_inputs = || {
            vec![
                episodes.clone(),
                visits.clone(),
                (
                    t(
                        "Crises through the police (p)",
                        "Crisis a través de la policía (p)",
                    ),
                    range(
                        o.police_share,
                        o.police_share_low,
                        o.police_share_high,
                        &pct,
                    ),
                ),
                (
                    t(
                        "Officer hours of an ED transport (t_ED)",
                        "Horas de un agente en un traslado a la sala de emergencias (t_ED)",
                    ),
                    range(
                        o.police_ed_hours,
                        o.police_ed_hours_low,
                        o.police_ed_hours_high,
                        &num,
                    ),
                ),
                (
                    t(
                        "Officer minutes of a drop-off (t_drop)",
                        "Minutos de un agente al dejar a la persona (t_drop)",
                    ),
                    range(
                        o.police_dropoff_minutes,
                        o.police_dropoff_minutes_low,
                        o.police_dropoff_minutes_high,
                        &num,
                    ),
                ),
            ]
        };
        let or_formula_en =
            "p₁ = OR·p₀ / (1 − p₀ + OR·p₀); averted = N × (p₀ − p₁); the low figure \
                             uses the interval's high odds ratio, the high figure its low one";
        let or_formula_es =
            "p₁ = OR·p₀ / (1 − p₀ + OR·p₀); evitadas = N × (p₀ − p₁); la cifra baja \
                             usa la razón de probabilidades alta del intervalo, la cifra alta la \
                             baja";
        let (formula, inputs) = match self.id {
            "ed-visits" => (
                t(
                    "Episodes a year less the continuum's emergency-department visits (in the \
                     hospital-only case every episode goes to an emergency department): E − V",
                    "Episodios al año menos las visitas a la sala de emergencias del continuo \
                     (con solo atención hospitalaria, cada episodio va a una sala de \
                     emergencias): E − V",
                ),
                vec![episodes, visits],
            ),
            "ed-hours" => (
                t(
                    "Visits not made × hours of a psychiatric emergency-department visit: (E − V) × h",
                    "Visitas evitadas × horas de una visita psiquiátrica a la sala de emergencias: (E − V) × h",
                ),
                vec![
                    episodes,
                    visits,
                    (
                        t("Hours of a psychiatric visit (h)", "Horas de una visita psiquiátrica (h)"),
                        range(o.ed_hours_per_visit, o.ed_hours_per_visit_low, o.ed_hours_per_visit_high, &num),
                    ),
                ],
            ),
            "admissions" => (
                t(
                    "Hospital-only admissions less the continuum's inpatient admissions: A₀ − A",
                    "Hospitalizaciones con solo atención hospitalaria menos las hospitalizaciones \
                     del continuo: A₀ − A",
                ),
                vec![a0, a],
            ),
            "bed-days" => (
                t(
                    "Admissions not made × the inpatient stay: (A₀ − A) × L",
                    "Hospitalizaciones evitadas × la estadía hospitalaria: (A₀ − A) × L",
                ),
                vec![
                    a0,
                    a,
                    (
                        t("Inpatient stay in days (L)", "Estadía hospitalaria en días (L)"),
                        num(s.inpatient.stay_days),
                    ),
                ],
            ),
            "police-hours" => (
                t(
                    "Crises through the police that the continuum does not send to an emergency \
                     department are a drop-off at a receiving facility instead of a transport: \
                     p × (E − V) × (t_ED − t_drop ÷ 60); low with p and t_ED low and t_drop high",
                    "Las crisis que llegan por la policía y que el continuo no envía a una sala \
                     de emergencias son una entrega en un centro de recepción en lugar de un \
                     traslado: p × (E − V) × (t_ED − t_drop ÷ 60); la cifra baja con p y t_ED \
                     bajos y t_drop alto",
                ),
                police_inputs(),
            ),
            "police-officers" => (
                t(
                    "Police hours freed ÷ productive hours of a full-time person a year",
                    "Horas de policía liberadas ÷ horas productivas al año de un puesto de tiempo \
                     completo",
                ),
                {
                    let mut i = police_inputs();
                    i.push((
                        t("Productive hours a year", "Horas productivas al año"),
                        num(s.mobile.productive_hours_per_fte),
                    ));
                    i
                },
            ),
            "admissions-crisis-unit" => (
                format!(
                    "{}: {}",
                    t(
                        "Receiving-facility admissions (N) at the hospital-only admission \
                         probability p₀ = A₀ ÷ E, with the meta-analysis's odds ratio",
                        "Admisiones al centro de recepción (N) con la probabilidad de \
                         hospitalización de solo atención hospitalaria p₀ = A₀ ÷ E, con la razón \
                         de probabilidades del metaanálisis",
                    ),
                    lang.pick(or_formula_en, or_formula_es)
                ),
                vec![
                    (t("Receiving-facility admissions (N)", "Admisiones al centro de recepción (N)"), num(v.receiving)),
                    (t("Hospital-only admission probability (p₀)", "Probabilidad de hospitalización (p₀)"), pct(v.hospital_only_probability())),
                    (
                        t("Odds ratio (OR)", "Razón de probabilidades (OR)"),
                        range(o.crisis_unit_odds_ratio, o.crisis_unit_odds_ratio_low, o.crisis_unit_odds_ratio_high, &num),
                    ),
                ],
            ),
            "hospitalizations-community" => (
                t(
                    "Mobile crisis dispatches × the study's lower hospitalization: N × d",
                    "Despachos móviles de crisis × la reducción de la hospitalización del \
                     estudio: N × d",
                ),
                vec![
                    (t("Mobile crisis dispatches a year (N)", "Despachos móviles de crisis al año (N)"), num(v.mobile)),
                    (
                        t("Hospitalization lower by (d)", "Reducción de la hospitalización (d)"),
                        pct(o.community_hospitalization_points),
                    ),
                ],
            ),
            "youth-ed-visits" => (
                format!(
                    "{}: {}",
                    t(
                        "Youth mobile crisis dispatches (N) at the share with a later visit \
                         without mobile crisis (p₀), with the study's odds ratio",
                        "Despachos móviles de crisis para jóvenes (N) con la proporción con una \
                         visita posterior sin atención móvil de crisis (p₀), con la razón de \
                         probabilidades del estudio",
                    ),
                    lang.pick(or_formula_en, or_formula_es)
                ),
                vec![
                    (t("Youth mobile crisis dispatches a year (N)", "Despachos móviles de crisis para jóvenes al año (N)"), num(v.youth_mobile)),
                    (
                        t("Share with a later visit without mobile crisis (p₀)", "Proporción con una visita posterior sin atención móvil (p₀)"),
                        range(o.youth_later_ed_share, o.youth_later_ed_share_low, o.youth_later_ed_share_high, &pct),
                    ),
                    (
                        t("Odds ratio (OR)", "Razón de probabilidades (OR)"),
                        range(o.youth_mobile_ed_odds_ratio, o.youth_mobile_ed_odds_ratio_low, o.youth_mobile_ed_odds_ratio_high, &num),
                    ),
                ],
            ),
            _ => {
                let (share, low, high) = if self.id == "line-emergency" {
                    (o.line_emergency_share, o.line_emergency_share_low, o.line_emergency_share_high)
                } else {
                    (o.line_resolved_share, o.line_resolved_share_low, o.line_resolved_share_high)
                };
                (
                    t(
                        "Crisis-line contacts a year × the published share: C × q",
                        "Contactos con la línea de crisis al año × la proporción publicada: C × q",
                    ),
                    vec![
                        (t("Crisis-line contacts a year (C)", "Contactos con la línea de crisis al año (C)"), num(v.line_contacts)),
                        (t("Share (q)", "Proporción (q)"), range(share, low, high, &pct)),
                    ],
                )
            }
        };
        Explanation {
            figure: self.figure_in(lang),
            formula,
            inputs,
        }
    }
}

/// Rounding for display: whole units, officers to a tenth.
trait RoundTo {
    fn round_to(self, unit: &str) -> f64;
}

impl RoundTo for f64 {
    fn round_to(self, unit: &str) -> f64 {
        if unit == "officers" {
            (self * 10.0).round() / 10.0
        } else {
            self.round()
        }
    }
}

/// The outcomes the board summary and the presentation name, in order: the emergency-department
/// hours, the admissions and the police hours (from the flow), and the admissions of the
/// comparative studies beside them.
pub const SUMMARY_IDS: [&str; 4] = [
    "ed-hours",
    "admissions",
    "police-hours",
    "admissions-crisis-unit",
];

/// One line for the board summary: each outcome of [`SUMMARY_IDS`] with its range and its kind
/// of evidence, then the caution. `Emergency-department hours not spent: 93,600 (52,800-218,400)
/// hours a year (administrative data); …`.
pub fn summary_in(all: &[Outcome], lang: Lang) -> String {
    let parts: Vec<String> = SUMMARY_IDS
        .iter()
        .filter_map(|id| all.iter().find(|o| o.id == *id))
        .map(|o| {
            format!(
                "{}: {} ({})",
                o.label_in(lang),
                o.figure_in(lang),
                o.evidence.label_in(lang).to_lowercase()
            )
        })
        .collect();
    format!(
        "{}. {}",
        parts.join("; "),
        lang.pick(
            "Estimates, not promises: controlled studies find smaller effects, or none.",
            "Son estimaciones, no promesas: los estudios controlados encuentran efectos menores, \
             o ninguno.",
        )
    )
}
