"""A list fact entered in a real browser (Debian's chromium): Guangzhou's 就餐记录 typed row by row with
添加一项 and 删除此项, then calculated; the cards equal the engine's for the items kept."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import quote

import pytest
from test_list_facts import POLICY, list_case_answers

from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.questionnaire import Answers, to_query
from subsidy.rules.registry import find_policy

pytestmark = pytest.mark.browser


def _fill_row(page: Any, index: int, item: dict[str, str]) -> None:
    row = page.locator(".list-rows[data-list='f.meals'] .list-row").nth(index)
    row.locator("input[name$='.meal_date']").fill(item["meal_date"])
    row.locator("select[name$='.meal']").select_option(item["meal"])
    row.locator("input[name$='.price']").fill(item["price"].removesuffix("元"))
    row.locator("select[name^='u.'][name$='.price']").select_option("元")
    row.locator("select[name$='.delivered']").select_option(item["delivered"])


def test_meals_are_entered_row_by_row_with_add_and_remove(page: Any, screenshot: Any) -> None:
    policy = find_policy(POLICY)
    answers, raw = list_case_answers("art26-mixed-prices.yaml")
    meals = answers.lists["meals"]
    # the other facts from the link; the meals typed on the page
    page.goto(f"{page.base}/calculator/{quote(POLICY)}?{to_query(Answers(answers.facts, answers.as_of, records=answers.records))}")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    rows = page.locator(".list-rows[data-list='f.meals'] .list-row")
    assert rows.count() == 1  # one blank row to start
    _fill_row(page, 0, meals[0])
    page.click("button.list-add[data-for='f.meals']")
    _fill_row(page, 1, {"meal_date": "2024-05-07", "meal": "午餐", "price": "99元", "delivered": "否"})  # removed below
    for n, item in enumerate(meals[1:], start=2):
        page.click("button.list-add[data-for='f.meals']")
        _fill_row(page, n, item)
    assert rows.count() == 1 + len(meals)
    assert [t.strip() for t in page.locator(".list-rows[data-list='f.meals'] .list-no").all_inner_texts()] == \
        [str(n) for n in range(1, len(meals) + 2)]
    rows.nth(1).locator("button.list-remove").click()  # the 99元 lunch
    assert rows.count() == len(meals)
    screenshot(page, "meals-typed")
    page.click("#calc-form button[type=submit]")
    page.wait_for_selector("article.card")

    result = assess(policy, parse_case(raw, policy, today=dt.date(2026, 12, 1)))
    cards = page.eval_on_selector_all(
        "article.card", "els => Object.fromEntries(els.map(e => [e.dataset.clause, e.dataset.ceiling]))")
    assert cards == {r.clause.id: "" if r.ceiling_fen is None else str(r.ceiling_fen) for r in result.clauses}
    assert re.search(r"f\.meals\.4\.price=10", page.url) and "f.meals.5." not in page.url  # renumbered, 99元 gone
    assert "price=99" not in page.url
    assert page.locator(".list-rows[data-list='f.meals'] .list-row").count() == len(meals) + 1  # and a blank row
    shot = screenshot(page, "meals-calculated")
    assert shot.stat().st_size > 10_000
    page.screenshot(path="/tmp/layer13_shots/meals-calculated.png", full_page=True)
