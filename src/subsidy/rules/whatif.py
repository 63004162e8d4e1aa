"""What if: every clause's ceiling and the stacked total as a money fact of a case varies.

Computed by the engine itself: the case is assessed (:func:`subsidy.rules.evaluate.assess`) with
the fact set to chosen amounts, exactly, in 分. Between breakpoints every series is affine (up to
the one rounding at 分, half-up); the breakpoints are found by bisection on integer 分: an
interval whose midpoint and quarter points lie off the line through its ends (by more than the
rounding, 1 分) is split until the point where the slope changes is found. Each breakpoint is
named for what changes there, read from the engine's results: a cap starts to bind (with the
cap's limit and the clause's cite), a clause becomes eligible or ineligible, or 就高 changes winner.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from typing import Literal

from subsidy.errors import CaseInputError
from subsidy.money import MAX_FEN, format_fen
from subsidy.rules import model as m
from subsidy.rules.case import Case
from subsidy.rules.evaluate import assess
from subsidy.rules.records import governing_caps
from subsidy.rules.results import ClauseResult, PolicyResult

__all__ = ["Breakpoint", "Point", "WhatIf", "default_range", "money_facts", "what_if"]

SAMPLES = 16  # initial equal segments of the range
TOLERANCE = 1  # 分: the rounding of apply_rate moves a point at most this far off its line
MAX_EVALUATIONS = 4000


@dataclass(frozen=True)
class Point:
    fen: int  # the fact's value
    ceilings: dict[str, int]  # clause id → ceiling (upper bound while undecided)
    granted: dict[str, int]  # clause id → granted in the stacked award
    total: int  # the stacked total


@dataclass(frozen=True)
class Breakpoint:
    fen: int  # the first value of the fact where the new piece holds
    clause: str | None  # clause id; None when only the stacked total changes
    cite: str
    kind: Literal["cap", "eligibility", "winner", "slope"]
    text: str  # in Chinese, with the cite


@dataclass(frozen=True)
class WhatIf:
    fact: str
    label: str
    unit: str
    lo: int
    hi: int
    points: list[Point]  # sorted by fen: the ends, every breakpoint and the point before it
    breakpoints: list[Breakpoint]
    clause_cites: dict[str, str]


def money_facts(policy: m.Policy) -> list[m.FactDef]:
    return [f for f in policy.facts.values() if f.type == "money"]


def _binding(r: ClauseResult) -> bool:
    return r.amount_fen is not None and r.ceiling_fen is not None and r.ceiling_fen < r.amount_fen


class _Curve:
    """The engine's results as the fact varies, evaluated once per value."""

    def __init__(self, policy: m.Policy, case: Case, fact: str) -> None:
        self.policy, self.case, self.fact = policy, case, fact
        self.cache: dict[int, PolicyResult] = {}

    def at(self, fen: int) -> PolicyResult:
        got = self.cache.get(fen)
        if got is None:
            if len(self.cache) >= MAX_EVALUATIONS:
                raise CaseInputError(self.fact, "变化范围过大，无法逐点计算", "缩小金额范围后重试")
            facts = dict(self.case.facts)
            facts[self.fact] = fen
            got = self.cache[fen] = assess(self.policy, dataclasses.replace(self.case, facts=facts))
        return got

    def series(self, fen: int) -> tuple[int, ...]:
        r = self.at(fen)
        return tuple(c.ceiling_fen or 0 for c in r.clauses) + tuple(c.granted_fen or 0 for c in r.clauses) + (
            r.total_fen,)

    def state(self, fen: int) -> tuple[object, ...]:
        r = self.at(fen)
        return (*tuple((c.eligible, c.reason, _binding(c)) for c in r.clauses), tuple(r.granted))


def _straight(curve: _Curve, a: int, b: int) -> bool:
    """Whether every series stays on the line through its values at ``a`` and ``b`` (checked at the
    quarter points, within the rounding) and the state is the same at both ends."""
    if curve.state(a) != curve.state(b):
        return False
    if b - a < 2:
        return True
    ya, yb = curve.series(a), curve.series(b)
    for x in sorted({a + (b - a) // 4, a + (b - a) // 2, a + 3 * (b - a) // 4} - {a, b}):
        yx = curve.series(x)
        for va, vb, vx in zip(ya, yb, yx, strict=True):
            # vx against the interpolation va + (vb − va)(x − a)/(b − a), exactly in integers
            if abs(vx * (b - a) - (va * (b - a) + (vb - va) * (x - a))) > TOLERANCE * (b - a):
                return False
    return True


def _kinks(curve: _Curve, a: int, b: int, out: set[int]) -> None:
    """The points in [a, b] where some series changes slope or the state changes, by bisection: a
    change of state (one evaluation per halving) first, then a bend with no change of state."""
    if b <= a:
        return
    if curve.state(a) != curve.state(b):
        lo, hi = a, b  # state(lo) is state(a), state(hi) is not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if curve.state(mid) == curve.state(a):
                lo = mid
            else:
                hi = mid
        out.add(hi)
        _kinks(curve, a, lo, out)
        _kinks(curve, hi, b, out)
        return
    if _straight(curve, a, b) or b - a == 1:
        return
    mid = (a + b) // 2
    left, right = _straight(curve, a, mid), _straight(curve, mid, b)
    if left and right:
        out.add(mid)  # both halves straight, the whole is not: the slope changes at mid
        return
    if not left:
        _kinks(curve, a, mid, out)
    if not right:
        _kinks(curve, mid, b, out)


def _show(fen: int, unit: str) -> str:
    """An amount in ``unit``, or in 元 when ``unit`` would need more than two decimals."""
    text = format_fen(fen, unit)
    return format_fen(fen, "元") if "." in text and len(text.split(".")[1]) > 2 + len(unit) else text


def _changes(policy: m.Policy, curve: _Curve, x: int, lo: int, hi: int) -> list[Breakpoint]:
    """What changes around ``x``: the states at x−1, x, x+1 compared, each change named once."""
    unit = policy.amount_unit
    f = policy.facts[curve.fact]
    out: list[Breakpoint] = []
    for a, b in ((x - 1, x), (x, x + 1)):
        if a < lo or b > hi:
            continue
        before, after = curve.at(a), curve.at(b)
        for rb, ra in zip(before.clauses, after.clauses, strict=True):
            c = ra.clause
            if rb.eligible != ra.eligible or rb.reason != ra.reason:
                out.append(Breakpoint(b, c.id, c.cite, "eligibility",
                                      f"{c.cite}：{f.label}达到 {_show(b, f.unit or unit)} 起，{ra.reason.label}"))
            elif _binding(ra) and not _binding(rb):
                # the cap starts to bind where the formula's amount reaches it: the last point not cut
                cap = next((k for k in governing_caps(policy, c)
                            if k.limit is not None and int(k.limit.at(curve.case.as_of)) == ra.ceiling_fen), None)
                what = (f"{cap.label or cap.scope_label()}上限 {format_fen(ra.ceiling_fen or 0, unit)}"
                        if cap is not None else f"上限 {format_fen(ra.ceiling_fen or 0, unit)}")
                out.append(Breakpoint(a, c.id, c.cite, "cap",
                                      f"{c.cite}：{f.label}达到 {_show(a, f.unit or unit)} 时，{what}开始起作用"))
            elif _binding(rb) and not _binding(ra):
                out.append(Breakpoint(b, c.id, c.cite, "slope",
                                      f"{c.cite}：{f.label}达到 {_show(b, f.unit or unit)} 起，不再受上限限制"))
        if before.granted != after.granted and not any(k.kind == "eligibility" and k.fen == b for k in out):
            cites = {r.clause.id: r.clause.cite for r in after.clauses}
            win = "、".join(cites[g] for g in after.granted) or "无"
            out.append(Breakpoint(b, None, _highest_cites(policy, set(before.granted) ^ set(after.granted)), "winner",
                                  f"{f.label}达到 {_show(b, f.unit or unit)} 起，计入合计的条款为：{win}"))
    if not out:
        # a slope changes without a change of state (e.g. at the bound of a 阶梯 band)
        r0, r1 = curve.at(max(lo, x - 1)), curve.at(min(hi, x + 1))
        changed = [b.clause for a, b in zip(r0.clauses, r1.clauses, strict=True) if a.ceiling_fen != b.ceiling_fen]
        c0 = changed[0] if changed else None
        out.append(Breakpoint(x, c0.id if c0 else None, c0.cite if c0 else "", "slope",
                              f"{c0.cite + '：' if c0 else ''}{f.label}达到 {_show(x, f.unit or unit)} 起，"
                              "金额的增长方式改变"))
    return out


def _highest_cites(policy: m.Policy, changed: set[str]) -> str:
    """The 就高 rules under which the clauses in ``changed`` compete (each group's own cite), once each."""
    groups = (policy.highest_group(c) for c in sorted(changed))
    return "、".join(dict.fromkeys(policy.highests[g].cite for g in groups if g is not None))


def default_range(policy: m.Policy, case: Case, fact: str) -> tuple[int, int]:
    """From 0 to twice the larger of the fact's current value and the largest cap of the policy
    (at least 100万元), so every cap that can bind is seen."""
    current = case.facts.get(fact)
    caps = [int(k.limit.at(case.as_of)) for c in policy.clauses for k in c.caps if k.limit is not None]
    top = max([int(current) if isinstance(current, int) else 0, *caps, 100_000_000])
    return 0, min(MAX_FEN, 2 * top)


def what_if(policy: m.Policy, case: Case, fact: str, lo: int | None = None, hi: int | None = None) -> WhatIf:
    """The ceilings and the stacked total of ``case`` as the money fact ``fact`` runs over [lo, hi]."""
    f = policy.facts.get(fact)
    if f is None or f.type != "money":
        names = "、".join(x.label for x in money_facts(policy)) or "（无）"
        raise CaseInputError(fact[:40], "不是本政策的金额事实", f"可选的金额事实：{names}")
    d_lo, d_hi = default_range(policy, case, fact)
    hi_default = hi is None
    lo = d_lo if lo is None else lo
    hi = d_hi if hi is None else hi
    if not 0 <= lo < hi <= MAX_FEN:
        raise CaseInputError(fact, f"假设分析的金额范围无效（起点 {format_fen(lo)}，终点 {format_fen(hi)}）",
                             "起点应不小于 0 且小于终点，终点不超过 10000亿元")
    curve = _Curve(policy, case, fact)
    kinks = _all_kinks(curve, lo, hi)
    if hi_default and kinks and 2 * max(kinks) < hi:
        # zoom in on where things happen: up to half again past the last breakpoint (and the current value)
        current = case.facts.get(fact)
        top = max(3 * max(kinks) // 2, 6 * current // 5 if isinstance(current, int) else 0, lo + 2)
        hi = min(hi, _round_up(top))
        kinks = {k for k in kinks if k <= hi}
    breaks: list[Breakpoint] = []
    for k in sorted(kinks):
        for bp in _changes(policy, curve, k, lo, hi):
            if bp not in breaks:
                breaks.append(bp)
    xs = sorted({lo, hi, *(x + d for x in kinks for d in (-1, 0, 1) if lo <= x + d <= hi)})
    points = [_point(curve, x) for x in xs]
    return WhatIf(fact, f.label, f.unit or policy.amount_unit, lo, hi, points, breaks,
                  {c.id: c.cite for c in policy.clauses})


def _all_kinks(curve: _Curve, lo: int, hi: int) -> set[int]:
    step = max(1, (hi - lo) // SAMPLES)
    grid = sorted({*range(lo, hi, step), hi})
    kinks: set[int] = set()
    for a, b in itertools.pairwise(grid):
        _kinks(curve, a, b, kinks)
    return kinks


def _round_up(fen: int) -> int:
    """Up to a round figure (1, 2 or 5 times a power of ten 分)."""
    step = 1
    while step * 10 <= fen:
        step *= 10
    for mult in (1, 2, 5, 10):
        if step * mult >= fen:
            return step * mult
    return fen  # pragma: no cover


def _point(curve: _Curve, x: int) -> Point:
    r = curve.at(x)
    return Point(x, {c.clause.id: c.ceiling_fen or 0 for c in r.clauses},
                 {c.clause.id: c.granted_fen or 0 for c in r.clauses}, r.total_fen)
