"""An approved award becomes tranches and commitments: one ``Tranche`` row per payment of the award's
schedule, and one commitment entry per tranche on the budget line of the year it falls due.

Future years' tranches are commitments on those years' budgets, so each year's line must have
been appropriated (``subsidy budget appropriate``) before the award can be committed. Every
tranche after the first waits for an accepted tracking report (跟踪报告) before it is paid. A tranche
triggered by an event (a staged schedule: 主体封闭, 竣工验收 …) falls due in the award year and waits, the
first one too, for the officer to record its event — an accepted tracking report for that tranche — unless
the case's fact said at approval that the event had happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal
from subsidy.money import format_fen
from subsidy.services import ledger
from subsidy.services.audit import record
from subsidy.store.tables import Application, Award, Call, Tranche, User

__all__ = ["PlannedTranche", "award_context", "commit_award", "stage_of", "tranche_plan", "tranches_of"]

@dataclass(frozen=True)
class PlannedTranche:
    number: int
    fen: int
    due_year: int
    requires_report: bool


def _due_year(item: dict[str, Any], fallback: int) -> int:
    """The year a schedule item falls due: its ``due_year`` (services/approval.payment_schedule writes
    it), else the award year plus the item's position."""
    due = item.get("due_year")
    return due if isinstance(due, int) and not isinstance(due, bool) else fallback


def stage_of(award: Award, number: int) -> str | None:
    """The event tranche ``number`` of a staged award waits for (主体封闭 …), None for any other tranche."""
    return next((x.get("stage") for x in award.schedule or [] if x.get("number") == number), None)


def tranche_plan(award: Award) -> list[PlannedTranche]:
    """The tranches of ``award``'s schedule; they must add up to the approved amount exactly."""
    schedule = award.schedule or [{"number": 1, "fen": award.approved_fen}]
    plan: list[PlannedTranche] = []
    for position, item in enumerate(schedule):
        number = int(item.get("number") or position + 1)
        fen = item.get("fen")
        if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
            raise DomainRefusal(f"奖励 {award.id} 的付款计划第 {number} 期金额无效", "bad_schedule")
        report = not item.get("happened") if item.get("stage") else number > 1  # a stage: its event recorded
        plan.append(PlannedTranche(number, fen, _due_year(item, award.approved_on.year + position), report))
    if sum(t.fen for t in plan) != award.approved_fen:
        raise DomainRefusal(f"奖励 {award.id} 的付款计划合计与核定金额不符", "bad_schedule")
    if len({t.number for t in plan}) != len(plan):
        raise DomainRefusal(f"奖励 {award.id} 的付款计划期次重复", "bad_schedule")
    return plan


def award_context(session: Session, award: Award) -> tuple[Application, Call]:
    app = session.get(Application, award.application_id)
    assert app is not None  # a foreign key
    call = session.get(Call, app.call_id)
    assert call is not None
    return app, call


def commit_award(session: Session, award: Award, actor: User | None) -> list[Tranche]:
    """Create the award's tranches and commit each on its due year's budget line (refused, with
    nothing written, if a line's available budget would go below zero). Repeating it is harmless."""
    plan = tranche_plan(award)
    app, call = award_context(session, award)
    ledger.lock(session)
    existing = session.scalars(select(Tranche).where(Tranche.award_id == award.id).order_by(Tranche.number)).all()
    if existing:
        return list(existing)
    needed: dict[int, int] = {}
    for p in plan:
        needed[p.due_year] = needed.get(p.due_year, 0) + p.fen
    for year, fen in sorted(needed.items()):
        available = ledger.line_balance(session, call.id, app.clause_id, year).available
        if fen > available:
            raise DomainRefusal(f"批次 {call.id} 条款「{app.clause_id}」{year}年度预算不足：奖励 {award.id} 需承诺 {format_fen(fen)}，"
                                f"可用 {format_fen(available)}（先用 `subsidy budget appropriate` 下达该年度预算）", "over_budget")
    tranches = [Tranche(award_id=award.id, number=p.number, fen=p.fen, due_year=p.due_year,
                        requires_report=p.requires_report, state="scheduled") for p in plan]
    session.add_all(tranches)
    session.flush()
    for row in tranches:
        ledger.append(session, "commitment", call_id=call.id, clause_id=app.clause_id, year=row.due_year,
                      fen=row.fen, award_id=award.id, tranche=row.number, key=ledger.system_key("commit", award.id, row.number),
                      memo=f"奖励 {award.id} 第 {row.number} 期（{row.due_year}年）承诺", actor=actor)
    record(session, actor, "commit_award", f"award:{award.id}",
           tranches=[{"number": r.number, "fen": r.fen, "due_year": r.due_year} for r in tranches])
    return tranches


def tranches_of(session: Session, award: Award) -> list[Tranche]:
    """The award's tranches in payment order (their ids are what ``subsidy pay`` takes)."""
    return list(session.scalars(select(Tranche).where(Tranche.award_id == award.id).order_by(Tranche.number)))
