#!/usr/bin/env bash
# Builds Portineria and runs it at http://127.0.0.1:3000 on the embedded SQLite database:
# the first start creates data/, imports content/ and builds the search index.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
printf '\n==> Building the site (cargo leptos build --release)\n'
cargo leptos build --release
printf '\n==> Starting Portineria on http://%s\n' "${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
exec ./target/release/portineria "$@"
