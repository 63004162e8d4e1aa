"""The demo year walked through the pages as each role (Playwright driving Debian's chromium, a live
server on a fresh demo-like database: the demo's accounts and password, the Bao'an policy adopted, one
of the demo's Bao'an enterprises as the applicant):

officer publishes a call → applicant applies and submits → officer returns it for 补正 → applicant
resubmits → officer accepts and draws a panel → the experts declare and score → officer completes the
review, compares selections (what-if) then applies one, publishes the 公示 → an objection registered and
dismissed → approval → finance appropriates (before the approval: commitments need the budget) and pays
→ the auditor verifies → officer records a finding, terminates, decides a recovery → finance registers
the money received → officer bars the enterprise → its next application is refused.

Every step is a page of the role that makes it (the applicant's: web/applicant.py). Screenshots of each
role's key page are saved (paths printed)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from browser_support import log_in
from fastapi import FastAPI
from sqlalchemy import Engine, select

from db_support import BAOAN, tx
from subsidy.demo.data import APPLICANTS, BA_OK
from subsidy.services.passwords import DEMO_PASSWORD, hash_password
from subsidy.store.tables import (
    Application,
    Award,
    LedgerEntry,
    Organisation,
    Sanction,
)
from subsidy.web.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.db]

ENTERPRISE = next(a for a in APPLICANTS if a.key == "ba3")  # 深圳灵犀算力医疗科技有限公司, art2
EXPERTS = ("expert_zhang", "expert_li", "expert_wang", "expert_liu")
RUBRIC = "tech:技术先进性:40:40\nteam:团队与管理:30:30\nbenefit:经济社会效益:30:30"


def _build(engine: Engine) -> None:
    from subsidy.services.clock import set_mode

    sys_path = Path(__file__).resolve().parents[1] / "services"
    import sys

    sys.path.insert(0, str(sys_path))
    from factories import add_user, adopt

    with tx(engine) as s:
        set_mode(s, "simulation")
    digest = hash_password(DEMO_PASSWORD)  # the demo's password: a simulation database allows it
    with tx(engine) as s:
        s.info["business_date"] = dt.date(2026, 3, 2)
        org = Organisation(uscc=ENTERPRISE.uscc, name=ENTERPRISE.name, uscc_valid=True, district="宝安区",
                           profile=dict(BA_OK))
        s.add(org)
        s.flush()
        people = [add_user(s, "officer", "officer", name="王科长"), add_user(s, "admin", "admin", name="系统管理员"),
                  add_user(s, "finance", "finance", name="财务陈"), add_user(s, "auditor", "auditor", name="审计周"),
                  add_user(s, "staff_ba3", "applicant", name=f"{org.name}申报专员", org=org)]
        people += [add_user(s, name, "expert", name=f"专家{name[7:]}", employer=f"9144030000000{90 + n:03d}X")
                   for n, name in enumerate(EXPERTS)]
        for u in people:
            u.password_hash = digest
        adopt(s, people[0], BAOAN)


@pytest.fixture
def app(engine: Engine, db_url: str) -> FastAPI:
    _build(engine)
    application = create_app(db_url)
    application.state.engine = engine
    return application


def _as(page: Any, username: str) -> None:
    log_in(page, username, DEMO_PASSWORD)


def _go(page: Any, path: str, day: str) -> None:
    page.goto(f"{page.base}{path}{'&' if '?' in path else '?'}business_date={day}")


def _status(page: Any) -> str:
    text: str = page.locator("p.notice[role=status]").first.inner_text()
    return text


def _state(engine: Engine, app_id: int) -> str:
    with tx(engine) as s:
        return str(s.get_one(Application, app_id).state)


def _app_state(page: Any) -> str:
    return str(page.inner_text('[data-field="state"]')).strip()


def _apply(page: Any, call_title: str, day: str) -> int:
    """The applicant applies to the call (the facts of its project) and submits on ``day``."""
    page.click('nav.site-nav a[href="/calls"]')
    page.locator("section.call", has_text=call_title).locator(f'a[data-apply="{ENTERPRISE.clause}"]').click()
    page.fill("#project_title", ENTERPRISE.project)
    for name, value in ENTERPRISE.facts.items():
        if value is True:
            page.select_option(f"#fact-{name}", "是")
        else:
            page.fill(f"#fact-{name}", str(value))
    page.click('form[data-form="apply"] button[type=submit]')
    page.wait_for_url(re.compile(r"/applications/\d+\?done="))
    found = re.search(r"/applications/(\d+)", page.url)
    assert found, page.url
    form = page.locator('form[data-action="submit"]')
    form.locator('input[name="business_date"]').fill(day)
    form.locator("button").click()
    page.wait_for_load_state()
    return int(found.group(1))


def _create_call(page: Any, title: str, closes: str) -> int:
    _go(page, "/office", "2026-03-02")
    page.fill("#title", title)
    page.fill("#clauses", "art2")
    page.fill("#budget", "1000万元")
    page.fill("#opens_on", "2026-03-02")
    page.fill("#closes_on", closes)
    page.fill("#rubric", RUBRIC)
    page.fill("#panel_size", "3")
    page.click("#create-call button[type=submit]")
    assert f"已创建申报批次「{title}」（草稿）" in _status(page)
    page.click("text=发布申报批次")
    assert "已发布，开始受理" in _status(page)
    found = re.search(r"/office/calls/(\d+)", page.url)
    assert found, page.url
    return int(found.group(1))


def test_the_demo_year_through_the_pages(page: Any, engine: Engine, screenshot: Any) -> None:
    shots: list[Path] = []

    # the officer publishes the year's call (and a second batch, open all year)
    _as(page, "officer")
    assert page.locator('nav.site-nav a[href="/office"]').count() == 1  # the header leads to the office
    call = _create_call(page, "2026年度人工智能+大健康专项扶持申报（第一批）", "2026-04-30")
    later = _create_call(page, "2026年度人工智能+大健康专项扶持申报（第二批）", "2026-12-31")
    shots.append(screenshot(page, "cycle-01-officer-call"))

    # finance appropriates the year's budget of the clause (approval commits against it)
    _as(page, "finance")
    page.goto(f"{page.base}/finance/appropriations")
    page.select_option("#line", f"{call}:art2")
    page.fill("#year", "2026")
    page.fill("#amount", "1000万元")
    page.fill("#memo", "宝财〔2026〕8号")
    page.click("#appropriate button[type=submit]")
    assert "已下达" in page.inner_text(".notice")

    # the applicant applies and submits on its pages
    _as(page, "staff_ba3")
    app_id = _apply(page, "2026年度人工智能+大健康专项扶持申报（第一批）", "2026-03-10")
    assert _app_state(page) == "已提交，等待形式审查" and _state(engine, app_id) == "submitted"

    # the officer returns it for 补正
    _as(page, "officer")
    _go(page, f"/office/calls/{call}/review", "2026-03-12")
    row = page.locator(f'tr[data-app="{app_id}"] form[data-action="return"]')
    row.locator("input[name=reason]").fill("缺少算力租赁合同的付款凭证，请补充")
    row.locator("button").click()
    assert "已退回补正" in _status(page) and _state(engine, app_id) == "returned"
    shots.append(screenshot(page, "cycle-02-officer-review"))

    # the applicant sees the 补正 request in its inbox and on the application, and resubmits
    _as(page, "staff_ba3")
    page.click("a.inbox-link")
    page.locator('table[data-table="inbox"] tr.unread', has_text=f"申报 {app_id}").locator("button").click()
    page.wait_for_url(re.compile(rf"/applications/{app_id}$"))
    assert _app_state(page) == "需补正材料" and "缺少算力租赁合同的付款凭证" in page.inner_text("section.correction")
    shots.append(screenshot(page, "cycle-02b-applicant-correction"))
    form = page.locator('form[data-action="resubmit"]')
    form.locator('input[name="business_date"]').fill("2026-03-16")
    form.locator("button").click()
    page.wait_for_url(re.compile(r"done="))
    assert _app_state(page) == "已提交，等待形式审查"

    _as(page, "officer")

    # the officer accepts, closes the call and draws a panel
    _go(page, f"/office/calls/{call}/review", "2026-03-17")
    page.locator(f'tr[data-app="{app_id}"] form[data-action="accept"] button').click()
    assert f"申报 {app_id} 形式审查通过" in _status(page)
    _go(page, f"/office/calls/{call}", "2026-05-06")
    page.click("text=截止申报批次")
    assert "已截止" in _status(page)
    _go(page, f"/office/calls/{call}/experts", "2026-05-06")
    form = page.locator(f'tr[data-app="{app_id}"] form[data-action="draw_panel"]')
    form.locator("input[name=seed]").fill("20260506")
    form.locator("button").click()
    drawn = _status(page)
    assert "评审专家已抽取" in drawn
    panel = [u for u in EXPERTS if f"专家{u[7:]}" in drawn or u in drawn]
    with tx(engine) as s:
        from subsidy.services.experts import current_panel

        panel = [u.username for _, u in current_panel(s, s.get_one(Application, app_id))]
    assert len(panel) == 3

    # each expert declares no conflict and scores, on the expert's own screens
    for n, expert in enumerate(panel):
        _as(page, expert)
        page.click('nav.site-nav a[href="/expert"]')
        page.click(f'tr[data-application="{app_id}"] a')
        page.check("input[name=decision][value=none]")
        page.click("#declaration button[type=submit]")
        assert "已声明无利害关系" in page.inner_text(".notice")
        page.fill("#score_tech", str(34 + n))
        page.fill("#score_team", "26")
        page.fill("#score_benefit", "25")
        page.fill("#applicant_comment", "算力使用与模型训练计划匹配")
        page.click("#scores button[type=submit]")
        assert "加权总分" in page.inner_text(".notice")
        if n == 0:
            shots.append(screenshot(page, "cycle-03-expert-scored"))

    # the officer completes the review, compares selections, applies one, publishes the 公示
    _as(page, "officer")
    _go(page, f"/office/calls/{call}/experts", "2026-05-11")
    page.locator(f'tr[data-app="{app_id}"] form[data-action="complete_review"] button').click()
    assert f"申报 {app_id} 评审完成" in _status(page) and _state(engine, app_id) == "scored"
    _go(page, f"/office/calls/{call}/selection", "2026-05-11")
    page.select_option("select[name=mode1]", "rank_order")
    page.fill("input[name=budget1]", "")
    page.select_option("select[name=mode2]", "proportional")
    page.fill("input[name=budget2]", "100万元")
    page.select_option("select[name=mode3]", "")
    page.select_option("select[name=mode4]", "")
    page.click("#what-if button[type=submit]")
    boxes = page.locator("section.scenario")
    assert boxes.count() == 2 and _state(engine, app_id) == "scored"  # comparing saved nothing
    assert "按比例核定系数：第二条 100.00%" in boxes.nth(1).inner_text()  # the clause as cited, not its id
    shots.append(screenshot(page, "cycle-04-officer-what-if"))
    boxes.nth(0).locator("form.apply-scenario button").click()
    assert "已按「按排名择优」完成遴选" in _status(page) and _state(engine, app_id) == "selected"
    _go(page, f"/office/calls/{call}/notice", "2026-05-12")
    page.click("#publish button")
    assert "公示" in _status(page) and _state(engine, app_id) == "in_notice"

    # an objection registered, then dismissed; approval after the notice period
    objection = page.locator(f'tr[data-app="{app_id}"] details')
    objection.locator("summary").click()
    objection.locator("input[name=filed_by]").fill("某同行企业")
    objection.locator("input[name=text]").fill("算力合同金额与发票不符")
    objection.locator("button").click()
    assert "已登记" in _status(page)
    dismiss = page.locator(f'tr[data-app="{app_id}"] form[data-action="dismiss"]')
    dismiss.locator("input[name=reason]").fill("经核对发票，金额相符")
    dismiss.locator("button").click()
    assert "不成立" in _status(page)
    shots.append(screenshot(page, "cycle-05-officer-notice"))
    _go(page, f"/office/calls/{call}/notice", "2026-05-25")
    page.locator(f'tr[data-app="{app_id}"] form[data-action="approve"] button').click()
    assert f"申报 {app_id} 已核定" in _status(page) and _state(engine, app_id) == "approved"
    with tx(engine) as s:
        award = s.scalars(select(Award).where(Award.application_id == app_id)).one()
        award_id, approved = award.id, award.approved_fen
    assert approved > 0

    # finance pays the first tranche after a confirmation
    _as(page, "finance")
    page.goto(f"{page.base}/finance/payments?business_date=2026-06-15")
    assert ENTERPRISE.name in page.inner_text("table[data-table=due]")
    page.click("#prepare")
    page.wait_for_url("**/finance/payments/confirm**")
    shots.append(screenshot(page, "cycle-06-finance-confirm"))
    page.click("#confirm-run button[type=submit]")
    page.wait_for_url("**/finance/payments?**")
    with tx(engine) as s:
        paid = list(s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payment")))
    assert len(paid) == 1

    # the auditor verifies the ledger and the log
    _as(page, "auditor")
    page.click('nav.site-nav a[href="/audit/ledger"]')
    assert ENTERPRISE.name in page.inner_text("main") or page.locator("table[data-table=ledger] tbody tr").count() > 0
    page.goto(f"{page.base}/audit/verify")
    assert "核验通过" in page.inner_text("#verify-result")
    shots.append(screenshot(page, "cycle-07-auditor-verify"))

    # the officer records a finding, terminates the award and decides a recovery of what was paid
    _as(page, "officer")
    _go(page, "/office/supervision", "2026-07-01")
    section = page.locator("section.award-file").first
    section.locator('form[data-op="finding"] input[name=text]').fill("算力租赁合同系虚构，付款凭证不实")
    section.locator('form[data-op="finding"] button').click()
    assert "已登记审计发现" in _status(page)
    section = page.locator("section.award-file").first
    section.locator("details summary").click()
    section.locator('form[data-op="terminate"] input[name=reason]').fill("申报材料不实，终止项目")
    section.locator('form[data-op="terminate"] button').click()
    assert f"奖励 {award_id} 已终止" in _status(page)
    section = page.locator("section.award-file").first
    section.locator("details summary").click()
    recover = section.locator('form[data-op="recover"]')
    recover.locator("input[name=amount]").fill(f"{paid[0].fen // 100}元")
    recover.locator("input[name=due]").fill("2026-08-31")
    recover.locator("input[name=reason]").fill("追回已拨付资金")
    recover.locator("button").click()
    assert "已决定追回" in _status(page)
    section = page.locator("section.award-file").first  # money owed, but receiving it is finance's: no button here
    assert "尚欠" in section.inner_text() and section.locator('form[data-op="receive"]').count() == 0
    shots.append(screenshot(page, "cycle-08-officer-supervision"))

    # finance registers the money received
    _as(page, "finance")
    page.goto(f"{page.base}/finance/payments?business_date=2026-08-20")
    receive = page.locator('table[data-table=recoveries] form[data-op="receive"]').first
    receive.locator("input[name=amount]").fill(f"{paid[0].fen // 100}元")
    receive.locator("input[name=ref]").fill("宝财缴〔2026〕31号")
    receive.locator("button").click()
    page.wait_for_url("**/finance/payments**")
    assert "尚欠 0元" in page.inner_text("main") or "没有待缴回的追回资金" in page.inner_text("main")
    shots.append(screenshot(page, "cycle-09-finance-received"))

    # the officer bars the enterprise
    _as(page, "officer")
    _go(page, "/office/supervision", "2026-08-24")
    section = page.locator("section.award-file").first
    section.locator("details summary").click()
    bar = section.locator('form[data-op="bar"]')
    bar.locator("input[name=until]").fill("2029-08-23")
    bar.locator("input[name=reason]").fill("以虚假材料骗取扶持资金，三年内不得申报")
    bar.locator("button").click()
    assert "已被取消申报资格至 2029-08-23" in _status(page)
    with tx(engine) as s:
        assert s.scalars(select(Sanction.kind).where(Sanction.award_id == award_id)).all()

    # the barred enterprise: its awards page, then its next application refused at submission
    _as(page, "staff_ba3")
    page.click('nav.site-nav a[href="/awards"]')
    shots.append(screenshot(page, "cycle-10-applicant-awards"))
    refused = _apply(page, "2026年度人工智能+大健康专项扶持申报（第二批）", "2026-09-01")
    said = page.inner_text("main")
    assert "取消申报资格" in said or "不得申报" in said or "限制" in said, said[:500]
    shots.append(screenshot(page, "cycle-11-applicant-refused"))
    assert _state(engine, refused) == "draft" and later
    for shot in shots:
        assert shot.stat().st_size > 10_000
