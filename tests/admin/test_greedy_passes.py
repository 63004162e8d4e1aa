"""Selection's rank order: the ranking by integer points and id is the ranking by exact score and id, and
the greedy award is what admitting one application at a time against the budgets gives."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.selection import Candidate, _Ledger, _Points, select

CLAUSES = ["K1", "K2", "K3"]


@st.composite
def pools(draw: st.DrawFn) -> tuple[list[Candidate], int, dict[str, int], bool]:
    n = draw(st.integers(0, 14))
    cands = [Candidate(f"A{i:02d}", f"E{draw(st.integers(0, max(1, n // 3)))}", draw(st.sampled_from(CLAUSES)),
                       Fraction(draw(st.integers(0, 9)), draw(st.sampled_from([1, 2, 3]))),
                       draw(st.integers(1, 40)), draw(st.none() | st.integers(0, 50)))
             for i in range(n)]
    asked = sum(c.amount_fen for c in cands)
    clauses = {k: draw(st.integers(0, max(asked // 2, 1))) for k in draw(st.sets(st.sampled_from(CLAUSES), max_size=2))}
    return cands, draw(st.integers(0, max(asked, 1))), clauses, draw(st.booleans())


def ledger_rank_order(pool: list[Candidate], budget: int, clauses: dict[str, int], stop: bool, one: bool) -> set[str]:
    ledger, chosen = _Ledger(budget, clauses), set()
    for c in pool:
        if one and c.entity_id in ledger.entities:
            continue
        if ledger.fits(c):
            ledger.take(c, c.amount_fen)
            chosen.add(c.application_id)
        elif stop:
            break
    return chosen


@settings(max_examples=30, deadline=None)
@given(call=pools(), stop=st.booleans(), picks=st.lists(st.booleans(), min_size=14, max_size=14))
def test_the_rank_order_is_by_exact_score_and_the_greedy_award_admits_in_turn(call: tuple[list[Candidate], int, dict[str, int], bool],
                                                stop: bool, picks: list[bool]) -> None:
    cands, budget, clauses, _ = call
    points = _Points.of_candidates(cands)
    pool = sorted(cands, key=lambda c: (-Fraction(c.score), c.application_id))
    # select ranks by integer points then id: the same order as exact scores then id
    ranked = select(cands, budget, clause_budgets=clauses)
    live = [c for c in pool if c.amount_fen > 0]
    assert [n.candidate.application_id for n in ranked.reserve] == [
        c.application_id for c in live if c.application_id not in {a.candidate.application_id for a in ranked.awarded}]
    assert {a.candidate.application_id for a in ranked.awarded} == ledger_rank_order(live, budget, clauses, False, False)
    chosen = {c.application_id for c, p in zip(cands, picks, strict=False) if p}
    assert points.total(chosen) == sum((Fraction(c.score) for c in cands if c.application_id in chosen),
                                       Fraction(0)) * points.unit
