#!/usr/bin/env bash
# Builds the shipped bundle in pkg/: the wasm module and its wasm-bindgen glue, the loader and the
# runtime (each bundled from its modules), the stylesheet and package.json; and the WordPress
# plugin's copy of the files pages load. Deterministic: the same sources give the same bytes on any
# checkout.
#
# Test builds: PKG_OUT=DIR CARGO_FEATURES=FEATURES scripts/build.sh writes the bundle with extra
# cargo features (e.g. test-trap) into DIR instead, building in a target directory of its own so
# pkg/'s build stays cached; pkg/ and the playground are left alone. KEEP_NAMES=1 keeps the wasm's
# function names (for scripts/size-breakdown.mjs; never in pkg/).
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

pkg_out=${PKG_OUT:-pkg}
features=wasm-module
wasm_target=$CARGO_TARGET_DIR
if [ -n "${CARGO_FEATURES:-}" ]; then
  features=wasm-module,$CARGO_FEATURES
  wasm_target=$CARGO_TARGET_DIR/features-$(printf '%s' "$CARGO_FEATURES" | tr -c 'a-z0-9\n' '-')
fi
if [ -n "$(ls -A "$pkg_out" 2>/dev/null)" ] && [ ! -e "$pkg_out/exec_summary.js" ]; then
  echo "build: $pkg_out is not empty and holds no bundle; not overwriting it" >&2
  exit 1
fi

# The card's wasm is built by a pinned nightly that compiles std itself, with panics that abort at
# once and no source locations: 12 KB brotli less than stable (bench/README.md, decision records).
# STABLE=1 builds with rust-toolchain.toml's stable toolchain instead, for a machine without that
# nightly (the bundle works the same; CI checks pkg/ against the nightly build).
. scripts/nightly-toolchain.sh
cargo_build=(cargo build)
if [ -z "${STABLE:-}" ]; then
  if ! rustup run "$NIGHTLY_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1; then
    echo "build: Rust $NIGHTLY_TOOLCHAIN is needed (run scripts/setup.sh, or STABLE=1 for a stable build)" >&2
    exit 1
  fi
  cargo_build=(cargo "+$NIGHTLY_TOOLCHAIN" build -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  RUSTFLAGS="$RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Csymbol-mangling-version=legacy"
  wasm_target=$wasm_target/nightly
fi

CARGO_TARGET_DIR=$wasm_target "${cargo_build[@]}" --quiet --lib --profile wasm --target wasm32-unknown-unknown --no-default-features --features "$features"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
strip=(--remove-name-section --remove-producers-section)
[ -z "${KEEP_NAMES:-}" ] || strip=(--remove-producers-section)
# The glue's reset (`__wbg_reset_state`: a fresh instance of the compiled module, with fresh
# memory) is how the runtime recovers from a trap (src/assets/runtime/wasm-module.js), so the
# runtime imports the glue once, with a literal import() that bundlers follow too (bench/README.md,
# decision records).
wasm-bindgen "$wasm_target/wasm32-unknown-unknown/wasm/exec_summary.wasm" \
  --out-dir "$out" --out-name exec_summary --target web --experimental-reset-state-function "${strip[@]}"
cp src/assets/exec-summary.d.ts src/assets/exec-summary.module.d.ts src/assets/exec-summary.css src/assets/package.json src/assets/README.md src/assets/embed.html src/assets/exec-summary-embed.js "$out/"
# The licence texts of package.json's "MIT OR Apache-2.0" (listed in its "files": npm packs only a
# file named LICENSE or LICENCE of its own accord).
cp LICENSE-MIT LICENSE-APACHE "$out/"
# The contract's JSON Schema, printed by the native CLI from the Rust types (native flags, not the wasm build's).
env -u RUSTFLAGS cargo run --quiet --bin exec-summary -- schema > "$out/exec-summary.schema.json"
# Minified (bench/README.md, decision records): the loader, runtime, glue and stylesheet lose 9 KB brotli.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || { echo "build: esbuild (an npm dev tool) is needed; run scripts/setup.sh" >&2; exit 1; }
# The loader and the runtime are bundled from their modules (src/assets/loader/, shared/, runtime/):
# the loader as one IIFE, which runs the same as a classic script and as a module; the runtime as
# an ES module, which finds the glue, the wasm and the stylesheet beside itself (import.meta.url).
"$esbuild" src/assets/exec-summary.js --bundle --format=iife --minify --log-level=warning --outfile="$out/exec-summary.js"
"$esbuild" src/assets/exec-summary-runtime.js --bundle --format=esm --minify --log-level=warning \
  --external:./exec_summary.js --outfile="$out/exec-summary-runtime.js"
# The npm package's browser entry (`import 'exec-summary'`): the same loader as an ES module that
# names the runtime, glue, wasm and stylesheet as bundlers follow them (literal import() and
# new URL()).
# Not minified: the app's bundler minifies it, and reads the comments that tell it which import to
# leave alone.
"$esbuild" src/assets/exec-summary.module.js --bundle --format=esm --log-level=warning \
  --external:./exec-summary-runtime.js --external:./exec_summary.js --outfile="$out/exec-summary.module.js"
# Its Node entries, beside the glue and the wasm they load: exec-summary/server (and /portable,
# which is handed the module) and exec-summary/eleventy. Not minified either.
"$esbuild" src/assets/server/index.js src/assets/server/portable.js --bundle --format=esm --platform=neutral \
  --log-level=warning --external:../exec_summary.js --external:node:fs/promises --outdir="$out/server"
"$esbuild" src/assets/eleventy/index.js --bundle --format=esm --platform=node --log-level=warning \
  --external:../server/index.js --outfile="$out/eleventy/index.js"
cp src/assets/server/index.d.ts src/assets/server/portable.d.ts "$out/server/"
cp src/assets/eleventy/index.d.ts "$out/eleventy/"
for file in exec_summary.js exec-summary-embed.js exec-summary.css; do
  "$esbuild" "$out/$file" --minify --log-level=warning --allow-overwrite --outfile="$out/$file"
done

mkdir -p "$pkg_out"
find "$pkg_out" -mindepth 1 -delete
cp -R "$out"/. "$pkg_out/"
echo "build: $pkg_out/ written${CARGO_FEATURES:+ (features: $CARGO_FEATURES)}"
ls -l "$pkg_out" | awk 'NR > 1 { printf "  %8d  %s\n", $5, $9 }'
[ -z "${PKG_OUT:-}" ] || exit 0

# The WordPress plugin bundles its own copy of the files a reader's page loads: all of pkg/ but the
# type declarations, the iframe page, package.json and its README, the schema, and the npm
# package's entries (integrations/wordpress/).
plugin_assets=integrations/wordpress/exec-summary/assets
mkdir -p "$plugin_assets"
find "$plugin_assets" -mindepth 1 -delete
find pkg -maxdepth 1 -type f ! -name '*.d.ts' ! -name 'embed.html' ! -name 'exec-summary-embed.js' \
  ! -name 'package.json' ! -name '*.schema.json' ! -name 'exec-summary.module.js' ! -name 'README.md' ! -name 'LICENSE-*' \
  -exec cp {} "$plugin_assets/" \;
# The plugin's licence texts, in its folder as the plugin header's "MIT OR Apache-2.0" names them.
cp LICENSE-MIT LICENSE-APACHE integrations/wordpress/exec-summary/
echo "build: $plugin_assets/ written ($(ls "$plugin_assets" | tr '\n' ' '))"

# The playground's authoring module (the importer, validation located in the text): a second wasm
# module that only www/playground.html loads, so pkg/ and a reader's page do not change.
# Stable: the playground's size matters less than the reader's, and nightly flags stay out of it.
RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$PWD=/exec-summary" \
  cargo build --quiet --lib --profile authoring --target wasm32-unknown-unknown --no-default-features --features authoring
wasm-bindgen "$CARGO_TARGET_DIR/wasm32-unknown-unknown/authoring/exec_summary.wasm" \
  --out-dir www/playground --out-name authoring --target web --no-typescript \
  --remove-name-section --remove-producers-section
echo "build: www/playground/authoring.js and authoring_bg.wasm written"

# The WordPress block's editor: its editor script, bundled from integrations/wordpress/block-editor/
# against WordPress's wp.* globals (a classic script, as WordPress 6.1 loads editor scripts; left
# readable, as the plugin ships no other source of it) with the glues of the card module and of
# the authoring module (the importer and the validator), each given its wasm's URL (so the glues'
# import.meta.url, empty in a classic script, is never read); and the authoring wasm, which only
# the block editor loads.
plugin=integrations/wordpress/exec-summary
mkdir -p "$plugin/authoring"
cp www/playground/authoring_bg.wasm "$plugin/authoring/"
"$esbuild" integrations/wordpress/block-editor/index.js --bundle --format=iife --log-level=warning \
  --log-override:empty-import-meta=silent --legal-comments=none --outfile="$plugin/blocks/card/index.js"
echo "build: $plugin/authoring/authoring_bg.wasm and $plugin/blocks/card/index.js written"
