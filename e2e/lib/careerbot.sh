# Shared by the end-to-end suites (sourced, after e2e/lib/harness.sh, with $here the suite's folder, $root the
# repository and $out its artifacts folder): installing the suite's pinned npm packages and Debian's Chromium,
# building and starting CareerBot (Release) on a free loopback port, running a Node driver whose "ok"/"not ok" lines
# are counted, and the closing checks on CareerBot. Settings for CareerBot come from the environment
# (e.g. DirectLine__Secret=…).

# npm ci in $here when node_modules is absent; a failure is a failed case and ends the suite.
npm_ci_once() { # npm_ci_once WHAT
  [ -d "$here/node_modules" ] && return 0
  echo "# npm ci"
  if ! (cd "$here" && bounded 150 npm ci --no-audit --no-fund --loglevel=error) > "$out/npm-ci.log" 2>&1; then
    tail -n 20 "$out/npm-ci.log"
    not_ok "npm ci installs $1"
    finish
  fi
}

# The version of an installed npm package of the suite.
npm_version() { node -p 'require(process.argv[1]).version' "$here/node_modules/$1/package.json"; }

# Builds CareerBot in Release unless the build is newer than every source, then starts it on a free 127.0.0.1 port
# with the hosting diagnostics log on (each request's status), and waits for /healthz. Sets bot, bot_pid, bot_log.
careerbot_start() {
  local dll="$root/src/CareerBot/bin/Release/net10.0/CareerBot.dll" stale="" healthy="" _
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

  bot="http://127.0.0.1:$(free_port)"
  bot_log="$out/careerbot.log"
  setsid dotnet "$dll" --urls "$bot" --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information \
    > "$bot_log" 2>&1 < /dev/null &
  bot_pid=$!
  pids+=("$bot_pid")
  for _ in $(seq 1 120); do
    if [ "$(left)" -le 0 ] || ! kill -0 "$bot_pid" 2>/dev/null; then break; fi
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$bot/healthz")" = "200" ]; then healthy=1; break; fi
    sleep 0.5
  done
  if [ -z "$healthy" ]; then
    tail -n 30 "$bot_log"
    not_ok "CareerBot starts and answers /healthz"
    finish
  fi
  echo "# CareerBot on $bot (pid $bot_pid), healthy after ${SECONDS}s"
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

# CareerBot is still healthy after the sessions and logged no error.
careerbot_checks() { # careerbot_checks WHEN
  if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$bot/healthz")" = "200" ] && kill -0 "$bot_pid" 2>/dev/null; then
    ok "CareerBot is still healthy $1"
  else
    not_ok "CareerBot is still healthy $1"
  fi
  if grep -qE '^(fail|crit): ' "$bot_log"; then
    grep -E -A3 '^(fail|crit): ' "$bot_log" | head -n 20
    not_ok "CareerBot logged no error"
  else
    ok "CareerBot logged no error"
  fi
}
