#!/usr/bin/env bash
# Installs what LawMonitor needs on a Debian machine, idempotently: a second run installs nothing.
#   poppler-utils (pdftotext)  tesseract-ocr + tesseract-ocr-vie (scans)  antiword (Word 97)
#   chromium (browser tests)   sqlite3 (inspecting the index by hand)
#   nodejs + npm, only when no node is on PATH (the independent OpenAPI validator in tools/openapi-validator)
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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "bootstrap: installing nodejs npm" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >&2
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >&2
fi

# The OpenAPI validator's packages, from the lock file, once (again only when the lock file changes).
validator="$root/tools/openapi-validator"
if [ ! -f "$validator/node_modules/.installed" ] || [ "$validator/package-lock.json" -nt "$validator/node_modules/.installed" ]; then
  say "installing the OpenAPI validator (npm ci)"
  (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error >&2 && touch node_modules/.installed)
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "bootstrap: the .NET SDK (dotnet) is not on PATH; install the SDK named in global.json" >&2
  exit 1
fi
