"""Approval (核定) of an application after its public notice, and the award it creates.

Refused unless: the notice period has ended with no open objection; the approved amount is at
least 0.01元 and at most the clause ceiling the engine computed for the application (stored with
it at submission); and the call's approvals, this one included, stay within the call's budget and
the clause's budget. The award names the payee of the clause and carries the payment schedule of
the clause: tranches (e.g. 50%/30%/20% over three years, adding up exactly, the remainder in the
last), one annual award of a multi-year programme, or a lump sum. Each tranche is committed on the
budget line of the year it falls due (refused if that line has not enough appropriated budget).

Approval re-assesses the application against the ledger as it is at that moment: the case stored at
submission, with the entity's records read again (grants, including the commitments of awards approved
since in this or any other call; support elsewhere; bars). The amount may not exceed what that
assessment still allows, and approval is refused when a cap's room is used up, so no combination of
calls or approvals exceeds an entity's cap. Everything is decided under the ledger lock, taken first:
concurrent approvals are serialised, each sees the others' awards, and a second approval of the same
application is refused by its state (never a database error).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from subsidy.admin.workflow import transition
from subsidy.dates import validity_window
from subsidy.errors import DomainRefusal
from subsidy.money import check_fen, format_fen, parse_money
from subsidy.rules.case import parse_case
from subsidy.rules.model import Clause, Policy
from subsidy.rules.results import Reason
from subsidy.rules.schedules import payment_plan
from subsidy.services import ledger
from subsidy.services.applications import case_records, clause_ceiling
from subsidy.services.audit import move
from subsidy.services.commitments import commit_award
from subsidy.services.lookup import call_clause, get_call, lock_row, organisation_of
from subsidy.services.notice import close_if_done, notice_of, open_objections
from subsidy.services.policies import assess_input, call_policy
from subsidy.store.tables import Application, Award, Call, User

__all__ = ["approve", "approved_total", "payment_schedule", "reassessed_ceiling"]


def payment_schedule(clause: Clause, amount_fen: int, year: int,
                     validity_end: dt.date | None = None, facts: dict[str, Any] | None = None,
                     as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """The award's payments by the clause's schedule (rules/schedules.payment_plan), as stored:
    ``[{number, fen, due_year, when, share}]``; a tranche due after ``validity_end``'s year says so in
    its ``when`` (still owed: 解读约定第18条). With the case's ``facts`` (on ``as_of``, the approval date) a
    schedule chosen by a fact is resolved; a stage's tranche also has ``stage`` (its event) and ``happened``
    (its fact says the event has happened): the others wait for the officer to record the event
    (services/commitments.tranche_plan)."""
    out: list[dict[str, Any]] = []
    for t in payment_plan(clause, amount_fen, first_year=year, validity_end=validity_end, facts=facts, as_of=as_of):
        item: dict[str, Any] = {"number": t.number, "fen": t.fen, "due_year": t.due_year, "when": t.when,
                                "share": t.share or "100%"}
        if t.stage:
            item.update(stage=t.stage, happened=t.happened is True)
        out.append(item)
    return out


def _case_facts(policy: Policy, app: Application) -> dict[str, Any]:
    """The facts of the case stored at submission (none: an application not submitted through the engine)."""
    return parse_case(dict(app.case_input), policy).facts if app.case_input is not None else {}


def approved_total(session: Session, call: Call, clause_id: str | None = None) -> int:
    """What the call's awards add up to (optionally for one clause)."""
    q = select(func.coalesce(func.sum(Award.approved_fen), 0)).join(
        Application, Application.id == Award.application_id).where(Application.call_id == call.id)
    if clause_id is not None:
        q = q.where(Application.clause_id == clause_id)
    return int(session.scalar(q) or 0)


def reassessed_ceiling(session: Session, app: Application, call: Call) -> int | None:
    """The most ``app`` may be granted now: the engine on the case stored at submission with the
    entity's records as the database has them now (call it under the ledger lock). Refused when the
    clause is no longer eligible (a cap's room used up by awards approved since). ``None`` for an
    application without a stored case (not submitted through the engine): its stored ceiling stands."""
    if app.case_input is None:
        return None
    _, policy = call_policy(session, call)
    case = {**app.case_input, **case_records(session, organisation_of(session, app), policy, app.project_ref)}
    clause, ceiling = clause_ceiling(assess_input(policy, case), app.clause_id)
    if clause.eligible is not True:
        why = "；".join(clause.reasons) or "尚不能判断是否符合"
        code = "no_room" if clause.eligible is False and clause.reason == Reason.CAP_EXHAUSTED else "ineligible_now"
        raise DomainRefusal(f"按核定时的台账复核，申报 {app.id} 已不能核定：{why}（同一单位此后在本批次或其他批次已核定的支持已计入）",
                            code)
    return ceiling


def _floor_fen(app: Application) -> int | None:
    """The clause's 保底 as the engine assessed it at submission (its ``floor`` in the stored assessment)."""
    for c in (app.assessment or {}).get("clauses", []):
        if c.get("id") == app.clause_id and c.get("floor") is not None:
            return parse_money(f"{c['floor']}元").fen
    return None


def approve(session: Session, actor: User, app: Application, *, amount_fen: int, today: dt.date) -> Award:
    """核定: create the award for ``app`` at ``amount_fen`` after its notice; in_notice → approved."""
    if not isinstance(amount_fen, bool) and isinstance(amount_fen, int):
        check_fen(amount_fen, "核定金额")
    ledger.lock(session)  # first, as payments take it; then the call, then the application: no deadlock
    call = get_call(session, app.call_id, lock=True)
    lock_row(session, app)  # its state as the last approval left it
    transition(app.state, "approve", actor.role)
    notice = notice_of(session, app)
    if today <= notice.ends_on:
        raise DomainRefusal(f"申报 {app.id} 的公示期至 {notice.ends_on.isoformat()} 止，期满后方可核定",
                            "notice_not_ended")
    pending = open_objections(session, app)
    if pending:
        raise DomainRefusal(f"申报 {app.id} 有尚未处理的异议（{'、'.join(str(o.id) for o in pending)}），处理后方可核定",
                            "open_objection")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen < 1:
        raise DomainRefusal("核定金额须不少于 0.01元", "amount_too_small")
    if app.ceiling_fen is None:
        raise DomainRefusal(f"申报 {app.id} 没有引擎核定的支持上限，不能按本流程核定金额", "no_ceiling")
    if amount_fen > app.ceiling_fen:
        raise DomainRefusal(f"核定金额 {format_fen(amount_fen)} 超过该申报条款的最高可获支持额 {format_fen(app.ceiling_fen)}"
                            f"（规则版本 {app.rules_version or '—'}）", "above_ceiling")
    so_far = approved_total(session, call)
    if so_far + amount_fen > call.budget_fen:
        raise DomainRefusal(f"核定后本批次核定总额 {format_fen(so_far + amount_fen)} 将超过年度预算 {format_fen(call.budget_fen)}"
                            f"（已核定 {format_fen(so_far)}，本次 {format_fen(amount_fen)}）", "over_budget")
    clause_budget = (call.clause_budgets or {}).get(app.clause_id)
    if clause_budget is not None:
        clause_so_far = approved_total(session, call, app.clause_id)
        if clause_so_far + amount_fen > int(clause_budget):
            raise DomainRefusal(f"核定后条款「{app.clause_id}」核定总额 {format_fen(clause_so_far + amount_fen)} 将超过该条款预算 "
                                f"{format_fen(int(clause_budget))}（已核定 {format_fen(clause_so_far)}）", "over_clause_budget")
    now = reassessed_ceiling(session, app, call)
    ceiling = app.ceiling_fen if now is None else min(app.ceiling_fen, now)
    if amount_fen > ceiling:
        raise DomainRefusal(f"核定金额 {format_fen(amount_fen)} 超过该申报现有的支持额度：按核定时的台账复核，该申报最多可核定 {format_fen(ceiling)}"
                            f"（提交时为 {format_fen(app.ceiling_fen)}，此后同一单位已核定的支持已计入）", "above_ceiling")
    floor = _floor_fen(app)
    if floor is not None and amount_fen < min(floor, ceiling):
        raise DomainRefusal(f"核定金额 {format_fen(amount_fen)} 低于该申报条款的保底金额 {format_fen(min(floor, ceiling))}"
                            f"（条款规定不少于此数，核定金额在保底与最高额之间；规则版本 {app.rules_version or '—'}）",
                            "below_floor")
    clause = call_clause(session, call, app.clause_id)
    adopted, policy = call_policy(session, call)
    end = validity_window(adopted.effective_from, policy.validity_years)[1] if policy.validity_years else None
    schedule = payment_schedule(clause, amount_fen, today.year, end, _case_facts(policy, app), today)
    award = Award(application_id=app.id, approved_fen=amount_fen, ceiling_fen=ceiling, schedule=schedule,
                  payee=clause.payee, approved_on=today, approved_by=actor.id)
    session.add(award)
    session.flush()
    commit_award(session, award, actor)  # tranches, and a commitment per tranche on its year's budget line
    move(session, app, "approve", actor, award=award.id, approved_fen=amount_fen, ceiling_fen=app.ceiling_fen,
         reassessed_ceiling_fen=now,
         proposed_fen=app.proposed_fen, payee=clause.payee, payee_label=clause.payee_label, schedule=schedule,
         rules_version=app.rules_version)
    close_if_done(session, notice)
    return award
