//! Criterion benchmarks: a whole scenario evaluated, the sizing of a load of 10,000, and the
//! uncertainty tools (10,000 Monte Carlo draws, 100 simulated years of a program, the tornado),
//! and a 20-year build-out plan with the suggested phasing.
//!
//! `cargo bench -p crisis-model --bench model -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use crisis_model::erlang::{erlang_b, size_days_full, size_delay, size_occupancy};
use crisis_model::{
    evaluate, preset, run_monte_carlo, run_simulation, simulate_loss, tornado, validate,
    LossSystem, PresetId, StayDistribution, Stays,
};
use criterion::{criterion_group, criterion_main, Criterion};

fn whole_scenario(c: &mut Criterion) {
    for id in PresetId::ALL {
        let s = preset(id);
        c.bench_function(&format!("evaluate/{}", id.id()), |b| {
            b.iter(|| evaluate(black_box(&s)))
        });
    }
    let s = preset(PresetId::CrisisNow);
    c.bench_function("validate/crisis-now", |b| {
        b.iter(|| validate(black_box(&s)))
    });
    let r = evaluate(&s).expect("valid");
    c.bench_function("explain-all/crisis-now", |b| {
        b.iter(|| black_box(&r).explanations())
    });
    let mut big = preset(PresetId::CrisisNow);
    big.population = 10_000_000.0;
    c.bench_function("evaluate/crisis-now-10-million", |b| {
        b.iter(|| evaluate(black_box(&big)))
    });
}

fn sizing(c: &mut Criterion) {
    c.bench_function("size-days-full/load-10000", |b| {
        b.iter(|| size_days_full(black_box(10_000.0), black_box(0.05), black_box(0.95)))
    });
    c.bench_function("size-days-full/load-49.3", |b| {
        b.iter(|| size_days_full(black_box(49.315), black_box(0.05), black_box(0.95)))
    });
    c.bench_function("size-occupancy/load-10000", |b| {
        b.iter(|| size_occupancy(black_box(10_000.0), black_box(0.85)))
    });
    c.bench_function("size-delay/load-10000", |b| {
        b.iter(|| {
            size_delay(
                black_box(10_000.0),
                black_box(0.9),
                black_box(20.0),
                black_box(900.0),
            )
        })
    });
    c.bench_function("erlang-b/10000-10500", |b| {
        b.iter(|| erlang_b(black_box(10_000.0), black_box(10_500)))
    });
    c.bench_function("size-days-full/load-100000", |b| {
        b.iter(|| size_days_full(black_box(100_000.0), black_box(0.05), black_box(0.95)))
    });
}

fn uncertainty(c: &mut Criterion) {
    let s = preset(PresetId::CrisisNow);
    let mut group = c.benchmark_group("uncertainty");
    group.sample_size(20);
    group.bench_function("monte-carlo-10000/crisis-now", |b| {
        b.iter(|| run_monte_carlo(black_box(&s)))
    });
    let roadmap = preset(PresetId::Roadmap);
    group.bench_function("monte-carlo-10000/roadmap", |b| {
        b.iter(|| run_monte_carlo(black_box(&roadmap)))
    });
    // The worked example's program (9.9 admissions a day, 5-day stays, 55 beds), 100 years.
    let program = LossSystem::single(300.0 * 12.0 / 365.0, 5.0, 55);
    for distribution in StayDistribution::ALL {
        let stays = Stays {
            distribution,
            cv: 1.0,
        };
        group.bench_function(
            format!("simulate-100-years/worked-example/{}", distribution.id()),
            |b| b.iter(|| simulate_loss(black_box(&program), stays, 100, 1)),
        );
    }
    group.bench_function("simulate-100-years/crisis-now-all-programs", |b| {
        b.iter(|| run_simulation(black_box(&s)))
    });
    group.bench_function("tornado/crisis-now", |b| b.iter(|| tornado(black_box(&s))));
    group.finish();
}

fn buildout_plan(c: &mut Criterion) {
    use crisis_model::analysis::buildout::{buildout, suggest_phasing};
    let mut s = preset(PresetId::CrisisNow);
    s.buildout.set_number("horizon_years", 20.0);
    let a = suggest_phasing(&s).expect("valid");
    s.buildout.set_additions(&a);
    c.bench_function("buildout/crisis-now-20-years", |b| {
        b.iter(|| buildout(black_box(&s)))
    });
    c.bench_function("buildout/suggest-phasing", |b| {
        b.iter(|| suggest_phasing(black_box(&s)))
    });
}

criterion_group!(benches, whole_scenario, sizing, uncertainty, buildout_plan);
criterion_main!(benches);
