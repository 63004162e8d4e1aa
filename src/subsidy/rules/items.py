"""List-valued facts and the one idiom that reads them (docs/policy-format.md, "List facts"):
``{each: {of: meals, amount: <expression on one item>, when: <condition on one item>}}`` is the sum over
the items of the list fact ``meals`` that meet ``when`` of ``amount``, each item with its own figure and
its own cap (Σ min(price_i × 1/4, 3元): ``amount: {min: [{ratio: {rate: 1/4, of: price}}, 3元]}``). Inside
``each`` the item's fields are read like facts (besides the policy's own facts); each item is rounded on
its own (:func:`subsidy.money.apply_rate`), then the items are added.

The table path holds a list fact in long form: the column ``<fact>`` is the number of items of each row
(unknown where the case does not give the list), ``<fact>#row`` the row of each item, and
``<fact>.<field>`` each item's field, one entry per item (:func:`subsidy.rules.vector.table_from_cases`;
from a Parquet frame, a List(Struct) column; a CSV cannot hold one and is refused).
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Any

from subsidy.money import fen_array
from subsidy.rules import amounts as a
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, BoolV, MoneyV, RatV, and_known, np
from subsidy.rules.conditions import CondNode, ScalarFacts, compile_condition, read_condition
from subsidy.rules.reading import Reader, item_date, shown
from subsidy.rules.trace import Fmt, Term, because_lines, union
from subsidy.rules.yamlsource import LDict

__all__ = ["MAX_ITEMS", "Each", "ItemCtx"]

MAX_ITEMS = 10_000  # items of one list fact in one case (a month of meals is a few dozen)
_SHOWN = 12  # items worded in the trace; the rest are counted


_UNITS = {"month": "月", "quarter": "季度", "year": "年"}
_KEYS = 1 << 20  # period keys per row in the table path's (row, period) key: a year·12 + month is far below


def period_key(day: dt.date, unit: str) -> int:
    """The calendar period of a date: year·12 + month − 1, year·4 + quarter − 1, or the year."""
    if unit == "month":
        return day.year * 12 + day.month - 1
    if unit == "quarter":
        return day.year * 4 + (day.month - 1) // 3
    return day.year


def period_keys(days: Any, unit: str) -> Any:
    """:func:`period_key` over int64 days since 1970-01-01."""
    months = np.asarray(days, dtype=np.int64).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) + 1970 * 12
    return months if unit == "month" else months // 3 if unit == "quarter" else months // 12


def period_label(key: int, unit: str) -> str:
    """A period as people read it: 2027年3月, 2027年第1季度, 2027年."""
    if unit == "month":
        return f"{key // 12}年{key % 12 + 1}月"
    if unit == "quarter":
        return f"{key // 4}年第{key % 4 + 1}季度"
    return f"{key}年"


def _read_period(r: Reader, b: LDict, f: m.FactDef) -> m.PerPeriod:
    """``per_period: {date: meal_date, unit: month, cap: 60元}`` (每月最高60元，不能滚存)."""
    p = r.mapping(b["per_period"], "per_period", ("date", "unit", "cap"), ("date", "unit", "cap"),
                  line=r.at(b, "per_period"))
    day = item_date(r, p, f, "per_period")
    unit = r.name(p, "unit", {"month": "每月", "quarter": "每季度", "year": "每年"})
    cap = a.read_amount(r, p, "cap", "money")
    return m.PerPeriod(day, unit, cap)  # type: ignore[arg-type]


class ItemCtx(ArrayCtx):
    """The array context of the items of one list fact: one row per item; an item field is its column,
    any other fact the column of the item's row."""

    def __init__(self, outer: ArrayCtx, fact: str, fields: tuple[str, ...]) -> None:
        self.outer, self.fact, self.fields = outer, fact, fields
        self.rows = np.asarray(outer.get(f"{fact}#row")[0], dtype=np.int64)
        super().__init__(outer.policy, {}, len(self.rows), outer.when, outer.window)

    def get(self, name: str) -> tuple[Any, Any]:
        if name in self.fields:
            return self.outer.get(f"{self.fact}.{name}")
        if name not in self.columns:
            values, known = self.outer.get(name)
            self.columns[name] = (np.asarray(values)[self.rows], None if known is None else known[self.rows])
        return self.columns[name]


@dataclass(frozen=True, eq=False, repr=False)
class Each(m.Record, a.AmountNode):
    """Σ over a list fact's items (those meeting ``when``) of ``amount`` (an expression on the item's
    fields); money or a number (a count)."""

    fact: str
    amount: a.AmountNode
    when: m.Condition | None
    vtype: m.VType
    fields: tuple[str, ...]  # the item's fields (read like facts inside amount and when)
    period: m.PerPeriod | None = None  # 不能滚存: the sum capped per calendar period of an item date

    keys = ("each",)

    @cached_property
    def _when(self) -> CondNode | None:
        """``when``'s node (conditions are compiled from their records)."""
        return None if self.when is None else compile_condition(self.when)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        b = r.mapping(node[key], "each", ("of", "amount", "when", "per_period"), ("of", "amount"), line=r.at(node, key))
        f = r.fact(b["of"], r.at(b, "of"), lists=True)
        if f.type != "list":
            r.fail(b, f"each 的 of 应当是列表事实，「{f.name}」是 {f.type}", "在 facts 中声明 type: list 和 items", key="of")
        outer = r.facts
        r.facts = {**outer, **{i.name: i for i in f.items}}
        try:
            amount = a.read_amount(r, b, "amount", None if want == "number" else want)
            when = read_condition(r, b, "when") if "when" in b else None
        finally:
            r.facts = outer
        vt = a.vtype_of(amount)
        if vt not in ("money", "number", "rate"):
            r.fail(b, f"each 的 amount 应当是金额或数字，写的是 {shown(b['amount'])}", "如 amount: 3元", key="amount")
        period = _read_period(r, b, f) if b.get("per_period") is not None else None
        if period is not None and vt != "money":
            r.fail(b, "per_period 只用于金额（每期最高…元）", "each 的 amount 写成金额", key="per_period")
        return Each(f.name, amount, when, "money" if vt == "money" else "number", tuple(i.name for i in f.items),
                    period)

    def scalar(self, ctx: ScalarFacts) -> Term:
        raw = ctx.facts.get(self.fact)
        if raw is None:
            return Term(self, None, [self.fact])
        terms: list[tuple[Term | None, Term]] = []
        for item in raw:
            sub = copy.copy(ctx)
            sub.facts = {**ctx.facts, **item}
            cond = None if self._when is None else self._when.scalar(sub)
            terms.append((cond, self.amount.scalar(sub)))
        missing = union([c.missing for c, _ in terms if c is not None and c.value is None]
                        + [t.missing for c, t in terms if (c is None or c.value) and t.value is None])
        if missing:
            return Term(self, None, missing, (), terms)
        counted = [t.value for c, t in terms if c is None or c.value]
        if self.period is not None:  # 不能滚存: each calendar period's sum capped on its own
            cap = self.period.cap.scalar(ctx)
            if cap.value is None:
                return Term(self, None, cap.missing, (), terms)
            sums: dict[int, int] = {}
            for item, (c, t) in zip(raw, terms, strict=True):
                if c is None or c.value:
                    key = period_key(item[self.period.date], self.period.unit)
                    sums[key] = sums.get(key, 0) + t.value
            periods = [(k, v, min(v, cap.value)) for k, v in sorted(sums.items())]
            return Term(self, sum(x for _, _, x in periods), [], (cap,), (terms, periods))
        total: Any = sum(counted, 0 if self.vtype == "money" else Fraction(0))
        return Term(self, total, [], (), terms)

    def array(self, ctx: ArrayCtx) -> MoneyV | RatV:
        _, known = ctx.get(self.fact)
        sub = ItemCtx(ctx, self.fact, self.fields)
        rows = sub.rows
        v = self.amount.array(sub)
        include = np.ones(sub.n, dtype=bool)
        unknown = np.zeros(sub.n, dtype=bool)
        if self._when is not None:
            w: BoolV = self._when.array(sub)
            include = np.asarray(w.t, dtype=bool)
            unknown = ~(include | np.asarray(w.f, dtype=bool))
        if v.known is not None:
            unknown |= include & ~v.known
        bad = np.bincount(rows[unknown], minlength=ctx.n) > 0
        known = and_known(known, ~bad if bad.any() else None)
        if isinstance(v, MoneyV) and self.period is not None:  # 不能滚存: capped per (row, period)
            fen = np.broadcast_to(v.fen, (sub.n,))
            days, dk = sub.get(self.period.date)
            if dk is not None:
                bad = np.bincount(rows[include & ~dk], minlength=ctx.n) > 0
                known = and_known(known, ~bad if bad.any() else None)
            key = rows.astype(np.int64) * _KEYS + period_keys(np.asarray(days, dtype=np.int64), self.period.unit)
            groups, inverse = np.unique(key[include], return_inverse=True)
            per = np.zeros(len(groups), dtype=fen.dtype if fen.dtype == object else np.int64)
            np.add.at(per, inverse, fen[include])
            cap = self.period.cap.array(ctx)
            group_rows = groups // _KEYS
            capped = np.minimum(per, np.broadcast_to(cap.fen, (ctx.n,))[group_rows])
            out = np.zeros(ctx.n, dtype=per.dtype)
            np.add.at(out, group_rows, capped)
            return MoneyV(fen_array(out), and_known(known, cap.known))
        if isinstance(v, MoneyV):
            fen = np.broadcast_to(v.fen, (sub.n,))
            out = np.zeros(ctx.n, dtype=fen.dtype if fen.dtype == object else np.int64)
            np.add.at(out, rows, np.where(include, fen, 0))
            return MoneyV(fen_array(out), known)
        num, den = np.broadcast_to(v.num, (sub.n,)), np.broadcast_to(v.den, (sub.n,))
        sums = [Fraction(0)] * ctx.n
        for i in np.nonzero(include)[0]:
            sums[rows[i]] += Fraction(int(num[i]), int(den[i]))
        nums, dens = [x.numerator for x in sums], [x.denominator for x in sums]
        dtype: Any = np.int64 if all(abs(x) < 2**62 for x in nums + dens) else object
        return RatV(np.array(nums, dtype=dtype), np.array(dens, dtype=dtype), known)

    def render(self, t: Term, fmt: Fmt) -> str:
        if self.period is not None and t.value is not None:
            terms, periods = t.data
            inner = copy.copy(t)
            inner.data = terms
            cap = t.parts[0].text(fmt)
            shown = "；".join(f"{period_label(k, self.period.unit)} {fmt.money(v)}" + (f"，取上限 {fmt.money(x)}" if x < v else "")
                              for k, v, x in periods[:_SHOWN])
            more = f"；…其余 {len(periods) - _SHOWN} 期" if len(periods) > _SHOWN else ""
            return (f"{self._render(inner, fmt)}；按{_UNITS[self.period.unit]}合计，每{_UNITS[self.period.unit]}不超过 {cap}"
                    f"（当期未用完的不滚存）：{shown or '无'}{more} = {fmt.money(t.value)}")
        return self._render(t, fmt)

    def _render(self, t: Term, fmt: Fmt) -> str:
        f = fmt.policy.facts[self.fact]
        if not t.data:
            return f"{f.label}（未知）" if t.value is None else f"{f.label}（0 项） = {fmt.lit(t.value, self.vtype)}"
        counting = isinstance(self.amount, a.Lit)  # a count: only the items left out are worded
        lines = []
        for i, (cond, term) in enumerate(t.data[:_SHOWN], 1):
            if cond is not None and cond.value is not True:
                why = "；".join(because_lines(cond, fmt))
                lines.append(f"第{i}项 {'不计' if cond.value is False else '未知'}（{why}）")
            elif not counting:
                lines.append(f"第{i}项 {term.text(fmt)}")
        if len(t.data) > _SHOWN:
            lines.append(f"…其余 {len(t.data) - _SHOWN} 项")
        detail = f"：{'；'.join(lines)}" if lines else ""
        if counting:
            text = f"{f.label}中计入的项数（共 {len(t.data)} 项{detail}）"
            return text if t.value is None else f"{text} = {fmt.lit(t.value, self.vtype)}"
        text = f"{f.label}（{len(t.data)} 项{detail}）合计"
        return text if t.value is None else f"{text} = {fmt.lit(t.value, self.vtype)}"

    def describe(self, p: m.Policy) -> str:
        f = p.facts[self.fact]
        which = f"中{self._when.describe(p)}的" if self._when is not None else "的"
        text = f"{f.label}{which}每一项按（{self.amount.describe(p)}）计算后合计"
        if self.period is not None:
            unit = _UNITS[self.period.unit]
            text += f"，按{unit}合计、每{unit}不超过{self.period.cap.describe(p)}（不能滚存）"
        return text

    def facts(self, out: list[str]) -> list[str]:
        if self.fact not in out:
            out.append(self.fact)
        inner = self.amount.facts([])
        if self._when is not None:
            self._when.facts(inner)
        out.extend(n for n in inner if n not in out and n not in self.fields)
        return out

    def term_facts(self, t: Term, out: dict[str, Any]) -> None:
        """What the step's inputs show: the list fact as its number of items (the trace words each item),
        and the other facts the items' terms read (the item fields left out)."""
        data = t.data[0] if self.period is not None and t.value is not None else t.data
        out.setdefault(self.fact, None if data is None else len(data))
        read: dict[str, Any] = {}
        items = t.data[0] if self.period is not None and t.value is not None else t.data
        for cond, term in items or ():
            if cond is not None:
                cond.facts(read)
            term.facts(read)
        for name, value in read.items():
            if name not in self.fields:
                out.setdefault(name, value)

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.amount,) if self.period is None else (self.amount, self.period.cap)


a.register(Each)
