# The two commands a newcomer needs. Both install whatever is missing first (quickly skipped
# when everything is present): see scripts/setup.sh.
#
#   make serve   run the portal locally at http://127.0.0.1:8080/ (trunk serve, live reload)
#   make test    run every check and test: fmt, clippy, native tests, release build, size
#                budget, end-to-end tests in headless Chromium

SHELL := /bin/bash
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup bench dist

# The release build, finished: trunk's build, the wasm cut into route chunks, every page
# pre-rendered with its SEO files, then the folder made ready to upload (hashed names,
# _headers, service worker, .br/.gz).
#   make dist                                   → dist/
#   PUBLIC_URL=/portal/ make dist DIST=dist-portal   (a sub-path; SITE_URL for the host)
DIST ?= dist
PUBLIC_URL ?= /
export PUBLIC_URL

serve: setup
	trunk serve

test: setup
	scripts/test.sh

setup:
	@scripts/setup.sh

# Not one of the two commands: the benchmarks (scripts/bench.sh), for whoever measures.
bench: setup
	scripts/bench.sh

# The release wasm only is built with a pinned nightly (scripts/setup.sh installs it with rust-src
# and the wasm target): the standard library rebuilt with the app's size profile, and panics that
# abort at once, with no formatting or unwinding code (README, "Size"). Everything else, `make
# serve`, clippy, the tests and the pre-render, stays on stable.
NIGHTLY := nightly-2026-05-20
# `--features split` and scripts/split.sh cut the wasm into route chunks (see src/app.rs).
dist: setup
	RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	  RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort' \
	  trunk build --release --quiet --features split --public-url $(PUBLIC_URL) --dist $(DIST)
	scripts/split.sh $(DIST)
	cargo run --quiet --bin prerender -- $(DIST)
	cargo run --quiet --bin deploy -- $(DIST)
