#!/usr/bin/env bash
# Issue 15's DSR scenario: a DDEX DSR flat file of LINES lines (1,000,000 by default; about 90 % of them SU02 usage
# records) imported with `royalty usage import-dsr` into one running silo, per store, a fresh store per run. The clock
# runs from the command's start (it hashes the file, reads, sends, waits for every ack) to its exit; records/s are the
# usage records sent over that time, lines/s all lines; "in the command" divides by the command's own clock (from
# opening the streams to the last ack: without the process start and the file hash). Target: >= 100,000 records/s into the running server.
# Unless SKIP_DRAIN=1, the time from the import's start until the projector has posted every counted event (read on
# /metrics); then the same file again (every batch already held: nothing counted twice).
#
# Build first: dotnet build -c Release src/RoyaltyLedger.Server src/RoyaltyLedger.Cli
# Then, alone on the machine: perf/scripts/dsr-import.sh
# Settings: OUT, STORES ("sqlite postgres"), LINES (1000000), DSR_WORKS (1000 works carrying ISRCs, seeded), UNKNOWN
# (every UNKNOWN-th recording has an ISRC no work carries: suspense; 50), BATCH (5000), STREAMS_DSR (4), PGCONN, and the ports of
# lib/perf-common.sh. Prints a markdown table for perf/RESULTS.md, also in $OUT/table.md.
# Smoke test: LINES=100000 STORES=sqlite SKIP_DRAIN=1 perf/scripts/dsr-import.sh
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-perf/results/$(date -u +%Y-%m-%d)-dsr-import}
STORES=${STORES:-sqlite postgres}
LINES=${LINES:-1000000}
DSR_WORKS=${DSR_WORKS:-1000}
UNKNOWN=${UNKNOWN:-50}
BATCH=${BATCH:-5000}
STREAMS_DSR=${STREAMS_DSR:-4}
ROYALTY=${ROYALTY:-src/RoyaltyLedger.Cli/bin/Release/net10.0/royalty.dll}
mkdir -p "$OUT"
# shellcheck source=perf/scripts/lib/perf-common.sh
source perf/scripts/lib/perf-common.sh
case " $STORES " in *" postgres "*) pg_start ;; esac

FILE=$WORK/DSR_PerfSociety_PerfStream_PremiumService_2026-11_DE.tsv
log "writing $LINES lines to $FILE"
awk -v LINES="$LINES" -v WORKS="$DSR_WORKS" -v UNKNOWN="$UNKNOWN" -v MESSAGE="PERF-$LINES" -f perf/scripts/lib/dsr-generate.awk > "$FILE"

royalty() { dotnet "$ROYALTY" --server "$(silo_url 0)" --api-key "$(cat "$WORK/silo0/data/admin.key")" "$@"; }

# seed: an operator and model, one creator and DSR_WORKS works carrying the ISRCs the file names.
seed() {
  royalty operators add --id perf-dsr-op --name "Perf DSR service" > /dev/null &&
  royalty models add --id perf-dsr-model --operator perf-dsr-op --name "Perf DSR model" > /dev/null &&
  printf 'creator_id,display_name\nperf-dsr-c,Perf Composer\n' > "$WORK/creators.csv" &&
  royalty creators import "$WORK/creators.csv" > /dev/null &&
  { echo "work_id,title,medium,contributors,identifiers"
    for i in $(seq 0 $((DSR_WORKS - 1))); do printf 'perf-dsr-w%05d,Track %d,music,perf-dsr-c:composer:10000,isrc:QZPRF26%05d\n' "$i" "$i" "$i"; done
  } > "$WORK/works.csv" &&
  royalty works import "$WORK/works.csv" > /dev/null
}

# import LABEL: one timed import; writes $OUT/LABEL.json (the command's --json summary) and prints seconds.
import() {
  local label=$1 start end
  start=$(date +%s.%N)
  royalty usage import-dsr "$FILE" --operator perf-dsr-op --model perf-dsr-model --batch-size "$BATCH" --streams "$STREAMS_DSR" --json > "$OUT/$label.json" 2> "$OUT/$label.err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "| store | lines | usage records | counted | held on rerun | import s | records/s | lines/s | records/s in the command | rerun s | posted s |" > "$OUT/table.md"
echo "|---|---|---|---|---|---|---|---|---|---|---|" >> "$OUT/table.md"
for store in $STORES; do
  settings=()
  if [ "$store" = postgres ]; then
    pg_create royalty_dsr_import
    settings+=(Storage__Provider=postgres "Storage__ConnectionString=$PGCONN;Database=royalty_dsr_import")
  fi
  log "$store: starting the silo"
  start_silo 0 "$OUT/$store-server.log" "${settings[@]}"
  wait_healthy 0 && wait_key "$WORK/silo0/data/admin.key" || { stop_silos; continue; }
  seed || { log "$store: seeding failed"; stop_silos; continue; }
  log "$store: importing"
  t0=$(date +%s.%N)
  seconds=$(import "$store-first")
  posted="-"
  if [ "${SKIP_DRAIN:-0}" != 1 ]; then
    counted=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counted'])" "$OUT/$store-first.json")
    for _ in $(seq 1 "$DRAIN_TIMEOUT"); do
      [ "$(metric_sum royaltyledger_projection_events_total 1)" -ge "$counted" ] 2> /dev/null && break
      sleep 1
    done
    posted=$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")
  fi
  log "$store: importing again"
  rerun=$(import "$store-rerun")
  python3 - "$OUT/$store-first.json" "$OUT/$store-rerun.json" "$store" "$seconds" "$rerun" "$posted" >> "$OUT/table.md" <<'PY'
import json, sys
first, rerun = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
store, seconds, again, posted = sys.argv[3], float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
print(f"| {store} | {first['lines']:,} | {first['usageRecords']:,} | {first['counted']:,} | {rerun['alreadyHeld']:,} | "
      f"{seconds:.1f} | {first['sent'] / seconds:,.0f} | {first['lines'] / seconds:,.0f} | {first['sent'] / first['seconds']:,.0f} | "
      f"{again:.1f} | {posted} |")
PY
  stop_silos
  SILO_PIDS=()
done
cat "$OUT/table.md"
