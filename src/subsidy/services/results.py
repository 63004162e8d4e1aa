"""The results of a call (评审与遴选结果): every application with its rank by score, applicant,
clause, score, ceiling, proposed and approved amounts and state; read-only, for officers and
auditors (CLI table, JSON, later the web)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.admin.scoring import present
from subsidy.admin.workflow import STATES
from subsidy.errors import SubsidyError
from subsidy.services.access import MONEY_READERS, require_role
from subsidy.services.approval import approved_total
from subsidy.services.policies import call_policy
from subsidy.services.selection import available_budget
from subsidy.store.tables import Application, Award, Call, Organisation, User

__all__ = ["CallResults", "ResultRow", "call_results"]


@dataclass(frozen=True)
class ResultRow:
    rank: int | None
    """Rank by score among the call's scored applications (ties: lower id first); None if unscored."""
    application_id: int
    applicant: str
    uscc: str
    clause_id: str
    cite: str
    score: Fraction | None
    flagged: bool
    ceiling_fen: int | None
    proposed_fen: int | None
    approved_fen: int | None
    state: str

    @property
    def score_shown(self) -> str:
        return "" if self.score is None else present(self.score)

    @property
    def state_label(self) -> str:
        return STATES[self.state].officer_label if self.state in STATES else self.state


@dataclass(frozen=True)
class CallResults:
    call: Call
    rows: tuple[ResultRow, ...]
    budget_fen: int
    committed_fen: int
    approved_fen: int


def call_results(session: Session, actor: User, call: Call) -> CallResults:
    require_role(actor, "查看批次评审与遴选结果", *MONEY_READERS)
    try:
        _, policy = call_policy(session, call)
        cites = {c.id: c.cite for c in policy.clauses}
    except SubsidyError:  # the results stay readable without the policy files
        cites = {}
    awards = {a.application_id: a.approved_fen for a in session.scalars(
        select(Award).join(Application, Application.id == Award.application_id).where(Application.call_id == call.id))}
    rows = session.execute(select(Application, Organisation).join(
        Organisation, Organisation.id == Application.organisation_id).where(Application.call_id == call.id))
    unranked: list[ResultRow] = []
    for app, org in rows:
        unranked.append(ResultRow(
            None, app.id, org.name, org.uscc, app.clause_id, cites.get(app.clause_id, app.clause_id),
            None if app.score is None else Fraction(app.score), app.score_flagged, app.ceiling_fen,
            app.proposed_fen, awards.get(app.id), app.state))
    scored = sorted((r for r in unranked if r.score is not None),
                    key=lambda r: (-(r.score or 0), r.application_id))
    rank = {r.application_id: i for i, r in enumerate(scored, start=1)}
    ordered = [*scored, *sorted((r for r in unranked if r.score is None), key=lambda r: r.application_id)]
    final = tuple(replace(r, rank=rank.get(r.application_id)) for r in ordered)
    budget = available_budget(session, call)
    return CallResults(call, final, call.budget_fen, budget.committed_fen, approved_total(session, call))

