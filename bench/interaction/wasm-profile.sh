#!/usr/bin/env bash
# Which of the app's functions a keystroke in the FAQ search (or, with --page articles, a facet
# click) spends its script time in: a copy of a release build whose wasm keeps the functions'
# names (scripts/split.sh with SPLIT_KEEP_NAMES=1), then a CPU profile of the 88 keystrokes
# interaction.mjs types (or its 40 clicks), CPU slowed 4× (wasm-profile.mjs). Prints self and
# inclusive time per function, in ms per keystroke or click.
#
#   bash bench/interaction/wasm-profile.sh [DIST] [--page faq|articles] [--lang en|fr] [--save FILE.cpuprofile]   (default: dist)
#
# DIST must be the last `make dist` (split.sh cuts target/'s wasm again, and refuses a folder
# older than it). The copy, target/bench/named/, is for profiling only: bigger, and its pages'
# integrity attributes removed, since its files differ from what they hash.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=dist
[[ ${1:-} == --* || -z ${1:-} ]] || { dist=$1; shift; }
[[ -f $dist/404.html ]] || { echo "wasm-profile: $dist holds no release build: run make dist" >&2; exit 1; }
out=target/bench/named
rm -rf "$out"
mkdir -p target/bench
cp -a "$dist" "$out"
rm -f "$out"/chunk_*.wasm "$out"/split_*.wasm "$out"/__wasm_split-*.js
# The split's tools warn of a name subsection (id 3) they do not know, once per module; any other
# message shows.
SPLIT_KEEP_NAMES=1 scripts/split.sh "$out" 2> >(grep -v 'unknown name subsection' >&2)
find "$out" \( -name '*.br' -o -name '*.gz' \) -delete
find "$out" -name '*.html' -exec sed -i -E 's/ integrity=("[^"]*"|[^ >]*)//g' {} +
node bench/interaction/wasm-profile.mjs "$out" "$@"
