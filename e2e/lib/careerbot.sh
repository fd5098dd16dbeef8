# Shared by the end-to-end suites (sourced, after e2e/lib/harness.sh, with $here the suite's folder, $root the
# repository and $out its artifacts folder): installing the suite's pinned npm packages and Debian's Chromium,
# building and starting CareerBot (Release) on a loopback port, one instance or several, waiting for its readiness,
# running a Node driver whose "ok"/"not ok" lines are counted, and the closing checks on CareerBot (health, errors and
# 5xx in its log). Settings for CareerBot come from the environment (e.g. DirectLine__Secret=…), for one instance
# only when given on the call (Storage__Provider=Postgres careerbot_start a).

# npm ci in DIR (default $here, the suite's folder) when its node_modules is absent; a failure is a failed case and
# ends the suite.
npm_ci_once() { # npm_ci_once WHAT [DIR]
  local dir=${2:-$here}
  [ -d "$dir/node_modules" ] && return 0
  echo "# npm ci${2:+ in ${dir#"$root"/}}"
  if ! (cd "$dir" && bounded 150 npm ci --no-audit --no-fund --loglevel=error) > "$out/npm-ci.log" 2>&1; then
    tail -n 20 "$out/npm-ci.log"
    not_ok "npm ci installs $1"
    finish
  fi
}

# The version of an installed npm package of the suite.
npm_version() { node -p 'require(process.argv[1]).version' "$here/node_modules/$1/package.json"; }

# Builds CareerBot in Release unless the build is newer than every source (once per suite); a failed build is a failed
# case and ends the suite. Sets careerbot_dll.
careerbot_dll="$root/src/CareerBot/bin/Release/net10.0/CareerBot.dll"
careerbot_built=""
careerbot_build() {
  local dll=$careerbot_dll stale=""
  [ -n "$careerbot_built" ] && return 0
  if [ -f "$dll" ]; then
    stale=$(find "$root/src" "$root/dialogs" "$root/appsettings.json" "$root"/Directory.*.props "$root/build" \
      -type f -newer "$dll" -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -print -quit 2>/dev/null)
  fi
  if [ ! -f "$dll" ] || [ -n "$stale" ]; then
    echo "# dotnet build -c Release src/CareerBot${stale:+ (newer: ${stale#"$root"/})}"
    if ! bounded 170 dotnet build "$root/src/CareerBot" -c Release --nologo > "$out/build.log" 2>&1; then
      grep -E "error|Build succeeded" "$out/build.log" | tail -n 20
      not_ok "CareerBot builds in Release"
      finish
    fi
  else
    echo "# reusing the Release build $(realpath --relative-to="$root" "$dll")"
  fi
  careerbot_built=1
}

# Builds CareerBot when needed (careerbot_build), then starts it on 127.0.0.1 (on PORT, else a free port) with the
# hosting diagnostics log on (each request's status), and waits for /healthz. Settings come from the environment, so
# several instances with settings of their own: `Storage__Provider=Postgres careerbot_start a`. NAME (optional) names
# the instance in messages and its log, artifacts/<suite>/careerbot-NAME.log (else careerbot.log); a restarted
# instance appends to its log. Sets bot, bot_pid, bot_log (the last instance started).
careerbot_start() { # careerbot_start [NAME [PORT]]
  local name=${1:-} port=${2:-} healthy="" _
  careerbot_build
  [ -n "$port" ] || port=$(free_port)
  bot="http://127.0.0.1:$port"
  bot_log="$out/careerbot${name:+-$name}.log"
  setsid dotnet "$careerbot_dll" --urls "$bot" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information \
    >> "$bot_log" 2>&1 < /dev/null &
  bot_pid=$!
  pids+=("$bot_pid")
  for _ in $(seq 1 120); do
    if [ "$(left)" -le 0 ] || ! kill -0 "$bot_pid" 2>/dev/null; then break; fi
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$bot/healthz")" = "200" ]; then healthy=1; break; fi
    sleep 0.5
  done
  if [ -z "$healthy" ]; then
    tail -n 30 "$bot_log"
    not_ok "CareerBot${name:+ $name} starts and answers /healthz"
    finish
  fi
  echo "# CareerBot${name:+ $name} on $bot (pid $bot_pid), healthy after ${SECONDS}s"
}

# Waits up to SECONDS (within the budget) for URL/readyz to answer 200; returns 1 when it does not.
careerbot_ready() { # careerbot_ready URL SECONDS
  local deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ] && [ "$(left)" -gt 0 ]; do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$1/readyz")" = "200" ] && return 0
    sleep 0.25
  done
  return 1
}

# Debian's Chromium (never a browser downloaded by a test tool), installed when missing.
chromium_install() {
  [ -x /usr/bin/chromium ] && return 0
  echo "# apt-get install chromium"
  local apt_get="apt-get"
  [ "$(id -u)" -eq 0 ] || apt_get="sudo apt-get"
  if ! { bounded 120 $apt_get update -qq && DEBIAN_FRONTEND=noninteractive bounded 200 $apt_get install -y -qq chromium; } \
    > "$out/apt-get.log" 2>&1; then
    tail -n 20 "$out/apt-get.log"
    not_ok "Debian's chromium installs"
    finish
  fi
}

# Runs a Node driver for at most SECONDS and counts its "ok - "/"not ok - " lines; a driver that fails without
# saying why is a failed case.
run_driver() { # run_driver NAME SECONDS OUTPUT_FILE COMMAND...
  local name=$1 seconds=$2 output=$3 status p f
  shift 3
  bounded "$seconds" "$@" > "$output" 2>&1
  status=$?
  cat "$output"
  p=$(grep -c '^ok - ' "$output")
  f=$(grep -c '^not ok - ' "$output")
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    not_ok "$name: the driver exited with $status"
  fi
}

# CareerBot is still healthy after the sessions and logged no error. By default the instance careerbot_start started
# last; NAME URL PID LOG check another one (NAME goes into the cases' names). ASP.NET logs a failing health check as
# an error (DefaultHealthCheckService): /readyz answering "not ready" (models warming up, storage down) is its job,
# so those are not counted here.
careerbot_checks() { # careerbot_checks WHEN [NAME URL PID LOG]
  local when=$1 name=${2:-} url=${3:-$bot} pid=${4:-$bot_pid} log=${5:-$bot_log} errors
  if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url/healthz")" = "200" ] && kill -0 "$pid" 2>/dev/null; then
    ok "CareerBot${name:+ $name} is still healthy $when"
  else
    not_ok "CareerBot${name:+ $name} is still healthy $when"
  fi
  errors=$(careerbot_errors "$log")
  if [ -n "$errors" ]; then
    echo "$errors" | head -n 20
    not_ok "CareerBot${name:+ $name} logged no error ($(echo "$errors" | grep -cE '^(fail|crit): ') logged)"
  else
    ok "CareerBot${name:+ $name} logged no error"
  fi
}

# The errors in a CareerBot log (each "fail:"/"crit:" entry with its indented lines), but for failing health checks.
careerbot_errors() { # careerbot_errors LOG
  awk '/^(fail|crit): / { keep = ($0 !~ /HealthChecks\.DefaultHealthCheckService/); if (keep) print; next }
       /^[a-z]+: / { keep = 0; next }
       keep { print }' "$1"
}

# CareerBot's request log (the hosting diagnostics careerbot_start turns on) shows no answer with a 5xx status, other
# than those matching ALLOWED (a regex of statuses, e.g. 503). /readyz is left out: answering 503 is its job.
careerbot_no_5xx() { # careerbot_no_5xx NAME LOG [ALLOWED]
  local name=$1 log=$2 allowed=${3:-} found
  found=$(grep -E 'Request finished .* - 5[0-9][0-9] ' "$log" | grep -vE ' https?://[^ /]+/readyz ' \
    | { if [ -n "$allowed" ]; then grep -vE " - ($allowed) "; else cat; fi; })
  if [ -n "$found" ]; then
    echo "$found" | head -n 10
    not_ok "CareerBot${name:+ $name} answered no 5xx${allowed:+ other than $allowed} ($(echo "$found" | wc -l) in its request log)"
  else
    ok "CareerBot${name:+ $name} answered no 5xx${allowed:+ other than $allowed} ($(grep -cE 'Request finished ' "$log") requests logged, /readyz aside)"
  fi
}

# GET URL/readyz: prints the HTTP status and the storage entry's status, e.g. "200 Healthy" or "503 Unhealthy" ("000 -"
# when there is no answer, "404 -" when there is no such entry).
careerbot_readyz() { # careerbot_readyz URL
  local body code
  body=$(mktemp)
  code=$(curl -s -o "$body" -m 5 -w '%{http_code}' "$1/readyz")
  echo "$code $(node -e 'try { const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(j.entries.storage.status || "-"); } catch { console.log("-"); }' "$body")"
  rm -f "$body"
}
