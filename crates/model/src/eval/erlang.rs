//! Erlang B (the loss model: beds and chairs) and Erlang C (the delay model: mobile teams and
//! crisis-line counselors), and the searches that size a service with them.
//!
//! Erlang B uses the stable recurrence `B(A,0) = 1`, `B(A,k) = A·B(A,k−1) / (k + A·B(A,k−1))`,
//! carried as its reciprocal `R = 1/B`: `R(A,0) = 1`, `R(A,k) = 1 + (k/A)·R(A,k−1)` (the same
//! recurrence, without a division on the chain of dependent operations, so about three times
//! faster). `R ≥ 1` only grows; far above the load it may overflow to infinity, which is
//! `B = 0`: every value stays finite and in [0, 1].
//!
//! The recurrence is a contraction: a relative error in `B(A,k−1)` shrinks by a factor of at
//! most `k/A` at a step `k ≤ A` and never grows above the load. So for many servers the
//! recurrence may start some way below the load, from the upper bound `B = 1`, once the product
//! of those factors guarantees a relative error under `e^−45`: sizing a load of 100,000 takes a
//! few thousand steps instead of 100,000, and matches the full recurrence to 1e−12. More than
//! two million steps above the load, where `B` is below 10^−17, an absolute accuracy of `e^−40`
//! is kept instead.
//!
//! Erlang C comes from Erlang B: `C = c·B / (c − A·(1 − B))` for `c > A`, and 1 for `c ≤ A`.
//! The share of requests served within a wait `t` is `1 − C·exp(−(c − A)·t / AHT)`.

/// Erlang B: the probability that all `c` servers are busy (a new arrival is turned away) when
/// `a` erlangs are offered. Always in [0, 1]; `B(a, 0) = 1`; a load that is zero (or not a
/// number) gives 0 for any `c > 0`; an infinite load gives 1.
pub fn erlang_b(a: f64, c: u64) -> f64 {
    if c == 0 {
        return 1.0;
    }
    if a.is_nan() || a <= 0.0 {
        return 0.0;
    }
    if a.is_infinite() {
        return 1.0;
    }
    let (k, r) = warm_start(a, c);
    b_of(run(a, k, r, c))
}

/// One step of the recurrence, for `R = 1/B`: `R(a, k)` from `R(a, k−1)`.
#[inline]
fn step(a: f64, k: u64, r: f64) -> f64 {
    1.0 + (k as f64 / a) * r
}

/// `R(a, to)` from `R(a, from) = r`.
#[inline]
fn run(a: f64, from: u64, r: f64, to: u64) -> f64 {
    let mut r = r;
    let mut k = from;
    while k < to {
        k += 1;
        r = step(a, k, r);
    }
    r
}

/// `B = 1/R`, with an overflowed `R` meaning `B = 0`.
#[inline]
fn b_of(r: f64) -> f64 {
    if r.is_finite() && r >= 1.0 {
        1.0 / r
    } else if r.is_infinite() {
        0.0
    } else {
        1.0
    }
}

/// Most recurrence steps [`erlang_b`] spends to keep its relative accuracy above the load; past
/// this it settles for an absolute accuracy of `e^−40` (the value is then far below 10^−17).
const MAX_RELATIVE_STEPS: u64 = 2_000_000;

/// A point `(k, R)` with `k ≤ c` from which running the recurrence up to `c` gives `R(a, c)`.
///
/// The recurrence damps a relative error in `B` by a factor of at most `j/a` at each step
/// `j ≤ a`, and never lets it grow above the load. Starting from the upper bound `B = 1`
/// (relative error at most `a`) at an `s` below the load where the factors between `s` and
/// `min(c, a)` multiply to less than `e^−45/a` leaves a relative error under `e^−45 ≈ 3·10^−20`.
/// When that would cost more than [`MAX_RELATIVE_STEPS`] (far above the load, where `B` is
/// vanishingly small), a start close to `c` with an absolute accuracy of `e^−40` is used.
fn warm_start(a: f64, c: u64) -> (u64, f64) {
    if c <= 64 {
        return (0, 1.0);
    }
    let below = start_below(a, c);
    if c - below > MAX_RELATIVE_STEPS {
        if let Some(above) = start_above(a, c) {
            return (above.max(below), 1.0);
        }
    }
    (below, 1.0)
}

/// Like [`warm_start`], for an absolute error under `e^−40` only (enough to compare `B` with a
/// target or to use `1 − B`), which allows a start above the load, close to `c`.
fn warm_start_absolute(a: f64, c: u64) -> (u64, f64) {
    if c <= 64 {
        return (0, 1.0);
    }
    let below = start_below(a, c);
    (start_above(a, c).unwrap_or(0).max(below), 1.0)
}

/// The largest `s ≤ min(c, a)` such that the relative-error damping `Π_{j=s+1}^{min(c,a)} j/a`
/// is below `e^−(45 + ln a)`. With `|ln(a/j)| ≥ (a − j)/a` and `d0 = a − top` the damping of `n`
/// steps down from `top` is at least `(n·d0 + n(n−1)/2)/a`; solve for `n`.
fn start_below(a: f64, c: u64) -> u64 {
    let top = if (c as f64) > a { a.floor() as u64 } else { c };
    let need = 45.0 + a.max(1.0).ln();
    let d0 = (a - top as f64).max(0.0);
    let lin = 2.0 * d0 - 1.0;
    let n = ((-lin + (lin * lin + 8.0 * a * need).sqrt()) / 2.0).ceil() + 1.0;
    if n.is_finite() && n >= 0.0 {
        top.saturating_sub(n as u64)
    } else {
        0
    }
}

/// A start close to `c`, far above the load, for an absolute error under `e^−40`: above the
/// load the damping factor at step `j` is at most `a/j`, with `|ln(j/a)| ≥ (j − a)/j ≥
/// (j − a)/c`, so `n` steps down from `c` damp by at least `(n·e0 − n(n−1)/2)/c` with
/// `e0 = c − a`. `None` when `c` is not far enough above the load for this to reach `e^−40`.
fn start_above(a: f64, c: u64) -> Option<u64> {
    let cf = c as f64;
    let e0 = cf - a;
    if e0 <= 0.0 {
        return None;
    }
    let lin = 2.0 * e0 + 1.0;
    let disc = lin * lin - 320.0 * cf;
    if disc < 0.0 {
        return None;
    }
    let n = ((lin - disc.sqrt()) / 2.0).ceil() + 1.0;
    if n.is_finite() && n >= 0.0 && n <= e0 {
        Some(c.saturating_sub(n as u64))
    } else {
        None
    }
}

/// Erlang C: the probability that a request has to wait (all `c` servers busy) in a queue
/// offered `a` erlangs. 1 when `c ≤ a` (the queue grows without end); 0 for no load.
pub fn erlang_c(a: f64, c: u64) -> f64 {
    if a.is_nan() || a <= 0.0 {
        return 0.0;
    }
    let cf = c as f64;
    if cf <= a {
        return 1.0;
    }
    let b = erlang_b(a, c);
    c_from_b(a, cf, b)
}

#[inline]
fn c_from_b(a: f64, cf: f64, b: f64) -> f64 {
    if cf <= a {
        return 1.0;
    }
    let denom = cf - a * (1.0 - b);
    if denom > 0.0 {
        (cf * b / denom).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

/// The share of requests that wait at most `wait` (in the same unit as `handle`, the mean
/// service time): `1 − C·exp(−(c − a)·wait / handle)`. With `wait = 0` this is the share served
/// at once, `1 − C`. Always in [0, 1].
pub fn service_level(a: f64, c: u64, wait: f64, handle: f64) -> f64 {
    if a.is_nan() || a <= 0.0 {
        return 1.0;
    }
    let cf = c as f64;
    if cf <= a {
        return 0.0;
    }
    let pw = erlang_c(a, c);
    level_from_c(a, cf, pw, wait_ratio(wait, handle))
}

/// `wait / handle`, made safe: a non-positive or non-finite wait counts as 0 (serve at once), a
/// non-positive handle time as an infinitely long allowed wait.
fn wait_ratio(wait: f64, handle: f64) -> f64 {
    let wait_ok = wait.is_finite() && wait > 0.0;
    let handle_ok = handle.is_finite() && handle > 0.0;
    match (wait_ok, handle_ok) {
        (false, _) => 0.0,
        (true, false) => f64::INFINITY,
        (true, true) => wait / handle,
    }
}

#[inline]
fn level_from_c(a: f64, cf: f64, pw: f64, ratio: f64) -> f64 {
    let x = (cf - a) * ratio;
    let decay = if x.is_finite() { (-x).exp() } else { 0.0 };
    (1.0 - pw * decay).clamp(0.0, 1.0)
}

/// The outcome of sizing a loss system (beds, chairs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LossSizing {
    /// Servers (beds or chairs).
    pub servers: u64,
    /// Erlang B at that number: the share of time (days) every server is busy.
    pub blocking: f64,
    /// Carried load per server: `a·(1 − B) / servers` (0 when there are no servers).
    pub utilization: f64,
}

impl LossSizing {
    fn none() -> LossSizing {
        LossSizing {
            servers: 0,
            blocking: 0.0,
            utilization: 0.0,
        }
    }

    fn at(a: f64, servers: u64, blocking: f64) -> LossSizing {
        let utilization = if servers == 0 {
            0.0
        } else {
            (a * (1.0 - blocking) / servers as f64).clamp(0.0, 1.0)
        };
        LossSizing {
            servers,
            blocking,
            utilization,
        }
    }
}

/// The days-full rule: the smallest `c` with `B(a, c) ≤ target` and `a·(1 − B)/c ≤
/// max_utilization`. A load of zero needs no servers. `target` is clamped to (0, 1] and
/// `max_utilization` to (0, 1], so any input gives an answer.
pub fn size_days_full(a: f64, target: f64, max_utilization: f64) -> LossSizing {
    if a.is_nan() || a <= 0.0 || a.is_infinite() {
        return LossSizing::none();
    }
    let t = if target.is_nan() {
        0.05
    } else {
        target.clamp(1e-12, 1.0)
    };
    let u = if max_utilization.is_nan() {
        0.95
    } else {
        max_utilization.clamp(1e-3, 1.0)
    };
    // Any answer has c ≥ a·(1 − B(c))/u ≥ a·(1 − t)/u: start the search just below that.
    let lower = (a * (1.0 - t) / u).floor();
    let start = if lower >= 2.0 { lower as u64 - 1 } else { 1 };
    // Past this many servers both conditions hold for any t ≥ 1e-12 (a safety bound only).
    let cap = ((a / u).max(a + 60.0 * a.sqrt() + 100.0) + 100.0) as u64;
    let (k0, r0) = warm_start(a, start);
    let mut r = run(a, k0, r0, start);
    let mut k = start.max(k0);
    // B ≤ t is R ≥ 1/t (no division while the servers are still too few to matter).
    let r_min = 1.0 / t;
    let meets = |k: u64, r: f64| r >= r_min && a * (1.0 - b_of(r)) <= u * k as f64;
    // A jump longer than this restarts the recurrence close to its target instead of running
    // the recurrence all the way there.
    let restart_beyond = 64.0 * a.sqrt() + 4_096.0;
    loop {
        if k >= 1 && meets(k, r) {
            return LossSizing::at(a, k, b_of(r));
        }
        if k >= cap {
            return LossSizing::at(a, k, b_of(r));
        }
        // Every answer c ≥ k has B(c) ≤ B(k), so c ≥ a·(1 − B(k))/u: jump there when it is far.
        let bound = (a * (1.0 - b_of(r)) / u).floor().min(cap as f64);
        if bound > (k + 16) as f64 {
            let target_k = bound as u64;
            if bound - k as f64 > restart_beyond {
                // Far above the load B is tiny: an absolute accuracy is all the rule needs.
                let (j, rj) = warm_start_absolute(a, target_k);
                if j > k {
                    k = j;
                    r = rj;
                }
            }
            r = run(a, k, r, target_k);
            k = target_k;
            continue;
        }
        // Step one server at a time until the bound is worth computing again.
        for _ in 0..16 {
            k += 1;
            r = step(a, k, r);
            if meets(k, r) || k >= cap {
                break;
            }
        }
    }
}

/// The occupancy rule: `c = ceil(a / target)`, with Erlang B and utilization at that `c`.
/// `target` is clamped to [0.001, 1].
pub fn size_occupancy(a: f64, target: f64) -> LossSizing {
    if a.is_nan() || a <= 0.0 || a.is_infinite() {
        return LossSizing::none();
    }
    let t = if target.is_nan() {
        0.85
    } else {
        target.clamp(1e-3, 1.0)
    };
    // A hair below the exact quotient, so that 85 / 0.85 is 100 beds, not 101.
    let c = (a / t * (1.0 - 1e-12)).ceil().max(1.0) as u64;
    LossSizing::at(a, c, erlang_b(a, c))
}

/// The outcome of sizing a delay system (teams, counselors).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DelaySizing {
    /// Servers on duty.
    pub servers: u64,
    /// Erlang C at that number: the share of requests that wait at all.
    pub prob_wait: f64,
    /// The share of requests served within the allowed wait.
    pub service_level: f64,
    /// `a / servers` (0 when there are no servers).
    pub occupancy: f64,
}

/// The smallest number of servers `c > a` for which the share of requests served within `wait`
/// (same unit as `handle`, the mean service time) reaches `target` (clamped to [0, 0.999999]).
/// `wait = 0` sizes for the share served at once. A load of zero needs no servers.
pub fn size_delay(a: f64, target: f64, wait: f64, handle: f64) -> DelaySizing {
    if a.is_nan() || a <= 0.0 || a.is_infinite() {
        return DelaySizing {
            servers: 0,
            prob_wait: 0.0,
            service_level: 1.0,
            occupancy: 0.0,
        };
    }
    let t = if target.is_nan() {
        0.9
    } else {
        target.clamp(0.0, 0.999_999)
    };
    let ratio = wait_ratio(wait, handle);
    let start = (a.floor() as u64).saturating_add(1);
    // A safety bound only: far past a, C·exp(...) is below any target allowed.
    let cap = (a + 60.0 * a.sqrt() + 200.0) as u64;
    let (k0, r0) = warm_start(a, start);
    let mut r = run(a, k0, r0, start);
    let mut k = start.max(k0);
    loop {
        let cf = k as f64;
        let pw = c_from_b(a, cf, b_of(r));
        let level = level_from_c(a, cf, pw, ratio);
        if level >= t || k >= cap {
            return DelaySizing {
                servers: k,
                prob_wait: pw,
                service_level: level,
                occupancy: (a / cf).clamp(0.0, 1.0),
            };
        }
        k += 1;
        r = step(a, k, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Erlang B straight from the recurrence, from zero (the definition).
    fn exact(a: f64, c: u64) -> f64 {
        let mut b = 1.0;
        for k in 1..=c {
            b = a * b / (k as f64 + a * b);
        }
        b
    }

    #[test]
    fn warm_start_agrees_with_the_full_recurrence() {
        for &a in &[
            0.5f64, 10.0, 70.0, 300.0, 1_000.0, 9_999.5, 10_000.0, 100_000.0,
        ] {
            for &f in &[0.3f64, 0.8, 0.95, 1.0, 1.02, 1.05, 1.2, 3.0] {
                let c = ((a * f).round() as u64).max(1);
                let x = exact(a, c);
                let y = erlang_b(a, c);
                assert!(
                    (x - y).abs() <= 1e-13 + 1e-10 * x,
                    "a={a} c={c}: {x} vs {y}"
                );
            }
        }
    }

    /// The days-full rule by brute force: the full recurrence from zero, one server at a time.
    fn brute_days_full(a: f64, t: f64, u: f64) -> u64 {
        let mut b = 1.0;
        let mut k = 0u64;
        loop {
            k += 1;
            b = a * b / (k as f64 + a * b);
            if b <= t && a * (1.0 - b) <= u * k as f64 {
                return k;
            }
        }
    }

    #[test]
    fn days_full_search_agrees_with_brute_force() {
        for &a in &[
            0.01, 0.7, 3.0, 49.3, 333.3, 4_000.0, 10_000.0, 123_456.0, 1e6,
        ] {
            for &(t, u) in &[
                (0.05, 0.95),
                (0.01, 0.99),
                (0.2, 0.8),
                (0.5, 1.0),
                (0.001, 0.5),
            ] {
                let got = size_days_full(a, t, u);
                assert_eq!(got.servers, brute_days_full(a, t, u), "a={a} t={t} u={u}");
            }
        }
    }

    #[test]
    fn edge_values_are_finite() {
        assert_eq!(erlang_b(0.0, 0), 1.0);
        assert_eq!(erlang_b(0.0, 3), 0.0);
        assert_eq!(erlang_b(f64::NAN, 3), 0.0);
        assert_eq!(erlang_b(f64::INFINITY, 3), 1.0);
        assert_eq!(erlang_c(5.0, 5), 1.0);
        assert_eq!(erlang_c(0.0, 0), 0.0);
        assert_eq!(size_days_full(0.0, 0.05, 0.95).servers, 0);
        assert_eq!(size_occupancy(0.0, 0.85).servers, 0);
        assert_eq!(size_delay(0.0, 0.9, 1.0, 1.0).servers, 0);
        let s = size_days_full(1e-9, 0.05, 0.95);
        assert_eq!(s.servers, 1);
        assert!(s.utilization.is_finite());
        let big = size_days_full(1e9, 0.05, 0.95);
        assert!(big.servers as f64 >= 1e9 && big.blocking.is_finite());
    }
}
