//! Putting the parts together: demand → flow → capacity → staffing → cost, for each stream.

use crate::eval::capacity::{facility, pool, FacilityInput, ServiceKind};
use crate::eval::cost::{finish_stream_cost, share_of};
use crate::eval::flow::{episodes_per_month, flow_results, MONTHS_PER_YEAR};
use crate::eval::results::{
    HospitalOnly, ProgramResult, Residential, Results, Split, StreamResults, Totals,
};
use crate::eval::staffing::{crisis_line, mobile};
use crate::scenario::{Flow, Program, Scenario};

/// One stream's results before the shared services (mobile teams, crisis line) are costed.
fn stream(
    s: &Scenario,
    residents: f64,
    rate: f64,
    f: &Flow,
    programs: &[Program],
) -> StreamResults {
    let entering = episodes_per_month(residents, rate);
    let flow = flow_results(f, programs, entering);
    let sizing = &s.sizing;
    let basis = s.cost_basis;

    let receiving = facility(
        FacilityInput {
            admissions_per_month: flow.receiving.per_month,
            stay_days: s.receiving.stay_days,
            max_per_facility: None,
            cost_per_day_low: s.receiving.cost_per_day_low,
            cost_per_day_high: s.receiving.cost_per_day_high,
            kind: ServiceKind::Receiving,
        },
        sizing,
        basis,
    );

    let mut residential = Residential {
        admissions_per_month: flow.residential.per_month,
        ..Residential::default()
    };
    let program_results: Vec<ProgramResult> = programs
        .iter()
        .zip(flow.program_admissions_per_month.iter())
        .map(|(p, &admissions)| {
            let fac = facility(
                FacilityInput {
                    admissions_per_month: admissions,
                    stay_days: p.stay_days,
                    max_per_facility: Some(p.max_beds_per_facility),
                    cost_per_day_low: p.cost_per_day_low,
                    cost_per_day_high: p.cost_per_day_high,
                    kind: ServiceKind::Residential,
                },
                sizing,
                basis,
            );
            residential.load += fac.load;
            residential.beds = residential.beds.saturating_add(fac.beds);
            residential.facilities = residential.facilities.saturating_add(fac.facilities);
            residential.cost = residential.cost.plus(fac.cost);
            ProgramResult {
                kind: p.kind,
                name: p.name.clone(),
                share: p.share,
                facility: fac,
            }
        })
        .collect();
    residential.pooled = pool(residential.load, sizing);

    let inpatient_input = |admissions: f64| FacilityInput {
        admissions_per_month: admissions,
        stay_days: s.inpatient.stay_days,
        max_per_facility: None,
        cost_per_day_low: s.inpatient.cost_per_day_low,
        cost_per_day_high: s.inpatient.cost_per_day_high,
        kind: ServiceKind::Inpatient,
    };
    let inpatient = facility(inpatient_input(flow.inpatient.per_month), sizing, basis);
    let counterfactual = facility(
        inpatient_input(flow.hospital_share * entering),
        sizing,
        basis,
    );
    let hospital_only = HospitalOnly {
        admissions_per_month: counterfactual.admissions_per_month,
        load: counterfactual.load,
        beds: counterfactual.beds,
        days_full: counterfactual.days_full,
        utilization: counterfactual.utilization,
        cost: counterfactual.cost,
    };

    StreamResults {
        residents,
        episodes_per_month: entering,
        episodes_per_year: entering * MONTHS_PER_YEAR,
        flow,
        receiving,
        programs: program_results,
        residential,
        inpatient,
        hospital_only,
        cost: Default::default(),
    }
}

/// Compute every result of a scenario that passed validation. (Given any scenario it still
/// returns finite numbers, but they mean something only for a valid one.)
pub(crate) fn compute(s: &Scenario) -> Results {
    let population = s.population;
    let youth_residents = if s.youth.enabled {
        population * s.youth_share
    } else {
        0.0
    };
    let mut adult = stream(s, population, s.adult.rate_per_100k, &s.flow, &s.programs);
    let mut youth = s.youth.enabled.then(|| {
        stream(
            s,
            youth_residents,
            s.youth.rate_per_100k,
            &s.youth.flow,
            &s.youth.programs,
        )
    });

    let adult_dispatches = adult.flow.mobile.per_month;
    let youth_dispatches = youth.as_ref().map_or(0.0, |y| y.flow.mobile.per_month);
    let mobile = mobile(&s.mobile, adult_dispatches + youth_dispatches);
    let line = crisis_line(&s.crisis_line, population);

    let youth_mobile_share = share_of(youth_dispatches, adult_dispatches + youth_dispatches, 0.0);
    let youth_line_share = share_of(youth_residents, population, 0.0);
    finish_stream_cost(
        &mut adult,
        mobile.cost.scale(1.0 - youth_mobile_share),
        line.cost.scale(1.0 - youth_line_share),
    );
    if let Some(y) = youth.as_mut() {
        finish_stream_cost(
            y,
            mobile.cost.scale(youth_mobile_share),
            line.cost.scale(youth_line_share),
        );
    }

    let split = |f: fn(&StreamResults) -> u64| Split::new(f(&adult), youth.as_ref().map_or(0, f));
    let annual_cost = adult
        .cost
        .total
        .plus(youth.as_ref().map_or(Default::default(), |y| y.cost.total));
    let hospital_only_cost = adult.cost.hospital_only.plus(
        youth
            .as_ref()
            .map_or(Default::default(), |y| y.cost.hospital_only),
    );
    let episodes_per_year =
        adult.episodes_per_year + youth.as_ref().map_or(0.0, |y| y.episodes_per_year);
    let totals = Totals {
        residential_beds: split(|st| st.residential.beds),
        pooled_residential_beds: split(|st| st.residential.pooled.beds),
        residential_facilities: split(|st| st.residential.facilities),
        receiving_chairs: split(|st| st.receiving.beds),
        inpatient_beds: split(|st| st.inpatient.beds),
        hospital_only_beds: split(|st| st.hospital_only.beds),
        episodes_per_year,
        mobile_teams: mobile.teams,
        mobile_fte: mobile.fte,
        crisis_line_on_duty: line.on_duty,
        crisis_line_fte: line.fte,
        annual_cost,
        hospital_only_cost,
        savings: hospital_only_cost.minus(annual_cost),
        cost_per_episode: annual_cost.per(episodes_per_year),
        cost_per_resident: annual_cost.per(population),
    };

    Results {
        place_name: s.place_name.clone(),
        preset: s.preset.clone(),
        population,
        youth_residents,
        sizing: s.sizing.clone(),
        cost_basis: s.cost_basis,
        totals,
        adult,
        youth,
        mobile,
        crisis_line: line,
        scenario: s.clone(),
    }
}
