# Shared by the Agents Playground suites (sourced after e2e/lib/harness.sh and e2e/lib/careerbot.sh, once CareerBot
# runs): a fresh Playground against CareerBot, and stopping it.

# Starts a fresh Agents Playground against CareerBot on CHANNEL (its own log file goes to the artifacts, else it
# writes ./devTools/m365agentsplayground.log). Sets playground (its URL) and pg_pid; returns 1, after a failed case,
# when it does not come up.
playground_start() { # playground_start CHANNEL LOG_NAME
  local channel=$1 pg_log="$out/$2.log" port="" _
  (cd "$here" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$out/$2.devtools.log" exec setsid npx --no-install agentsplayground \
    -e "$bot/api/messages" -c "$channel" --dt -p "$(free_port)") > "$pg_log" 2>&1 < /dev/null &
  pg_pid=$!
  pids+=("$pg_pid")
  # It prints "Listening on N" (N may differ from -p when that port was taken meanwhile).
  for _ in $(seq 1 120); do
    if [ "$(left)" -le 0 ] || ! kill -0 "$pg_pid" 2>/dev/null; then break; fi
    port=$(sed -nE 's/.*Listening on ([0-9]+).*/\1/p' "$pg_log" | head -n 1)
    if [ -n "$port" ] && [ "$(curl -s -m 2 "http://127.0.0.1:$port/_debug/ping")" = "pong" ]; then break; fi
    port=""
    sleep 0.5
  done
  if [ -z "$port" ]; then
    tail -n 20 "$pg_log"
    not_ok "the Agents Playground starts (-c $channel)"
    playground_stop
    return 1
  fi
  playground="http://127.0.0.1:$port"
  echo "# Agents Playground -c $channel on $playground (pid $pg_pid)"
}

# Stops the Playground; CareerBot stays.
playground_stop() {
  stop "$pg_pid"
  pids=("$bot_pid")
}
