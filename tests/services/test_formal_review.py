"""Formal review: accept, return for correction (补正) with a working-day deadline and the review
clock stopped, resubmission (checks and assessment re-run), lapse, reject."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from intake_support import IN_WINDOW, PDF, SETTINGS, World, app_of, build_world, draft, refused
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.applications import set_facts, submit
from subsidy.services.audit import load_user
from subsidy.services.calls import close_call, get_call
from subsidy.services.documents import upload_document
from subsidy.services.formal_review import (
    accept,
    corrections_of,
    lapse,
    reject,
    resubmit,
    return_for_correction,
    review_clock,
)
from subsidy.services.policies import replay_assessment
from subsidy.store.db import session_scope
from subsidy.store.tables import AuditRecord

pytestmark = pytest.mark.db

SUBMITTED = IN_WINDOW  # Monday 2026-03-16
RETURNED = dt.date(2026, 3, 18)
DEADLINE = dt.date(2026, 3, 25)  # 5 working days after 3-18


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


@pytest.fixture
def submitted(engine: Engine, world: World) -> int:
    app_id = draft(engine, world)
    with session_scope(engine) as s:
        submit(s, load_user(s, "alice"), app_of(s, app_id), SUBMITTED)
    return app_id


def _return(engine: Engine, app_id: int, on: dt.date = RETURNED, days: int | None = None) -> None:
    with session_scope(engine) as s:
        return_for_correction(s, load_user(s, "officer"), app_of(s, app_id), "项目预算表未盖章", on, days)


def test_accept_by_an_officer(engine: Engine, submitted: int) -> None:
    err = refused(engine, lambda s: accept(s, load_user(s, "alice"), app_of(s, submitted), RETURNED), DomainRefusal)
    assert "「形式审查通过」只能由业务科室执行，当前角色是申报单位" in str(err)
    with session_scope(engine) as s:
        accept(s, load_user(s, "officer"), app_of(s, submitted), RETURNED, note="材料齐全")
        assert app_of(s, submitted).state == "accepted"
    err = refused(engine, lambda s: accept(s, load_user(s, "officer"), app_of(s, submitted), RETURNED), DomainRefusal)
    assert "形式审查通过，待专家评审" in str(err)


def test_return_sets_a_working_day_deadline_and_stops_the_clock(engine: Engine, submitted: int) -> None:
    with session_scope(engine) as s:
        clock = review_clock(s, app_of(s, submitted), RETURNED)
        assert clock is not None and clock.deadline == dt.date(2026, 3, 30) and not clock.stopped
    _return(engine, submitted)
    with session_scope(engine) as s:
        app = app_of(s, submitted)
        assert app.state == "returned"
        (correction,) = corrections_of(s, app)
        assert (correction.requested_on, correction.deadline, correction.resubmitted_on) == (RETURNED, DEADLINE, None)
        clock = review_clock(s, app, dt.date(2026, 3, 24))
        assert clock is not None and clock.stopped and clock.deadline is None
        assert clock.used == 1  # 3-17 only: from 3-18 the file is with the applicant
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "return")).one()
        assert audit.detail["deadline"] == "2026-03-25" and audit.detail["clock"] == "stopped"


def test_deadline_follows_the_official_calendar_with_make_up_days(engine: Engine, submitted: int) -> None:
    _return(engine, submitted, on=dt.date(2026, 4, 29), days=5)
    with session_scope(engine) as s:
        # 劳动节 5-1..5-5 are holidays; Saturday 5-9 is a make-up working day (调休)
        assert corrections_of(s, app_of(s, submitted))[0].deadline == dt.date(2026, 5, 9)


def test_resubmission_reruns_the_assessment_and_restarts_the_clock(engine: Engine, world: World,
                                                                   submitted: int) -> None:
    _return(engine, submitted)
    with session_scope(engine) as s:
        close_call(s, load_user(s, "officer"), get_call(s, world.call_id), dt.date(2026, 3, 20))
        alice = load_user(s, "alice")
        set_facts(s, alice, app_of(s, submitted), {"project_budget": "400万元"})
        upload_document(s, alice, app_of(s, submitted), doc_type="项目预算表", filename="盖章预算.pdf",
                        content=PDF + b"stamped", settings=SETTINGS)
    with session_scope(engine) as s:
        app = app_of(s, submitted)
        resubmit(s, load_user(s, "alice"), app, DEADLINE)  # on the last day, the call already closed
        assert app.state == "submitted" and app.submitted_at == SUBMITTED
        assert app.ceiling_fen == 200_000_000  # 400万元 × 50%: the assessment was re-run
        assert app.case_input["as_of"] == "2026-03-25"
        assert replay_assessment(s, app) == app.assessment
        assert corrections_of(s, app)[0].resubmitted_on == DEADLINE
        clock = review_clock(s, app, DEADLINE)
        # 10 working days from 3-16 with 3-18..3-25 paused (6 working days), skipping 清明 4-6
        assert clock is not None and not clock.stopped and clock.deadline == dt.date(2026, 4, 8)
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "resubmit")).one()
        assert audit.detail["pause"] == ["2026-03-18", "2026-03-25"]


def test_resubmission_runs_the_checks_again(engine: Engine, submitted: int) -> None:
    _return(engine, submitted)
    with session_scope(engine) as s:
        set_facts(s, load_user(s, "alice"), app_of(s, submitted), {"scenario_opened": False})
    err = refused(engine, lambda s: resubmit(s, load_user(s, "alice"), app_of(s, submitted), RETURNED), DomainRefusal)
    assert "开放应用场景：否" in str(err)
    with session_scope(engine) as s:
        set_facts(s, load_user(s, "alice"), app_of(s, submitted), {"scenario_opened": None})
    err = refused(engine, lambda s: resubmit(s, load_user(s, "alice"), app_of(s, submitted), RETURNED), DomainRefusal)
    assert "请先补充：开放应用场景（scenario_opened）" in str(err)


def test_late_correction_is_refused_and_the_officer_lapses_it(engine: Engine, submitted: int) -> None:
    _return(engine, submitted)
    late = DEADLINE + dt.timedelta(days=1)
    err = refused(engine, lambda s: resubmit(s, load_user(s, "alice"), app_of(s, submitted), late), DomainRefusal)
    assert "补正期限已于 2026-03-25 届满" in str(err) and "subsidy review lapse" in str(err)
    err = refused(engine, lambda s: lapse(s, load_user(s, "officer"), app_of(s, submitted), DEADLINE), DomainRefusal)
    assert "尚未届满" in str(err)
    err = refused(engine, lambda s: lapse(s, load_user(s, "alice"), app_of(s, submitted), late), DomainRefusal)
    assert "只能由业务科室、系统执行" in str(err)
    with session_scope(engine) as s:
        lapse(s, load_user(s, "officer"), app_of(s, submitted), late)
        assert app_of(s, submitted).state == "lapsed"


def test_reject_needs_a_reason_and_an_officer(engine: Engine, submitted: int) -> None:
    err = refused(engine, lambda s: reject(s, load_user(s, "officer"), app_of(s, submitted), "  ", RETURNED),
                  CaseInputError)
    assert "--reason" in str(err)
    err = refused(engine, lambda s: reject(s, load_user(s, "auditor"), app_of(s, submitted), "不符合", RETURNED),
                  DomainRefusal)
    assert "审计人员" in str(err)
    with session_scope(engine) as s:
        reject(s, load_user(s, "officer"), app_of(s, submitted), "申报单位不在朝阳区", RETURNED)
        assert app_of(s, submitted).state == "rejected"
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "reject")).one()
        assert audit.detail["reason"] == "申报单位不在朝阳区" and audit.to_state == "rejected"


def test_return_needs_a_reason_a_positive_period_and_a_submitted_application(engine: Engine, world: World,
                                                                             submitted: int) -> None:
    def ret(reason: str, days: int | None = None, app_id: int = submitted) -> Callable[[Session], object]:
        return lambda s: return_for_correction(s, load_user(s, "officer"), app_of(s, app_id), reason, RETURNED, days)

    assert "--reason" in str(refused(engine, ret(""), CaseInputError))
    assert "--days" in str(refused(engine, ret("缺章", 0), CaseInputError))
    other = draft(engine, world)
    assert "草稿" in str(refused(engine, ret("缺章", app_id=other), DomainRefusal))
