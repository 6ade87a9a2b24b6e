#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test of the solution.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/bootstrap.sh"
cd "$root"
dotnet test LawMonitor.sln -c Release --nologo "$@"
