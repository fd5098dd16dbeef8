# shellcheck shell=bash
# Shared by perf/load.sh, perf/cold-start.sh and perf/memory.sh (sourced, after `cd` to the repository root):
# installing the tools a benchmark needs, building CareerBot in Release, starting it on a free loopback port with a
# fresh SQLite database, waiting for it, reading its memory figures, and stopping every process a script started when
# it exits, however it exits. Everything a script writes (logs, databases) goes into one temporary folder, $work,
# removed on exit.

root=$PWD
# CareerBot as it ships: published in Release, self-contained, one composite ReadyToRun image (careerbot_build).
app_dir="$root/artifacts/perf/careerbot"
dll="$app_dir/CareerBot.dll"
# ReadyToRun: the assemblies carry machine code compiled at build time, so the process starts without waiting for the
# JIT to compile them. Composite and self-contained: the runtime's assemblies and ours are compiled together into one
# image (CareerBot.r2r.dll), which precompiles what separate images cannot, the framework's generic code instantiated
# over our types (async state machines, collections, JSON converters): the first English answer came about 0.3 s
# sooner than with framework-dependent ReadyToRun, for 17 MB more resident (docs/performance.md). --use-current-runtime:
# the SDK's own runtime identifier.
publish_args=(-c Release --use-current-runtime --self-contained true -p:PublishReadyToRun=true
  -p:PublishReadyToRunComposite=true)
pids=()  # processes to stop on exit
child="" # the bounded command running now, if any
work=$(mktemp -d "${TMPDIR:-/tmp}/careerbot-perf.XXXXXX")

log() { echo "# $*"; }
die() {
  echo "error: $*" >&2
  exit 1
}

# Runs COMMAND for at most SECONDS. In the background and waited for, so that an INT/TERM trap runs at once rather
# than after the command (bash runs traps only between commands).
bounded() { # bounded SECONDS COMMAND...
  local seconds=$1 status=0
  shift
  timeout -k 5 "$seconds" "$@" &
  child=$!
  wait "$child" || status=$?
  child=""
  return "$status"
}

# TERM, up to 10 s to exit (CareerBot drains its requests), then KILL.
stop() { # stop PID...
  local p alive _
  for p in "$@"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=""
    for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
  done
  for p in "$@"; do kill -KILL "$p" 2>/dev/null || true; done
  for p in "$@"; do wait "$p" 2>/dev/null || true; done
}

cleanup() {
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null # timeout passes it on to its command
  [ "${#pids[@]}" -gt 0 ] && stop "${pids[@]}"
  [ -n "$child" ] && wait "$child" 2>/dev/null
  rm -rf "$work"
  return 0
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

# apt-get through sudo unless we are root already.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs Debian's PACKAGE when COMMAND is missing. The package lists are refreshed only when the install fails
# without them (a fresh container has none).
apt_install() { # apt_install COMMAND PACKAGE
  command -v "$1" > /dev/null && return 0
  log "apt-get install $2 (no $1 here)"
  local apt=(env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get -y -qq)
  if ! as_root "${apt[@]}" install "$2" > "$work/apt-get.log" 2>&1; then
    if ! { as_root "${apt[@]}" update && as_root "${apt[@]}" install "$2"; } >> "$work/apt-get.log" 2>&1; then
      tail -n 20 "$work/apt-get.log" >&2
      die "could not install $2 with apt-get"
    fi
  fi
  command -v "$1" > /dev/null || die "$2 installed, but there is still no $1"
}

need() { # need COMMAND WHAT: for tools we do not install ourselves
  command -v "$1" > /dev/null || die "$1 is needed ($2)"
}

# A free TCP port on the loopback interface (the OS picks it; nothing else takes it in the moment before we use it).
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# Publishes CareerBot unless the build is newer than every source file and was published with these arguments.
careerbot_build() {
  local stale="" stamp="$app_dir/.publish-args"
  need dotnet "the .NET 10 SDK builds and runs CareerBot"
  if [ -f "$dll" ] && [ "$(cat "$stamp" 2> /dev/null)" = "${publish_args[*]}" ]; then
    stale=$(find "$root/src" "$root/dialogs" "$root/build" "$root/appsettings.json" "$root/global.json" \
      "$root"/Directory.*.props -type f -newer "$dll" \
      -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -print -quit 2> /dev/null || true)
    if [ -z "$stale" ]; then
      log "CareerBot's published Release build is up to date"
      return 0
    fi
  fi
  log "dotnet publish ${publish_args[*]} src/CareerBot${stale:+ (newer than the build: ${stale#"$root"/})} (2-3 min)"
  rm -rf "$app_dir"
  if ! bounded 900 dotnet publish "$root/src/CareerBot" "${publish_args[@]}" -o "$app_dir" --nologo \
    > "$work/build.log" 2>&1; then
    grep -E 'error|Build succeeded' "$work/build.log" | tail -n 20 >&2
    die "CareerBot does not publish in Release"
  fi
  echo "${publish_args[*]}" > "$stamp"
}

# Starts CareerBot (Release, as it ships: default settings, SQLite) on a free loopback port, with a database of its
# own in a fresh folder, so that no run sees the conversations of another. Sets cb_url, cb_pid, cb_db, cb_log.
careerbot_start() {
  local port db_dir
  port=$(free_port)
  db_dir=$(mktemp -d "$work/db.XXXXXX")
  cb_url="http://127.0.0.1:$port"
  cb_db="$db_dir/careerbot.db"
  cb_log="$work/careerbot.log"
  dotnet "$dll" --urls "$cb_url" --Storage:ConnectionString="Data Source=$cb_db" > "$cb_log" 2>&1 < /dev/null &
  cb_pid=$!
  pids+=("$cb_pid")
  log "CareerBot on $cb_url (pid $cb_pid), database $cb_db"
}

# Polls URL until it answers STATUS (a regex), for at most SECONDS; fails with the process's log when PID exits or
# time runs out.
wait_http() { # wait_http WHAT URL STATUS SECONDS PID LOG
  local what=$1 url=$2 status=$3 deadline=$((SECONDS + $4)) pid=$5 log_file=$6 started=$SECONDS code
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$pid" 2> /dev/null || { tail -n 30 "$log_file" >&2; die "$what exited while starting"; }
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" || true)
    if [[ $code =~ ^($status)$ ]]; then
      log "$what answers $url ($code) after $((SECONDS - started)) s"
      return 0
    fi
    sleep 0.2
  done
  tail -n 30 "$log_file" >&2
  die "$what did not answer $url with $status within $4 s"
}

# A figure of /proc/PID/status in MB (VmRSS: resident now; VmHWM: the peak resident).
vm_mb() { # vm_mb PID FIELD
  awk -v f="$2:" '$1 == f { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

# "yes" when the awk condition holds, else "NO" (capitals, to stand out in the figures).
# CPU time the hypervisor gave to other machines ("steal"), as a share of the time since cpu_mark: on a shared virtual
# machine, figures measured while it is high say more about the neighbours than about the code.
cpu_mark() { read -r _ cpu_user cpu_nice cpu_system cpu_idle cpu_iowait cpu_irq cpu_softirq cpu_steal _ < /proc/stat; }
steal_since_mark() { # prints the steal % since cpu_mark
  local before_total=$((cpu_user + cpu_nice + cpu_system + cpu_idle + cpu_iowait + cpu_irq + cpu_softirq + cpu_steal))
  local before_steal=$cpu_steal
  cpu_mark
  local total=$((cpu_user + cpu_nice + cpu_system + cpu_idle + cpu_iowait + cpu_irq + cpu_softirq + cpu_steal))
  awk -v s=$((cpu_steal - before_steal)) -v t=$((total - before_total)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * s / t : 0) }'
}

holds() { # holds CONDITION
  awk "BEGIN { exit !($1) }" && echo yes || echo NO
}
