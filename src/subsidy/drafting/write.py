"""Write a :class:`~subsidy.drafting.draft.Draft` as a policy directory that ``subsidy check`` loads:
``source.txt`` (the original text, byte for byte as read), ``policy.yaml``, ``clauses/*.yaml`` (one file per
article), starter ``cases/*.yaml`` (three per clause: eligible, not eligible, eligible at another figure;
their expected figures are what the draft reads, to be confirmed in review) and ``review.html``."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from subsidy.drafting.classify import KIND_LABELS
from subsidy.drafting.draft import Draft, DraftClause, clause_id
from subsidy.drafting.propose import RELATION_LABELS, Proposal
from subsidy.money import FEN_PER_UNIT, apply_rate, format_fen

__all__ = ["draft_files", "write_draft"]

_SCOPE_CAP = {"application": "单个申报", "entity_year": "单个主体每年", "entity_validity": "单个主体在有效期内",
              "entity_years": "单个主体连续{years}年合计"}
_DEFAULT_START = dt.date(2026, 1, 1)
_PENDING = "待核"


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)


def _fact(name: str) -> str:
    return name.replace("-", "_").lower()


def _confidence_note(p: Proposal) -> str:
    figs = "；".join(f"{f.text}（{RELATION_LABELS[f.relation]}"
                    + (f"，{_SCOPE_CAP[f.scope].format(years=f.years)}" if f.scope else "")
                    + f"，置信度 {f.confidence:.1f}）" for f in p.figures)
    return f"{_PENDING}：起草置信度 {p.confidence:.1f}。读出的数字：{figs or '无'}"


def _clause(c: DraftClause, facts: dict[str, Any], unit: str) -> dict[str, Any]:
    p = c.proposal
    fid = _fact(c.id)
    eligible = f"{fid}_eligible"
    facts[eligible] = {"type": "bool", "label": f"符合{c.cite}的条件（{_PENDING}）：{p.condition_label}"[:120],
                       "help": f"{_PENDING}：由审核人员对照原文把条件拆成具体事实。原文：{c.quotes[0][:200]}"}
    out: dict[str, Any] = {"id": c.id, "cite": c.cite, "title": c.title or p.condition_label[:24] or c.cite,
                           "quote": c.quotes[0] if len(c.quotes) == 1 else c.quotes}
    notes = [_confidence_note(p), *p.notes]
    if p.manual:
        out["kind"] = "manual_amount"
        out["when"] = eligible
        out["amount"] = f"{_PENDING}：金额另行核定（起草时未能读出公式）"
        out["interpretation"] = notes
        return out
    out["kind"] = "monetary"
    if p.discretionary:
        out["discretionary"] = True
    out["when"] = eligible
    if p.floors:
        conditions: list[Any] = [eligible]
        for n, (label, f, op) in enumerate(p.floors, start=1):
            name = f"{fid}_min{n}"
            facts[name] = {"type": "money", "unit": f.text[-2:] if f.text.endswith(("万元", "亿元")) else "元",
                           "label": label, "help": f"{_PENDING}：{c.cite}的门槛（{label}{f.text}）"}
            conditions.append({"fact": name, op: f.value})
        out["when"] = {"all": conditions}
    if p.form == "fixed":
        assert p.fixed is not None
        out["amount"] = p.fixed.value
    elif p.form == "ratio":
        assert p.rate is not None
        base = f"{fid}_base"
        facts[base] = {"type": "money", "unit": p.unit if p.unit in FEN_PER_UNIT else "万元",
                       "label": p.base_label, "help": f"{_PENDING}：{c.cite}计算所用的基数（{p.base_label}）"}
        rate: Any = p.rate.value
        if p.rate_bands and p.rate_band_of:
            band = f"{fid}_band"
            facts[band] = {"type": "money", "unit": p.rate_band_unit, "label": p.rate_band_of,
                           "help": f"{_PENDING}：{c.cite}按此分档取比例"}
            rate = {"bands": {"of": band, "bands": [_band(lo, hi, f.value, p.rate_band_unit) for lo, hi, f in p.rate_bands]}}
        elif p.rate_bands:
            rate = {"bands": {"of": f"{fid}_year", "bands": [_band(lo, hi, f.value, None) for lo, hi, f in p.rate_bands]}}
        out["amount"] = {"ratio": {"rate": rate, "of": base}}
    elif p.form == "per_unit":
        assert p.fixed is not None
        count = f"{fid}_count"
        facts[count] = {"type": "integer", "unit": p.count_unit or "个", "label": p.count_label,
                        "help": f"{_PENDING}：{c.cite}按件（人、月、次）计算的数量"}
        counted: Any = count if p.count_limit is None else {"min": [count, p.count_limit]}
        out["amount"] = {"per_unit": {"unit": p.fixed.value, "count": counted}}
    else:
        category = f"{fid}_category"
        facts[category] = {"type": "category", "label": f"{c.cite}的类别", "values": [n for n, _ in p.table],
                           "help": f"{_PENDING}：按原文「分别给予」所列的类别取值"}
        out["amount"] = {"table": {"by": category, "values": {n: f.value for n, f in p.table}}}
    caps = []
    for f in p.caps:
        cap: dict[str, Any] = {"limit": f.value, "scope": f.scope or "application"}
        if f.scope == "entity_years":
            if f.years < 2:
                cap["scope"] = "entity_validity"
            else:
                cap["years"] = f.years
        cap["label"] = _SCOPE_CAP[cap["scope"]].format(years=f.years)
        caps.append(cap)
    for cap, q in zip(caps[len(caps) - len(c.cap_quotes):], c.cap_quotes, strict=False):
        cap["quote"] = q
    if p.once:
        caps.append({"max_grants": 1, "scope": "entity_validity", "label": "只支持一次（有效期内）"})
    if caps:
        out["caps"] = caps
    out["schedule"] = p.schedule
    if p.payee != "applicant":
        out["payee"] = p.payee
    if p.programme_years:
        year = f"{fid}_year"
        facts[year] = {"type": "integer", "unit": "年", "label": "连续支持的第几年", "help": "本次申请为第几年（首次为 1）"}
        out["programme"] = {"years": p.programme_years, "year_fact": year}
    out["interpretation"] = notes
    del unit
    return out


def _band(low: int | None, high: int | None, value: str, unit: str | None) -> dict[str, Any]:
    """One band: money bounds in ``unit`` (分 in, text out), or year numbers when ``unit`` is None."""
    out: dict[str, Any] = {}
    for key, bound in (("from", low), ("to", high)):
        if bound is not None:
            out[key] = bound if unit is None else format_fen(bound, unit)
    out["value"] = value
    return out


def _provisions(d: Draft) -> list[dict[str, Any]]:
    groups: list[tuple[str, str, list[str]]] = []
    for s in d.sentences:
        if s.clauses or s.used_as:
            continue  # computed by a clause, or read as validity, applicants, stacking or a cap
        kind: str = s.reading.kind
        if groups and groups[-1][0] == s.sentence.cite and groups[-1][1] == kind:
            groups[-1][2].append(s.quote)
        else:
            groups.append((s.sentence.cite, kind, [s.quote]))
    ids: dict[str, int] = {}
    out = []
    for cite, kind, quotes in groups:
        base = f"p-{clause_id(cite)}"
        ids[base] = ids.get(base, 0) + 1
        ident = base if ids[base] == 1 else f"{base}-{ids[base]}"
        note = "（含金额，未起草为资金条款，请核对）" if kind == "monetary" else ""
        out.append({"id": ident, "cite": cite, "title": KIND_LABELS[kind if kind != "monetary" else "provision"],
                    "quote": quotes[0] if len(quotes) == 1 else quotes,
                    "summary": f"{_PENDING}：{KIND_LABELS[kind]}{note}，起草时只列出，不计算"})
    return out


def _stacking(d: Draft, top: dict[str, Any]) -> None:
    exclusions: list[dict[str, Any]] = []
    for s in d.sentences:
        if s.reading.kind != "stacking":
            continue
        text, cite, quote = s.sentence.text, s.sentence.cite, s.quote
        if "就高" in text and re.search(r"多项|同时符合", text) and "highest" not in top.get("stacking", {}):
            top.setdefault("stacking", {})["highest"] = {
                "scope": "entity_year", "cite": cite, "quote": quote,
                "interpretation": [f"{_PENDING}：按解读约定第10条，同一年度内同一主体符合多项条款的，只享受金额最高的一项"]}
            s.used_as = "stacking.highest"
        elif ("差额" in text or ("就高" in text and "不重复" in text)) and "difference" not in top.get("stacking", {}):
            support: dict[str, Any] = {"same_year": True, "levels": ["district"]} if "差额" in text else {
                "same_matter": True, "levels": ["district"]}
            top.setdefault("stacking", {})["difference"] = {
                "cite": cite, "quote": quote, "support": support,
                "interpretation": [f"{_PENDING}：按解读约定第11条，本政策金额扣减已获的其他同级支持后给予（起草时的读法，须对照原文核定）"]}
            s.used_as = "stacking.difference"
        elif re.search(r"不重复|不再", text):
            support = {"same_matter": True}
            if "一事一议" in text:
                support["one_matter_decision"] = True
            elif "前海" in text:
                support["zone"] = "前海"
            else:
                support["levels"] = ["district"]
            exclusions.append({"id": f"exclusion-{len(exclusions) + 1}", "cite": cite, "quote": quote,
                               "reason": f"{_PENDING}：{quote[:60]}", "support": support})
            s.used_as = "exclusions"
    if exclusions:
        top["exclusions"] = exclusions


def _policy(d: Draft, facts: dict[str, Any]) -> dict[str, Any]:
    top: dict[str, Any] = {
        "id": d.policy_id, "title": d.title,
        "short_title": re.sub(r"（征求意见稿）$", "", d.title)[:40] or d.title,
        "issuer": d.issuer, "jurisdiction": d.jurisdiction, "source": "source.txt", "status": d.status,
        "effective_from": d.effective_from, "amount_unit": d.amount_unit,
    }
    if d.validity is not None:
        years, k = d.validity
        s = d.sentences[k]
        top["validity"] = {"years": years, "cite": s.sentence.cite, "quote": s.quote,
                           "interpretation": f"{_PENDING}：有效期 {years} 年，自施行日期起算"
                           + ("" if d.effective_from else "；施行日期原文未给出，采用政策时设定")}
        s.used_as = s.used_as or "validity"
    applicant = next((s for s in d.sentences if s.reading.kind == "applicants"
                      and re.search(r"适用于|支持对象|适用对象|申报主体", s.sentence.text)), None)
    if applicant is not None:
        facts["applicant_eligible"] = {"type": "bool", "label": f"符合申报主体条件（{_PENDING}）",
                                       "help": f"{_PENDING}：{applicant.quote[:200]}"}
        top["applicants"] = {"cite": applicant.sentence.cite, "quote": applicant.quote, "when": "applicant_eligible",
                             "interpretation": [f"{_PENDING}：由审核人员把申报主体条件拆成具体事实"]}
        applicant.used_as = "applicants"
    _stacking(d, top)
    top["interpretation"] = [f"{_PENDING}：本文件由 subsidy draft 根据原文自动起草，未经审核；每个条款、事实、上限和案例"
                             "都须对照原文核对后才能采用"]
    return top


# ---- starter cases ------------------------------------------------------------------------------


def _ceiling(p: Proposal, value_fen: int) -> int:
    for f in p.caps:
        if f.fen is not None:
            value_fen = min(value_fen, f.fen)
    return value_fen


def _cases(d: Draft, clause_docs: list[dict[str, Any]], facts: dict[str, Any]) -> dict[str, str]:
    start = d.effective_from or _DEFAULT_START
    as_of = start + dt.timedelta(days=30)
    out: dict[str, str] = {}
    for c, doc in zip(d.clauses, clause_docs, strict=True):
        p = c.proposal
        fid = _fact(c.id)
        variants: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
        common: dict[str, Any] = {}
        if "applicant_eligible" in facts:
            common["applicant_eligible"] = True
        if "programme" in doc:
            common[doc["programme"]["year_fact"]] = 1
        unit = p.unit if p.unit in FEN_PER_UNIT else "万元"
        show = d.amount_unit

        def money(fen: int, u: str = unit) -> str:
            return format_fen(fen, u)

        if p.manual:
            variants += [("eligible", "符合条件，金额另行核定", {}, {"eligible": True}),
                         ("eligible-again", "符合条件（再次核对），金额另行核定", {}, {"eligible": True})]
        elif p.form == "fixed":
            assert p.fixed is not None and p.fixed.fen is not None
            ceiling = _ceiling(p, p.fixed.fen)
            variants += [("eligible", f"符合条件，最高可获 {money(ceiling, show)}", {}, {"eligible": True, "ceiling": money(ceiling, show)}),
                         ("eligible-again", "符合条件（第二个申报）", {}, {"eligible": True, "ceiling": money(ceiling, show)})]
        elif p.form == "ratio":
            assert p.rate is not None and p.rate.rate is not None
            rate: Fraction = p.rate.rate
            cap = min((f.fen for f in p.caps if f.fen is not None), default=None)
            small = 100 * FEN_PER_UNIT[unit]
            large = (int(cap / rate) * 2 if cap else 1000 * FEN_PER_UNIT[unit])
            large = -(-large // FEN_PER_UNIT[unit]) * FEN_PER_UNIT[unit]
            for tag, base in (("below-cap", small), ("above-cap", large)):
                ceiling = _ceiling(p, apply_rate(base, rate))
                variants.append((tag, f"基数 {money(base)}，最高可获 {money(ceiling, show)}", {f"{fid}_base": money(base)},
                                 {"eligible": True, "ceiling": money(ceiling, show)}))
        elif p.form == "per_unit":
            assert p.fixed is not None and p.fixed.fen is not None
            for tag, n in (("few", 2), ("many", 40)):
                counted = n if p.count_limit is None else min(n, p.count_limit)
                ceiling = _ceiling(p, p.fixed.fen * counted)
                variants.append((tag, f"数量 {n}，最高可获 {money(ceiling, show)}", {f"{fid}_count": n},
                                 {"eligible": True, "ceiling": money(ceiling, show)}))
        else:
            for tag, (name, f) in (("first", p.table[0]), ("last", p.table[-1])):
                assert f.fen is not None
                ceiling = _ceiling(p, f.fen)
                variants.append((tag, f"类别「{name}」，最高可获 {money(ceiling, show)}", {f"{fid}_category": name},
                                 {"eligible": True, "ceiling": money(ceiling, show)}))
        for n, (_, f, op) in enumerate(p.floors, start=1):
            assert f.fen is not None
            fen = f.fen + {"above": 1, "below": -1}.get(op, 0)
            common[f"{fid}_min{n}"] = format_fen(fen, f.text[-2:] if f.text.endswith(("万元", "亿元")) else "元")
        if p.rate_bands and p.rate_band_of:
            lo, hi, _ = p.rate_bands[0]
            common[f"{fid}_band"] = format_fen(lo if lo is not None else (hi or 0), p.rate_band_unit)
        first_facts = variants[0][2]
        variants.insert(1, ("not-eligible", "不符合条件", dict(first_facts), {"eligible": False}))
        for tag, name, extra, expect in variants:
            met = expect["eligible"]
            case: dict[str, Any] = {"name": f"{_PENDING}（起草生成）：{c.cite} {name}", "policy": d.policy_id,
                                    "description": f"起草生成的起始案例（{_PENDING}）：{c.cite}{c.title or ''}，{name}"
                                                   "；核对原文后改写为这个案例检验什么、数额从何而来",
                                    "as_of": as_of}
            if d.effective_from is None:
                case["effective_from"] = start
            case["facts"] = {**common, f"{fid}_eligible": met, **extra}
            case.update({"history": [], "other_support": [], "bars": []})
            case["expect"] = {"clauses": {c.id: expect}}
            out[f"cases/{c.id}-{tag}.yaml"] = _dump(case)
    return out


def draft_files(d: Draft) -> dict[str, str]:
    """Every file of the draft directory but the source and the report: relative path → text."""
    facts: dict[str, Any] = {}
    clause_docs = [_clause(c, facts, d.amount_unit) for c in d.clauses]
    top = _policy(d, facts)
    provisions = _provisions(d)
    if not facts:
        facts["applicant_eligible"] = {"type": "bool", "label": f"符合申报主体条件（{_PENDING}）"}
    top["facts"] = facts
    top["provisions"] = provisions
    files = {"policy.yaml": f"# {d.title}\n# {_PENDING}：由 subsidy draft 自动起草，须对照 source.txt 逐条核对\n" + _dump(top)}
    by_file: dict[str, list[dict[str, Any]]] = {}
    for c, doc in zip(d.clauses, clause_docs, strict=True):
        by_file.setdefault(re.sub(r"[a-z]$", "", c.id.split("-")[0]) if c.id.startswith("art") else c.id, []).append(doc)
    for name, docs in by_file.items():
        files[f"clauses/{name}.yaml"] = f"# {docs[0]['cite']}（{_PENDING}）\n" + _dump({"clauses": docs})
    files.update(_cases(d, clause_docs, facts))
    return files


def write_draft(d: Draft, out: Path, original: str) -> list[Path]:
    """Write the draft directory ``out`` (which must not hold a policy yet); the paths written."""
    from subsidy.drafting.review import review_html

    files = draft_files(d)
    written = []
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.txt").write_bytes(original.encode("utf-8"))
    written.append(out / "source.txt")
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    (out / "review.html").write_text(review_html(d), encoding="utf-8")
    written.append(out / "review.html")
    return written
