"""The reading context every idiom reads its YAML with: :class:`Reader` knows the file, the clause being
read, its quotes and the declared facts, and raises :class:`PolicyFileError` naming the file, the line,
the clause and what to write instead. Nothing is coerced: unknown keys are refused at every level (a
misspelt or mis-indented key must not silently drop a rule), yes/no values are ``true``/``false`` only,
text is text, every figure is checked (amounts positive, rates in (0, 1] unless the clause's own text says
more), and every quote is non-empty and verbatim in the source text.

Each idiom reads its own keys with it (a ``read`` classmethod in :mod:`conditions`, :mod:`amounts`,
:mod:`caps`, :mod:`schedules`, :mod:`stacking`, :mod:`gates`); :mod:`parse` reads the document around them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn, cast

from subsidy.errors import PolicyFileError
from subsidy.money import MoneyFormatError, format_rate, parse_money, parse_rate
from subsidy.rules import model as m
from subsidy.rules.yamlsource import LDict, LList
from subsidy.suggest import did_you_mean, quote_slip

__all__ = ["MAX_FEN", "MAX_NUMBER", "Reader", "fact_vtype", "shown"]

MAX_FEN = 10**13  # 1000亿元: a figure above this in a subsidy policy is a typo (wrong unit, extra digits)
MAX_NUMBER = 10**12
_MAX_FIGURE_CHARS = 40


def _find_key(node: Any, key: str) -> LDict | None:
    """The mapping nested in ``node`` through mappings only (where a mis-indented key lands) that has ``key``."""
    if not isinstance(node, LDict):
        return None
    if key in node:
        return node
    for child in node.values():
        found = _find_key(child, key)
        if found is not None:
            return found
    return None


class Reader:
    """Parsing context for one YAML file: knows the path, the clause being read, and raises located errors."""

    def __init__(self, path: Path, source: str, facts: dict[str, m.FactDef] | None = None) -> None:
        self.path = path
        self.source = source
        self.facts = facts or {}
        self.default_schedule: m.Schedule | None = None  # policy.yaml's ``schedule``: a clause's when it states none
        self.derived: dict[str, m.Derived] = {}  # policy.yaml's derived facts, by name
        self.pending_ids: list[tuple[str, int, tuple[str, ...]]] = []  # clause ids named, checked at the end
        self.where = ""  # the clause (or part of policy.yaml) being read, named in every error
        self.line = 1  # fallback line: the start of what is being read
        self.quotes: tuple[str, ...] = ()  # the current clause's quotes (a rate above 100% must be in them)
        self.outer: tuple[str, tuple[str, ...]] = ("", ())  # the section being read and its siblings

    def fail(self, node: Any, problem: str, hint: str, key: Any = None, line: int = 0) -> NoReturn:
        if not line:
            line = getattr(node, "line", 0)
            if key is not None and isinstance(node, LDict):
                line = node.key_lines.get(str(key), line)
        if self.where:
            problem = f"{self.where}：{problem}"
        raise PolicyFileError(str(self.path), line or self.line, problem, hint)

    def missing(self, node: Any, key: str, problem: str, hint: str) -> NoReturn:
        """A required key is absent: if it sits deeper inside this mapping, it was mis-indented; say so there."""
        if isinstance(node, LDict):
            for child_key, child in node.items():
                found = _find_key(child, key)
                if found is not None:
                    self.fail(found, f"「{key}」的缩进不对：它写在「{child_key}」下面",
                              f"把「{key}」与「{child_key}」对齐（同样的缩进）", key=key)
        self.fail(node, problem, hint)

    @staticmethod
    def at(node: Any, key: Any) -> int:
        """The line of ``node[key]`` (a mapping key or a list index)."""
        if isinstance(node, LDict):
            return node.key_lines.get(str(key), node.line)
        if isinstance(node, LList) and isinstance(key, int) and 0 <= key < len(node.item_lines):
            return node.item_lines[key]
        return getattr(node, "line", 0)

    def mapping(self, node: Any, what: str, allowed: tuple[str, ...], required: tuple[str, ...] = (),
                line: int = 0) -> LDict:
        if not isinstance(node, LDict):
            self.fail(node, f"{what} 应当是「键: 值」映射，写的是 {shown(node)}",
                      f"写成「键: 值」的形式，可用的键：{'、'.join(allowed)}", line=line)
        for key in node:
            if key not in allowed:
                section, siblings = self.outer
                if key in siblings and section:
                    hint = f"「{key}」应与「{section}」对齐（同样的缩进），不要缩进在「{section}」下面"
                else:
                    hint = f"{did_you_mean(key, allowed)}可用的键：{'、'.join(allowed)}"
                self.fail(node, f"{what} 中有未知的键「{key}」", hint, key=key)
        for key in required:
            if key not in node or node[key] is None:
                self.missing(node, key, f"{what} 缺少必填的「{key}」", f"补上「{key}: ...」")
        return node

    def seq(self, node: LDict, key: str, what: str, required: bool = False) -> LList:
        value = node.get(key)
        if value is None and not required:
            out = LList()
            out.item_lines = []
            return out
        if not isinstance(value, LList) or (required and not value):
            self.fail(node, f"{what} 应当是非空列表，写的是 {shown(value)}", "每项一行，以「- 」开头", key=key)
        return value

    def text(self, node: LDict, key: str, default: str | None = None, *, empty_ok: bool = False) -> str:
        if key not in node or node[key] is None:
            if default is None:
                self.missing(node, key, f"缺少「{key}」", f"补上「{key}: ...」（文字）")
            return default
        value = node[key]
        if not isinstance(value, str):
            self.fail(node, f"「{key}」应当是文字，写的是 {shown(value)}", "写成文字；以数字、true 等开头的文字加引号",
                      key=key)
        if not empty_ok and not value.strip():
            self.fail(node, f"「{key}」是空的", f"写出「{key}」的内容，或删去这一行", key=key)
        return value

    def name(self, node: LDict, key: str, allowed: dict[str, str] | tuple[str, ...], default: str | None = None) -> str:
        value = self.text(node, key, default)
        if value not in allowed:
            choices = "、".join(f"{k}（{v}）" for k, v in allowed.items()) if isinstance(allowed, dict) \
                else "、".join(allowed)
            self.fail(node, f"「{key}」的值「{value}」无效", f"{did_you_mean(value, tuple(allowed))}可用：{choices}",
                      key=key)
        return value

    def clause_ids(self, node: LDict, key: str) -> tuple[str, ...]:
        """A list of clause ids (``exempt: [art5-3]``), each checked against the clauses once all are read
        (:meth:`check_clause_ids`)."""
        value = node.get(key)
        if value is None:
            return ()
        if not isinstance(value, LList) or not value or not all(isinstance(x, str) for x in value):
            self.fail(node, f"「{key}」应当是条款 id 的非空列表，写的是 {shown(value)}", "例如 exempt: [art5-3]", key=key)
        self.pending_ids.append((self.where, self.at(node, key), tuple(value)))
        return tuple(value)

    def check_clause_ids(self, known: set[str]) -> None:
        for where, line, ids in self.pending_ids:
            for x in ids:
                if x not in known:
                    self.where = where
                    self.fail(None, f"引用了不存在的条款「{x}」", f"{did_you_mean(x, tuple(sorted(known)))}可用的条款 id："
                              f"{'、'.join(sorted(known))}", line=line)
        self.where = ""

    def texts(self, node: LDict, key: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str) and value.strip():
            return (value,)
        if isinstance(value, LList) and value:
            for i, v in enumerate(value):
                if not isinstance(v, str) or not v.strip():
                    self.fail(value, f"「{key}」第 {i + 1} 项应当是非空的文字，写的是 {shown(v)}",
                              "写成文字，或删去这一项", line=self.at(value, i))
            return tuple(value)
        self.fail(node, f"「{key}」应当是文字或文字列表，写的是 {shown(value)}", "写成文字，或每项一行的列表", key=key)

    def flag(self, node: LDict, key: str, default: bool | None) -> bool | None:
        """A yes/no value: ``true`` or ``false`` only (not "false", 0, yes-please)."""
        value = node.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(node, f"「{key}」应当是 true 或 false，写的是 {shown(value)}",
                      f"写成 {key}: true 或 {key}: false（不加引号）", key=key)
        return value

    def count(self, node: LDict, key: str, default: int | None, minimum: int = 1) -> int | None:
        value = node.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= 1000:
            self.fail(node, f"「{key}」应当是不小于 {minimum} 的整数，写的是 {shown(value)}",
                      f"写成整数，如 {key}: 3", key=key)
        return value

    # ---- quotes ------------------------------------------------------------------------------

    def quote_list(self, node: LDict, key: str = "quote", required: bool = True) -> tuple[str, ...]:
        """Quotes (one text or a list): each non-empty and verbatim in the source, checked at its own line."""
        value = node.get(key)
        if value is None:
            if required:
                self.missing(node, key, f"缺少「{key}」", f"补上「{key}: 」并从原文逐字复制相应的句子")
            return ()
        if isinstance(value, str):
            items: list[tuple[Any, int]] = [(value, self.at(node, key))]
        elif isinstance(value, LList) and value:
            items = [(v, self.at(value, i)) for i, v in enumerate(value)]
        else:
            self.fail(node, f"「{key}」应当是引文或引文列表，写的是 {shown(value)}", "从原文逐字复制句子", key=key)
        for q, line in items:
            self._check_quote(q, line)
        return tuple(q for q, _ in items)

    def quote(self, node: LDict, key: str = "quote", required: bool = True) -> str:
        value = node.get(key)
        if value is None and not required:
            return ""
        if isinstance(value, LList):
            self.fail(node, f"「{key}」这里只能是一句引文", "写成一句话（从原文逐字复制）", key=key)
        if value is None:
            self.missing(node, key, f"缺少「{key}」", f"补上「{key}: 」并从原文逐字复制相应的句子")
        self._check_quote(value, self.at(node, key))
        return cast(str, value)

    def _check_quote(self, quote: Any, line: int) -> None:
        if not isinstance(quote, str):
            self.fail(None, f"引文应当是文字，写的是 {shown(quote)}", "从原文逐字复制句子", line=line)
        if not quote.strip():
            self.fail(None, "引文是空的", "从原文逐字复制句子，或删去这一项", line=line)
        if quote not in self.source:
            self.fail(None, f"引文没有逐字出现在原文中：「{quote[:40]}{'…' if len(quote) > 40 else ''}」"
                      f"：{quote_slip(quote, self.source)}", "从原文复制整句，不要改写或增删标点", line=line)

    # ---- literals ----------------------------------------------------------------------------

    def scalar(self, raw: Any, vtype: m.VType, line: int, role: str = "amount") -> m.Scalar:
        """A literal of type ``vtype``. ``role`` is ``amount`` (a figure paid or a cap: > 0) or
        ``threshold`` (a bound in a condition or a band: ≥ 0)."""
        if vtype in ("money", "rate", "number"):
            return self.figure(raw, vtype, line, role)
        if vtype == "bool":
            if not isinstance(raw, bool):
                self.fail(None, f"{shown(raw)} 不是是/否值", "写 true 或 false（不加引号）", line=line)
            return raw
        if not isinstance(raw, str) or not raw:
            self.fail(None, f"{shown(raw)} 应当是类别名称（文字）", "写成事实 values 中列出的类别", line=line)
        return raw

    def figure(self, raw: Any, vtype: m.VType, line: int, role: str) -> m.Scalar:
        hints = {"money": "金额写成带单位的文字，如 \"500万元\" 或 \"3000元\"",
                 "rate": "比例写成 \"50%\" 或 \"1/2\"", "number": "写成数字，如 3 或 0.25"}
        if isinstance(raw, str) and len(raw) > _MAX_FIGURE_CHARS:
            self.fail(None, f"数字位数过多：「{raw[:30]}…」", hints[vtype], line=line)
        value: int | Fraction
        try:
            if vtype == "money":
                value = parse_money(raw).fen
            elif vtype == "rate":
                if not isinstance(raw, str):
                    raise MoneyFormatError(f"比例「{raw}」没有写成百分数")
                value = parse_rate(raw)
            else:
                if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
                    raise MoneyFormatError(f"{shown(raw)} 不是数字")
                value = Fraction(raw)
        except MoneyFormatError as exc:
            self.fail(None, str(exc), hints[vtype], line=line)
        written = f"「{str(raw)[:40]}」"
        if value < 0 or (value == 0 and role == "amount"):
            self.fail(None, f"{written} {'不能为负' if value < 0 else '不能为零'}",
                      f"{hints[vtype]}，应大于零" if role == "amount" else f"{hints[vtype]}，不能为负", line=line)
        if vtype == "money" and value > MAX_FEN:
            self.fail(None, f"金额 {written} 过大（超过1000亿元）", "检查单位和位数（元、万元、亿元）", line=line)
        if vtype == "number" and value > MAX_NUMBER:
            self.fail(None, f"数字 {written} 过大", "检查位数", line=line)
        if vtype == "rate" and value > 1 and format_rate(cast(Fraction, value)) not in "".join(self.quotes):
            self.fail(None, f"比例 {written} 超过 100%，而条款原文中没有这个比例",
                      "比例写在 0 到 100% 之间；原文确实规定超过 100% 时，引文中须含有这个比例", line=line)
        return value

    def dated(self, parent: Any, key: Any, vtype: m.VType, role: str = "amount") -> m.Dated:
        """``parent[key]``: a literal, or ``{dated: {2026-01-01: 500万元, 2027-07-01: 300万元}}``."""
        raw = parent[key]
        line = self.at(parent, key)
        if isinstance(raw, LDict) and "dated" in raw:
            self.mapping(raw, "按日期变化的值", ("dated",))
            table = raw["dated"]
            if not isinstance(table, LDict) or not table:
                self.fail(raw, "dated 应当是「日期: 值」的映射", "例如 dated: {2026-01-01: 500万元}", key="dated")
            points: list[tuple[dt.date | None, m.Scalar]] = []
            for day in table:
                if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                    self.fail(table, f"「{day}」不是日期", "写成 2026-01-01", key=day)
                points.append((day, self.scalar(table[day], vtype, self.at(table, day), role)))
            points.sort(key=lambda p: cast(dt.date, p[0]))
            return m.Dated(tuple(points))
        return m.Dated(((None, self.scalar(raw, vtype, line, role)),))

    # ---- facts -------------------------------------------------------------------------------

    def fact(self, name: Any, line: int, *, lists: bool = False) -> m.FactDef:
        if not isinstance(name, str) or name not in self.facts:
            close = did_you_mean(name, tuple(self.facts))
            self.fail(None, f"未声明的事实「{name}」",
                      f"{close}先在 policy.yaml 的 facts 中声明它；已声明：{'、'.join(sorted(self.facts))}", line=line)
        f = self.facts[name]
        if f.type == "list" and not lists:
            self.fail(None, f"「{name}」是列表事实（{f.label}），不能直接作为值或条件",
                      f"用 each: {{of: {name}, amount: ...}} 对每一项计算后合计", line=line)
        return f

    def category(self, f: m.FactDef, value: Any, line: int) -> None:
        if value not in f.values:
            self.fail(None, f"「{value}」不是事实「{f.name}」的类别",
                      f"{did_you_mean(value, f.values)}可用的类别：{'、'.join(f.values)}", line=line)


def item_date(r: Reader, b: LDict, f: m.FactDef, what: str) -> str:
    """``b["date"]``: the date field of the items of the list fact ``f`` that ``what`` (no_record,
    per_period) dates them by, or a refusal naming the date fields there are."""
    fields = {i.name: i for i in f.items}
    day = b["date"]
    if not isinstance(day, str) or day not in fields or fields[day].type != "date":
        dates = [n for n, i in fields.items() if i.type == "date"]
        r.fail(b, f"{what} 的 date 应当是「{f.name}」各项的日期字段，写的是 {shown(day)}",
               f"可用的日期字段：{'、'.join(dates) or '（无，先在 items 中声明 type: date 的字段）'}", key="date")
    return day


def shown(value: Any) -> str:
    """A value as the officer wrote it, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "空值"
    if isinstance(value, str):
        return f"「{value[:40]}」（文字）"
    if isinstance(value, LDict | dict):
        return "一个映射"
    if isinstance(value, LList | list):
        return "一个列表"
    return f"「{str(value)[:40]}」"


def fact_vtype(f: m.FactDef) -> m.VType:
    return {"money": "money", "number": "number", "integer": "number", "bool": "bool",
            "category": "category", "date": "date"}[f.type]  # type: ignore[return-value]

