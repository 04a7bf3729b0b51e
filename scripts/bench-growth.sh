#!/usr/bin/env bash
# P4 "data growth" (docs/performance.md#data-growth-p4), one run per number of years given (default: 1 then 10):
# the demo on PostgreSQL started afresh, grown by GrowthData, read by GrowthReadsSimulation, stopped again.
# The reports land in kpi-bench/target/gatling/growthreadssimulation-<time>/.
#
#   scripts/bench-growth.sh              1 year, then 10 years
#   scripts/bench-growth.sh 10           10 years only
#   BENCH_OPTS="-Dbench.seconds=60" scripts/bench-growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB_URL=${KPI_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kpi}
hostport=${DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}; name=${DB_URL##*/}
read -r -a opts <<<"${BENCH_OPTS:-}"

# each step builds what kpi-bench needs in the reactor (-am): nothing is installed into the local Maven repository,
# which other builds on the machine may be reading
trap './run.sh stop' EXIT
status=0
for years in ${*:-1 10}; do
  echo "== $years year(s) of data"
  KPI_DB=postgres KPI_DB_RESET=1 KPI_DB_URL=$DB_URL ./run.sh --detach
  ./mvnw -B -ntp -q -Pbench -pl kpi-bench -am verify -DskipTests -Dbench.grow="$years" -Dbench.grow.jdbcUrl="$DB_URL"
  cycle=$(psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "${KPI_DB_USER:-postgres}" -d "$name" -Atc \
    "SELECT id FROM follow_up_cycle WHERE status = 'COLLECTING' ORDER BY fiscal_year DESC LIMIT 1")
  ./mvnw -B -ntp -Pbench -pl kpi-bench -am verify -DskipTests \
    -Dgatling.simulationClass=jp.go.mhlw.kpi.bench.GrowthReadsSimulation -Dbench.cycle="$cycle" "${opts[@]}" \
    || status=$?
  ./run.sh stop
done
exit $status
