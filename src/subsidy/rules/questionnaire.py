"""The guided questionnaire of the policy calculator: what to ask next, and the answers as a link.

:func:`plan` assesses the answers given so far (a partial case) with :func:`subsidy.rules.evaluate.assess`
and lists the questions still worth asking, in order: first who the applicant is (the facts the
policy's applicant condition reads), then every other fact, then the records (history, support
elsewhere, bars), and last the facts that only change how an eligible or still-open clause is paid (支付安排:
lump sum or stages, whether a stage has happened; :func:`subsidy.rules.schedules.schedule_needs`), which never
leave a clause pending. A fact is asked only while some clause still lists it as missing (or as
``schedule_missing``): the evaluator's three-valued logic already drops a fact once every clause that uses it
is decided without it (its clause fails on another condition, an ``any`` is met by another branch). Nothing
here re-derives the semantics; it reads the evaluator's ``missing`` lists.

:class:`Answers` is what a person typed, as text (money with the unit they chose: ``300万元`` or
``3000000元``), so a shared link reproduces exactly what was entered; :func:`to_query` and
:func:`from_query` turn it into a query string and back (stable: sorted keys, round-trips exactly).
:func:`to_case` reads it with the case reader (:func:`subsidy.rules.case.parse_case`), so every
value goes through its declared domain and a bad one is a ``CaseInputError`` naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.case import Case, parse_case
from subsidy.rules.describe import fact_names
from subsidy.rules.evaluate import RECORD_LABELS, assess
from subsidy.rules.results import PolicyResult

__all__ = [
    "RECORDS",
    "Answers",
    "Question",
    "applicant_facts",
    "fact_question",
    "from_query",
    "plan",
    "questions",
    "to_case",
    "to_query",
]

Kind = Literal["money", "bool", "category", "integer", "number", "date", "list", "records"]
RECORDS = ("history", "other_support", "bars")
RECORD_QUESTIONS = {
    "history": ("本政策下此前已获资助", "此前在本政策下获得的资助（用于年度、有效期上限和就高）。"),
    "other_support": ("已获其他政策支持", "同一事项或同一年度已获其他政策的支持（用于差额、不重复资助和条款的统筹扣减）。"),
    "bars": ("取消申报资格的处罚", "是否正处于被取消申报资格的处罚期内。"),
}
NONE = "none"  # the query-string value of a record list (or a list fact) that is stated to be empty
_FACT = "f."
_LIST_KEY = re.compile(r"f\.([a-z][a-z0-9_]*)\.([0-9]+)\.([a-z][a-z0-9_]*)")  # f.meals.0.price: a list fact's item field


@dataclass(frozen=True)
class Question:
    """One question: a fact of the policy, or one of the three record lists."""

    name: str
    label: str
    help: str
    kind: Kind
    unit: str | None = None  # the fact's own unit (money: the unit the policy states it in)
    choices: tuple[tuple[str, str], ...] = ()  # (value as typed, label shown)
    minimum: str | None = None
    maximum: str | None = None
    applicant: bool = False  # who the applicant is
    clauses: tuple[str, ...] = ()  # the clauses (cites) whose answer it can still change
    items: tuple[Question, ...] = ()  # a list fact: the fields of one item, each asked as a fact is
    schedule: bool = False  # it changes only how the clauses are paid (支付安排), not whether or how much


@dataclass(frozen=True)
class Answers:
    """What was typed, as text. Absent = not answered (unknown). A record list is ``()`` when stated
    to be empty; its entries are mappings of text (``{"clause": "art7", "year": "2026", "amount": "300万元"}``).
    A list fact's items are in ``lists`` (``{"meals": ({"price": "12元", "meal": "午餐"}, …)}``), in the query
    string ``f.meals.0.price=12元``; a list fact stated to be empty is the fact ``none`` (``f.meals=none``)."""

    facts: dict[str, str] = field(default_factory=dict)
    as_of: str | None = None
    effective_from: str | None = None
    year: str | None = None
    records: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict)
    lists: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict)

    def without_blanks(self) -> Answers:
        return Answers({k: v.strip() for k, v in self.facts.items() if v.strip()},
                       _blank(self.as_of), _blank(self.effective_from), _blank(self.year), dict(self.records),
                       {k: tuple({f: v.strip() for f, v in item.items() if v.strip()} for item in items)
                        for k, items in self.lists.items()})


def _blank(v: str | None) -> str | None:
    return v.strip() if v is not None and v.strip() else None


# ---- the query string -----------------------------------------------------------------------

def to_query(a: Answers) -> str:
    """The answers as a query string: sorted keys, percent-encoded UTF-8; ``from_query`` inverts it."""
    pairs: list[tuple[str, str]] = [(_FACT + k, v) for k, v in a.facts.items()]
    for key in ("as_of", "effective_from", "year"):
        value = getattr(a, key)
        if value is not None:
            pairs.append((key, value))
    for name, items in a.records.items():
        if not items:
            pairs.append((name, NONE))
        for i, item in enumerate(items):
            pairs += [(f"{name}.{i}.{k}", v) for k, v in item.items()]
    for name, items in a.lists.items():
        for i, item in enumerate(items):
            pairs += [(f"{_FACT}{name}.{i}.{k}", v) for k, v in item.items()]
    return urlencode(sorted(pairs), quote_via=quote)


def from_query(query: str | list[tuple[str, str]]) -> Answers:
    """Answers from a query string (or its pairs); keys it does not know are refused with a message."""
    pairs = parse_qsl(query, keep_blank_values=True) if isinstance(query, str) else query
    facts: dict[str, str] = {}
    top: dict[str, str] = {}
    records: dict[str, dict[int, dict[str, str]]] = {}
    lists: dict[str, dict[int, dict[str, str]]] = {}
    for key, value in pairs:
        item = _LIST_KEY.fullmatch(key)
        if item is not None:
            name, index, sub = item.groups()
            if len(index) > 5:
                raise CaseInputError(key[:40], "列表项编号过大", "每个列表最多填写 10000 项")
            lists.setdefault(name, {}).setdefault(int(index), {})[sub] = value
        elif key.startswith(_FACT) and len(key) > len(_FACT):
            facts[key[len(_FACT):]] = value
        elif key in ("as_of", "effective_from", "year"):
            top[key] = value
        elif key in RECORDS:
            if value != NONE:
                raise CaseInputError(key, f"「{value[:40]}」无法识别", f"没有记录时写 {key}={NONE}")
            records.setdefault(key, {})
        elif key.split(".", 1)[0] in RECORDS and key.count(".") == 2 and key.split(".")[1].isdigit():
            name, index, sub = key.split(".")
            if len(index) > 5:
                raise CaseInputError(key, "记录编号过大", "每类记录最多填写 10000 条")
            records.setdefault(name, {}).setdefault(int(index), {})[sub] = value
        elif key in ("policy", "fact", "lo", "hi", "format", "policies"):
            continue  # page parameters beside the answers
        else:
            raise CaseInputError(key[:40], "链接中有无法识别的参数", "请使用计算器页面生成的链接")
    return Answers(facts, top.get("as_of"), top.get("effective_from"), top.get("year"),
                   {k: tuple(v[i] for i in sorted(v)) for k, v in records.items()},
                   {k: tuple(v[i] for i in sorted(v)) for k, v in lists.items()})


# ---- answers → case → questions ---------------------------------------------------------------

def to_case(policy: m.Policy, answers: Answers, today: dt.date) -> Case:
    """Read the answers with the case reader: each value by its fact's declared domain."""
    a = answers.without_blanks()
    for name in (*a.facts, *a.lists):
        if name not in policy.facts:
            raise CaseInputError(f"facts.{name[:40]}", f"「{name[:40]}」不是本政策的问题", "请使用计算器页面生成的链接")
    data: dict[str, Any] = {"policy": policy.id, "facts": dict(a.facts)}
    for name, f in policy.facts.items():
        if f.type != "list":
            continue
        if name in a.lists and name in a.facts:
            raise CaseInputError(f"facts.{name}", f"「{f.label}」既写了「无」又填了列表项", "二者选一：选「无」，或填写列表项")
        if a.facts.get(name) == NONE:
            data["facts"][name] = []
        elif name in a.lists:  # rows left blank on the form carry no fields and are not items
            data["facts"][name] = [dict(item) for item in a.lists[name] if item]
    for key in ("as_of", "effective_from", "year"):
        if getattr(a, key) is not None:
            data[key] = getattr(a, key)
    for name, items in a.records.items():
        data[name] = [dict(i) for i in items]
    return parse_case(data, policy, today=today, name="计算器")


def applicant_facts(policy: m.Policy) -> list[str]:
    """The facts that say who the applicant is: those read by the policy's applicant condition."""
    return fact_names(policy.applicants)


def fact_question(policy: m.Policy, f: m.FactDef, applicant: bool, clauses: tuple[str, ...]) -> Question:
    choices: tuple[tuple[str, str], ...] = ()
    if f.type == "bool":
        choices = (("是", "是"), ("否", "否"))
    elif f.type == "category":
        choices = tuple((v, v) for v in f.values)
    elif f.type == "list":
        choices = ((NONE, "无"),)
    unit = (f.unit or policy.amount_unit) if f.type == "money" else f.unit
    lo = None if f.minimum is None else str(f.minimum)
    hi = None if f.maximum is None else str(f.maximum)
    items = tuple(fact_question(policy, i, False, ()) for i in f.items)
    return Question(f.name, f.label, f.help, f.type, unit, choices, lo, hi, applicant, clauses, items)


def _record_question(name: str, clauses: tuple[str, ...]) -> Question:
    label, help_ = RECORD_QUESTIONS[name]
    return Question(name, label, help_ or RECORD_LABELS[name], "records", None, ((NONE, "无"),), clauses=clauses)


def questions(policy: m.Policy, result: PolicyResult) -> list[Question]:
    """The questions still worth asking after ``result``: applicant facts first, then the other
    facts in the order the clauses first need them, then the records; each only while some
    clause (or the stacking of the award) still lists it as missing. Last, marked ``schedule``, the facts
    that only change how a clause is paid (its ``schedule_missing``)."""
    needed: dict[str, list[str]] = {}
    for r in result.clauses:
        for name in r.missing:
            needed.setdefault(name, [])
            if r.clause.cite not in needed[name]:
                needed[name].append(r.clause.cite)
    for name in result.stacking_missing:  # what stacking needs it for: 就高, 差额, a clause's 统筹扣减
        for purpose in result.stacking_needs.get(name) or ["就高与差额"]:
            if purpose not in needed.setdefault(name, []):
                needed[name].append(purpose)
    who = applicant_facts(policy)
    order = [n for n in who if n in needed] + [n for n in needed if n not in who and n in policy.facts]
    out = [fact_question(policy, policy.facts[n], n in who, tuple(needed[n])) for n in order]
    out += [_record_question(n, tuple(needed[n])) for n in RECORDS if n in needed]
    paying: dict[str, list[str]] = {}  # what changes only the payments: asked last
    for r in result.clauses:
        for name in r.schedule_missing:
            if name not in needed and r.clause.cite not in paying.setdefault(name, []):
                paying[name].append(r.clause.cite)
    out += [dataclasses.replace(fact_question(policy, policy.facts[n], n in who, tuple(cites)), schedule=True)
            for n, cites in paying.items()]
    return out


def plan(policy: m.Policy, answers: Answers, today: dt.date) -> tuple[Case, PolicyResult, list[Question]]:
    """Assess the answers so far; return the case, its result and the questions still worth asking."""
    case = to_case(policy, answers, today)
    result = assess(policy, case)
    return case, result, questions(policy, result)
