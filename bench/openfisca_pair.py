"""OpenFisca 46 against subsidy's streaming evaluation, end to end from the same Parquet file, paired.

Setup (once): OpenFisca is no dependency of the project; it goes into the separate venv
``bench/.venv-openfisca`` (the one bench/rules_bench.py uses too), with subsidy installed from the work tree
(editable) so that both run in one process:

    bench/setup_openfisca.sh

Run (from the work tree):

    bench/.venv-openfisca/bin/python bench/openfisca_pair.py [--rows 1e6] [--pairs 9] [--seed 20270630]

What it does: writes ``--rows`` fully known synthetic Chaoyang cases (bench/rules_bench.py's generator;
OpenFisca has no unknown value) to a Parquet file in a temporary directory; builds the OpenFisca
tax-benefit system of bench/openfisca_chaoyang.py (the 12 monetary clauses: the same conditions, rates,
caps, 就高 and 差额) once, with money as float64 (exact for these amounts; OpenFisca's own ``float`` is
float32, whose mismatches are counted too); then ``--pairs`` paired runs, the order alternating:

- OpenFisca: read the Parquet file (polars), ``set_input`` every column, ``calculate`` the 12 ceilings and
  the stacked total;
- subsidy: :func:`subsidy.rules.stream.evaluate_file` on the same file (read in batches, evaluate, add up).

It prints each pair, the median ratio OpenFisca ÷ subsidy (target ≥ 3), and the mismatches between the two
on every row (ceilings and totals, in 分) and in the summed total. Not part of the test suite; without
openfisca importable it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    import openfisca_core  # noqa: F401
except ImportError:
    print("openfisca_pair: openfisca-core is not importable in this interpreter; skipped. "
          "Set up its venv with bench/setup_openfisca.sh, then run it with bench/.venv-openfisca/bin/python.")
    raise SystemExit(0) from None

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openfisca_core.simulations import SimulationBuilder

import openfisca_chaoyang as ofc
from rules_bench import AS_OF, CHAOYANG, CY_CLAUSES, EFFECTIVE, generate
from subsidy.rules.registry import find_policy
from subsidy.rules.stream import evaluate_file


def openfisca_run(tbs: object, path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Load and calculate: (totals, ceilings rows × 12), in the system's money dtype."""
    cols = ofc.load_columns(str(path))
    sim = SimulationBuilder().build_default_simulation(tbs, count=len(cols["rec_barred"]))
    for name, values in cols.items():
        sim.set_input(name, ofc.PERIOD, values)
    total = sim.calculate("chaoyang_total", ofc.PERIOD)
    ceilings = np.stack([sim.calculate(f"{c}_ceiling", ofc.PERIOD) for c in ofc.CLAUSES], axis=1)
    return total, ceilings


def subsidy_run(policy: object, path: Path) -> int:
    (summary,) = evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE)  # type: ignore[list-item]
    return summary.total_fen


def _fen(x: np.ndarray) -> np.ndarray:
    return np.rint(x.astype(np.float64)).astype(np.int64)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=lambda s: int(float(s)), default=1_000_000)
    ap.add_argument("--pairs", type=int, default=9)
    ap.add_argument("--seed", type=int, default=20270630)
    args = ap.parse_args()
    policy = find_policy(CHAOYANG)
    assert [c.id for c in policy.clauses] == CY_CLAUSES
    with tempfile.TemporaryDirectory(prefix="openfisca-pair-") as tmp:
        path = Path(tmp) / "chaoyang-known.parquet"
        generate(policy, args.rows, args.seed + 100, known=True).write_parquet(path)
        t0 = time.perf_counter()
        tbs = ofc.build_system(money_dtype=np.float64)
        tbs_s = time.perf_counter() - t0
        import importlib.metadata as md

        print(f"OpenFisca {md.version('openfisca-core')} (numpy {np.__version__}) vs subsidy streaming, "
              f"Chaoyang 12 monetary clauses, {args.rows:,} fully known rows from Parquet "
              f"({path.stat().st_size / 2**20:.0f} MiB); system built once in {tbs_s:.2f} s (not timed below)")

        # the same figures? every row, against subsidy's per-row output of the same file
        out = Path(tmp) / "subsidy-rows.parquet"
        (summary,) = evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE, output=out)
        rows = pl.read_parquet(out)
        want_total = rows.get_column(f"{policy.id}.total").to_numpy()
        want_ceil = np.stack([rows.get_column(f"{policy.id}.{c}.ceiling").to_numpy() for c in CY_CLAUSES], axis=1)
        del rows
        for label, dtype in (("float64", np.float64), ("float32 (OpenFisca's float)", np.float32)):
            system = tbs if dtype is np.float64 else ofc.build_system(money_dtype=np.float32)
            total, ceilings = openfisca_run(system, path)
            bad_rows = int((_fen(total) != want_total).sum())
            bad_cells = int((_fen(ceilings) != want_ceil).sum())
            summed = int(_fen(total).sum())
            print(f"    mismatches, money as {label}: totals {bad_rows:,} of {args.rows:,} rows, ceilings {bad_cells:,} of "
                  f"{want_ceil.size:,} cells; summed total {summed:,} 分 vs subsidy {summary.total_fen:,} 分 "
                  f"(Δ {summed - summary.total_fen:,})")
            del total, ceilings

        of_t: list[float] = []
        sub_t: list[float] = []
        of_c: list[float] = []
        sub_c: list[float] = []
        subsidy_run(policy, path)  # warm-up (imports, caches)
        openfisca_run(tbs, path)
        print(f"    {'pair':>4}{'order':>10}{'OpenFisca s':>13}{'subsidy s':>11}{'ratio':>8}"
              f"{'CPU OF s':>10}{'CPU sub s':>11}{'ratio':>8}")
        for i in range(args.pairs):
            order = ("openfisca", "subsidy") if i % 2 == 0 else ("subsidy", "openfisca")
            for who in order:
                t, c = time.perf_counter(), time.process_time()
                if who == "openfisca":
                    openfisca_run(tbs, path)
                    of_t.append(time.perf_counter() - t)
                    of_c.append(time.process_time() - c)
                else:
                    subsidy_run(policy, path)
                    sub_t.append(time.perf_counter() - t)
                    sub_c.append(time.process_time() - c)
            print(f"    {i + 1:>4}{'OF first' if i % 2 == 0 else 'sub first':>10}{of_t[-1]:>13.3f}{sub_t[-1]:>11.3f}"
                  f"{of_t[-1] / sub_t[-1]:>8.2f}{of_c[-1]:>10.3f}{sub_c[-1]:>11.3f}{of_c[-1] / sub_c[-1]:>8.2f}")
        ratios = [a / b for a, b in zip(of_t, sub_t, strict=True)]
        cpu_ratios = [a / b for a, b in zip(of_c, sub_c, strict=True)]
        print(f"    median OpenFisca ÷ subsidy: {statistics.median(ratios):.2f}× wall, "
              f"{statistics.median(cpu_ratios):.2f}× CPU (user + system, all threads) over {args.pairs} pairs "
              f"(median wall {statistics.median(of_t):.3f} s vs {statistics.median(sub_t):.3f} s; target ≥ 3×); "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
