"""Finding things: the lists behind ``call list``, ``org list``, ``user list``, ``audit log`` and
``ledger list``. Who sees which rows is decided by services/access.py (docs/access.md):

- calls are public announcements: any active user lists them;
- organisations: staff every one; an applicant its own; an expert none (it sees its applications);
- users: staff (officer, admin, auditor, finance) every one; anyone else itself and the users of its
  own organisation;
- the audit log: officers, administrators and auditors (it names experts and holds score details);
- the ledger: the roles that verify it (auditor, finance, officer, admin).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from subsidy.services.access import (
    LEDGER_READERS,
    READ_ALL,
    can_read_organisation,
    organisation_scope,
    require_role,
)
from subsidy.store.tables import AuditRecord, Call, LedgerEntry, Organisation, User
from subsidy.vocabulary import ROLES

__all__ = [
    "AUDIT_READERS",
    "AuditRow",
    "OrganisationPage",
    "audit_log",
    "list_calls",
    "list_ledger",
    "list_organisations",
    "list_users",
    "search_organisations",
]

AUDIT_READERS = ("officer", "admin", "auditor")
"""Roles that read the whole audit log (finance does not see expert panels: docs/access.md)."""


def list_calls(session: Session, actor: User, year: int | None = None) -> list[Call]:
    """Every call (any active user: a call is a public announcement), by id."""
    query = select(Call).order_by(Call.id)
    if year is not None:
        query = query.where(Call.year == year)
    return list(session.scalars(query))


def list_organisations(session: Session, actor: User) -> list[Organisation]:
    """The organisations ``actor`` may read, by id."""
    rows = session.scalars(select(Organisation).order_by(Organisation.id))
    return [o for o in rows if can_read_organisation(actor, o.id)]


@dataclass(frozen=True)
class OrganisationPage:
    rows: list[Organisation]
    total: int  # how many match the search
    offset: int
    limit: int


def search_organisations(session: Session, actor: User, text: str = "", *, offset: int = 0,
                         limit: int = 50) -> OrganisationPage:
    """The organisations ``actor`` may read whose name contains ``text`` or whose 统一社会信用代码 starts
    with it (case-insensitive), by id, ``limit`` of them from ``offset``, and how many match in all."""
    query = select(Organisation).where(organisation_scope(actor))
    text = text.strip()
    if text:
        query = query.where(or_(Organisation.name.contains(text, autoescape=True),
                                Organisation.uscc.startswith(text.upper(), autoescape=True)))
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    rows = list(session.scalars(query.order_by(Organisation.id).offset(max(0, offset)).limit(max(1, limit))))
    return OrganisationPage(rows, total, max(0, offset), max(1, limit))


def list_users(session: Session, actor: User, role: str | None = None) -> list[User]:
    """Users ``actor`` may see: staff every one; others itself and its organisation's users."""
    query = select(User).order_by(User.id)
    if actor.role not in READ_ALL:
        mine = [User.id == actor.id]
        if actor.organisation_id is not None:
            mine.append(User.organisation_id == actor.organisation_id)
        query = query.where(or_(*mine))
    if role is not None:
        query = query.where(User.role == ROLES.parse(role, "--role"))
    return list(session.scalars(query))


@dataclass(frozen=True)
class AuditRow:
    record: AuditRecord
    actor: str | None  # username


def audit_log(session: Session, actor: User, *, subject: str | None = None, username: str | None = None,
              limit: int | None = None) -> list[AuditRow]:
    """The audit records, oldest first (the newest ``limit`` when given), optionally of one subject
    (``application:1``, ``call:1`` …) or one acting user."""
    require_role(actor, "查看操作记录", *AUDIT_READERS)
    query = select(AuditRecord, User.username).outerjoin(User, User.id == AuditRecord.actor_id)
    if subject is not None:
        query = query.where(AuditRecord.subject == subject.strip())
    if username is not None:
        query = query.where(User.username == username.strip())
    if limit is not None:
        newest = list(session.execute(query.order_by(AuditRecord.id.desc()).limit(max(limit, 0))))
        return [AuditRow(r, u) for r, u in reversed(newest)]
    return [AuditRow(r, u) for r, u in session.execute(query.order_by(AuditRecord.id))]


def list_ledger(session: Session, actor: User, *, call_id: int | None = None,
                award_id: int | None = None) -> list[LedgerEntry]:
    """The ledger's entries in chain order, optionally of one call or one award."""
    require_role(actor, "查看账目", *LEDGER_READERS)
    query = select(LedgerEntry).order_by(LedgerEntry.seq)
    if call_id is not None:
        query = query.where(LedgerEntry.call_id == call_id)
    if award_id is not None:
        query = query.where(LedgerEntry.award_id == award_id)
    return list(session.scalars(query))
