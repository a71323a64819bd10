#!/usr/bin/env bash
# Refreshes resources/mozilla-roots.txt, the roots of Mozilla's root program that the
# `interception` check calls public, from Debian's ca-certificates package. The list is
# shipped in the tree so that every build (Windows and macOS included) has the same one.
#
#   scripts/refresh-mozilla-roots.sh [DIRECTORY]
#
# DIRECTORY defaults to /usr/share/ca-certificates/mozilla (`apt-get install ca-certificates`).
# Each line: the certificate's SHA-256 fingerprint (upper-case hex), a space, its subject.
set -euo pipefail
cd "$(dirname "$0")/.."

directory="${1:-/usr/share/ca-certificates/mozilla}"
output="resources/mozilla-roots.txt"
[ -d "${directory}" ] || { echo "refresh-mozilla-roots.sh: ${directory} is missing (apt-get install ca-certificates)" >&2; exit 1; }
version="$(dpkg-query -W -f='${Version}' ca-certificates 2>/dev/null || echo unknown)"

lines="$(mktemp)"
trap 'rm -f "${lines}"' EXIT
for cert in "${directory}"/*.crt; do
    fingerprint="$(openssl x509 -in "${cert}" -noout -fingerprint -sha256)" ||
        { echo "refresh-mozilla-roots.sh: ${cert} is not a PEM certificate" >&2; exit 1; }
    fingerprint="${fingerprint#*=}"
    subject="$(openssl x509 -in "${cert}" -noout -subject -nameopt RFC2253)"
    echo "${fingerprint//:/} ${subject#subject=}" >>"${lines}"
done
count="$(wc -l <"${lines}")"
[ "${count}" -gt 100 ] || { echo "refresh-mozilla-roots.sh: only ${count} roots in ${directory}" >&2; exit 1; }

{
    echo "# SHA-256 fingerprints of Mozilla's root certificates: ${count} roots from Debian's"
    echo "# ca-certificates ${version}. Regenerate with scripts/refresh-mozilla-roots.sh."
    LC_ALL=C sort "${lines}"
} >"${output}"
echo "wrote ${output}: ${count} roots (ca-certificates ${version})"
