#!/usr/bin/env bash
# Ensures a Temporal server and prints TEMPORAL_ADDRESS=host:port on stdout.
# With TEMPORAL_ADDRESS set, uses that cluster. Otherwise starts (or reuses) a
# local one, by the first route that works here:
#   1. the `temporal` CLI v1.5.1 built from Go modules into .tools/bin, running
#      `server start-dev` on .data/temporal.db;
#   2. the Java test server from Maven Central (io.temporal:temporal-test-server);
#   3. nothing here: the SDK's own download (TestWorkflowEnvironment), which
#      needs internet; the tests then start it themselves.
# The custom search attributes from ARCHITECTURE.md are registered either way.
#   scripts/temporal.sh [start|stop|build]
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"

ENV_FILE="$DATA/temporal.env"
PID_FILE="$DATA/temporal.pid"
BIN="$TOOLS/bin/temporal"
STAMP="$TOOLS/bin/temporal.version"
SEARCH_ATTRIBUTES=(ServiceId=Keyword ServiceVersion=Int TenantId=Keyword CaseStatus=Keyword CurrentSteps=KeywordList)

build_cli() {
  [ -x "$BIN" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$TEMPORAL_CLI_VERSION" ] && return 0
  command -v go >/dev/null || return 1
  log "building the temporal CLI $TEMPORAL_CLI_VERSION from Go modules (first time only; about 3-4 minutes on 2 cores)"
  GOBIN="$TOOLS/bin" GOFLAGS=-buildvcs=false go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" >&2 || return 1
  echo "$TEMPORAL_CLI_VERSION" >"$STAMP"
}

wait_ready() { # address, pid
  local i
  for i in $(seq 1 120); do
    if "$BIN" operator cluster health --address "$1" >/dev/null 2>&1; then return 0; fi
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

start_dev_server() {
  local port http metrics args=()
  port=$(free_port); http=$(free_port); metrics=$(free_port)
  for sa in "${SEARCH_ATTRIBUTES[@]}"; do args+=(--search-attribute "$sa"); done
  log "starting the Temporal dev server on 127.0.0.1:$port"
  setsid "$BIN" server start-dev --headless --ip 127.0.0.1 --port "$port" --http-port "$http" \
    --metrics-port "$metrics" --db-filename "$DATA/temporal.db" --log-level warn "${args[@]}" \
    >"$DATA/temporal.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  wait_ready "127.0.0.1:$port" "$pid" || { tail -20 "$DATA/temporal.log" >&2; die "the Temporal dev server did not become ready"; }
  printf 'TEMPORAL_ADDRESS=127.0.0.1:%s\nTEMPORAL_ROUTE=dev-server\n' "$port" >"$ENV_FILE"
}

start_java_test_server() {
  command -v java >/dev/null && command -v mvn >/dev/null || return 1
  local dir="$TOOLS/temporal-test-server" port
  if [ ! -f "$dir/classpath.txt" ]; then
    log "fetching io.temporal:temporal-test-server:$TEMPORAL_TEST_SERVER_VERSION from Maven Central"
    mkdir -p "$dir"
    cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>ts</artifactId><version>1</version>
<dependencies><dependency><groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId>
<version>$TEMPORAL_TEST_SERVER_VERSION</version></dependency></dependencies></project>
POM
    (cd "$dir" && mvn -q dependency:build-classpath -Dmdep.outputFile=classpath.txt) >&2 || return 1
  fi
  port=$(free_port)
  log "starting the Java Temporal test server on 127.0.0.1:$port"
  setsid java -cp "$(cat "$dir/classpath.txt")" io.temporal.testserver.TestServer "$port" \
    >"$DATA/temporal.log" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  local i
  for i in $(seq 1 120); do port_open "$port" && break; sleep 0.5; done
  port_open "$port" || die "the Java test server did not start"
  printf 'TEMPORAL_ADDRESS=127.0.0.1:%s\nTEMPORAL_ROUTE=java-test-server\n' "$port" >"$ENV_FILE"
}

register_search_attributes() { # address
  [ -x "$BIN" ] || return 0
  local sa
  for sa in "${SEARCH_ATTRIBUTES[@]}"; do
    "$BIN" operator search-attribute create --address "$1" --name "${sa%=*}" --type "${sa#*=}" >/dev/null 2>&1 || true
  done
}

running() {
  [ -f "$PID_FILE" ] && [ -f "$ENV_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null || return 1
  load_env_file "$ENV_FILE"
  port_open "${TEMPORAL_ADDRESS##*:}"
}

cmd_start() {
  if [ -n "${TEMPORAL_ADDRESS:-}" ]; then
    local host=${TEMPORAL_ADDRESS%:*}
    [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ] || log "using the cluster at $TEMPORAL_ADDRESS"
    build_cli || true
    register_search_attributes "$TEMPORAL_ADDRESS"
    echo "TEMPORAL_ADDRESS=$TEMPORAL_ADDRESS"; return
  fi
  if ! running; then
    if build_cli; then start_dev_server
    elif start_java_test_server; then :
    else
      log "no Go and no Java here: tests fall back to the SDK's own server download (needs internet)"
      echo "TEMPORAL_ROUTE=sdk-download"; return
    fi
  fi
  grep -E '^TEMPORAL_(ADDRESS|ROUTE)=' "$ENV_FILE"
}

cmd_stop() {
  [ -f "$PID_FILE" ] && kill "$(cat "$PID_FILE")" 2>/dev/null || true
  rm -f "$PID_FILE" "$ENV_FILE"
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  build) build_cli ;;
  *) die "usage: $0 [start|stop|build]" ;;
esac
