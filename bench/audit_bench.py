"""Benchmark of the tamper evidence: what each commit pays for the chains and the seal, and what a
full `audit verify` costs, on a fresh SQLite file (or the database in SUBSIDY_BENCH_DATABASE_URL).

Appends N appropriations, each in its own transaction (an entry, its audit record, the seal of the
ledger head), and reports the time per commit for the first and the last hundred: flat when
appends are cheap (the previous head plus the row, no rescans). Then verifies everything.

    .venv/bin/python bench/audit_bench.py [--n 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "money"))

from money_factories import WAN, YEAR, add_call, user

from subsidy.services import audit, ledger
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate, session_scope
from subsidy.store.tables import Call


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    url = os.environ.get("SUBSIDY_BENCH_DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    engine = make_engine(Settings(url))
    migrate(engine)
    with session_scope(engine) as s:
        call_id = add_call(s).id
    times = []
    for i in range(args.n):
        start = time.perf_counter()
        with session_scope(engine) as s:
            ledger.appropriate(s, user(s, "finance"), s.get_one(Call, call_id), "art14a", YEAR + i % 3, WAN,
                               key=f"bench-{i}")
        times.append(time.perf_counter() - start)
    first, last = times[:100], times[-100:]
    print(f"{args.n} appends, one commit each ({engine.dialect.name})")
    print(f"  per commit, first 100: {1000 * sum(first) / len(first):.2f} ms")
    print(f"  per commit, last 100:  {1000 * sum(last) / len(last):.2f} ms")
    start = time.perf_counter()
    with session_scope(engine) as s:
        problems = audit.verify(s)
    print(f"  audit verify ({args.n} entries, {args.n + 1} audit records, every row): "
          f"{time.perf_counter() - start:.2f} s, {len(problems)} problems")


if __name__ == "__main__":
    main()
