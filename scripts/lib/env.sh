# Shared by every script: where things live, and the pinned toolchain.
# Sourced, never run. Puts the project's Node and pnpm first on PATH.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
DATA="$ROOT/.data"
NODE_VERSION=24.21.0
NODE_MIN=22.12.0
PNPM_VERSION=12.4.2
TEMPORAL_CLI_VERSION=v1.5.1
TEMPORAL_TEST_SERVER_VERSION=1.31.0
export PATH="$TOOLS/node/bin:$TOOLS/pnpm:$TOOLS/bin:$PATH"
# Go's tarball install lives outside the default PATH of non-login shells.
command -v go >/dev/null 2>&1 || { [ -x /usr/local/go/bin/go ] && export PATH="$PATH:/usr/local/go/bin"; }
mkdir -p "$TOOLS" "$DATA"

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Prints "name version" tarball from the npm registry into $2, honouring the
# user's npm registry setting when npm is present.
fetch_npm_tarball() {
  local spec=$1 dest=$2 name=${1%@*} version=${1##*@}
  mkdir -p "$dest"
  if command -v npm >/dev/null 2>&1; then
    (cd "$dest" && npm pack --silent "$spec" >/dev/null) || return 1
  else
    local registry=${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}
    local base=${name##*/}
    curl -fsSL "$registry/$name/-/$base-$version.tgz" -o "$dest/$base-$version.tgz" || return 1
  fi
}

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]; }

# Reads a KEY=VALUE file written by a service script into the environment.
load_env_file() { [ -f "$1" ] && set -a && . "$1" && set +a; }

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
