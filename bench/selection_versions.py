"""Two versions of ``optimal`` selection side by side: this tree's and another checkout's (``--old``, a
``src`` directory, e.g. of ``git worktree add /tmp/select_old <commit>``), on the cases of
``selection_bench.py --binding`` (2 and 3 budgets binding, with and without 就高).

Each run is a fresh process (so the two versions never share a module), alternating which version runs
first; each reports the CPU seconds (``time.process_time``) of the ``select`` call alone and a digest of
what it awarded (application ids and amounts) and whether it is proven. Printed per case: the medians of
each version, the median of the pairs' ratios (old / new) and whether every pair awarded the same.

    .venv/bin/python bench/selection_versions.py --old /tmp/select_old/src [--sizes 10000] [--pairs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_RUN = r"""
import hashlib, json, os, sys, time
from collections import defaultdict
sys.path.insert(0, BENCH)
from selection_bench import build, quiet_stdout
from subsidy.admin.selection import select
import scipy.optimize  # imported once, outside the timing
candidates = build(N, 20250101, 3)
per = defaultdict(int)
for c in candidates:
    per[c.clause_id] += c.amount_fen
budget = sum(per.values()) * 30 // 100
shares = (20,) if COUNT == 2 else (15, 25)
clause_budgets = {f"第{i + 1}条": per[f"第{i + 1}条"] * s // 100 for i, s in enumerate(shares)}
cpu = time.process_time()
with quiet_stdout():
    r = select(candidates, budget, mode="optimal", clause_budgets=clause_budgets, one_per_entity=ONE,
               time_limit_s=LIMIT)
cpu = time.process_time() - cpu
awarded = ";".join(f"{a.candidate.application_id}={a.approved_fen}" for a in r.awarded)
print(json.dumps({"cpu": cpu, "digest": hashlib.sha256(awarded.encode()).hexdigest()[:16],
                  "proven": "未经最优性证明" not in r.note}))
"""


def run(src: str, n: int, count: int, one: bool, limit: float) -> dict[str, object]:
    code = (_RUN.replace("BENCH", repr(str(Path(__file__).parent))).replace("N,", f"{n},")
            .replace("COUNT", str(count)).replace("ONE", str(one)).replace("LIMIT", repr(limit)))
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    got: dict[str, object] = json.loads(line)
    return got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the other version's src directory")
    parser.add_argument("--sizes", default="10000", help="numbers of applications")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--time-limit", type=float, default=20.0)
    args = parser.parse_args()
    new = str(Path(__file__).resolve().parent.parent / "src")
    print(f"{'n':>7}{'binding':>9}{'就高':>6}{'old CPU':>9}{'new CPU':>9}{'old/new':>9}{'same':>6}{'proven':>8}")
    for n in [int(s) for s in args.sizes.split(",")]:
        for one in (False, True):
            for count in (2, 3):
                times: dict[str, list[float]] = {"old": [], "new": []}
                ratios, same, proven = [], True, True
                for i in range(args.pairs):
                    got = {}
                    for name in (("old", "new") if i % 2 == 0 else ("new", "old")):
                        got[name] = run(args.old if name == "old" else new, n, count, one, args.time_limit)
                        times[name].append(float(got[name]["cpu"]))  # type: ignore[arg-type]
                    ratios.append(times["old"][-1] / times["new"][-1])
                    same = same and got["old"]["digest"] == got["new"]["digest"]
                    proven = proven and bool(got["new"]["proven"])
                print(f"{n:>7}{count:>9}{'yes' if one else 'no':>6}{statistics.median(times['old']):>9.3f}"
                      f"{statistics.median(times['new']):>9.3f}{statistics.median(ratios):>8.2f}x"
                      f"{'yes' if same else 'NO':>6}{'yes' if proven else 'NO':>8}", flush=True)


if __name__ == "__main__":
    main()
