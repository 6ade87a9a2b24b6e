#!/usr/bin/env bash
# Installs what LawMonitor needs on a Debian machine, idempotently: a second run installs nothing.
#   poppler-utils (pdftotext)  tesseract-ocr + tesseract-ocr-vie (scans)  antiword (Word 97)
#   chromium (browser tests)   sqlite3 (inspecting the index by hand)
# The .NET SDK is expected on PATH (global.json pins the version).
set -euo pipefail

quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1
say() { [ "$quiet" = 1 ] || echo "bootstrap: $*" >&2; }

packages=(poppler-utils tesseract-ocr tesseract-ocr-vie antiword chromium sqlite3 ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >&2
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  say "Debian packages present"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "bootstrap: the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json" >&2
  exit 1
fi
