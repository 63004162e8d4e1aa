"""Optimal selection is exactly optimal: on small calls (at most 12 applications) its best total score is
that of every subset enumerated, with the total alone or with one or two clause budgets binding beside it,
with and without 就高 (entities applying under several budgets), and with tied scores; the partial-choice
solve of a core (:func:`subsidy.admin.knapsack._by_losses`) is exact whatever the multipliers."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selection_oracle import brute_force, fills_in_rank_order

from subsidy.admin import knapsack
from subsidy.admin.knapsack import Knapsack, feasible
from subsidy.admin.selection import Candidate, select

WAN = 1_000_000  # 1 万元 in 分


@st.composite
def calls(draw: st.DrawFn) -> dict[str, object]:
    """The total budget and 0 to 2 clause budgets, all tighter than what is asked; scores from a few values
    (ties), entities with applications under several clauses."""
    budgeted = draw(st.integers(0, 2))
    return call_of(draw, budgeted, draw(st.booleans()))


def call_of(draw: st.DrawFn, budgeted: int, one_per_entity: bool, share: int = 2) -> dict[str, object]:
    """A call with ``budgeted`` clause budgets (and one clause without), its entities drawn from ``n //
    share`` (the more share, the more entities apply under several clauses)."""
    clauses = [f"K{i}" for i in range(budgeted + 1)]  # the last clause has no budget of its own
    n = draw(st.integers(1, 12))
    cands = [
        Candidate(f"A{i:02d}", f"E{draw(st.integers(0, max(n // share, 1)))}", draw(st.sampled_from(clauses)),
                  Fraction(draw(st.sampled_from([60, 70, 75, 80])), draw(st.sampled_from([1, 2]))),
                  draw(st.sampled_from([5, 10, 15, 20, 30])) * WAN)
        for i in range(n)
    ]
    asked = sum(c.amount_fen for c in cands)
    per = {k: sum(c.amount_fen for c in cands if c.clause_id == k) for k in clauses[:-1]}
    return {
        "candidates": cands,
        "budget_fen": asked * draw(st.integers(20, 80)) // 100,
        "clause_budgets": {k: v * draw(st.integers(10, 70)) // 100 for k, v in per.items()},
        "one_per_entity": one_per_entity,
    }


@settings(max_examples=30, deadline=None)
@given(call=calls(), highs=st.booleans())
def test_optimal_selection_is_the_best_subset(call: dict[str, object], highs: bool) -> None:
    """Proven optimal without HiGHS (refused here unless ``highs``): the tables and the partial choices."""
    with pytest.MonkeyPatch.context() as mp:
        if not highs:
            mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
        r = select(mode="optimal", **call)  # type: ignore[arg-type]
    assert r.total_score == brute_force(call)
    assert "求得最优解" in r.note and "未经最优性证明" not in r.note
    assert r.total_awarded_fen <= r.budget_fen
    budgets: dict[str, int] = call["clause_budgets"]  # type: ignore[assignment]
    assert all(r.clause_awarded_fen.get(k, 0) <= v for k, v in budgets.items())
    assert fills_in_rank_order(r, call)


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_three_budgets_with_entities_spanning_them(data: st.DataObject) -> None:
    """The total and two clause budgets binding together under 就高, entities applying under both clauses
    and the unbudgeted one: the best subset, without HiGHS."""
    call = call_of(data.draw, 2, True, share=3)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
        r = select(mode="optimal", **call)  # type: ignore[arg-type]
    assert r.total_score == brute_force(call)
    assert "求得最优解" in r.note and "未经最优性证明" not in r.note
    assert fills_in_rank_order(r, call)


@st.composite
def cores(draw: st.DrawFn) -> Knapsack:
    """Up to 3 budgets (the total and up to two clause budgets), binding together or not (a budget with room
    for all still has a price: what the loss counts of it falls short), groups spanning them, few distinct
    values (ties)."""
    n = draw(st.integers(1, 12))
    rows = draw(st.integers(0, 2))
    weight = draw(st.lists(st.integers(1, 50), min_size=n, max_size=n))
    clause = draw(st.lists(st.integers(-1, rows - 1), min_size=n, max_size=n)) if rows else [-1] * n
    grouped = draw(st.booleans())
    raw = draw(st.lists(st.integers(0, max(n // 3, 1)), min_size=n, max_size=n)) if grouped else list(range(n))
    numbered = {g: i for i, g in enumerate(dict.fromkeys(raw))}
    per = [sum(w for w, k in zip(weight, clause, strict=True) if k == j) for j in range(rows)]
    return Knapsack(
        value=np.array(draw(st.lists(st.sampled_from([0, 3, 5, 8]), min_size=n, max_size=n)), dtype=np.int64),
        weight=np.array(weight, dtype=np.int64),
        clause=np.array(clause, dtype=np.int64),
        capacity=draw(st.integers(0, sum(weight))),
        row_capacity=np.array([draw(st.integers(0, p)) for p in per], dtype=np.int64),
        group=np.array([numbered[g] for g in raw], dtype=np.int64),
    )


def enumerated(ks: Knapsack) -> int:
    best = 0
    for bits in product((False, True), repeat=ks.size):
        x = np.array(bits, dtype=bool)
        if feasible(ks, x):
            best = max(best, int(ks.value[x].sum()))
    return best


@settings(max_examples=30, deadline=None)
@given(ks=cores(), lam=st.lists(st.floats(0, 2, allow_nan=False), min_size=3, max_size=3),
       beam=st.sampled_from([1, 2_000]), first_gap=st.sampled_from([0.5, 64.0]))
def test_partial_choices_within_the_bound_are_exact(ks: Knapsack, lam: list[float], beam: int,
                                                    first_gap: float) -> None:
    """The whole problem as one core, its partial choices bounded by any multipliers (a bound for each):
    the best subset, whether the guessing pass finds it (a wide beam) or not (one partial choice), the
    exact passes' floors starting just below the bound or further."""
    prices_lam = np.array(lam[:1 + len(ks.row_capacity)])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack._Lagrangian, "descend", lambda self: prices_lam.copy())
        mp.setattr(knapsack, "_BEAM", beam)
        mp.setattr(knapsack, "_FIRST_GAP", first_gap)
        mp.setattr(knapsack, "_by_values", lambda *args: None)  # every core by the partial choices
        mp.setattr(knapsack, "_CORE", ks.size)
        sol = knapsack.solve(ks, np.zeros(ks.size, dtype=bool))
    assert sol.proven and feasible(ks, sol.chosen)
    assert int(ks.value[sol.chosen].sum()) == enumerated(ks)


def test_too_many_partial_choices_fall_back_to_the_tables() -> None:
    """With room for no partial choice, the core goes to the tables (or HiGHS): still the best."""
    ks = Knapsack(value=np.array([5, 4, 4, 3], dtype=np.int64), weight=np.array([6, 5, 5, 2], dtype=np.int64),
                  clause=np.array([0, 0, 1, -1], dtype=np.int64), capacity=11,
                  row_capacity=np.array([6, 4], dtype=np.int64), group=np.arange(4, dtype=np.int64))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_STATES", 0)
        mp.setattr(knapsack, "_BEAM", 0)
        items = np.arange(4)
        assert knapsack._by_losses(ks, items, 11, ks.row_capacity, 0,
                                   knapsack._Prices(np.zeros(4), np.zeros(4), np.zeros(3), 100.0, 1e-9))[0] is None
        sol = knapsack.solve(ks, np.zeros(4, dtype=bool))
    assert sol.proven and int(ks.value[sol.chosen].sum()) == enumerated(ks) == 8


def test_a_pass_whose_best_lies_beyond_its_loss_is_not_taken_for_the_best() -> None:
    """The total has room for everything yet a price: the loss counted falls short of a choice's own, so a
    pass allowing little loss keeps a choice worth 168 whose own loss is larger; the best (175: items 1, 4,
    6, 8) is found only by allowing more."""
    ks = Knapsack(value=np.array([5, 40, 7, 45, 48, 30, 38, 33, 49, 22], dtype=np.int64),
                  weight=np.array([69, 62, 61, 84, 93, 28, 89, 24, 69, 62], dtype=np.int64),
                  clause=np.array([0, 0, 1, 1, 0, -1, 0, 0, 0, -1], dtype=np.int64), capacity=641,
                  row_capacity=np.array([398, 30], dtype=np.int64),
                  group=np.array([0, 0, 1, 1, 1, 0, 2, 0, 3, 2], dtype=np.int64))
    lam = np.array([1.3319598294824975, 0.0, 0.900691313625485])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack._Lagrangian, "descend", lambda self: lam.copy())
        sol = knapsack.solve(ks, np.zeros(ks.size, dtype=bool))
    assert sol.proven and int(ks.value[sol.chosen].sum()) == enumerated(ks) == 175


def test_a_guess_not_proven_is_kept_when_nothing_else_proves() -> None:
    """The guessing pass completes (a beam of one partial choice), the exact pass has too many and HiGHS is
    refused: the core's answer is the guess, feasible, with HiGHS's status (not a proof)."""
    ks = Knapsack(value=np.array([5, 4, 4, 3, 6, 2], dtype=np.int64), weight=np.array([6, 5, 5, 2, 7, 1], dtype=np.int64),
                  clause=np.array([0, 0, 1, -1, 1, 0], dtype=np.int64), capacity=14,
                  row_capacity=np.array([7, 8], dtype=np.int64), group=np.array([0, 1, 0, 2, 3, 2], dtype=np.int64))
    best = np.array([5, 4, 5, 3, 6, 3], dtype=np.float64)  # each group's best value (multipliers 0)
    prices = knapsack._Prices(ks.value.astype(np.float64), best, np.zeros(3), 18.0, 1e-9)
    everything, nothing = np.ones(ks.size, dtype=bool), np.zeros(ks.size, dtype=bool)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_BEAM", 1)
        mp.setattr(knapsack, "_STATES", 1)
        mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
        mp.setattr(knapsack, "_by_sides", lambda *args, **kwargs: (None, 0))
        x, status = knapsack._core_best(ks, everything, nothing, 1, 18, 0.0, None, prices)
    assert status == 4 and x is not None and feasible(ks, x)
    assert 0 < int(ks.value[x].sum()) <= enumerated(ks)
