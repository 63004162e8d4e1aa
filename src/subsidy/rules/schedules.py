"""The schedule idioms (``schedule``): how a clause's ceiling is paid — lump sum, tranches by shares (all
but the last rounded down, the last takes the remainder: :func:`subsidy.money.split_by_shares`), annual
within a programme, periodic. Each is one class (registered by its ``type`` in :data:`KINDS`): how it is
read and checked from the YAML (``read``), its payments (``pay``) and its wording (``describe``). One case
only: the table path reports ceilings and grants, not payments. :func:`payment_plan` is the one place
tranches are made, for an assessment and for an award."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from typing import Any, ClassVar, cast

from subsidy.money import format_rate, split_by_shares
from subsidy.rules import model as m
from subsidy.rules.reading import Reader
from subsidy.rules.results import Tranche
from subsidy.rules.yamlsource import LDict, LList

__all__ = ["AFTER_VALIDITY", "KINDS", "anniversary", "describe_schedule", "payment_plan", "read_schedule", "schedule",
           "years_after_validity"]

Dating = Callable[[int, str], tuple[str, int | None]]  # (offset in years, text) → (when, due year)


class ScheduleKind:
    type: ClassVar[str]
    label: ClassVar[str]
    keys: ClassVar[tuple[str, ...]] = ()  # the keys beside ``type`` (and ``note``) it takes

    @classmethod
    def read(cls, r: Reader, s: LDict) -> m.Schedule:
        return m.Schedule(cast(Any, cls.type), (), cast(int, r.count(s, "years", 1)), r.text(s, "period", ""),
                          r.text(s, "note", ""))

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object) -> list[Tranche]:
        when, due = dated(0, "一次性")
        return [Tranche(1, amount_fen, when, "", due)]

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return "一次性拨付"


class LumpSum(ScheduleKind):
    type, label = "lump_sum", "一次性"


class Tranches(ScheduleKind):
    """Tranches by shares (at least two, adding up to 100%), one a year."""

    type, label = "tranches", "分期"
    keys = ("shares", "years")

    @classmethod
    def read(cls, r: Reader, s: LDict) -> m.Schedule:
        raw = s.get("shares")
        if not isinstance(raw, LList) or len(raw) < 2:
            r.fail(s, "分期支付需要至少两期的 shares 列表", "例如 shares: [50%, 30%, 20%]", key="shares")
        shares = tuple(cast(Fraction, r.scalar(raw[i], "rate", r.at(raw, i))) for i in range(len(raw)))
        if sum(shares, Fraction(0)) != 1:
            r.fail(s, "各期比例之和应当等于 100%", "调整各期比例，使之和为 100%", key="shares")
        years = cast(int, r.count(s, "years", len(shares)))
        if years != len(shares):
            r.fail(s, f"years（{years}）与 shares 的期数（{len(shares)}）不一致", "删去 years，或使两者一致", key="years")
        return m.Schedule("tranches", shares, years, r.text(s, "period", ""), r.text(s, "note", ""))

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object) -> list[Tranche]:
        out = []
        for i, (fen, sh) in enumerate(zip(split_by_shares(amount_fen, list(s.shares)), s.shares, strict=True)):
            when, due = dated(i, f"第{i + 1}年")
            out.append(Tranche(i + 1, fen, when, format_rate(sh), due))
        return out

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return "分期拨付：" + "、".join(f"第{i}期 {format_rate(x)}" for i, x in enumerate(s.shares, start=1))


class Annual(ScheduleKind):
    """Decided and paid each year of a programme (连续N年)."""

    type, label = "annual", "逐年"
    keys = ("years",)

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object) -> list[Tranche]:
        which = "" if first_year is not None else (f"第{year_no}年" if year_no else "本年度")
        when, due = dated(0, f"{which}（连续{s.years}年，每年核定）" if which else f"连续{s.years}年，每年核定")
        return [Tranche(1, amount_fen, when, "", due)]

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return f"连续{s.years}年，每年核定、拨付"


class Periodic(ScheduleKind):
    """Settled each period (``period``: 月、季、年 …)."""

    type, label = "periodic", "按期"
    keys = ("period",)

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object) -> list[Tranche]:
        when, due = dated(0, f"按{s.period or '期'}结算")
        return [Tranche(1, amount_fen, when, "", due)]

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return f"按{s.period or '期'}核定、拨付"


KINDS: dict[str, type[ScheduleKind]] = {k.type: k for k in (LumpSum, Tranches, Annual, Periodic)}
"""The schedule idioms by their ``type``."""


def read_schedule(r: Reader, c: LDict) -> m.Schedule:
    """A clause's ``schedule`` (none: a lump sum); a key only some types take is refused under the others."""
    if c.get("schedule") is None:
        return m.Schedule("lump_sum")
    optional = tuple(dict.fromkeys(k for kind in KINDS.values() for k in kind.keys))
    s = r.mapping(c["schedule"], "schedule", ("type", *optional, "note"), ("type",), line=r.at(c, "schedule"))
    stype = r.name(s, "type", {k: kind.label for k, kind in KINDS.items()})
    owners = {key: sorted(k for k, kind in KINDS.items() if key in kind.keys) for key in optional}
    for key in sorted(optional, key=lambda k: len(owners[k]) > 1):  # a key of one type first
        if key in s and stype not in owners[key]:
            if len(owners[key]) == 1:
                only = owners[key][0]
                r.fail(s, f"{key} 只用于 type: {only}，这里是 {stype}", f"删去 {key}，或把 type 改为 {only}", key=key)
            r.fail(s, f"{key} 只用于 {' 或 '.join(owners[key])}，这里是 {stype}", f"删去 {key}", key=key)
    return KINDS[stype].read(r, s)


def describe_schedule(s: m.Schedule) -> str:
    """How the money is paid (支付安排), in words."""
    text = KINDS[s.type].describe(s)
    return f"{text}（{s.note}）" if s.note else text


def anniversary(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` years on (29 February → 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def years_after_validity(as_of: dt.date, later: int, validity_end: dt.date | None) -> list[int]:
    """Of a programme's ``later`` years after the one decided on ``as_of``, the calendar years whose
    decision date (``as_of``'s anniversary) falls after the policy's validity: not decided then
    (解读约定第18条; the table path counts the others: ``simulate.programme_years_ahead``)."""
    if validity_end is None:
        return []
    return [d.year for d in (anniversary(as_of, i) for i in range(1, later + 1)) if d > validity_end]


AFTER_VALIDITY = "有效期满后拨付，仍须支付"
"""How a tranche paid after the policy's validity is marked (解读约定第18条: still owed)."""


def schedule(clause: m.Clause, ceiling: int, facts: dict[str, Any], year: int | None = None,
             validity_end: dt.date | None = None) -> list[Tranche]:
    """An assessment's payments: no year yet (``第1年``, ``一次性``); with the case's ``year`` and the
    policy's ``validity_end``, a tranche falling after the validity is marked (:func:`payment_plan`)."""
    year_no = facts.get(clause.programme.year_fact) if clause.programme else None
    return payment_plan(clause, ceiling, year_no=year_no, validity_end=validity_end, base_year=year)


def payment_plan(clause: m.Clause, amount_fen: int, first_year: int | None = None,
                 year_no: object = None, validity_end: dt.date | None = None,
                 base_year: int | None = None) -> list[Tranche]:
    """How ``amount_fen`` is paid under the clause's schedule: for an assessment (no ``first_year``:
    ``第1年``, ``一次性``) and for an award (``first_year``: each tranche's ``due_year`` and
    ``2027年（第2年）``). Tranches add up to the amount exactly (split_by_shares). Tranche N is paid in
    the N-th year from ``first_year`` (or, for an assessment, ``base_year``); one paid in a year after
    ``validity_end``'s is marked ``after_validity`` and its ``when`` says so: the award was made within
    the validity and stays owed (解读约定第18条)."""
    def dated(offset: int, text: str) -> tuple[str, int | None]:
        if first_year is None:
            return text, None
        return f"{first_year + offset}年（{text}）", first_year + offset

    out = KINDS[clause.schedule.type].pay(clause.schedule, amount_fen, dated, first_year, year_no)
    start = first_year if first_year is not None else base_year
    if validity_end is None or start is None:
        return out
    late = [replace(t, when=f"{t.when}（{AFTER_VALIDITY}）", after_validity=True)
            if start + t.number - 1 > validity_end.year else t for t in out]
    return late
