"""The review report of a draft: one self-contained HTML page (no CDN, no script), in Chinese. The amount-
bearing sentences that no clause computes come first; then the whole text, each sentence coloured by what
was understood, with the proposed rule beside it."""

from __future__ import annotations

from html import escape

from subsidy.drafting.classify import KIND_LABELS
from subsidy.drafting.draft import Draft, DraftSentence
from subsidy.drafting.propose import RELATION_LABELS, SCOPE_NAMES, Proposal
from subsidy.rules.parse import PAYEES

__all__ = ["review_html"]

_COLOURS = {"monetary": "#d9f2d9", "manual": "#ffe0b3", "applicants": "#dde8ff", "stacking": "#f3dcff",
            "validity": "#fff6bf", "budget": "#e6e6e6", "provision": "#ffffff", "cap": "#d9f2d9"}
_FORMS = {"fixed": "固定额", "ratio": "比例", "per_unit": "按件计", "table": "分档", "manual": "金额另行核定（待核）"}
_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;line-height:1.6}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}
th{background:#f4f4f4}.cite{white-space:nowrap;color:#555}.legend span{padding:.1em .5em;margin-right:.5em;border:1px solid #ccc}
.low{color:#b00}.note{color:#555;font-size:.9em}h2{margin-top:1.5em}
"""


def _proposal(cid: str, p: Proposal) -> str:
    form = "最高额（在最高额内评审核定）" if p.form == "fixed" and p.discretionary else _FORMS[p.form]
    parts = [f"<b>{escape(cid)}</b> {escape(form)}"]
    if p.form == "ratio" and p.rate is not None:
        parts.append(f"{escape(p.base_label)} × {escape(p.rate.value)}")
    if p.form in ("fixed", "per_unit") and p.fixed is not None:
        parts.append(escape(p.fixed.value) + (f" × {escape(p.count_label)}" if p.form == "per_unit" else ""))
    if p.form == "table":
        parts.append("；".join(f"{escape(n)} {escape(f.value)}" for n, f in p.table))
    for label, f, op in p.floors:
        parts.append(f"条件 {escape(label)} {escape({'at_least': '≥', 'above': '>', 'at_most': '≤', 'below': '<'}[op])} {escape(f.value)}")
    if p.rate_bands:
        parts.append(("按" + escape(p.rate_band_of) + "分档：" if p.rate_band_of else "按支持年度：")
                     + "；".join(f"{lo if lo is not None else ''}–{hi if hi is not None else ''} {escape(f.value)}"
                                for lo, hi, f in p.rate_bands) + ("（金额单位：分）" if p.rate_band_of else ""))
    for f in p.caps:
        parts.append(f"上限 {escape(f.value)}（{escape(SCOPE_NAMES.get(f.scope or 'application', ''))}）")
    parts.append("支付：" + escape(_schedule(p.schedule)))
    if p.programme_years:
        parts.append(f"连续 {p.programme_years} 年")
    if p.once:
        parts.append("只支持一次")
    if p.payee != "applicant":
        parts.append(f"收款方：{escape(PAYEES.get(p.payee, p.payee))}")
    cls = ' class="low"' if p.confidence < 0.6 else ""
    parts.append(f"<span{cls}>置信度 {p.confidence:.1f}</span>")
    figs = "、".join(f"{escape(f.text)}：{escape(RELATION_LABELS[f.relation])} {f.confidence:.1f}" for f in p.figures)
    notes = "".join(f"<div class=note>{escape(n)}</div>" for n in p.notes)
    return "<div>" + "；".join(parts) + f"</div><div class=note>数字：{figs or '无'}</div>{notes}"


def _schedule(schedule: dict[str, object]) -> str:
    kind = schedule.get("type")
    if kind == "tranches":
        shares = schedule.get("shares")
        return "分期拨付 " + "、".join(map(str, shares if isinstance(shares, list) else []))
    if kind == "annual":
        return f"逐年（{schedule.get('years')} 年）"
    if kind == "periodic":
        return f"按{schedule.get('period')}发放"
    return "一次性"


def _kind(d: Draft, s: DraftSentence) -> str:
    if s.used_as == "cap":
        return "cap"
    props = [c.proposal for c in d.clauses if c.id in s.clauses]
    if props and all(p.manual for p in props):
        return "manual"
    return "monetary" if props else s.reading.kind


def review_html(d: Draft) -> str:
    rows = []
    for index, s in enumerate(d.sentences):
        kind = _kind(d, s)
        label = "上限（并入上一条款）" if kind == "cap" else ("资金（金额待核）" if kind == "manual" else KIND_LABELS[kind])
        used = f"<div class=note>用作 {escape(s.used_as)}</div>" if s.used_as and s.used_as != "cap" else ""
        props = "".join(_proposal(c.id, c.proposal) if c.sentence == index else f"<div class=note>并入 {escape(c.id)} 的引文</div>"
                        for c in d.clauses if c.id in s.clauses)
        rows.append(f"<tr><td class=cite>{escape(s.sentence.cite)}</td>"
                    f"<td style=\"background:{_COLOURS[kind]}\">{escape(s.quote)}</td>"
                    f"<td>{escape(label)}{used}{props}</td></tr>")
    uncovered = d.uncovered
    first = "".join(f"<li><span class=cite>{escape(s.sentence.cite)}</span> {escape(s.quote)}</li>" for s in uncovered)
    legend = "".join(f"<span style=\"background:{_COLOURS[k]}\">{escape(v)}</span>" for k, v in KIND_LABELS.items())
    monetary = [c for c in d.clauses if not c.proposal.manual]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>起草审核报告：{escape(d.title)}</title>
<style>{_CSS}</style></head><body>
<h1>起草审核报告：{escape(d.title)}</h1>
<p>政策编号 {escape(d.policy_id)}；资金条款 {len(monetary)} 个，金额待核的资金条款 {len(d.clauses) - len(monetary)} 个；
句子 {len(d.sentences)} 句。本草稿由 subsidy draft 自动生成，未经审核，不能直接采用。</p>
<h2>含金额但没有条款计算的句子（{len(uncovered)} 句，请先核对）</h2>
<ul>{first or '<li>无</li>'}</ul>
<h2>原文与起草结果</h2>
<p class=legend>{legend}<span style="background:{_COLOURS['manual']}">资金（金额待核）</span></p>
<table><tr><th>条款</th><th>原文</th><th>理解与起草</th></tr>
{''.join(rows)}
</table></body></html>
"""
