"""Where would I get most: one enterprise's answers assessed against several policies, side by side.

Each policy reads the facts it declares (a profile is answers per policy: facts of different
policies are different questions even when they sound alike). A policy whose applicant condition
the enterprise fails, or whose validity the date lies outside, is listed apart with the reason;
the others are ranked by the most they could give (the stacked total when decided, else the upper
bound of the best clause still open).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.evaluate import missing_label
from subsidy.rules.questionnaire import Answers, Question, plan
from subsidy.rules.results import ClauseResult, PolicyResult, Reason

__all__ = ["Row", "compare"]


@dataclass(frozen=True)
class Row:
    policy: m.Policy
    result: PolicyResult | None  # None when the answers could not be read (see error)
    questions: list[Question]
    best: ClauseResult | None  # the eligible clause with the highest ceiling, else the best open one
    ceiling_fen: int | None  # the most this policy could give (PolicyResult.upper_bound_fen); None: not yet known
    upper_bound: bool  # the ceiling is an upper bound (facts still unknown)
    missing: list[str]  # Chinese labels of what is still needed
    excluded: str = ""  # why the policy cannot apply at all (applicant, validity); "" when it can
    error: str = ""


_FIELDS = {"as_of": "评估日期", "effective_from": "施行日期", "year": "年度"}


def _excluded(result: PolicyResult) -> str:
    reasons = {r.reason for r in result.clauses}
    for reason in (Reason.OUTSIDE_VALIDITY, Reason.BARRED, Reason.APPLICANT):
        if reasons == {reason}:
            return reason.label
    return ""


def _row(policy: m.Policy, answers: Answers, today: dt.date) -> Row:
    try:
        _, result, qs = plan(policy, answers, today)
    except CaseInputError as exc:
        name = exc.field.removeprefix("facts.")
        where = policy.facts[name].label if name in policy.facts else _FIELDS.get(name, "")
        return Row(policy, None, [], None, 0, False, [], error=f"{where}：{exc.problem}" if where else exc.problem)
    open_ = [r for r in result.clauses if r.eligible is not False and r.clause.kind == "monetary"]
    # the best clause already decided, else the open one that could give most
    best = max(open_, key=lambda r: (r.eligible is True, r.ceiling_fen or 0), default=None)
    upper = bool(result.undecided()) or bool(result.stacking_missing)
    ceiling = result.upper_bound_fen()  # the total itself when nothing is undecided
    return Row(policy, result, qs, best, ceiling, upper, [missing_label(policy, x) for x in result.missing],
               _excluded(result))


def compare(policies: list[m.Policy], answers: dict[str, Answers], today: dt.date) -> list[Row]:
    """One row per policy: those that can apply first, the most first; then those that cannot."""
    rows = [_row(p, answers.get(p.id, Answers()), today) for p in policies]
    return sorted(rows, key=lambda r: (bool(r.excluded or r.error), r.ceiling_fen is None, -(r.ceiling_fen or 0),
                                       r.policy.id))
