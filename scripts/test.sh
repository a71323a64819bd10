#!/usr/bin/env bash
# Fresh Debian 12 machine to a full test run: dependencies, build, every CTest suite.
# GUI suites run on Qt's offscreen platform; every server is local (127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300
cd ..

# --- Packaging: the Debian package is built, validated, installed with apt-get, used ---
# --- once from its installed path, and removed (scripts/check-package.sh).            ---
bash scripts/check-package.sh build

# --- Sanitizers and fuzzing -----------------------------------------------------------
# A second build with clang, AddressSanitizer and UndefinedBehaviorSanitizer (float-cast
# checks on, stopping at the first report) and libFuzzer coverage. To stay within CI's 30
# minutes on 2 cores it builds core/ and the CLI, not the window, runs the suites most
# exposed to server input (CTest label "server-input", listed in README), then each fuzz
# target (label "fuzz") for HD_FUZZ_SECONDS on its seeds plus fresh inputs.
bash scripts/sanitize.sh
