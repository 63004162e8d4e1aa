"""The amount idioms (docs/policy-format.md, "Amounts"), each defined once: its value for one case with the
trace record (``scalar`` → :class:`~subsidy.rules.trace.Term`), the same over columns of many cases
(``array`` → :class:`~subsidy.rules.arrays.MoneyV` for money, :class:`~subsidy.rules.arrays.RatV` for
numbers and rates), and its wording from the record (``render``).

Values are typed as in :mod:`subsidy.rules.model`: money is int 分, rates and numbers ``Fraction``;
``None`` is unknown. The only rounding is :func:`subsidy.money.apply_rate` (one case) and
:func:`subsidy.money.apply_rate_array` (many), the same rule. Adding an idiom: a model class, its
reading in parse.py, a node class here registered in ``_NODES``, and a row in docs/policy-format.md.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from subsidy.money import apply_rate, apply_rate_array, fen_array
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, MoneyV, RatV, add, and_known, const, full, mul, np, scalar_of
from subsidy.rules.conditions import ScalarFacts
from subsidy.rules.trace import Fmt, Term, dated_text, union

__all__ = ["AmountNode", "compile_amount"]

ArrayValue = MoneyV | RatV


class AmountNode:
    vtype: m.VType

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


def _missing(parts: tuple[Term, ...]) -> list[str] | None:
    """The facts the parts still need; ``None`` when every part is known."""
    if all(p.value is not None for p in parts):
        return None
    return union(p.missing for p in parts)


class Lit(AmountNode):
    def __init__(self, e: m.Lit) -> None:
        self.value, self.vtype = e.value, e.vtype

    def scalar(self, ctx: ScalarFacts) -> Term:
        return Term(self, self.value.at(ctx.when), [])

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        if self.vtype == "money":
            return MoneyV(const(ctx.n, int(self.value.at(ctx.when))), None)
        v = ctx.frac(self.value)
        return RatV(const(ctx.n, v.numerator), const(ctx.n, v.denominator), None)

    def render(self, t: Term, fmt: Fmt) -> str:
        return fmt.lit(t.value, self.vtype)

    def describe(self, p: m.Policy) -> str:
        return dated_text(self.value, self.vtype, p.amount_unit)


class FactRef(AmountNode):
    """A fact's value; its term's data is the value as the case gave it."""

    def __init__(self, e: m.FactRef) -> None:
        self.fact, self.vtype = e.fact, e.vtype

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
        f = fmt.policy.facts[self.fact]
        return f"{f.label}（未知）" if t.value is None else f"{f.label} {fmt.show(f, t.data)}"

    def describe(self, p: m.Policy) -> str:
        return p.facts[self.fact].label

    def facts(self, out: list[str]) -> list[str]:
        if self.fact not in out:
            out.append(self.fact)
        return out


class _Scaled(AmountNode):
    """money × factor, rounded half-up to 分 (:func:`apply_rate`); shown ``first × second``."""

    vtype: m.VType = "money"
    money_first: bool

    def __init__(self, money: m.Expr, factor: m.Expr) -> None:
        self.money, self.factor = compile_amount(money), compile_amount(factor)

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


class Ratio(_Scaled):
    """``rate × base``, rounded half-up to 分."""

    money_first = True

    def __init__(self, e: m.Ratio) -> None:
        super().__init__(e.base, e.rate)


class PerUnit(_Scaled):
    """``count × unit amount`` (每个品种5万元)."""

    money_first = False

    def __init__(self, e: m.PerUnit) -> None:
        super().__init__(e.unit, e.count)


class Product(AmountNode):
    """A count: the product of numbers (人数 × 月数)."""

    vtype: m.VType = "number"

    def __init__(self, e: m.Product) -> None:
        self.items = tuple(compile_amount(i) for i in e.items)

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


class MinMaxSum(AmountNode):
    """The least, the largest or the sum of amounts (or of numbers)."""

    def __init__(self, e: m.MinMaxSum) -> None:
        self.op, self.vtype = e.op, e.vtype
        self.items = tuple(compile_amount(i) for i in e.items)

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = tuple(i.scalar(ctx) for i in self.items)
        missing = _missing(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        vals = [p.value for p in parts]
        return Term(self, min(vals) if self.op == "min" else max(vals) if self.op == "max" else sum(vals), [], parts)

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        parts = [i.array(ctx) for i in self.items]
        known = and_known(*(p.known for p in parts))
        if self.vtype == "money":
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
        return f"{name}（{inner}）" if t.value is None else f"{name}（{inner}）= {fmt.lit(t.value, self.vtype)}"

    def describe(self, p: m.Policy) -> str:
        return f"{_AGG_NAMES[self.op]}（{'，'.join(i.describe(p) for i in self.items)}）"

    def parts(self) -> tuple[AmountNode, ...]:
        return self.items


class TopUp(AmountNode):
    """补差: max(0, target − already)."""

    vtype: m.VType = "money"

    def __init__(self, e: m.TopUp) -> None:
        self.target, self.already = compile_amount(e.target), compile_amount(e.already)

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


class Table(AmountNode):
    """A value by category (one key element per ``by`` fact); a category not listed gives 0. Its term's
    data is ``(the categories used, whether listed)``."""

    def __init__(self, e: m.Table) -> None:
        self.by, self.values, self.vtype = e.by, e.values, e.vtype
        self._lookup = dict(e.values)

    def key_value(self, t: Term, name: str) -> Any:
        return t.data[0][self.by.index(name)]

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
            size *= len(ctx.policy.facts[b].values)
        return size

    def _code(self, ctx: ArrayCtx, key: tuple[str, ...]) -> int:
        code = 0
        for name, k in zip(self.by, key, strict=True):
            vals = ctx.policy.facts[name].values
            code = code * len(vals) + vals.index(k)
        return code

    def array(self, ctx: ArrayCtx) -> ArrayValue:
        code = full(ctx.n, 0)
        knowns = []
        for name in self.by:
            vals, known = ctx.get(name)
            code = code * len(ctx.policy.facts[name].values) + vals
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
        labels = "×".join(p.facts[b].label for b in self.by)
        rows = "；".join(f"{'、'.join(k)}：{dated_text(v, self.vtype, p.amount_unit)}" for k, v in self.values)
        return f"按{labels}：{rows}"

    def facts(self, out: list[str]) -> list[str]:
        out += [b for b in self.by if b not in out]
        return out


class Bands(AmountNode):
    """阶梯: the first band whose inclusive bounds hold the value decides; none gives 0. Its term's data is
    ``(the band's bounds, or None)``."""

    def __init__(self, e: m.Bands) -> None:
        self.of, self.bands, self.vtype = compile_amount(e.of), e.bands, e.vtype
        self.of_type: m.VType = "money" if self.of.vtype == "money" else "number"

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


_NODES: dict[type, type[AmountNode]] = {m.Lit: Lit, m.FactRef: FactRef, m.Ratio: Ratio, m.PerUnit: PerUnit,
                                        m.Product: Product, m.MinMaxSum: MinMaxSum, m.TopUp: TopUp,
                                        m.Table: Table, m.Bands: Bands}


def compile_amount(e: m.Expr) -> AmountNode:
    return _NODES[type(e)](e)  # type: ignore[call-arg]
