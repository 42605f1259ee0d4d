#!/usr/bin/env bash
# Weighs each page's first load in the release build as a CDN serves it (brotli, quality 11):
# the pre-rendered HTML, the CSS, JS and wasm it loads, the wasm chunks of the page's own code
# and the content files the app fetches there (scripts/route-files.mjs lists them). Prints every
# file raw and brotli, and fails when a page is over its budget. Run after `make dist`.
#
#   scripts/size.sh [DIST]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}

# The goals (issue 12): the home page 150 KB, every other page 200 KB. Every page, as built,
# stands by without the app until the visitor reaches for a control (public/boot.js), so the
# budgets are the goals. What the app then adds is weighed too ("once the app starts"), with a
# budget just above what the build weighs today, so that its growth fails `make test` as well.
goal_home_kb=150
goal_other_kb=200
budget_home_kb=${BUDGET_HOME_KB:-150}
budget_other_kb=${BUDGET_OTHER_KB:-200}
budget_app_kb=${BUDGET_APP_KB:-345}

kb() { printf '%d.%d KB' $(($1 / 1024)) $((($1 % 1024) * 10 / 1024)); }

over=()
for route in home faq articles timeline; do
  if [[ $route == home ]]; then
    budget=$budget_home_kb goal=$goal_home_kb
  else
    budget=$budget_other_kb goal=$goal_other_kb
  fi
  printf '\n%-52s %10s %10s\n' "$route" raw brotli
  total=0
  list=$(node scripts/route-files.mjs "$dist" "$route")
  while read -r f; do
    raw=$(stat -c %s "$dist/$f")
    br=$(brotli -c -q 11 "$dist/$f" | wc -c)
    total=$((total + br))
    printf '  %-50s %10d %10d\n' "$f" "$raw" "$br"
  done <<<"$list"
  printf '  %-50s %10s %10d  %s (budget %d KB, goal %d KB)\n' "first load" "" "$total" "$(kb "$total")" "$budget" "$goal"
  if ((total > budget * 1024)); then
    over+=("$route")
  fi
  # Once the app starts: every file of the page's first load as it was before pages stood by.
  app=0
  while read -r f; do
    app=$((app + $(brotli -c -q 11 "$dist/$f" | wc -c)))
  done < <(node scripts/route-files.mjs "$dist" "$route" --app)
  printf '  %-50s %10s %10d  %s (budget %d KB)\n' "once the app starts, in all" "" "$app" "$(kb "$app")" "$budget_app_kb"
  if ((app > budget_app_kb * 1024)); then
    over+=("$route (once the app starts)")
  fi
done
if ((${#over[@]})); then
  echo "size: over budget: ${over[*]}" >&2
  exit 1
fi
