#!/usr/bin/env bash
# Installs what building, running and testing Handshake Doctor needs on Debian 12, as root.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev
    libssl-dev openssl ca-certificates
    fonts-noto-cjk poppler-utils xvfb xauth util-linux iproute2
    dpkg-dev desktop-file-utils appstream
    clang libclang-rt-14-dev llvm-14
    tinyproxy-bin
    libglib2.0-bin gsettings-desktop-schemas
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
