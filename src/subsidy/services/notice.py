"""Public notice (公示) of a call's selected applications, and objections (异议).

The notice runs from the day it is published to the N-th working day after it (N = the call's
``notice_working_days``, official calendar, the publication day not counted), both inclusive.
Objections are received only within that period. An officer resolves each one: dismissed, or
upheld: the application goes back to review (accepted, a new panel round), its proposed amount
is cancelled and the call's applied selection run is marked superseded, so the budget it frees can
go to the first reserve (:func:`subsidy.services.selection.promote_reserve`) and the re-reviewed
application can be selected again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin.workflow import transition
from subsidy.dates import CalendarRangeError, add_working_days
from subsidy.errors import DomainRefusal, NotFound
from subsidy.services.access import CALL_RUNNERS, MEMBER_OR_OFFICER, require_role
from subsidy.services.audit import move, record
from subsidy.services.lookup import get_call, lock_row
from subsidy.services.selection import latest_applied_run
from subsidy.services.texts import free_text
from subsidy.store.tables import Application, Call, Notice, Objection, User
from subsidy.vocabulary import OBJECTION_OUTCOMES

__all__ = ["close_if_done", "file_objection", "get_objection", "notice_of", "open_objections",
           "publish_notice", "resolve_objection"]

OUTCOMES = OBJECTION_OUTCOMES.labels


def publish_notice(session: Session, actor: User, call: Call, today: dt.date) -> Notice:
    """Publish the call's selected applications for the notice period; they move to in_notice."""
    require_role(actor, "发布公示", *CALL_RUNNERS)
    call = get_call(session, call.id, lock=True)
    apps = list(session.scalars(select(Application).where(Application.call_id == call.id,
                                                          Application.state == "selected")
                                .order_by(Application.id)))
    if not apps:
        raise DomainRefusal(f"申报批次「{call.title}」没有拟支持、待公示的申报", "nothing_to_publish")
    try:
        ends_on = add_working_days(today, call.notice_working_days)
    except CalendarRangeError as exc:
        raise DomainRefusal(f"无法计算公示期：{exc}", "calendar") from exc
    notice = Notice(call_id=call.id, published_on=today, ends_on=ends_on, application_ids=[a.id for a in apps],
                    closed=False)
    session.add(notice)
    session.flush()
    for app in apps:
        move(session, app, "publish", actor, notice=notice.id, published_on=today.isoformat(),
             ends_on=ends_on.isoformat(), proposed_fen=app.proposed_fen)
    record(session, actor, "publish_notice", f"call:{call.id}", notice=notice.id, published_on=today.isoformat(),
           ends_on=ends_on.isoformat(), working_days=call.notice_working_days, applications=notice.application_ids)
    return notice


def notice_of(session: Session, app: Application) -> Notice:
    """The latest notice that lists ``app``."""
    notices = session.scalars(select(Notice).where(Notice.call_id == app.call_id).order_by(Notice.id.desc()))
    for n in notices:
        if app.id in n.application_ids:
            return n
    raise DomainRefusal(f"申报 {app.id} 未经公示", "not_in_notice")


def open_objections(session: Session, app: Application) -> list[Objection]:
    return list(session.scalars(select(Objection).where(Objection.application_id == app.id,
                                                        Objection.outcome.is_(None)).order_by(Objection.id)))


def get_objection(session: Session, objection_id: int) -> Objection:
    row = session.get(Objection, objection_id)
    if row is None:
        raise NotFound(f"异议 {objection_id} 不存在", "no_objection")
    return row


def file_objection(session: Session, actor: User, app: Application, *, text: str, today: dt.date,
                   filed_by: str | None = None) -> Objection:
    """Record an objection to ``app`` (who, what, when), only within its notice period."""
    require_role(actor, "登记异议", *MEMBER_OR_OFFICER)
    text = free_text(text, "text", "异议内容")
    if not text:
        raise DomainRefusal("异议须写明具体内容和理由", "missing_text")
    if app.state != "in_notice":
        raise DomainRefusal(f"申报 {app.id} 不在公示中，不能提出异议", "not_in_notice")
    notice = notice_of(session, app)
    if not notice.published_on <= today <= notice.ends_on:
        raise DomainRefusal(f"公示期为 {notice.published_on.isoformat()} 至 {notice.ends_on.isoformat()}，"
                            f"{today.isoformat()} 不在公示期内，不能受理异议", "outside_notice_period")
    who = (filed_by or "").strip() or actor.display_name
    row = Objection(notice_id=notice.id, application_id=app.id, filed_by=who, text=text, filed_on=today)
    session.add(row)
    session.flush()
    record(session, actor, "file_objection", f"application:{app.id}", objection=row.id, filed_by=who, text=text,
           filed_on=today.isoformat(), notice=notice.id)
    return row


def resolve_objection(session: Session, actor: User, objection: Objection, *, outcome: str, resolution: str,
                      today: dt.date) -> Objection:
    """Dismiss or uphold an objection; upheld sends the application back to review."""
    require_role(actor, "处理异议", *CALL_RUNNERS)
    lock_row(session, objection)  # resolved once, even by two officers at once
    outcome = OBJECTION_OUTCOMES.parse(outcome, "异议处理结果")
    if objection.outcome is not None:
        raise DomainRefusal(f"异议 {objection.id} 已于 {objection.resolved_on} 处理（{OUTCOMES[objection.outcome]}），"
                            "不能重复处理", "already_resolved")
    resolution = free_text(resolution, "reason", "处理意见")
    if not resolution.strip():
        raise DomainRefusal("处理异议须写明处理意见", "missing_reason")
    app = session.get(Application, objection.application_id)
    assert app is not None
    if outcome == "upheld":
        transition(app.state, "uphold_objection", actor.role)
    objection.outcome = outcome
    objection.resolution = resolution
    objection.resolved_on = today
    subject = f"application:{app.id}"
    record(session, actor, "resolve_objection", subject, objection=objection.id, outcome=outcome,
           resolution=resolution, resolved_on=today.isoformat())
    if outcome == "upheld":
        cancelled = app.proposed_fen
        app.proposed_fen = None
        app.score = None
        app.score_flagged = False
        run = latest_applied_run(session, get_call(session, app.call_id))
        if run is not None and run.superseded_by is None:
            run.superseded_by = objection.id
        move(session, app, "uphold_objection", actor, objection=objection.id, cancelled_proposed_fen=cancelled,
             superseded_run=run.id if run is not None else None, reason=resolution)
        close_if_done(session, notice_of(session, app))
    return objection


def close_if_done(session: Session, notice: Notice) -> None:
    """Close a notice once none of its applications is still in notice."""
    still = session.scalars(select(Application.id).where(Application.id.in_(notice.application_ids),
                                                         Application.state == "in_notice")).first()
    if still is None and not notice.closed:
        notice.closed = True
        record(session, None, "close_notice", f"notice:{notice.id}", call=notice.call_id)
