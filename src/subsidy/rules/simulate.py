"""What a draft policy would cost over a registry: upper bound, expectation, budget, baseline, sweep.

The figures come from :func:`subsidy.rules.stream.evaluate_file` (one read of the file for the draft,
the baseline and every swept variant): per clause the eligible rows (beneficiaries) and the sum of
their ceilings, the undecided rows and the sum of their upper bounds. The **upper bound** of a clause
is the sum of its eligible rows' ceilings; of the policy, the sum over its clauses (before 就高 and
不重复: ``stacked_fen`` is the total after them). The **expectation** is the upper bound × take-up,
exact, rounded once to the 分 by :func:`subsidy.money.apply_rate`.

A sweep sets one clause's amount cap (its first cap with an amount) to each value in turn: each value
is a modified :class:`Policy` with its own ``version`` (compiled plans are cached by id and version).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from subsidy.errors import CaseInputError, PolicyNotFound
from subsidy.money import MoneyFormatError, apply_rate, format_fen, parse_money, parse_rate
from subsidy.rules import model as m
from subsidy.rules.report import yuan
from subsidy.rules.stream import DEFAULT_BATCH_ROWS, PolicySummary, evaluate_file

__all__ = ["MAX_SWEEP_POINTS", "ClauseCost", "Cost", "Simulation", "Sweep", "SweepPoint", "budget_use",
           "differences", "parse_budget", "parse_sweep", "parse_take_up", "percent", "simulate", "simulation_json",
           "with_cap"]

MAX_SWEEP_POINTS = 101
MAX_LISTED = 20  # problems of a registry listed one by one (the rest counted)


@dataclass(frozen=True)
class ClauseCost:
    clause_id: str
    cite: str
    title: str
    beneficiaries: int  # eligible rows
    undecided: int  # rows that cannot be decided yet
    upper_fen: int  # sum of the eligible rows' ceilings
    undecided_upper_fen: int  # sum of the undecided rows' upper bounds
    expected_fen: int  # upper_fen × take-up
    not_computable: int  # eligible or undecided rows whose amount is set in review


@dataclass(frozen=True)
class Cost:
    policy_id: str
    unit: str
    rows: int
    beneficiaries: int  # rows granted something after 就高 and 不重复
    undecided_rows: int
    upper_fen: int  # sum of the clauses' upper bounds
    undecided_upper_fen: int
    expected_fen: int  # upper_fen × take-up
    stacked_fen: int  # sum of the stacked totals (after 就高 and 不重复)
    clauses: tuple[ClauseCost, ...]


@dataclass(frozen=True)
class Sweep:
    clause_id: str
    cap_id: str
    values: tuple[int, ...]  # 分


@dataclass(frozen=True)
class SweepPoint:
    cap_fen: int
    cost: Cost


@dataclass(frozen=True)
class Simulation:
    draft: Cost
    baseline: Cost | None
    take_up: Fraction
    budget_fen: int | None
    sweep: Sweep | None
    points: tuple[SweepPoint, ...]
    missing: tuple[str, ...] = ()  # facts the registry has no column for: unknown in every row
    rows_refused: int = 0  # rows of a sheet left out for a bad cell
    problems: tuple[str, ...] = ()  # what was wrong with them (row, column, what)


# ---- inputs -------------------------------------------------------------------------------------


def parse_take_up(text: str) -> Fraction:
    """``"60%"`` (or ``"3/5"``) as an exact fraction in [0, 1]."""
    try:
        rate = parse_rate(text)
    except MoneyFormatError as exc:
        raise CaseInputError("--take-up", str(exc), "写成 0% 到 100% 之间的百分比，如 60%") from exc
    if not 0 <= rate <= 1:
        raise CaseInputError("--take-up", f"申报率「{text}」不在 0%–100% 之间", "写成 0% 到 100% 之间的百分比，如 60%")
    return rate


def _money(text: str, field: str) -> int:
    try:
        fen = parse_money(text).fen
    except MoneyFormatError as exc:
        raise CaseInputError(field, str(exc), "金额带单位，如 500万元、3000元") from exc
    if fen < 0:
        raise CaseInputError(field, f"金额「{text}」为负数", "写不小于 0 的金额，如 500万元")
    return fen


def parse_budget(text: str) -> int:
    fen = _money(text, "--budget")
    if fen == 0:
        raise CaseInputError("--budget", "预算为 0", "写大于 0 的金额，如 5000万元")
    return fen


_SWEEP_RE = re.compile(r"^\s*(?P<clause>[^=]+?)\.cap\s*=\s*(?P<lo>[^.=/][^=/]*?)\s*\.\.\s*(?P<hi>[^=/]+?)\s*/\s*(?P<step>[^=/]+?)\s*$")
_SWEEP_HINT = "写成 条款.cap=起..止/步长，如 art7.cap=100万元..500万元/50万元"


def parse_sweep(text: str, policy: m.Policy) -> Sweep:
    """``CLAUSE.cap=A..B/STEP``: the clause (id or cite) of ``policy`` with an amount cap, and the
    values A, A+STEP, … up to B."""
    found = _SWEEP_RE.match(text)
    if found is None:
        raise CaseInputError("--sweep", f"「{text[:60]}」格式不对", _SWEEP_HINT)
    try:
        clause = policy.clause(found["clause"])
    except PolicyNotFound as exc:
        raise CaseInputError("--sweep", str(exc), _SWEEP_HINT) from exc
    cap = next((c for c in clause.caps if c.limit is not None), None)
    if cap is None:
        raise CaseInputError("--sweep", f"条款 {clause.cite}（{clause.id}）没有金额上限", "选一个有金额上限的条款")
    lo, hi, step = (_money(found[k], "--sweep") for k in ("lo", "hi", "step"))
    if step == 0:
        raise CaseInputError("--sweep", "步长为 0", _SWEEP_HINT)
    if lo > hi:
        raise CaseInputError("--sweep", f"起点 {format_fen(lo, policy.amount_unit)} 大于终点 "
                             f"{format_fen(hi, policy.amount_unit)}", _SWEEP_HINT)
    count = (hi - lo) // step + 1
    if count > MAX_SWEEP_POINTS:
        raise CaseInputError("--sweep", f"取值有 {count} 个，超过 {MAX_SWEEP_POINTS} 个", "加大步长或缩小范围")
    return Sweep(clause.id, cap.id, tuple(range(lo, hi + 1, step)))


def with_cap(policy: m.Policy, clause_id: str, cap_id: str, fen: int) -> m.Policy:
    """``policy`` with the cap ``cap_id`` of clause ``clause_id`` set to ``fen`` from the start; its own
    ``version``, so that its compiled plan is its own."""

    def clause(c: m.Clause) -> m.Clause:
        if c.id != clause_id:
            return c
        caps = tuple(dataclasses.replace(cap, limit=m.Dated(((None, fen),))) if cap.id == cap_id else cap
                     for cap in c.caps)
        return dataclasses.replace(c, caps=caps)

    return dataclasses.replace(policy, clauses=tuple(clause(c) for c in policy.clauses),
                               version=f"{policy.version}+{clause_id}.{cap_id}={fen}")


# ---- figures ------------------------------------------------------------------------------------


def cost_of(policy: m.Policy, s: PolicySummary, take_up: Fraction) -> Cost:
    clauses = tuple(
        ClauseCost(c.id, c.cite, c.title, cs.eligible, cs.unknown, cs.ceiling_fen, cs.ceiling_unknown_fen,
                   apply_rate(cs.ceiling_fen, take_up), cs.not_computable)
        for c, cs in zip(policy.clauses, s.clauses, strict=True))
    upper = sum(c.upper_fen for c in clauses)
    return Cost(policy.id, policy.amount_unit, s.rows, s.paid_rows, s.undecided_rows, upper,
                sum(c.undecided_upper_fen for c in clauses), apply_rate(upper, take_up), s.total_fen, clauses)


def budget_use(fen: int, budget_fen: int) -> Fraction:
    return Fraction(fen, budget_fen)


def percent(share: Fraction) -> str:
    """A share as a percentage to 0.1% (half up), e.g. ``Fraction(2, 3)`` → ``"66.7%"``."""
    tenths = (share * 1000 * 2 + 1) // 2
    return f"{tenths // 10}.{tenths % 10}%"


def simulate(path: Path | str, draft: m.Policy, as_of: dt.date, *, take_up: Fraction = Fraction(1),
             budget_fen: int | None = None, baseline: m.Policy | None = None, sweep: Sweep | None = None,
             effective_from: dt.date | None = None, batch_rows: int = DEFAULT_BATCH_ROWS,
             progress: Callable[[int], None] | None = None, scheduler: str | None = None,
             partitions: int | None = None) -> Simulation:
    """Read the registry at ``path`` once and cost the draft, the baseline and every swept variant.

    Record columns the registry lacks are read as "no record" (no earlier grant, bar or other support).
    With ``scheduler`` (a Dask scheduler's address, or ``"local"``), the file is evaluated in
    ``partitions`` ranges of rows on the cluster's workers (:mod:`subsidy.rules.distributed`; the same
    figures); with ``partitions`` alone, those ranges are evaluated one after another here."""
    variants = [with_cap(draft, sweep.clause_id, sweep.cap_id, v) for v in sweep.values] if sweep else []
    policies = [draft, *([baseline] if baseline else []), *variants]
    if scheduler is None and partitions is None:
        summaries = evaluate_file(path, policies, as_of, effective_from=effective_from, absent_records=True,
                                  batch_rows=batch_rows, progress=progress)
    else:
        from subsidy.rules.distributed import connect, evaluate_partitioned

        def run(client: Any) -> list[PolicySummary]:
            return evaluate_partitioned(path, policies, as_of, partitions=partitions, client=client,
                                        effective_from=effective_from, absent_records=True,
                                        batch_rows=batch_rows, progress=progress)

        if scheduler is None:
            summaries = run(None)
        else:
            with connect(scheduler) as client:
                summaries = run(client)
    costs = [cost_of(p, s, take_up) for p, s in zip(policies, summaries, strict=True)]
    base = costs[1] if baseline else None
    swept = costs[2 if baseline else 1:]
    points = tuple(SweepPoint(v, c) for v, c in zip(sweep.values if sweep else (), swept, strict=True))
    first = summaries[0]
    missing = tuple(dict.fromkeys(n for s in summaries for n in s.missing))
    return Simulation(costs[0], base, take_up, budget_fen, sweep, points, missing, first.rows_refused, first.problems)


def differences(draft: Cost, baseline: Cost) -> list[tuple[str, int, int]]:
    """Per clause id (the draft's, then the baseline's own): beneficiaries and upper bound, draft − baseline."""
    base = {c.clause_id: c for c in baseline.clauses}
    mine = {c.clause_id: c for c in draft.clauses}
    ids = [*mine, *(k for k in base if k not in mine)]
    out = []
    for k in ids:
        d, b = mine.get(k), base.get(k)
        out.append((k, (d.beneficiaries if d else 0) - (b.beneficiaries if b else 0),
                    (d.upper_fen if d else 0) - (b.upper_fen if b else 0)))
    return out


# ---- JSON (docs/simulate.md) --------------------------------------------------------------------


def _cost_json(c: Cost) -> dict[str, Any]:
    return {"policy": c.policy_id, "unit": c.unit, "rows": c.rows, "beneficiaries": c.beneficiaries,
            "undecided_rows": c.undecided_rows, "upper": yuan(c.upper_fen),
            "undecided_upper": yuan(c.undecided_upper_fen), "expected": yuan(c.expected_fen),
            "stacked": yuan(c.stacked_fen),
            "clauses": [{"id": x.clause_id, "cite": x.cite, "title": x.title, "beneficiaries": x.beneficiaries,
                         "undecided": x.undecided, "upper": yuan(x.upper_fen),
                         "undecided_upper": yuan(x.undecided_upper_fen), "expected": yuan(x.expected_fen),
                         "not_computable": x.not_computable} for x in c.clauses]}


def _budget_json(c: Cost, budget_fen: int) -> dict[str, Any]:
    return {"amount": yuan(budget_fen), "upper_share": percent(budget_use(c.upper_fen, budget_fen)),
            "expected_share": percent(budget_use(c.expected_fen, budget_fen)),
            "upper_exceeds": c.upper_fen > budget_fen, "expected_exceeds": c.expected_fen > budget_fen}


def simulation_json(sim: Simulation) -> dict[str, Any]:
    """The document of ``subsidy simulate --json``; money as 元 strings (docs/simulate.md)."""
    doc: dict[str, Any] = {"take_up": percent(sim.take_up), "draft": _cost_json(sim.draft),
                           "budget": None, "baseline": None, "difference": None, "sweep": None,
                           "registry": {"missing_facts": list(sim.missing), "rows_refused": sim.rows_refused,
                                        "problems": list(sim.problems[:MAX_LISTED])}}
    if sim.budget_fen is not None:
        doc["budget"] = _budget_json(sim.draft, sim.budget_fen)
    if sim.baseline is not None:
        doc["baseline"] = _cost_json(sim.baseline)
        doc["difference"] = [{"clause": k, "beneficiaries": n, "upper": yuan(fen)}
                             for k, n, fen in differences(sim.draft, sim.baseline)]
    if sim.sweep is not None:
        cid = sim.sweep.clause_id
        doc["sweep"] = {"clause": cid, "cap": sim.sweep.cap_id, "points": [
            {"cap": yuan(p.cap_fen), "upper": yuan(p.cost.upper_fen), "expected": yuan(p.cost.expected_fen),
             "beneficiaries": p.cost.beneficiaries,
             "clause_upper": yuan(next(x.upper_fen for x in p.cost.clauses if x.clause_id == cid)),
             "clause_beneficiaries": next(x.beneficiaries for x in p.cost.clauses if x.clause_id == cid)}
            for p in sim.points]}
    return doc
