"""A policy layered on another ("各区可…提高资助标准", "参照区级标准"): a district variant whose policy.yaml names
its ``base`` and whose clause files override figures of named base clauses, add clauses and remove some,
without copying the base's clauses. Loaded, it is a full :class:`~subsidy.rules.model.Policy` (both evaluation
paths, ``subsidy check``, the calculator and the library see an ordinary policy), with a
:class:`~subsidy.rules.model.Layer` saying what is inherited, overridden, added and removed.

An override (``overrides:`` in a clause file of the variant) names the base clause and quotes the variant's
own sentence (checked against the variant's ``source.txt``, not the base's); ``figures: {3元: 5元}`` replaces
every literal figure written so in the base clause's ``when``, ``amount``, ``floor``, ``caps`` and
``schedule``, and any clause key written beside it (``amount:``, ``caps:``, ``when:`` …) replaces the base's.
Policy-level keys the variant writes (``effective_from``, ``validity``, ``applicants``, ``stacking``,
``exclusions``, ``budgets``) replace the base's; the rest are inherited. docs/policy-format.md "A policy
layered on another" is the reference.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from subsidy.rules import model as m
from subsidy.rules.amounts import Derived
from subsidy.rules.caps import CapRefs, check_cap_refs
from subsidy.rules.gates import Applicants, Exclusion, Validity
from subsidy.rules.reading import Reader, shown
from subsidy.rules.schedules import read_default
from subsidy.rules.stacking import read_stacking
from subsidy.rules.yamlsource import LDict, LList, read_policy_yaml
from subsidy.suggest import did_you_mean

__all__ = ["FIGURE_KEYS", "OVERRIDE_KEYS", "load_layered"]

FIGURE_KEYS = ("when", "amount", "floor", "caps", "schedule")
"""The parts of a base clause whose literal figures ``figures:`` replaces."""
OVERRIDE_KEYS = ("clause", "cite", "title", "quote", "figures", "kind", "discretionary", "when", "amount", "floor",
                 "caps", "schedule", "payee", "payee_label", "programme", "interpretation", "quota", "deduct")
_REPLACEABLE = OVERRIDE_KEYS[4:]


def load_layered(directory: Path, pf: Reader, top: LDict, policy_keys: tuple[str, ...]) -> m.Policy:
    """The variant in ``directory`` (policy.yaml already read into ``top`` by ``pf``) over its base."""
    from subsidy.rules import parse as p

    base_id = pf.text(top, "base")
    base_dir = _base_dir(pf, top, directory, base_id)
    base = p.load_policy(base_dir)
    if base.layer is not None:
        pf.fail(top, f"基础政策「{base_id}」本身是以「{base.layer.base_id}」为基础的变体", "base 写最上一级的政策（如市级政策）",
                key="base")
    pid = pf.text(top, "id")
    if pid == base.id:
        pf.fail(top, f"变体的 id 与基础政策相同（{pid}）", "给区级政策一个自己的 id，如 cn-gz-haizhu-elderly-meal-aid", key="id")
    pf.source = source_text = p.policy_source(pf, top, directory)

    own_facts = p.read_facts(pf, top) if top.get("facts") is not None else {}
    for name in own_facts:
        if name in base.facts:
            pf.where = f"事实 {name}"
            pf.fail(top["facts"], f"事实「{name}」已由基础政策定义", "删去这一项（沿用基础政策的定义），或换一个名字", key=name)
    pf.where = ""
    pf.facts = facts = {**base.facts, **own_facts}
    base_derived = _base_derived(base_dir, base)
    for name in top.get("derived") or {}:
        if name in base_derived:
            pf.fail(top["derived"], f"派生事实「{name}」已由基础政策定义", "删去这一项，或换一个名字", key=name)
    pf.derived = dict(base_derived)
    derived = Derived.read_all(pf, top) if top.get("derived") is not None else dict(base_derived)

    changed: dict[str, Any] = {"id": pid, "title": pf.text(top, "title"), "issuer": pf.text(top, "issuer"),
                               "status": pf.name(top, "status", m.STATUS_LABELS), "facts": facts,
                               "source_text": source_text, "directory": str(directory)}
    changed["short_title"] = pf.text(top, "short_title", changed["title"])
    changed["jurisdiction"] = pf.text(top, "jurisdiction", base.jurisdiction)
    changed["amount_unit"] = pf.name(top, "amount_unit", ("元", "万元", "亿元"), base.amount_unit)
    if "effective_from" in top:
        effective = top["effective_from"]
        if effective is not None and (not isinstance(effective, dt.date) or isinstance(effective, dt.datetime)):
            pf.fail(top, "effective_from 应当是日期", "写成 2026-01-01，或写 null 由采用政策时设定", key="effective_from")
        changed["effective_from"] = effective
    notes = pf.texts(top, "interpretation")
    if top.get("validity") is not None:
        years, cite, quote, v_notes = Validity.read(pf, top, policy_keys)
        changed.update(validity_years=years, validity_cite=cite, validity_quote=quote)
        notes += v_notes
    changed["interpretation"] = notes
    if top.get("applicants") is not None:
        cond, cite, quote, a_notes = Applicants.read(pf, top, policy_keys)
        changed.update(applicants=cond, applicants_cite=cite, applicants_quote=quote, applicants_interpretation=a_notes)
    if top.get("stacking") is not None:
        pf.where, pf.outer = "stacking", ("stacking", policy_keys)
        changed["highests"], changed["difference"] = read_stacking(pf, top)
        pf.where, pf.outer = "", ("", ())
    if top.get("exclusions") is not None:
        seq = pf.seq(top, "exclusions", "exclusions")
        changed["exclusions"] = tuple(Exclusion.read(pf, seq, i) for i in range(len(seq)))
    if top.get("budgets") is not None:
        seq = pf.seq(top, "budgets", "budgets")
        changed["budgets"] = tuple(p.read_budget(pf, seq, i) for i in range(len(seq)))
    if top.get("schedule") is not None:  # sched13: a default schedule of its own, for the clauses stating none
        pf.where, pf.outer = "schedule", ("schedule", policy_keys)
        changed["default_schedule"] = read_default(pf, top)
        pf.where, pf.outer = "", ("", ())
    default_schedule = changed.get("default_schedule", base.default_schedule)

    base_ids = {c.id for c in base.clauses} | {x.id for x in base.provisions}
    removed = _removed(pf, top)
    for i, x in enumerate(removed):
        if x not in base_ids:
            pf.fail(top["remove"], f"remove 中的「{x}」不是基础政策「{base.id}」的条款或非资金条款",
                    f"{did_you_mean(x, tuple(sorted(base_ids)))}可删去的 id：{'、'.join(sorted(base_ids))}",
                    line=pf.at(top["remove"], i))
    _refuse_removing_named(pf, top, base, set(removed))

    ids = p.Ids()
    provisions = [x for x in base.provisions if x.id not in removed]
    for kept in provisions:
        ids.seen[kept.id] = f"基础政策 {base.id}"
    seq = pf.seq(top, "provisions", "provisions")
    provisions += [p.read_provision(pf, seq, i, ids) for i in range(len(seq))]
    by_id = {c.id: c for c in base.clauses}
    replaced: dict[str, m.Clause] = {}
    overrides: list[m.Override] = []
    added: list[m.Clause] = []
    refs: CapRefs = []
    readers: list[Reader] = []
    clause_dir = directory / "clauses"
    for cpath in sorted(clause_dir.glob("*.yaml")) if clause_dir.is_dir() else []:
        cf = Reader(cpath, source_text, facts)
        readers.append(cf)
        cf.derived = dict(derived)
        cf.default_schedule = default_schedule
        body = cf.mapping(read_policy_yaml(cpath), cpath.name, ("clauses", "provisions", "overrides"))
        rel = str(cpath.relative_to(directory))
        seq = cf.seq(body, "overrides", "overrides")
        for i in range(len(seq)):
            clause, note = _override(cf, seq, i, rel, base, base_dir, by_id, set(removed), replaced, refs)
            replaced[clause.id] = clause
            overrides.append(note)
        for c in base.clauses:  # an added clause may not reuse a base clause's id
            ids.seen.setdefault(c.id, f"基础政策 {base.id}")
        seq = cf.seq(body, "clauses", "clauses")
        for i in range(len(seq)):
            added.append(p.read_clause(cf, seq, i, rel, ids, refs))
        cf.where = ""
        seq = cf.seq(body, "provisions", "provisions")
        provisions += [p.read_provision(cf, seq, i, ids) for i in range(len(seq))]
    clauses = [replaced.get(c.id, c) for c in base.clauses if c.id not in removed] + added
    known = {c.id for c in clauses}
    check_cap_refs(refs, known)
    for reader in (pf, *readers):
        reader.check_clause_ids(known)
    labels = {c.id: f"{c.cite} {c.title}".strip() for c in base.clauses}
    labels.update({x.id: f"{x.cite} {x.title}".strip() for x in base.provisions})
    layer = m.Layer(base.id, base.title, str(base_dir), base.source_text, base.version, tuple(overrides),
                    tuple(removed), tuple(c.id for c in added), tuple(labels[x] for x in removed))
    version = hashlib.sha256(f"{p.policy_version(directory)}:{base.version}".encode()).hexdigest()[:16]
    changed.update(clauses=tuple(clauses), provisions=tuple(provisions), version=version, layer=layer)
    return dataclasses.replace(base, **changed)


def _base_dir(pf: Reader, top: LDict, directory: Path, base_id: str) -> Path:
    from subsidy.rules.registry import base_candidates, find_base

    found = find_base(directory, base_id)
    if found is not None:
        return found
    dirs = base_candidates()
    pf.fail(top, f"找不到基础政策「{base_id}」", f"{did_you_mean(base_id, tuple(sorted(dirs)))}base 写政策库中的政策 id"
            f"（已有：{'、'.join(sorted(dirs))}），或把基础政策放在本目录旁边", key="base")


def _removed(pf: Reader, top: LDict) -> tuple[str, ...]:
    """policy.yaml's ``remove: [ids]``: base clauses and provisions the variant does not apply."""
    value = top.get("remove")
    if value is None:
        return ()
    if not isinstance(value, LList) or not value or not all(isinstance(x, str) for x in value):
        pf.fail(top, f"remove 应当是条款 id 的非空列表，写的是 {shown(value)}", "例如 remove: [art28]", key="remove")
    return tuple(value)


def _base_derived(base_dir: Path, base: m.Policy) -> dict[str, m.Derived]:
    """The base's derived facts (an override or an added clause may use them by name)."""
    path = base_dir / "policy.yaml"
    top = read_policy_yaml(path)
    if not isinstance(top, LDict) or top.get("derived") is None:
        return {}
    return Derived.read_all(Reader(path, base.source_text, dict(base.facts)), top)


def _refuse_removing_named(pf: Reader, top: LDict, base: m.Policy, removed: set[str]) -> None:
    """A removed clause may not be one the base's stacking, exclusions or shared caps still name."""
    named: list[tuple[str, tuple[str, ...]]] = []
    named += [("就高（stacking.highest）", h.clauses) for h in base.highests]
    if base.difference is not None:
        named.append(("差额（stacking.difference.exempt）", base.difference.exempt))
    named += [(f"不重复（exclusions {e.id}）", e.exempt) for e in base.exclusions]
    named += [(f"{c.id} 的共用上限", tuple(x for x in cap.clauses if x != c.id))
              for c in base.clauses if c.id not in removed for cap in c.caps]
    for what, ids in named:
        hit = sorted(removed & set(ids))
        if hit:
            pf.fail(top, f"不能删去「{'、'.join(hit)}」：基础政策的{what}引用了它", "保留该条款，或在本政策中重写相应的规则",
                    key="remove")


def _figure(value: Any) -> str | None:
    """A literal figure as written (``3元``, ``1/4``, ``50%``, ``60``), or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        return None
    return str(value).strip()


def _substitute(node: Any, figures: dict[str, Any], line: int, used: set[str]) -> Any:
    """``node`` (a base clause's YAML) with every literal figure named in ``figures`` replaced."""
    if isinstance(node, LDict):
        out = LDict()
        out.line, out.key_lines = node.line, dict(node.key_lines)
        for k, v in node.items():
            new = _substitute(v, figures, line, used)
            if new is not v and not isinstance(v, LDict | LList):
                out.key_lines[k] = line
            out[k] = new
        return out
    if isinstance(node, LList):
        seq = LList(_substitute(v, figures, line, used) for v in node)
        seq.line = node.line
        seq.item_lines = [line if new is not old and not isinstance(old, LDict | LList) else at
                          for new, old, at in zip(seq, node, node.item_lines, strict=False)]
        return seq
    key = _figure(node)
    if key is not None and key in figures:
        used.add(key)
        return figures[key]
    return node


def _override(cf: Reader, seq: LList, index: int, rel: str, base: m.Policy, base_dir: Path,
              by_id: dict[str, m.Clause], removed: set[str], replaced: dict[str, m.Clause],
              refs: CapRefs) -> tuple[m.Clause, m.Override]:
    """``overrides[index]``: the base clause it names, with the variant's quote, figures and keys."""
    from subsidy.rules import parse as p

    cf.where, cf.outer = f"overrides 第 {index + 1} 项", ("", ())
    o = cf.mapping(seq[index], "覆盖项", OVERRIDE_KEYS, ("clause", "cite", "quote"), line=cf.at(seq, index))
    cid = cf.text(o, "clause")
    if cid not in by_id:
        cf.fail(o, f"基础政策「{base.id}」没有条款「{cid}」", f"{did_you_mean(cid, tuple(sorted(by_id)))}"
                f"可覆盖的条款 id：{'、'.join(by_id)}", key="clause")
    if cid in removed:
        cf.fail(o, f"条款「{cid}」已在 policy.yaml 的 remove 中删去，不能再覆盖", "删去这一覆盖项，或从 remove 中去掉它", key="clause")
    if cid in replaced:
        cf.fail(o, f"条款「{cid}」已被覆盖过一次", "同一条款的改动写在一个覆盖项里", key="clause")
    cf.where = f"覆盖条款 {cid}"
    own_quotes = cf.quote_list(o)  # the variant's own sentence, in its own source text
    keys = tuple(k for k in _REPLACEABLE if k in o)
    if not keys:
        cf.fail(o, "覆盖项没有改动任何内容", f"写 figures: {{原数额: 新数额}}，或要替换的键（{'、'.join(_REPLACEABLE[1:])}）")
    base_clause = by_id[cid]
    raw = _base_node(base_dir, base_clause)
    merged = LDict()
    merged.line, merged.key_lines = o.line, dict(raw.key_lines)
    merged.update(raw)
    pairs: tuple[tuple[str, str], ...] = ()
    if "figures" in o:
        figs = o["figures"]
        if not isinstance(figs, LDict) or not figs:
            cf.fail(o, f"figures 应当是「原数额: 新数额」映射，写的是 {shown(figs)}", "例如 figures: {3元: 5元, 1/4: 1/3}",
                    key="figures")
        table: dict[str, Any] = {}
        for old, new in figs.items():
            if _figure(old) is None or _figure(new) is None:
                cf.fail(figs, f"figures 的「{shown(old)}: {shown(new)}」应当是两个数额", "例如 3元: 5元、50%: 60%、1/4: 1/3",
                        key=old)
            table[cast(str, _figure(old))] = new
        used: set[str] = set()
        for k in FIGURE_KEYS:
            if k in merged and k not in o:
                merged[k] = _substitute(merged[k], table, cf.at(o, "figures"), used)
        unused = [x for x in table if x not in used]
        if unused:
            cf.fail(figs, f"基础条款 {cid} 的 {'、'.join(k for k in FIGURE_KEYS if k in raw)} 中没有写作「{unused[0]}」的数额",
                    f"照基础条款的写法写原数额（如 3元、1/4、50%）；用 subsidy show {base.id}/{cid} 查看", key=unused[0])
        for old, new in table.items():  # an amount or a rate the variant sets is one its own sentence states
            text = str(new).strip()
            if text.endswith(("元", "%")) and text not in "".join(own_quotes):
                cf.fail(figs, f"新数额「{text}」不在本覆盖项的引文中", "引文写本政策规定该数额的句子（从本政策原文逐字复制）",
                        key=old)
        pairs = tuple((k, str(v)) for k, v in table.items())
    for k in (*keys, "cite", "quote"):
        if k != "figures":
            merged[k] = o[k]
            merged.key_lines[k] = cf.at(o, k)
    merged["id"] = cid
    merged.key_lines["id"] = cf.at(o, "clause")
    # the merged clause keeps the base's other sentences (a cap's own quote) readable: the base's text is
    # the source of those; the variant's own quotes were checked against its own text above
    own_source = cf.source
    cf.source = own_source + "\n" + base.source_text
    clause = p.read_clause(cf, _one(merged, o.line), 0, rel, p.Ids(), refs)
    cf.source = own_source
    for cap in clause.caps if "caps" in keys else ():
        if cap.quote and cap.quote not in own_source:
            cf.where = f"覆盖条款 {cid}"
            cf.fail(o, f"上限的引文不在本政策的原文中：「{cap.quote[:40]}」", "覆盖的上限引用本政策自己的句子", key="caps")
    cf.where = ""
    clause = dataclasses.replace(clause, quotes=own_quotes)
    return clause, m.Override(cid, base_clause.cite, base_clause.quotes, tuple(k for k in keys if k != "figures"), pairs)


def _one(node: LDict, line: int) -> LList:
    seq = LList([node])
    seq.line, seq.item_lines = line, [line]
    return seq


def _base_node(base_dir: Path, clause: m.Clause) -> LDict:
    body = read_policy_yaml(base_dir / clause.source_file)
    for node in body.get("clauses") or ():
        if isinstance(node, LDict) and node.get("id") == clause.id:
            return node
    raise AssertionError(f"{clause.source_file}: {clause.id}")  # the base was loaded from this very file
