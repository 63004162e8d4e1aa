"""What the auditor's screens and their Excel exports show: the ledger entry by entry (with its actor,
the clock's time and the business date), the audit log with the actions in words, and the result of
the tamper check. Each list is one function: the page renders its rows and the export writes the same
rows' :meth:`cells`, so the screen and the workbook cannot disagree.

Who may read them is services/access.py's (through services/listing.py): the ledger, the roles that
verify it; the audit log, officers, administrators and auditors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin.ledger import KIND_LABELS, ChainProblem
from subsidy.admin.workflow import action_label, state_label
from subsidy.errors import DomainRefusal
from subsidy.services.access import LEDGER_READERS, require_role
from subsidy.services.clock import beijing
from subsidy.services.listing import audit_log, list_ledger
from subsidy.store.tables import AuditRecord, Call, User

if TYPE_CHECKING:
    from subsidy.services.audit import Checkpoint

__all__ = ["AUDIT_HEADERS", "LEDGER_HEADERS", "AuditLine", "LedgerLine", "Verification", "audit_lines", "export_checkpoint",
           "ledger_lines", "subject_label", "verification"]

LEDGER_HEADERS = ("序号", "类型", "批次", "条款", "预算年度", "奖励", "期", "金额（元）", "说明", "操作人", "记账时间（北京时间）",
                  "业务日期", "哈希")
AUDIT_HEADERS = ("序号", "时间（北京时间）", "业务日期", "操作人", "操作", "对象", "状态变化")


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


@dataclass(frozen=True)
class LedgerLine:
    seq: int
    kind: str
    kind_label: str
    call_id: int
    call_title: str
    clause_id: str
    year: int
    award_id: int | None
    tranche: int | None
    fen: int
    memo: str
    actor: str
    at: str
    business_date: dt.date | None
    hash: str
    reverses: int | None = None

    def cells(self) -> list[Any]:
        return [self.seq, self.kind_label, self.call_id, self.clause_id, self.year,
                "" if self.award_id is None else self.award_id, "" if self.tranche is None else self.tranche,
                _yuan(self.fen), self.memo, self.actor, self.at,
                "" if self.business_date is None else self.business_date.isoformat(), self.hash]


def _business_dates(session: Session, seqs: Sequence[int]) -> dict[int, dt.date | None]:
    """The business date of the transaction that wrote each ledger entry: the last audit record of a
    transaction seals the ledger's head as the commit left it (services/audit.py), so the entry ``n``
    was written by the first transaction whose seal records a head at ``n`` or later."""
    if not seqs:
        return {}
    q = (select(AuditRecord.seal, AuditRecord.business_date).where(AuditRecord.seal.is_not(None))
         .order_by(AuditRecord.seq))
    marks: list[tuple[int, dt.date | None]] = []
    for seal, day in session.execute(q):
        head = seal.get("ledger") if isinstance(seal, dict) else None
        if isinstance(head, list) and head and isinstance(head[0], int) and (not marks or head[0] > marks[-1][0]):
            marks.append((head[0], day))
    out: dict[int, dt.date | None] = {}
    i = 0
    for seq in sorted(seqs):
        while i < len(marks) and marks[i][0] < seq:
            i += 1
        out[seq] = marks[i][1] if i < len(marks) else None
    return out


def ledger_lines(session: Session, actor: User, *, call_id: int | None = None,
                 award_id: int | None = None) -> list[LedgerLine]:
    """The ledger's entries in chain order (services/listing.list_ledger), each with who wrote it, when
    by the clock and as of which business date."""
    entries = list_ledger(session, actor, call_id=call_id, award_id=award_id)
    users = {u.id: u for u in session.scalars(select(User).where(User.id.in_({e.actor_id for e in entries
                                                                             if e.actor_id is not None})))}
    titles = dict(session.execute(select(Call.id, Call.title).where(Call.id.in_({e.call_id for e in entries}))).all())
    days = _business_dates(session, [e.seq for e in entries])
    return [LedgerLine(e.seq, e.kind, KIND_LABELS.get(e.kind, e.kind), e.call_id, str(titles.get(e.call_id, "")),
                       e.clause_id, e.year, e.award_id, e.tranche, e.fen, e.memo,
                       _who(users.get(e.actor_id) if e.actor_id is not None else None), beijing(e.created_at),
                       days.get(e.seq), e.hash, e.reverses)
            for e in entries]


def _who(user: User | None) -> str:
    return "系统" if user is None else f"{user.display_name}（{user.username}）"


SUBJECT_LABELS = {"application": "申报", "user": "用户", "call": "申报批次", "award": "奖励", "organisation": "单位",
                  "report": "报告", "match_run": "免申即享匹配", "tranche": "付款期次", "sanction": "处理决定",
                  "notice": "公示", "ledger": "账目", "finding": "审计发现", "adopted_policy": "采用的政策",
                  "database": "数据库", "objection": "异议"}


def subject_label(subject: str) -> str:
    """An audit record's subject as people read it: ``application:12`` → ``申报 12``."""
    kind, _, ident = subject.partition(":")
    label = SUBJECT_LABELS.get(kind)
    if label is None:
        return subject
    return f"{label} {ident}" if ident else label


@dataclass(frozen=True)
class AuditLine:
    seq: int | None
    at: str
    business_date: dt.date | None
    actor: str
    action: str
    action_label: str
    subject: str
    change: str

    @property
    def subject_label(self) -> str:
        return subject_label(self.subject)

    def cells(self) -> list[Any]:
        return [self.seq if self.seq is not None else "", self.at,
                "" if self.business_date is None else self.business_date.isoformat(), self.actor, self.action_label,
                self.subject_label, self.change]


def audit_lines(session: Session, actor: User, *, subject: str | None = None, username: str | None = None,
                limit: int | None = None) -> list[AuditLine]:
    """The audit log (services/listing.audit_log: the same query as `subsidy audit log`), in words."""
    rows = audit_log(session, actor, subject=subject or None, username=username or None, limit=limit)
    names = {u.username: u for u in session.scalars(select(User).where(User.username.in_({r.actor for r in rows
                                                                                          if r.actor})))}
    out = []
    for r in rows:
        rec = r.record
        change = (f"{state_label(rec.from_state)} → {state_label(rec.to_state)}"
                  if rec.from_state or rec.to_state else "")
        out.append(AuditLine(rec.seq, beijing(rec.at), rec.business_date,
                             _who(names.get(r.actor)) if r.actor else "系统", rec.action, action_label(rec.action),
                             rec.subject, change))
    return out


@dataclass(frozen=True)
class Verification:
    problems: tuple[ChainProblem, ...]
    ledger_head: tuple[int, str]
    audit_head: tuple[int, str]
    taken_at: str  # 北京时间
    against: Checkpoint | None = None  # the checkpoint compared with, if one was given

    @property
    def ok(self) -> bool:
        return not self.problems


def verification(session: Session, actor: User, against: Checkpoint | None = None) -> Verification:
    """`subsidy audit verify [--checkpoint FILE]` for a page: both chains and every sealed row, and both
    chains against ``against`` if given (services/audit.verify)."""
    from subsidy.services import audit

    require_role(actor, "核验账本与审计日志", *LEDGER_READERS)
    problems = audit.verify(session, against)
    cp = audit.checkpoint(session)
    return Verification(tuple(problems), cp.ledger, cp.audit, beijing(cp.taken_at), against)


def export_checkpoint(session: Session, actor: User) -> Checkpoint:
    """`subsidy audit checkpoint` for a download: the chains' heads, only after the check passes (a
    checkpoint of a tampered database would vouch for it)."""
    from subsidy.services import audit

    require_role(actor, "导出核对点", *LEDGER_READERS)
    problems = audit.verify(session)
    if problems:
        raise DomainRefusal(f"核验未通过（{len(problems)} 处问题），不导出核对点：先在「核验」页查看并处理",
                            "verification_failed")
    return audit.checkpoint(session)
