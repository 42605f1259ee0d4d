#!/usr/bin/env bash
# First and largest contentful paint before and after pre-rendering: "before" is the
# client-rendered build (trunk's output alone, in dist-csr/), "after" the release build
# (`make dist`). Prints one table (see paint.mjs). Numbers only: these machines are noisy.
#   bash bench/paint/run.sh [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --quiet --dist dist-csr
make --no-print-directory dist
node bench/paint/paint.mjs "$@" before=dist-csr after=dist
