"""Optimal selection within its time limit: proven, or the best choice found awarded with a note saying in
Chinese that it is not proven optimal (the clock is moved on here, never waited for)."""

from __future__ import annotations

import itertools
import random
import re
from fractions import Fraction

import numpy as np
import pytest

from subsidy.admin import knapsack
from subsidy.admin.knapsack import Knapsack, feasible
from subsidy.admin.selection import TIME_LIMIT_S, Candidate, select


def _call() -> tuple[list[Candidate], int, dict[str, int]]:
    rng = random.Random(12)
    cands = [Candidate(f"A{i:03d}", f"E{rng.randrange(150)}", f"K{rng.randrange(3)}",
                       Fraction(rng.randrange(6000, 10_001), 100), rng.randrange(100_000, 5_000_001) * 100)
             for i in range(200)]
    asked = sum(c.amount_fen for c in cands)
    return cands, asked * 30 // 100, {"K0": asked // 15, "K1": asked // 12}


def _late(mp: pytest.MonkeyPatch) -> None:
    """The clock reads 0 when the solve starts, then far past any limit."""
    ticks = itertools.chain([0.0], itertools.repeat(1e9))
    mp.setattr(knapsack, "_clock", lambda: next(ticks))


def test_out_of_time_the_best_found_is_awarded_and_said_not_proven() -> None:
    cands, budget, clauses = _call()
    proven = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True)
    assert "求得最优解" in proven.note
    greedy = select(cands, budget, mode="rank_order", clause_budgets=clauses, one_per_entity=True)
    with pytest.MonkeyPatch.context() as mp:
        _late(mp)
        r = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True)
    assert f"求解达到时间上限 {TIME_LIMIT_S:g} 秒" in r.note and "结果未经最优性证明" in r.note
    assert "求得最优解" not in r.note
    assert r.total_awarded_fen <= budget
    assert all(r.clause_awarded_fen.get(k, 0) <= v for k, v in clauses.items())
    assert len({a.candidate.entity_id for a in r.awarded}) == len(r.awarded)
    assert greedy.total_score <= r.total_score <= proven.total_score
    _check_gap(r, proven.total_score)


def _check_gap(r: object, best: Fraction) -> None:
    """The note's bound and gap, as people read them (rounded up to 0.01), still hold: the best choice's total
    is within the bound, and the awarded total plus the gap reaches it."""
    m = re.search(r"任何组合的评分合计不超过 ([\d.]+)，本结果与最优相差至多 ([\d.]+)", r.note)  # type: ignore[attr-defined]
    assert m, r.note  # type: ignore[attr-defined]
    bound, gap = (Fraction(x) for x in m.groups())
    total = r.total_score  # type: ignore[attr-defined]
    assert best <= bound and total + gap >= bound - Fraction(1, 100) and total + gap >= best
    assert gap >= 0 and bound * 100 == int(bound * 100) and gap * 100 == int(gap * 100)


@pytest.mark.parametrize("seed", range(12))
def test_the_gap_said_is_of_the_choice_awarded_in_any_unit_of_score(seed: int) -> None:
    """Scores in thirds (a unit of 3: two decimals cannot show them exactly) and calls where the check after the
    solve fills budget left over: the note's figures are those of the choice awarded, rounded to stay true."""
    rng = random.Random(seed)
    cands = [Candidate(f"A{i:03d}", f"E{rng.randrange(20)}", f"K{rng.randrange(3)}",
                       Fraction(rng.randrange(180, 300), 3), rng.randrange(1000, 50001) * 100) for i in range(60)]
    asked = sum(c.amount_fen for c in cands)
    budget, clauses = asked * rng.randrange(10, 40) // 100, {"K0": asked // 15, "K1": asked // 12}
    best = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True, time_limit_s=None)
    assert "求得最优解" in best.note
    with pytest.MonkeyPatch.context() as mp:
        _late(mp)
        r = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True)
    if "未经最优性证明" in r.note:
        _check_gap(r, best.total_score)
    else:  # the bound alone proved the choice found at once
        assert r.total_score == best.total_score


def test_without_a_time_limit_the_clock_is_not_read() -> None:
    cands, budget, clauses = _call()
    with pytest.MonkeyPatch.context() as mp:
        _late(mp)
        r = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True, time_limit_s=None)
        given = select(cands, budget, mode="optimal", clause_budgets=clauses, one_per_entity=True, time_limit_s=5)
    assert "求得最优解" in r.note
    assert "求解达到时间上限 5 秒" in given.note and given.total_score <= r.total_score


def test_a_solve_out_of_time_keeps_its_incumbent_and_is_not_proven() -> None:
    """At the knapsack level: no core is solved once the time is out; the incumbent (or the rounding of the
    Lagrangian choice, if better) is the answer, feasible, with the time-limit status."""
    rng = np.random.default_rng(12)
    n = 60
    ks = Knapsack(value=rng.integers(1, 50, n), weight=rng.integers(1, 40, n), clause=rng.integers(-1, 2, n),
                  capacity=300, row_capacity=np.array([120, 90], dtype=np.int64), group=rng.integers(0, 40, n))
    ks = Knapsack(ks.value, ks.weight, ks.clause, ks.capacity, ks.row_capacity,
                  np.unique(ks.group, return_inverse=True)[1].astype(np.int64))
    start = np.zeros(n, dtype=bool)
    with pytest.MonkeyPatch.context() as mp:
        _late(mp)
        late = knapsack.solve(ks, start, time_limit=1.0)
    full = knapsack.solve(ks, start)
    assert full.proven and not late.proven and late.status == knapsack.TIMED_OUT
    assert feasible(ks, late.chosen) and int(ks.value[late.chosen].sum()) <= int(ks.value[full.chosen].sum())
