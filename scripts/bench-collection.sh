#!/usr/bin/env bash
# P2 "follow-up collection at scale" (docs/performance.md#follow-up-collection-at-scale-p2): the demo on PostgreSQL
# started afresh without its living year, the generated hubs added (GrowthData, -Dbench.grow=0), one reporter per
# hub in the realm (scripts/bench-reporters.sh), then CollectionSimulation: the secretariat opens a fiscal year for
# them on its screen, every body submits and an officer approves through the API. The figures are printed as lines
# starting with "P2 " and kept in kpi-bench/target/p2-figures.txt; the Gatling report lands in
# kpi-bench/target/gatling/collectionsimulation-<time>/. The stack is stopped at the end.
#
#   scripts/bench-collection.sh                         2,000 bodies
#   BENCH_BODIES=500 scripts/bench-collection.sh
#   BENCH_OPTS="-Dbench.reporters=16 -Dbench.officers=4" scripts/bench-collection.sh
#
# The stack's variables (KPI_PORTBASE, KPI_KC_PORT, KPI_STATE_DIR, KPI_DB_URL) are passed on, so it can run beside
# another demo; its database is dropped and re-created.
set -euo pipefail
cd "$(dirname "$0")/.."
BODIES=${BENCH_BODIES:-2000}
export KPI_DB=postgres KPI_DB_RESET=1 KPI_DEMO_LIVING_YEAR=false
export KPI_DB_URL=${KPI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kpi}
STATE=${KPI_STATE_DIR:-$PWD/.run}
PORTBASE=${KPI_PORTBASE:-8000}
read -r -a opts <<<"${BENCH_OPTS:-}"
figures=kpi-bench/target/p2-figures.txt

trap './run.sh stop' EXIT
./run.sh --detach
./mvnw -B -ntp -q -Pbench -pl kpi-bench -am verify -DskipTests -Dbench.grow=0 -Dbench.grow.jdbcUrl="$KPI_DB_URL"
scripts/bench-reporters.sh "$BODIES"

logs=$STATE/payara6/glassfish/domains/kpi/logs
since=$(($(date +%s%N) / 1000000))
# the server log's entries of the run, also in the files it was rotated into: those naming an optimistic-lock
# failure (the engine runs such a job again) and the SEVERE ones
count_logged() {
  cat "$logs"/server.log* 2>/dev/null | awk -v from="$since" -v what="$1" '
    /timeMillis: [0-9]+/ { match($0, /timeMillis: [0-9]+/); at = substr($0, RSTART + 12, RLENGTH - 12) + 0 }
    index($0, what) && at >= from { n++ }
    END { print n + 0 }'
}
before=$(uptime)
status=0
./mvnw -B -ntp -Pbench -pl kpi-bench -am verify -DskipTests \
  -Dgatling.simulationClass=jp.go.mhlw.kpi.bench.CollectionSimulation -Dbench.bodies="$BODIES" \
  -Dbench.baseUrl="http://localhost:$((PORTBASE + 80))" -Dbench.keycloakUrl="http://localhost:${KPI_KC_PORT:-8180}" \
  -Dbench.jdbcUrl="$KPI_DB_URL" -Dbench.mailApiUrl="http://localhost:$((PORTBASE + 90))" "${opts[@]}" \
  | tee kpi-bench/target/p2-run.log || status=$?
{
  echo "P2 $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB"
  echo "P2 job threads: the application's own executor (ProcessEngineBootstrap.JOB_THREADS)"
  echo "P2 load before: ${before##*load}"
  echo "P2 load after:  $(uptime | sed 's/.*load/ /')"
  grep '^P2 ' kpi-bench/target/p2-run.log || true
  echo "P2 server log: $(count_logged OptimisticLock) entries naming an optimistic-lock failure," \
    "$(count_logged '[SEVERE]') SEVERE"
} | tee "$figures"
exit $status
