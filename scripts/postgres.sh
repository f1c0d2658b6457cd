#!/usr/bin/env bash
# Ensures a PostgreSQL 15+ server and prints DATABASE_URL=... on stdout.
# With DATABASE_URL set, checks that server and uses it. Otherwise runs a
# private cluster under .data/postgres on a free loopback port, reusing it when
# it is already running. initdb and pg_ctl refuse root, so as root the cluster
# belongs to the unprivileged `postgres` (or `nobody`) user.
#   scripts/postgres.sh [start|stop|status]
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"

PGDATA_DIR="$DATA/postgres"
ENV_FILE="$DATA/postgres.env"
DB_NAME=saqme

find_bindir() {
  local d
  for d in ${PG_BINDIR:-} /usr/lib/postgresql/{17,16,15}/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "PostgreSQL server not found: installing postgresql-15 from Debian's packages"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15) >&2 || true
    [ -x /usr/lib/postgresql/15/bin/initdb ] && { echo /usr/lib/postgresql/15/bin; return; }
  fi
  die "no PostgreSQL server binaries found (set PG_BINDIR, or DATABASE_URL to an existing server)"
}

# Runs a command as the cluster's owner: ourselves unless we are root.
as_owner() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  local user=postgres
  id -u "$user" >/dev/null 2>&1 || user=nobody
  runuser -u "$user" -- "$@"
}

owner_can_reach() {
  # The owner must be able to traverse to .data/; open the path if needed.
  local d="$PGDATA_DIR"
  while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
}

cmd_start() {
  if [ -n "${DATABASE_URL:-}" ]; then
    node -e 'const u=new URL(process.env.DATABASE_URL);require("net").connect(+u.port||5432,u.hostname).on("connect",()=>process.exit(0)).on("error",e=>{console.error(e.message);process.exit(1)})' \
      || die "DATABASE_URL is set but its server does not answer"
    echo "DATABASE_URL=$DATABASE_URL"; return
  fi
  local bindir; bindir=$(find_bindir)
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    log "initdb $PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = 0 ] && { owner_can_reach; chown "$(as_owner id -un)" "$PGDATA_DIR"; }
    as_owner "$bindir/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DATA/postgres-initdb.log" 2>&1 \
      || { cat "$DATA/postgres-initdb.log" >&2; die "initdb failed"; }
  fi
  local port
  if as_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1 && [ -f "$ENV_FILE" ]; then
    port=$(sed -n 's/^PGPORT=//p' "$ENV_FILE")
  else
    port=$(free_port)
    [ "$(id -u)" = 0 ] && owner_can_reach
    as_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" -w -t 60 -l "$PGDATA_DIR/server.log" \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2 \
      || { tail -20 "$PGDATA_DIR/server.log" >&2; die "PostgreSQL did not start"; }
    as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
      || as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
    printf 'PGPORT=%s\nDATABASE_URL=postgres://postgres@127.0.0.1:%s/%s\n' "$port" "$port" "$DB_NAME" >"$ENV_FILE"
  fi
  grep '^DATABASE_URL=' "$ENV_FILE"
}

cmd_stop() {
  [ -f "$PGDATA_DIR/PG_VERSION" ] || return 0
  as_owner "$(find_bindir)/pg_ctl" -D "$PGDATA_DIR" -m fast stop >&2 || true
  rm -f "$ENV_FILE"
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) as_owner "$(find_bindir)/pg_ctl" -D "$PGDATA_DIR" status ;;
  *) die "usage: $0 [start|stop|status]" ;;
esac
