"""What the decision services share: loading rows with a Chinese refusal when they are missing,
role checks, the policy (exact adopted version) and the
scoring rubric of a call, exact fractions as text.
"""

from __future__ import annotations

from fractions import Fraction

from sqlalchemy import update
from sqlalchemy.orm import Session

from subsidy.errors import NotFound
from subsidy.rules.model import Clause
from subsidy.services.policies import call_policy
from subsidy.store.tables import Application, Call, Objection, Organisation, PolicyDraft

__all__ = [
    "call_clause",
    "fraction_text",
    "get_application",
    "get_call",
    "lock_row",
    "organisation_of",
    "parse_fraction",
]


def fraction_text(value: Fraction) -> str:
    """Exact text of a fraction: ``"85"`` or ``"1703/20"``."""
    return str(value)


def parse_fraction(text: str) -> Fraction:
    return Fraction(text)


def lock_row(session: Session, row: Application | Call | Objection | PolicyDraft) -> None:
    """Hold ``row`` for the rest of the transaction and re-read it, so a check made on it cannot
    interleave with another transaction's: ``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite (no row
    locks, and reads run outside a transaction until the first write) a no-op write first takes the
    database's write lock."""
    cls = type(row)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(cls).where(cls.id == row.id).values(id=cls.id)
                        .execution_options(synchronize_session=False))
    session.refresh(row, with_for_update=True)


def get_application(session: Session, application_id: int, *, lock: bool = False) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound(f"申报 {application_id} 不存在", "no_application")
    if lock:
        lock_row(session, app)
    return app


def get_call(session: Session, call_id: int, *, lock: bool = False) -> Call:
    """The call; ``lock`` holds it (see :func:`lock_row`) so budget checks cannot interleave."""
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound(f"申报批次 {call_id} 不存在（用 `subsidy call show` 查看）", "no_call")
    if lock:
        lock_row(session, call)
    return call


def organisation_of(session: Session, app: Application) -> Organisation:
    org = session.get(Organisation, app.organisation_id)
    assert org is not None  # a foreign key
    return org


def call_clause(session: Session, call: Call, clause_id: str) -> Clause:
    return call_policy(session, call)[1].clause(clause_id)


