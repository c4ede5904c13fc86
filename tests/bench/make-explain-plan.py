#!/usr/bin/env python3
# Writes a 10,002-node EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) plan to stdout, as PostgreSQL
# prints it, for the CLI and GUI memory/CPU figures of docs/performance.md (issue 16):
#   python3 tests/bench/make-explain-plan.py > /tmp/plan-10000.json
# A 10,000-node plan shaped like bench_explain's (Aggregate > Append > 2,000 partitions of
# Hash Join(Seq Scan, Hash(Bitmap Heap Scan(Bitmap Index Scan)))), in PostgreSQL's own
# FORMAT JSON layout (2-space indentation, as psql -At prints it).
import json, sys
seed = 1
def rnd(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return lo + (hi - lo) * (seed % 10000) / 10000.0
count = 0
def node(typ, extra, rel, rows, ms, kids=None):
    global count
    count += 1
    hit, read = round(rnd(10, 5000)), round(rnd(0, 300))
    n = {"Node Type": typ}
    if rel: n["Parent Relationship"] = rel
    n.update({"Parallel Aware": False, "Async Capable": False})
    n.update(extra)
    n.update({"Startup Cost": round(rnd(0, 10), 2), "Total Cost": round(rnd(10, 9000), 2),
              "Plan Rows": round(rows * rnd(0.2, 3)), "Plan Width": 16,
              "Actual Startup Time": round(ms / 10, 3), "Actual Total Time": round(ms, 3),
              "Actual Rows": rows, "Actual Loops": 1, "Shared Hit Blocks": hit, "Shared Read Blocks": read,
              "Shared Dirtied Blocks": 0, "Shared Written Blocks": 0, "Local Hit Blocks": 0,
              "Local Read Blocks": 0, "Local Dirtied Blocks": 0, "Local Written Blocks": 0,
              "Temp Read Blocks": 0, "Temp Written Blocks": 0, "I/O Read Time": round(read / 100, 3),
              "I/O Write Time": 0.0, "Temp I/O Read Time": 0.0, "Temp I/O Write Time": 0.0})
    if kids: n["Plans"] = kids
    return n
def partition(k):
    p = "orders_p%d" % k
    bis = node("Bitmap Index Scan", {"Index Name": "couriers_region_idx", "Index Cond": "(region = 3)"}, "Outer", 2000, rnd(0.05, 0.2))
    bhs = node("Bitmap Heap Scan", {"Relation Name": "couriers", "Alias": "c", "Recheck Cond": "(region = 3)", "Rows Removed by Index Recheck": 0, "Exact Heap Blocks": 13, "Lossy Heap Blocks": 0}, "Outer", 2000, rnd(0.2, 1), [bis])
    h = node("Hash", {"Hash Buckets": 2048, "Original Hash Buckets": 2048, "Hash Batches": 1, "Original Hash Batches": 1, "Peak Memory Usage": 95}, "Inner", 2000, rnd(0.5, 2), [bhs])
    s = node("Seq Scan", {"Relation Name": p, "Alias": p, "Filter": "(status = 'new'::text)", "Rows Removed by Filter": 9100}, "Outer", 900, rnd(2, 20))
    return node("Hash Join", {"Join Type": "Inner", "Inner Unique": True, "Hash Cond": "(o.courier_id = c.id)"}, "Member", 900, rnd(5, 40), [s, h])
parts = [partition(k) for k in range(2000)]
app = node("Append", {"Subplans Removed": 0}, "Outer", 90000, 880, parts)
root = node("Aggregate", {"Strategy": "Plain", "Partial Mode": "Simple"}, None, 1, 900, [app])
doc = [{"Plan": root, "Planning Time": 12.5, "Triggers": [], "Execution Time": 905.1}]
sys.stdout.write(json.dumps(doc, indent=2) + "\n")
sys.stderr.write("nodes: %d\n" % count)
