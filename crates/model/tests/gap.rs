//! Today's capacity against need: no gap at exactly the needed capacity; with fewer beds the
//! shortfall, the days-full share and the turn-aways of an independent Erlang B; costs to close
//! that add up; surplus; zero inventory; validation; the scenario format; the command line.

use crisis_model::gap::{Service, Unit};
use crisis_model::inventory::Entry;
use crisis_model::*;

mod common;
use common::{at_need, eval};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

fn money_close(a: Money, b: Money, tol: f64) -> bool {
    close(a.low, b.low, tol) && close(a.mid, b.mid, tol) && close(a.high, b.high, tol)
}

/// Erlang B by its defining recursion, written here independently of the crate:
/// `B(a, 0) = 1`, `B(a, k) = a·B(a, k−1) / (k + a·B(a, k−1))`.
fn erlang_b_ref(a: f64, c: u64) -> f64 {
    let mut b = 1.0;
    for k in 1..=c {
        b = a * b / (k as f64 + a * b);
    }
    b
}

/// The Roadmap worked example: 300 admissions a month, 5-day stays.
const ROADMAP_ARRIVALS_PER_YEAR: f64 = 300.0 * 12.0;
const ROADMAP_LOAD: f64 = 300.0 * 12.0 / 365.0 * 5.0;

fn roadmap_with_beds(beds: f64) -> Scenario {
    let mut s = preset(PresetId::Roadmap);
    s.inventory.enabled = true;
    s.inventory.residential.typical.capacity = beds;
    s
}

fn all_scenarios() -> Vec<(String, Scenario)> {
    let mut out = Vec::new();
    for id in PresetId::ALL {
        for basis in [CostBasis::OccupiedBedDays, CostBasis::StaffedBeds] {
            let mut s = preset(id);
            s.cost_basis = basis;
            out.push((format!("{id:?} {basis:?}"), s.clone()));
            s.mobile.cost_basis = MobileCostBasis::Dispatches;
            out.push((format!("{id:?} {basis:?} dispatches"), s));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Done when: exactly the needed capacity shows no gap.

#[test]
fn exactly_the_needed_capacity_shows_no_gap() {
    for (name, s) in all_scenarios() {
        let r = eval(&at_need(s));
        let g = r.gap().expect("inventory on");
        assert!(
            !g.rows.is_empty() || name.contains("HospitalOnly"),
            "{name}"
        );
        for row in &g.rows {
            let at = format!("{name} {}", row.key);
            assert_eq!(row.shortfall, 0.0, "{at}");
            assert_eq!(row.surplus, 0.0, "{at}");
            assert_eq!(row.today, row.need, "{at}");
            assert_eq!(row.cost_to_close, Money::ZERO, "{at}");
            assert!(money_close(row.today_cost, row.planned_cost, 1e-12), "{at}");
            if let Some(l) = row.loss {
                assert_eq!(l.days_full_today, l.days_full_planned, "{at}");
                assert_eq!(
                    l.turned_away_per_year_today, l.turned_away_per_year_planned,
                    "{at}"
                );
                assert_eq!(l.utilization_today, l.utilization_planned, "{at}");
            }
            if let Some(d) = row.delay {
                assert_eq!(d.on_duty_today, d.on_duty_planned, "{at}");
                assert_eq!(d.share_in_time_today, d.share_in_time_planned, "{at}");
                assert!(d.keeps_up_today, "{at}");
            }
            assert!(
                row.sentence.contains("meets the need"),
                "{at}: {}",
                row.sentence
            );
        }
        let t = &g.totals;
        assert_eq!(t.cost_to_close, Money::ZERO, "{name}");
        assert_eq!(t.residential_shortfall_beds, 0.0, "{name}");
        assert!(money_close(t.cost_change, Money::ZERO, 1e-12), "{name}");
        assert!(money_close(t.savings_change, Money::ZERO, 1e-12), "{name}");
        assert_eq!(g.shortfalls().count(), 0, "{name}");
        assert_eq!(
            g.headline(),
            "Today's capacity meets the need for every service.",
            "{name}"
        );
    }
}

/// On the staffed-bed basis with team-hour costing, the planned services cost is exactly the
/// headline cost of the results.
#[test]
fn the_planned_side_is_the_headline_on_the_staffed_basis() {
    let mut s = preset(PresetId::CrisisNow);
    s.cost_basis = CostBasis::StaffedBeds;
    let r = eval(&at_need(s));
    let g = r.gap().expect("inventory on");
    assert!(money_close(
        g.totals.planned.services,
        r.totals.annual_cost,
        1e-12
    ));
    assert!(g.notes.is_empty(), "{:?}", g.notes);
    // On the occupied basis the plan counts days of care given, below the offered load.
    let r = eval(&at_need(preset(PresetId::CrisisNow)));
    let g = r.gap().expect("inventory on");
    assert!(g.totals.planned.services.mid < r.totals.annual_cost.mid);
    assert!(g.notes.iter().any(|n| n.contains("occupied bed-days")));
}

// ---------------------------------------------------------------------------------------------
// Done when: with fewer beds, the shortfall, days-full share and turn-aways match Erlang B.

/// Table: today's beds in the Roadmap worked example (need 55).
#[test]
fn fewer_beds_match_an_independent_erlang_b() {
    for today in [0u64, 1, 5, 18, 30, 49, 54] {
        let r = eval(&roadmap_with_beds(today as f64));
        let g = r.gap().expect("inventory on");
        let row = g
            .rows
            .iter()
            .find(|x| x.key == "residential.typical")
            .expect("residential row");
        let b = erlang_b_ref(ROADMAP_LOAD, today);
        let l = row.loss.expect("a loss row");
        assert_eq!(row.need, 55.0, "{today}");
        assert_eq!(row.shortfall, 55.0 - today as f64, "{today}");
        assert_eq!(row.surplus, 0.0, "{today}");
        assert!(close(row.load, ROADMAP_LOAD, 1e-12), "{today}");
        assert!(close(
            row.arrivals_per_year,
            ROADMAP_ARRIVALS_PER_YEAR,
            1e-12
        ));
        assert!(
            close(l.days_full_today, b, 1e-9),
            "{today}: {} vs {b}",
            l.days_full_today
        );
        assert!(close(
            l.turned_away_per_year_today,
            ROADMAP_ARRIVALS_PER_YEAR * b,
            1e-9
        ));
        let u = if today == 0 {
            0.0
        } else {
            ROADMAP_LOAD * (1.0 - b) / today as f64
        };
        assert!(close(l.utilization_today, u, 1e-9), "{today}");
        // The planned side is the results' own figure.
        let p = &r.adult.programs[0].facility;
        assert_eq!(l.days_full_planned, p.days_full);
        assert!(close(
            l.days_full_planned,
            erlang_b_ref(ROADMAP_LOAD, 55),
            1e-9
        ));
        // Fewer beds, fuller days, more people turned away.
        assert!(l.days_full_today > l.days_full_planned, "{today}");
    }
    // No beds: full all the time, everyone turned away.
    let r = eval(&roadmap_with_beds(0.0));
    let g = r.gap().expect("on");
    let l = g.rows.iter().find_map(|x| x.loss).expect("row");
    assert_eq!(l.days_full_today, 1.0);
    assert!(close(
        l.turned_away_per_year_today,
        ROADMAP_ARRIVALS_PER_YEAR,
        1e-12
    ));
}

/// The issue's example, in plain words.
#[test]
fn the_gap_in_plain_words() {
    let r = eval(&roadmap_with_beds(18.0));
    let g = r.gap().expect("on");
    let row = g
        .rows
        .iter()
        .find(|x| x.service == Service::Residential)
        .expect("row");
    assert_eq!(
        row.sentence,
        "You have 18 crisis residential beds; with 30% of crisis episodes going there (3,600 \
         admissions a year) this community needs 55: today's 18 beds would be full 64.6% of the \
         time and turn away about 2,300 people a year."
    );
    assert_eq!(row.unit, Unit::Beds);
    assert_eq!(row.field, "inventory.residential.typical.capacity");
    // Largest cost first; inpatient beds were left at 0 here.
    assert_eq!(
        g.headline(),
        "To meet the need this community would add 38 psychiatric inpatient beds, 37 crisis \
         residential beds and 14.3 crisis-line counselor FTE, at about $20.0 million a year \
         ($16.0 to $24.0 million)."
    );
    // Table: (beds today, words the sentence must hold).
    let cases: &[(f64, &str)] = &[
        (0.0, "You have no crisis residential beds"),
        (0.0, "all of about 3,600 people a year would be turned away"),
        (
            55.0,
            "today's capacity meets the need (full 4.8% of the time",
        ),
        (70.0, "15 beds more than needed"),
        (1.0, "today's 1 bed would be full"),
    ];
    for &(beds, words) in cases {
        let r = eval(&roadmap_with_beds(beds));
        let g = r.gap().expect("on");
        let s = &g
            .rows
            .iter()
            .find(|x| x.key == "residential.typical")
            .expect("row")
            .sentence;
        assert!(s.contains(words), "{beds}: {s}");
    }
    assert_eq!(gap::about(2_324.37), "2,300");
    assert_eq!(gap::about(97.4), "97");
    assert_eq!(gap::about(0.4), "0");
    assert_eq!(gap::about(15_551.0), "16,000");
}

// ---------------------------------------------------------------------------------------------
// Done when: the costs to close the gap add up.

/// Half of every need today: each row's cost to close is its shortfall at the annual cost of
/// one unit (365 × cost per day, 8,760 × cost per team-hour, cost per FTE), and they add up.
#[test]
fn costs_to_close_the_gap_add_up() {
    let full = at_need(preset(PresetId::CrisisNow));
    let mut s = full.clone();
    for e in Entry::all() {
        let t = s.inventory.get_mut(e);
        t.capacity = if e.whole() {
            (t.capacity / 2.0).floor()
        } else {
            t.capacity / 2.0
        };
    }
    for basis in [CostBasis::OccupiedBedDays, CostBasis::StaffedBeds] {
        s.cost_basis = basis;
        let r = eval(&s);
        let g = r.gap().expect("on");
        let mut sum = Money::ZERO;
        for row in &g.rows {
            assert!(row.shortfall > 0.0, "{}", row.key);
            let per_unit = match (row.service, row.kind, row.youth) {
                (Service::Residential, Some(kind), youth) => {
                    let list = if youth {
                        &s.youth.programs
                    } else {
                        &s.programs
                    };
                    let p = list.iter().find(|p| p.kind == kind).expect("program");
                    Money::range(p.cost_per_day_low, p.cost_per_day_high).scale(365.0)
                }
                (Service::Receiving, ..) => {
                    Money::range(s.receiving.cost_per_day_low, s.receiving.cost_per_day_high)
                        .scale(365.0)
                }
                (Service::Inpatient, ..) => {
                    Money::range(s.inpatient.cost_per_day_low, s.inpatient.cost_per_day_high)
                        .scale(365.0)
                }
                (Service::Mobile, ..) => Money::range(
                    s.mobile.cost_per_team_hour_low,
                    s.mobile.cost_per_team_hour_high,
                )
                .scale(8_760.0),
                (Service::CrisisLine, ..) => Money::range(
                    s.crisis_line.cost_per_fte_low,
                    s.crisis_line.cost_per_fte_high,
                ),
                (Service::Residential, None, _) => unreachable!(),
            };
            assert!(
                money_close(row.annual_cost_per_unit, per_unit, 1e-12),
                "{}",
                row.key
            );
            assert!(
                money_close(row.cost_to_close, per_unit.scale(row.shortfall), 1e-12),
                "{}",
                row.key
            );
            sum = sum.plus(row.cost_to_close);
        }
        assert!(money_close(g.totals.cost_to_close, sum, 1e-12));
        assert_eq!(g.by_cost_to_close()[0].cost_to_close.mid, {
            g.rows
                .iter()
                .map(|r| r.cost_to_close.mid)
                .fold(0.0, f64::max)
        });
        let t = &g.totals;
        // The sides add up.
        for side in [&t.today, &t.planned] {
            assert!(money_close(
                side.total,
                side.services.plus(side.turned_away_to_hospital),
                1e-12
            ));
            assert!(money_close(
                side.savings,
                r.totals.hospital_only_cost.minus(side.total),
                1e-12
            ));
        }
        assert!(money_close(
            t.cost_change,
            t.planned.total.minus(t.today.total),
            1e-12
        ));
        assert!(money_close(
            t.savings_change,
            t.cost_change.scale(-1.0),
            1e-9
        ));
        // Paying for the missing capacity: on the staffed basis (and team-hours) the services
        // cost grows by exactly the cost to close the gap.
        if basis == CostBasis::StaffedBeds {
            assert!(money_close(
                t.planned.services.minus(t.today.services),
                t.cost_to_close,
                1e-9
            ));
        }
        // Fewer beds turn more people away, and their hospital stays cost more.
        assert!(t.today.turned_away_to_hospital.mid > t.planned.turned_away_to_hospital.mid);
        assert!(
            t.residential_turned_away_per_year_today > t.residential_turned_away_per_year_planned
        );
    }
}

/// People turned away by residential programs are costed as inpatient stays.
#[test]
fn turned_away_people_are_costed_as_hospital_stays() {
    let r = eval(&roadmap_with_beds(18.0));
    let g = r.gap().expect("on");
    let row = g
        .rows
        .iter()
        .find(|x| x.key == "residential.typical")
        .expect("row");
    let l = row.loss.expect("loss");
    let stay = Money::range(800.0, 1200.0).scale(7.0);
    assert!(money_close(
        row.turned_away_to_hospital_today,
        stay.scale(l.turned_away_per_year_today),
        1e-12
    ));
    // Inpatient rows turn people away too, but they are not costed.
    let inpatient = g.rows.iter().find(|x| x.key == "inpatient").expect("row");
    assert_eq!(inpatient.turned_away_to_hospital_today, Money::ZERO);
}

// ---------------------------------------------------------------------------------------------
// Surplus, zero inventory, entered costs, what is left out.

#[test]
fn surplus_when_over() {
    let mut s = at_need(preset(PresetId::CrisisNow));
    s.cost_basis = CostBasis::StaffedBeds;
    for e in Entry::all() {
        let t = s.inventory.get_mut(e);
        if t.capacity > 0.0 {
            t.capacity += 3.0;
        }
    }
    let r = eval(&s);
    let g = r.gap().expect("on");
    for row in &g.rows {
        assert_eq!(row.shortfall, 0.0, "{}", row.key);
        assert!(close(row.surplus, 3.0, 1e-12), "{}", row.key);
        assert_eq!(row.cost_to_close, Money::ZERO);
        assert!(
            row.sentence.contains("more than needed"),
            "{}",
            row.sentence
        );
        if let Some(l) = row.loss {
            assert!(l.days_full_today < l.days_full_planned, "{}", row.key);
            assert!(l.utilization_today < l.utilization_planned, "{}", row.key);
        }
        if let Some(d) = row.delay {
            assert!(
                d.share_in_time_today >= d.share_in_time_planned,
                "{}",
                row.key
            );
        }
    }
    // Paying for more than needed: the plan costs less than today.
    assert!(g.totals.cost_change.mid < 0.0);
    assert!(g.totals.savings_change.mid > 0.0);
}

#[test]
fn zero_inventory_edge_cases() {
    // Off: no gap at all, whatever the inventory holds.
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.residential.high_medical.capacity = f64::NAN;
    assert!(validate(&s).is_empty());
    assert!(eval(&s).gap().is_none());

    // On, but empty: everything is short, nothing costs anything today.
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.enabled = true;
    let r = eval(&s);
    let g = r.gap().expect("on");
    // Crisis line, mobile, and per stream receiving + programs + inpatient.
    assert_eq!(g.rows.len(), 2 + (1 + 6 + 1) + (1 + 2 + 1));
    for row in &g.rows {
        assert_eq!(row.today, 0.0);
        assert_eq!(row.shortfall, row.need);
        assert_eq!(row.today_cost, Money::ZERO);
        assert!(row.sentence.starts_with("You have no "), "{}", row.sentence);
        if let Some(l) = row.loss {
            assert_eq!(l.days_full_today, 1.0, "{}", row.key);
            assert_eq!(l.utilization_today, 0.0);
            assert!(close(
                l.turned_away_per_year_today,
                row.arrivals_per_year,
                1e-12
            ));
        }
        if let Some(d) = row.delay {
            assert_eq!(d.on_duty_today, 0);
            assert!(!d.keeps_up_today);
            assert_eq!(d.share_in_time_today, 0.0);
        }
    }
    assert!(g.totals.today.services == Money::ZERO);
    assert!(g.totals.today.turned_away_to_hospital.mid > 0.0);

    // Hospital only: no demand for residential care; beds today are all surplus, costed at the
    // type's defaults (with a note).
    let mut s = preset(PresetId::HospitalOnly);
    s.inventory.enabled = true;
    s.inventory.residential.peer_respite.capacity = 4.0;
    s.cost_basis = CostBasis::StaffedBeds;
    let r = eval(&s);
    let g = r.gap().expect("on");
    let row = g
        .rows
        .iter()
        .find(|x| x.key == "residential.peer-respite")
        .expect("row");
    assert_eq!((row.need, row.today, row.surplus), (0.0, 4.0, 4.0));
    assert_eq!(row.loss.expect("loss").days_full_today, 0.0);
    assert!(money_close(
        row.today_cost,
        Money::range(50.0, 100.0).scale(4.0 * 365.0),
        1e-12
    ));
    assert!(
        row.sentence
            .contains("the plan has no program of this type"),
        "{}",
        row.sentence
    );
    assert!(
        g.notes.iter().any(|n| n.contains("Peer-run respite")),
        "{:?}",
        g.notes
    );
    // No mobile teams, no line, no residential demand: only inpatient rows and the respite beds.
    assert!(g
        .rows
        .iter()
        .all(|r| matches!(r.service, Service::Inpatient | Service::Residential)));
}

#[test]
fn entered_costs_replace_the_computed_ones() {
    let mut s = roadmap_with_beds(18.0);
    s.inventory.residential.typical.annual_cost = Some(2_500_000.0);
    let r = eval(&s);
    let g = r.gap().expect("on");
    let row = g
        .rows
        .iter()
        .find(|x| x.key == "residential.typical")
        .expect("row");
    assert!(row.today_cost_entered);
    assert_eq!(
        row.today_cost,
        Money {
            low: 2_500_000.0,
            mid: 2_500_000.0,
            high: 2_500_000.0
        }
    );
    // The cost to close is still at the program's unit cost.
    assert!(money_close(
        row.cost_to_close,
        Money::range(300.0, 450.0).scale(37.0 * 365.0),
        1e-12
    ));
    let other = g.rows.iter().find(|x| x.key == "inpatient").expect("row");
    assert!(!other.today_cost_entered);
}

#[test]
fn switched_off_streams_are_left_out_with_a_note() {
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.enabled = true;
    s.youth.enabled = false;
    s.crisis_line.enabled = false;
    s.inventory.youth_receiving.capacity = 3.0;
    s.inventory.crisis_line.capacity = 12.0;
    let r = eval(&s);
    let g = r.gap().expect("on");
    assert!(g
        .rows
        .iter()
        .all(|r| !r.youth && r.service != Service::CrisisLine));
    assert!(
        g.notes.iter().any(|n| n.contains("youth stream is off")),
        "{:?}",
        g.notes
    );
    assert!(g
        .notes
        .iter()
        .any(|n| n.contains("crisis line is not part of the plan")));
}

/// Several programs of one type are one row: the sum of their beds and loads.
#[test]
fn programs_of_one_type_are_one_row() {
    let mut s = preset(PresetId::Roadmap);
    s.programs = vec![
        ProgramKind::PeerRespite.defaults(),
        ProgramKind::PeerRespite.defaults(),
    ];
    s.programs[0].share = 0.5;
    s.programs[1].share = 0.5;
    s.programs[1].cost_per_day_low = 150.0;
    s.programs[1].cost_per_day_high = 200.0;
    s.inventory.enabled = true;
    s.inventory.residential.peer_respite.capacity = 20.0;
    let r = eval(&s);
    let g = r.gap().expect("on");
    let rows: Vec<_> = g
        .rows
        .iter()
        .filter(|x| x.service == Service::Residential)
        .collect();
    assert_eq!(rows.len(), 1);
    let row = rows[0];
    let beds: u64 = r.adult.programs.iter().map(|p| p.facility.beds).sum();
    assert_eq!(row.need, beds as f64);
    assert!(close(row.load, r.adult.residential.load, 1e-12));
    let b = erlang_b_ref(row.load, 20);
    assert!(close(row.loss.expect("loss").days_full_today, b, 1e-9));
    // Equal beds: the mean of the two ranges.
    assert!(money_close(
        row.annual_cost_per_unit,
        Money::range(100.0, 150.0).scale(365.0),
        1e-12
    ));
}

/// Mobile teams and the crisis line: Erlang C with today's posts.
#[test]
fn delay_systems_use_erlang_c_with_todays_posts() {
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.enabled = true;
    s.inventory.mobile.capacity = 2.0;
    // 8 FTE × 1,750 h × 70% / 8,760 h per post = 1.12: 1 counselor on duty.
    s.inventory.crisis_line.capacity = 8.0;
    let r = eval(&s);
    let g = r.gap().expect("on");
    let m = g
        .rows
        .iter()
        .find(|x| x.service == Service::Mobile)
        .expect("mobile");
    let d = m.delay.expect("delay");
    assert_eq!((d.on_duty_today, d.on_duty_planned), (2, r.mobile.teams));
    assert!(close(
        d.share_in_time_today,
        erlang::service_level(r.mobile.load, 2, 10.0 / 60.0, 2.0),
        1e-12
    ));
    assert!(d.share_in_time_today < d.target_share);
    assert!(close(
        d.share_in_time_planned,
        r.mobile.share_meeting_target,
        1e-12
    ));
    let l = g
        .rows
        .iter()
        .find(|x| x.service == Service::CrisisLine)
        .expect("line");
    let d = l.delay.expect("delay");
    assert_eq!(d.on_duty_today, 1);
    assert!(close(
        d.share_in_time_today,
        erlang::service_level(r.crisis_line.load, 1, 20.0 / 60.0, 15.0),
        1e-12
    ));
    assert!(
        l.sentence.contains("about 1 on duty around the clock"),
        "{}",
        l.sentence
    );
    assert!(close(l.shortfall, r.crisis_line.fte - 8.0, 1e-12));
}

// ---------------------------------------------------------------------------------------------
// Validation, sources, the scenario format, the command line.

#[test]
fn inventory_validation_messages() {
    type Edit = fn(&mut Inventory);
    let cases: &[(Edit, &str, &str)] = &[
        (|i| i.residential.high_medical.capacity = -1.0, "inventory.residential.high-medical.capacity", "Today's high medical/nursing residential crisis beds must be a whole number from 0 to 100,000."),
        (|i| i.youth_residential.sud.capacity = 2.5, "inventory.youth_residential.sud.capacity", "Today's youth withdrawal management and sobering beds must be a whole number from 0 to 100,000."),
        (|i| i.receiving.capacity = f64::NAN, "inventory.receiving.capacity", "Today's receiving-facility chairs must be a whole number from 0 to 100,000."),
        (|i| i.youth_inpatient.capacity = 1e9, "inventory.youth_inpatient.capacity", "Today's youth psychiatric inpatient beds must be a whole number from 0 to 100,000."),
        (|i| i.mobile.capacity = 1.5, "inventory.mobile.capacity", "Today's mobile crisis teams on duty must be a whole number from 0 to 100,000."),
        (|i| i.crisis_line.capacity = -0.5, "inventory.crisis_line.capacity", "Today's crisis-line counselor FTE must be a number from 0 to 100,000."),
        (|i| i.mobile.annual_cost = Some(-5.0), "inventory.mobile.annual_cost", "Today's annual cost of the mobile crisis teams on duty must be a number of dollars from $0 to $100,000,000,000, or left empty to cost them at the scenario's unit cost."),
        (|i| i.residential.living_room.annual_cost = Some(f64::INFINITY), "inventory.residential.living-room.annual_cost", "Today's annual cost of the Living Room beds must be a number of dollars from $0 to $100,000,000,000, or left empty to cost them at the scenario's unit cost."),
    ];
    for (edit, field, message) in cases {
        let mut s = preset(PresetId::CrisisNow);
        s.inventory.enabled = true;
        edit(&mut s.inventory);
        let problems = validate(&s);
        assert_eq!(problems.len(), 1, "{field}: {problems:?}");
        assert_eq!(problems[0].field, *field);
        assert_eq!(problems[0].message, *message);
        assert!(field_paths(&s).contains(&problems[0].field), "{field}");
        assert!(evaluate(&s).is_err());
        // Switched off, nothing is checked.
        s.inventory.enabled = false;
        assert!(validate(&s).is_empty(), "{field}");
    }
    // Fractional FTE are fine; whole numbers of beds are fine; an empty cost is fine.
    let mut s = preset(PresetId::CrisisNow);
    s.inventory.enabled = true;
    s.inventory.crisis_line.capacity = 12.6;
    s.inventory.residential.sud.capacity = 16.0;
    s.inventory.residential.sud.annual_cost = Some(0.0);
    assert_eq!(validate(&s), vec![]);
}

#[test]
fn every_inventory_path_has_a_source() {
    let s = preset(PresetId::CrisisNow);
    let paths = field_paths(&s);
    for e in Entry::all() {
        for p in [e.capacity_path(), e.cost_path()] {
            assert!(paths.contains(&p), "{p}");
            let src = source_of(PresetId::Roadmap, &p).expect("a source");
            assert!(src.note().starts_with("Entered by the user"), "{p}");
        }
    }
    assert!(paths.contains(&"inventory.enabled".to_string()));
    for p in [
        "inventory.nope.capacity",
        "inventory.residential.nope.capacity",
        "inventory.mobile.nope",
        "inventory.",
    ] {
        assert_eq!(source_of(PresetId::CrisisNow, p), None, "{p}");
    }
    assert_eq!(
        Entry::from_key("residential.peer-respite"),
        Some(Entry::Residential {
            youth: false,
            kind: ProgramKind::PeerRespite
        })
    );
    assert_eq!(Entry::all().len(), 22);
}

#[test]
fn inventory_and_scores_round_trip() {
    let mut s = roadmap_with_beds(18.0);
    s.inventory.residential.typical.annual_cost = Some(1_234_567.5);
    s.inventory.youth_receiving = Today::with_cost(4.0, 9e5);
    s.inventory.crisis_line = Today::new(12.25);
    s.assessment.set_score("criterion-5", Some(2));
    s.assessment.set_score("living-room", Some(1));
    for text in [s.to_json(), s.to_json_pretty()] {
        assert_eq!(Scenario::from_json(&text).expect("reads"), s);
    }
    let back = link::decode(&link::encode(&s)).expect("link");
    assert_eq!(back, s);
    // The link holds only what differs from the preset.
    let preset_len = link::encode(&preset(PresetId::Roadmap)).len();
    assert!(
        link::encode(&s).len() < preset_len + 400,
        "{}",
        link::encode(&s).len()
    );
    // A partial file fills the rest; a null cost means "at the unit cost".
    let s = Scenario::from_json(
        r#"{"version": 1, "preset": "roadmap",
            "inventory": {"enabled": true, "residential": {"typical": {"capacity": 18}},
                          "mobile": {"capacity": 2, "annual_cost": null}},
            "assessment": {"scores": {"criterion-7": 3, "youth": null}}}"#,
    )
    .expect("reads");
    assert!(s.inventory.enabled);
    assert_eq!(s.inventory.residential.typical, Today::new(18.0));
    assert_eq!(s.inventory.mobile, Today::new(2.0));
    assert_eq!(s.inventory.receiving, Today::default());
    assert_eq!(s.assessment.score("criterion-7"), Some(3));
    assert_eq!(s.assessment.score("youth"), None);
    assert_eq!(s.assessment.scores.len(), 1);
    // Typed text that is not a number (NaN) becomes the default on the way back.
    let mut s = roadmap_with_beds(18.0);
    s.inventory.mobile.capacity = f64::NAN;
    s.assessment.scores.insert("criterion-1".into(), f64::NAN);
    let back = Scenario::from_json(&s.to_json()).expect("reads");
    assert_eq!(back.inventory.mobile.capacity, 0.0);
    assert!(back.assessment.scores.is_empty());
    // Unknown fields and program types are refused.
    for text in [
        r#"{"version": 1, "inventory": {"beds": 3}}"#,
        r#"{"version": 1, "inventory": {"residential": {"crisis-unit": {"capacity": 3}}}}"#,
        r#"{"version": 1, "inventory": {"mobile": {"teams": 3}}}"#,
        r#"{"version": 1, "assessment": {"notes": {}}}"#,
    ] {
        assert!(Scenario::from_json(text).is_err(), "{text}");
    }
    // Old files (no inventory) still read, with the inventory off.
    let old = Scenario::from_json(include_str!("fixtures/scenario-v1.json")).expect("fixture");
    assert_eq!(old.inventory, Inventory::default());
    assert!(eval(&old).gap().is_none());
}

#[test]
fn the_command_line_prints_the_gap() {
    use std::process::Command;
    let dir = std::env::temp_dir().join(format!("crisis-gap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("county.json");
    std::fs::write(&file, roadmap_with_beds(18.0).to_json()).expect("write");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_crisis-plan"))
            .args(args)
            .output()
            .expect("run crisis-plan");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let path = file.to_str().expect("path");
    let v: serde_json::Value =
        serde_json::from_str(&run(&["--scenario", path, "--format", "json"])).expect("json");
    let rows = v["gap"]["rows"].as_array().expect("gap rows");
    let row = rows
        .iter()
        .find(|r| r["key"] == "residential.typical")
        .expect("row");
    assert_eq!(row["need"], 55.0);
    assert_eq!(row["shortfall"], 37.0);
    assert!(row["loss"]["days_full_today"]
        .as_f64()
        .is_some_and(|b| close(b, erlang_b_ref(ROADMAP_LOAD, 18), 1e-9)));
    assert!(v["gap"]["totals"]["cost_to_close"]["mid"]
        .as_f64()
        .is_some_and(|x| x > 0.0));
    assert_eq!(v["self_assessment"]["basis"], "today");
    let table = run(&["--scenario", path]);
    assert!(table.contains("TODAY AGAINST NEED"), "{table}");
    assert!(
        table.contains("turn away about 2,300 people a year"),
        "{table}"
    );
    // Without an inventory the output is as before.
    let v: serde_json::Value =
        serde_json::from_str(&run(&["--preset", "roadmap", "--format", "json"])).expect("json");
    assert!(v.get("gap").is_none() && v.get("self_assessment").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Youth rows say "Youth" once: a youth program whose name already says so is not prefixed again.
#[test]
fn youth_rows_name_the_stream_once() {
    let mut s = Scenario::default();
    s.youth.enabled = true;
    s.inventory.enabled = true;
    let r = eval(&s);
    for lang in [Lang::En, Lang::Es] {
        let g = r.gap_in(lang).expect("on");
        let youth: Vec<&str> = g
            .rows
            .iter()
            .filter(|x| x.youth)
            .map(|x| x.label.as_str())
            .collect();
        assert!(!youth.is_empty());
        for label in youth {
            let lower = label.to_lowercase();
            let times = lower.matches("youth").count() + lower.matches("jóvenes").count();
            assert_eq!(times, 1, "{label}");
        }
    }
}
