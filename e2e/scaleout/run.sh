#!/usr/bin/env bash
# End to end, scale-out: two CareerBot processes sharing one PostgreSQL (Storage__Provider=Postgres), behind Debian's
# nginx balancing round-robin, as a company would run it:
#   1. installs nginx (apt-get) and the Direct Line suite's pinned npm packages when missing; starts a throwaway
#      PostgreSQL (scripts/postgres.sh) in a temporary folder, two CareerBot instances A and B on it (the same Direct
#      Line secret; the token signing key is the one they keep in the database), and nginx in the foreground in front
#      of them, all on loopback ports;
#   2. turns.mjs: 20 concurrent salary conversations whose turns alternate between A and B (10 sent to each instance
#      in turn, 10 through nginx), the lost-update probe (two conversationUpdates of one conversation at once on A and
#      B), a burst of eight at once (no acknowledged update lost), and two messages of one conversation at once on A and
#      B;
#   3. Web Chat's Direct Line: the real DirectLineJS client through nginx (e2e/directline/conversation.mjs, polling
#      and WebSocket), over HTTP and over HTTPS (nginx terminating TLS with a self-signed certificate, which Node is
#      told to trust), and directline-instances.mjs spreading one conversation's requests over A and B by hand and
#      checking the https/wss URLs handed out behind TLS;
#   4. nginx's access log shows both instances served, no 5xx; both instances still healthy and ready, no 5xx and no
#      error in their logs.
# Prints "ok - …"/"not ok - …" per case and, as its last line, "N passed, N failed"; exits 1 on any failure.
# Logs (CareerBot A and B, nginx's access and error logs and configuration, PostgreSQL's server log) go to
# artifacts/scaleout/. Every process it starts is stopped on exit, PostgreSQL too, and its temporary folders removed.
set -uo pipefail
set +m # no job control: a background child is no group leader, so setsid makes it one in place (same pid)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/scaleout"
rm -rf "$out"
mkdir -p "$out"
BUDGET=${SCALEOUT_BUDGET_SECONDS:-600} # with apt-get, npm ci and a build; about a minute with all of them done
# shellcheck source=../lib/harness.sh
source "$here/../lib/harness.sh"
# shellcheck source=../lib/careerbot.sh
source "$here/../lib/careerbot.sh"
# shellcheck source=../lib/services.sh
source "$here/../lib/services.sh"

# 1. Packages, PostgreSQL, the two instances, nginx.
npm_ci_once "botframework-directlinejs, xhr2 and ws (the Direct Line suite's)" "$root/e2e/directline"
nginx_install
careerbot_build
pg_start
export Storage__Provider=Postgres
export Storage__ConnectionString="$pg_connection"
export DirectLine__Secret="e2e-scaleout-secret"
# Behind a proxy, the URLs CareerBot hands out (Web Chat's Direct Line domain, the WebSocket streamUrl) must use the
# scheme the client used (https/wss when nginx terminates TLS): ASP.NET Core then reads X-Forwarded-Proto and
# X-Forwarded-For, from nginx (127.0.0.1) only: a client sending the headers itself is not believed.
export ForwardedHeaders__KnownProxies__0=127.0.0.1
# No DirectLine__TokenSigningKey: with a shared store the generated key is kept in the database, so that a token from
# one instance is valid on the other. Each instance gets a key file of its own, as on two machines, so that a key kept
# in a file would show here as tokens refused by the other instance.
keys=$(mktemp -d /tmp/careerbot-e2e-keys.XXXXXX)
cleanups+=('rm -rf "$keys"')
unset DirectLine__TokenSigningKey
# One after the other: each warms its recognizer models faster alone on a small machine.
instance_start() { # instance_start NAME: starts it and waits for /readyz; sets $NAME, ${NAME}_pid, ${NAME}_log
  DirectLine__SigningKeyPath="$keys/$1/directline-token-signing-key" careerbot_start "$1"
  printf -v "$1" '%s' "$bot"
  printf -v "$1_pid" '%s' "$bot_pid"
  printf -v "$1_log" '%s' "$bot_log"
  if careerbot_ready "$bot" 90; then
    ok "CareerBot $1 on PostgreSQL is ready after ${SECONDS}s (/readyz: $(careerbot_readyz "$bot"))"
  else
    not_ok "CareerBot $1 on PostgreSQL is ready (/readyz: $(careerbot_readyz "$bot"))"
    tail -n 20 "$bot_log"
    finish
  fi
}
instance_start a
instance_start b
nginx_start "$a" "$b"

# 2. Conversations over both instances.
run_driver "turns" 120 "$out/turns.out" node "$here/turns.mjs" --lb "$lb" --a "$a" --b "$b"

# What nginx did with the 10 conversations sent through it (access log: upstream=ADDRESS conversation=ID).
upstream_of() { sed -nE 's/.* upstream=([^ ]+) .*/\1/p'; }
spread=$(grep -E "conversation=scale-" "$nginx_access_log" | sed -nE 's/.* upstream=([^ ]+) .* conversation=([^ ]+) .*/\2 \1/p' \
  | sort -u | awk '{n[$1]++} END {s=0; for (c in n) if (n[c] > 1) s++; print s " of " length(n)}')
to_a=$(grep -E "POST /api/messages .* conversation=scale-" "$nginx_access_log" | upstream_of | grep -cxF "${a#http://}")
to_b=$(grep -E "POST /api/messages .* conversation=scale-" "$nginx_access_log" | upstream_of | grep -cxF "${b#http://}")
if [ "$to_a" -gt 0 ] && [ "$to_b" -gt 0 ] && [ $((to_a + to_b)) -eq 40 ]; then
  ok "nginx spread the 40 turns of its 10 conversations over both instances (A $to_a, B $to_b; $spread conversations used both)"
else
  not_ok "nginx spread the 40 turns of its 10 conversations over both instances (A $to_a, B $to_b; $spread conversations used both)"
fi

# 3. Web Chat's Direct Line through nginx (DirectLineJS), then spread over A and B by hand.
run_driver "directline through nginx" 120 "$out/directline-nginx.out" \
  node "$root/e2e/directline/conversation.mjs" "$lb" "$DirectLine__Secret" "through nginx"
dl_a=$(grep -E " /v3/directline/" "$nginx_access_log" | upstream_of | grep -cxF "${a#http://}")
dl_b=$(grep -E " /v3/directline/" "$nginx_access_log" | upstream_of | grep -cxF "${b#http://}")
ws=$(grep -cE "GET /v3/directline/conversations/[^ ]+/stream 101 " "$nginx_access_log")
if [ "$dl_a" -gt 0 ] && [ "$dl_b" -gt 0 ] && [ "$ws" -gt 0 ]; then
  ok "nginx passed Direct Line requests to both instances (A $dl_a, B $dl_b) and upgraded $ws WebSocket streams (101)"
else
  not_ok "nginx passed Direct Line requests to both instances (A $dl_a, B $dl_b) and upgraded $ws WebSocket streams (101)"
fi
NODE_EXTRA_CA_CERTS="$nginx_ca" run_driver "directline through nginx with TLS" 120 "$out/directline-nginx-tls.out" \
  node "$root/e2e/directline/conversation.mjs" "$lb_tls" "$DirectLine__Secret" "through nginx with TLS"
NODE_EXTRA_CA_CERTS="$nginx_ca" run_driver "directline over A and B" 90 "$out/directline-instances.out" \
  node "$here/directline-instances.mjs" --a "$a" --b "$b" --tls "$lb_tls"

# 4. Nothing failed on the way.
bad=$(awk '$4 ~ /^5/' "$nginx_access_log")
if [ -z "$bad" ]; then
  ok "nginx's access log shows no 5xx ($(wc -l < "$nginx_access_log") requests)"
else
  echo "$bad" | head -n 10
  not_ok "nginx's access log shows no 5xx ($(echo "$bad" | wc -l) of $(wc -l < "$nginx_access_log") requests)"
fi
for instance in a b; do
  url=${!instance} pid_var=${instance}_pid log_var=${instance}_log
  careerbot_checks "at the end" "$instance" "$url" "${!pid_var}" "${!log_var}"
  careerbot_no_5xx "$instance" "${!log_var}"
  ready=$(careerbot_readyz "$url")
  if [ "$ready" = "200 Healthy" ]; then ok "CareerBot $instance is still ready at the end (/readyz: $ready)"; else not_ok "CareerBot $instance is still ready at the end (/readyz: $ready)"; fi
done
echo "# run time ${SECONDS}s; logs in ${out#"$root"/}/"
finish
