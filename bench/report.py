#!/usr/bin/env python3
"""Turns bench/run's per-JVM results (results.jsonl) into one table and bench/results/{latest,<date>}.json."""
import argparse, datetime, json, os, shutil

p = argparse.ArgumentParser()
for a in ["results", "out", "mode", "parallelism", "validate-ms", "local-plan-ms", "local-plan-exit", "scale-ok",
          "load-before", "load-after", "seconds", "commit"]:
    p.add_argument("--" + a, required=True)
p.add_argument("--validate-cpu-ms")
args = p.parse_args()

rows = {}
with open(args.results) as f:
    for line in f:
        r = json.loads(line)
        rows[r["label"]] = r

def get(label, key):
    r = rows.get(label)
    return None if r is None or r.get("failed") else r.get(key)

def ratio(a, b):
    return None if a is None or not b else round(a / b, 2)

sizes = sorted({int(l.split("_")[1]) for l in rows if l.startswith("plan_")})
per_size = {}
for n in sizes:
    s = {}
    for lat in (0, 100):
        for reader in ("plan", "floor", "sequential"):
            s[f"{reader}_ms_{lat}"] = get(f"{reader}_{n}_{lat}", "ms")
            s[f"{reader}_queries_{lat}"] = get(f"{reader}_{n}_{lat}", "queries")
    s["plan_statements"] = get(f"plan_{n}_0", "statements")
    s["apply_ms"] = get(f"apply_{n}", "ms")
    s["apply_statements"] = get(f"apply_{n}", "statements")
    s["apply_changes"] = get(f"apply_{n}", "changes")
    s["apply_commits"] = get(f"apply_{n}", "commits")
    s["apply_sample_statements"] = get(f"apply_{n}", "sample_statements")
    per_size[n] = s

main = sizes[-1]
m = per_size[main]
tables = main
# The apply runs at N = 100 only unless BENCH_APPLY_ALL=1: its per-table figures come from the largest N it ran at.
applied = [n for n in sizes if per_size[n]["apply_ms"] is not None]
apply_n = applied[-1] if applied else main
a = per_size[apply_n]
latest = {
    "tables": tables,
    "plan_ms": m["plan_ms_0"],
    "floor_ms": m["floor_ms_0"],
    "plan_vs_floor": ratio(m["plan_ms_0"], m["floor_ms_0"]),
    "sequential_ms": m["sequential_ms_0"],
    "sequential_vs_plan": ratio(m["sequential_ms_0"], m["plan_ms_0"]),
    "sequential_ms_at_100ms": m["sequential_ms_100"],
    "plan_ms_at_100ms": m["plan_ms_100"],
    "floor_ms_at_100ms": m["floor_ms_100"],
    "sequential_vs_plan_at_100ms": ratio(m["sequential_ms_100"], m["plan_ms_100"]),
    "metadata_queries_per_table": ratio(m["plan_queries_0"], tables),
    "floor_queries_per_table": ratio(m["floor_queries_0"], tables),
    "sequential_queries_per_table": ratio(m["sequential_queries_0"] or m["sequential_queries_100"], tables),
    "commits_per_table_additive": ratio(a["apply_commits"], apply_n),
    "statements_per_table_additive": ratio(a["apply_statements"], apply_n),
    "naive_commits_per_table_additive": ratio(a["apply_changes"], apply_n),
    "apply_ms": a["apply_ms"],
    "apply_tables": apply_n,
    "validate_1000_ms": int(args.validate_ms),
    "validate_1000_cpu_ms": int(args.validate_cpu_ms) if args.validate_cpu_ms else None,
    "local_plan_20_cold_ms": int(args.local_plan_ms),
    "local_plan_20_exit": int(args.local_plan_exit),
    "plan_10000_within_1g": int(args.scale_ok),
    "plan_10000_ms": get("scale_10000", "ms"),
    "plan_10000_heap_peak_mb": get("scale_10000", "heap_peak_mb"),
    "introspection_parallelism": int(args.parallelism),
    "mode": args.mode,
    "load_average_before": args.load_before,
    "load_average_after": args.load_after,
    "cores": os.cpu_count(),
    "run_seconds": int(args.seconds),
    "commit": args.commit,
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "by_size": {str(n): per_size[n] for n in sizes},
}
os.makedirs(args.out, exist_ok=True)
path = os.path.join(args.out, "latest.json")
with open(path, "w") as f:
    json.dump(latest, f, indent=2)
    f.write("\n")
shutil.copy(path, os.path.join(args.out, latest["date"][:16].replace(":", "") + "-" + args.mode + ".json"))

def fmt(v):
    return "-" if v is None else str(v)

print(f"lakemigrate benchmark ({args.mode}, {latest['cores']} cores, load {args.load_before} -> {args.load_after}, "
      f"parallelism {args.parallelism}, commit {args.commit})")
print(f"{'measure':<44}{'value':>12}  target")
lines = [
    (f"no-op plan, {tables} tables (ms)", latest["plan_ms"], ""),
    ("  floor, same facts, parallel (ms)", latest["floor_ms"], ""),
    ("  plan / floor", latest["plan_vs_floor"], "<= 1.3"),
    ("  sequential per-aspect reader (ms)", latest["sequential_ms"], ""),
    ("  sequential / plan", latest["sequential_vs_plan"], ""),
    ("  metadata queries per table: plan", latest["metadata_queries_per_table"], ""),
    ("                              floor", latest["floor_queries_per_table"], ""),
    ("                              sequential", latest["sequential_queries_per_table"], ""),
    ("at 100 ms per call: plan (ms)", latest["plan_ms_at_100ms"], ""),
    ("  floor (ms)", latest["floor_ms_at_100ms"], ""),
    ("  sequential (ms)", latest["sequential_ms_at_100ms"], ""),
    ("  sequential / plan", latest["sequential_vs_plan_at_100ms"], ">= 4"),
    (f"additive apply, {latest['apply_tables']} tables (ms, incl. ledger + re-plan)", latest["apply_ms"], ""),
    ("  Delta commits per table", latest["commits_per_table_additive"], "<= 1"),
    ("  statements per table", latest["statements_per_table_additive"], ""),
    ("  one statement per change: commits/table", latest["naive_commits_per_table_additive"], ""),
    ("validate 1,000 files, fresh JVM (ms)", latest["validate_1000_ms"], "<= 1500"),
    ("  its CPU time, user + system (ms)", latest["validate_1000_cpu_ms"], ""),
    ("local plan 20 tables incl. Spark start (ms)", latest["local_plan_20_cold_ms"], ""),
    ("plan 10,000 tables in -Xmx1g (1 = yes)", latest["plan_10000_within_1g"], "1"),
]
for name, v, target in lines:
    print(f"{name:<44}{fmt(v):>12}  {target}")
for n in sizes[:-1]:
    s = per_size[n]
    print(f"N={n}: plan {fmt(s['plan_ms_0'])} ms, floor {fmt(s['floor_ms_0'])} ms, sequential {fmt(s['sequential_ms_0'])} ms;"
          f" at 100 ms: plan {fmt(s['plan_ms_100'])}, sequential {fmt(s['sequential_ms_100'])}")
print(f"written: {path}")
