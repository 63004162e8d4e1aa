"""One navigation for every role (web/render.ROLE_SCREENS): 我的工作台 and the header link each role
to its own screens, and every link a role is shown opens for it (200), never a refusal."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import build, login

from db_support import module_engine
from subsidy.web.app import create_app
from subsidy.web.render import header_screens, role_screens

pytestmark = pytest.mark.db

HOMES = {"applicant": ["/organisation", "/calls", "/applications", "/awards", "/matching"], "expert": ["/expert"], "officer": ["/office"], "finance": ["/finance"], "auditor": ["/audit/ledger"],
         "admin": ["/admin/users", "/office"]}


@pytest.fixture(scope="module")
def nav_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Engine, str]]:


    url, engine = module_engine(tmp_path_factory, "nav")
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
