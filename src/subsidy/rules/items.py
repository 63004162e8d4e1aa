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
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Any

from subsidy.money import fen_array
from subsidy.rules import amounts as a
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, BoolV, MoneyV, RatV, and_known, np
from subsidy.rules.conditions import CondNode, ScalarFacts, compile_condition, read_condition
from subsidy.rules.reading import Reader, shown
from subsidy.rules.trace import Fmt, Term, because_lines, union
from subsidy.rules.yamlsource import LDict

__all__ = ["MAX_ITEMS", "Each", "ItemCtx"]

MAX_ITEMS = 10_000  # items of one list fact in one case (a month of meals is a few dozen)
_SHOWN = 12  # items worded in the trace; the rest are counted


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

    keys = ("each",)

    @cached_property
    def _when(self) -> CondNode | None:
        """``when``'s node (conditions are compiled from their records)."""
        return None if self.when is None else compile_condition(self.when)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        b = r.mapping(node[key], "each", ("of", "amount", "when"), ("of", "amount"), line=r.at(node, key))
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
        return Each(f.name, amount, when, "money" if vt == "money" else "number", tuple(i.name for i in f.items))

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
        return f"{f.label}{which}每一项按（{self.amount.describe(p)}）计算后合计"

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
        out.setdefault(self.fact, None if t.data is None else len(t.data))
        read: dict[str, Any] = {}
        for cond, term in t.data or ():
            if cond is not None:
                cond.facts(read)
            term.facts(read)
        for name, value in read.items():
            if name not in self.fields:
                out.setdefault(name, value)

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.amount,)


a.register(Each)
