#!/usr/bin/env bash
# Issue 5 perf: ingest with rating and posting (projector on), beside the baseline; then the projector's drain rate.
# OUT (results folder) and SERVER (server dll) may be given, to compare two builds in one run.
set -u
cd /work/main
OUT=${OUT:-perf/results/2026-11-28b}
SERVER=${SERVER:-src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll}
mkdir -p $OUT
DATA=$(mktemp -d /tmp/perf-data.XXXX)
Storage__DataDirectory=$DATA Diagnostics__BaselineSink=true ASPNETCORE_URLS=http://127.0.0.1:5090 \
  dotnet $SERVER > $OUT/server-sqlite.log 2>&1 &
PID=$!
sleep 15
KEY=$(cat $DATA/admin.key)
LC="dotnet perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll --server http://127.0.0.1:5090 --api-key $KEY --streams 8 --inflight 2 --batch 1000 --duration 60 --warmup 5 --works 10000 --server-pid $PID"
# SKIP_BASELINE=1 when the baseline was measured by the run this one is compared with.
[ "${SKIP_BASELINE:-0}" = 1 ] || $LC --target baseline --out $OUT/sqlite-baseline.json > $OUT/sqlite-baseline.txt 2>&1
$LC --target ledger --out $OUT/sqlite-ledger-projecting.json > $OUT/sqlite-ledger-projecting.txt 2>&1
# Drain: sample the projector's lag and projected-event counter every 5 s until the lag is 0.
for i in $(seq 1 60); do
  M=$(curl -s http://127.0.0.1:5090/metrics)
  LAG=$(echo "$M" | grep '^royaltyledger_projection_lag' | awk '{print $2}' | head -1)
  EV=$(echo "$M" | grep '^royaltyledger_projection_events' | awk '{s+=$2} END {print s}')
  echo "$(date +%s) lag=$LAG projected=$EV" >> $OUT/sqlite-drain.txt
  [ "${LAG%%.*}" = "0" ] && break
  sleep 5
done
ps -o rss= -p $PID >> $OUT/sqlite-drain.txt
kill $PID; wait $PID 2>/dev/null
rm -rf $DATA
