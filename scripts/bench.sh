#!/usr/bin/env bash
# Benchmarks Portineria's search against a SQLite FTS5 baseline over the same documents:
# index build time, in-process and HTTP latency, throughput at several concurrencies, peak
# memory, and the relevance suite side by side. Not part of the test suite.
#
#   scripts/bench.sh [--sizes 1000,10000,100000] [--seconds 5] [--reps 5] [--seed S]
#                    [--concurrency 1,16,64] [--out FILE] [--no-relevance]
#
# Work files (synthetic content, databases, indexes, server logs) go to target/bench/;
# the synthetic content of each size is kept and reused by later runs. The other commands
# of portineria-bench work through here too (`scripts/bench.sh --help`), such as the
# synthetic content alone:
#
#   scripts/bench.sh synth --services N --out DIR [--seed S]
#
# and import and index rebuild on SQLite and on PostgreSQL (a throwaway server, or --postgres URL):
#
#   scripts/bench.sh databases [--sizes 10000,100000] [--postgres URL]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p portineria -p portineria-bench
exec target/release/portineria-bench "$@"
