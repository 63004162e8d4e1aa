"""The table evaluator and the one-case evaluator agree on random cases, row for row."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.rules.frame_support import frame_of

from subsidy.rules.case import Bar, Case, Grant, OtherSupport
from subsidy.rules.evaluate import assess
from subsidy.rules.model import All, Any_, FactDef, FactIs, Not, Policy
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.vector import evaluate_table, table_from_cases

POLICIES = [load_cached(d) for d in list_policy_dirs()]
AS_OF = dt.date(2027, 6, 30)
EFFECTIVE = dt.date(2026, 12, 1)

# amounts near the policies' thresholds matter most: round figures in 万元 plus odd fen
_MONEY = st.one_of(
    st.integers(0, 3000).map(lambda w: w * 1_000_000),
    st.integers(0, 20_000_000_000),
    st.sampled_from([1, 99, 100, 12_345_67]),
)


def _fact_value(f: FactDef) -> st.SearchStrategy[Any]:
    if f.type == "bool":
        return st.booleans()
    if f.type == "money":
        return _MONEY
    if f.type == "integer":
        return st.integers(0, 8)
    if f.type == "number":  # numbers arrive as decimals (YAML, JSON, Parquet Decimal columns)
        return st.decimals(min_value=0, max_value=50, places=4).map(Fraction)
    if f.type == "date":
        return st.dates(dt.date(1930, 1, 1), dt.date(2031, 12, 31))
    if f.type == "list":
        return st.lists(st.fixed_dictionaries({i.name: _fact_value(i) for i in f.items}), max_size=4)
    return st.sampled_from(f.values)


def _favourable(cond: object, want: bool = True, out: dict[str, bool] | None = None) -> dict[str, bool]:
    """The value of each yes/no fact that satisfies the applicant conditions (so most cases qualify)."""
    out = {} if out is None else out
    if isinstance(cond, FactIs):
        out[cond.fact] = want
    elif isinstance(cond, All | Any_):
        for item in cond.items:
            _favourable(item, want, out)
    elif isinstance(cond, Not):
        _favourable(cond.item, not want, out)
    return out


def _sometimes(draw: st.DrawFn, strategy: st.SearchStrategy[Any], none_in_ten: int) -> Any:
    return None if draw(st.integers(0, 9)) < none_in_ten else draw(strategy)


@st.composite
def cases(draw: st.DrawFn, policy: Policy) -> Case:
    good = _favourable(policy.applicants)
    facts = {}
    for name, f in policy.facts.items():
        roll = draw(st.integers(0, 19))
        if name in good:
            if roll < 18:
                facts[name] = good[name]
            elif roll == 18:
                facts[name] = not good[name]
        elif roll < 17:  # mostly known
            facts[name] = draw(_fact_value(f))
    clause_ids = [c.id for c in policy.clauses]
    history = _sometimes(draw, st.lists(st.builds(
        Grant, st.just(policy.id), st.sampled_from(clause_ids), st.integers(AS_OF.year - 4, AS_OF.year),
        _MONEY, st.sampled_from([None, "P1", "P2"])), max_size=4), 1)
    other = _sometimes(draw, st.lists(st.builds(
        OtherSupport, st.just("其他政策"), st.sampled_from(["district", "city", "province", "national"]),
        st.integers(AS_OF.year - 1, AS_OF.year), _MONEY, st.booleans(), st.booleans(),
        st.sampled_from([None, "前海"]), st.sampled_from([None, None, *clause_ids])), max_size=2), 1)
    bars = _sometimes(draw, st.lists(st.builds(
        Bar, st.dates(dt.date(2026, 1, 1), dt.date(2029, 1, 1)), st.just("违规")), max_size=1), 1)
    return Case("random", facts, AS_OF, AS_OF.year, history, other, bars, project=draw(st.sampled_from([None, "P1"])),
                effective_from=EFFECTIVE)


def _none(x: int) -> int | None:
    return None if x == -1 else int(x)


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_table_and_single_case_agree(policy: Policy, data: st.DataObject) -> None:
    batch = data.draw(st.lists(cases(policy), min_size=1, max_size=6))
    table = evaluate_table(policy, table_from_cases(policy, batch), AS_OF, effective_from=EFFECTIVE)
    for i, case in enumerate(batch):
        one = assess(policy, case)
        for j, r in enumerate(one.clauses):
            where = f"row {i} {r.clause.cite}"
            assert table.eligible[i, j] == {True: 1, False: 0, None: -1}[r.eligible], where
            assert table.reason[i, j] == r.reason, where
            assert _none(table.ceiling[i, j]) == r.ceiling_fen, where
            assert _none(table.granted[i, j]) == r.granted_fen, where
        assert table.total[i] == one.total_fen, f"row {i} total"


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_frame_input_matches_case_input(policy: Policy, data: st.DataObject) -> None:
    """A Polars frame with the documented columns gives the same results as parsed cases."""

    from subsidy.rules.vector import table_from_frame

    batch = data.draw(st.lists(cases(policy), min_size=1, max_size=8))
    from_cases = table_from_cases(policy, batch)
    frame = frame_of(policy, from_cases)
    a = evaluate_table(policy, from_cases, AS_OF, effective_from=EFFECTIVE)
    b = evaluate_table(policy, table_from_frame(policy, frame), AS_OF, effective_from=EFFECTIVE)
    assert (a.eligible == b.eligible).all() and (a.ceiling == b.ceiling).all() and (a.total == b.total).all()
