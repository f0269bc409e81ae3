#!/usr/bin/env bash
# Builds the shipped bundle in pkg/: the wasm module and its wasm-bindgen glue, the loader, the
# stylesheet and package.json. Deterministic: the same sources give the same bytes on any checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')
if [ "$want" != "$have" ]; then
  echo "build: wasm-bindgen-cli $want is needed (found '${have:-none}'); run scripts/setup.sh" >&2
  exit 1
fi

# Absolute paths of dependency sources end up in panic messages; remap them so pkg/ does not
# depend on where the checkout or the cargo home lives.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$PWD=/exec-summary"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}

cargo build --quiet --lib --release --target wasm32-unknown-unknown --no-default-features --features csr

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-bindgen "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/exec_summary.wasm" \
  --out-dir "$out" --out-name exec_summary --target web \
  --remove-name-section --remove-producers-section
cp src/assets/exec-summary.js src/assets/exec-summary-runtime.js src/assets/exec-summary.d.ts src/assets/exec-summary.css src/assets/package.json src/assets/embed.html src/assets/exec-summary-embed.js "$out/"
# The contract's JSON Schema, printed by the native CLI from the Rust types (native flags, not the wasm build's).
env -u RUSTFLAGS cargo run --quiet --bin exec-summary -- schema > "$out/exec-summary.schema.json"

mkdir -p pkg
find pkg -mindepth 1 -delete
cp "$out"/* pkg/
echo "build: pkg/ written"
ls -l pkg | awk 'NR > 1 { printf "  %8d  %s\n", $5, $9 }'
