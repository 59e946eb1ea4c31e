#!/usr/bin/env bash
# Issue 13's single-node targets, on SQLite and on PostgreSQL (one silo each, a fresh store per run):
#   flat   - closed loop as fast as acks come, projector on: events/s acked (target ≥ 200,000) and events/s posted end
#            to end (every accepted event rated and posted; target ≥ 150,000)
#   rate   - open loop at a fixed RATE (120,000 events/s), projector on: p99 ack (target ≤ 100 ms)
#   ingest - closed loop with Projection__Enabled=false: durable ingest alone, for reference (SKIP_INGEST=1 skips it)
# "Posted end to end" is accepted events over the time from the load's start until royaltyledger_projection_events
# caught up with royaltyledger_usage_events_accepted on /metrics.
#
# Build first: dotnet build -c Release src/RoyaltyLedger.Server perf/RoyaltyLedger.LoadClient
# Then, alone on the machine (six runs; about 15-25 minutes with the default load): perf/scripts/single-node-targets.sh
# Settings: OUT, STORES ("sqlite postgres"), RATE (120000), PARTITIONS (default: the server's, 1 on SQLite and 8 on
# PostgreSQL), PGCONN, and the load settings of lib/perf-common.sh. Prints a markdown table for perf/RESULTS.md, also in
# $OUT/table.md. Smoke test: DURATION=3 WARMUP=1 WORKS=200 STREAMS=2 BATCH=100 RATE=2000 STORES=sqlite SKIP_INGEST=1.
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-perf/results/$(date -u +%Y-%m-%d)-single-node-targets}
STORES=${STORES:-sqlite postgres}
RATE=${RATE:-120000}
mkdir -p "$OUT"
# shellcheck source=perf/scripts/lib/perf-common.sh
source perf/scripts/lib/perf-common.sh
case " $STORES " in *" postgres "*) pg_start ;; esac

# run_single STORE KIND [client args...]: one silo on a fresh store, one load, stopped.
run_single() {
  local store=$1 kind=$2 label="$1-$2" db="royalty_targets_$1_$2"; shift 2
  local -a settings=()
  [ -n "${PARTITIONS:-}" ] && settings+=("Ledger__Partitions=$PARTITIONS")
  [ "$kind" = ingest ] && settings+=(Projection__Enabled=false)
  if [ "$store" = postgres ]; then
    pg_create "$db"
    settings+=(Storage__Provider=postgres "Storage__ConnectionString=$PGCONN;Database=$db")
  fi
  log "$label"
  start_silo 0 "$OUT/$label-server.log" "${settings[@]}"
  wait_healthy 0 && wait_key "$WORK/silo0/data/admin.key" || { stop_silos; return 1; }
  NO_DRAIN=$([ "$kind" = ingest ] && echo 1 || echo 0) run_load "$label" 1 "$WORK/silo0/data/admin.key" "$@"
  local run="closed loop, projector on"
  [ "$kind" = rate ] && run="open loop at $RATE events/s, projector on"
  [ "$kind" = ingest ] && run="closed loop, projector off"
  [ -f "$OUT/$label-summary.json" ] && annotate "$OUT/$label-summary.json" "store=$store" "kind=$kind" "run=$run"
  stop_silos
  [ "$store" = postgres ] && pg_drop "$db"
  rm -rf "$WORK"/silo*
}

SUMMARIES=()
for store in $STORES; do
  run_single "$store" flat && SUMMARIES+=("$OUT/$store-flat-summary.json")
  run_single "$store" rate --rate "$RATE" && SUMMARIES+=("$OUT/$store-rate-summary.json")
  [ "${SKIP_INGEST:-0}" = 1 ] || { run_single "$store" ingest && SUMMARIES+=("$OUT/$store-ingest-summary.json"); }
done

{
  echo "## $(date -u +%Y-%m-%d) — single-node targets (issue 13): posted end to end, acks, p99 ack at $RATE events/s"
  echo
  echo "Command: \`STORES=\"$STORES\" RATE=$RATE STREAMS=$STREAMS INFLIGHT=$INFLIGHT BATCH=$BATCH DURATION=$DURATION WARMUP=$WARMUP WORKS=$WORKS perf/scripts/single-node-targets.sh\`"
  echo "(build $(git rev-parse --short HEAD)); outputs in $OUT. Posted end to end: accepted events over the time from the"
  echo "streams' start until every one was projected (/metrics, sampled each second)."
  echo
  echo "Load: $STREAMS streams x $BATCH-event batches ($INFLIGHT in flight closed loop, up to 64 open loop), $WARMUP s warm-up + $DURATION s, $WORKS works;"
  echo "PostgreSQL: $(pg_describe); partitions: ${PARTITIONS:-server default}; $(nproc) cores."
  echo
  [ ${#SUMMARIES[@]} -gt 0 ] && python3 perf/scripts/lib/table.py targets "${SUMMARIES[@]}"
} | tee "$OUT/table.md"
