#!/usr/bin/env bash
# The whole test suite: unit tests, then end-to-end tests that run the freshly
# bundled action against a real Docker engine and real registries.
# On a fresh Debian machine (as root) it installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
npm run -s bundle
export NODE_OPTIONS=--experimental-vm-modules
results=$(mktemp)
status=0
bash scripts/with-engine.sh npx jest --runInBand --json --outputFile="$results" "$@" || status=$?
# One closing line in the plain `N passed, N failed` form.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)
' "$results" 2>/dev/null || true
rm -f "$results"
exit "$status"
