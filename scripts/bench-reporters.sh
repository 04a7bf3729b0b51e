#!/usr/bin/env bash
# One hub reporter per generated hub in the running stack's realm, for P2 (docs/performance.md#follow-up-collection-at-scale-p2):
# users gen-hub-00001 … (organisation GEN-HUB-00001 …, role hub-reporter, e-mail gen-hub-00001@example.test, the demo
# password), made with Keycloak's admin API in partial imports of 200 (one import of 2,000 outlived Keycloak's
# transaction timeout on a busy machine); users already there are kept. It also sets the realm's password hashing to
# PBKDF2 with a single iteration: every body logs in once during the run, and 2,000 hashes at Keycloak's default cost
# (Argon2) would measure Keycloak's CPU on a 2-core machine, not the application. Only for a bench or demo realm.
#
#   scripts/bench-reporters.sh [bodies]     (2,000; the stack of KPI_STATE_DIR and KPI_KC_PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
BODIES=${1:-2000}
STATE=${KPI_STATE_DIR:-$PWD/.run}
KC=http://localhost:${KPI_KC_PORT:-8180}
PASSWORD=${KPI_DEMO_PASSWORD:-kpi-demo}

admin_token() {
  curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$(cat "$STATE/keycloak-admin-password")" \
    "$KC/realms/master/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

TOKEN=$(admin_token)
curl -sf -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"}' "$KC/admin/realms/kpi"

users=$(mktemp)
trap 'rm -f "$users"' EXIT
CHUNK=200
started=$(date +%s)
for ((from = 1; from <= BODIES; from += CHUNK)); do
  to=$((from + CHUNK - 1 < BODIES ? from + CHUNK - 1 : BODIES))
  {
    printf '{"ifResourceExists": "SKIP", "users": ['
    for ((i = from; i <= to; i++)); do
      n=$(printf '%05d' "$i")
      [ "$i" -gt "$from" ] && printf ','
      printf '{"username": "gen-hub-%s", "enabled": true, "emailVerified": true, "firstName": "報告者", "lastName": "生成拠点%d",' "$n" "$i"
      printf ' "email": "gen-hub-%s@example.test", "attributes": {"org": ["GEN-HUB-%s"]},' "$n" "$n"
      printf ' "credentials": [{"type": "password", "value": "%s", "temporary": false}],' "$PASSWORD"
      printf ' "realmRoles": ["default-roles-kpi", "hub-reporter"]}'
    done
    printf ']}'
  } >"$users"
  # a fresh token per import: the admin token lives 60 s
  TOKEN=$(admin_token)
  curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$users" \
    "$KC/admin/realms/kpi/partialImport" | sed 's/"results":.*//'
  echo " (reporters $from to $to)"
done
echo "$BODIES reporters in $(($(date +%s) - started)) s"
