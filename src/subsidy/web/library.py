"""政策库: each policy's text as published, every funded sentence highlighted and linked to its clause
(the rule in words, the facts it needs, caps, schedule and the facts it reads (支付安排), payee, interpretation notes), so an officer can
check the encoding against the text; non-monetary provisions listed as such."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from subsidy.rules.describe import (
    FACT_TYPE_LABELS,
    clause_facts,
    describe_after_validity,
    describe_caps,
    describe_ceiling,
    describe_condition,
    describe_deduct,
    describe_expr,
    describe_highest,
    describe_how,
    describe_schedule,
    humanise,
    payment_facts,
    policy_standing,
)
from subsidy.rules.model import Clause, FactDef, Policy
from subsidy.services.clock import china_today
from subsidy.web.policies import shipped_policies, shipped_policy
from subsidy.web.render import render

__all__ = ["Segment", "policy_page", "router", "segments"]

router = APIRouter(prefix="/library", include_in_schema=False)


@dataclass
class Segment:
    """A stretch of the source text; ``kind`` "funded" (clauses' sentence), "provision" or "" (plain)."""

    text: str
    kind: str = ""
    ids: list[str] = field(default_factory=list)  # the clauses (or provisions) quoting it
    number: int = 0  # of the highlighted sentence, 1-based


def segments(text: str, quotes: list[tuple[str, str, str]]) -> list[Segment]:
    """``text`` cut at every quoted sentence (``(kind, id, quote)``, each found at its first place);
    sentences that overlap become one highlighted segment naming every clause that quotes them."""
    spans: list[tuple[int, int, str, str]] = []
    for kind, ident, quote in quotes:
        at = text.find(quote) if quote else -1
        if at >= 0:
            spans.append((at, at + len(quote), kind, ident))
    spans.sort()
    merged: list[tuple[int, int, str, list[str]]] = []
    for start, end, kind, ident in spans:
        if merged and start < merged[-1][1] and merged[-1][2] == kind:
            s, e, k, ids = merged[-1]
            merged[-1] = (s, max(e, end), k, ids if ident in ids else [*ids, ident])
        elif merged and start < merged[-1][1]:  # a provision inside a funded sentence: the funded one shows
            continue
        else:
            merged.append((start, end, kind, [ident]))
    out: list[Segment] = []
    pos = 0
    for n, (start, end, kind, ids) in enumerate(merged, start=1):
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], kind, ids, n))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _number(x: Fraction | None) -> str:
    if x is None:
        return ""
    if x.denominator == 1:
        return str(x.numerator)
    return str((Decimal(x.numerator) / Decimal(x.denominator)).normalize())


def _fact(f: FactDef) -> dict[str, str]:
    """A fact as the page lists it: its label, how it is written (type with unit, or the allowed
    values, and the range when the policy sets one) and its help."""
    if f.values:
        way = "可选：" + "、".join(f.values)
    else:
        way = FACT_TYPE_LABELS[f.type] + (f"（{f.unit}）" if f.unit else "")
    if f.minimum is not None or f.maximum is not None:
        way += f"，范围 {_number(f.minimum)}～{_number(f.maximum)}"
    return {"label": f.label, "way": way, "help": f.help}


def _clause(p: Policy, c: Clause) -> dict[str, Any]:
    return {
        "id": c.id, "cite": c.cite, "title": c.title, "quotes": list(c.quotes), "how": describe_how(c),
        "conditions": describe_condition(p, c.condition), "formula": describe_expr(p, c.amount),
        "caps": describe_caps(p, c), "ceiling": describe_ceiling(p, c) if c.caps else None,
        "deduct": describe_deduct(c), "schedule": "；".join(x for x in (describe_schedule(c), describe_after_validity(p, c)) if x),
        "payee": c.payee_label,
        "programme": f"连续支持 {c.programme.years} 年" if c.programme else "", "quota": humanise(p, c.quota),
        "facts": [_fact(f) for f in clause_facts(p, c)],
        "payment_facts": [_fact(f) for f in payment_facts(p, c)],  # what its schedule reads: only how it is paid
        "interpretation": [humanise(p, n) for n in c.interpretation],
        "file": c.source_file,
        "layer": p.layer.standing(c.id) if p.layer else None, "layer_note": p.layer.describe(c.id) if p.layer else "",
    }


def _base(p: Policy) -> dict[str, Any] | None:
    """A variant's base, as the page's banner says it: what is inherited, overridden, added, not applied."""
    if p.layer is None:
        return None
    layer = p.layer
    cites = {c.id: f"{c.cite} {c.title}".strip() for c in p.clauses}
    return {"id": layer.base_id, "title": layer.base_title,
            "inherited": [cites[c.id] for c in p.clauses if layer.standing(c.id) == "inherited"],
            "overridden": [f"{o.base_cite}（{o.summary()}）" for o in layer.overrides],
            "added": [cites[x] for x in layer.added], "removed": list(layer.removed_labels)}


def _rules(p: Policy) -> list[dict[str, Any]]:
    """The policy-wide rules: who may apply, validity, 就高, 差额, 不重复."""
    rows: list[dict[str, Any]] = []
    if p.applicants is not None:
        rows.append({"title": "申报主体条件", "cite": p.applicants_cite, "quote": p.applicants_quote,
                     "text": describe_condition(p, p.applicants), "notes": [humanise(p, n) for n in p.applicants_interpretation]})
    if p.validity_quote:
        rows.append({"title": "有效期", "cite": p.validity_cite, "quote": p.validity_quote,
                     "text": policy_standing(p, china_today()).validity_text(p), "notes": []})
    for h in p.highests:
        rows.append({"title": "就高（不叠加）", "cite": h.cite, "quote": h.quote, "text": describe_highest(p, h),
                     "notes": [humanise(p, n) for n in h.interpretation]})
    if p.difference is not None:
        rows.append({"title": "差额支持", "cite": p.difference.cite, "quote": p.difference.quote,
                     "text": "已获其他支持的，只补足差额", "notes": [humanise(p, n) for n in p.difference.interpretation]})
    for e in p.exclusions:
        rows.append({"title": "不重复支持", "cite": e.cite, "quote": e.quote, "text": humanise(p, e.reason), "notes": []})
    return rows


@router.get("", response_class=HTMLResponse)
def library_index(request: Request) -> HTMLResponse:
    today = china_today()
    rows = []
    for p in shipped_policies():
        standing = policy_standing(p, today)
        rows.append({"policy": p, "standing": standing, "validity": standing.validity_text(p)})
    return render(request, "library/index.html", {"rows": rows, "today": today})


def policy_page(p: Policy) -> dict[str, Any]:
    """What ``library/policy.html`` shows of ``p``: the text side by side with its clauses (a published
    policy here; a draft under review in web/drafts.py, whose page extends this one)."""
    standing = policy_standing(p, china_today())
    quotes = [("funded", c.id, q) for c in p.clauses for q in c.quotes]
    quotes += [("provision", x.id, q) for x in p.provisions for q in x.quotes]
    return {
        "p": p, "standing": standing, "validity": standing.validity_text(p),
        "segments": segments(p.source_text, quotes), "clauses": [_clause(p, c) for c in p.clauses], "base": _base(p),
        "provisions": [{"id": x.id, "cite": x.cite, "title": x.title, "summary": humanise(p, x.summary)}
                       for x in p.provisions], "rules": _rules(p), "interpretation": [humanise(p, n) for n in p.interpretation],
    }


@router.get("/{policy_id}", response_class=HTMLResponse)
def library_policy(request: Request, policy_id: str) -> HTMLResponse:
    return render(request, "library/policy.html", policy_page(shipped_policy(policy_id)))
