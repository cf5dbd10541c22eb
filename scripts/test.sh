#!/usr/bin/env bash
# Runs the whole test suite: formatting and lints, the site build, unit tests, content and
# i18n checks, API and page tests against the real server on a temporary SQLite file, and
# browser tests in headless Chromium; then the end-to-end suite again on a throwaway
# PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --browser

printf '\n==> cargo fmt --check\n'
cargo fmt --all -- --check
printf '\n==> cargo clippy\n'
cargo clippy --workspace --all-targets --release -- -D warnings
printf '\n==> Building the site (cargo leptos build --release)\n'
cargo leptos build --release
printf '\n==> A throwaway PostgreSQL server (scripts/postgres.sh)\n'
log=$(mktemp)
pg=$(mktemp -d)
trap './scripts/postgres.sh stop "$pg" || true; rm -rf "$log" "$pg"' EXIT
PORTINERIA_TEST_POSTGRES=$(./scripts/postgres.sh start "$pg")
export PORTINERIA_TEST_POSTGRES
echo "$PORTINERIA_TEST_POSTGRES"
printf '\n==> Tests on SQLite (with the multi-instance tests on PostgreSQL)\n'
cargo test --workspace --release 2>&1 | tee "$log"
# The end-to-end suite again, each server on a PostgreSQL database of its own. The browser
# tests see pages the API and page tests already check on both, and run once (on SQLite);
# the cluster tests run PostgreSQL whatever the backend, and ran above.
printf '\n==> End-to-end tests on PostgreSQL\n'
PORTINERIA_TEST_DATABASE=postgres cargo test --release -p portineria-tests --test e2e -- \
  --skip browser --skip cluster:: 2>&1 | tee -a "$log"
# One closing line for the whole suite, summed over cargo's per-binary results.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "\nportineria: %d passed, %d failed\n", p, f; if (p == 0) exit 1 }' "$log"
