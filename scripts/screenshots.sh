#!/usr/bin/env bash
# Starts Handshake Doctor under Xvfb against a local failing server (tests/support) and
# saves what a person should look at: the program as started by a user (English and
# Chinese), both tabs in both languages, a dark palette, and every page of the PDF report.
#
#   scripts/screenshots.sh [SCENARIO] [OUTPUT_DIR]
#
# SCENARIO is any of `hd-test-server --help` (default: several-problems); OUTPUT_DIR
# defaults to ./screenshots. BUILD_DIR (default ./build) must hold a build; missing
# targets are built. Settings go to a throwaway directory, never the user's.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-${repo}/build}"
scenario="${1:-several-problems}"
out="$(mkdir -p "${2:-${repo}/screenshots}" && cd "${2:-${repo}/screenshots}" && pwd)"
screen="1400x900x24"

server_bin="${build}/tests/support/hd-test-server"
shots_bin="${build}/tests/ui/hd-ui-screenshots"
app_bin="${build}/app/handshake-doctor"
for tool in xvfb-run import pdftoppm; do
    command -v "${tool}" >/dev/null || { echo "screenshots.sh: ${tool} is missing (xvfb, imagemagick, poppler-utils)" >&2; exit 1; }
done
if [ ! -x "${server_bin}" ] || [ ! -x "${shots_bin}" ] || [ ! -x "${app_bin}" ]; then
    cmake --build "${build}" --target hd-test-server hd-ui-screenshots handshake-doctor
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "${server_pid}" ] && kill "${server_pid}" 2>/dev/null && wait "${server_pid}" 2>/dev/null || true
    rm -rf "${work}"
}
trap cleanup EXIT

: >"${work}/server.out" # exists before the server writes to it: the loop below reads it
"${server_bin}" "${scenario}" --ignore-stdin --cert-dir "${work}/certs" >>"${work}/server.out" &
server_pid=$!
port=""
for _ in $(seq 100); do
    port="$(sed -n 's/^PORT \([0-9]*\)$/\1/p' "${work}/server.out")"
    [ -n "${port}" ] && break
    kill -0 "${server_pid}" 2>/dev/null || { echo "screenshots.sh: hd-test-server failed" >&2; exit 1; }
    sleep 0.1
done
[ -n "${port}" ] || { echo "screenshots.sh: hd-test-server did not start" >&2; exit 1; }
url="https://localhost:${port}/"
ca="${work}/certs/ca.pem"
echo "scenario ${scenario} on ${url}"

export XDG_CONFIG_HOME="${work}/config"
export QT_QPA_PLATFORM=xcb

# 1. The real program, started the way a user starts it, captured from the X server.
for lang in en zh_CN; do
    xvfb-run -a -s "-screen 0 ${screen}" bash -c '
        "$1" --lang "$2" --ca-file "$3" "$4" &
        pid=$!
        sleep 4
        import -window root "$5"
        kill "$pid"; wait "$pid" 2>/dev/null || true
    ' _ "${app_bin}" "${lang}" "${ca}" "${url}" "${out}/program-${lang}.png"
    echo "wrote ${out}/program-${lang}.png"
done

# 2. Both tabs in both languages, the dark palette, and the PDF reports.
xvfb-run -a -s "-screen 0 ${screen}" "${shots_bin}" --url "${url}" --ca-file "${ca}" --out "${out}"

# 3. The PDF pages as pictures.
for pdf in "${out}"/report-*.pdf; do
    pdftoppm -r 70 -png "${pdf}" "${pdf%.pdf}-page"
done
ls -1 "${out}"
