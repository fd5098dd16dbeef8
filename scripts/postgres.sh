#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: Debian's server binaries (installed with apt-get when missing), a cluster in a
# temporary folder, listening on a loopback port only, never a system service.
#
#   scripts/postgres.sh install           installs Debian's server when missing (the other commands need it)
#   scripts/postgres.sh start DIR [PORT]  creates the cluster in DIR (unless it exists) and starts it; prints, as its
#                                         last line, the Npgsql connection string of database "careerbot"
#   scripts/postgres.sh stop DIR          stops it fast (the cluster stays, to be started again)
#   scripts/postgres.sh kill DIR          stops it at once (immediate mode, as a crash would)
#   scripts/postgres.sh remove DIR        stops it and deletes DIR
#
# As root, the server runs as the "postgres" user (PostgreSQL refuses to run as root).
set -euo pipefail

command=${1:-}
dir=${2:-}
[ "$command" = install ] || [ -n "$dir" ] || { echo "usage: $0 install | start|stop|kill|remove DIR [PORT]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  [ "$command" = start ] || [ "$command" = install ] || exit 0
  echo "# apt-get install postgresql" >&2
  apt_get="apt-get"
  [ "$(id -u)" -eq 0 ] || apt_get="sudo apt-get"
  { timeout 120 $apt_get update -qq && DEBIAN_FRONTEND=noninteractive timeout 300 $apt_get install -y -qq --no-install-recommends postgresql; } >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  # Debian starts a cluster as a service after installing; tests use their own.
  { service postgresql stop || true; } > /dev/null 2>&1
fi

as_owner() { # runs a command as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

data="$dir/data"
case "$command" in
  install)
    "$bin/postgres" --version
    ;;
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    if [ ! -f "$data/PG_VERSION" ]; then
      [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
      as_owner "$bin/initdb" -D "$data" -U careerbot --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    port=${3:-$(cat "$dir/port" 2>/dev/null || free_port)}
    echo "$port" > "$dir/port"
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start > /dev/null \
      || { tail -n 20 "$dir/server.log" >&2; exit 1; }
    if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U careerbot -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'careerbot'" | grep -q 1; then
      as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U careerbot careerbot
    fi
    echo "Host=127.0.0.1;Port=$port;Username=careerbot;Database=careerbot"
    ;;
  stop | kill | remove)
    if [ -f "$data/postmaster.pid" ]; then
      mode=fast
      [ "$command" = kill ] && mode=immediate
      as_owner "$bin/pg_ctl" -D "$data" -m "$mode" -w -t 30 stop > /dev/null 2>&1 || true
    fi
    if [ "$command" = remove ]; then rm -rf "$dir"; fi
    ;;
  *)
    echo "usage: $0 start|stop|kill|remove DIR [PORT]" >&2
    exit 2
    ;;
esac
