#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ (cargo-fuzz, libFuzzer) one after another, each for a bounded
# time, and prints executions and corpus size per target.
#
#   scripts/fuzz.sh                  # every target, 60 s each (the CI-sized run, ~5 minutes)
#   scripts/fuzz.sh 600              # the long run whose figures are in fuzz/README.md
#   scripts/fuzz.sh 30 markup parse  # some targets only
#
# Targets: parse (JSON contract validation), json (the hand-written JSON reader against serde_json),
# markup (inline markup and link sanitiser), import (text/Markdown importer), render (JSON text →
# card and page HTML), render_structured (generated documents → card HTML).
#
# Needs the nightly toolchain and cargo-fuzz, and installs them when missing. Each target starts from
# its seeds in fuzz/corpus/<target>/ (in git: the examples and small hand-made cases) plus what
# earlier runs found in fuzz/target/corpus/<target>/ (disposable). A failing input is saved in
# fuzz/artifacts/<target>/ and stops the script with a non-zero status; replay it with
# `cargo "+$NIGHTLY_TOOLCHAIN" fuzz run <target> fuzz/artifacts/<target>/<file>`, then make it a unit test.
#
# The crate has no `unsafe` code, so targets are built without AddressSanitizer (it would find
# nothing Rust's own checks miss, at several times the cost) but with debug assertions, so
# arithmetic overflow panics too. An input taking over 5 s is reported as a failure (a hang).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse json markup import render render_structured)
fi

. scripts/nightly-toolchain.sh
if ! rustup run "$NIGHTLY_TOOLCHAIN" rustc --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing Rust $NIGHTLY_TOOLCHAIN"
  rustup toolchain install "$NIGHTLY_TOOLCHAIN" --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz"
  cargo install cargo-fuzz
fi

dict_for() {
  case "$1" in
    parse | json | render) echo "-dict=fuzz/dict/json.dict" ;;
    markup) echo "-dict=fuzz/dict/markup.dict" ;;
    import) echo "-dict=fuzz/dict/text.dict" ;;
    *) echo "" ;;
  esac
}

cargo "+$NIGHTLY_TOOLCHAIN" fuzz build --sanitizer none --debug-assertions

summary=()
for target in "${targets[@]}"; do
  work="fuzz/target/corpus/$target"
  seeds="fuzz/corpus/$target"
  mkdir -p "$work" "$seeds"
  log="fuzz/target/$target.log"
  echo "== $target: ${seconds}s"
  # shellcheck disable=SC2046
  if ! cargo "+$NIGHTLY_TOOLCHAIN" fuzz run --sanitizer none --debug-assertions "$target" "$work" "$seeds" -- \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    $(dict_for "$target") >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz.sh: $target failed; the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  corpus=$(find "$work" -type f | wc -l)
  summary+=("$(printf '%-18s %12s runs %6ss %8s/s %6s inputs' "$target" "$runs" "$took" \
    "$((runs / (took > 0 ? took : 1)))" "$corpus")")
done

echo
echo "target                     executions   time    rate   corpus"
printf '%s\n' "${summary[@]}"
