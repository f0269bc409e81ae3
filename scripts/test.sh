#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, native tests (model, markup, SSR, CLI), browser tests
# of the wasm card (wasm-bindgen-test in headless Chromium), pkg/ freshness, and end-to-end tests
# of the served demo (playwright-core + Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --check

step "lint (native and wasm)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features csr --lib --tests -- -D warnings

step "native tests"
cargo test

step "browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  cargo test --target wasm32-unknown-unknown --no-default-features --features csr --test browser_card

step "pkg/ is rebuilt from the sources and committed"
scripts/build.sh
if [ -n "$(git status --porcelain -- pkg)" ]; then
  git status --short -- pkg
  echo "pkg/ is stale: run scripts/build.sh and commit pkg/" >&2
  exit 1
fi

step "end-to-end tests (served demo in headless Chromium)"
npm run --silent test:e2e
