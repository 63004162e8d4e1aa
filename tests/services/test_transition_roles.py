"""The whole transition table of admin/workflow.py, walked through the services: for every transition
and every role it does not name, the service that makes the transition refuses that role (an applicant
of the application's own organisation included), on an application in the transition's source state,
and changes nothing. A transition added to the table without a service here fails the test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from factories import WAN, add_application, add_call, add_org, add_user, adopt, tx, uscc
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from subsidy.admin.workflow import TRANSITIONS, Transition
from subsidy.errors import DomainRefusal
from subsidy.services import approval, experts, formal_review, notice, selection
from subsidy.services.access import ROLES
from subsidy.services.applications import submit, withdraw
from subsidy.store.tables import Application, AuditRecord, Call, Notice, Objection, User

DAY = dt.date(2026, 5, 6)


def _objection(s: Session, app: Application) -> Objection:
    board = Notice(call_id=app.call_id, published_on=DAY, ends_on=DAY + dt.timedelta(days=7),
                   application_ids=[app.id], closed=False)
    s.add(board)
    s.flush()
    objection = Objection(notice_id=board.id, application_id=app.id, filed_by="某单位", text="异议", filed_on=DAY)
    s.add(objection)
    s.flush()
    return objection


def _call(s: Session, app: Application) -> Call:
    found = s.get(Call, app.call_id)
    assert found is not None
    return found


SERVICES: dict[str, Callable[[Session, User, Application], Any]] = {
    "submit": lambda s, u, a: submit(s, u, a, DAY),
    "withdraw": lambda s, u, a: withdraw(s, u, a, DAY),
    "accept": lambda s, u, a: formal_review.accept(s, u, a, DAY),
    "return": lambda s, u, a: formal_review.return_for_correction(s, u, a, "缺材料", DAY),
    "reject": lambda s, u, a: formal_review.reject(s, u, a, "不符合", DAY),
    "resubmit": lambda s, u, a: formal_review.resubmit(s, u, a, DAY),
    "lapse": lambda s, u, a: formal_review.lapse(s, u, a, DAY),
    "draw_panel": lambda s, u, a: experts.draw_panel_for(s, u, a),
    "complete_review": lambda s, u, a: experts.complete_review(s, u, a),
    "select": lambda s, u, a: selection.run_selection(s, u, _call(s, a)),
    "reserve": lambda s, u, a: selection.run_selection(s, u, _call(s, a)),
    "not_select": lambda s, u, a: selection.run_selection(s, u, _call(s, a)),
    "promote": lambda s, u, a: selection.promote_reserve(s, u, _call(s, a)),
    "publish": lambda s, u, a: notice.publish_notice(s, u, _call(s, a), DAY),
    "uphold_objection": lambda s, u, a: notice.resolve_objection(s, u, _objection(s, a), outcome="upheld",
                                                                 resolution="成立", today=DAY),
    "approve": lambda s, u, a: approval.approve(s, u, a, amount_fen=50 * WAN, today=DAY),
}

CELLS = [(t, role) for t in TRANSITIONS for role in ROLES if role not in t.roles]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from subsidy.settings import Settings
    from subsidy.store.db import make_engine, migrate

    engine = make_engine(Settings(f"sqlite:///{tmp_path_factory.mktemp('walk') / 'walk.sqlite3'}"))
    migrate(engine)
    with tx(engine) as s:
        officer = add_user(s, "officer", "officer")
        own = add_org(s, "康养科技", 1)
        add_user(s, "applicant", "applicant", org=own)
        add_user(s, "expert", "expert", employer=uscc(90))
        for role in ("auditor", "admin", "finance"):
            add_user(s, role, role)
        call = add_call(s, adopt(s, officer))
        for t in TRANSITIONS:
            add_application(s, call, own, officer, state=t.source, score="80")
    return engine


def test_every_transition_has_a_service_here() -> None:
    assert sorted(SERVICES) == sorted({t.action for t in TRANSITIONS})


@pytest.mark.parametrize(("t", "role"), CELLS, ids=[f"{t.source}-{t.action}-{r}" for t, r in CELLS])
def test_the_service_refuses_a_role_the_table_does_not_name(world: Engine, t: Transition, role: str) -> None:
    with tx(world) as s:
        app = s.scalars(select(Application).where(Application.state == t.source).order_by(Application.id)).first()
        assert app is not None
        app_id, before = app.id, s.scalar(select(func.count()).select_from(AuditRecord))
    try:
        with tx(world) as s:
            actor = s.scalars(select(User).where(User.username == role)).one()
            target = s.get(Application, app_id)
            assert target is not None
            with pytest.raises(DomainRefusal) as refused:
                SERVICES[t.action](s, actor, target)
            raise _RolledBack(refused.value)
    except _RolledBack as done:
        refusal = done.refusal
    assert refusal.code in ("wrong_role", "not_your_application", "not_your_organisation"), (refusal.code, str(refusal))
    with tx(world) as s:
        assert s.get_one(Application, app_id).state == t.source
        assert s.scalar(select(func.count()).select_from(AuditRecord)) == before


def test_the_walk_covers_every_cell_of_the_table() -> None:
    refused = len(CELLS)
    allowed = sum(1 for t in TRANSITIONS for role in ROLES if role in t.roles)
    assert refused + allowed == len(TRANSITIONS) * len(ROLES)
    print(f"transition table: {len(TRANSITIONS)} transitions × {len(ROLES)} roles; {refused} refusals checked")


class _RolledBack(Exception):
    """Leaves the transaction by an error, so whatever the refused service did is rolled back."""

    def __init__(self, refusal: DomainRefusal) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal
