#!/usr/bin/env bash
# Runs the whole test suite: formatting and lints, the site build, unit tests, content and
# i18n checks, API and page tests against the real server on a temporary SQLite file, and
# browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --browser

printf '\n==> cargo fmt --check\n'
cargo fmt --all -- --check
printf '\n==> cargo clippy\n'
cargo clippy --workspace --all-targets --release -- -D warnings
printf '\n==> Building the site (cargo leptos build --release)\n'
cargo leptos build --release
printf '\n==> Tests\n'
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --release 2>&1 | tee "$log"
# One closing line for the whole suite, summed over cargo's per-binary results.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "\nportineria: %d passed, %d failed\n", p, f; if (p == 0) exit 1 }' "$log"
