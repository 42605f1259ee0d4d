#!/usr/bin/env bash
# Articles at scale: 10,000 synthetic articles (seeded), loaded by the release build in headless
# Chromium; measures the time from a filter change to the updated list, and the DOM size.
# Prints numbers only (these machines are too noisy for timings to be asserted).
#   bash bench/articles/run.sh        (after `trunk build --release`, which `make test` does)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/bench
mkdir -p "$out"
[[ -f dist/index.html ]] || trunk build --release --quiet
SYNTHETIC_ARTICLES="$PWD/$out/articles-10000.json" cargo test --quiet --features synthetic --test synthetic -- --ignored >/dev/null
node bench/articles/bench.mjs "$PWD/dist" "$PWD/$out/articles-10000.json"
