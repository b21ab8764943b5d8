//! Where the plan sits among the futures drawn (beside each band), and "plan for": the typical
//! case or the beds, chairs, teams and counselors enough in 80% or 90% of futures, beside the
//! plan as calculated with the extra cost. The model computes everything
//! (`crisis_model::confidence`) from the Monte Carlo run that already runs after typing pauses;
//! choosing "plan for" only picks among those figures.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::fields::SelectField;
use crate::widgets::table::{data_table, Name};
use crisis_model::confidence::{
    explain_at_confidence, explain_percentile, percentile_sentence, placement, AtConfidence,
    ConfidenceResults,
};
use crisis_model::format::Format;
use crisis_model::{Band, Confidence, Explanation, Lang, Metric, Tornado};
use leptos::prelude::*;

/// An explanation, folded: "How is this calculated?", the figure, the formula and the inputs.
#[component]
fn ExplainBox(e: Explanation, lang: Lang) -> impl IntoView {
    let inputs = e
        .inputs
        .into_iter()
        .map(|(name, value)| view! { <dt>{name}</dt> <dd>{value}</dd> })
        .collect_view();
    view! {
        <details class="explain">
            <summary>{lang.pick("How is this calculated?", "¿Cómo se calcula?")}</summary>
            <p><strong>{e.figure}</strong></p>
            <p class="formula">{e.formula}</p>
            <dl>{inputs}</dl>
            <p><crate::widgets::methods_link::MethodsLink/></p>
        </details>
    }
}

/// The percentile of the plan's figure among the draws, and when it lies outside the 10th-90th
/// range, the sentence naming the inputs that push the range away.
#[component]
pub fn BandPlacement(
    metric: Metric,
    band: Band,
    lang: Lang,
    draws: usize,
    tornado: Option<Tornado>,
) -> impl IntoView {
    let words = percentile_sentence(&band, draws, lang);
    let outside = tornado
        .as_ref()
        .and_then(|t| placement(metric, &band, t, lang));
    let e = explain_percentile(metric, &band, draws, lang);
    view! {
        <p class="band-words band-percentile" data-percentile=band.base_percentile>{words}</p>
        {outside.map(|t| view! { <p class="sim-lead band-placement" role="note">{t}</p> })}
        <ExplainBox e=e lang=lang/>
    }
}

/// "Plan for": the choice, and the plan at it beside the plan as calculated.
#[component]
pub fn PlanFor(sized: RwSignal<Option<ConfidenceResults>>, draws: Signal<usize>) -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let choice = Memo::new(move |_| planner.scenario.with(|s| s.uncertainty.plan_for));
    let options: Vec<(&'static str, (&'static str, &'static str))> = Confidence::ALL
        .into_iter()
        .map(|c| (c.id(), (c.label_in(Lang::En), c.label_in(Lang::Es))))
        .collect();
    view! {
        <h3 id="plan-for-title">{tr("Plan for", "Planificar para")}</h3>
        <div class="plan-for">
            <SelectField
                label=("Plan for", "Planificar para")
                path="uncertainty.plan_for"
                options=options
                get=|s| s.uncertainty.plan_for.id().to_string()
                set=|s, v| {
                    if let Some(c) = Confidence::from_id(v) {
                        s.uncertainty.plan_for = c;
                    }
                }
                hint=(
                    "The typical case is the plan as calculated. 80% or 90% of futures sizes each service so that it is enough in that share of the futures drawn.",
                    "El caso típico es el plan tal como se calcula. El 80% o el 90% de los futuros dimensiona cada servicio para que alcance en esa proporción de los futuros generados.",
                )
            />
            {move || {
                let l = lang.get();
                let c = choice.get();
                let n = draws.get();
                sized
                    .get()
                    .map(|r| {
                        view! {
                            <SizedTable at=r.at(c).clone() base=r.at(Confidence::Typical).clone() lang=l draws=n/>
                        }
                    })
            }}
        </div>
    }
}

/// The plan at a confidence beside the plan as calculated.
#[component]
fn SizedTable(at: AtConfidence, base: AtConfidence, lang: Lang, draws: usize) -> impl IntoView {
    let f = Format::new(lang);
    if at.choice == Confidence::Typical {
        return view! {
            <p class="hint sized-none">
                {lang.pick(
                    "Planning for the typical case: the figures above are the plan. Choose 80% or 90% of futures to see the beds, chairs, teams and counselors enough in that share of futures, and what they cost.",
                    "Planificación para el caso típico: las cifras de arriba son el plan. Elija el 80% o el 90% de los futuros para ver las camas, los sillones, los equipos y los consejeros suficientes en esa proporción de futuros, y su costo.",
                )}
            </p>
        }
        .into_any();
    }
    let pct = f.percent(at.confidence);
    let mut rows: Vec<(String, String, u64, u64)> = at
        .by_type
        .iter()
        .map(|t| {
            (
                format!("beds-{}", t.kind.id()),
                t.kind.label_in(lang).to_string(),
                t.base,
                t.beds,
            )
        })
        .collect();
    rows.push((
        "residential-beds".into(),
        lang.pick(
            "Residential crisis beds, all programs",
            "Camas residenciales de crisis, todos los programas",
        )
        .into(),
        base.residential_beds.total,
        at.residential_beds.total,
    ));
    rows.push((
        "receiving-chairs".into(),
        lang.pick(
            "Receiving facility chairs",
            "Sillones del centro de recepción",
        )
        .into(),
        base.receiving_chairs.total,
        at.receiving_chairs.total,
    ));
    rows.push((
        "mobile-teams".into(),
        lang.pick(
            "Mobile crisis teams on duty",
            "Equipos móviles de crisis de turno",
        )
        .into(),
        base.mobile_teams,
        at.mobile_teams,
    ));
    rows.push((
        "crisis-line-on-duty".into(),
        lang.pick(
            "Crisis-line counselors on duty",
            "Consejeros de turno, línea de crisis",
        )
        .into(),
        base.crisis_line_on_duty,
        at.crisis_line_on_duty,
    ));
    let body = rows
        .into_iter()
        .map(|(key, label, b, a)| {
            view! {
                <tr data-sized=key data-plan=b data-at=a>
                    <th scope="row">{label}</th>
                    <td>{f.count(b)}</td>
                    <td>{f.count(a)}</td>
                </tr>
            }
        })
        .collect_view();
    let cost = at.annual_cost;
    let extra = at.extra_cost;
    let cost_words = match lang {
        Lang::En => format!(
            "Annual cost at {pct} of futures: {} ({}). That is {} more than the plan ({}).",
            f.currency_compact(cost.mid),
            cost.range_in(lang, true),
            f.currency_compact(extra.mid),
            extra.range_in(lang, true),
        ),
        Lang::Es => format!(
            "Costo anual con el {pct} de los futuros: {} ({}). Son {} más que el plan ({}).",
            f.currency_compact(cost.mid),
            cost.range_in(lang, true),
            f.currency_compact(extra.mid),
            extra.range_in(lang, true),
        ),
    };
    let e = explain_at_confidence(&at, draws, lang);
    view! {
        {data_table(
            Name::Heading("plan-for-title"),
            view! {
            <table class="data sized-table" data-confidence=at.confidence>
                <thead>
                    <tr>
                        <th scope="col">{lang.pick("Service", "Servicio")}</th>
                        <th scope="col">{lang.pick("The plan", "El plan")}</th>
                        <th scope="col">{match lang {
                            Lang::En => format!("{pct} of futures"),
                            Lang::Es => format!("El {pct} de los futuros"),
                        }}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            },
        )}
        <p
            class="sim-lead sized-cost"
            data-annual-cost=cost.mid
            data-extra-cost=extra.mid
        >
            {cost_words}
        </p>
        <ExplainBox e=e lang=lang/>
    }
    .into_any()
}
