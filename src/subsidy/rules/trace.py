"""The trace as data, and the one renderer that turns it into Chinese.

While computing, the one-case path records what it did: a :class:`Step` per rule applied (its kind, the
values actually used, its result, cite and quote) and, for a condition or an amount, the :class:`Term`
tree of the evaluated idiom nodes. Nothing is worded while computing: ``Step.text`` and
``Step.result`` are rendered from the record when they are read, by :func:`render` here (each idiom node
words its own term: ``node.render(term, fmt)``, next to how it computes it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from fractions import Fraction
from itertools import chain
from typing import Any

from subsidy.money import fen_yuan, format_fen, format_rate
from subsidy.rules import model as m

__all__ = ["Fmt", "Step", "Term", "because_lines", "condition_lines", "dated_text", "render", "tv", "union", "why_not"]


class Fmt:
    """How values are shown for one policy: money in its display unit, facts by their declared type."""

    def __init__(self, policy: m.Policy) -> None:
        self.policy = policy
        self.unit = policy.amount_unit

    def money(self, fen: int) -> str:
        return format_fen(fen, self.unit)

    def show(self, f: m.FactDef, v: Any) -> str:
        """A fact's value as the case gave it; money in the policy's unit like every other figure of the
        trace (a fact asked in 元 is not shown as 86400元 beside 4.32万元 in one line)."""
        if f.type == "money":
            return format_fen(v, self.unit)
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, Fraction):
            return str(v.numerator) if v.denominator == 1 else format(float(v), "g")
        return f"{v}{f.unit or ''}" if f.type == "integer" else str(v)

    def lit(self, v: Any, vtype: m.VType) -> str:
        """A value of the given type (a literal of the policy, or a computed one)."""
        if vtype == "money":
            return self.money(v)
        if vtype == "rate":
            return format_rate(v)
        if isinstance(v, Fraction):
            return str(v.numerator) if v.denominator == 1 else str(v)
        return str(v)


def dated_text(d: m.Dated, vtype: m.VType, unit: str) -> str:
    """A policy's (possibly dated) literal in words: ``2028-01-01起 60万元`` for each change."""
    parts = []
    for start, v in d.points:
        if vtype == "money":
            text = format_fen(int(v), unit)
        elif vtype == "rate":
            text = format_rate(v)  # type: ignore[arg-type]
        else:
            text = str(v)
        parts.append(text if start is None else f"{start.isoformat()}起 {text}")
    return "；".join(parts)


class Term:
    """One evaluated idiom node: its value (``None``: unknown), the facts it still needs, its sub-terms,
    what else it used (``data``, read by the node's ``render``) and, for a condition, the leaf terms that
    decide it (``because``)."""

    __slots__ = ("because", "data", "missing", "node", "parts", "value")

    def __init__(self, node: Any, value: Any, missing: list[str], parts: tuple[Term, ...] = (), data: Any = None,
                 because: list[Term] | None = None) -> None:
        self.node = node
        self.value = value
        self.missing = missing
        self.parts = parts
        self.data = data
        self.because = because

    def text(self, fmt: Fmt) -> str:
        return str(self.node.render(self, fmt))

    def facts(self, out: dict[str, Any]) -> dict[str, Any]:
        """The facts this term read, with the values used (``None``: unknown), in order of use."""
        own = getattr(self.node, "term_facts", None)
        if own is not None:  # a node that reads facts its parts do not show (a list fact's items)
            own(self, out)
            return out
        name = getattr(self.node, "fact", None)
        if name is not None:
            out.setdefault(name, self.data[0] if isinstance(self.data, tuple) else self.data)
        for name in getattr(self.node, "by", ()):
            out.setdefault(name, self.node.key_value(self, name))
        for p in self.parts:
            p.facts(out)
        return out


def condition_lines(t: Term, fmt: Fmt) -> list[str]:
    """One line per leaf of an evaluated condition, in order."""
    if (not t.parts and t.because is None) or getattr(t.node, "leaf", False):
        return [t.text(fmt)]
    out: list[str] = []
    for p in t.parts:
        out += condition_lines(p, fmt)
    return out


def because_lines(t: Term, fmt: Fmt) -> list[str]:
    """The lines of the leaves that decide a condition (a failed branch of a met either/or is not one)."""
    leaves = t.because if t.because is not None else ([t] if t.value is not None else [])  # a leaf decides itself
    return [x.text(fmt) for x in leaves]


def union(groups: Iterable[list[str]]) -> list[str]:
    """The names of ``groups`` in order of first appearance, each once."""
    return list(dict.fromkeys(chain.from_iterable(groups)))


def tv(v: bool | None) -> str:
    return "未知" if v is None else ("符合" if v else "不符合")


def _json(v: Any, money: bool) -> Any:
    if v is None:
        return None
    if not money and v.__class__ in _PLAIN:
        return v
    if money:
        return fen_yuan(v)  # Money(v).yuan_str() without making the Money
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        return str(v)
    if isinstance(v, tuple | list):
        return [_json(x, False) for x in v]
    return v


# Which recorded values are money (int 分), by kind of step: the input keys, and whether the outcome is.
# (For a condition or an amount, the inputs are facts: money where the fact is.)
_MONEY: dict[str, tuple[frozenset[str], bool]] = {
    "amount": (frozenset(), True), "floor": (frozenset(), True), "amount_cap": (frozenset({"上限", "used", "room", "before"}), True),
    "highest": (frozenset({"best", "prior", "bound"}), True), "set_aside": (frozenset({"best", "own"}), True),
    "shared_cap": (frozenset(), True), "difference": (frozenset({"before", "got"}), True),
    "difference_cut": (frozenset({"cut"}), True), "deduct": (frozenset({"before", "got"}), True),
    "benefit": (frozenset(), True), "in_kind": (frozenset({"cash"}), True),
}
_NO_MONEY: tuple[frozenset[str], bool] = (frozenset(), False)


class Step:
    """One step of the explanation, as data: which rule (``kind``, shown as ``rule``), its cite and quote,
    the values it used (``inputs``: money as int 分, ``None`` = unknown; for a condition or an amount, the
    facts its terms read), its result (``outcome``) and, for a condition or an amount, the evaluated terms
    (``detail``). ``text`` and ``result`` are the Chinese rendering (:func:`render`)."""

    __slots__ = ("cite", "detail", "doc", "fmt", "given", "kind", "outcome", "quote", "read", "rule", "shown", "words")

    def __init__(self, kind: str, cite: str, rule: str, given: dict[str, Any] | None, outcome: Any,
                 quote: str | None = None, detail: Term | None = None, fmt: Fmt | None = None) -> None:
        self.kind = kind
        self.cite = cite
        self.rule = rule
        self.given = given
        self.outcome = outcome
        self.quote = quote
        self.detail = detail
        self.fmt = fmt
        self.words: tuple[str, str] | None = None  # the rendering, once read (a record does not change)
        self.read: dict[str, Any] | None = None  # the facts the terms read, once collected
        self.shown: tuple[dict[str, str], dict[str, Any], Any] | None = None  # the JSON forms, once made
        self.doc: dict[str, Any] | None = None  # the contract's step (rules/report.py), once made

    @property
    def inputs(self) -> dict[str, Any]:
        if self.given is not None:
            return self.given
        if self.read is None:
            self.read = self.detail.facts({}) if self.detail is not None else {}
        return self.read

    @property
    def text(self) -> str:
        return render(self)[0]

    @property
    def result(self) -> str:
        return render(self)[1]

    def json_forms(self) -> tuple[dict[str, str], dict[str, Any], Any]:
        """The inputs as people read them (the JSON ``inputs``), in JSON form (``values``: money as 元
        with two decimals, dates ISO, fractions as text) and the outcome in JSON form; made once per
        step (a record does not change; a gate shared by several clauses is one step). Callers copy
        the dicts before changing them."""
        if self.shown is None:
            shown: dict[str, str] = {}
            values: dict[str, Any] = {}
            fmt = self.fmt
            money_keys, money_out = _MONEY.get(self.kind, _NO_MONEY)
            facts = fmt.policy.facts if self.given is None and fmt is not None else None  # the inputs are facts
            for k, v in self.inputs.items():  # _show and _json, the common values inline (a few per step)
                cls = v.__class__
                if v is None:
                    shown[k], values[k] = "未知", None
                elif (k in money_keys) if facts is None else ((f := facts.get(k)) is not None and f.type == "money"):
                    shown[k], values[k] = fmt.money(v) if fmt else format_fen(v), fen_yuan(v)
                elif cls is str:
                    shown[k], values[k] = v, v
                elif cls is bool:
                    shown[k], values[k] = "是" if v else "否", v
                elif cls is int:
                    shown[k], values[k] = str(v), v
                else:
                    shown[k], values[k] = _show(v, fmt, False), _json(v, False)
            self.shown = (shown, values, _json(self.outcome, money_out and isinstance(self.outcome, int)))
        return self.shown

    @property
    def shown_inputs(self) -> dict[str, str]:
        """The inputs as people read them (the JSON ``inputs``)."""
        return dict(self.json_forms()[0])

    def values_json(self) -> dict[str, Any]:
        """The inputs in JSON form: money as 元 with two decimals, dates ISO, fractions as text."""
        return dict(self.json_forms()[1])

    def outcome_json(self) -> Any:
        return self.json_forms()[2]


_PLAIN = frozenset({bool, str})  # JSON as they are (never money)


def _show(v: Any, fmt: Fmt | None, money: bool) -> str:
    if v is None:
        return "未知"
    if money:
        return fmt.money(v) if fmt else format_fen(v)
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        return str(v.numerator) if v.denominator == 1 else str(v)
    if isinstance(v, tuple | list):
        return "、".join(_show(x, fmt, False) for x in v)
    return str(v)


# ---- the renderer: one wording per kind of step ------------------------------------------------------


def _money(fmt: Fmt, v: int | None) -> str:
    return "未知" if v is None else fmt.money(v)


def _span(i: dict[str, Any]) -> str:
    end = i["to"]
    return f"{i['from'].isoformat()} 至 {end.isoformat() if end else '长期'}"


def _validity(s: Step, f: Fmt) -> tuple[str, str]:
    return (f"有效期 {_span(s.inputs)}；评估日期 {s.inputs['as_of']}", "在有效期内" if s.outcome else "不在有效期内")


def _bars(s: Step, f: Fmt) -> tuple[str, str]:
    barred, why = s.inputs["barred"], s.inputs["bars"]
    text = "未知（未提供处罚记录）" if barred is None else f"处于取消申报资格期内：{why}" if barred else "无取消申报资格处罚"
    return text, "否" if barred is False else text


def _condition(s: Step, f: Fmt) -> tuple[str, str]:
    assert s.detail is not None
    return "；".join(condition_lines(s.detail, f)), tv(s.outcome)


def _programme(s: Step, f: Fmt) -> tuple[str, str]:
    year = s.inputs["year"]
    late = s.inputs.get("after_validity")
    after = f"；{late}在政策有效期满后，不再核定（解读约定第18条）" if late else ""
    return f"连续支持 {s.inputs['years']} 年；本次为第 {year if year else '？'} 年{after}", tv(s.outcome)


def _exclusion(s: Step, f: Fmt) -> tuple[str, str]:
    hit = s.inputs["hit"]
    text = s.inputs["reason"] if hit else ("未知（未提供其他支持情况）" if hit is None else "无重复支持")
    return text, tv(s.outcome)


def _manual(s: Step, f: Fmt) -> tuple[str, str]:
    return f"金额另行核定：{s.inputs['note']}", "由审核确定"


def _amount(s: Step, f: Fmt) -> tuple[str, str]:
    assert s.detail is not None
    return s.detail.text(f), _money(f, s.outcome)


def _cap_condition(s: Step, f: Fmt, how: str) -> tuple[str, str] | None:
    """caps13: a conditional cap's sentence with its condition; its result where it does not apply."""
    if "applies" not in s.inputs:
        return None
    assert s.detail is not None
    applies = s.inputs["applies"]
    how = f"{how}（适用条件：{'；'.join(condition_lines(s.detail, f))}）"
    if applies is True:
        return how, ""
    return how, "不适用" if applies is False else "条件未知，暂不计入此上限"


def _grants_cap(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    if i["grants"] is None:
        how, result = f"{i['label']}：最多 {i['max_grants']} 次；已获次数未知", "未知"
    else:
        left = i["max_grants"] - i["grants"]
        how = f"{i['label']}：最多 {i['max_grants']} 次，已获 {i['grants']} 次"
        result = "已用尽" if left <= 0 else f"尚可 {left} 次"
    conditional = _cap_condition(s, f, how)
    if conditional is not None:
        how = conditional[0]
        result = conditional[1] or result
    return how, result


def _amount_cap(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    limit = _money(f, i["上限"])
    if "formula" in i:  # caps13: a limit computed from the case
        if i["上限"] is None:
            return f"{i['label']}上限：{i['formula']}", "上限未知，尚需提供计算上限的事实"
        limit = i["formula"]
    if "used" not in i:
        how = f"{i['label']}上限 {limit}"
    elif i["used"] is None:
        how = f"{i['label']}上限 {limit}；已获金额未知，按最多计"
    else:
        how = f"{i['label']}上限 {limit}，已获 {_money(f, i['used'])}，尚余 {_money(f, i['room'])}"
    conditional = _cap_condition(s, f, how)
    if conditional is not None:
        how = conditional[0]
        if conditional[1]:
            return how, conditional[1]
    ceiling = s.outcome
    if i.get("manual"):
        return how, f"金额由审核确定，最多 {_money(f, ceiling)}"
    if i["before"] is None:
        return how, f"金额未知，最多 {_money(f, ceiling)}"
    limited = ceiling < i["before"]
    return how, f"取 {_money(f, ceiling)}" + ("（受上限限制）" if limited else "（未超上限）")


def _floor(s: Step, f: Fmt) -> tuple[str, str]:
    assert s.detail is not None
    text, value = f"保底（不少于）：{s.detail.text(f)}", s.outcome
    if value is None:
        return text, "未知"
    if s.detail.value > value:
        text += f"，高于本条最高额 {_money(f, value)}，取最高额"
    return text, f"不少于 {_money(f, value)}"


def _highest(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    text = f"符合 {i['candidates']} 项资金支持政策，取最高的{i['winner']}（{_money(f, i['best'])}）"
    scope = "同一年度" if i["scope"] == "entity_year" else "同一项目"
    if i["prior"] is None:
        text += f"；{scope}已获本措施支持情况未知"
    elif i["prior"]:
        text += (f"；{scope}已获本措施支持 {_money(f, i['prior'])}，全年合计不超过 {_money(f, i['bound'])}，"
                 f"本次最多 {_money(f, s.outcome)}")
    return text, _money(f, s.outcome)


def _set_aside(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    return (f"就高：按{i['winner']}执行（最高 {_money(f, i['best'])}），本条（最高 {_money(f, i['own'])}）不再支持",
            _money(f, s.outcome))


def _shared_cap(s: Step, f: Fmt) -> tuple[str, str]:
    from subsidy.rules.describe import clause_cite

    i = s.inputs
    return (f"与{'、'.join(clause_cite(f.policy, x) for x in i['clauses'])}共用{i['label']}上限，本案中已由前面的条款用去，本条最多 {_money(f, s.outcome)}",
            _money(f, s.outcome))


def _difference(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    if i["got"] is None:
        return "已获其他政策支持情况未知，按未获计", "未知"
    return (f"差额 max(0, {_money(f, i['before'])} − 已获 {_money(f, i['got'])}) = {_money(f, s.outcome)}",
            _money(f, s.outcome))


def _difference_cut(s: Step, f: Fmt) -> tuple[str, str]:
    return f"差额：扣除已获其他政策支持 {_money(f, s.inputs['cut'])}", _money(f, s.outcome)


def _deduct(s: Step, f: Fmt) -> tuple[str, str]:
    """A clause's own deduction ("统筹省、市政策：扣减…"), or 差额 on the records naming the clause."""
    i = s.inputs
    if i["got"] is None:
        return f"{s.quote}：{i['filter']}的情况未知，按未获计", "未知"
    head = "差额：写明本条的其他政策支持" if i["named"] else f"{s.quote}：{i['filter']}"
    return (f"{head} {_money(f, i['got'])}，仅从本条扣减：max(0, {_money(f, i['before'])} − {_money(f, i['got'])}) "
            f"= {_money(f, s.outcome)}", _money(f, s.outcome))


def _benefit(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    return (f"本条给予{i['name']}（{i['type']}，非现金），按价值计：{i['name']}（价值{_money(f, s.outcome)}），"
            "另计，不计入资金合计", f"{i['name']}（价值{_money(f, s.outcome)}）")


def _in_kind(s: Step, f: Fmt) -> tuple[str, str]:
    i = s.inputs
    return (f"非现金支持（{i['names']}）合计价值 {_money(f, s.outcome)}，与资金分开计算；资金合计 {_money(f, i['cash'])}",
            f"非现金 {_money(f, s.outcome)}")


_RENDER: dict[str, Callable[[Step, Fmt], tuple[str, str]]] = {
    "validity": _validity, "bars": _bars, "applicants": _condition, "condition": _condition,
    "programme": _programme, "exclusion": _exclusion, "manual": _manual, "amount": _amount, "floor": _floor,
    "grants_cap": _grants_cap, "amount_cap": _amount_cap, "highest": _highest, "set_aside": _set_aside,
    "shared_cap": _shared_cap, "difference": _difference, "difference_cut": _difference_cut, "deduct": _deduct,
    "benefit": _benefit, "in_kind": _in_kind,
}


def render(s: Step) -> tuple[str, str]:
    """The step in Chinese: its sentence and its result (rendered once per step: the gates every clause
    shares are one record, read in each clause)."""
    if s.words is None:
        assert s.fmt is not None
        s.words = _RENDER[s.kind](s, s.fmt)
    return s.words


# ---- why a gate says no, and the reasons of a clause --------------------------------------------------


def why_not(s: Step) -> str:
    """The reason a gate that came out false gives."""
    f, i = s.fmt, s.inputs
    assert f is not None
    if s.kind == "validity":
        return f"评估日期 {i['as_of']} 不在政策有效期（{_span(i)}）内"
    if s.kind == "bars":
        return f"申报单位{i['bars']}，期满前不得申报"
    if s.kind == "applicants":
        return f"不符合{s.cite}规定的申报主体条件"
    if s.kind == "condition":
        assert s.detail is not None
        return f"不符合{s.cite}的支持条件：" + "；".join(because_lines(s.detail, f))
    if s.kind == "programme":
        return f"本条连续支持最多 {i['years']} 年，本次为第 {i['year']} 年"
    return str(i["reason"])  # exclusion
