#!/usr/bin/env bash
# Builds examples/hello with the bundled action, pushes it to a local registry
# and prints the outputs and the job summary. Installs and starts what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
[ -f dist/index.js ] || npm run -s bundle
HOIST_ENGINE_PROFILE=${HOIST_ENGINE_PROFILE:-runner} bash scripts/with-engine.sh bash -c '
  node scripts/local-runner.mjs \
    --input context=examples/hello \
    --input "tags=$HOIST_REGISTRY/demo/hello:latest" \
    --input "build-args=GREETING=Hello from the Hoist demo" \
    --input push=true'
