#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for FieldKit's HQ tests (and for a developer trying the HQ store by hand).
#
#   tools/pg_test_cluster.sh start [DIR]   make and start a cluster in DIR (default: a new temporary folder);
#                                          prints the DSN to use, e.g.
#                                          export FIELDKIT_TEST_POSTGRES=$(tools/pg_test_cluster.sh start)
#   tools/pg_test_cluster.sh stop DIR      stop it and remove DIR
#
# The server listens on a unix socket inside DIR only (no TCP port), owned by the user running the server: the
# postgres system user when this runs as root (PostgreSQL refuses to run as root), else the caller. It trusts local
# connections on that socket (nobody else can reach a socket in a 0700 folder), and is tuned for tests
# (fsync off: the cluster is thrown away). PostgreSQL's binaries are found with pg_config, or under
# /usr/lib/postgresql/<newest>/bin (Debian).
set -euo pipefail

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  echo "PostgreSQL's initdb was not found (install postgresql, or set PG_BINDIR)" >&2
  exit 2
}

as_owner() {  # run a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

start() {
  local dir=${1:-}
  [ -n "$dir" ] || dir=$(mktemp -d /tmp/fieldkit-pg.XXXXXX)
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  local bin
  bin=$(bindir)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=50" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql:///postgres?host=$dir&user=postgres"
}

stop() {
  local dir=${1:?"which cluster folder?"}
  [ -d "$dir/data" ] || { rm -rf "$dir"; return 0; }
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
