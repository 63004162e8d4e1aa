"""Read a policy directory (``policy.yaml``, ``clauses/*.yaml``, the source text) into a :class:`Policy`:
the document around the idioms — the policy's header (id, title, status, validity, who may apply), its
facts, its clauses and provisions with their ids, citations and quotes, the files they are in.

Every idiom reads and checks its own keys (``read`` in :mod:`conditions`, :mod:`amounts`, :mod:`caps`,
:mod:`schedules`, :mod:`stacking`, :mod:`gates`, :mod:`records`), with the :class:`~subsidy.rules.reading.Reader`
of the file it is in, which names the file, the line, the clause and what to write instead in every
error. Files are loaded by :func:`~subsidy.rules.yamlsource.read_policy_yaml`, which refuses what a
policy never needs and what could hang or crash the loader before the YAML is read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from subsidy.rules import model as m
from subsidy.rules.amounts import Derived, Floor, Manual, read_amount
from subsidy.rules.benefits import read_benefit
from subsidy.rules.caps import CapRefs, ClauseCap, check_cap_refs
from subsidy.rules.conditions import read_condition
from subsidy.rules.gates import Applicants, Exclusion, Programme, Validity
from subsidy.rules.reading import Reader, shown
from subsidy.rules.schedules import read_default, read_schedule
from subsidy.rules.stacking import Deduct, read_stacking
from subsidy.rules.yamlsource import LDict, LList, read_policy_text, read_policy_yaml

__all__ = ["BOOKMARK_RE", "PAYEES", "Ids", "clean_source", "load_policy", "policy_source", "policy_version", "read_budget",
           "read_clause", "read_facts", "read_policy_text", "read_policy_yaml", "read_provision"]

BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")  # conversion debris, not legal text
_FACT_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
PAYEES = m.PAYEE_LABELS  # payee names of the policy format, and how people read them
_UNITS = ("元", "万元", "亿元")


def clean_source(text: str) -> str:
    """The legal text without ``[bookmark: ...]`` conversion debris."""
    return BOOKMARK_RE.sub("", text)


def policy_version(directory: Path) -> str:
    """Content hash of every file of the policy (rules, cases excluded), for replaying decisions."""
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "cases" not in path.relative_to(directory).parts:
            h.update(str(path.relative_to(directory)).encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# ---- whole files --------------------------------------------------------------------------------

_POLICY_KEYS = ("id", "title", "short_title", "issuer", "jurisdiction", "source", "status", "effective_from",
                "validity", "amount_unit", "facts", "derived", "budgets", "applicants", "stacking", "exclusions", "provisions",
                "interpretation", "base", "remove", "schedule")
_CLAUSE_KEYS = ("id", "cite", "title", "quote", "kind", "discretionary", "when", "amount", "caps", "schedule",
                "payee", "payee_label", "programme", "interpretation", "quota", "floor", "benefit", "deduct")
_STATUSES = m.STATUS_LABELS


class _Ids:
    """Clause and provision ids, unique across the policy's files; errors name the second occurrence."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def add(self, pf: Reader, node: LDict, ident: str) -> None:
        if ident in self.seen:
            pf.fail(node, f"id「{ident}」重复（已用于 {self.seen[ident]}）", "每个条款和非资金条款的 id 必须唯一，换一个 id",
                    key="id")
        self.seen[ident] = f"{pf.path.name}:{pf.at(node, 'id')}"


def load_policy(directory: Path) -> m.Policy:
    """Load and check a policy directory. Raises :class:`PolicyFileError` on the first problem."""
    path = directory / "policy.yaml"
    raw = read_policy_yaml(path)
    pf = Reader(path, "")
    layered = isinstance(raw, dict) and raw.get("base") is not None
    top = pf.mapping(raw, "policy.yaml", _POLICY_KEYS,
                     ("id", "title", "issuer", "source", "status", *(() if layered else ("facts",))))
    pid = pf.text(top, "id")
    if not re.match(r"^[a-z0-9][a-z0-9\-]*$", pid):
        pf.fail(top, f"政策 id「{pid}」无效", "用小写英文字母、数字和连字符，如 cn-bj-chaoyang-smart-eldercare", key="id")
    if top.get("base") is not None:  # a variant layered on another policy (rules/layers.py)
        from subsidy.rules.layers import load_layered

        return load_layered(directory, pf, top, _POLICY_KEYS)
    if top.get("remove") is not None:
        pf.fail(top, "只有以另一政策为基础的政策（写了 base）才能 remove 条款", "写 base: 基础政策 id，或删去 remove",
                key="remove")
    pf.source = source_text = policy_source(pf, top, directory)
    pf.facts = facts = _facts(pf, top)
    derived = Derived.read_all(pf, top)
    status = pf.name(top, "status", _STATUSES)
    effective = top.get("effective_from")
    if effective is not None and (not isinstance(effective, dt.date) or isinstance(effective, dt.datetime)):
        pf.fail(top, "effective_from 应当是日期", "写成 2026-01-01，或写 null 由采用政策时设定", key="effective_from")
    amount_unit = pf.name(top, "amount_unit", _UNITS, "万元")

    years, v_cite, v_quote, v_interp = Validity.read(pf, top, _POLICY_KEYS)
    applicants, a_cite, a_quote, a_interp = Applicants.read(pf, top, _POLICY_KEYS)
    pf.where, pf.outer = "stacking", ("stacking", _POLICY_KEYS)
    highest, difference = read_stacking(pf, top)
    pf.where, pf.outer = "", ("", ())
    seq = pf.seq(top, "exclusions", "exclusions")
    exclusions = tuple(Exclusion.read(pf, seq, i) for i in range(len(seq)))
    seq = pf.seq(top, "budgets", "budgets")
    budgets = tuple(_budget(pf, seq, i) for i in range(len(seq)))
    pf.where, pf.outer = "schedule", ("schedule", _POLICY_KEYS)
    default_schedule = read_default(pf, top)  # sched13: the clauses that state no schedule are paid by it
    pf.where, pf.outer = "", ("", ())
    ids = _Ids()
    seq = pf.seq(top, "provisions", "provisions")
    provisions = [_provision(pf, seq, i, ids) for i in range(len(seq))]

    clauses: list[m.Clause] = []
    refs: CapRefs = []
    clause_readers: list[Reader] = []
    clause_dir = directory / "clauses"
    for cpath in sorted(clause_dir.glob("*.yaml")) if clause_dir.is_dir() else []:
        cf = Reader(cpath, source_text, facts)
        clause_readers.append(cf)
        cf.derived = dict(derived)
        cf.default_schedule = default_schedule
        body = cf.mapping(read_policy_yaml(cpath), cpath.name, ("clauses", "provisions"))
        seq = cf.seq(body, "clauses", "clauses")
        for i in range(len(seq)):
            clauses.append(_clause(cf, seq, i, str(cpath.relative_to(directory)), ids, refs))
        cf.where = ""
        seq = cf.seq(body, "provisions", "provisions")
        provisions += [_provision(cf, seq, i, ids) for i in range(len(seq))]
    check_cap_refs(refs, {c.id for c in clauses})
    for reader in (pf, *clause_readers):
        reader.check_clause_ids({c.id for c in clauses})
    return m.Policy(
        id=pid,
        title=pf.text(top, "title"),
        short_title=pf.text(top, "short_title", pf.text(top, "title")),
        issuer=pf.text(top, "issuer"),
        jurisdiction=pf.text(top, "jurisdiction", ""),
        status=cast(Any, status),
        effective_from=effective,
        validity_years=years,
        validity_cite=v_cite,
        validity_quote=v_quote,
        amount_unit=amount_unit,
        facts=facts,
        applicants=applicants,
        applicants_cite=a_cite,
        applicants_quote=a_quote,
        applicants_interpretation=a_interp,
        clauses=tuple(clauses),
        provisions=tuple(provisions),
        highests=highest,
        difference=difference,
        exclusions=exclusions,
        source_text=source_text,
        directory=str(directory),
        version=policy_version(directory),
        interpretation=pf.texts(top, "interpretation") + v_interp,
        budgets=budgets,
        default_schedule=default_schedule,
    )


def policy_source(pf: Reader, top: LDict, directory: Path) -> str:
    """The source text policy.yaml's ``source`` names (beside it), without conversion debris."""
    source_name = pf.text(top, "source")
    if Path(source_name).name != source_name:
        pf.fail(top, f"原文文件名「{source_name}」无效", "写 policy.yaml 旁边的文件名，如 source: source.txt", key="source")
    return clean_source(read_policy_text(directory / source_name, from_file=str(pf.path), from_line=pf.at(top, "source")))


def _facts(pf: Reader, top: LDict) -> dict[str, m.FactDef]:
    node = top["facts"]
    if not isinstance(node, LDict) or not node:
        pf.fail(top, "facts 应当是「事实名: 定义」映射", "例如 facts: {project_budget: {type: money, unit: 万元, label: 项目预算}}",
                key="facts")
    out = _fact_defs(pf, node, lists=True)
    for f in out.values():
        for item in f.items:
            if item.name in out:
                pf.where = f"事实 {f.name}"
                pf.fail(node[f.name]["items"], f"列表项字段「{item.name}」与事实同名", "给列表项字段换一个名字",
                        key=item.name)
    pf.where, pf.outer = "", ("", ())
    return out


_FACT_TYPES = ("money", "number", "integer", "bool", "category", "date", "list")
_RESERVED = ("effective_from", "assessment_date")  # the named dates of the date idiom


def _fact_defs(pf: Reader, node: LDict, *, lists: bool, of: str = "") -> dict[str, m.FactDef]:
    """Fact definitions (``facts:``, or a list fact's ``items:`` when ``of`` names it)."""
    out: dict[str, m.FactDef] = {}
    for name in node:
        pf.where = f"事实 {of}.{name}" if of else f"事实 {name}"
        if not isinstance(name, str) or not _FACT_NAME_RE.match(name) or name in _RESERVED:
            pf.fail(node, f"事实名「{name}」无效", "用小写英文字母、数字和下划线，如 project_budget"
                    "（effective_from、assessment_date 是日期的保留名）", key=name)
        pf.outer = (name, ())
        s = pf.mapping(node[name], f"事实 {name} 的定义",
                       ("type", "label", "help", "unit", "values", "min", "max", *(("items",) if lists else ())),
                       ("type", "label"), line=pf.at(node, name))
        ftype = pf.name(s, "type", _FACT_TYPES if lists else _FACT_TYPES[:-1])
        label = pf.text(s, "label")
        help_ = pf.text(s, "help", "")
        unit = pf.text(s, "unit") if "unit" in s else None
        if ftype == "money" and unit not in _UNITS:
            pf.fail(s, "金额事实需要单位元、万元或亿元", "写 unit: 万元 或 unit: 元", key="unit" if "unit" in s else None)
        values: tuple[str, ...] = ()
        if ftype == "category":
            raw = s.get("values")
            if not isinstance(raw, LList) or not raw:
                pf.fail(s, "类别事实需要列出 values（类别列表）", "例如 values: [3A, 4A, 5A]", key="values")
            for i, v in enumerate(raw):
                if not isinstance(v, str) or not v.strip():
                    pf.fail(raw, f"values 第 {i + 1} 项应当是文字，写的是 {shown(v)}", "类别写成文字，数字类别加引号",
                            line=pf.at(raw, i))
                if v in raw[:i]:
                    pf.fail(raw, f"类别「{v}」重复", "每个类别只写一次", line=pf.at(raw, i))
            values = tuple(raw)
        elif "values" in s:
            pf.fail(s, f"只有类别事实有 values，这个事实是 {ftype}", "删去 values，或把 type 改为 category", key="values")
        items: tuple[m.FactDef, ...] = ()
        if ftype == "list":
            raw_items = s.get("items")
            if not isinstance(raw_items, LDict) or not raw_items:
                pf.fail(s, "列表事实需要 items：每一项的字段（字段名: 定义）",
                        "例如 items: {price: {type: money, unit: 元, label: 就餐费用}}", key="items" if "items" in s else None)
            items = tuple(_fact_defs(pf, raw_items, lists=False, of=name).values())
            pf.where = f"事实 {name}"
        elif "items" in s:
            pf.fail(s, f"只有列表事实（type: list）有 items，这个事实是 {ftype}", "删去 items，或把 type 改为 list", key="items")
        bounds = [None if s.get(k) is None else _fact_bound(pf, s, k, ftype) for k in ("min", "max")]
        low, high = (Fraction(0) if bounds[0] is None else bounds[0]), bounds[1]
        if high is not None and high < low:  # an empty range: no value could ever be given
            pf.fail(s, f"事实 {name} 的取值范围为空：max {shown(s['max'])} 小于 min（未写 min 时为 0）",
                    "把 max 写成不小于 min 的数，如 max: 1", key="max")
        out[name] = m.FactDef(name, cast(Any, ftype), label, help_, unit, values, bounds[0], bounds[1], items)
    return out


def _fact_bound(pf: Reader, s: LDict, key: str, ftype: str) -> Fraction:
    raw = s[key]
    if ftype not in ("number", "integer") or isinstance(raw, bool) or not isinstance(raw, int | Decimal):
        pf.fail(s, f"{key} 只用于数字和整数事实，应当是数", "如 min: 0、max: 1", key=key)
    if not -m.NUMBER_LIMIT <= raw <= m.NUMBER_LIMIT:
        pf.fail(s, f"{key} {shown(raw)} 超出事实取值的界限（绝对值不超过 {m.NUMBER_LIMIT:,}）",
                f"写成 -{m.NUMBER_LIMIT:,} 到 {m.NUMBER_LIMIT:,} 之间的数", key=key)
    return Fraction(raw)


def _ident(pf: Reader, node: LDict) -> str:
    ident = pf.text(node, "id")
    if not _ID_RE.match(ident):
        pf.fail(node, f"id「{ident}」无效", "用英文字母、数字、连字符，如 art7 或 art4-2", key="id")
    return ident


def _budget(pf: Reader, seq: LList, index: int) -> m.Budget:
    """``budgets[index]``: a fund the text states, ``{label, amount, per: year | total, cite, quote}``."""
    pf.where, pf.outer = f"budgets 第 {index + 1} 项", ("", ())
    b = pf.mapping(seq[index], "budgets 项", ("label", "amount", "per", "cite", "quote"),
                   ("label", "amount", "per", "cite", "quote"), line=pf.at(seq, index))
    fen = pf.figure(b["amount"], "money", pf.at(b, "amount"), "amount")
    per = pf.name(b, "per", m.BUDGET_PERS)
    out = m.Budget(pf.text(b, "label"), int(fen), cast(Any, per), pf.text(b, "cite"), pf.quote(b))
    if per == "year" and any(isinstance(x, LDict) and x.get("per") == "year" for x in seq[:index]):
        pf.fail(b, "只能有一项 per: year 的年度预算（申报批次的默认预算）", "其余的写 per: total，或合并为一项", key="per")
    pf.where = ""
    return out


def _provision(pf: Reader, seq: LList, index: int, ids: _Ids) -> m.Provision:
    pf.where, pf.outer = "非资金条款", ("", ())
    p = pf.mapping(seq[index], "非资金条款", ("id", "cite", "title", "quote", "summary"), ("id", "cite", "quote"),
                   line=pf.at(seq, index))
    ident = _ident(pf, p)
    pf.where = f"非资金条款 {ident}"
    ids.add(pf, p, ident)
    out = m.Provision(ident, pf.text(p, "cite"), pf.text(p, "title", ""), pf.quote_list(p),
                      pf.text(p, "summary", ""))
    pf.where = ""
    return out


def _clause(cf: Reader, seq: LList, index: int, rel: str, ids: _Ids, refs: CapRefs) -> m.Clause:
    cf.where, cf.outer, cf.quotes = "条款", ("", ()), ()
    c = cf.mapping(seq[index], "条款", _CLAUSE_KEYS, ("id", "cite", "quote", "kind"), line=cf.at(seq, index))
    cid = _ident(cf, c)
    cf.where, cf.line = f"条款 {cid}", c.line
    ids.add(cf, c, cid)
    cf.quotes = quotes = cf.quote_list(c)
    kind = cf.name(c, "kind", {"monetary": "资金条款", "manual_amount": "金额另行核定"})
    cf.outer = ("amount", _CLAUSE_KEYS)
    if kind == "manual_amount":
        amount = Manual.read_note(cf, c)
    else:
        if c.get("amount") is None:
            cf.missing(c, "amount", "缺少 amount", "写出金额公式，如 amount: 500万元；金额由评审另定的写 kind: manual_amount")
        amount = read_amount(cf, c, "amount", "money")
    cf.outer = ("floor", _CLAUSE_KEYS)
    floor = Floor.read(cf, c, kind) if c.get("floor") is not None else None
    cf.outer = ("caps", _CLAUSE_KEYS)
    caps_node = cf.seq(c, "caps", "caps")
    caps = tuple(ClauseCap.read(cf, caps_node, i, cid, refs) for i in range(len(caps_node)))
    payee = cf.name(c, "payee", PAYEES, "applicant")
    programme = None
    if c.get("programme") is not None:
        cf.outer = ("programme", _CLAUSE_KEYS)
        programme = Programme.read(cf, c)
    cf.outer = ("when", _CLAUSE_KEYS)
    condition = read_condition(cf, c, "when") if c.get("when") is not None else None
    cf.outer = ("schedule", _CLAUSE_KEYS)
    schedule = read_schedule(cf, c, cf.default_schedule)
    cf.outer = ("deduct", _CLAUSE_KEYS)
    deduct = Deduct.read(cf, c) if c.get("deduct") is not None else None
    if deduct is not None and kind != "monetary":
        cf.fail(c, "金额另行核定的条款不能写 deduct", "统筹扣减写在按公式计算金额的条款上；另行核定的金额在评审时扣减", key="deduct")
    cf.outer = ("", ())
    out = m.Clause(
        id=cid,
        cite=cf.text(c, "cite"),
        title=cf.text(c, "title", ""),
        quotes=quotes,
        kind=cast(Any, kind),
        discretionary=bool(cf.flag(c, "discretionary", False)),
        condition=condition,
        amount=amount,
        caps=caps,
        schedule=schedule,
        payee=payee,
        payee_label=cf.text(c, "payee_label", PAYEES[payee]),
        programme=programme,
        interpretation=cf.texts(c, "interpretation"),
        source_file=rel,
        line=c.line,
        quota=cf.text(c, "quota", ""),
        floor=floor,
        benefit=read_benefit(cf, c),
        deduct=deduct,
    )
    cf.where, cf.quotes = "", ()
    return out


# ---- for a policy layered on another (rules/layers.py reads its files with the same readers) ----------
Ids = _Ids
read_facts = _facts
read_budget = _budget
read_provision = _provision
read_clause = _clause
