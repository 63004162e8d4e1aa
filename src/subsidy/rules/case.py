"""A case: what is known about an applicant and an application, read from YAML or JSON.

A fact that is absent or ``null`` is *unknown* — never zero or false. The same holds for the three
records the rules consult besides facts: ``history`` (earlier grants to the entity), ``other_support``
(support received under other programmes) and ``bars`` (sanctions barring applications). An empty
list means "none"; an absent key means "not stated".
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from subsidy.errors import CaseInputError, PolicyFileError
from subsidy.money import MoneyFormatError, parse_money
from subsidy.rules.model import FactDef, Policy
from subsidy.rules.yamlsource import load_yaml_text

__all__ = ["Bar", "Case", "FactValue", "Grant", "OtherSupport", "load_case_file", "parse_case"]

FactValue = int | Fraction | str | bool


@dataclass(frozen=True)
class Grant:
    """A grant the entity already received under a policy's clause (from the ledger, or stated)."""

    policy: str
    clause: str
    year: int
    fen: int
    project: str | None = None


@dataclass(frozen=True)
class OtherSupport:
    programme: str
    level: str
    year: int
    fen: int
    same_matter: bool
    one_matter_decision: bool = False
    zone: str | None = None


@dataclass(frozen=True)
class Bar:
    until: dt.date
    reason: str
    start: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and day <= self.until


@dataclass(frozen=True)
class Case:
    name: str
    facts: dict[str, FactValue]
    as_of: dt.date
    year: int
    history: tuple[Grant, ...] | None
    other_support: tuple[OtherSupport, ...] | None
    bars: tuple[Bar, ...] | None
    project: str | None = None
    effective_from: dt.date | None = None
    policy: str | None = None
    expect: dict[str, Any] = field(default_factory=dict)


_CASE_KEYS = ("name", "policy", "as_of", "year", "effective_from", "project", "facts", "history",
              "other_support", "bars", "expect", "description")


def load_case_file(path: Path) -> dict[str, Any]:
    """Read a case file (YAML or JSON) as raw data; numbers with decimals stay exact."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CaseInputError(str(path), "文件不存在", "检查路径") from exc
    if path.suffix == ".json":
        try:
            data = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise CaseInputError(str(path), f"JSON 格式错误（第{exc.lineno}行）：{exc.msg}") from exc
    else:
        try:
            data = load_yaml_text(text, str(path))
        except PolicyFileError as exc:
            raise CaseInputError(str(path), exc.problem, exc.hint) from exc
    if not isinstance(data, dict):
        raise CaseInputError(str(path), "案例文件应当是键值映射", "参见 docs/case-format.md")
    return data


def _date(raw: Any, where: str) -> dt.date:
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError as exc:
        raise CaseInputError(where, f"「{raw}」不是日期", "写成 2027-03-01") from exc


def _money(raw: Any, where: str, unit: str | None = None) -> int:
    try:
        return parse_money(raw, unit).fen  # type: ignore[arg-type]
    except MoneyFormatError as exc:
        raise CaseInputError(where, str(exc)) from exc


def parse_fact(f: FactDef, raw: Any, where: str) -> FactValue:
    """Convert a raw value to the fact's type, or say exactly what is wrong."""
    if f.type == "bool":
        if isinstance(raw, bool):
            return bool(raw)
        if raw in ("是", "否"):
            return bool(raw == "是")
        raise CaseInputError(where, f"「{f.label}」应当是 true/false（是/否），写的是「{raw}」")
    if f.type == "money":
        fen = _money(raw, where, f.unit)
        if fen < 0:
            raise CaseInputError(where, f"「{f.label}」不能为负数")
        return fen
    if f.type == "integer":
        if isinstance(raw, bool) or not isinstance(raw, int | Decimal) or Fraction(raw).denominator != 1:
            raise CaseInputError(where, f"「{f.label}」应当是整数，写的是「{raw}」")
        if raw < 0:
            raise CaseInputError(where, f"「{f.label}」不能为负数")
        return int(raw)
    if f.type == "number":
        if isinstance(raw, bool) or not isinstance(raw, int | Decimal | str):
            raise CaseInputError(where, f"「{f.label}」应当是数字，写的是「{raw}」")
        try:
            return Fraction(Decimal(str(raw)))
        except (ValueError, ArithmeticError) as exc:
            raise CaseInputError(where, f"「{f.label}」应当是数字，写的是「{raw}」") from exc
    value = str(raw)
    if value not in f.values:
        raise CaseInputError(where, f"「{value}」不是「{f.label}」的可选值", f"可选：{'、'.join(f.values)}")
    return value


def _record_list(raw: Any, where: str) -> list[dict[str, Any]] | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        raise CaseInputError(where, "应当是记录列表", "没有记录时写 []")
    return raw


def parse_case(data: dict[str, Any], policy: Policy, *, today: dt.date | None = None,
               name: str = "case") -> Case:
    """Check a raw case against ``policy``'s declared facts; unknown keys are refused."""
    for key in data:
        if key not in _CASE_KEYS:
            raise CaseInputError(key, "未知的字段", f"可用字段：{'、'.join(_CASE_KEYS)}")
    facts_raw = data.get("facts") or {}
    if not isinstance(facts_raw, dict):
        raise CaseInputError("facts", "应当是「事实名: 值」映射")
    facts: dict[str, FactValue] = {}
    for key, raw in facts_raw.items():
        if key not in policy.facts:
            raise CaseInputError(f"facts.{key}", f"政策 {policy.id} 没有这个事实",
                                 "用 `subsidy show` 查看该政策需要的事实")
        if raw is not None:
            facts[key] = parse_fact(policy.facts[key], raw, f"facts.{key}")
    if data.get("as_of") is None and today is None:
        raise CaseInputError("as_of", "缺少评估日期", "在案例中写 as_of: 2027-03-01，或用 --as-of 指定")
    as_of = _date(data["as_of"], "as_of") if data.get("as_of") is not None else today
    assert as_of is not None
    year = data.get("year", as_of.year)
    if not isinstance(year, int):
        raise CaseInputError("year", f"「{year}」不是年份")

    history = None
    if (hist := _record_list(data.get("history"), "history")) is not None:
        items = []
        for i, r in enumerate(hist):
            w = f"history[{i}]"
            for k in ("clause", "year", "amount"):
                if r.get(k) is None:
                    raise CaseInputError(f"{w}.{k}", "缺少该项")
            clause_key = str(r["clause"])
            pol = str(r.get("policy") or policy.id)
            if pol == policy.id:
                clause_key = policy.clause(clause_key).id
            items.append(Grant(pol, clause_key, int(r["year"]), _money(r["amount"], f"{w}.amount"),
                               None if r.get("project") is None else str(r["project"])))
        history = tuple(items)

    other = None
    if (recs := _record_list(data.get("other_support"), "other_support")) is not None:
        out = []
        for i, r in enumerate(recs):
            w = f"other_support[{i}]"
            for k in ("programme", "level", "year", "amount", "same_matter"):
                if r.get(k) is None:
                    raise CaseInputError(f"{w}.{k}", "缺少该项")
            if r["level"] not in ("district", "city", "province", "national"):
                raise CaseInputError(f"{w}.level", f"「{r['level']}」无效", "可选：district、city、province、national")
            out.append(OtherSupport(str(r["programme"]), str(r["level"]), int(r["year"]),
                                    _money(r["amount"], f"{w}.amount"), bool(r["same_matter"]),
                                    bool(r.get("one_matter_decision", False)), r.get("zone")))
        other = tuple(out)

    bars = None
    if (brs := _record_list(data.get("bars"), "bars")) is not None:
        bars = tuple(
            Bar(_date(r.get("until"), f"bars[{i}].until"), str(r.get("reason") or ""),
                _date(r["from"], f"bars[{i}].from") if r.get("from") else None)
            for i, r in enumerate(brs)
        )

    eff = data.get("effective_from")
    expect = data.get("expect") or {}
    return Case(
        name=str(data.get("name") or name),
        facts=facts,
        as_of=as_of,
        year=year,
        history=history,
        other_support=other,
        bars=bars,
        project=None if data.get("project") is None else str(data["project"]),
        effective_from=_date(eff, "effective_from") if eff is not None else None,
        policy=None if data.get("policy") is None else str(data["policy"]),
        expect=dict(expect),
    )
