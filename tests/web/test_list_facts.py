"""A list fact in the calculator (Guangzhou's 就餐记录): the questionnaire asks for it as rows, each item's
fields typed as facts are; the link carries the items (``f.meals.0.price=12元``) and reproduces the result;
a row left blank is no item; a wrong item is refused naming its row and field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.questionnaire import RECORDS, Answers, fact_question, from_query, to_case, to_query
from subsidy.rules.registry import find_policy

POLICY = "cn-gz-elderly-meal-aid"


def _typed(raw: Any) -> str:
    return ("是" if raw else "否") if isinstance(raw, bool) else str(raw)


def list_case_answers(file: str) -> tuple[Answers, dict[str, Any]]:
    """A Guangzhou case file as the calculator's answers: its list facts as item rows, typed as a person would."""
    policy = find_policy(POLICY)
    raw = load_case_file(Path(policy.directory) / "cases" / file)
    facts = {k: _typed(v) for k, v in raw["facts"].items() if policy.facts[k].type != "list"}
    lists = {k: tuple({f: _typed(x) for f, x in item.items()} for item in v)
             for k, v in raw["facts"].items() if policy.facts[k].type == "list"}
    records = {k: tuple({f: _typed(x) for f, x in r.items()} for r in raw[k]) for k in RECORDS if raw.get(k) is not None}
    return Answers(facts, str(raw["as_of"]), None, None, records, lists), raw


def test_a_list_fact_is_asked_with_its_item_fields() -> None:
    policy = find_policy(POLICY)
    q = fact_question(policy, policy.facts["meals"], False, ())
    assert q.kind == "list" and q.choices == (("none", "无"),)
    assert [(i.name, i.kind) for i in q.items] == [("meal_date", "date"), ("meal", "category"), ("price", "money"),
                                                    ("delivered", "bool")]
    assert [i.unit for i in q.items if i.kind == "money"] == ["元"]


def test_the_items_round_trip_through_the_link_and_give_the_engines_figures() -> None:
    policy = find_policy(POLICY)
    answers, raw = list_case_answers("art26-mixed-prices.yaml")
    query = to_query(answers)
    assert "f.meals.0.price=12%E5%85%83" in query and "f.meals.4.meal_date=2024-05-09" in query
    assert from_query(query) == answers
    case = to_case(policy, answers, dt.date(2026, 12, 1))
    assert case.facts["meals"] == parse_case(raw, policy, today=dt.date(2026, 12, 1)).facts["meals"]
    # a blank row is no item; "none" states an empty list
    blank = Answers(answers.facts, answers.as_of, None, None, answers.records,
                    {"meals": ({"price": " "}, *answers.lists["meals"])})
    assert to_case(policy, blank, dt.date(2026, 12, 1)).facts["meals"] == case.facts["meals"]
    none = Answers({**answers.facts, "meals": "none"}, answers.as_of, records=answers.records)
    assert to_case(policy, none, dt.date(2026, 12, 1)).facts["meals"] == []


def _page(client: TestClient, answers: Answers) -> str:
    r = client.get(f"/calculator/{quote(POLICY)}?{to_query(answers)}")
    assert r.status_code in (200, 422), r.status_code
    return r.text


def test_the_page_shows_the_items_as_rows_and_the_engines_total(client: TestClient) -> None:
    policy = find_policy(POLICY)
    answers, raw = list_case_answers("art26-mixed-prices.yaml")
    page = _page(client, answers)
    result = assess(policy, parse_case(raw, policy, today=dt.date(2026, 12, 1)))
    for r in result.clauses:
        ceiling = "" if r.ceiling_fen is None else str(r.ceiling_fen)
        assert re.search(rf'data-clause="{r.clause.id}"[^>]*data-ceiling="{ceiling}"', page, re.S), r.clause.id
    assert page.count('<div class="list-row record-row"') == 5 + 1  # five meals and a blank row to add one
    assert 'name="f.meals.1.price" value="9.9"' in page and 'name="u.meals.1.price"' in page
    assert '<option value="早餐" selected>早餐</option>' in page
    assert 'name="f.meals.5.meal_date"' in page  # the blank row
    assert "添加一项" in page and "删除此项" in page


def test_a_bad_item_is_refused_naming_its_row_and_field(client: TestClient) -> None:
    answers, _ = list_case_answers("art26-mixed-prices.yaml")
    meals = list(answers.lists["meals"])
    meals[1] = {k: v for k, v in meals[1].items() if k != "price"}  # the second row without its price
    page = _page(client, Answers(answers.facts, answers.as_of, None, None, answers.records, {"meals": tuple(meals)}))
    assert "「就餐记录」第 2 项的「就餐费用」：缺少「就餐费用」" in page
    assert "清空这一行以删除该项" in page
    meals[1] = {**answers.lists["meals"][1], "price": "九元"}
    page = _page(client, Answers(answers.facts, answers.as_of, None, None, answers.records, {"meals": tuple(meals)}))
    assert "「就餐记录」第 2 项的「就餐费用」" in page


@pytest.mark.parametrize("query", ["f.meals.x.price=1元", "f.meals.123456.price=1元", "f.meals=none&f.meals.0.price=1元"])
def test_a_hand_edited_list_link_is_refused_in_chinese(client: TestClient, query: str) -> None:
    r = client.get(f"/calculator/{POLICY}?as_of=2024-05-31&{query}")
    assert r.status_code == 422 and "Traceback" not in r.text
