#!/usr/bin/env bash
# Refresh the .ts files from the sources in core/, ui/ and app/, then fill the English
# file (source text = translation) and report how much Chinese is still to translate.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/.." && pwd)"
cd "${repo_root}"

LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
EN_TS="translations/handshake-doctor_en.ts"
ZH_TS="translations/handshake-doctor_zh_CN.ts"

"${LUPDATE}" -no-obsolete -locations none core ui app -ts "${EN_TS}" "${ZH_TS}"

python3 "${script_dir}/fill_english_ts.py" "${EN_TS}"

# grep -c exits 1 when the count is 0; that is not an error here.
remaining="$(grep -c 'type="unfinished"' "${ZH_TS}" || true)"
echo "${ZH_TS}: ${remaining} unfinished entries remain"
