//! The page's state: one scenario signal, and the model's evaluation of it.
//!
//! Components read the scenario and the results from here and write only the scenario. Every
//! figure on the page comes from `crisis_model::evaluate`; nothing here computes a figure.

use crisis_model::{evaluate_in, Problem, Results, Scenario};
use leptos::prelude::*;

/// How long typing must pause before [`Planner::settled`] follows the results, in milliseconds.
pub const SETTLE_MS: u64 = 250;

/// What every component can reach through `use_planner()`.
#[derive(Clone, Copy)]
pub struct Planner {
    /// The scenario as the person has entered it, including invalid values (stored as NaN).
    pub scenario: RwSignal<Scenario>,
    /// The model's verdict on the current scenario (its problems in the page's language).
    pub evaluation: Memo<Result<Results, Vec<Problem>>>,
    /// The results of the last valid scenario: shown (marked out of date) while inputs are invalid.
    pub shown: Memo<Option<Results>>,
    /// `shown` once typing pauses for [`SETTLE_MS`]: for the sections below the fold (the
    /// self-assessment, the board summary), which need not be rebuilt on every keystroke.
    pub settled: RwSignal<Option<Results>>,
    /// True when `shown` is not the evaluation of the current scenario.
    pub stale: Memo<bool>,
    /// Validation problems of the current scenario (empty when it is valid).
    pub problems: Memo<Vec<Problem>>,
    /// Set when the next change is a step of its own in the browser's history (a preset, an
    /// added or removed program, an opened file), so Back returns to before it; typing in a
    /// field replaces the current entry instead.
    pub new_step: RwSignal<bool>,
}

impl Planner {
    pub fn new(initial: Scenario) -> Self {
        let scenario = RwSignal::new(initial);
        // the page's language (English when none was provided): a new language rewrites the
        // problems; the figures are the same in every language
        let lang = crate::shell::i18n::use_lang();
        let evaluation = Memo::new(move |_| {
            let lang = lang.get();
            scenario.with(|s| evaluate_in(s, lang))
        });
        let shown = Memo::new(
            move |previous: Option<&Option<Results>>| match evaluation.get() {
                Ok(results) => Some(results),
                Err(_) => previous.cloned().flatten(),
            },
        );
        let settled = RwSignal::new(shown.get_untracked());
        let pause = crate::browser::Debounce::new(SETTLE_MS);
        Effect::new(move |_| {
            shown.track();
            pause.call(move || settled.set(shown.get_untracked()));
        });
        let stale = Memo::new(move |_| evaluation.with(|e| e.is_err()));
        let problems = Memo::new(move |_| {
            evaluation.with(|e| match e {
                Ok(_) => Vec::new(),
                Err(problems) => problems.clone(),
            })
        });
        Planner {
            scenario,
            evaluation,
            shown,
            settled,
            stale,
            problems,
            new_step: RwSignal::new(false),
        }
    }

    /// Change the scenario as a step of its own in the browser's history.
    pub fn step(&self, change: impl FnOnce(&mut Scenario)) {
        self.new_step.set(true);
        self.scenario.update(change);
    }

    /// The message for one input, if the model found a problem with it.
    pub fn problem_for(&self, field: &str) -> Option<String> {
        self.problems.with(|problems| {
            problems
                .iter()
                .find(|p| p.field == field)
                .map(|p| p.message.clone())
        })
    }
}

pub fn provide_planner(initial: Scenario) -> Planner {
    let planner = Planner::new(initial);
    provide_context(planner);
    planner
}

pub fn use_planner() -> Planner {
    expect_context::<Planner>()
}
