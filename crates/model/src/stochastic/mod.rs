//! The top layer: the Monte Carlo over the uncertain inputs, the tornado, and the simulation of
//! each residential program, with the generator behind them. Nothing below imports it.

pub mod confidence;
pub mod monte_carlo;
pub mod rng;
pub mod sensitivity;
pub mod simulate;
