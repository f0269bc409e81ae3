#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there (idempotent):
# the pinned Rust toolchains (stable with its wasm target, a nightly for the shipped wasm), the wasm-bindgen CLI matching Cargo.lock,
# Debian's Chromium and ChromeDriver, and the npm dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# rust-toolchain.toml pins the toolchain; rustup installs it (and the wasm target) on first use.
rustup show active-toolchain >/dev/null
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly that builds the shipped wasm (scripts/build.sh) and runs the fuzz targets;
# rust-src lets it compile std for the wasm target.
. scripts/nightly-toolchain.sh
if ! rustup component list --toolchain "$NIGHTLY_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing Rust $NIGHTLY_TOOLCHAIN with rust-src"
  rustup toolchain install "$NIGHTLY_TOOLCHAIN" --profile minimal --component rust-src
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$want" != "$have" ]; then
  # --locked fails on this registry mirror (a locked dependency is missing), so resolve afresh.
  say "installing wasm-bindgen-cli $want (takes several minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
