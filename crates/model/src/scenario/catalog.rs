//! The catalog of the scenario's number inputs: each input once, with its path, its label and
//! unit in English and Spanish, a line of help, how it is shown (a plain number or a
//! percentage), its bounds, when it is used, the message when it is out of bounds, and a getter
//! and a setter. The page's fields, the validation of single values, the list of input paths
//! (and so the check that each has a source), the printed inputs and the property tests' random
//! scenarios are all driven from it; a test fails when the catalog and the scenario drift apart.
//!
//! Three lists: [`INPUTS`], the scenario's own numbers (`population`, `mobile.target_share`);
//! [`FLOW_SHARES`], the shares a stream's services pass onward, once for the adult flow
//! (`flow.<name>`) and once for the youth flow (`youth.flow.<name>`); [`PROGRAM_INPUTS`], the
//! numbers of each residential program (`programs[2].stay_days`,
//! `youth.programs[0].share`). What is not a number (names, program kinds, switches, rules,
//! today's capacity, the scores and the ranges, which have their own types) is not here.
//!
//! A fourth list, [`BUILDOUT_INPUTS`], holds the build-out plan's numbers (`buildout.horizon_years`,
//! …): they are validated on their own ([`crate::input::validate::validate_buildout_in`]) and
//! their sources are in [`crate::scenario::buildout_sources::source_of`], so that the plan's inputs never
//! block the other results and stay out of the page's first download.
//!
//! Each entry is a constant (`catalog::POPULATION`), so a page that names an input by a
//! misspelled name does not compile.

use crate::scenario::bounds::{
    MAX_BUDGET, MAX_BUSY_HOURS, MAX_COST_PER_DAY, MAX_MINUTES, MAX_POPULATION, MAX_RATE,
    MAX_STARTUP, MAX_STAY_DAYS, MAX_YEARS,
};
use crate::scenario::outcomes::OutcomeRates;
use crate::scenario::ranges::InputId;
use crate::scenario::{Flow, Program, ProgramKind, Scenario, SizingRule};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// A text in English and Spanish.
pub type Text = (&'static str, &'static str);

/// How a value is shown and typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// As it is stored: `500,000`, `5`, `$1,500`.
    Plain,
    /// A fraction shown as a percentage: 0.3 is `30%`.
    Percent,
}

/// The values an input accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub low: f64,
    pub high: f64,
    /// The low end itself is refused (a stay must be more than zero days).
    pub above_low: bool,
    /// Only whole numbers.
    pub whole: bool,
}

impl Bounds {
    /// From `low` to `high`, both accepted.
    pub const fn closed(low: f64, high: f64) -> Bounds {
        Bounds {
            low,
            high,
            above_low: false,
            whole: false,
        }
    }

    /// More than `low`, at most `high`.
    pub const fn above(low: f64, high: f64) -> Bounds {
        Bounds {
            low,
            high,
            above_low: true,
            whole: false,
        }
    }

    /// Whole numbers from `low` to `high`.
    pub const fn whole(low: f64, high: f64) -> Bounds {
        Bounds {
            low,
            high,
            above_low: false,
            whole: true,
        }
    }

    /// Whether a value is accepted (never NaN or infinity).
    pub fn contains(self, x: f64) -> bool {
        x.is_finite()
            && (if self.above_low {
                x > self.low
            } else {
                x >= self.low
            })
            && x <= self.high
            && (!self.whole || x.fract() == 0.0)
    }
}

/// When the scenario uses an input (validation checks an input only then).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// While the youth stream is modelled.
    Youth,
    /// While the crisis line is part of the plan.
    CrisisLine,
    /// While beds are sized by the share of days full.
    DaysFull,
    /// While beds are sized to a target occupancy.
    Occupancy,
}

impl When {
    pub fn holds(self, s: &Scenario) -> bool {
        match self {
            When::Always => true,
            When::Youth => s.youth.enabled,
            When::CrisisLine => s.crisis_line.enabled,
            When::DaysFull => s.sizing.rule == SizingRule::DaysFull,
            When::Occupancy => s.sizing.rule == SizingRule::Occupancy,
        }
    }
}

/// Whether an input is one of the uncertain inputs of "How sure is this?" (its range is in the
/// scenario's `uncertainty`, or, for a cost, the input's own low and high ends).
#[derive(Debug, Clone, Copy)]
pub enum Uncertain {
    No,
    Yes(InputId),
    /// A program's input: the range of its program type.
    ByKind(fn(ProgramKind) -> InputId),
}

/// One number input of a `T` (the scenario, a flow, a program).
pub struct Input<T: 'static> {
    /// The scenario's own inputs: the whole path (`mobile.target_share`); a flow share or a
    /// program field: its name (`entry_to_mobile`, `stay_days`; see [`flow_path`],
    /// [`program_path`]).
    pub path: &'static str,
    /// What the input is, as the page labels its field.
    pub label: Text,
    /// The unit shown after the field.
    pub unit: Text,
    /// A line of help under the field (empty strings for none).
    pub hint: Text,
    pub scale: Scale,
    pub bounds: Bounds,
    pub when: When,
    pub uncertain: Uncertain,
    /// The sentence when the value is out of bounds; `{low}` and `{high}` are written by the
    /// formatter in the input's scale. Empty for the costs, whose low and high ends are checked
    /// as a pair by the validation.
    pub problem: Text,
    pub get: fn(&T) -> f64,
    pub set: fn(&mut T, f64),
}

/// What the validation needs of an input: its path, bounds, when it is used, its sentence and
/// its getter; no label, unit or help. The validation runs in the page's first download on every
/// change, and taking only this part of an entry (as a constant, `const { X.rule() }`) keeps the
/// labels and help of fields the first screen does not draw out of that download.
pub struct Rule<T: 'static> {
    pub path: &'static str,
    pub scale: Scale,
    pub bounds: Bounds,
    pub when: When,
    pub problem: Text,
    pub get: fn(&T) -> f64,
}

impl<T> Rule<T> {
    /// The out-of-bounds sentence in a language (`None` for a cost, checked as a pair).
    pub fn problem_in(&self, lang: Lang) -> Option<String> {
        problem_text(self.problem, self.bounds, self.scale, lang)
    }
}

/// An entry's sentence with its bounds written by the formatter in its scale.
fn problem_text(problem: Text, bounds: Bounds, scale: Scale, lang: Lang) -> Option<String> {
    let template = lang.pick(problem.0, problem.1);
    if template.is_empty() {
        return None;
    }
    let show = |x: f64| show(x, scale, Format::new(lang));
    Some(
        template
            .replace("{low}", &show(bounds.low))
            .replace("{high}", &show(bounds.high)),
    )
}

/// A number as an input of this scale shows it, without its unit (`50%`, `10,000`).
fn show(x: f64, scale: Scale, f: Format) -> String {
    match scale {
        Scale::Percent => f.percent(x),
        Scale::Plain => f.number(x),
    }
}

impl<T> Input<T> {
    /// What the validation needs of the entry (see [`Rule`]).
    pub const fn rule(&self) -> Rule<T> {
        Rule {
            path: self.path,
            scale: self.scale,
            bounds: self.bounds,
            when: self.when,
            problem: self.problem,
            get: self.get,
        }
    }

    /// The label in a language.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.label.0, self.label.1)
    }

    /// The unit in a language.
    pub fn unit_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.unit.0, self.unit.1)
    }

    /// The unit for an amount of it: singular for exactly one (`1 day`, `1 día`).
    pub fn unit_for(&self, value: f64, lang: Lang) -> &'static str {
        if value == 1.0 {
            if let Some((_, one)) = SINGULAR.iter().find(|(many, _)| *many == self.unit) {
                return lang.pick(one.0, one.1);
            }
        }
        self.unit_in(lang)
    }

    /// A value as a sentence or a printed table writes it, with its unit: `500,000 residents`,
    /// `30%`, `$450`, `1 day`.
    pub fn value_in(&self, value: f64, lang: Lang) -> String {
        let f = Format::new(lang);
        match (self.scale, self.unit.0) {
            (Scale::Percent, _) => f.percent(value),
            (Scale::Plain, "$") => f.currency(value),
            (Scale::Plain, _) => format!("{} {}", f.number(value), self.unit_for(value, lang)),
        }
    }

    /// The out-of-bounds sentence in a language (`None` for a cost, checked as a pair).
    pub fn problem_in(&self, lang: Lang) -> Option<String> {
        problem_text(self.problem, self.bounds, self.scale, lang)
    }
}

/// The path of a flow share in a stream's flow: `flow.entry_to_mobile`,
/// `youth.flow.entry_to_mobile`.
pub fn flow_path(youth: bool, name: &str) -> String {
    format!("{}flow.{name}", if youth { "youth." } else { "" })
}

/// The path of a program's field: `programs[2].stay_days`, `youth.programs[0].share`.
pub fn program_path(youth: bool, index: usize, field: &str) -> String {
    format!(
        "{}programs[{index}].{field}",
        if youth { "youth." } else { "" }
    )
}

/// The entry of the scenario's own input at a path (the first, where two rules share a path:
/// `sizing.target`).
pub fn input(path: &str) -> Option<&'static Input<Scenario>> {
    INPUTS.iter().copied().find(|i| i.path == path)
}

/// The entry of a flow share by name.
pub fn flow_share(name: &str) -> Option<&'static Input<Flow>> {
    FLOW_SHARES.iter().copied().find(|i| i.path == name)
}

/// The entry of a program field by name.
pub fn program_input(field: &str) -> Option<&'static Input<Program>> {
    PROGRAM_INPUTS.iter().copied().find(|i| i.path == field)
}

/// The entry of an outcome rate by name (`ed_hours_per_visit_low`).
pub fn outcome_input(name: &str) -> Option<&'static Input<OutcomeRates>> {
    OUTCOME_INPUTS.iter().copied().find(|i| i.path == name)
}

/// The path of an outcome rate: `outcomes.ed_hours_per_visit`.
pub fn outcome_path(name: &str) -> String {
    format!("outcomes.{name}")
}

/// Every path of a number input in a scenario, in the catalog's order: the scenario's own
/// (whether or not they are in use), the adult flow, the adult programs, the youth flow and
/// programs.
pub fn number_paths(s: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in INPUTS {
        if !out.iter().any(|p| p == i.path) {
            out.push(i.path.to_string());
        }
    }
    for youth in [false, true] {
        out.extend(FLOW_SHARES.iter().map(|i| flow_path(youth, i.path)));
        let programs = if youth {
            &s.youth.programs
        } else {
            &s.programs
        };
        for k in 0..programs.len() {
            out.extend(
                PROGRAM_INPUTS
                    .iter()
                    .map(|i| program_path(youth, k, i.path)),
            );
        }
    }
    out.extend(OUTCOME_ACCESS.iter().map(|a| outcome_path(a.0)));
    out
}

/// The value of a number input by its path (`population`, `youth.flow.entry_to_ed`,
/// `programs[1].stay_days`); `None` for a path that is not a number input of this scenario.
pub fn get_number(s: &Scenario, path: &str) -> Option<f64> {
    match locate(path)? {
        At::Own(i) => Some((i.get)(s)),
        At::Flow(youth, i) => Some((i.get)(if youth { &s.youth.flow } else { &s.flow })),
        At::Program(youth, k, i) => {
            let list = if youth {
                &s.youth.programs
            } else {
                &s.programs
            };
            list.get(k).map(|p| (i.get)(p))
        }
        At::Outcome(a) => Some((a.1)(&s.outcomes)),
    }
}

/// Set a number input by its path; false (and nothing changed) for a path that is not a
/// number input of this scenario.
pub fn set_number(s: &mut Scenario, path: &str, value: f64) -> bool {
    match locate(path) {
        Some(At::Own(i)) => (i.set)(s, value),
        Some(At::Flow(youth, i)) => (i.set)(
            if youth {
                &mut s.youth.flow
            } else {
                &mut s.flow
            },
            value,
        ),
        Some(At::Program(youth, k, i)) => {
            let list = if youth {
                &mut s.youth.programs
            } else {
                &mut s.programs
            };
            match list.get_mut(k) {
                Some(p) => (i.set)(p, value),
                None => return false,
            }
        }
        Some(At::Outcome(a)) => (a.2)(&mut s.outcomes, value),
        None => return false,
    }
    true
}

/// Where a path points.
enum At {
    Own(&'static Input<Scenario>),
    Flow(bool, &'static Input<Flow>),
    Program(bool, usize, &'static Input<Program>),
    Outcome(&'static Access),
}

fn locate(path: &str) -> Option<At> {
    if let Some(i) = input(path) {
        return Some(At::Own(i));
    }
    if let Some(name) = path.strip_prefix("outcomes.") {
        return OUTCOME_ACCESS.iter().find(|a| a.0 == name).map(At::Outcome);
    }
    let (youth, rest) = match path.strip_prefix("youth.") {
        Some(rest) => (true, rest),
        None => (false, path),
    };
    if let Some(name) = rest.strip_prefix("flow.") {
        return flow_share(name).map(|i| At::Flow(youth, i));
    }
    let rest = rest.strip_prefix("programs[")?;
    let (k, field) = rest.split_once("].")?;
    let k: usize = k.parse().ok()?;
    program_input(field).map(|i| At::Program(youth, k, i))
}

/// The inputs of a scenario that are not numbers (a name, switches, rules), each with a field
/// of its own on the page.
pub const OTHER_INPUTS: [&str; 7] = [
    "place_name",
    "youth.enabled",
    "sizing.rule",
    "cost_basis",
    "mobile.mode",
    "mobile.cost_basis",
    "crisis_line.enabled",
];

/// A program's inputs that are not numbers.
pub const OTHER_PROGRAM_INPUTS: [&str; 2] = ["kind", "name"];

/// The entries, each a constant, and the list of them (each name written once).
macro_rules! catalog {
    ($list:ident, $rules:ident: $ty:ty; $($(#[$doc:meta])* $name:ident = $value:expr;)*) => {
        $($(#[$doc])* pub const $name: Input<$ty> = $value;)*
        /// Every entry, in the order of the page.
        pub const $list: &[&Input<$ty>] = &[$(&$name),*];
        /// What the validation needs of every entry, in the same order (see [`Rule`]).
        pub const $rules: &[Rule<$ty>] = &[$($name.rule()),*];
    };
}

const NO_HINT: Text = ("", "");
const NO_PROBLEM: Text = ("", "");
const DOLLARS: Text = ("$", "$");
const PERCENT: Text = ("%", "%");
const DAYS: Text = ("days", "días");

/// The singular of the units that are nouns, for an amount of exactly one.
const SINGULAR: [(Text, Text); 7] = [
    (DAYS, ("day", "día")),
    (("hours", "horas"), ("hour", "hora")),
    (("minutes", "minutos"), ("minute", "minuto")),
    (("seconds", "segundos"), ("second", "segundo")),
    (("people", "personas"), ("person", "persona")),
    (("beds", "camas"), ("bed", "cama")),
    (("residents", "residentes"), ("resident", "residente")),
];

/// A funding input's place among the uncertain inputs, when it has a range.
const fn funding_uncertain(path: &str) -> Uncertain {
    match crate::scenario::funding::ranged(path) {
        Some(k) => Uncertain::Yes(InputId::Funding(k)),
        None => Uncertain::No,
    }
}

/// The label of a funding input with a range (kept with the list of them,
/// [`crate::scenario::funding::RANGED_LABELS`], which names the uncertain inputs too).
const fn ranged_label(path: &str) -> Text {
    match crate::scenario::funding::ranged(path) {
        Some(k) => crate::scenario::funding::RANGED_LABELS[k as usize],
        None => ("", ""),
    }
}

/// A share of who pays (a coverage share, a payer's rate, a federal share): a fraction.
macro_rules! funding_share {
    ($path:expr, $label:expr, $unit:expr, $hint:expr, $bounds:expr, $when:expr, $problem:expr, $($field:ident).+) => {
        Input {
            path: $path,
            label: $label,
            unit: $unit,
            hint: $hint,
            scale: Scale::Percent,
            bounds: $bounds,
            when: $when,
            uncertain: funding_uncertain($path),
            problem: $problem,
            get: |s| s.funding.$($field).+,
            set: |s, v| s.funding.$($field).+ = v,
        }
    };
}

/// The coverage of one stream's episodes by one payer.
macro_rules! coverage {
    ($stream:ident, $payer:ident, $when:expr) => {
        coverage!(
            $stream,
            $payer,
            ranged_label(concat!(
                "funding.",
                stringify!($stream),
                ".",
                stringify!($payer)
            )),
            $when
        )
    };
    ($stream:ident, $payer:ident, $label:expr, $when:expr) => {
        funding_share!(
            concat!("funding.", stringify!($stream), ".", stringify!($payer)),
            $label,
            if matches!(stringify!($stream).as_bytes(), b"youth") {
                ("% of youth episodes", "% de los episodios de jóvenes")
            } else {
                ("% of adult episodes", "% de los episodios de adultos")
            },
            NO_HINT,
            Bounds::closed(0.0, 1.0),
            $when,
            FUNDING_SHARE_PROBLEM,
            $stream.$payer
        )
    };
}

/// What one payer pays for one service, as a share of its cost.
macro_rules! payer_rate {
    ($service:ident, $payer:ident, $when:expr) => {
        funding_share!(
            concat!(
                "funding.rates.",
                stringify!($service),
                ".",
                stringify!($payer)
            ),
            ranged_label(concat!(
                "funding.rates.",
                stringify!($service),
                ".",
                stringify!($payer)
            )),
            ("% of the cost", "% del costo"),
            NO_HINT,
            Bounds::closed(0.0, 1.0),
            $when,
            RATE_PROBLEM,
            rates.$service.$payer
        )
    };
}

/// What one payer pays for one residential program type (by its place in
/// [`ProgramKind::ALL`] and its id), as a share of its cost.
macro_rules! residential_rate {
    ($kind:expr, $id:literal, $payer:ident) => {
        Input {
            path: concat!("funding.rates.residential.", $id, ".", stringify!($payer)),
            label: ranged_label(concat!(
                "funding.rates.residential.",
                $id,
                ".",
                stringify!($payer)
            )),
            unit: ("% of the cost", "% del costo"),
            hint: NO_HINT,
            scale: Scale::Percent,
            bounds: Bounds::closed(0.0, 1.0),
            when: When::Always,
            uncertain: funding_uncertain(concat!(
                "funding.rates.residential.",
                $id,
                ".",
                stringify!($payer)
            )),
            problem: RATE_PROBLEM,
            get: |s| s.funding.rates.residential.0[$kind].$payer,
            set: |s, v| s.funding.rates.residential.0[$kind].$payer = v,
        }
    };
}

const RATE_PROBLEM: Text = (
    "A payer's rate must be from {low} to {high} of the service's cost.",
    "La tarifa de un pagador debe ser del {low} al {high} del costo del servicio.",
);

const FUNDING_SHARE_PROBLEM: Text = (
    "This share must be from {low} to {high}.",
    "Esta proporción debe estar entre {low} y {high}.",
);
const FEDERAL_SHARE_PROBLEM: Text = (
    "A federal share must be from {low} to {high}.",
    "Una participación federal debe estar entre {low} y {high}.",
);

/// A dedicated fund's amount a year.
macro_rules! fund {
    ($fund:ident) => {
        Input {
            path: concat!("funding.", stringify!($fund), ".amount"),
            label: ranged_label(concat!("funding.", stringify!($fund), ".amount")),
            unit: ("$ a year", "$ al año"),
            hint: NO_HINT,
            scale: Scale::Plain,
            bounds: Bounds::closed(0.0, crate::scenario::funding::MAX_FUND),
            when: When::Always,
            uncertain: funding_uncertain(concat!("funding.", stringify!($fund), ".amount")),
            problem: (
                "A fund a year must be from {low} to {high} dollars.",
                "Un fondo al año debe ser de {low} a {high} dólares.",
            ),
            get: |s| s.funding.$fund.amount,
            set: |s, v| s.funding.$fund.amount = v,
        }
    };
}

catalog! {
    INPUTS, INPUT_RULES: Scenario;

    POPULATION = Input {
        path: "population",
        label: ("Population", "Población"),
        unit: ("residents", "residentes"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::whole(1.0, MAX_POPULATION),
        when: When::Always,
        uncertain: Uncertain::No,
        // two sentences (not a whole number above zero; too large): written by the validation
        problem: NO_PROBLEM,
        get: |s| s.population,
        set: |s, v| s.population = v,
    };
    ADULT_RATE = Input {
        path: "adult.rate_per_100k",
        label: ("Adult crisis episodes", "Episodios de crisis de adultos"),
        unit: ("per 100,000 residents a month", "por cada 100,000 residentes al mes"),
        hint: (
            "Crisis episodes needing an in-person response, counted over all residents.",
            "Episodios de crisis que necesitan una respuesta en persona, contados sobre todos los \
             residentes.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_RATE),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::AdultRate),
        problem: (
            "The adult crisis rate must be a number from {low} to {high} episodes per 100,000 \
             residents a month.",
            "La tasa de crisis de adultos debe ser un número de {low} a {high} episodios por cada \
             100,000 residentes al mes.",
        ),
        get: |s| s.adult.rate_per_100k,
        set: |s, v| s.adult.rate_per_100k = v,
    };
    YOUTH_SHARE = Input {
        path: "youth_share",
        label: ("Residents under 18", "Residentes menores de 18 años"),
        unit: ("% of residents", "% de los residentes"),
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(0.0, 1.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Youth share must be between {low} and {high}.",
            "La proporción de jóvenes debe estar entre {low} y {high}.",
        ),
        get: |s| s.youth_share,
        set: |s, v| s.youth_share = v,
    };
    YOUTH_RATE = Input {
        path: "youth.rate_per_100k",
        label: ("Youth crisis episodes", "Episodios de crisis de jóvenes"),
        unit: ("per 100,000 youth a month", "por cada 100,000 jóvenes al mes"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_RATE),
        when: When::Youth,
        uncertain: Uncertain::Yes(InputId::YouthRate),
        problem: (
            "The youth crisis rate must be a number from {low} to {high} episodes per 100,000 \
             youth residents a month.",
            "La tasa de crisis de jóvenes debe ser un número de {low} a {high} episodios por cada \
             100,000 residentes jóvenes al mes.",
        ),
        get: |s| s.youth.rate_per_100k,
        set: |s, v| s.youth.rate_per_100k = v,
    };
    DAYS_FULL_TARGET = Input {
        path: "sizing.target",
        label: ("Full on at most", "Lleno como máximo"),
        unit: ("% of days", "% de los días"),
        hint: (
            "Seed 003: programs full no more than 5% of days.",
            "Documento fuente 003: programas llenos no más del 5% de los días.",
        ),
        scale: Scale::Percent,
        bounds: Bounds::above(0.0, 0.5),
        when: When::DaysFull,
        uncertain: Uncertain::No,
        problem: (
            "The share of days a service may be full must be more than {low} and at most {high}.",
            "La proporción de días en que un servicio puede estar lleno debe ser mayor que {low} \
             y como máximo {high}.",
        ),
        get: |s| s.sizing.target,
        set: |s, v| s.sizing.target = v,
    };
    MAX_UTILIZATION = Input {
        path: "sizing.max_utilization",
        label: ("Utilization at most", "Utilización como máximo"),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(0.5, 1.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The highest utilization must be between {low} and {high}.",
            "La utilización máxima debe estar entre {low} y {high}.",
        ),
        get: |s| s.sizing.max_utilization,
        set: |s, v| s.sizing.max_utilization = v,
    };
    OCCUPANCY_TARGET = Input {
        path: "sizing.target",
        label: ("Target occupancy", "Ocupación objetivo"),
        unit: PERCENT,
        hint: (
            "A convention; small units sized this way are often full (Green 2002).",
            "Una convención; las unidades pequeñas dimensionadas así a menudo están llenas (Green \
             2002).",
        ),
        scale: Scale::Percent,
        bounds: Bounds::closed(0.1, 1.0),
        when: When::Occupancy,
        uncertain: Uncertain::No,
        problem: (
            "The target occupancy must be between {low} and {high}.",
            "La ocupación objetivo debe estar entre {low} y {high}.",
        ),
        get: |s| s.sizing.target,
        set: |s, v| s.sizing.target = v,
    };
    RECEIVING_STAY = Input {
        path: "receiving.stay_days",
        label: ("Receiving facility: average stay", "Centro de recepción: estadía promedio"),
        unit: DAYS,
        hint: (
            "23-hour observation chairs: a stay under one day.",
            "Sillones de observación de 23 horas: una estadía de menos de un día.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_STAY_DAYS),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::ReceivingStay),
        problem: (
            "Mean stay at the receiving facility must be more than zero days and at most {high} \
             days.",
            "La estadía promedio en el centro de recepción de crisis debe ser de más de cero días \
             y como máximo {high} días.",
        ),
        get: |s| s.receiving.stay_days,
        set: |s, v| s.receiving.stay_days = v,
    };
    RECEIVING_COST_LOW = Input {
        path: "receiving.cost_per_day_low",
        label: (
            "Receiving facility: cost a chair-day, low",
            "Centro de recepción: costo por sillón-día, bajo",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::ReceivingCost),
        problem: NO_PROBLEM,
        get: |s| s.receiving.cost_per_day_low,
        set: |s, v| s.receiving.cost_per_day_low = v,
    };
    RECEIVING_COST_HIGH = Input {
        path: "receiving.cost_per_day_high",
        label: (
            "Receiving facility: cost a chair-day, high",
            "Centro de recepción: costo por sillón-día, alto",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::ReceivingCost),
        problem: NO_PROBLEM,
        get: |s| s.receiving.cost_per_day_high,
        set: |s, v| s.receiving.cost_per_day_high = v,
    };
    INPATIENT_STAY = Input {
        path: "inpatient.stay_days",
        label: ("Psychiatric hospital: average stay", "Hospital psiquiátrico: estadía promedio"),
        unit: DAYS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_STAY_DAYS),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::InpatientStay),
        problem: (
            "Mean inpatient stay must be more than zero days and at most {high} days.",
            "La estadía promedio de hospitalización debe ser de más de cero días y como máximo \
             {high} días.",
        ),
        get: |s| s.inpatient.stay_days,
        set: |s, v| s.inpatient.stay_days = v,
    };
    INPATIENT_COST_LOW = Input {
        path: "inpatient.cost_per_day_low",
        label: (
            "Psychiatric hospital: cost a day, low",
            "Hospital psiquiátrico: costo por día, bajo",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::InpatientCost),
        problem: NO_PROBLEM,
        get: |s| s.inpatient.cost_per_day_low,
        set: |s, v| s.inpatient.cost_per_day_low = v,
    };
    INPATIENT_COST_HIGH = Input {
        path: "inpatient.cost_per_day_high",
        label: (
            "Psychiatric hospital: cost a day, high",
            "Hospital psiquiátrico: costo por día, alto",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::InpatientCost),
        problem: NO_PROBLEM,
        get: |s| s.inpatient.cost_per_day_high,
        set: |s, v| s.inpatient.cost_per_day_high = v,
    };
    MOBILE_BUSY_HOURS = Input {
        path: "mobile.busy_hours_per_dispatch",
        label: (
            "Hours a dispatch keeps a team busy",
            "Horas que un despacho mantiene ocupado a un equipo",
        ),
        unit: ("hours", "horas"),
        hint: (
            "Travel, time on scene and hand-off: about 2 hours in a city, 3 in rural areas.",
            "Traslado, tiempo en el lugar y entrega: unas 2 horas en una ciudad, 3 en zonas \
             rurales.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_BUSY_HOURS),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::MobileBusyHours),
        problem: (
            "Hours a dispatch keeps a team busy must be more than {low} and at most {high}.",
            "Las horas que un despacho mantiene ocupado a un equipo deben ser más de {low} y como \
             máximo {high}.",
        ),
        get: |s| s.mobile.busy_hours_per_dispatch,
        set: |s, v| s.mobile.busy_hours_per_dispatch = v,
    };
    MOBILE_TARGET_SHARE = Input {
        path: "mobile.target_share",
        label: (
            "Share of requests meeting the target",
            "Proporción de solicitudes que cumplen el objetivo",
        ),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::above(0.0, 0.999),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The share of requests meeting the response target must be more than {low} and at \
             most {high}.",
            "La proporción de solicitudes que cumplen el objetivo de respuesta debe ser mayor que \
             {low} y como máximo {high}.",
        ),
        get: |s| s.mobile.target_share,
        set: |s, v| s.mobile.target_share = v,
    };
    MOBILE_MAX_WAIT = Input {
        path: "mobile.max_wait_minutes",
        label: ("Longest wait for a free team", "Espera máxima por un equipo disponible"),
        unit: ("minutes", "minutos"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 1440.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The longest wait for a free team must be from {low} to {high} minutes (a day).",
            "La espera máxima por un equipo disponible debe ser de {low} a {high} minutos (un \
             día).",
        ),
        get: |s| s.mobile.max_wait_minutes,
        set: |s, v| s.mobile.max_wait_minutes = v,
    };
    MOBILE_STAFF = Input {
        path: "mobile.staff_per_team",
        label: ("Staff on a team", "Personal por equipo"),
        unit: ("people", "personas"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::whole(1.0, 20.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Staff per team must be a whole number from {low} to {high}.",
            "El personal por equipo debe ser un número entero de {low} a {high}.",
        ),
        get: |s| s.mobile.staff_per_team,
        set: |s, v| s.mobile.staff_per_team = v,
    };
    MOBILE_PRODUCTIVE_HOURS = Input {
        path: "mobile.productive_hours_per_fte",
        label: (
            "Productive hours of a full-time employee",
            "Horas productivas de un empleado de tiempo completo",
        ),
        unit: ("hours a year", "horas al año"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(100.0, 8760.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: PRODUCTIVE_HOURS_PROBLEM,
        get: |s| s.mobile.productive_hours_per_fte,
        set: |s, v| s.mobile.productive_hours_per_fte = v,
    };
    MOBILE_TEAM_HOUR_COST_LOW = Input {
        path: "mobile.cost_per_team_hour_low",
        label: ("Cost a team-hour, low", "Costo por hora-equipo, bajo"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 100_000.0),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::MobileCost),
        problem: NO_PROBLEM,
        get: |s| s.mobile.cost_per_team_hour_low,
        set: |s, v| s.mobile.cost_per_team_hour_low = v,
    };
    MOBILE_TEAM_HOUR_COST_HIGH = Input {
        path: "mobile.cost_per_team_hour_high",
        label: ("Cost a team-hour, high", "Costo por hora-equipo, alto"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 100_000.0),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::MobileCost),
        problem: NO_PROBLEM,
        get: |s| s.mobile.cost_per_team_hour_high,
        set: |s, v| s.mobile.cost_per_team_hour_high = v,
    };
    MOBILE_DISPATCH_COST_LOW = Input {
        path: "mobile.cost_per_dispatch_low",
        label: ("Cost a dispatch, low", "Costo por despacho, bajo"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 1_000_000.0),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::MobileCost),
        problem: NO_PROBLEM,
        get: |s| s.mobile.cost_per_dispatch_low,
        set: |s, v| s.mobile.cost_per_dispatch_low = v,
    };
    MOBILE_DISPATCH_COST_HIGH = Input {
        path: "mobile.cost_per_dispatch_high",
        label: ("Cost a dispatch, high", "Costo por despacho, alto"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 1_000_000.0),
        when: When::Always,
        uncertain: Uncertain::Yes(InputId::MobileCost),
        problem: NO_PROBLEM,
        get: |s| s.mobile.cost_per_dispatch_high,
        set: |s, v| s.mobile.cost_per_dispatch_high = v,
    };
    LINE_CONTACTS = Input {
        path: "crisis_line.contacts_per_100k",
        label: ("Contacts", "Contactos"),
        unit: ("per 100,000 residents a month", "por cada 100,000 residentes al mes"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 100_000.0),
        when: When::CrisisLine,
        uncertain: Uncertain::No,
        problem: (
            "Crisis-line contacts must be a number from {low} to {high} per 100,000 residents a \
             month.",
            "Los contactos con la línea de crisis deben ser un número de {low} a {high} por cada \
             100,000 residentes al mes.",
        ),
        get: |s| s.crisis_line.contacts_per_100k,
        set: |s, v| s.crisis_line.contacts_per_100k = v,
    };
    LINE_MINUTES = Input {
        path: "crisis_line.minutes_per_contact",
        label: ("Minutes a contact", "Minutos por contacto"),
        unit: ("minutes", "minutos"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_MINUTES),
        when: When::CrisisLine,
        uncertain: Uncertain::Yes(InputId::LineMinutes),
        problem: (
            "Minutes per contact must be more than {low} and at most {high}.",
            "Los minutos por contacto deben ser más de {low} y como máximo {high}.",
        ),
        get: |s| s.crisis_line.minutes_per_contact,
        set: |s, v| s.crisis_line.minutes_per_contact = v,
    };
    LINE_ANSWER_SECONDS = Input {
        path: "crisis_line.answer_seconds",
        label: ("Answer within", "Contestar en un máximo de"),
        unit: ("seconds", "segundos"),
        hint: (
            "Crisis Now self-assessment: 30, 25, 20 or 15 seconds at levels 2 to 5.",
            "Autoevaluación de Crisis Now: 30, 25, 20 o 15 segundos en los niveles 2 a 5.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 3600.0),
        when: When::CrisisLine,
        uncertain: Uncertain::No,
        problem: (
            "The answer target must be from {low} to {high} seconds.",
            "El objetivo de respuesta debe ser de {low} a {high} segundos.",
        ),
        get: |s| s.crisis_line.answer_seconds,
        set: |s, v| s.crisis_line.answer_seconds = v,
    };
    LINE_TARGET_SHARE = Input {
        path: "crisis_line.target_share",
        label: ("Share answered in time", "Proporción atendida a tiempo"),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::above(0.0, 0.999),
        when: When::CrisisLine,
        uncertain: Uncertain::No,
        problem: (
            "The share of contacts answered in time must be more than {low} and at most {high}.",
            "La proporción de contactos atendidos a tiempo debe ser mayor que {low} y como máximo \
             {high}.",
        ),
        get: |s| s.crisis_line.target_share,
        set: |s, v| s.crisis_line.target_share = v,
    };
    LINE_SHRINKAGE = Input {
        path: "crisis_line.shrinkage",
        label: (
            "Shrinkage (breaks, training, meetings)",
            "Tiempo no productivo (pausas, capacitación, reuniones)",
        ),
        unit: ("% of paid time", "% del tiempo pagado"),
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(0.0, 0.9),
        when: When::CrisisLine,
        uncertain: Uncertain::No,
        problem: (
            "Shrinkage must be between {low} and {high}.",
            "El tiempo no productivo debe estar entre {low} y {high}.",
        ),
        get: |s| s.crisis_line.shrinkage,
        set: |s, v| s.crisis_line.shrinkage = v,
    };
    LINE_PRODUCTIVE_HOURS = Input {
        path: "crisis_line.productive_hours_per_fte",
        label: (
            "Productive hours of a full-time counselor",
            "Horas productivas de un consejero de tiempo completo",
        ),
        unit: ("hours a year", "horas al año"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(100.0, 8760.0),
        when: When::CrisisLine,
        uncertain: Uncertain::No,
        problem: PRODUCTIVE_HOURS_PROBLEM,
        get: |s| s.crisis_line.productive_hours_per_fte,
        set: |s, v| s.crisis_line.productive_hours_per_fte = v,
    };
    LINE_COST_LOW = Input {
        path: "crisis_line.cost_per_fte_low",
        label: ("Cost of a counselor a year, low", "Costo de un consejero al año, bajo"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 10_000_000.0),
        when: When::CrisisLine,
        uncertain: Uncertain::Yes(InputId::LineCost),
        problem: NO_PROBLEM,
        get: |s| s.crisis_line.cost_per_fte_low,
        set: |s, v| s.crisis_line.cost_per_fte_low = v,
    };
    LINE_COST_HIGH = Input {
        path: "crisis_line.cost_per_fte_high",
        label: ("Cost of a counselor a year, high", "Costo de un consejero al año, alto"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 10_000_000.0),
        when: When::CrisisLine,
        uncertain: Uncertain::Yes(InputId::LineCost),
        problem: NO_PROBLEM,
        get: |s| s.crisis_line.cost_per_fte_high,
        set: |s, v| s.crisis_line.cost_per_fte_high = v,
    };
    FUNDING_ADULT_MEDICAID = coverage!(adult, medicaid, When::Always);
    FUNDING_ADULT_MEDICARE = coverage!(adult, medicare, When::Always);
    FUNDING_ADULT_COMMERCIAL = coverage!(adult, commercial, When::Always);
    FUNDING_ADULT_UNINSURED = coverage!(adult, uninsured, ("Adults uninsured or other", "Adultos sin seguro u otro"), When::Always);
    FUNDING_YOUTH_MEDICAID = coverage!(youth, medicaid, When::Youth);
    FUNDING_YOUTH_MEDICARE = coverage!(youth, medicare, When::Youth);
    FUNDING_YOUTH_COMMERCIAL = coverage!(youth, commercial, When::Youth);
    FUNDING_YOUTH_UNINSURED = coverage!(youth, uninsured, ("Youth uninsured or other", "Jóvenes sin seguro u otro"), When::Youth);
    FUNDING_YOUTH_CHIP = funding_share!(
        "funding.youth_chip_share",
        ranged_label("funding.youth_chip_share"),
        PERCENT,
        NO_HINT,
        Bounds::closed(0.0, 1.0),
        When::Youth,
        FUNDING_SHARE_PROBLEM,
        youth_chip_share
    );
    FUNDING_LINE_MEDICAID = payer_rate!(crisis_line, medicaid, When::CrisisLine);
    FUNDING_LINE_MEDICARE = payer_rate!(crisis_line, medicare, When::CrisisLine);
    FUNDING_LINE_COMMERCIAL = payer_rate!(crisis_line, commercial, When::CrisisLine);
    FUNDING_MOBILE_MEDICAID = payer_rate!(mobile, medicaid, When::Always);
    FUNDING_MOBILE_MEDICARE = payer_rate!(mobile, medicare, When::Always);
    FUNDING_MOBILE_COMMERCIAL = payer_rate!(mobile, commercial, When::Always);
    FUNDING_RECEIVING_MEDICAID = payer_rate!(receiving, medicaid, When::Always);
    FUNDING_RECEIVING_MEDICARE = payer_rate!(receiving, medicare, When::Always);
    FUNDING_RECEIVING_COMMERCIAL = payer_rate!(receiving, commercial, When::Always);
    FUNDING_RESIDENTIAL_HIGH_MEDICAL_MEDICAID = residential_rate!(0, "high-medical", medicaid);
    FUNDING_RESIDENTIAL_HIGH_MEDICAL_MEDICARE = residential_rate!(0, "high-medical", medicare);
    FUNDING_RESIDENTIAL_HIGH_MEDICAL_COMMERCIAL = residential_rate!(0, "high-medical", commercial);
    FUNDING_RESIDENTIAL_MODERATE_MEDICAL_MEDICAID = residential_rate!(1, "moderate-medical", medicaid);
    FUNDING_RESIDENTIAL_MODERATE_MEDICAL_MEDICARE = residential_rate!(1, "moderate-medical", medicare);
    FUNDING_RESIDENTIAL_MODERATE_MEDICAL_COMMERCIAL = residential_rate!(1, "moderate-medical", commercial);
    FUNDING_RESIDENTIAL_CRISIS_RESPITE_MEDICAID = residential_rate!(2, "crisis-respite", medicaid);
    FUNDING_RESIDENTIAL_CRISIS_RESPITE_MEDICARE = residential_rate!(2, "crisis-respite", medicare);
    FUNDING_RESIDENTIAL_CRISIS_RESPITE_COMMERCIAL = residential_rate!(2, "crisis-respite", commercial);
    FUNDING_RESIDENTIAL_PEER_RESPITE_MEDICAID = residential_rate!(3, "peer-respite", medicaid);
    FUNDING_RESIDENTIAL_PEER_RESPITE_MEDICARE = residential_rate!(3, "peer-respite", medicare);
    FUNDING_RESIDENTIAL_PEER_RESPITE_COMMERCIAL = residential_rate!(3, "peer-respite", commercial);
    FUNDING_RESIDENTIAL_LIVING_ROOM_MEDICAID = residential_rate!(4, "living-room", medicaid);
    FUNDING_RESIDENTIAL_LIVING_ROOM_MEDICARE = residential_rate!(4, "living-room", medicare);
    FUNDING_RESIDENTIAL_LIVING_ROOM_COMMERCIAL = residential_rate!(4, "living-room", commercial);
    FUNDING_RESIDENTIAL_SUD_MEDICAID = residential_rate!(5, "sud", medicaid);
    FUNDING_RESIDENTIAL_SUD_MEDICARE = residential_rate!(5, "sud", medicare);
    FUNDING_RESIDENTIAL_SUD_COMMERCIAL = residential_rate!(5, "sud", commercial);
    FUNDING_RESIDENTIAL_TYPICAL_MEDICAID = residential_rate!(6, "typical", medicaid);
    FUNDING_RESIDENTIAL_TYPICAL_MEDICARE = residential_rate!(6, "typical", medicare);
    FUNDING_RESIDENTIAL_TYPICAL_COMMERCIAL = residential_rate!(6, "typical", commercial);
    FUNDING_RESIDENTIAL_OTHER_MEDICAID = residential_rate!(7, "other", medicaid);
    FUNDING_RESIDENTIAL_OTHER_MEDICARE = residential_rate!(7, "other", medicare);
    FUNDING_RESIDENTIAL_OTHER_COMMERCIAL = residential_rate!(7, "other", commercial);
    FUNDING_INPATIENT_MEDICAID = payer_rate!(inpatient, medicaid, When::Always);
    FUNDING_INPATIENT_MEDICARE = payer_rate!(inpatient, medicare, When::Always);
    FUNDING_INPATIENT_COMMERCIAL = payer_rate!(inpatient, commercial, When::Always);
    FUNDING_FMAP = funding_share!(
        "funding.fmap",
        ranged_label("funding.fmap"),
        PERCENT,
        (
            "Your state's regular rate: at least 50% by law.",
            "La tasa regular de su estado: como mínimo el 50% por ley.",
        ),
        Bounds::closed(0.5, 1.0),
        When::Always,
        FEDERAL_SHARE_PROBLEM,
        fmap
    );
    FUNDING_CHIP_FMAP = funding_share!(
        "funding.chip_fmap",
        ranged_label("funding.chip_fmap"),
        PERCENT,
        NO_HINT,
        Bounds::closed(0.5, 1.0),
        When::Youth,
        FEDERAL_SHARE_PROBLEM,
        chip_fmap
    );
    FUNDING_ADMIN_MATCH = funding_share!(
        "funding.admin_match",
        ranged_label("funding.admin_match"),
        PERCENT,
        NO_HINT,
        Bounds::closed(0.5, 1.0),
        When::CrisisLine,
        FEDERAL_SHARE_PROBLEM,
        admin_match
    );
    FUNDING_ADULT_21_64 = funding_share!(
        "funding.adult_21_64_share",
        ranged_label("funding.adult_21_64_share"),
        ("% of adult episodes", "% de los episodios de adultos"),
        NO_HINT,
        Bounds::closed(0.0, 1.0),
        When::Always,
        FUNDING_SHARE_PROBLEM,
        adult_21_64_share
    );
    FUNDING_INPATIENT_IMD = funding_share!(
        "funding.inpatient_imd_share",
        ranged_label("funding.inpatient_imd_share"),
        PERCENT,
        NO_HINT,
        Bounds::closed(0.0, 1.0),
        When::Always,
        FUNDING_SHARE_PROBLEM,
        inpatient_imd_share
    );
    FUNDING_FEES_988 = fund!(fees_988);
    FUNDING_GRANTS = fund!(federal_grants);
    FUNDING_LEVY = fund!(levy);
    FUNDING_STATE_SHARE = funding_share!(
        "funding.state_share_of_public",
        ranged_label("funding.state_share_of_public"),
        PERCENT,
        (
            "What the state general fund pays of the cost no payer or fund covers; the county pays the rest.",
            "Lo que paga el fondo general del estado del costo que ningún pagador ni fondo cubre; el condado paga el resto.",
        ),
        Bounds::closed(0.0, 1.0),
        When::Always,
        FUNDING_SHARE_PROBLEM,
        state_share_of_public
    );
}

catalog! {
    BUILDOUT_INPUTS, BUILDOUT_RULES: Scenario;

    BUILDOUT_YEARS = Input {
        path: "buildout.horizon_years",
        label: (
            "Years in the plan",
            "Años del plan",
        ),
        unit: ("years", "años"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::whole(1.0, MAX_YEARS),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The plan must cover a whole number of years from {low} to {high}.",
            "El plan debe abarcar un número entero de años de {low} a {high}.",
        ),
        get: |s| s.buildout.number("horizon_years"),
        set: |s, v| s.buildout.set_number("horizon_years", v),
    };
    BUILDOUT_POPULATION_GROWTH = Input {
        path: "buildout.population_growth",
        label: (
            "Population growth a year",
            "Crecimiento de la población al año",
        ),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(-0.1, 0.1),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Population growth must be from {low} to {high} a year.",
            "El crecimiento de la población debe ser de {low} a {high} al año.",
        ),
        get: |s| s.buildout.number("population_growth"),
        set: |s, v| s.buildout.set_number("population_growth", v),
    };
    BUILDOUT_COST_GROWTH = Input {
        path: "buildout.cost_growth",
        label: (
            "Cost growth a year",
            "Crecimiento de los costos al año",
        ),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(-0.1, 0.2),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Cost growth must be from {low} to {high} a year.",
            "El crecimiento de los costos debe ser de {low} a {high} al año.",
        ),
        get: |s| s.buildout.number("cost_growth"),
        set: |s, v| s.buildout.set_number("cost_growth", v),
    };
    BUILDOUT_STARTUP_BED_LOW = Input {
        path: "buildout.startup_per_bed_low",
        label: (
            "Start-up cost of a new bed, low",
            "Costo inicial de una cama nueva, bajo",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a bed must be from ${low} to ${high}.",
            "El costo inicial de una cama debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_bed_low"),
        set: |s, v| s.buildout.set_number("startup_per_bed_low", v),
    };
    BUILDOUT_STARTUP_BED = Input {
        path: "buildout.startup_per_bed",
        label: (
            "Start-up cost of a new bed",
            "Costo inicial de una cama nueva",
        ),
        unit: DOLLARS,
        hint: (
            "Renovation or construction, equipment, hiring and training, once, in today's dollars.",
            "Renovación o construcción, equipo, contratación y capacitación, una sola vez, en dólares de hoy.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a bed must be from ${low} to ${high}.",
            "El costo inicial de una cama debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_bed"),
        set: |s, v| s.buildout.set_number("startup_per_bed", v),
    };
    BUILDOUT_STARTUP_BED_HIGH = Input {
        path: "buildout.startup_per_bed_high",
        label: (
            "Start-up cost of a new bed, high",
            "Costo inicial de una cama nueva, alto",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a bed must be from ${low} to ${high}.",
            "El costo inicial de una cama debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_bed_high"),
        set: |s, v| s.buildout.set_number("startup_per_bed_high", v),
    };
    BUILDOUT_STARTUP_CHAIR_LOW = Input {
        path: "buildout.startup_per_chair_low",
        label: (
            "Start-up cost of a new receiving-facility chair, low",
            "Costo inicial de un sillón del centro de recepción nuevo, bajo",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a receiving-facility chair must be from ${low} to ${high}.",
            "El costo inicial de un sillón del centro de recepción debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_chair_low"),
        set: |s, v| s.buildout.set_number("startup_per_chair_low", v),
    };
    BUILDOUT_STARTUP_CHAIR = Input {
        path: "buildout.startup_per_chair",
        label: (
            "Start-up cost of a new receiving-facility chair",
            "Costo inicial de un sillón del centro de recepción nuevo",
        ),
        unit: DOLLARS,
        hint: (
            "Renovation or construction, equipment, hiring and training, once, in today's dollars.",
            "Renovación o construcción, equipo, contratación y capacitación, una sola vez, en dólares de hoy.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a receiving-facility chair must be from ${low} to ${high}.",
            "El costo inicial de un sillón del centro de recepción debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_chair"),
        set: |s, v| s.buildout.set_number("startup_per_chair", v),
    };
    BUILDOUT_STARTUP_CHAIR_HIGH = Input {
        path: "buildout.startup_per_chair_high",
        label: (
            "Start-up cost of a new receiving-facility chair, high",
            "Costo inicial de un sillón del centro de recepción nuevo, alto",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a receiving-facility chair must be from ${low} to ${high}.",
            "El costo inicial de un sillón del centro de recepción debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_chair_high"),
        set: |s, v| s.buildout.set_number("startup_per_chair_high", v),
    };
    BUILDOUT_STARTUP_TEAM_LOW = Input {
        path: "buildout.startup_per_team_low",
        label: (
            "Start-up cost of a new mobile team, low",
            "Costo inicial de un equipo móvil nuevo, bajo",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a mobile team must be from ${low} to ${high}.",
            "El costo inicial de un equipo móvil debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_team_low"),
        set: |s, v| s.buildout.set_number("startup_per_team_low", v),
    };
    BUILDOUT_STARTUP_TEAM = Input {
        path: "buildout.startup_per_team",
        label: (
            "Start-up cost of a new mobile team",
            "Costo inicial de un equipo móvil nuevo",
        ),
        unit: DOLLARS,
        hint: (
            "Renovation or construction, equipment, hiring and training, once, in today's dollars.",
            "Renovación o construcción, equipo, contratación y capacitación, una sola vez, en dólares de hoy.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a mobile team must be from ${low} to ${high}.",
            "El costo inicial de un equipo móvil debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_team"),
        set: |s, v| s.buildout.set_number("startup_per_team", v),
    };
    BUILDOUT_STARTUP_TEAM_HIGH = Input {
        path: "buildout.startup_per_team_high",
        label: (
            "Start-up cost of a new mobile team, high",
            "Costo inicial de un equipo móvil nuevo, alto",
        ),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_STARTUP),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The start-up cost of a mobile team must be from ${low} to ${high}.",
            "El costo inicial de un equipo móvil debe ser de ${low} a ${high}.",
        ),
        get: |s| s.buildout.number("startup_per_team_high"),
        set: |s, v| s.buildout.set_number("startup_per_team_high", v),
    };
    BUILDOUT_PREOPENING_MONTHS = Input {
        path: "buildout.preopening_months",
        label: (
            "Operating cost paid before opening",
            "Costo de operación pagado antes de abrir",
        ),
        unit: ("months", "meses"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 12.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Months of operating cost before opening must be from {low} to {high}.",
            "Los meses de costo de operación antes de abrir deben ser de {low} a {high}.",
        ),
        get: |s| s.buildout.number("preopening_months"),
        set: |s, v| s.buildout.set_number("preopening_months", v),
    };
    BUILDOUT_RAMP_UP_MONTHS = Input {
        path: "buildout.ramp_up_months",
        label: (
            "Months a new program takes to reach normal use",
            "Meses que tarda un programa nuevo en llegar al uso normal",
        ),
        unit: ("months", "meses"),
        hint: (
            "Use rises evenly from the opening to normal use.",
            "El uso sube de manera uniforme desde la apertura hasta el uso normal.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, 12.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The ramp-up must be from {low} to {high} months.",
            "El periodo de arranque debe ser de {low} a {high} meses.",
        ),
        get: |s| s.buildout.number("ramp_up_months"),
        set: |s, v| s.buildout.set_number("ramp_up_months", v),
    };
    BUILDOUT_BUDGET = Input {
        path: "buildout.yearly_budget",
        label: (
            "Yearly budget for new capacity",
            "Presupuesto anual para capacidad nueva",
        ),
        unit: DOLLARS,
        hint: (
            "What the suggested phasing may spend each year on opening and running new capacity.",
            "Lo que la distribución sugerida por etapas puede gastar cada año en abrir y operar capacidad nueva.",
        ),
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_BUDGET),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The yearly budget must be more than ${low} and at most ${high}.",
            "El presupuesto anual debe ser mayor que ${low} y como máximo ${high}.",
        ),
        get: |s| s.buildout.number("yearly_budget"),
        set: |s, v| s.buildout.set_number("yearly_budget", v),
    };
}

const PRODUCTIVE_HOURS_PROBLEM: Text = (
    "Productive hours a year per full-time person must be from {low} to {high}.",
    "Las horas productivas al año por empleado de tiempo completo deben ser de {low} a {high}.",
);

/// Whether a share's name ends in `_to_residential` (those shares move with the range of the
/// share to residential care).
const fn to_residential(name: &str) -> bool {
    let (n, end) = (name.as_bytes(), b"_to_residential");
    if n.len() < end.len() {
        return false;
    }
    let mut i = 0;
    while i < end.len() {
        if n[n.len() - end.len() + i] != end[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A flow share's entry: every share is a fraction from 0 to 1.
macro_rules! share {
    ($field:ident, $label:expr, $unit:expr, $problem:expr) => {
        Input {
            path: stringify!($field),
            label: $label,
            unit: $unit,
            hint: NO_HINT,
            scale: Scale::Percent,
            bounds: Bounds::closed(0.0, 1.0),
            when: When::Always,
            uncertain: if to_residential(stringify!($field)) {
                Uncertain::Yes(InputId::ResidentialShare)
            } else {
                Uncertain::No
            },
            problem: $problem,
            get: |f| f.$field,
            set: |f, v| f.$field = v,
        }
    };
}

catalog! {
    FLOW_SHARES, FLOW_RULES: Flow;

    ENTRY_TO_MOBILE = share!(
        entry_to_mobile,
        ("Episodes to a mobile crisis team", "Episodios a un equipo móvil de crisis"),
        ("of all episodes", "de todos los episodios"),
        (
            "The share from entry to a mobile team must be between {low} and {high}.",
            "La proporción de la entrada a un equipo móvil debe estar entre {low} y {high}.",
        )
    );
    ENTRY_TO_RECEIVING = share!(
        entry_to_receiving,
        ("Episodes to a crisis receiving facility", "Episodios a un centro de recepción de crisis"),
        ("of all episodes", "de todos los episodios"),
        (
            "The share from entry to the receiving facility must be between {low} and {high}.",
            "La proporción de la entrada al centro de recepción de crisis debe estar entre {low} y {high}.",
        )
    );
    ENTRY_TO_ED = share!(
        entry_to_ed,
        ("Episodes to an emergency department", "Episodios a una sala de emergencias"),
        ("of all episodes", "de todos los episodios"),
        (
            "The share from entry to an emergency department must be between {low} and {high}.",
            "La proporción de la entrada a una sala de emergencias debe estar entre {low} y {high}.",
        )
    );
    ENTRY_TO_RESIDENTIAL = share!(
        entry_to_residential,
        ("Episodes straight to residential crisis care", "Episodios que van directamente a atención residencial de crisis"),
        ("of all episodes", "de todos los episodios"),
        (
            "The share from entry straight to residential care must be between {low} and {high}.",
            "La proporción de la entrada directamente a atención residencial debe estar entre {low} y {high}.",
        )
    );
    ENTRY_TO_INPATIENT = share!(
        entry_to_inpatient,
        ("Episodes straight to inpatient care", "Episodios que van directamente a hospitalización"),
        ("of all episodes", "de todos los episodios"),
        (
            "The share from entry straight to inpatient care must be between {low} and {high}.",
            "La proporción de la entrada directamente a hospitalización debe estar entre {low} y {high}.",
        )
    );
    MOBILE_TO_RECEIVING = share!(
        mobile_to_receiving,
        ("Mobile team to receiving facility", "Del equipo móvil al centro de recepción"),
        ("of dispatches", "de los despachos"),
        (
            "The share from a mobile team to the receiving facility must be between {low} and {high}.",
            "La proporción de un equipo móvil al centro de recepción de crisis debe estar entre {low} y {high}.",
        )
    );
    MOBILE_TO_RESIDENTIAL = share!(
        mobile_to_residential,
        ("Mobile team to residential", "Del equipo móvil a atención residencial"),
        ("of dispatches", "de los despachos"),
        (
            "The share from a mobile team to residential care must be between {low} and {high}.",
            "La proporción de un equipo móvil a atención residencial debe estar entre {low} y {high}.",
        )
    );
    MOBILE_TO_INPATIENT = share!(
        mobile_to_inpatient,
        ("Mobile team to inpatient", "Del equipo móvil a hospitalización"),
        ("of dispatches", "de los despachos"),
        (
            "The share from a mobile team to inpatient care must be between {low} and {high}.",
            "La proporción de un equipo móvil a hospitalización debe estar entre {low} y {high}.",
        )
    );
    RECEIVING_TO_RESIDENTIAL = share!(
        receiving_to_residential,
        ("Receiving facility to residential", "Del centro de recepción a atención residencial"),
        ("of admissions", "de los ingresos"),
        (
            "The share from the receiving facility to residential care must be between {low} and {high}.",
            "La proporción del centro de recepción de crisis a atención residencial debe estar entre {low} y {high}.",
        )
    );
    RECEIVING_TO_INPATIENT = share!(
        receiving_to_inpatient,
        ("Receiving facility to inpatient", "Del centro de recepción a hospitalización"),
        ("of admissions", "de los ingresos"),
        (
            "The share from the receiving facility to inpatient care must be between {low} and {high}.",
            "La proporción del centro de recepción de crisis a hospitalización debe estar entre {low} y {high}.",
        )
    );
    ED_TO_RESIDENTIAL = share!(
        ed_to_residential,
        ("Emergency department to residential", "De la sala de emergencias a atención residencial"),
        ("of visits", "de las visitas"),
        (
            "The share from an emergency department to residential care must be between {low} and {high}.",
            "La proporción de una sala de emergencias a atención residencial debe estar entre {low} y {high}.",
        )
    );
    ED_TO_INPATIENT = share!(
        ed_to_inpatient,
        ("Emergency department to inpatient", "De la sala de emergencias a hospitalización"),
        ("of visits", "de las visitas"),
        (
            "The share from an emergency department to inpatient care must be between {low} and {high}.",
            "La proporción de una sala de emergencias a hospitalización debe estar entre {low} y {high}.",
        )
    );
    RESIDENTIAL_TO_INPATIENT = share!(
        residential_to_inpatient,
        ("Residential to inpatient (step-up)", "De atención residencial a hospitalización (paso a un nivel mayor de atención)"),
        ("of admissions", "de los ingresos"),
        (
            "The share from residential care to inpatient care (step-up) must be between {low} and {high}.",
            "La proporción de atención residencial a hospitalización (paso a un nivel mayor de atención) debe estar entre {low} y {high}.",
        )
    );
}

catalog! {
    PROGRAM_INPUTS, PROGRAM_RULES: Program;

    PROGRAM_SHARE = Input {
        path: "share",
        label: ("Share", "Proporción"),
        unit: PERCENT,
        hint: NO_HINT,
        scale: Scale::Percent,
        bounds: Bounds::closed(0.0, 1.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "The program's share of admissions must be between {low} and {high}.",
            "La proporción de ingresos del programa debe estar entre {low} y {high}.",
        ),
        get: |p| p.share,
        set: |p, v| p.share = v,
    };
    PROGRAM_STAY = Input {
        path: "stay_days",
        label: ("Average stay", "Estadía promedio"),
        unit: DAYS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::above(0.0, MAX_STAY_DAYS),
        when: When::Always,
        uncertain: Uncertain::ByKind(InputId::Stay),
        problem: (
            "Length of stay must be more than zero days and at most {high} days.",
            "La duración de la estadía debe ser de más de cero días y como máximo {high} días.",
        ),
        get: |p| p.stay_days,
        set: |p, v| p.stay_days = v,
    };
    PROGRAM_COST_LOW = Input {
        path: "cost_per_day_low",
        label: ("Cost a day, low", "Costo por día, bajo"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::ByKind(InputId::ProgramCost),
        problem: NO_PROBLEM,
        get: |p| p.cost_per_day_low,
        set: |p, v| p.cost_per_day_low = v,
    };
    PROGRAM_COST_HIGH = Input {
        path: "cost_per_day_high",
        label: ("Cost a day, high", "Costo por día, alto"),
        unit: DOLLARS,
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::closed(0.0, MAX_COST_PER_DAY),
        when: When::Always,
        uncertain: Uncertain::ByKind(InputId::ProgramCost),
        problem: NO_PROBLEM,
        get: |p| p.cost_per_day_high,
        set: |p, v| p.cost_per_day_high = v,
    };
    PROGRAM_MAX_BEDS = Input {
        path: "max_beds_per_facility",
        label: ("Most beds a facility", "Máximo de camas por centro"),
        unit: ("beds", "camas"),
        hint: NO_HINT,
        scale: Scale::Plain,
        bounds: Bounds::whole(1.0, 10_000.0),
        when: When::Always,
        uncertain: Uncertain::No,
        problem: (
            "Beds per facility must be a whole number from {low} to {high}.",
            "Las camas por centro deben ser un número entero de {low} a {high}.",
        ),
        get: |p| p.max_beds_per_facility,
        set: |p, v| p.max_beds_per_facility = v,
    };
}

const HOURS_PROBLEM: Text = (
    "Hours must be a number from {low} to {high}.",
    "Las horas deben ser un número de {low} a {high}.",
);
const MINUTES_PROBLEM: Text = (
    "Minutes must be a number from {low} to {high}.",
    "Los minutos deben ser un número de {low} a {high}.",
);
const SHARE_PROBLEM: Text = (
    "A share must be from {low} to {high}.",
    "Una proporción debe estar entre {low} y {high}.",
);
const ODDS_PROBLEM: Text = (
    "An odds ratio must be more than {low} and at most {high}.",
    "Una razón de probabilidades debe ser mayor que {low} y como máximo {high}.",
);
const HOURS: Text = ("hours", "horas");
const ODDS: Text = ("odds ratio", "razón de probabilidades");

/// An outcome rate's entry.
#[allow(clippy::too_many_arguments)]
const fn rate_input(
    path: &'static str,
    label: Text,
    unit: Text,
    scale: Scale,
    bounds: Bounds,
    when: When,
    uncertain: Uncertain,
    problem: Text,
    get: fn(&OutcomeRates) -> f64,
    set: fn(&mut OutcomeRates, f64),
) -> Input<OutcomeRates> {
    Input {
        path,
        label,
        unit,
        hint: NO_HINT,
        scale,
        bounds,
        when,
        uncertain,
        problem,
        get,
        set,
    }
}

/// An outcome rate's name, getter and setter: what finding a value by its path needs, without
/// the labels (so the page's first download, which sets values by path, does not carry them).
pub type Access = (
    &'static str,
    fn(&OutcomeRates) -> f64,
    fn(&mut OutcomeRates, f64),
);

/// Each outcome rate and its low and high ends: three entries, each a constant, and the list.
macro_rules! rates {
    ($list:ident, $rules:ident;
     $($n:ident, $nl:ident, $nh:ident: $f:ident, $fl:ident, $fh:ident =
        ($en:literal, $es:literal), $unit:expr, $scale:expr, $bounds:expr, $when:expr,
        $uncertain:expr, $problem:expr;)*) => {
        $(
            pub const $n: Input<OutcomeRates> = rate_input(
                stringify!($f), ($en, $es), $unit, $scale, $bounds, $when, $uncertain, $problem,
                |r| r.$f, |r, v| r.$f = v,
            );
            pub const $nl: Input<OutcomeRates> = rate_input(
                stringify!($fl), (concat!($en, ", low end"), concat!($es, ", extremo bajo")),
                $unit, $scale, $bounds, $when, $uncertain, $problem, |r| r.$fl, |r, v| r.$fl = v,
            );
            pub const $nh: Input<OutcomeRates> = rate_input(
                stringify!($fh), (concat!($en, ", high end"), concat!($es, ", extremo alto")),
                $unit, $scale, $bounds, $when, $uncertain, $problem, |r| r.$fh, |r, v| r.$fh = v,
            );
        )*
        /// Every outcome rate with its ends (value, low, high), in the order of the page.
        pub const $list: &[&Input<OutcomeRates>] = &[$(&$n, &$nl, &$nh),*];
        /// What the validation needs of every outcome rate (see [`Rule`]).
        pub const $rules: &[Rule<OutcomeRates>] = &[$($n.rule(), $nl.rule(), $nh.rule()),*];
        /// The outcome rates' names: the keys of the scenario's `outcomes`.
        pub const OUTCOME_NAMES: &[&str] = &[$(stringify!($f), stringify!($fl), stringify!($fh)),*];
        /// Every outcome rate's name, getter and setter (see [`Access`]).
        pub const OUTCOME_ACCESS: &[Access] = &[$(
            (stringify!($f), |r| r.$f, |r, v| r.$f = v),
            (stringify!($fl), |r| r.$fl, |r, v| r.$fl = v),
            (stringify!($fh), |r| r.$fh, |r, v| r.$fh = v),
        )*];
    };
}

rates! {
    OUTCOME_INPUTS, OUTCOME_RULES;
    ED_HOURS, ED_HOURS_LOW, ED_HOURS_HIGH:
        ed_hours_per_visit, ed_hours_per_visit_low, ed_hours_per_visit_high =
        ("Emergency-department hours of a psychiatric visit",
         "Horas de una visita psiquiátrica en la sala de emergencias"),
        HOURS, Scale::Plain, Bounds::closed(0.0, 720.0), When::Always,
        Uncertain::Yes(InputId::EdHoursPerVisit), HOURS_PROBLEM;
    POLICE_SHARE, POLICE_SHARE_LOW, POLICE_SHARE_HIGH:
        police_share, police_share_low, police_share_high =
        ("Crises that reach the system through the police",
         "Crisis que llegan al sistema a través de la policía"),
        ("% of episodes", "% de los episodios"), Scale::Percent, Bounds::closed(0.0, 1.0),
        When::Always,
        Uncertain::Yes(InputId::PoliceShare), SHARE_PROBLEM;
    POLICE_ED_HOURS, POLICE_ED_HOURS_LOW, POLICE_ED_HOURS_HIGH:
        police_ed_hours, police_ed_hours_low, police_ed_hours_high =
        ("Officer hours of a transport to an emergency department",
         "Horas de un agente en un traslado a la sala de emergencias"),
        HOURS, Scale::Plain, Bounds::closed(0.0, 100.0), When::Always,
        Uncertain::Yes(InputId::PoliceEdHours), HOURS_PROBLEM;
    POLICE_DROPOFF, POLICE_DROPOFF_LOW, POLICE_DROPOFF_HIGH:
        police_dropoff_minutes, police_dropoff_minutes_low, police_dropoff_minutes_high =
        ("Officer minutes of a drop-off at a receiving facility",
         "Minutos de un agente al dejar a la persona en un centro de recepción"),
        ("minutes", "minutos"), Scale::Plain, Bounds::closed(0.0, 1440.0), When::Always,
        Uncertain::Yes(InputId::PoliceDropoff), MINUTES_PROBLEM;
    CRISIS_UNIT_OR, CRISIS_UNIT_OR_LOW, CRISIS_UNIT_OR_HIGH:
        crisis_unit_odds_ratio, crisis_unit_odds_ratio_low, crisis_unit_odds_ratio_high =
        ("Inpatient admission with a short-stay crisis unit",
         "Hospitalización con una unidad de crisis de estadía corta"),
        ODDS, Scale::Plain, Bounds::above(0.0, 10.0), When::Always, Uncertain::No, ODDS_PROBLEM;
    YOUTH_ED_OR, YOUTH_ED_OR_LOW, YOUTH_ED_OR_HIGH:
        youth_mobile_ed_odds_ratio, youth_mobile_ed_odds_ratio_low,
        youth_mobile_ed_odds_ratio_high =
        ("Later emergency-department visit after youth mobile crisis",
         "Visita posterior a la sala de emergencias después de la atención móvil de crisis a jóvenes"),
        ODDS, Scale::Plain, Bounds::above(0.0, 10.0), When::Youth, Uncertain::No, ODDS_PROBLEM;
    YOUTH_LATER_ED, YOUTH_LATER_ED_LOW, YOUTH_LATER_ED_HIGH:
        youth_later_ed_share, youth_later_ed_share_low, youth_later_ed_share_high =
        ("Youth with a later emergency-department visit without mobile crisis",
         "Jóvenes con una visita posterior a la sala de emergencias sin atención móvil de crisis"),
        ("% of youth dispatches", "% de los despachos para jóvenes"), Scale::Percent,
        Bounds::closed(0.0, 1.0), When::Youth, Uncertain::No, SHARE_PROBLEM;
    COMMUNITY_POINTS, COMMUNITY_POINTS_LOW, COMMUNITY_POINTS_HIGH:
        community_hospitalization_points, community_hospitalization_points_low,
        community_hospitalization_points_high =
        ("Hospitalization lower with community-based crisis intervention",
         "Reducción de la hospitalización con intervención de crisis en la comunidad"),
        ("percentage points", "puntos porcentuales"), Scale::Percent, Bounds::closed(0.0, 1.0),
        When::Always, Uncertain::No, SHARE_PROBLEM;
    LINE_EMERGENCY, LINE_EMERGENCY_LOW, LINE_EMERGENCY_HIGH:
        line_emergency_share, line_emergency_share_low, line_emergency_share_high =
        ("Crisis-line contacts needing emergency services",
         "Contactos con la línea de crisis que necesitan servicios de emergencia"),
        ("% of contacts", "% de los contactos"), Scale::Percent, Bounds::closed(0.0, 1.0),
        When::CrisisLine, Uncertain::No, SHARE_PROBLEM;
    LINE_RESOLVED, LINE_RESOLVED_LOW, LINE_RESOLVED_HIGH:
        line_resolved_share, line_resolved_share_low, line_resolved_share_high =
        ("Crisis-line contacts resolved on the phone",
         "Contactos con la línea de crisis resueltos por teléfono"),
        ("% of contacts", "% de los contactos"), Scale::Percent, Bounds::closed(0.0, 1.0),
        When::CrisisLine, Uncertain::No, SHARE_PROBLEM;
}

impl crate::text::json::ToJson for OutcomeRates {
    fn to_json(&self) -> crate::text::json::Json {
        crate::text::json::Json::Object(
            OUTCOME_ACCESS
                .iter()
                .map(|(name, get, _)| {
                    (
                        name.to_string(),
                        crate::text::json::Json::from_f64(get(self)),
                    )
                })
                .collect(),
        )
    }
}

impl crate::text::json::FromJson for OutcomeRates {
    fn read(
        &mut self,
        v: &crate::text::json::Json,
        at: crate::text::json::At<'_>,
    ) -> Result<(), String> {
        crate::text::json::read_fields(v, at, OUTCOME_NAMES, &mut |i, v, at| {
            let Some((_, get, set)) = OUTCOME_ACCESS.get(i) else {
                return Ok(());
            };
            let mut x = get(self);
            crate::text::json::FromJson::read(&mut x, v, at)?;
            set(self, x);
            Ok(())
        })
    }
}
