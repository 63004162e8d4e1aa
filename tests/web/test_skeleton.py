"""The frame of the web application: pages in Chinese, assets served locally, one error envelope."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_home_leads_to_a_chinese_page_with_local_assets_only(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert '<html lang="zh-CN">' in r.text and "政策库" in r.text and "政策计算器" in r.text
    for url in re.findall(r'(?:href|src)="([^"]+)"', r.text):
        assert not url.startswith(("http:", "https:", "//")), url  # no CDN, no external font
    css = client.get("/static/app.css")
    assert css.status_code == 200 and "@media print" in css.text
    assert "@import" not in css.text and "url(http" not in css.text


def test_api_errors_have_one_envelope(client: TestClient) -> None:
    r = client.get("/api/no-such-thing")
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "not_found", "message": "找不到该页面或接口", "field": None}}
    r = client.delete("/api/openapi.json")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_unknown_page_is_a_chinese_error_page(client: TestClient) -> None:
    r = client.get("/no-such-page")
    assert r.status_code == 404
    assert "找不到该页面" in r.text and "Not Found" not in r.text


def test_openapi_is_served_and_the_docs_page_is_our_own(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in ("/docs", "/redoc"):
        assert "cdn" not in client.get(path).text.lower()
    page = client.get("/api/docs")
    assert page.status_code == 200 and "HTTP 接口说明" in page.text
    for url in re.findall(r'(?:href|src)="([^"]+)"', page.text):
        assert not url.startswith(("http:", "https:", "//")), url
    for path in schema["paths"]:
        assert path in page.text
    assert "invalid_input" in page.text
    for path, item in schema["paths"].items():  # every documented error is the envelope
        for method, op in item.items():
            for status, doc in op["responses"].items():
                if status.startswith("4"):
                    ref = doc["content"]["application/json"]["schema"]["$ref"]
                    assert ref.endswith("/ErrorEnvelope"), (method, path, status)


@pytest.mark.browser
def test_the_frame_renders_in_chromium(page: Any, screenshot: Any) -> None:
    page.goto(page.base + "/library")
    assert page.locator("header nav a").all_inner_texts() == ["政策计算器", "政策库"]
    assert screenshot(page, "frame").stat().st_size > 0
