//! The bounds the validation holds inputs to (the ranges' draws stay inside them too).

/// The largest population accepted.
pub const MAX_POPULATION: f64 = 1_000_000_000.0;
/// The largest crisis rate accepted (episodes per 100,000 a month).
pub const MAX_RATE: f64 = 10_000.0;
/// The most residential programs in one stream.
pub const MAX_PROGRAMS: usize = 20;
/// The longest stay accepted, in days.
pub const MAX_STAY_DAYS: f64 = 365.0;
/// The highest cost per bed-day accepted, in dollars.
pub const MAX_COST_PER_DAY: f64 = 100_000.0;
/// The longest place or program name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest busy time of a mobile dispatch accepted, in hours.
pub const MAX_BUSY_HOURS: f64 = 72.0;
/// The longest crisis-line contact accepted, in minutes.
pub const MAX_MINUTES: f64 = 600.0;
/// The longest build-out plan, in years.
pub const MAX_YEARS: f64 = 20.0;
/// The highest start-up cost of one bed, chair or team accepted, in dollars.
pub const MAX_STARTUP: f64 = 10_000_000.0;
/// The highest yearly budget for new capacity accepted, in dollars ($100 billion).
pub const MAX_BUDGET: f64 = 100_000_000_000.0;
