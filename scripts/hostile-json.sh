#!/usr/bin/env bash
# Measures how long `exec-summary validate` takes, and how much memory, on hostile JSON shapes;
# each must end in a clear error (or a warning) within bounded time and memory. The errors
# themselves are asserted by tests/hostile_json.rs.
#
#   scripts/hostile-json.sh          # builds the release CLI, prints one row per shape
#   BIN=path/to/exec-summary scripts/hostile-json.sh   # measures another build of the CLI
#
# Needs GNU time (/usr/bin/time). Two valid documents are rendered rather than validated: the
# largest one (just under 1 MiB), as the ceiling for accepted input, and one whose inline markup
# once took seconds (thousands of `[` before an unclosed link URL).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin exec-summary
bin=${BIN:-target/release/exec-summary}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

sections='"sections": [{"title": "S", "items": ["i"]}]'
repeat() { # repeat TEXT COUNT [SEPARATOR]: TEXT COUNT times, with %d replaced by 1, 2, …
  awk -v t="$1" -v n="$2" -v s="${3:-}" 'BEGIN {
    k = split(t, part, "%d")
    for (i = 1; i <= n; i++) {
      x = part[1]
      for (j = 2; j <= k; j++) x = x i part[j]
      printf "%s%s", (i > 1 ? s : ""), x
    }
  }'
}

{ repeat '[' 10000 ''; repeat ']' 10000 ''; } >"$dir/nesting-10000-arrays.json"
{ printf '{"title": "T", %s, "x": ' "$sections"; repeat '{"a":' 10000 ''; printf '0'; repeat '}' 10000 ''; printf '}'; } \
  >"$dir/nesting-10000-objects.json"
repeat '[' 1000000 '' >"$dir/nesting-unclosed-1m.json"
printf '{"version": 1e400, "title": "T", %s}' "$sections" >"$dir/number-1e400.json"
printf '{"version": 18446744073709551617, "title": "T", %s}' "$sections" >"$dir/version-2-64-plus-1.json"
printf '{"title": "a", "title": "b", %s}' "$sections" >"$dir/duplicate-key.json"
{ printf '{"title": "T", %s, ' "$sections"; repeat '"k%d": 0, "k%d": 1' 30000 ', '; printf '}'; } \
  >"$dir/duplicate-keys-30000.json"
{ printf '{"title": "'; head -c 1048000 /dev/zero | tr '\0' x; printf '", %s}' "$sections"; } >"$dir/string-1mib.json"
{ printf '{"'; head -c 1048000 /dev/zero | tr '\0' k; printf '": 0, "title": "T", %s}' "$sections"; } >"$dir/key-1mib.json"
{ printf '{"title": "T", "sections": ['; repeat '{}' 100000 ','; printf ']}'; } >"$dir/sections-100000.json"
{ printf '{"title": "T", "sections": [{"title": "S", "items": ['; repeat '"i"' 100000 ','; printf ']}]}'; } \
  >"$dir/items-100000.json"
{ printf '{"title": "T", %s, "x": [' "$sections"; repeat '0' 100000 ','; printf ']}'; } >"$dir/unknown-array-100000.json"
{ printf '{"title": "T", %s, ' "$sections"; repeat '"u%d": 0' 80000 ', '; printf '}'; } \
  >"$dir/unknown-keys-80000.json"
# Valid, but each paragraph has 17,000 `[` before one unclosed link URL: rendered, not just checked.
{
  printf '{"title": "T", "sections": ['
  paragraph="$(repeat '[' 17000 '')]($(repeat x 2990 ''))"
  for s in $(seq 1 50); do
    [ "$s" -gt 1 ] && printf ','
    printf '{"title": "S%d", "paragraphs": ["%s"]}' "$s" "$paragraph"
  done
  printf ']}'
} >"$dir/markup-unclosed-links.json"
# The largest accepted document: 50 sections of 200 items, every text well within its limit.
{
  printf '{"title": "T", "description": "*d* [l](https://x.org)", "sections": ['
  item=$(printf '"**%s** *e* [link](https://example.org/a)"' "$(head -c 40 /dev/zero | tr '\0' w)")
  for s in $(seq 1 50); do
    [ "$s" -gt 1 ] && printf ','
    printf '{"title": "Section %d", "items": [' "$s"
    repeat "$item" 200 ','
    printf ']}'
  done
  printf ']}'
} >"$dir/largest-valid.json"

printf '%-28s %9s %8s %11s %7s  %s\n' shape bytes seconds "max RSS" lines "first line of output"
for file in "$dir"/*.json; do
  name=$(basename "$file" .json)
  command=(validate "$file")
  case "$name" in largest-valid | markup-unclosed-links) command=(render "$file") ;; esac
  out="$dir/$name.out"
  /usr/bin/time -f '%e %M' -o "$dir/$name.time" "$bin" "${command[@]}" >"$out" 2>&1 || true
  read -r seconds rss < <(tail -n 1 "$dir/$name.time")
  first=$(awk 'NF { print substr($0, 1, 100); exit }' "$out")
  lines=$(wc -l <"$out")
  [ "${command[0]}" = render ] && first="rendered $(wc -c <"$out") bytes of HTML"
  printf '%-28s %9s %8s %7s MiB %7s  %s\n' "$name" "$(wc -c <"$file")" "$seconds" "$((rss / 1024))" \
    "$lines" "$first"
done
