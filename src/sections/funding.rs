//! "Who pays": the funding inputs (coverage, payers' rates, federal shares, the IMD exclusion,
//! dedicated funds), then the model's split of the cost by payer and by level
//! (`crisis_model::funding::funding`): the county's and the state's net cost and savings, a chart
//! of the continuum against hospital-only care by level, a table of every service's payers with
//! its cost-based rate and shortfall, and how each figure is calculated. Loaded on demand.

use crate::shell::i18n::{tr, use_lang};
use crate::shell::state::use_planner;
use crate::widgets::charts::download::ChartDownloads;
use crate::widgets::charts::who_pays::{who_pays_csv, WhoPaysBars};
use crate::widgets::fields::{CheckField, InputField, NumberField, SelectField};
use crate::widgets::table::{data_table, Name};
use crisis_model::catalog;
use crisis_model::format::Format;
use crisis_model::funding::{
    funding, Fund, FundedService, Funding, FundingResults, Line, Payer, ENHANCED_WINDOW, RANGED,
};
use crisis_model::uncertainty::{funding_end_path, funding_ends};
use crisis_model::{Lang, Money, ProgramKind, Scenario};
use leptos::prelude::*;

/// The section.
#[component]
pub fn WhoPays() -> impl IntoView {
    let planner = use_planner();
    // the main "Save results (CSV)" writes who pays' rows too, once this part is here
    crate::shell::csv::provide_writer(crisis_model::export::results_with_funding_csv_in);
    // recomputed once typing pauses (the results after the pause), not on every keystroke
    let figures: Memo<Option<FundingResults>> =
        Memo::new(move |_| planner.settled.with(|r| r.as_ref().map(funding)));
    view! {
        <section id="funding" class="card funding" aria-labelledby="funding-title">
            <h2 id="funding-title">{tr("Who pays", "Quién paga")}</h2>
            <details class="fold" open=!crate::browser::is_phone()>
                <summary>{tr("The cost by payer, and what the county and state spend", "El costo por pagador, y lo que gastan el condado y el estado")}</summary>
            <p class="hint">
                {tr(
                    "A board votes on what its own budget pays. Here the cost a year is split among Medicaid, Medicare, commercial insurance, dedicated funds and the state's and county's general funds, for the continuum and for hospital-only care. Most defaults are assumptions: replace them with your state's and county's figures.",
                    "Una junta vota sobre lo que paga su propio presupuesto. Aquí el costo anual se reparte entre Medicaid, Medicare, el seguro comercial, los fondos dedicados y los fondos generales del estado y del condado, para el continuo y para solo atención hospitalaria. La mayoría de los valores predeterminados son supuestos: reemplácelos con las cifras de su estado y de su condado.",
                )}
            </p>
            <p class="hint">
                {tr(
                    "For context on the coverage shares: Medicaid paid 25% of all mental health spending in 2014 (SAMHSA, reported by KFF); Medicaid pays about 82% of Arizona's crisis services (Advisory Board, 2023); in a national survey of mobile crisis teams, 63% billed insurance and 25% relied on state or county general funds only; psychiatric inpatient stays by expected payer in 2008, before the Affordable Care Act: Medicaid 28%, Medicare 29%, private 30%, uninsured 9% (AHRQ HCUP).",
                    "Como contexto para las proporciones de cobertura: Medicaid pagó el 25% de todo el gasto en salud mental en 2014 (SAMHSA, según KFF); Medicaid paga cerca del 82% de los servicios de crisis de Arizona (Advisory Board, 2023); en una encuesta nacional de equipos móviles de crisis, el 63% facturaba al seguro y el 25% dependía solo de los fondos generales del estado o del condado; hospitalizaciones psiquiátricas por pagador previsto en 2008, antes de la Ley del Cuidado de Salud a Bajo Precio: Medicaid 28%, Medicare 29%, privado 30%, sin seguro 9% (AHRQ HCUP).",
                )}
            </p>
            {move || figures.get().map(|f| view! { <FundingFigures f=f/> })}
            <FundingInputs/>
            </details>
        </section>
    }
}

/// The results: four figures, the sentences, the chart, the tables and the explanations.
#[component]
fn FundingFigures(f: FundingResults) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let fmt = Format::new(lang);
        let t = |en: &'static str, es: &'static str| lang.pick(en, es);
        let cards = [
            (
                "county-net",
                t("County: net cost a year", "Condado: costo neto al año"),
                f.county_net(),
            ),
            (
                "state-net",
                t("State: net cost a year", "Estado: costo neto al año"),
                f.state_net(),
            ),
            (
                "county-savings",
                t(
                    "County: savings against hospital-only care",
                    "Condado: ahorro frente a solo atención hospitalaria",
                ),
                f.county_savings(),
            ),
            (
                "state-savings",
                t(
                    "State: savings against hospital-only care",
                    "Estado: ahorro frente a solo atención hospitalaria",
                ),
                f.state_savings(),
            ),
        ];
        let range = move |m: Money| {
            format!(
                "{} {} – {}",
                lang.pick("range", "rango"),
                fmt.currency_compact(m.low.min(m.high)),
                fmt.currency_compact(m.low.max(m.high))
            )
        };
        let notes = f.sign_notes_in(lang);
        view! {
            <div class="headline funding-totals">
                {cards
                    .into_iter()
                    .map(|(id, label, m)| {
                        view! {
                            <div class="metric money">
                                <span class="label">{label}</span>
                                <span class="value" data-funding=id>{fmt.currency(m.mid)}</span>
                                <span class="detail">{range(m)}</span>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            {(!notes.is_empty())
                .then(|| {
                    view! {
                        <ul class="funding-notes">
                            {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                    }
                })}
            <h3>{t("Who pays, by level", "Quién paga, por nivel")}</h3>
            {
                let (data, drawn) = (f.clone(), f.clone());
                view! {
                    <ChartDownloads
                        title=("Who pays, by level", "Quién paga, por nivel")
                        units=("Dollars a year", "Dólares al año")
                        file="who-pays"
                        csv=Callback::new(move |l| who_pays_csv(&data, l))
                    >
                        <WhoPaysBars f=drawn lang=lang/>
                    </ChartDownloads>
                }
            }
            <PayerTable f=f.clone() lang=lang/>
            <ServiceTable f=f.clone() lang=lang/>
            <Explanations f=f.clone() lang=lang/>
            <SaveCsv/>
        }
    }
}

/// Each payer's part of the continuum and of hospital-only care.
#[component]
fn PayerTable(f: FundingResults, lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    view! {
        {data_table(Name::Label(lang.pick("Cost a year by payer", "Costo anual por pagador").to_string()), view! {
            <table class="data who-pays-payers">
                <caption>{t("Cost a year by payer", "Costo anual por pagador")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("Payer", "Pagador")}</th>
                        <th scope="col">{t("Low", "Bajo")}</th>
                        <th scope="col">{t("Continuum", "Continuo")}</th>
                        <th scope="col">{t("High", "Alto")}</th>
                        <th scope="col">{t("Hospital only", "Solo atención hospitalaria")}</th>
                    </tr>
                </thead>
                <tbody>
                    {Payer::ALL
                        .into_iter()
                        .map(|p| {
                            let m = f.continuum.payer(p);
                            view! {
                                <tr>
                                    <th scope="row">{p.label_in(lang)}</th>
                                    <td>{fmt.currency(m.low)}</td>
                                    <td data-payer=p.id()>{fmt.currency(m.mid)}</td>
                                    <td>{fmt.currency(m.high)}</td>
                                    <td>{fmt.currency(f.hospital_only.payer(p).mid)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        })}
    }
}

/// Every service: its cost, who pays it, and its cost-based rate against the insurers' rates.
#[component]
fn ServiceTable(f: FundingResults, lang: Lang) -> impl IntoView {
    let fmt = Format::new(lang);
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    let funds = |s: &crisis_model::funding::ServiceFunding| {
        s.lines.line(Line::Fees988).mid
            + s.lines.line(Line::FederalGrants).mid
            + s.lines.line(Line::Levy).mid
    };
    view! {
        {data_table(Name::Label(lang.pick("Each service a year by payer", "Cada servicio al año por pagador").to_string()), view! {
            <table class="data who-pays-services">
                <caption>
                    {t(
                        "Each service a year by payer (default figures), and the cost-based rate a payer would need to pay",
                        "Cada servicio al año por pagador (cifras predeterminadas), y la tarifa basada en el costo que un pagador tendría que pagar",
                    )}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t("Service", "Servicio")}</th>
                        <th scope="col">{t("Cost", "Costo")}</th>
                        <th scope="col">"Medicaid"</th>
                        <th scope="col">"Medicare"</th>
                        <th scope="col">{t("Commercial", "Seguro comercial")}</th>
                        <th scope="col">{t("Dedicated funds", "Fondos dedicados")}</th>
                        <th scope="col">{t("State", "Estado")}</th>
                        <th scope="col">{t("County", "Condado")}</th>
                        <th scope="col">{t("Cost-based rate", "Tarifa basada en el costo")}</th>
                        <th scope="col">{t("Shortfall a unit: Medicaid / Medicare / commercial", "Déficit por unidad: Medicaid / Medicare / seguro comercial")}</th>
                    </tr>
                </thead>
                <tbody>
                    {f.services
                        .iter()
                        .chain(&f.hospital_only_services)
                        .map(|s| {
                            let l = &s.lines;
                            let hospital = s.key.ends_with("hospital_only");
                            let name = if hospital {
                                format!("{} ({})", s.name_in(lang), t("hospital only", "solo atención hospitalaria"))
                            } else {
                                s.name_in(lang)
                            };
                            let shortfall: Vec<String> = s
                                .rates
                                .iter()
                                .map(|c| fmt.currency(c.shortfall_per_unit.mid))
                                .collect();
                            view! {
                                <tr data-service=s.key.clone() class:hospital-row=hospital>
                                    <th scope="row">{name}</th>
                                    <td>{fmt.currency(s.cost.mid)}</td>
                                    <td>{fmt.currency(l.payer(Payer::Medicaid).mid)}</td>
                                    <td>{fmt.currency(l.payer(Payer::Medicare).mid)}</td>
                                    <td>{fmt.currency(l.payer(Payer::Commercial).mid)}</td>
                                    <td>{fmt.currency(funds(s))}</td>
                                    <td>{fmt.currency(l.payer(Payer::StateGeneralFund).mid)}</td>
                                    <td>{fmt.currency(l.payer(Payer::CountyGeneralFund).mid)}</td>
                                    <td data-rate=s.key.clone()>
                                        {format!("{} {}", fmt.currency(s.cost_per_unit.mid), s.unit.per_in(lang))}
                                    </td>
                                    <td>{shortfall.join(" / ")}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        })}
        {(f.unused_funds.mid > 0.5)
            .then(|| {
                view! {
                    <p class="hint">
                        {format!(
                            "{} {}",
                            t(
                                "Dedicated funds left unspent (their service needs less):",
                                "Fondos dedicados sin usar (su servicio necesita menos):",
                            ),
                            fmt.currency(f.unused_funds.mid),
                        )}
                    </p>
                }
            })}
    }
}

/// "How is this calculated?" for every funding figure.
#[component]
fn Explanations(f: FundingResults, lang: Lang) -> impl IntoView {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);
    view! {
        <details class="explain funding-explain">
            <summary>{t("How is this calculated?", "¿Cómo se calcula?")}</summary>
            <p><crate::widgets::methods_link::MethodsLink/></p>
            <dl>
                {f.explanation_keys()
                    .into_iter()
                    .filter_map(|k| f.explain_in(&k, lang).map(|e| (k, e)))
                    .map(|(k, e)| {
                        view! {
                            <dt data-explain=k>{e.figure}</dt>
                            <dd>
                                <p>{e.formula}</p>
                                <ul>
                                    {e.inputs
                                        .into_iter()
                                        .map(|(name, value)| view! { <li>{format!("{name}: {value}")}</li> })
                                        .collect_view()}
                                </ul>
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}

/// The options of a fund's service.
fn service_options() -> Vec<(&'static str, (&'static str, &'static str))> {
    FundedService::ALL
        .into_iter()
        .map(|s| (s.id(), (s.label_in(Lang::En), s.label_in(Lang::Es))))
        .collect()
}

/// Each residential program type's rates (the types the scenario's programs have), one group a
/// type.
#[component]
fn ResidentialRatesByType() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let kinds = Memo::new(move |_| {
        planner.scenario.with(|s| {
            ProgramKind::ALL
                .into_iter()
                .filter(|k| {
                    s.programs.iter().any(|p| p.kind == *k)
                        || (s.youth.enabled && s.youth.programs.iter().any(|p| p.kind == *k))
                })
                .collect::<Vec<ProgramKind>>()
        })
    });
    move || {
        kinds
            .get()
            .into_iter()
            .map(|kind| {
                let inputs: Vec<&'static catalog::Input<Scenario>> = ["medicaid", "medicare", "commercial"]
                    .into_iter()
                    .filter_map(|payer| {
                        catalog::input(&format!("funding.rates.residential.{}.{payer}", kind.id()))
                    })
                    .collect();
                view! {
                    <fieldset class="funding-rates" data-kind=kind.id()>
                        <legend>
                            {move || {
                                format!(
                                    "{}: {}",
                                    FundedService::Residential.label_in(lang.get()),
                                    kind.label_in(lang.get()),
                                )
                            }}
                        </legend>
                        {inputs.into_iter().map(|i| view! { <InputField input=i short=true/> }).collect_view()}
                    </fieldset>
                }
            })
            .collect_view()
    }
}

/// A dedicated fund: its amount a year and the service it pays for.
#[component]
fn FundField(
    input: &'static catalog::Input<Scenario>,
    /// The label of the service's choice.
    label: (&'static str, &'static str),
    /// The fund among the funding inputs, to read and to write.
    get: fn(&Funding) -> Fund,
    fund: fn(&mut Funding) -> &mut Fund,
) -> impl IntoView {
    // `funding.levy.amount` → `funding.levy.service`
    let path = input.path.replace(".amount", ".service");
    view! {
        <InputField input=input/>
        <SelectField
            label=label
            path=path
            options=service_options()
            get=move |s: &Scenario| get(&s.funding).service.id().to_string()
            set=move |s: &mut Scenario, v: &str| {
                if let Some(service) = FundedService::from_id(v) {
                    fund(&mut s.funding).service = service;
                }
            }
        />
    }
}

/// The low and high ends of the funding inputs that "How sure is this?" draws (those in use).
#[component]
fn RangeInputs() -> impl IntoView {
    let planner = use_planner();
    let in_use = Memo::new(move |_| {
        planner.scenario.with(|s| {
            (0..RANGED.len() as u8)
                .filter(|k| {
                    catalog::input(RANGED[usize::from(*k)]).is_some_and(|i| i.when.holds(s))
                })
                .collect::<Vec<u8>>()
        })
    });
    view! {
        <details class="more funding-ranges">
            <summary>{tr("Ranges for “How sure is this?”", "Rangos para “¿Qué tan segura es esta estimación?”")}</summary>
            <p class="hint">
                {tr(
                    "Give an input a low and a high value, and “How sure is this?” draws it between them (most often near the value itself) and shows how far what the county and the state pay can move. An input whose low and high are its value has no range.",
                    "Dé a un dato un valor bajo y uno alto, y “¿Qué tan segura es esta estimación?” lo genera entre ellos (con más frecuencia cerca del valor mismo) y muestra cuánto puede variar lo que pagan el condado y el estado. Un dato cuyo valor bajo y alto son su valor no tiene rango.",
                )}
            </p>
            <div class="range-grid">
                {move || in_use.get().into_iter().map(|k| view! { <RangeRow k=k/> }).collect_view()}
            </div>
        </details>
    }
}

/// One funding input's two ends.
#[component]
fn RangeRow(k: u8) -> impl IntoView {
    let lang = use_lang();
    let path = RANGED[usize::from(k)];
    catalog::input(path).map(|input| {
        view! {
            <fieldset class="range-row" data-input=path>
                <legend>{move || input.label_in(lang.get())}</legend>
                <div class="range-ends">
                    <NumberField
                        label=("Low", "Bajo")
                        path=funding_end_path(k, false)
                        unit=input.unit
                        scale=input.scale
                        short=true
                        get=move |s| funding_ends(s, k).0
                        set=move |s, v| s.funding.ranges.set_end(k, false, v)
                    />
                    <NumberField
                        label=("High", "Alto")
                        path=funding_end_path(k, true)
                        unit=input.unit
                        scale=input.scale
                        short=true
                        get=move |s| funding_ends(s, k).2
                        set=move |s, v| s.funding.ranges.set_end(k, true, v)
                    />
                </div>
            </fieldset>
        }
    })
}

/// The inputs, in a collapsed group.
#[component]
fn FundingInputs() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let youth = Memo::new(move |_| planner.scenario.with(|s| s.youth.enabled));
    let line = Memo::new(move |_| planner.scenario.with(|s| s.crisis_line.enabled));
    let enhanced = Memo::new(move |_| planner.scenario.with(|s| s.funding.enhanced_mobile));
    let waiver = Memo::new(move |_| planner.scenario.with(|s| s.funding.imd_waiver));
    let group_problem = move |path: &'static str| {
        move || {
            planner
                .problem_for(path)
                .map(|m| view! { <p class="field-error" role="alert" data-problem=path>{m}</p> })
        }
    };
    // open the inputs while one of them has a problem, so its message stands by the field; a
    // person closes them again
    let details = NodeRef::<leptos::html::Details>::new();
    let has_problem = Memo::new(move |_| {
        planner
            .problems
            .with(|p| p.iter().any(|p| p.field.starts_with("funding.")))
    });
    Effect::new(move |_| {
        if has_problem.get() {
            if let Some(d) = details.get() {
                d.set_open(true);
            }
        }
    });
    let rates = move |service: FundedService| {
        let [a, b, c] = match service {
            FundedService::CrisisLine => [
                &catalog::FUNDING_LINE_MEDICAID,
                &catalog::FUNDING_LINE_MEDICARE,
                &catalog::FUNDING_LINE_COMMERCIAL,
            ],
            FundedService::Mobile => [
                &catalog::FUNDING_MOBILE_MEDICAID,
                &catalog::FUNDING_MOBILE_MEDICARE,
                &catalog::FUNDING_MOBILE_COMMERCIAL,
            ],
            FundedService::Receiving => [
                &catalog::FUNDING_RECEIVING_MEDICAID,
                &catalog::FUNDING_RECEIVING_MEDICARE,
                &catalog::FUNDING_RECEIVING_COMMERCIAL,
            ],
            // by program type, below ([`ResidentialRatesByType`])
            FundedService::Residential => return ().into_any(),
            FundedService::Inpatient => [
                &catalog::FUNDING_INPATIENT_MEDICAID,
                &catalog::FUNDING_INPATIENT_MEDICARE,
                &catalog::FUNDING_INPATIENT_COMMERCIAL,
            ],
        };
        view! {
            <fieldset class="funding-rates">
                <legend>{move || service.label_in(lang.get())}</legend>
                <InputField input=a short=true/>
                <InputField input=b short=true/>
                <InputField input=c short=true/>
            </fieldset>
        }
        .into_any()
    };
    view! {
        <details class="funding-inputs" node_ref=details>
            <summary>{tr("The funding inputs", "Los datos de financiamiento")}</summary>
            <div class="inventory-grid">
                <fieldset>
                    <legend>{tr("Adults: who covers the episodes", "Adultos: quién cubre los episodios")}</legend>
                    <InputField input=&catalog::FUNDING_ADULT_MEDICAID short=true/>
                    <InputField input=&catalog::FUNDING_ADULT_MEDICARE short=true/>
                    <InputField input=&catalog::FUNDING_ADULT_COMMERCIAL short=true/>
                    <InputField input=&catalog::FUNDING_ADULT_UNINSURED short=true/>
                    {group_problem("funding.adult")}
                </fieldset>
                <Show when=move || youth.get()>
                    <fieldset>
                        <legend>{tr("Youth: who covers the episodes", "Jóvenes: quién cubre los episodios")}</legend>
                        <InputField input=&catalog::FUNDING_YOUTH_MEDICAID short=true/>
                        <InputField input=&catalog::FUNDING_YOUTH_MEDICARE short=true/>
                        <InputField input=&catalog::FUNDING_YOUTH_COMMERCIAL short=true/>
                        <InputField input=&catalog::FUNDING_YOUTH_UNINSURED short=true/>
                        {group_problem("funding.youth")}
                        <InputField input=&catalog::FUNDING_YOUTH_CHIP short=true/>
                        <InputField input=&catalog::FUNDING_CHIP_FMAP short=true/>
                    </fieldset>
                </Show>
                <fieldset>
                    <legend>{tr("Medicaid's federal share", "Participación federal de Medicaid")}</legend>
                    <InputField input=&catalog::FUNDING_FMAP short=true/>
                    <CheckField
                        label=(
                            "Mobile teams get the enhanced 85% federal share (ARPA section 9813)",
                            "Los equipos móviles reciben la participación federal mejorada del 85% (ARPA, sección 9813)",
                        )
                        path="funding.enhanced_mobile"
                        on=enhanced
                        set=|s: &mut Scenario, on| s.funding.enhanced_mobile = on
                    />
                    <p class="hint">{move || lang.get().pick(ENHANCED_WINDOW.0, ENHANCED_WINDOW.1)}</p>
                    <Show when=move || line.get()>
                        <InputField input=&catalog::FUNDING_ADMIN_MATCH short=true/>
                    </Show>
                </fieldset>
                <fieldset>
                    <legend>{tr("The IMD exclusion (facilities of more than 16 beds)", "La exclusión IMD de Medicaid (centros de más de 16 camas)")}</legend>
                    <CheckField
                        label=(
                            "A waiver lets Medicaid pay for adults 21-64 in facilities of more than 16 beds",
                            "Una exención permite que Medicaid pague por adultos de 21 a 64 años en centros de más de 16 camas",
                        )
                        path="funding.imd_waiver"
                        on=waiver
                        set=|s: &mut Scenario, on| s.funding.imd_waiver = on
                    />
                    <InputField input=&catalog::FUNDING_ADULT_21_64 short=true/>
                    <InputField input=&catalog::FUNDING_INPATIENT_IMD short=true/>
                </fieldset>
                <fieldset>
                    <legend>{tr("Dedicated funds a year", "Fondos dedicados al año")}</legend>
                    <FundField
                        input=&catalog::FUNDING_FEES_988
                        label=("988 fees pay for", "Los cargos del 988 pagan")
                        get=|f| f.fees_988
                        fund=|f| &mut f.fees_988
                    />
                    <FundField
                        input=&catalog::FUNDING_GRANTS
                        label=("Federal grants pay for", "Las subvenciones federales pagan")
                        get=|f| f.federal_grants
                        fund=|f| &mut f.federal_grants
                    />
                    <FundField
                        input=&catalog::FUNDING_LEVY
                        label=("The levy pays for", "El impuesto local paga")
                        get=|f| f.levy
                        fund=|f| &mut f.levy
                    />
                    <InputField input=&catalog::FUNDING_STATE_SHARE short=true/>
                </fieldset>
            </div>
            <h3>{tr("What each payer pays, as a share of the cost", "Lo que paga cada pagador, como proporción del costo")}</h3>
            <div class="inventory-grid">
                {move || line.get().then(|| rates(FundedService::CrisisLine))}
                {rates(FundedService::Mobile)}
                {rates(FundedService::Receiving)}
                <ResidentialRatesByType/>
                {rates(FundedService::Inpatient)}
            </div>
            <RangeInputs/>
        </details>
    }
}

/// "Save the results with who pays as CSV": the results' CSV and the funding rows after them.
#[component]
fn SaveCsv() -> impl IntoView {
    let planner = use_planner();
    let lang = use_lang();
    let failed = RwSignal::new(false);
    let save = move |_| {
        let l = lang.get_untracked();
        let csv = planner.shown.with_untracked(|r| {
            r.as_ref()
                .map(|r| crisis_model::export::results_with_funding_csv_in(r, l))
        });
        if let Some(csv) = csv {
            failed.set(crate::browser::download("who-pays.csv", "text/csv", &csv).is_err());
        }
    };
    view! {
        <p class="no-print">
            <button type="button" class="secondary" on:click=save>
                {tr("Save the results with who pays (CSV)", "Guardar los resultados con quién paga (CSV)")}
            </button>
            {move || {
                failed
                    .get()
                    .then(|| {
                        view! {
                            <span class="field-error" role="alert">
                                {tr(
                                    "The browser did not allow the download.",
                                    "El navegador no permitió la descarga.",
                                )}
                            </span>
                        }
                    })
            }}
        </p>
    }
}
