#!/usr/bin/env bash
# The search benchmark, in one command:
#
#   bash bench/search/run.sh
#
# 1. native/ makes the synthetic corpus (10,000 FAQ entries in English and French, seeded) and
#    30 queries with their expected entries, then times sunny_corner::search natively;
# 2. wasm/ compiles the same search to wasm with the portal's release profile (then
#    wasm-bindgen, and wasm-opt as the portal's build runs it);
# 3. browser.mjs times it in headless Chromium next to MiniSearch and Fuse.js on the same
#    corpus and queries, and prints the table and the ratios.
#
# It only prints: timings on a shared machine are too noisy to assert. Everything it makes goes
# to bench/out/ (ignored by git), including its own Cargo target folder. The first run compiles
# for a few minutes; later runs take about two.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/bench/out/search
export CARGO_TARGET_DIR=${SEARCH_BENCH_TARGET_DIR:-$root/bench/out/target}
export PATH="$root/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p "$out"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

for tool in cargo wasm-bindgen node npm; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (make setup installs it)" >&2; exit 1; }
done
if [[ ! -d $root/tests/e2e/node_modules/playwright-core ]]; then
  echo "run.sh: playwright-core is missing: run make setup first" >&2
  exit 1
fi

step "native: corpus, queries, timings (cargo run --release)"
(cd "$here/native" && cargo run --release --quiet -- "$out")

step "wasm: cargo build --release --target wasm32-unknown-unknown, wasm-bindgen"
(cd "$here/wasm" && cargo build --release --quiet --target wasm32-unknown-unknown)
rm -rf "$out/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/search_bench_wasm.wasm"
if command -v wasm-opt >/dev/null; then
  # The portal's flags (index.html).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-debug \
    --strip-producers -o "$out/pkg/search_bench_wasm_bg.wasm" "$out/pkg/search_bench_wasm_bg.wasm"
fi
echo "wasm: $(stat -c %s "$out/pkg/search_bench_wasm_bg.wasm") bytes" >&2

step "npm packages (MiniSearch, Fuse.js)"
lock=$here/package-lock.json
stamp=$here/node_modules/.package-lock.json
if [[ ! -f $stamp || $lock -nt $stamp ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

step "Chromium: sunny-corner (wasm), MiniSearch, Fuse.js"
node "$here/browser.mjs" "$out"
