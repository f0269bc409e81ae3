#!/usr/bin/env bash
# Batch-render benchmark: generates an archive of N summary documents (default 10,000, variants of
# www/examples/*.json with distinct titles) in a temporary directory, renders it with
# `exec-summary render --out-dir`, and prints cards per second, then renders the same documents
# with a plain JavaScript template (the peer to beat) in the same run. Not part of the test suite.
#
#   scripts/bench-batch.sh [N] [extra render flags…]     e.g. scripts/bench-batch.sh 10000 --standalone
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10000}
shift || true
cargo build --quiet --release --bin exec-summary
bin=${CARGO_TARGET_DIR:-target}/release/exec-summary

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"

# One awk process writes every file: document i is example (i mod 4) with " #i" added to its title.
awk -v count="$count" -v dir="$work/in" '
  FNR == 1 { n++ }
  { doc[n] = doc[n] $0 "\n" }
  END {
    for (i = 0; i < count; i++) {
      text = doc[i % n + 1]
      sub(/"title": "[^"]*/, "&, no. " i, text)
      file = sprintf("%s/summary-%05d.json", dir, i)
      printf "%s", text > file
      close(file)
    }
  }' www/examples/*.json

cores=$(nproc)
load=$(cut -d' ' -f1 /proc/loadavg)
# CPU seconds (user + system) of the render too, with GNU time where it is installed: unlike
# wall time, it hardly changes when other work competes for the cores.
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f '%U %S' -o "$work/cpu")
start=$(date +%s.%N)
"${timer[@]}" "$bin" render --out-dir "$work/out" "$@" "$work"/in/*.json
end=$(date +%s.%N)
cpu=$(awk '{ print $1 + $2 }' "$work/cpu" 2>/dev/null || echo 0)

rendered=$(find "$work/out" -name '*.html' | wc -l)
bytes=$(du -sb "$work/out" | cut -f1)
rust_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')
awk -v n="$rendered" -v s="$start" -v e="$end" -v cores="$cores" -v bytes="$bytes" -v flags="$*" \
  -v cpu="$cpu" -v loadavg="$load" 'BEGIN {
  t = e - s
  per_cpu = cpu > 0 ? sprintf("%.0f cards per CPU-second, ", n / cpu) : ""
  printf "bench-batch: %d cards in %.2f s = %.0f cards/s on %d cores (%sload average %s before, %.1f MB of HTML)%s\n",
    n, t, n / t, cores, per_cpu, loadavg, bytes / 1e6, (flags == "" ? "" : ", flags: " flags)
}'
[ "$rendered" -eq "$count" ] || { echo "bench-batch: expected $count cards, found $rendered" >&2; exit 1; }

# The same documents through a plain JavaScript template (scripts/bench-batch-template.mjs), one
# Node process per core like the CLI's threads, in the same run: the peer to beat.
mkdir -p "$work/out-js"
start=$(date +%s.%N)
find "$work/in" -name '*.json' -print0 | xargs -0 -P "$cores" -n $(( (count + cores - 1) / cores )) node scripts/bench-batch-template.mjs "$work/out-js"
end=$(date +%s.%N)
js=$(find "$work/out-js" -name '*.html' | wc -l)
awk -v n="$js" -v s="$start" -v e="$end" -v cores="$cores" -v rust="$rendered" -v rs="$rust_seconds" 'BEGIN {
  t = e - s
  printf "bench-batch: plain JS template: %d cards in %.2f s = %.0f cards/s on %d cores; exec-summary is %.2f× its speed\n",
    n, t, n / t, cores, (rust / rs) / (n / t)
}'
[ "$js" -eq "$count" ] || { echo "bench-batch: the JS template wrote $js cards, expected $count" >&2; exit 1; }
