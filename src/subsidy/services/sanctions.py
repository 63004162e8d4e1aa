"""Sanctions on violation: suspend payments (and lift), terminate, recover money paid, bar the entity.

Each takes the ledger lock first, so a payment running at the same moment either completes before
the sanction or sees it. Termination cancels every unpaid tranche and releases its commitment.
Recovery is allocated to the tranches that were paid, newest first, and never exceeds what was
paid; money received back returns to the budget line it was paid from. A bar (取消申报资格) is seen
by every later assessment and application (through the case records) and by every payment.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal, NotFound
from subsidy.money import check_fen, format_fen
from subsidy.services import ledger
from subsidy.services.access import RECOVERY_RECEIVERS, SANCTIONERS, require_role
from subsidy.services.audit import record
from subsidy.services.commitments import award_context
from subsidy.services.texts import free_text
from subsidy.store.tables import Award, Finding, LedgerEntry, Organisation, Sanction, Tranche, User

__all__ = [
    "active_bar",
    "active_suspension",
    "bar",
    "get_sanction",
    "lift",
    "open_recoveries",
    "receive",
    "recover",
    "recovery_key",
    "recovery_of",
    "recovery_status",
    "suspend",
    "terminate",
]


def get_sanction(session: Session, sanction_id: int, kind: str | None = None) -> Sanction:
    s = session.get(Sanction, sanction_id)
    if s is None or (kind is not None and s.kind != kind):
        raise NotFound(f"处理决定 {sanction_id} 不存在" + ("" if kind is None else f"或不是「{kind}」"), "no_sanction")
    return s


def _start(session: Session, actor: User, award: Award | None, reason: str, doing: str,
           finding: Finding | None) -> str:
    require_role(actor, doing, *SANCTIONERS)
    text = free_text(reason, "reason", f"{doing}的理由")
    if not text:
        raise DomainRefusal(f"{doing}须说明理由", "no_reason")
    if finding is not None and award is not None and finding.award_id != award.id:
        raise DomainRefusal(f"审计发现 {finding.id} 不属于奖励 {award.id}", "finding_mismatch")
    ledger.lock(session)
    return text


def _org_id(session: Session, award: Award) -> int:
    return award_context(session, award)[0].organisation_id


def active_suspension(session: Session, award_id: int, day: dt.date) -> Sanction | None:
    q = select(Sanction).where(Sanction.kind == "suspend", Sanction.award_id == award_id, Sanction.decided_on <= day,
                               or_(Sanction.lifted_on.is_(None), Sanction.lifted_on > day))
    return session.scalars(q.order_by(Sanction.id)).first()


def active_bar(session: Session, organisation_id: int, day: dt.date) -> Sanction | None:
    q = select(Sanction).where(Sanction.kind == "bar", Sanction.organisation_id == organisation_id,
                               Sanction.decided_on <= day, Sanction.bar_until >= day)
    return session.scalars(q.order_by(Sanction.bar_until.desc())).first()


def suspend(session: Session, actor: User, award: Award, reason: str, today: dt.date,
            finding: Finding | None = None) -> Sanction:
    """暂停拨付: no tranche of the award is paid until the suspension is lifted."""
    text = _start(session, actor, award, reason, "暂停拨付", finding)
    if active_suspension(session, award.id, today) is not None:
        raise DomainRefusal(f"奖励 {award.id} 已在暂停拨付中", "already_suspended")
    s = Sanction(organisation_id=_org_id(session, award), award_id=award.id, finding_id=finding and finding.id,
                 kind="suspend", reason=text, decided_on=today, decided_by=actor.id)
    session.add(s)
    session.flush()
    record(session, actor, "suspend", f"award:{award.id}", sanction=s.id, reason=text)
    return s


def lift(session: Session, actor: User, sanction: Sanction, today: dt.date) -> Sanction:
    """解除暂停: payments of the award may resume from ``today``."""
    require_role(actor, "解除暂停拨付", *SANCTIONERS)
    ledger.lock(session)
    if sanction.kind != "suspend" or sanction.lifted_on is not None:
        raise DomainRefusal(f"处理决定 {sanction.id} 不是生效中的暂停拨付", "not_suspended")
    if today < sanction.decided_on:
        raise DomainRefusal(f"解除日期 {today} 早于暂停日期 {sanction.decided_on}", "bad_date")
    sanction.lifted_on = today
    record(session, actor, "lift", f"award:{sanction.award_id}", sanction=sanction.id)
    return sanction


def terminate(session: Session, actor: User, award: Award, reason: str, today: dt.date,
              finding: Finding | None = None) -> tuple[Sanction, list[Tranche]]:
    """终止: every unpaid tranche is cancelled and its commitment released."""
    text = _start(session, actor, award, reason, "终止项目", finding)
    if session.scalars(select(Sanction).where(Sanction.kind == "terminate", Sanction.award_id == award.id)).first():
        raise DomainRefusal(f"奖励 {award.id} 已终止", "already_terminated")
    app, call = award_context(session, award)
    q = select(Tranche).where(Tranche.award_id == award.id, Tranche.state == "scheduled").order_by(Tranche.number)
    cancelled = list(session.scalars(q.execution_options(populate_existing=True)))
    for t in cancelled:
        outstanding = ledger.balance_of(session, LedgerEntry.award_id == award.id,
                                        LedgerEntry.tranche == t.number).committed
        if outstanding > 0:
            ledger.append(session, "release", call_id=call.id, clause_id=app.clause_id, year=t.due_year,
                          fen=outstanding, award_id=award.id, tranche=t.number, key=ledger.system_key("release", award.id, t.number),
                          memo=f"奖励 {award.id} 终止，第 {t.number} 期承诺释放", actor=actor)
        t.state = "cancelled"
    s = Sanction(organisation_id=app.organisation_id, award_id=award.id, finding_id=finding and finding.id,
                 kind="terminate", reason=text, decided_on=today, decided_by=actor.id)
    session.add(s)
    session.flush()
    record(session, actor, "terminate", f"award:{award.id}", sanction=s.id, reason=text,
           cancelled=[t.number for t in cancelled])
    return s, cancelled


def recovery_key(award: Award, amount_fen: int, due_on: dt.date, finding: Finding | None = None,
                 key: str | None = None) -> str:
    """The idempotency key of a recovery request as stored: the caller's ``key`` (``user:<key>``), or
    else the system's key of the request itself (award, finding, amount, due date)."""
    stored = ledger.caller_key(key)
    if stored is not None:
        return stored
    return ledger.system_key("recover", award.id, finding.id if finding is not None else "-", amount_fen,
                             due_on.isoformat())


def recovery_of(session: Session, stored_key: str) -> Sanction | None:
    """The recovery decision made under ``stored_key`` (see :func:`recovery_key`), if any."""
    return session.scalars(select(Sanction).where(Sanction.request_key == stored_key)).one_or_none()


def recover(session: Session, actor: User, award: Award, amount_fen: int, due_on: dt.date, reason: str,
            today: dt.date, finding: Finding | None = None, *, key: str | None = None) -> Sanction:
    """追回: ``amount_fen`` to be paid back by ``due_on``; never more than paid and not yet recovered.

    The request is idempotent (:func:`recovery_key`): made again — rerun after a crash, submitted
    twice — it returns the first decision and writes nothing; a different request under a key already
    used is refused, naming the decision the key was first used for."""
    stored_key = recovery_key(award, amount_fen, due_on, finding, key)
    text = _start(session, actor, award, reason, "追回资金", finding)
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise DomainRefusal("追回金额须为正数", "bad_amount")
    check_fen(amount_fen, "追回金额")
    if (first := recovery_of(session, stored_key)) is not None:
        request = (award.id, finding.id if finding is not None else None, amount_fen, due_on, text)
        if (first.award_id, first.finding_id, first.amount_fen, first.due_on, first.reason) == request:
            return first
        which = (f"请求编号「{ledger.shown_key(stored_key)}」" if key is not None
                 else "相同的追回请求（奖励、审计发现、金额、缴回期限均相同）")
        raise DomainRefusal(f"{which}已用于处理决定 {first.id}（追回奖励 {first.award_id} 的资金 {format_fen(first.amount_fen or 0)}，"
                            f"缴回期限 {first.due_on}，理由「{first.reason}」），与本次请求不同，不能重复使用", "key_reused")
    if due_on < today:
        raise DomainRefusal(f"缴回期限 {due_on} 早于决定日期 {today}", "bad_date")
    app, call = award_context(session, award)
    paid = list(session.scalars(select(Tranche).where(Tranche.award_id == award.id, Tranche.state == "paid")
                                .order_by(Tranche.number.desc())))
    room = {t.number: _recoverable_room(session, award.id, t.number) for t in paid}
    if amount_fen > sum(room.values()):
        raise DomainRefusal(f"追回金额 {format_fen(amount_fen)} 超过奖励 {award.id} 已拨付且尚未追回的金额 {format_fen(sum(room.values()))}",
                            "over_recovery")
    s = Sanction(organisation_id=app.organisation_id, award_id=award.id, finding_id=finding and finding.id,
                 kind="recover", reason=text, decided_on=today, amount_fen=amount_fen, due_on=due_on, decided_by=actor.id,
                 request_key=stored_key)
    session.add(s)
    session.flush()
    left = amount_fen
    for t in paid:
        part = min(left, room[t.number])
        if part > 0:
            ledger.append(session, "recovery_due", call_id=call.id, clause_id=app.clause_id, year=t.due_year,
                          fen=part, award_id=award.id, tranche=t.number, key=ledger.system_key("recover", s.id, t.number),
                          memo=f"追回决定 {s.id}：第 {t.number} 期应追回", actor=actor)
            left -= part
    record(session, actor, "recover", f"award:{award.id}", sanction=s.id, amount_fen=amount_fen,
           due_on=due_on.isoformat(), reason=text)
    return s


def _recoverable_room(session: Session, award_id: int, number: int) -> int:
    b = ledger.balance_of(session, LedgerEntry.award_id == award_id, LedgerEntry.tranche == number)
    return b.paid - b.recoverable - b.recovered


def _entries(session: Session, prefix: str) -> list[LedgerEntry]:
    """Entries whose key starts with ``prefix`` (which holds no LIKE wildcards: ids and a colon)."""
    return list(session.scalars(select(LedgerEntry).where(LedgerEntry.key.like(prefix + "%")).order_by(LedgerEntry.seq)))


def _owed(session: Session, sanction: Sanction) -> dict[int, int]:
    """Per tranche: owed under this recovery decision and not yet received."""
    owed: dict[int, int] = {}
    for e in _entries(session, ledger.system_key("recover", sanction.id) + ":"):
        assert e.tranche is not None
        owed[e.tranche] = owed.get(e.tranche, 0) + e.fen
    for e in _entries(session, ledger.system_key("receipt", sanction.id) + ":"):
        assert e.tranche is not None
        owed[e.tranche] -= e.fen
    return owed


def recovery_status(session: Session, sanction: Sanction) -> tuple[int, int]:
    """(amount still owed under this recovery decision, amount received so far)."""
    received = sum(e.fen for e in _entries(session, ledger.system_key("receipt", sanction.id) + ":"))
    return sum(_owed(session, sanction).values()), received


def open_recoveries(session: Session, actor: User) -> list[tuple[Sanction, int, int]]:
    """Every recovery decision with money still owed, oldest first: (decision, owed, received) — what
    finance registers money received against (finance, administrators; officers and auditors read)."""
    require_role(actor, "查看追回资金", "finance", "admin", "officer", "auditor")
    out = []
    for x in session.scalars(select(Sanction).where(Sanction.kind == "recover").order_by(Sanction.id)):
        owed, received = recovery_status(session, x)
        if owed > 0:
            out.append((x, owed, received))
    return out


def receive(session: Session, actor: User, sanction: Sanction, amount_fen: int, reference: str,
            today: dt.date) -> list[LedgerEntry]:
    """Money paid back under a recovery decision, identified by its voucher ``reference``; entering
    the same reference again changes nothing."""
    require_role(actor, "登记追回到账", *RECOVERY_RECEIVERS)
    ref = reference.strip()
    if not ref or ":" in ref or len(ref) > 100:
        raise DomainRefusal("须填写到账凭证号（不含冒号，最多 100 个字符）", "no_reference")
    if sanction.kind != "recover":
        raise DomainRefusal(f"处理决定 {sanction.id} 不是追回决定", "not_recovery")
    ledger.lock(session)
    owed = _owed(session, sanction)
    keys = {n: ledger.system_key("receipt", sanction.id, ref, n) for n in owed}
    existing = list(session.scalars(select(LedgerEntry).where(LedgerEntry.key.in_(keys.values()))
                                    .order_by(LedgerEntry.seq)))
    if existing:
        if sum(e.fen for e in existing) != amount_fen:
            raise DomainRefusal(f"凭证「{ref}」已登记 {format_fen(sum(e.fen for e in existing))}，与本次金额不同", "key_reused")
        return existing
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise DomainRefusal("到账金额须为正数", "bad_amount")
    check_fen(amount_fen, "到账金额")
    due, received = recovery_status(session, sanction)
    if amount_fen > due:
        raise DomainRefusal(f"到账金额 {format_fen(amount_fen)} 超过尚未缴回的金额 {format_fen(due)}（已缴回 {format_fen(received)}）",
                            "over_recovery")
    award = session.get(Award, sanction.award_id)
    assert award is not None
    app, call = award_context(session, award)
    years = {t.number: t.due_year for t in session.scalars(select(Tranche).where(Tranche.award_id == award.id))}
    out, left = [], amount_fen
    for number, still in sorted(owed.items(), reverse=True):
        part = min(left, still)
        if part > 0:
            out.append(ledger.append(session, "recovery_received", call_id=call.id, clause_id=app.clause_id,
                                     year=years[number], fen=part, award_id=award.id, tranche=number,
                                     key=keys[number], memo=f"追回决定 {sanction.id} 到账（凭证 {ref}）", actor=actor))
            left -= part
    record(session, actor, "receive", f"sanction:{sanction.id}", amount_fen=amount_fen, reference=ref,
           today=today.isoformat())
    return out


def bar(session: Session, actor: User, org: Organisation, until: dt.date, reason: str, today: dt.date,
        finding: Finding | None = None) -> Sanction:
    """取消申报资格 from ``today`` to ``until`` (inclusive): no application, assessment or payment."""
    text = _start(session, actor, None, reason, "取消申报资格", finding)
    if until < today:
        raise DomainRefusal(f"限制截止日 {until} 早于决定日期 {today}", "bad_date")
    s = Sanction(organisation_id=org.id, award_id=finding.award_id if finding else None,
                 finding_id=finding and finding.id, kind="bar", reason=text, decided_on=today, bar_until=until,
                 decided_by=actor.id)
    session.add(s)
    session.flush()
    record(session, actor, "bar", f"organisation:{org.id}", sanction=s.id, until=until.isoformat(), reason=text)
    return s
