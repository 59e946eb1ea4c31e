# Shared by cluster-scaling.sh and single-node-targets.sh (sourced, not run). Starts a throwaway PostgreSQL (unless
# PGCONN names one), starts silos, runs the load client against all of them, follows /metrics until everything acked is
# projected, and reads each process's CPU time from /proc. Every function writes into $OUT.
#
# Settings (environment): SERVER, CLIENT (built dlls), STREAMS, INFLIGHT, BATCH, DURATION, WARMUP, WORKS (the load),
# DRAIN_TIMEOUT (seconds to wait after the load for projection to catch up), PGCONN (an Npgsql connection string of a
# role that may create databases; else a PostgreSQL is started under a temp dir on PGPORT), PG_SETTINGS (extra
# postgres -c flags for that throwaway server), HTTP_PORT0 / SILO_PORT0 / GATEWAY_PORT0 (first ports; silo i adds i).

SERVER=${SERVER:-src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll}
CLIENT=${CLIENT:-perf/RoyaltyLedger.LoadClient/bin/Release/net10.0/RoyaltyLedger.LoadClient.dll}
STREAMS=${STREAMS:-12}
INFLIGHT=${INFLIGHT:-2}
BATCH=${BATCH:-1000}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-5}
WORKS=${WORKS:-10000}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-300}
HTTP_PORT0=${HTTP_PORT0:-5190}
SILO_PORT0=${SILO_PORT0:-11190}
GATEWAY_PORT0=${GATEWAY_PORT0:-30190}
PGPORT=${PGPORT:-55477}
CLK_TCK=$(getconf CLK_TCK)
WORK=$(mktemp -d /tmp/perf-scale.XXXX)
SILO_PIDS=()
PG_STARTED=0
PG_DATA=""

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# utime+stime (+ cutime+cstime with a second argument) of a process, in clock ticks; 0 when it is gone. The fields are
# counted after the command name's closing parenthesis, which may itself hold spaces.
cpu_ticks() {
  local stat
  stat=$(cat "/proc/$1/stat" 2> /dev/null) || { echo 0; return; }
  stat=${stat##*) }
  # shellcheck disable=SC2206 # the fields are split on purpose; field 3 (state) is f[0], so utime (14) is f[11]
  local -a f=($stat)
  if [ -n "${2:-}" ]; then echo $(( f[11] + f[12] + f[13] + f[14] )); else echo $(( f[11] + f[12] )); fi
}

# The CPU time of the throwaway PostgreSQL: the postmaster with its reaped children, plus every live backend.
pg_ticks() {
  [ "$PG_STARTED" = 1 ] || { echo 0; return; }
  local master total child
  master=$(head -1 "$PG_DATA/postmaster.pid")
  total=$(cpu_ticks "$master" with-children)
  for child in $(pgrep -P "$master"); do total=$(( total + $(cpu_ticks "$child") )); done
  echo "$total"
}

# psql arguments from an Npgsql connection string (Host, Port, Username, Password) and a database name.
psql_to() {
  local host=127.0.0.1 port=5432 user=postgres pair key value
  IFS=';' read -ra pairs <<< "$PGCONN"
  for pair in "${pairs[@]}"; do
    key=$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' '); value=${pair#*=}
    case "$key" in
      host|server) host=$value ;;
      port) port=$value ;;
      username|user|userid|"user id") user=$value ;;
      password) export PGPASSWORD=$value ;;
    esac
  done
  echo "host=$host port=$port user=$user dbname=$1"
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  if [ -n "${PGCONN:-}" ]; then log "using PostgreSQL at $PGCONN"; return; fi
  local bin
  bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
  PG_DATA=$WORK/pg
  mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$PG_DATA"
  as_postgres "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 > "$OUT/pg-initdb.log" 2>&1 || { log "initdb failed: $OUT/pg-initdb.log"; exit 1; }
  # shellcheck disable=SC2086 # PG_SETTINGS holds several -c flags
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
    -o "-p $PGPORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=1GB ${PG_SETTINGS:-}" start > /dev/null \
    || { log "PostgreSQL did not start: $PG_DATA/server.log"; exit 1; }
  PG_STARTED=1
  PGCONN="Host=127.0.0.1;Port=$PGPORT;Username=postgres"
  log "started PostgreSQL $(postgres --version 2> /dev/null | awk '{print $3}') on port $PGPORT (${PG_SETTINGS:-default settings})"
}

pg_describe() {
  if [ "$PG_STARTED" = 1 ]; then
    echo "$(postgres --version 2> /dev/null | awk '{print $3}') started by the script on this machine (max_connections 400, shared_buffers 1GB${PG_SETTINGS:+, $PG_SETTINGS})"
  elif [ -n "${PGCONN:-}" ]; then
    echo "given by PGCONN"
  else
    echo "not used"
  fi
}

pg_stop() {
  [ "$PG_STARTED" = 1 ] || return 0
  as_postgres "$(dirname "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null 2>&1
  PG_STARTED=0
}

pg_create() { PGOPTIONS="-c client_min_messages=warning" psql "$(psql_to postgres)" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" > /dev/null; }
pg_drop() { psql "$(psql_to postgres)" -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" > /dev/null 2>&1 || true; }

# start_silo INDEX LOGFILE [VAR=value ...]: one server in the background; its pid goes to SILO_PIDS[INDEX].
start_silo() {
  local i=$1 logfile=$2; shift 2
  mkdir -p "$WORK/silo$i"
  env Silo__SiloPort=$((SILO_PORT0 + i)) Silo__GatewayPort=$((GATEWAY_PORT0 + i)) Silo__AdvertisedAddress=127.0.0.1 \
    urls=http://127.0.0.1:$((HTTP_PORT0 + i)) Storage__DataDirectory="$WORK/silo$i/data" "$@" dotnet "$SERVER" > "$logfile" 2>&1 &
  SILO_PIDS[$i]=$!
}

silo_url() { echo "http://127.0.0.1:$((HTTP_PORT0 + $1))"; }

# wait_healthy INDEX: until the silo answers /healthz (at most 90 s).
wait_healthy() {
  local n
  for n in $(seq 1 90); do
    curl -sf "$(silo_url "$1")/healthz" > /dev/null && return 0
    kill -0 "${SILO_PIDS[$1]}" 2> /dev/null || { log "silo $1 exited during start-up"; return 1; }
    sleep 1
  done
  log "silo $1 was not healthy after 90 s"; return 1
}

# Active silos in the PostgreSQL membership table (Orleans' ADO.NET clustering), or "-" when there is none.
members() {
  psql "$(psql_to "$1")" -Atqc "SELECT count(*) FROM orleansmembershiptable WHERE status = 3" 2> /dev/null || echo "-"
}

# wait_members DB N: until N silos are active in one cluster (at most 60 s); says so when clustering is not there.
wait_members() {
  local n m
  for n in $(seq 1 60); do
    m=$(members "$1")
    [ "$m" = "-" ] && { log "no membership table in $1: each silo is a cluster of its own (localhost clustering)"; return 0; }
    [ "$m" -ge "$2" ] && return 0
    sleep 1
  done
  log "only $m of $2 silos active in the membership table after 60 s"
}

stop_silos() {
  local pid n
  for pid in "${SILO_PIDS[@]}"; do kill "$pid" 2> /dev/null; done
  for pid in "${SILO_PIDS[@]}"; do
    for n in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
  done
  SILO_PIDS=()
}

# The sum of a Prometheus series' samples over its labels and over silos 0..N-1.
metric_sum() {
  local name=$1 n=$2 i
  for i in $(seq 0 $((n - 1))); do curl -s --max-time 5 "$(silo_url "$i")/metrics"; done \
    | grep -E "^$name(\{| )" | sed -E 's/^[^{ ]+(\{.*\})? //' | awk '{s+=$1} END {printf "%.0f", s}'
}

cleanup() {
  stop_silos
  pg_stop
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

# run_load LABEL NSILOS KEYFILE [client args...]: seeds, then runs the load client against silos 0..N-1 and follows
# /metrics every second until all accepted events are projected (or DRAIN_TIMEOUT after the load). Writes
# $OUT/LABEL.json (client), $OUT/LABEL-timeline.txt and $OUT/LABEL-summary.json (acked, posted, CPU per silo, ...).
run_load() {
  local label=$1 nsilos=$2 keyfile=$3; shift 3
  local servers="" i key
  for i in $(seq 0 $((nsilos - 1))); do servers="$servers${servers:+,}$(silo_url "$i")"; done
  key=$(cat "$keyfile")
  dotnet "$CLIENT" --server "$servers" --api-key "$key" --works "$WORKS" --seed-only --out /dev/null > "$OUT/$label-seed.txt" 2>&1 \
    || { log "$label: seeding failed: $OUT/$label-seed.txt"; return 1; }
  local t0 pg0 accepted0 projected0; local -a cpu0
  t0=$(date +%s.%N); pg0=$(pg_ticks)
  accepted0=$(metric_sum royaltyledger_usage_events_accepted_total "$nsilos")
  projected0=$(metric_sum royaltyledger_projection_events_total "$nsilos")
  for i in $(seq 0 $((nsilos - 1))); do cpu0[i]=$(cpu_ticks "${SILO_PIDS[$i]}"); done
  ( dotnet "$CLIENT" --server "$servers" --api-key "$key" --streams "$STREAMS" --inflight "$INFLIGHT" --batch "$BATCH" \
      --duration "$DURATION" --warmup "$WARMUP" --works "$WORKS" --out "$OUT/$label.json" "$@" > "$OUT/$label.txt" 2>&1
    echo $? > "$WORK/client.rc"; times > "$WORK/client.times" ) &
  local client=$! now accepted projected lag loaded="" caught_up=""
  : > "$OUT/$label-timeline.txt"
  while :; do
    sleep 1
    now=$(date +%s.%N)
    accepted=$(metric_sum royaltyledger_usage_events_accepted_total "$nsilos")
    projected=$(metric_sum royaltyledger_projection_events_total "$nsilos")
    lag=$(metric_sum royaltyledger_projection_lag "$nsilos")
    echo "$now accepted=$((accepted - accepted0)) projected=$((projected - projected0)) lag=$lag" >> "$OUT/$label-timeline.txt"
    if [ -z "$loaded" ] && ! kill -0 "$client" 2> /dev/null; then loaded=$now; fi
    # NO_DRAIN=1 (projector off): nothing will be projected, so stop with the load.
    if [ -n "$loaded" ] && [ "${NO_DRAIN:-0}" = 1 ]; then break; fi
    if [ -n "$loaded" ] && [ $((accepted - accepted0)) -gt 0 ] && [ $((projected - projected0)) -ge $((accepted - accepted0)) ]; then caught_up=$now; break; fi
    if [ -n "$loaded" ] && awk -v a="$now" -v b="$loaded" -v l="$DRAIN_TIMEOUT" 'BEGIN {exit !(a - b > l)}'; then break; fi
  done
  wait "$client"
  local cpu="" pg1
  for i in $(seq 0 $((nsilos - 1))); do cpu="$cpu${cpu:+,}$(( $(cpu_ticks "${SILO_PIDS[$i]}") - cpu0[i] ))"; done
  pg1=$(pg_ticks)
  python3 - "$OUT/$label.json" "$OUT/$label-summary.json" <<PY
import json, sys
client = json.load(open(sys.argv[1])) if $(cat "$WORK/client.rc") == 0 else {}
def secs(t):  # the shell builtin times prints e.g. 0m12.345s 0m1.234s
    return sum(float(p[:-1].split('m')[0]) * 60 + float(p[:-1].split('m')[1]) for p in t.split())
accepted, projected = $((accepted - accepted0)), $((projected - projected0))
t0, loaded, done = $t0, $loaded, ${caught_up:-None}
# Time runs from when the client's streams started (it re-seeds, idempotently, before); CPU from before that.
t0 = client.get('started_at_unix_ms', t0 * 1000) / 1000
tck = $CLK_TCK
cpu = [c / tck for c in [$cpu]]
m = accepted / 1e6 if accepted else float('nan')
summary = {
  'label': '$label', 'silos': $nsilos, 'client_exit': $(cat "$WORK/client.rc"),
  'events_acked_per_second': client.get('events_per_second'), 'ack_p50_ms': client.get('ack_latency_ms_p50'),
  'ack_p99_ms': client.get('ack_latency_ms_p99'), 'rate_target': client.get('rate_target'),
  'per_server': client.get('per_server'),
  'events_accepted_total': accepted, 'events_projected_total': projected,
  'seconds_to_load_end': loaded - t0, 'seconds_to_all_projected': (done - t0) if done else None,
  'events_posted_per_second_e2e': (accepted / (done - t0)) if done else None,
  'events_projected_per_second_until_timeout': projected / ((done or loaded + $DRAIN_TIMEOUT) - t0),
  'silo_cpu_seconds': cpu, 'silo_cpu_seconds_per_million_events': [c / m for c in cpu],
  'postgres_cpu_seconds_per_million_events': ($pg1 - $pg0) / tck / m if $PG_STARTED else None,
  'client_cpu_seconds_per_million_events': secs(open('$WORK/client.times').read().splitlines()[-1]) / m,
}
json.dump(summary, open(sys.argv[2], 'w'), indent=2)
PY
  log "$label: $(tail -1 "$OUT/$label.txt")"
  local outcome="all projected"
  [ -z "$caught_up" ] && outcome="NOT all projected within $DRAIN_TIMEOUT s after the load"
  [ "${NO_DRAIN:-0}" = 1 ] && outcome="projector off"
  log "$label: accepted $((accepted - accepted0)), projected $((projected - projected0)): $outcome"
}

# annotate SUMMARY KEY=VALUE...: adds fields to a run's summary (partitions, members, store, run, kind) for table.py.
annotate() {
  python3 - "$@" <<'PY'
import json, sys
path = sys.argv[1]
summary = json.load(open(path))
for pair in sys.argv[2:]:
    key, value = pair.split("=", 1)
    summary[key] = int(value) if value.isdigit() else value
json.dump(summary, open(path, "w"), indent=2)
PY
}

# wait_key FILE: until the first silo has written the admin key (at most 60 s).
wait_key() {
  local n
  for n in $(seq 1 60); do [ -s "$1" ] && return 0; sleep 1; done
  log "no admin key at $1 after 60 s"; return 1
}
