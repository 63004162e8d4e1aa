"""Selection of applications within the budget (择优支持, 年度预算总额控制).

Three modes over the same candidates:

* ``rank_order`` — by score (ties: lower application id first), award each its full amount
  while it fits the total and clause budgets; a misfit is skipped (default) or stops the run.
* ``proportional`` — every qualifying application gets ``amount × k``, ``k`` the largest
  factor (≤ 1) that keeps each clause and the total within budget; rounded down to 分.
* ``optimal`` — maximise the total score within the budgets (0/1 knapsack solved as a MILP
  by HiGHS), then fill any budget left over in rank order.

An application's amount is its ceiling, or its request if lower. Money is integer 分; the
solver works in floats, so its answer is checked (and repaired) in exact integer arithmetic
and is never worse than ``rank_order``. With ``one_per_entity`` (就高, 不重复支持) an entity
receives at most one award; ``rank_order`` and ``proportional`` keep only its best-ranked
application. Nothing is mutated: a "what if the budget were X" run is another call.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

import numpy as np

from subsidy.admin.scoring import present
from subsidy.money import format_fen

__all__ = ["Award", "Candidate", "Mode", "NotAwarded", "SelectionError", "SelectionResult", "select"]

Mode = Literal["rank_order", "proportional", "optimal"]
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
        if self.requested_fen is None:
            return self.ceiling_fen
        return min(self.ceiling_fen, self.requested_fen)


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


def _money(fen: int) -> str:
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
        if not isinstance(c.score, int | Fraction) or isinstance(c.score, bool) or c.score < 0:
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


def _rank_order(
    pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int], stop: bool, one_per_entity: bool
) -> set[str]:
    """Application ids awarded in full by the greedy pass over ``pool`` (already ranked)."""
    ledger, chosen = _Ledger(budget, clauses), set()
    for c in pool:
        if one_per_entity and c.entity_id in ledger.entities:
            continue
        if ledger.fits(c):
            ledger.take(c, c.amount_fen)
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


def _constraints(
    pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int], one_per_entity: bool
) -> tuple[Any, np.ndarray]:
    """The knapsack's rows (total budget, each clause's budget, one award per entity) as a sparse
    matrix and their upper bounds, in floats (exact while the sums stay below 2**53)."""
    from scipy.sparse import coo_array

    n = len(pool)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(pool):
        groups["clause", c.clause_id].append(i)
        groups["entity", c.entity_id].append(i)
    rows: list[tuple[list[int], list[float], float]] = [
        (list(range(n)), [float(c.amount_fen) for c in pool], float(budget))
    ]
    for (kind, key), members in groups.items():
        if kind == "clause" and key in clauses:
            rows.append((members, [float(pool[i].amount_fen) for i in members], float(clauses[key])))
        elif kind == "entity" and one_per_entity and len(members) > 1:
            rows.append((members, [1.0] * len(members), 1.0))
    r_idx = [r for r, (members, _, _) in enumerate(rows) for _ in members]
    c_idx = [i for members, _, _ in rows for i in members]
    vals = [v for _, coef, _ in rows for v in coef]
    upper = np.array([ub for _, _, ub in rows])
    return coo_array((vals, (r_idx, c_idx)), shape=(len(upper), n)).tocsr(), upper


def _by_value_for_money(pool: Sequence[Candidate], points: _Points) -> list[Candidate]:
    """The pool by score per 分, best first (an order for a greedy start; exactness is not needed
    here, every choice is checked in integers)."""
    return sorted(pool, key=lambda c: -points.of[c.application_id] / c.amount_fen)


def _solve_milp(
    pool: Sequence[Candidate],
    points: _Points,
    budget: int,
    clauses: Mapping[str, int],
    one_per_entity: bool,
    gap: float,
    time_limit: float | None,
    incumbent: set[str],
) -> tuple[set[str], str]:
    """The 0/1 choice of greatest total score, solved by HiGHS after reduced-cost fixing.

    The LP relaxation bounds every choice's total score by ``z_lp``; a choice that moves variable j
    off its LP bound loses at least the magnitude of j's reduced cost. So when that exceeds
    ``z_lp − z_inc`` (``z_inc`` the score of the best known choice, ``incumbent``), no choice better
    than the incumbent moves j, and j is fixed at its bound. The MILP is then solved over the few
    variables left (those near the LP's value-for-money threshold), and the better of its answer and
    the incumbent is returned: optimal whenever the full MILP's answer would be. The incumbent is the
    better of ``incumbent`` and the LP's choice rounded down and filled in."""
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp

    n = len(pool)
    if n == 0:
        return set(), "无可择优的申报"
    matrix, upper = _constraints(pool, budget, clauses, one_per_entity)
    score = np.array([float(c.score) for c in pool])
    fixed_one = np.zeros(n, dtype=bool)
    free = np.ones(n, dtype=bool)
    lp = linprog(-score, A_ub=matrix, b_ub=upper, bounds=(0, 1), method="highs")
    if lp.status == 0:
        # the LP's choice rounded down and filled by value for money: usually within a few points
        order = sorted(range(n), key=lambda i: (-round(float(lp.x[i]), 9), -score[i] / pool[i].amount_fen))
        rounded = _rank_order([pool[i] for i in order], budget, clauses, False, one_per_entity)
        if points.total(rounded) > points.total(incumbent):
            incumbent = rounded
        z_lp = -float(lp.fun)
        z_inc = float(Fraction(points.total(incumbent), points.unit))
        slack = max(z_lp - z_inc, 0.0) + 1e-7 * max(1.0, abs(z_lp))
        fixed_zero = (lp.x <= 1e-9) & (lp.lower.marginals > slack)
        fixed_one = (lp.x >= 1 - 1e-9) & (-lp.upper.marginals > slack)
        free = ~(fixed_zero | fixed_one)
        residual = upper - matrix @ fixed_one.astype(float)
        if (residual < 0).any():  # floats disagree with the bound: solve the whole problem instead
            fixed_one, free, residual = np.zeros(n, dtype=bool), np.ones(n, dtype=bool), upper
    else:
        residual = upper
    chosen = {c.application_id for c, one in zip(pool, fixed_one, strict=True) if one}
    note = f"HiGHS 求得最优解（线性松弛固定 {n - int(free.sum())} 项，整数求解 {int(free.sum())} 项）"
    if not free.any():
        return (chosen if points.total(chosen) >= points.total(incumbent) else incumbent), note
    # Scores are whole multiples of 1/unit, so a gap below that proves optimality: no tighter gap is asked.
    bound = float(score[free].sum()) if lp.status != 0 else -float(lp.fun) - float(score[fixed_one].sum())
    options: dict[str, float | bool] = {"disp": False, "mip_rel_gap": max(gap, 0.25 / (points.unit * max(bound, 1.0)))}
    if time_limit is not None:
        options["time_limit"] = time_limit
    res = milp(
        c=-score[free],
        constraints=LinearConstraint(matrix[:, free], -np.inf, residual),
        integrality=np.ones(int(free.sum())),
        bounds=Bounds(0, 1),
        options=options,
    )
    status = {0: "求得最优解", 1: "达到时间或迭代上限", 2: "模型无可行解", 3: "模型无界", 4: "求解失败"}
    if res.status != 0:
        note = f"HiGHS {status.get(res.status, '未知状态')}"
    if res.x is None:
        return incumbent, note
    free_pool = [c for c, f in zip(pool, free, strict=True) if f]
    chosen |= {c.application_id for c, x in zip(free_pool, res.x, strict=True) if x > 0.5}
    return (chosen if points.total(chosen) >= points.total(incumbent) else incumbent), note


def _repair(
    chosen: set[str], pool: Sequence[Candidate], budget: int, clauses: Mapping[str, int], one_per_entity: bool
) -> tuple[set[str], bool]:
    """Re-admit the solver's choice in exact arithmetic (in rank order), then fill what is left."""
    ledger, kept = _Ledger(budget, clauses), set()
    for fill in (False, True):
        for c in pool:
            wanted = fill or c.application_id in chosen
            if c.application_id in kept or not wanted or (one_per_entity and c.entity_id in ledger.entities):
                continue
            if ledger.fits(c):
                ledger.take(c, c.amount_fen)
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
    time_limit_s: float | None = None,
    clause_labels: Mapping[str, str] | None = None,
) -> SelectionResult:
    """Select applications to fund within ``budget_fen`` (and ``clause_budgets``, by clause id).

    Clauses without an entry in ``clause_budgets`` are limited only by the total. Candidates
    scoring below ``threshold`` are set aside. ``stop_at_first_misfit`` applies to
    ``rank_order`` only; ``mip_rel_gap`` and ``time_limit_s`` to ``optimal`` only. ``clause_labels``
    (clause id → how people cite it, e.g. 第二条) words the notes and reasons; without it, the ids.
    """
    labels = dict(clause_labels or {})
    clauses = dict(clause_budgets or {})
    _validate(candidates, budget_fen, clauses)
    points = _Points.of_candidates(candidates)
    ranked = sorted(candidates, key=lambda c: (-points.of[c.application_id], c.application_id))
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
        thrifty = _rank_order(_by_value_for_money(pool, points), budget_fen, clauses, False, one_per_entity)
        start = thrifty if points.total(thrifty) > points.total(greedy) else greedy
        solved, note = _solve_milp(pool, points, budget_fen, clauses, one_per_entity, mip_rel_gap, time_limit_s, start)
        chosen, repaired = _repair(solved, pool, budget_fen, clauses, one_per_entity)
        note += "；求解结果经精确校验后已修正" if repaired else ""
        if points.total(start) > points.total(chosen):
            chosen = start
            note += "；求解结果不如按排名择优，改用按排名择优结果" if start is greedy else "；求解结果不如按单位金额得分择优，改用该结果"
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
        total_score=sum((Fraction(a.candidate.score) for a in awarded), Fraction(0)),
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
        unit = math.lcm(1, *{Fraction(c.score).denominator for c in candidates})
        return cls(unit, {c.application_id: int(c.score * unit) for c in candidates})

    def total(self, chosen: set[str]) -> int:
        return sum(self.of[a] for a in chosen)


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
