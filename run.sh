#!/usr/bin/env bash
# The demo in one command: builds the EAR, fetches and starts Keycloak (realm imported) and Payara Server
# (H2 database by default), deploys, and prints the address and the demo users.
#
#   ./run.sh            start everything and stay in the foreground; Ctrl-C stops everything
#   ./run.sh --detach   start everything and return; stop later with ./run.sh stop
#   ./run.sh stop       stop what ./run.sh started
#   ./run.sh reset      stop and forget the demo's state (database, Keycloak realm, Payara domain)
#
# PostgreSQL instead of H2:  KPI_DB=postgres KPI_DB_URL=jdbc:postgresql://127.0.0.1:5432/kpi ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
STATE=${KPI_STATE_DIR:-$PWD/.run}

case "${1:-}" in
  stop)
    scripts/stack.sh down
    exit 0 ;;
  reset)
    scripts/stack.sh down
    rm -rf "$STATE"
    echo "Demo state removed ($STATE)."
    exit 0 ;;
  ""|--detach) ;;
  *) echo "usage: $0 [--detach|stop|reset]" >&2; exit 2 ;;
esac

echo "Building the application..."
./mvnw -B -ntp -q -DskipTests -DskipITs -pl kpi-ear -am package
KPI_DEMO_LIVING_YEAR=${KPI_DEMO_LIVING_YEAR:-true} scripts/stack.sh up
KPI_EAR=$PWD/kpi-ear/target/kpi.ear scripts/stack.sh deploy

cat <<TEXT

  医療機器基本計画 KPIフォローアップ is running:

    Application   http://localhost:8080/          (use localhost, not 127.0.0.1: the login cookies need it)
    REST API      http://localhost:8080/api/me    (bearer token, see README)
    Health        http://localhost:8080/health/ready
    Keycloak      http://localhost:8180/admin/    (user admin, password in $STATE/keycloak-admin-password)
    Demo e-mail   http://localhost:8090/          (GreenMail: every mail sent, e.g. /api/user/hub-hiroshima@example.test/messages/)
                  IMAP 127.0.0.1:8043, user = the address, any password

  Demo users (password for all: ${KPI_DEMO_PASSWORD:-kpi-demo})

    secretariat1    検討会事務局 / secretariat             MHLW-ISEI
    officer1        省庁担当官 / ministry-officer          MHLW-KIKI
    hub-hiroshima   拠点報告者 / hub-reporter              HUB-HIROSHIMA
    hub-hokkaido    拠点報告者 / hub-reporter              HUB-HOKKAIDO
    amed1           AMED報告者 / amed-reporter             AMED
    survey1         会員調査報告者 / survey-reporter        JFMDA-SURVEY
    maker-a         製造販売業者 / manufacturer            MAKER-A
    maker-b         製造販売業者 / manufacturer            MAKER-B
    assoc1          業界団体 / industry-association        JFMDA
    committee1      検討会委員 / committee-member          COMMITTEE
    admin1          システム管理者 / admin                 MHLW-ISEI
    norole1         (no role)                              MAKER-A

TEXT

if [ "${1:-}" = --detach ]; then
  echo "  Stop with: ./run.sh stop"
  exit 0
fi
echo "  Press Ctrl-C to stop everything."
trap 'echo; scripts/stack.sh down; exit 0' INT TERM
while true; do sleep 3600; done
