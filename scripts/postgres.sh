#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, from Debian's `postgresql` package:
#   scripts/postgres.sh start DIR   initialises a cluster in DIR, starts it on a free port of
#                                   127.0.0.1 and prints its URL (postgres://postgres@…)
#   scripts/postgres.sh stop DIR    stops it (DIR can then be deleted)
# As root it runs the server as the package's `postgres` user (PostgreSQL refuses root).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
dir=${2:?usage: $0 start|stop DIR}
case ${1:-} in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # C collation: names sort by code point, as SQLite sorts them, so both backends agree.
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --locale=C -E UTF8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=1000 -c shared_buffers=128MB" \
      start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
