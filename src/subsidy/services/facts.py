"""Facts as stored: checked with the rules engine's own parser (``parse_fact``), then kept in one
canonical JSON form that parses back to the same value (money as text with its unit, never a
float). Text typed on the command line (``true``, ``是``, ``3``, ``0.25``, ``600万元``) is read by the
same domains as a case file: a bare number for money (``6000000``) is refused, never read in the fact's unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError
from subsidy.money import format_fen
from subsidy.rules.case import parse_fact
from subsidy.rules.describe import organisation_facts
from subsidy.rules.model import FactDef, Policy
from subsidy.services.policies import adopted_policies, policy_of
from subsidy.suggest import aside

__all__ = ["CREDIT_FACTS", "adopted_fact_defs", "canonical_fact", "normalise_facts", "normalise_policy_facts",
           "organisation_fact_names", "profile_fact_defs"]

CREDIT_FACTS = {"serious_dishonesty": "存在严重失信行为", "dishonesty_punishment_target": "被认定为失信惩戒对象"}
"""The credit facts every payment checks (services/payments.credit_problem), whatever the policies say:
a profile may hold them (yes/no) even where no adopted policy declares them."""

JsonScalar = str | int | bool
JsonValue = JsonScalar | list[dict[str, Any]]

def canonical_fact(f: FactDef, raw: Any, where: str) -> JsonValue:
    """Check ``raw`` against ``f`` and return its canonical JSON form."""
    if isinstance(raw, float):
        raise CaseInputError(where, f"「{f.label}」不能写成浮点数「{raw}」", "金额写成 \"600万元\"，数字写成文本 \"1.5\"")
    return _canonical(f, parse_fact(f, raw, where))


def _canonical(f: FactDef, value: Any) -> JsonValue:
    """A parsed fact value in its canonical JSON form (a date as 年-月-日; a list item by item)."""
    if f.type == "money":
        assert isinstance(value, int)
        return format_fen(value, f.unit or "元")
    if f.type == "number":
        assert isinstance(value, Fraction)
        text = format(Decimal(value.numerator) / Decimal(value.denominator), "f")  # exact: ≤ 10 decimals
        return text.rstrip("0").rstrip(".") if "." in text else text
    if f.type == "integer":
        return int(value)
    if f.type == "date":
        assert isinstance(value, dt.date)
        return value.isoformat()
    if f.type == "list":
        return [{i.name: _canonical(i, item[i.name]) for i in f.items} for item in value]
    assert isinstance(value, bool | str)
    return value


def organisation_fact_names(session: Session) -> set[str]:
    """The facts about an organisation under the adopted policies (rules.describe.organisation_facts):
    the rest of what a profile holds is about projects, and belongs in applications."""
    return {name for adopted in adopted_policies(session) for name in organisation_facts(policy_of(session, adopted))}


def adopted_fact_defs(session: Session) -> dict[str, list[FactDef]]:
    """Every fact declared by an adopted policy version, by name."""
    defs: dict[str, list[FactDef]] = {}
    seen: set[str] = set()
    for adopted in adopted_policies(session):
        if adopted.version in seen:
            continue
        seen.add(adopted.version)
        for name, f in policy_of(session, adopted).facts.items():
            defs.setdefault(name, []).append(f)
    return defs


def profile_fact_defs(session: Session) -> dict[str, list[FactDef]]:
    """The facts a profile may hold: every fact an adopted policy declares, and the credit facts."""
    defs = adopted_fact_defs(session)
    for name, label in CREDIT_FACTS.items():
        defs.setdefault(name, [FactDef(name=name, type="bool", label=label)])
    return defs


def _check_name(name: Any, where: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise CaseInputError(where, "事实名不能为空", "写成 事实名=值，如 operates_in_chaoyang=是")
    return name.strip()


def normalise_facts(raw: Mapping[str, Any], defs: Mapping[str, Iterable[FactDef]],
                    prefix: str = "facts") -> dict[str, JsonValue | None]:
    """Profile facts: each name must be declared by an adopted policy (``defs``) and its value is
    checked against each declaration; a name none declares (a slip: ``opertes_in_chaoyang``) is refused
    with the nearest declared one, as the web form offers only declared ones. ``None`` = remove (any
    name: what an earlier version kept can be taken away)."""
    out: dict[str, JsonValue | None] = {}
    for key, value in raw.items():
        name = _check_name(key, prefix)
        where = f"{prefix}.{name}"
        if value is None:
            out[name] = None
            continue
        found = list(defs.get(name, ()))
        if not found:
            raise CaseInputError(where, f"「{name}」不是已采用政策规定的事实，不能登记为单位信息{aside(name, defs)}",
                                 "单位信息只登记政策规定的事实和信用状况（serious_dishonesty、"
                                 "dishonesty_punishment_target）：用 `subsidy show 政策编号` 查看各政策的事实名；"
                                 "法定代表人等其他情况不在此登记")
        forms = [canonical_fact(f, value, where) for f in found]  # every declaration must take it
        out[name] = forms[0]
    return out


def normalise_policy_facts(raw: Mapping[str, Any], policy: Policy,
                           prefix: str = "facts") -> dict[str, JsonValue | None]:
    """Application facts: every name must be a fact of ``policy``."""
    out: dict[str, JsonValue | None] = {}
    for key, value in raw.items():
        name = _check_name(key, prefix)
        if name not in policy.facts:
            raise CaseInputError(f"{prefix}.{name}", f"政策「{policy.short_title}」没有这个事实",
                                 f"用 `subsidy show {policy.id}` 查看该政策需要的事实")
        out[name] = None if value is None else canonical_fact(policy.facts[name], value, f"{prefix}.{name}")
    return out
