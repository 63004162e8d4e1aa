"""Optimal selection where several budgets bind at once (the total and one or two clause budgets, entities
applying under several clauses): the best total score is brute force's, every budget holds, and what is
left over is filled in rank order (the documented rule for ties: no reserve application still fits)."""

from __future__ import annotations

import random
from fractions import Fraction

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
    """2 or 3 binding budgets: the total, and one or two clause budgets tighter than their share of it."""
    budgeted = draw(st.integers(1, 2))
    clauses = [f"K{i}" for i in range(budgeted + 1)]  # the last clause has no budget of its own
    n = draw(st.integers(2, 10))
    cands = [
        Candidate(f"A{i:02d}", f"E{draw(st.integers(0, max(n * 2 // 3, 1)))}", draw(st.sampled_from(clauses)),
                  Fraction(draw(st.integers(60, 100)), draw(st.sampled_from([1, 2, 4]))),
                  draw(st.integers(1, 60)) * WAN)
        for i in range(n)
    ]
    asked = sum(c.amount_fen for c in cands)
    per = {k: sum(c.amount_fen for c in cands if c.clause_id == k) for k in clauses[:-1]}
    return {
        "candidates": cands,
        "budget_fen": asked * draw(st.integers(30, 70)) // 100,
        "clause_budgets": {k: v * draw(st.integers(10, 60)) // 100 for k, v in per.items()},
        "one_per_entity": draw(st.booleans()),
    }


@settings(max_examples=30, deadline=None)
@given(call=calls(), tables_only=st.booleans())
def test_several_binding_budgets_give_brute_force_best(call: dict[str, object], tables_only: bool) -> None:
    """By the value tables alone (HiGHS refused) or with HiGHS where the tables stop: the same best."""
    with pytest.MonkeyPatch.context() as mp:
        if tables_only:
            mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
        r = select(mode="optimal", **call)  # type: ignore[arg-type]
    assert r.total_score == brute_force(call)
    assert "求得最优解" in r.note and "未经最优性证明" not in r.note
    assert r.total_awarded_fen <= r.budget_fen
    budgets: dict[str, int] = call["clause_budgets"]  # type: ignore[assignment]
    assert all(r.clause_awarded_fen.get(k, 0) <= v for k, v in budgets.items())
    assert fills_in_rank_order(r, call)


@st.composite
def two_row_knapsacks(draw: st.DrawFn) -> Knapsack:
    """Two clause budgets and the total, all tighter than what is asked; groups spanning the clauses."""
    n = draw(st.integers(2, 11))
    weight = draw(st.lists(st.integers(1, 50), min_size=n, max_size=n))
    clause = draw(st.lists(st.sampled_from([-1, 0, 1]), min_size=n, max_size=n))
    raw = draw(st.lists(st.integers(0, max(n // 2, 1)), min_size=n, max_size=n))
    numbered = {g: i for i, g in enumerate(dict.fromkeys(raw))}
    per = [sum(w for w, k in zip(weight, clause, strict=True) if k == j) for j in (0, 1)]
    return Knapsack(
        value=np.array(draw(st.lists(st.integers(0, 40), min_size=n, max_size=n)), dtype=np.int64),
        weight=np.array(weight, dtype=np.int64),
        clause=np.array(clause, dtype=np.int64),
        capacity=draw(st.integers(0, sum(weight))),
        row_capacity=np.array([draw(st.integers(0, max(p - 1, 0))) for p in per], dtype=np.int64),
        group=np.array([numbered[g] for g in raw], dtype=np.int64),
    )


def knapsack_brute_force(ks: Knapsack) -> int:
    best = 0
    for bits in range(1 << ks.size):
        x = np.array([bits >> i & 1 for i in range(ks.size)], dtype=bool)
        if feasible(ks, x):
            best = max(best, int(ks.value[x].sum()))
    return best


@settings(max_examples=30, deadline=None)
@given(ks=two_row_knapsacks(), nodes=st.sampled_from([1, 16]), spanners=st.booleans())
def test_by_sides_is_brute_force_or_says_it_is_not_proven(ks: Knapsack, nodes: int, spanners: bool) -> None:
    """The tables over the sides with the entities spanning them enumerated (``spanners``) or, without, branch
    and bound on them: the best choice, or (too few relaxations allowed) a feasible choice marked BRANCHED —
    never a silent lesser one."""
    items = np.arange(ks.size)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_NODES", nodes)
        mp.setattr(knapsack, "_SPANNING", ks.size)
        got, status = knapsack._by_sides(ks, items, ks.capacity, ks.row_capacity, 0, int(ks.value.sum()),
                                         spanners=spanners)
    if got is None:  # fewer than one or more than two clause budgets bind: not this path's problem
        per = [int(ks.weight[ks.clause == j].sum()) for j in (0, 1)]
        assert sum(p > c for p, c in zip(per, ks.row_capacity.tolist(), strict=True)) == 0
        return
    x = np.zeros(ks.size, dtype=bool)
    x[got] = True
    assert feasible(ks, x)
    if status == 0:
        assert int(ks.value[x].sum()) == knapsack_brute_force(ks)
    else:
        assert status == knapsack.BRANCHED and int(ks.value[x].sum()) <= knapsack_brute_force(ks)


def test_an_unproven_choice_is_said_in_chinese() -> None:
    """Where neither the tables nor HiGHS (here refused) prove the best, the note says so."""
    rng = random.Random(12)
    cands = [Candidate(f"A{i:03d}", f"E{rng.randrange(150)}", f"K{rng.randrange(3)}", rng.randrange(6000, 10_001),
                       rng.randrange(100_000, 5_000_001) * 100) for i in range(200)]
    asked = sum(c.amount_fen for c in cands)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
        mp.setattr(knapsack, "_NODES", 0)
        mp.setattr(knapsack, "_COMBOS", 0)  # nor the spanning entities' choices
        mp.setattr(knapsack, "_by_values", lambda *args: None)
        mp.setattr(knapsack, "_by_losses", lambda *args: (None, np.zeros(0, dtype=np.int64)))
        r = select(cands, asked * 30 // 100, mode="optimal", one_per_entity=True,
                   clause_budgets={"K0": asked // 15, "K1": asked // 12})
    assert "未经最优性证明" in r.note
    assert r.total_awarded_fen <= r.budget_fen


def test_a_core_with_nothing_to_add_keeps_what_lies_outside_it() -> None:
    """The Lagrangian choice outside the core already worth the target, nothing in the core fitting: that
    choice is the core's answer (not "nothing reaches the target")."""
    ks = Knapsack(value=np.array([5, 4, 4], dtype=np.int64), weight=np.array([6, 5, 5], dtype=np.int64),
                  clause=np.array([-1, -1, -1], dtype=np.int64), capacity=10,
                  row_capacity=np.zeros(0, dtype=np.int64), group=np.arange(3, dtype=np.int64))
    x, status = knapsack._core_best(ks, np.array([False, True, True]), np.array([True, False, False]), 3, 9, 0.0, None)
    assert status == 0 and x is not None and x.tolist() == [True, False, False]


@settings(max_examples=30, deadline=None)
@given(ks=two_row_knapsacks(), above=st.integers(0, 3))
def test_by_spanners_is_brute_force(ks: Knapsack, above: int) -> None:
    """Entities with items under both binding clauses (or one and the others): every choice of theirs the
    bound leaves open, the rest by the tables per side: the best choice, proven, or nothing when none is
    worth the target asked (the best plus ``above``, or from 0)."""
    items = np.arange(ks.size)
    sided = knapsack._sides(ks, items, ks.capacity, ks.row_capacity)
    if sided is None:
        return
    best = knapsack_brute_force(ks)
    target = best + above - 1 if above else 0
    got = knapsack._by_spanners(ks, items, sided[0], ks.capacity, sided[1], target, int(ks.value.sum()))
    if got is None:  # no entity spans the sides
        assert all(len(set(sided[0][ks.group == g].tolist())) == 1 for g in np.unique(ks.group).tolist())
        return
    x = np.zeros(ks.size, dtype=bool)
    x[got] = True
    assert feasible(ks, x)
    assert int(ks.value[x].sum()) == (best if best >= target else 0)


def test_three_binding_budgets_with_entities_on_two_clauses_are_proven_by_the_tables() -> None:
    """The shape of the 10^5 case in bench/: the total and two clause budgets binding, 就高, entities applying
    under both clauses (and under one and the third, unbudgeted): with HiGHS and the partial choices
    refused, the choices of those entities and the tables per side prove the brute-force best."""
    rng = random.Random(20250101)
    for _ in range(6):
        cands = [Candidate(f"A{i:02d}", f"E{rng.randrange(9)}", f"K{rng.randrange(3)}", rng.randrange(6000, 10_001),
                           rng.randrange(10, 500) * WAN) for i in range(14)]
        asked = sum(c.amount_fen for c in cands)
        per = {k: sum(c.amount_fen for c in cands if c.clause_id == k) for k in ("K0", "K1")}
        call: dict[str, object] = {"candidates": cands, "budget_fen": asked * 30 // 100, "one_per_entity": True,
                                   "clause_budgets": {"K0": per["K0"] * 15 // 100, "K1": per["K1"] * 25 // 100}}
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(knapsack, "_milp", lambda *args: (None, 4))
            mp.setattr(knapsack, "_by_losses", lambda *args: (None, np.zeros(0, dtype=np.int64)))
            mp.setattr(knapsack, "_NODES", 0)  # nor the branch and bound over relaxations
            r = select(mode="optimal", **call)  # type: ignore[arg-type]
        assert r.total_score == brute_force(call)
        assert "求得最优解" in r.note and "未经最优性证明" not in r.note
        assert fills_in_rank_order(r, call)
