#!/usr/bin/env bash
# Builds and runs the benchmark: `bench/run.sh [--latency MS] [RUNS]` (default 15 runs).
# --latency MS puts the healthy server behind a link with that round-trip time (a delaying
# relay inside hd-bench: see bench/DelayLink.h), to show the cost of the probes' round
# trips next to openssl s_client's. HD_BUILD_DIR=DIR uses an existing build there.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --latency)
            [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || { echo "usage: bench/run.sh [--latency MS] [RUNS]" >&2; exit 64; }
            args+=(--latency "$2")
            shift 2
            ;;
        *)
            [[ "$1" =~ ^[0-9]+$ ]] || { echo "usage: bench/run.sh [--latency MS] [RUNS]" >&2; exit 64; }
            args+=("$1")
            shift
            ;;
    esac
done

build_dir="${HD_BUILD_DIR:-build}"
if [[ "${build_dir}" == build ]]; then
    bash scripts/build.sh >/dev/null
else
    cmake --build "${build_dir}" --target hd-bench >/dev/null
fi
"${build_dir}/bench/hd-bench" "${args[@]}"
