//! "How sure is this?": the Monte Carlo bands of beds, staff and cost (with histograms) and the
//! tornado of what matters most. The model computes everything (`crisis_model::MonteCarlo`,
//! `crisis_model::tornado`); this section runs the draws in slices of a few milliseconds after
//! typing pauses (`shell/slices.rs`), shows a progress bar meanwhile, and draws the results.

pub mod confidence;
pub mod ranges;

use crate::browser::Debounce;
use crate::browser::{clear_timings, mark, measure};
use crate::shell::i18n::{tr, use_lang};
use crate::shell::slices::{run_sliced, Cancel};
use crate::shell::state::use_planner;
use crate::widgets::charts::census::{census_csv, CensusChart};
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::geometry::{fit_width, nice_ticks, tick_count, Linear};
use crate::widgets::charts::{room, value_axis};
use crate::widgets::fields::{NumberField, SelectField};
use crate::widgets::table::{data_table, Name};
use confidence::{BandPlacement, PlanFor};
use crisis_model::confidence::{confidence_results, ConfidenceResults};
use crisis_model::format::Format;
use crisis_model::presets::program_name_in;
use crisis_model::{
    tornado, Band, Estimate, Lang, Metric, MonteCarlo, Scenario, SimulatedProgram, Simulation,
    SimulationResults, StayDistribution, Tornado, UncertaintyResults,
};
use leptos::prelude::*;
use ranges::RangeEditor;
use std::cell::RefCell;
use std::rc::Rc;

/// How long typing must pause before a new run starts.
const START_DELAY_MS: u64 = 300;
/// Draws per step inside a slice (one step is well under a millisecond).
const DRAWS_PER_STEP: usize = 100;
/// The metrics shown, in order.
const SHOWN: [Metric; 7] = [
    Metric::ResidentialBeds,
    Metric::StaffFte,
    Metric::AnnualCost,
    Metric::PoliceHours,
    Metric::EdHours,
    Metric::CountyNet,
    Metric::StateNet,
];

/// The figures the tornado can be ordered by, with their buttons' words.
const ORDERS: [(Metric, &str, &str); 5] = [
    (Metric::AnnualCost, "Annual cost", "Costo anual"),
    (
        Metric::ResidentialBeds,
        "Residential beds",
        "Camas residenciales",
    ),
    (
        Metric::PoliceHours,
        "Police hours freed",
        "Horas de policía liberadas",
    ),
    (
        Metric::EdHours,
        "Emergency-department hours",
        "Horas en la sala de emergencias",
    ),
    (
        Metric::CountyNet,
        "What the county pays",
        "Lo que paga el condado",
    ),
];

/// The User Timing names a run records (see `e2e/bench.mjs`): a mark when a run starts, a
/// measure of each slice of the draws and of the simulated years, and a measure of each whole
/// part up to its results being set.
const TIMINGS: [&str; 9] = [
    "cc-run-start",
    "cc-mc-slice",
    "cc-mc-slice-start",
    "cc-monte-carlo",
    "cc-sim-start",
    "cc-sim-slice",
    "cc-sim-slice-start",
    "cc-simulation",
    "cc-run",
];

/// The part of a scenario the Monte Carlo and the tornado depend on: all of it but the
/// simulation's own settings (so changing the stay distribution reruns only the simulation).
fn monte_carlo_part(s: &Scenario) -> Scenario {
    let mut s = s.clone();
    let d = crisis_model::Uncertainty::default();
    s.uncertainty.stay_distribution = d.stay_distribution;
    s.uncertainty.stay_cv = d.stay_cv;
    s.uncertainty.sim_years = d.sim_years;
    // "plan for" picks among figures of the same draws
    s.uncertainty.plan_for = d.plan_for;
    s
}

fn value_text(f: Format, m: Metric, v: f64) -> String {
    if m.is_money() {
        f.currency_compact(v)
    } else if m.is_count() || m.is_hours() {
        f.thousands(v)
    } else {
        f.one_decimal(v)
    }
}

/// The section; it runs whenever the (valid) scenario changes.
#[component]
pub fn Uncertainty() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let bands = RwSignal::new(None::<UncertaintyResults>);
    let swings = RwSignal::new(None::<Tornado>);
    let sized = RwSignal::new(None::<ConfidenceResults>);
    let year = RwSignal::new(None::<SimulationResults>);
    let progress = RwSignal::new(None::<(usize, usize)>);
    // the figure the tornado is ordered and drawn by
    let order = RwSignal::new(Metric::AnnualCost);
    // which program's census is drawn (a key of the simulation; None: the one with most beds)
    let census_of = RwSignal::new(None::<String>);
    let pause = Debounce::new(START_DELAY_MS);
    // the number of the run (`data-bands-run`, `data-year-run`)
    let runs = StoredValue::new(0u64);
    // the run whose bands and whose simulated year are on screen (`data-bands-run`,
    // `data-year-run` on the section: the browser benchmark waits for them)
    let shown_run = RwSignal::new((0u64, 0u64));
    // the scenario (its Monte Carlo part) whose bands are on screen
    let banded = StoredValue::new(None::<Scenario>);
    let running: Rc<RefCell<Option<Cancel>>> = Rc::new(RefCell::new(None));
    let running = StoredValue::new_local(running);
    Effect::new(move |_| {
        // a new valid scenario: stop the run under way, start again once typing pauses
        if planner.evaluation.with(|e| e.is_err()) {
            return;
        }
        let scenario = planner.scenario.get();
        runs.update_value(|g| *g += 1);
        let this = runs.get_value();
        if let Some(c) = running.with_value(|r| r.borrow_mut().take()) {
            c.cancel();
        }
        pause.call(move || {
            let part = monte_carlo_part(&scenario);
            let same_bands = banded.with_value(|b| b.as_ref() == Some(&part));
            let cancel = Cancel::new();
            running.with_value(|r| *r.borrow_mut() = Some(cancel.clone()));
            clear_timings(&TIMINGS);
            mark("cc-run-start");
            leptos::task::spawn_local(async move {
                if !same_bands {
                    let Ok(mc) = MonteCarlo::new(&scenario) else {
                        return;
                    };
                    progress.set(Some(mc.progress()));
                    let mc = Rc::new(RefCell::new(mc));
                    let step_mc = mc.clone();
                    let done = run_sliced(
                        move || step_mc.borrow_mut().step(DRAWS_PER_STEP),
                        &cancel,
                        || progress.set(Some(mc.borrow().progress())),
                        "cc-mc-slice",
                    )
                    .await;
                    if !done {
                        return;
                    }
                    let b = mc.borrow().finish();
                    sized.set(Some(confidence_results(&mc.borrow(), &b)));
                    bands.set(Some(b));
                    swings.set(tornado(&scenario).ok());
                    banded.set_value(Some(part));
                    measure("cc-monte-carlo", "cc-run-start");
                }
                shown_run.update(|r| r.0 = this);
                // then the simulated years, also in slices (one program-year is a few ms)
                mark("cc-sim-start");
                let Ok(sim) = Simulation::new(&scenario) else {
                    progress.set(None);
                    return;
                };
                let sim = Rc::new(RefCell::new(sim));
                progress.set(Some(sim.borrow().progress()));
                let step_sim = sim.clone();
                let done = run_sliced(
                    move || step_sim.borrow_mut().step(1),
                    &cancel,
                    || progress.set(Some(sim.borrow().progress())),
                    "cc-sim-slice",
                )
                .await;
                if done {
                    year.set(Some(sim.borrow().finish()));
                    shown_run.update(|r| r.1 = this);
                    progress.set(None);
                    measure("cc-simulation", "cc-sim-start");
                    measure("cc-run", "cc-run-start");
                }
            });
        });
    });
    let lognormal = Memo::new(move |_| {
        planner
            .scenario
            .with(|s| s.uncertainty.stay_distribution == StayDistribution::LogNormal)
    });
    let distributions: Vec<(&'static str, (&'static str, &'static str))> = StayDistribution::ALL
        .into_iter()
        .map(|d| (d.id(), (d.label_in(Lang::En), d.label_in(Lang::Es))))
        .collect();
    view! {
        <section
            id="uncertainty"
            class="card uncertainty"
            aria-labelledby="uncertainty-title"
            data-bands-run=move || shown_run.get().0
            data-year-run=move || shown_run.get().1
        >
            <h2 id="uncertainty-title">{tr("How sure is this?", "¿Qué tan segura es esta estimación?")}</h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("The likely range of each figure", "El rango probable de cada cifra")}</summary>
            <p class="hint">
                {move || {
                    let f = Format::new(lang.get());
                    let (draws, seed) = planner
                        .scenario
                        .with(|s| (s.uncertainty.draws, s.uncertainty.seed));
                    match lang.get() {
                        Lang::En => format!(
                            "Every input is uncertain. The planner draws {} possible futures from the range of each uncertain input (a triangle from its low to its high value, peaking at the default; seed {seed}, so a shared link shows the same bands) and sizes the plan for each.",
                            f.thousands(f64::from(draws)),
                        ),
                        Lang::Es => format!(
                            "Todos los datos son inciertos. El planificador genera {} futuros posibles a partir del rango de cada dato incierto (un triángulo entre su valor bajo y su valor alto, con el pico en el valor predeterminado; semilla aleatoria {seed}, así que un enlace compartido muestra las mismas bandas) y dimensiona el plan para cada uno.",
                            f.thousands(f64::from(draws)),
                        ),
                    }
                }}
            </p>
            <RangeEditor/>
            {move || {
                progress
                    .get()
                    .map(|(done, total)| {
                        view! {
                            <p class="running" role="status">
                                <label>
                                    {tr("Drawing futures… ", "Generando futuros… ")}
                                    <progress max=total value=done></progress>
                                </label>
                            </p>
                        }
                    })
            }}
            <div class="band-grid">
                {move || {
                    let l = lang.get();
                    let t = swings.get();
                    bands
                        .get()
                        .map(|b| {
                            SHOWN
                                .into_iter()
                                .map(|m| {
                                    view! {
                                        <BandCard metric=m band=b.band(m).clone() lang=l draws=b.draws tornado=t.clone()/>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </div>
            <PlanFor sized=sized draws=Signal::derive(move || bands.with(|b| b.as_ref().map_or(0, |b| b.draws)))/>
            <h3>{tr("What matters most", "Lo que más influye")}</h3>
            <p class="hint">
                {tr(
                    "Each input moved from its low to its high value, the others held at their defaults; largest effect first.",
                    "Cada dato se lleva de su valor bajo a su valor alto, con los demás en sus valores predeterminados; primero el de mayor efecto.",
                )}
            </p>
            <div class="tornado-switch no-print" role="group" aria-label=tr("Order by", "Ordenar por")>
                {ORDERS
                    .into_iter()
                    .map(|(m, en, es)| view! {
                        <button type="button" class="secondary" data-order=m.id() aria-pressed=move || (order.get() == m).to_string() on:click=move |_| order.set(m)>
                            {tr(en, es)}
                        </button>
                    })
                    .collect_view()}
            </div>
            {move || {
                let l = lang.get();
                let metric = order.get();
                swings.get().map(|t| view! { <TornadoChart tornado=t metric=metric lang=l/> })
            }}
            <h3 id="simulated-title">{tr("A simulated year", "Un año simulado")}</h3>
            <div class="sim-settings">
                <SelectField
                    label=("Lengths of stay", "Duración de las estadías")
                    path="uncertainty.stay_distribution"
                    options=distributions
                    get=|s| s.uncertainty.stay_distribution.id().to_string()
                    set=|s, v| {
                        if let Some(d) = StayDistribution::from_id(v) {
                            s.uncertainty.stay_distribution = d;
                        }
                    }
                    hint=(
                        "Erlang B's share of time full is the same for every choice; the days with a full moment are not.",
                        "La proporción del tiempo sin camas libres de Erlang B es la misma con cualquier opción; los días con algún momento sin camas libres no.",
                    )
                />
                <Show when=move || lognormal.get()>
                    <NumberField
                        label=("How varied stays are", "Qué tan variables son las estadías")
                        path="uncertainty.stay_cv"
                        unit=("coefficient of variation", "coeficiente de variación")
                        hint=("1 is as varied as exponential stays.", "1 es tan variable como las estadías exponenciales.")
                        short=true
                        get=|s| s.uncertainty.stay_cv
                        set=|s, v| s.uncertainty.stay_cv = v
                    />
                </Show>
            </div>
            {move || {
                let l = lang.get();
                year.get().map(|y| view! { <SimulatedYear year=y lang=l census_of=census_of/> })
            }}
            </details>
        </section>
    }
}

/// One metric's band: the figures in words, where the plan's figure sits among the draws, and a
/// histogram.
#[component]
fn BandCard(
    metric: Metric,
    band: Band,
    lang: Lang,
    draws: usize,
    tornado: Option<Tornado>,
) -> impl IntoView {
    let f = Format::new(lang);
    let v = |x: f64| value_text(f, metric, x);
    // money says its scale once: "$31.1 to $41.0 million", "de $31.1 a $41.0 millones"
    let range = if metric.is_money() {
        f.currency_range(band.p10, band.p90)
    } else {
        match lang {
            Lang::En => format!("{} to {}", v(band.p10), v(band.p90)),
            Lang::Es => format!("de {} a {}", v(band.p10), v(band.p90)),
        }
    };
    let words = match lang {
        Lang::En => format!(
            "In 8 of 10 futures: {range} (median {}). The plan's figure: {}.",
            v(band.p50),
            v(band.base)
        ),
        Lang::Es => format!(
            "En 8 de cada 10 futuros: {range} (mediana {}). La cifra del plan: {}.",
            v(band.p50),
            v(band.base)
        ),
    };
    view! {
        <figure class="band-card" data-band=metric.id()>
            <figcaption>{metric.label_in(lang)}</figcaption>
            <p class="band-figures">
                <span class="band-range" data-p10=band.p10 data-p50=band.p50 data-p90=band.p90>
                    {if metric.is_money() {
                        let (low, high) = f.currency_ends(band.p10, band.p90);
                        format!("{low} – {high}")
                    } else {
                        format!("{} – {}", v(band.p10), v(band.p90))
                    }}
                </span>
            </p>
            <p class="band-words">{words.clone()}</p>
            <BandPlacement metric=metric band=band.clone() lang=lang draws=draws tornado=tornado/>
            <Histogram metric=metric band=band lang=lang label=words/>
        </figure>
    }
}

/// Bars of the draws, the 10th–90th percentile band shaded, the median and the plan marked.
#[component]
fn Histogram(metric: Metric, band: Band, lang: Lang, label: String) -> impl IntoView {
    let f = Format::new(lang);
    let h = &band.histogram;
    // drawn for the card's width on a phone (the section's and the card's padding inside the page's room)
    let w = fit_width(room() - 70.0, 420.0, 240.0);
    let (ht, ml, mr, top, bottom) = (220.0, 12.0, 12.0, 34.0, 40.0);
    let lo = h.edges.first().copied().unwrap_or(band.min);
    let hi = h.edges.last().copied().unwrap_or(band.max);
    let x = Linear::new((lo, hi), (ml, w - mr));
    let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let y = Linear::new((0.0, max), (ht - bottom, top));
    let bars = h
        .counts
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let (a, b) = (*h.edges.get(i)?, *h.edges.get(i + 1)?);
            let (x0, x1) = (x.map(a), x.map(b));
            Some(view! {
                <rect class="hist-bar" x=format!("{:.1}", x0 + 0.5) y=format!("{:.1}", y.map(f64::from(*c)))
                    width=format!("{:.1}", (x1 - x0 - 1.0).max(0.5)) height=format!("{:.1}", y.map(0.0) - y.map(f64::from(*c)))/>
            })
        })
        .collect_view();
    let ticks = nice_ticks(lo, hi, tick_count(w - ml - mr, 80.0, 4));
    let v = move |t: f64| value_text(f, metric, t);
    let median = lang.pick("median", "mediana");
    // a label near an edge stays inside the chart
    let inside = move |px: f64| px.clamp(ml + 28.0, w - mr - 28.0);
    let plan = lang.pick("plan", "plan");
    let aria = label.clone();
    let data = band.clone();
    let units = if metric.is_money() {
        (
            "Dollars a year, across the simulated futures",
            "Dólares al año, en los futuros simulados",
        )
    } else {
        (
            "Count of futures at each value",
            "Número de futuros en cada valor",
        )
    };
    view! {
        <ChartDownloads
            title=(metric.label_in(Lang::En), metric.label_in(Lang::Es))
            units=units
            file=metric.id()
            csv=Callback::new(move |l| histogram_csv(&data, l))
        >
        <svg class="chart histogram" viewBox=format!("0 0 {w} {ht}") role="img" aria-label=aria>
            <title>{label}</title>
            <rect class="band-shade" x=x.map(band.p10) y=top - 8.0 width=(x.map(band.p90) - x.map(band.p10)).max(1.0) height=ht - bottom - top + 8.0/>
            {bars}
            <line class="mark-median" x1=x.map(band.p50) x2=x.map(band.p50) y1=top - 14.0 y2=ht - bottom/>
            <text x=inside(x.map(band.p50)) y=top - 18.0 text-anchor="middle" font-size="13">{median}</text>
            <line class="mark-plan" x1=x.map(band.base) x2=x.map(band.base) y1=top - 2.0 y2=ht - bottom stroke-dasharray="5 3"/>
            <text x=inside(x.map(band.base)) y=ht - bottom + 30.0 text-anchor="middle" font-size="12" font-weight="700">{plan}</text>
            {value_axis(&ticks, x, (ht - bottom, ht - bottom + 4.0), ht - bottom + 17.0, 12.0, v)}
        </svg>
        </ChartDownloads>
    }
}

/// A histogram's data: each bin's ends and its count of draws, then the band's figures.
fn histogram_csv(band: &Band, lang: Lang) -> String {
    let h = &band.histogram;
    let mut rows: Vec<(Vec<String>, Vec<f64>)> = h
        .counts
        .iter()
        .zip(h.edges.windows(2))
        .map(|(c, e)| {
            (
                vec![lang.pick("Draws", "Simulaciones").to_string()],
                vec![e[0], e[1], f64::from(*c)],
            )
        })
        .collect();
    for (en, es, v) in [
        ("10th percentile", "Percentil 10", band.p10),
        ("Median", "Mediana", band.p50),
        ("90th percentile", "Percentil 90", band.p90),
        ("The plan's figure", "La cifra del plan", band.base),
    ] {
        rows.push((vec![lang.pick(en, es).to_string()], vec![v]));
    }
    crisis_model::export::chart_csv(
        &[
            lang.pick("Measure", "Medida"),
            lang.pick("From", "Desde"),
            lang.pick("To", "Hasta"),
            lang.pick("Count", "Número"),
        ],
        &rows,
    )
}

/// The tornado's data: each input's figure at its low and high value, and the plan's.
fn tornado_csv(tornado: &Tornado, metric: Metric, lang: Lang) -> String {
    let base = tornado.base.get(metric);
    let rows: Vec<(Vec<String>, Vec<f64>)> = tornado
        .rows
        .iter()
        .map(|r| {
            (
                vec![r.label_in(lang).to_string()],
                vec![r.at_low.get(metric), r.at_high.get(metric), base],
            )
        })
        .collect();
    crisis_model::export::chart_csv(
        &[
            lang.pick("Input", "Dato"),
            lang.pick("At its low value", "Con su valor bajo"),
            lang.pick("At its high value", "Con su valor alto"),
            lang.pick("The plan's figure", "La cifra del plan"),
        ],
        &rows,
    )
}

/// A bar per input from the figure at its low value to the figure at its high value, around the
/// plan's figure.
#[component]
fn TornadoChart(tornado: Tornado, metric: Metric, lang: Lang) -> impl IntoView {
    let f = Format::new(lang);
    let mut rows: Vec<_> = match metric {
        Metric::ResidentialBeds => tornado.by_beds(),
        Metric::AnnualCost => tornado.rows.iter().collect(),
        // the hours: the inputs that move them (a cost moves none)
        m => tornado
            .by(m)
            .into_iter()
            .filter(|r| r.swing(m) > 0.0)
            .collect(),
    };
    rows.truncate(10);
    let base = tornado.base.get(metric);
    // drawn for the width it has: on a phone, less room beside the bars for their values
    // drawn for the width it has: on a phone the bars span it and their values go under them
    let w = fit_width(room(), 900.0, 300.0);
    let narrow = w < 600.0;
    let (side, row_h, font) = if narrow {
        (10.0, 66.0, 13.0)
    } else {
        (180.0, 50.0, 15.0)
    };
    let (ml, mr, top) = (side, side, 36.0);
    let h = top + rows.len() as f64 * row_h + 40.0;
    let (mut lo, mut hi) = (base, base);
    for r in &rows {
        for v in [r.at_low.get(metric), r.at_high.get(metric)] {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let pad = ((hi - lo) * 0.05).max(if metric.is_money() { 1.0 } else { 0.5 });
    let x = Linear::new((lo - pad, hi + pad), (ml, w - mr));
    let v = move |t: f64| value_text(f, metric, t);
    let title = format!(
        "{}: {}",
        lang.pick("What moves it most", "Lo que más la mueve"),
        metric.label_in(lang)
    );
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = top + i as f64 * row_h;
            let (a, b) = (r.at_low.get(metric), r.at_high.get(metric));
            let label = r.label_in(lang);
            let seg = |from: f64, to: f64, class: &'static str| {
                let (x0, x1) = (x.map(from.min(to)), x.map(from.max(to)));
                view! { <rect class=class x=format!("{x0:.1}") y=y + 21.0 width=format!("{:.1}", (x1 - x0).max(1.0)) height="20"/> }
            };
            let (left, right) = if a <= b { (a, b) } else { (b, a) };
            let (left_word, right_word) = if a <= b {
                (lang.pick("low", "bajo"), lang.pick("high", "alto"))
            } else {
                (lang.pick("high", "alto"), lang.pick("low", "bajo"))
            };
            view! {
                <g class="tornado-row" data-input=r.input.clone()>
                    <text class="halo" x="10" y=y + 14.0 font-size=font font-weight="600">{label.clone()}</text>
                    {seg(base, a, "tornado-low")}
                    {seg(base, b, "tornado-high")}
                    <text
                        x={if narrow { ml } else { x.map(left) - 6.0 }}
                        y={if narrow { y + 57.0 } else { y + 36.0 }}
                        text-anchor={if narrow { "start" } else { "end" }}
                        font-size="13"
                    >
                        {format!("{} ({left_word})", v(left))}
                    </text>
                    <text
                        x={if narrow { w - mr } else { x.map(right) + 6.0 }}
                        y={if narrow { y + 57.0 } else { y + 36.0 }}
                        text-anchor={if narrow { "end" } else { "start" }}
                        font-size="13"
                    >
                        {format!("{} ({right_word})", v(right))}
                    </text>
                    <title>{format!("{label}: {} → {}", v(a), v(b))}</title>
                </g>
            }
        })
        .collect_view();
    let (region, aria) = (title.clone(), title.clone());
    let data = tornado.clone();
    let units = match metric {
        Metric::ResidentialBeds | Metric::PooledResidentialBeds => {
            ("Residential beds", "Camas residenciales")
        }
        Metric::StaffFte => (
            "Staff, full-time equivalents (FTE)",
            "Personal, puestos de tiempo completo (FTE)",
        ),
        Metric::AnnualCost => ("Annual cost, dollars a year", "Costo anual, dólares al año"),
        Metric::Savings => ("Savings, dollars a year", "Ahorro, dólares al año"),
        Metric::PoliceHours => ("Police hours a year", "Horas de policía al año"),
        Metric::EdHours => (
            "Emergency-department hours a year",
            "Horas en la sala de emergencias al año",
        ),
        Metric::CountyNet => (
            "What the county pays, dollars a year",
            "Lo que paga el condado, dólares al año",
        ),
        Metric::StateNet => (
            "What the state pays, dollars a year",
            "Lo que paga el estado, dólares al año",
        ),
    };
    view! {
        <ChartDownloads
            title=("What moves it most", "Lo que más la mueve")
            units=units
            file="what-matters-most"
            csv=Callback::new(move |l| tornado_csv(&data, metric, l))
        >
        <div class="chart-scroll" tabindex="0" role="region" aria-label=region>
            <svg class="chart tornado" viewBox=format!("0 0 {w} {h:.0}") role="img" aria-label=aria>
                <title>{title}</title>
                <line class="tornado-base" x1=x.map(base) x2=x.map(base) y1=top - 8.0 y2=h - 34.0/>
                <text x=x.map(base) y=top - 12.0 text-anchor="middle" font-size="13" font-weight="700">
                    {format!("{}: {}", lang.pick("plan", "plan"), v(base))}
                </text>
                {bars}
            </svg>
        </div>
        </ChartDownloads>
    }
}

/// "A simulated year": each residential program (and the pooled alternative) run through its
/// beds for many simulated years, beside the Erlang B figure the plan is sized with.
#[component]
fn SimulatedYear(
    year: SimulationResults,
    lang: Lang,
    census_of: RwSignal<Option<String>>,
) -> impl IntoView {
    let f = Format::new(lang);
    let est = move |e: &Estimate, pct: bool| {
        if pct {
            format!("{} ± {}", f.percent(e.mean), f.percent(e.half_width))
        } else {
            format!("{} ± {}", f.thousands(e.mean), f.thousands(e.half_width))
        }
    };
    let name = move |p: &SimulatedProgram| sim_name(p, lang);
    // the program with the most beds: its plain-words reading, and the census drawn first
    let biggest = year
        .programs
        .iter()
        .filter(|p| !p.is_pool())
        .max_by_key(|p| p.result.beds);
    let lead_key = biggest.map(|p| p.key.clone()).unwrap_or_default();
    let lead = biggest.map(|p| {
            let r = &p.result;
            match lang {
                Lang::En => format!(
                    "{}: its {} beds are full {} of the time (Erlang B: {}), and full at some moment on {} of days. A day on which the last bed is taken even briefly counts as a full day, so the second figure is the larger.",
                    name(p),
                    f.thousands(r.beds as f64),
                    f.percent(r.time_full.mean),
                    f.percent(r.erlang_b),
                    f.percent(r.days_full.mean)
                ),
                Lang::Es => format!(
                    "{}: sus {} camas están llenas el {} del tiempo (Erlang B: {}) y llenas en algún momento el {} de los días. Un día en que la última cama se ocupa aunque sea por poco tiempo cuenta como día lleno, así que la segunda cifra es la mayor.",
                    name(p),
                    f.thousands(r.beds as f64),
                    f.percent(r.time_full.mean),
                    f.percent(r.erlang_b),
                    f.percent(r.days_full.mean)
                ),
            }
        });
    let years = f.thousands(f64::from(year.years));
    let rows = year
        .programs
        .iter()
        .map(|p| {
            let r = &p.result;
            let agrees = if r.agrees_with_erlang_b {
                lang.pick("yes", "sí")
            } else {
                lang.pick("no", "no")
            };
            view! {
                <tr data-sim=p.key.clone()>
                    <td>{name(p)}</td>
                    <td>{f.thousands(r.beds as f64)}</td>
                    <td>{f.percent(r.erlang_b)}</td>
                    <td>{est(&r.time_full, true)}</td>
                    <td>{agrees}</td>
                    <td>{est(&r.days_full, true)}</td>
                    <td>{est(&r.turned_away_per_year, false)}</td>
                    <td>{est(&r.utilization, true)}</td>
                </tr>
            }
        })
        .collect_view();
    let programs = year.programs.clone();
    let options = programs
        .iter()
        .map(|p| {
            let key = p.key.clone();
            let k2 = key.clone();
            let lk = lead_key.clone();
            view! {
                <option
                    value=key
                    selected=move || census_of.with(|c| c.as_deref().unwrap_or(&lk) == k2)
                >
                    {name(p)}
                </option>
            }
        })
        .collect_view();
    let census = move || {
        let key = census_of.get();
        let p = key
            .and_then(|k| programs.iter().find(|p| p.key == k))
            .or_else(|| programs.iter().find(|p| p.key == lead_key))
            .or(programs.first())?;
        let (data, program) = (p.result.census.clone(), name(p));
        let (drawn, called, share) = (p.result.census.clone(), name(p), p.result.days_full.mean);
        Some(view! {
            <ChartDownloads
                title=("A simulated year", "Un año simulado")
                units=("Beds in use each day", "Camas en uso cada día")
                file="simulated-year"
                csv=Callback::new(move |l| census_csv(&program, &data, l))
            >
                <CensusChart name=called census=drawn share_of_days=share lang=lang/>
            </ChartDownloads>
        })
    };
    view! {
        <p class="hint">
            {match lang {
                Lang::En => format!(
                    "Arrivals at random at the model's rate and stays of random length, drawn from the chosen distribution: {}. Through the planned beds, for {years} simulated years; ± is a 95% interval.",
                    year.distribution.label_in(lang).to_ascii_lowercase()
                ),
                Lang::Es => format!(
                    "Llegadas al azar al ritmo del modelo y estadías de duración aleatoria, tomadas de la distribución elegida: {}. Con las camas planificadas, durante {years} años simulados; ± es un intervalo del 95%.",
                    year.distribution.label_in(lang).to_ascii_lowercase()
                ),
            }}
        </p>
        {lead.map(|t| view! { <p class="sim-lead">{t}</p> })}
        {data_table(Name::Heading("simulated-title"), view! {
            <table class="data sim-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.pick("Program", "Programa")}</th>
                        <th scope="col">{lang.pick("Beds", "Camas")}</th>
                        <th scope="col">{lang.pick("Full, Erlang B", "Lleno, Erlang B")}</th>
                        <th scope="col">{lang.pick("Full, simulated", "Lleno, simulado")}</th>
                        <th scope="col">{lang.pick("Agree?", "¿Coinciden?")}</th>
                        <th scope="col">{lang.pick("Days full at some moment", "Días con algún momento sin camas libres")}</th>
                        <th scope="col">{lang.pick("Turned away a year", "Personas rechazadas al año")}</th>
                        <th scope="col">{lang.pick("Utilization", "Utilización")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })}
        <h4 id="census-title">{lang.pick("Day by day against the beds", "Día a día frente a las camas")}</h4>
        <p class="hint">
            {lang.pick(
                "The first simulated year of one program: each day's highest and average number of occupied beds.",
                "El primer año simulado de un programa: el número más alto y el promedio de camas ocupadas de cada día.",
            )}
        </p>
        <div class="field no-print">
            <label for="census-program">{lang.pick("Program", "Programa")}</label>
            " "
            <select
                id="census-program"
                on:change=move |ev| census_of.set(Some(event_target_value(&ev)))
            >
                {options}
            </select>
        </div>
        {census}
    }
}

/// A simulated program's name in a language (a pool: "All programs as one pool").
fn sim_name(p: &SimulatedProgram, lang: Lang) -> String {
    let who = if p.youth {
        lang.pick(" (youth)", " (jóvenes)")
    } else {
        ""
    };
    if p.is_pool() {
        format!(
            "{}{who}",
            lang.pick(
                "All programs as one pool",
                "Todos los programas en un solo conjunto compartido"
            )
        )
    } else {
        format!("{}{who}", program_name_in(&p.name, lang))
    }
}
