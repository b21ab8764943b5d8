//! Erlang B and Erlang C against published table values and against an independent
//! computation (written differently from the implementation: log-space sums of Poisson terms).

// Reference values are written with all the digits they were computed to.
#![allow(clippy::excessive_precision)]

use crisis_model::erlang::{
    erlang_b, erlang_c, service_level, size_days_full, size_delay, size_occupancy,
};

/// Erlang B computed independently: B = (A^c / c!) / Σ_{k=0..c} A^k / k!, in log space with a
/// log-sum-exp (no recurrence, no warm start).
fn erlang_b_independent(a: f64, c: u64) -> f64 {
    let ln_a = a.ln();
    let mut ln_fact = 0.0;
    let mut terms = Vec::with_capacity(c as usize + 1);
    for k in 0..=c {
        if k > 0 {
            ln_fact += (k as f64).ln();
        }
        terms.push(k as f64 * ln_a - ln_fact);
    }
    let max = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let sum: f64 = terms.iter().map(|t| (t - max).exp()).sum();
    (terms[c as usize] - max - sum.ln()).exp()
}

/// Erlang C computed independently from its textbook form:
/// C = (A^c/c! · c/(c−A)) / (Σ_{k<c} A^k/k! + A^c/c! · c/(c−A)), in log space.
fn erlang_c_independent(a: f64, c: u64) -> f64 {
    let ln_a = a.ln();
    let mut ln_fact = 0.0;
    let mut terms = Vec::with_capacity(c as usize + 1);
    for k in 0..c {
        if k > 0 {
            ln_fact += (k as f64).ln();
        }
        terms.push(k as f64 * ln_a - ln_fact);
    }
    ln_fact += (c as f64).ln();
    let last = c as f64 * ln_a - ln_fact + (c as f64 / (c as f64 - a)).ln();
    terms.push(last);
    let max = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let sum: f64 = terms.iter().map(|t| (t - max).exp()).sum();
    (last - max - sum.ln()).exp()
}

/// Published Erlang B tables give the load A that c servers carry at a grade of service (the
/// blocking B). At that A, B(A, c) must equal the grade of service to 4 decimals.
/// (A, c, grade of service, where published)
const PUBLISHED_B: &[(f64, u64, f64, &str)] = &[
    (
        8.108,
        15,
        0.01,
        "erlang.com calculator manual: 15 lines at 1% blocking carry 8.108 E",
    ),
    (0.0526, 1, 0.05, "Erlang B table, 1 circuit, 5%"),
    (0.153, 2, 0.01, "Erlang B table, 2 circuits, 1%"),
    (0.455, 3, 0.01, "Erlang B table, 3 circuits, 1%"),
    (0.899, 3, 0.05, "Erlang B table, 3 circuits, 5%"),
    (1.361, 5, 0.01, "Erlang B table, 5 circuits, 1%"),
    (4.461, 10, 0.01, "Erlang B table, 10 circuits, 1%"),
    (5.084, 10, 0.02, "Erlang B table, 10 circuits, 2%"),
    (6.216, 10, 0.05, "Erlang B table, 10 circuits, 5%"),
    (12.031, 20, 0.01, "Erlang B table, 20 circuits, 1%"),
    (13.182, 20, 0.02, "Erlang B table, 20 circuits, 2%"),
    (15.249, 20, 0.05, "Erlang B table, 20 circuits, 5%"),
    (37.901, 50, 0.01, "Erlang B table, 50 circuits, 1%"),
    (44.533, 50, 0.05, "Erlang B table, 50 circuits, 5%"),
    (84.064, 100, 0.01, "Erlang B table, 100 circuits, 1%"),
    (95.24, 100, 0.05, "Erlang B table, 100 circuits, 5%"),
];

#[test]
fn erlang_b_matches_published_tables_to_4_decimals() {
    for &(a, c, gos, what) in PUBLISHED_B {
        let b = erlang_b(a, c);
        assert!(
            (b - gos).abs() < 0.00005,
            "{what}: B({a}, {c}) = {b:.6}, table {gos}"
        );
    }
}

/// Reference values computed to 60 significant digits with exact decimal arithmetic
/// (1/B = Σ_j Π_{i<j} (c−i)/A, Python `decimal`), independently of this crate.
/// (A, c, B)
const REFERENCE_B: &[(f64, u64, f64)] = &[
    (0.1, 1, 9.090909090909091e-2),
    (0.1, 2, 4.524886877828054e-3),
    (1.0, 1, 5.000000000000000e-1),
    (1.0, 3, 6.250000000000000e-2),
    (2.5, 5, 6.973111681356689e-2),
    (10.0, 10, 2.145823431073473e-1),
    (10.0, 15, 3.649694547237079e-2),
    (100.0, 100, 7.570045271086097e-2),
    (100.0, 110, 2.746344844982292e-2),
    (1000.0, 1000, 2.481191764616041e-2),
    (1000.0, 1050, 3.813135984540155e-3),
    (5000.0, 5100, 2.243579295560525e-3),
    (10000.0, 10000, 7.936563248805672e-3),
    (10000.0, 10200, 5.542999314900134e-4),
    (100000.0, 100500, 3.830649761256449e-4),
];

#[test]
fn erlang_b_matches_high_precision_reference() {
    for &(a, c, want) in REFERENCE_B {
        let got = erlang_b(a, c);
        assert!(
            (got - want).abs() <= 1e-12 * want.max(1e-300) + 1e-15,
            "B({a}, {c}) = {got:e}, reference {want:e}"
        );
        // The log-space computation agrees too (to its own, lower, precision).
        // The log-space computation agrees too, to its own lower precision (its sums of
        // logarithms lose digits as c grows).
        let ind = erlang_b_independent(a, c);
        assert!(
            (ind - want).abs() <= 1e-7 * want,
            "independent B({a},{c}) = {ind:e}"
        );
    }
}

#[test]
fn erlang_b_matches_independent_computation_across_loads() {
    for &a in &[0.1f64, 0.5, 3.7, 49.3, 250.0, 999.9, 2_500.0, 10_000.0] {
        for &f in &[0.5f64, 0.9, 1.0, 1.1, 1.3, 2.0] {
            let c = ((a * f).ceil() as u64).max(1);
            let got = erlang_b(a, c);
            let want = erlang_b_independent(a, c);
            assert!(
                (got - want).abs() <= 1e-8 * want + 1e-300,
                "B({a}, {c}) = {got:e} vs {want:e}"
            );
        }
    }
}

#[test]
fn erlang_b_is_finite_and_sane_up_to_100000_erlangs() {
    for &a in &[1e-9, 1e-3, 1.0, 1e3, 1e4, 5e4, 1e5] {
        for &c in &[0u64, 1, 2, 10, 1_000, 10_000, 100_000, 120_000, 1_000_000] {
            let b = erlang_b(a, c);
            assert!(
                b.is_finite() && (0.0..=1.0).contains(&b),
                "B({a},{c}) = {b}"
            );
        }
    }
    // Decreasing in c, increasing in a.
    let mut prev = 1.0;
    for c in 99_000..99_200 {
        let b = erlang_b(100_000.0, c);
        assert!(b <= prev);
        prev = b;
    }
    assert!(erlang_b(100_000.0, 100_000) < erlang_b(100_001.0, 100_000));
}

/// Erlang C, published: Call Centre Helper's worked example (100 calls a half hour, 180 s
/// handle time: 10 erlangs) gives a 68.21% probability of waiting with 11 agents. Textbook
/// closed forms: M/M/1 waits with probability ρ; M/M/2 at 1 erlang with probability 1/3.
#[test]
fn erlang_c_matches_published_values() {
    let cases: &[(f64, u64, f64, f64, &str)] = &[
        (
            10.0,
            11,
            0.6821,
            0.00005,
            "Call Centre Helper: 10 E, 11 agents",
        ),
        (0.5, 1, 0.5, 1e-12, "M/M/1: C = rho"),
        (0.9, 1, 0.9, 1e-12, "M/M/1: C = rho"),
        (1.0, 2, 1.0 / 3.0, 1e-12, "M/M/2 at 1 erlang: 1/3"),
        (2.0, 3, 4.0 / 9.0, 1e-12, "M/M/3 at 2 erlangs: 4/9"),
    ];
    for &(a, c, want, tol, what) in cases {
        let got = erlang_c(a, c);
        assert!((got - want).abs() < tol, "{what}: C({a},{c}) = {got}");
    }
}

/// Erlang C reference values to 60 digits (exact decimal arithmetic from Erlang B, Python
/// `decimal`), independent of this crate. (A, c, C)
const REFERENCE_C: &[(f64, u64, f64)] = &[
    (0.5, 1, 5.000000000000000e-1),
    (1.0, 2, 3.333333333333333e-1),
    (2.0, 3, 4.444444444444444e-1),
    (10.0, 11, 6.821182046893324e-1),
    (10.0, 12, 4.493882242982709e-1),
    (10.0, 15, 1.020423670079880e-1),
    (48.0, 55, 2.387009363780092e-1),
    (100.0, 110, 2.370075002850527e-1),
    (1000.0, 1030, 2.489087858436020e-1),
    (10000.0, 10100, 2.247629064665322e-1),
];

#[test]
fn erlang_c_matches_high_precision_reference() {
    for &(a, c, want) in REFERENCE_C {
        let got = erlang_c(a, c);
        assert!(
            (got - want).abs() <= 1e-12 * want,
            "C({a}, {c}) = {got:e}, reference {want:e}"
        );
        let ind = erlang_c_independent(a, c);
        assert!(
            (ind - want).abs() <= 1e-7 * want,
            "independent C({a},{c}) = {ind:e}"
        );
    }
    for &a in &[0.1f64, 0.8, 7.5, 63.0, 480.0, 3_000.0, 10_000.0] {
        for &extra in &[1.0f64, 2.0, 5.0, 20.0] {
            let c = (a + extra * a.sqrt().max(1.0)).ceil() as u64;
            let got = erlang_c(a, c);
            let want = erlang_c_independent(a, c);
            assert!(
                (got - want).abs() <= 1e-8 * want + 1e-300,
                "C({a}, {c}) = {got:e} vs {want:e}"
            );
        }
    }
}

#[test]
fn service_level_formula() {
    // 10 erlangs, 180 s handle time, 20 s target: SL = 1 − C·exp(−(c − A)·t/AHT).
    for (c, want_c) in [(11u64, 0.6821182046893324), (12, 0.4493882242982709)] {
        let want = 1.0 - want_c * (-((c as f64) - 10.0) * 20.0 / 180.0).exp();
        let got = service_level(10.0, c, 20.0, 180.0);
        assert!((got - want).abs() < 1e-12, "SL(10, {c}) = {got} vs {want}");
    }
    assert_eq!(service_level(10.0, 10, 20.0, 180.0), 0.0);
    assert_eq!(service_level(0.0, 0, 20.0, 180.0), 1.0);
    assert!((service_level(10.0, 11, 0.0, 180.0) - (1.0 - 0.6821182046893324)).abs() < 1e-12);
}

/// Sizing cases, one per line: (load, days-full target, max utilization, beds).
/// Beds checked against the definition with the independent Erlang B.
#[test]
fn days_full_sizing_is_the_smallest_number_meeting_both_bounds() {
    let cases: &[(f64, f64, f64)] = &[
        (0.5, 0.05, 0.95),
        (2.0, 0.05, 0.95),
        (49.315_068_493_150_686, 0.05, 0.95),
        (49.315_068_493_150_686, 0.01, 0.95),
        (150.0, 0.05, 0.95),
        (1_000.0, 0.05, 0.95),
        (10_000.0, 0.05, 0.95),
        (10_000.0, 0.001, 0.99),
        (100_000.0, 0.05, 0.95),
    ];
    for &(a, t, u) in cases {
        let s = size_days_full(a, t, u);
        let c = s.servers;
        let ok = |c: u64| {
            let b = erlang_b_independent(a, c);
            b <= t && a * (1.0 - b) / c as f64 <= u
        };
        assert!(ok(c), "a={a}: {c} servers fail the rule");
        assert!(!ok(c - 1), "a={a}: {} servers already meet the rule", c - 1);
        assert!((s.blocking - erlang_b_independent(a, c)).abs() < 1e-9);
    }
    // The worked example: 55 beds, full on 4.8% of days, 85% utilization.
    let w = size_days_full(300.0 * 12.0 / 365.0 * 5.0, 0.05, 0.95);
    assert_eq!(w.servers, 55);
    assert_eq!(format!("{:.1}%", w.blocking * 100.0), "4.8%");
    assert_eq!(format!("{:.0}%", w.utilization * 100.0), "85%");
    // Large pools: the 95% bound binds (DOMAIN.md section 4).
    let big = size_days_full(10_000.0, 0.05, 0.95);
    assert_eq!(big.servers, (10_000.0f64 / 0.95).ceil() as u64);
}

#[test]
fn occupancy_and_delay_sizing() {
    assert_eq!(size_occupancy(49.315, 0.85).servers, 59);
    assert_eq!(size_occupancy(85.0, 0.85).servers, 100);
    // 10 erlangs, 80% within 20 s of a 180 s call: 13 agents answer 79.6% in time, 14 answer 88.8%.
    let d = size_delay(10.0, 0.8, 20.0, 180.0);
    let sl = |c: u64| 1.0 - erlang_c_independent(10.0, c) * (-((c as f64) - 10.0) / 9.0).exp();
    assert!(sl(d.servers) >= 0.8 && sl(d.servers - 1) < 0.8, "{d:?}");
    assert_eq!(d.servers, 14);
    // Share served at once ≥ 90% at 1 erlang.
    let at_once = size_delay(1.0, 0.9, 0.0, 1.0);
    assert!(1.0 - erlang_c_independent(1.0, at_once.servers) >= 0.9);
    assert!(1.0 - erlang_c_independent(1.0, at_once.servers - 1) < 0.9);
}
