"""Read a policy directory (``policy.yaml``, ``clauses/*.yaml``, the source text) into a :class:`Policy`.

Every problem raises :class:`PolicyFileError` with the file, the line and what to do. Unknown keys
are refused (a misspelt key must not silently drop a rule).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn, cast

from subsidy.errors import PolicyFileError
from subsidy.money import MoneyFormatError, parse_money, parse_rate
from subsidy.rules import model as m
from subsidy.rules.yamlsource import LDict, LList, load_yaml_file

__all__ = ["clean_source", "load_policy", "policy_version"]

_BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")
_FACT_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_COMPARE_OPS = ("equals", "at_least", "at_most", "above", "below")
_PAYEES = {
    "applicant": "申报单位",
    "financial_institution": "金融机构",
    "park_operator": "园区运营单位",
    "organiser": "承办单位或运营单位",
    "designated": "指定单位",
}


def clean_source(text: str) -> str:
    """The legal text without ``[bookmark: ...]`` conversion debris."""
    return _BOOKMARK_RE.sub("", text)


def policy_version(directory: Path) -> str:
    """Content hash of every file of the policy (rules, cases excluded), for replaying decisions."""
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "cases" not in path.relative_to(directory).parts:
            h.update(str(path.relative_to(directory)).encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


class _File:
    """Parsing context for one YAML file: knows the path and raises located errors."""

    def __init__(self, path: Path, facts: dict[str, m.FactDef] | None = None) -> None:
        self.path = path
        self.facts = facts or {}

    def fail(self, node: Any, problem: str, hint: str = "", key: str | None = None) -> NoReturn:
        line = getattr(node, "line", 0)
        if key is not None and isinstance(node, LDict):
            line = node.key_lines.get(key, line)
        raise PolicyFileError(str(self.path), line, problem, hint)

    def mapping(self, node: Any, where: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> LDict:
        if not isinstance(node, LDict):
            self.fail(node, f"{where} 应当是键值映射", f"写成「键: 值」的形式，可用的键：{'、'.join(allowed)}")
        for key in node:
            if key not in allowed:
                self.fail(node, f"{where} 中有未知的键「{key}」", f"可用的键：{'、'.join(allowed)}", key=key)
        for key in required:
            if key not in node or node[key] in (None, ""):
                self.fail(node, f"{where} 缺少必填的「{key}」", f"补上「{key}: ...」")
        return node

    def text(self, node: LDict, key: str, where: str, default: str | None = None) -> str:
        value = node.get(key, default)
        if value is None:
            self.fail(node, f"{where} 缺少「{key}」", f"补上「{key}: ...」")
        if not isinstance(value, str):
            self.fail(node, f"{where} 的「{key}」应当是文字", key=key)
        return value

    def texts(self, node: LDict, key: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        self.fail(node, f"「{key}」应当是文字或文字列表", key=key)

    # ---- literals ----------------------------------------------------------------------------

    def scalar(self, raw: Any, vtype: m.VType, node: Any) -> m.Scalar:
        try:
            if vtype == "money":
                return parse_money(raw).fen
            if vtype == "rate":
                return parse_rate(raw)
            if vtype == "number":
                if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
                    raise MoneyFormatError(f"「{raw}」不是数字")
                return Fraction(raw)
        except MoneyFormatError as exc:
            self.fail(node, str(exc), "金额写成 \"500万元\"，比例写成 \"50%\"")
        if vtype == "bool":
            if not isinstance(raw, bool):
                self.fail(node, f"「{raw}」不是是/否值", "写 true 或 false")
            return raw
        if not isinstance(raw, str):
            self.fail(node, f"「{raw}」应当是类别名称（文字）")
        return raw

    def dated(self, raw: Any, vtype: m.VType, node: Any) -> m.Dated:
        """A literal, or ``{dated: {2026-01-01: 500万元, 2027-07-01: 300万元}}``."""
        if isinstance(raw, LDict) and "dated" in raw:
            self.mapping(raw, "按日期变化的值", ("dated",))
            table = raw["dated"]
            if not isinstance(table, LDict) or not table:
                self.fail(raw, "dated 应当是「日期: 值」的映射", "例如 dated: {2026-01-01: 500万元}")
            points: list[tuple[dt.date | None, m.Scalar]] = []
            for key, value in table.items():
                if not isinstance(key, dt.date):
                    self.fail(table, f"「{key}」不是日期", "写成 2026-01-01", key=str(key))
                points.append((key, self.scalar(value, vtype, table)))
            points.sort(key=lambda p: cast(dt.date, p[0]))
            return m.Dated(tuple(points))
        return m.Dated(((None, self.scalar(raw, vtype, node)),))

    # ---- facts -------------------------------------------------------------------------------

    def fact(self, name: Any, node: Any) -> m.FactDef:
        if not isinstance(name, str) or name not in self.facts:
            known = "、".join(sorted(self.facts))
            self.fail(node, f"未声明的事实「{name}」", f"先在 policy.yaml 的 facts 中声明它；已声明：{known}")
        return self.facts[name]

    # ---- conditions --------------------------------------------------------------------------

    def condition(self, node: Any) -> m.Condition:
        if isinstance(node, str):
            f = self.fact(node, node)
            if f.type != "bool":
                self.fail(node, f"事实「{node}」不是是/否值，不能单独作为条件", "用 at_least、equals、in 等比较")
            return m.FactIs(node)
        if not isinstance(node, LDict):
            self.fail(node, "条件应当是事实名称或映射", "例如 {fact: x, at_least: 100万元} 或 {all: [...]}")
        label = node.get("label")
        for group in ("all", "any"):
            if group in node:
                self.mapping(node, "条件", (group, "label"))
                items = node[group]
                if not isinstance(items, LList) or not items:
                    self.fail(node, f"{group} 应当是非空的条件列表", key=group)
                parsed = tuple(self.condition(i) for i in items)
                return m.All(parsed, label) if group == "all" else m.Any_(parsed, label)
        if "not" in node:
            self.mapping(node, "条件", ("not", "label"))
            return m.Not(self.condition(node["not"]), label)
        self.mapping(node, "条件", ("fact", "label", "in", *_COMPARE_OPS), ("fact",))
        f = self.fact(node["fact"], node)
        ops = [k for k in node if k in (*_COMPARE_OPS, "in")]
        if len(ops) > 1:
            self.fail(node, f"一个条件只能有一个比较（现有 {'、'.join(ops)}）", "拆成 all: [...] 中的多个条件")
        if not ops:
            if f.type != "bool":
                self.fail(node, f"事实「{f.name}」不是是/否值", "加上 at_least、equals 或 in 等比较")
            return m.FactIs(f.name, label)
        op = ops[0]
        if op == "in":
            values = node["in"]
            if f.type != "category" or not isinstance(values, list):
                self.fail(node, "in 只用于类别事实，值是类别列表", key="in")
            self._check_categories(f, values, node)
            return m.InSet(f.name, tuple(values), label)
        vtype: m.VType = _fact_vtype(f)
        if op != "equals" and vtype not in ("money", "number"):
            self.fail(node, f"「{op}」只用于金额或数字事实，「{f.name}」是 {f.type}", key=op)
        value = self.dated(node[op], vtype, node)
        if vtype == "category":
            self._check_categories(f, [v for _, v in value.points], node)
        return m.Compare(f.name, cast(Any, op), value, vtype, label)

    def _check_categories(self, f: m.FactDef, values: list[Any], node: Any) -> None:
        for v in values:
            if v not in f.values:
                self.fail(node, f"「{v}」不是事实「{f.name}」的类别", f"可用的类别：{'、'.join(f.values)}")

    # ---- amounts -----------------------------------------------------------------------------

    def expr(self, node: Any, want: m.VType | None = None) -> m.Expr:
        e = self._expr(node, want)
        got = vtype_of(e)
        if want is not None and got != want and not (want == "number" and got == "rate"):
            self.fail(node, f"这里需要{_TYPE_NAMES[want]}，写的是{_TYPE_NAMES[got]}")
        return e

    def _expr(self, node: Any, want: m.VType | None) -> m.Expr:
        if isinstance(node, bool):
            self.fail(node, "金额表达式不能是是/否值")
        if isinstance(node, int | Decimal):
            return m.Lit(m.Dated(((None, Fraction(node)),)), "number")
        if isinstance(node, str):
            return self._expr_text(node, want)
        if not isinstance(node, LDict):
            self.fail(node, "无法识别的金额表达式", "可用：fixed、ratio、per_unit、table、bands、min、max、sum、top_up、fact")
        kinds = [k for k in node if k in _EXPR_KEYS]
        if len(kinds) != 1:
            self.fail(node, "金额表达式应当恰有一个类型键", f"可用：{'、'.join(_EXPR_KEYS)}")
        kind = kinds[0]
        body = node[kind]
        if kind == "fixed":
            self.mapping(node, "fixed", ("fixed",))
            return m.Lit(self.dated(body, "money", node), "money")
        if kind == "rate":
            self.mapping(node, "rate", ("rate",))
            return m.Lit(self.dated(body, "rate", node), "rate")
        if kind == "fact":
            self.mapping(node, "fact", ("fact",))
            f = self.fact(body, node)
            return m.FactRef(f.name, _fact_vtype(f))
        if kind == "manual":
            self.mapping(node, "manual", ("manual",))
            return m.Manual(str(body))
        if kind == "ratio":
            b = self.mapping(body, "ratio", ("rate", "of"), ("rate", "of"))
            return m.Ratio(self.expr(b["rate"], "rate"), self.expr(b["of"], "money"))
        if kind == "per_unit":
            b = self.mapping(body, "per_unit", ("unit", "count"), ("unit", "count"))
            return m.PerUnit(self.expr(b["unit"], "money"), self.expr(b["count"], "number"))
        if kind == "product":
            if not isinstance(body, LList) or not body:
                self.fail(node, "product 应当是非空列表", key="product")
            return m.Product(tuple(self.expr(i, "number") for i in body))
        if kind in ("min", "max", "sum"):
            if not isinstance(body, LList) or len(body) < 2:
                self.fail(node, f"{kind} 至少需要两项", key=kind)
            items = tuple(self.expr(i, want) for i in body)
            types = {vtype_of(i) for i in items}
            if len(types) != 1:
                self.fail(node, f"{kind} 的各项类型不一致", "金额与金额比较，数字与数字比较", key=kind)
            vt = types.pop()
            if vt not in ("money", "number", "rate"):
                self.fail(node, f"{kind} 只用于金额或数字", key=kind)
            return m.MinMaxSum(cast(Any, kind), items, vt)
        if kind == "top_up":
            b = self.mapping(body, "top_up", ("target", "already"), ("target", "already"))
            return m.TopUp(self.expr(b["target"], "money"), self.expr(b["already"], "money"))
        if kind == "table":
            return self._table(body, node, want)
        return self._bands(body, node, want)

    def _expr_text(self, node: str, want: m.VType | None) -> m.Expr:
        if want in (None, "money"):
            try:
                return m.Lit(m.Dated(((None, parse_money(node).fen),)), "money")
            except MoneyFormatError:
                pass
        if want in (None, "rate", "number"):
            try:
                return m.Lit(m.Dated(((None, parse_rate(node)),)), "rate")
            except MoneyFormatError:
                pass
        if node in self.facts:
            f = self.facts[node]
            return m.FactRef(f.name, _fact_vtype(f))
        self.fail(node, f"「{node}」既不是金额、比例，也不是已声明的事实", "金额如 \"500万元\"；比例如 \"50%\"；或先声明事实")

    def _value_type(self, raw: Any, want: m.VType | None) -> m.VType:
        if want in ("money", "rate"):
            return want
        probe = raw
        if isinstance(raw, LDict) and "dated" in raw and isinstance(raw["dated"], LDict) and raw["dated"]:
            probe = next(iter(raw["dated"].values()))
        try:
            parse_money(probe)
            return "money"
        except MoneyFormatError:
            return "rate"

    def _table(self, body: Any, node: Any, want: m.VType | None) -> m.Table:
        b = self.mapping(body, "table", ("by", "values"), ("by", "values"))
        by_raw = b["by"]
        by = (by_raw,) if isinstance(by_raw, str) else tuple(by_raw)
        facts = [self.fact(name, b) for name in by]
        for f in facts:
            if f.type != "category":
                self.fail(b, f"table 的 by 必须是类别事实，「{f.name}」是 {f.type}", key="by")
        values = b["values"]
        if not isinstance(values, LDict) or not values:
            self.fail(b, "table 的 values 应当是「类别: 值」映射", key="values")
        first = values[next(iter(values))]
        while len(by) > 1 and isinstance(first, LDict) and "dated" not in first:
            first = first[next(iter(first))]
        vtype = self._value_type(first, want)
        rows: list[tuple[tuple[str, ...], m.Dated]] = []

        def walk(level: int, mapping: LDict, prefix: tuple[str, ...]) -> None:
            for key, value in mapping.items():
                self._check_categories(facts[level], [key], mapping)
                if level + 1 < len(by):
                    if not isinstance(value, LDict):
                        self.fail(mapping, f"table 第{level + 2}层应当是映射", key=str(key))
                    walk(level + 1, value, (*prefix, key))
                else:
                    rows.append(((*prefix, key), self.dated(value, vtype, mapping)))

        walk(0, values, ())
        return m.Table(by, tuple(rows), vtype)

    def _bands(self, body: Any, node: Any, want: m.VType | None) -> m.Bands:
        b = self.mapping(body, "bands", ("of", "bands"), ("of", "bands"))
        of = self.expr(b["of"])
        of_type = vtype_of(of)
        if of_type not in ("money", "number"):
            self.fail(b, "bands 的 of 应当是金额或数字", key="of")
        items = b["bands"]
        if not isinstance(items, LList) or not items:
            self.fail(b, "bands 应当是非空的区间列表", key="bands")
        vtype = self._value_type(items[0].get("value") if isinstance(items[0], LDict) else None, want)
        bands = []
        for item in items:
            it = self.mapping(item, "区间", ("from", "to", "value"), ("value",))
            low = self.dated(it["from"], of_type, it) if "from" in it else None
            high = self.dated(it["to"], of_type, it) if "to" in it else None
            bands.append(m.Band(low, high, self.dated(it["value"], vtype, it)))
        return m.Bands(of, tuple(bands), vtype)


_EXPR_KEYS = ("fixed", "rate", "fact", "manual", "ratio", "per_unit", "product", "min", "max", "sum",
              "top_up", "table", "bands")
_TYPE_NAMES = {"money": "金额", "rate": "比例", "number": "数字", "bool": "是/否值", "category": "类别"}


def _fact_vtype(f: m.FactDef) -> m.VType:
    return {"money": "money", "number": "number", "integer": "number", "bool": "bool",
            "category": "category"}[f.type]  # type: ignore[return-value]


def vtype_of(e: m.Expr) -> m.VType:
    if isinstance(e, m.Lit | m.FactRef | m.Table | m.Bands | m.MinMaxSum):
        return e.vtype
    if isinstance(e, m.Product):
        return "number"
    return "money"


# ---- whole files --------------------------------------------------------------------------------

_POLICY_KEYS = ("id", "title", "short_title", "issuer", "jurisdiction", "source", "status", "effective_from",
                "validity", "amount_unit", "facts", "applicants", "stacking", "exclusions", "provisions",
                "interpretation")
_CLAUSE_KEYS = ("id", "cite", "title", "quote", "kind", "discretionary", "when", "amount", "caps", "schedule",
                "payee", "payee_label", "programme", "interpretation", "quota")


def load_policy(directory: Path) -> m.Policy:
    """Load and check a policy directory. Raises :class:`PolicyFileError` on the first problem."""
    path = directory / "policy.yaml"
    raw = load_yaml_file(path)
    pf = _File(path)
    top = pf.mapping(raw, "policy.yaml", _POLICY_KEYS, ("id", "title", "issuer", "source", "status", "facts"))
    source_path = directory / pf.text(top, "source", "policy.yaml")
    try:
        source_text = clean_source(source_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pf.fail(top, f"原文文件 {source_path} 不存在", "把政策原文放在 policy.yaml 旁边并在 source 中写文件名", key="source")
    facts = _facts(pf, top["facts"])
    pf.facts = facts
    status = pf.text(top, "status", "policy.yaml")
    if status not in ("draft", "in_force", "expired"):
        pf.fail(top, f"status「{status}」无效", "可用：draft（征求意见稿）、in_force（施行中）、expired（已失效）", key="status")
    effective = top.get("effective_from")
    if effective is not None and not isinstance(effective, dt.date):
        pf.fail(top, "effective_from 应当是日期", "写成 2026-01-01，或留空由采用政策时设定", key="effective_from")

    validity = pf.mapping(top.get("validity") or LDict(), "validity", ("years", "cite", "quote", "interpretation"))
    years = validity.get("years")
    if years is not None and (not isinstance(years, int) or years <= 0):
        pf.fail(validity, "validity.years 应当是正整数", key="years")

    applicants = None
    a_cite = a_quote = ""
    a_interp: tuple[str, ...] = ()
    if top.get("applicants") is not None:
        a = pf.mapping(top["applicants"], "applicants", ("cite", "quote", "when", "interpretation"), ("cite", "quote", "when"))
        applicants = pf.condition(a["when"])
        a_cite, a_quote = pf.text(a, "cite", "applicants"), pf.text(a, "quote", "applicants")
        a_interp = pf.texts(a, "interpretation")
        _check_quote(pf, a, a_quote, source_text)

    highest, difference = _stacking(pf, top.get("stacking"), source_text)
    exclusions = tuple(_exclusion(pf, e, i, source_text) for i, e in enumerate(top.get("exclusions") or []))
    provisions = [_provision(pf, p, source_text) for p in top.get("provisions") or []]

    clauses: list[m.Clause] = []
    clause_dir = directory / "clauses"
    for cpath in sorted(clause_dir.glob("*.yaml")) if clause_dir.is_dir() else []:
        cf = _File(cpath, facts)
        body = cf.mapping(load_yaml_file(cpath), cpath.name, ("clauses", "provisions"))
        for item in body.get("clauses") or []:
            clauses.append(_clause(cf, item, source_text, str(cpath.relative_to(directory))))
        for item in body.get("provisions") or []:
            provisions.append(_provision(cf, item, source_text))
    _check_unique(pf, top, [c.id for c in clauses] + [p.id for p in provisions])
    known = {c.id for c in clauses}
    for c in clauses:
        for cap in c.caps:
            for other in cap.clauses:
                if other not in known:
                    raise PolicyFileError(c.source_file, c.line, f"上限 {cap.id} 引用了不存在的条款「{other}」",
                                          f"可用的条款 id：{'、'.join(sorted(known))}")
    return m.Policy(
        id=pf.text(top, "id", "policy.yaml"),
        title=pf.text(top, "title", "policy.yaml"),
        short_title=str(top.get("short_title") or top["title"]),
        issuer=pf.text(top, "issuer", "policy.yaml"),
        jurisdiction=str(top.get("jurisdiction") or ""),
        status=cast(Any, status),
        effective_from=effective,
        validity_years=years,
        validity_cite=str(validity.get("cite") or ""),
        validity_quote=str(validity.get("quote") or ""),
        amount_unit=str(top.get("amount_unit") or "万元"),
        facts=facts,
        applicants=applicants,
        applicants_cite=a_cite,
        applicants_quote=a_quote,
        applicants_interpretation=a_interp,
        clauses=tuple(clauses),
        provisions=tuple(provisions),
        highest=highest,
        difference=difference,
        exclusions=exclusions,
        source_text=source_text,
        directory=str(directory),
        version=policy_version(directory),
        interpretation=pf.texts(top, "interpretation") + pf.texts(validity, "interpretation"),
    )


def _check_unique(pf: _File, node: Any, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            pf.fail(node, f"条款 id「{i}」重复", "每个条款和非资金条款的 id 必须唯一")
        seen.add(i)


def _check_quote(pf: _File, node: LDict, quote: str, source: str) -> None:
    if quote not in source:
        pf.fail(node, f"引文没有逐字出现在原文中：「{quote[:40]}…」", "从原文复制整句，不要改写或增删标点", key="quote")


def _facts(pf: _File, node: Any) -> dict[str, m.FactDef]:
    if not isinstance(node, LDict):
        pf.fail(node, "facts 应当是「事实名: 定义」映射")
    out: dict[str, m.FactDef] = {}
    for name, spec in node.items():
        if not _FACT_NAME_RE.match(str(name)):
            pf.fail(node, f"事实名「{name}」无效", "用小写英文字母、数字和下划线，如 project_budget", key=str(name))
        s = pf.mapping(spec, f"事实 {name}", ("type", "label", "help", "unit", "values", "min", "max"), ("type", "label"))
        ftype = s["type"]
        if ftype not in ("money", "number", "integer", "bool", "category"):
            pf.fail(s, f"事实 {name} 的类型「{ftype}」无效", "可用：money、number、integer、bool、category", key="type")
        unit = s.get("unit")
        if ftype == "money" and unit not in ("元", "万元", "亿元"):
            pf.fail(s, f"金额事实 {name} 需要单位", "unit: 万元 或 unit: 元", key="unit")
        values = tuple(str(v) for v in s.get("values") or ())
        if ftype == "category" and not values:
            pf.fail(s, f"类别事实 {name} 需要列出 values", "例如 values: [3A, 4A, 5A]")
        bounds = [None if s.get(k) is None else _fact_bound(pf, s, k, ftype) for k in ("min", "max")]
        out[name] = m.FactDef(name, ftype, str(s["label"]), str(s.get("help") or ""), unit, values, *bounds)
    return out


def _fact_bound(pf: _File, s: LDict, key: str, ftype: str) -> Fraction:
    raw = s[key]
    if ftype not in ("number", "integer") or isinstance(raw, bool) or not isinstance(raw, int | Decimal):
        pf.fail(s, f"{key} 只用于数字和整数事实，应当是数", "如 min: 0、max: 1", key=key)
    return Fraction(raw)


def _support_filter(pf: _File, node: Any) -> m.SupportFilter:
    s = pf.mapping(node, "support", ("same_year", "same_matter", "levels", "zone", "one_matter_decision"))
    levels = s.get("levels") or []
    for lv in levels:
        if lv not in ("district", "city", "province", "national"):
            pf.fail(s, f"级别「{lv}」无效", "可用：district、city、province、national", key="levels")
    return m.SupportFilter(
        same_year=bool(s.get("same_year", False)),
        same_matter=s.get("same_matter"),
        levels=tuple(levels),
        zone=s.get("zone"),
        one_matter_decision=s.get("one_matter_decision"),
    )


def _stacking(pf: _File, node: Any, source: str) -> tuple[m.HighestRule | None, m.DifferenceRule | None]:
    if node is None:
        return None, None
    s = pf.mapping(node, "stacking", ("highest", "difference"))
    highest = difference = None
    if s.get("highest") is not None:
        h = pf.mapping(s["highest"], "stacking.highest", ("scope", "cite", "quote", "interpretation"),
                       ("scope", "cite", "quote"))
        if h["scope"] not in ("entity_year", "project"):
            pf.fail(h, f"就高范围「{h['scope']}」无效", "可用：entity_year（同一企业同一年度）、project（同一项目）", key="scope")
        _check_quote(pf, h, h["quote"], source)
        highest = m.HighestRule(h["scope"], h["cite"], h["quote"], pf.texts(h, "interpretation"))
    if s.get("difference") is not None:
        d = pf.mapping(s["difference"], "stacking.difference", ("support", "cite", "quote", "interpretation"),
                       ("support", "cite", "quote"))
        _check_quote(pf, d, d["quote"], source)
        difference = m.DifferenceRule(_support_filter(pf, d["support"]), d["cite"], d["quote"],
                                      pf.texts(d, "interpretation"))
    return highest, difference


def _exclusion(pf: _File, node: Any, index: int, source: str) -> m.Exclusion:
    e = pf.mapping(node, "exclusions 项", ("id", "support", "reason", "cite", "quote"), ("support", "reason", "cite", "quote"))
    _check_quote(pf, e, e["quote"], source)
    return m.Exclusion(str(e.get("id") or f"exclusion-{index + 1}"), _support_filter(pf, e["support"]),
                       e["reason"], e["cite"], e["quote"])


def _provision(pf: _File, node: Any, source: str) -> m.Provision:
    p = pf.mapping(node, "非资金条款", ("id", "cite", "title", "quote", "summary"), ("id", "cite", "quote"))
    quotes = pf.texts(p, "quote")
    for q in quotes:
        _check_quote(pf, p, q, source)
    return m.Provision(p["id"], p["cite"], str(p.get("title") or ""), quotes, str(p.get("summary") or ""))


def _clause(cf: _File, node: Any, source: str, rel: str) -> m.Clause:
    c = cf.mapping(node, "条款", _CLAUSE_KEYS, ("id", "cite", "quote", "kind"))
    cid = cf.text(c, "id", "条款")
    where = f"条款 {cid}"
    quotes = cf.texts(c, "quote")
    for q in quotes:
        _check_quote(cf, c, q, source)
    kind = c["kind"]
    if kind not in ("monetary", "manual_amount"):
        cf.fail(c, f"{where} 的 kind「{kind}」无效",
                "资金条款用 monetary，金额另行核定的用 manual_amount；非资金条款写在 provisions 下", key="kind")
    if kind == "manual_amount":
        amount: m.Expr = m.Manual(str(c.get("amount") or "按照相关规定核定"))
    else:
        if "amount" not in c:
            cf.fail(c, f"{where} 缺少 amount", "写出金额公式，如 amount: 500万元")
        amount = cf.expr(c["amount"], "money")
    caps = tuple(_cap(cf, cap, cid, i, source) for i, cap in enumerate(c.get("caps") or []))
    payee = str(c.get("payee") or "applicant")
    if payee not in _PAYEES:
        cf.fail(c, f"{where} 的收款方「{payee}」无效", f"可用：{'、'.join(_PAYEES)}", key="payee")
    programme = None
    if c.get("programme") is not None:
        p = cf.mapping(c["programme"], "programme", ("years", "year_fact"), ("years", "year_fact"))
        f = cf.fact(p["year_fact"], p)
        if f.type != "integer":
            cf.fail(p, f"year_fact「{f.name}」应当是整数事实（第几年）", key="year_fact")
        programme = m.Programme(int(p["years"]), f.name)
    return m.Clause(
        id=cid,
        cite=cf.text(c, "cite", where),
        title=str(c.get("title") or ""),
        quotes=quotes,
        kind=kind,
        discretionary=bool(c.get("discretionary", False)),
        condition=cf.condition(c["when"]) if c.get("when") is not None else None,
        amount=amount,
        caps=caps,
        schedule=_schedule(cf, c.get("schedule"), where),
        payee=payee,
        payee_label=str(c.get("payee_label") or _PAYEES[payee]),
        programme=programme,
        interpretation=cf.texts(c, "interpretation"),
        source_file=rel,
        line=c.line,
        quota=str(c.get("quota") or ""),
    )


def _cap(cf: _File, node: Any, owner: str, index: int, source: str) -> m.Cap:
    c = cf.mapping(node, "上限", ("limit", "max_grants", "scope", "years", "clauses", "label", "quote"), ("scope",))
    scope = c["scope"]
    if scope not in m.SCOPE_LABELS:
        cf.fail(c, f"上限范围「{scope}」无效", f"可用：{'、'.join(m.SCOPE_LABELS)}", key="scope")
    if ("limit" in c) == ("max_grants" in c):
        cf.fail(c, "上限应当恰有 limit（金额）或 max_grants（次数）之一")
    years = int(c.get("years") or 1)
    if scope == "entity_years" and years < 2:
        cf.fail(c, "entity_years 范围需要 years（连续年数，至少 2）", key="scope")
    clauses = tuple(c.get("clauses") or (owner,))
    if owner not in clauses:
        clauses = (owner, *clauses)
    limit = cf.dated(c["limit"], "money", c) if "limit" in c else None
    max_grants = c.get("max_grants")
    if max_grants is not None and (not isinstance(max_grants, int) or max_grants < 1):
        cf.fail(c, "max_grants 应当是正整数", key="max_grants")
    quote = c.get("quote")
    if quote is not None:
        _check_quote(cf, c, quote, source)
    return m.Cap(f"{owner}#cap{index + 1}", scope, limit, max_grants, years, clauses,
                 str(c.get("label") or ""), quote)


def _schedule(cf: _File, node: Any, where: str) -> m.Schedule:
    if node is None:
        return m.Schedule("lump_sum")
    s = cf.mapping(node, f"{where} 的 schedule", ("type", "shares", "years", "period", "note"), ("type",))
    stype = s["type"]
    if stype not in ("lump_sum", "tranches", "annual", "periodic"):
        cf.fail(s, f"支付方式「{stype}」无效", "可用：lump_sum、tranches、annual、periodic", key="type")
    shares: tuple[Fraction, ...] = ()
    if stype == "tranches":
        raw = s.get("shares")
        if not isinstance(raw, list) or len(raw) < 2:
            cf.fail(s, "分期支付需要 shares 列表", "例如 shares: [50%, 30%, 20%]")
        try:
            shares = tuple(parse_rate(x) for x in raw)
        except MoneyFormatError as exc:
            cf.fail(s, str(exc), key="shares")
        if sum(shares, Fraction(0)) != 1:
            cf.fail(s, "各期比例之和应当等于 100%", key="shares")
    years = int(s.get("years") or (len(shares) if shares else 1))
    return m.Schedule(stype, shares, years, str(s.get("period") or ""), str(s.get("note") or ""))
