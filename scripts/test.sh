#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test of the solution, then prints what the
# API fuzzer sent (artifacts/fuzz/report.txt, written by the fuzzer test of this run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/bootstrap.sh"
cd "$root"
rm -f artifacts/fuzz/report.txt
status=0
dotnet test LawMonitor.sln -c Release --nologo "$@" || status=$?
if [ -f artifacts/fuzz/report.txt ]; then
  cat artifacts/fuzz/report.txt
fi
exit "$status"
