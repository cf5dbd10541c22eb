#!/usr/bin/env bash
# Follows docs/DEPLOY.md on this machine, which has no systemd as PID 1: installs the release,
# PostgreSQL's database and the settings, checks the unit files with `systemd-analyze verify`,
# starts both instances with the units' ExecStart lines and EnvironmentFiles as user
# `portineria`, puts Caddy (tls internal) in front, and checks through the proxy: pages, the
# API, a session moving between instances, a rolling restart under load, a backup.
# Run as root from the repository root after `cargo leptos build --release`. It replaces
# /opt/portineria, /etc/portineria and /var/lib/portineria, and the `portineria` database.
# `deploy/try-local.sh stop` stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
run_dir=/run/portineria-try
site=https://localhost:8443

stop() {
  for pidfile in "$run_dir"/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  rm -rf "$run_dir"
}
if [ "${1:-}" = stop ]; then stop; exit 0; fi
stop
mkdir -p "$run_dir"
step() { printf '\n==> %s\n' "$*"; }

step "1. Install the release"
command -v caddy >/dev/null || { apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends caddy; }
command -v pg_ctlcluster >/dev/null || { apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; }
id portineria >/dev/null 2>&1 || useradd --system --home-dir /var/lib/portineria --shell /usr/sbin/nologin portineria
rm -rf /opt/portineria /etc/portineria /var/lib/portineria
install -d -m 0755 /opt/portineria/bin
install -m 0755 target/release/portineria /opt/portineria/bin/
cp -r target/site /opt/portineria/site
cp -r content /opt/portineria/content
install -d -m 0750 -o root -g portineria /etc/portineria
install -m 0640 -o root -g portineria deploy/portineria.env deploy/a.env deploy/b.env deploy/backup.env /etc/portineria/
units=$(mktemp -d)
install -m 0644 deploy/systemd/portineria@.service deploy/systemd/portineria-backup.service \
  deploy/systemd/portineria-backup.timer "$units/"
install -d /etc/caddy
install -m 0644 deploy/Caddyfile /etc/caddy/Caddyfile

step "2. PostgreSQL"
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS portineria;
DROP ROLE IF EXISTS portineria;
CREATE ROLE portineria LOGIN PASSWORD '$password';
CREATE DATABASE portineria OWNER portineria ENCODING 'UTF8';
SQL
sed -i "s|CHANGE-ME|$password|; s|https://portineria.example.org|$site|" /etc/portineria/portineria.env

step "3–4. Check the units, start both instances as systemd would"
cp "$units/portineria@.service" "$units/portineria@a.service"
systemd-analyze verify "$units/portineria@a.service" "$units/portineria-backup.service" "$units/portineria-backup.timer"
echo "systemd-analyze verify: no complaint"
# The unit's lines, read from the unit file itself.
unit_value() { sed -n "s/^$1=//p" "$units/portineria@.service" | head -n 1; }
exec_start=$(unit_value ExecStart)
workdir=$(unit_value WorkingDirectory)
start_instance() {
  local i=$1
  install -d -o portineria -g portineria "/var/lib/portineria/$i"
  (
    cd "$workdir"
    set -a; . /etc/portineria/portineria.env; . "/etc/portineria/$i.env"; set +a
    # StateDirectory=portineria/%i
    export STATE_DIRECTORY=/var/lib/portineria/$i
    exec runuser -u portineria --preserve-environment -- $exec_start
  ) >"$run_dir/$i.log" 2>&1 &
  echo $! >"$run_dir/$i.pid"
}
port_of() { sed -n 's/^LEPTOS_SITE_ADDR=.*://p' "/etc/portineria/$1.env"; }
wait_healthy() {
  local began=$SECONDS
  until curl -fsS "http://127.0.0.1:$(port_of "$1")/healthz" >/dev/null 2>&1; do
    [ $((SECONDS - began)) -lt 120 ] || { echo "instance $1 did not start"; cat "$run_dir/$1.log"; exit 1; }
    sleep 0.2
  done
}
began=$(date +%s.%N)
start_instance a
start_instance b
wait_healthy a
wait_healthy b
printf 'both instances healthy %.1f s after starting at once on an empty database\n' "$(echo "$(date +%s.%N) - $began" | bc)"
set -a; . /etc/portineria/portineria.env; . /etc/portineria/a.env; set +a
# An editor of one organisation (a coordinator would first enrol a second factor).
echo "la portineria di prova" | runuser -u portineria --preserve-environment -- /opt/portineria/bin/portineria \
  user add --email redattrice@prova.example --role editor --organization coop-pid >/dev/null

step "Caddy in front (tls internal)"
PORTINERIA_SITE=$site caddy start --config /etc/caddy/Caddyfile --adapter caddyfile --pidfile "$run_dir/caddy.pid" \
  >"$run_dir/caddy.log" 2>&1
until curl -fsSk "$site/healthz" >/dev/null 2>&1; do sleep 0.2; done

step "5. Through the proxy"
curl -sk -o /dev/null -w 'GET /it/ through Caddy: %{http_code}, %{http_version}\n' "$site/it/"
curl -sk "$site/api/v1/search?lang=it&q=casa" | python3 -c 'import json,sys; print("search API through Caddy:", json.load(sys.stdin)["total"], "services for \"casa\"")'
curl -s "http://127.0.0.1:9101/metrics" | grep -E '^portineria_http_requests_total\{group="pages"\}|^portineria_index_lag' | sed 's/^/metrics of a: /'
python3 deploy/proxy_checks.py "$site" "$(port_of a)" "$(port_of b)"

step "6. Rolling restart under load"
python3 deploy/proxy_checks.py --load "$site" >"$run_dir/load.txt" &
load=$!
sleep 2
for i in a b; do
  kill -TERM "$(cat "$run_dir/$i.pid")"
  while kill -0 "$(cat "$run_dir/$i.pid")" 2>/dev/null; do sleep 0.1; done
  start_instance "$i"
  wait_healthy "$i"
  sleep 2
  echo "instance $i restarted and healthy"
done
sleep 2
kill -INT $load
wait $load || true
cat "$run_dir/load.txt"

step "7. A backup with the timer's command"
set -a; . /etc/portineria/backup.env; set +a
install -d -o portineria -g portineria /var/lib/portineria/backups
export STATE_DIRECTORY=/var/lib/portineria/backups
backup_cmd=$(sed -n 's/^ExecStart=//p' "$units/portineria-backup.service" | sed 's/%%/%/g')
(cd "$workdir" && runuser -u portineria --preserve-environment -- sh -c "$backup_cmd")
ls -l /var/lib/portineria/backups
echo
echo "Serving at $site (Caddy) over instances a and b; stop with: deploy/try-local.sh stop"
