#!/usr/bin/env bash
# The scale-out benchmark (issue 7): the service built in Release, run as one and then as two instances on their own
# loopback ports, sharing one fresh PostgreSQL database and one Redis, loaded by the load generator (16 clients over
# the instances). Prints both tables, then checks that every successful check left exactly one decision row.
# Needs PostgreSQL on 127.0.0.1:5432 (user and password postgres) and Redis on 127.0.0.1:6379, as .ci/run starts them.
# Usage: tests/OutlookValueCheck.LoadTest/scale-out.sh [seconds=20] [clients=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
clients=${2:-16}
database="valuecheck_scaleout_$$"
export PGPASSWORD=postgres

dotnet build -c Release src/OutlookValueCheck.Api -p:SkipWebBuild=true -v quiet -nologo >/dev/null
dotnet build -c Release tests/OutlookValueCheck.LoadTest -v quiet -nologo >/dev/null

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_instance() {
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" \
  ConnectionStrings__ValueCheckPostgres="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=$database" \
  ConnectionStrings__Redis="127.0.0.1:6379" RateLimits__RequestsPerMinutePerUser=10000000 Logging__LogLevel__Default=Warning \
    bash -c 'cd src/OutlookValueCheck.Api/bin/Release/net10.0 && exec dotnet OutlookValueCheck.Api.dll' >"/tmp/valuecheck-scaleout-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/readyz" >/dev/null && return 0
    sleep 0.5
  done
  echo "instance on port $1 did not become ready" >&2
  exit 1
}

# One instance first (it creates and migrates the database and imports the demo CRM), then the second.
start_instance 5091
token=$(dotnet user-jwts create --project src/OutlookValueCheck.Api --name joao.costa@contoso.com --scope access_as_user \
  --claim tid=00000000-0000-0000-0000-00000000d3e0 --claim oid=11111111-1111-1111-1111-111111111111 \
  --claim preferred_username=joao.costa@contoso.com --output token)
load() { dotnet tests/OutlookValueCheck.LoadTest/bin/Release/net10.0/OutlookValueCheck.LoadTest.dll "$1" "$token" "$seconds" "$clients"; }
rows() { psql -h 127.0.0.1 -U postgres -d "$database" -tA -c 'SELECT count(*) FROM "Decisions"'; }

results=$(mktemp)
echo "## one instance (PostgreSQL + Redis)"
load http://127.0.0.1:5091 | tee "$results"
one=$(awk '/successful checks in all/ {print $NF}' "$results")
start_instance 5092
echo "## two instances (PostgreSQL + Redis)"
load http://127.0.0.1:5091,http://127.0.0.1:5092 | tee "$results"
two=$(awk '/successful checks in all/ {print $NF}' "$results")
rm -f "$results"

sleep 2 # the writers gather decisions for a moment before storing them
echo "successful checks: $((one + two)); decision rows: $(rows)"
