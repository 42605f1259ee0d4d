#!/usr/bin/env bash
# Cuts the release build's wasm into route chunks: what cargo-leptos does with `--split`, as a
# step after `trunk build --release --features split` (trunk cannot do it itself, trunk#1022:
# the split must happen before wasm-bindgen).
#
#   scripts/split.sh DIST
#
# 1. wasm-split-cli cuts cargo's wasm (linked with --emit-relocs, see build.rs) at the `#[lazy]`
#    functions (src/app.rs) into the main module, one chunk per split and shared chunks, plus
#    the loader `__wasm_split.js`;
# 2. wasm-bindgen (`--keep-lld-exports`: the chunks link against the main module's exports) and
#    wasm-opt, with index.html's flags, on every module;
# 3. the results replace trunk's JS and wasm under the very names trunk gave them, so trunk's
#    loader tag and everything that refers to them stay as they are (trunk writes no preload
#    links, whose integrity hashes would be stale: Trunk.toml's `pattern_preload`). The loader
#    imports the main JS by that same relative name, so it gets the module instance the page
#    loaded, under any base path (`/portal/`).
#    Chunks and loader get a content hash in their names, as trunk's files have.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:?usage: scripts/split.sh DIST}
input=${SPLIT_INPUT:-target/wasm32-unknown-unknown/release/sunny-corner.wasm}

js=$(cd "$dist" && ls sunny-corner-*.js)
stem=${js%.js}
[[ -f $dist/${stem}_bg.wasm ]] || { echo "split: no ${stem}_bg.wasm in $dist" >&2; exit 1; }
[[ $input -nt $dist/$js ]] && { echo "split: $input is newer than trunk's output" >&2; exit 1; }

# The same wasm-opt flags trunk uses (index.html), so one place says which features are on.
read -r -a opt_flags <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)
# SPLIT_KEEP_NAMES=1 keeps the functions' names, for a profile that names them
# (bench/interaction/wasm-profile.sh); never for a build to upload.
if [[ ${SPLIT_KEEP_NAMES:-} == 1 ]]; then
  opt_flags=("${opt_flags[@]/--strip-debug/-g}")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli --target web --out-name "$stem" "$input" "$work/split" >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name "$stem" --out-dir "$work/bindgen" "$work/split/$stem.wasm"

hash() { sha256sum "$1" | cut -c1-16; }

# Chunks: optimised, then named by content.
declare -A renamed=()
for chunk in "$work"/split/*.wasm; do
  name=$(basename "$chunk" .wasm)
  [[ $name == "$stem" ]] && continue
  wasm-opt "-O$level" "${opt_flags[@]}" "$chunk" -o "$work/$name.wasm"
  renamed[$name]="$name-$(hash "$work/$name.wasm")"
  cp "$work/$name.wasm" "$dist/${renamed[$name]}.wasm"
done
loader=$work/split/__wasm_split.js
for name in "${!renamed[@]}"; do
  sed -i "s|\"\./$name\.wasm\"|\"./${renamed[$name]}.wasm\"|g" "$loader"
done
loader_name="__wasm_split-$(hash "$loader").js"
cp "$loader" "$dist/$loader_name"

# The main module and its JS, under trunk's names.
wasm-opt "-O$level" "${opt_flags[@]}" "$work/bindgen/${stem}_bg.wasm" -o "$dist/${stem}_bg.wasm"
# Only the import statements: the import object's keys must keep the name the wasm imports.
sed -E "s#^(import .* from [\"'])\./__wasm_split\.js([\"'])#\1./$loader_name\2#" "$work/bindgen/$stem.js" >"$dist/$js"
grep -q "$loader_name" "$dist/$js" || { echo "split: $js does not import the loader" >&2; exit 1; }
if [[ -d $work/bindgen/snippets ]]; then
  cp -r "$work/bindgen/snippets/." "$dist/snippets/"
fi

printf 'split: %s (main) and %d chunks\n' "${stem}_bg.wasm" "${#renamed[@]}"
