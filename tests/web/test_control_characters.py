"""Control characters in any form or query field, on every route that takes a form (web/fields.py, one
check installed for the whole application): refused with 422 and a Chinese message before any handler
runs, and nothing in the database changes — the NUL that PostgreSQL cannot store was a 500 before."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from staff_world import build, login
from test_access_matrix import app_routes

from db_support import module_engine, snapshot
from subsidy.web.app import create_app
from subsidy.web.fields import has_control

CONTROL = st.characters(categories=["Cc"]).filter(lambda c: c not in "\t\n\r")
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


def hostile() -> st.SearchStrategy[str]:
    """Text with at least one control character somewhere."""
    return st.tuples(TEXT, CONTROL, TEXT).map(lambda t: "".join(t))


@given(TEXT.filter(lambda t: not any((c < " " and c not in "\t\n\r") or "\x7f" <= c <= "\x9f" for c in t)))
def test_ordinary_text_passes(value: str) -> None:
    assert not has_control(value + "\t\n\r第一行\n第二行")


@given(hostile())
def test_any_control_character_is_found(value: str) -> None:
    assert has_control(value)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Engine, TestClient, str]]:

    url, engine = module_engine(tmp_path_factory, "controls")
    build(engine)
    app = create_app(url)
    app.state.engine = engine
    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    token = login(client, "officer")
    yield app, engine, client, token
    client.close()
    engine.dispose()


def _post_paths(app: FastAPI) -> list[str]:
    """Every POST route but the API's (whose bodies are the API's models' and upload's: web/fields.py)."""
    fill = {"action": "accept", "operation": "finding"}
    return sorted(re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), "1"), path)
                  for method, path in app_routes(app) if method == "POST" and not path.startswith("/api/"))


def _changes(engine: Engine) -> dict[str, object]:
    state: dict[str, object] = dict(snapshot(engine))
    state.pop("user_sessions")
    return state


FIELDS = ["reason", "text", "amount", "title", "username", "business_date", "note", "csrf_token_extra"]


@pytest.mark.db
def test_every_form_route_refuses_control_characters(office: tuple[FastAPI, Engine, TestClient, str]) -> None:
    app, engine, client, token = office
    paths = _post_paths(app)
    before = _changes(engine)
    seen: set[str] = set()

    @settings(max_examples=5 * len(paths), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(path=st.sampled_from(paths), field=st.sampled_from(FIELDS), value=hostile(), in_key=st.booleans(),
           multipart=st.booleans())
    def one(path: str, field: str, value: str, in_key: bool, multipart: bool) -> None:
        in_key = in_key and not multipart  # a multipart part's name travels in a header: not every byte arrives
        data = {"csrf_token": token, (field + value if in_key else field): "正常" if in_key else value}
        if multipart:
            r = client.post(path, data=data, files={"upload": ("a.csv", b"x", "text/csv")})
        else:
            r = client.post(path, data=data)
        assert r.status_code == 422, (path, field, value, r.status_code, r.text[:300])
        assert "控制字符" in r.text, r.text[:300]
        seen.add(path)

    one()
    assert _changes(engine) == before
    print(f"control characters: {len(paths)} form routes, {len(seen)} tried, every one refused with 422")
    assert len(seen) > len(paths) // 2


@pytest.mark.db
@pytest.mark.parametrize("path", ["/office", "/library", "/calculator", "/audit/ledger", "/api/policies"])
def test_a_query_with_a_control_character_is_refused(office: tuple[FastAPI, Engine, TestClient, str],
                                                     path: str) -> None:
    _, _, client, _ = office
    r = client.get(path, params={"business_date": "2026-05-06\x00"})
    assert r.status_code == 422 and "控制字符" in r.text, (r.status_code, r.text[:300])
    assert client.get(path, params={"q": "第一行\t第二行"}).status_code in (200, 303)
