"""The schedule idioms (``schedule``): how a clause's ceiling is paid — lump sum, tranches by shares (all
but the last rounded down, the last takes the remainder: :func:`subsidy.money.split_by_shares`), annual
within a programme, periodic, tranches triggered by named events (stages: 主体封闭, 竣工验收 …, each optionally
tied to a date or yes/no fact saying whether it has happened), and a schedule chosen by a condition on the case's
facts (``choice``: ``then`` where it holds, ``else`` where it does not; unknown: ``else`` with a note naming the
other). A policy may state one default schedule (policy.yaml ``schedule``, with its cite and quote) for the
clauses that state none. Each is one class (registered by its ``type`` in :data:`KINDS`): how it is
read and checked from the YAML (``read``), its payments (``pay``), the facts it reads (``reads``: the payment
facts the application form and the templates ask under 支付安排, :func:`schedule_facts`), those a case still
lacks that would change them (``open_facts``: what the calculator asks under 支付安排) and its wording
(``describe``). One case
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

__all__ = ["AFTER_VALIDITY", "KINDS", "anniversary", "assessed_schedule", "chosen", "describe_schedule", "payment_plan",
           "read_default", "read_node", "read_schedule", "schedule", "schedule_facts", "schedule_needs",
           "years_after_validity"]

Dating = Callable[[int, str], tuple[str, int | None]]  # (offset in years, text) → (when, due year)
Seen = Callable[[str], bool | None]  # a stage's fact → whether its event has happened (None: not known)


def _unseen(fact: str) -> bool | None:
    return None


class ScheduleKind:
    type: ClassVar[str]
    label: ClassVar[str]
    keys: ClassVar[tuple[str, ...]] = ()  # the keys beside ``type`` (and ``note``) it takes

    @classmethod
    def read(cls, r: Reader, s: LDict) -> m.Schedule:
        return m.Schedule(cast(Any, cls.type), (), cast(int, r.count(s, "years", 1)), r.text(s, "period", ""),
                          r.text(s, "note", ""))

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object,
            seen: Seen = _unseen) -> list[Tranche]:
        when, due = dated(0, "一次性")
        return [Tranche(1, amount_fen, when, "", due)]

    @staticmethod
    def reads(s: m.Schedule) -> list[str]:
        """The facts it reads, in order of first use (none: it pays the same whatever the case)."""
        return []

    @classmethod
    def open_facts(cls, s: m.Schedule, facts: dict[str, Any], as_of: dt.date | None) -> list[str]:
        """The facts it reads not yet known: they would change its payments for this case."""
        return [x for x in cls.reads(s) if facts.get(x) is None]

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
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object,
            seen: Seen = _unseen) -> list[Tranche]:
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
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object,
            seen: Seen = _unseen) -> list[Tranche]:
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
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object,
            seen: Seen = _unseen) -> list[Tranche]:
        when, due = dated(0, f"按{s.period or '期'}结算")
        return [Tranche(1, amount_fen, when, "", due)]

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return f"按{s.period or '期'}核定、拨付"


class Stages(ScheduleKind):
    """Tranches triggered by named events (阶段: 主体封闭, 竣工验收, 正常运营满6个月), each with its share (at
    least two, adding up to 100%; split exactly by :func:`subsidy.money.split_by_shares`, like ``tranches``) and,
    optionally, the date or yes/no ``fact`` saying whether the event has happened (a date: on or before the
    assessment date). An award's stage tranche is payable from the award year once its event is recorded."""

    type, label = "stages", "分阶段"
    keys = ("stages",)

    @classmethod
    def read(cls, r: Reader, s: LDict) -> m.Schedule:
        raw = s.get("stages")
        if not isinstance(raw, LList) or len(raw) < 2:
            r.fail(s, "分阶段支付需要至少两个阶段的 stages 列表",
                   "例如 stages: [{event: 主体封闭, share: 30%}, {event: 竣工验收, share: 70%}]", key="stages")
        stages: list[m.Stage] = []
        for i in range(len(raw)):
            d = r.mapping(raw[i], "阶段", ("event", "share", "fact"), ("event", "share"), line=r.at(raw, i))
            event = r.text(d, "event")
            if any(x.event == event for x in stages):
                r.fail(d, f"阶段「{event}」重复", "每个阶段写一次", key="event")
            share = cast(Fraction, r.scalar(d["share"], "rate", r.at(d, "share")))
            if share <= 0:
                r.fail(d, "阶段比例应当大于 0", "删去这个阶段，或写出它的比例", key="share")
            fact = ""
            if d.get("fact") is not None:
                f = r.fact(d["fact"], r.at(d, "fact"))
                if f.type not in ("date", "bool"):
                    r.fail(d, f"事实「{f.name}」应当是日期或是/否值（阶段是否已实现）", "换成日期或是/否事实", key="fact")
                fact = f.name
            stages.append(m.Stage(event, share, fact))
        shares = tuple(x.share for x in stages)
        if sum(shares, Fraction(0)) != 1:
            r.fail(s, "各阶段比例之和应当等于 100%", "调整各阶段比例，使之和为 100%", key="stages")
        return m.Schedule("stages", shares, 1, "", r.text(s, "note", ""), stages=tuple(stages))

    @staticmethod
    def pay(s: m.Schedule, amount_fen: int, dated: Dating, first_year: int | None, year_no: object,
            seen: Seen = _unseen) -> list[Tranche]:
        out = []
        for i, (fen, st) in enumerate(zip(split_by_shares(amount_fen, list(s.shares)), s.stages, strict=True)):
            happened = seen(st.fact) if st.fact else None
            state = {True: "已实现", False: "尚未实现", None: ""}[happened]
            when = f"阶段：{st.event} {format_rate(st.share)}"
            if first_year is not None:
                when += f"（{state + '，' if state else ''}{first_year}年起，阶段实现后拨付）"
            elif state:
                when += f"（{state}）"
            out.append(Tranche(i + 1, fen, when, format_rate(st.share), first_year, stage=st.event, happened=happened))
        return out

    @staticmethod
    def reads(s: m.Schedule) -> list[str]:
        """The stages' facts (a known one says whether its stage has happened)."""
        return list(dict.fromkeys(x.fact for x in s.stages if x.fact))

    @staticmethod
    def describe(s: m.Schedule) -> str:
        return "分阶段拨付：" + "、".join(f"{x.event} {format_rate(x.share)}" for x in s.stages)


class _FactWords:
    """What a condition's wording reads of a policy, while the policy is still being read: its facts."""

    amount_unit = ""

    def __init__(self, facts: dict[str, m.FactDef]) -> None:
        self.facts = facts

    def fact_def(self, name: str) -> m.FactDef:
        return self.facts[name]


_CHOICE_CONDITIONS = (m.FactIs, m.Compare, m.InSet, m.All, m.Any_, m.Not)


def _facts_only(c: m.Condition) -> bool:
    """A schedule's condition reads the case's facts only (no records, no derived amounts): the same on an
    assessment and at approval."""
    if not isinstance(c, _CHOICE_CONDITIONS):
        return False
    if isinstance(c, m.All | m.Any_):
        return all(_facts_only(x) for x in c.items)
    return _facts_only(c.item) if isinstance(c, m.Not) else True


class Choice(ScheduleKind):
    """A schedule chosen by a condition on the case's facts ("在12个月内全面建成并投产，可…一次性兑现全额"):
    ``then`` where ``when`` holds, ``else`` where it does not; while it is not known, ``else`` with a note that
    names ``then`` (the amounts add up to the same ceiling either way)."""

    type, label = "choice", "按条件选择"
    keys = ("when", "then", "else", "label")

    @classmethod
    def read(cls, r: Reader, s: LDict) -> m.Schedule:
        from subsidy.rules.conditions import compile_condition, read_condition

        for key in ("when", "then", "else"):
            if s.get(key) is None:
                r.missing(s, key, f"按条件选择的支付方式缺少 {key}",
                          "写 when（条件）、then（条件成立时的支付方式）和 else（否则的支付方式）")
        when = read_condition(r, s, "when")
        if not _facts_only(when):
            r.fail(s, "支付方式的条件只能读取申报的事实", "用是/否、比较或类别事实（及其 all、any、not）", key="when")
        then = read_node(r, s["then"], r.at(s, "then"))
        otherwise = read_node(r, s["else"], r.at(s, "else"))
        label = r.text(s, "label", "") or compile_condition(when).describe(cast(Any, _FactWords(r.facts)))
        return m.Schedule("choice", note=r.text(s, "note", ""), when=when, then=then, otherwise=otherwise, label=label)

    @staticmethod
    def reads(s: m.Schedule) -> list[str]:
        """The condition's facts, then those of ``then`` and ``else``."""
        from subsidy.rules.conditions import compile_condition

        assert s.when is not None and s.then is not None and s.otherwise is not None
        return list(dict.fromkeys([*compile_condition(s.when).facts([]), *schedule_facts(s.then),
                                   *schedule_facts(s.otherwise)]))

    @classmethod
    def open_facts(cls, s: m.Schedule, facts: dict[str, Any], as_of: dt.date | None) -> list[str]:
        """Decided: the chosen schedule's. Not yet: the condition's unknown facts, then those of the ``else``
        shown meanwhile (:func:`chosen`)."""
        from subsidy.rules.conditions import ScalarFacts, compile_condition

        assert s.when is not None and s.then is not None and s.otherwise is not None
        t = compile_condition(s.when).scalar(ScalarFacts(facts, as_of or dt.date.min))
        if t.value is not None:
            return schedule_needs(s.then if t.value else s.otherwise, facts, as_of)
        return list(dict.fromkeys([*t.missing, *schedule_needs(s.otherwise, facts, as_of)]))

    @staticmethod
    def describe(s: m.Schedule) -> str:
        assert s.then is not None and s.otherwise is not None
        return f"{s.label}的，{describe_schedule(s.then)}；否则{describe_schedule(s.otherwise)}"


KINDS: dict[str, type[ScheduleKind]] = {k.type: k for k in (LumpSum, Tranches, Annual, Periodic, Stages, Choice)}
"""The schedule idioms by their ``type``."""

_READS_NOTHING = frozenset(k for k, kind in KINDS.items() if kind.reads is ScheduleKind.reads)
"""The types that pay the same whatever the case (no fact read): lump sum, tranches, annual, periodic."""


def read_schedule(r: Reader, c: LDict, default: m.Schedule | None = None) -> m.Schedule:
    """A clause's ``schedule`` (none: the policy's ``default``, else a lump sum); a key only some types take is
    refused under the others."""
    if c.get("schedule") is None:
        return default if default is not None else m.Schedule("lump_sum")
    return read_node(r, c["schedule"], r.at(c, "schedule"))


def read_default(r: Reader, top: LDict) -> m.Schedule | None:
    """policy.yaml's ``schedule``: the policy's default schedule for the clauses that state none (Liuhe 第21条
    "政策奖励按…3个阶段"), with the ``cite`` and ``quote`` stating it."""
    if top.get("schedule") is None:
        return None
    s = read_node(r, top["schedule"], r.at(top, "schedule"), default=True)
    return replace(s, cite=r.text(cast(LDict, top["schedule"]), "cite"), quotes=r.quote_list(cast(LDict, top["schedule"])))


def read_node(r: Reader, raw: object, line: int, default: bool = False) -> m.Schedule:
    """One schedule mapping (a clause's, a choice's branch, or, with ``default``, policy.yaml's with its cite
    and quote)."""
    optional = tuple(dict.fromkeys(k for kind in KINDS.values() for k in kind.keys))
    more = ("cite", "quote") if default else ()
    s = r.mapping(raw, "schedule", ("type", *optional, "note", *more), ("type", *more), line=line)
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
    """How the money is paid (支付安排), in words (a policy's default schedule names its article)."""
    text = KINDS[s.type].describe(s)
    text = f"{text}（{s.note}）" if s.note else text
    return f"{text}（{s.cite}，本政策的支付安排）" if s.cite else text


def schedule_facts(s: m.Schedule) -> list[str]:
    """The facts ``s`` reads (a stage's, a choice's condition and branches), in order of first use: payment
    facts, which change how a clause is paid, never its amount (rules.describe.payment_facts)."""
    return KINDS[s.type].reads(s)


def schedule_needs(s: m.Schedule, facts: dict[str, Any], as_of: dt.date | None) -> list[str]:
    """The facts a case still lacks that would change how ``s`` pays it (lump sum or stages, whether a stage
    has happened), in order; never its amount, so a clause is not pending for them (the calculator asks them
    last, under 支付安排)."""
    if s.type in _READS_NOTHING:  # every clause of most policies: nothing to look up
        return []
    return KINDS[s.type].open_facts(s, facts, as_of)


def chosen(s: m.Schedule, facts: dict[str, Any], as_of: dt.date | None) -> tuple[m.Schedule, str]:
    """The schedule a case is paid by: a ``choice`` resolved on the case's facts (three-valued). While its
    condition is not known, its ``else`` with a note naming the other possibility (never a guess)."""
    if s.type != "choice":
        return s, ""
    from subsidy.rules.conditions import ScalarFacts, compile_condition

    notes: list[str] = []
    while s.type == "choice":
        assert s.when is not None and s.then is not None and s.otherwise is not None
        value = compile_condition(s.when).scalar(ScalarFacts(facts, as_of or dt.date.min)).value
        if value is None:
            notes.append(f"尚不确定是否{s.label}：若是，{describe_schedule(s.then)}；若否，"
                         f"{describe_schedule(s.otherwise)}（支付安排按“否”列出，金额合计相同）")
        s = s.then if value is True else s.otherwise
    return s, "；".join(notes)


def _seen(facts: dict[str, Any], as_of: dt.date | None) -> Seen:
    """Whether a stage's event has happened, by its fact: a yes/no as it is; a date, on or before ``as_of``."""
    def seen(fact: str) -> bool | None:
        value = facts.get(fact)
        if isinstance(value, bool):
            return value
        if isinstance(value, dt.date) and as_of is not None:
            return value <= as_of
        return None
    return seen


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
             validity_end: dt.date | None = None, as_of: dt.date | None = None) -> list[Tranche]:
    """An assessment's payments: no year yet (``第1年``, ``一次性``); with the case's ``year`` and the
    policy's ``validity_end``, a tranche falling after the validity is marked (:func:`payment_plan`)."""
    return assessed_schedule(clause, ceiling, facts, year, validity_end, as_of)[0]


def assessed_schedule(clause: m.Clause, ceiling: int, facts: dict[str, Any], year: int | None = None,
                      validity_end: dt.date | None = None,
                      as_of: dt.date | None = None) -> tuple[list[Tranche], str]:
    """:func:`schedule`, and the note of a schedule chosen by a fact not yet known (:func:`chosen`)."""
    year_no = facts.get(clause.programme.year_fact) if clause.programme else None
    s, note = chosen(clause.schedule, facts, as_of)
    return _payments(s, ceiling, None, year_no, validity_end, year, facts, as_of), note


def payment_plan(clause: m.Clause, amount_fen: int, first_year: int | None = None,
                 year_no: object = None, validity_end: dt.date | None = None,
                 base_year: int | None = None, facts: dict[str, Any] | None = None,
                 as_of: dt.date | None = None) -> list[Tranche]:
    """How ``amount_fen`` is paid under the clause's schedule: for an assessment (no ``first_year``:
    ``第1年``, ``一次性``) and for an award (``first_year``: each tranche's ``due_year`` and
    ``2027年（第2年）``). With the case's ``facts`` (and ``as_of``, for a stage's date), a ``choice`` is resolved
    and each stage says whether its event has happened. Tranches add up to the amount exactly (split_by_shares). Tranche N is paid in
    the N-th year from ``first_year`` (or, for an assessment, ``base_year``); one paid in a year after
    ``validity_end``'s is marked ``after_validity`` and its ``when`` says so: the award was made within
    the validity and stays owed (解读约定第18条)."""
    s, _ = chosen(clause.schedule, facts or {}, as_of)  # a choice: by the case's facts (unknown: its else)
    return _payments(s, amount_fen, first_year, year_no, validity_end, base_year, facts or {}, as_of)


def _payments(s: m.Schedule, amount_fen: int, first_year: int | None, year_no: object, validity_end: dt.date | None,
              base_year: int | None, facts: dict[str, Any], as_of: dt.date | None) -> list[Tranche]:
    """:func:`payment_plan` by the schedule ``s`` the case is paid by (a choice already resolved)."""
    def dated(offset: int, text: str) -> tuple[str, int | None]:
        if first_year is None:
            return text, None
        return f"{first_year + offset}年（{text}）", first_year + offset

    out = KINDS[s.type].pay(s, amount_fen, dated, first_year, year_no, _seen(facts, as_of))
    start = first_year if first_year is not None else base_year
    if validity_end is None or start is None:
        return out
    late = [replace(t, when=f"{t.when}（{AFTER_VALIDITY}）", after_validity=True)
            if not t.stage and start + t.number - 1 > validity_end.year else t for t in out]  # a stage: no year
    return late
