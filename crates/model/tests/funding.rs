//! Who pays: the payers of every service add up to its cost and to the total; the IMD
//! exclusion moves a 17-bed facility's adult days from Medicaid to the state and county and
//! leaves a 16-bed one alone; the enhanced mobile crisis share changes only the mobile teams'
//! federal share; a case worked by hand, to the dollar; the messages for bad funding inputs; and
//! scenarios saved before funding existed open with its defaults.

use crisis_model::funding::{
    funding, imd_bed_share, FundedService, Funding, FundingResults, Level, Line, Payer, PayerRates,
};
use crisis_model::*;

fn results(s: &Scenario) -> Results {
    evaluate(s).expect("valid scenario")
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// Every preset, with youth on, some dedicated funds and rates below cost.
fn varied() -> Vec<Scenario> {
    let mut out = Vec::new();
    for id in PresetId::ALL {
        let mut s = preset(id);
        out.push(s.clone());
        s.youth.enabled = true;
        s.funding.fees_988.amount = 400_000.0;
        s.funding.federal_grants.amount = 2_500_000.0;
        s.funding.federal_grants.service = FundedService::Receiving;
        s.funding.levy.amount = 50_000_000.0;
        s.funding.levy.service = FundedService::Inpatient;
        for r in s.funding.rates.residential.0.iter_mut() {
            r.medicaid = 0.7;
        }
        s.funding.rates.mobile.commercial = 0.4;
        s.funding.youth_chip_share = 0.3;
        s.funding.fmap = 0.62;
        s.funding.enhanced_mobile = true;
        out.push(s);
    }
    out
}

#[test]
fn payers_add_up_to_each_service_s_cost_and_to_the_total() {
    for s in varied() {
        let r = results(&s);
        let f = funding(&r);
        for row in f.services.iter().chain(&f.hospital_only_services) {
            let sum = row.lines.total();
            for (a, b) in [
                (sum.low, row.cost.low),
                (sum.mid, row.cost.mid),
                (sum.high, row.cost.high),
            ] {
                assert!(
                    close(a, b, 1e-6 * b.abs().max(1.0)),
                    "{}: {a} != {b}",
                    row.key
                );
            }
            for m in row.lines.0 {
                assert!(
                    m.low >= -1e-6 && m.mid >= -1e-6 && m.high >= -1e-6,
                    "{}",
                    row.key
                );
            }
        }
        let by_payer: f64 = f.by_payer().iter().map(|(_, m)| m.mid).sum();
        let by_level: f64 = f.by_level().iter().map(|(_, m)| m.mid).sum();
        let total = r.totals.annual_cost;
        assert!(
            close(by_payer, total.mid, 1.0),
            "{by_payer} != {}",
            total.mid
        );
        assert!(close(by_level, total.mid, 1.0));
        let low: f64 = f.by_payer().iter().map(|(_, m)| m.low).sum();
        let high: f64 = f.by_payer().iter().map(|(_, m)| m.high).sum();
        assert!(close(low, total.low, 1.0) && close(high, total.high, 1.0));
        let hospital: f64 = f.hospital_only_by_level().iter().map(|(_, m)| m.mid).sum();
        assert!(close(hospital, r.totals.hospital_only_cost.mid, 1.0));
        // the funds never pay more than they have
        assert!(
            f.continuum.payer(Payer::Fees988).high <= 400_000.0 + 1e-6
                || s.funding.fees_988.amount == 0.0
        );
    }
}

/// A Roadmap scenario whose one adult program has exactly 17 beds when a facility may have 17.
fn seventeen_beds(max: f64) -> (Scenario, Results) {
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = false;
    s.flow.entry_to_inpatient = 0.0;
    s.programs[0].max_beds_per_facility = 17.0;
    for population in (50_000..400_000).step_by(1_000) {
        s.population = population as f64;
        if results(&s).adult.programs[0].facility.beds == 17 {
            s.programs[0].max_beds_per_facility = max;
            let r = results(&s);
            return (s, r);
        }
    }
    panic!("no population gives 17 beds");
}

#[test]
fn the_imd_exclusion_moves_a_17_bed_facility_s_adult_days_from_medicaid_to_state_and_county() {
    let (s17, r17) = seventeen_beds(17.0);
    let (s16, r16) = seventeen_beds(16.0);
    assert_eq!(r17.adult.programs[0].facility.facilities, 1);
    assert_eq!(r16.adult.programs[0].facility.facilities, 2);
    assert_eq!(imd_bed_share(17, 1), 1.0);
    assert_eq!(imd_bed_share(17, 2), 0.0);
    assert_eq!(imd_bed_share(33, 2), 17.0 / 33.0);
    let row = |f: &FundingResults| {
        f.services
            .iter()
            .find(|r| r.key == "adult.programs[0]")
            .unwrap()
            .clone()
    };
    let (a, b) = (row(&funding(&r17)), row(&funding(&r16)));
    assert_eq!(
        a.cost, b.cost,
        "the cost does not depend on the facility size"
    );
    let cost = a.cost.mid;
    let medicaid = |r: &crisis_model::funding::ServiceFunding| {
        r.lines.line(Line::MedicaidFederal).mid + r.lines.line(Line::MedicaidState).mid
    };
    let public = |r: &crisis_model::funding::ServiceFunding| {
        r.lines.line(Line::StateGeneralFund).mid + r.lines.line(Line::CountyGeneralFund).mid
    };
    // 16 beds: Medicaid pays its 45% of the cost in full
    assert!(close(medicaid(&b), 0.45 * cost, 1e-6));
    // 17 beds: not for the 85% of adults aged 21-64
    let moved = 0.45 * 0.85 * cost;
    assert!(close(medicaid(&a), 0.45 * cost - moved, 1e-6));
    assert!(close(public(&a) - public(&b), moved, 1e-6));
    assert!(close(a.imd_excluded, 0.85, 1e-12) && b.imd_excluded == 0.0);
    // only the Medicaid and general fund lines move
    for l in [
        Line::Medicare,
        Line::Commercial,
        Line::Fees988,
        Line::FederalGrants,
        Line::Levy,
    ] {
        assert_eq!(a.lines.line(l), b.lines.line(l));
    }
    // a waiver leaves the 17-bed facility alone too
    let mut w = s17.clone();
    w.funding.imd_waiver = true;
    let waived = row(&funding(&results(&w)));
    assert!(close(medicaid(&waived), medicaid(&b), 1e-6));
    let _ = s16;
}

#[test]
fn the_enhanced_share_changes_only_the_mobile_teams_federal_share() {
    for id in [PresetId::CrisisNow, PresetId::Roadmap] {
        let mut s = preset(id);
        s.flow.entry_to_mobile = 0.3;
        s.flow.entry_to_residential = 0.0;
        let off = funding(&results(&s));
        s.funding.enhanced_mobile = true;
        let on = funding(&results(&s));
        assert_eq!(off.services.len(), on.services.len());
        let mut mobile_seen = false;
        for (a, b) in off.services.iter().zip(&on.services) {
            if a.service != FundedService::Mobile {
                assert_eq!(a.lines, b.lines, "{}", a.key);
                continue;
            }
            mobile_seen = true;
            let fed =
                b.lines.line(Line::MedicaidFederal).mid - a.lines.line(Line::MedicaidFederal).mid;
            let state =
                b.lines.line(Line::MedicaidState).mid - a.lines.line(Line::MedicaidState).mid;
            assert!(fed > 0.0, "{id:?}: the federal share grows");
            assert!(close(fed, -state, 1e-6));
            for l in Line::ALL {
                if !matches!(l, Line::MedicaidFederal | Line::MedicaidState) {
                    let (x, y) = (a.lines.line(l), b.lines.line(l));
                    assert!(
                        close(x.low, y.low, 1e-6)
                            && close(x.mid, y.mid, 1e-6)
                            && close(x.high, y.high, 1e-6),
                        "{l:?}"
                    );
                }
            }
            // 85% of what Medicaid pays for adults, against the 50% FMAP
            let medicaid =
                a.lines.line(Line::MedicaidFederal).mid + a.lines.line(Line::MedicaidState).mid;
            assert!(
                close(
                    b.lines.line(Line::MedicaidFederal).mid,
                    0.85 * medicaid,
                    1e-6
                ) || s.youth.enabled
            );
        }
        assert!(mobile_seen);
        assert_eq!(off.hospital_only, on.hospital_only);
    }
}

/// The Roadmap's worked example with residential care only: 500,000 residents × 200 per 100,000
/// × 30% = 300 admissions a month × 12 × 5 days = 18,000 occupied bed-days a year at $375 (the
/// midpoint of $300-450) = $6,750,000; 55 beds in 4 facilities of 13 or 14 beds (no IMD).
///
/// Coverage: Medicaid 45%, Medicare 10%, commercial 20%, uninsured 25%. Rates: Medicaid 100%,
/// Medicare 0% (no bed rate), commercial 100%. FMAP 60%. A $1,000,000 levy for residential care.
///
/// - Medicaid: 45% × $6,750,000 = $3,037,500: federal 60% = $1,822,500, state $1,215,000;
/// - commercial: 20% × $6,750,000 = $1,350,000;
/// - unpaid: Medicare's 10% and the uninsured 25% = $2,362,500; the levy pays $1,000,000; the
///   remaining $1,362,500 is split 50/50: state general fund $681,250, county $681,250.
///
/// Levels: federal $1,822,500; state $1,215,000 + $681,250 = $1,896,250; local $1,000,000 +
/// $681,250 = $1,681,250; private $1,350,000. Sum: $6,750,000. Hospital-only: 18,000 admissions
/// a year... hospital days instead (not checked here). Cost-based rate: $375 per bed-day;
/// Medicare's shortfall: $375 a bed-day, $675,000 a year (10% × $6,750,000).
#[test]
fn a_case_worked_by_hand_to_the_dollar() {
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = false;
    s.flow.entry_to_inpatient = 0.0;
    s.funding.fmap = 0.6;
    s.funding.levy.amount = 1_000_000.0;
    s.funding.levy.service = FundedService::Residential;
    let r = results(&s);
    assert_eq!(r.adult.programs[0].facility.beds, 55);
    assert_eq!(r.adult.programs[0].facility.facilities, 4);
    assert_eq!(r.totals.annual_cost.mid.round(), 6_750_000.0);
    let f = funding(&r);
    let dollars = |m: crisis_model::Money| m.mid.round();
    let payer = |p| dollars(f.continuum.payer(p));
    assert_eq!(
        dollars(f.continuum.line(Line::MedicaidFederal)),
        1_822_500.0
    );
    assert_eq!(dollars(f.continuum.line(Line::MedicaidState)), 1_215_000.0);
    assert_eq!(payer(Payer::Medicaid), 3_037_500.0);
    assert_eq!(payer(Payer::Medicare), 0.0);
    assert_eq!(payer(Payer::Commercial), 1_350_000.0);
    assert_eq!(payer(Payer::Levy), 1_000_000.0);
    assert_eq!(payer(Payer::StateGeneralFund), 681_250.0);
    assert_eq!(payer(Payer::CountyGeneralFund), 681_250.0);
    let level = |v| dollars(f.continuum.level(v));
    assert_eq!(level(Level::Federal), 1_822_500.0);
    assert_eq!(level(Level::State), 1_896_250.0);
    assert_eq!(level(Level::Local), 1_681_250.0);
    assert_eq!(level(Level::Private), 1_350_000.0);
    assert_eq!(dollars(f.county_net()), 1_681_250.0);
    assert_eq!(dollars(f.state_net()), 1_896_250.0);
    assert_eq!(dollars(f.unused_funds), 0.0);
    let row = f
        .services
        .iter()
        .find(|r| r.key == "adult.programs[0]")
        .unwrap();
    assert_eq!(row.cost_per_unit.mid.round(), 375.0);
    assert_eq!(row.cost_per_unit.low.round(), 300.0);
    let medicare = row
        .rates
        .iter()
        .find(|c| c.payer == Payer::Medicare)
        .unwrap();
    assert_eq!(medicare.shortfall_per_unit.mid.round(), 375.0);
    assert_eq!(dollars(medicare.annual_shortfall), 675_000.0);
    let medicaid = row
        .rates
        .iter()
        .find(|c| c.payer == Payer::Medicaid)
        .unwrap();
    assert_eq!(medicaid.shortfall_per_unit.mid, 0.0);
    // the state and county savings against hospital-only care
    let county_hospital = dollars(f.hospital_only.level(Level::Local));
    assert_eq!(dollars(f.county_savings()), county_hospital - 1_681_250.0);
}

#[test]
fn a_sentence_says_when_the_county_s_savings_differ_in_sign_from_the_total() {
    // the continuum saves in all, but the county carries the uninsured of crisis care while
    // Medicaid pays the hospital days: the county pays more
    let mut s = preset(PresetId::CrisisNow);
    s.funding.inpatient_imd_share = 0.0;
    s.funding.adult.medicaid = 0.2;
    s.funding.adult.uninsured = 0.5;
    s.funding.state_share_of_public = 0.0;
    s.funding.rates.inpatient.medicare = 1.0;
    s.funding.rates.receiving.medicaid = 0.0;
    for r in s.funding.rates.residential.0.iter_mut() {
        r.medicaid = 0.0;
    }
    s.funding.rates.mobile.medicaid = 0.0;
    s.funding.rates.inpatient.commercial = 1.0;
    s.funding.levy.amount = 0.0;
    let r = results(&s);
    let f = funding(&r);
    assert!(r.totals.savings.mid > 0.0);
    if f.county_savings().mid < 0.0 {
        let notes = f.sign_notes_in(Lang::En);
        assert!(
            notes.iter().any(|n| n.contains("the county pays")),
            "{notes:?}"
        );
        assert!(f
            .sign_notes_in(Lang::Es)
            .iter()
            .any(|n| n.contains("el condado paga")));
    }
    // the defaults: every level saves, no sentence
    let d = funding(&results(&preset(PresetId::CrisisNow)));
    if d.county_savings().mid > 0.0 && d.state_savings().mid > 0.0 {
        assert!(d.sign_notes_in(Lang::En).is_empty());
    }
}

#[test]
fn the_sign_sentence_is_written_when_the_county_pays_more() {
    // everything in the continuum is left to the county; hospital days are paid by insurers
    let mut s = preset(PresetId::CrisisNow);
    s.funding.rates.inpatient = crisis_model::funding::PayerRates {
        medicaid: 1.0,
        medicare: 1.0,
        commercial: 1.0,
    };
    s.funding.adult = crisis_model::funding::Coverage {
        medicaid: 0.5,
        medicare: 0.25,
        commercial: 0.25,
        uninsured: 0.0,
    };
    s.funding.youth = s.funding.adult;
    s.funding.youth.medicare = 0.0;
    s.funding.youth.commercial = 0.5;
    s.funding.inpatient_imd_share = 0.0;
    let none = crisis_model::funding::PayerRates {
        medicaid: 0.0,
        medicare: 0.0,
        commercial: 0.0,
    };
    for rates in [
        &mut s.funding.rates.mobile,
        &mut s.funding.rates.receiving,
        &mut s.funding.rates.crisis_line,
    ] {
        *rates = none;
    }
    s.funding.rates.residential = crisis_model::funding::ResidentialRates::every(none);
    s.funding.state_share_of_public = 0.0;
    let r = results(&s);
    let f = funding(&r);
    assert!(r.totals.savings.mid > 0.0);
    assert!(f.county_savings().mid < 0.0);
    assert_eq!(f.sign_notes_in(Lang::En).len(), 1);
    assert!(f.sign_notes_in(Lang::En)[0].starts_with("The continuum saves"));
    assert!(f.sign_notes_in(Lang::Es)[0].contains("el condado paga"));
}

#[test]
fn bad_funding_inputs_have_a_plain_message_at_their_field() {
    let at = |s: &Scenario, lang| {
        validate_in(s, lang)
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect::<Vec<_>>()
    };
    let mut s = preset(PresetId::CrisisNow);
    s.funding.adult.medicaid = 0.5;
    let found = at(&s, Lang::En);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "funding.adult");
    assert!(
        found[0].1.contains("add up to 100%") && found[0].1.contains("105%"),
        "{}",
        found[0].1
    );
    assert!(at(&s, Lang::Es)[0].1.contains("debe sumar el 100%"));
    assert!(evaluate(&s).is_err());

    let mut s = preset(PresetId::CrisisNow);
    s.funding.rates.mobile.medicaid = 1.2;
    s.funding.rates.inpatient.commercial = -0.1;
    let found = at(&s, Lang::En);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "funding.rates.mobile.medicaid");
    assert_eq!(
        found[0].1,
        "A payer's rate must be from 0% to 100% of the service's cost."
    );
    assert_eq!(found[1].0, "funding.rates.inpatient.commercial");

    let mut s = preset(PresetId::CrisisNow);
    s.funding.fmap = 0.4;
    s.funding.chip_fmap = 1.1;
    let found = at(&s, Lang::En);
    assert_eq!(
        found,
        vec![
            (
                "funding.fmap".to_string(),
                "A federal share must be from 50% to 100%.".to_string()
            ),
            (
                "funding.chip_fmap".to_string(),
                "A federal share must be from 50% to 100%.".to_string()
            ),
        ]
    );
    assert_eq!(
        at(&s, Lang::Es)[0].1,
        "Una participación federal debe estar entre 50% y 100%."
    );

    let mut s = preset(PresetId::CrisisNow);
    s.funding.levy.amount = f64::NAN;
    assert_eq!(at(&s, Lang::En)[0].0, "funding.levy.amount");

    // youth coverage is checked only while the youth stream is modelled
    let mut s = preset(PresetId::Roadmap);
    s.funding.youth.medicaid = 0.9;
    assert!(validate(&s).is_empty());
    s.youth.enabled = true;
    assert_eq!(validate(&s)[0].field, "funding.youth");
}

#[test]
fn scenarios_saved_before_funding_open_with_its_defaults() {
    let old = Scenario::from_json(include_str!("fixtures/scenario-v1.json")).expect("fixture");
    assert_eq!(old.funding, Funding::default());
    assert!(!include_str!("fixtures/scenario-v1.json").contains("funding"));
    // a link without funding, too
    let s = preset(PresetId::Roadmap);
    let text = link::encode(&s);
    assert_eq!(link::decode(&text).unwrap().funding, Funding::default());
}

#[test]
fn funding_inputs_travel_in_the_file_and_the_link() {
    let mut s = preset(PresetId::CrisisNow);
    s.funding.fmap = 0.73;
    s.funding.enhanced_mobile = true;
    s.funding.levy.amount = 250_000.0;
    s.funding.levy.service = FundedService::Receiving;
    s.funding
        .rates
        .residential
        .of_mut(ProgramKind::PeerRespite)
        .medicare = 0.4;
    let back = Scenario::from_json(&s.to_json_pretty()).unwrap();
    assert_eq!(back, s);
    assert_eq!(link::decode(&link::encode(&s)).unwrap(), s);
    let bad = s.to_json().replace("\"receiving\",", "\"garage\",");
    let bad = bad.replacen("\"service\":\"receiving\"", "\"service\":\"garage\"", 1);
    assert!(Scenario::from_json(&bad).is_err());
}

#[test]
fn every_funding_figure_is_explained_in_both_languages() {
    let f = funding(&results(&preset(PresetId::CrisisNow)));
    let keys = f.explanation_keys();
    assert!(keys.len() > 20);
    for k in &keys {
        for lang in [Lang::En, Lang::Es] {
            let e = f.explain_in(k, lang).unwrap_or_else(|| panic!("{k}"));
            assert!(!e.figure.is_empty() && !e.formula.is_empty(), "{k}");
            assert!(!e.figure.contains("NaN"), "{k}");
        }
    }
    assert!(f.explain_in("funding.nope", Lang::En).is_none());
    let rate = f
        .explain_in("funding.adult.programs[0].rate", Lang::Es)
        .unwrap();
    assert!(
        rate.figure.contains("por día-cama ocupado"),
        "{}",
        rate.figure
    );
}

#[test]
fn every_funding_input_has_a_source_with_spanish() {
    let s = preset(PresetId::CrisisNow);
    for path in field_paths(&s).iter().filter(|p| p.starts_with("funding.")) {
        let src = source_in(&s, path).unwrap_or_else(|| panic!("{path} has no source"));
        assert_ne!(src.note_in(Lang::Es), src.note(), "{path}: no Spanish note");
    }
    assert!(
        field_paths(&s)
            .iter()
            .filter(|p| p.starts_with("funding."))
            .count()
            >= 38
    );
}

#[test]
fn the_board_summary_sentence_names_each_level_and_the_county_and_state() {
    let mut s = preset(PresetId::Roadmap);
    s.crisis_line.enabled = false;
    s.flow.entry_to_inpatient = 0.0;
    s.funding.fmap = 0.6;
    s.funding.levy.amount = 1_000_000.0;
    s.funding.levy.service = FundedService::Residential;
    let f = funding(&results(&s));
    let en = f.summary_in(Lang::En);
    assert!(
        en.starts_with(
            "Of $6.8 million a year: federal $1.8 million, state $1.9 million, county and local \
             $1.7 million, private $1.4 million. The county pays $1.7 million and "
        ),
        "{en}"
    );
    let es = f.summary_in(Lang::Es);
    assert!(
        es.starts_with("De $6.8 millones al año: federal $1.8 millones, estatal"),
        "{es}"
    );
}

#[test]
fn each_residential_program_type_has_its_own_rates() {
    use crisis_model::funding::ResidentialRates;
    let mut s = preset(PresetId::Roadmap);
    s.programs = vec![
        ProgramKind::HighMedical.defaults(),
        ProgramKind::PeerRespite.defaults(),
    ];
    s.programs[0].share = 0.5;
    s.programs[1].share = 0.5;
    let before = funding(&results(&s));
    // peer respite paid at 40% of its cost by Medicaid: only its row's Medicaid line moves
    s.funding
        .rates
        .residential
        .of_mut(ProgramKind::PeerRespite)
        .medicaid = 0.4;
    let after = funding(&results(&s));
    let row =
        |f: &FundingResults, key: &str| f.services.iter().find(|r| r.key == key).unwrap().clone();
    let (hm0, hm1) = (
        row(&before, "adult.programs[0]"),
        row(&after, "adult.programs[0]"),
    );
    assert_eq!(hm0.lines, hm1.lines);
    let (pr0, pr1) = (
        row(&before, "adult.programs[1]"),
        row(&after, "adult.programs[1]"),
    );
    let medicaid = |r: &crisis_model::funding::ServiceFunding| r.lines.payer(Payer::Medicaid).mid;
    // Medicaid covers 45% of adult episodes; no facility of more than 16 beds here would change
    // its share, so its payment falls to 40% of what it was
    assert!(pr1.imd_excluded == pr0.imd_excluded);
    assert!(close(
        medicaid(&pr1),
        0.4 * medicaid(&pr0),
        1e-6 * medicaid(&pr0)
    ));
    assert!(after.county_net().mid > before.county_net().mid);
    // the same in the file and the link; every type written by its id
    let text = s.to_json();
    assert!(
        text.contains("\"peer-respite\":{\"medicaid\":0.4"),
        "{text}"
    );
    let back = Scenario::from_json(&text).unwrap();
    assert_eq!(back, s);
    assert_eq!(link::decode(&link::encode(&s)).unwrap(), s);
    // one set, as files before the rates by type hold it, applies to every type
    let one = text.replace(
        &crisis_model::json::ToJson::to_json(&s.funding.rates.residential).to_compact(),
        r#"{"medicaid":0.7,"medicare":0,"commercial":1}"#,
    );
    let old = Scenario::from_json(&one).unwrap();
    let want = PayerRates {
        medicaid: 0.7,
        medicare: 0.0,
        commercial: 1.0,
    };
    assert_eq!(old.funding.rates.residential, ResidentialRates::every(want));
    // an unknown type is an error
    let bad = text.replace("\"peer-respite\":", "\"peer-support\":");
    assert!(Scenario::from_json(&bad)
        .unwrap_err()
        .contains("peer-support"));
}

#[test]
fn the_version_2_fixture_s_one_residential_set_applies_to_every_type() {
    let s = Scenario::from_json(include_str!("fixtures/scenario-v2.json")).unwrap();
    let want = PayerRates {
        medicaid: 1.0,
        medicare: 0.0,
        commercial: 1.0,
    };
    for kind in ProgramKind::ALL {
        assert_eq!(s.funding.rates.residential.of(kind), want, "{kind:?}");
    }
    assert_eq!(s.funding, preset(PresetId::CrisisNow).funding);
}
