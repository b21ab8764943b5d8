//! The problems of the scenario's `uncertainty`. Paths: `uncertainty.draws`,
//! `uncertainty.sim_years`, `uncertainty.stay_cv` (checked for log-normal stays only),
//! `uncertainty.<input>.low` and `.high` (`uncertainty.stay.living-room.high`).

use crate::input::ranges::range_message;
use crate::scenario::ranges::{
    InputId, StayDistribution, MAX_DRAWS, MAX_FACTOR, MAX_SIM_YEARS, MIN_DRAWS, MIN_SIM_YEARS,
};
use crate::scenario::{Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

pub(super) fn validate(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let u = &s.uncertainty;
    let f = Format::new(lang);
    let mut out = Vec::new();
    let mut fail = |field: String, message: String| out.push(Problem { field, message });
    if !(MIN_DRAWS..=MAX_DRAWS).contains(&u.draws) {
        let (low, high) = (f.count(MIN_DRAWS.into()), f.count(MAX_DRAWS.into()));
        fail(
            "uncertainty.draws".into(),
            match lang {
                Lang::En => {
                    format!("The number of Monte Carlo draws must be from {low} to {high}.")
                }
                Lang::Es => {
                    format!("El número de simulaciones de Monte Carlo debe ser de {low} a {high}.")
                }
            },
        );
    }
    for id in InputId::factors() {
        let Some(spread) = u.spread(id) else { continue };
        let stem = format!("uncertainty.{}", id.id());
        if !(spread.low.is_finite() && spread.low > 0.0 && spread.low <= 1.0) {
            fail(format!("{stem}.low"), range_message(s, id, false, lang));
        }
        if !(spread.high.is_finite() && spread.high >= 1.0 && spread.high <= MAX_FACTOR) {
            fail(format!("{stem}.high"), range_message(s, id, true, lang));
        }
    }
    if !(MIN_SIM_YEARS..=MAX_SIM_YEARS).contains(&u.sim_years) {
        let (low, high) = (f.count(MIN_SIM_YEARS.into()), f.count(MAX_SIM_YEARS.into()));
        fail(
            "uncertainty.sim_years".into(),
            match lang {
                Lang::En => format!("The number of simulated years must be from {low} to {high}."),
                Lang::Es => format!("El número de años simulados debe ser de {low} a {high}."),
            },
        );
    }
    if u.stay_distribution == StayDistribution::LogNormal
        && !(u.stay_cv.is_finite() && (0.1..=3.0).contains(&u.stay_cv))
    {
        let (low, high) = (f.number(0.1), f.number(3.0));
        fail(
            "uncertainty.stay_cv".into(),
            match lang {
                Lang::En => format!(
                    "The coefficient of variation of log-normal stays must be from {low} to \
                     {high} (1 is as varied as exponential stays)."
                ),
                Lang::Es => format!(
                    "El coeficiente de variación de las estadías log-normales debe ser de {low} \
                     a {high} (1 es tan variable como las estadías exponenciales)."
                ),
            },
        );
    }
    out
}
