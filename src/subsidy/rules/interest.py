"""The interest-subsidy idiom (docs/policy-format.md, "Interest subsidies"), defined once like the other
amount idioms (:mod:`subsidy.rules.amounts` registers it in ``READERS``): 贷款贴息, balance × annual
rate × time ("按贷款市场报价利率的50%给予贴息，贴息比例不超过1.5个百分点")::

    interest: {principal: loan_balance, rate: {min: [{product: [50%, lpr]}, 1.5%]}, from: loan_start, to: loan_end}

The time is the actual days from ``from`` to ``to`` (the first day not counted, as ``days``), or ``days: n``,
over a year of ``basis`` days (365 unless the policy says 360: 实际天数/365 is the reading when the text
names none), or ``months: n`` over 12. One rounding: ``principal × (rate × time)`` half-up to 分
(:func:`subsidy.money.apply_rate`), on both paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from subsidy.money import apply_rate, apply_rate_array
from subsidy.rules import amounts as a
from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, MoneyV, RatV, and_known, mul, scalar_of
from subsidy.rules.conditions import ScalarFacts
from subsidy.rules.periods import Elapsed
from subsidy.rules.reading import Reader, shown
from subsidy.rules.trace import Fmt, Term
from subsidy.rules.yamlsource import LDict

__all__ = ["BASES", "Interest"]

BASES = (365, 360)  # the day counts of a year a policy may state (实际天数/365, /360)
_KEYS = ("principal", "rate", "from", "to", "days", "months", "basis")


@dataclass(frozen=True, eq=False, repr=False)
class Interest(m.Record, a.AmountNode):
    """贴息: ``principal × rate × time``, the rate annual; ``time`` a count of days over ``basis`` (from two
    dates, or ``days``) or of months over 12 (``months``), rounded once, half-up to 分."""

    principal: a.AmountNode
    rate: a.AmountNode
    time: a.AmountNode  # days (an ``Elapsed`` of ``from``/``to``, or ``days``) or months
    unit: Literal["days", "months"]
    basis: int  # days in a year (365 / 360), or 12 months

    vtype = "money"
    keys = ("interest",)

    @classmethod
    def read(cls, r: Reader, node: LDict, key: str, want: m.VType | None) -> a.AmountNode:
        b = r.mapping(node[key], "interest", _KEYS, ("principal", "rate"), line=r.at(node, key))
        ways = [k for k in (("from", "to"), ("days",), ("months",)) if any(x in b for x in k)]
        hint = "写 from 与 to（两个日期，按实际天数），或 days: 天数，或 months: 月数"
        if len(ways) != 1 or ("from" in b) != ("to" in b):
            r.fail(node, "interest 的贴息期限应当只写一种：from 与 to、days 或 months", hint, key=key)
        unit: Literal["days", "months"] = "months" if "months" in b else "days"
        if "from" in b:
            ends = [a.read_amount(r, b, k, None) for k in ("from", "to")]
            for k, e in zip(("from", "to"), ends, strict=True):
                if a.vtype_of(e) != "date":
                    r.fail(b, f"interest 的 {k} 不是日期：{shown(b[k])}",
                           "写日期事实名、2025-01-01、effective_from 或 assessment_date", key=k)
            time: a.AmountNode = Elapsed("days", ends[0], ends[1])
        else:
            time = a.read_amount(r, b, unit, "number")
        basis = 12
        if "basis" in b:
            if unit == "months" or b["basis"] not in BASES:
                r.fail(b, f"basis（一年的计息天数）只能是 {' 或 '.join(map(str, BASES))}，且只用于按天计息",
                       "删去 basis（按 365 天计），或写 basis: 360", key="basis")
            basis = int(b["basis"])
        elif unit == "days":
            basis = BASES[0]
        return Interest(a.read_amount(r, b, "principal", "money"), a.read_amount(r, b, "rate", "number"),
                        time, unit, basis)

    def share(self, rate: Fraction, time: Fraction) -> Fraction:
        """The principal's share paid: annual rate × time in years."""
        return rate * time / self.basis

    def scalar(self, ctx: ScalarFacts) -> Term:
        parts = (self.principal.scalar(ctx), self.rate.scalar(ctx), self.time.scalar(ctx))
        missing = a.missing_of(parts)
        if missing is not None:
            return Term(self, None, missing, parts)
        return Term(self, apply_rate(parts[0].value, self.share(Fraction(parts[1].value), Fraction(parts[2].value))),
                    [], parts)

    def array(self, ctx: ArrayCtx) -> MoneyV:
        base: MoneyV = self.principal.array(ctx)
        rate: RatV = self.rate.array(ctx)
        time: RatV = self.time.array(ctx)
        num = mul(scalar_of(rate.num), scalar_of(time.num))
        den = mul(mul(scalar_of(rate.den), scalar_of(time.den)), self.basis)
        return MoneyV(apply_rate_array(base.fen, num, den), and_known(base.known, rate.known, time.known))

    def render(self, t: Term, fmt: Fmt) -> str:
        principal, rate, time = (p.text(fmt) for p in t.parts)
        text = f"贴息：{principal} × 年利率 {rate} × {time} ÷ {self.basis}"
        return text if t.value is None else f"{text} = {fmt.money(t.value)}"

    def describe(self, p: m.Policy) -> str:
        year = f"按实际天数，一年{self.basis}天" if self.unit == "days" else "按月，一年12个月"
        return (f"贴息：{self.principal.describe(p)} × 年利率（{self.rate.describe(p)}）× "
                f"{self.time.describe(p)} ÷ {self.basis}（{year}）")

    def parts(self) -> tuple[a.AmountNode, ...]:
        return (self.principal, self.rate, self.time)


a.register(Interest)
