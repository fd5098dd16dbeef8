#!/usr/bin/env bash
# Shared by the end-to-end suites (sourced, not run): builds CareerBot in Release, starts it on a free 127.0.0.1 port,
# waits for /healthz, and stops it on exit. Sets CAREERBOT_URL. Extra settings come from the environment
# (e.g. DirectLine__Secret=…). Set CAREERBOT_NO_BUILD=1 to reuse an existing Release build.
careerbot_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
careerbot_dll="$careerbot_root/src/CareerBot/bin/Release/net10.0/CareerBot.dll"
careerbot_pid=""

careerbot_build() {
  if [ "${CAREERBOT_NO_BUILD:-}" = "1" ] && [ -f "$careerbot_dll" ]; then return 0; fi
  echo "building CareerBot (Release)…"
  dotnet build "$careerbot_root/src/CareerBot/CareerBot.csproj" -c Release -nologo -v q -clp:ErrorsOnly
}

careerbot_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

careerbot_start() { # $1: log file
  local port
  port=$(careerbot_free_port)
  CAREERBOT_URL="http://127.0.0.1:$port"
  dotnet "$careerbot_dll" --urls "$CAREERBOT_URL" > "$1" 2>&1 &
  careerbot_pid=$!
  trap careerbot_stop EXIT
  for _ in $(seq 1 60); do
    if curl -fs "$CAREERBOT_URL/healthz" > /dev/null 2>&1; then
      echo "CareerBot is up at $CAREERBOT_URL (pid $careerbot_pid)"
      return 0
    fi
    if ! kill -0 "$careerbot_pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "CareerBot did not start; its log:"
  tail -n 40 "$1"
  return 1
}

careerbot_stop() {
  if [ -n "$careerbot_pid" ] && kill -0 "$careerbot_pid" 2>/dev/null; then
    kill "$careerbot_pid" 2>/dev/null
    wait "$careerbot_pid" 2>/dev/null
  fi
  careerbot_pid=""
}

npm_install_once() { # $1: folder with package.json and package-lock.json
  if [ ! -d "$1/node_modules" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
