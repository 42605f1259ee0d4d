#!/usr/bin/env bash
# The page benchmark, one wrapper for both of its measures:
#   Lighthouse (lighthouse.mjs, the default): mobile preset, every route in both languages and
#     the 404 page, 3 runs each, the median run; one table of performance, accessibility, best
#     practices, SEO, LCP, CLS, TBT and FCP, then the targets each page misses;
#   --paint (../paint/paint.mjs): first and largest contentful paint in a throttled Chromium.
# It first builds the release folder (`make dist`; --no-build to measure dist/ as it is), and
# trunk's client-rendered build too when a folder named dist-csr is asked for.
#
#   bash bench/lighthouse/run.sh [--no-build] [--paint] [--runs 3] [LABEL=DIR …]
#   bash bench/lighthouse/run.sh                            # dist/
#   bash bench/lighthouse/run.sh before=dist-csr after=dist # before and after pre-rendering
#
# Servers listen from BENCH_PORT (default 4277) up, one per folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
build=1
script=bench/lighthouse/lighthouse.mjs
args=()
dirs=()
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    --paint) script=bench/paint/paint.mjs ;;
    --runs) args+=("$1" "$2"); shift ;;
    *) dirs+=("$1") ;;
  esac
  shift
done
((${#dirs[@]})) || dirs=(dist)
if [[ $build == 1 ]]; then
  for d in "${dirs[@]}"; do
    if [[ ${d#*=} == dist-csr ]]; then trunk build --release --quiet --dist dist-csr; fi
  done
  make --no-print-directory dist
fi
node "$script" "${args[@]}" "${dirs[@]}"
