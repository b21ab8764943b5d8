//! Who pays in "How sure is this?": the funding inputs' low and high ends are drawn by the Monte
//! Carlo and moved one at a time by the tornado, which report what the county and the state
//! themselves pay a year. A range of zero width is the point estimate; widening a share's range
//! widens the county's band; the tornado lists the funding inputs with their swing; each draw's
//! figures equal the full model's for the drawn scenario; the ranges travel in the file and the
//! link and have plain messages in both languages.

use crisis_model::funding::{funding, ranged, FundedService, FundingRanges, RANGED};
use crisis_model::uncertainty::{funding_end_path, inputs, Unit};
use crisis_model::*;

fn k(path: &str) -> u8 {
    ranged(path).expect("a funding input with a range")
}

fn set_range(s: &mut Scenario, path: &str, low: f64, high: f64) {
    s.funding.ranges.set_end(k(path), false, low);
    s.funding.ranges.set_end(k(path), true, high);
}

fn county_state(s: &Scenario) -> (f64, f64) {
    let f = funding(&evaluate(s).expect("valid"));
    (f.county_net().mid, f.state_net().mid)
}

fn few_draws(mut s: Scenario) -> Scenario {
    s.uncertainty.draws = 2_000;
    s
}

#[test]
fn the_plan_s_own_county_and_state_figures_are_who_pays_figures() {
    for id in PresetId::ALL {
        let mut s = preset(id);
        s.youth.enabled = true;
        s.funding.levy.amount = 1_000_000.0;
        let mc = MonteCarlo::new(&s).unwrap();
        let (county, state) = county_state(&s);
        assert!((mc.base().county_net - county).abs() <= 1e-6 * county.abs().max(1.0));
        assert!((mc.base().state_net - state).abs() <= 1e-6 * state.abs().max(1.0));
        assert!(county > 0.0 && state > 0.0, "{id:?}");
    }
}

/// A scenario whose volumes and costs are certain (every other range of zero width), so that
/// only the funding inputs' ranges move the bands.
fn pinned(mut flat: Scenario) -> Scenario {
    for spread in flat.uncertainty.spreads() {
        let id = InputId::from_id(&spread.0).unwrap();
        *flat.uncertainty.spread_mut(id).unwrap() = Spread::new(1.0, 1.0);
    }
    for p in flat
        .programs
        .iter_mut()
        .chain(flat.youth.programs.iter_mut())
    {
        p.cost_per_day_high = p.cost_per_day_low;
    }
    flat.receiving.cost_per_day_high = flat.receiving.cost_per_day_low;
    flat.inpatient.cost_per_day_high = flat.inpatient.cost_per_day_low;
    flat.mobile.cost_per_team_hour_high = flat.mobile.cost_per_team_hour_low;
    flat.mobile.cost_per_dispatch_high = flat.mobile.cost_per_dispatch_low;
    flat.crisis_line.cost_per_fte_high = flat.crisis_line.cost_per_fte_low;
    flat
}

#[test]
fn a_range_of_zero_width_is_the_point_estimate() {
    let s = few_draws(preset(PresetId::CrisisNow));
    let plain = run_monte_carlo(&s).unwrap();
    let mut z = s.clone();
    let v = z.funding.state_share_of_public;
    set_range(&mut z, "funding.state_share_of_public", v, v);
    let fmap = z.funding.fmap;
    set_range(&mut z, "funding.fmap", fmap, fmap);
    // not drawn, not in the tornado, and every band exactly as without the ranges
    assert!(!inputs(&z)
        .iter()
        .any(|i| matches!(i.input, InputId::Funding(_))));
    let same = run_monte_carlo(&z).unwrap();
    assert_eq!(same.inputs, plain.inputs);
    assert_eq!(same.county_net, plain.county_net);
    assert_eq!(same.state_net, plain.state_net);
    assert_eq!(same.annual_cost, plain.annual_cost);
    // with no uncertain cost or volume either, the county's band is one figure: the plan's
    let flat = pinned(z.clone());
    let one = run_monte_carlo(&flat).unwrap();
    let (county, _) = county_state(&flat);
    assert!((one.county_net.p10 - county).abs() < 1e-6 * county);
    assert!((one.county_net.p90 - county).abs() < 1e-6 * county);
}

#[test]
fn widening_a_payer_share_s_range_widens_the_county_s_band() {
    // volumes and costs certain, so that the band is the funding input's alone (with them drawn
    // too, a band's width also carries their sampling noise)
    let s = pinned(few_draws(preset(PresetId::CrisisNow)));
    let width = |s: &Scenario| {
        let r = run_monte_carlo(s).unwrap();
        (
            r.county_net.p90 - r.county_net.p10,
            r.state_net.p90 - r.state_net.p10,
        )
    };
    let (county0, state0) = width(&s);
    let mut w = s.clone();
    set_range(
        &mut w,
        "funding.rates.residential.high-medical.medicaid",
        0.6,
        1.0,
    );
    let (county1, state1) = width(&w);
    assert!(county1 > county0, "{county1} > {county0}");
    // at a 50% FMAP and a half-state split the state's Medicaid share and its part of the
    // general funds move against each other by the same amount: the state's band stays put
    let (_, state) = county_state(&s);
    assert!((state1 - state0).abs() <= 1e-9 * state, "{state1} {state0}");
    let mut wider = s.clone();
    set_range(
        &mut wider,
        "funding.rates.residential.high-medical.medicaid",
        0.2,
        1.0,
    );
    let (county2, _) = width(&wider);
    assert!(county2 > county1, "{county2} > {county1}");
    // the cost's own band does not move: who pays does not change what the continuum costs
    assert_eq!(
        run_monte_carlo(&wider).unwrap().annual_cost,
        run_monte_carlo(&s).unwrap().annual_cost
    );
}

#[test]
fn the_tornado_lists_the_funding_inputs_with_what_they_move() {
    let mut s = preset(PresetId::CrisisNow);
    // no levy: the county pays (1 − the state's part) of what no payer or fund covers, so the
    // state's part at 30% instead of 50% makes the county pay 0.7 / 0.5 = 1.4 times as much
    set_range(&mut s, "funding.state_share_of_public", 0.3, 0.7);
    set_range(&mut s, "funding.adult.medicaid", 0.35, 0.55);
    let t = tornado(&s).unwrap();
    let row = |id: &str| t.rows.iter().find(|r| r.input == id).expect(id);
    let share = row("funding.state_share_of_public");
    assert_eq!(share.unit, Unit::Percent);
    assert_eq!((share.low, share.default, share.high), (0.3, 0.5, 0.7));
    assert!((share.at_low.county_net - 1.4 * t.base.county_net).abs() < 1e-6 * t.base.county_net);
    assert!((share.at_high.county_net - 0.6 * t.base.county_net).abs() < 1e-6 * t.base.county_net);
    // the county and the state share the same public dollars: what one gains the other pays
    let moved = share.at_low.county_net - t.base.county_net;
    assert!((t.base.state_net - share.at_low.state_net - moved).abs() < 1e-6 * moved);
    assert_eq!(share.cost_swing, 0.0);
    assert!(share.county_swing > 0.0);
    // the hand-checked ends equal the full model with the input at each end
    let mut low = s.clone();
    low.funding.state_share_of_public = 0.3;
    low.funding.ranges = FundingRanges::default();
    assert!((county_state(&low).0 - share.at_low.county_net).abs() < 1e-3);
    // more adults on Medicaid, fewer uninsured: the county pays less
    let medicaid = row("funding.adult.medicaid");
    assert!(medicaid.at_high.county_net < medicaid.at_low.county_net);
    let mut high = s.clone();
    high.funding.adult.medicaid = 0.55;
    high.funding.adult.uninsured -= 0.1;
    high.funding.ranges = FundingRanges::default();
    let (c, st) = county_state(&high);
    assert!((c - medicaid.at_high.county_net).abs() < 1e-3 * c);
    assert!((st - medicaid.at_high.state_net).abs() < 1e-3 * st);
    // ordered by what the county pays, the funding inputs come first
    let by = t.by_metric(Metric::CountyNet);
    assert!(by[0].input.starts_with("funding."), "{}", by[0].input);
    // labels in both languages
    assert_eq!(
        share.label_in(Lang::En),
        "Who pays: State's part of public general funds"
    );
    assert_eq!(
        share.label_in(Lang::Es),
        "Quién paga: Parte del estado en los fondos generales públicos"
    );
}

#[test]
fn every_draw_s_county_and_state_figures_are_the_full_model_s() {
    let mut s = preset(PresetId::Roadmap);
    s.youth.enabled = true;
    s.funding.levy.amount = 2_000_000.0;
    s.funding.levy.service = FundedService::Residential;
    set_range(&mut s, "funding.adult.medicaid", 0.3, 0.7);
    set_range(&mut s, "funding.adult.commercial", 0.1, 0.5);
    set_range(&mut s, "funding.youth.medicaid", 0.3, 0.8);
    set_range(&mut s, "funding.fmap", 0.5, 0.75);
    set_range(&mut s, "funding.levy.amount", 0.0, 5_000_000.0);
    set_range(&mut s, "funding.adult_21_64_share", 0.7, 0.95);
    let mc = MonteCarlo::new(&s).unwrap();
    for i in [0, 1, 7, 42, 99] {
        let drawn = mc.scenario_of_draw(i);
        assert!((drawn.funding.adult.sum() - 1.0).abs() < 1e-9);
        let (county, state) = county_state(&drawn);
        let light = mc.figures_of_draw(i);
        assert!(
            (light.county_net - county).abs() <= 1e-6 * county.abs().max(1.0),
            "{i}"
        );
        assert!(
            (light.state_net - state).abs() <= 1e-6 * state.abs().max(1.0),
            "{i}"
        );
    }
}

#[test]
fn ranges_travel_in_the_file_and_the_link_and_old_files_have_none() {
    let mut s = preset(PresetId::CrisisNow);
    set_range(&mut s, "funding.fmap", 0.5, 0.6);
    set_range(&mut s, "funding.fees_988.amount", 0.0, 800_000.0);
    let text = s.to_json();
    assert!(
        text.contains("\"fmap.low\":0.5") || text.contains("\"fmap.low\": 0.5"),
        "{text}"
    );
    assert_eq!(Scenario::from_json(&text).unwrap(), s);
    assert_eq!(link::decode(&link::encode(&s)).unwrap(), s);
    let bad = text.replace("fmap.low", "fmap.lowest");
    assert!(Scenario::from_json(&bad)
        .unwrap_err()
        .contains("fmap.lowest"));
    for fixture in [
        include_str!("fixtures/scenario-v1.json"),
        include_str!("fixtures/scenario-v2.json"),
    ] {
        let old = Scenario::from_json(fixture).unwrap();
        assert!(old.funding.ranges.0.is_empty());
        assert!(!old.to_json().contains("\"ranges\""));
    }
    assert_eq!(RANGED.len(), crisis_model::funding::RANGED_LABELS.len());
    assert_eq!(
        funding_end_path(k("funding.fmap"), true),
        "funding.ranges.fmap.high"
    );
}

#[test]
fn a_range_that_leaves_out_the_value_has_a_message_in_both_languages() {
    let mut s = preset(PresetId::CrisisNow);
    set_range(&mut s, "funding.state_share_of_public", 0.6, 0.7);
    set_range(&mut s, "funding.fees_988.amount", 0.0, -5.0);
    let en = validate_in(&s, Lang::En);
    let low = en
        .iter()
        .find(|p| p.field == "funding.ranges.state_share_of_public.low")
        .expect("low end above the value");
    assert_eq!(
        low.message,
        "The low end must be from 0% to the value itself (50%)."
    );
    let high = en
        .iter()
        .find(|p| p.field == "funding.ranges.fees_988.amount.high")
        .expect("high end below the value");
    assert!(
        high.message.contains("$100,000,000,000"),
        "{}",
        high.message
    );
    let es = validate_in(&s, Lang::Es);
    assert!(es
        .iter()
        .any(|p| p.message == "El extremo bajo debe estar entre 0% y el valor mismo (50%)."));
    // the results wait for a good range; the Monte Carlo too
    assert!(evaluate(&s).is_err());
    assert!(MonteCarlo::new(&s).is_err());
}
