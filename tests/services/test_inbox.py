"""Notices to applicants (services/inbox.py): every transition of the workflow table that must notify
does, in the same transaction, and no other; payments and sanctions notify; no notice carries anything
of the decision (reasons, amounts, comments), whatever the record's details say; the inbox is the
organisation's own; a notice read stays sealed in the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from subsidy.admin.workflow import TRANSITIONS, Transition
from subsidy.errors import DomainRefusal
from subsidy.services import audit, inbox, sanctions
from subsidy.services.audit import move, record
from subsidy.store.db import session_scope
from subsidy.store.tables import (
    Application,
    Award,
    Call,
    Organisation,
    OutboxMessage,
    Sanction,
    Tranche,
    User,
)

pytestmark = pytest.mark.db

NOTIFYING = {"accept", "return", "select", "promote", "publish", "uphold_objection", "approve"}
"""The transitions after which the applicant must be told (accepted, 补正, selected, 公示, approved):
written out here, independently of services/inbox.py."""
SECRET = "内部意见：材料存疑，拟核减至 12.34万元"


def _world(engine: Engine) -> dict[str, int]:
    from db_support import uscc
    from subsidy.services.policies import adopt_policy

    with session_scope(engine) as s:
        officer = User(username="officer", display_name="王科长", role="officer", relations=[])
        s.add(officer)
        s.flush()
        adopted = adopt_policy(s, officer, "cn-sz-baoan-ai-health", dt.date(2026, 1, 1))
        orgs = [Organisation(uscc=uscc(n), name=f"单位{n}", uscc_valid=True, profile={}) for n in (1, 2)]
        s.add_all(orgs)
        s.flush()
        s.add_all([User(username=f"staff{o.id}", display_name=f"专员{o.id}", role="applicant", organisation_id=o.id,
                        relations=[]) for o in orgs])
        call = Call(adopted_policy_id=adopted.id, year=2026, title="批次", clauses=["art2"], budget_fen=10**9,
                    opens_on=dt.date(2026, 3, 2), closes_on=dt.date(2026, 4, 30), required_documents={}, rubric=[],
                    panel_size=3, notice_working_days=5, state="open")
        s.add(call)
        s.flush()
        return {"call": call.id, "org": orgs[0].id, "other": orgs[1].id, "officer": officer.id}


@pytest.fixture
def world(engine: Engine) -> dict[str, int]:
    return _world(engine)


def _app(s: Session, w: dict[str, int], state: str) -> Application:
    app = Application(call_id=w["call"], organisation_id=w["org"], clause_id="art2", project_title="智能诊断项目",
                      facts={}, state=state, created_by=w["officer"])
    s.add(app)
    s.flush()
    return app


def _actor(s: Session, t: Transition) -> User:
    role = next(r for r in t.roles if r != "system")
    name = "officer" if role == "officer" else "staff"
    return next(u for u in s.scalars(select(User)) if u.role == role and u.username.startswith(name))


def _messages(s: Session) -> list[OutboxMessage]:
    return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def _expected_text(app: Application, label: str) -> str:
    return f"您单位的申报 {app.id}「{app.project_title}」状态更新为「{label}」，请查看详情。"


SECRET_DETAIL: dict[str, Any] = {"reason": SECRET, "note": SECRET, "comment": SECRET, "external_comment": SECRET,
                                 "resolution": SECRET, "proposed_fen": 123_400, "approved_fen": 123_400}


@pytest.mark.parametrize("t", TRANSITIONS, ids=lambda t: f"{t.source}-{t.action}")
def test_every_transition_that_must_notify_does_and_no_other(engine: Engine, world: dict[str, int],
                                                             t: Transition) -> None:
    from subsidy.admin.workflow import STATES

    with session_scope(engine) as s:
        app = _app(s, world, t.source)
        move(s, app, t.action, _actor(s, t), **SECRET_DETAIL)
        app_id, text = app.id, _expected_text(app, STATES[t.target].applicant_label)
    with session_scope(engine) as s:
        found = _messages(s)
        if t.action not in NOTIFYING:
            assert found == []
            return
        (msg,) = found
        assert (msg.organisation_id, msg.application_id, msg.event) == (world["org"], app_id, t.target)
        assert msg.link == f"/applications/{app_id}" and msg.subject == f"application:{app_id}"
        assert msg.text == text and SECRET not in msg.text and "12.34" not in msg.text and "1,234" not in msg.text
        assert msg.read_at is None


def test_a_refused_transition_writes_no_notice(engine: Engine, world: dict[str, int]) -> None:
    with pytest.raises(DomainRefusal), session_scope(engine) as s:
        app = _app(s, world, "submitted")
        move(s, app, "accept", next(u for u in s.scalars(select(User)) if u.role == "applicant"))
    with session_scope(engine) as s:
        assert _messages(s) == []


def _award(s: Session, w: dict[str, int]) -> tuple[Application, Award, Tranche]:
    app = _app(s, w, "approved")
    award = Award(application_id=app.id, approved_fen=1_000_000, ceiling_fen=1_000_000, schedule=[], payee="applicant",
                  approved_on=dt.date(2026, 6, 10), approved_by=w["officer"])
    s.add(award)
    s.flush()
    tranche = Tranche(award_id=award.id, number=1, fen=1_000_000, due_year=2026, state="paid", paid_seq=1)
    s.add(tranche)
    s.flush()
    return app, award, tranche


def test_a_payment_and_every_kind_of_sanction_notify_without_the_decision(engine: Engine,
                                                                           world: dict[str, int]) -> None:
    with session_scope(engine) as s:
        officer = s.get_one(User, world["officer"])
        app, award, tranche = _award(s, world)
        record(s, officer, "pay", f"tranche:{tranche.id}", from_state="scheduled", to_state="paid", fen=tranche.fen,
               payee=award.payee, memo=SECRET)
        sanctions.suspend(s, officer, award, SECRET, dt.date(2026, 9, 1))
        sanctions.bar(s, officer, s.get_one(Organisation, world["org"]), dt.date(2029, 9, 1), SECRET, dt.date(2026, 9, 2))
        for kind in ("terminate", "recover"):
            row = Sanction(organisation_id=world["org"], award_id=award.id, kind=kind, reason=SECRET,
                           decided_on=dt.date(2026, 9, 3), amount_fen=500_000 if kind == "recover" else None,
                           decided_by=officer.id)
            s.add(row)
            s.flush()
            record(s, officer, kind, f"award:{award.id}", sanction=row.id, reason=SECRET, amount_fen=row.amount_fen)
        app_id = app.id
    with session_scope(engine) as s:
        found = _messages(s)
        assert [m.event for m in found] == ["paid", "sanctioned", "sanctioned", "sanctioned", "sanctioned"]
        assert {m.organisation_id for m in found} == {world["org"]}
        assert [m.link for m in found] == ["/awards"] * 5
        assert found[0].application_id == app_id and found[2].application_id is None  # the bar: the organisation
        for m in found:
            assert SECRET not in m.text and "万元" not in m.text and "元" not in m.text.replace("单位", "")


def test_events_nobody_must_be_told_of_write_no_notice(engine: Engine, world: dict[str, int]) -> None:
    with session_scope(engine) as s:
        officer = s.get_one(User, world["officer"])
        app, award, _ = _award(s, world)
        for action, subject in (("lift", f"award:{award.id}"), ("upload_document", f"application:{app.id}"),
                                ("set_facts", f"application:{app.id}"), ("request_report", "report:1"),
                                ("create_call", "call:1"), ("receive", "sanction:1")):
            record(s, officer, action, subject, reason=SECRET)
    with session_scope(engine) as s:
        assert _messages(s) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(detail=st.dictionaries(st.sampled_from(["reason", "note", "comment", "external_comment", "resolution",
                                                "text", "memo", "sanction"]),
                              st.one_of(st.text(max_size=30), st.integers(), st.none()), max_size=5),
       action=st.sampled_from(sorted(NOTIFYING)))
def test_no_detail_of_the_record_ever_reaches_the_notice(engine: Engine, world: dict[str, int],
                                                         detail: dict[str, Any], action: str) -> None:
    t = next(x for x in TRANSITIONS if x.action == action)
    s = Session(engine)
    try:
        app = _app(s, world, t.source)
        plain = inbox.on_record(s, action, f"application:{app.id}", t.target, {})
        shown = inbox.on_record(s, action, f"application:{app.id}", t.target, detail)
        assert plain is not None and shown is not None
        assert (shown.text, shown.link, shown.event) == (plain.text, plain.link, plain.event)
    finally:
        s.rollback()
        s.close()


def test_the_inbox_is_the_organisations_own_and_a_read_notice_stays_sealed(engine: Engine,
                                                                            world: dict[str, int]) -> None:
    with session_scope(engine) as s:
        app = _app(s, world, "submitted")
        move(s, app, "accept", s.get_one(User, world["officer"]))
    now = dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC)
    with session_scope(engine) as s:
        mine = next(u for u in s.scalars(select(User)) if u.organisation_id == world["org"])
        theirs = next(u for u in s.scalars(select(User)) if u.organisation_id == world["other"])
        officer = s.get_one(User, world["officer"])
        assert inbox.unread_count(s, mine) == 1 and inbox.unread_count(s, theirs) == 0
        assert inbox.messages_for(s, theirs) == [] and inbox.messages_for(s, officer) == []
        (msg,) = inbox.messages_for(s, mine)
        for other in (theirs, officer):
            with pytest.raises(DomainRefusal) as refused:
                inbox.mark_read(s, other, msg.id, now)
            assert refused.value.code == "not_your_organisation"
        inbox.mark_read(s, mine, msg.id, now)
    with session_scope(engine) as s:
        mine = next(u for u in s.scalars(select(User)) if u.organisation_id == world["org"])
        assert inbox.unread_count(s, mine) == 0
        assert audit.verify(s) == []
