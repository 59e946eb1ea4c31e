#!/usr/bin/env bash
# Drains a copy of /tmp/prof/filled (see projector-fill.sh) for $1 seconds (default 40) after 10 s of start-up and prints
# the events projected in that window. SERVER=path/to/RoyaltyLedger.Server.dll compares another build on the same data;
# TRACE=1 records a dotnet-trace thread-time profile to /tmp/prof/drain.nettrace.
set -u
cd "$(dirname "$0")/../.."
SECS=${1:-40}
DATA=$(mktemp -d /tmp/prof/data.XXXX); cp -r /tmp/prof/filled/. $DATA/
Storage__DataDirectory=$DATA ASPNETCORE_URLS=http://127.0.0.1:5090 \
  dotnet ${SERVER:-src/RoyaltyLedger.Server/bin/Release/net10.0/RoyaltyLedger.Server.dll} > /tmp/prof/drain-server.log 2>&1 &
PID=$!
sleep 10
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_(lag|events)' > /tmp/prof/m1.txt
if [ "${TRACE:-0}" = 1 ]; then
  ~/.dotnet/tools/dotnet-trace collect -p $PID --profile dotnet-sampled-thread-time --duration 00:00:00:$SECS -o /tmp/prof/drain.nettrace > /tmp/prof/trace.log 2>&1
else
  sleep $SECS
fi
curl -s http://127.0.0.1:5090/metrics | grep -E '^royaltyledger_projection_(lag|events)' > /tmp/prof/m2.txt
kill $PID; wait $PID 2>/dev/null
rm -rf $DATA
python3 - <<'PY'
import re
def tot(p):
    t=0
    for l in open(p):
        if l.startswith('royaltyledger_projection_events'):
            t+=float(l.split()[-1])
    return t
a,b=tot('/tmp/prof/m1.txt'),tot('/tmp/prof/m2.txt')
print(f"projected {b-a:,.0f} events")
PY
