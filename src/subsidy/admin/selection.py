"""Selection of applications within the budget (择优支持, 年度预算总额控制).

Three modes over the same candidates:

* ``rank_order`` — by score (ties: lower application id first), award each its full amount
  while it fits the total and clause budgets; a misfit is skipped (default) or stops the run.
* ``proportional`` — every qualifying application gets ``amount × k``, ``k`` the largest
  factor (≤ 1) that keeps each clause and the total within budget; rounded down to 分.
* ``optimal`` — maximise the total score within the budgets (a 0/1 knapsack solved exactly by
  :mod:`subsidy.admin.knapsack`: a Lagrangian bound fixes all but a few items, value tables, partial
  choices within the bound's gap or HiGHS solve those; the note says whether the best is proven),
  then fill any budget left over in rank order.

An application's amount is its ceiling, or its request if lower. Money is integer 分; the
solver works in floats, so its answer is checked (and repaired) in exact integer arithmetic
and is never worse than ``rank_order``. With ``one_per_entity`` (就高, 不重复支持) an entity
receives at most one award; ``rank_order`` and ``proportional`` keep only its best-ranked
application. Nothing is mutated: a "what if the budget were X" run is another call.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

import numpy as np

from subsidy.admin import knapsack
from subsidy.admin.knapsack import BRANCHED, GAP_REACHED, TIMED_OUT, Knapsack
from subsidy.admin.scoring import present
from subsidy.money import format_fen

__all__ = ["TIME_LIMIT_S", "Award", "Candidate", "Mode", "NotAwarded", "SelectionError", "SelectionResult", "select"]

Mode = Literal["rank_order", "proportional", "optimal"]
TIME_LIMIT_S = 60.0
"""``optimal``'s default time limit, seconds: past it the best choice found so far is awarded, its note
saying it is not proven optimal (``time_limit_s=None``: no limit, the proof however long it takes)."""
_FLOAT_EXACT = 2**53


class SelectionError(ValueError):
    """The inputs to a selection run are invalid."""


@dataclass(frozen=True, slots=True)
class Candidate:
    application_id: str
    entity_id: str
    clause_id: str
    score: Fraction | int
    ceiling_fen: int
    requested_fen: int | None = None

    @property
    def amount_fen(self) -> int:
        """What a full award would be: the ceiling, or the request if lower."""
        requested, ceiling = self.requested_fen, self.ceiling_fen
        return ceiling if requested is None or requested >= ceiling else requested


@dataclass(frozen=True, slots=True)
class Award:
    candidate: Candidate
    rank: int
    approved_fen: int


@dataclass(frozen=True, slots=True)
class NotAwarded:
    candidate: Candidate
    rank: int
    reason: str


@dataclass(frozen=True, slots=True)
class SelectionResult:
    mode: Mode
    budget_fen: int
    awarded: tuple[Award, ...]
    reserve: tuple[NotAwarded, ...]
    """Qualifying applications that were not funded, in rank order (备选)."""
    set_aside: tuple[NotAwarded, ...]
    """Applications not in the running at all (below the threshold, 就高, zero amount)."""
    total_awarded_fen: int
    total_score: Fraction
    clause_awarded_fen: Mapping[str, int] = field(default_factory=dict)
    note: str = ""

    @property
    def remaining_fen(self) -> int:
        return self.budget_fen - self.total_awarded_fen


@functools.lru_cache(maxsize=1024)
def _money(fen: int) -> str:
    """An amount in 万元 (cached: a reason quotes the same budget left for many applications)."""
    return format_fen(fen, "万元")


def _validate(cands: Sequence[Candidate], budget: int, clause_budgets: Mapping[str, int]) -> None:
    def is_int(v: object) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    problems: list[str] = []
    if not is_int(budget) or budget < 0:
        problems.append(f"年度预算总额必须是不小于 0 的整数分（收到 {budget!r}）")
    for clause, b in clause_budgets.items():
        if not is_int(b) or b < 0:
            problems.append(f"条款「{clause}」的预算必须是不小于 0 的整数分（收到 {b!r}）")
    seen: set[str] = set()
    for c in cands:
        who = f"申报「{c.application_id}」"
        if c.application_id in seen:
            problems.append(f"申报编号「{c.application_id}」重复")
        seen.add(c.application_id)
        if not is_int(c.ceiling_fen) or c.ceiling_fen < 0:
            problems.append(f"{who}的支持上限必须是不小于 0 的整数分")
        if c.requested_fen is not None and (not is_int(c.requested_fen) or c.requested_fen < 0):
            problems.append(f"{who}的申请金额必须是不小于 0 的整数分")
        score = c.score
        exact = type(score) is int or type(score) is Fraction or (isinstance(score, int | Fraction) and not isinstance(score, bool))
        if not exact or score.numerator < 0:
            problems.append(f"{who}的评分必须是不小于 0 的精确数值（整数或分数）")
    if problems:
        raise SelectionError("；".join(problems))


def _clause(clause_id: str, labels: Mapping[str, str]) -> str:
    """A clause as people read it: its label (第五条第一款) when the caller gave one, else its id."""
    return labels.get(clause_id) or f"条款「{clause_id}」"


class _Ledger:
    """Running totals against the total and per-clause budgets, in exact 分."""

    def __init__(self, budget: int, clause_budgets: Mapping[str, int],
                 clause_labels: Mapping[str, str] | None = None) -> None:
        self.labels = dict(clause_labels or {})
        self.left = budget
        self.clause_left = dict(clause_budgets)
        self.entities: set[str] = set()

    def fits(self, c: Candidate) -> bool:
        left = self.clause_left.get(c.clause_id)
        return c.amount_fen <= self.left and (left is None or c.amount_fen <= left)

    def misfit(self, c: Candidate) -> str | None:
        amt, reasons = c.amount_fen, []
        if amt > self.left:
            reasons.append(f"年度预算余额不足（需 {_money(amt)}，余 {_money(self.left)}）")
        left = self.clause_left.get(c.clause_id)
        if left is not None and amt > left:
            reasons.append(f"{_clause(c.clause_id, self.labels)}预算余额不足（需 {_money(amt)}，余 {_money(left)}）")
        return "；".join(reasons) or None

    def take(self, c: Candidate, amount: int) -> None:
        self.left -= amount
        if c.clause_id in self.clause_left:
            self.clause_left[c.clause_id] -= amount
        self.entities.add(c.entity_id)

    def admit(self, c: Candidate) -> bool:
        """Take ``c`` in full if it fits every budget; whether it did."""
        if not self.fits(c):
            return False
        self.take(c, c.amount_fen)
        return True


def _rank_order(
    pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int], stop: bool, one_per_entity: bool
) -> set[str]:
    """Application ids awarded in full by the greedy pass over ``pool`` (already ranked)."""
    ledger = _Ledger(budget, clauses)
    chosen: set[str] = set()
    for c in pool:
        if one_per_entity and c.entity_id in ledger.entities:
            continue
        if ledger.admit(c):
            chosen.add(c.application_id)
        elif stop:
            break
    return chosen


def _proportional(pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int]) -> dict[str, Fraction]:
    need: dict[str, int] = defaultdict(int)
    for c in pool:
        need[c.clause_id] += c.amount_fen
    factor = {
        k: min(Fraction(1), Fraction(clauses[k], v)) if k in clauses and v else Fraction(1)
        for k, v in need.items()
    }
    scaled = sum((factor[k] * v for k, v in need.items()), Fraction(0))
    overall = min(Fraction(1), Fraction(budget) / scaled) if scaled else Fraction(1)
    return {k: f * overall for k, f in factor.items()}


def _knapsack(
    pool: Sequence[Candidate], points: _Points, budget: int, clauses: Mapping[str, int], one_per_entity: bool
) -> Knapsack:
    """The pool as the arrays of :mod:`subsidy.admin.knapsack`: score points, amounts, the budgeted
    clause of each (or -1), one group per entity under 就高 (else one per application)."""
    budgeted = sorted({c.clause_id for c in pool} & clauses.keys())
    row = {k: i for i, k in enumerate(budgeted)}
    groups: dict[str, int] = {}
    of = points.of
    n = len(pool)
    return Knapsack(
        value=np.fromiter((of[c.application_id] for c in pool), dtype=np.int64, count=n),
        weight=np.fromiter((c.amount_fen for c in pool), dtype=np.int64, count=n),
        clause=np.fromiter((row.get(c.clause_id, -1) for c in pool), dtype=np.int64, count=n),
        capacity=budget,
        row_capacity=np.array([clauses[k] for k in budgeted], dtype=np.int64),
        group=np.fromiter((groups.setdefault(c.entity_id, len(groups)) for c in pool), dtype=np.int64, count=n)
        if one_per_entity else np.arange(n, dtype=np.int64),
    )


_STATUS = {TIMED_OUT: "达到时间或迭代上限", 2: "模型无可行解", 3: "模型无界", 4: "求解失败", GAP_REACHED: "达到指定的相对间隙"}


def _solve(
    pool: Sequence[Candidate],
    points: _Points,
    budget: int,
    clauses: Mapping[str, int],
    one_per_entity: bool,
    gap: float,
    time_limit: float | None,
    incumbent: set[str],
) -> tuple[set[str], str, int | None]:
    """The 0/1 choice of greatest total score (:func:`subsidy.admin.knapsack.solve`), with a note, and when it
    is not proven the bound (score points no choice exceeds: :attr:`subsidy.admin.knapsack.Solution.bound`)."""
    if not pool:
        return set(), "无可择优的申报", None
    ks = _knapsack(pool, points, budget, clauses, one_per_entity)
    start = np.array([c.application_id in incumbent for c in pool], dtype=bool)
    sol = knapsack.solve(ks, start, gap, time_limit)
    how = f"按拉格朗日界固定 {sol.fixed} 项，整数求解 {sol.solved} 项"
    honest = "结果未经最优性证明（所选组合符合全部预算约束，且不劣于按排名择优的结果）"
    if sol.proven:
        note = f"求得最优解（{how}）"
    elif sol.status == BRANCHED:
        note = f"多项预算同时约束，同一主体跨预算的申报过多，分支搜索达到上限（{how}），{honest}"
    elif sol.status == TIMED_OUT and time_limit is not None:
        note = f"求解达到时间上限 {time_limit:g} 秒（{how}），{honest}"
    elif sol.status == 0:
        note = f"待求解的申报过多，求解范围扩大次数达到上限（{how}），{honest}"
    else:
        note = f"HiGHS {_STATUS.get(sol.status, '未知状态')}（{how}），{honest}"
    return ({c.application_id for c, x in zip(pool, sol.chosen.tolist(), strict=True) if x}, note,
            None if sol.proven else sol.bound)


def _repair(
    chosen: set[str], pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int], one_per_entity: bool
) -> tuple[set[str], bool]:
    """Re-admit the solver's choice in exact arithmetic (in rank order), then fill what is left."""
    ledger = _Ledger(budget, clauses)
    kept: set[str] = set()
    for c in pool:
        if (c.application_id in chosen and not (one_per_entity and c.entity_id in ledger.entities)
                and ledger.admit(c)):
            kept.add(c.application_id)
    for c in pool:
        if c.application_id in kept or (one_per_entity and c.entity_id in ledger.entities):
            continue
        if ledger.admit(c):
            kept.add(c.application_id)
    return kept, not chosen <= kept


def select(
    candidates: Sequence[Candidate],
    budget_fen: int,
    *,
    mode: Mode = "rank_order",
    clause_budgets: Mapping[str, int] | None = None,
    one_per_entity: bool = False,
    threshold: Fraction | int | None = None,
    stop_at_first_misfit: bool = False,
    mip_rel_gap: float = 1e-9,
    time_limit_s: float | None = TIME_LIMIT_S,
    clause_labels: Mapping[str, str] | None = None,
) -> SelectionResult:
    """Select applications to fund within ``budget_fen`` (and ``clause_budgets``, by clause id).

    Clauses without an entry in ``clause_budgets`` are limited only by the total. Candidates
    scoring below ``threshold`` are set aside. ``stop_at_first_misfit`` applies to
    ``rank_order`` only; ``mip_rel_gap`` and ``time_limit_s`` to ``optimal`` only: within the time limit
    (:data:`TIME_LIMIT_S` unless given; None for none) the best is proven, or the best choice found is
    awarded and the note says, in Chinese, that it is not proven optimal. ``clause_labels``
    (clause id → how people cite it, e.g. 第二条) words the notes and reasons; without it, the ids.
    """
    labels = dict(clause_labels or {})
    clauses = dict(clause_budgets or {})
    _validate(candidates, budget_fen, clauses)
    points = _Points.of_candidates(candidates)
    # by score, ties by id: two stable sorts on plain keys (an integer, a string) rather than one on tuples
    of = points.of
    ranked = sorted(candidates, key=lambda c: c.application_id)
    ranked.sort(key=lambda c: -of[c.application_id])
    rank = {c.application_id: i for i, c in enumerate(ranked, start=1)}
    set_aside: list[NotAwarded] = []
    pool: list[Candidate] = []
    best_of: dict[str, Candidate] = {}
    for c in ranked:
        best = best_of.get(c.entity_id)
        if threshold is not None and c.score < threshold:
            why = f"评分 {_score(c.score)} 低于入围分数线 {_score(threshold)}"
        elif c.amount_fen == 0:
            why = "核定金额为 0"
        elif one_per_entity and mode != "optimal" and best is not None:
            why = f"同一主体「{c.entity_id}」已有排名更高的申报「{best.application_id}」（第 {rank[best.application_id]} 名），按就高原则不重复支持"
        else:
            best_of.setdefault(c.entity_id, c)
            pool.append(c)
            continue
        set_aside.append(NotAwarded(c, rank[c.application_id], why))
    if sum(c.amount_fen for c in pool) >= _FLOAT_EXACT:
        raise SelectionError("申报金额合计过大，超出精确求解范围")

    note = ""
    if mode == "rank_order":
        chosen = _rank_order(pool, budget_fen, clauses, stop_at_first_misfit, one_per_entity)
    elif mode == "proportional":
        factors = _proportional(pool, budget_fen, clauses)
        amounts = {c.application_id: c.amount_fen * factors[c.clause_id] // 1 for c in pool}
        chosen = {a for a, v in amounts.items() if v > 0}
        note = "按比例核定系数：" + "，".join(
            f"{_clause(k, labels)}{' ' if k in labels else ''}{present(v * 100)}%" for k, v in sorted(factors.items())
        )
    elif mode == "optimal":
        rank_pool = [c for c in pool if not one_per_entity or best_of[c.entity_id] is c]
        greedy = _rank_order(rank_pool, budget_fen, clauses, False, one_per_entity)
        solved, note, bound = _solve(pool, points, budget_fen, clauses, one_per_entity, mip_rel_gap, time_limit_s,
                                     greedy)
        chosen, repaired = _repair(solved, pool, budget_fen, clauses, one_per_entity)
        note += "；求解结果经精确校验后已修正" if repaired else ""
        if points.total(greedy) > points.total(chosen):  # pragma: no cover - the solver starts from greedy
            chosen = greedy
            note += "；求解结果不如按排名择优，改用按排名择优结果"
        if bound is not None and bound >= points.total(chosen):  # how far from the best the awarded choice can be
            note += (f"；任何组合的评分合计不超过 {_up(Fraction(bound, points.unit))}，"
                     f"本结果与最优相差至多 {_up(Fraction(bound - points.total(chosen), points.unit))}")
    else:
        raise SelectionError(f"未知的择优方式「{mode}」")
    if mode != "proportional":
        amounts = {c.application_id: c.amount_fen for c in pool}

    awarded = [
        Award(c, rank[c.application_id], amounts[c.application_id])
        for c in pool
        if c.application_id in chosen
    ]
    reserve: list[NotAwarded] = []
    ledger = _Ledger(budget_fen, clauses, labels)
    for a in awarded if mode == "optimal" else ():  # optimal: reasons against the final budget state
        ledger.take(a.candidate, a.approved_fen)
    stopped: Candidate | None = None
    for c in pool:
        if c.application_id in chosen:
            if mode == "rank_order":
                ledger.take(c, c.amount_fen)
            continue
        if mode == "proportional":
            why = "按比例核定后金额不足 1 分"
        elif mode == "optimal" and one_per_entity and c.entity_id in ledger.entities:
            set_aside.append(
                NotAwarded(
                    c, rank[c.application_id], f"同一主体「{c.entity_id}」已获支持，按就高原则不重复支持"
                )
            )
            continue
        elif stopped is not None:
            why = f"择优已在第 {rank[stopped.application_id]} 名「{stopped.application_id}」处因预算不足停止"
        else:
            why = ledger.misfit(c) or "在预算约束下使总评分最高的组合未包含该申报"
            stopped = c if stop_at_first_misfit and mode == "rank_order" else None
        reserve.append(NotAwarded(c, rank[c.application_id], why))

    per_clause: dict[str, int] = defaultdict(int)
    for a in awarded:
        per_clause[a.candidate.clause_id] += a.approved_fen
    result = SelectionResult(
        mode=mode,
        budget_fen=budget_fen,
        awarded=tuple(awarded),
        reserve=tuple(reserve),
        set_aside=tuple(sorted(set_aside, key=lambda n: n.rank)),
        total_awarded_fen=sum(a.approved_fen for a in awarded),
        total_score=Fraction(points.total(chosen), points.unit),
        clause_awarded_fen=dict(per_clause),
        note=note,
    )
    _check(result, clauses, one_per_entity)
    return result


@dataclass(frozen=True, slots=True)
class _Points:
    """Each application's score as an integer number of ``unit`` (the scores' common denominator):
    sorting and summing integers is exact and far quicker than ``Fraction``s."""

    unit: int
    of: dict[str, int]

    @classmethod
    def of_candidates(cls, candidates: Sequence[Candidate]) -> _Points:
        unit = math.lcm(1, *{c.score.denominator for c in candidates})
        return cls(unit, {c.application_id: c.score.numerator * (unit // c.score.denominator) for c in candidates})

    def total(self, chosen: set[str]) -> int:
        return sum(self.of[a] for a in chosen)


def _up(value: Fraction) -> str:
    """A bound people read: two decimals rounded up, so that it stays a bound (``Fraction(517, 6)`` → ``"86.17"``,
    ``Fraction(8616, 100)`` → ``"86.16"``, ``Fraction(86161, 1000)`` → ``"86.17"``)."""
    cents = math.ceil(value * 100)
    return f"{cents // 100}.{cents % 100:02d}"


def _score(value: Fraction | int) -> str:
    v = Fraction(value)
    return str(v.numerator) if v.denominator == 1 else present(v)


def _check(result: SelectionResult, clauses: Mapping[str, int], one_per_entity: bool) -> None:
    """Last line of defence: the invariants every result must satisfy, in exact integers."""
    entities = [a.candidate.entity_id for a in result.awarded]
    broken = (
        result.total_awarded_fen > result.budget_fen
        or any(result.clause_awarded_fen.get(k, 0) > v for k, v in clauses.items())
        or any(not 0 < a.approved_fen <= a.candidate.amount_fen for a in result.awarded)
        or (one_per_entity and len(entities) != len(set(entities)))
    )
    if broken:  # pragma: no cover - would be a bug in this module
        raise SelectionError("择优结果未通过预算校验（程序错误），请联系维护人员")
