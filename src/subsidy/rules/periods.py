"""The date and period idioms (docs/policy-format.md, "Dates and periods"), each defined once like the
other amount idioms (:mod:`subsidy.rules.amounts` registers them in ``READERS``):

- a date: a ``date`` fact, a literal (``2025-01-01``), ``effective_from`` (the policy's effective date,
  施行之日; a case's or call's override included) or ``assessment_date`` (the case's date, 评估日);
  compared with ``compare`` like any two amounts ("本措施施行后新获得": ``{compare: recognised_on,
  at_least: effective_from}``);
- ``{years: [from, to]}``, ``{months: [from, to]}``, ``{days: [from, to]}``: whole years (周岁), whole
  months (满6个月) or days from one date to another, 0 when the second is not after the first;
- ``{year_of: d}``: the calendar year of a date (a number, 2026), so that "当年" (in the calendar year of
  the assessment) is ``{compare: {year_of: recognised_on}, equals: {year_of: assessment_date}}`` — not
  whole years elapsed (2025-12-30 to 2026-01-02 is 0 whole years, yet another year);
- ``{pro_rata: {of: amount, part: n, whole: m}}``: 按比例 ``amount × min(n, m) / m`` through
  :func:`subsidy.money.apply_rate` (不足规定服务时间的按比例扣除).

A month is complete on the same day of a later month, or on the last day of a month that has no such
day (民法典第二百零二条: 没有对应日的，月末日为期间的最后一日): born 2024-02-29, one full year on
2025-02-28. A year is twelve whole months. The table path holds dates as int64 days since 1970-01-01.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal, cast

from subsidy.money import apply_rate, apply_rate_array
from subsidy.rules import amounts as a
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, MoneyV, RatV, and_known, const, mul, np
from subsidy.rules.conditions import ScalarFacts
from subsidy.rules.reading import Reader, shown
from subsidy.rules.trace import Fmt, Term
from subsidy.rules.yamlsource import LDict, LList

__all__ = ["EPOCH", "DateLit", "Elapsed", "ProRata", "YearOf", "day_number", "whole_months"]

EPOCH = dt.date(1970, 1, 1)
_POINTS = {"effective_from": "施行之日", "assessment_date": "评估日"}


def day_number(d: dt.date) -> int:
    """A date as the table path holds it: days since 1970-01-01."""
    return (d - EPOCH).days


def whole_months(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is not after ``start``)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    import calendar  # on first use (it imports locale: start-up)

    if end.day < start.day and end.day != calendar.monthrange(end.year, end.month)[1]:
        months -= 1
    return max(months, 0)


def _whole_months_array(start: Any, end: Any) -> Any:
    """:func:`whole_months` over int64 day columns."""
    ds, de = (np.asarray(x, dtype=np.int64).astype("datetime64[D]") for x in (start, end))
    ms, me = ds.astype("datetime64[M]"), de.astype("datetime64[M]")
    day_s = (ds - ms).astype(np.int64)
    day_e = (de - me).astype(np.int64)
    last_e = (de + np.timedelta64(1, "D")).astype("datetime64[M]") != me
    months = me.astype(np.int64) - ms.astype(np.int64) - ((day_e < day_s) & ~last_e)
    return np.where(de > ds, np.maximum(months, 0), 0).astype(np.int64)


@dataclass(frozen=True, eq=False, repr=False)
class DateLit(m.Record, a.AmountNode):
    """A date: ``{date: 2025-01-01}`` or a bare date, ``effective_from`` (the policy's effective date,
    施行之日) or ``assessment_date`` (the assessment date, 评估日)."""

    value: dt.date | None  # None: the named date of ``point``
    point: Literal["literal", "effective_from", "assessment_date"]
    vtype: m.VType = "date"

    keys = ("date",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        got = cls.read_bare(node[key])
        if got is None:
            r.fail(node, f"「{shown(node[key])}」不是日期", "写成 2025-01-01，或 effective_from（施行之日）、"
                   "assessment_date（评估日）", key=key)
        return got

    @staticmethod
    def read_bare(raw: Any) -> DateLit | None:
        """A date written bare, or ``None`` when ``raw`` is not one."""
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return DateLit(raw, "literal")
        if isinstance(raw, str) and raw in _POINTS:
            return DateLit(None, cast(Any, raw))
        return None

    def _at(self, when: dt.date, window: tuple[dt.date, dt.date | None] | None) -> dt.date | None:
        if self.value is not None:
            return self.value
        if self.point == "assessment_date":
            return when
        return None if window is None else window[0]

    def scalar(self, ctx: ScalarFacts) -> Term:
        return Term(self, self._at(ctx.when, ctx.window), [])

    def array(self, ctx: ArrayCtx) -> RatV:
        day = self._at(ctx.when, ctx.window)
        assert day is not None
        return RatV(const(ctx.n, day_number(day)), const(ctx.n, 1), None)

    def render(self, t: Term, fmt: Fmt) -> str:
        name = _POINTS.get(self.point)
        return f"{name} {t.value}" if name else str(t.value)

    def describe(self, p: m.Policy) -> str:
        if self.point == "effective_from":
            return f"施行之日（{p.effective_from}）" if p.effective_from else "施行之日"
        return _POINTS.get(self.point) or str(self.value)


_UNIT_WORDS = {"years": "整年数", "months": "整月数", "days": "天数"}


@dataclass(frozen=True, eq=False, repr=False)
class Elapsed(m.Record, a.AmountNode):
    """``{years: [from, to]}`` (周岁, 成立不满5年), ``{months: [...]}`` (运营满6个月), ``{days: [...]}``:
    whole years, whole months or days from ``start`` to ``end`` (0 when end is not after start)."""

    unit: Literal["years", "months", "days"]
    start: a.AmountNode
    end: a.AmountNode

    vtype = "number"
    keys = ("years", "months", "days")

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        body = node[key]
        if not isinstance(body, LList) or len(body) != 2:
            r.fail(node, f"{key} 应当是两个日期的列表（起、止）", f"例如 {key}: [birth_date, assessment_date]", key=key)
        ends = [a.read_amount(r, body, i, None) for i in (0, 1)]
        for i, e in enumerate(ends):
            if a.vtype_of(e) != "date":
                r.fail(node, f"{key} 的第 {i + 1} 项不是日期：{shown(body[i])}",
                       "写日期事实名、2025-01-01、effective_from 或 assessment_date", line=r.at(body, i))
        return Elapsed(cast(Any, key), ends[0], ends[1])

    def count(self, start: dt.date, end: dt.date) -> int:
        if self.unit == "days":
            return max((end - start).days, 0)
        months = whole_months(start, end)
        return months // 12 if self.unit == "years" else months

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = (self.start.scalar(ctx), self.end.scalar(ctx))
        missing = a.missing_of(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        return Term(self, Fraction(self.count(parts[0].value, parts[1].value)), [], parts)

    def array(self, ctx: ArrayCtx) -> RatV:
        s, e = self.start.array(ctx), self.end.array(ctx)
        start, end = np.broadcast_to(s.num, (ctx.n,)), np.broadcast_to(e.num, (ctx.n,))
        if self.unit == "days":
            out = np.maximum(end - start, 0)
        else:
            out = _whole_months_array(start, end)
            if self.unit == "years":
                out = out // 12
        return RatV(out.astype(np.int64), const(ctx.n, 1), and_known(s.known, e.known))

    def render(self, t: Term, fmt: Fmt) -> str:
        a_, b_ = (p.text(fmt) for p in t.parts)
        text = f"自 {a_} 至 {b_} 的{_UNIT_WORDS[self.unit]}"
        return text if t.value is None else f"{text} = {fmt.lit(t.value, 'number')}"

    def describe(self, p: m.Policy) -> str:
        return f"自{self.start.describe(p)}至{self.end.describe(p)}的{_UNIT_WORDS[self.unit]}"

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.start, self.end)


@dataclass(frozen=True, eq=False, repr=False)
class YearOf(m.Record, a.AmountNode):
    """``{year_of: recognised_on}``: the calendar year of a date, a number (2026). "当年新获认定" is
    ``{compare: {year_of: recognised_on}, equals: {year_of: assessment_date}}``: the same calendar year,
    whatever the days between (2025-12-30 and 2026-01-02 are 0 whole years apart, and not the same year)."""

    of: a.AmountNode

    vtype = "number"
    keys = ("year_of",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        of = a.read_amount(r, node, key, None)
        if a.vtype_of(of) != "date":
            r.fail(node, f"year_of 的对象不是日期：{shown(node[key])}",
                   "写日期事实名、2025-01-01、effective_from 或 assessment_date，例如 year_of: recognised_on", key=key)
        return YearOf(of)

    def scalar(self, ctx: ScalarFacts) -> Term:
        part = self.of.scalar(ctx)
        if part.value is None:
            return Term(self, None, part.missing, (part,))
        return Term(self, Fraction(part.value.year), [], (part,))

    def array(self, ctx: ArrayCtx) -> RatV:
        d = self.of.array(ctx)
        days = np.broadcast_to(np.asarray(d.num, dtype=np.int64), (ctx.n,))
        years = days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + EPOCH.year
        return RatV(years.astype(np.int64), const(ctx.n, 1), d.known)

    def render(self, t: Term, fmt: Fmt) -> str:
        text = f"{t.parts[0].text(fmt)} 所在年份"
        return text if t.value is None else f"{text} = {fmt.lit(t.value, 'number')}年"

    def describe(self, p: m.Policy) -> str:
        return f"{self.of.describe(p)}所在年份"

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.of,)


@dataclass(frozen=True, eq=False, repr=False)
class ProRata(m.Record, a.AmountNode):
    """按比例: ``{pro_rata: {of: 1.2万元, part: served_months, whole: 12}}`` = of × min(part, whole) / whole,
    half-up to 分 (:func:`apply_rate`); ``whole`` is never 0 (as a divisor)."""

    of: a.AmountNode
    part: a.AmountNode
    whole: a.AmountNode

    vtype = "money"
    keys = ("pro_rata",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        b = r.mapping(node[key], "pro_rata", ("of", "part", "whole"), ("of", "part", "whole"), line=r.at(node, key))
        whole = a.read_amount(r, b, "whole", "number")
        a.check_positive(r, b, "whole", whole)
        return ProRata(a.read_amount(r, b, "of", "money"), a.read_amount(r, b, "part", "number"), whole)

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = (self.of.scalar(ctx), self.part.scalar(ctx), self.whole.scalar(ctx))
        missing = a.missing_of(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        whole = Fraction(parts[2].value)
        if whole == 0:  # only from a table that skipped the declared min
            return Term(self, None, self.whole.facts([]), parts)
        rate = min(Fraction(parts[1].value), whole) / whole
        return Term(self, apply_rate(parts[0].value, rate), [], parts)

    def array(self, ctx: ArrayCtx) -> MoneyV:
        base: MoneyV = self.of.array(ctx)
        part: RatV = self.part.array(ctx)
        whole: RatV = self.whole.array(ctx)
        zero = np.asarray(whole.num == 0, dtype=bool)
        wnum = np.where(zero, 1, whole.num) if zero.any() else whole.num
        num, den = mul(part.num, whole.den), mul(part.den, wnum)  # part / whole
        over = np.asarray(num >= den, dtype=bool)
        if over.any():
            num, den = np.where(over, 1, num), np.where(over, 1, den)
        known = and_known(base.known, part.known, whole.known, ~zero if zero.any() else None)
        return MoneyV(apply_rate_array(base.fen, num, den), known)

    def render(self, t: Term, fmt: Fmt) -> str:
        of, part, whole = (p.text(fmt) for p in t.parts)
        text = f"{of} × 按比例（{part} ÷ {whole}，至多为 1）"
        return text if t.value is None else f"{text} = {fmt.money(t.value)}"

    def describe(self, p: m.Policy) -> str:
        return f"{self.of.describe(p)} × {self.part.describe(p)} ÷ {self.whole.describe(p)}（按比例，至多全额）"

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.of, self.part, self.whole)




a.register(DateLit, Elapsed, YearOf, ProRata)
