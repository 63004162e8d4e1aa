"""Notices to applicants (站内通知): the one place that maps what happened to what an organisation is told.

Every audit record passes through :func:`on_record` (called by ``services/audit.record``, in the same
transaction as the change it records), so a notice is written together with its event or not at all.
The events that notify (``NOTIFY_STATES``, ``PAID``, ``SANCTIONS``, ``MATCH``) are the ones an applicant must
know about: its application accepted (形式审查通过), returned for 补正, selected (拟支持), in 公示, approved;
a tranche of its award paid; a sanction decided against it; 免申即享 offers waiting for its 意愿确认.

A notice says *that* something happened and links to the page where the organisation reads it; it
never carries the decision itself: its text is made from the event's kind and the application's
number and title only, never from the record's details (reasons, amounts, comments, names).

The inbox (:func:`messages_for`, :func:`unread_count`, :func:`mark_read`) shows an organisation's
notices to its own users only; a notice is read for the organisation once one of them has opened it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from subsidy.admin.workflow import STATES
from subsidy.errors import DomainRefusal
from subsidy.store.tables import Application, Award, OutboxMessage, Sanction, Tranche, User

__all__ = ["EVENT_LABELS", "NOTIFY_STATES", "PAID", "SANCTIONS", "mark_all_read", "mark_read", "messages_for",
           "on_record", "unread_count"]

NOTIFY_STATES = ("accepted", "returned", "selected", "in_notice", "approved")
"""An application reaching one of these states notifies its organisation."""
PAID = "pay"
SANCTIONS = ("suspend", "terminate", "recover", "bar")
"""The audit actions of a sanction decided against an organisation."""

EVENT_LABELS: dict[str, str] = {
    "accepted": "申报已受理", "returned": "需补正材料", "selected": "遴选结果", "in_notice": "公示",
    "approved": "核定结果", "paid": "资金拨付", "sanctioned": "处理决定", "match": "免申即享"}
"""What each kind of notice is called (the inbox's column 类型)."""


def application_link(app_id: int) -> str:
    return f"/applications/{app_id}"


AWARDS_LINK = "/awards"
MATCH = "notify_match"
"""The audit action of a 免申即享 notice pushed to a matched organisation (services/matching.push_notices)."""
MATCH_LINK = "/matching"


def _title(app: Application) -> str:
    return f"申报 {app.id}「{app.project_title}」"


def _add(session: Session, organisation_id: int, event: str, subject: str, text: str, link: str,
         application_id: int | None) -> OutboxMessage:
    msg = OutboxMessage(organisation_id=organisation_id, application_id=application_id, event=event,
                        subject=subject, text=text, link=link, business_date=session.info.get("business_date"),
                        created_at=dt.datetime.now(dt.UTC))
    session.add(msg)
    return msg


def _subject_id(subject: str, kind: str) -> int | None:
    head, _, rest = subject.partition(":")
    return int(rest) if head == kind and rest.isdigit() else None


def on_record(session: Session, action: str, subject: str, to_state: str | None,
              detail: Mapping[str, Any]) -> OutboxMessage | None:
    """The notice an audit record calls for, added to the session (or None). ``detail`` is read only
    to find the row concerned (the sanction's id), never for the text."""
    if (app_id := _subject_id(subject, "application")) is not None and to_state in NOTIFY_STATES:
        app = session.get(Application, app_id)
        if app is None:  # pragma: no cover - a move is recorded on an existing application
            return None
        text = f"您单位的{_title(app)}状态更新为「{STATES[to_state].applicant_label}」，请查看详情。"
        return _add(session, app.organisation_id, to_state, subject, text, application_link(app.id), app.id)
    if action == PAID and (tranche_id := _subject_id(subject, "tranche")) is not None:
        tranche = session.get(Tranche, tranche_id)
        award = session.get(Award, tranche.award_id) if tranche is not None else None
        app = session.get(Application, award.application_id) if award is not None else None
        if app is None:  # pragma: no cover - a tranche belongs to an award of an application
            return None
        text = f"您单位{_title(app)}的奖励有一期资金已拨付，请查看详情。"
        return _add(session, app.organisation_id, "paid", subject, text, AWARDS_LINK, app.id)
    if action in SANCTIONS and isinstance(sanction_id := detail.get("sanction"), int):
        sanction = session.get(Sanction, sanction_id)
        if sanction is None:  # pragma: no cover - recorded after the sanction's row
            return None
        app_id = None
        if sanction.award_id is not None and (award := session.get(Award, sanction.award_id)) is not None:
            app_id = award.application_id
        text = "业务科室对您单位作出了一项处理决定，请查看详情。"
        return _add(session, sanction.organisation_id, "sanctioned", subject, text, AWARDS_LINK, app_id)
    if action == MATCH and (org_id := _subject_id(subject, "organisation")) is not None:
        text = "业务科室按企业名录匹配，您单位有可直接享受（免申即享）的支持条款，请查看并确认申报意愿。"
        return _add(session, org_id, "match", subject, text, MATCH_LINK, None)
    return None


def _own(actor: User) -> int | None:
    return actor.organisation_id if actor.role == "applicant" else None


def messages_for(session: Session, actor: User) -> list[OutboxMessage]:
    """The notices of ``actor``'s organisation, newest first (staff have no inbox: none)."""
    org = _own(actor)
    if org is None:
        return []
    q = select(OutboxMessage).where(OutboxMessage.organisation_id == org).order_by(OutboxMessage.id.desc())
    return list(session.scalars(q))


def unread_count(session: Session, actor: User) -> int:
    org = _own(actor)
    if org is None:
        return 0
    q = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.organisation_id == org,
                                                               OutboxMessage.read_at.is_(None))
    return int(session.scalar(q) or 0)


def mark_read(session: Session, actor: User, message_id: int, now: dt.datetime) -> OutboxMessage:
    """Mark one notice of ``actor``'s organisation read; another organisation's (or none) is refused alike."""
    msg = session.get(OutboxMessage, message_id)
    if msg is None or _own(actor) is None or msg.organisation_id != actor.organisation_id:
        raise DomainRefusal(f"通知 {message_id} 不属于用户「{actor.username}」所在单位", "not_your_organisation")
    if msg.read_at is None:
        msg.read_at, msg.read_by = now, actor.id
    return msg


def mark_all_read(session: Session, actor: User, now: dt.datetime) -> int:
    """Mark every unread notice of ``actor``'s organisation read; how many were."""
    org = _own(actor)
    if org is None:
        return 0
    result = session.execute(update(OutboxMessage).where(OutboxMessage.organisation_id == org,
                                                         OutboxMessage.read_at.is_(None))
                             .values(read_at=now, read_by=actor.id))
    return int(getattr(result, "rowcount", 0) or 0)
