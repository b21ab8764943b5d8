//! The web entry point: Trunk compiles this binary to wasm32 and loads it from `index.html`.

fn main() {
    crisis_continuum_planner::start();
}
