#!/usr/bin/env bash
# Starts the whole system with embedded defaults: Temporal (dev server), the
# embedded PGlite database unless DATABASE_URL is set, and the runtime (API,
# worker, studio) in one process. Prints the URL. Ctrl-C stops the runtime;
# `scripts/temporal.sh stop` stops Temporal too.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$ROOT"

"$ROOT/scripts/bootstrap.sh"
tp=$("$ROOT/scripts/temporal.sh" start)
set -a; eval "$tp"; set +a
[ -n "${TEMPORAL_ADDRESS:-}" ] || die "Temporal could not be started here (no Go or Java toolchain)"
exec node "$ROOT/runtime/src/main.ts"
