"""Formal review (形式审查) by an officer: accept, return for correction (补正), reject; and the
applicant's resubmission. Deadlines are counted in working days on the official calendar.

The office's review clock (``Call.review_working_days`` from submission) stops while the
application is with the applicant: each correction is a pause from the day it was returned to
the day it came back (both inclusive), recorded on the ``Correction`` row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.dates import Pause, add_working_days, deadline_with_pauses, is_working_day
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.applications import admit, store_admission
from subsidy.services.audit import check_move, move
from subsidy.services.calls import get_call
from subsidy.services.texts import free_text
from subsidy.store.tables import Application, Correction, User

__all__ = ["ReviewClock", "accept", "corrections_of", "lapse", "open_correction", "reject", "resubmit",
           "return_for_correction", "review_clock"]


def _reason(reason: str | None, what: str) -> str:
    text = free_text(reason, "--reason", f"{what}的理由")
    if not text:
        raise CaseInputError("--reason", f"{what}必须写明理由", "用 --reason 说明，申报单位会看到")
    return text


def corrections_of(session: Session, app: Application) -> list[Correction]:
    return list(session.scalars(select(Correction).where(Correction.application_id == app.id)
                                .order_by(Correction.id)))


def open_correction(session: Session, app: Application) -> Correction | None:
    """The correction request still with the applicant, if any."""
    return next((c for c in corrections_of(session, app) if c.resubmitted_on is None), None)


def accept(session: Session, actor: User, app: Application, today: dt.date, note: str | None = None) -> Application:
    """形式审查通过: the application goes on to expert review."""
    check_move(app, "accept", actor)
    move(session, app, "accept", actor, today=today.isoformat(), note=(note or "").strip() or None)
    return app


def return_for_correction(session: Session, actor: User, app: Application, reason: str, today: dt.date,
                          working_days: int | None = None) -> Correction:
    """退回补正: the applicant has ``working_days`` (default: the call's) working days to correct;
    the review clock stops from today until the corrected application comes back."""
    check_move(app, "return", actor)
    why = _reason(reason, "退回补正")
    days = get_call(session, app.call_id).correction_working_days if working_days is None else working_days
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise CaseInputError("--days", f"补正期限应为不少于 1 个工作日，写的是「{days}」")
    correction = Correction(application_id=app.id, reason=why, requested_on=today,
                            deadline=add_working_days(today, days))
    session.add(correction)
    session.flush()
    move(session, app, "return", actor, reason=why, today=today.isoformat(), working_days=days,
         deadline=correction.deadline.isoformat(), correction=correction.id, clock="stopped")
    return correction


def resubmit(session: Session, actor: User, app: Application, today: dt.date) -> Application:
    """补正后重新提交, by the deadline: documents and eligibility are checked again and the
    assessment is re-run; the review clock restarts."""
    check_move(app, "resubmit", actor)
    correction = open_correction(session, app)
    if correction is None:  # pragma: no cover - a returned application always has one
        raise DomainRefusal(f"申报 {app.id} 没有待办的补正通知", "no_correction")
    if today > correction.deadline:
        raise DomainRefusal(f"补正期限已于 {correction.deadline} 届满（今天 {today}），不能再提交；"
                            f"由业务科室作逾期未补正处理（subsidy review lapse {app.id}）", "correction_late")
    admission = admit(session, app, today)
    store_admission(app, admission)
    correction.resubmitted_on = today
    move(session, app, "resubmit", actor, today=today.isoformat(), correction=correction.id,
         pause=[correction.requested_on.isoformat(), today.isoformat()], rules_version=admission.rules_version,
         ceiling_fen=admission.ceiling_fen, clock="restarted")
    return app


def lapse(session: Session, actor: User, app: Application, today: dt.date) -> Application:
    """逾期未补正: only once the correction deadline has passed."""
    check_move(app, "lapse", actor)
    correction = open_correction(session, app)
    if correction is not None and today <= correction.deadline:
        raise DomainRefusal(f"补正期限 {correction.deadline} 尚未届满（今天 {today}），不能作逾期处理", "deadline_not_passed")
    move(session, app, "lapse", actor, today=today.isoformat(),
         deadline=correction.deadline.isoformat() if correction else None)
    return app


def reject(session: Session, actor: User, app: Application, reason: str, today: dt.date) -> Application:
    """形式审查不通过, with the reason the applicant will read."""
    check_move(app, "reject", actor)
    why = _reason(reason, "形式审查不通过")
    move(session, app, "reject", actor, reason=why, today=today.isoformat())
    return app


@dataclass(frozen=True)
class ReviewClock:
    """The office's formal-review clock for one application."""

    started: dt.date
    working_days: int
    pauses: tuple[Pause, ...]
    deadline: dt.date | None  # None while stopped (with the applicant)
    used: int  # working days counted so far (pauses excluded)
    stopped: bool

    def overdue(self, today: dt.date) -> bool:
        return self.deadline is not None and today > self.deadline


def review_clock(session: Session, app: Application, today: dt.date) -> ReviewClock | None:
    """Where the review clock stands today; ``None`` before submission."""
    if app.submitted_at is None:
        return None
    call = get_call(session, app.call_id)
    pauses: tuple[Pause, ...] = tuple((c.requested_on, c.resubmitted_on) for c in corrections_of(session, app))
    deadline = deadline_with_pauses(app.submitted_at, call.review_working_days, pauses)
    used = 0
    d = app.submitted_at
    while d < today:
        d += dt.timedelta(days=1)
        if is_working_day(d) and not any(a <= d and (b is None or d <= b) for a, b in pauses):
            used += 1
    stopped = any(b is None for _, b in pauses)
    return ReviewClock(app.submitted_at, call.review_working_days, pauses, deadline, used, stopped)
