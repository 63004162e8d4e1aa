"""Paying tranches (拨付), each exactly once, to the award's payee, only when its conditions hold.

A payment carries an idempotency key (``pay:{award}:{tranche}`` unless the caller gives the key of
its request, kept in the callers' namespace: ``ledger.caller_key``): a retry with the same key returns
the payment already made and writes nothing; a key already used for another request is refused. The
ledger lock is taken before anything is read, so two workers paying the same tranche are
serialised and the second sees the first's payment.

Conditions, re-checked at payment time: the tranche is scheduled (not paid, not cancelled) and due
(its year has come); its tracking report is accepted where required; the award is not suspended;
the entity is not barred; its credit record is clean (no 严重失信 / 失信惩戒 fact, the office-verified value
winning over the declared one).

A payment run pays every due tranche, each in its own transaction, so a run that stops half way
(killed, power lost) leaves whole payments only, and running it again pays the rest exactly once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal, NotFound, SubsidyError
from subsidy.money import format_fen
from subsidy.services import clock, ledger
from subsidy.services.access import require_role
from subsidy.services.audit import load_user, record
from subsidy.services.commitments import award_context, stage_of
from subsidy.services.facts import CREDIT_FACTS
from subsidy.services.lookup import call_clause
from subsidy.services.organisations import effective_facts
from subsidy.services.sanctions import active_bar, active_suspension
from subsidy.services.supervision import report_accepted
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, Award, LedgerEntry, Organisation, Tranche, User

__all__ = ["CREDIT_FACTS", "DueTranche", "Payment", "RunResult", "credit_problem", "due_tranche_ids", "due_tranches", "pay_tranche", "payment_run"]



@dataclass(frozen=True)
class Payment:
    tranche_id: int
    award_id: int
    number: int
    fen: int
    seq: int
    payee: str
    repeated: bool  # the key was already used: nothing was paid this time


@dataclass
class RunResult:
    paid: list[Payment] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (tranche id, reason in Chinese)


def credit_problem(org: Organisation) -> str | None:
    """The credit fact that forbids payment, if any: the office-verified value where there is one
    (an applicant's declaration cannot clear it), else the declared one; a problem the organisation
    declares itself also forbids payment, whatever was verified before."""
    for facts in (effective_facts(org), org.profile or {}):
        for fact, label in CREDIT_FACTS.items():
            if facts.get(fact) in (True, "是", "true"):
                return label
    return None


def _payee(session: Session, award: Award, org: Organisation) -> str:
    """Who receives the money: the applicant by name, or the clause's payee (金融机构, 园区运营单位 …)."""
    if award.payee == "applicant":
        return f"申报单位 {org.name}（{org.uscc}）"
    app, call = award_context(session, award)
    try:
        label = call_clause(session, call, app.clause_id).payee_label
    except SubsidyError:  # the payee of the award stands even if the policy files cannot be read
        label = award.payee
    return f"{label}（{org.name} 项目）"


def _payment(t: Tranche, e: LedgerEntry, repeated: bool) -> Payment:
    return Payment(t.id, t.award_id, t.number, e.fen, e.seq, e.memo, repeated)


def pay_tranche(session: Session, actor: User, tranche_id: int, today: dt.date, *, key: str | None = None) -> Payment:
    """Pay one tranche in the caller's transaction, or refuse with the reason (nothing written)."""
    require_role(actor, "拨付资金", "finance", "admin")
    ledger.lock(session)
    tranche = session.get(Tranche, tranche_id, populate_existing=True)
    if tranche is None:
        raise NotFound(f"付款期次 {tranche_id} 不存在", "no_tranche")
    award = session.get(Award, tranche.award_id)
    assert award is not None
    label = f"奖励 {award.id} 第 {tranche.number} 期（{format_fen(tranche.fen)}）"
    key = ledger.caller_key(key) if key is not None else ledger.system_key("pay", award.id, tranche.number)
    done = ledger.keyed(session, key)
    if done is not None:
        if (done.kind, done.award_id, done.tranche) != ("payment", award.id, tranche.number):
            raise DomainRefusal(f"请求编号「{ledger.shown_key(key)}」已用于{ledger.first_use(done)}，不能用于{label}",
                                "key_reused")
        return _payment(tranche, done, True)
    if tranche.state == "paid":
        raise DomainRefusal(f"{label}已于第 {tranche.paid_seq} 条账目拨付，不能重复拨付", "already_paid")
    if tranche.state == "cancelled":
        raise DomainRefusal(f"{label}已因项目终止而取消", "cancelled")
    if tranche.due_year > today.year:
        raise DomainRefusal(f"{label}应于 {tranche.due_year} 年拨付，尚未到期", "not_due")
    stage = stage_of(award, tranche.number)
    if tranche.requires_report and stage and not report_accepted(session, award.id, tranche.number):
        raise DomainRefusal(f"{label}在阶段「{stage}」实现后拨付：须先记录该阶段已实现（`subsidy report request {award.id} "
                            f"--tranche {tranche.number}`，报告审核通过即记录）", "stage_not_reached")
    if tranche.requires_report and not report_accepted(session, award.id, tranche.number):
        raise DomainRefusal(f"{label}须先提交跟踪报告并经审核通过（`subsidy report request {award.id} --tranche "
                            f"{tranche.number}`）", "report_required")
    app, call = award_context(session, award)
    org = session.get(Organisation, app.organisation_id)
    assert org is not None
    if (s := active_suspension(session, award.id, today)) is not None:
        raise DomainRefusal(f"{label}已暂停拨付（处理决定 {s.id}：{s.reason}）", "suspended")
    if (b := active_bar(session, org.id, today)) is not None:
        raise DomainRefusal(f"{org.name}被取消申报资格至 {b.bar_until}（{b.reason}），不予拨付", "barred")
    if (problem := credit_problem(org)) is not None:
        raise DomainRefusal(f"{org.name}{problem}，信用核查未通过，不予拨付", "credit")
    entry = ledger.append(session, "payment", call_id=call.id, clause_id=app.clause_id, year=tranche.due_year,
                          fen=tranche.fen, award_id=award.id, tranche=tranche.number, key=key,
                          memo=f"拨付给{_payee(session, award, org)}", actor=actor)
    tranche.state, tranche.paid_seq = "paid", entry.seq
    record(session, actor, "pay", f"tranche:{tranche.id}", from_state="scheduled", to_state="paid", award=award.id,
           number=tranche.number, fen=tranche.fen, seq=entry.seq, key=key, payee=award.payee)
    return _payment(tranche, entry, False)


def due_tranche_ids(session: Session, today: dt.date) -> list[int]:
    q = select(Tranche.id).where(Tranche.state == "scheduled", Tranche.due_year <= today.year).order_by(Tranche.id)
    return list(session.scalars(q))


@dataclass(frozen=True)
class DueTranche:
    """A tranche due for payment, as a payment run's confirmation lists it."""

    tranche_id: int
    award_id: int
    number: int
    fen: int
    due_year: int
    requires_report: bool
    application_id: int
    project_title: str
    organisation_name: str


def due_tranches(session: Session, actor: User, today: dt.date) -> list[DueTranche]:
    """The tranches a run on ``today`` would try to pay (:func:`due_tranche_ids`), with what a person
    confirming the run reads; each is still checked when paid."""
    require_role(actor, "拨付资金", "finance", "admin")
    ids = due_tranche_ids(session, today)
    rows = session.execute(
        select(Tranche, Application, Organisation.name).join(Award, Award.id == Tranche.award_id)
        .join(Application, Application.id == Award.application_id)
        .join(Organisation, Organisation.id == Application.organisation_id)
        .where(Tranche.id.in_(ids)).order_by(Tranche.id))
    return [DueTranche(t.id, t.award_id, t.number, t.fen, t.due_year, t.requires_report, a.id, a.project_title, name)
            for t, a, name in rows]


def payment_run(engine: Engine, username: str, today: dt.date,
                on_each: Callable[[int, Payment | str], None] | None = None, *,
                tranche_ids: Sequence[int] | None = None) -> RunResult:
    """Pay every due tranche (or only ``tranche_ids``, those a person confirmed), each in its own
    transaction; refusals are listed, not fatal. A tranche already paid under its key is reported as
    repeated and paid nothing again, so a second run (a double click) pays once."""
    with session_scope(engine) as s:
        require_role(load_user(s, username), "拨付资金", "finance", "admin")
        ids = due_tranche_ids(s, today) if tranche_ids is None else list(dict.fromkeys(tranche_ids))
    result = RunResult()
    for tranche_id in ids:
        outcome: Payment | str
        try:
            with session_scope(engine) as s:
                s.info[clock.SESSION_KEY] = today  # the run's business date, checked by its caller
                outcome = pay_tranche(s, load_user(s, username), tranche_id, today)
            result.paid.append(outcome)
        except DomainRefusal as exc:
            outcome = str(exc)
            result.skipped.append((tranche_id, outcome))
        if on_each is not None:
            on_each(tranche_id, outcome)
    return result
