"""Benchmark of 免申即享 matching on synthetic registries, phase by phase.

    .venv/bin/python bench/match_bench.py [--rows 200000] [--seed 1] [--repeats 3] [--districts chaoyang,baoan]

For each district: generate the registry (``population.synthetic.generate``) and write it as Parquet
(table form) and CSV (Chinese headers); then, median of ``--repeats`` runs each, on a fresh SQLite
database in ``bench/out/`` with the policy adopted and 200 registered entities (grants, bars):

- read: ``read_registry`` of the Parquet file and of the CSV file (conversion, checks, problems);
- evaluate: ``evaluate_registry`` (records from the database, vectorised evaluation, outcomes, missing facts);
- store: the rest of ``run_match`` (rows 可免申/待补充 written, digest, audit record) and the commit;
- RSS high-water mark of the process (``resource.getrusage``).

Figures are printed; nothing is asserted. Wall times depend on what else the machine runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import time
from pathlib import Path

from sqlalchemy import select

from subsidy.population.reader import read_registry
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--districts", default="chaoyang,baoan")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    print(f"rows {args.rows}, seed {args.seed}, median of {args.repeats}")
    print(f"{'district':10} {'generate':>9} {'read pq':>8} {'read csv':>9} {'evaluate':>9} {'store':>7} {'stored':>8}")
    for key in args.districts.split(","):
        d = DISTRICTS[key]
        policy = find_policy(d.policy)
        t = time.perf_counter()
        frame = generate(key, args.rows, args.seed, policy)
        gen = time.perf_counter() - t
        pq, csv = OUT / f"{key}.parquet", OUT / f"{key}.csv"
        frame.write_parquet(pq)
        human_sheet(frame, policy).write_csv(csv, include_bom=True)
        times: dict[str, list[float]] = {"pq": [], "csv": [], "eval": [], "store": []}
        stored = 0
        for r in range(args.repeats):
            url = _database(OUT / f"match-{key}.sqlite3", d.policy, frame.get_column("uscc").head(200).to_list())
            engine = make_engine(Settings(url))
            t = time.perf_counter()
            read_registry(csv, policy)
            times["csv"].append(time.perf_counter() - t)
            with session_scope(engine) as s:
                user = s.scalars(select(User).where(User.username == "officer")).one()
                adopted, p = matching.match_policy(s, d.policy)
                t = time.perf_counter()
                reg = read_registry(pq, p)
                times["pq"].append(time.perf_counter() - t)
                t = time.perf_counter()
                matching.evaluate_registry(s, p, adopted, reg, TODAY)
                times["eval"].append(time.perf_counter() - t)
                t = time.perf_counter()
                run, _ = matching.run_match(s, user, adopted, p, reg, registry_name=pq.name, registry_sha256="0" * 64,
                                            today=TODAY)
                stored = run.rows_stored
            times["store"].append(time.perf_counter() - t - times["eval"][-1])  # run_match evaluates again
            engine.dispose()
            del r
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{key:10} {gen:9.2f} {med['pq']:8.2f} {med['csv']:9.2f} {med['eval']:9.2f} {med['store']:7.2f} {stored:8d}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
