"""Paired benchmark of the registry reader (``read_batches``): two source trees, alternated run by run.

    .venv/bin/python bench/reader_bench.py --before /tmp/before/src --after src [--rows 250000] [--district baoan]
        [--repeats 5] [--seed 1]

Generates a synthetic registry (``population.synthetic.generate``, table form, Parquet) once in
``bench/out/reader_<district>_<rows>_<seed>.parquet``, then runs ``read_batches`` over it (2^17-row batches,
no read-ahead: the reader alone, in one thread of Python) in a fresh process per run, alternating the two
trees (A B A B …), and prints each run's process CPU seconds (every thread: Polars's too) and wall seconds,
with the median of the paired CPU ratios after / before. Each run also prints a digest of what it read (the
problems, counts and the good rows), which must be the same for both trees. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from subsidy.population.reader import read_batches
from subsidy.rules.registry import find_policy
policy = find_policy(sys.argv[2])
t0, w0 = time.process_time(), time.perf_counter()
b = read_batches(Path(sys.argv[1]), policy, read_ahead=False)
h = hashlib.sha256()
for reg in b:
    h.update(reg.frame.hash_rows().to_numpy().tobytes())
cpu, wall = time.process_time() - t0, time.perf_counter() - w0
h.update(json.dumps([[str(p) for p in b.problems], b.problem_counts, b.rows_read], ensure_ascii=False).encode())
print(json.dumps({"cpu": cpu, "wall": wall, "digest": h.hexdigest()[:16], "rows": b.rows_read}))
"""

POLICIES = {"baoan": "cn-sz-baoan-ai-health", "chaoyang": "cn-bj-chaoyang-smart-eldercare"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, help="the src directory of the tree before")
    ap.add_argument("--after", default="src", help="the src directory of the tree after")
    ap.add_argument("--rows", type=int, default=250_000)
    ap.add_argument("--district", default="baoan", choices=sorted(POLICIES))
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    path = out / f"reader_{args.district}_{args.rows}_{args.seed}.parquet"
    if not path.exists():
        from subsidy.population.synthetic import generate
        from subsidy.rules.registry import find_policy

        generate(args.district, args.rows, args.seed, find_policy(POLICIES[args.district])).write_parquet(path)
    trees = {"before": str(Path(args.before).resolve()), "after": str(Path(args.after).resolve())}
    runs: dict[str, list[dict[str, float | str]]] = {k: [] for k in trees}
    for i in range(args.repeats):
        for name in (("before", "after") if i % 2 == 0 else ("after", "before")):
            env = {**os.environ, "PYTHONPATH": trees[name]}
            res = subprocess.run([sys.executable, "-c", CHILD, str(path), POLICIES[args.district]], env=env,
                                 capture_output=True, text=True, check=True)
            runs[name].append(json.loads(res.stdout))
            r = runs[name][-1]
            print(f"{name:6} run {i + 1}: CPU {r['cpu']:.2f} s, wall {r['wall']:.2f} s, digest {r['digest']}", flush=True)
    ratios = [float(a["cpu"]) / float(b["cpu"]) for a, b in zip(runs["after"], runs["before"], strict=True)]
    med = {k: statistics.median(float(r["cpu"]) for r in v) for k, v in runs.items()}
    print(f"{args.district}, {args.rows:,} rows, load {os.getloadavg()[0]:.1f}: CPU median before {med['before']:.2f} s, "
          f"after {med['after']:.2f} s; paired ratio after/before median {statistics.median(ratios):.2f} "
          f"(range {min(ratios):.2f}–{max(ratios):.2f}); digests equal: "
          f"{len({r['digest'] for v in runs.values() for r in v}) == 1}")


if __name__ == "__main__":
    main()
