"""Benchmark of ``subsidy simulate`` (``rules.simulate.simulate``) on a synthetic registry.

    .venv/bin/python bench/simulate_bench.py [--rows 100000] [--seed 1] [--repeats 3] [--sweep 9]

Generates the Chaoyang registry (``population.synthetic.generate``) as Parquet in ``bench/out/``, then
prints the median wall time of ``--repeats`` runs of: the draft alone; the draft with a baseline and a
``--sweep``-point sweep of 第十一条第一款's cap (all variants in one read of the file); the same with
``per_row=True`` (what the drafter's page and the command on one machine run: the per-row results kept for
the cap-reached share, the winners and losers by clause and size band, the distribution by district, street,
industry and size band, and the later years of annual programmes; paired with the run before, the median ratio); and the RSS high-water mark. Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from subsidy.population.synthetic import generate
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import Sweep, simulate

OUT = Path(__file__).resolve().parent / "out"
POLICY = "cn-bj-chaoyang-smart-eldercare"
AS_OF, EFFECTIVE = dt.date(2027, 6, 30), dt.date(2026, 12, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sweep", type=int, default=9)
    args = ap.parse_args()
    policy = find_policy(POLICY)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"simulate-{args.rows}-{args.seed}.parquet"
    generate("chaoyang", args.rows, args.seed, policy).write_parquet(path)
    cap = policy.clause("art11-1").caps[0].id
    sweep = Sweep("art11-1", cap, tuple(100_000_000 + k * 50_000_000 for k in range(args.sweep)))

    def timed(**kw: Any) -> tuple[float, float]:
        times, cpu = [], []
        for _ in range(args.repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            simulate(path, policy, AS_OF, effective_from=EFFECTIVE, **kw)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        return statistics.median(times), statistics.median(cpu)

    load = os.getloadavg()[0]
    (alone, alone_cpu) = timed()
    (swept, swept_cpu) = timed(baseline=policy, sweep=sweep)
    ratios = []
    for _ in range(args.repeats):  # paired: the same run without and with the per-row results
        t0 = time.perf_counter()
        simulate(path, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep)
        t1 = time.perf_counter()
        simulate(path, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep, per_row=True)
        ratios.append((time.perf_counter() - t1) / (t1 - t0))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows {args.rows}: draft alone {alone:.2f} s ({alone_cpu:.2f} s CPU); draft + baseline + {args.sweep}-point "
          f"sweep ({2 + args.sweep} policy versions) {swept:.2f} s ({swept_cpu:.2f} s CPU; target ≤ 10 s); with per-row "
          f"results (the drafter's page) ×{statistics.median(ratios):.2f} of that; RSS high-water {rss:.0f} MiB; "
          f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
