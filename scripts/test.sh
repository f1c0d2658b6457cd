#!/usr/bin/env bash
# Runs every check and test: lint and format (Biome), type checks, generated
# code freshness, and all vitest projects against a real PostgreSQL and a real
# Temporal server started by this project's scripts. Ends with the line
# "N passed, N failed" summed over every runner.
#   scripts/test.sh [vitest filters...]
set -uo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$ROOT"

"$ROOT/scripts/bootstrap.sh" || exit 1
"$ROOT/scripts/system-deps.sh" || exit 1
pg=$("$ROOT/scripts/postgres.sh" start) || exit 1
tp=$("$ROOT/scripts/temporal.sh" start) || exit 1
set -a; eval "$pg"; eval "$tp"; set +a

REPORTS="$DATA/reports"
mkdir -p "$REPORTS"
passed=0 failed=0

check() { # name, command...
  local name=$1; shift
  log "check: $name"
  if "$@" >"$REPORTS/$name.log" 2>&1; then passed=$((passed + 1))
  else failed=$((failed + 1)); log "FAILED: $name (see below)"; tail -40 "$REPORTS/$name.log" >&2; fi
}

check lint pnpm exec biome ci . --colors=off
check typecheck pnpm -r --workspace-concurrency=2 typecheck
if [ -f "$ROOT/scripts/codegen-check.sh" ]; then check codegen "$ROOT/scripts/codegen-check.sh"; fi

log "vitest"
rm -f "$REPORTS/vitest.json"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json" "$@"
vitest_status=$?
if [ -f "$REPORTS/vitest.json" ]; then
  read -r vp vf vs < <(node -p 'const r=require(process.argv[1]);[r.numPassedTests,r.numFailedTests,r.numFailedTestSuites].join(" ")' "$REPORTS/vitest.json")
  passed=$((passed + vp)); failed=$((failed + vf))
  # A suite that fails to load has no failed tests of its own; count it.
  [ "$vitest_status" = 0 ] || [ "$vf" != 0 ] || failed=$((failed + (vs > 0 ? vs : 1)))
else
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
