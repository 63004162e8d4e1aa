"""Selection within the budget (择优, 年度预算总额控制) for a call, on the database.

A run takes the call's applications in state scored as candidates (entity = the applicant
organisation, amount = the ceiling stored with the assessment, or the request if lower) and the
budget not yet committed: the call's total (or a what-if figure) and per-clause budgets, minus what
is already proposed or approved in the call. Modes: rank_order, proportional, optimal.

* A what-if run (``apply=False``) stores a :class:`SelectionRun` with ``applied`` false and changes
  nothing else.
* An applied run moves every candidate to selected / reserve / not_selected with its reason and
  records the proposed amount (拟支持金额, never above the ceiling). A call is selected once: a
  second applied run is refused unless the previous one was superseded by an upheld objection
  (the re-reviewed application then competes for the budget still free).
* :func:`promote_reserve` moves the best-ranked reserve application to selected when budget is free.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin import selection as pure
from subsidy.errors import DomainRefusal
from subsidy.money import format_fen
from subsidy.services.access import CALL_RUNNERS, require_role
from subsidy.services.audit import move, record
from subsidy.services.lookup import fraction_text, get_call, parse_fraction
from subsidy.services.policies import call_policy
from subsidy.store.tables import Application, Award, Call, Organisation, SelectionRun, User
from subsidy.vocabulary import SELECTION_MODES

__all__ = ["COMMITTED_STATES", "Budget", "Outcome", "available_budget", "latest_applied_run",
           "promote_reserve", "run_selection"]

COMMITTED_STATES = ("selected", "in_notice", "approved")
MODE_LABELS = SELECTION_MODES.labels


@dataclass(frozen=True)
class Budget:
    total_fen: int
    committed_fen: int
    clause_budgets: dict[str, int]
    clause_committed: dict[str, int]

    @property
    def available_fen(self) -> int:
        return max(0, self.total_fen - self.committed_fen)

    @property
    def clause_available(self) -> dict[str, int]:
        return {k: max(0, v - self.clause_committed.get(k, 0)) for k, v in self.clause_budgets.items()}


@dataclass(frozen=True)
class Outcome:
    run: SelectionRun
    result: pure.SelectionResult
    budget: Budget
    skipped: tuple[tuple[int, str], ...]


def _call_apps(session: Session, call: Call, *states: str) -> list[Application]:
    q = select(Application).where(Application.call_id == call.id, Application.state.in_(states))
    return list(session.scalars(q.order_by(Application.id)))


def available_budget(session: Session, call: Call, total_fen: int | None = None) -> Budget:
    """The call's budget (or ``total_fen``) against what is proposed or approved so far."""
    awards = {a.application_id: a.approved_fen for a in session.scalars(
        select(Award).join(Application, Application.id == Award.application_id).where(Application.call_id == call.id))}
    committed = 0
    by_clause: dict[str, int] = {}
    for app in _call_apps(session, call, *COMMITTED_STATES):
        fen = awards.get(app.id, app.proposed_fen or 0)
        committed += fen
        by_clause[app.clause_id] = by_clause.get(app.clause_id, 0) + fen
    clause_budgets = {str(k): int(v) for k, v in (call.clause_budgets or {}).items()}
    return Budget(call.budget_fen if total_fen is None else total_fen, committed, clause_budgets, by_clause)


def latest_applied_run(session: Session, call: Call) -> SelectionRun | None:
    q = select(SelectionRun).where(SelectionRun.call_id == call.id, SelectionRun.applied.is_(True))
    return session.scalars(q.order_by(SelectionRun.id.desc())).first()


def _entity(org: Organisation) -> str:
    return f"{org.name}（{org.uscc}）"


def _candidates(session: Session, call: Call) -> tuple[list[pure.Candidate], list[tuple[int, str]]]:
    taken = {o.id for o in session.scalars(
        select(Organisation).join(Application, Application.organisation_id == Organisation.id)
        .where(Application.call_id == call.id, Application.state.in_(COMMITTED_STATES)))}
    cands: list[pure.Candidate] = []
    skipped: list[tuple[int, str]] = []
    for app in _call_apps(session, call, "scored"):
        org = session.get(Organisation, app.organisation_id)
        assert org is not None
        if app.ceiling_fen is None:
            skipped.append((app.id, "没有引擎核定的支持上限（金额待另行核定），不参加按预算择优"))
        elif app.score is None:  # pragma: no cover - scored implies a score
            skipped.append((app.id, "没有专家评审得分"))
        elif call.one_per_entity and org.id in taken:
            skipped.append((app.id, f"同一主体「{_entity(org)}」本批次已有拟支持或已核定的申报，按就高原则不重复支持"))
        else:
            cands.append(pure.Candidate(str(app.id), _entity(org), app.clause_id, parse_fraction(app.score),
                                        app.ceiling_fen, app.requested_fen))
    return cands, skipped


def _row(c: pure.Candidate, rank: int, **extra: Any) -> dict[str, Any]:
    return {"application_id": int(c.application_id), "rank": rank, "entity": c.entity_id,
            "clause_id": c.clause_id, "score": fraction_text(Fraction(c.score)), "ceiling_fen": c.ceiling_fen,
            "amount_fen": c.amount_fen, **extra}


def _result_json(r: pure.SelectionResult, budget: Budget, skipped: list[tuple[int, str]]) -> dict[str, Any]:
    return {
        "mode": r.mode, "budget_fen": budget.total_fen, "committed_fen": budget.committed_fen,
        "available_fen": budget.available_fen, "clause_available_fen": budget.clause_available,
        "awarded": [_row(a.candidate, a.rank, approved_fen=a.approved_fen) for a in r.awarded],
        "reserve": [_row(n.candidate, n.rank, reason=n.reason) for n in r.reserve],
        "set_aside": [_row(n.candidate, n.rank, reason=n.reason) for n in r.set_aside],
        "skipped": [{"application_id": i, "reason": why} for i, why in skipped],
        "total_awarded_fen": r.total_awarded_fen, "total_score": fraction_text(r.total_score),
        "clause_awarded_fen": dict(r.clause_awarded_fen), "note": r.note,
    }


def _clause_labels(session: Session, call: Call) -> dict[str, str]:
    """Each clause of the call's policy as people cite it (第二条, 第五条第一款), for the selection's notes."""
    _, policy = call_policy(session, call)
    return {c.id: c.cite for c in policy.clauses}


def run_selection(session: Session, actor: User, call: Call, *, mode: pure.Mode = "rank_order",
                  budget_fen: int | None = None, apply: bool = True) -> Outcome:
    """Select among the call's scored applications; ``apply=False`` is a what-if run (nothing moves)."""
    require_role(actor, "择优遴选", *CALL_RUNNERS)
    mode = cast(pure.Mode, SELECTION_MODES.parse(mode, "遴选方式"))
    if budget_fen is not None and budget_fen < 0:
        raise DomainRefusal("预算金额不能为负数", "bad_budget")
    if apply:
        call = get_call(session, call.id, lock=True)
        previous = latest_applied_run(session, call)
        if previous is not None and previous.superseded_by is None:
            raise DomainRefusal(
                f"申报批次「{call.title}」已完成遴选（第 {previous.id} 次运行，{MODE_LABELS.get(previous.mode, previous.mode)}），"
                "不能重复遴选；只有异议成立、原遴选结果被撤销后，才能对重新评审的申报再次遴选", "already_selected")
    cands, skipped = _candidates(session, call)
    if not cands and apply:
        raise DomainRefusal(f"申报批次「{call.title}」没有评审完成、待遴选的申报", "nothing_to_select")
    budget = available_budget(session, call, budget_fen)
    try:
        result = pure.select(cands, budget.available_fen, mode=mode, clause_budgets=budget.clause_available,
                             one_per_entity=call.one_per_entity, clause_labels=_clause_labels(session, call))
    except pure.SelectionError as exc:
        raise DomainRefusal(f"遴选无法进行：{exc}", "bad_selection") from exc
    run = SelectionRun(call_id=call.id, mode=mode, budget_fen=budget.total_fen, applied=apply, run_by=actor.id,
                       result=_result_json(result, budget, skipped))
    session.add(run)
    session.flush()
    if apply:
        _apply(session, actor, run, result)
    return Outcome(run, result, budget, tuple(skipped))


def _apply(session: Session, actor: User, run: SelectionRun, result: pure.SelectionResult) -> None:
    how = MODE_LABELS[result.mode]
    for a in result.awarded:
        app = session.get(Application, int(a.candidate.application_id))
        assert app is not None and app.ceiling_fen is not None and a.approved_fen <= app.ceiling_fen
        app.proposed_fen = a.approved_fen
        full = "全额" if a.approved_fen == a.candidate.amount_fen else "按比例核减后"
        move(session, app, "select", actor, run=run.id, rank=a.rank, proposed_fen=a.approved_fen,
             reason=f"{how}：第 {a.rank} 名，{full}拟支持 {format_fen(a.approved_fen)}")
    for n, action in [(n, "reserve") for n in result.reserve] + [(n, "not_select") for n in result.set_aside]:
        app = session.get(Application, int(n.candidate.application_id))
        assert app is not None
        app.proposed_fen = None
        move(session, app, action, actor, run=run.id, rank=n.rank, reason=n.reason)
    record(session, actor, "run_selection", f"call:{run.call_id}", run=run.id, mode=result.mode,
           budget_fen=run.budget_fen, available_fen=run.result["available_fen"],
           total_awarded_fen=result.total_awarded_fen, awarded=len(result.awarded),
           reserve=len(result.reserve), set_aside=len(result.set_aside))


def _reserve_ranks(session: Session, call: Call) -> dict[int, int]:
    ranks: dict[int, int] = {}
    runs = session.scalars(select(SelectionRun).where(SelectionRun.call_id == call.id,
                                                      SelectionRun.applied.is_(True)).order_by(SelectionRun.id))
    for run in runs:
        for row in run.result.get("reserve", []):
            ranks[int(row["application_id"])] = int(row["rank"])
    return ranks


def promote_reserve(session: Session, actor: User, call: Call, *, amount_fen: int | None = None) -> Application:
    """递补: the best-ranked reserve application becomes selected for budget that is free."""
    require_role(actor, "候补递补", *CALL_RUNNERS)
    call = get_call(session, call.id, lock=True)
    ranks = _reserve_ranks(session, call)
    waiting = sorted(_call_apps(session, call, "reserve"), key=lambda a: (ranks.get(a.id, 10**9), a.id))
    if not waiting:
        raise DomainRefusal(f"申报批次「{call.title}」没有候补申报", "no_reserve")
    app = waiting[0]
    assert app.ceiling_fen is not None  # a reserve came from a selection candidate
    full = app.ceiling_fen if app.requested_fen is None else min(app.ceiling_fen, app.requested_fen)
    amount = full if amount_fen is None else amount_fen
    if not 1 <= amount <= app.ceiling_fen:
        raise DomainRefusal(f"递补金额 {format_fen(amount)} 须在 0.01元 至该申报支持上限 {format_fen(app.ceiling_fen)} 之间",
                            "above_ceiling")
    budget = available_budget(session, call)
    left = budget.available_fen
    clause_left = budget.clause_available.get(app.clause_id)
    if amount > left or (clause_left is not None and amount > clause_left):
        free = left if clause_left is None else min(left, clause_left)
        raise DomainRefusal(f"候补申报 {app.id} 递补需 {format_fen(amount)}，可用预算仅 {format_fen(free)}；"
                            "可指定不超过可用预算的递补金额", "over_budget")
    app.proposed_fen = amount
    move(session, app, "promote", actor, rank=ranks.get(app.id), proposed_fen=amount,
         reason=f"候补第 {ranks.get(app.id, '—')} 名递补，拟支持 {format_fen(amount)}")
    return app
