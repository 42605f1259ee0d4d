#!/usr/bin/env bash
# Installs what building and testing Sunny Corner needs, skipping whatever is already there.
# Only the package registries (crates.io, npm, Debian) and rustup are used: nothing else is
# downloaded, now or at build time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The Rust target for the browser.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly that builds the release wasm only (`make dist`: -Zbuild-std with
# panic=immediate-abort, see the Makefile), with the standard library's source and the wasm
# target; and the standard library's own dependencies in cargo's cache, since trunk builds
# offline. (`nightly-2026-05-20` is the nightly whose rustc says 2026-05-19; the channel of the
# 19th has no wasm32 standard library.) Everything else stays on stable.
nightly=$(sed -n 's/^NIGHTLY := //p' Makefile)
sysroot=$(rustc "+$nightly" --print sysroot 2>/dev/null || true)
if [[ -z $sysroot || ! -d $sysroot/lib/rustlib/src/rust/library || ! -d $sysroot/lib/rustlib/wasm32-unknown-unknown ]]; then
  say "installing Rust $nightly with rust-src and the wasm target (about a minute, once)"
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
  sysroot=$(rustc "+$nightly" --print sysroot)
fi
if [[ ! -f $sysroot/.sunny-std-fetched ]]; then
  say "fetching the standard library's dependencies for $nightly"
  cargo "+$nightly" fetch --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml"
  touch "$sysroot/.sunny-std-fetched"
fi

# trunk 0.21.14: 0.22 needs a newer rustc than this project's 1.95.
if [[ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]]; then
  say "installing trunk 0.21.14 (about 13 minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or trunk refuses to build.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]]; then
  say "installing wasm-bindgen-cli $want (about 4 minutes, once)"
  # Not --locked: its lockfile names a webpki-roots the registry does not serve.
  cargo install wasm-bindgen-cli --version "$want"
fi

# wasm-split-cli cuts the release wasm into route chunks (scripts/split.sh); its version must
# equal the wasm_split_helpers that Leptos puts in Cargo.lock (the two agree on a binary format).
want=$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! cargo install --list | grep -qx "wasm_split_cli_support v$want:"; then
  say "installing wasm-split-cli $want (about 3 minutes, once)"
  cargo install wasm_split_cli_support --version "$want" --features build-binary --locked
fi

# Node.js and npm, for wasm-opt (binaryen) and Playwright.
if ! command -v npm >/dev/null; then
  if [[ $EUID -eq 0 ]]; then
    say "installing Node.js and npm (Debian packages)"
    apt-get update -qq && apt-get install -y -qq nodejs npm
  else
    echo "setup: Node.js and npm are needed; install them and run again" >&2
    exit 1
  fi
fi

# Java for the W3C Nu HTML Checker (npm vnu-jar), which checks every pre-rendered page. Before
# `npm ci`: vnu-jar's install script uses the system Java when there is one (11 or later) and
# otherwise tries to download a JRE from a host these machines cannot reach.
if ! command -v java >/dev/null; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Java for the HTML checker (Debian default-jre-headless, about a minute)"
    apt-get update -qq && apt-get install -y -qq default-jre-headless
  else
    echo "setup: Java (11 or later) is needed for the HTML checker; install it and run again" >&2
    exit 1
  fi
fi

# npm packages from the committed lockfile, when missing or stale. The stamp is the lockfile's
# own hash, written after a successful `npm ci`: file times can lie (a checkout, or `npm install
# --package-lock-only`, which also rewrites node_modules/.package-lock.json).
npm_ci() {
  local dir=$1 what=$2 want stamp=$1/node_modules/.sunny-lock-sha
  want=$(sha256sum "$dir/package-lock.json" | cut -c1-64)
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    say "$what (npm ci in $dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}
npm_ci tests/e2e "installing npm packages"

# Chromium and its driver for the browser tests: Debian's packages when root, else whatever
# Chrome is installed (set CHROME_PATH to choose).
if [[ -z "${CHROME_PATH:-}" ]] && ! command -v chromium >/dev/null; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Chromium and chromedriver (Debian packages, about a minute)"
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver
  elif ! command -v google-chrome >/dev/null; then
    echo "setup: no Chromium or Chrome found; install one or set CHROME_PATH" >&2
    exit 1
  fi
fi

# brotli, to weigh the build as a CDN would serve it.
if ! command -v brotli >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
  say "installing brotli (Debian package)"
  apt-get update -qq && apt-get install -y -qq brotli
fi

# The other browser engines, for the cross-engine journeys (tests/engines): WebKitGTK's
# WebDriver and a virtual display for it, Firefox ESR, all Debian packages; geckodriver from
# crates.io; the WebDriver client from npm. No browser is downloaded from anywhere else.
engine_debs=()
command -v WebKitWebDriver >/dev/null || engine_debs+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || engine_debs+=(xvfb)
command -v firefox-esr >/dev/null || engine_debs+=(firefox-esr)
if ((${#engine_debs[@]})); then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${engine_debs[*]} (Debian packages, about a minute)"
    # Lock timeout: another set-up on the same machine may be installing its own packages.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${engine_debs[@]}"
  else
    echo "setup: the cross-engine journeys need ${engine_debs[*]} (Debian packages); install them and run again" >&2
    exit 1
  fi
fi
if [[ "$(geckodriver --version 2>/dev/null | head -n1)" != "geckodriver 0.37.1"* ]]; then
  say "installing geckodriver 0.37.1 (about 2 minutes, once)"
  cargo install geckodriver --version 0.37.1 --locked
fi
npm_ci tests/engines "installing the WebDriver client"
