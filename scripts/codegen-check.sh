#!/usr/bin/env bash
# Fails when any committed generated file differs from what its schema gives.
# Each package lists its generation in package.json#scripts.codegen, which
# writes only into folders named generated/.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$ROOT"
pnpm -r --workspace-concurrency=1 --if-present codegen >/dev/null
stale=$(git status --porcelain -- ':(glob)**/generated/**' | sed 's/^...//')
if [ -n "$stale" ]; then
  echo "Generated files are stale; run \`pnpm -r codegen\` and commit:" >&2
  echo "$stale" >&2
  git diff --stat -- ':(glob)**/generated/**' >&2
  exit 1
fi
