//! The sources of the outcome rates' defaults (DOMAIN.md section 11), with their Spanish. Kept
//! apart from [`crate::scenario::sources`], which the page's first download carries for the
//! source beside every field: these are shown only by the outcomes section and the methods page.

use crate::scenario::sources::{assumption, publication, Source};
use crate::text::lang::Lang;

/// The source of an outcome rate's default, by its name or path (`ed_hours_per_visit_low`,
/// `outcomes.police_share`): one source for a rate and its two ends (DOMAIN.md section 11).
pub fn outcome_source(field: &str) -> Option<Source> {
    let field = field.strip_prefix("outcomes.").unwrap_or(field);
    crate::scenario::catalog::outcome_input(field)?;
    let rate = field
        .strip_suffix("_low")
        .or_else(|| field.strip_suffix("_high"))
        .unwrap_or(field);
    Some(match rate {
        "ed_hours_per_visit" => publication(
            "Psychiatric Services 2016 (Florida, all emergency departments); NHAMCS 2009-15; \
             Nicks and Manthey 2012",
            "7.8 hours, the mean stay of a psychiatric emergency-department visit in Florida; \
             low 4.4 (median of discharged mental health visits, national survey), high 18.2 \
             (psychiatric admissions at one academic emergency department).",
        ),
        "police_share" => assumption(
            "30% (20-40%) of crises reach the system through the police: no published figure \
             was found; enter your dispatch data.",
        ),
        "police_ed_hours" => publication(
            "Gilbert, Arizona; Frontiers in Psychiatry 2021; Toronto reports",
            "About 2 hours of officer time for a transport to an emergency department; low 1.5 \
             (Gilbert, Arizona: 90 minutes; 113-123 minutes in a Canadian study), high 8 \
             (Toronto reports).",
        ),
        "police_dropoff_minutes" => publication(
            "Arizona crisis receiving facilities; Pima County",
            "About 10 minutes for a police drop-off at a crisis receiving facility (Arizona's \
             guarantee of at most 10 minutes); 10-15 minutes in Pima County.",
        ),
        "crisis_unit_odds_ratio" => publication(
            "Anderson et al., BJPsych Open 2022",
            "Meta-analysis of 12 studies: odds ratio of an inpatient admission with a \
             short-stay crisis unit 0.55 (95% confidence interval 0.43-0.68).",
        ),
        "youth_mobile_ed_odds_ratio" => publication(
            "Fendrich et al., Psychiatric Services 2019",
            "Odds ratio of a later behavioral-health emergency-department visit after youth \
             mobile crisis 0.75 (95% confidence interval 0.66-0.84).",
        ),
        "youth_later_ed_share" => assumption(
            "20% (10-30%) of youth in crisis would have a later behavioral-health \
             emergency-department visit without mobile crisis: no published figure was found; \
             enter your own.",
        ),
        "community_hospitalization_points" => publication(
            "Guo et al., Psychiatric Services 2001",
            "Hospitalization 8 percentage points lower with community-based crisis \
             intervention; no interval is given, so the low and high ends are the figure \
             itself.",
        ),
        "line_emergency_share" => publication(
            "Vibrant Emotional Health, Lifeline calls of October 2020-September 2021",
            "Less than 2% of calls needed emergency services: 0.8% voluntary and 0.7% \
             involuntary rescue (1.5%); low 0.8%, high 2%.",
        ),
        "line_resolved_share" => publication(
            "Arizona crisis line operator, 2022",
            "About 80% of calls resolved on the phone: a single program's figure; the low and \
             high ends (70-90%) are an assumption.",
        ),
        _ => return None,
    })
}

/// An outcome rate's source note in a language.
pub fn outcome_note_in(source: &Source, lang: Lang) -> &'static str {
    let note = source.note();
    match lang {
        Lang::En => note,
        Lang::Es => NOTES_ES
            .iter()
            .find(|(en, _)| *en == note)
            .map_or(note, |(_, es)| *es),
    }
}

/// The one-line citation of an outcome rate's source in a language.
pub fn outcome_citation_in(source: &Source, lang: Lang) -> String {
    let note = outcome_note_in(source, lang);
    match source {
        Source::Seed { file, .. } => format!("{file}: {note}"),
        Source::Publication { name, .. } => format!("{name}: {note}"),
        Source::Assumption { .. } => match lang {
            Lang::En => format!("Assumption: {note}"),
            Lang::Es => format!("Supuesto: {note}"),
        },
    }
}

/// The Spanish of the outcome rates' source notes, by their English text.
const NOTES_ES: &[(&str, &str)] = &[
    (
        "7.8 hours, the mean stay of a psychiatric emergency-department visit in Florida; low 4.4 (median of discharged mental health visits, national survey), high 18.2 (psychiatric admissions at one academic emergency department).",
        "7.8 horas, la estadía promedio de una visita psiquiátrica a la sala de emergencias en Florida; bajo 4.4 (mediana de las visitas de salud mental dadas de alta, encuesta nacional), alto 18.2 (hospitalizaciones psiquiátricas en la sala de emergencias de un hospital universitario).",
    ),
    (
        "30% (20-40%) of crises reach the system through the police: no published figure was found; enter your dispatch data.",
        "El 30% (20-40%) de las crisis llegan al sistema a través de la policía: no se encontró ninguna cifra publicada; ingrese sus datos de despacho.",
    ),
    (
        "About 2 hours of officer time for a transport to an emergency department; low 1.5 (Gilbert, Arizona: 90 minutes; 113-123 minutes in a Canadian study), high 8 (Toronto reports).",
        "Unas 2 horas de un agente por un traslado a la sala de emergencias; bajo 1.5 (Gilbert, Arizona: 90 minutos; 113-123 minutos en un estudio canadiense), alto 8 (informes de Toronto).",
    ),
    (
        "About 10 minutes for a police drop-off at a crisis receiving facility (Arizona's guarantee of at most 10 minutes); 10-15 minutes in Pima County.",
        "Unos 10 minutos para que la policía deje a la persona en un centro de recepción de crisis (Arizona garantiza como máximo 10 minutos); 10-15 minutos en el condado de Pima.",
    ),
    (
        "Meta-analysis of 12 studies: odds ratio of an inpatient admission with a short-stay crisis unit 0.55 (95% confidence interval 0.43-0.68).",
        "Metaanálisis de 12 estudios: razón de probabilidades de una hospitalización con una unidad de crisis de estadía corta 0.55 (intervalo de confianza del 95%: 0.43-0.68).",
    ),
    (
        "Odds ratio of a later behavioral-health emergency-department visit after youth mobile crisis 0.75 (95% confidence interval 0.66-0.84).",
        "Razón de probabilidades de una visita posterior a la sala de emergencias por salud conductual después de la atención móvil de crisis a jóvenes: 0.75 (intervalo de confianza del 95%: 0.66-0.84).",
    ),
    (
        "20% (10-30%) of youth in crisis would have a later behavioral-health emergency-department visit without mobile crisis: no published figure was found; enter your own.",
        "El 20% (10-30%) de los jóvenes en crisis tendría una visita posterior a la sala de emergencias por salud conductual sin atención móvil de crisis: no se encontró ninguna cifra publicada; ingrese la suya.",
    ),
    (
        "Hospitalization 8 percentage points lower with community-based crisis intervention; no interval is given, so the low and high ends are the figure itself.",
        "Hospitalización 8 puntos porcentuales menor con intervención de crisis en la comunidad; no se da ningún intervalo, así que los extremos bajo y alto son la propia cifra.",
    ),
    (
        "Less than 2% of calls needed emergency services: 0.8% voluntary and 0.7% involuntary rescue (1.5%); low 0.8%, high 2%.",
        "Menos del 2% de las llamadas necesitaron servicios de emergencia: 0.8% de rescates voluntarios y 0.7% de involuntarios (1.5%); bajo 0.8%, alto 2%.",
    ),
    (
        "About 80% of calls resolved on the phone: a single program's figure; the low and high ends (70-90%) are an assumption.",
        "Cerca del 80% de las llamadas se resolvieron por teléfono: la cifra de un solo programa; los extremos bajo y alto (70-90%) son un supuesto.",
    ),
];
