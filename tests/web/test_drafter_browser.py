"""The drafter's page in a real browser (Debian's chromium): an officer opens a copy of the Bao'an seed
with its example registry, lowers one clause's cap in the form, recomputes, and sees the cost, the
beneficiaries and the sweep chart change. Screenshots before and after (``screenshot``)."""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import log_in
from fastapi import FastAPI
from sqlalchemy import Engine
from staff_world import PASSWORD, build

from subsidy.web.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.db]


@pytest.fixture
def app(engine: Engine, db_url: str) -> FastAPI:
    build(engine)
    application = create_app(db_url)
    application.state.engine = engine
    return application


def _points(page: Any) -> list[tuple[str, str]]:
    pts = page.locator("#sweep-chart g.point")
    return [(pts.nth(i).get_attribute("data-cap"), pts.nth(i).get_attribute("data-cost")) for i in range(pts.count())]


def test_a_drafter_changes_a_cap_and_sees_the_cost_change(page: Any, screenshot: Any) -> None:
    log_in(page, "officer", PASSWORD, next_path="/drafter")
    page.goto(f"{page.base}/drafter?policy=cn-sz-baoan-ai-health&registry=example:baoan&as_of=2027-06-30"
              "&effective_from=2027-01-01&sweep=art11b&take_up=60%25&budget=20万元")
    page.wait_for_selector("#sweep-chart svg")
    upper, people = page.inner_text("#total-upper"), page.inner_text("#total-beneficiaries")
    chart = _points(page)
    row = page.locator("#by-clause tr[data-clause=art11b]")
    before_clause = row.locator("td.upper").inner_text()
    assert len(chart) == 9
    print(screenshot(page, "drafter-before"))

    cap = page.locator("input[name='cap|art11b|art11b#cap1']")
    assert cap.input_value() == "100万元"  # prefilled from the policy
    cap.fill("2万元")
    page.click("#drafter-form button[type=submit]")
    page.wait_for_selector("#sweep-chart svg")
    assert page.locator("input[name='cap|art11b|art11b#cap1']").input_value() == "2万元"
    assert page.inner_text("#total-upper") != upper
    assert page.locator("#by-clause tr[data-clause=art11b] td.upper").inner_text() != before_clause
    assert int(page.locator("#by-clause tr[data-clause=art11b] td.losers").inner_text()) > 0
    assert _points(page) != chart  # the sweep now runs around 2万元
    assert page.locator("#sweep-chart line.current").count() == 1
    # the distribution by size band and the losers by band; the report's downloads carry the edited cap
    assert page.locator("#by-size_class tr[data-group=微型]").is_visible()
    assert int(page.locator("#band-changes tr[data-clause=art11b] td.losers").first.inner_text()) > 0
    assert "art11b%23cap1=2" in (page.locator("#report-pdf").get_attribute("href") or "")
    print(screenshot(page, "drafter-after"))

    # beneficiaries: a cap of 0 leaves the clause nobody with money to get
    page.locator("input[name='cap|art11b|art11b#cap1']").fill("0元")
    page.click("#drafter-form button[type=submit]")
    page.wait_for_selector("#result")
    assert page.inner_text("#total-beneficiaries") != people
