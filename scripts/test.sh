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
cargo test --workspace --release
