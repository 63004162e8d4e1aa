"""What an assessment returns: per clause and for the policy as a whole, with the trace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum

from subsidy.rules.model import Clause, Policy
from subsidy.rules.trace import Step

__all__ = ["OUTCOME", "PRECEDENCE", "ClauseResult", "PolicyResult", "Reason", "Step", "Tranche", "first_reason"]


class Reason(IntEnum):
    """Why a clause came out as it did; shared by both paths (stable codes)."""

    ELIGIBLE = 0
    OUTSIDE_VALIDITY = 1
    BARRED = 2
    APPLICANT = 3
    CONDITION = 4
    PROGRAMME_OVER = 5
    EXCLUDED = 6
    CAP_EXHAUSTED = 7
    ZERO_AMOUNT = 8
    UNKNOWN = 9

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Reason.ELIGIBLE: "符合条件",
    Reason.OUTSIDE_VALIDITY: "不在政策有效期内",
    Reason.BARRED: "处于取消申报资格期内",
    Reason.APPLICANT: "不符合申报主体条件",
    Reason.CONDITION: "不符合本条支持条件",
    Reason.PROGRAMME_OVER: "超出连续支持年限",
    Reason.EXCLUDED: "不重复资助",
    Reason.CAP_EXHAUSTED: "已达支持上限",
    Reason.ZERO_AMOUNT: "计算金额为零",
    Reason.UNKNOWN: "尚缺信息，无法判断",
}


# Which reason a clause gets when several apply: the first of this list that applies. Both evaluators
# take it from here (the values of ``Reason`` are codes only and may be renumbered freely).
PRECEDENCE: tuple[Reason, ...] = (
    Reason.OUTSIDE_VALIDITY,
    Reason.BARRED,
    Reason.APPLICANT,
    Reason.CONDITION,
    Reason.PROGRAMME_OVER,
    Reason.EXCLUDED,
    Reason.ZERO_AMOUNT,  # the formula gives nothing (even if a cap is used up too)
    Reason.CAP_EXHAUSTED,
    Reason.UNKNOWN,  # no rule says no, something is not known
    Reason.ELIGIBLE,  # always applies: it wins only when nothing else does
)
assert sorted(PRECEDENCE) == sorted(Reason), "every reason has its place in PRECEDENCE"

# What each reason means for eligibility (yes / no / unknown).
OUTCOME: dict[Reason, bool | None] = {r: (None if r is Reason.UNKNOWN else r is Reason.ELIGIBLE) for r in Reason}

_RANK = {r: i for i, r in enumerate(PRECEDENCE)}


def first_reason(applicable: list[Reason]) -> Reason:
    """The reason that decides: the first of :data:`PRECEDENCE` among those that apply."""
    return min(applicable, key=_RANK.__getitem__)


@dataclass(frozen=True)
class Tranche:
    """One payment of a clause's schedule."""

    number: int
    fen: int
    when: str  # 第1年 / 一次性 / ... (an award's: 2027年（第2年）)
    share: str = ""
    due_year: int | None = None  # an award's tranche: the budget year it is paid from
    after_validity: bool = False  # paid in a year after the policy's validity ends: still owed (解读约定第18条)
    stage: str = ""  # a staged schedule's tranche: the event that triggers it (主体封闭); "" for a year's
    happened: bool | None = None  # whether its event has happened (its fact); None: no fact, or not known


@dataclass
class ClauseResult:
    """One clause assessed: eligible or not or unknown, why, its ceiling and what it is granted."""

    clause: Clause
    eligible: bool | None
    reason: Reason
    reasons: list[str]
    missing: list[str]
    amount_fen: int | None  # what the formula gives before caps
    ceiling_fen: int | None  # the most this clause allows (0 if not eligible; None if not computable)
    schedule: list[Tranche]
    steps: list[Step]
    granted_fen: int | None = None  # after stacking (就高, 差额); None = not granted / manual
    bound_fen: int | None = None  # the ceiling before the entity's history is taken into account
    stacking_note: str = ""
    floor_fen: int | None = None  # 保底: review approves no less (None: no floor, or not known)
    deducted_fen: int | None = None  # support deducted from this clause alone (its ``deduct``; records naming it)
    schedule_note: str = ""  # a schedule chosen by a fact not yet known: the other possibility, in words
    schedule_missing: list[str] = field(default_factory=list)  # facts not yet known that change its payments only


@dataclass
class PolicyResult:
    """A case assessed under a policy: every clause, and the total after stacking."""

    policy: Policy
    as_of: dt.date
    year: int
    effective_from: dt.date
    validity_end: dt.date | None
    clauses: list[ClauseResult]
    total_fen: int
    granted: list[str]  # clause ids in the stacked award
    set_aside: list[tuple[str, str]]  # (clause id, why)
    pending: list[str]  # clause ids whose eligibility is unknown
    manual: list[str]  # granted clause ids whose amount is set in review
    steps: list[Step]
    missing: list[str]
    stacking_missing: list[str] = field(default_factory=list)  # records 就高 / 差额 still need (for the winners)
    in_kind_fen: int = 0  # the stacked value of the benefits in kind (算力券 …); total_fen is cash only
    stacking_needs: dict[str, list[str]] = field(default_factory=dict)  # each: what needs it (就高, 差额, 第五十条统筹扣减)

    def undecided(self) -> list[ClauseResult]:
        """The clauses (amounts not set in review) whose eligibility is still unknown."""
        return [c for c in self.clauses if c.eligible is None and c.clause.kind != "manual_amount"]

    def upper_bound_fen(self) -> int | None:
        """The most the award can come to once the undecided clauses are decided: under 就高 (one
        clause wins) the highest of the stacked total and each undecided clause's own ceiling, else the
        stacked total plus each undecided clause's ceiling (差额 and shared caps can only lower it);
        ``None`` when an undecided clause has no ceiling yet (its amount depends on facts not given).
        The one definition the CLI, the calculator, its exports and the comparison show."""
        ceilings = [c.ceiling_fen for c in self.undecided() if c.clause.benefit is None]  # cash: in kind apart
        known = [x for x in ceilings if x is not None]
        if len(known) < len(ceilings):
            return None
        return max([self.total_fen, *known]) if self.policy.highest_over_all else self.total_fen + sum(known)

    def of_clause(self, clause_id: str) -> tuple[int | None, list[str]]:
        """What one clause contributes to the award (None: set in review) and the facts it still needs."""
        r = next(x for x in self.clauses if x.clause.id == clause_id)
        if r.clause.kind == "manual_amount" and r.eligible is not False:
            return None, list(r.missing)
        missing = list(r.missing)
        if r.eligible is True:
            missing += [x for x in self.stacking_missing if x not in missing]
        return r.granted_fen or 0, missing
