"""The exact knapsack behind optimal selection: the same best value as the whole MILP and as brute force,
whatever the multipliers, by the value table or by HiGHS."""

from __future__ import annotations

from itertools import product
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin import knapsack
from subsidy.admin.knapsack import Knapsack, feasible, plain, solve


@st.composite
def knapsacks(draw: st.DrawFn, max_size: int = 40) -> Knapsack:
    n = draw(st.integers(1, max_size))
    rows = draw(st.sampled_from([0, 1, 2, 2, 3, 3]))  # mostly several budgets: the hard cases
    weight = draw(st.lists(st.integers(1, 100), min_size=n, max_size=n))
    clause = draw(st.lists(st.integers(-1, rows - 1), min_size=n, max_size=n)) if rows else [-1] * n
    raw = draw(st.lists(st.integers(0, max(n // 2, 1)), min_size=n, max_size=n))
    numbered = {g: i for i, g in enumerate(dict.fromkeys(raw))}
    per_row = [sum(w for w, k in zip(weight, clause, strict=True) if k == j) for j in range(rows)]
    return Knapsack(
        value=np.array(draw(st.lists(st.integers(0, 60), min_size=n, max_size=n)), dtype=np.int64),
        weight=np.array(weight, dtype=np.int64),
        clause=np.array(clause, dtype=np.int64),
        # budgets that bind (a share of what is asked), with the edges (none, all) drawn now and then
        capacity=sum(weight) * draw(st.sampled_from([0, 25, 40, 55, 70, 100])) // 100,
        row_capacity=np.array([c * draw(st.sampled_from([10, 30, 50, 70, 100])) // 100 for c in per_row],
                              dtype=np.int64),
        group=np.array([numbered[g] for g in raw], dtype=np.int64),
    )


def value(ks: Knapsack, x: Any) -> int:
    return int(ks.value[x].sum())


def brute_force(ks: Knapsack) -> int:
    best = 0
    for bits in product((False, True), repeat=ks.size):
        x = np.array(bits, dtype=bool)
        if feasible(ks, x):
            best = max(best, value(ks, x))
    return best


@settings(max_examples=30, deadline=None)
@given(ks=knapsacks(max_size=11))
def test_best_value_is_brute_force(ks: Knapsack) -> None:
    sol = solve(ks, np.zeros(ks.size, dtype=bool))
    assert sol.proven and feasible(ks, sol.chosen)
    assert value(ks, sol.chosen) == brute_force(ks) == sol.bound


@settings(max_examples=30, deadline=None)
@given(ks=knapsacks(max_size=11), lam=st.lists(st.floats(0, 2, allow_nan=False), min_size=4, max_size=4))
def test_out_of_time_the_bound_still_holds_for_the_best(ks: Knapsack, lam: list[float]) -> None:
    """No core solved (the time is out at once), any multipliers: the bound the note quotes is at least the
    best value, and the answer is feasible and not above it."""
    ticks = iter([0.0, *[1e9] * 100])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_clock", lambda: next(ticks))
        mp.setattr(knapsack._Lagrangian, "descend", lambda self: np.array(lam[:1 + len(ks.row_capacity)]))
        sol = solve(ks, np.zeros(ks.size, dtype=bool), time_limit=1.0)
    assert feasible(ks, sol.chosen) and value(ks, sol.chosen) <= brute_force(ks) <= sol.bound
    assert not sol.proven or value(ks, sol.chosen) == sol.bound


@settings(max_examples=30, deadline=None)
@given(ks=knapsacks(), table=st.booleans(), first_core=st.sampled_from([1, 3, 256]))
def test_best_value_is_the_whole_milp_by_table_or_by_highs(ks: Knapsack, table: bool, first_core: int) -> None:
    """Without the value table every core goes to HiGHS; a first core too small grows: the same answer."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_CORE", first_core)
        if not table:
            mp.setattr(knapsack, "_by_values", lambda *args: None)
            mp.setattr(knapsack, "_by_sides", lambda *args: (None, 0))
        sol = solve(ks, np.zeros(ks.size, dtype=bool))
    reference = plain(ks)
    assert reference is not None
    assert sol.proven and feasible(ks, sol.chosen) and sol.fixed + sol.solved == ks.size
    assert value(ks, sol.chosen) == value(ks, reference)


@settings(max_examples=30, deadline=None)
@given(ks=knapsacks(), lam=st.lists(st.floats(0, 2, allow_nan=False), min_size=4, max_size=4))
def test_any_multipliers_give_the_same_answer(ks: Knapsack, lam: list[float]) -> None:
    """The bound holds for every multiplier ≥ 0, so poor ones only fix fewer items (or leave the Lagrangian
    choice over budget: the whole problem is solved) — never change the best value."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack._Lagrangian, "descend", lambda self: np.array(lam[:1 + len(ks.row_capacity)]))
        sol = solve(ks, np.zeros(ks.size, dtype=bool))
    reference = plain(ks)
    assert reference is not None
    assert sol.proven and feasible(ks, sol.chosen)
    assert value(ks, sol.chosen) == value(ks, reference)


def test_a_good_incumbent_is_kept_and_an_empty_problem_is_solved() -> None:
    ks = Knapsack(value=np.array([5, 4, 4], dtype=np.int64), weight=np.array([6, 5, 5], dtype=np.int64),
                  clause=np.array([-1, -1, -1], dtype=np.int64), capacity=10,
                  row_capacity=np.zeros(0, dtype=np.int64), group=np.arange(3, dtype=np.int64))
    sol = solve(ks, np.array([False, True, True]))
    assert sol.proven and sol.chosen.tolist() == [False, True, True]
    empty = Knapsack(*(np.zeros(0, dtype=np.int64),) * 3, 0, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    assert solve(empty, np.zeros(0, dtype=bool)).chosen.tolist() == []


@settings(max_examples=30, deadline=None)
@given(ks=knapsacks(max_size=10))
def test_clause_budgets_binding_apart_are_solved_part_by_part(ks: Knapsack) -> None:
    """The total with room for everything, the clause budgets binding: each part (linked by an entity or a
    binding clause budget) by the table, or by HiGHS where an entity spans two binding budgets; the parts'
    best added up is the best."""
    roomy = Knapsack(ks.value, ks.weight, ks.clause, int(ks.weight.sum()), ks.row_capacity, ks.group)
    items = np.arange(roomy.size)
    got, status = knapsack._by_parts(roomy, items, roomy.capacity, roomy.row_capacity, 0, 0.0, None)
    assert got is not None and status == 0
    x = np.zeros(roomy.size, dtype=bool)
    x[got] = True
    assert feasible(roomy, x) and value(roomy, x) == brute_force(roomy)


def _dominant_by_records(v: Any, w: Any) -> Any:
    """The states :func:`knapsack._dominant` keeps, by its first formulation: ranks by ``np.unique`` (two rows),
    ``np.unique`` over rows as records (more)."""
    same = [c for c in range(1, w.shape[1]) if any(np.array_equal(w[:, c], w[:, e]) for e in range(c))]
    w = np.delete(w, same, axis=1) if same else w
    if w.shape[1] == 0:
        return np.argsort(-v, kind="stable")[:1]
    if w.shape[1] == 1:  # a row equal to another's dropped, one left: the staircase, as it always was
        o = np.lexsort((w[:, 0], -v))
        ws = w[o, 0]
        return o[ws < np.r_[knapsack._FAR, np.minimum.accumulate(ws)[:-1]]]
    if w.shape[1] != 2:
        return np.unique(np.column_stack([v, w]), axis=0, return_index=True)[1] if len(v) else np.zeros(0, dtype=np.int64)
    o = np.lexsort((w[:, 1], w[:, 0], v))
    vs = v[o]
    segment = np.cumsum(np.r_[True, vs[1:] != vs[:-1]]) - 1
    rank = np.unique(w[o, 1], return_inverse=True)[1].astype(np.int64).reshape(-1)
    x = rank - segment * (len(o) + 1)
    return o[x < np.r_[knapsack._FAR, np.minimum.accumulate(x)[:-1]]]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(0, 40), cols=st.sampled_from([2, 3, 4]), spread=st.sampled_from([3, 2**20, 2**55]),
       seed=st.integers(0, 2**32 - 1))
def test_dominance_keeps_what_its_first_formulation_kept(n: int, cols: int, spread: int, seed: int) -> None:
    """Two rows ranked by the weights themselves (or, too wide for int64, by their ranks), more rows without
    records: the same states, in the same order, as before; ties of value and weights common (few values)."""
    rng = np.random.default_rng(seed)
    v = rng.integers(0, 4, n).astype(np.int64)
    w = rng.integers(0, spread, (n, cols)).astype(np.int64)
    assert knapsack._dominant(v, w).tolist() == _dominant_by_records(v, w).tolist()
