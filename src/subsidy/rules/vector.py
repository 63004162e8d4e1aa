"""Evaluate many cases at once: the same compiled policy as :mod:`evaluate`, over NumPy arrays.

A table holds one row per case. Money is ``int64`` 分; counts and rates are exact rationals
(numerator and denominator arrays; exact Python integers where int64 could overflow, see
:func:`_mul`); categories are integer codes; every column carries a
*known* mask (``None`` when all rows are known, which keeps the common case fast). Eligibility
is three-valued: ``1`` yes, ``0`` no, ``-1`` unknown. The results agree with :func:`assess`
row for row (a property test checks this); the explanation of a single row is :func:`assess`.

Column contract (see docs/table-format.md): one column per fact (money in 分, integers,
booleans, category strings), plus the record columns of :func:`record_columns`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from subsidy.dates import validity_window
from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.case import Case
from subsidy.rules.evaluate import resolve_effective_from
from subsidy.rules.parse import vtype_of
from subsidy.rules.records import derive_records, governing_caps, shared_caps
from subsidy.rules.results import OUTCOME, PRECEDENCE, Reason

__all__ = ["CaseTable", "TableResult", "evaluate_table", "record_columns", "table_from_cases", "table_from_frame"]

I64 = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]
INF = np.iinfo(np.int64).max


# ---- values ----------------------------------------------------------------------------------


@dataclass
class MoneyV:
    fen: I64
    known: Mask | None  # None: all known


@dataclass
class RatV:
    num: I64
    den: I64
    known: Mask | None


@dataclass
class BoolV:
    t: Mask  # definitely true
    f: Mask  # definitely false


def _and_known(*ks: Mask | None) -> Mask | None:
    present = [k for k in ks if k is not None]
    if not present:
        return None
    out = present[0]
    for k in present[1:]:
        out = out & k
    return out


def _full(n: int, value: int) -> I64:
    return np.full(n, value, dtype=np.int64)


def _const(n: int, value: int) -> I64:
    """A constant column without the memory: a read-only broadcast view (never written to)."""
    return np.broadcast_to(np.int64(value), (n,))


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
    if policy.highest:
        cols.append("rec_prior_fen")
    if policy.difference:
        cols.append("rec_difference_fen")
    cols += [f"rec_excluded__{e.id}" for e in policy.exclusions]
    return cols


def table_from_cases(policy: m.Policy, cases: Sequence[Case]) -> CaseTable:
    """Build a table from parsed cases (records aggregated with the same code as :func:`assess`)."""
    n = len(cases)
    cols: dict[str, tuple[npt.NDArray[Any], Mask | None]] = {}
    for name, f in policy.facts.items():
        raw = [c.facts.get(name) for c in cases]
        known = np.array([v is not None for v in raw], dtype=bool)
        if f.type == "category":
            index = {v: i for i, v in enumerate(f.values)}
            vals: npt.NDArray[Any] = np.array([index[str(v)] if v is not None else -1 for v in raw], dtype=np.int64)
        elif f.type == "number":
            fr = [Fraction(v) if v is not None else Fraction(0) for v in raw]
            vals = _rationals([x.numerator for x in fr], [x.denominator for x in fr])
        else:
            vals = np.array([int(v) if v is not None else 0 for v in raw], dtype=np.int64)
        cols[name] = (vals, None if known.all() else known)
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
    if policy.highest:
        put("rec_prior_fen", [r.prior_same_year_fen for r in recs])
    if policy.difference:
        put("rec_difference_fen", [r.difference_fen for r in recs])
    for e in policy.exclusions:
        put(f"rec_excluded__{e.id}", [r.excluded[e.id] for r in recs])
    return CaseTable(n, cols)


# ---- evaluation ------------------------------------------------------------------------------


class _Eval:
    def __init__(self, policy: m.Policy, table: CaseTable, when: dt.date) -> None:
        self.p = policy
        self.t = table
        self.n = table.n
        self.when = when

    def _fact_money(self, name: str) -> MoneyV:
        v, k = self.t.get(name)
        return MoneyV(v, k)

    def _fact_rat(self, name: str) -> RatV:
        v, k = self.t.get(name)
        if v.ndim == 2:
            return RatV(v[:, 0], v[:, 1], k)
        return RatV(v, _const(self.n, 1), k)

    # conditions
    def cond(self, c: m.Condition) -> BoolV:
        if isinstance(c, m.All | m.Any_):
            parts = [self.cond(i) for i in c.items]
            t, f = parts[0].t, parts[0].f
            for p in parts[1:]:
                if isinstance(c, m.All):
                    t, f = t & p.t, f | p.f
                else:
                    t, f = t | p.t, f & p.f
            return BoolV(t, f)
        if isinstance(c, m.Not):
            inner = self.cond(c.item)
            return BoolV(inner.f, inner.t)
        values, known = self.t.get(c.fact)
        fdef = self.p.facts[c.fact]
        if isinstance(c, m.FactIs):
            res = values.astype(bool) if values.dtype != np.bool_ else values
        elif isinstance(c, m.InSet):
            lut = np.zeros(len(fdef.values) + 1, dtype=bool)  # the extra last entry: code -1 (unknown)
            lut[[fdef.values.index(x) for x in c.values]] = True
            res = lut[values]
        else:
            target = c.value.at(self.when)
            if c.vtype == "category":
                res = values == fdef.values.index(str(target))
            elif c.vtype == "money":
                res = _cmp(c.op, values, np.int64(int(target)))
            else:
                r = self._fact_rat(c.fact)
                tf = Fraction(target)
                res = _cmp(c.op, _mul(r.num, tf.denominator), _mul(r.den, tf.numerator))
        if known is None:
            return BoolV(res, ~res)
        return BoolV(res & known, ~res & known)

    # expressions
    def money(self, e: m.Expr) -> MoneyV:
        if isinstance(e, m.Lit):
            return MoneyV(_const(self.n, int(e.value.at(self.when))), None)
        if isinstance(e, m.FactRef):
            return self._fact_money(e.fact)
        if isinstance(e, m.Ratio | m.PerUnit):
            base = self.money(e.base if isinstance(e, m.Ratio) else e.unit)
            rate_e = e.rate if isinstance(e, m.Ratio) else e.count
            if isinstance(rate_e, m.Lit):  # a literal rate: scalar arithmetic is much faster
                f = Fraction(rate_e.value.at(self.when))
                return MoneyV(_apply_rate(base.fen, f.numerator, f.denominator), base.known)
            rate = self.rat(rate_e)
            return MoneyV(_apply_rate(base.fen, rate.num, rate.den), _and_known(base.known, rate.known))
        if isinstance(e, m.MinMaxSum):
            parts = [self.money(i) for i in e.items]
            out = parts[0].fen
            for p in parts[1:]:
                out = np.minimum(out, p.fen) if e.op == "min" else np.maximum(out, p.fen) if e.op == "max" else _add(out, p.fen)
            out = _money(out)
            return MoneyV(out, _and_known(*(p.known for p in parts)))
        if isinstance(e, m.TopUp):
            a, b = self.money(e.target), self.money(e.already)
            return MoneyV(np.maximum(0, a.fen - b.fen), _and_known(a.known, b.known))
        if isinstance(e, m.Table):
            codes, known = self._table_codes(e)
            lut = _full(self._lut_size(e), 0)
            for key, dv in e.values:
                lut[self._key_code(e, key)] = int(dv.at(self.when))
            return MoneyV(lut[np.maximum(codes, 0)], known)
        if isinstance(e, m.Bands):
            idx, known = self._band_index(e)
            lut = np.array([int(b.value.at(self.when)) for b in e.bands] + [0], dtype=np.int64)
            return MoneyV(lut[idx], known)
        raise TypeError(f"not a money expression: {e!r}")

    def rat(self, e: m.Expr) -> RatV:
        if isinstance(e, m.Lit):
            v = Fraction(e.value.at(self.when))
            return RatV(_const(self.n, v.numerator), _const(self.n, v.denominator), None)
        if isinstance(e, m.FactRef):
            return self._fact_rat(e.fact)
        if isinstance(e, m.Product):
            parts = [self.rat(i) for i in e.items]
            num, den = parts[0].num, parts[0].den
            for p in parts[1:]:
                num, den = _mul(num, p.num), _mul(den, p.den)
            return RatV(num, den, _and_known(*(p.known for p in parts)))
        if isinstance(e, m.MinMaxSum):
            parts = [self.rat(i) for i in e.items]
            num, den = parts[0].num, parts[0].den
            for p in parts[1:]:
                if e.op == "sum":
                    num, den = _add(_mul(num, p.den), _mul(p.num, den)), _mul(den, p.den)
                else:
                    a, b = _mul(p.num, den), _mul(num, p.den)
                    pick_other = np.asarray(a < b if e.op == "min" else a > b, dtype=bool)
                    num, den = np.where(pick_other, p.num, num), np.where(pick_other, p.den, den)
            return RatV(num, den, _and_known(*(p.known for p in parts)))
        if isinstance(e, m.Table | m.Bands):
            values = [dv for _, dv in e.values] if isinstance(e, m.Table) else [b.value for b in e.bands]
            fr = [Fraction(dv.at(self.when)) for dv in values]
            if isinstance(e, m.Table):
                codes, known = self._table_codes(e)
                size = self._lut_size(e)
                nums, dens = _full(size, 0), _full(size, 1)
                for (key, _), f in zip(e.values, fr, strict=True):
                    nums[self._key_code(e, key)], dens[self._key_code(e, key)] = f.numerator, f.denominator
                idx = np.maximum(codes, 0)
            else:
                idx, known = self._band_index(e)
                nums = np.array([f.numerator for f in fr] + [0], dtype=np.int64)
                dens = np.array([f.denominator for f in fr] + [1], dtype=np.int64)
            return RatV(nums[idx], dens[idx], known)
        raise TypeError(f"not a rational expression: {e!r}")

    def _lut_size(self, e: m.Table) -> int:
        size = 1
        for b in e.by:
            size *= len(self.p.facts[b].values)
        return size

    def _key_code(self, e: m.Table, key: tuple[str, ...]) -> int:
        code = 0
        for name, k in zip(e.by, key, strict=True):
            vals = self.p.facts[name].values
            code = code * len(vals) + vals.index(k)
        return code

    def _table_codes(self, e: m.Table) -> tuple[I64, Mask | None]:
        code = _full(self.n, 0)
        knowns: list[Mask | None] = []
        for name in e.by:
            vals, known = self.t.get(name)
            code = code * len(self.p.facts[name].values) + vals
            knowns.append(known)
        return code, _and_known(*knowns)

    def _band_index(self, e: m.Bands) -> tuple[I64, Mask | None]:
        """Index of the first band holding the value (len(bands) when none does)."""
        if vtype_of(e.of) == "money":
            mv = self.money(e.of)
            num, den, known = mv.fen, np.ones(self.n, dtype=np.int64), mv.known
        else:
            rv = self.rat(e.of)
            num, den, known = rv.num, rv.den, rv.known
        idx = _full(self.n, len(e.bands))
        for i in range(len(e.bands) - 1, -1, -1):
            b = e.bands[i]
            ok = np.ones(self.n, dtype=bool)
            if b.low is not None:
                lo = Fraction(b.low.at(self.when))
                ok &= np.asarray(_mul(num, lo.denominator) >= _mul(den, lo.numerator), dtype=bool)
            if b.high is not None:
                hi = Fraction(b.high.at(self.when))
                ok &= np.asarray(_mul(num, hi.denominator) <= _mul(den, hi.numerator), dtype=bool)
            idx = np.where(ok, i, idx)
        return idx, known


def _cmp(op: str, a: npt.NDArray[Any], b: Any) -> Mask:
    if op == "equals":
        return np.asarray(a == b, dtype=bool)
    if op == "at_least":
        return np.asarray(a >= b, dtype=bool)
    if op == "at_most":
        return np.asarray(a <= b, dtype=bool)
    if op == "above":
        return np.asarray(a > b, dtype=bool)
    return np.asarray(a < b, dtype=bool)


# ---- exact integer arithmetic ------------------------------------------------------------------
#
# Money and rationals are int64 while every intermediate provably fits; where one might not, the
# operation is done on Python integers (object arrays, exact) instead. Money never wraps around.

_FITS = 1 << 62  # below this, a product, a sum of two, or 2·x + y fits int64


def _mag(x: Any) -> int:
    """The largest magnitude in ``x`` (an int, an int64 array or an exact object array)."""
    if isinstance(x, int | np.integer):
        return abs(int(x))
    if x.dtype == object:
        return _FITS  # already exact: stay exact
    if x.size == 0:
        return 0
    if x.ndim == 1 and x.strides[0] == 0:  # a constant column
        return abs(int(x[0]))
    return max(abs(int(x.max())), abs(int(x.min())))


def _exact(x: Any) -> Any:
    return x.astype(object) if isinstance(x, np.ndarray) and x.dtype != object else x


def _mul(a: Any, b: Any) -> Any:
    """``a × b`` elementwise, exactly."""
    if _mag(a) * _mag(b) < _FITS:
        return a * b
    return _exact(a) * _exact(b)


def _add(a: Any, b: Any) -> Any:
    """``a + b`` elementwise, exactly."""
    if _mag(a) < _FITS and _mag(b) < _FITS:
        return a + b
    return _exact(a) + _exact(b)


def _money(x: Any) -> I64:
    """An exact result as int64 分; a figure beyond int64 is refused, never wrapped."""
    if not isinstance(x, np.ndarray) or x.dtype != object:
        return cast(I64, x)
    big = [i for i, v in enumerate(x.tolist()) if abs(v) > INF]
    if big:
        raise CaseInputError(f"第 {big[0] + 1} 行", "计算出的金额超出可处理的范围", "检查该行的金额、数量和单位")
    return x.astype(np.int64)


def _apply_rate(base: I64, num: Any, den: Any) -> I64:
    """Half-up rounding to 分, the same as :func:`subsidy.money.apply_rate` (bases are never negative)."""
    num, den = _scalar(num), _scalar(den)
    if 2 * _mag(base) * _mag(num) + _mag(den) < _FITS and _mag(den) < _FITS:
        return cast(I64, (2 * base * num + den) // (2 * den))
    return _money((2 * _exact(base) * num + den) // (2 * _exact(den)))


def _scalar(x: I64 | int) -> I64 | int:
    """A constant column (see :func:`_const`) as a plain int: division by a scalar is much faster."""
    if isinstance(x, np.ndarray) and x.ndim == 1 and x.size and x.strides[0] == 0:
        return int(x[0])
    return x


# ---- clauses and stacking -----------------------------------------------------------------------


@dataclass
class TableResult:
    clause_ids: list[str]
    eligible: npt.NDArray[np.int8]  # (rows, clauses): 1 / 0 / -1
    reason: npt.NDArray[np.int8]  # Reason codes
    ceiling: I64  # (rows, clauses); -1 where not computable
    granted: I64  # (rows, clauses); -1 where not granted (not eligible, unknown, manual)
    total: I64  # (rows,)


def evaluate_table(policy: m.Policy, table: CaseTable, as_of: dt.date, *,
                   effective_from: dt.date | None = None) -> TableResult:
    """Assess every row of ``table`` against every clause, then stack, all vectorised.

    Rows are independent, so the work goes in chunks of ``_CHUNK`` rows: the temporaries stay
    small (cache-resident, reused by the allocator) instead of a fresh full-length array per step.
    Within a chunk the work is clause-major: each clause's results are contiguous rows of
    ``(clauses, rows)`` arrays (the result's ``(rows, clauses)`` arrays are their transposed
    views), and the gates every clause shares (validity, bars, applicants; exclusions) are
    combined once.
    """
    probe = Case("table", {}, as_of, as_of.year, None, None, None, effective_from=effective_from)
    eff = resolve_effective_from(policy, probe, None)
    end = validity_window(eff, policy.validity_years)[1] if policy.validity_years else None
    in_window = eff <= as_of and (end is None or as_of <= end)
    n, k = table.n, len(policy.clauses)
    eligible = np.empty((k, n), dtype=np.int8)
    reason = np.empty((k, n), dtype=np.int8)
    ceiling = np.empty((k, n), dtype=np.int64)
    granted = np.empty((k, n), dtype=np.int64)
    total = np.empty(n, dtype=np.int64)
    for start in range(0, max(n, 1), _CHUNK):
        stop = min(n, start + _CHUNK)
        part = table if start == 0 and stop == n else _rows(table, start, stop)
        _evaluate(policy, part, as_of, in_window, eligible[:, start:stop], reason[:, start:stop],
                  ceiling[:, start:stop], granted[:, start:stop], total[start:stop])
    return TableResult([c.id for c in policy.clauses], eligible.T, reason.T, ceiling.T, granted.T, total)


_CHUNK = 1 << 16


def _rows(table: CaseTable, start: int, stop: int) -> CaseTable:
    return CaseTable(stop - start, {name: (v[start:stop], None if k is None else k[start:stop])
                                    for name, (v, k) in table.columns.items()})


def _evaluate(policy: m.Policy, table: CaseTable, as_of: dt.date, in_window: bool, eligible: npt.NDArray[np.int8],
              reason: npt.NDArray[np.int8], ceiling: I64, granted: I64, total: I64) -> None:
    """Fill the clause-major result arrays (``(clauses, rows)``; totals) for the rows of ``table``."""
    ev = _Eval(policy, table, as_of)
    n = table.n
    yes, no = np.ones(n, dtype=bool), np.zeros(n, dtype=bool)

    def rec_bool(name: str, negate: bool) -> BoolV:
        v, k = table.get(name)
        val = v.astype(bool)
        if negate:
            val = ~val
        kk = k if k is not None else yes
        return BoolV(val & kk, ~val & kk)

    common = _Gates(BoolV(yes, no) if in_window else BoolV(no, yes), Reason.OUTSIDE_VALIDITY)
    common.add(rec_bool("rec_barred", negate=True), Reason.BARRED)
    if policy.applicants is not None:
        common.add(ev.cond(policy.applicants), Reason.APPLICANT)
    excl: _Gates | None = None
    for e in policy.exclusions:
        g = rec_bool(f"rec_excluded__{e.id}", negate=True)
        if excl is None:
            excl = _Gates(g, Reason.EXCLUDED)
        else:
            excl.add(g, Reason.EXCLUDED)

    bounds: list[I64] = []  # per clause: the ceiling before history (for 就高's yearly total)
    for j, clause in enumerate(policy.clauses):
        gates = common.copy()
        if clause.condition is not None:
            gates.add(ev.cond(clause.condition), Reason.CONDITION)
        if clause.programme is not None:
            r = ev._fact_rat(clause.programme.year_fact)
            ok = (r.num >= 1) & (r.num <= clause.programme.years)
            kk = r.known if r.known is not None else yes
            gates.add(BoolV(ok & kk, ~ok & kk), Reason.PROGRAMME_OVER)
        if excl is not None:
            gates.then(excl)
        if clause.kind == "manual_amount":
            rank = np.minimum(gates.first, _mark(gates.u, Reason.UNKNOWN))
            np.take(_CODE, rank, out=reason[j])
            np.take(_OUTCOME, rank, out=eligible[j])
            ceiling[j] = -_b(eligible[j] != 0)  # 0 where not eligible, else -1 (not computable)
            bounds.append(np.broadcast_to(np.int64(0), (n,)))
            continue
        amt = ev.money(clause.amount)
        bound = amt.fen
        ceil = amt.fen if amt.known is None else np.where(amt.known, amt.fen, INF)
        hist_unknown: Mask | None = None
        for cap in governing_caps(policy, clause):
            if cap.limit is not None:
                bound = np.minimum(bound, int(cap.limit.at(as_of)))
            if cap.scope == "application":
                if cap.limit is not None:
                    ceil = np.minimum(ceil, int(cap.limit.at(as_of)))
                continue
            use_fen, kf = table.get(f"rec_cap_fen__{cap.id}")
            use_n, _ = table.get(f"rec_cap_n__{cap.id}")
            if kf is not None:
                hist_unknown = ~kf if hist_unknown is None else hist_unknown | ~kf
            if cap.max_grants is not None:
                used_up = use_n >= cap.max_grants
                ceil = np.where(used_up if kf is None else kf & used_up, 0, ceil)
            else:
                assert cap.limit is not None
                limit = int(cap.limit.at(as_of))
                room = np.maximum(0, limit - use_fen)
                ceil = np.minimum(ceil, room if kf is None else np.where(kf, room, limit))
        bounds.append(bound)
        zero = ceil == 0
        unknown = gates.u
        if amt.known is not None:
            unknown = unknown | ~amt.known
        if hist_unknown is not None:
            unknown = unknown | hist_unknown
        amount_zero = amt.fen == 0
        if amt.known is not None:
            amount_zero &= amt.known
        # the reason: the first of PRECEDENCE that applies (a false gate, a zero amount, a used-up cap,
        # something unknown, else eligible); eligibility follows from it
        rank = np.minimum(gates.first, _mark(zero, Reason.CAP_EXHAUSTED))
        np.minimum(rank, _mark(amount_zero, Reason.ZERO_AMOUNT), out=rank)
        np.minimum(rank, _mark(unknown, Reason.UNKNOWN), out=rank)
        np.take(_CODE, rank, out=reason[j])
        np.take(_OUTCOME, rank, out=eligible[j])
        undecided = eligible[j] != 0
        row = ceiling[j]
        np.multiply(ceil, undecided, out=row)  # 0 where decided no
        not_computable = row == INF
        if not_computable.any():
            row[not_computable] = -1
    total[:] = _stack(policy, table, as_of, eligible, ceiling, bounds, granted)


# Reasons are worked with as their places in PRECEDENCE (so "the first that applies" is a minimum),
# then turned into their codes and outcomes by lookup: nothing depends on the values of Reason.
_PLACE = {r: np.int8(i) for i, r in enumerate(PRECEDENCE)}
_CODE = np.array([int(r) for r in PRECEDENCE], dtype=np.int8)
_OUTCOME = np.array([{True: 1, False: 0, None: -1}[OUTCOME[r]] for r in PRECEDENCE], dtype=np.int8)
_NONE = _PLACE[Reason.ELIGIBLE]  # ELIGIBLE always applies: the place where nothing else does


def _b(mask: Mask) -> npt.NDArray[np.int8]:
    """A mask as 0/1 int8, without a copy."""
    return mask.view(np.int8)


def _mark(mask: Mask, why: Reason) -> npt.NDArray[np.int8]:
    """The place of ``why`` where ``mask`` holds, else that of ELIGIBLE (branch-free: a multiply is much
    faster than np.where on an unpredictable mask)."""
    return _NONE - _b(mask) * np.int8(_NONE - _PLACE[why])


class _Gates:
    """Gates combined: all true, any false, any unknown, and the first reason (in PRECEDENCE) of the false ones."""

    def __init__(self, g: BoolV, why: Reason) -> None:
        self.t, self.f = g.t, g.f
        self.u = ~(g.t | g.f)
        self.first = _mark(g.f, why)

    def copy(self) -> _Gates:
        out = _Gates.__new__(_Gates)
        out.t, out.f, out.u, out.first = self.t, self.f, self.u, self.first
        return out

    def add(self, g: BoolV, why: Reason) -> None:
        self.first = np.minimum(self.first, _mark(g.f, why))
        self.u = self.u | ~(g.t | g.f)
        self.t, self.f = self.t & g.t, self.f | g.f

    def then(self, later: _Gates) -> None:
        self.first = np.minimum(self.first, later.first)
        self.u = self.u | later.u
        self.t, self.f = self.t & later.t, self.f | later.f


def _stack(policy: m.Policy, table: CaseTable, as_of: dt.date, eligible: npt.NDArray[np.int8], ceiling: I64,
           bounds: list[I64], granted: I64) -> I64:
    """就高 and 差额 over clause-major ``(clauses, rows)`` arrays: fills ``granted`` (same layout), returns totals."""
    k, n = eligible.shape
    cand = [(eligible[j] == 1) if c.kind == "monetary" else None for j, c in enumerate(policy.clauses)]
    left: I64 | None = None
    if policy.difference is not None:
        diff, dk = table.get("rec_difference_fen")
        left = diff * dk if dk is not None else diff  # unknown counts as none
    if policy.highest is not None and k:
        # the first maximum of where(cand, ceiling, -1) (ties go to the earlier clause), its bound,
        # and whether any clause is a candidate at all
        def score(j: int) -> I64:
            c = cand[j]
            return np.full(n, -1, dtype=np.int64) if c is None else (ceiling[j] + 1) * c - 1

        top = score(0)
        best = np.zeros(n, dtype=np.int32)
        bound = np.array(bounds[0], dtype=np.int64)
        has = np.zeros(n, dtype=bool) if cand[0] is None else cand[0].copy()
        for j in range(1, k):
            s = score(j)
            better = s > top
            np.maximum(top, s, out=top)
            np.maximum(best, better * np.int32(j), out=best)  # j exceeds every earlier index
            bound += (bounds[j] - bound) * better
            c = cand[j]
            if c is not None:
                has |= c
        prior, pk = table.get("rec_prior_fen")
        if pk is not None:
            prior = prior * pk  # unknown counts as none
        # the year's total may not exceed the winner's bound; then 差额 (one winner per row meets it all)
        win = top + (np.minimum(top, np.maximum(0, bound - prior)) - top) * has
        if left is not None:
            win = win - np.minimum(np.maximum(win, 0), left) * has
        for j in range(k):
            c = cand[j]
            base = np.subtract(c, 1) if c is not None else np.int64(-1)  # 0 for a candidate set aside, else -1
            at = best == j
            np.add(base, (win - base) * at, out=granted[j])
        total: I64 = np.maximum(win, 0) * has
        return total
    total = np.zeros(n, dtype=np.int64)
    # caps shared by several clauses: (clause ids, room left in 分, grants left); None where the cap has no such limit
    sharing: list[tuple[frozenset[str], I64 | None, I64 | None]] = []
    for cap in shared_caps(policy):
        room: I64 | None = None
        grants_left: I64 | None = None
        if cap.scope == "application":
            use_fen, kf, use_n = np.zeros(n, dtype=np.int64), None, np.zeros(n, dtype=np.int64)
        else:
            use_fen, kf = table.get(f"rec_cap_fen__{cap.id}")
            use_n, _ = table.get(f"rec_cap_n__{cap.id}")
        if kf is not None:  # unknown history: the whole cap (as for the clause's own ceiling)
            use_fen, use_n = use_fen * kf, use_n * kf
        if cap.limit is not None:
            room = np.maximum(0, int(cap.limit.at(as_of)) - use_fen)
        if cap.max_grants is not None:
            grants_left = cap.max_grants - use_n
        sharing.append((frozenset(cap.clauses), room, grants_left))
    for j in range(k):
        c = cand[j]
        if c is None:
            granted[j] = -1
            continue
        g = (ceiling[j] + 1) * c - 1  # where(c, ceiling, -1)
        cid = policy.clauses[j].id
        for ids, room, grants_left in sharing:
            if cid not in ids:
                continue
            got = np.maximum(g, 0) * c
            new = got if room is None else np.minimum(got, room)
            if grants_left is not None:
                new = new * (grants_left > 0)
                grants_left -= new > 0
            if room is not None:
                room -= new
            g = g - (got - new)
        if left is not None:
            cut = np.minimum(np.maximum(g, 0), left) * c
            g = g - cut
            left = left - cut
        granted[j] = g
        total += np.maximum(g, 0) * c
    return total


def _rationals(nums: list[int], dens: list[int]) -> npt.NDArray[Any]:
    """``(rows, 2)`` numerators and denominators: int64 when they fit, else exact Python integers."""
    if all(abs(x) <= INF for x in nums) and all(x <= INF for x in dens):
        return np.array([nums, dens], dtype=np.int64).T.reshape(len(nums), 2).copy()
    return np.array([nums, dens], dtype=object).T.reshape(len(nums), 2).copy()


def table_from_frame(policy: m.Policy, frame: Any) -> CaseTable:
    """Build a table from a Polars DataFrame (e.g. read from Parquet).

    Money columns are integers in 分; yes/no columns booleans; category columns strings (each one
    of the fact's declared values); integer columns integers; number columns integers or decimals.
    A null is an unknown value. Record columns are named as :func:`record_columns` says.
    """
    import polars as pl

    n = frame.height
    cols: dict[str, tuple[npt.NDArray[Any], Mask | None]] = {}

    def known_of(series: Any) -> Mask | None:
        return None if series.null_count() == 0 else series.is_not_null().to_numpy()

    for name in list(policy.facts) + record_columns(policy):
        if name not in frame.columns:
            raise CaseInputError(name, "表中缺少该列", "每个事实和记录列都要有（未知的值用空值）")
        s = frame.get_column(name)
        f = policy.facts.get(name)
        if f is not None and f.type == "category":
            try:
                codes = s.cast(pl.Enum(list(f.values))).to_physical()
            except Exception as exc:
                raise CaseInputError(name, f"含有不是「{f.label}」可选值的类别", f"可选：{'、'.join(f.values)}") from exc
            cols[name] = (codes.fill_null(0).to_numpy().astype(np.int64), known_of(s))
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
    return CaseTable(n, cols)
