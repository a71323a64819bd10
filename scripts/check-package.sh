#!/usr/bin/env bash
# The Debian package end to end, as root: builds it with CPack from a finished build, checks
# its contents, validates its desktop file and AppStream metainfo, installs it with apt-get,
# runs the installed handshake-doctor-cli (--version, then a diagnosis of a local
# hd-test-server), and removes the package again.
#
#   scripts/check-package.sh [BUILD_DIR]     (default: ./build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(cd "${1:-build}" && pwd)"
fail() { echo "check-package.sh: $*" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
installed=""
cleanup() {
    [ -n "${server_pid}" ] && kill "${server_pid}" 2>/dev/null && wait "${server_pid}" 2>/dev/null || true
    [ -n "${installed}" ] && DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=600 handshake-doctor >/dev/null || true
    rm -rf "${work}"
}
trap cleanup EXIT

echo "== cpack -G DEB"
rm -f "${build}"/handshake-doctor_*.deb
(cd "${build}" && cpack -G DEB >"${work}/cpack.log") || { cat "${work}/cpack.log"; fail "cpack failed"; }
debs=("${build}"/handshake-doctor_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one handshake-doctor_*.deb in ${build}"
deb="${debs[0]}"
echo "${deb}"

echo "== dpkg-deb -c"
dpkg-deb -c "${deb}" | tee "${work}/contents"
app_id="$(sed -n 's|.*\./usr/share/applications/\(.*\)\.desktop$|\1|p' "${work}/contents")"
[ -n "${app_id}" ] || fail "no desktop file in the package"
expected=(
    usr/bin/handshake-doctor usr/bin/handshake-doctor-cli
    "usr/share/metainfo/${app_id}.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/${app_id}.svg"
    usr/share/man/man1/handshake-doctor-cli.1.gz usr/share/man/man1/handshake-doctor.1.gz
    usr/share/man/zh_CN/man1/handshake-doctor-cli.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png")
done
for path in "${expected[@]}"; do
    grep -q " \./${path}$" "${work}/contents" || fail "${path} is missing from the package"
done

echo "== dpkg-deb -f (control)"
dpkg-deb -f "${deb}" Package Version Architecture Depends Recommends | tee "${work}/control"
for dependency in libqt6widgets6 libqt6network6 libqt6svg6 libssl3 qt6-qpa-plugins fonts-noto-cjk; do
    grep -q "${dependency}" "${work}/control" || fail "the package does not depend on ${dependency}"
done

echo "== desktop-file-validate and appstreamcli validate --no-net"
dpkg-deb -x "${deb}" "${work}/root"
desktop-file-validate "${work}/root/usr/share/applications/${app_id}.desktop"
appstreamcli validate --no-net "${work}/root/usr/share/metainfo/${app_id}.metainfo.xml"

echo "== apt-get install ${deb}"
installed=yes
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${deb}" >"${work}/apt.log" ||
    { cat "${work}/apt.log"; fail "apt-get install failed"; }
cli=/usr/bin/handshake-doctor-cli
[ -x "${cli}" ] || fail "${cli} was not installed"
"${cli}" --version
QT_QPA_PLATFORM=offscreen /usr/bin/handshake-doctor --version

echo "== the installed ${cli} diagnoses a local server"
: >"${work}/server.out"
"${build}/tests/support/hd-test-server" healthy --ignore-stdin --cert-dir "${work}/certs" >>"${work}/server.out" &
server_pid=$!
port=""
for _ in $(seq 100); do
    port="$(sed -n 's/^PORT \([0-9]*\)$/\1/p' "${work}/server.out")"
    [ -n "${port}" ] && break
    kill -0 "${server_pid}" 2>/dev/null || fail "hd-test-server failed"
    sleep 0.1
done
[ -n "${port}" ] || fail "hd-test-server did not start"
status=0
"${cli}" --lang en --ca-file "${work}/certs/ca.pem" "https://localhost:${port}/" || status=$?
# 0: no problem, 1: warnings only (a local test server sends no HSTS, for one); never errors.
[ "${status}" -le 1 ] || fail "the installed program found errors in a healthy server (exit ${status})"

echo "== apt-get purge handshake-doctor"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=600 handshake-doctor >/dev/null
installed=""
[ ! -e "${cli}" ] || fail "${cli} is still there after removal"
echo "check-package.sh: the package builds, validates, installs, works and uninstalls"
