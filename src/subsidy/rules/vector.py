"""Evaluate many cases at once: the policy's compiled plan (:mod:`subsidy.rules.plan`) run with each
idiom's ``array`` method over NumPy columns — the same definitions :func:`assess` runs for one case, so
the results agree row for row (``subsidy check`` and a property test on every idiom check this); the
explanation of a single row is :func:`assess`.

A table holds one row per case. Money is ``int64`` 分; counts and rates are exact rationals
(numerator and denominator arrays; exact Python integers where int64 could overflow); categories are
integer codes; every column carries a *known* mask (``None`` when all rows are known). Eligibility is
three-valued: ``1`` yes, ``0`` no, ``-1`` unknown (:mod:`subsidy.rules.arrays`).

Column contract (see docs/table-format.md): one column per fact (money in 分, integers,
booleans, category strings), plus the record columns of :func:`record_columns`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from subsidy.dates import validity_window
from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.arrays import INF, ArrayCtx, BoolV, MoneyV, const, scalar_of
from subsidy.rules.caps import ArrayCaps
from subsidy.rules.case import Case
from subsidy.rules.evaluate import resolve_effective_from
from subsidy.rules.gates import GateColumns, decide_columns, reason_codes, union
from subsidy.rules.heap import retain_freed_memory
from subsidy.rules.periods import day_number
from subsidy.rules.plan import plan_of
from subsidy.rules.records import (
    deduct_column,
    deducted_clauses,
    derive_records,
    granted_clauses,
    prior_column,
)
from subsidy.rules.stacking import ColumnStack

if TYPE_CHECKING:
    from subsidy.rules.arrays import I64, Mask

__all__ = ["FRAME_BLOCK", "CaseTable", "FrameResults", "TableResult", "evaluate_frame", "evaluate_table",
           "record_columns", "table_from_cases", "table_from_frame"]


# ---- the table -----------------------------------------------------------------------------


@dataclass
class CaseTable:
    """Columns for one batch: all rows are assessed on the same date for the same policy."""

    n: int
    columns: dict[str, tuple[npt.NDArray[Any], Mask | None]]  # name -> (values, known)

    def get(self, name: str) -> tuple[npt.NDArray[Any], Mask | None]:
        try:
            return self.columns[name]
        except KeyError as exc:
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）") from exc


def record_columns(policy: m.Policy) -> list[str]:
    """Names of the record columns a table needs besides the facts."""
    cols = ["rec_barred"]
    for c in policy.clauses:
        for cap in c.caps:
            if cap.scope != "application":
                cols += [f"rec_cap_fen__{cap.id}", f"rec_cap_n__{cap.id}"]
    cols += [prior_column(i) for i in range(len(policy.highests))]
    if policy.difference:
        cols.append("rec_difference_fen")
    cols += [f"rec_excluded__{e.id}" for e in policy.exclusions]
    cols += [f"rec_granted__{c}" for c in granted_clauses(policy)]
    cols += [deduct_column(c) for c in deducted_clauses(policy)]
    return cols


def table_from_cases(policy: m.Policy, cases: Sequence[Case]) -> CaseTable:
    """Build a table from parsed cases (records aggregated with the same code as :func:`assess`)."""
    n = len(cases)
    cols: dict[str, tuple[npt.NDArray[Any], Mask | None]] = {}
    for name, f in policy.facts.items():
        raw = [c.facts.get(name) for c in cases]
        if f.type == "list":
            cols.update(list_columns(f, cast(list[list[dict[str, Any]] | None], raw)))
        else:
            cols[name] = _column(f, raw)
    recs = [derive_records(policy, c) for c in cases]

    def put(name: str, values: list[int | bool | None]) -> None:
        known = np.array([v is not None for v in values], dtype=bool)
        arr = np.array([int(v) if v is not None else 0 for v in values], dtype=np.int64)
        cols[name] = (arr, None if known.all() else known)

    put("rec_barred", [r.barred for r in recs])
    for c in policy.clauses:
        for cap in c.caps:
            if cap.scope != "application":
                uses = [r.cap_use[cap.id] for r in recs]
                put(f"rec_cap_fen__{cap.id}", [u.fen if u else None for u in uses])
                put(f"rec_cap_n__{cap.id}", [u.grants if u else None for u in uses])
    for i in range(len(policy.highests)):
        put(prior_column(i), [None if r.priors is None else r.priors[i] for r in recs])
    if policy.difference:
        put("rec_difference_fen", [r.difference_fen for r in recs])
    for e in policy.exclusions:
        put(f"rec_excluded__{e.id}", [r.excluded[e.id] for r in recs])
    for x in granted_clauses(policy):
        put(f"rec_granted__{x}", [None if r.granted is None else r.granted[x] for r in recs])
    for x in deducted_clauses(policy):
        put(deduct_column(x), [None if r.deducts is None else r.deducts[x] for r in recs])
    return CaseTable(n, cols)


def _column(f: m.FactDef, raw: Sequence[Any]) -> tuple[npt.NDArray[Any], Mask | None]:
    """One fact's column from its values as a parsed case holds them (``None``: unknown); a date as days
    since 1970-01-01."""
    known = np.array([v is not None for v in raw], dtype=bool)
    if f.type == "category":
        index = {v: i for i, v in enumerate(f.values)}
        vals: npt.NDArray[Any] = np.array([index[str(v)] if v is not None else -1 for v in raw], dtype=np.int64)
    elif f.type == "number":
        fr = [Fraction(v) if v is not None else Fraction(0) for v in raw]
        vals = _rationals([x.numerator for x in fr], [x.denominator for x in fr])
    elif f.type == "date":
        vals = np.array([day_number(v) if v is not None else 0 for v in raw], dtype=np.int64)
    else:
        vals = np.array([int(v) if v is not None else 0 for v in raw], dtype=np.int64)
    return vals, None if known.all() else known


def list_columns(f: m.FactDef, raw: Sequence[list[dict[str, Any]] | None]) -> dict[str, tuple[npt.NDArray[Any],
                                                                                            Mask | None]]:
    """A list fact in long form (:mod:`subsidy.rules.items`): ``<fact>`` the number of items of each row
    (unknown where the list is), ``<fact>#row`` each item's row, ``<fact>.<field>`` each item's field."""
    known = np.array([v is not None for v in raw], dtype=bool)
    counts = np.array([len(v) if v is not None else 0 for v in raw], dtype=np.int64)
    items = [item for v in raw if v is not None for item in v]
    out = {f.name: (counts, None if known.all() else known),
           f"{f.name}#row": (np.repeat(np.arange(len(raw), dtype=np.int64), counts), None)}
    for field in f.items:
        vals, _ = _column(field, [item[field.name] for item in items])
        out[f"{f.name}.{field.name}"] = (vals, None)
    return out


@dataclass
class TableResult:
    clause_ids: list[str]
    eligible: npt.NDArray[np.int8]  # (rows, clauses): 1 / 0 / -1
    reason: npt.NDArray[np.int8]  # Reason codes
    ceiling: I64  # (rows, clauses); -1 where not computable
    granted: I64  # (rows, clauses); -1 where not granted (not eligible, unknown, manual)
    total: I64  # (rows,)
    floor: I64 | None = None  # (rows, clauses): 保底, min(floor, ceiling); -1 where none or not known (read-only
    # where no clause has a 保底)
    in_kind: I64 | None = None  # (rows,): the stacked value of the benefits in kind; ``total`` is cash only


def evaluate_table(policy: m.Policy, table: CaseTable, as_of: dt.date, *,
                   effective_from: dt.date | None = None, workers: int = 1,
                   reuse: TableResult | None = None) -> TableResult:
    """Assess every row of ``table`` against every clause, then stack, all vectorised.

    Rows are independent, so the work goes in chunks of ``_CHUNK`` rows: the temporaries stay
    small (cache-resident, reused by the allocator) instead of a fresh full-length array per step.
    Within a chunk the work is clause-major: each clause's results are contiguous rows of
    ``(clauses, rows)`` arrays (the result's ``(rows, clauses)`` arrays are their transposed
    views), and the gates every clause shares (validity, bars, applicants; exclusions) are
    combined once. With ``workers`` above 1 the chunks are shared out among that many threads (NumPy
    releases the GIL inside each step; the results are the same). ``reuse``: an earlier result of the
    same policy and number of rows whose arrays are no longer needed: written over instead of new arrays
    (a batch after batch saves faulting in fresh memory each time).
    """
    retain_freed_memory()
    probe = Case("table", {}, as_of, as_of.year, None, None, None, effective_from=effective_from)
    eff = resolve_effective_from(policy, probe, None)
    end = validity_window(eff, policy.validity_years)[1] if policy.validity_years else None
    n, k = table.n, len(policy.clauses)
    floors = any(cp.floor is not None for cp in plan_of(policy).clauses)  # (compiled before any thread needs it)
    if reuse is not None and reuse.total.shape == (n,) and len(reuse.clause_ids) == k:
        eligible, reason, ceiling, granted = reuse.eligible.T, reuse.reason.T, reuse.ceiling.T, reuse.granted.T
        total = reuse.total
        floor = reuse.floor.T if (floors and reuse.floor is not None and reuse.floor.shape == (n, k)
                                  and reuse.floor.flags.writeable) else None
    else:
        floor = None
        eligible = np.empty((k, n), dtype=np.int8)
        reason = np.empty((k, n), dtype=np.int8)
        ceiling = np.empty((k, n), dtype=np.int64)
        granted = np.empty((k, n), dtype=np.int64)
        total = np.empty(n, dtype=np.int64)
    if not floors:  # no clause has a 保底: -1 everywhere, a read-only view without the memory
        floor = np.broadcast_to(np.int64(-1), (k, n))
    elif floor is None:
        floor = np.full((k, n), -1, dtype=np.int64)  # 保底 where a clause has a floor
    else:
        floor.fill(-1)

    def run(start: int) -> None:
        stop = min(n, start + _CHUNK)
        part = table if start == 0 and stop == n else _rows(table, start, stop, lists)
        _evaluate(policy, part, as_of, (eff, end), eligible[:, start:stop], reason[:, start:stop],
                  ceiling[:, start:stop], granted[:, start:stop], total[start:stop], floor[:, start:stop])

    lists = [f.name for f in policy.facts.values() if f.type == "list"]
    starts = range(0, max(n, 1), _CHUNK)
    if workers > 1 and len(starts) > 1:
        with ThreadPoolExecutor(max_workers=min(workers, len(starts))) as pool:
            for _ in pool.map(run, starts):
                pass
    else:
        for start in starts:
            run(start)
    in_kind = None
    kind_rows = [j for j, c in enumerate(policy.clauses) if c.benefit is not None]
    if kind_rows:  # benefits in kind: out of the cash total, into their own
        in_kind = np.maximum(granted[kind_rows], 0).sum(axis=0)
        total -= in_kind
    return TableResult([c.id for c in policy.clauses], eligible.T, reason.T, ceiling.T, granted.T, total, floor.T,
                       in_kind)


_CHUNK = 1 << 16

FRAME_BLOCK = 1 << 18
"""Rows of a frame converted and evaluated at a time by :func:`evaluate_frame` (a block's table, about
100 MiB for the widest seed policy, is the memory it holds beyond the results)."""

FrameResults = tuple[npt.NDArray[np.int8], npt.NDArray[np.int8], npt.NDArray[np.int64], npt.NDArray[np.int64]]
"""Eligibility, reason, ceiling and grant of every row, each ``(rows, clauses)`` (as in :class:`TableResult`)."""


def evaluate_frame(policy: m.Policy, frame: Any, as_of: dt.date, *, effective_from: dt.date | None = None,
                   block: int = FRAME_BLOCK, progress: Callable[[int, int], None] | None = None) -> FrameResults:
    """Every row of the Polars ``frame`` (the facts and the record columns) against every clause, ``block`` rows
    at a time (each converted by :func:`table_from_frame`, then evaluated): the results as ``(rows, clauses)``
    views of clause-major arrays (each clause's rows contiguous, as :func:`evaluate_table` writes them; a
    frame of one block gives that result's own arrays). ``progress(rows done, rows)`` after each block."""
    n, k = frame.height, len(policy.clauses)
    if n <= block:
        res = evaluate_table(policy, table_from_frame(policy, frame), as_of, effective_from=effective_from)
        if progress is not None:
            progress(n, n)
        return res.eligible, res.reason, res.ceiling, res.granted
    eligible, reason = np.empty((k, n), dtype=np.int8), np.empty((k, n), dtype=np.int8)
    ceiling, granted = np.empty((k, n), dtype=np.int64), np.empty((k, n), dtype=np.int64)
    for start in range(0, n, block):
        part = frame.slice(start, block)
        res = evaluate_table(policy, table_from_frame(policy, part), as_of, effective_from=effective_from)
        stop = start + part.height
        eligible[:, start:stop], reason[:, start:stop] = res.eligible.T, res.reason.T
        ceiling[:, start:stop], granted[:, start:stop] = res.ceiling.T, res.granted.T
        if progress is not None:
            progress(stop, n)
    return eligible.T, reason.T, ceiling.T, granted.T


def _rows(table: CaseTable, start: int, stop: int, lists: Sequence[str] = ()) -> CaseTable:
    """Rows ``start`` to ``stop`` of ``table``. The item columns of a list fact in ``lists`` (long form, one
    row per item: :func:`list_columns`) are cut at the items of those rows instead, each item's row
    counted from ``start``."""
    items: dict[str, tuple[int, int]] = {}  # an item column's name -> the range of items
    for fact in lists:
        rows = table.columns[f"{fact}#row"][0]  # ascending: the items come row by row
        lo, hi = (int(i) for i in np.searchsorted(rows, [start, stop]))
        items.update({name: (lo, hi) for name in table.columns if name.startswith(f"{fact}.")})
        items[f"{fact}#row"] = (lo, hi)
    out: dict[str, tuple[npt.NDArray[Any], Mask | None]] = {}
    for name, (v, k) in table.columns.items():
        lo, hi = items.get(name, (start, stop))
        out[name] = (v[lo:hi], None if k is None else k[lo:hi])
    for fact in lists:
        out[f"{fact}#row"] = (out[f"{fact}#row"][0] - start, None)
    return CaseTable(stop - start, out)


def _evaluate(policy: m.Policy, table: CaseTable, as_of: dt.date, window: tuple[dt.date, dt.date | None],
              eligible: npt.NDArray[np.int8], reason: npt.NDArray[np.int8], ceiling: I64, granted: I64,
              total: I64, floor: I64) -> None:
    """Fill the clause-major result arrays (``(clauses, rows)``; totals) for the rows of ``table``."""
    plan = plan_of(policy)
    ctx = ArrayCtx(policy, table.columns, table.n, as_of, window)
    common: GateColumns | None = None
    for g in plan.common:
        if common is None:
            common = GateColumns(g.array(ctx), g.reason)
        else:
            common.add(g.array(ctx), g.reason)
    assert common is not None
    excl: GateColumns | None = None
    for g in plan.exclusions:
        if excl is None:
            excl = GateColumns(g.array(ctx), g.reason)
        else:
            excl.add(g.array(ctx), g.reason)

    stacking = ColumnStack(ctx, [cp.clause.kind for cp in plan.clauses], [cp.clause.id for cp in plan.clauses],
                           plan.shared, eligible, ceiling, granted)
    # per clause: the ceiling before history (for 就高's yearly total); None where it is the ceiling itself
    # wherever the clause is eligible (no cap looks at history, or the amount is set in review)
    bounds: list[I64 | None] = []
    for j, cp in enumerate(plan.clauses):
        gates = common.copy()
        for g in cp.gates:
            gates.add(g.array(ctx), g.reason)
        if excl is not None:
            gates.then(excl if not any(g.e.exempt for g in plan.exclusions)  # type: ignore[attr-defined]
                       else _exclusions_for(ctx, plan.exclusions, cp.clause.id))
        if cp.amount is None and not cp.caps:  # set in review: eligible or not, never a figure
            decide_columns(gates, reason[j], eligible[j])
            ceiling[j] = -(eligible[j] != 0).view(np.int8)  # 0 where not eligible, else -1 (not computable)
            bounds.append(None)
            stacking.clause(j, 0)
            continue
        if cp.amount is None:  # caps13: set in review within its caps; the ceiling is the caps' room
            amt = MoneyV(const(ctx.n, 0), ctx.no)  # no figure in any row: never ZERO_AMOUNT, INF where no cap bounds it
            st = ArrayCaps(const(ctx.n, INF), const(ctx.n, INF), manual=True)
        else:
            amt = cp.amount.array(ctx)
            st = ArrayCaps(amt.fen, amt.fen if amt.known is None else np.where(amt.known, amt.fen, INF))
        for cap in cp.caps:
            cap.array(ctx, st)
        bounds.append(st.bound if cp.amount is not None and any(cap.cap.scope != "application" for cap in cp.caps)
                      else None)
        unknown = gates.u if cp.amount is None else union(gates.u, None if amt.known is None else ~amt.known)
        unknown = union(union(unknown, st.history_unknown), st.unknown)
        decide_columns(gates, reason[j], eligible[j], cap_exhausted=_is_zero(st.ceiling, None, ctx),
                       amount_zero=_is_zero(amt.fen, amt.known, ctx), unknown=unknown)
        row = ceiling[j]
        np.multiply(st.ceiling, eligible[j] != 0, out=row)  # 0 where decided no
        if amt.known is not None:  # INF (not computable) only where the amount is unknown
            not_computable = row == INF
            if not_computable.any():
                row[not_computable] = -1
        if cp.floor is not None:
            floor[j] = cp.floor.array(ctx, row)
        stacking.clause(j, None if st.most is None else max(st.most, 0))
    reason_codes(reason)
    total[:] = stacking.total(bounds)


def _exclusions_for(ctx: ArrayCtx, exclusions: Sequence[Any], clause_id: str) -> GateColumns:
    """The exclusions that apply to one clause (an exclusion's ``exempt`` clauses are not excluded)."""
    out: GateColumns | None = None
    for g in exclusions:
        col = g.array(ctx)
        if clause_id in g.e.exempt:
            col = BoolV(ctx.yes, ctx.no)  # this exclusion says yes for the exempt clause
        if out is None:
            out = GateColumns(col, g.reason)
        else:
            out.add(col, g.reason)
    assert out is not None
    return out


def _is_zero(fen: I64, known: Mask | None, ctx: ArrayCtx) -> Mask | None:
    """Where a known amount is 0 (``None``: nowhere; a constant column is not scanned)."""
    value = scalar_of(fen)
    if isinstance(value, int):
        return None if value != 0 else (ctx.yes if known is None else known)
    zero: Mask = fen == 0
    return zero if known is None else zero & known


def _rationals(nums: list[int], dens: list[int]) -> npt.NDArray[Any]:
    """``(rows, 2)`` numerators and denominators: int64 when they fit, else exact Python integers."""
    if all(abs(x) <= INF for x in nums) and all(x <= INF for x in dens):
        return np.array([nums, dens], dtype=np.int64).T.reshape(len(nums), 2).copy()
    return np.array([nums, dens], dtype=object).T.reshape(len(nums), 2).copy()


def _item(f: m.FactDef, raw: dict[str, Any]) -> dict[str, Any]:
    """One item of a list column as :func:`list_columns` reads it (a missing field is refused)."""
    for field in f.items:
        if raw.get(field.name) is None:
            raise CaseInputError(f"{f.name}.{field.name}", f"「{f.label}」有一项缺少「{field.label}」",
                                 "列表的每一项都要写全所有字段")
    return raw


def table_from_frame(policy: m.Policy, frame: Any,
                     converted: dict[tuple[Any, ...], tuple[npt.NDArray[Any], Mask | None]] | None = None) -> CaseTable:
    """Build a table from a Polars DataFrame (e.g. read from Parquet).

    Money columns are integers in 分; yes/no columns booleans; category columns strings (each one
    of the fact's declared values); integer columns integers; number columns integers or decimals.
    A null is an unknown value. Record columns are named as :func:`record_columns` says. A category
    column may also be a Polars ``Enum`` of exactly the fact's values (its codes are used as they are).
    ``converted``: columns already converted from this frame (for another policy), reused and added to.
    """
    import polars as pl

    n = frame.height
    cols: dict[str, tuple[npt.NDArray[Any], Mask | None]] = {}

    def known_of(series: Any) -> Mask | None:
        return None if series.null_count() == 0 else series.is_not_null().to_numpy()

    present = set(frame.columns)
    names = list(policy.facts) + record_columns(policy)
    for name in names:
        if name not in present:
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）")

    def key_of(name: str) -> tuple[Any, ...]:
        f = policy.facts.get(name)
        return (name, None) if f is None else (name, f.type, f.values)

    # The common columns (categories, yes/no, integers) in one select: Polars converts them in parallel,
    # and an integer column without nulls comes out without a copy. The rest (decimals; anything refused,
    # to be named) one by one below.
    schema = frame.schema
    fast: dict[str, Any] = {}
    for name in names:
        if converted is not None and key_of(name) in converted:
            continue
        f, dtype = policy.facts.get(name), schema[name]
        if f is not None and f.type == "list":  # its own columns, below
            continue
        if f is not None and f.type == "category":
            ok = isinstance(dtype, pl.Enum) and list(dtype.categories) == list(f.values)
            e = pl.col(name) if ok else pl.col(name).cast(pl.Enum(list(f.values)))
            fast[name] = e.to_physical().cast(pl.Int64).fill_null(0)
        elif f is not None and f.type == "number" and isinstance(dtype, pl.Decimal):
            continue
        elif dtype == pl.Boolean:  # as bytes 0 / 1, read as booleans without a copy
            fast[name] = pl.col(name).fill_null(False).cast(pl.UInt8)
        elif dtype.is_integer():
            fast[name] = pl.col(name).cast(pl.Int64).fill_null(0)
    nulls = {name: frame.get_column(name).null_count() for name in fast}
    try:
        out = frame.select([e.alias(name) for name, e in fast.items()]
                           + [pl.col(name).is_not_null().cast(pl.UInt8).alias(f"{name}\x00known")
                              for name in fast if nulls[name]])
        if out.n_chunks() > 1:
            out = out.rechunk()  # contiguous columns: to_numpy without a copy
    except pl.exceptions.PolarsError:  # some cell is refused: every column one by one, to name it
        fast = {}
    for name in fast:
        known = out.get_column(f"{name}\x00known").to_numpy().view(np.bool_) if nulls[name] else None
        values = out.get_column(name).to_numpy()
        cols[name] = (values.view(np.bool_) if values.dtype == np.uint8 else values, known)
        if converted is not None:
            converted[key_of(name)] = cols[name]

    for name in names:
        f = policy.facts.get(name)
        key = key_of(name)
        if name in cols:
            continue
        if converted is not None and key in converted:
            cols[name] = converted[key]
            continue
        s = frame.get_column(name)
        if f is not None and f.type == "list":
            if s.null_count() == n:  # unknown in every row, whatever the column's type
                cols.update(list_columns(f, [None] * n))
                continue
            if not isinstance(s.dtype, pl.List) or not isinstance(s.dtype.inner, pl.Struct):
                raise CaseInputError(name, f"「{f.label}」是列表事实，表中应当是 List(Struct) 列（每项一个结构）",
                                     "用 Parquet 的列表列，或逐案写成案例文件（YAML/JSON）")
            cols.update(list_columns(f, [None if v is None else [_item(f, i) for i in v] for v in s.to_list()]))
            continue
        if f is not None and f.type == "date" and s.dtype != pl.Date:
            try:
                s = s.cast(pl.String).str.to_date("%Y-%m-%d")
            except pl.exceptions.PolarsError as exc:
                raise CaseInputError(name, f"「{f.label}」含有不是日期的值", "日期写成 2025-01-01") from exc
        if f is not None and f.type == "date":
            cols[name] = (s.cast(pl.Int64).fill_null(0).to_numpy(), known_of(s))
            if converted is not None:
                converted[key] = cols[name]
            continue
        if f is not None and f.type == "category":
            if not (isinstance(s.dtype, pl.Enum) and list(s.dtype.categories) == list(f.values)):
                try:
                    s = s.cast(pl.Enum(list(f.values)))
                except Exception as exc:
                    raise CaseInputError(name, f"含有不是「{f.label}」可选值的类别", f"可选：{'、'.join(f.values)}") from exc
            codes = s.to_physical()
            cols[name] = ((codes.fill_null(0) if codes.null_count() else codes).to_numpy().astype(np.int64),
                          known_of(s))
        elif f is not None and f.type == "number" and isinstance(s.dtype, pl.Decimal):
            scale = s.dtype.scale or 0
            try:
                num = (s.cast(pl.Decimal(38, scale)) * (10**scale)).cast(pl.Int64).fill_null(0).to_numpy()
                den = np.full(n, 10**scale, dtype=np.int64)
                g = np.gcd(num, den)  # 12.5000000000 → 25/2: keeps later products small
                cols[name] = (np.stack([num // g, den // g], axis=1), known_of(s))
            except pl.exceptions.PolarsError:  # beyond int64 once scaled: exact rationals instead
                fr = [Fraction(v) if v is not None else Fraction(0) for v in s.to_list()]
                cols[name] = (_rationals([x.numerator for x in fr], [x.denominator for x in fr]), known_of(s))
        elif s.dtype == pl.Boolean:
            cols[name] = ((s.fill_null(False) if s.null_count() else s).to_numpy(), known_of(s))
        else:
            if s.dtype.is_float():
                raise CaseInputError(name, "是浮点数列；金额用整数（分），比例与数字用 Decimal", "转换列类型后再评估")
            filled = s.fill_null(0) if s.null_count() else s  # without nulls: no copy
            cols[name] = (filled.cast(pl.Int64).to_numpy(), known_of(s))
        if converted is not None:
            converted[key] = cols[name]
    return CaseTable(n, cols)
