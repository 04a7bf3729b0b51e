#!/usr/bin/env bash
# Starts and stops the servers the application needs: Keycloak (realm imported from keycloak/kpi-realm.json),
# a Payara Server domain configured with the datasource and the OpenID Connect settings, and a GreenMail mail
# server that receives the application's e-mails (unless KPI_SMTP_HOST names a real one).
# Used by ./run.sh (the demo, H2 by default) and by kpi-it (the test run, PostgreSQL).
#
#   scripts/stack.sh up      fetch, start and configure both servers (idempotent)
#   scripts/stack.sh deploy  deploy the EAR given in KPI_EAR
#   scripts/stack.sh down    stop what 'up' started
#
# Everything is set by environment variables (defaults: the demo on ports 8080/8180):
#   KPI_STATE_DIR      where servers are unpacked and state is kept        (.run)
#   KPI_PORTBASE       Payara port base: HTTP = base+80, admin = base+48   (8000)
#   KPI_KC_PORT        Keycloak HTTP port                                   (8180)
#   KPI_DB             h2 | postgres                                        (h2)
#   KPI_DB_URL         JDBC URL when KPI_DB=postgres   (jdbc:postgresql://127.0.0.1:5432/kpi)
#   KPI_DB_USER / KPI_DB_PASSWORD                                           (postgres / empty)
#   KPI_DB_RESET       1: drop and re-create that PostgreSQL database first (the test run)
#   KPI_DEMO_PASSWORD  password of every demo user in the imported realm    (kpi-demo)
#   KPI_DEMO_LIVING_YEAR  true: the demo makes FY2024 in collection and supply cases at its first start (false)
#   KPI_SMTP_HOST      SMTP server for the mail resource mail/kpi; unset: GreenMail on 127.0.0.1
#   KPI_SMTP_PORT      its port (GreenMail: base+25; its IMAP base+43, its web API base+90)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=$(mkdir -p "${KPI_STATE_DIR:-$ROOT/.run}" && cd "${KPI_STATE_DIR:-$ROOT/.run}" && pwd)
PORTBASE=${KPI_PORTBASE:-8000}
HTTP_PORT=$((PORTBASE + 80))
ADMIN_PORT=$((PORTBASE + 48))
KC_PORT=${KPI_KC_PORT:-8180}
KC_MGMT_PORT=$((KC_PORT + 1))
DB=${KPI_DB:-h2}
# GreenMail's ports follow the port base, so parallel stacks never share a mailbox
GREENMAIL_VERSION=2.1.2
SMTP_HOST=${KPI_SMTP_HOST:-127.0.0.1}
SMTP_PORT=${KPI_SMTP_PORT:-$((PORTBASE + 25))}
IMAP_PORT=$((PORTBASE + 43))
MAIL_API_PORT=$((PORTBASE + 90))
DOMAIN=kpi
export KPI_DEMO_PASSWORD=${KPI_DEMO_PASSWORD:-kpi-demo}

MVN="$ROOT/mvnw -B -ntp -q"
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")
POSTGRESQL_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")
PAYARA_HOME=$STATE/payara6
KC_HOME=$STATE/keycloak-$KEYCLOAK_VERSION
ASADMIN="$PAYARA_HOME/bin/asadmin --port $ADMIN_PORT --interactive=false"

log() { printf '[stack] %s\n' "$*" >&2; }

# Downloads an artifact from Maven Central into the local repository and prints its path.
fetch() {
  local gav=$1 file=$2
  local path=~/.m2/repository/$file
  [ -f "$path" ] || $MVN dependency:get -Dartifact="$gav" -Dtransitive=false >&2
  echo "$path"
}

secret() { # a random secret, made once per state directory and never committed
  local file=$STATE/$1
  [ -s "$file" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$file")
  cat "$file"
}

wait_for() { # url seconds what
  local url=$1 seconds=$2 what=$3 i
  for ((i = 0; i < seconds; i++)); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 1
  done
  log "$what did not answer at $url within ${seconds}s"; return 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

extract() { # zip: unzip where installed, else the JDK's jar tool (which drops the executable bits)
  if command -v unzip >/dev/null; then
    unzip -q -o "$1" -d "$STATE"
  else
    (cd "$STATE" && jar xf "$1")
  fi
}

unpack() {
  if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
    log "unpacking Payara $PAYARA_VERSION"
    extract "$(fetch fish.payara.distributions:payara:$PAYARA_VERSION:zip \
      fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip)"
    chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
  fi
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    log "unpacking Keycloak $KEYCLOAK_VERSION"
    extract "$(fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip \
      org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip)"
    chmod +x "$KC_HOME"/bin/*.sh
  fi
}

start_keycloak() {
  if curl -sf -o /dev/null "http://localhost:$KC_PORT/realms/kpi"; then
    log "Keycloak already answers on port $KC_PORT"; return
  fi
  port_in_use "$KC_PORT" && { log "port $KC_PORT is taken by something that is not this Keycloak"; exit 1; }
  mkdir -p "$KC_HOME/data/import"
  # --import-realm skips a realm that exists: re-import after editing the JSON with 'run.sh reset'
  cp "$ROOT/keycloak/kpi-realm.json" "$KC_HOME/data/import/kpi-realm.json"
  # runs on other ports (test runs side by side) log in too: their address goes into the imported copy only
  if [ "$HTTP_PORT" != 8080 ] && [ "$HTTP_PORT" != 28080 ]; then
    sed -i -e "s|\"http://localhost:28080/callback\"|&, \"http://localhost:$HTTP_PORT/callback\"|" \
      -e "s|##http://localhost:28080/\"|##http://localhost:28080/##http://localhost:$HTTP_PORT/\"|" \
      "$KC_HOME/data/import/kpi-realm.json"
  fi
  log "starting Keycloak on http://localhost:$KC_PORT"
  KPI_OIDC_CLIENT_SECRET=$(secret oidc-client-secret) KPI_ADMIN_CLIENT_SECRET=$(secret admin-client-secret) \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret keycloak-admin-password) \
    nohup "$KC_HOME/bin/kc.sh" start-dev --import-realm --http-port "$KC_PORT" \
      --http-management-port "$KC_MGMT_PORT" --hostname "http://localhost:$KC_PORT" \
      > "$STATE/keycloak.log" 2>&1 &
  echo $! > "$STATE/keycloak.pid"
}

start_greenmail() {
  [ -n "${KPI_SMTP_HOST:-}" ] && { log "mail goes to $KPI_SMTP_HOST:$SMTP_PORT"; return; }
  if [ -f "$STATE/greenmail.pid" ] && kill -0 "$(cat "$STATE/greenmail.pid")" 2>/dev/null; then
    log "GreenMail already runs (SMTP $SMTP_PORT)"; return
  fi
  port_in_use "$SMTP_PORT" && { log "port $SMTP_PORT is taken by something that is not this GreenMail"; exit 1; }
  local jar
  jar=$(fetch com.icegreen:greenmail-standalone:$GREENMAIL_VERSION \
    com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar)
  log "starting GreenMail (SMTP $SMTP_PORT, IMAP $IMAP_PORT, web API http://localhost:$MAIL_API_PORT)"
  # no authentication: every recipient gets a mailbox, readable over IMAP with any password
  nohup java -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.port="$IMAP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$jar" > "$STATE/greenmail.log" 2>&1 &
  echo $! > "$STATE/greenmail.pid"
}

create_domain() {
  if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    log "creating Payara domain '$DOMAIN' (HTTP $HTTP_PORT, admin $ADMIN_PORT)"
    "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >&2
  fi
}

start_payara() {
  if $ASADMIN list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
    log "Payara domain '$DOMAIN' already running"; return
  fi
  port_in_use "$HTTP_PORT" && { log "port $HTTP_PORT is taken by another server"; exit 1; }
  log "starting Payara on http://localhost:$HTTP_PORT"
  # the client secrets reach MicroProfile Config through the environment, never through domain.xml
  KPI_OIDC_CLIENT_SECRET=$(secret oidc-client-secret) KPI_ADMIN_CLIENT_SECRET=$(secret admin-client-secret) \
    $ASADMIN start-domain "$DOMAIN" >&2
}

configure_payara() {
  # configured once per distinct setting: a changed script, database or living-year choice re-runs the (idempotent)
  # commands
  local marker=$STATE/payara-configured fingerprint
  fingerprint=$(cat "$0" <(echo "$DB ${KPI_DB_URL:-} ${KPI_DB_USER:-} $KC_PORT $SMTP_HOST $SMTP_PORT \
    ${KPI_DEMO_LIVING_YEAR:-false}") | sha256sum | cut -c1-16)
  [ "$(cat "$marker" 2>/dev/null)" = "$fingerprint" ] && return
  log "configuring Payara (database: $DB)"
  $ASADMIN set-hazelcast-configuration --enabled=false --dynamic=true >&2 || true
  $ASADMIN set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >&2
  $ASADMIN delete-jvm-options '-Xmx512m' >&2 || true
  $ASADMIN create-jvm-options '-Xmx1g' >&2 || true
  $ASADMIN create-jvm-options '-Duser.timezone=Asia/Tokyo' >&2 || true
  # deployments are uploaded into java.io.tmpdir as kpi.ear: a private one, so that the servers of other
  # checkouts on the same machine do not overwrite it mid-deployment
  mkdir -p "$STATE/tmp"
  $ASADMIN create-jvm-options "-Djava.io.tmpdir=$STATE/tmp" >&2 || true
  # Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader on every header it encodes or decodes (mail-api
  # issue 861): most of a request e-mail's time. Named here, it is loaded by name instead (docs/operations.md)
  $ASADMIN create-jvm-options '-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider' >&2 \
    || true
  # responses name no server: no Server or X-Powered-By header, no product and version on the server's own error
  # pages; the MicroProfile metrics only with the role microprofile (a file-realm user), not for everyone
  local listener
  for listener in http-listener-1 http-listener-2; do
    $ASADMIN set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
      "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" >&2 \
      || log "Payara did not take the header settings of $listener"
  done
  $ASADMIN create-jvm-options '-Dproduct.name=' >&2 || true
  # request threads: Payara's default of at most 5 queues the sixth caller (a burst of filings, 50 users on the
  # screens); 16 of them and the engine's 6 job threads (ProcessEngineBootstrap), each holding up to two
  # connections, stay within the database pool (40)
  $ASADMIN set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=16 \
    configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8 >&2 \
    || log "Payara did not take the request threads' setting"
  $ASADMIN set-metrics-configuration --securityenabled=true --roles=microprofile >&2 \
    || log "Payara did not take the metrics' security setting"
  local provider="http://localhost:$KC_PORT/realms/kpi"
  $ASADMIN set-config-property --source=domain --propertyName=kpi.oidc.provider-uri --propertyValue="$provider" >&2
  $ASADMIN set-config-property --source=domain --propertyName=kpi.oidc.client-id --propertyValue=kpi-web >&2
  $ASADMIN set-config-property --source=domain --propertyName=kpi.api.audience --propertyValue=kpi-api >&2
  # the OpenAPI document's enumerations come from the enums (kpi-api's model reader); Payara takes the model reader
  # from the server's configuration, not from the API module's microprofile-config.properties
  $ASADMIN set-config-property --source=domain --propertyName=mp.openapi.model.reader \
    --propertyValue=jp.go.mhlw.kpi.api.openapi.EnumSchemaReader >&2
  # and its filter drops the constraints Payara reads from @Schema attributes that were left out (maxProperties: 0, ...)
  $ASADMIN set-config-property --source=domain --propertyName=mp.openapi.filter \
    --propertyValue=jp.go.mhlw.kpi.api.openapi.AnnotationDefaultsFilter >&2
  # user administration through Keycloak's admin REST API, as the service account of the client kpi-admin
  $ASADMIN set-config-property --source=domain --propertyName=kpi.keycloak.admin-url \
    --propertyValue="http://localhost:$KC_PORT" >&2
  $ASADMIN set-config-property --source=domain --propertyName=kpi.keycloak.realm --propertyValue=kpi >&2
  $ASADMIN set-config-property --source=domain --propertyName=kpi.keycloak.admin-client-id --propertyValue=kpi-admin >&2
  $ASADMIN set-config-property --source=domain --propertyName=kpi.database.demo-data --propertyValue=true >&2
  # the demo's FY2024 in collection and supply cases, made once through the services (./run.sh only; the tests
  # make their own data)
  $ASADMIN set-config-property --source=domain --propertyName=kpi.demo.living-year \
    --propertyValue="${KPI_DEMO_LIVING_YEAR:-false}" >&2
  # the follow-up's e-mails: the mail session mail/kpi and the address their links point to
  $ASADMIN set-config-property --source=domain --propertyName=kpi.app.base-url \
    --propertyValue="http://localhost:$HTTP_PORT" >&2
  $ASADMIN delete-javamail-resource mail/kpi >/dev/null 2>&1 || true
  $ASADMIN create-javamail-resource --mailhost "$SMTP_HOST" --mailuser kpi --fromaddress kpi-followup@example.test \
    --property "mail.smtp.port=$SMTP_PORT:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000" mail/kpi >&2
  $ASADMIN delete-jdbc-resource jdbc/kpi >/dev/null 2>&1 || true
  $ASADMIN delete-jdbc-connection-pool kpi-pool >/dev/null 2>&1 || true
  if [ "$DB" = postgres ]; then
    # asadmin writes an empty password as ()
    local url=${KPI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kpi}
    local hostport=${url#jdbc:postgresql://}; hostport=${hostport%%/*}
    local name=${url##*/}; name=${name%%\?*}
    $ASADMIN add-library "$(fetch org.postgresql:postgresql:$POSTGRESQL_VERSION \
      org/postgresql/postgresql/$POSTGRESQL_VERSION/postgresql-$POSTGRESQL_VERSION.jar)" >&2 || true
    $ASADMIN create-jdbc-connection-pool --datasourceclassname org.postgresql.xa.PGXADataSource \
      --restype javax.sql.XADataSource --steadypoolsize 2 --maxpoolsize 40 \
      --isconnectvalidatereq true --validationmethod auto-commit \
      --property "serverName=${hostport%%:*}:portNumber=${hostport##*:}:databaseName=$name:user=${KPI_DB_USER:-postgres}:password=${KPI_DB_PASSWORD:-()}" \
      kpi-pool >&2
  else
    local file=$STATE/h2/kpi
    mkdir -p "$STATE/h2"
    $ASADMIN create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
      --restype javax.sql.XADataSource --steadypoolsize 2 --maxpoolsize 40 \
      --property "url=jdbc\\:h2\\:file\\:${file//:/\\:}:user=sa:password=sa" \
      kpi-pool >&2
  fi
  $ASADMIN create-jdbc-resource --connectionpoolid kpi-pool jdbc/kpi >&2
  # add-library and the JVM options take effect after a restart
  KPI_OIDC_CLIENT_SECRET=$(secret oidc-client-secret) KPI_ADMIN_CLIENT_SECRET=$(secret admin-client-secret) \
    $ASADMIN restart-domain "$DOMAIN" >&2
  echo "$fingerprint" > "$marker"
}

reset_postgres() {
  local url=${KPI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kpi}
  local hostport=${url#jdbc:postgresql://}; hostport=${hostport%%/*}
  local name=${url##*/}; name=${name%%\?*}
  log "re-creating PostgreSQL database '$name' on $hostport"
  PGPASSWORD=${KPI_DB_PASSWORD:-} psql -q -v ON_ERROR_STOP=1 -h "${hostport%%:*}" -p "${hostport##*:}" \
    -U "${KPI_DB_USER:-postgres}" -d postgres \
    -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\"" >&2
}

up() {
  [ "$DB" = postgres ] && [ "${KPI_DB_RESET:-0}" = 1 ] && reset_postgres
  unpack
  start_greenmail
  start_keycloak
  create_domain
  start_payara
  configure_payara
  wait_for "http://localhost:$KC_PORT/realms/kpi/.well-known/openid-configuration" 180 Keycloak
}

deploy() {
  local ear=${KPI_EAR:?KPI_EAR must name the EAR to deploy}
  log "deploying $(basename "$ear")"
  $ASADMIN deploy --force=true --name kpi "$ear" >&2
  wait_for "http://localhost:$HTTP_PORT/health/ready" 120 "the application's readiness check"
}

down() {
  if [ -x "$PAYARA_HOME/bin/asadmin" ]; then
    # undeployed first, so that the next start does not load the old application while 'deploy' replaces it (on a
    # busy machine the two met: "Application name kpi is already in use", "zip file closed")
    $ASADMIN undeploy kpi >/dev/null 2>&1 || true
    $ASADMIN stop-domain "$DOMAIN" >&2 2>/dev/null || true
  fi
  if [ -f "$STATE/keycloak.pid" ]; then
    local pid; pid=$(cat "$STATE/keycloak.pid")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping Keycloak"
      pkill -TERM -P "$pid" 2>/dev/null || true
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$STATE/keycloak.pid"
  fi
  if [ -f "$STATE/greenmail.pid" ]; then
    local mail; mail=$(cat "$STATE/greenmail.pid")
    if kill -0 "$mail" 2>/dev/null; then
      log "stopping GreenMail"
      kill "$mail" 2>/dev/null || true
      for _ in $(seq 1 15); do kill -0 "$mail" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$STATE/greenmail.pid"
  fi
}

case "${1:-}" in
  up) up ;;
  deploy) deploy ;;
  down) down ;;
  *) echo "usage: $0 up|deploy|down" >&2; exit 2 ;;
esac
