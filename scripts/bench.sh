#!/usr/bin/env bash
# Every benchmark, each printing its own table: search (native, wasm in Chromium, MiniSearch,
# Fuse.js), articles at 10,000 items, and the size of the first load. Numbers only, no verdicts:
# compare ratios within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --quiet
scripts/size.sh
bash bench/articles/run.sh
if [[ -x bench/search/run.sh ]]; then bash bench/search/run.sh; fi
