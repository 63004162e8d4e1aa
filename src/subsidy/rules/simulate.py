"""What a draft policy would cost over a registry: upper bound, expectation, budget, baseline, sweep.

The figures come from :func:`subsidy.rules.stream.evaluate_file` (one read of the file for the draft,
the baseline and every swept variant): per clause the eligible rows (beneficiaries) and the sum of
their ceilings, the undecided rows and the sum of their upper bounds. The **upper bound** of a clause
is the sum of its eligible rows' ceilings; of the policy, the sum over its clauses (before 就高 and
不重复: ``stacked_fen`` is the total after them). The **expectation** is the upper bound × take-up,
exact, rounded once to the 分 by :func:`subsidy.money.apply_rate`.

With the per-row results (``per_row``: the drafter's page, the command on one machine), the figures are also
distributed by the registry's 所属区, 所属街道, 行业 and 企业规模 (each grouping adding up to the totals to the
分: the expectation is apportioned), the winners and losers against the baseline are counted per size band,
and an annual programme's later years are projected into ``by_year`` (:func:`_later`; docs/simulate.md).

A sweep sets one clause's amount cap (its first cap with an amount) to each value in turn: each value
is a modified :class:`Policy` with its own ``version`` (compiled plans are cached by id and version).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from subsidy.dates import validity_window
from subsidy.errors import CaseInputError, PolicyNotFound
from subsidy.money import MoneyFormatError, apply_rate, format_fen, parse_money, parse_rate
from subsidy.rules import model as m
from subsidy.rules.report import yuan
from subsidy.rules.schedules import payment_plan, years_after_validity
from subsidy.rules.stream import PolicySummary, evaluate_file

__all__ = [
    "AFTER_VALIDITY_LABEL",
    "GROUPINGS",
    "MAX_SWEEP_POINTS",
    "UNFILLED",
    "BandChange",
    "ClauseCost",
    "ClauseFigures",
    "ClauseRows",
    "Cost",
    "Distribution",
    "GroupCost",
    "Simulation",
    "Sweep",
    "SweepPoint",
    "YearCost",
    "apportion",
    "budget_use",
    "by_year",
    "clause_figures",
    "differences",
    "parse_budget",
    "parse_sweep",
    "parse_take_up",
    "percent",
    "programme_years_ahead",
    "simulate",
    "simulation_json",
    "sweep_around",
    "validity_end",
    "with_cap",
    "with_figures",
    "with_rate",
    "year_label",
]

MAX_SWEEP_POINTS = 101
MAX_LISTED = 20  # problems of a registry listed one by one (the rest counted)


@dataclass(frozen=True)
class YearCost:
    """What is paid in one budget year: the upper bound and the expectation spread by the schedules."""

    year: int
    upper_fen: int
    expected_fen: int
    after_validity: bool = False  # paid in a year after the policy's validity ends (解读约定第18条: still owed)


AFTER_VALIDITY_LABEL = "（有效期满后拨付）"
"""How the by-year table marks a year after the policy's validity (tranches of awards made within it)."""


def year_label(y: YearCost) -> str:
    """A budget year as the by-year tables (CLI, HTML and PDF reports) show it: ``2029年（有效期满后拨付）``."""
    return f"{y.year}年{AFTER_VALIDITY_LABEL if y.after_validity else ''}"


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
    by_year: tuple[YearCost, ...] = ()  # upper_fen and expected_fen spread over the years they are paid in
    programme_years: int | None = None  # an annual programme (连续N年): upper_fen is the decided year's
    later_upper_fen: int = 0  # an annual programme: its later years (projected, in by_year), not in upper_fen
    later_expected_fen: int = 0


@dataclass(frozen=True)
class ClauseRows:
    """Per-row figures of one clause (``simulate(..., per_row=True)``): how many beneficiaries reach an
    amount cap (None: the clause has no amount cap), and against the baseline how many rows get more
    (winners) or less (losers) from the clause (None: no baseline, or the baseline lacks the clause)."""

    clause_id: str
    cap_reached: int | None
    winners: int | None
    losers: int | None


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
    by_year: tuple[YearCost, ...] = ()  # the clauses' by_year added up, year by year
    later_upper_fen: int = 0  # the annual programmes' later years (in by_year, not in upper_fen)
    later_expected_fen: int = 0


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
    rows: tuple[ClauseRows, ...] | None = None  # per_row: one per clause of the draft
    distributions: tuple[Distribution, ...] = ()  # per_row: by district, street, industry, size band
    band_changes: tuple[BandChange, ...] = ()  # per_row with a baseline: winners and losers by size band
    totals: tuple[int, ...] | None = None  # with a budget, on one machine: each beneficiary's total (分), in row order


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


def sweep_around(policy: m.Policy, clause_id: str, centre_fen: int, points: int = 9) -> Sweep:
    """A sweep of the clause's first amount cap over ``points`` values from ``centre / ((points+1)/2)``
    to ``centre × points / ((points+1)/2)`` (9 points: 20%, 40%, … 180% of ``centre``), each to the 分."""
    clause = policy.clause(clause_id)
    cap = next((c for c in clause.caps if c.limit is not None), None)
    if cap is None:
        raise CaseInputError("sweep", f"条款 {clause.cite}（{clause.id}）没有金额上限", "选一个有金额上限的条款")
    if not 2 <= points <= MAX_SWEEP_POINTS:
        raise CaseInputError("sweep", f"取值个数 {points} 不在 2–{MAX_SWEEP_POINTS} 之间", "写 2 到 101 之间的整数")
    half = (points + 1) // 2
    values = tuple(dict.fromkeys(centre_fen * k // half for k in range(1, points + 1)))
    return Sweep(clause.id, cap.id, values)


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


@dataclass(frozen=True)
class ClauseFigures:
    """The figures of a clause a drafter edits: its amount caps (id, label, 分 on the date) and the rates
    of its amount (in the order they appear in the amount's expression)."""

    clause_id: str
    cite: str
    title: str
    caps: tuple[tuple[str, str, int], ...]
    rates: tuple[Fraction, ...]


def _rate_lits(e: m.Expr) -> list[m.Lit]:
    """The rate literals of an amount expression, in order (depth first, left to right)."""
    if isinstance(e, m.Lit):
        return [e] if e.vtype == "rate" else []
    if isinstance(e, m.Ratio):
        return _rate_lits(e.rate) + _rate_lits(e.base)
    if isinstance(e, m.Product | m.MinMaxSum):
        return [x for item in e.items for x in _rate_lits(item)]
    if isinstance(e, m.PerUnit):
        return _rate_lits(e.unit) + _rate_lits(e.count)
    if isinstance(e, m.Bands):
        return _rate_lits(e.of)
    if isinstance(e, m.TopUp):
        return _rate_lits(e.target) + _rate_lits(e.already)
    return []


def clause_figures(policy: m.Policy, when: dt.date) -> list[ClauseFigures]:
    """Every clause's amount caps and rates as they stand on ``when`` (what a drafter's form is filled with)."""
    out = []
    for c in policy.clauses:
        caps = tuple((cap.id, cap.label or cap.scope_label(), int(cap.limit.at(when))) for cap in c.caps
                     if cap.limit is not None)
        rates = tuple(Fraction(lit.value.at(when)) for lit in _rate_lits(c.amount))
        out.append(ClauseFigures(c.id, c.cite, c.title, caps, rates))
    return out


def _replace_rate(e: m.Expr, index: int, rate: Fraction, seen: list[int]) -> m.Expr:
    """``e`` with its ``index``-th rate literal (counted in ``seen``) set to ``rate`` from the start."""
    if isinstance(e, m.Lit):
        if e.vtype != "rate":
            return e
        seen[0] += 1
        return m.Lit(m.Dated(((None, rate),)), "rate") if seen[0] - 1 == index else e

    def r(x: m.Expr) -> m.Expr:
        return _replace_rate(x, index, rate, seen)

    if isinstance(e, m.Ratio):
        return m.Ratio(r(e.rate), r(e.base))
    if isinstance(e, m.Product):
        return m.Product(tuple(r(x) for x in e.items))
    if isinstance(e, m.MinMaxSum):
        return m.MinMaxSum(e.op, tuple(r(x) for x in e.items), e.vtype)
    if isinstance(e, m.PerUnit):
        return m.PerUnit(r(e.unit), r(e.count))
    if isinstance(e, m.Bands):
        return m.Bands(r(e.of), e.bands, e.vtype)
    if isinstance(e, m.TopUp):
        return m.TopUp(r(e.target), r(e.already))
    return e


def with_rate(policy: m.Policy, clause_id: str, index: int, rate: Fraction) -> m.Policy:
    """``policy`` with the ``index``-th rate of clause ``clause_id``'s amount (:func:`clause_figures`
    order) set to ``rate`` from the start; its own ``version``."""
    if not 0 <= rate <= 1:
        raise CaseInputError(f"{clause_id}.rate{index + 1}", f"比例 {rate} 不在 0%–100% 之间", "写成百分比，如 30%")
    clause = policy.clause(clause_id)
    if not 0 <= index < len(_rate_lits(clause.amount)):
        raise CaseInputError(f"{clause_id}.rate{index + 1}", f"条款 {clause.cite} 没有第 {index + 1} 个比例",
                             "只改条款已有的比例")

    def one(c: m.Clause) -> m.Clause:
        return dataclasses.replace(c, amount=_replace_rate(c.amount, index, rate, [0])) if c.id == clause_id else c

    return dataclasses.replace(policy, clauses=tuple(one(c) for c in policy.clauses),
                               version=f"{policy.version}+{clause_id}.rate{index}={rate}")


def with_figures(policy: m.Policy, caps: dict[tuple[str, str], int],
                 rates: dict[tuple[str, int], Fraction]) -> m.Policy:
    """``policy`` with the caps ``{(clause, cap): 分}`` and rates ``{(clause, index): rate}`` set (only
    those that differ from the policy's own: an unedited form gives back the policy itself)."""
    out = policy
    for (cid, cap_id), fen in sorted(caps.items()):
        cap = next((c for c in policy.clause(cid).caps if c.id == cap_id and c.limit is not None), None)
        if cap is None or cap.limit is None:
            raise CaseInputError(f"{cid}.{cap_id}", f"条款 {cid} 没有金额上限 {cap_id}", "只改条款已有的上限")
        if fen < 0:
            raise CaseInputError(f"{cid}.{cap_id}", "上限为负数", "写不小于 0 的金额，如 300万元")
        if cap.limit.changes or cap.limit.points[0][1] != fen:
            out = with_cap(out, cid, cap_id, fen)
    for (cid, index), rate in sorted(rates.items()):
        lits = _rate_lits(out.clause(cid).amount)
        if index < len(lits) and not lits[index].value.changes and lits[index].value.points[0][1] == rate:
            continue
        out = with_rate(out, cid, index, rate)
    return out


# ---- figures ------------------------------------------------------------------------------------


def _spread(clause: m.Clause, upper_fen: int, expected_fen: int, year: int) -> tuple[YearCost, ...]:
    """The clause's upper bound and expectation over the years its schedule pays them in (tranches by
    their shares, each split as one award's: :func:`payment_plan`); one year for the others."""
    ups = payment_plan(clause, upper_fen, first_year=year)
    exps = payment_plan(clause, expected_fen, first_year=year)
    return tuple(YearCost(u.due_year if u.due_year is not None else year + i, u.fen, e.fen)
                 for i, (u, e) in enumerate(zip(ups, exps, strict=True)))


def by_year(costs: list[tuple[YearCost, ...]]) -> tuple[YearCost, ...]:
    """Several spreads added up, year by year (in year order)."""
    up: dict[int, int] = {}
    ex: dict[int, int] = {}
    for spread in costs:
        for y in spread:
            up[y.year] = up.get(y.year, 0) + y.upper_fen
            ex[y.year] = ex.get(y.year, 0) + y.expected_fen
    years = sorted(up)
    return tuple(YearCost(y, up[y], ex[y]) for y in years if up[y] or ex[y] or y == years[0])



def cost_of(policy: m.Policy, s: PolicySummary, take_up: Fraction, year: int | None = None,
            later: dict[str, tuple[int, ...]] | None = None, validity_end: dt.date | None = None) -> Cost:
    """The figures of one summary; ``year`` (the year the awards are decided in) spreads them by year;
    ``later`` (per annual programme, the upper bound of each year after ``year``: :func:`_later`) adds
    those years to ``by_year`` (each one's expectation rounded on its own), apart from ``upper_fen``;
    a year after ``validity_end``'s is marked ``after_validity`` (as :func:`payment_plan` marks a tranche)."""
    clauses = []
    for c, cs in zip(policy.clauses, s.clauses, strict=True):
        expected = apply_rate(cs.ceiling_fen, take_up)
        spread = () if year is None else _spread(c, cs.ceiling_fen, expected, year)
        programme = c.programme.years if c.programme is not None and c.schedule.type == "annual" else None
        clauses.append(ClauseCost(c.id, c.cite, c.title, cs.eligible, cs.unknown, cs.ceiling_fen,
                                  cs.ceiling_unknown_fen, expected, cs.not_computable, spread, programme))
    upper = sum(c.upper_fen for c in clauses)
    expected_total = apply_rate(upper, take_up)
    years = by_year([c.by_year for c in clauses])
    if years and sum(y.expected_fen for y in years) != expected_total:
        # the expectation of the policy is rounded once; the clauses' each: the last year takes the difference
        diff = expected_total - sum(y.expected_fen for y in years)
        i = max(range(len(years)), key=lambda k: years[k].expected_fen)
        y = years[i]
        years = (*years[:i], YearCost(y.year, y.upper_fen, y.expected_fen + diff), *years[i + 1:])
    if later and year is not None:
        extras = [_later_years(later.get(c.clause_id, ()), take_up, year) for c in clauses]
        clauses = [dataclasses.replace(c, by_year=by_year([c.by_year, e]), later_upper_fen=sum(y.upper_fen for y in e),
                                       later_expected_fen=sum(y.expected_fen for y in e)) if e else c
                   for c, e in zip(clauses, extras, strict=True)]
        years = by_year([years, *extras])
    if validity_end is not None:
        clauses = [dataclasses.replace(c, by_year=_mark_after(c.by_year, validity_end)) for c in clauses]
        years = _mark_after(years, validity_end)
    return Cost(policy.id, policy.amount_unit, s.rows, s.paid_rows, s.undecided_rows, upper,
                sum(c.undecided_upper_fen for c in clauses), expected_total, s.total_fen, tuple(clauses), years,
                sum(c.later_upper_fen for c in clauses), sum(c.later_expected_fen for c in clauses))


def _mark_after(years: tuple[YearCost, ...], validity_end: dt.date) -> tuple[YearCost, ...]:
    """The years after ``validity_end``'s marked: what is paid in them was awarded within the validity."""
    return tuple(dataclasses.replace(y, after_validity=True) if y.year > validity_end.year else y for y in years)


def validity_end(policy: m.Policy, as_of: dt.date, effective_from: dt.date | None) -> dt.date | None:
    """The last day of the policy's validity (from the date of 施行: its own, else ``effective_from``, else
    ``as_of``, as :func:`programme_years_ahead` reads it); ``None`` without a stated validity."""
    if policy.validity_years is None:
        return None
    return validity_window(policy.effective_from or effective_from or as_of, policy.validity_years)[1]


def _later_years(later: tuple[int, ...], take_up: Fraction, year: int) -> tuple[YearCost, ...]:
    """An annual programme's later years (upper bounds from ``year + 1`` on), each expectation rounded once."""
    return tuple(YearCost(year + i, fen, apply_rate(fen, take_up)) for i, fen in enumerate(later, start=1))


def budget_use(fen: int, budget_fen: int) -> Fraction:
    return Fraction(fen, budget_fen)


def percent(share: Fraction) -> str:
    """A share as a percentage to 0.1% (half up), e.g. ``Fraction(2, 3)`` → ``"66.7%"``."""
    tenths = (share * 1000 * 2 + 1) // 2
    return f"{tenths // 10}.{tenths % 10}%"


def simulate(path: Path | str, draft: m.Policy, as_of: dt.date, *, take_up: Fraction = Fraction(1),
             budget_fen: int | None = None, baseline: m.Policy | None = None, sweep: Sweep | None = None,
             effective_from: dt.date | None = None, batch_rows: int | None = None,
             progress: Callable[[int], None] | None = None, scheduler: str | None = None,
             partitions: int | None = None, per_row: bool = False) -> Simulation:
    """Read the registry at ``path`` once and cost the draft, the baseline and every swept variant.

    Record columns the registry lacks are read as "no record" (no earlier grant, bar or other support).
    The figures by year start in ``as_of``'s year (the year the awards are decided in).
    With ``scheduler`` (a Dask scheduler's address, or ``"local"``), the file is evaluated in
    ``partitions`` ranges of rows on the cluster's workers (:mod:`subsidy.rules.distributed`; the same
    figures); with ``partitions`` alone, those ranges are evaluated one after another here. With
    ``per_row`` (one machine only), the per-row results of the draft and the baseline are kept (a
    temporary Parquet file, through ``evaluate_file``'s ``output``) for :class:`ClauseRows`: who reaches a
    cap, who gains, who loses (the swept variants are then read a second time, without per-row results).
    With ``budget_fen`` on one machine, the same per-row results give ``totals``: what each beneficiary
    of the draft would get, for :mod:`subsidy.admin.funding` to select within the budget."""
    variants = [with_cap(draft, sweep.clause_id, sweep.cap_id, v) for v in sweep.values] if sweep else []
    policies = [draft, *([baseline] if baseline else []), *variants]
    rows: tuple[ClauseRows, ...] | None = None
    extra: PerRow | None = None
    totals: tuple[int, ...] | None = None
    one_machine = scheduler is None and partitions is None
    if per_row and not one_machine:
        raise ValueError("per_row results are computed on one machine only")
    if per_row or (budget_fen is not None and one_machine):
        # the draft and the baseline with their per-row results (distinct ids, so that their columns do not
        # collide); the swept variants, which need only their sums, in a second read without any
        own = policies[:2 if baseline else 1]
        named = [dataclasses.replace(p, id=f"p{i}") for i, p in enumerate(own)]
        with tempfile.TemporaryDirectory(prefix="subsidy-simulate-") as tmp:
            out = Path(tmp) / "rows.parquet"
            years = [c.programme.year_fact for p in own for c in p.clauses if c.programme is not None]
            summaries = evaluate_file(path, named, as_of, effective_from=effective_from, absent_records=True,
                                      batch_rows=batch_rows, progress=progress, output=out,
                                      keep=list(dict.fromkeys(years)), keep_if_present=list(GROUPINGS))
            if per_row:
                rows = _clause_rows(out, draft, baseline, as_of)
                extra = _per_row(out, draft, baseline, as_of, effective_from, take_up)
            totals = _totals(out) if budget_fen is not None else None
        if variants:
            summaries += evaluate_file(path, variants, as_of, effective_from=effective_from, absent_records=True,
                                       batch_rows=batch_rows)
    elif one_machine:
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
    laters = [extra.later, extra.baseline_later] if extra is not None else []
    costs = [cost_of(p, s, take_up, as_of.year, laters[i] if i < len(laters) else None,
                     validity_end(p, as_of, effective_from))
             for i, (p, s) in enumerate(zip(policies, summaries, strict=True))]
    base = costs[1] if baseline else None
    swept = costs[2 if baseline else 1:]
    points = tuple(SweepPoint(v, c) for v, c in zip(sweep.values if sweep else (), swept, strict=True))
    first = summaries[0]
    missing = tuple(dict.fromkeys(n for s in summaries for n in s.missing))
    return Simulation(costs[0], base, take_up, budget_fen, sweep, points, missing, first.rows_refused, first.problems,
                      rows, extra.distributions if extra else (), extra.band_changes if extra else (), totals)


def _totals(out: Path) -> tuple[int, ...]:
    """The draft's (``p0``) beneficiaries' totals after 就高 and 不重复, in row order (rows granted nothing left out)."""
    import polars as pl

    col = pl.col("p0.total")
    return tuple(int(v) for v in pl.scan_parquet(out).select(col).filter(col > 0).collect().to_series().to_list())


def _clause_rows(out: Path, draft: m.Policy, baseline: m.Policy | None, as_of: dt.date) -> tuple[ClauseRows, ...]:
    """Per clause of the draft (columns ``p0.…``; the baseline's ``p1.…``): beneficiaries whose ceiling
    equals one of the clause's amount caps on ``as_of``, and rows whose amount (the ceiling where
    eligible, else 0) is above / below the baseline's."""
    import polars as pl

    base_ids = {c.id for c in baseline.clauses} if baseline is not None else set()
    exprs: list[Any] = []

    def amount(prefix: str, cid: str) -> Any:
        el, ceil = pl.col(f"{prefix}.{cid}.eligible"), pl.col(f"{prefix}.{cid}.ceiling")
        return pl.when((el == 1) & (ceil > 0)).then(ceil).otherwise(0)

    for c in draft.clauses:
        limits = sorted({int(cap.limit.at(as_of)) for cap in c.caps if cap.limit is not None})
        if limits:
            el, ceil = pl.col(f"p0.{c.id}.eligible"), pl.col(f"p0.{c.id}.ceiling")
            exprs.append(((el == 1) & ceil.is_in(limits)).sum().alias(f"{c.id}|cap"))
        if c.id in base_ids:
            exprs.append((amount("p0", c.id) > amount("p1", c.id)).sum().alias(f"{c.id}|win"))
            exprs.append((amount("p0", c.id) < amount("p1", c.id)).sum().alias(f"{c.id}|lose"))
    got = pl.scan_parquet(out).select(exprs).collect().row(0, named=True) if exprs else {}

    def count(key: str) -> int | None:
        return int(got[key]) if key in got else None

    return tuple(ClauseRows(c.id, count(f"{c.id}|cap"), count(f"{c.id}|win"), count(f"{c.id}|lose"))
                 for c in draft.clauses)


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
                         "not_computable": x.not_computable, "by_year": _years_json(x.by_year),
                         "programme_years": x.programme_years, "later_upper": yuan(x.later_upper_fen),
                         "later_expected": yuan(x.later_expected_fen)} for x in c.clauses],
            "by_year": _years_json(c.by_year), "later_upper": yuan(c.later_upper_fen),
            "later_expected": yuan(c.later_expected_fen)}


def _years_json(years: tuple[YearCost, ...]) -> list[dict[str, Any]]:
    return [{"year": y.year, "upper": yuan(y.upper_fen), "expected": yuan(y.expected_fen),
             "after_validity": y.after_validity} for y in years]


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
    if sim.rows is not None:
        doc["rows"] = [{"clause": r.clause_id, "cap_reached": r.cap_reached, "winners": r.winners,
                        "losers": r.losers} for r in sim.rows]
        doc["distribution"] = _distribution_json(sim)
        doc["band_changes"] = _band_json(sim) if sim.baseline is not None else None
    return doc


# ---- distribution by group, winners and losers by band, later programme years (per-row results) ----

GROUPINGS: dict[str, str] = {"district": "所属区", "street": "所属街道", "industry": "行业", "size_class": "企业规模"}
"""The registry's descriptive columns the figures are distributed by (population/reader.py's ATTRIBUTES), and
their Chinese names."""
BAND = "size_class"  # the band winners and losers are counted by
UNFILLED = "未填写"  # the group of the rows that leave the column empty (or a registry without the column)
SIZE_ORDER = ("大型", "中型", "小型", "微型")  # size bands in their own order (the other groupings: by upper bound)


def _group_order(by: str, key: str, upper_fen: int) -> tuple[int, int, str]:
    if by == BAND:
        return (SIZE_ORDER.index(key) if key in SIZE_ORDER else len(SIZE_ORDER), 0, key)
    return (key == UNFILLED, -upper_fen, key)


@dataclass(frozen=True)
class GroupCost:
    """One group's share of the policy's figures (``key``: the column's value, or :data:`UNFILLED`)."""

    key: str
    rows: int
    beneficiaries: int  # rows granted something after 就高 and 不重复
    upper_fen: int  # the sum of the eligible rows' ceilings over the clauses
    expected_fen: int  # its share of the policy's expectation (apportioned: the groups add up to it)
    stacked_fen: int  # the sum of the totals after 就高 and 不重复


@dataclass(frozen=True)
class Distribution:
    by: str  # a key of GROUPINGS
    label: str
    groups: tuple[GroupCost, ...]  # size bands large to small; the others by upper bound, largest first


@dataclass(frozen=True)
class BandChange:
    """Against the baseline, within one size band: the rows whose amount is above (winners) or below
    (losers) the baseline's, for one clause (``clause_id``) or for the policy's total after 就高 and 不重复
    (``clause_id`` None)."""

    band: str
    clause_id: str | None
    winners: int
    losers: int


@dataclass(frozen=True)
class PerRow:
    """What only the per-row results give (``simulate(..., per_row=True)``)."""

    distributions: tuple[Distribution, ...]
    band_changes: tuple[BandChange, ...]
    later: dict[str, tuple[int, ...]]  # the draft's annual programmes: clause → upper bound of each later year
    baseline_later: dict[str, tuple[int, ...]]


def apportion(total_fen: int, exact: list[Fraction]) -> list[int]:
    """Integers, one per ``exact`` share, adding up to ``total_fen``: each share rounded down, the 分 left
    over given one by one to the largest fractional parts (ties: the earlier share)."""
    floors = [int(x.numerator // x.denominator) for x in exact]
    diff = total_fen - sum(floors)
    if not exact:
        return []
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    step = 1 if diff >= 0 else -1
    for k in range(abs(diff)):
        floors[order[k % len(order)]] += step
    return floors


def _amount(prefix: str, cid: str) -> Any:
    import polars as pl

    el, ceil = pl.col(f"{prefix}.{cid}.eligible"), pl.col(f"{prefix}.{cid}.ceiling")
    return pl.when((el == 1) & (ceil > 0)).then(ceil).otherwise(0)


def _distributions(frame: Any, draft: m.Policy, take_up: Fraction) -> tuple[Distribution, ...]:
    import polars as pl

    upper = pl.sum_horizontal([_amount("p0", c.id) for c in draft.clauses]) if draft.clauses else pl.lit(0)
    frame = frame.with_columns(upper.cast(pl.Int64).alias("_upper"))
    expected_total = apply_rate(int(frame.select(pl.col("_upper").sum()).collect().item() or 0), take_up)
    out = []
    for by, label in GROUPINGS.items():
        got = (frame.group_by(pl.col(by).fill_null(UNFILLED).alias("_key"))
               .agg(pl.len().alias("rows"), (pl.col("p0.total") > 0).sum().alias("paid"),
                    pl.col("_upper").sum().alias("upper"), pl.col("p0.total").sum().alias("stacked"))
               .sort("_key").collect().rows())
        shares = apportion(expected_total, [int(u) * take_up for _, _, _, u, _ in got])
        groups = [GroupCost(str(k), int(n), int(paid), int(u), e, int(st))
                  for (k, n, paid, u, st), e in zip(got, shares, strict=True)]
        groups.sort(key=lambda g: _group_order(by, g.key, g.upper_fen))
        out.append(Distribution(by, label, tuple(groups)))
    return tuple(out)


def _band_changes(frame: Any, draft: m.Policy, baseline: m.Policy) -> tuple[BandChange, ...]:
    import polars as pl

    base_ids = {c.id for c in baseline.clauses}
    exprs = [(pl.col("p0.total") > pl.col("p1.total")).sum().alias("|win"),
             (pl.col("p0.total") < pl.col("p1.total")).sum().alias("|lose")]
    for c in draft.clauses:
        if c.id in base_ids:
            exprs += [(_amount("p0", c.id) > _amount("p1", c.id)).sum().alias(f"{c.id}|win"),
                      (_amount("p0", c.id) < _amount("p1", c.id)).sum().alias(f"{c.id}|lose")]
    got = frame.group_by(pl.col(BAND).fill_null(UNFILLED).alias("_band")).agg(exprs).collect()
    out = []
    for row in sorted(got.rows(named=True), key=lambda r: _group_order(BAND, r["_band"], 0)):
        out.append(BandChange(row["_band"], None, int(row["|win"]), int(row["|lose"])))
        out += [BandChange(row["_band"], c.id, int(row[f"{c.id}|win"]), int(row[f"{c.id}|lose"]))
                for c in draft.clauses if c.id in base_ids]
    return tuple(out)


def programme_years_ahead(policy: m.Policy, as_of: dt.date, effective_from: dt.date | None) -> int:
    """How many later years of an annual programme fall under the policy: a later year counts while its
    decision date (``as_of``'s anniversary) is before the end of the policy's validity (``validity_years``
    after the date of 施行: the policy's own, else ``effective_from``, else ``as_of``); no end, no limit."""
    longest = max((c.programme.years for c in policy.clauses if c.programme is not None), default=1)
    end = validity_end(policy, as_of, effective_from)
    if end is None:
        return longest - 1
    return longest - 1 - len(years_after_validity(as_of, longest - 1, end))  # the one definition (gates.Programme's)


def _later(frame: Any, prefix: str, policy: m.Policy, as_of: dt.date,
           effective_from: dt.date | None) -> dict[str, tuple[int, ...]]:
    """Per annual programme (连续N年、每年核定) of ``policy``: the upper bound of each later year, the
    decided year's beneficiaries projected on their own facts. A row in year k of its programme (the
    programme's year fact; unknown: 1) has N − k later years; in each it gets the decided year's ceiling
    again, except that a cap over several years (连续N年总计, 有效期内) is what bounds the years together
    (each later year gets at most what is left of it); only the years under the policy count
    (:func:`programme_years_ahead`)."""
    import polars as pl

    ahead = programme_years_ahead(policy, as_of, effective_from)
    out: dict[str, tuple[int, ...]] = {}
    for c in policy.clauses:
        if c.programme is None or c.schedule.type != "annual" or ahead < 1:
            continue
        fen = _amount(prefix, c.id)
        year = pl.col(c.programme.year_fact).cast(pl.Int64).fill_null(1).clip(lower_bound=1)
        totals = [int(cap.limit.at(as_of)) for cap in c.caps
                  if cap.limit is not None and cap.scope in ("entity_years", "entity_validity")]
        exprs = []
        for i in range(1, min(ahead, c.programme.years - 1) + 1):
            amount = fen if not totals else pl.min_horizontal(fen, pl.max_horizontal(pl.lit(0), min(totals) - fen * i))
            exprs.append(pl.when(year + i <= c.programme.years).then(amount).otherwise(0).sum().alias(str(i)))
        if exprs:
            out[c.id] = tuple(int(v or 0) for v in frame.select(exprs).collect().row(0))
    return out


def _per_row(out: Path, draft: m.Policy, baseline: m.Policy | None, as_of: dt.date,
             effective_from: dt.date | None, take_up: Fraction) -> PerRow:
    import polars as pl

    frame = pl.scan_parquet(out)  # lazily: each figure reads only its columns
    return PerRow(_distributions(frame, draft, take_up),
                  _band_changes(frame, draft, baseline) if baseline is not None else (),
                  _later(frame, "p0", draft, as_of, effective_from),
                  _later(frame, "p1", baseline, as_of, effective_from) if baseline is not None else {})


def _distribution_json(sim: Simulation) -> dict[str, Any]:
    return {d.by: [{"group": g.key, "rows": g.rows, "beneficiaries": g.beneficiaries, "upper": yuan(g.upper_fen),
                    "expected": yuan(g.expected_fen), "stacked": yuan(g.stacked_fen)} for g in d.groups]
            for d in sim.distributions}


def _band_json(sim: Simulation) -> list[dict[str, Any]]:
    return [{"band": b.band, "clause": b.clause_id, "winners": b.winners, "losers": b.losers} for b in sim.band_changes]
