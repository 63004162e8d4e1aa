"""Dates and periods, list facts (src/subsidy/rules/periods.py, items.py): the calendar rule of whole months
on both paths, a list fact's refusals (in a policy, in a case, in a CSV), the shipped meal-aid policy's figures."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidy.errors import CaseInputError, PolicyFileError
from subsidy.rules.case import parse_case
from subsidy.rules.parse import load_policy
from subsidy.rules.periods import _whole_months_array, day_number, whole_months
from subsidy.rules.stream import evaluate_file

ROOT = Path(__file__).resolve().parents[2]
EVERY = ROOT / "tests" / "rules" / "every_idiom"
_DATES = st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
                   st.sampled_from([dt.date(2024, 2, 29), dt.date(2025, 2, 28), dt.date(2024, 1, 31), dt.date(2024, 3, 31)]))


@given(st.lists(st.tuples(_DATES, _DATES), min_size=1, max_size=20))
def test_whole_months_is_the_same_on_both_paths(pairs: list[tuple[dt.date, dt.date]]) -> None:
    start = np.array([day_number(a) for a, _ in pairs], dtype=np.int64)
    end = np.array([day_number(b) for _, b in pairs], dtype=np.int64)
    assert _whole_months_array(start, end).tolist() == [whole_months(a, b) for a, b in pairs]


def test_a_month_ends_on_the_same_day_or_at_the_month_end() -> None:
    assert whole_months(dt.date(2024, 2, 29), dt.date(2025, 2, 28)) == 12  # 周岁 on 28 February
    assert whole_months(dt.date(2026, 8, 31), dt.date(2027, 2, 28)) == 6
    assert whole_months(dt.date(2026, 8, 31), dt.date(2027, 2, 27)) == 5
    assert whole_months(dt.date(1964, 5, 15), dt.date(2024, 5, 14)) == 719  # 59 周岁 the day before
    assert whole_months(dt.date(2024, 5, 1), dt.date(2024, 4, 1)) == 0


def _copy(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "every_idiom"
    shutil.copytree(EVERY, target)
    path = target / "clauses" / "dates.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_a_list_fact_used_bare_is_refused_with_the_each_hint(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError) as err:
        load_policy(_copy(tmp_path, "pro_rata: {of: 2万元, part:", "pro_rata: {of: meals, part:"))
    assert "列表事实" in str(err.value) and "each" in str(err.value)


def test_a_date_where_a_number_goes_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError) as err:
        load_policy(_copy(tmp_path, "count: {months: [service_start, assessment_date]}", "count: service_start"))
    assert "日期" in str(err.value)


@pytest.mark.parametrize(("meals", "words"), [
    ("x", "是列表"), ([{"price": "3元"}], "缺少「餐别」"), ([{"price": "3元", "meal_kind": "午餐", "tip": 1}], "没有这个字段"),
    ([5], "应当是映射"), ([{"price": 3, "meal_kind": "午餐"}], "就餐费用")])
def test_a_bad_list_in_a_case_is_refused_naming_the_item(meals: object, words: str) -> None:
    policy = load_policy(EVERY)
    with pytest.raises(CaseInputError) as err:
        parse_case({"policy": policy.id, "as_of": "2027-06-30", "facts": {"meals": meals}}, policy)
    assert words in str(err.value)


def test_a_birth_date_before_1990_is_a_date_fact_but_not_an_assessment_date() -> None:
    policy = load_policy(EVERY)
    case = parse_case({"policy": policy.id, "as_of": "2027-06-30", "facts": {"birth_date": "1930-01-01"}}, policy)
    assert case.facts["birth_date"] == dt.date(1930, 1, 1)
    with pytest.raises(CaseInputError):
        parse_case({"policy": policy.id, "as_of": "1930-01-01", "facts": {}}, policy)


def test_a_csv_cannot_hold_a_list_fact(tmp_path: Path) -> None:
    policy = load_policy(EVERY)
    path = tmp_path / "rows.csv"
    path.write_text(",".join(policy.facts) + "\n", encoding="utf-8")
    with pytest.raises(CaseInputError) as err:
        evaluate_file(path, [policy], dt.date(2027, 6, 30))
    assert "列表" in str(err.value) and "CSV" in str(err.value)
