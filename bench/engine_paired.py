"""Paired before/after benchmark of the rules engine: two source trees, alternated run by run.

    PYTHONPATH=src .venv/bin/python bench/engine_paired.py --before /tmp/before/src [--after src] [--pairs 7]

Make the "before" tree with ``git archive <commit> src | tar -x -C /tmp/before``. Each pair runs one
child process per tree (the order alternates pair by pair, so drift on a shared machine falls on both
sides); each child measures, on the same inputs:

* ``assess`` latency: one full case (every clause traced), whole policy, median of ``--latency-runs``
  after warm-up, for Bao'an and Chaoyang (the case of ``rules_bench.full_case``);
* ``evaluate_table`` at ``--rows`` rows (default 10^6) read from Parquet (``rules_bench.generate``, with
  unknowns), best of ``--repeats``, for both policies; and that the two trees give the same results.

Printed: per metric, the median over pairs of each side and the median of the per-pair ratios
(after ÷ before; below 1 is faster).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def child(rows: int, seed: int, repeats: int, latency_runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    import numpy as np
    import polars as pl

    import rules_bench as rb

    out: dict[str, Any] = {}
    for pid in (rb.BAOAN, rb.CHAOYANG):
        out[f"assess_ms:{rb.SHORT[pid]}"] = rb.latency(rb._policy(pid), latency_runs)["median"]
    for pid in (rb.BAOAN, rb.CHAOYANG):
        policy = rb._policy(pid)
        path = rb.data_path(pid, rows, seed, False)
        frame = pl.read_parquet(path)
        table = rb.table_from_frame(policy, frame)
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            res = rb.evaluate_table(policy, table, rb.AS_OF, effective_from=rb.EFFECTIVE)
            best = min(best, time.perf_counter() - t0)
        digest = hashlib.sha256()
        for a in (res.eligible, res.reason, res.ceiling, res.granted, res.total):
            digest.update(np.ascontiguousarray(a).tobytes())
        out[f"table_s:{rb.SHORT[pid]}"] = best
        out[f"digest:{rb.SHORT[pid]}"] = digest.hexdigest()[:16]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, required=True, help="the src directory of the old tree")
    ap.add_argument("--after", type=Path, default=HERE.parent / "src")
    ap.add_argument("--pairs", type=int, default=7)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20270630)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--latency-runs", type=int, default=300)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.rows, args.seed, args.repeats, args.latency_runs)))
        return

    sys.path.insert(0, str(HERE))
    import rules_bench as rb

    rb.OUT.mkdir(parents=True, exist_ok=True)
    for i, pid in enumerate((rb.CHAOYANG, rb.BAOAN)):
        path = rb.data_path(pid, args.rows, args.seed, False)
        if not path.exists():
            rb.generate(rb._policy(pid), args.rows, args.seed + i).write_parquet(path)

    def run(src: Path) -> dict[str, Any]:
        env = dict(os.environ, PYTHONPATH=str(src.resolve()))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--before", str(args.before),
               "--rows", str(args.rows), "--seed", str(args.seed), "--repeats", str(args.repeats),
               "--latency-runs", str(args.latency_runs)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"child failed for {src}")
        return dict(json.loads(proc.stdout.strip().splitlines()[-1]))

    before: list[dict[str, Any]] = []
    after: list[dict[str, Any]] = []
    for i in range(args.pairs):
        order = [(args.before, before), (args.after, after)]
        for src, sink in order if i % 2 == 0 else order[::-1]:
            sink.append(run(src))
        print(f"pair {i + 1}/{args.pairs}: " + "  ".join(
            f"{k} {before[-1][k]:.4g}→{after[-1][k]:.4g}" for k in before[-1] if not k.startswith("digest")),
            flush=True)
    print()
    print(f"{args.pairs} pairs, {args.rows:,} rows, {os.cpu_count()} cores; before {args.before}, after {args.after}")
    print(f"{'metric':<22}{'before (median)':>16}{'after (median)':>16}{'ratio after/before (median)':>29}")
    for key in before[0]:
        if key.startswith("digest"):
            same = all(b[key] == a[key] for b, a in zip(before, after, strict=True))
            print(f"{key:<22}{'results identical' if same else 'RESULTS DIFFER':>32}")
            continue
        ratio = statistics.median(a[key] / b[key] for b, a in zip(before, after, strict=True))
        print(f"{key:<22}{statistics.median(b[key] for b in before):>16.4f}"
              f"{statistics.median(a[key] for a in after):>16.4f}{ratio:>29.3f}")


if __name__ == "__main__":
    main()
