//! Many areas at once: the areas of a region or a state, each sized by the one scenario's
//! program mix and assumptions, with its own population and, where given, its own rate of
//! episodes and rurality.
//!
//! The scenario carries the areas as the text of their table (`"areas"`, the CSV that
//! `crisis-plan --areas` reads; empty when there are none), so a scenario without areas, and the
//! page's first download, carry one empty text only. [`crate::input::areas`] reads the text,
//! [`crate::analysis::areas`] evaluates it.

/// One area: a county, a city, a catchment.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Area {
    /// The area's name (unique within a table).
    pub name: String,
    /// Residents (all ages).
    pub population: f64,
    /// Adult crisis episodes per 100,000 residents a month; `None` takes the scenario's.
    pub rate_per_100k: Option<f64>,
    /// Rural, as given in the table's `rural` column.
    pub rural: Option<bool>,
    /// People per square mile, which decides rurality when `rural` is not given.
    pub per_sq_mile: Option<f64>,
    /// The region the area belongs to (the areas of a region may share programs).
    pub region: Option<String>,
    /// Today's residential crisis beds, if known.
    pub beds_today: Option<f64>,
    /// The area's row in its table (the header is row 1), for messages.
    pub row: usize,
}

/// Fewer people per square mile than this make an area rural when the table gives no `rural`
/// column (*assumption*: replace it with the definition your state uses).
pub const RURAL_BELOW_PER_SQ_MILE: f64 = 50.0;

/// A rural area's mobile dispatch keeps a team busy this many times the scenario's hours:
/// about 3 hours in rural areas where a city's take 2 (the *assumption* of the busy hours a
/// dispatch, `mobile.busy_hours_per_dispatch`).
pub const RURAL_DISPATCH_FACTOR: f64 = 1.5;

/// The largest areas file or pasted table accepted, in bytes (16 MB: 100,000 areas take about
/// 5 MB).
pub const MAX_AREAS_BYTES: usize = 16 * 1024 * 1024;

/// The most areas in one table.
pub const MAX_AREAS: usize = 200_000;

impl Area {
    /// Whether the area is rural: its `rural` column, else fewer than
    /// [`RURAL_BELOW_PER_SQ_MILE`] people per square mile, else not.
    pub fn is_rural(&self) -> bool {
        match (self.rural, self.per_sq_mile) {
            (Some(r), _) => r,
            (None, Some(d)) => d < RURAL_BELOW_PER_SQ_MILE,
            (None, None) => false,
        }
    }
}
