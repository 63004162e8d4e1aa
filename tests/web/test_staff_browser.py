"""The staff's screens in a real browser (Playwright driving Debian's chromium, a live server on the
fixture database of tests/web/staff_world.py): the expert declares and scores; finance appropriates
and pays a confirmed run (a double click on the confirmation pays once); the auditor reads the ledger,
verifies, and exports the ledger to Excel with the same rows as the page. Screenshots of each page are
saved (their paths printed) to be looked at."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser_support import log_in
from fastapi import FastAPI
from playwright.sync_api import expect
from sqlalchemy import Engine, func, select
from staff_world import PASSWORD, World, build

from db_support import BAOAN, tx
from subsidy.store.tables import LedgerEntry, Score
from subsidy.web.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.db]


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


@pytest.fixture
def app(engine: Engine, world: World, db_url: str) -> FastAPI:  # tests/web/conftest.py's live_server serves it
    application = create_app(db_url)
    application.state.engine = engine
    return application


def _login(page: Any, username: str) -> None:
    log_in(page, username, PASSWORD)


def test_an_expert_declares_and_scores(page: Any, screenshot: Any, world: World, engine: Engine) -> None:
    _login(page, world.panel[0])
    page.goto(f"{page.base}/expert")
    assert "智慧康养平台" in page.inner_text("main")
    screenshot(page, "expert-tasks")
    page.click(f'tr[data-application="{world.review_app}"] a')
    page.check('input[name=decision][value=none]')
    screenshot(page, "expert-declaration")
    page.click("#declaration button[type=submit]")
    assert "已声明无利害关系" in page.inner_text(".notice")
    page.fill("#score_tech", "36")
    page.fill("#score_team", "27.5")
    page.fill("#score_benefit", "25")
    page.fill("#applicant_comment", "项目技术路线清晰，建议补充用户规模数据")
    page.fill("#internal_comment", "与同类项目相比团队经验较强")
    screenshot(page, "expert-scores")
    page.click("#scores button[type=submit]")
    assert "加权总分 88.50 分" in page.inner_text(".notice")
    assert page.inner_text('[data-field="total"]') == "88.50"
    screenshot(page, "expert-scored")
    with tx(engine) as s:
        assert s.scalars(select(Score.internal_comment)).one() == "与同类项目相比团队经验较强"


def test_finance_appropriates_and_pays_with_confirmation(page: Any, screenshot: Any, world: World,
                                                         engine: Engine) -> None:
    _login(page, "finance")
    page.goto(f"{page.base}/finance/appropriations")
    page.select_option("#line", f"{world.call}:art14a")
    page.fill("#year", "2027")
    page.fill("#amount", "300万元")
    page.fill("#memo", "宝财〔2026〕12号")
    page.click("#appropriate button[type=submit]")
    assert "已下达" in page.inner_text(".notice") and "300万元" in page.inner_text(".notice")
    screenshot(page, "finance-appropriations")
    page.goto(f"{page.base}/finance/payments")
    assert "宝安医疗器械有限公司" in page.inner_text("table[data-table=due]")
    screenshot(page, "finance-payments")
    page.click("#prepare")
    page.wait_for_url("**/finance/payments/confirm**")
    assert "45万元" in page.inner_text('[data-field="total"]')
    screenshot(page, "finance-confirm")
    page.dblclick("#confirm-run button[type=submit]")  # a double click
    # the second click submits the form again, which may abort the first submission's navigation in the
    # browser (net::ERR_ABORTED, which wait_for_url raises): the page's address is polled instead, until the
    # answer of whichever submission the browser kept has loaded
    expect(page).to_have_url(re.compile(r"/finance/payments\?"), timeout=30_000)  # (wait_for_url's own limit)
    page.wait_for_load_state("networkidle")
    assert "没有到期待拨付的期次" in page.inner_text("main")
    screenshot(page, "finance-paid")
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == "payment")) == 1
    page.goto(f"{page.base}/finance")
    screenshot(page, "finance-position")


def test_the_auditor_reads_the_ledger_verifies_and_exports(page: Any, screenshot: Any, world: World,
                                                           tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _login(page, "auditor")
    page.goto(f"{page.base}/audit/ledger")
    seqs = [int(x) for x in page.eval_on_selector_all("table[data-table=ledger] tbody tr",
                                                      "rows => rows.map(r => r.dataset.seq)")]
    assert seqs and "财务陈（finance）" in page.inner_text("table[data-table=ledger]")
    screenshot(page, "audit-ledger")
    with page.expect_download() as info:
        page.click("#export")
    target = tmp_path / "ledger.xlsx"
    info.value.save_as(str(target))
    rows = list(load_workbook(target)["账目"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == seqs
    page.goto(f"{page.base}/audit/verify")
    assert "核验通过" in page.inner_text("#verify-result")
    screenshot(page, "audit-verify")
    with page.expect_download() as kept:  # a checkpoint kept outside the database, compared with later
        page.click("#checkpoint-download")
    checkpoint = tmp_path / "checkpoint.json"
    kept.value.save_as(str(checkpoint))
    page.set_input_files("#checkpoint", str(checkpoint))
    page.click("#checkpoint-form button[type=submit]")
    page.wait_for_selector("#checkpoint-result")
    assert "与核对点一致" in page.inner_text("#checkpoint-result")
    screenshot(page, "audit-verify-checkpoint")
    broken = tmp_path / "broken.json"
    broken.write_text(checkpoint.read_text(encoding="utf-8").replace('"hash": "', '"hash": "x', 1), encoding="utf-8")
    page.set_input_files("#checkpoint", str(broken))
    page.click("#checkpoint-form button[type=submit]")
    page.wait_for_selector("#checkpoint-refused")
    assert "ledger.hash" in page.inner_text("#checkpoint-refused")
    screenshot(page, "audit-verify-checkpoint-refused")
    page.goto(f"{page.base}/audit/log")
    assert "抽取评审专家" in page.inner_text("table[data-table=log]")
    screenshot(page, "audit-log")


def test_an_officer_runs_a_match_and_searches_the_register(page: Any, screenshot: Any, world: World) -> None:
    _login(page, "officer")
    page.goto(f"{page.base}/office/matching")
    page.select_option("#match-policy", BAOAN)
    page.select_option("#match-registry", "example:baoan")
    screenshot(page, "office-matching-form")
    page.click("#run-match button[type=submit]")
    page.wait_for_url("**/office/matching/*")
    assert "已完成免申即享匹配" in page.inner_text("main") and "宝安区示例名录（400户）" in page.inner_text("main")
    screenshot(page, "office-matching-run")
    page.goto(f"{page.base}/office/organisations")
    page.fill("#org-q", world.uscc_a)
    page.click("#org-search button[type=submit]")
    page.wait_for_url("**/office/organisations?*")
    assert page.locator("section.org-file").count() == 1 and "相符的共 1 家" in page.inner_text("#org-count")
    screenshot(page, "office-organisations-search")
