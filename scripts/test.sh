#!/usr/bin/env bash
# The whole test suite: unit tests, then the end-to-end tests on every engine
# profile (scripts/engine.sh), side by side, each against a daemon and
# registries of its own, running the freshly bundled action.
#
#   npm test                                  all of it, on every profile (legacy, runner, containerd, podman);
#                                             the podman profile runs podman's and buildah's own tests
#   HOIST_ENGINE_PROFILES=runner npm test     the end-to-end tests on the profiles named (comma-separated)
#   npm test -- <jest arguments>              e.g. a test file or `-t NAME`, on each profile
#
# Profile P's engine lives in ${HOIST_ENGINE_DIR:-/tmp/hoist-engine}-P; HOIST_KEEP_ENGINE=1
# keeps the engines running afterwards. On a fresh Debian machine (as root) the
# engine script installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s bundle
export NODE_OPTIONS=--experimental-vm-modules
profiles=${HOIST_ENGINE_PROFILES:-legacy,runner,containerd,podman}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

status=0
npx jest --selectProjects unit --passWithNoTests --json --outputFile="$out/unit.json" "$@" ||
  status=$?

# Each profile's log goes to a file, printed whole when it ends, so that
# concurrent runs do not interleave.
declare -A pids
for profile in ${profiles//,/ }; do
  # Most end-to-end files drive docker itself; the podman profile runs the ones made for it.
  # (Ignore patterns, last: file arguments given to npm test would widen a match pattern,
  # and the option takes every argument after it.)
  if [ "$profile" = podman ]; then only=(--testPathIgnorePatterns '/e2e/(?!podman)[^/]*$'); else only=(--testPathIgnorePatterns '/e2e/podman'); fi
  HOIST_ENGINE_PROFILE=$profile HOIST_ENGINE_DIR=${HOIST_ENGINE_DIR:-/tmp/hoist-engine}-$profile \
    bash scripts/with-engine.sh npx jest --selectProjects e2e --runInBand --passWithNoTests --forceExit \
    --json --outputFile="$out/e2e-$profile.json" "$@" "${only[@]}" >"$out/e2e-$profile.log" 2>&1 &
  pids[$profile]=$!
done
for profile in "${!pids[@]}"; do
  wait "${pids[$profile]}" || status=$?
  echo "===== end-to-end on the $profile engine profile"
  cat "$out/e2e-$profile.log"
done

# One line per run, then one closing line in the plain `N passed, N failed` form.
node -e '
  const fs = require("fs")
  let passed = 0, failed = 0, skipped = 0
  for (const file of process.argv.slice(1)) {
    const name = file.replace(/.*\/(.*)\.json$/, "$1")
    if (!fs.existsSync(file)) { console.log(`${name}: did not finish`); failed++; continue }
    const r = JSON.parse(fs.readFileSync(file, "utf8"))
    console.log(`${name}: ${r.numPassedTests} of ${r.numTotalTests} tests passed`)
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests
  }
  console.log(`jest: ${passed} passed, ${failed} failed, ${skipped} skipped`)
' "$out/unit.json" $(for p in ${profiles//,/ }; do echo "$out/e2e-$p.json"; done)
exit "$status"
