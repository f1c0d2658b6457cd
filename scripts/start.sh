#!/usr/bin/env bash
# Starts the whole system with embedded defaults: Temporal (dev server), the
# embedded PGlite database unless DATABASE_URL is set, and the runtime (API,
# worker, studio) in one process. Prints the URL. Ctrl-C stops the runtime;
# `scripts/temporal.sh stop` stops Temporal too.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$ROOT"

"$ROOT/scripts/bootstrap.sh"
# The runtime serves the studio's production build; rebuild it when any of
# its sources (or the packages it bundles) changed since the last build.
stamp="$ROOT/studio/build/handler.js"
if [ ! -f "$stamp" ] || [ -n "$(find "$ROOT/studio/src" "$ROOT/studio/messages" "$ROOT/engine/src" "$ROOT/forms/src" -newer "$stamp" -type f -print -quit)" ]; then
  log "building the studio (vite build)"
  pnpm --filter @saqme/studio build >"$DATA/studio-build.log" 2>&1 || { tail -30 "$DATA/studio-build.log" >&2; die "the studio build failed"; }
fi
tp=$("$ROOT/scripts/temporal.sh" start)
set -a; eval "$tp"; set +a
[ -n "${TEMPORAL_ADDRESS:-}" ] || die "Temporal could not be started here (no Go or Java toolchain)"
exec node "$ROOT/runtime/src/main.ts"
