#!/usr/bin/env bash
set -u
cd /work/main
OUT=/tmp/trace-out; mkdir -p $OUT
DATA=$(mktemp -d /tmp/perf-data.XXXX)
Storage__DataDirectory=$DATA Projection__Enabled=false ASPNETCORE_URLS=http://127.0.0.1:5090 \
  dotnet src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll > $OUT/server1.log 2>&1 &
PID=$!
sleep 12
KEY=$(cat $DATA/admin.key)
dotnet perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll --server http://127.0.0.1:5090 --api-key $KEY --streams 8 --inflight 2 --batch 1000 --duration 15 --warmup 2 --works 10000 --target ledger --out $OUT/fill.json > $OUT/fill.txt 2>&1
kill $PID; wait $PID 2>/dev/null
DOTNET_gcServer=${GCSERVER:-0} Storage__DataDirectory=$DATA ASPNETCORE_URLS=http://127.0.0.1:5090 \
  dotnet src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll > $OUT/server2.log 2>&1 &
PID=$!
sleep 10
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_(lag|events)' > $OUT/m1.txt
sleep 40
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_(lag|events)' > $OUT/m2.txt
kill $PID; wait $PID 2>/dev/null
rm -rf $DATA
