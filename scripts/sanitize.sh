#!/usr/bin/env bash
# The sanitizer and fuzzing job of scripts/test.sh, also usable on its own:
#   bash scripts/sanitize.sh            build into ./build-sanitize, run the suites most exposed
#                                       to server input (label server-input), then fuzz
#   HD_SANITIZE_SUITE=all bash scripts/sanitize.sh  every suite, the window's too (longer than
#                                       CI's 30 minutes on 2 cores allow, with both builds)
#   HD_FUZZ_SECONDS=600 bash scripts/sanitize.sh    fuzz longer
# Prints each fuzz target's executions at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fuzz_seconds=${HD_FUZZ_SECONDS:-30}
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DHD_FUZZ=ON -DHD_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
if [ "${HD_SANITIZE_SUITE:-}" = all ]; then
    cmake --build build-sanitize --parallel "$(nproc)"
    suite=(-LE fuzz)
else
    cmake --build build-sanitize --parallel "$(nproc)" --target hd-server-input-tests hd-fuzzers
    suite=(-L server-input)
fi

export ASAN_OPTIONS=detect_leaks=1:strict_init_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/sanitizers/lsan.supp:print_suppressions=0
cd build-sanitize
QT_QPA_PLATFORM=offscreen ctest "${suite[@]}" --output-on-failure --timeout 600
ctest -L fuzz -j "$(nproc)" --output-on-failure --timeout $((fuzz_seconds * 3 + 60))

echo "Fuzz executions in ${fuzz_seconds} s per target:"
awk '/^[0-9]+\/[0-9]+ Test: fuzz_/ { name = $3 }
     /stat::number_of_executed_units:/ { printf "  %-24s %12d\n", name, $2 }' Testing/Temporary/LastTest.log
