"""The amount idioms (docs/policy-format.md, "Amounts"), each defined once, as one class: a frozen
record of what the policy says (its fields: what :class:`~subsidy.rules.model.Policy` holds and
tests/rules/plan_dump.py dumps), how it is read and checked from the YAML (``read``, registered by its
YAML key in :data:`READERS`), its value for one case with the trace record (``scalar`` →
:class:`~subsidy.rules.trace.Term`), the same over columns of many cases (``array`` →
:class:`~subsidy.rules.arrays.MoneyV` for money, :class:`~subsidy.rules.arrays.RatV` for numbers and
rates), its wording from the record (``render``) and the formula in words (``describe``). The object
the reader returns is the node the plan runs: nothing is compiled twice.

Values are typed as in :mod:`subsidy.rules.model`: money is int 分, rates and numbers ``Fraction``;
``None`` is unknown. The only rounding is :func:`subsidy.money.apply_rate` (one case) and
:func:`subsidy.money.apply_rate_array` (many), the same rule.

Adding an idiom: one class here (or in a module of its own that calls :func:`register`, like
:mod:`subsidy.rules.periods`), ``@dataclass(frozen=True, eq=False, repr=False)`` over
``(model.Record, AmountNode)``, with its fields, ``keys``, ``read``, ``scalar``, ``array``, ``render``,
``describe`` (and ``parts`` when it holds other expressions), listed in ``_IDIOMS``; and a row in
docs/policy-format.md (tests/docs/test_idiom_rows.py checks every key has one).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from subsidy.money import apply_rate, apply_rate_array, fen_array
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, MoneyV, RatV, add, and_known, const, full, mul, np, scalar_of

if TYPE_CHECKING:
    from subsidy.rules.arrays import Mask
from subsidy.rules.conditions import ScalarFacts
from subsidy.rules.reading import Reader, fact_vtype, shown
from subsidy.rules.trace import Fmt, Step, Term, dated_text, union
from subsidy.rules.yamlsource import LDict, LList
from subsidy.suggest import did_you_mean

__all__ = ["READERS", "AmountNode", "Bands", "Derived", "Difference", "FactRef", "Floor", "FloorDiv", "Lit", "Manual",
           "MinMaxSum", "PerUnit", "Product", "Progressive", "Quotient", "Ratio", "Table", "TopUp", "compile_amount",
           "read_amount", "vtype_of"]

ArrayValue = MoneyV | RatV


class AmountNode:
    vtype: m.VType
    keys: ClassVar[tuple[str, ...]] = ()  # the YAML keys that name the idiom ({key: ...})

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        """The expression ``{key: ...}`` (``node``), checked; ``want`` is the type the place needs, if any."""
        raise NotImplementedError

    def scalar(self, ctx: ScalarFacts) -> Term:
        raise NotImplementedError

    def array(self, ctx: ArrayCtx) -> Any:
        """A :class:`MoneyV` when ``vtype`` is money, else a :class:`RatV`."""
        raise NotImplementedError

    def render(self, t: Term, fmt: Fmt) -> str:
        raise NotImplementedError

    def describe(self, p: m.Policy) -> str:
        """The formula in words, as the rules state it (``subsidy show``)."""
        raise NotImplementedError

    def facts(self, out: list[str]) -> list[str]:
        """The facts it reads, in order of first use, appended to ``out``."""
        for part in self.parts():
            part.facts(out)
        return out

    def parts(self) -> tuple[AmountNode, ...]:
        return ()

    def most(self) -> int | None:
        """The largest amount (分) it can be whatever the facts and the date, if it has one it states (a literal,
        a table's or bands' values); None when it depends on a fact's size. Lets ``max`` be known without it."""
        return None


def _most(d: m.Dated) -> int | None:
    """The largest money value a dated literal takes on any date (None: not money in 分)."""
    values = [v for _, v in d.points if isinstance(v, int) and not isinstance(v, bool)]
    return max(values) if values and len(values) == len(d.points) else None


def _missing(parts: tuple[Term, ...]) -> list[str] | None:
    """The facts the parts still need; ``None`` when every part is known."""
    if all(p.value is not None for p in parts):
        return None
    return union(p.missing for p in parts)


@dataclass(frozen=True, eq=False, repr=False)
class Lit(m.Record, AmountNode):
    """A figure: ``{fixed: 500万元}`` (money), ``{rate: 50%}``, or written bare (``500万元``, ``50%``, ``6``)."""

    value: m.Dated
    vtype: m.VType

    keys = ("fixed", "rate")
    _TYPES: ClassVar[dict[str, m.VType]] = {"fixed": "money", "rate": "rate"}

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        vtype = cls._TYPES[key]
        return Lit(r.dated(node, key, vtype), vtype)

    @classmethod
    def read_number(cls, r: Reader, node: int | Decimal, want: m.VType | None, line: int) -> AmountNode:
        if want in ("money", "rate"):
            r.fail(None, f"这里需要{_TYPE_NAMES[want]}，写的是数字 {node}", _WANT_HINTS[want], line=line)
        return Lit(m.Dated(((None, r.figure(node, "number", line, "amount")),)), "number")

    @classmethod
    def read_text(cls, r: Reader, node: str, want: m.VType | None, line: int) -> AmountNode | None:
        """A bare money or rate figure, when ``node`` looks like one the place can take."""
        if want in (None, "money") and _looks_like_money(node):
            return Lit(m.Dated(((None, r.figure(node, "money", line, "amount")),)), "money")
        if want in (None, "rate", "number") and _looks_like_rate(node):
            return Lit(m.Dated(((None, r.figure(node, "rate", line, "amount")),)), "rate")
        return None

    def scalar(self, ctx: ScalarFacts) -> Term:
        return Term(self, self.value.at(ctx.when), [])

    def most(self) -> int | None:
        return _most(self.value) if self.vtype == "money" else None

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        if self.vtype == "money":
            return MoneyV(const(ctx.n, int(self.value.at(ctx.when))), None)
        v = ctx.frac(self.value)
        return RatV(const(ctx.n, v.numerator), const(ctx.n, v.denominator), None)

    def render(self, t: Term, fmt: Fmt) -> str:
        return fmt.lit(t.value, self.vtype)

    def describe(self, p: m.Policy) -> str:
        return dated_text(self.value, self.vtype, p.amount_unit)


@dataclass(frozen=True, eq=False, repr=False)
class FactRef(m.Record, AmountNode):
    """A fact's value (``{fact: name}``, or the name bare); its term's data is the value as the case gave it."""

    fact: str
    vtype: m.VType

    keys = ("fact",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        f = r.fact(node[key], r.at(node, key))
        return FactRef(f.name, fact_vtype(f))

    def scalar(self, ctx: ScalarFacts) -> Term:
        raw = ctx.facts.get(self.fact)
        if raw is None:
            return Term(self, None, [self.fact])
        value = Fraction(int(raw)) if self.vtype != "money" and isinstance(raw, int) else raw
        return Term(self, value, [], (), raw)

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        if self.vtype == "money":
            v, k = ctx.get(self.fact)
            return MoneyV(v, k)
        return ctx.rat(self.fact)

    def render(self, t: Term, fmt: Fmt) -> str:
        f = fmt.policy.fact_def(self.fact)
        return f"{f.label}（未知）" if t.value is None else f"{f.label} {fmt.show(f, t.data)}"

    def describe(self, p: m.Policy) -> str:
        return p.fact_def(self.fact).label

    def facts(self, out: list[str]) -> list[str]:
        if self.fact not in out:
            out.append(self.fact)
        return out


class _Scaled(AmountNode):
    """money × factor, rounded half-up to 分 (:func:`apply_rate`); shown ``first × second``."""

    vtype = "money"
    money_first: ClassVar[bool]

    @property
    def money(self) -> AmountNode:
        raise NotImplementedError

    @property
    def factor(self) -> AmountNode:
        raise NotImplementedError

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = (self.money.scalar(ctx), self.factor.scalar(ctx))
        missing = _missing(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        return Term(self, apply_rate(parts[0].value, parts[1].value), [], parts)

    def array(self, ctx: ArrayCtx) -> MoneyV:
        base: MoneyV = self.money.array(ctx)
        rate: RatV = self.factor.array(ctx)
        fen = apply_rate_array(base.fen, scalar_of(rate.num), scalar_of(rate.den))
        return MoneyV(fen, and_known(base.known, rate.known))

    def render(self, t: Term, fmt: Fmt) -> str:
        money, factor = (p.text(fmt) for p in t.parts)
        text = f"{money} × {factor}" if self.money_first else f"{factor} × {money}"
        return text if t.value is None else f"{text} = {fmt.money(t.value)}"

    def describe(self, p: m.Policy) -> str:
        money, factor = self.money.describe(p), self.factor.describe(p)
        return f"{money} × {factor}" if self.money_first else f"{factor} × {money}"

    def parts(self) -> tuple[AmountNode, ...]:  # in the order the YAML names them: rate, base / unit, count
        return (self.factor, self.money) if self.money_first else (self.money, self.factor)


@dataclass(frozen=True, eq=False, repr=False)
class Ratio(m.Record, _Scaled):
    """``rate × base``, rounded half-up to 分 (``{ratio: {rate: 50%, of: fact}}``)."""

    rate: AmountNode
    base: AmountNode

    keys = ("ratio",)
    money_first = True

    @property
    def money(self) -> AmountNode:
        return self.base

    @property
    def factor(self) -> AmountNode:
        return self.rate

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        b = r.mapping(node[key], "ratio", ("rate", "of"), ("rate", "of"), line=r.at(node, key))
        return Ratio(read_amount(r, b, "rate", "rate"), read_amount(r, b, "of", "money"))


@dataclass(frozen=True, eq=False, repr=False)
class PerUnit(m.Record, _Scaled):
    """``count × unit amount`` (每个品种5万元: ``{per_unit: {unit: 5万元, count: fact}}``)."""

    unit: AmountNode
    count: AmountNode

    keys = ("per_unit",)
    money_first = False

    @property
    def money(self) -> AmountNode:
        return self.unit

    @property
    def factor(self) -> AmountNode:
        return self.count

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        b = r.mapping(node[key], "per_unit", ("unit", "count"), ("unit", "count"), line=r.at(node, key))
        return PerUnit(read_amount(r, b, "unit", "money"), read_amount(r, b, "count", "number"))


@dataclass(frozen=True, eq=False, repr=False)
class Product(m.Record, AmountNode):
    """A count: the product of numbers (人数 × 月数)."""

    items: tuple[AmountNode, ...]

    vtype = "number"
    keys = ("product",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        body = node[key]
        if not isinstance(body, LList) or len(body) < 2:
            r.fail(node, "product 应当是至少两项的列表", "例如 product: [interns, months]", key=key)
        return Product(tuple(read_amount(r, body, i, "number") for i in range(len(body))))

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = tuple(i.scalar(ctx) for i in self.items)
        missing = _missing(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        prod = Fraction(1)
        for p in parts:
            prod *= p.value
        return Term(self, prod, [], parts)

    def array(self, ctx: ArrayCtx) -> RatV:
        parts = [i.array(ctx) for i in self.items]
        num, den = parts[0].num, parts[0].den
        for p in parts[1:]:
            num, den = mul(num, p.num), mul(den, p.den)
        return RatV(num, den, and_known(*(p.known for p in parts)))

    def render(self, t: Term, fmt: Fmt) -> str:
        text = " × ".join(p.text(fmt) for p in t.parts)
        return text if t.value is None else f"{text} = {fmt.lit(t.value, 'number')}"

    def describe(self, p: m.Policy) -> str:
        return " × ".join(i.describe(p) for i in self.items)

    def parts(self) -> tuple[AmountNode, ...]:
        return self.items


_AGG_NAMES = {"min": "取较小者", "max": "取较大者", "sum": "合计"}


@dataclass(frozen=True, eq=False, repr=False)
class MinMaxSum(m.Record, AmountNode):
    """The least, the largest or the sum of amounts (or of numbers): ``{min: [a, b]}``."""

    op: Literal["min", "max", "sum"]
    items: tuple[AmountNode, ...]
    vtype: m.VType

    keys = ("min", "max", "sum")

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        body = node[key]
        if not isinstance(body, LList) or len(body) < 2:
            r.fail(node, f"{key} 至少需要两项", f"例如 {key}: [a, b]", key=key)
        items = tuple(read_amount(r, body, i, want) for i in range(len(body)))
        types = {vtype_of(i) for i in items}
        if types == {"rate", "number"} and all(_rate_like(i) for i in items):
            types = {"rate"}  # a rate beside a share of one (min: [{product: [50%, lpr]}, 1.5%]: 贴息比例)
        if len(types) != 1:
            r.fail(node, f"{key} 的各项类型不一致", "金额与金额比较，数字与数字比较", key=key)
        vt = types.pop()
        if vt not in ("money", "number", "rate"):
            r.fail(node, f"{key} 只用于金额或数字", "各项写成金额、比例或数字", key=key)
        return MinMaxSum(cast(Any, key), items, vt)

    @property
    def _reached(self) -> list[int | None]:
        """A money ``max``: each item's largest possible value (:meth:`AmountNode.most`). An item not known is
        no matter where a known one already reaches it: 重度残疾人直接认定为3-5级 gives 4元 whatever the care
        level, the care level's bands giving 4元 at most."""
        return [i.most() for i in self.items] if self.op == "max" and self.vtype == "money" else []

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = tuple(i.scalar(ctx) for i in self.items)
        missing = _missing(parts)
        if missing is not None:
            known = [p.value for p in parts if p.value is not None]
            reached = self._reached
            if known and reached and all(b is not None and max(known) >= b
                                         for b, p in zip(reached, parts, strict=True) if p.value is None):
                return Term(self, max(known), [], parts)
            return Term(self, None, missing, parts)
        vals = [p.value for p in parts]
        return Term(self, min(vals) if self.op == "min" else max(vals) if self.op == "max" else sum(vals), [], parts)

    def most(self) -> int | None:
        if self.vtype != "money" or self.op == "sum":
            return None
        bounds = [i.most() for i in self.items]
        if self.op == "max":
            return None if any(b is None for b in bounds) else max(b for b in bounds if b is not None)
        return min((b for b in bounds if b is not None), default=None)

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        parts = [i.array(ctx) for i in self.items]
        known = and_known(*(p.known for p in parts))
        if self.vtype == "money":
            reached = self._reached
            if reached and known is not None:  # a row is known where its known items reach the unknown ones
                floor = np.iinfo(np.int64).min
                got = np.full(ctx.n, floor, dtype=np.int64)
                for p in parts:
                    got = np.maximum(got, p.fen if p.known is None else np.where(p.known, p.fen, floor))
                settled = got > floor
                for b, p in zip(reached, parts, strict=True):
                    if p.known is not None:
                        settled &= p.known | (got >= b) if b is not None else p.known
                return MoneyV(fen_array(got), known | settled)
            out = parts[0].fen
            for p in parts[1:]:
                out = (np.minimum(out, p.fen) if self.op == "min" else np.maximum(out, p.fen) if self.op == "max"
                       else add(out, p.fen))
            return MoneyV(fen_array(out), known)
        num, den = parts[0].num, parts[0].den
        for p in parts[1:]:
            if self.op == "sum":
                num, den = add(mul(num, p.den), mul(p.num, den)), mul(den, p.den)
            else:
                a, b = mul(p.num, den), mul(num, p.den)
                pick_other = np.asarray(a < b if self.op == "min" else a > b, dtype=bool)
                num, den = np.where(pick_other, p.num, num), np.where(pick_other, p.den, den)
        return RatV(num, den, known)

    def render(self, t: Term, fmt: Fmt) -> str:
        inner = "，".join(p.text(fmt) for p in t.parts)
        name = _AGG_NAMES[self.op]
        if t.value is None:
            return f"{name}（{inner}）"
        reached = self._reached or [None] * len(t.parts)
        open_most = [b for b, p in zip(reached, t.parts, strict=True) if p.value is None and b is not None]
        aside = f"（未知的项至多 {fmt.lit(max(open_most), self.vtype)}，不影响结果）" if open_most else ""
        return f"{name}（{inner}）= {fmt.lit(t.value, self.vtype)}{aside}"

    def describe(self, p: m.Policy) -> str:
        return f"{_AGG_NAMES[self.op]}（{'，'.join(i.describe(p) for i in self.items)}）"

    def parts(self) -> tuple[AmountNode, ...]:
        return self.items


@dataclass(frozen=True, eq=False, repr=False)
class TopUp(m.Record, AmountNode):
    """补差: max(0, target − already)."""

    target: AmountNode
    already: AmountNode

    vtype = "money"
    keys = ("top_up",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        b = r.mapping(node[key], "top_up", ("target", "already"), ("target", "already"), line=r.at(node, key))
        return TopUp(read_amount(r, b, "target", "money", signed_ok=True),
                      read_amount(r, b, "already", "money", signed_ok=True))

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = (self.target.scalar(ctx), self.already.scalar(ctx))
        missing = _missing(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        return Term(self, max(0, parts[0].value - parts[1].value), [], parts)

    def array(self, ctx: ArrayCtx) -> MoneyV:
        a, b = self.target.array(ctx), self.already.array(ctx)
        return MoneyV(np.maximum(0, a.fen - b.fen), and_known(a.known, b.known))

    def render(self, t: Term, fmt: Fmt) -> str:
        t1, t2 = (p.text(fmt) for p in t.parts)
        return f"差额（{t1} − {t2}）" if t.value is None else f"差额 max(0, {t1} − {t2}) = {fmt.money(t.value)}"

    def describe(self, p: m.Policy) -> str:
        return f"max(0, {self.target.describe(p)} − {self.already.describe(p)})"

    def parts(self) -> tuple[AmountNode, ...]:
        return (self.target, self.already)


def _zero(vtype: m.VType) -> int | Fraction:
    return 0 if vtype == "money" else Fraction(0)


@dataclass(frozen=True, eq=False, repr=False)
class Table(m.Record, AmountNode):
    """A value by category (one key element per ``by`` fact); a category not listed gives 0. Its term's
    data is ``(the categories used, whether listed)``."""

    by: tuple[str, ...]
    values: tuple[tuple[tuple[str, ...], m.Dated], ...]  # keys are tuples, one element per ``by`` fact
    vtype: m.VType

    keys = ("table",)

    @cached_property
    def _lookup(self) -> dict[tuple[str, ...], m.Dated]:
        return dict(self.values)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        """``{table: {by: facts, values: {category: value}}}``, one nested level per ``by`` fact."""
        b = r.mapping(node[key], "table", ("by", "values"), ("by", "values"), line=r.at(node, key))
        by_raw = b["by"]
        by_line = r.at(b, "by")
        if isinstance(by_raw, str):
            by: tuple[str, ...] = (by_raw,)
        elif isinstance(by_raw, LList) and by_raw and all(isinstance(x, str) for x in by_raw):
            by = tuple(by_raw)
        else:
            r.fail(b, f"table 的 by 应当是类别事实或其列表，写的是 {shown(by_raw)}", "例如 by: rating 或 by: [grade, type]",
                   key="by")
        if len(set(by)) != len(by):
            r.fail(b, "table 的 by 中有重复的事实", "每个事实只写一次", key="by")
        facts = [r.fact(name, by_line) for name in by]
        for f in facts:
            if f.type != "category":
                r.fail(b, f"table 的 by 必须是类别事实，「{f.name}」是 {f.type}", "换成类别事实，或改用 bands", key="by")
        values = b["values"]
        if not isinstance(values, LDict) or not values:
            r.fail(b, "table 的 values 应当是「类别: 值」映射", "例如 values: {3A: 10万元, 4A: 30万元}", key="values")
        first: Any = values
        for _ in by:
            if not isinstance(first, LDict) or not first or "dated" in first:
                break
            first = first[next(iter(first))]
        vtype = _value_type(first, want)
        rows: list[tuple[tuple[str, ...], m.Dated]] = []

        def walk(level: int, mapping: LDict, prefix: tuple[str, ...]) -> None:
            for k in mapping:
                r.category(facts[level], k, r.at(mapping, k))
                value = mapping[k]
                if level + 1 < len(by):
                    if not isinstance(value, LDict) or not value:
                        r.fail(mapping, f"table 第{level + 2}层应当是「{facts[level + 1].name} 的类别: 值」映射",
                               f"按 by 的顺序逐层写：{'、'.join(by)}", key=k)
                    walk(level + 1, value, (*prefix, k))
                else:
                    rows.append(((*prefix, k), r.dated(mapping, k, vtype)))

        walk(0, values, ())
        return Table(by, tuple(rows), vtype)

    def key_value(self, t: Term, name: str) -> Any:
        return t.data[0][self.by.index(name)]

    def most(self) -> int | None:
        if self.vtype != "money":
            return None
        values = [_most(dv) for _, dv in self.values]
        return None if any(v is None for v in values) else max([0, *(v for v in values if v is not None)])

    def scalar(self, ctx: ScalarFacts) -> Term:
        key = tuple(ctx.facts.get(name) for name in self.by)
        if any(k is None for k in key):
            return Term(self, None, [n for n, k in zip(self.by, key, strict=True) if k is None], (), (key, False))
        skey = tuple(str(k) for k in key)
        dv = self._lookup.get(skey)
        if dv is None:
            return Term(self, _zero(self.vtype), [], (), (skey, False))
        return Term(self, dv.at(ctx.when), [], (), (skey, True))

    def _size(self, ctx: ArrayCtx) -> int:
        size = 1
        for b in self.by:
            size *= len(ctx.policy.fact_def(b).values)
        return size

    def _code(self, ctx: ArrayCtx, key: tuple[str, ...]) -> int:
        code = 0
        for name, k in zip(self.by, key, strict=True):
            vals = ctx.policy.fact_def(name).values
            code = code * len(vals) + vals.index(k)
        return code

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        code = full(ctx.n, 0)
        knowns = []
        for name in self.by:
            vals, known = ctx.get(name)
            code = code * len(ctx.policy.fact_def(name).values) + vals
            knowns.append(known)
        idx, known = np.maximum(code, 0), and_known(*knowns)
        size = self._size(ctx)
        if self.vtype == "money":
            lut = full(size, 0)
            for key, dv in self.values:
                lut[self._code(ctx, key)] = int(dv.at(ctx.when))
            return MoneyV(lut[idx], known)
        nums, dens = full(size, 0), full(size, 1)
        for key, dv in self.values:
            f = ctx.frac(dv)
            nums[self._code(ctx, key)], dens[self._code(ctx, key)] = f.numerator, f.denominator
        return RatV(nums[idx], dens[idx], known)

    def render(self, t: Term, fmt: Fmt) -> str:
        facts = fmt.policy.facts
        key, listed = t.data
        if t.value is None:
            return f"按{'、'.join(facts[n].label for n in self.by)}取值（未知）"
        labels = "×".join(facts[n].label for n in self.by)
        if not listed:
            return f"{labels}「{'、'.join(key)}」不在支持范围内，取 0"
        return f"按{labels}「{'、'.join(key)}」取 {fmt.lit(t.value, self.vtype)}"

    def describe(self, p: m.Policy) -> str:
        labels = "×".join(p.fact_def(b).label for b in self.by)
        rows = "；".join(f"{'、'.join(k)}：{dated_text(v, self.vtype, p.amount_unit)}" for k, v in self.values)
        return f"按{labels}：{rows}"

    def facts(self, out: list[str]) -> list[str]:
        out += [b for b in self.by if b not in out]
        return out


@dataclass(frozen=True, eq=False, repr=False)
class Bands(m.Record, AmountNode):
    """阶梯: the first band whose inclusive bounds hold the value decides; none gives 0. Its term's data is
    ``(the band's bounds, or None)``."""

    of: AmountNode
    bands: tuple[m.Band, ...]
    vtype: m.VType

    keys = ("bands",)

    @property
    def of_type(self) -> m.VType:
        return "money" if self.of.vtype == "money" else "number"

    def most(self) -> int | None:
        if self.vtype != "money":
            return None
        values = [_most(b.value) for b in self.bands]
        return None if any(v is None for v in values) else max([0, *(v for v in values if v is not None)])

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        """``{bands: {of: x, bands: [{from, to, value}, ...]}}``: inclusive bounds, in order, no overlap."""
        b = r.mapping(node[key], "bands", ("of", "bands"), ("of", "bands"), line=r.at(node, key))
        of = read_amount(r, b, "of")
        of_type = vtype_of(of)
        if of_type not in ("money", "number"):
            r.fail(b, "bands 的 of 应当是金额或数字", "写成金额事实或数字事实", key="of")
        items = b["bands"]
        if not isinstance(items, LList) or not items:
            r.fail(b, "bands 应当是非空的区间列表", "例如 - {from: 0元, to: 100万元, value: 10万元}", key="bands")
        vtype = _value_type(items[0].get("value") if isinstance(items[0], LDict) else None, want)
        bands: list[m.Band] = []
        for i in range(len(items)):
            it = r.mapping(items[i], "区间", ("from", "to", "value"), ("value",), line=r.at(items, i))
            low = r.dated(it, "from", of_type, "threshold") if "from" in it else None
            high = r.dated(it, "to", of_type, "threshold") if "to" in it else None
            if low is None and i > 0:
                r.fail(it, "只有第一个区间可以不写 from", "写出这个区间的下限 from", key="value")
            if high is None and i < len(items) - 1:
                r.fail(it, "只有最后一个区间可以不写 to", "写出这个区间的上限 to", key="value")
            band = m.Band(low, high, r.dated(it, "value", vtype))
            _check_band_order(r, it, bands[-1] if bands else None, band)
            bands.append(band)
        return Bands(of, tuple(bands), vtype)

    def scalar(self, ctx: ScalarFacts) -> Term:
        of = self.of.scalar(ctx)
        if of.value is None:
            return Term(self, None, of.missing, (of,))
        x = of.value
        for b in self.bands:
            lo = b.low.at(ctx.when) if b.low else None
            hi = b.high.at(ctx.when) if b.high else None
            if (lo is None or x >= lo) and (hi is None or x <= hi):
                return Term(self, b.value.at(ctx.when), [], (of,), (lo, hi))
        return Term(self, _zero(self.vtype), [], (of,), None)

    def _index(self, ctx: ArrayCtx) -> tuple[Any, Any]:
        """Index of the first band holding the value (len(bands) when none does)."""
        of = self.of.array(ctx)
        if isinstance(of, MoneyV):
            num, den = of.fen, np.ones(ctx.n, dtype=np.int64)
        else:
            num, den = of.num, of.den
        idx = full(ctx.n, len(self.bands))
        for i in range(len(self.bands) - 1, -1, -1):
            b = self.bands[i]
            ok = np.ones(ctx.n, dtype=bool)
            if b.low is not None:
                lo = ctx.frac(b.low)
                ok &= np.asarray(mul(num, lo.denominator) >= mul(den, lo.numerator), dtype=bool)
            if b.high is not None:
                hi = ctx.frac(b.high)
                ok &= np.asarray(mul(num, hi.denominator) <= mul(den, hi.numerator), dtype=bool)
            idx = np.where(ok, i, idx)
        return idx, of.known

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        idx, known = self._index(ctx)
        if self.vtype == "money":
            lut = np.array([int(b.value.at(ctx.when)) for b in self.bands] + [0], dtype=np.int64)
            return MoneyV(lut[idx], known)
        fr = [ctx.frac(b.value) for b in self.bands]
        nums = np.array([f.numerator for f in fr] + [0], dtype=np.int64)
        dens = np.array([f.denominator for f in fr] + [1], dtype=np.int64)
        return RatV(nums[idx], dens[idx], known)

    def render(self, t: Term, fmt: Fmt) -> str:
        of = t.parts[0].text(fmt)
        if t.value is None:
            return f"{of} 所在区间"
        if t.data is None:
            return f"{of} 不在任何区间内，取 0"
        lo, hi = t.data
        span = (f"{fmt.lit(lo, self.of_type) if lo is not None else ''}～"
                f"{fmt.lit(hi, self.of_type) if hi is not None else ''}")
        return f"{of} 落在「{span}」区间，取 {fmt.lit(t.value, self.vtype)}"

    def describe(self, p: m.Policy) -> str:
        u = p.amount_unit

        def edge(d: m.Dated | None) -> str:
            return "" if d is None else dated_text(d, "money" if isinstance(d.points[0][1], int) else "number", u)

        rows = [f"{edge(b.low)}～{edge(b.high)}：{dated_text(b.value, self.vtype, u)}" for b in self.bands]
        return f"按{self.of.describe(p)}分档（含本数，先符合者适用）：{'；'.join(rows)}"

    def parts(self) -> tuple[AmountNode, ...]:
        return (self.of,)


@dataclass(frozen=True, eq=False, repr=False)
class Progressive(m.Record, AmountNode):
    """超额累进 (marginal bands), beside the step bands of :class:`Bands`: each slice of the base between a
    band's ``from`` and ``to`` is paid at the band's rate, rounded half-up to 分 per slice, and the slices are
    summed; below the first ``from`` nothing. ``{progressive: {of: x, bands: [{from: 0元, to: 1000万元, rate:
    70%}, {from: 1000万元, to: 5000万元, rate: 80%}, {from: 5000万元, rate: 90%}]}}``: 6000万元 gives
    700 + 3200 + 900 = 4800万元. Its term's data: per band (from, to, rate, slice, amount)."""

    of: AmountNode
    bands: tuple[m.Band, ...]  # contiguous: each from is the previous to; value is the rate

    vtype = "money"
    keys = ("progressive",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        b = r.mapping(node[key], "progressive", ("of", "bands"), ("of", "bands"), line=r.at(node, key))
        of = read_amount(r, b, "of", "money")
        items = b["bands"]
        if not isinstance(items, LList) or not items:
            r.fail(b, "progressive 的 bands 应当是非空的区间列表", "例如 - {from: 0元, to: 1000万元, rate: 70%}", key="bands")
        bands: list[m.Band] = []
        for i in range(len(items)):
            it = r.mapping(items[i], "累进区间", ("from", "to", "rate"), ("from", "rate"), line=r.at(items, i))
            low = r.dated(it, "from", "money", "threshold")
            high = r.dated(it, "to", "money", "threshold") if "to" in it else None
            if high is None and i < len(items) - 1:
                r.fail(it, "只有最后一个累进区间可以不写 to", "写出这个区间的上限 to", key="rate")
            band = m.Band(low, high, r.dated(it, "rate", "rate"))
            days = sorted({p[0] for d in (low, high, bands[-1].high if bands else None) if d is not None
                           for p in d.points if p[0] is not None})
            for day in [dt.date.min, *days]:
                lo, hi = low.at(day), high.at(day) if high else None
                if hi is not None and cast(int, lo) >= cast(int, hi):
                    r.fail(it, "累进区间的 from 应当小于 to", "from 写下限，to 写上限", key="from")
                if bands and bands[-1].high is not None and bands[-1].high.at(day) != lo:
                    r.fail(it, "累进区间应当首尾相接：每个区间的 from 等于上一个区间的 to",
                           "如 to: 1000万元 之后写 from: 1000万元（超过部分按下一档计）", key="from")
            bands.append(band)
        return Progressive(of, tuple(bands))

    def _edges(self, when: dt.date) -> list[tuple[int, int | None, Fraction]]:
        return [(cast(int, b.low.at(when)) if b.low else 0, cast(int, b.high.at(when)) if b.high else None,
                 Fraction(b.value.at(when))) for b in self.bands]

    def scalar(self, ctx: ScalarFacts) -> Term:
        of = self.of.scalar(ctx)
        if of.value is None:
            return Term(self, None, of.missing, (of,))
        x, rows, total = of.value, [], 0
        for lo, hi, rate in self._edges(ctx.when):
            piece = max(0, (x if hi is None else min(x, hi)) - lo)
            part = apply_rate(piece, rate)
            rows.append((lo, hi, rate, piece, part))
            total += part
        return Term(self, total, [], (of,), rows)

    def array(self, ctx: ArrayCtx) -> MoneyV:
        of = self.of.array(ctx)
        total: Any = const(ctx.n, 0)
        for lo, hi, rate in self._edges(ctx.when):
            piece = np.maximum(of.fen - lo, 0)
            if hi is not None:
                piece = np.minimum(piece, hi - lo)
            total = add(total, apply_rate_array(piece, rate.numerator, rate.denominator))
        return MoneyV(fen_array(total), of.known)

    def render(self, t: Term, fmt: Fmt) -> str:
        of = t.parts[0].text(fmt)
        if t.value is None:
            return f"{of} 超额累进"
        pieces = [f"{f'超过{fmt.money(lo)}' if hi is None else f'{fmt.money(lo)}～{fmt.money(hi)}'}部分 {fmt.money(piece)} × "
                  f"{fmt.lit(rate, 'rate')} = {fmt.money(part)}" for lo, hi, rate, piece, part in t.data if piece]
        return f"{of} 超额累进（{'；'.join(pieces) or '未达起点'}）合计 {fmt.money(t.value)}"

    def describe(self, p: m.Policy) -> str:
        u = p.amount_unit
        rows = [f"{dated_text(b.low, 'money', u) if b.low else ''}～{dated_text(b.high, 'money', u) if b.high else ''}"
                f"部分按{dated_text(b.value, 'rate', u)}" for b in self.bands]
        return f"按{self.of.describe(p)}超额累进（各段分别计算后相加）：{'；'.join(rows)}"

    def parts(self) -> tuple[AmountNode, ...]:
        return (self.of,)


def _check_band_order(r: Reader, node: LDict, prev: m.Band | None, band: m.Band) -> None:
    """Bounds are inclusive: within a band from ≤ to; each band starts above where the previous one ends."""
    bounds = [d for d in (prev.high if prev else None, band.low, band.high) if d is not None]
    days = sorted({p[0] for d in bounds for p in d.points if p[0] is not None})
    for day in [dt.date.min, *days]:
        low = band.low.at(day) if band.low else None
        high = band.high.at(day) if band.high else None
        if low is not None and high is not None and cast(Fraction, low) > cast(Fraction, high):
            r.fail(node, "区间的 from 大于 to", "from 写下限，to 写上限（都含本数）", key="from")
        prev_high = prev.high.at(day) if prev and prev.high else None
        if prev_high is not None and low is not None and cast(Fraction, low) <= cast(Fraction, prev_high):
            r.fail(node, "区间与上一个区间重叠或顺序颠倒（边界都含本数）",
                   "按从小到大排列，每个区间的 from 大于上一个区间的 to，如 to: 100万元 之后写 from: 100.01万元", key="from")


@dataclass(frozen=True, eq=False, repr=False)
class Manual(m.Record, AmountNode):
    """The amount is set by review under other rules (``{manual: 按照相关规定核定}``): read, never computed
    (the plan has no amount node for it)."""

    note: str

    vtype = "money"
    keys = ("manual",)

    def describe(self, p: m.Policy) -> str:
        return f"金额另行核定（{self.note}）"

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        return Manual(r.text(node, key))

    @classmethod
    def read_note(cls, r: Reader, clause: LDict) -> AmountNode:
        """A ``kind: manual_amount`` clause's ``amount``: the text saying how it is set (optional)."""
        return Manual(r.text(clause, "amount", "按照相关规定核定"))


_OP_SIGNS = {"difference": "−", "quotient": "÷", "floor_div": "÷"}


def _number(v: ArrayValue) -> RatV:
    """A money column as rationals (分 over 1), a number column as it is."""
    if isinstance(v, MoneyV):
        return RatV(v.fen, const(len(v.fen), 1), v.known)
    return v


class _Binary(AmountNode):
    """Arithmetic on two expressions (``{key: [a, b]}``), read from a two-item list; shown ``a op b = v``."""

    op: ClassVar[str]

    @staticmethod
    def operands(r: Reader, node: LDict, key: str, signed_ok: bool) -> tuple[AmountNode, AmountNode, m.VType, m.VType]:
        body = node[key]
        if not isinstance(body, LList) or len(body) != 2:
            r.fail(node, f"{key} 应当是两项的列表", f"例如 {key}: [a, b]", key=key)
        a, b = (read_amount(r, body, i, None, signed_ok=signed_ok) for i in (0, 1))
        ta, tb = ("number" if vtype_of(x) == "rate" else vtype_of(x) for x in (a, b))
        return a, b, ta, tb

    @staticmethod
    def positive_divisor(r: Reader, node: LDict, key: str, b: AmountNode) -> None:
        """A divisor is never zero: a positive figure, a number fact whose declared ``min`` is above 0, or
        ``max`` of several with one of these among them."""
        if not _positive(r, b):
            r.fail(None, f"{key} 的除数可能为 0：应当是正数、正的金额、声明了正下限 min 的数字事实，或含其一的 max",
                   "如 quotient: [investment, land_area]，land_area 在 facts 中写 min: 1；或 max: [rent, 1万元]",
                   line=r.at(node[key], 1))

    def compute(self, a: Any, b: Any) -> Any:
        raise NotImplementedError

    def scalar(self, ctx: ScalarFacts) -> Term:
        left, right = self.parts()
        parts = (left.scalar(ctx), right.scalar(ctx))
        missing = _missing(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        if self.op == "÷" and parts[1].value == 0:  # only from a table that skipped the declared min
            return Term(self, None, right.facts([]), parts)
        return Term(self, self.compute(parts[0].value, parts[1].value), [], parts)

    def render(self, t: Term, fmt: Fmt) -> str:
        a, b = (p.text(fmt) for p in t.parts)
        text = f"（{a} {self.op} {b}）"
        return text if t.value is None else f"{text} = {fmt.lit(t.value, self.vtype)}"

    def describe(self, p: m.Policy) -> str:
        left, right = self.parts()
        return f"（{left.describe(p)} {self.op} {right.describe(p)}）"

    def parts(self) -> tuple[AmountNode, AmountNode]:  # the two operands: a, b
        raise NotImplementedError

    @staticmethod
    def _divisor(v: RatV) -> tuple[Any, Any, Mask | None]:
        """A divisor column's numerator and denominator, with 1 where it is 0 (then unknown)."""
        zero = np.asarray(v.num == 0, dtype=bool)
        if not zero.any():
            return v.num, v.den, v.known
        return np.where(zero, 1, v.num), v.den, and_known(v.known, ~zero)


@dataclass(frozen=True, eq=False, repr=False)
class Difference(m.Record, _Binary):
    """``{difference: [a, b]}``: a − b, signed (产值同比增长 = 今年 − 去年); compared in conditions
    (``compare``) or floored by ``top_up``, never paid as it stands."""

    left: AmountNode
    right: AmountNode
    vtype: m.VType

    keys = ("difference",)
    op = "−"

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        a, b, ta, tb = cls.operands(r, node, key, True)
        if ta != tb:
            r.fail(node, "difference 的两项类型不一致", "金额减金额，数字减数字", key=key)
        return Difference(a, b, ta)

    def parts(self) -> tuple[AmountNode, AmountNode]:
        return (self.left, self.right)

    def compute(self, a: Any, b: Any) -> Any:
        return a - b

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        a, b = self.left.array(ctx), self.right.array(ctx)
        known = and_known(a.known, b.known)
        if self.vtype == "money":
            return MoneyV(fen_array(add(a.fen, -b.fen)), known)
        x, y = _number(a), _number(b)
        return RatV(add(mul(x.num, y.den), -mul(y.num, x.den)), mul(x.den, y.den), known)


@dataclass(frozen=True, eq=False, repr=False)
class Quotient(m.Record, _Binary):
    """``{quotient: [a, b]}``: a ÷ b (亩均投资强度 = 投资额 ÷ 亩数). Money ÷ number is money, rounded half-up
    to 分 (:func:`apply_rate`, the one rounding rule); money ÷ money and number ÷ number are exact numbers."""

    dividend: AmountNode
    divisor: AmountNode
    vtype: m.VType

    keys = ("quotient",)
    op = "÷"

    def parts(self) -> tuple[AmountNode, AmountNode]:
        return (self.dividend, self.divisor)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        a, b, ta, tb = cls.operands(r, node, key, False)
        cls.positive_divisor(r, node, key, b)
        if ta == "number" and tb == "money":
            r.fail(node, "quotient 不能用数字除以金额", "写 [金额, 数字]、[金额, 金额] 或 [数字, 数字]", key=key)
        return Quotient(a, b, "money" if (ta, tb) == ("money", "number") else "number")

    def compute(self, a: Any, b: Any) -> Any:
        if self.vtype == "money":
            return apply_rate(a, 1 / Fraction(b))
        return Fraction(a) / Fraction(b)

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        a, b = self.dividend.array(ctx), _number(self.divisor.array(ctx))
        num, den, bknown = self._divisor(b)
        known = and_known(a.known, bknown)
        if self.vtype == "money":
            return MoneyV(apply_rate_array(a.fen, scalar_of(den), scalar_of(num)), known)
        x = _number(a)
        return RatV(mul(x.num, den), mul(x.den, num), known)


@dataclass(frozen=True, eq=False, repr=False)
class FloorDiv(m.Record, _Binary):
    """每满: ``{floor_div: [a, b]}``, the whole number of times b fits in a (每满一万人奖励一万元:
    ``per_unit: {unit: 1万元, count: {floor_div: [visitors, 10000]}}``); a and b both money or both numbers."""

    dividend: AmountNode
    divisor: AmountNode

    vtype = "number"
    keys = ("floor_div",)
    op = "÷"

    def parts(self) -> tuple[AmountNode, AmountNode]:
        return (self.dividend, self.divisor)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        a, b, ta, tb = cls.operands(r, node, key, False)
        cls.positive_divisor(r, node, key, b)
        if ta != tb:
            r.fail(node, "floor_div 的两项类型不一致", "金额除以金额（每满1000万元），或数字除以数字（每满一万人）", key=key)
        return FloorDiv(a, b)

    def compute(self, a: Any, b: Any) -> Any:
        return Fraction(Fraction(a) // Fraction(b))

    def render(self, t: Term, fmt: Fmt) -> str:
        a, b = (p.text(fmt) for p in t.parts)
        text = f"每满 {b} 计 1（{a}）"
        return text if t.value is None else f"{text} = {fmt.lit(t.value, 'number')}"

    def describe(self, p: m.Policy) -> str:
        return f"{self.dividend.describe(p)}中每满{self.divisor.describe(p)}的个数"

    def array(self, ctx: ArrayCtx) -> RatV:
        x, y = _number(self.dividend.array(ctx)), _number(self.divisor.array(ctx))
        num, den, yknown = self._divisor(y)
        q = mul(x.num, den) // mul(x.den, num)
        return RatV(q, const(ctx.n, 1), and_known(x.known, yknown))


@dataclass(frozen=True, eq=False, repr=False)
class Derived(m.Record, AmountNode):
    """A derived fact (``derived:`` in policy.yaml): its name, wherever an amount is written (or
    ``{derived: name}``), is its definition; the trace shows it with its inputs (``标签 = 公式 = 值``)."""

    name: str
    label: str
    expr: AmountNode
    vtype: m.VType
    signed: bool  # it may be negative (a difference): only compared, never paid

    keys = ("derived",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> AmountNode:
        name = node[key]
        if not isinstance(name, str) or name not in r.derived:
            close = did_you_mean(str(name), tuple(r.derived))
            r.fail(node, f"「{shown(name)}」不是已定义的派生事实", f"{close}先在 policy.yaml 的 derived 中定义它", key=key)
        return r.derived[name]

    @staticmethod
    def read_all(r: Reader, top: LDict) -> dict[str, Derived]:
        """policy.yaml's ``derived: {name: {label, value}}``, in order (each may use the ones before it)."""
        node = top.get("derived")
        if node is None:
            return {}
        if not isinstance(node, LDict) or not node:
            r.fail(top, "derived 应当是「派生事实名: 定义」映射",
                   "例如 derived: {investment_per_mu: {label: 亩均投资强度, value: {quotient: [investment, area]}}}",
                   key="derived")
        for name in node:
            r.where = f"派生事实 {name}"
            if not isinstance(name, str) or not re.match(r"^[a-z][a-z0-9_]*$", name):
                r.fail(node, f"派生事实名「{name}」无效", "用小写英文字母、数字和下划线", key=name)
            if name in r.facts:
                r.fail(node, f"「{name}」已是申报事实", "派生事实换一个名字", key=name)
            d = r.mapping(node[name], f"派生事实 {name} 的定义", ("label", "value"), ("label", "value"), line=r.at(node, name))
            e = read_amount(r, d, "value", None, signed_ok=True)
            vt = vtype_of(e)
            r.derived[name] = Derived(name, r.text(d, "label"), e, "number" if vt == "rate" else vt, _signed(e))
        r.where = ""
        return dict(r.derived)

    def scalar(self, ctx: ScalarFacts) -> Term:
        inner = self.expr.scalar(ctx)
        return Term(self, inner.value, inner.missing, (inner,))

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        return cast(ArrayValue, self.expr.array(ctx))

    def render(self, t: Term, fmt: Fmt) -> str:
        inner = t.parts[0].text(fmt)
        return f"{self.label}（{inner}）" if t.value is None else f"{self.label}［{inner}］"

    def describe(self, p: m.Policy) -> str:
        return f"{self.label}（{self.expr.describe(p)}）"

    def parts(self) -> tuple[AmountNode, ...]:
        return (self.expr,)


class Floor:
    """保底, or the low end of a range (a clause's ``floor``): "每年不少于60万元", "20万元—100万元" (``amount``
    the ceiling, ``floor`` the least), "投资额度的5%—20%" (two ratios). The figure is decided in review
    between the two: the floor is ``min(floor, ceiling)`` (a cap that lowers the ceiling lowers the floor
    with it), and approval refuses less. Only on a discretionary monetary clause."""

    def __init__(self, clause: m.Clause) -> None:
        assert clause.floor is not None
        self.expr = clause.floor
        self.cite, self.quote = clause.cite, "".join(clause.quotes)

    @staticmethod
    def read(r: Reader, clause: LDict, kind: str) -> AmountNode:
        if kind != "monetary" or clause.get("discretionary") is not True:
            r.fail(clause, "floor（保底、区间下限）只用于裁量的资金条款：金额在下限与上限之间由评审核定",
                   "加上 discretionary: true（kind: monetary），或删去 floor",
                   key="floor" if "discretionary" in clause else None)  # a missing key: at its clause
        return read_amount(r, clause, "floor", "money")

    def scalar(self, ctx: ScalarFacts, ceiling: int | None, fmt: Fmt) -> tuple[int | None, Step]:
        t = self.expr.scalar(ctx)
        value = None if t.value is None or ceiling is None else min(t.value, ceiling)
        return value, Step("floor", self.cite, "保底金额", None, value, self.quote, t, fmt)

    def array(self, ctx: ArrayCtx, ceiling: Any) -> Any:
        """The floor column: ``min(floor, ceiling)``; -1 where either is not known (``ceiling`` -1)."""
        v = self.expr.array(ctx)
        out = np.minimum(v.fen, ceiling)
        bad = ceiling < 0 if v.known is None else (ceiling < 0) | ~v.known
        return np.where(bad, -1, out)

    def describe(self, p: m.Policy) -> str:
        return f"不少于{self.expr.describe(p)}（保底；与最高额之间由评审核定）"


def _positive(r: Reader, e: AmountNode) -> bool:
    """``e`` is above zero whatever the case says (so it may divide)."""
    if isinstance(e, Lit):
        return all(cast(Fraction, v) > 0 for _, v in e.value.points)
    if isinstance(e, FactRef):
        f = r.facts[e.fact]
        return e.vtype == "number" and f.minimum is not None and f.minimum > 0
    if isinstance(e, MinMaxSum) and e.op == "max":
        return any(_positive(r, i) for i in e.items)
    return False


def _rate_like(e: AmountNode) -> bool:
    """A rate, or a product with a rate among its factors (50% × 贷款市场报价利率)."""
    return e.vtype == "rate" or (isinstance(e, Product) and any(i.vtype == "rate" for i in e.items))


def _signed(e: AmountNode) -> bool:
    """The expression may be negative (a difference, or a derived fact defined as one)."""
    return isinstance(e, Difference) or (isinstance(e, Derived) and e.signed)


# Every amount idiom, in the order the format lists them (and error messages name their keys).
_IDIOMS: tuple[type[AmountNode], ...] = (Lit, FactRef, Manual, Ratio, PerUnit, Product, MinMaxSum, TopUp, Table,
                                         Bands, Difference, Quotient, FloorDiv, Derived, Progressive)
READERS: dict[str, type[AmountNode]] = {k: idiom for idiom in _IDIOMS for k in idiom.keys}
"""The amount idioms by their YAML key."""


def register(*idioms: type[AmountNode]) -> None:
    """Add amount idioms defined in their own module (:mod:`subsidy.rules.periods`, :mod:`subsidy.rules.items`)."""
    for idiom in idioms:
        READERS.update({k: idiom for k in idiom.keys})


def missing_of(parts: tuple[Term, ...]) -> list[str] | None:
    """The facts the parts still need; ``None`` when every part is known."""
    return _missing(parts)


def check_positive(r: Reader, node: LDict, key: str, e: AmountNode) -> None:
    """``node[key]`` (read as ``e``) is never 0, so it may divide."""
    if not _positive(r, e):
        r.fail(None, f"{key} 可能为 0：应当是正数、声明了正下限 min 的数字事实，或含其一的 max",
               f"如 {key}: 12，或数字事实在 facts 中写 min: 1", line=r.at(node, key))


def compile_amount(e: AmountNode) -> AmountNode:
    """The plan's node of an amount expression: the expression itself (each idiom is one class, read,
    computed and worded by the same object)."""
    return e


def vtype_of(e: AmountNode) -> m.VType:
    """The type of an amount expression: money, rate, number or date."""
    return e.vtype


_TYPE_NAMES = {"money": "金额", "rate": "比例", "number": "数字", "bool": "是/否值", "category": "类别", "date": "日期"}
_WANT_HINTS = {"money": "金额写成带单位的文字，如 \"500万元\" 或 \"3000元\"，或写金额事实名",
               "rate": "比例写成 \"50%\" 或 \"1/2\"", "number": "写成数字（如 6）或数字事实名",
               "bool": "写 true 或 false", "category": "写成类别名称",
               "date": "日期写成 2025-01-01，或 effective_from（施行之日）、assessment_date（评估日），或日期事实名"}
_MONEY_TEXT_RE = re.compile(r"^\s*[-+]?[0-9.]+\s*(元|万元|亿元)\s*$")
_RATE_TEXT_RE = re.compile(r"^\s*[-+]?[0-9.]+\s*%\s*$|^\s*[0-9]+\s*/\s*[0-9]+\s*$")


def _looks_like_money(text: str) -> bool:
    return bool(_MONEY_TEXT_RE.match(text))


def _looks_like_rate(text: str) -> bool:
    return bool(_RATE_TEXT_RE.match(text))


def _value_type(raw: Any, want: m.VType | None) -> m.VType:
    """The type of a table's or bands' values: what the place wants, else as the first value is written."""
    if want in ("money", "rate"):
        return want
    probe = raw
    if isinstance(raw, LDict) and "dated" in raw and isinstance(raw["dated"], LDict) and raw["dated"]:
        probe = next(iter(raw["dated"].values()))
    return "money" if isinstance(probe, str) and _looks_like_money(probe) else "rate"


def read_amount(r: Reader, parent: Any, key: Any, want: m.VType | None = None, *, signed_ok: bool = False) -> AmountNode:
    """The amount expression ``parent[key]``, of type ``want`` when given (a rate does where a number is
    wanted): a bare figure, fact or derived-fact name, or ``{key: ...}`` with one key of :data:`READERS`.
    A value that may be negative (``difference``) only where ``signed_ok`` (compared, floored, derived)."""
    node = parent[key]
    line = r.at(parent, key)
    e = _read(r, node, want, line)
    if _signed(e) and not signed_ok:
        r.fail(node, "差值（difference）可能为负，不能直接作为金额或数量",
               "用 top_up: {target: a, already: b}（不足时为 0），或只在条件 compare 中比较",
               line=line if not isinstance(node, LDict) else 0)
    got = vtype_of(e)
    if want is not None and got != want and not (want == "number" and got == "rate"):
        r.fail(node, f"这里需要{_TYPE_NAMES[want]}，写的是{_TYPE_NAMES[got]} {shown(node)}",
               _WANT_HINTS[want], line=line if not isinstance(node, LDict) else 0)
    return e


def _read(r: Reader, node: Any, want: m.VType | None, line: int) -> AmountNode:
    from subsidy.rules.periods import DateLit

    date = DateLit.read_bare(node) if not (isinstance(node, str) and node in r.facts) else None
    if date is not None:
        return date
    if isinstance(node, bool) or node is None:
        r.fail(None, f"金额表达式不能是 {shown(node)}", _WANT_HINTS[want or "money"], line=line)
    if isinstance(node, int | Decimal):
        return Lit.read_number(r, node, want, line)
    if isinstance(node, str):
        if node in r.facts:
            f = r.fact(node, line)
            return FactRef(f.name, fact_vtype(f))
        if node in r.derived:
            return r.derived[node]
        lit = Lit.read_text(r, node, want, line)
        if lit is not None:
            return lit
        close = did_you_mean(node, (*r.facts, *r.derived))
        r.fail(None, f"「{node[:40]}」既不是{_TYPE_NAMES[want or 'money']}，也不是已声明的事实",
               f"{close}{_WANT_HINTS[want or 'money']}；或先在 facts 中声明事实", line=line)
    if not isinstance(node, LDict):
        r.fail(None, f"无法识别的金额表达式 {shown(node)}", f"可用：{'、'.join(READERS)}", line=line)
    kinds = [k for k in node if k in READERS]
    if not kinds:
        r.mapping(node, "金额表达式", tuple(READERS))
        r.fail(node, "金额表达式是空的", f"可用：{'、'.join(READERS)}")
    kind = kinds[0]
    if len(kinds) > 1:
        r.fail(node, f"金额表达式只能有一个类型键（现有 {'、'.join(kinds)}）",
               "组合时用 min、max、sum 把它们包起来", key=kinds[1])
    r.mapping(node, kind, (kind,))
    return READERS[kind].read(r, node, kind, want)


# The idioms defined in their own modules register themselves in READERS when imported (here, so that
# reading any policy knows them): dates and periods, list facts, interest subsidies.
from subsidy.rules import items as _items  # noqa: E402, F401
from subsidy.rules import periods as _periods  # noqa: E402, F401

# isort: split
# interest subsidies after them (they use periods' days), so their key comes last in the error hints
from subsidy.rules import interest as _interest  # noqa: E402, F401
