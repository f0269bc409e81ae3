#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, native tests (model, markup, SSR, CLI), unit tests of
# the runtime's JavaScript (node --test), browser tests of the wasm card (wasm-bindgen-test in
# headless Chromium), pkg/ freshness, end-to-end tests of the served demo (playwright-core +
# Debian's Chromium), the npm package as a user installs it (real bundlers from the npm registry),
# and the WordPress plugin in a real WordPress.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --check

step "lint (native and wasm)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features wasm-module --lib --tests -- -D warnings

step "native tests"
cargo test

step "unit tests of the runtime's pure parts (node --test, no browser)"
npm run --silent test:unit

step "the shipped types, used as a publisher's TypeScript would (tsc --strict)"
npm run --silent test:types

# FUZZ_SECONDS=0 skips this step; the long run (fuzz/README.md) uses scripts/fuzz.sh 600.
if [ "${FUZZ_SECONDS:-60}" -gt 0 ]; then
  step "fuzzing (every target ${FUZZ_SECONDS:-60} s from the stored corpus)"
  scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi

step "browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  cargo test --target wasm32-unknown-unknown --no-default-features --features wasm-module --test browser_card

step "pkg/, the playground's authoring module and the WordPress plugin's assets are rebuilt from the sources and committed"
scripts/build.sh
built="pkg www/playground/authoring.js www/playground/authoring_bg.wasm integrations/wordpress/exec-summary/assets integrations/wordpress/exec-summary/authoring integrations/wordpress/exec-summary/blocks/card/index.js integrations/wordpress/exec-summary/LICENSE-MIT integrations/wordpress/exec-summary/LICENSE-APACHE"
if [ -n "$(git status --porcelain -- $built)" ]; then
  git status --short -- $built
  echo "the built bundle is stale: run scripts/build.sh and commit what it wrote" >&2
  exit 1
fi

step "size guard: brotli bytes of each pkg/ file against bench/size-budget.json"
node scripts/check-size.mjs

step "end-to-end tests (served demo in headless Chromium)"
npm run --silent test:e2e

step "npm package tests (npm pack pkg/, installed into scratch projects with pinned Vite, webpack, Eleventy, Astro, Next.js, Deno, Bun and Miniflare's workerd from the npm registry)"
npm run --silent test:npm

step "WordPress plugin tests (a private WordPress 6.1 from Debian: own MariaDB and php -S on loopback ports)"
npm run --silent test:wordpress
