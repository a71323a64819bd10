#!/usr/bin/env bash
# Builds and runs the benchmark: `bench/run.sh [RUNS]` (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
./build/bench/hd-bench "${1:-15}"
