#!/usr/bin/env bash
# PostgreSQL: fill a fresh database with FILLSECS (default 20) seconds of load with the projector off, then restart with
# it on and print the events it projects in the $1 seconds (default 40) after a 10 s start. PG is a superuser
# connection string for a server to create the database "royalty_perf" on; SERVER compares another build.
set -u
cd "$(dirname "$0")/../.."
SECS=${1:-40}
PG=${PG:-Host=127.0.0.1;Port=55499;Username=postgres}
SERVER=${SERVER:-src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll}
mkdir -p /tmp/prof
psql "host=127.0.0.1 port=55499 user=postgres dbname=postgres" -qc "DROP DATABASE IF EXISTS royalty_perf" -c "CREATE DATABASE royalty_perf" > /dev/null
DATA=$(mktemp -d /tmp/prof/pgdata.XXXX)
run() {
  Storage__Provider=postgres Storage__ConnectionString="$PG;Database=royalty_perf" Storage__DataDirectory=$DATA \
    ASPNETCORE_URLS=http://127.0.0.1:5090 "$@" dotnet $SERVER > /tmp/prof/pg-server.log 2>&1 &
}
run env Projection__Enabled=false
PID=$!
sleep 12
dotnet perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll --server http://127.0.0.1:5090 --api-key "$(cat $DATA/admin.key)" \
  --streams 8 --inflight 2 --batch 1000 --duration ${FILLSECS:-20} --warmup 2 --works 10000 --target ledger --out /tmp/prof/pg-fill.json | tail -1
kill $PID; wait $PID 2>/dev/null
run env
PID=$!
sleep 10
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_events' | awk '{s+=$2} END {print s+0}' > /tmp/prof/pg-m1.txt
sleep $SECS
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_events' | awk '{s+=$2} END {print s+0}' > /tmp/prof/pg-m2.txt
kill $PID; wait $PID 2>/dev/null
rm -rf $DATA
echo "projected $(( $(cat /tmp/prof/pg-m2.txt) - $(cat /tmp/prof/pg-m1.txt) )) events in $SECS s"
