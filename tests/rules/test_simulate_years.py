"""Cost by year (``rules.simulate``): whatever the clauses' sums, the years add up exactly to the upper
bound and to the expectation, per clause and for the policy; tranches fall in their years by their shares."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.money import split_by_shares
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import cost_of
from subsidy.rules.stream import ClauseSummary, PolicySummary

POLICIES = [find_policy(p) for p in ("cn-sz-baoan-ai-health", "cn-bj-chaoyang-smart-eldercare",
                                      "cn-gz-tianhe-hk-macao-youth")]
FEN = st.integers(min_value=0, max_value=10**15)


@st.composite
def summaries(draw: st.DrawFn) -> tuple[int, PolicySummary]:
    i = draw(st.integers(0, len(POLICIES) - 1))
    p = POLICIES[i]
    clauses = [ClauseSummary(c.id, eligible=draw(st.integers(0, 10**6)), ceiling_fen=draw(FEN)) for c in p.clauses]
    return i, PolicySummary(p.id, clauses, rows=10**6)


@settings(max_examples=200, deadline=None)
@given(summaries(), st.fractions(min_value=0, max_value=1), st.integers(2000, 2100))
def test_the_years_add_up_to_the_totals(drawn: tuple[int, PolicySummary], take_up: Fraction, year: int) -> None:
    i, s = drawn
    cost = cost_of(POLICIES[i], s, take_up, year)
    assert sum(y.upper_fen for y in cost.by_year) == cost.upper_fen
    assert sum(y.expected_fen for y in cost.by_year) == cost.expected_fen
    assert all(y.upper_fen >= 0 and y.expected_fen >= 0 for y in cost.by_year)
    assert cost.by_year[0].year == year and [y.year for y in cost.by_year] == sorted({y.year for y in cost.by_year})
    for c in cost.clauses:
        assert sum(y.upper_fen for y in c.by_year) == c.upper_fen
        assert sum(y.expected_fen for y in c.by_year) == c.expected_fen


def test_tranches_fall_in_their_years() -> None:
    policy = POLICIES[0]  # 宝安 第十四条: 50%, 30%, 20% over three years
    s = PolicySummary(policy.id, [ClauseSummary(c.id, eligible=1, ceiling_fen=(10**9 + 1 if c.id == "art14a" else 0))
                                  for c in policy.clauses], rows=1)
    cost = cost_of(policy, s, Fraction(1), 2027)
    art14a = next(c for c in cost.clauses if c.clause_id == "art14a")
    shares = [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]
    assert [(y.year, y.upper_fen) for y in art14a.by_year] == list(zip((2027, 2028, 2029),
                                                                       split_by_shares(10**9 + 1, shares), strict=True))
    assert [y.year for y in cost.by_year] == [2027, 2028, 2029]


def test_per_row_results_change_no_figure(tmp_path: object) -> None:
    """``per_row`` (the drafter's page) gives the same figures as without it; the same policy as draft and
    baseline has no winners or losers; a lower cap has losers only, at most the clause's beneficiaries."""
    import datetime as dt
    from pathlib import Path

    from subsidy.population.reader import read_registry
    from subsidy.rules.simulate import simulate, sweep_around, with_figures

    policy = POLICIES[0]
    table = Path(str(tmp_path)) / "baoan.parquet"
    root = Path(__file__).resolve().parents[2]
    read_registry(root / "examples" / "registry" / "baoan.csv", policy).frame.write_parquet(table)
    day, eff = dt.date(2027, 6, 30), dt.date(2027, 1, 1)
    sweep = sweep_around(policy, "art11b", 10**8)
    lower = with_figures(policy, {("art11b", "art11b#cap1"): 2 * 10**6}, {})
    for draft in (policy, lower):
        plain = simulate(table, draft, day, baseline=policy, sweep=sweep, effective_from=eff)
        rows = simulate(table, draft, day, baseline=policy, sweep=sweep, effective_from=eff, per_row=True)
        assert (plain.draft, plain.baseline, plain.points) == (rows.draft, rows.baseline, rows.points)
        assert plain.rows is None and rows.rows is not None
        art11b = next(r for r in rows.rows if r.clause_id == "art11b")
        beneficiaries = next(c.beneficiaries for c in rows.draft.clauses if c.clause_id == "art11b")
        if draft is policy:
            assert all(r.winners == 0 and r.losers == 0 for r in rows.rows)
        else:
            assert art11b.winners == 0 and 0 < (art11b.losers or 0) <= beneficiaries
            assert art11b.cap_reached == art11b.losers  # every loser now stands at the lower cap


@settings(max_examples=200, deadline=None)
@given(summaries(), st.fractions(min_value=0, max_value=1), st.integers(2000, 2100), st.data())
def test_the_later_programme_years_add_up_too(drawn: tuple[int, PolicySummary], take_up: Fraction, year: int,
                                              data: st.DataObject) -> None:
    """An annual programme's later years (projected from the per-row results) go into by_year, each after
    the decided year; the years add up to the upper bound and expectation plus the later years'."""
    i, s = drawn
    policy = POLICIES[i]
    annual = [c for c in policy.clauses if c.programme is not None and c.schedule.type == "annual"]
    later = {c.id: tuple(data.draw(st.lists(FEN, max_size=(c.programme.years - 1) if c.programme else 0)))
             for c in annual}
    cost = cost_of(policy, s, take_up, year, later)
    assert sum(y.upper_fen for y in cost.by_year) == cost.upper_fen + cost.later_upper_fen
    assert sum(y.expected_fen for y in cost.by_year) == cost.expected_fen + cost.later_expected_fen
    assert cost.later_upper_fen == sum(sum(v) for v in later.values())
    plain = cost_of(policy, s, take_up, year)
    assert (cost.upper_fen, cost.expected_fen, cost.stacked_fen) == (plain.upper_fen, plain.expected_fen, plain.stacked_fen)
    for c in cost.clauses:
        assert sum(y.upper_fen for y in c.by_year) == c.upper_fen + c.later_upper_fen
        assert sum(y.expected_fen for y in c.by_year) == c.expected_fen + c.later_expected_fen
        assert [y.year for y in c.by_year] == sorted({y.year for y in c.by_year}) and c.by_year[0].year == year


def test_years_after_the_validity_are_marked_and_still_counted() -> None:
    """Tranches of an award made within the validity and paid after it (解读约定第18条) stay in by_year, marked
    ``after_validity`` as ``payment_plan`` marks the tranche; the by-year tables label them."""
    import dataclasses
    import datetime as dt

    from subsidy.rules.simulate import AFTER_VALIDITY_LABEL, validity_end, year_label

    policy = POLICIES[0]  # 宝安 第十四条: 50%, 30%, 20% over three years
    s = PolicySummary(policy.id, [ClauseSummary(c.id, eligible=1, ceiling_fen=(10**9 if c.id == "art14a" else 0))
                                  for c in policy.clauses], rows=1)
    end = dt.date(2028, 6, 30)
    cost = cost_of(policy, s, Fraction(1), 2027, validity_end=end)
    assert [(y.year, y.after_validity) for y in cost.by_year] == [(2027, False), (2028, False), (2029, True)]
    art14a = next(c for c in cost.clauses if c.clause_id == "art14a")
    assert [y.after_validity for y in art14a.by_year] == [False, False, True]
    assert sum(y.upper_fen for y in cost.by_year) == cost.upper_fen  # still owed, still counted
    assert [year_label(y) for y in cost.by_year] == ["2027年", "2028年", f"2029年{AFTER_VALIDITY_LABEL}"]
    assert AFTER_VALIDITY_LABEL == "（有效期满后拨付）"
    assert cost_of(policy, s, Fraction(1), 2027).by_year == tuple(dataclasses.replace(y, after_validity=False)
                                                                  for y in cost.by_year)  # no end: none marked
    # Bao'an leaves 施行 open: the validity runs from the call's (or the simulation's) effective date
    assert validity_end(policy, dt.date(2027, 1, 1), dt.date(2026, 1, 1)) == dt.date(2028, 12, 31)  # 3 years
    assert validity_end(dataclasses.replace(policy, validity_years=None), dt.date(2027, 1, 1), None) is None
