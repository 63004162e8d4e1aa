"""Benchmark of subsidy.admin.selection on a large random call for applications.

Builds seeded random candidates (default 10,000 over 8 clauses; entity ids drawn from 8,000,
so about 5,700 distinct entities, many with several applications),
sets the total budget to 30% of all ceilings and each clause budget to 35% of its
ceilings (``--budget-share``, ``--clause-share``: with a clause share below the total's, the clause
budgets bind too), and runs every selection mode with 就高 (one award per entity). Then ``--pairs`` paired
runs of the ``optimal`` mode against the plain MILP (the whole 0/1 problem handed to HiGHS, nothing
fixed: :func:`subsidy.admin.knapsack.plain`, given ``--plain-limit`` seconds), in alternating order:
the median of each and of the pairs' ratios, and whether both found the same total score. Wall
and CPU (process) seconds are both shown: on a shared machine the CPU figure is the steadier.

    .venv/bin/python bench/selection_bench.py [--n 10000] [--seed 20250101] [--clauses 8] [--pairs 5]
        [--plain-limit 120] [--budget-share 30] [--clause-share 35]

``--binding`` instead: several budgets binding at once, at 10^4 and 10^5 applications over 3 clauses —
2 binding (the total at 30% of all ceilings and 第1条 at 20% of its own) and 3 binding (the total, 第1条
at 15% and 第2条 at 25%); one ``optimal`` run each (``--time-limit`` seconds for any HiGHS solve), its
time, whether it is proven optimal and the note (``--repeat``: medians of several runs; ``--sizes``: other
numbers of applications); without 就高 (entities may take several awards) and with
it (one award per entity: entities applying under two budgets link them).

To compare with an earlier version on these cases (CPU seconds, median ratio of paired runs, whether both
award the same), ``bench/selection_versions.py --old <its src>``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from subsidy.admin.knapsack import plain
from subsidy.admin.selection import Candidate, Mode, _knapsack, _Points, select
from subsidy.money import format_fen


def build(n: int, seed: int, clauses: int) -> list[Candidate]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        ceiling = rng.randrange(100_000, 5_000_001) * 100  # 10万元 to 500万元, whole 元
        requested = rng.randrange(ceiling // 200, ceiling // 100 + 1) * 100 if rng.random() < 0.3 else None
        out.append(
            Candidate(
                application_id=f"2025-{i:05d}",
                entity_id=f"E{rng.randrange(int(n * 0.8)):05d}",
                clause_id=f"第{rng.randrange(clauses) + 1}条",
                score=Fraction(rng.randrange(6000, 10_001), 100),  # 60.00 to 100.00
                ceiling_fen=ceiling,
                requested_fen=requested,
            )
        )
    return out


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """HiGHS sometimes writes a stray debug line straight to fd 1; keep the table clean."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 1)
        try:
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--clauses", type=int, default=8)
    parser.add_argument("--budget-share", type=int, default=30, help="total budget, %% of all ceilings")
    parser.add_argument("--clause-share", type=int, default=35, help="each clause's budget, %% of its ceilings")
    parser.add_argument("--pairs", type=int, default=5, help="paired runs against the plain MILP (0: none)")
    parser.add_argument("--plain-limit", type=float, default=120.0, help="seconds the plain MILP is given")
    parser.add_argument("--binding", action="store_true", help="2 and 3 binding budgets at 10^4 and 10^5")
    parser.add_argument("--time-limit", type=float, default=20.0, help="seconds for each HiGHS solve (--binding)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each case, medians shown (--binding)")
    parser.add_argument("--sizes", default="10000,100000", help="numbers of applications (--binding)")
    args = parser.parse_args()
    if args.binding:
        binding(args.seed, args.time_limit, args.repeat, [int(s) for s in args.sizes.split(",")])
        return

    candidates = build(args.n, args.seed, args.clauses)
    total_ceiling = sum(c.amount_fen for c in candidates)
    budget = total_ceiling * args.budget_share // 100
    per_clause: dict[str, int] = defaultdict(int)
    for c in candidates:
        per_clause[c.clause_id] += c.amount_fen
    clause_budgets = {k: v * args.clause_share // 100 for k, v in per_clause.items()}
    print(
        f"{len(candidates)} 项申报，{len({c.entity_id for c in candidates})} 个主体，{len(per_clause)} 个条款；"
        f"申报总额 {format_fen(total_ceiling)}，预算 {format_fen(budget)}（{args.budget_share}%），"
        f"各条款预算为其申报额的 {args.clause_share}%"
    )
    print(f"{'mode':<13}{'time (s)':>10}{'awarded':>9}{'total score':>14}{'total awarded':>20}  note")
    start = time.perf_counter()
    import scipy.optimize  # noqa: F401  (the optimal mode's solver: imported once per process, not per run)

    print(f"(scipy.optimize imported in {time.perf_counter() - start:.3f} s, outside the timings)")
    modes: list[Mode] = ["rank_order", "proportional", "optimal"]
    for mode in modes:
        start = time.perf_counter()
        with quiet_stdout():
            result = select(candidates, budget, mode=mode, clause_budgets=clause_budgets, one_per_entity=True)
        elapsed = time.perf_counter() - start
        score = f"{float(result.total_score):.2f}"
        note = result.note if len(result.note) < 40 else result.note[:38] + "…"
        print(
            f"{mode:<13}{elapsed:>10.3f}{len(result.awarded):>9}{score:>14}"
            f"{format_fen(result.total_awarded_fen):>20}  {note}"
        )
        assert result.total_awarded_fen <= budget
    if args.pairs:
        paired(candidates, budget, clause_budgets, args.pairs, args.plain_limit)


def binding(seed: int, time_limit: float, repeat: int = 1, sizes: list[int] | None = None) -> None:
    """``optimal`` selection with 2 and 3 budgets binding together, at 10^4 and 10^5 applications: the
    medians of ``repeat`` runs of each case (wall and CPU seconds) and the load average before each case."""
    import scipy.optimize  # noqa: F401  (imported once, outside the timings)

    print(f"{'n':>7}{'binding':>9}{'就高':>6}{'wall (s)':>10}{'CPU (s)':>9}{'load':>6}{'proven':>8}  note")
    for n, one in [(n, one) for one in (False, True) for n in sizes or (10_000, 100_000)]:
        candidates = build(n, seed, 3)
        per: dict[str, int] = defaultdict(int)
        for c in candidates:
            per[c.clause_id] += c.amount_fen
        budget = sum(per.values()) * 30 // 100
        for count, shares in ((2, (20,)), (3, (15, 25))):
            clause_budgets = {f"第{i + 1}条": per[f"第{i + 1}条"] * s // 100 for i, s in enumerate(shares)}
            load = os.getloadavg()[0]
            walls, cpus = [], []
            for _ in range(repeat):
                wall, cpu = time.perf_counter(), time.process_time()
                with quiet_stdout():
                    r = select(candidates, budget, mode="optimal", clause_budgets=clause_budgets,
                               one_per_entity=one, time_limit_s=time_limit)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            proven = "未经最优性证明" not in r.note
            print(f"{n:>7}{count:>9}{'yes' if one else 'no':>6}{wall:>10.3f}{cpu:>9.3f}{load:>6.1f}"
                  f"{'yes' if proven else 'NO':>8}  {r.note}", flush=True)


def paired(candidates: list[Candidate], budget: int, clause_budgets: dict[str, int], pairs: int, limit: float) -> None:
    """``optimal`` selection against the plain MILP on the same problem (the pool ``select`` solves: every
    candidate, 就高), alternating which runs first."""

    def ours() -> Fraction:
        with quiet_stdout():
            return select(candidates, budget, mode="optimal", clause_budgets=clause_budgets, one_per_entity=True).total_score

    def theirs() -> Fraction | None:
        points = _Points.of_candidates(candidates)
        with quiet_stdout():
            x = plain(_knapsack(candidates, points, budget, clause_budgets, True), time_limit=limit)
        return None if x is None else Fraction(sum(points.of[c.application_id] for c, on in zip(candidates, x.tolist(), strict=True) if on), points.unit)

    runs: dict[str, list[tuple[float, float]]] = {"optimal": [], "plain": []}
    same = True
    for i in range(pairs):
        got: dict[str, Fraction | None] = {}
        for name, run in (("optimal", ours), ("plain", theirs))[:: 1 if i % 2 == 0 else -1]:
            wall, cpu = time.perf_counter(), time.process_time()
            got[name] = run()
            runs[name].append((time.perf_counter() - wall, time.process_time() - cpu))
        same = same and got["optimal"] == got["plain"]
    print(f"paired runs ({pairs}; plain MILP given {limit:.0f} s): median wall / CPU seconds")
    for name, label in (("optimal", "optimal selection"), ("plain", "plain MILP (HiGHS)")):
        print(f"  {label:<20}{statistics.median(w for w, _ in runs[name]):>9.3f}{statistics.median(c for _, c in runs[name]):>9.3f}")
    ratios = [p[0] / o[0] for o, p in zip(runs["optimal"], runs["plain"], strict=True)]
    cpu_ratios = [p[1] / o[1] for o, p in zip(runs["optimal"], runs["plain"], strict=True)]
    print(f"  plain / optimal: median of pairs {statistics.median(ratios):.1f}x wall, {statistics.median(cpu_ratios):.1f}x CPU; "
          f"same total score: {'yes' if same else 'NO (the plain MILP hit its limit?)'}")


if __name__ == "__main__":
    main()
