"""The gates of a clause — validity, bars, who may apply, the clause's condition, the programme's years,
不重复 exclusions — each defined once: for one case with its trace step (``scalar`` → value, facts still
needed, :class:`~subsidy.rules.trace.Step`) and over many cases (``array`` → three-valued columns); and
the decision, the first reason of ``results.PRECEDENCE`` that applies, for one case (:func:`decide`) and
for many (:class:`GateColumns`, :func:`decide_columns`).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, cast

from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, BoolV, np
from subsidy.rules.conditions import CondNode, ScalarFacts, read_condition
from subsidy.rules.reading import Reader
from subsidy.rules.records import Records, read_support_filter
from subsidy.rules.results import OUTCOME, PRECEDENCE, Reason, first_reason
from subsidy.rules.schedules import years_after_validity
from subsidy.rules.trace import Fmt, Step
from subsidy.rules.yamlsource import LDict, LList

if TYPE_CHECKING:
    import numpy.typing as npt

    from subsidy.rules.arrays import Mask

__all__ = ["Gate", "GateColumns", "decide", "decide_columns", "reason_codes"]


class ScalarCtx(ScalarFacts):
    """Everything one case's evaluation reads: facts, date, records, validity window, formatter."""

    window: tuple[dt.date, dt.date | None]  # always known for a whole case

    def __init__(self, policy: m.Policy, facts: dict[str, Any], when: dt.date, rec: Records,
                 window: tuple[dt.date, dt.date | None], fmt: Fmt, year: int | None = None) -> None:
        super().__init__(facts, when)
        self.year = when.year if year is None else year  # the case's year: the first year of its schedule
        self.policy = policy
        self.rec = rec
        self.window = window
        self.fmt = fmt


GateResult = tuple[bool | None, list[str], Step]


class Gate:
    reason: Reason

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        raise NotImplementedError

    def array(self, ctx: ArrayCtx) -> BoolV:
        raise NotImplementedError


class Validity(Gate):
    """The assessment date lies in the policy's validity window (the same for every row of a table)."""

    reason = Reason.OUTSIDE_VALIDITY

    def __init__(self, policy: m.Policy) -> None:
        self.cite, self.quote = policy.validity_cite or "有效期", policy.validity_quote or None

    @staticmethod
    def read(r: Reader, top: LDict, siblings: tuple[str, ...]) -> tuple[int | None, str, str, tuple[str, ...]]:
        """policy.yaml's ``validity: {years, cite, quote}``: the years, cite, quote and interpretation."""
        if top.get("validity") is None:
            return None, "", "", ()
        r.where, r.outer = "validity", ("validity", siblings)
        v = r.mapping(top["validity"], "validity", ("years", "cite", "quote", "interpretation"),
                      ("years", "cite", "quote"), line=r.at(top, "validity"))
        return r.count(v, "years", None), r.text(v, "cite"), r.quote(v), r.texts(v, "interpretation")

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        start, end = ctx.window
        ok = start <= ctx.when and (end is None or ctx.when <= end)
        return ok, [], Step("validity", self.cite, "有效期", {"as_of": ctx.when, "from": start, "to": end}, ok,
                            self.quote, fmt=ctx.fmt)

    def array(self, ctx: ArrayCtx) -> BoolV:
        start, end = ctx.window
        ok = start <= ctx.when and (end is None or ctx.when <= end)
        return BoolV(ctx.yes, ctx.no, True) if ok else BoolV(ctx.no, ctx.yes, True)


class Bars(Gate):
    """No sanction bars the applicant on the assessment date (``records.derive_records``)."""

    reason = Reason.BARRED

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        barred = ctx.rec.barred
        ok = None if barred is None else not barred
        step = Step("bars", "处罚", "取消申报资格", {"barred": barred, "bars": ctx.rec.bar_reason}, ok, fmt=ctx.fmt)
        return ok, ([] if barred is not None else ["bars"]), step

    def array(self, ctx: ArrayCtx) -> BoolV:
        return ctx.record("rec_barred", negate=True)


class Applicants(Gate):
    """Who may apply (``applicants``): a condition."""

    reason = Reason.APPLICANT

    def __init__(self, policy: m.Policy, node: CondNode) -> None:
        self.node, self.cite, self.quote = node, policy.applicants_cite, policy.applicants_quote

    @staticmethod
    def read(r: Reader, top: LDict, siblings: tuple[str, ...]) -> tuple[m.Condition | None, str, str, tuple[str, ...]]:
        """policy.yaml's ``applicants: {cite, quote, when}``: the condition, cite, quote and interpretation."""
        if top.get("applicants") is None:
            return None, "", "", ()
        r.where, r.outer = "applicants", ("applicants", siblings)
        a = r.mapping(top["applicants"], "applicants", ("cite", "quote", "when", "interpretation"),
                      ("cite", "quote", "when"), line=r.at(top, "applicants"))
        return read_condition(r, a, "when"), r.text(a, "cite"), r.quote(a), r.texts(a, "interpretation")

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        t = self.node.scalar(ctx)
        return t.value, t.missing, Step("applicants", self.cite, "申报主体", None, t.value, self.quote, t,
                                        ctx.fmt)

    def array(self, ctx: ArrayCtx) -> BoolV:
        return self.node.array(ctx)


class Condition(Applicants):
    """The clause's own condition (``when``)."""

    reason = Reason.CONDITION

    def __init__(self, clause: m.Clause, node: CondNode) -> None:
        self.node, self.cite, self.quote = node, clause.cite, "".join(clause.quotes)

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        t = self.node.scalar(ctx)
        return t.value, t.missing, Step("condition", self.cite, "支持条件", None, t.value, self.quote, t,
                                        ctx.fmt)


class Programme(Gate):
    """连续N年: the application's year of the programme is within its years."""

    reason = Reason.PROGRAMME_OVER

    def __init__(self, clause: m.Clause, p: m.Programme) -> None:
        self.years, self.fact, self.cite, self.quote = p.years, p.year_fact, clause.cite, "".join(clause.quotes)

    @staticmethod
    def read(r: Reader, c: LDict) -> m.Programme:
        """A clause's ``programme: {years: 3, year_fact: ...}`` (the year fact an integer)."""
        p = r.mapping(c["programme"], "programme", ("years", "year_fact"), ("years", "year_fact"),
                      line=r.at(c, "programme"))
        f = r.fact(p["year_fact"], r.at(p, "year_fact"))
        if f.type != "integer":
            r.fail(p, f"year_fact「{f.name}」应当是整数事实（第几年）", "声明一个 type: integer 的事实", key="year_fact")
        return m.Programme(cast(int, r.count(p, "years", None)), f.name)

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        year = ctx.facts.get(self.fact)
        ok = None if year is None else 1 <= int(year) <= self.years
        # the programme's later years that fall after the validity: not decided then (解读约定第18条)
        late = years_after_validity(ctx.when, self.years - int(year), ctx.window[1]) if ok and year is not None else []
        after = "、".join(f"{y}年" for y in late)  # text: a step's values are scalars
        return ok, [self.fact] if ok is None else [], Step(
            "programme", self.cite, "连续支持年限", {"years": self.years, "year": year, "after_validity": after}, ok,
            self.quote, fmt=ctx.fmt)

    def array(self, ctx: ArrayCtx) -> BoolV:
        r = ctx.rat(self.fact)  # an integer fact: the denominator is 1
        return BoolV.of((r.num >= 1) & (r.num <= self.years), r.known)


class Exclusion(Gate):
    """不重复: no record of support elsewhere matches the exclusion's filter."""

    reason = Reason.EXCLUDED

    def __init__(self, e: m.Exclusion) -> None:
        self.e = e

    @staticmethod
    def read(r: Reader, seq: LList, index: int) -> m.Exclusion:
        """``exclusions[index]`` of policy.yaml: which support elsewhere excludes an application, and why."""
        r.where, r.outer = f"exclusions 第 {index + 1} 项", ("", ())
        e = r.mapping(seq[index], "exclusions 项", ("id", "support", "reason", "cite", "quote", "exempt"),
                      ("support", "reason", "cite", "quote"), line=r.at(seq, index))
        ident = r.text(e, "id", f"exclusion-{index + 1}")
        out = m.Exclusion(ident, read_support_filter(r, e, "support"), r.text(e, "reason"), r.text(e, "cite"),
                          r.quote(e), r.clause_ids(e, "exempt"))
        r.where = ""
        return out

    def scalar(self, ctx: ScalarCtx) -> GateResult:
        hit = ctx.rec.excluded[self.e.id]
        ok = None if hit is None else not hit
        return ok, ["other_support"] if hit is None else [], Step(
            "exclusion", self.e.cite, "不重复资助", {"hit": hit, "reason": self.e.reason}, ok, self.e.quote,
            fmt=ctx.fmt)

    def array(self, ctx: ArrayCtx) -> BoolV:
        return ctx.record(f"rec_excluded__{self.e.id}", negate=True)


# ---- the decision ------------------------------------------------------------------------------------


def decide(kind: str, gates: list[tuple[Gate, GateResult]], amount_fen: int | None, ceiling: int | None,
           history_unknown: bool) -> tuple[Reason, list[str], list[Step]]:
    """One case: the reason (the first of PRECEDENCE that applies), the facts still needed, and the steps
    of the gates that said no (in PRECEDENCE order)."""
    missing: list[str] = []
    falses: list[tuple[int, Reason, Step]] = []
    for g, (v, miss, step) in gates:
        if v is None:
            missing += [x for x in miss if x not in missing]
        elif v is False:
            falses.append((_PLACE[g.reason], g.reason, step))
    falses.sort(key=lambda x: x[0])
    applicable = [r for _, r, _ in falses] + [Reason.ELIGIBLE]
    if ceiling == 0:  # a manual amount's caps bound it too (caps13): none left, nothing more
        applicable.append(Reason.CAP_EXHAUSTED)
        if amount_fen == 0:
            applicable.append(Reason.ZERO_AMOUNT)
    if missing or (kind == "monetary" and amount_fen is None) or history_unknown:
        applicable.append(Reason.UNKNOWN)
    return first_reason(applicable), missing, [s for _, _, s in falses]


# Many cases: reasons are worked with as their places in PRECEDENCE (so "the first that applies" is a
# minimum), then turned into their codes and outcomes by lookup: nothing depends on the values of Reason.
_PLACE = {r: i for i, r in enumerate(PRECEDENCE)}
_NONE = _PLACE[Reason.ELIGIBLE]  # ELIGIBLE always applies: the place where nothing else does


@functools.cache
def _code_table() -> bytes:
    """Place in PRECEDENCE → reason code, as a byte translation table (``bytes.translate``: one pass, no
    index arrays)."""
    table = bytearray(256)
    for i, r in enumerate(PRECEDENCE):
        table[i] = int(r)
    return bytes(table)


# Place in PRECEDENCE → outcome: the places whose outcome is not "no", with their value (1 / -1)
_OUTCOMES = tuple((place, {True: 1, None: -1}[OUTCOME[r]]) for place, r in enumerate(PRECEDENCE)
                  if OUTCOME[r] is not False)


def reason_codes(places: npt.NDArray[np.int8]) -> None:
    """Turn a block of places in PRECEDENCE (what :func:`decide_columns` writes) into reason codes, in place."""
    if places.size:
        places[...] = np.frombuffer(places.tobytes().translate(_code_table()), dtype=np.int8).reshape(places.shape)


def _mark(mask: Mask, why: Reason) -> npt.NDArray[np.int8]:
    """The place of ``why`` where ``mask`` holds, else that of ELIGIBLE (branch-free: a multiply is much
    faster than np.where on an unpredictable mask)."""
    return np.int8(_NONE) - mask.view(np.int8) * np.int8(_NONE - _PLACE[why])


class GateColumns:
    """Gates over many cases combined: any unknown (``None``: none), and the place of the first reason of the
    false ones."""

    def __init__(self, g: BoolV, why: Reason) -> None:
        self.u: Mask | None = None if g.known else ~(g.t | g.f)
        self.first = _mark(g.f, why)

    def copy(self) -> GateColumns:
        out = GateColumns.__new__(GateColumns)
        out.u, out.first = self.u, self.first
        return out

    def add(self, g: BoolV, why: Reason) -> None:
        self.first = np.minimum(self.first, _mark(g.f, why))
        if not g.known:
            self.u = union(self.u, ~(g.t | g.f))

    def then(self, later: GateColumns) -> None:
        self.first = np.minimum(self.first, later.first)
        self.u = union(self.u, later.u)


def union(a: Mask | None, b: Mask | None) -> Mask | None:
    """Either mask (``None``: nowhere)."""
    return b if a is None else a if b is None else a | b


def decide_columns(gates: GateColumns, place: npt.NDArray[np.int8], eligible: npt.NDArray[np.int8], *,
                   cap_exhausted: Mask | None = None, amount_zero: Mask | None = None,
                   unknown: Mask | None = None) -> None:
    """Many cases, the same rule as :func:`decide`: fill ``place`` (the reason's place in PRECEDENCE: turn a
    block of them into codes with :func:`reason_codes`) and ``eligible`` (1 / 0 / -1, from OUTCOME)."""
    unknown = gates.u if unknown is None else unknown
    if unknown is None:
        np.copyto(place, gates.first)
    else:
        np.minimum(gates.first, _mark(unknown, Reason.UNKNOWN), out=place)
    if cap_exhausted is not None:
        np.minimum(place, _mark(cap_exhausted, Reason.CAP_EXHAUSTED), out=place)
    if amount_zero is not None:
        np.minimum(place, _mark(amount_zero, Reason.ZERO_AMOUNT), out=place)
    eligible.fill(0)
    for at, value in _OUTCOMES:
        hit = (place == at).view(np.int8)
        if value == 1:
            eligible += hit
        else:
            eligible -= hit
