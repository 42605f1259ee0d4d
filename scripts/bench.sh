#!/usr/bin/env bash
# Every benchmark, each printing its own table: the size of the first load, articles at 10,000
# items, interactions (FAQ keystrokes, facet clicks; real and 10,000-item content), Lighthouse on
# every page, and search (native, wasm in Chromium, MiniSearch, Fuse.js). Numbers only, no
# verdicts beyond the targets the tables name: compare ratios within one run.
# Servers listen on BENCH_PORT and the next few ports (default 4275).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export BENCH_PORT=${BENCH_PORT:-4275}
make --no-print-directory dist
scripts/size.sh
bash bench/articles/run.sh
bash bench/interaction/run.sh --no-build
bash bench/lighthouse/run.sh --no-build
if [[ -x bench/search/run.sh ]]; then bash bench/search/run.sh; fi
