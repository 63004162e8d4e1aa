"""The policy as read from its files: what :mod:`subsidy.rules.plan` compiles into idiom nodes, which
both paths run (one case with a trace; many cases as arrays). Built by :mod:`subsidy.rules.parse` from the
YAML files; never written by hand.

Values are typed: ``money`` (int 分), ``rate`` (Fraction), ``number`` (Fraction), ``bool`` and
``category`` (str). Literals may change by date (:class:`Dated`), OpenFisca-style.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from subsidy.rules.amounts import AmountNode as Expr
    from subsidy.rules.amounts import (
        Bands,
        Derived,
        Difference,
        FactRef,
        FloorDiv,
        Lit,
        Manual,
        MinMaxSum,
        PerUnit,
        Product,
        Progressive,
        Quotient,
        Ratio,
        Table,
        TopUp,
    )
    from subsidy.rules.items import Each
    from subsidy.rules.periods import DateLit, Elapsed, ProRata, YearOf

__all__ = [
    "PAYEE_LABELS",
    "STATUS_LABELS",
    "All",
    "Any_",
    "Band",
    "Bands",
    "Benefit",
    "Budget",
    "Cap",
    "Clause",
    "Compare",
    "CompareAmounts",
    "Condition",
    "DateLit",
    "Dated",
    "Deduction",
    "Derived",
    "Difference",
    "DifferenceRule",
    "Each",
    "Elapsed",
    "Exclusion",
    "Expr",
    "FactDef",
    "FactIs",
    "FactRef",
    "FloorDiv",
    "HighestRule",
    "InSet",
    "Layer",
    "Lit",
    "Manual",
    "MinMaxSum",
    "Not",
    "Override",
    "PerPeriod",
    "PerUnit",
    "Policy",
    "ProRata",
    "Product",
    "Programme",
    "Progressive",
    "Provision",
    "Quotient",
    "Ratio",
    "Record",
    "Schedule",
    "Stage",
    "SupportFilter",
    "Table",
    "TopUp",
    "YearOf",
]

_NAMES: dict[type, tuple[str, ...]] = {}


class Record:
    """Equality, hash and ``repr`` of the frozen data classes below, as ``@dataclass(frozen=True)``
    would generate them for each (field by field, in order), written once: generating them for every
    class took about half the time of importing this module, which every rules command does (start-up)."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        cls = type(self)
        names = _NAMES.get(cls)
        if names is None:
            names = _NAMES[cls] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        return tuple(getattr(self, n) for n in names)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        names = [f.name for f in fields(self)]  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"


VType = Literal["money", "rate", "number", "bool", "category", "date"]
FactType = Literal["money", "number", "integer", "bool", "category", "date", "list"]
Scalar = int | Fraction | str | bool


@dataclass(frozen=True, eq=False, repr=False)
class Dated(Record):
    """A value that may change on given dates. ``points`` is sorted by date; ``None`` = since always."""

    points: tuple[tuple[dt.date | None, Scalar], ...]

    def at(self, when: dt.date) -> Scalar:
        value = self.points[0][1]
        for start, v in self.points:
            if start is None or start <= when:
                value = v
        return value

    @property
    def changes(self) -> bool:
        return len(self.points) > 1


NUMBER_MAX = 10**6
"""The largest value of an integer or number fact whose policy declares no ``max``."""
NUMBER_LIMIT = 10**8
"""The bound on any integer or number fact, declared or not (a policy's ``min``/``max`` lie within
±NUMBER_LIMIT): a number with its 10 decimals, scaled to an integer, still fits the vectorised
evaluator's 64-bit integers, and a count or a share beyond it means nothing in a subsidy policy."""


@dataclass(frozen=True, eq=False, repr=False)
class FactDef(Record):
    """A fact the policy reads: its name, type, Chinese label, help, unit and allowed values."""

    name: str
    type: FactType
    label: str
    help: str = ""
    unit: str | None = None  # 万元 / 元 for money; 个、人、月 ... for counts
    values: tuple[str, ...] = ()  # allowed categories
    # the declared range of a number / integer fact (policy keys min, max); None: 0 and NUMBER_MAX
    minimum: Fraction | None = None
    maximum: Fraction | None = None
    items: tuple[FactDef, ...] = ()  # a list fact's item fields (type list): each item has one value of each

    @property
    def range(self) -> tuple[Fraction, Fraction]:
        """The values an integer or number fact may take (the one definition every reader checks:
        rules.case.parse_fact for cases, forms and the API, population.reader for registries)."""
        return (Fraction(0) if self.minimum is None else self.minimum,
                Fraction(NUMBER_MAX) if self.maximum is None else self.maximum)


# ---- conditions (three-valued) -------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class FactIs(Record):
    """A yes/no fact is yes."""

    fact: str
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Compare(Record):
    """A condition: a fact compared with a (dated) value."""

    fact: str
    op: Literal["equals", "at_least", "at_most", "above", "below"]
    value: Dated
    vtype: VType
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class InSet(Record):
    """A condition: a category fact is one of ``values``."""

    fact: str
    values: tuple[str, ...]
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class All(Record):
    """A condition: every item holds."""

    items: tuple[Condition, ...]
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Any_(Record):
    """A condition: at least one item holds."""

    items: tuple[Condition, ...]
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Not(Record):
    """A condition: the item does not hold."""

    item: Condition
    label: str | None = None


@dataclass(frozen=True, eq=False, repr=False)
class CompareAmounts(Record):
    """Two amount expressions compared (a derived fact with a figure, or two amounts)."""

    left: Expr
    op: Literal["equals", "at_least", "at_most", "above", "below"]
    right: Expr
    label: str | None = None


@dataclass(frozen=True)
class Granted:
    """The entity's history holds at least ``times`` earlier grants under these clauses of the policy
    ("享受过…的", "在享受完…后")."""

    clauses: tuple[str, ...]
    times: int = 1
    label: str | None = None


Condition = FactIs | Compare | InSet | All | Any_ | Not | CompareAmounts | Granted

# ---- amounts ---------------------------------------------------------------------------------


# The amount idioms are each one class, record and computation together, in the modules that define
# them (rules/amounts.py, rules/periods.py, rules/items.py); ``Expr`` is any of them. Their names are
# also reachable from here (``model.Ratio``), imported on first use (the idioms import this module).

_AMOUNTS = {"subsidy.rules.amounts": ("Lit", "FactRef", "Ratio", "Product", "PerUnit", "Table", "Bands", "Progressive",
                                      "MinMaxSum", "TopUp", "Manual", "Difference", "Quotient", "FloorDiv",
                                      "Derived"),
            "subsidy.rules.periods": ("DateLit", "Elapsed", "ProRata", "YearOf"),
            "subsidy.rules.items": ("Each",)}


def __getattr__(name: str) -> Any:
    for module, names in _AMOUNTS.items():
        if name in names:
            import importlib

            return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, eq=False, repr=False)
class Band(Record):
    """One band of :class:`Bands`: from ``low`` to ``high`` (both inclusive), ``value``."""

    low: Dated | None  # inclusive
    high: Dated | None  # inclusive
    value: Dated


@dataclass(frozen=True, eq=False, repr=False)
class PerPeriod(Record):
    """``each``'s ``per_period``: the items' sum is capped per calendar ``unit`` (month, quarter, year) of the
    item field ``date``; a period's unused room does not carry over to another ("不能滚存")."""

    date: str
    unit: Literal["month", "quarter", "year"]
    cap: Expr


# ---- clauses -----------------------------------------------------------------------------------

CapScope = Literal["application", "entity_year", "entity_validity", "entity_years", "project"]
PAYEE_LABELS: dict[str, str] = {
    "applicant": "申报单位",
    "financial_institution": "金融机构",
    "park_operator": "园区运营单位",
    "organiser": "承办单位或运营单位",
    "designated": "指定单位",
}
"""Who a clause's money is paid to, as people read it (a clause may name its payee more precisely)."""

STATUS_LABELS: dict[str, str] = {"draft": "征求意见稿", "in_force": "施行中", "expired": "已失效"}
"""A policy's status as people read it."""

SCOPE_LABELS: dict[str, str] = {
    "application": "单个项目（本次申请）",
    "entity_year": "单个主体每年",
    "entity_validity": "单个主体在政策有效期内",
    "entity_years": "单个主体连续{years}年",
    "project": "单个项目（品种）累计",
}


@dataclass(frozen=True, eq=False, repr=False)
class Cap(Record):
    """A limit in a scope: an amount (``limit``) or a number of grants (``max_grants``)."""

    id: str
    scope: CapScope
    limit: Dated | None
    max_grants: int | None
    years: int
    clauses: tuple[str, ...]  # clause ids sharing this cap (always includes the owner)
    label: str
    quote: str | None
    # ---- caps13 (issue 13, conditional caps): the cap applies only where ``when`` holds ("新建项目…最高奖励不超过
    # 50万元"); None: always. An unknown condition leaves the cap out of the ceiling (an upper bound) and, where the
    # cap would lower it, the clause undecided.
    when: Condition | None = None
    # the limit as an amount expression of the case ("叠加后补贴比例不超过项目投资的60%": {ratio: {rate: 60%, of: x}}),
    # in place of the figure ``limit`` (then None); unknown inputs leave the clause undecided
    limit_expr: Expr | None = None
    # ---- end caps13

    def scope_label(self) -> str:
        return SCOPE_LABELS[self.scope].format(years=self.years)


@dataclass(frozen=True, eq=False, repr=False)
class Schedule(Record):
    """How a clause's amount is paid: at once, in tranches, yearly or periodically."""

    type: Literal["lump_sum", "tranches", "annual", "periodic", "stages", "choice"]
    shares: tuple[Fraction, ...] = ()
    years: int = 1
    period: str = ""  # for periodic: 月、季、年 ...
    note: str = ""
    # ---- sched13 (issue 13, G1): tranches triggered by events; a schedule chosen by a fact; a policy's default ----
    stages: tuple[Stage, ...] = ()  # type stages: one tranche per event, in order (shares in ``shares``)
    when: Condition | None = None  # type choice: ``then`` where it holds, ``otherwise`` where it does not
    then: Schedule | None = None
    otherwise: Schedule | None = None
    label: str = ""  # type choice: the condition in words (its fact's label unless written)
    cite: str = ""  # a policy's default schedule (policy.yaml ``schedule``): where the text states it
    quotes: tuple[str, ...] = ()
    # ---- end sched13


@dataclass(frozen=True, eq=False, repr=False)
class Stage(Record):
    """One tranche of a staged schedule: the event that triggers it (主体封闭), its share and, optionally,
    the date or yes/no fact saying whether the event has happened."""

    event: str
    share: Fraction
    fact: str = ""


@dataclass(frozen=True, eq=False, repr=False)
class Programme(Record):
    """Awards repeated over consecutive years (连续三年): the application says which year it is."""

    years: int
    year_fact: str


@dataclass(frozen=True, eq=False, repr=False)
class Benefit(Record):
    """A benefit in kind (``benefit:``): a voucher (算力券), a rent reduction or a free service; the clause's
    amount is its value in money (:mod:`subsidy.rules.benefits`)."""

    type: Literal["voucher", "rent_reduction", "free_service"]
    name: str  # as the text calls it: 算力券, 语料券, 租金减免


@dataclass(frozen=True, eq=False, repr=False)
class Clause(Record):
    """A funding clause: its citation, quoted text, condition, amount, caps and schedule."""

    id: str
    cite: str
    title: str
    quotes: tuple[str, ...]
    kind: Literal["monetary", "manual_amount"]
    discretionary: bool
    condition: Condition | None
    amount: Expr
    caps: tuple[Cap, ...]
    schedule: Schedule
    payee: str
    payee_label: str
    programme: Programme | None
    interpretation: tuple[str, ...]
    source_file: str
    line: int
    quota: str = ""  # a call-level limit (每年获支持企业数量最多不超过10个), enforced in selection
    floor: Expr | None = None  # 保底 / the low end of a range (不少于60万元; 5%—20%): review approves no less
    benefit: Benefit | None = None  # a benefit in kind (算力券, 租金减免); None: cash
    deduct: Deduction | None = None  # support deducted from this clause only ("统筹省、市政策"); not cut by 差额


@dataclass(frozen=True, eq=False, repr=False)
class Provision(Record):
    """A non-monetary provision: listed and explained, never computed."""

    id: str
    cite: str
    title: str
    quotes: tuple[str, ...]
    summary: str


@dataclass(frozen=True, eq=False, repr=False)
class SupportFilter(Record):
    """Which records of support received elsewhere a rule looks at."""

    same_year: bool = False
    same_matter: bool | None = None
    levels: tuple[str, ...] = ()  # district / city / province / national; empty = any
    zone: str | None = None  # e.g. 前海
    one_matter_decision: bool | None = None
    programmes: tuple[str, ...] = ()  # the programmes (支持项目) it counts, as the records name them; empty = any
    matters: tuple[str, ...] = ()  # the matters (支持事项) the records name; empty = any


@dataclass(frozen=True, eq=False, repr=False)
class Deduction(Record):
    """A clause's own deduction (``deduct``, "统筹省、市政策"): the support ``support`` selects is deducted from
    this clause's amount only (:mod:`subsidy.rules.stacking`)."""

    support: SupportFilter
    quote: str
    interpretation: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False, repr=False)
class HighestRule(Record):
    """就高 across the policy's own clauses."""

    scope: Literal["entity_year", "project"]
    cite: str
    quote: str
    interpretation: tuple[str, ...]
    clauses: tuple[str, ...] = ()  # 就高 within these clauses only ("两者就高"); empty: every clause


@dataclass(frozen=True, eq=False, repr=False)
class DifferenceRule(Record):
    """差额: pay only what exceeds support already received under ``support``."""

    support: SupportFilter
    cite: str
    quote: str
    interpretation: tuple[str, ...]
    exempt: tuple[str, ...] = ()  # clauses it does not apply to ("另有规定除外", "在享受…的基础上额外给予")


@dataclass(frozen=True, eq=False, repr=False)
class Exclusion(Record):
    """不重复: a matching record of other support excludes the application."""

    id: str
    support: SupportFilter
    reason: str
    cite: str
    quote: str
    exempt: tuple[str, ...] = ()  # clauses it does not apply to ("除上级奖励外")


@dataclass(frozen=True, eq=False, repr=False)
class Budget(Record):
    """A fund the text sets up ("县财政每年安排…1000万元", "设立总规模不低于1亿元的…引导资金"): recorded with
    the policy; an annual one is offered as the default budget of a call (services/calls.py)."""

    label: str
    fen: int
    per: Literal["year", "total"]  # each year, or over the policy's validity
    cite: str
    quote: str


BUDGET_PERS: dict[str, str] = {"year": "每年", "total": "合计（有效期内）"}


# ---- a policy layered on another (rules/layers.py) ----------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class Override(Record):
    """A base clause the variant overrides: the base's cite and quotes, the keys replaced, the figures changed."""

    clause: str
    base_cite: str
    base_quotes: tuple[str, ...]
    keys: tuple[str, ...]  # clause keys the variant wrote in place of the base's (amount, caps, when …)
    figures: tuple[tuple[str, str], ...]  # (base figure, the variant's), as written

    def summary(self) -> str:
        """In words: 将「3元」改为「5元」；重写 amount."""
        parts = [f"「{old}」改为「{new}」" for old, new in self.figures]
        parts += [f"重写{OVERRIDE_KEY_LABELS.get(k, k)}" for k in self.keys]
        return "；".join(parts)


OVERRIDE_KEY_LABELS = {"title": "标题", "kind": "条款类型", "discretionary": "是否最高限额", "when": "条件", "amount": "金额公式",
                       "floor": "保底", "caps": "上限", "schedule": "拨付方式", "payee": "收款方", "payee_label": "收款方",
                       "programme": "连续支持", "interpretation": "解读", "quota": "名额", "deduct": "统筹扣减"}
"""How people read the clause keys an override replaces (``subsidy show``, the 政策库)."""


@dataclass(frozen=True, eq=False, repr=False)
class Layer(Record):
    """What a variant ("各区可…提高资助标准") takes from its base: every base clause not overridden or removed is
    inherited as it is, quoting the base's text."""

    base_id: str
    base_title: str
    base_directory: str
    base_source_text: str
    base_version: str
    overrides: tuple[Override, ...]
    removed: tuple[str, ...]  # base clause and provision ids the variant does not apply
    added: tuple[str, ...]  # the variant's own clauses
    removed_labels: tuple[str, ...] = ()  # the removed ones as people read them: 第二十八条 运营补贴

    def override(self, clause_id: str) -> Override | None:
        return next((o for o in self.overrides if o.clause == clause_id), None)

    def standing(self, clause_id: str) -> Literal["inherited", "overridden", "added"]:
        if clause_id in self.added:
            return "added"
        return "overridden" if self.override(clause_id) is not None else "inherited"

    def describe(self, clause_id: str) -> str:
        """How the clause stands in the variant, in words (``subsidy show``, the 政策库)."""
        o = self.override(clause_id)
        if o is not None:
            return f"覆盖基础政策 {o.base_cite}（{o.summary()}）；引文为本政策原文"
        if clause_id in self.added:
            return "本政策新增"
        return f"沿用基础政策《{self.base_title}》，引文为其原文"

    def quote_text(self, clause_id: str, own_text: str) -> str:
        """The text the clause's quotes are in: the variant's own, or (inherited) the base's."""
        return self.base_source_text if self.standing(clause_id) == "inherited" else own_text


@dataclass(frozen=True, eq=False, repr=False)
class Policy(Record):
    """A policy as read from its directory: facts, clauses, provisions, stacking rules, budgets."""

    id: str
    title: str
    short_title: str
    issuer: str
    jurisdiction: str
    status: Literal["draft", "in_force", "expired"]
    effective_from: dt.date | None
    validity_years: int | None
    validity_cite: str
    validity_quote: str
    amount_unit: str
    facts: dict[str, FactDef]
    applicants: Condition | None
    applicants_cite: str
    applicants_quote: str
    applicants_interpretation: tuple[str, ...]
    clauses: tuple[Clause, ...]
    provisions: tuple[Provision, ...]
    highests: tuple[HighestRule, ...]  # 就高 rules: one over every clause, or one per group of clauses
    difference: DifferenceRule | None
    exclusions: tuple[Exclusion, ...]
    source_text: str
    directory: str
    version: str  # content hash of the policy's files
    interpretation: tuple[str, ...] = field(default=())
    budgets: tuple[Budget, ...] = field(default=())
    default_schedule: Schedule | None = None  # sched13: policy.yaml ``schedule``: clauses without their own
    layer: Layer | None = None  # a variant layered on another policy: what it inherits, overrides, adds, removes

    @property
    def highest(self) -> HighestRule | None:
        """The policy's (first) 就高 rule, if any (several only as groups of clauses: :attr:`highests`)."""
        return self.highests[0] if self.highests else None

    @property
    def highest_over_all(self) -> bool:
        """就高 over every clause (one winner per case), not within groups of clauses."""
        return len(self.highests) == 1 and not self.highests[0].clauses

    def highest_group(self, clause_id: str) -> int | None:
        """The index in :attr:`highests` of the 就高 rule ``clause_id`` competes under (None: it stacks)."""
        for i, h in enumerate(self.highests):
            if not h.clauses or clause_id in h.clauses:
                return i
        return None

    def fact_def(self, name: str) -> FactDef:
        """A declared fact, or a field of a list fact's items (read inside ``each``)."""
        f = self.facts.get(name)
        if f is not None:
            return f
        for lf in self.facts.values():
            for item in lf.items:
                if item.name == name:
                    return item
        raise KeyError(name)

    def annual_budget(self) -> Budget | None:
        """The one annual fund the text states, if it states exactly one (a call's default budget)."""
        yearly = [b for b in self.budgets if b.per == "year"]
        return yearly[0] if len(yearly) == 1 else None

    def clauses_named(self, key: str) -> list[Clause]:
        """The clauses ``key`` names: an id; a citation label (half-width brackets accepted); or an
        article (第七条) whose parts are separate clauses (第七条（一）, 第七条（二）1 …)."""
        from subsidy.suggest import normalise_cite

        by_id = [c for c in self.clauses if c.id == key]
        if by_id:
            return by_id
        cite = normalise_cite(key)  # both sides as the documents write numbers: 第2条 is 第二条 (柳河 writes 第2条)
        cites = [(c, normalise_cite(c.cite)) for c in self.clauses]
        same = [c for c, own in cites if own == cite]
        if same or not cite.endswith("条"):
            return same
        return [c for c, own in cites if own.startswith(cite) and own[len(cite):len(cite) + 1] in ("第", "（")]

    def clause(self, key: str) -> Clause:
        """A clause by id, or by its citation label when that label names one clause only."""
        from subsidy.errors import PolicyNotFound
        from subsidy.rules.case import shown
        from subsidy.suggest import aside, normalise_cite

        found = self.clauses_named(key)
        if len(found) == 1:
            return found[0]
        if found:
            ids = "、".join(f"{c.id}（{c.cite} {c.title}）" for c in found)
            raise PolicyNotFound(f"「{shown(key)}」下有多个资金条款：{ids}；请用条款 id 或完整的条款编号指定")
        labels = "、".join(f"{c.cite}（{c.id}）" for c in self.clauses)
        near = (aside(normalise_cite(key), [c.cite for c in self.clauses])
                or aside(key, [c.id for c in self.clauses]))
        raise PolicyNotFound(f"政策 {self.id} 没有条款「{shown(key)}」{near}；可用的条款：{labels}")
