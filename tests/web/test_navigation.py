"""One navigation for every role (web/render.ROLE_SCREENS): 我的工作台 and the header link each role
to its own screens, and every link a role is shown opens for it (200), never a refusal."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import build, login

from subsidy.web.app import create_app
from subsidy.web.render import header_screens, role_screens

pytestmark = pytest.mark.db

HOMES = {"applicant": ["/organisation", "/calls", "/applications", "/awards", "/matching"], "expert": ["/expert"], "officer": ["/office"], "finance": ["/finance"], "auditor": ["/audit/ledger"],
         "admin": ["/admin/users", "/office"]}


@pytest.fixture(scope="module")
def nav_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Engine, str]]:
    from sqlalchemy import text

    from subsidy.services.clock import set_mode
    from subsidy.settings import Settings
    from subsidy.store.db import make_engine, migrate, session_scope

    url = os.environ.get("SUBSIDY_TEST_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('nav') / 'n.sqlite3'}"
    if url.startswith("postgresql"):
        schema = f"t_{os.getpid()}_nav"
        admin = make_engine(Settings(url))
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        admin.dispose()
        engine = make_engine(Settings(url), connect_args={"options": f"-csearch_path={schema}"})
    else:
        engine = make_engine(Settings(url))
    migrate(engine)
    with session_scope(engine) as s:
        set_mode(s, "simulation")
    world = build(engine)
    app = create_app(url)
    app.state.engine = engine
    yield app, engine, world.panel[0]
    engine.dispose()


def _links(html: str, label: str) -> list[str]:
    block = re.search(rf'<nav class="{label}"[^>]*>(.*?)</nav>', html, flags=re.S)
    assert block, html[:1500]
    return re.findall(r'href="([^"?]+)', block.group(1))


@pytest.mark.parametrize("role", sorted(HOMES))
def test_each_role_is_led_to_its_screens(nav_app: tuple[FastAPI, Engine, str], role: str) -> None:
    app, _, expert = nav_app
    with TestClient(app, follow_redirects=False) as client:
        login(client, expert if role == "expert" else role)
        bench = client.get("/workbench").text
        shown = _links(bench, "staff-nav")
        assert shown == [path for _, path in role_screens(role)]
        assert set(HOMES[role]) <= set(shown)
        header = _links(bench, "site-nav")
        assert [p for p in header if p not in ("/calculator", "/library")] == HOMES[role]
        assert [path for _, path in header_screens(role)] == HOMES[role]
        for path in shown:  # every link opens, and leads on: the header, and the staff's nav on the staff's screens
            r = client.get(path)
            assert r.status_code == 200, (role, path, r.status_code)
            assert set(HOMES[role]) <= set(_links(r.text, "site-nav")), (role, path)
            if role != "applicant":
                assert _links(r.text, "staff-nav") == shown, (role, path)


def test_an_applicant_sees_none_of_the_staffs_links(nav_app: tuple[FastAPI, Engine, str]) -> None:
    app, _, _ = nav_app
    with TestClient(app, follow_redirects=False) as client:
        login(client, "applicant")
        bench = client.get("/workbench").text
        assert not re.search(r'href="/(office|finance|audit|admin|expert)', bench)
