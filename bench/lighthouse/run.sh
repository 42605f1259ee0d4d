#!/usr/bin/env bash
# Lighthouse scores before and after pre-rendering (see lighthouse.mjs): "before" is the
# client-rendered build (trunk's output alone, in dist-csr/), "after" the release build
# (`make dist`). To score other folders, call lighthouse.mjs with LABEL=DIR arguments.
#   bash bench/lighthouse/run.sh [--runs 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --quiet --dist dist-csr
make --no-print-directory dist
node bench/lighthouse/lighthouse.mjs "$@" before=dist-csr after=dist
