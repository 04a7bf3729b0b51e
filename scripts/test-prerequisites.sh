#!/usr/bin/env bash
# What the integration tests need on this machine, made ready before the servers start (kpi-it runs this first):
# PostgreSQL answering on 127.0.0.1:5432 (started if a local cluster is down), psql, and Chromium with its driver
# and CJK fonts (installed from the distribution's packages when running as root). Says plainly what is missing.
set -euo pipefail

log() { printf '[prerequisites] %s\n' "$*" >&2; }

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then
    log "starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 \
    || { log "PostgreSQL does not answer on 127.0.0.1:5432 (user postgres, trust authentication): start it"; exit 1; }
fi

packages=()
command -v psql >/dev/null || packages+=(postgresql-client)
for package in chromium chromium-driver fonts-noto-cjk; do
  dpkg -s "$package" >/dev/null 2>&1 || packages+=("$package")
done
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing packages: ${packages[*]} (install them with apt-get as root)"; exit 1
  fi
  log "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${packages[@]}" >&2 || { apt-get update -q >&2 && apt-get install -y -q "${packages[@]}" >&2; }
fi
