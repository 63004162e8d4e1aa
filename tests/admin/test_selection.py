from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.selection import Candidate, SelectionError, SelectionResult, select

WAN = 1_000_000  # 1 万元 in 分


def cand(
    app: str, score: int | Fraction, ceiling_wan: int, entity: str | None = None, clause: str = "K1"
) -> Candidate:
    return Candidate(app, entity or f"ent-{app}", clause, score, ceiling_wan * WAN)


BASIC = [cand("A", 90, 60), cand("B", 85, 50), cand("C", 80, 30), cand("D", 70, 10)]


def ids(result: SelectionResult) -> list[str]:
    return [a.candidate.application_id for a in result.awarded]


def test_rank_order_skips_misfits_and_continues() -> None:
    r = select(BASIC, 100 * WAN)
    assert ids(r) == ["A", "C", "D"]
    assert [a.approved_fen for a in r.awarded] == [60 * WAN, 30 * WAN, 10 * WAN]
    assert [(n.candidate.application_id, n.rank) for n in r.reserve] == [("B", 2)]
    assert r.reserve[0].reason == "年度预算余额不足（需 50万元，余 40万元）"
    assert r.total_awarded_fen == 100 * WAN and r.remaining_fen == 0
    assert r.total_score == 240


def test_rank_order_can_stop_at_first_misfit() -> None:
    r = select(BASIC, 100 * WAN, stop_at_first_misfit=True)
    assert ids(r) == ["A"]
    assert [n.candidate.application_id for n in r.reserve] == ["B", "C", "D"]
    assert r.reserve[0].reason.startswith("年度预算余额不足")
    assert r.reserve[1].reason == "择优已在第 2 名「B」处因预算不足停止"


def test_ties_go_to_lower_application_id() -> None:
    r = select([cand("X2", 80, 10), cand("X1", 80, 10)], 10 * WAN)
    assert ids(r) == ["X1"]
    assert r.awarded[0].rank == 1


def test_clause_budget_limits_its_clause_only() -> None:
    cs = [cand("A", 90, 30, clause="K1"), cand("B", 85, 30, clause="K1"), cand("C", 80, 30, clause="K2")]
    r = select(cs, 100 * WAN, clause_budgets={"K1": 40 * WAN})
    assert ids(r) == ["A", "C"]
    assert r.reserve[0].reason == "条款「K1」预算余额不足（需 30万元，余 10万元）"
    assert r.clause_awarded_fen == {"K1": 30 * WAN, "K2": 30 * WAN}


def test_one_per_entity_keeps_best_ranked_application() -> None:
    cs = [cand("A", 90, 50, entity="E"), cand("B", 95, 10, entity="E"), cand("C", 70, 10)]
    r = select(cs, 100 * WAN, one_per_entity=True)
    assert ids(r) == ["B", "C"]
    (aside,) = r.set_aside
    assert aside.candidate.application_id == "A"
    assert aside.reason == "同一主体「E」已有排名更高的申报「B」（第 1 名），按就高原则不重复支持"
    assert ids(select(cs, 100 * WAN)) == ["B", "A", "C"]


def test_threshold_and_requested_amount() -> None:
    cs = [
        Candidate("A", "e1", "K1", Fraction(121, 2), 50 * WAN, requested_fen=20 * WAN),
        Candidate("B", "e2", "K1", 59, 50 * WAN),
    ]
    r = select(cs, 100 * WAN, threshold=60)
    assert [(a.candidate.application_id, a.approved_fen) for a in r.awarded] == [("A", 20 * WAN)]
    assert r.set_aside[0].reason == "评分 59 低于入围分数线 60"
    r2 = select(cs, 100 * WAN, threshold=Fraction(121, 2))
    assert r2.set_aside[0].reason == "评分 59 低于入围分数线 60.50"


def test_proportional_scales_exactly_and_rounds_down() -> None:
    cs = [cand("A", 90, 30), cand("B", 80, 30), cand("C", 70, 40)]
    r = select(cs, 50 * WAN, mode="proportional")
    assert [a.approved_fen for a in r.awarded] == [15 * WAN, 15 * WAN, 20 * WAN]
    assert r.note == "按比例核定系数：条款「K1」50.00%"
    labelled = select(cs, 50 * WAN, mode="proportional", clause_labels={"K1": "第二条"})
    assert labelled.note == "按比例核定系数：第二条 50.00%"  # as people cite the clause (services pass the policy's)
    assert [a.approved_fen for a in labelled.awarded] == [a.approved_fen for a in r.awarded]
    odd = [Candidate(x, x, "K", 1, 100) for x in "ABC"]
    r = select(odd, 200, mode="proportional")  # k = 2/3 of 1 元 each: 66.67 分 → 66 分
    assert [a.approved_fen for a in r.awarded] == [66, 66, 66]
    assert r.remaining_fen == 2


def test_proportional_respects_clause_and_total_budgets() -> None:
    cs = [cand("A", 90, 100, clause="K1"), cand("B", 80, 100, clause="K2")]
    r = select(cs, 120 * WAN, mode="proportional", clause_budgets={"K1": 20 * WAN})
    # K1 alone: 20%; K2 unlimited → 100% then both × 120/120.
    assert [a.approved_fen for a in r.awarded] == [20 * WAN, 100 * WAN]
    r = select(cs, 60 * WAN, mode="proportional", clause_budgets={"K1": 20 * WAN})
    assert [a.approved_fen for a in r.awarded] == [10 * WAN, 50 * WAN]


def test_proportional_never_awards_full_ceiling_beyond_one() -> None:
    r = select(BASIC, 1000 * WAN, mode="proportional")
    assert [a.approved_fen for a in r.awarded] == [c.ceiling_fen for c in BASIC]


def test_proportional_amount_below_one_fen_goes_to_reserve() -> None:
    r = select([Candidate("A", "e", "K", 1, 1), Candidate("B", "f", "K", 1, 1)], 1, mode="proportional")
    assert ids(r) == []
    assert {n.reason for n in r.reserve} == {"按比例核定后金额不足 1 分"}


def test_optimal_beats_greedy_when_greedy_is_myopic() -> None:
    cs = [cand("A", 60, 60), cand("B", 50, 50), cand("C", 50, 50)]
    greedy = select(cs, 100 * WAN)
    best = select(cs, 100 * WAN, mode="optimal")
    assert ids(greedy) == ["A"] and greedy.total_score == 60
    assert ids(best) == ["B", "C"] and best.total_score == 100
    assert best.reserve[0].reason == "年度预算余额不足（需 60万元，余 0万元）"
    assert best.note.startswith("求得最优解")


def test_optimal_one_per_entity_sets_aside_the_other_application() -> None:
    cs = [cand("A", 90, 80, entity="E"), cand("B", 50, 20, entity="E"), cand("C", 45, 80)]
    r = select(cs, 100 * WAN, mode="optimal", one_per_entity=True)
    assert ids(r) == ["B", "C"]
    assert r.set_aside[0].candidate.application_id == "A"
    assert r.set_aside[0].reason == "同一主体「E」已获支持，按就高原则不重复支持"


def test_what_if_budget_is_just_another_call() -> None:
    small = select(BASIC, 60 * WAN)
    large = select(BASIC, 200 * WAN)
    assert ids(small) == ["A"] and ids(large) == ["A", "B", "C", "D"]
    assert ids(select(BASIC, 60 * WAN)) == ids(small)


def test_empty_and_zero_budget() -> None:
    for mode in ("rank_order", "proportional", "optimal"):
        assert select([], 100, mode=mode).awarded == ()
        r = select(BASIC, 0, mode=mode)
        assert r.awarded == () and len(r.reserve) == 4


def test_invalid_input_is_reported_in_chinese() -> None:
    with pytest.raises(SelectionError, match="申报编号「A」重复"):
        select([cand("A", 1, 1), cand("A", 2, 2)], 100)
    with pytest.raises(SelectionError, match="支持上限必须是不小于 0 的整数分"):
        select([Candidate("A", "e", "K", 1, -5)], 100)
    with pytest.raises(SelectionError, match="评分必须是不小于 0 的精确数值"):
        select([Candidate("A", "e", "K", 0.5, 5)], 100)  # type: ignore[arg-type]
    with pytest.raises(SelectionError, match="年度预算总额必须是不小于 0 的整数分"):
        select(BASIC, -1)
    with pytest.raises(SelectionError, match="条款「K1」的预算"):
        select(BASIC, 1, clause_budgets={"K1": -1})
    with pytest.raises(SelectionError, match="未知的择优方式"):
        select(BASIC, 1, mode="lottery")  # type: ignore[arg-type]


# ---- properties -------------------------------------------------------------------------

CLAUSES = ["K1", "K2", "K3"]


@st.composite
def scenarios(draw: st.DrawFn, max_size: int = 9) -> dict[str, object]:
    n = draw(st.integers(0, max_size))
    cands = [
        Candidate(
            f"A{i:02d}",
            f"E{draw(st.integers(0, max(1, n // 2)))}",
            draw(st.sampled_from(CLAUSES)),
            draw(st.integers(0, 20)),
            draw(st.integers(0, 50)),
            draw(st.none() | st.integers(0, 60)),
        )
        for i in range(n)
    ]
    clause_budgets = draw(st.dictionaries(st.sampled_from(CLAUSES), st.integers(0, 80), max_size=2))
    return {
        "candidates": cands,
        "budget_fen": draw(st.integers(0, 150)),
        "clause_budgets": clause_budgets,
        "one_per_entity": draw(st.booleans()),
        "threshold": draw(st.none() | st.integers(0, 10)),
    }


def check_invariants(r: SelectionResult, sc: dict[str, object]) -> None:
    cands: list[Candidate] = sc["candidates"]  # type: ignore[assignment]
    clause_budgets: dict[str, int] = sc["clause_budgets"]  # type: ignore[assignment]
    assert r.total_awarded_fen == sum(a.approved_fen for a in r.awarded) <= r.budget_fen
    for clause, limit in clause_budgets.items():
        assert sum(a.approved_fen for a in r.awarded if a.candidate.clause_id == clause) <= limit
    for a in r.awarded:
        assert 0 < a.approved_fen <= a.candidate.ceiling_fen
        if a.candidate.requested_fen is not None:
            assert a.approved_fen <= a.candidate.requested_fen
    if sc["one_per_entity"]:
        assert max(Counter(a.candidate.entity_id for a in r.awarded).values(), default=0) <= 1
    # Every candidate lands in exactly one list; the reserve is in rank order.
    every = (
        [a.candidate for a in r.awarded]
        + [n.candidate for n in r.reserve]
        + [n.candidate for n in r.set_aside]
    )
    assert sorted(c.application_id for c in every) == sorted(c.application_id for c in cands)
    assert [n.rank for n in r.reserve] == sorted(n.rank for n in r.reserve)
    assert all(n.reason for n in (*r.reserve, *r.set_aside))
    threshold = sc["threshold"]
    if threshold is not None:
        assert all(a.candidate.score >= threshold for a in r.awarded)  # type: ignore[operator]


@settings(max_examples=30, deadline=None)
@given(sc=scenarios())
def test_rank_order_and_proportional_invariants(sc: dict[str, object]) -> None:
    for mode in ("rank_order", "proportional"):
        check_invariants(select(mode=mode, **sc), sc)  # type: ignore[arg-type]
    check_invariants(select(mode="rank_order", stop_at_first_misfit=True, **sc), sc)  # type: ignore[arg-type]


def brute_force_best(sc: dict[str, object]) -> Fraction:
    cands: list[Candidate] = sc["candidates"]  # type: ignore[assignment]
    threshold = sc["threshold"]
    pool = [c for c in cands if (threshold is None or c.score >= threshold) and c.amount_fen > 0]  # type: ignore[operator]
    clause_budgets: dict[str, int] = sc["clause_budgets"]  # type: ignore[assignment]
    best = Fraction(0)
    for k in range(len(pool) + 1):
        for combo in combinations(pool, k):
            if sum(c.amount_fen for c in combo) > sc["budget_fen"]:  # type: ignore[operator]
                continue
            if any(
                sum(c.amount_fen for c in combo if c.clause_id == cl) > lim
                for cl, lim in clause_budgets.items()
            ):
                continue
            if sc["one_per_entity"] and len({c.entity_id for c in combo}) < len(combo):
                continue
            best = max(best, sum((Fraction(c.score) for c in combo), Fraction(0)))
    return best


@settings(max_examples=30, deadline=None)
@given(sc=scenarios(max_size=8))
def test_optimal_is_feasible_optimal_and_not_worse_than_rank_order(sc: dict[str, object]) -> None:
    best = select(mode="optimal", **sc)  # type: ignore[arg-type]
    check_invariants(best, sc)
    assert best.total_score >= select(mode="rank_order", **sc).total_score  # type: ignore[arg-type]
    assert best.total_score == brute_force_best(sc)


@settings(max_examples=30, deadline=None)
@given(sc=scenarios(), extra=st.integers(0, 100))
def test_more_budget_never_lowers_proportional_awards(sc: dict[str, object], extra: int) -> None:
    base = select(mode="proportional", **sc)  # type: ignore[arg-type]
    more = select(mode="proportional", **{**sc, "budget_fen": sc["budget_fen"] + extra})  # type: ignore[arg-type, operator]
    before = {a.candidate.application_id: a.approved_fen for a in base.awarded}
    after = {a.candidate.application_id: a.approved_fen for a in more.awarded}
    assert all(after.get(k, 0) >= v for k, v in before.items())


def test_repair_drops_lower_ranked_overflow_and_refills() -> None:
    from subsidy.admin.selection import _repair

    pool = [cand("A", 90, 60), cand("B", 85, 50), cand("C", 80, 30), cand("D", 70, 10)]
    # A solver answer that overshoots the budget (A + B = 110万 > 100万) is cut back in rank order
    # and whatever still fits is filled in.
    kept, repaired = _repair({"A", "B"}, pool, 100 * WAN, {}, one_per_entity=False)
    assert repaired and kept == {"A", "C", "D"}
    kept, repaired = _repair({"B", "C"}, pool, 100 * WAN, {}, one_per_entity=False)
    assert not repaired and kept == {"B", "C", "D"}  # 80万 used: A (60万) does not fit, D (10万) does
    kept, repaired = _repair(
        {"A", "C"}, [cand("A", 90, 60, "E"), cand("C", 80, 30, "E")], 100 * WAN, {}, True
    )
    assert repaired and kept == {"A"}  # one per entity enforced on the solver's answer too


def _plain_milp_best(sc: dict[str, object]) -> Fraction:
    """The oracle for larger calls: the whole 0/1 problem handed to HiGHS, no variable fixed."""
    from subsidy.admin.knapsack import plain
    from subsidy.admin.selection import _knapsack, _Points

    cands: list[Candidate] = sc["candidates"]  # type: ignore[assignment]
    threshold = sc["threshold"]
    pool = [c for c in cands if (threshold is None or c.score >= threshold) and c.amount_fen > 0]  # type: ignore[operator]
    ks = _knapsack(pool, _Points.of_candidates(pool), sc["budget_fen"], sc["clause_budgets"], sc["one_per_entity"])  # type: ignore[arg-type]
    x = plain(ks)
    assert x is not None
    return sum((Fraction(c.score) for c, chosen in zip(pool, x.tolist(), strict=True) if chosen), Fraction(0))


@settings(max_examples=30, deadline=None)
@given(sc=scenarios(max_size=60))
def test_reduced_cost_fixing_loses_nothing_on_larger_calls(sc: dict[str, object]) -> None:
    """The optimal mode fixes most variables from the LP relaxation before the integer solve; on calls
    too large for brute force its total score must still equal the unfixed MILP's."""
    best = select(mode="optimal", **sc)  # type: ignore[arg-type]
    check_invariants(best, sc)
    assert best.total_score == _plain_milp_best(sc)


def test_optimal_mode_fixes_variables_and_says_how_many() -> None:
    import random

    rng = random.Random(7)  # scores and ceilings spread as in a real call (bench/selection_bench.py)
    cs = [Candidate(f"A{i:03d}", f"E{rng.randrange(160)}", f"K{rng.randrange(3)}", Fraction(rng.randrange(6000, 10_001), 100),
                    rng.randrange(10, 500) * WAN) for i in range(200)]
    r = select(cs, 15000 * WAN, mode="optimal", clause_budgets={"K0": 5000 * WAN}, one_per_entity=True)
    fixed, solved = (int(x) for x in re.findall(r"固定 (\d+) 项，整数求解 (\d+) 项", r.note)[0])
    assert fixed + solved == 200 and fixed > 0
    assert r.total_score == _plain_milp_best({"candidates": cs, "budget_fen": 15000 * WAN, "threshold": None,
                                             "clause_budgets": {"K0": 5000 * WAN}, "one_per_entity": True})
