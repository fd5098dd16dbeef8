# Shared by the end-to-end suites that need servers besides CareerBot (sourced after e2e/lib/harness.sh and
# e2e/lib/careerbot.sh): a throwaway PostgreSQL (scripts/postgres.sh) and Debian's nginx as a load balancer, both on
# loopback ports, in temporary folders removed on exit, their logs kept in the suite's artifacts ($out).

# A PostgreSQL cluster in a fresh temporary folder (scripts/postgres.sh installs Debian's postgresql when missing),
# stopped and removed on exit. Sets pg_dir and pg_connection (the Npgsql connection string of database "careerbot");
# a failure is a failed case and ends the suite.
pg_start() {
  pg_dir=$(mktemp -d /tmp/careerbot-e2e-pg.XXXXXX)
  cleanups+=("pg_remove")
  pg_connection=$(bounded 450 bash "$root/scripts/postgres.sh" start "$pg_dir" 2>> "$out/postgres-script.log" | tail -n 1)
  if [ -z "$pg_connection" ] || [ "${pg_connection#Host=}" = "$pg_connection" ]; then
    tail -n 20 "$out/postgres-script.log" "$pg_dir/server.log" 2>/dev/null
    not_ok "a throwaway PostgreSQL starts (scripts/postgres.sh start)"
    finish
  fi
  echo "# PostgreSQL $(cat "$pg_dir/data/PG_VERSION" 2>/dev/null) in $pg_dir: $pg_connection"
}
# scripts/postgres.sh stop|kill|start on the cluster of pg_start (start reuses its port); returns the script's status.
pg_ctl_e2e() { # pg_ctl_e2e stop|kill|start
  bounded 90 bash "$root/scripts/postgres.sh" "$1" "$pg_dir" >> "$out/postgres-script.log" 2>&1
}
pg_remove() {
  [ -n "${pg_dir:-}" ] && [ -d "$pg_dir" ] || return 0
  timeout 60 bash "$root/scripts/postgres.sh" stop "$pg_dir" >> "$out/postgres-script.log" 2>&1
  cp "$pg_dir/server.log" "$out/postgres-server.log" 2>/dev/null
  timeout 60 bash "$root/scripts/postgres.sh" remove "$pg_dir" >> "$out/postgres-script.log" 2>&1
  rm -rf "$pg_dir"
}

# Debian's nginx (and openssl, for its certificate), installed with apt-get when missing (Debian would start nginx as a
# service: stopped at once; the suites run their own).
nginx_bin=/usr/sbin/nginx
nginx_install() {
  [ -x "$nginx_bin" ] && command -v openssl > /dev/null && return 0
  echo "# apt-get install nginx openssl"
  local apt_get="apt-get"
  [ "$(id -u)" -eq 0 ] || apt_get="sudo apt-get"
  if ! { bounded 120 $apt_get update -qq && DEBIAN_FRONTEND=noninteractive bounded 200 $apt_get install -y -qq nginx openssl; } \
    > "$out/apt-get-nginx.log" 2>&1 || [ ! -x "$nginx_bin" ]; then
    tail -n 20 "$out/apt-get-nginx.log"
    not_ok "Debian's nginx installs"
    finish
  fi
  { service nginx stop || true; } > /dev/null 2>&1
}

# nginx in the foreground (daemon off, one worker so that round-robin strictly alternates), balancing round-robin over
# the given CareerBot URLs, with WebSocket upgrades passed on (Direct Line's stream), long reads, and the client's
# Host and scheme passed on (Host, X-Forwarded-Proto). It listens on two free 127.0.0.1 ports: plain HTTP, and HTTPS
# with a self-signed certificate for 127.0.0.1 made with openssl, as a TLS-terminating proxy in front of plain-HTTP
# instances. Its configuration, certificate, pid and temporary files live in a temporary folder removed on exit; its
# error log and access log (each request's upstream and status, and the X-E2E-Conversation header the drivers send)
# go to the artifacts. Sets lb and lb_tls (its URLs), nginx_ca (the certificate, for NODE_EXTRA_CA_CERTS), nginx_pid
# and nginx_access_log; a failure is a failed case and ends the suite.
nginx_start() { # nginx_start URL...
  local port tls_port servers="" url _ up=""
  nginx_install
  nginx_dir=$(mktemp -d /tmp/careerbot-e2e-nginx.XXXXXX)
  chmod 755 "$nginx_dir" # the worker (nobody, when nginx starts as root) creates its temporary folders in it
  cleanups+=('rm -rf "$nginx_dir"')
  for url in "$@"; do servers+="    server ${url#http://};"$'\n'; done
  port=$(free_port)
  tls_port=$(free_port)
  nginx_access_log="$out/nginx-access.log"
  nginx_ca="$nginx_dir/cert.pem"
  if ! openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$nginx_dir/key.pem" -out "$nginx_ca" > "$out/openssl.log" 2>&1; then
    cat "$out/openssl.log"
    not_ok "openssl makes a self-signed certificate for nginx"
    finish
  fi
  cat > "$nginx_dir/proxy.conf" <<CONF
proxy_pass http://careerbot;
proxy_http_version 1.1;
proxy_set_header Upgrade \$http_upgrade;
proxy_set_header Connection \$connection_upgrade;
proxy_set_header Host \$http_host;
proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
proxy_set_header X-Forwarded-Proto \$scheme;
proxy_read_timeout 1h;
proxy_send_timeout 1h;
CONF
  cat > "$nginx_dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $out/nginx-error.log info;
events { worker_connections 1024; }
http {
  log_format upstreams '\$time_iso8601 \$request_method \$uri \$status upstream=\$upstream_addr upstream_status=\$upstream_status conversation=\$http_x_e2e_conversation time=\$request_time';
  access_log $nginx_access_log upstreams;
  client_body_temp_path $nginx_dir/client_body;
  proxy_temp_path $nginx_dir/proxy;
  fastcgi_temp_path $nginx_dir/fastcgi;
  uwsgi_temp_path $nginx_dir/uwsgi;
  scgi_temp_path $nginx_dir/scgi;
  upstream careerbot {
$servers  }
  map \$http_upgrade \$connection_upgrade {
    default upgrade;
    '' close;
  }
  server {
    listen 127.0.0.1:$port;
    location / { include $nginx_dir/proxy.conf; }
  }
  server {
    listen 127.0.0.1:$tls_port ssl;
    ssl_certificate $nginx_ca;
    ssl_certificate_key $nginx_dir/key.pem;
    location / { include $nginx_dir/proxy.conf; }
  }
}
CONF
  cat "$nginx_dir/nginx.conf" "$nginx_dir/proxy.conf" > "$out/nginx.conf"
  setsid "$nginx_bin" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$out/nginx-error.log" > "$out/nginx.out" 2>&1 < /dev/null &
  nginx_pid=$!
  pids+=("$nginx_pid")
  lb="http://127.0.0.1:$port"
  lb_tls="https://127.0.0.1:$tls_port"
  for _ in $(seq 1 40); do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$lb/healthz")" = "200" ] \
      && [ "$(curl -s -o /dev/null -m 2 --cacert "$nginx_ca" -w '%{http_code}' "$lb_tls/healthz")" = "200" ]; then up=1; break; fi
    sleep 0.25
  done
  if [ -z "$up" ]; then
    cat "$out/nginx.out"; tail -n 20 "$out/nginx-error.log"
    not_ok "nginx starts and passes /healthz on to CareerBot (HTTP and HTTPS)"
    finish
  fi
  echo "# $("$nginx_bin" -v 2>&1) on $lb and $lb_tls (pid $nginx_pid), round-robin over $*"
}
