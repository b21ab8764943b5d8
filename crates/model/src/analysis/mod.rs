//! What is read off the results: the explanation of every figure, today against need (the gap),
//! the Roadmap's criteria judged from the figures, scenarios side by side, the CSV, and the
//! series the charts draw. It imports the evaluation and the layers below it, never the
//! uncertainty and simulation above.

pub mod areas;
pub mod benchmarks;
pub mod buildout;
pub mod chart_data;
pub mod compare;
pub mod criteria;
pub mod explain;
pub mod export;
pub mod funding;
pub mod gap;
pub mod methods;
pub mod outcomes;
