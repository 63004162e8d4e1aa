"""The fund office's screens attacked as a hostile client (issue 11): ids no row can have in every
route's address, forms posted by a role that may not, forged or missing form tokens, replayed forms,
hostile text shown back (pages, the auditor's log, Excel exports) and oversized requests. Every answer
is a 4xx with a Chinese message, and nothing is written that should not be."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import World, build, login
from test_access_matrix import app_routes

from subsidy.web.app import create_app

pytestmark = pytest.mark.db


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


@pytest.fixture
def web(engine: Engine, world: World, db_url: str) -> FastAPI:
    app = create_app(db_url)
    app.state.engine = engine
    return app


@pytest.fixture
def client(web: FastAPI) -> Iterator[TestClient]:
    with TestClient(web, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)))


def _id_routes(app: FastAPI) -> list[tuple[str, str]]:
    return sorted((m, p) for m, p in app_routes(app)
                  if "{" in p and not p.startswith(("/api/", "/library", "/calculator", "/static")))


@pytest.mark.parametrize("who", ["officer", "admin"])
def test_an_id_no_row_can_have_is_refused_on_every_route(client: TestClient, web: FastAPI, who: str) -> None:
    """``POST /applications/10**30/actions/submit`` was a 500 (the database's integer overflowed), as
    were the drafts', the calls', the objections' and the accounts' routes; now every one is a 4xx
    page in words (no parameter's key)."""
    token = login(client, who)
    routes = _id_routes(web)
    assert len(routes) > 20
    seen = []
    for method, path in routes:
        for bad in (str(10**30), "0", "-1"):
            url = re.sub(r"\{[^}]+\}", bad, path.replace("{action}", "submit").replace("{operation}", "withdraw"))
            r = client.request(method, url, data={"csrf_token": token} if method != "GET" else None)
            seen.append((method, path, bad, r.status_code))
            assert 400 <= r.status_code < 500, (method, url, r.status_code, _text(r.text)[-400:])
            assert "_id" not in _text(r.text), (method, url, _text(r.text)[-400:])
    assert any(s == 422 and p.startswith("/drafts") for _, p, _, s in seen)


def test_an_oversized_request_is_refused_with_413_in_words_before_the_form_is_read(
        engine: Engine, world: World, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """csrf.protect read the whole multipart form of any POST before a route's own size check: a
    body far beyond every upload is now refused while it is read (a 413 page in Chinese), on every
    route, and ``SUBSIDY_DOCUMENT_MAX_BYTES`` is honoured by an application given its database URL
    (``subsidy serve`` makes it so)."""
    from subsidy.settings import load_settings
    from subsidy.web.app import FORM_OVERHEAD, request_limit

    monkeypatch.setenv("SUBSIDY_DOCUMENT_MAX_BYTES", str(6 * 1024 * 1024))
    app = create_app(db_url)
    app.state.engine = engine
    assert app.state.settings.documents_max_bytes == 6 * 1024 * 1024
    limit = request_limit(app.state.settings)
    assert limit == 6 * 1024 * 1024 + FORM_OVERHEAD
    assert request_limit(load_settings({})) > 20 * 1024 * 1024
    big = b"x" * (limit + 1)
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        token = login(c, "applicant")
        for path in (f"/applications/{world.by_state['draft']}/documents", "/finance/appropriations", "/login"):
            r = c.post(path, data={"csrf_token": token}, files={"file": ("a.pdf", big, "application/pdf")})
            assert r.status_code == 413, (path, r.status_code, _text(r.text)[-300:])
            assert "超过" in _text(r.text) and "MB" in _text(r.text), _text(r.text)[-300:]
        chunked = c.post("/finance/appropriations", content=iter([big[:limit], b"--z--"]),  # no Content-Length
                         headers={"content-type": "multipart/form-data; boundary=z", "x-csrf-token": token})
        assert chunked.status_code == 413 and "超过" in _text(chunked.text), (chunked.status_code, _text(chunked.text)[-300:])
        r = c.post("/api/assess", content=big, headers={"content-type": "application/json"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_an_id_no_row_can_have_in_a_form_field_is_a_4xx(client: TestClient, world: World) -> None:
    """A form's id fields were passed to the database unbounded: ``POST /office/objections`` with
    ``application_id=10**30`` (and the batch's ``ids``, a call's ``adopted_policy_id``, a sanction's
    ``finding``, a report's ``tranche``) was a 500."""
    huge = str(10**30)
    token = login(client, "officer")
    for path, form, says in (
            ("/office/objections", {"application_id": huge, "text": "异议"}, "申报编号"),
            ("/office/batch", {"ids": huge, "batch_action": "accept"}, "申报编号"),
            ("/office/calls", {"adopted_policy_id": huge, "year": "2026", "title": "批次"}, "政策"),
            (f"/office/supervision/suspend/{world.award}", {"finding": huge, "reason": "理由"}, "审计发现"),
            (f"/office/supervision/request_report/{world.award}", {"tranche": huge}, "付款期")):
        r = client.post(path, data={**form, "csrf_token": token})
        assert 400 <= r.status_code < 500, (path, r.status_code, _text(r.text)[-300:])
        assert says in _text(r.text) and huge[:20] in _text(r.text), (path, _text(r.text)[-300:])


def test_a_production_database_takes_no_business_date_from_a_form(production_engine: Engine, db_url: str) -> None:
    """docs/web.md: "a production database acts on today's date". A forged ``business_date`` between
    the last recorded action and today was honoured (``POST /applications/{id}/actions/accept`` with
    ``business_date=2026-05-06`` was recorded on that day, as was a payment run): refused now, nothing
    written, on the action routes, the finance's and the office's forms and the pages' clocks."""
    from db_support import snapshot
    from subsidy.services.clock import china_today
    from subsidy.web.deps import now

    world = build(production_engine)
    app = create_app(db_url)
    app.state.engine = production_engine
    backdated = "2026-05-06"  # the world's last recorded business date: the clock's check lets it pass
    with (TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c,
          TestClient(app, raise_server_exceptions=False, follow_redirects=False) as f):
        token, money = login(c, "officer"), login(f, "finance")
        before = snapshot(production_engine)
        for path, form in ((f"/applications/{world.by_state['submitted']}/actions/accept", {}),
                           (f"/office/supervision/request_report/{world.award}", {})):
            r = c.post(path, data={**form, "csrf_token": token, "business_date": backdated})
            assert r.status_code == 422 and "正式数据库" in _text(r.text), (path, r.status_code, _text(r.text)[-300:])
        assert c.get(f"/office/calls/{world.call}/review", params={"business_date": backdated}).status_code == 422
        r = f.post("/finance/payments/run", data={"tranche": str(world.tranche), "csrf_token": money,
                                                   "business_date": backdated})
        assert "正式数据库" in unquote(r.headers.get("location", "")), r.headers
        assert snapshot(production_engine) == before
        today = china_today(now()).isoformat()  # today's own date is no trick
        r = f.post("/finance/payments/run", data={"tranche": str(world.tranche), "csrf_token": money,
                                                   "business_date": today})
        assert r.status_code == 303 and "本次拨付 1 期" in unquote(r.headers["location"])


def _says(page: str, label: str, bad: str) -> bool:
    """The refusal names the field (free_text), or, for a control character, says there is one (web/fields.py)."""
    control = any(ord(ch) < 32 for ch in bad)
    return ("控制字符" in _text(page)) if control else (label in _text(page))


@pytest.mark.parametrize("bad", ["长" * 2001, "理由\x07响铃", "理由\u202e反向", "理由\x1b[31m"])
def test_over_long_or_control_character_text_is_refused_and_nothing_is_written(
        client: TestClient, web: FastAPI, world: World, engine: Engine, bad: str) -> None:
    """A budget memo, a return's and a sanction's reason, and an objection kept any text: 5000
    characters with a bell, an escape sequence or a right-to-left override (which makes the auditor's
    log read otherwise than it was written) were recorded. Refused now with 422 in words
    (services/texts.free_text, as an expert's comment already was); a control character is refused
    before any handler by web/fields.py, which names no form's label, only that the text holds one."""
    from db_support import snapshot

    with TestClient(web, raise_server_exceptions=False, follow_redirects=False) as f:
        officer, finance = login(client, "officer"), login(f, "finance")
        before = snapshot(engine)
        r = f.post("/finance/appropriations", data={"line": f"{world.call}:art2", "year": "2027", "amount": "1万元",
                                                    "memo": bad, "key": "m1", "csrf_token": finance})
        assert r.status_code == 422 and _says(r.text, "备注", bad), (r.status_code, _text(r.text)[-300:])
    for path, form, says in (
            (f"/applications/{world.by_state['submitted']}/actions/return", {"reason": bad}, "理由"),
            (f"/office/supervision/suspend/{world.award}", {"reason": bad}, "理由"),
            ("/office/objections", {"application_id": str(world.by_state["in_notice"]), "text": bad}, "异议")):
        r = client.post(path, data={**form, "csrf_token": officer})
        assert r.status_code == 422 and _says(r.text, says, bad), (path, r.status_code, _text(r.text)[-300:])
    assert snapshot(engine) == before


def test_an_id_no_row_can_have_in_the_query_is_a_4xx(client: TestClient) -> None:
    """``GET /audit/ledger?call=10**30`` was a 500 (and its Excel export)."""
    login(client, "auditor")
    for path in ("/audit/ledger", "/audit/ledger.xlsx"):
        for bad in (str(10**30), "0", "x"):
            r = client.get(path, params={"call": bad})
            assert r.status_code == 422 and "不是任何记录的编号" in _text(r.text), (path, bad, r.status_code)
    assert client.get("/audit/ledger", params={"call": "1"}).status_code == 200
