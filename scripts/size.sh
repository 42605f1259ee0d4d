#!/usr/bin/env bash
# Weighs the release build in dist/ as a CDN serves it (brotli, quality 11) and fails when the
# first load of the home page exceeds the budget. Run after `trunk build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The goal is 150 KB (home page, brotli). Until the wasm is slimmed (route splitting, fewer
# monomorphised views), the budget sits just above today's weight (318 KB, of which 20 KB content) so
# that growth fails the build.
budget_kb=${BUDGET_KB:-340}
total=0
printf '%-40s %10s %10s\n' file raw brotli
# The home page fetches site.json and, for its countdown, timeline.json.
for f in dist/index.html dist/*.js dist/*.wasm dist/*.css dist/content/site.json dist/content/timeline.json; do
  [[ -f $f ]] || continue
  raw=$(stat -c %s "$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total=$((total + br))
  printf '%-40s %10d %10d\n' "${f#dist/}" "$raw" "$br"
done
printf '%-40s %10s %10d  (%d.%d KB; budget %d KB)\n' "home page first load" "" "$total" $((total / 1024)) $(((total % 1024) * 10 / 1024)) "$budget_kb"
if ((total > budget_kb * 1024)); then
  echo "size: the home page's first load is over budget" >&2
  exit 1
fi
