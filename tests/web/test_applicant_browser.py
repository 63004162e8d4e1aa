"""The applicant's half of the year in a real browser (Debian's chromium) on the demo database: log in as
an enterprise, apply to the open call (facts, a document), submit; the office returns it for 补正 (made
here through the service, as the officer); the applicant sees the request with its working-day deadline,
resubmits, and finds the notices in its inbox with the unread count in the header."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from browser_support import demo_copy, log_in
from fastapi import FastAPI

from subsidy.services.audit import load_user
from subsidy.services.formal_review import return_for_correction
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import Application, OutboxMessage
from subsidy.web.app import create_app

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "yanshi-2026"
APPLICANT = "staff_ba2"  # a Bao'an enterprise of the demo year, not barred
SECOND_CALL = "2026年度宝安区人工智能+大健康专项扶持（第二批）"  # open 2026-10-12 to 2026-11-30
REASON = "营业执照扫描件不清晰，请补正"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def app(demo_database: Path, tmp_path: Path) -> FastAPI:  # overrides conftest's: the demo year (serve's first start)
    return create_app(demo_copy(demo_database, tmp_path))


def _login(page: Any, username: str) -> None:
    log_in(page, username, DEMO_PASSWORD)


def _state(page: Any) -> str:
    return str(page.inner_text('[data-field="state"]')).strip()


def test_apply_submit_correct_resubmit_and_the_inbox(page: Any, app: FastAPI, tmp_path: Path,
                                                     screenshot: Any) -> None:
    _login(page, APPLICANT)
    page.click("text=申报批次")
    section = page.locator("section.call", has_text=SECOND_CALL)
    assert section.count() == 1
    screenshot(page, "01-calls")
    section.locator('a[data-apply="art5-2-2a"]').click()
    page.fill("#project_title", "首次获得 GCP 资质（浏览器测试）")
    page.select_option("#fact-first_gcp_qualification", "是")
    screenshot(page, "02-apply")
    page.click('form[data-form="apply"] button[type=submit]')
    page.wait_for_url(re.compile(r"/applications/\d+\?done="))
    app_id = int(re.search(r"/applications/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    assert _state(page) == "草稿（未提交）" and "尚缺材料：营业执照" in page.inner_text("main")

    doc = tmp_path / "营业执照.pdf"
    doc.write_bytes(PDF)
    page.fill("#doc_type", "营业执照")
    page.set_input_files("#file", str(doc))
    page.click('form[data-form="upload"] button[type=submit]')
    page.wait_for_url(re.compile(r"done="))
    assert "已上传「营业执照.pdf」" in page.inner_text("main") and "尚缺材料" not in page.inner_text("main")
    form = page.locator('form[data-action="submit"]')
    form.locator('input[name="business_date"]').fill("2026-11-02")  # the demo's call window is in the past
    form.locator("button").click()
    page.wait_for_url(re.compile(r"done="))
    assert _state(page) == "已提交，等待形式审查"
    screenshot(page, "03-submitted")

    engine = make_engine(app.state.settings)  # the office returns it for correction (office11's screens do this)
    with session_scope(engine) as s:
        s.info["business_date"] = dt.date(2026, 11, 3)
        correction = return_for_correction(s, load_user(s, "officer"), s.get_one(Application, app_id), REASON,
                                           dt.date(2026, 11, 3))
        deadline = correction.deadline
    page.reload()
    assert _state(page) == "需补正材料"
    text = page.inner_text("section.correction")
    assert REASON in text and f"请于 {deadline} 前补正后重新提交" in text
    badge = page.locator(".unread-count")
    assert badge.count() == 1 and int(badge.inner_text()) >= 1
    screenshot(page, "04-correction")

    form = page.locator('form[data-action="resubmit"]')
    form.locator('input[name="business_date"]').fill("2026-11-05")
    form.locator("button").click()
    page.wait_for_url(re.compile(r"done="))
    assert _state(page) == "已提交，等待形式审查"
    timeline = page.inner_text('table[data-table="timeline"]')
    assert "退回补正" in timeline and REASON in timeline and "补正后重新提交" in timeline

    page.click("a.inbox-link")
    row = page.locator('table[data-table="inbox"] tr.unread', has_text=f"申报 {app_id}")
    assert row.count() == 1 and "需补正材料" in row.inner_text() and REASON not in row.inner_text()
    screenshot(page, "05-inbox")
    row.locator("button").click()
    page.wait_for_url(re.compile(rf"/applications/{app_id}$"))
    with session_scope(engine) as s:
        msgs = [m for m in s.query(OutboxMessage).filter(OutboxMessage.application_id == app_id)]
        assert [(m.event, m.read_at is not None) for m in msgs] == [("returned", True)]
    engine.dispose()

    page.click("text=我的单位")
    assert page.locator('table[data-table="profile"] tr[data-fact]').count() >= 3
    screenshot(page, "06-organisation")
    page.click("text=奖励与报告")
    tranches = page.inner_text('table[data-table="付款期次"]')
    assert "300万元" in tranches and "已拨付" in tranches  # the demo paid its one tranche on 2026-07-01
    screenshot(page, "07-awards")
