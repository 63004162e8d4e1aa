"""Audit records and state changes: one function moves an application and records it, in the
caller's transaction, so a change and its record are committed together or not at all."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from sqlalchemy.orm import Session

from subsidy.admin.workflow import transition
from subsidy.errors import DomainRefusal
from subsidy.store.tables import Application, AuditRecord, User

__all__ = ["CHANNEL", "load_user", "move", "record"]

CHANNEL: ContextVar[dict[str, str] | None] = ContextVar("subsidy_audit_channel", default=None)
"""How the acting user came in, set by the entry point (the CLI: the operator's account on the server)
and kept in every audit record's ``via``: ``--as`` names whom an operator acts for, this who typed it."""


def record(session: Session, actor: User | None, action: str, subject: str, *,
           from_state: str | None = None, to_state: str | None = None, **detail: Any) -> AuditRecord:
    if (via := CHANNEL.get()) is not None:
        detail["via"] = via
    rec = AuditRecord(actor_id=actor.id if actor else None, action=action, subject=subject,
                      from_state=from_state, to_state=to_state, detail=detail,
                      business_date=session.info.get("business_date"))  # set by services.clock.business_day
    session.add(rec)
    return rec


def move(session: Session, app: Application, action: str, actor: User, **detail: Any) -> None:
    """Apply a workflow transition to ``app`` (refused if illegal) and write its audit record."""
    role = actor.role
    t = transition(app.state, action, role)
    if role == "applicant" and actor.organisation_id != app.organisation_id:
        raise DomainRefusal("只能操作本单位的申报", "not_your_application")
    before = app.state
    app.state = t.target
    record(session, actor, action, f"application:{app.id}", from_state=before, to_state=t.target, **detail)


def load_user(session: Session, username: str, *roles: str) -> User:
    """The acting user: an existing, active user (with one of ``roles`` if given), or a refusal."""
    from sqlalchemy import select

    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise DomainRefusal(f"用户「{username}」不存在（用 `subsidy user add` 创建）", "no_user")
    if not user.active:
        raise DomainRefusal(f"用户「{username}」已停用，不能执行任何操作", "inactive_user")
    if roles:
        from subsidy.services.access import require_role

        require_role(user, "此操作", *roles)
    return user
