#!/usr/bin/env bash
# Issue 13 perf: 1, 2 and 3 silos of one cluster on PostgreSQL, in one run, under the same load (the load client
# spreads its streams round-robin over the silos), then one silo with P=1 against P=8 ledger partitions. Per run:
# events/s acked (client), events/s posted end to end (every accepted event projected: accepted events over the time
# from the load's start until royaltyledger_projection_events caught up with royaltyledger_usage_events_accepted,
# summed over the silos' /metrics), CPU-seconds per million events of each silo (/proc/PID/stat utime+stime), of
# PostgreSQL (when this script started it) and of the load client. Each run gets a fresh database.
#
# Build first: dotnet build -c Release src/RoyaltyLedger.Server perf/RoyaltyLedger.LoadClient
# Then, alone on the machine (five runs; about 15-25 minutes with the default load): perf/scripts/cluster-scaling.sh
# Settings: OUT (results folder), SILO_COUNTS ("1 2 3"; empty to skip), PARTITIONS (8, for the silo counts), PARTITION_AB ("1 8"; empty
# to skip), PGCONN (an existing PostgreSQL: Npgsql connection string of a role that may create databases; default: a
# throwaway server under a temp dir), and the load settings of lib/perf-common.sh (STREAMS 12, INFLIGHT 2, BATCH 1000,
# DURATION 60, WARMUP 5, WORKS 10000, DRAIN_TIMEOUT 300). Prints a markdown table for perf/RESULTS.md, also in
# $OUT/table.md. Smoke test: DURATION=3 WARMUP=1 WORKS=200 STREAMS=3 BATCH=100 SILO_COUNTS="1 2" PARTITION_AB="".
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-perf/results/$(date -u +%Y-%m-%d)-cluster-scaling}
SILO_COUNTS=${SILO_COUNTS-1 2 3}
PARTITIONS=${PARTITIONS:-8}
PARTITION_AB=${PARTITION_AB-1 8}
mkdir -p "$OUT"
# shellcheck source=perf/scripts/lib/perf-common.sh
source perf/scripts/lib/perf-common.sh
pg_start

# run_cluster LABEL SILOS PARTITIONS: a fresh database, the silos started (the first alone, as it migrates the schema),
# the load, then everything stopped and the database dropped.
run_cluster() {
  local label=$1 silos=$2 partitions=$3 db="royalty_scale_$1" i members_seen
  pg_create "$db"
  local -a settings=(Storage__Provider=postgres "Storage__ConnectionString=$PGCONN;Database=$db" "Ledger__Partitions=$partitions")
  log "$label: $silos silo(s), $partitions partition(s)"
  start_silo 0 "$OUT/$label-silo0.log" "${settings[@]}"
  wait_healthy 0 && wait_key "$WORK/silo0/data/admin.key" || { stop_silos; return 1; }
  for i in $(seq 1 $((silos - 1))); do start_silo "$i" "$OUT/$label-silo$i.log" "${settings[@]}"; done
  for i in $(seq 1 $((silos - 1))); do wait_healthy "$i" || { stop_silos; return 1; }; done
  wait_members "$db" "$silos"
  members_seen=$(members "$db")
  run_load "$label" "$silos" "$WORK/silo0/data/admin.key"
  [ -f "$OUT/$label-summary.json" ] && annotate "$OUT/$label-summary.json" "partitions=$partitions" "members=$members_seen"
  stop_silos
  pg_drop "$db"
  rm -rf "$WORK"/silo*
}

SUMMARIES=()
for silos in $SILO_COUNTS; do
  run_cluster "silos$silos" "$silos" "$PARTITIONS" && SUMMARIES+=("$OUT/silos$silos-summary.json")
done
AB=()
for p in $PARTITION_AB; do
  run_cluster "p$p" 1 "$p" && AB+=("$OUT/p$p-summary.json")
done

{
  echo "## $(date -u +%Y-%m-%d) — cluster scaling on PostgreSQL: 1, 2 and 3 silos, one run, same load (issue 13)"
  echo
  echo "Command: \`SILO_COUNTS=\"$SILO_COUNTS\" PARTITIONS=$PARTITIONS PARTITION_AB=\"$PARTITION_AB\" STREAMS=$STREAMS INFLIGHT=$INFLIGHT BATCH=$BATCH DURATION=$DURATION WARMUP=$WARMUP WORKS=$WORKS perf/scripts/cluster-scaling.sh\`"
  echo "(build $(git rev-parse --short HEAD)); outputs in $OUT. Posted end to end: accepted events over the time from the"
  echo "streams' start until every one was projected (silos' /metrics, sampled each second). CPU per million accepted"
  echo "events, from /proc/PID/stat over the same span. How to read it on this host: docs/capacity.md."
  echo
  echo "Load: $STREAMS streams x $INFLIGHT in flight x $BATCH-event batches, $WARMUP s warm-up + $DURATION s, $WORKS works;"
  echo "PostgreSQL: $(pg_describe); $(nproc) cores."
  echo
  [ ${#SUMMARIES[@]} -gt 0 ] && python3 perf/scripts/lib/table.py scaling "${SUMMARIES[@]}"
  echo
  [ ${#AB[@]} -gt 0 ] && python3 perf/scripts/lib/table.py scaling "${AB[@]}"
} | tee "$OUT/table.md"
