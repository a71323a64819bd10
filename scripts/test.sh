#!/usr/bin/env bash
# Fresh Debian 12 machine to a full test run: dependencies, build, every CTest suite.
# GUI suites run on Qt's offscreen platform; every server is local (127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300

# --- Packaging: the Debian package is built, validated, installed with apt-get, used ---
# --- once from its installed path, and removed (scripts/check-package.sh).            ---
cd ..
bash scripts/check-package.sh build
