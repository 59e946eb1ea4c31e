"""Markdown table fragments for perf/RESULTS.md from run_load's *-summary.json files (perf/scripts/lib/perf-common.sh).

python3 table.py scaling SUMMARY...   one row per cluster run (silos, partitions, acked, posted, CPU per silo)
python3 table.py targets SUMMARY...   one row per single-node run, with issue 13's targets beside the figures
"""
import json
import math
import sys


def n(value, digits=0):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:,.{digits}f}"


def posted(s):
    if s["events_posted_per_second_e2e"] is not None:
        return f"{n(s['events_posted_per_second_e2e'])} (all in {n(s['seconds_to_all_projected'], 1)} s)"
    return f"not drained: {n(s['events_projected_per_second_until_timeout'])} projected/s"


def scaling(summaries):
    print("| silos | partitions | events/s acked | ack p99 | events/s acked per silo | events/s posted end to end "
          "| CPU-s per M events, each silo | all silos | PostgreSQL | load client | active members |")
    print("| ---: | ---: | ---: | ---: | --- | --- | --- | ---: | ---: | ---: | ---: |")
    for s in summaries:
        per_server = " / ".join(n(p["events_per_second"]) for p in (s.get("per_server") or []))
        cpu = s["silo_cpu_seconds_per_million_events"]
        print(f"| {s['silos']} | {s.get('partitions', '—')} | {n(s['events_acked_per_second'])} | {n(s['ack_p99_ms'])} ms "
              f"| {per_server or '—'} | {posted(s)} | {' / '.join(n(c, 1) for c in cpu)} | {n(sum(cpu), 1)} "
              f"| {n(s['postgres_cpu_seconds_per_million_events'], 1)} | {n(s['client_cpu_seconds_per_million_events'], 1)} "
              f"| {s.get('members', '—')} |")


TARGETS = {
    "flat": "posted ≥ 150,000/s, acks ≥ 200,000/s",
    "rate": "p99 ack ≤ 100 ms at 120,000/s",
    "ingest": "(acks with the projector off, for reference)",
}


def met(s):
    kind = s.get("kind")
    if kind == "flat":
        ok = (s["events_posted_per_second_e2e"] or 0) >= 150_000 and (s["events_acked_per_second"] or 0) >= 200_000
    elif kind == "rate":
        if (s["rate_target"] or 0) < 120_000:
            return f"— (rate {n(s['rate_target'])}/s, not the target's)"
        ok = s["ack_p99_ms"] is not None and s["ack_p99_ms"] <= 100 and (s["events_acked_per_second"] or 0) >= 0.99 * (s["rate_target"] or 0)
    else:
        return "—"
    return "yes" if ok else "**no**"


def targets(summaries):
    print("| store | run | events/s acked | ack p50 | ack p99 | events/s posted end to end | CPU-s per M events (server) | target | met |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- |")
    for s in summaries:
        cpu = sum(s["silo_cpu_seconds_per_million_events"])
        print(f"| {s.get('store', '—')} | {s.get('run', s['label'])} | {n(s['events_acked_per_second'])} | {n(s['ack_p50_ms'])} ms "
              f"| {n(s['ack_p99_ms'])} ms | {posted(s) if s.get('kind') != 'ingest' else '—'} | {n(cpu, 1)} "
              f"| {TARGETS.get(s.get('kind'), '')} | {met(s)} |")


if __name__ == "__main__":
    rows = [json.load(open(path)) for path in sys.argv[2:]]
    {"scaling": scaling, "targets": targets}[sys.argv[1]](rows)
