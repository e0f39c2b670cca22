#!/usr/bin/env bash
# Runs a command with the test engine's environment: starts the engine when
# none is running, and stops it afterwards only if it started it here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export HOIST_ENGINE_DIR=${HOIST_ENGINE_DIR:-/tmp/hoist-engine${HOIST_ENGINE_PROFILE:+-$HOIST_ENGINE_PROFILE}}
started=0
if ! bash "$here/engine.sh" status; then
  bash "$here/engine.sh" start
  started=1
fi
[ "${HOIST_KEEP_ENGINE:-}" = 1 ] && started=0
trap '[ "$started" = 1 ] && bash "$here/engine.sh" stop' EXIT
set -a
# shellcheck disable=SC1091
. "$HOIST_ENGINE_DIR/engine.env"
set +a
"$@"
