"""政策草稿 in a real browser (Debian's chromium) on the demo database: the officer logs in, uploads a
policy text that ``policies/`` does not hold (柳河, tests/web/fixtures), sees the review report,
downloads the draft directory, opens the draft beside its text in the 政策库, edits one clause — a
broken edit is refused with the loader's line and the last good version kept, the fixed one saved —
and adopts it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from browser_support import demo_copy, log_in
from fastapi import FastAPI

from subsidy.services.passwords import DEMO_PASSWORD
from subsidy.web.app import create_app

pytestmark = pytest.mark.browser

TEXT = Path(__file__).resolve().parent / "fixtures" / "liuhe_key_industries_2023.txt"


@pytest.fixture(scope="module")
def demo_url(demo_database: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the demo database (tests/web/conftest.py's, built once a session) for this module."""
    return demo_copy(demo_database, tmp_path_factory.mktemp("demo"))


@pytest.fixture
def app(demo_url: str) -> FastAPI:  # overrides tests/web/conftest.py's: the demo database
    return create_app(demo_url)


def test_officer_uploads_reviews_edits_and_adopts_a_draft(page: Any, screenshot: Any) -> None:
    log_in(page, "officer", DEMO_PASSWORD)

    page.goto(f"{page.base}/library")
    page.click("a[href='/drafts']")
    page.wait_for_url("**/drafts")
    page.set_input_files("#file", {"name": "政策.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7 ..."})
    page.fill("#policy_id", "cn-jl-liuhe-draft")
    page.click("form[action='/drafts'] button[type=submit]")
    refused = page.locator("p.error-message")
    refused.wait_for()
    assert "只接受 .txt 文本文件" in refused.inner_text()
    assert page.input_value("#policy_id") == "cn-jl-liuhe-draft"  # what was typed is kept
    screenshot(page, "0-wrong-type")
    page.set_input_files("#file", str(TEXT))
    page.fill("#policy_id", "cn-jl-liuhe-draft")
    page.click("form[action='/drafts'] button[type=submit]")
    page.wait_for_url("**/drafts/*/report")
    assert "柳河" in page.inner_text("h1")
    report = page.frame_locator("iframe.review-frame")
    assert "起草审核报告" in report.locator("h1").inner_text()
    assert "含金额但没有条款计算的句子" in report.locator("h2").first.inner_text()  # listed first
    assert report.locator("td[style*=background]").count() > 20  # every sentence coloured by its reading
    screenshot(page, "1-report")

    with page.expect_download() as got:
        page.click("a[href$='/download']")
    archive = zipfile.ZipFile(io.BytesIO(Path(got.value.path()).read_bytes()))
    names = set(archive.namelist())
    assert {"cn-jl-liuhe-draft/source.txt", "cn-jl-liuhe-draft/policy.yaml", "cn-jl-liuhe-draft/review.html"} <= names
    assert archive.read("cn-jl-liuhe-draft/source.txt") == TEXT.read_bytes()

    page.click("text=在政策库中对照原文审核")
    page.wait_for_selector(".draft-banner")
    assert page.inner_text(".policy-meta .badge") == "草稿（待审核）"
    assert page.locator("pre.source-text mark.funded").count() > 10  # the text beside its clauses
    assert page.locator(".check-ok").count() == 1
    page.locator("mark.funded").first.click()
    panel = page.locator(".clause-panel.active").first
    assert "第2条第1款" in panel.inner_text()
    screenshot(page, "2-draft-in-library")
    panel.locator("a.edit-clause").click()
    page.wait_for_selector("textarea#text")
    original = page.input_value("textarea#text")
    assert "id: art2-1" in original

    page.fill("textarea#text", original.replace("kind: monetary", "kind: monetry", 1))
    page.click("text=保存并检查")
    error = page.locator(".load-error")
    error.wait_for()
    message = error.inner_text()
    assert "未保存" in message and "clauses/art2.yaml 第 7 行" in message and "monetry" in message, message
    assert "kind: monetry" in page.locator(".error-lines .bad-line").inner_text()
    screenshot(page, "3-load-error")

    fixed = page.input_value("textarea#text").replace("kind: monetry", "kind: monetary", 1).replace(
        "title: 重点产业新上的工业类项目（不含采矿、矿产品初加工", "title: 工业类项目固定资产投资奖励", 1)
    page.fill("textarea#text", fixed)
    page.click("text=保存并检查")
    page.wait_for_selector(".draft-banner")
    assert "已保存 clauses/art2.yaml" in page.inner_text("p.notice")
    assert page.locator(".check-ok").count() == 1
    assert "工业类项目固定资产投资奖励" in page.inner_text("#clause-art2-1")
    history = page.inner_text(".draft-history")
    assert "修改政策草稿 clauses/art2.yaml（第 2 版）" in history
    screenshot(page, "4-saved")

    page.fill("#effective_from", "2026-12-01")
    page.click("text=采用本政策")
    page.wait_for_selector("p.notice")
    assert "已采用" in page.inner_text("p.notice")
    assert page.inner_text(".policy-meta .badge") == "已采用"
    assert page.locator("a.edit-clause").count() == 0  # an adopted draft is not edited any more
    screenshot(page, "5-adopted")
