"""The condition idioms (``when``, ``applicants``), each defined once: how it is read and checked from
the YAML (``read``, registered by its YAML key in :data:`GROUPS` or :data:`LEAVES`), three-valued for one
case with its trace record (``scalar``), over columns of many cases (``array``), and its wording
(``render``, ``describe``).

A condition's value is ``True``, ``False`` or ``None`` (unknown: Kleene logic); ``scalar`` returns a
:class:`~subsidy.rules.trace.Term` whose ``because`` are the leaves that decide it (for an ``any`` met by
one branch, that branch only). ``want`` is what a leaf must be for the whole to hold (``False`` under a
``not``): it decides the tick shown beside the leaf.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar, cast

from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, BoolV, and_known, cmp, mul, np
from subsidy.rules.reading import Reader, fact_vtype, item_date, shown
from subsidy.rules.trace import Fmt, Term, dated_text, union
from subsidy.rules.yamlsource import LDict, LList

__all__ = ["GROUPS", "LEAVES", "CondNode", "compile_condition", "read_condition"]

_OPS = {"equals": "＝", "at_least": "≥", "at_most": "≤", "above": "＞", "below": "＜"}
_OP_WORDS = {"equals": "为", "at_least": "不低于", "at_most": "不超过", "above": "超过", "below": "低于"}
_DATE_WORDS = {"equals": "为", "at_least": "不早于", "at_most": "不晚于", "above": "晚于", "below": "早于"}


class ScalarFacts:
    """What the one-case form of an idiom reads: the case's facts and the date (evaluate.ScalarCtx adds
    the records and the trace's formatter)."""

    window: tuple[dt.date, dt.date | None] | None = None  # the validity window (its start: effective_from)

    def __init__(self, facts: dict[str, Any], when: dt.date) -> None:
        self.facts = facts
        self.when = when


class CondNode:
    keys: ClassVar[tuple[str, ...]] = ()  # the YAML keys that name the idiom

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        raise NotImplementedError

    def array(self, ctx: ArrayCtx) -> BoolV:
        raise NotImplementedError

    def render(self, t: Term, fmt: Fmt) -> str:
        raise NotImplementedError

    def describe(self, p: m.Policy) -> str:
        """The condition in words, as the rules state it (``subsidy show``)."""
        raise NotImplementedError

    def facts(self, out: list[str]) -> list[str]:
        """The facts it reads, in order of first use, appended to ``out``."""
        raise NotImplementedError


def _tick(result: bool, want: bool) -> str:
    return "✓" if result == want else "✗"


class _Leaf(CondNode):
    """A condition on one fact; its term's data is ``(value, want, target)``. In YAML, ``{fact: name,
    <key>: ...}`` where the key is one of the idiom's ``keys``."""

    def __init__(self, c: m.FactIs | m.Compare | m.InSet) -> None:
        self.fact = c.fact
        self.label = c.label

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, f: m.FactDef, label: str | None) -> m.Condition:
        """The condition ``node`` (``{fact: f, key: ...}``), checked against the fact's declaration."""
        raise NotImplementedError

    def test(self, ctx: ScalarFacts, value: Any) -> tuple[bool, Any]:
        raise NotImplementedError

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        value = ctx.facts.get(self.fact)
        if value is None:
            return Term(self, None, [self.fact], (), (None, want, None))
        result, target = self.test(ctx, value)
        return Term(self, result, [], (), (value, want, target))

    def render(self, t: Term, fmt: Fmt) -> str:
        f = fmt.policy.fact_def(self.fact)
        label = self.label or f.label
        value, want, target = t.data
        if value is None:
            return f"{label}：未知 ？"
        return self.words(label, f, fmt, value, target, t.value) + f" {_tick(t.value, want)}"

    def words(self, label: str, f: m.FactDef, fmt: Fmt, value: Any, target: Any, result: bool) -> str:
        raise NotImplementedError

    def facts(self, out: list[str]) -> list[str]:
        if self.fact not in out:
            out.append(self.fact)
        return out


class FactIs(_Leaf):
    """A yes/no fact is yes: a fact's name, or ``{fact: name}`` with no comparison."""

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, f: m.FactDef, label: str | None) -> m.Condition:
        if f.type != "bool":
            r.fail(node, f"事实「{f.name}」不是是/否值", "加上 at_least、equals 或 in 等比较")
        return m.FactIs(f.name, label)

    @classmethod
    def read_name(cls, r: Reader, name: str, line: int) -> m.Condition:
        f = r.fact(name, line)
        if f.type != "bool":
            r.fail(None, f"事实「{name}」不是是/否值，不能单独作为条件",
                   "用 {fact: ..., at_least: ...}、equals 或 in 比较", line=line)
        return m.FactIs(name)

    def test(self, ctx: ScalarFacts, value: Any) -> tuple[bool, Any]:
        return value is True, None

    def array(self, ctx: ArrayCtx) -> BoolV:
        values, known = ctx.get(self.fact)
        return BoolV.of(values.astype(bool) if values.dtype != np.bool_ else values, known)

    def words(self, label: str, f: m.FactDef, fmt: Fmt, value: Any, target: Any, result: bool) -> str:
        return f"{label}：{fmt.show(f, value)}"

    def describe(self, p: m.Policy) -> str:
        return self.label or p.fact_def(self.fact).label


class InSet(_Leaf):
    """A category fact is one of the listed values (``in: [...]``)."""

    keys = ("in",)

    def __init__(self, c: m.InSet) -> None:
        super().__init__(c)
        self.values = c.values

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, f: m.FactDef, label: str | None) -> m.Condition:
        values = node["in"]
        if f.type != "category":
            r.fail(node, f"in 只用于类别事实，「{f.name}」是 {f.type}", "用 equals、at_least 等比较", key="in")
        if not isinstance(values, LList) or not values:
            r.fail(node, "in 的值应当是非空的类别列表", f"例如 in: [{'、'.join(f.values[:2])}]", key="in")
        for i in range(len(values)):
            r.category(f, values[i], r.at(values, i))
        return m.InSet(f.name, tuple(values), label)

    def test(self, ctx: ScalarFacts, value: Any) -> tuple[bool, Any]:
        return value in self.values, None

    def array(self, ctx: ArrayCtx) -> BoolV:
        values, known = ctx.get(self.fact)
        declared = ctx.policy.fact_def(self.fact).values
        codes = [declared.index(x) for x in self.values]
        if len(codes) <= 3:  # a few comparisons are faster than a look-up by index
            hit = values == codes[0]
            for c in codes[1:]:
                hit |= values == c
            return BoolV.of(hit, known)
        lut = np.zeros(len(declared) + 1, dtype=bool)  # the extra last entry: code -1 (unknown)
        lut[codes] = True
        return BoolV.of(lut[values], known)

    def words(self, label: str, f: m.FactDef, fmt: Fmt, value: Any, target: Any, result: bool) -> str:
        return f"{label}「{value}」属于（{'、'.join(self.values)}）：{'是' if result else '否'}"

    def describe(self, p: m.Policy) -> str:
        return f"{p.fact_def(self.fact).label}属于（{'、'.join(self.values)}）"


_SCALAR_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "equals": lambda a, b: bool(a == b), "at_least": lambda a, b: bool(a >= b),
    "at_most": lambda a, b: bool(a <= b), "above": lambda a, b: bool(a > b), "below": lambda a, b: bool(a < b),
}


class Compare(_Leaf):
    """A fact compared with a (dated) figure; bounds are inclusive where the words say so."""

    keys = ("equals", "at_least", "at_most", "above", "below")

    def __init__(self, c: m.Compare) -> None:
        super().__init__(c)
        self.op, self.value, self.vtype = c.op, c.value, c.vtype
        self._test = _SCALAR_OPS[c.op]

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, f: m.FactDef, label: str | None) -> m.Condition:
        vtype: m.VType = fact_vtype(f)
        if key != "equals" and vtype not in ("money", "number"):
            r.fail(node, f"「{key}」只用于金额或数字事实，「{f.name}」是 {f.type}", "改用 equals 或 in", key=key)
        value = r.dated(node, key, vtype, "threshold")
        if vtype == "category":
            for _, v in value.points:
                r.category(f, v, r.at(node, key))
        return m.Compare(f.name, cast(Any, key), value, vtype, label)

    def test(self, ctx: ScalarFacts, value: Any) -> tuple[bool, Any]:
        target = self.value.at(ctx.when)
        return self._test(value, target), target

    def array(self, ctx: ArrayCtx) -> BoolV:
        values, known = ctx.get(self.fact)
        target = self.value.at(ctx.when)
        if self.vtype == "category":
            res = values == ctx.policy.fact_def(self.fact).values.index(str(target))
        elif self.vtype == "money":
            res = cmp(self.op, values, np.int64(int(target)))
        else:
            r = ctx.rat(self.fact)
            tf = ctx.frac(self.value)
            res = cmp(self.op, mul(r.num, tf.denominator), mul(r.den, tf.numerator))
        return BoolV.of(res, known)

    def words(self, label: str, f: m.FactDef, fmt: Fmt, value: Any, target: Any, result: bool) -> str:
        return f"{label} {fmt.show(f, value)} {_OPS[self.op]} {fmt.lit(target, self.vtype)}：{'是' if result else '否'}"

    def describe(self, p: m.Policy) -> str:
        f = p.fact_def(self.fact)
        return f"{f.label}{_OP_WORDS[self.op]}{dated_text(self.value, self.vtype, f.unit or p.amount_unit)}"


class CompareAmounts(CondNode):
    """Two amounts compared: ``{compare: a, at_least: b}`` (either side any amount expression: a derived
    fact, ``{difference: [...]}``, a multiple ``{per_unit: {unit: x, count: 2.5}}``), or a derived fact
    written like a fact, ``{fact: investment_per_mu, at_least: 200万元}``. The trace shows both sides with
    their inputs."""

    keys = ("compare",)
    leaf = True  # one line in the trace, whatever its sides are made of

    def __init__(self, c: m.CompareAmounts) -> None:
        self.left, self.right = c.left, c.right
        self.op, self.label = c.op, c.label
        self._test = _SCALAR_OPS[c.op]

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, label: str | None) -> m.Condition:
        from subsidy.rules.amounts import read_amount, vtype_of

        side = "fact" if key == "fact" else "compare"
        r.mapping(node, "条件", (side, "label", *Compare.keys), (side,))
        ops = [k for k in node if k in Compare.keys]
        if len(ops) != 1:
            r.fail(node, f"{side} 条件需要且只能有一个比较（{'、'.join(Compare.keys)}）", "例如 at_least: 200万元", key=side)
        left = read_amount(r, node, side, None, signed_ok=True)
        right = read_amount(r, node, ops[0], None, signed_ok=True)
        types = {"number" if vtype_of(x) == "rate" else vtype_of(x) for x in (left, right)}
        if len(types) != 1:
            r.fail(node, "比较的两边类型不一致", "金额与金额比较，数字与数字比较", key=ops[0])
        return m.CompareAmounts(left, cast(Any, ops[0]), right, label)

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        parts = (self.left.scalar(ctx), self.right.scalar(ctx))
        if any(p.value is None for p in parts):
            return Term(self, None, union(p.missing for p in parts if p.value is None), parts, want)
        return Term(self, self._test(parts[0].value, parts[1].value), [], parts, want)

    def array(self, ctx: ArrayCtx) -> BoolV:
        from subsidy.rules.amounts import _number

        a, b = (_number(x.array(ctx)) for x in (self.left, self.right))
        res = cmp(self.op, mul(a.num, b.den), mul(b.num, a.den))
        return BoolV.of(res, and_known(a.known, b.known))

    def render(self, t: Term, fmt: Fmt) -> str:
        a, b = (p.text(fmt) for p in t.parts)
        text = f"{self.label + '：' if self.label else ''}{a} {_OPS[self.op]} {b}"
        if t.value is None:
            return f"{text}：未知 ？"
        return f"{text}：{'是' if t.value else '否'} {_tick(t.value, t.data)}"

    def describe(self, p: m.Policy) -> str:
        words = _DATE_WORDS if self.left.vtype == "date" else _OP_WORDS
        return self.label or f"{self.left.describe(p)}{words[self.op]}{self.right.describe(p)}"

    def facts(self, out: list[str]) -> list[str]:
        self.left.facts(out)
        return self.right.facts(out)


class Granted(CondNode):
    """A rule on the entity's history, not a fact it states: ``{granted: [art2, art4], times: 1}`` holds when
    the case's history has at least ``times`` earlier grants under the named clauses of this policy (together)
    — "享受过固定资产投资奖励的", "在享受完…后执行此条款". Unknown history: unknown (the trace asks for it).
    In a table, the count is the record column ``rec_granted__<clause>`` of each clause named."""

    keys = ("granted",)
    leaf = True

    def __init__(self, c: m.Granted) -> None:
        self.clauses, self.times, self.label = c.clauses, c.times, c.label

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, label: str | None) -> m.Condition:
        r.mapping(node, "条件", ("granted", "times", "label"))
        clauses = r.clause_ids(node, "granted")
        times = r.count(node, "times", 1)
        assert times is not None
        return m.Granted(clauses, times, label)

    def _count(self, ctx: ScalarFacts) -> int | None:
        counts = cast(Any, ctx).rec.granted  # evaluate.ScalarCtx: the case's records
        return None if counts is None else sum(counts.get(c, 0) for c in self.clauses)

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        n = self._count(ctx)
        if n is None:
            return Term(self, None, ["history"], (), (None, want))
        return Term(self, n >= self.times, [], (), (n, want))

    def array(self, ctx: ArrayCtx) -> BoolV:
        total: Any = None
        known: Any = None
        for c in self.clauses:
            values, k = ctx.get(f"rec_granted__{c}")
            total = values if total is None else total + values
            known = k if known is None else (known if k is None else known & k)
        return BoolV.of(total >= self.times, known)

    def _what(self, p: m.Policy) -> str:
        by_id = {c.id: c for c in p.clauses}
        names = "、".join(f"{by_id[x].cite}（{by_id[x].title}）" if x in by_id else x for x in self.clauses)
        return self.label or (f"已享受{names}" + (f"满{self.times}次" if self.times > 1 else ""))

    def render(self, t: Term, fmt: Fmt) -> str:
        n, want = t.data
        what = self._what(fmt.policy)
        if n is None:
            return f"{what}：获资助记录未知 ？"
        return f"{what}：已获{'这些' if len(self.clauses) > 1 else '该'}条款资助 {n} 次（需 ≥ {self.times}）：{'是' if t.value else '否'} {_tick(t.value, want)}"

    def describe(self, p: m.Policy) -> str:
        return self._what(p)

    def facts(self, out: list[str]) -> list[str]:
        return out  # it reads the history, not a fact


class NoRecord:
    """"近3年内没有…记录" (穗 第十条): ``{no_record: {of: violations, date: occurred_on, within: {years: 3},
    when: serious}}`` holds when no item of the list fact ``of`` (those meeting ``when``, if given) is dated
    within the period before the assessment date: ``years`` / ``months`` / ``days`` from its ``date`` field to
    the assessment date below ``within``, and not after it. A list not given is unknown (the result asks for
    it); an empty list holds. It is read as the count of such items compared with 1 (``each`` and the
    period idioms), so both paths and the trace are theirs; its wording is the label."""

    keys = ("no_record",)
    UNITS: ClassVar[dict[str, str]] = {"years": "年", "months": "个月", "days": "日"}

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, label: str | None) -> m.Condition:
        r.mapping(node, "条件", (key, "label"))
        b = r.mapping(node[key], "no_record", ("of", "date", "within", "when"), ("of", "date", "within"),
                      line=r.at(node, key))
        f = r.fact(b["of"], r.at(b, "of"), lists=True)
        if f.type != "list":
            r.fail(b, f"no_record 的 of 应当是列表事实（记录），「{f.name}」是 {f.type}",
                   "声明 type: list，items 中有一个 type: date 的日期字段", key="of")
        day = item_date(r, b, f, "no_record")
        fields = {i.name: i for i in f.items}
        w = r.mapping(b["within"], "within", tuple(cls.UNITS), line=r.at(b, "within"))
        if len(w) != 1:
            r.fail(b, "within 应当只写一个期间", "如 within: {years: 3}（近3年内）、{months: 6} 或 {days: 90}", key="within")
        unit = next(iter(w))
        n = r.count(w, unit, None)
        assert n is not None
        item_when = None
        if b.get("when") is not None:
            outer = r.facts
            r.facts = {**outer, **fields}
            try:
                item_when = read_condition(r, b, "when")
            finally:
                r.facts = outer
        when_on = m.FactRef(day, "date")
        today = m.DateLit(None, "assessment_date")
        within: list[m.Condition] = [
            m.CompareAmounts(m.Elapsed(cast(Any, unit), when_on, today), "below", cls._number(n)),
            m.CompareAmounts(when_on, "at_most", today)]
        counted = m.All(((item_when,) if item_when is not None else ()) + tuple(within),
                        f"{day}在评估日前{n}{cls.UNITS[unit]}内")
        count = m.Each(f.name, cls._number(1), counted, "number", tuple(fields))
        return m.CompareAmounts(count, "below", cls._number(1),
                                label or f"近{n}{cls.UNITS[unit]}内没有{f.label}")

    @staticmethod
    def _number(n: int) -> m.Lit:
        from fractions import Fraction

        return m.Lit(m.Dated(((None, Fraction(n)),)), "number")


class _AllAny(CondNode):
    model: ClassVar[type[m.All] | type[m.Any_]]
    decisive: bool  # the value one item needs to decide the whole: False for all, True for any

    def __init__(self, c: m.All | m.Any_) -> None:
        self.items = tuple(compile_condition(i) for i in c.items)
        self.label = c.label

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, label: str | None) -> m.Condition:
        """``{all: [...]}`` / ``{any: [...]}``: a non-empty list of conditions."""
        r.mapping(node, "条件", (key, "label"))
        items = node[key]
        if not isinstance(items, LList) or not items:
            r.fail(node, f"{key} 应当是非空的条件列表", "每个条件一项：[a, b] 或每行「- 」", key=key)
        return cls.model(tuple(read_condition(r, items, i) for i in range(len(items))), label)

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        parts = tuple([i.scalar(ctx, want) for i in self.items])
        d = self.decisive
        deciding = [p for p in parts if p.value is d]
        if deciding:
            return Term(self, d, [], parts, because=_leaves(deciding))
        unknown = [p.missing for p in parts if p.value is None]
        if unknown:
            return Term(self, None, union(unknown), parts, because=[])
        return Term(self, not d, [], parts, because=_leaves(parts))

    def render(self, t: Term, fmt: Fmt) -> str:
        return "；".join(p.text(fmt) for p in t.parts)

    def describe(self, p: m.Policy) -> str:
        return ("满足其一：" if self.decisive else "同时满足：") + "；".join(i.describe(p) for i in self.items)

    def facts(self, out: list[str]) -> list[str]:
        for i in self.items:
            i.facts(out)
        return out


class All(_AllAny):
    keys = ("all",)
    model = m.All
    decisive = False

    def array(self, ctx: ArrayCtx) -> BoolV:
        parts = [i.array(ctx) for i in self.items]
        t, f = parts[0].t, parts[0].f
        for p in parts[1:]:
            t, f = t & p.t, f | p.f
        return BoolV(t, f, all(p.known for p in parts))


class Any_(_AllAny):
    keys = ("any",)
    model = m.Any_
    decisive = True

    def array(self, ctx: ArrayCtx) -> BoolV:
        parts = [i.array(ctx) for i in self.items]
        t, f = parts[0].t, parts[0].f
        for p in parts[1:]:
            t, f = t | p.t, f & p.f
        return BoolV(t, f, all(p.known for p in parts))


class Not(CondNode):
    keys = ("not",)

    def __init__(self, c: m.Not) -> None:
        self.item = compile_condition(c.item)
        self.label = c.label

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, label: str | None) -> m.Condition:
        r.mapping(node, "条件", ("not", "label"))
        return m.Not(read_condition(r, node, "not"), label)

    def scalar(self, ctx: ScalarFacts, want: bool = True) -> Term:
        inner = self.item.scalar(ctx, not want)
        value = None if inner.value is None else not inner.value
        return Term(self, value, inner.missing, (inner,), because=_leaves([inner]))

    def array(self, ctx: ArrayCtx) -> BoolV:
        inner = self.item.array(ctx)
        return BoolV(inner.f, inner.t, inner.known)

    def render(self, t: Term, fmt: Fmt) -> str:
        return t.parts[0].text(fmt)

    def describe(self, p: m.Policy) -> str:
        return f"并非（{self.item.describe(p)}）"

    def facts(self, out: list[str]) -> list[str]:
        return self.item.facts(out)


def _leaves(terms: Any) -> list[Term]:
    """The deciding leaves of some terms (a leaf decides itself when known)."""
    out: list[Term] = []
    for t in terms:
        for x in (t.because if t.because is not None else ([t] if t.value is not None else [])):
            if x not in out:
                out.append(x)
    return out


_NODES: dict[type, type[CondNode]] = {m.FactIs: FactIs, m.Compare: Compare, m.InSet: InSet, m.All: All,
                                      m.Any_: Any_, m.Not: Not, m.CompareAmounts: CompareAmounts,
                                      m.Granted: Granted}


def compile_condition(c: m.Condition) -> CondNode:
    return _NODES[type(c)](c)  # type: ignore[call-arg]


GROUPS: dict[str, type[_AllAny] | type[Not] | type[CompareAmounts] | type[Granted] | type[NoRecord]] = {
    k: c for c in (All, Any_, Not, CompareAmounts, Granted, NoRecord) for k in c.keys}
"""The conditions made of conditions, by their YAML key (tried in this order)."""
LEAVES: dict[str, type[_Leaf]] = {k: c for c in (InSet, Compare) for k in c.keys}
"""The conditions on one fact, by the YAML key beside ``fact`` (none: :class:`FactIs`)."""


def read_condition(r: Reader, parent: Any, key: Any) -> m.Condition:
    """The condition ``parent[key]``: a yes/no fact's name, a group (:data:`GROUPS`) or ``{fact: ...}``
    with at most one key of :data:`LEAVES`."""
    node = parent[key]
    line = r.at(parent, key)
    if isinstance(node, str):
        return FactIs.read_name(r, node, line)
    if not isinstance(node, LDict):
        r.fail(None, f"条件应当是事实名称或映射，写的是 {shown(node)}",
               "例如 {fact: x, at_least: 100万元} 或 {all: [...]}", line=line)
    label = r.text(node, "label") if "label" in node else None
    for group, idiom in GROUPS.items():
        if group in node:
            return idiom.read(r, node, group, label)
    name = node.get("fact")
    if isinstance(name, str) and (name in r.derived or (name in r.facts and r.facts[name].type == "date")):
        # a derived fact or a date compared like a fact
        return CompareAmounts.read(r, node, "fact", label)
    r.mapping(node, "条件", ("fact", "label", *LEAVES), ("fact",))
    f = r.fact(node["fact"], r.at(node, "fact"))
    ops = [k for k in node if k in LEAVES]
    if len(ops) > 1:
        r.fail(node, f"一个条件只能有一个比较（现有 {'、'.join(ops)}）", "拆成 all: [...] 中的多个条件", key=ops[1])
    if not ops:
        return FactIs.read(r, node, "fact", f, label)
    return LEAVES[ops[0]].read(r, node, ops[0], f, label)
