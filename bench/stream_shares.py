"""Where the streamed evaluation of a registry spends its time: reading, conversion, evaluation, summary.

    PYTHONPATH=src .venv/bin/python bench/stream_shares.py [--rows 1e6] [--repeats 7] [--registry PATH]

Without ``--registry``: the file of bench/openfisca_pair.py (``--rows`` fully known Chaoyang cases,
written to a temporary directory), Chaoyang alone. With ``--registry``: that file (e.g. the one
bench/vector_bench.py --part stream writes: both seeds' columns), both seed policies.

Each phase is timed on its own, ``--repeats`` times in turn, median wall and CPU (user + system, every
thread: polars decodes on its own threads) printed:

- read: the batches as :func:`subsidy.rules.stream.evaluate_file` reads them (whole row groups; the category
  columns still strings: table_from_frame turns them into codes);
- table_from_frame: every batch converted (columns shared by the policies once);
- evaluate_table: every batch evaluated, on one thread;
- summary: every batch's result added up (:func:`subsidy.rules.stream.summarise`);
- evaluate_file: the whole thing as run (read ahead, two threads), for the total.

The conversion, evaluation and summary phases run over the first ``--keep`` batches held in memory
(scaled to the whole file in the last column). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polars as pl

from rules_bench import AS_OF, BAOAN, CHAOYANG, EFFECTIVE, generate
from subsidy.rules import stream as st
from subsidy.rules.registry import find_policy
from subsidy.rules.vector import evaluate_table, table_from_frame


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=lambda s: int(float(s)), default=1_000_000)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--keep", type=int, default=4, help="batches held in memory for the per-phase timings")
    ap.add_argument("--registry", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=20270630)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="stream-shares-") as tmp:
        if args.registry is None:
            policies = [find_policy(CHAOYANG)]
            path = Path(tmp) / "chaoyang-known.parquet"
            generate(policies[0], args.rows, args.seed + 100, known=True).write_parquet(path)
        else:
            policies, path = [find_policy(CHAOYANG), find_policy(BAOAN)], args.registry
        run(path, policies, args.repeats, args.keep)


def run(path: Path, policies: list[Any], repeats: int, keep: int) -> None:
    source = st._scan(path, policies, [])
    rows = int(source.plain.select(pl.len()).collect().item())
    batch = st._aligned(source, st.DEFAULT_BATCH_ROWS, rows)  # as evaluate_file batches a file by default
    frames = list(st._frames(source, batch, False))
    n_batches, rows = len(frames), sum(f.height for f in frames)
    frames = frames[:keep]
    scale = n_batches / len(frames)
    eff = [EFFECTIVE if p.effective_from is None else None for p in policies]

    def tables() -> list[list[Any]]:
        out = []
        for f in frames:
            converted: dict[tuple[Any, ...], Any] = {}
            out.append([table_from_frame(p, f, converted) for p in policies])
        return out

    held = tables()
    results = [[evaluate_table(p, t[i], AS_OF, effective_from=eff[i]) for i, p in enumerate(policies)] for t in held]

    def read_typed() -> None:
        for _ in st._frames(source, batch, False):
            pass

    def evaluate() -> None:
        for t in held:
            for i, p in enumerate(policies):
                evaluate_table(p, t[i], AS_OF, effective_from=eff[i])

    def summary() -> None:
        for r in results:
            for i, p in enumerate(policies):
                st.summarise(p, r[i])

    def whole() -> None:
        st.evaluate_file(path, policies, AS_OF, effective_from=EFFECTIVE)

    phases: dict[str, tuple[Callable[[], Any], float]] = {
        "read (as evaluate_file reads)": (read_typed, 1.0),
        "table_from_frame": (tables, scale),
        "evaluate_table (1 thread)": (evaluate, scale),
        "summary": (summary, scale),
        "evaluate_file (as run)": (whole, 1.0),
    }
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in phases}
    for _ in range(repeats):
        for name, (fn, _s) in phases.items():
            t, c = time.perf_counter(), time.process_time()
            fn()
            times[name].append((time.perf_counter() - t, time.process_time() - c))
    print(f"{path.name}: {rows:,} rows in {n_batches} batches of {batch:,}; policies "
          f"{' + '.join(p.id for p in policies)}; medians of {repeats} (per-phase timings over {len(frames)} batches "
          f"held in memory, scaled ×{scale:.2f} to the file)")
    print(f"    {'phase':<32}{'wall s':>9}{'CPU s':>9}{'CPU s, whole file':>19}")
    for name, (_fn, s) in phases.items():
        wall = statistics.median(w for w, _ in times[name])
        cpu = statistics.median(c for _, c in times[name])
        print(f"    {name:<32}{wall:>9.3f}{cpu:>9.3f}{cpu * s:>19.3f}")


if __name__ == "__main__":
    main()
