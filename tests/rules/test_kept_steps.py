"""The step documents kept across assessments (rules/report.py, keyed by trace.step_key) never change an
assessment's document: with them, every document is the one rendered afresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.rules.test_vector_agrees import POLICIES, cases

from subsidy.rules import report
from subsidy.rules.assessment import assess_request
from subsidy.rules.case import load_case_file
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.report import result_json
from subsidy.rules.trace import Step, _typed, step_key

ROOT = Path(__file__).resolve().parents[2]
CASE_FILES = sorted(ROOT.glob("policies/*/cases/*.yaml"))
TODAY = dt.date(2027, 6, 30)


@contextmanager
def _fresh() -> Iterator[None]:
    """Every step rendered, none kept or reused."""
    real = report.step_key
    report.step_key = lambda s: None
    try:
        yield
    finally:
        report.step_key = real


def _doc(path: Path) -> bytes:
    return orjson.dumps(result_json(assess_request(load_case_file(path), today=TODAY, name="案例").result))


def test_every_case_file_kept_or_fresh_is_the_same_document() -> None:
    with _fresh():
        fresh = {p: _doc(p) for p in CASE_FILES}
    for p in CASE_FILES:  # kept in this order ...
        assert _doc(p) == fresh[p], p
    for p in reversed(CASE_FILES):  # ... and reused in another, after every other case's steps
        assert _doc(p) == fresh[p], p
    assert report._DOCS


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_cases_kept_or_fresh_are_the_same_document(policy: Policy, data: st.DataObject) -> None:
    for case in data.draw(st.lists(cases(policy), min_size=1, max_size=4)):
        kept = orjson.dumps(result_json(assess(policy, case)))
        with _fresh():
            assert orjson.dumps(result_json(assess(policy, case))) == kept


def _key(v: Any) -> tuple[Any, ...]:
    out: list[Any] = []
    _typed(v, out)
    return tuple(out)


@pytest.mark.parametrize(("a", "b"), [
    (True, 1), (False, 0), (1, Fraction(1)), (1, "1"), (None, "未知"), ([1, [2]], [[1, 2]]), ((1, 2), [1, 2]),
    ({"a": 1}, {"a": True}), ({"a": 1, "b": 2}, {"b": 2, "a": 1}), (dt.date(2027, 1, 1), "2027-01-01"),
    (["a", "b"], ["a,b"]), ([], None), ({}, []),
])
def test_values_worded_differently_have_different_keys(a: Any, b: Any) -> None:
    assert _key(a) != _key(b)
    assert _key(a) == _key(a)


@pytest.mark.parametrize("v", [1.0, Decimal("1.0"), {1, 2}, frozenset(), [object()], {"x": 0.5}])
def test_values_without_an_exact_key_are_not_kept(v: Any) -> None:
    with pytest.raises(TypeError):
        _key(v)
    assert step_key(Step("validity", "第二条", "有效期", {"x": v}, True)) is None
    assert step_key(Step("validity", "第二条", "有效期", {"x": 1}, True)) is not None
