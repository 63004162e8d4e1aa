"""The whole transition table of admin/workflow.py walked through the browser's one route,
``POST /applications/{id}/actions/{action}``: for every row and every role, on an application in the
row's source state —

- a role the row names gets 303 and the application is in the row's target state;
- any other role is refused (403 for the role, 409 for the state) and the application and the audit
  log are unchanged; an applicant of another organisation is refused on a row that names applicants;
- an action no module handles yet answers 404 to everyone and changes nothing; the test prints which
  actions have no handler (web/transitions.handled_actions(): the applicant's and the office's
  screens register theirs), so the walk is complete once every action has one.

``FORMS`` holds the fields a handler needs beyond the form token (a reason, an amount …)."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from staff_world import World, _application, build, in_notice, login

from db_support import module_engine, tx
from subsidy.admin.workflow import TRANSITIONS, Transition
from subsidy.demo.data import APPLICANTS, BA_OK
from subsidy.services import experts
from subsidy.services.access import ROLES
from subsidy.store.tables import Application, AuditRecord, Call, Objection, Organisation, User
from subsidy.web import transitions
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

FORMS: dict[str, dict[str, str]] = {
    "return": {"reason": "缺少项目预算表，请补正"},
    "reject": {"reason": "不符合申报条件"},
    "withdraw": {"reason": "本单位决定撤回"},
    "uphold_objection": {"reason": "异议成立，退回重新评审"},
    "approve": {"amount": "50万元"},
    "submit": {"business_date": "2026-04-10"},  # within the open call's period (a simulation database)
    "resubmit": {"business_date": "2026-04-15"},  # within the 补正 deadline
}
FACTS = {**BA_OK, **next(a.facts for a in APPLICANTS if a.key == "ba3")}  # an eligible art2 project of the demo

CELLS = [(t, role) for t in TRANSITIONS for role in ROLES]


@pytest.fixture(scope="module")
def walk_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Engine, World, dict[str, Any]]]:

    url, engine = module_engine(tmp_path_factory, "walk")
    world = build(engine)
    with tx(engine) as s:  # a call open for applications, for submit and resubmit
        closed = s.get_one(Call, world.call)
        opened = Call(**{c.key: getattr(closed, c.key) for c in Call.__table__.columns if c.key != "id"})
        opened.title, opened.state = "2026年度走查用申报批次", "open"
        s.add(opened)
        s.flush()
        world.open_call = opened.id
    app = create_app(url)
    app.state.engine = engine
    clients: dict[str, Any] = {}
    names = {"applicant": "applicant", "expert": world.panel[0], "officer": "officer", "finance": "finance",
             "auditor": "auditor", "admin": "admin"}
    for role in ROLES:
        c = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
        clients[role] = (c, login(c, names[role]))
    yield app, engine, world, clients
    for c, _ in clients.values():
        c.close()
    engine.dispose()


def _scored_panel(s: Session, app: Application) -> None:
    """The application (accepted) gets a panel drawn by the service; every member declares no conflict
    and scores: it is then in review with every score in, ready for 汇总专家评分."""
    officer = s.scalars(select(User).where(User.username == "officer")).one()
    drawn = experts.draw_panel_for(s, officer, app, rng=random.Random(app.id))
    for name in drawn.panel:
        expert = s.scalars(select(User).where(User.username == name)).one()
        experts.declare(s, expert, app)
        experts.submit_scores(s, expert, app, {"tech": 32, "team": 24, "benefit": 25})


def _applied(s: Session, world: World, org: Organisation, creator: User, *, resubmit: bool) -> int:
    """A draft of an eligible project in the open call made by the applicant's service (for ``submit``), or
    one submitted and returned for 补正 by the officer (for ``resubmit``)."""
    from subsidy.services.applications import create_application, submit
    from subsidy.services.formal_review import return_for_correction

    app = create_application(s, creator, call=s.get_one(Call, world.open_call), organisation=org, clause="art2",
                             project_title="走查项目（申报）", facts=FACTS)
    if resubmit:
        submit(s, creator, app, dt.date(2026, 4, 10))
        officer = s.scalars(select(User).where(User.username == "officer")).one()
        return_for_correction(s, officer, app, "缺少项目预算表，请补正", dt.date(2026, 4, 12))
    return app.id


def _fresh(engine: Engine, world: World, state: str, *, org_b: bool = False, action: str | None = None) -> int:
    """A new application of organisation A (or B) in ``state``, with what the row's action needs besides
    the state (``action``): the panel's declarations and scores for 汇总专家评分 (``complete_review``),
    the 公示 listing it for ``approve`` and ``uphold_objection``, and an objection to uphold."""
    with tx(engine) as s:
        s.info["business_date"] = dt.date(2026, 5, 6)
        call = s.get_one(Call, world.call)
        org = s.get_one(Organisation, world.org_b if org_b else world.org_a)
        creator = s.get_one(User, world.users["applicant_b" if org_b else "applicant"])
        if action in ("submit", "resubmit"):
            return _applied(s, world, org, creator, resubmit=action == "resubmit")
        if state == "in_review" and action == "complete_review":
            app = _application(s, call, org, creator, "accepted", "走查项目（in_review）")
            _scored_panel(s, app)
            return app.id
        app = _application(s, call, org, creator, state, f"走查项目（{state}）")
        if state == "in_notice":
            board = in_notice(s, call, app.id)
            if action == "uphold_objection":
                s.add(Objection(notice_id=board.id, application_id=app.id, filed_by="宝安医疗器械有限公司",
                                text="评分与材料不符", filed_on=dt.date(2026, 5, 8)))
                s.flush()
        return app.id


def _state_and_log(engine: Engine, app_id: int) -> tuple[str, int]:
    with tx(engine) as s:
        state = s.scalar(select(Application.state).where(Application.id == app_id))
        return str(state), int(s.scalar(select(func.count()).select_from(AuditRecord)) or 0)


def _said(html: str) -> str:
    """The error page's message (what a refused request was told)."""
    found = re.search(r'<p class="error-message"[^>]*>(.*?)</p>', html, flags=re.S)
    return found.group(1).strip() if found else html[:300]


def _post(client: TestClient, token: str, app_id: int, action: str) -> Any:
    return client.post(f"/applications/{app_id}/actions/{action}",
                       data={"csrf_token": token, **FORMS.get(action, {})})


def test_which_actions_have_a_handler() -> None:
    import importlib

    from subsidy.web.app import ROUTER_MODULES

    for name in ROUTER_MODULES:  # the screens' modules register their handlers when imported
        importlib.import_module(name)
    handled = transitions.handled_actions()
    every = sorted({t.action for t in TRANSITIONS})
    missing = [a for a in every if a not in handled]
    print(f"transition walk: {len(every)} actions, {len(every) - len(missing)} with a handler; "
          f"without one: {', '.join(missing) or 'none'}; {len(CELLS)} row × role cells walked with the real handlers "
          f"(test_the_route_allows_exactly_the_rows_roles), {len(APPLICANT_ROWS)} on another organisation's application")
    assert set(handled) <= set(every)


@pytest.mark.parametrize(("t", "role"), CELLS, ids=[f"{t.source}-{t.action}-{r}" for t, r in CELLS])
def test_the_route_allows_exactly_the_rows_roles(walk_world: tuple[FastAPI, Engine, World, dict[str, Any]],
                                                 t: Transition, role: str) -> None:
    _, engine, world, clients = walk_world
    client, token = clients[role]
    app_id = _fresh(engine, world, t.source, action=t.action)
    before = _state_and_log(engine, app_id)
    r = _post(client, token, app_id, t.action)
    if t.action not in transitions.handled_actions():
        assert r.status_code == 404, (r.status_code, r.text[:300])
        assert _state_and_log(engine, app_id) == before
        return
    if role in t.roles:
        assert r.status_code == 303, (r.status_code, _said(r.text))
        assert _state_and_log(engine, app_id)[0] == t.target
        return
    assert r.status_code in (403, 409), (r.status_code, r.text[:300])
    assert "只能由" in r.text or "不属于" in r.text or "不能" in r.text  # the refusal says why
    assert _state_and_log(engine, app_id) == before


APPLICANT_ROWS = [t for t in TRANSITIONS if "applicant" in t.roles]


@pytest.mark.parametrize("t", APPLICANT_ROWS, ids=[f"{t.source}-{t.action}" for t in APPLICANT_ROWS])
def test_an_applicant_cannot_move_another_organisations_application(
        walk_world: tuple[FastAPI, Engine, World, dict[str, Any]], t: Transition) -> None:
    _, engine, world, clients = walk_world
    client, token = clients["applicant"]
    app_id = _fresh(engine, world, t.source, org_b=True, action=t.action)
    before = _state_and_log(engine, app_id)
    r = _post(client, token, app_id, t.action)
    assert r.status_code in ((403,) if t.action in transitions.handled_actions() else (403, 404)), r.status_code
    assert _state_and_log(engine, app_id) == before


def test_the_route_checks_the_table_before_any_handler(walk_world: tuple[FastAPI, Engine, World, dict[str, Any]],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The same walk with a stand-in handler for every action (services/audit.move, nothing else): the
    route itself lets through exactly the rows' roles, whatever the handlers do."""
    from subsidy.services.audit import move

    def stand_in(s: Any, user: User, app: Application, form: Any, today: Any) -> None:
        move(s, app, form["_action"], user)

    monkeypatch.setattr(transitions, "_HANDLERS", dict.fromkeys({t.action for t in TRANSITIONS}, stand_in))
    _, engine, world, clients = walk_world
    checked = 0
    for t, role in CELLS:
        client, token = clients[role]
        app_id = _fresh(engine, world, t.source)
        before = _state_and_log(engine, app_id)
        r = client.post(f"/applications/{app_id}/actions/{t.action}", data={"csrf_token": token, "_action": t.action})
        if role in t.roles:
            assert r.status_code == 303 and r.headers["location"] == f"/applications/{app_id}", (t, role)
            assert _state_and_log(engine, app_id)[0] == t.target, (t, role)
        else:
            assert r.status_code == 403 and ("只能由" in r.text or "不能查看" in r.text), (t, role, r.status_code)
            assert _state_and_log(engine, app_id) == before, (t, role)
        checked += 1
    for t in APPLICANT_ROWS:  # another organisation's application, by id
        client, token = clients["applicant"]
        app_id = _fresh(engine, world, t.source, org_b=True)
        before = _state_and_log(engine, app_id)
        r = client.post(f"/applications/{app_id}/actions/{t.action}", data={"csrf_token": token, "_action": t.action})
        assert r.status_code == 403 and _state_and_log(engine, app_id) == before, (t, r.status_code)
        checked += 1
    print(f"transition walk with stand-in handlers: {checked} cells checked, 0 failed")
