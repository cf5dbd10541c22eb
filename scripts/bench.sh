#!/usr/bin/env bash
# Benchmarks Portineria's search against a SQLite FTS5 baseline over the same documents:
# index build time, in-process and HTTP latency, throughput at several concurrencies, the
# server-rendered search page, peak memory, and the relevance suite side by side. Not part of
# the test suite.
#
#   scripts/bench.sh [--sizes 1000,10000,100000] [--corpora worst,realistic] [--seconds 5]
#                    [--reps 5] [--seed S] [--concurrency 1,16,64] [--out FILE] [--no-relevance]
#
# Each size is measured on two synthetic corpora (both by default): `worst`, 30 service
# templates where a typical query matches about a quarter of the services (totals and facets
# visit every match), and `realistic`, over a thousand templates recombined from kinds,
# topics, target groups and delivery modes, with words of each comune and organisation. The
# report has a table per corpus and size, then the corpora side by side with the share of the
# corpus the queries match.
#
# Work files (synthetic content, databases, indexes, server logs) go to target/bench/CORPUS/N;
# the synthetic content of each corpus and size is kept and reused by later runs. The other
# commands of portineria-bench work through here too (`scripts/bench.sh --help`), such as the
# synthetic content alone:
#
#   scripts/bench.sh synth --services N --out DIR [--seed S] [--corpus worst|realistic]
#
# and import and index rebuild on SQLite and on PostgreSQL (a throwaway server, or --postgres URL):
#
#   scripts/bench.sh databases [--sizes 10000,100000] [--corpus worst|realistic] [--postgres URL]
#
# and what each public page type downloads on a first and a second visit, and when it can be
# used on Slow 3G, in headless Chromium (after `cargo leptos build --release`):
#
#   scripts/bench.sh pages
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p portineria -p portineria-bench
exec target/release/portineria-bench "$@"
