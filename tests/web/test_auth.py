"""Logging in and out in the browser's terms: the login form, the session cookie, 我的工作台, the
forced change of a one-time password, and the form token every state-changing request must carry
(refused with 403 and a Chinese message without it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from subsidy.services.passwords import hash_password
from subsidy.settings import Settings
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import AuditRecord, Organisation, User, UserSession
from subsidy.web.app import create_app
from subsidy.web.csrf import REFUSED

PASSWORD = "Kangyang-2026-ok"
ORG = "91440300000000001X"


def _accounts(url: str) -> None:
    engine = make_engine(Settings(url))
    digest = hash_password(PASSWORD)
    with session_scope(engine) as s:
        org = Organisation(uscc=ORG, name="康养科技有限公司", uscc_valid=True, profile={})
        s.add(org)
        s.flush()
        s.add_all([User(username="alice", display_name="张经理", role="applicant", organisation_id=org.id,
                        relations=[], password_hash=digest),
                   User(username="wang", display_name="王科长", role="officer", relations=[], password_hash=digest,
                        must_change_password=True)])
    engine.dispose()


@pytest.fixture
def app(sqlite_url: str) -> FastAPI:  # overrides tests/web/conftest.py's: a database with accounts
    _accounts(sqlite_url)
    return create_app(sqlite_url)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


def _token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def _login(client: TestClient, username: str = "alice", password: str = PASSWORD, **extra: str) -> Any:
    form = client.get("/login")
    return client.post("/login", data={"username": username, "password": password, "csrf_token": _token(form.text),
                                       **extra})


def _records(app: FastAPI) -> list[AuditRecord]:
    engine = make_engine(app.state.settings)
    with session_scope(engine) as s:
        found = list(s.scalars(select(AuditRecord).where(AuditRecord.action != "seal").order_by(AuditRecord.id)))
    engine.dispose()
    return found


def test_the_login_page_is_chinese_and_sets_only_a_protected_form_cookie(client: TestClient) -> None:
    r = client.get("/login")
    assert r.status_code == 200 and "<h1>登录</h1>" in r.text and "用户名" in r.text and "密码" in r.text
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("subsidy_csrf=") and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # plain http here; see the https test


def test_login_leads_to_the_workbench_with_role_and_organisation(client: TestClient, app: FastAPI) -> None:
    r = _login(client)
    assert r.status_code == 303 and r.headers["location"] == "/workbench"
    cookie = r.headers["set-cookie"]
    assert "subsidy_session=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    page = client.get("/workbench")
    assert page.status_code == 200 and "我的工作台" in page.text
    assert '<dd data-field="role">申报单位</dd>' in page.text
    assert '<dd data-field="organisation">康养科技有限公司</dd>' in page.text
    assert "张经理（申报单位）" in page.text and "退出登录" in page.text
    login = [r for r in _records(app) if r.action == "login"]
    assert len(login) == 1 and login[0].detail["via"] == {"channel": "web", "address": "testclient"}


def test_the_session_cookie_is_secure_over_https(app: FastAPI) -> None:
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as c:
        r = _login(c)
        assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


def test_a_failed_login_says_so_in_chinese_and_is_recorded(client: TestClient, app: FastAPI) -> None:
    r = _login(client, password="not-the-password")
    assert r.status_code == 401 and "用户名或密码不正确" in r.text and 'value="alice"' in r.text
    assert "subsidy_session" not in r.headers.get("set-cookie", "")
    assert client.get("/workbench").status_code == 303
    assert [(x.action, x.detail["reason"]) for x in _records(app)] == [("login_failed", "wrong_password")]


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_a_login_without_the_form_token_is_refused(client: TestClient, app: FastAPI, token: str | None) -> None:
    client.get("/login")  # the browser has its form cookie, the attacker's form has no or a wrong token
    data = {"username": "alice", "password": PASSWORD} | ({} if token is None else {"csrf_token": token})
    r = client.post("/login", data=data)
    assert r.status_code == 403 and REFUSED in r.text and "请刷新页面后重新提交" in r.text
    assert _records(app) == []  # nothing was tried


@pytest.mark.parametrize("token", [None, "forged-token", "the login form's"])
def test_a_logout_without_the_sessions_token_is_refused_and_changes_nothing(client: TestClient, app: FastAPI,
                                                                           token: str | None) -> None:
    form_token = _token(client.get("/login").text)
    _login(client)
    sent = {} if token is None else {"csrf_token": form_token if token == "the login form's" else token}
    r = client.post("/logout", data=sent)
    assert r.status_code == 403 and REFUSED in r.text
    assert client.get("/workbench").status_code == 200  # still logged in
    assert [x.action for x in _records(app)] == ["login"]


def test_logout_ends_the_session(client: TestClient, app: FastAPI) -> None:
    _login(client)
    cookie = client.cookies.get("subsidy_session")
    token = _token(client.get("/workbench").text)
    r = client.post("/logout", data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"] == "/login?bye=1"
    assert "已退出登录" in client.get("/login?bye=1").text
    client.cookies.set("subsidy_session", cookie or "")  # the old cookie, replayed
    r = client.get("/workbench")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fworkbench"
    assert [x.action for x in _records(app)] == ["login", "logout"]
    with session_scope(app.state.engine) as s:
        assert s.scalars(select(UserSession.end_reason)).one() == "logout"


def test_a_page_that_needs_a_login_sends_the_anonymous_there_and_back(client: TestClient) -> None:
    r = client.get("/workbench")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fworkbench"
    assert client.get("/api/no-such").status_code == 404  # the API is not redirected
    r = _login(client, next="/workbench?x=1")
    assert r.headers["location"] == "/workbench?x=1"


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_after_login_the_browser_goes_nowhere_but_this_site(client: TestClient, target: str) -> None:
    assert _login(client, next=target).headers["location"] == "/workbench"


def test_a_one_time_password_must_be_changed_first(client: TestClient, app: FastAPI) -> None:
    r = _login(client, username="wang")
    assert r.status_code == 303 and r.headers["location"] == "/password"
    assert client.get("/workbench").headers["location"] == "/password"
    page = client.get("/password")
    assert page.status_code == 200 and "一次性密码" in page.text
    token = _token(page.text)
    r = client.post("/password", data={"csrf_token": token, "current": PASSWORD, "new": "short", "again": "short"})
    assert r.status_code == 422 and "过短" in r.text
    r = client.post("/password", data={"csrf_token": token, "current": PASSWORD, "new": "Own-secret-2026",
                                       "again": "Own-secret-2026"})
    assert r.status_code == 303 and r.headers["location"] == "/workbench?changed=1"
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "密码已修改" in page.text and "业务科室" in page.text
    assert [x.action for x in _records(app)] == ["login", "change_password"]


def test_the_api_needs_no_form_token_without_a_session(client: TestClient) -> None:
    r = client.post("/api/assess", json={"policy": "no-such-policy", "facts": {}})
    assert r.status_code != 403


@pytest.mark.browser
def test_in_the_browser_login_the_workbench_and_logout(page: Any, screenshot: Any) -> None:
    page.goto(page.base + "/workbench")
    assert page.url.endswith("/login?next=%2Fworkbench")
    page.fill("#username", "alice")
    page.fill("#password", "not-the-password")
    page.click("button[type=submit]")
    assert page.locator(".error-message").inner_text() == "用户名或密码不正确"
    screenshot(page, "login-failed")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/workbench")
    assert page.locator("h1").inner_text() == "我的工作台"
    assert page.locator('dd[data-field="role"]').inner_text() == "申报单位"
    assert page.locator('dd[data-field="organisation"]').inner_text() == "康养科技有限公司"
    assert "张经理（申报单位）" in page.locator(".site-account").inner_text()
    screenshot(page, "workbench")
    page.click(".site-account button")
    page.wait_for_url("**/login?bye=1")
    assert "已退出登录" in page.locator(".notice").inner_text()
    assert page.locator(".site-account").inner_text().strip() == "登录"
    page.goto(page.base + "/workbench")
    assert "/login" in page.url
