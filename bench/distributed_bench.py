"""Single machine against a Dask LocalCluster: ``subsidy simulate`` on a synthetic registry.

    .venv/bin/python bench/distributed_bench.py [--rows 1000000] [--seed 1] [--repeats 5] [--sweep 9]
                                                [--workers 2] [--partitions 4]

Generates the Chaoyang and the Bao'an registries (``population.synthetic.generate``) as Parquet in
``bench/out/``, starts a LocalCluster (``--workers`` single-threaded processes on 127.0.0.1; its start-up
is timed apart; ``rules.distributed.local_cluster``), then for each district runs, ``--repeats`` times in pairs (single machine, then the
cluster, alternately first), the draft with a baseline and a ``--sweep``-point sweep of its first capped
clause (``rules.simulate.simulate``; ``2 + sweep`` policy versions in one read). Prints the median of
each and the median of the paired ratios, and checks the two simulations are equal. Needs the extra
``distributed``. Figures are printed; nothing about speed is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from subsidy.population.synthetic import DISTRICTS, generate
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import Simulation, Sweep, simulate

OUT = Path(__file__).resolve().parent / "out"
AS_OF, EFFECTIVE = dt.date(2027, 6, 30), dt.date(2026, 12, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--sweep", type=int, default=9)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()
    from distributed import Client

    from subsidy.rules.distributed import local_cluster

    OUT.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    with local_cluster(args.workers) as cluster, Client(cluster) as client:
        started = time.perf_counter() - t0
        print(f"LocalCluster: {args.workers} worker processes × 1 thread, started in {started:.1f} s; "
              f"{args.partitions} partitions; {args.rows} rows per district; median of {args.repeats} pairs")
        address = client.scheduler.address
        for district in sorted(DISTRICTS):
            policy = find_policy(DISTRICTS[district].policy)
            path = OUT / f"distributed-{district}-{args.rows}-{args.seed}.parquet"
            if not path.exists():
                generate(district, args.rows, args.seed, policy).write_parquet(path)
            clause = next(c for c in policy.clauses if any(cap.limit is not None for cap in c.caps))
            cap = next(cap for cap in clause.caps if cap.limit is not None)
            sweep = Sweep(clause.id, cap.id, tuple(100_000_000 + k * 50_000_000 for k in range(args.sweep)))

            def one() -> Simulation:
                return simulate(path, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep)  # noqa: B023

            def cluster_run() -> Simulation:
                return simulate(path, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep,  # noqa: B023
                                scheduler=address, partitions=args.partitions)

            single, spread, ratios = [], [], []
            for i in range(args.repeats):
                order = [(one, single), (cluster_run, spread)]
                results = {}
                for fn, times in (order if i % 2 == 0 else order[::-1]):
                    t = time.perf_counter()
                    results[fn.__name__] = fn()
                    times.append(time.perf_counter() - t)
                if results["one"] != results["cluster_run"]:
                    raise SystemExit(f"{district}: the cluster's figures differ from the single machine's")
                ratios.append(spread[-1] / single[-1])
            print(f"{district} ({policy.id}, {2 + args.sweep} policy versions): single machine "
                  f"{statistics.median(single):.2f} s, LocalCluster {statistics.median(spread):.2f} s, "
                  f"cluster/single {statistics.median(ratios):.2f} (median of paired ratios); figures identical")


if __name__ == "__main__":
    main()
