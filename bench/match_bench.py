"""Benchmark of 免申即享 matching on synthetic registries, phase by phase.

    .venv/bin/python bench/match_bench.py [--rows 200000] [--seed 1] [--repeats 3] [--districts chaoyang,baoan]

For each district: generate the registry (``population.synthetic.generate``) and write it as Parquet
(table form) and CSV (Chinese headers); then, median of ``--repeats`` runs each, on a fresh SQLite
database in ``bench/out/`` with the policy adopted and 200 registered entities (grants, bars):

- read: ``read_registry`` of the Parquet file and of the CSV file (conversion, checks, problems);
- evaluate: ``evaluate_registry`` (records from the database, vectorised evaluation, outcomes, missing facts);
- store: the rest of ``run_match`` (rows 可免申/待补充 written, digest, audit record) and the commit;
- batched: what ``subsidy match`` does with a Parquet file, end to end: ``read_batches`` + ``run_match``
  (read, evaluate and store batch by batch, a pipeline over both cores), its stored rows' digest checked
  equal to the whole-file run's;
- RSS high-water mark of the process (``resource.getrusage``).

``--phases`` adds, for the batched match, each phase's CPU time in the thread that runs it (``time.thread_time``:
what the phase costs the interpreter, without the Polars and SQLite threads it may start) and wall time,
summed over the batches: read (a batch's checks, in the reader's thread; the Parquet decoding is Polars's),
records (the database's records, main thread), evaluate (the vectorised evaluation and outcomes, the
evaluation thread; of it, ``evaluate_table``), rows (the stored rows' texts and digest lines, main thread),
insert (the bulk insert, main thread).

``--batched-only`` measures only the batched match (and ``--reuse`` takes the Parquet file of an earlier
run with the same ``--rows`` and ``--seed`` instead of generating it): then the process's peak RSS is the
match's (with the database set-up), not the generator's.

Figures are printed (wall time, and in brackets the process's CPU time, every thread: what the phase costs
whatever else the machine runs; the load average at the start and the end); nothing is asserted.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import os
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import polars as pl
from sqlalchemy import select

from subsidy.population import reader
from subsidy.population.reader import read_batches, read_registry
from subsidy.population.synthetic import DISTRICTS, generate
from subsidy.population.template import human_sheet
from subsidy.rules.registry import find_policy
from subsidy.services import matching
from subsidy.services.organisations import create_user, register_organisation
from subsidy.services.policies import adopt_policy
from subsidy.services.sanctions import bar
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate, session_scope
from subsidy.store.tables import User

OUT = Path(__file__).resolve().parent / "out"
TODAY = dt.date(2027, 3, 1)


def _database(path: Path, policy_id: str, usccs: list[str]) -> str:
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    engine = make_engine(Settings(url))
    migrate(engine)
    with session_scope(engine) as s:
        from subsidy.services.clock import set_mode

        set_mode(s, "simulation")
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="科长", role="officer")
        adopt_policy(s, officer, policy_id, dt.date(2026, 12, 1))
        for k, code in enumerate(usccs):
            org = register_organisation(s, officer, uscc=code, name=f"登记单位{k}")
            if k % 10 == 0:
                bar(s, officer, org, dt.date(2028, 12, 31), "违规", TODAY)
    engine.dispose()
    return url


PHASES = (("read", reader._Reading, "batch"), ("records", matching, "_records"), ("evaluate", matching, "_evaluate"),
          ("  evaluate_table", matching, "evaluate_table"), ("rows", matching, "_stored_blocks"),
          ("insert", matching, "_insert_rows"))


@contextlib.contextmanager
def phases() -> Iterator[dict[str, list[float]]]:
    """Each phase's [thread CPU, wall, calls] while the block runs (the functions of :data:`PHASES` wrapped)."""
    acc: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])

    def timed(label: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def call(*a: Any, **k: Any) -> Any:
            c, t = time.thread_time(), time.perf_counter()
            try:
                out = f(*a, **k)
                if label == "rows":  # a generator: each block is timed as it is made
                    out = list(out)
                return out
            finally:
                x = acc[label]
                x[0] += time.thread_time() - c
                x[1] += time.perf_counter() - t
                x[2] += 1
        return call

    saved = [(owner, name, getattr(owner, name)) for _, owner, name in PHASES]
    for (label, owner, name), (_, _, f) in zip(PHASES, saved, strict=True):
        setattr(owner, name, timed(label, f))
    try:
        yield acc
    finally:
        for owner, name, f in saved:
            setattr(owner, name, f)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--districts", default="chaoyang,baoan")
    ap.add_argument("--no-csv", action="store_true", help="skip the CSV sheet (written and read): no part of a match")
    ap.add_argument("--batched-only", action="store_true", help="only the batched match (read_batches + run_match)")
    ap.add_argument("--phases", action="store_true", help="each phase's CPU (its thread) and wall, batched match")
    ap.add_argument("--reuse", action="store_true", help="reuse bench/out/<district>.parquet of the same rows and seed")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    print(f"rows {args.rows}, seed {args.seed}, median of {args.repeats}; wall s (CPU s); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'district':10} {'generate':>9} {'read pq':>14} {'read csv':>14} {'evaluate':>14} {'store':>14} "
          f"{'pq+evaluate+store':>18} {'batched':>14} {'stored':>8} digest")
    for key in args.districts.split(","):
        d = DISTRICTS[key]
        policy = find_policy(d.policy)
        pq, csv = OUT / f"{key}.parquet", OUT / f"{key}.csv"
        stamp = OUT / f"{key}.parquet.rows"
        t = time.perf_counter()
        if args.reuse and pq.exists() and stamp.exists() and stamp.read_text() == f"{args.rows} {args.seed}":
            frame = pl.read_parquet(pq, columns=["uscc"])
        else:
            frame = generate(key, args.rows, args.seed, policy)
            frame.write_parquet(pq)
            stamp.write_text(f"{args.rows} {args.seed}")
            if not args.no_csv:
                human_sheet(frame, policy).write_csv(csv, include_bom=True)
        gen = time.perf_counter() - t
        usccs = frame.get_column("uscc").head(200).to_list()
        del frame
        times: dict[str, list[float]] = {"pq": [], "csv": [], "eval": [], "store": [], "batched": []}
        cpu: dict[str, list[float]] = {"pq": [], "csv": [], "eval": [], "store": [], "batched": []}
        digests: set[str] = set()
        stored = 0
        spent: list[dict[str, list[float]]] = []
        for r in range(args.repeats):
            url = _database(OUT / f"match-{key}.sqlite3", d.policy, usccs)
            engine = make_engine(Settings(url))
            with session_scope(engine) as s:
                user = s.scalars(select(User).where(User.username == "officer")).one()
                adopted, p = matching.match_policy(s, d.policy)
                t, c = time.perf_counter(), time.process_time()
                with phases() if args.phases else contextlib.nullcontext({}) as acc:
                    run, _ = matching.run_match(s, user, adopted, p, read_batches(pq, p), registry_name=pq.name,
                                                registry_sha256="0" * 64, today=TODAY)
                spent.append(acc)
                stored = run.rows_stored
                digests.add(run.rows_digest)
            times["batched"].append(time.perf_counter() - t)
            cpu["batched"].append(time.process_time() - c)
            if args.batched_only:
                for k in ("pq", "csv", "eval", "store"):
                    times[k].append(0.0)
                    cpu[k].append(0.0)
                continue
            t, c = time.perf_counter(), time.process_time()
            if not args.no_csv:
                read_registry(csv, policy)
            times["csv"].append(time.perf_counter() - t)
            cpu["csv"].append(time.process_time() - c)
            with session_scope(engine) as s:
                user = s.scalars(select(User).where(User.username == "officer")).one()
                adopted, p = matching.match_policy(s, d.policy)
                t, c = time.perf_counter(), time.process_time()
                reg = read_registry(pq, p)
                times["pq"].append(time.perf_counter() - t)
                cpu["pq"].append(time.process_time() - c)
                t, c = time.perf_counter(), time.process_time()
                matching.evaluate_registry(s, p, adopted, reg, TODAY)
                times["eval"].append(time.perf_counter() - t)
                cpu["eval"].append(time.process_time() - c)
                t, c = time.perf_counter(), time.process_time()
                run, _ = matching.run_match(s, user, adopted, p, reg, registry_name=pq.name, registry_sha256="0" * 64,
                                            today=TODAY)
                if run.rows_stored != stored or run.rows_digest not in digests:
                    raise SystemExit(f"{key}: the batched match stored other rows than the whole-file match")
            times["store"].append(time.perf_counter() - t - times["eval"][-1])  # run_match evaluates again
            cpu["store"].append(time.process_time() - c - cpu["eval"][-1])
            engine.dispose()
            del r
        med = {k: statistics.median(v) for k, v in times.items()}
        mc = {k: statistics.median(v) for k, v in cpu.items()}
        run_wall = sum(w for k, w in med.items() if k in ("pq", "eval", "store"))
        run_cpu = sum(w for k, w in mc.items() if k in ("pq", "eval", "store"))
        cells = "".join(f" {f'{med[k]:.2f} ({mc[k]:.2f})':>14}" for k in ("pq", "csv", "eval", "store"))
        batched = f"{med['batched']:.2f} ({mc['batched']:.2f})"
        print(f"{key:10} {gen:9.2f}{cells} {f'{run_wall:.2f} ({run_cpu:.2f})':>18} {batched:>14} {stored:8d} "
              f"{min(digests)[:12]}")
        if args.phases:
            print("    batched, by phase (median): " + "; ".join(
                f"{label.strip()} {statistics.median(a[label][0] for a in spent):.2f} CPU "
                f"{statistics.median(a[label][1] for a in spent):.2f} wall" for label, _, _ in PHASES))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS {rss:.0f} MiB (the whole process, generation included); "
          f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
