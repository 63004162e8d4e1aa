"""The fund office in a real browser (Debian's chromium), as the officer: create and publish a call;
accept one application and return another for 补正; draw a panel (the experts' declarations and scores
are entered through the services, as the experts would on their own screens) and complete the review;
compare selection scenarios side by side, then apply one; publish the 公示; register and resolve an
objection; approve after the notice period. Screenshots of each screen are saved (``screenshot``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_support import log_in
from fastapi import FastAPI
from office_support import PASSWORD, World, build
from sqlalchemy import Engine, select

from subsidy.services.experts import current_panel, declare, submit_scores
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, Award
from subsidy.web.app import create_app

pytestmark = pytest.mark.browser

DAY = "2026-05-06"


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


@pytest.fixture
def app(engine: Engine, db_url: str, world: World) -> FastAPI:
    application = create_app(db_url)
    application.state.engine = engine
    return application


def _state(engine: Engine, app_id: int) -> str:
    with session_scope(engine) as s:
        row = s.get(Application, app_id)
        assert row is not None
        return row.state


def _status(page: Any) -> str:
    text: str = page.locator("p.notice[role=status]").inner_text()
    return text


def _go(page: Any, path: str, day: str = DAY) -> None:  # the page's business date (a simulation database)
    page.goto(f"{page.base}{path}?business_date={day}")


def test_an_officer_runs_a_call_through_the_pages(page: Any, engine: Engine, world: World,
                                                  screenshot: Any) -> None:
    shots: list[Path] = []
    log_in(page, "wang", PASSWORD, next_path="/office")

    # a new call: created as a draft from the form, then published
    _go(page, "/office")
    page.fill("#title", "2026年度第二批人工智能+大健康扶持")
    page.fill("#clauses", "art2, art3")
    page.fill("#budget", "500万元")
    page.fill("#opens_on", "2026-05-06")
    page.fill("#closes_on", "2026-06-30")
    page.fill("#rubric", "tech:技术先进性:40:40\nteam:团队与管理:30:30\nbenefit:经济社会效益:30:30")
    page.fill("#panel_size", "3")
    shots.append(screenshot(page, "office-1-calls"))
    page.click("#create-call button[type=submit]")
    assert "已创建申报批次「2026年度第二批人工智能+大健康扶持」（草稿）" in _status(page)
    assert "草稿（未发布）" in page.inner_text("h1")
    page.click("text=发布申报批次")
    assert "已发布，开始受理" in _status(page) and "申报中" in page.inner_text("h1")

    # the year's call: its dashboard, then formal review
    _go(page, f"/office/calls/{world.call}")
    assert page.locator('tr[data-state="submitted"] td').first.inner_text() == "待形式审查"
    shots.append(screenshot(page, "office-2-dashboard"))
    _go(page, f"/office/calls/{world.call}/review")
    a, b = world.apps["submitted1"], world.apps["submitted2"]
    shots.append(screenshot(page, "office-3-review"))
    page.locator(f'tr[data-app="{a}"] form[data-action="accept"] button').click()
    assert f"申报 {a} 形式审查通过" in _status(page)
    row = page.locator(f'tr[data-app="{b}"] form[data-action="return"]')
    row.locator("input[name=reason]").fill("缺少项目预算表，请补充")
    row.locator("button").click()
    assert "补正期限 2026-05-19（按工作日计算）" in _status(page)
    assert "缺少项目预算表，请补充" in page.locator("#returned").inner_text()
    assert (_state(engine, a), _state(engine, b)) == ("accepted", "returned")

    # experts: draw with 回避, the experts declare and score (their own screens), complete
    _go(page, f"/office/calls/{world.call}/experts")
    target = world.apps["accepted"]
    form = page.locator(f'tr[data-app="{target}"] form[data-action="draw_panel"]')
    form.locator("input[name=seed]").fill("20260506")
    form.locator("button").click()
    said = _status(page)
    assert f"申报 {target} 第 1 轮评审专家已抽取" in said and "种子 " in said
    with session_scope(engine) as s:
        app = s.get(Application, target)
        assert app is not None
        for _member, expert in current_panel(s, app):
            declare(s, expert, app)
            submit_scores(s, expert, app, {"tech": "38", "team": "28", "benefit": "29"})
    page.reload()
    assert "3/3 已提交" in page.locator(f'tr[data-app="{target}"]').inner_text()
    shots.append(screenshot(page, "office-4-experts"))
    page.locator(f'tr[data-app="{target}"] form[data-action="complete_review"] button').click()
    assert f"申报 {target} 评审完成" in _status(page) and _state(engine, target) == "scored"

    # selection: two scenarios side by side, nothing saved; then apply the first
    _go(page, f"/office/calls/{world.call}/selection")
    page.select_option("select[name=mode1]", "rank_order")
    page.fill("input[name=budget1]", "")
    page.select_option("select[name=mode2]", "proportional")
    page.fill("input[name=budget2]", "800万元")
    page.select_option("select[name=mode3]", "")
    page.select_option("select[name=mode4]", "")
    page.click("#what-if button[type=submit]")
    boxes = page.locator("section.scenario")
    assert boxes.count() == 2
    assert "按排名择优" in boxes.nth(0).inner_text() and "按比例核减" in boxes.nth(1).inner_text()
    assert "拟支持 4 件" in boxes.nth(1).inner_text()  # 800万元 shared among all four
    assert {_state(engine, world.apps[k]) for k in ("scored1", "scored2", "scored3")} == {"scored"}
    shots.append(screenshot(page, "office-5-what-if"))
    boxes.nth(0).locator("form.apply-scenario button").click()
    assert "已按「按排名择优」完成遴选" in _status(page)
    shots.append(screenshot(page, "office-6-selected"))

    # 公示, an objection registered and dismissed, approval after the notice period
    _go(page, f"/office/calls/{world.call}/notice")
    page.click("#publish button")
    assert "2026-05-06 至 2026-05-12" in _status(page)
    first = world.apps["scored1"]
    objection = page.locator(f'tr[data-app="{first}"] details')
    objection.locator("summary").click()
    objection.locator("input[name=filed_by]").fill("某竞争企业")
    objection.locator("input[name=text]").fill("申报的研发人员数与社保记录不符")
    objection.locator("button").click()
    assert "已登记" in _status(page)
    shots.append(screenshot(page, "office-7-objection"))
    dismiss = page.locator(f'tr[data-app="{first}"] form[data-action="dismiss"]')
    dismiss.locator("input[name=reason]").fill("经核实社保记录，人数相符")
    dismiss.locator("button").click()
    assert "不成立" in _status(page)
    page.fill("#business_date", "2026-05-13")
    page.click(".business-date button")
    cell = page.locator(f'tr[data-app="{first}"]')
    assert "最高可核定 400万元" in cell.inner_text()
    cell.locator('form[data-action="approve"] button').click()
    assert f"申报 {first} 已核定 400万元" in _status(page)
    shots.append(screenshot(page, "office-8-approved"))
    with session_scope(engine) as s:
        assert s.scalars(select(Award.approved_fen).where(Award.application_id == first)).one() == 400 * 1_000_000

    # supervision of the award: a report asked for, a finding, payments suspended
    _go(page, "/office/supervision", "2026-06-01")
    award = page.locator("section.award-file").first
    award.locator('form[data-op="request_report"] button').click()
    assert "已要求提交跟踪报告" in _status(page)
    award = page.locator("section.award-file").first
    award.locator('form[data-op="finding"] input[name=text]').fill("研发人员数与社保记录不符")
    award.locator('form[data-op="finding"] button').click()
    assert "已登记审计发现" in _status(page)
    award = page.locator("section.award-file").first
    award.locator("details summary").click()
    award.locator('form[data-op="suspend"] input[name=reason]').fill("核查期间暂停拨付")
    award.locator('form[data-op="suspend"] button').click()
    assert "已暂停拨付" in _status(page)
    assert page.locator('section.award-file form[data-op="lift"]').count() == 1
    shots.append(screenshot(page, "office-9-supervision"))
    for shot in shots:
        assert shot.stat().st_size > 10_000
