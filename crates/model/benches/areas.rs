//! Criterion benchmarks of many areas at once: reading and evaluating a table of 3,143 areas
//! (every US county) and of 100,000 areas (one thread, as the page runs it; the command line
//! spreads the evaluation over the cores).
//!
//! `cargo bench -p crisis-model --bench areas -- --warm-up-time 1 --measurement-time 5`

use std::hint::black_box;

use crisis_model::areas::{evaluate_areas, read_areas};
use crisis_model::{Lang, Scenario};
use criterion::{criterion_group, criterion_main, Criterion};

/// A table of `n` areas: populations spread from 1,000 to about 10 million on a log scale (as
/// counties are), every third rural, a rate on every fifth, 50 regions.
fn table(n: usize) -> String {
    let mut text = String::from("name,population,rate,rural,region\n");
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let u = (x >> 11) as f64 / (1u64 << 53) as f64;
        let population = (1_000.0 * 10f64.powf(4.0 * u)).round();
        let rate = if i % 5 == 0 { "240" } else { "" };
        let rural = if i % 3 == 0 { "yes" } else { "no" };
        text.push_str(&format!(
            "Area {i},{population},{rate},{rural},Region {}\n",
            i % 50
        ));
    }
    text
}

fn areas(c: &mut Criterion) {
    let base = Scenario::default();
    let mut group = c.benchmark_group("areas");
    group.sample_size(10);
    for n in [3_143, 100_000] {
        let text = table(n);
        group.bench_function(format!("read/{n}"), |b| {
            b.iter(|| read_areas(black_box(&text)))
        });
        let list = read_areas(&text).expect("table").areas;
        group.bench_function(format!("evaluate/{n}"), |b| {
            b.iter(|| evaluate_areas(black_box(&base), black_box(&list), Lang::En))
        });
    }
    group.finish();
}

criterion_group!(benches, areas);
criterion_main!(benches);
