#!/usr/bin/env bash
# Fills /tmp/prof/filled with FILLSECS (default 15) seconds of load, projector off, for repeated drains of the same data
# by projector-drain-ab.sh (e.g. FILLSECS=35 for ~10M events, ~1.6 GB). Run from the repository root after a Release build.
set -u
cd "$(dirname "$0")/../.."; mkdir -p /tmp/prof
rm -rf /tmp/prof/filled; mkdir -p /tmp/prof/filled
Storage__DataDirectory=/tmp/prof/filled Projection__Enabled=false ASPNETCORE_URLS=http://127.0.0.1:5090 \
  dotnet src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll > /tmp/prof/fill-server.log 2>&1 &
PID=$!
sleep 12
KEY=$(cat /tmp/prof/filled/admin.key)
dotnet perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll --server http://127.0.0.1:5090 --api-key $KEY --streams 8 --inflight 2 --batch 1000 --duration ${FILLSECS:-15} --warmup 2 --works 10000 --target ledger --out /tmp/prof/fill.json > /tmp/prof/fill.txt 2>&1
kill $PID; wait $PID 2>/dev/null
