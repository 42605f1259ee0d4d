#!/usr/bin/env bash
# Interaction benchmark: FAQ keystrokes and article facet clicks (Event Timing, the CPU slowed 4×
# and as much as makes the machine a mid-tier phone; see interaction.mjs), on built folders as
# they are ("real") and on a copy of each whose faq.json and articles.json are 10,000-item
# synthetic files (articles: press::synthetic_articles; FAQ: synthetic.mjs, made from the real
# entries). Prints one table.
#
#   bash bench/interaction/run.sh [--no-build] [--runs 3] [--cpu 4x|mid|both] [LABEL=DIR …]
#   bash bench/interaction/run.sh                                 # dist/ (after make dist)
#   bash bench/interaction/run.sh --no-build before=../main/dist after=dist
#
# Servers listen from BENCH_PORT (default 4275) up, one per folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
build=1
args=()
dirs=()
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    --runs | --cpu) args+=("$1" "$2"); shift ;;
    *) dirs+=("$1") ;;
  esac
  shift
done
((${#dirs[@]})) || dirs=(dist)
[[ $build == 0 ]] || make --no-print-directory dist

out=target/bench
mkdir -p "$out"
[[ -f $out/articles-10000.json ]] ||
  SYNTHETIC_ARTICLES="$PWD/$out/articles-10000.json" cargo test --quiet --features synthetic --test synthetic -- --ignored >/dev/null
node bench/interaction/synthetic.mjs public/content/faq.json 10000 >"$out/faq-10000.json"

folders=()
for arg in "${dirs[@]}"; do
  if [[ $arg == *=* ]]; then label=${arg%%=*} dir=${arg#*=}; else label=$(basename "$arg") dir=$arg; fi
  [[ -f $dir/404.html ]] || { echo "run.sh: $dir holds no release build: run make dist" >&2; exit 1; }
  # A copy of the folder (hard links: no disk) with both files swapped in under every name the
  # pages use, plain and hashed, their compressed copies dropped so the server sends the new bytes.
  big=$out/interaction-$label
  rm -rf "$big"
  cp -al "$dir" "$big"
  for f in "$big"/content/faq*.json "$big"/content/articles*.json; do
    case $f in *faq*) src=$out/faq-10000.json ;; *) src=$out/articles-10000.json ;; esac
    rm -f "$f" "$f.br" "$f.gz"
    cp "$src" "$f"
  done
  folders+=("$label=$dir" "$label 10,000=$big")
done
node bench/interaction/interaction.mjs "${args[@]}" "${folders[@]}"
