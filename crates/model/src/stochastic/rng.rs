//! A small deterministic pseudo-random number generator, written here so that the page's wasm
//! stays small (no `rand` dependency) and the same seed gives the same numbers on every
//! platform.
//!
//! [`Rng`] is xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64 (Steele, Lea
//! and Flood, 2014) as its authors recommend. Everything is integer arithmetic except the
//! conversions to distributions: the uniform is exact (53 random bits), the triangular uses
//! only `sqrt` (correctly rounded by IEEE 754 on every platform), the exponential `ln`, the
//! normal (Box–Muller) `ln`, `sqrt`, `cos` and `sin`, the log-normal also `exp`.
//!
//! Independent streams: [`Rng::stream`]`(seed, index)` gives the generator of draw (or program)
//! number `index` of a run with `seed`, so a run sliced into pieces draws exactly what a run in
//! one go draws.

/// SplitMix64: a 64-bit generator used to expand a seed into xoshiro's 256-bit state.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// xoshiro256**: fast, small, and good enough for simulation (passes BigCrush).
#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
    /// The second normal of the last Box–Muller pair, not yet used.
    spare_normal: Option<f64>,
}

impl Rng {
    /// A generator seeded from one number (through SplitMix64).
    pub fn new(seed: u64) -> Rng {
        let mut sm = SplitMix64::new(seed);
        let mut s = [0u64; 4];
        for x in s.iter_mut() {
            *x = sm.next_u64();
        }
        // SplitMix64 never gives four zeros in a row, but keep the all-zero state impossible.
        if s == [0; 4] {
            s[0] = 1;
        }
        Rng {
            s,
            spare_normal: None,
        }
    }

    /// The generator of stream `index` of a run with `seed`: streams of one seed are
    /// independent for simulation purposes, and each depends only on `(seed, index)`.
    pub fn stream(seed: u64, index: u64) -> Rng {
        // Mix the index through SplitMix64 first so that neighbouring indices do not give
        // neighbouring SplitMix64 states.
        let mut mix = SplitMix64::new(index ^ 0x6A09_E667_F3BC_C908);
        Rng::new(seed ^ mix.next_u64())
    }

    /// 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// A uniform number in [0, 1), a multiple of 2^−53.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform number in (0, 1): never 0, so its logarithm is finite.
    pub fn open_uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// An exponential number with the given mean.
    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * self.open_uniform().ln()
    }

    /// A standard normal number (Box–Muller; the pair's second number is kept for the next
    /// call).
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        let r = (-2.0 * self.open_uniform().ln()).sqrt();
        let theta = std::f64::consts::TAU * self.uniform();
        self.spare_normal = Some(r * theta.sin());
        r * theta.cos()
    }

    /// A triangular number on `low ≤ mode ≤ high` (see [`triangular`]).
    pub fn triangular(&mut self, low: f64, mode: f64, high: f64) -> f64 {
        triangular(self.uniform(), low, mode, high)
    }

    /// A log-normal number with the given mean and coefficient of variation (standard
    /// deviation / mean).
    pub fn log_normal(&mut self, mean: f64, cv: f64) -> f64 {
        let (mu, sigma) = log_normal_params(mean, cv);
        (mu + sigma * self.normal()).exp()
    }
}

/// The triangular distribution's inverse CDF: the number below which a share `u` of the
/// distribution on `low ≤ mode ≤ high` lies. `u = 0` gives `low`, `u = 1` gives `high`. A
/// degenerate range (`low == high`) gives `low`. Uses only `sqrt`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let width = high - low;
    if width.is_nan() || width <= 0.0 {
        return low;
    }
    let u = u.clamp(0.0, 1.0);
    let left = mode - low;
    let right = high - mode;
    let f = left / width;
    if u < f {
        low + (u * width * left).sqrt()
    } else {
        high - ((1.0 - u) * width * right).sqrt()
    }
}

/// `(μ, σ)` of the normal whose exponential has the given mean and coefficient of variation:
/// `σ² = ln(1 + cv²)`, `μ = ln(mean) − σ²/2`.
pub fn log_normal_params(mean: f64, cv: f64) -> (f64, f64) {
    let s2 = (cv * cv).ln_1p();
    (mean.ln() - 0.5 * s2, s2.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_the_reference_vector() {
        // The reference implementation's first outputs for seed 1234567.
        let mut sm = SplitMix64::new(1234567);
        assert_eq!(sm.next_u64(), 6457827717110365317);
        assert_eq!(sm.next_u64(), 3203168211198807973);
        assert_eq!(sm.next_u64(), 9817491932198370423);
    }

    #[test]
    fn xoshiro_matches_the_reference_vector() {
        // State {1, 2, 3, 4}: the reference implementation's first outputs.
        let mut r = Rng {
            s: [1, 2, 3, 4],
            spare_normal: None,
        };
        let got: Vec<u64> = (0..4).map(|_| r.next_u64()).collect();
        assert_eq!(got, vec![11520, 0, 1509978240, 1215971899390074240]);
    }

    #[test]
    fn uniforms_and_moments() {
        let mut r = Rng::new(42);
        let n = 200_000;
        let (mut s1, mut s2) = (0.0, 0.0);
        for _ in 0..n {
            let u = r.uniform();
            assert!((0.0..1.0).contains(&u));
            s1 += u;
            s2 += u * u;
        }
        let mean = s1 / n as f64;
        assert!((mean - 0.5).abs() < 0.005, "{mean}");
        assert!((s2 / n as f64 - 1.0 / 3.0).abs() < 0.005);
        let e: f64 = (0..n).map(|_| r.exponential(5.0)).sum::<f64>() / n as f64;
        assert!((e - 5.0).abs() < 0.1, "{e}");
        let z: Vec<f64> = (0..n).map(|_| r.normal()).collect();
        let m = z.iter().sum::<f64>() / n as f64;
        let v = z.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / n as f64;
        assert!(m.abs() < 0.01 && (v - 1.0).abs() < 0.02, "{m} {v}");
        let ln: Vec<f64> = (0..n).map(|_| r.log_normal(5.0, 1.0)).collect();
        let m = ln.iter().sum::<f64>() / n as f64;
        let sd = (ln.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / n as f64).sqrt();
        assert!(
            (m - 5.0).abs() < 0.1 && (sd / m - 1.0).abs() < 0.1,
            "{m} {sd}"
        );
        let t: f64 = (0..n).map(|_| r.triangular(1.0, 2.0, 6.0)).sum::<f64>() / n as f64;
        assert!((t - 3.0).abs() < 0.02, "{t}");
    }

    #[test]
    fn triangular_inverse_cdf() {
        assert_eq!(triangular(0.0, 1.0, 2.0, 4.0), 1.0);
        assert_eq!(triangular(1.0, 1.0, 2.0, 4.0), 4.0);
        // F(mode) = (mode − low)/(high − low) = 1/3.
        assert!((triangular(1.0 / 3.0, 1.0, 2.0, 4.0) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(0.5, 3.0, 3.0, 3.0), 3.0);
        // Mode at an end.
        assert_eq!(triangular(0.0, 1.0, 1.0, 2.0), 1.0);
        assert!((triangular(0.75, 1.0, 1.0, 2.0) - 1.5).abs() < 1e-12);
        assert!((triangular(0.25, 1.0, 2.0, 2.0) - 1.5).abs() < 1e-12);
    }

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let a: Vec<u64> = (0..3).map(|i| Rng::stream(7, i).next_u64()).collect();
        let b: Vec<u64> = (0..3).map(|i| Rng::stream(7, i).next_u64()).collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
        assert_ne!(Rng::stream(7, 0).next_u64(), Rng::stream(8, 0).next_u64());
    }
}
