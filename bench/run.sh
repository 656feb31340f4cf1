#!/usr/bin/env bash
# The benchmark, in one command: builds veille and the baseline in release mode, then measures
# indexing and queries on ../shared's real corpus. `--smoke` runs a few hundred articles only
# (CI runs it so the harness does not rot; it asserts nothing about speed).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin veille --example baseline
if [[ "${1:-}" == "--smoke" ]]; then
    exec python3 bench/bench.py --smoke --output bench/work/RESULTS-smoke.md
fi
exec python3 bench/bench.py "$@"
