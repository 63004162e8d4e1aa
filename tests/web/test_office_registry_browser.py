"""The office's register in a real browser: an officer registers an organisation and other support
through the page's forms and sees them listed (screenshot taken). SQLite and PostgreSQL (``db``)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import log_in
from fastapi import FastAPI
from office_support import PASSWORD, World, build
from sqlalchemy import Engine

from db_support import uscc
from subsidy.web.app import create_app

pytestmark = [pytest.mark.db, pytest.mark.browser]


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine, scored=0, submitted=1)


@pytest.fixture
def app(engine: Engine, db_url: str, world: World) -> FastAPI:
    application = create_app(db_url)
    application.state.engine = engine
    return application


def test_an_officer_registers_an_organisation_and_its_other_support_in_the_page(
        page: Any, world: World, screenshot: Any) -> None:
    log_in(page, "wang", PASSWORD, next_path="/office/organisations")
    form = page.locator("form[data-form=register]")
    form.locator("input[name=uscc]").fill(uscc(60))
    form.locator("input[name=name]").fill("页面登记科技有限公司")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"done="))
    assert "已登记单位「页面登记科技有限公司」" in page.locator("p.notice").inner_text()
    section = page.locator("section.org-file", has_text="页面登记科技有限公司")
    support = section.locator("form[data-op=support]")
    support.locator("input[name=programme]").fill("市级技术改造资助")
    support.locator("select[name=level]").select_option("city")
    support.locator("input[name=year]").fill("2025")
    support.locator("input[name=amount]").fill("50万元")
    support.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"done="))
    row = page.locator("section.org-file", has_text="页面登记科技有限公司").locator("tr[data-support]")
    assert "市级技术改造资助" in row.inner_text() and "市级" in row.inner_text()
    screenshot(page, "office-registry")
