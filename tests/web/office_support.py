"""A database for the office screens' tests (tests/web/test_office*.py): accounts with passwords (an
officer, an administrator, an applicant, an auditor, finance, five experts), the Bao'an policy adopted,
one open call and applications in the states the queues show, built with the decision tests' factories
(tests/services/factories.py) and the services; a logged-in TestClient per role."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from factories import (
    WAN,
    add_application,
    add_call,
    add_org,
    add_user,
    adopt,
    review,
    tx,
    uscc,
)

from subsidy.services.passwords import hash_password
from subsidy.store.tables import User

__all__ = ["PASSWORD", "WAN", "World", "build", "login", "token"]

PASSWORD = "Kangyang-2026-ok"
EXPERTS = ("zhang", "li", "zhao", "qian", "sun")


class World:
    def __init__(self, call: int, apps: dict[str, int], orgs: dict[str, int]) -> None:
        self.call, self.apps, self.orgs = call, apps, orgs


def _password(s: Any, *users: User) -> None:
    digest = hash_password(PASSWORD)
    for u in users:
        u.password_hash = digest


def build(engine: Engine, *, scored: int = 3, submitted: int = 2) -> World:
    """Accounts, the policy, an open call (budget 1000万元, panels of 3, 公示 5 working days) and
    applications: ``submitted`` 待形式审查, one accepted, ``scored`` reviewed for real by the experts
    (scores 90, 80, 70 …, ceilings 400万元 each)."""
    with tx(engine) as s:
        officer = add_user(s, "wang", "officer", name="王科长")
        people = [officer, add_user(s, "root", "admin", name="系统管理员"), add_user(s, "shen", "auditor", name="审计沈"),
                  add_user(s, "cai", "finance", name="财务蔡")]
        orgs = {f"org{n}": add_org(s, f"宝安第{n}科技有限公司", n) for n in range(1, 8)}
        people.append(add_user(s, "alice", "applicant", name="张经理", org=orgs["org1"]))
        for n, name in enumerate(EXPERTS, start=1):
            people.append(add_user(s, name, "expert", name=f"专家{name}", employer=uscc(80 + n)))
        _password(s, *people)
        call = add_call(s, adopt(s, officer), budget_wan=1000, panel_size=3)
        apps: dict[str, int] = {}
        for n in range(1, submitted + 1):
            apps[f"submitted{n}"] = add_application(s, call, orgs[f"org{n}"], officer, state="submitted").id
        apps["accepted"] = add_application(s, call, orgs["org3"], officer, state="accepted").id
        for n in range(1, scored + 1):
            apps[f"scored{n}"] = add_application(s, call, orgs[f"org{3 + n}"], officer, state="accepted",
                                                 ceiling_wan=400).id
        call_id = call.id
        org_ids = {k: v.id for k, v in orgs.items()}
    for n in range(1, scored + 1):
        review(engine, "wang", apps[f"scored{n}"], 100 - 10 * n, seed=n)
    return World(call_id, apps, org_ids)


def token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html[:2000]
    return found.group(1)


def login(client: TestClient, username: str) -> str:
    """Log ``client`` in as ``username``; returns the session's form token."""
    form = client.get("/login")
    r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token(form.text)})
    assert r.status_code == 303, r.text
    return token(client.get("/workbench").text)
