#!/usr/bin/env bash
# Issue 12 perf: statement reads of random creators at a steady rate (READS per second, default 20) during full-load
# ingest with the projector on (8 streams x 2 in flight x 1,000-event batches, the ingest-with-projector load), on
# SQLite. Reports ingest throughput and ack latency as before, plus statement read latency p50/p99/max and the lag the
# statements showed ("as of log position N, M batches pending"). Goal: read p99 within 200 ms.
# Build first: dotnet build -c Release src/RoyaltyLedger.Server perf/RoyaltyLedger.LoadClient
# OUT (results folder), SERVER (server dll), DURATION (seconds measured, default 60), READS may be given.
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-perf/results/$(date -u +%Y-%m-%d)-statements}
SERVER=${SERVER:-src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll}
DURATION=${DURATION:-60}
READS=${READS:-20}
PORT=${PORT:-5091}
mkdir -p "$OUT"
DATA=$(mktemp -d /tmp/perf-data.XXXX)
Storage__DataDirectory=$DATA ASPNETCORE_URLS=http://127.0.0.1:$PORT dotnet "$SERVER" > "$OUT/server-sqlite.log" 2>&1 &
PID=$!
for i in $(seq 1 60); do [ -f "$DATA/admin.key" ] && curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 1; done
KEY=$(cat "$DATA/admin.key")
dotnet perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll --server "http://127.0.0.1:$PORT" --api-key "$KEY" \
  --target ledger --streams 8 --inflight 2 --batch 1000 --duration "$DURATION" --warmup 5 --works 10000 --server-pid $PID \
  --statement-reads "$READS" --out "$OUT/statement-during-ingest.json" > "$OUT/statement-during-ingest.txt" 2>&1
cat "$OUT/statement-during-ingest.txt" | tail -2
kill $PID; wait $PID 2>/dev/null
rm -rf "$DATA"
