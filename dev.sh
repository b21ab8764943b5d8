#!/usr/bin/env bash
# Crisis Continuum Planner: the one script a developer (and CI) runs.
#
#   ./dev.sh serve    install what is missing, then serve the app with live reload
#   ./dev.sh test     install what is missing, then run every test
#   ./dev.sh build    install what is missing, then build the release site into dist/
#   ./dev.sh bench    the model's criterion benchmarks, then the browser benchmark (not part of the tests)
#
# Every install step checks first and skips what is already there, so a second run is fast.
# Nothing is downloaded from outside the package registries (crates.io, Debian, npm).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD
# npm tools (wasm-opt from binaryen, playwright-core) live in ./node_modules, first on PATH
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
# the wasm splitter of the release build (scripts/build.mjs); the one Leptos's #[lazy] pairs with
WASM_SPLIT_VERSION=0.2.4
PORT=${PORT:-8080}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# --- installing ---------------------------------------------------------------------------------

apt_updated=0
apt_install() {
  # apt_install PACKAGE... : install Debian packages as root or through sudo.
  local runner=()
  if [ "$(id -u)" -eq 0 ]; then
    runner=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    runner=(sudo)
  else
    die "installing $* needs root or password-less sudo. Run: sudo apt-get install $*  then run this command again."
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* with your system's package manager, then run this command again."
  if [ "$apt_updated" -eq 0 ]; then
    say "apt-get update"
    "${runner[@]}" apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq "$@" >/dev/null
}

need_rust() {
  command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup (https://rustup.rs) first."
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  # the release build compiles the standard library for size (scripts/build.mjs): its source
  rustup component list --installed 2>/dev/null | grep -q '^rust-src' || rustup component add rust-src
}

lock_version() {
  # the version of a crate recorded in Cargo.lock
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

need_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want=$(lock_version wasm-bindgen)
  [ -n "$want" ] || die "wasm-bindgen is not in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "cargo install wasm-bindgen-cli $want (a few minutes, once)"
    # not --locked: one of its locked dependencies is no longer on crates.io
    cargo install -q wasm-bindgen-cli --version "$want" --force
  fi
}

need_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (about 6 minutes, once)"
    cargo install -q --locked "trunk@$TRUNK_VERSION" --force
  fi
}

need_wasm_split() {
  # the tool has no --version: ask cargo which version it installed
  if ! command -v wasm-split-cli >/dev/null 2>&1 \
    || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (about a minute, once)"
    cargo install -q --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
  fi
}

need_wasm_opt() {
  # binaryen from npm: Debian 12's wasm-opt (version 108) breaks wasm-bindgen's reference-type
  # tables; the npm build is current and pinned in package-lock.json
  need_node_deps
}

need_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
  fi
  export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
}

need_node_deps() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci (wasm-opt and the end-to-end test driver)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

need_app_tools() { need_rust; need_wasm_bindgen; need_wasm_opt; need_wasm_split; need_trunk; }

# --- commands -----------------------------------------------------------------------------------

cmd_serve() {
  need_app_tools
  say "Serving the Crisis Continuum Planner at http://127.0.0.1:$PORT/ (Ctrl-C to stop; edits reload the page)"
  exec trunk serve --offline --skip-version-check --port "$PORT" "$@"
}

release_build() {
  # the release site in dist/: the wasm cut into a first-load module and on-demand chunks, then
  # the Content Security Policy (scripts/build.mjs; trunk serve builds the unsplit dev site)
  node scripts/build.mjs
}

cmd_build() {
  need_app_tools
  # the build draws the first screen with the built app in headless Chromium (scripts/prerender.mjs)
  need_chromium
  say "release build (into dist/)"
  release_build
  ls -l dist
}

cmd_test() {
  need_app_tools
  need_chromium

  say "1/6 formatting (cargo fmt --check)"
  cargo fmt --all -- --check

  say "2/6 lints, native (cargo clippy)"
  cargo clippy --workspace --all-targets -q -- -D warnings
  say "    lints, wasm32"
  cargo clippy --target wasm32-unknown-unknown -p crisis-continuum-planner --all-targets -q -- -D warnings
  cargo clippy --target wasm32-unknown-unknown -p crisis-continuum-planner --features split --lib -q -- -D warnings
  cargo clippy --target wasm32-unknown-unknown -p crisis-model --lib --bins -q -- -D warnings

  say "3/6 native tests: the model, the CLI, the pure view helpers"
  cargo test --workspace

  say "4/6 browser tests: wasm-bindgen-test in headless Chromium"
  # the runner gives a whole test file 20 seconds by default; tests/web.rs takes about that on a
  # busy machine
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-90}" \
    cargo test --target wasm32-unknown-unknown -p crisis-continuum-planner

  if [ -d e2e ]; then
    say "5/6 release build for the end-to-end tests"
    release_build
    say "    first load within its budget (250 KB gzipped)"
    node scripts/first-load.mjs
    say "6/6 end-to-end tests: the release site in headless Chromium"
    node --test e2e/
  fi
  say "All tests passed."
}

cmd_bench() {
  need_app_tools
  need_chromium
  say "criterion benchmarks of the model (native)"
  cargo bench -p crisis-model --bench model -- --warm-up-time 1 --measurement-time 3
  say "release build, then the browser benchmark (first-load bytes, time to first results, input to paint)"
  release_build
  node e2e/bench.mjs
}

case "${1:-}" in
  serve) shift; cmd_serve "$@" ;;
  test) shift; cmd_test "$@" ;;
  build) shift; cmd_build "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
