#!/usr/bin/env bash
# The whole test suite: unit tests, then end-to-end tests that run the freshly
# bundled action against a real Docker engine and real registries.
# On a fresh Debian machine (as root) it installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s bundle
export NODE_OPTIONS=--experimental-vm-modules
bash scripts/with-engine.sh npx jest --runInBand "$@"
