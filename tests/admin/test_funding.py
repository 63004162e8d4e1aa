"""What each selection mode would fund of a simulated population (`subsidy simulate --budget`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.funding import MODES, fund, funding_json

totals_lists = st.lists(st.integers(0, 5_000), max_size=40)


@settings(max_examples=120, deadline=None)
@given(totals=totals_lists, budget=st.integers(0, 60_000))
def test_every_mode_stays_within_the_budget_and_adds_up(totals: list[int], budget: int) -> None:
    fundings = fund(totals, budget)
    assert [f.mode for f in fundings] == list(MODES)
    for f in fundings:
        assert 0 <= f.total_fen <= budget and f.total_fen + f.left_fen == budget
        assert f.funded <= sum(1 for t in totals if t > 0)
        assert f.total_fen <= sum(totals)


@settings(max_examples=120, deadline=None)
@given(totals=totals_lists, budget=st.integers(0, 60_000))
def test_rank_order_funds_in_registry_order_skipping_who_no_longer_fits(totals: list[int], budget: int) -> None:
    left, funded, paid = budget, 0, 0
    for t in totals:
        if 0 < t <= left:
            left, funded, paid = left - t, funded + 1, paid + t
    r = fund(totals, budget)[0]
    assert (r.funded, r.total_fen, r.left_fen) == (funded, paid, left)
    if sum(totals) <= budget:  # everyone fits: everyone is paid in full
        assert r.total_fen == sum(totals)


@settings(max_examples=120, deadline=None)
@given(totals=totals_lists, budget=st.integers(0, 60_000))
def test_proportional_pays_everyone_the_same_share_and_no_more_than_the_budget(totals: list[int], budget: int) -> None:
    r = fund(totals, budget)[1]
    asked = sum(totals)
    assert r.total_fen <= min(budget, asked)
    if asked <= budget:
        assert r.total_fen == asked and r.funded == sum(1 for t in totals if t > 0)
    else:  # each rounded down to the 分 from total × budget / asked: less than one 分 each lost
        assert budget - r.total_fen < max(1, sum(1 for t in totals if t > 0))


@settings(max_examples=120, deadline=None)
@given(totals=totals_lists, budget=st.integers(0, 60_000))
def test_optimal_funds_as_many_beneficiaries_as_the_budget_allows(totals: list[int], budget: int) -> None:
    smallest, most = 0, 0
    for t in sorted(t for t in totals if t > 0):  # equal scores: the smallest totals first is the most
        if smallest + t > budget:
            break
        smallest, most = smallest + t, most + 1
    optimal, rank_order = fund(totals, budget)[2], fund(totals, budget)[0]
    assert optimal.funded == most >= rank_order.funded
    assert optimal.note == "支持企业最多"


def test_json_shape() -> None:
    doc = funding_json(fund([300, 500, 200], 600))
    assert doc == [
        {"mode": "rank_order", "label": "按排名择优", "funded": 2, "awarded": "5.00", "left": "1.00"},
        {"mode": "proportional", "label": "按比例核减", "funded": 3, "awarded": "6.00", "left": "0.00"},
        {"mode": "optimal", "label": "总评分最优", "funded": 2, "awarded": "5.00", "left": "1.00"},
    ]
