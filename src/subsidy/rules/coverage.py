"""Is every figure of the source text covered by some quote? Nothing may be silently skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from subsidy.rules.model import Policy

__all__ = ["Uncovered", "all_quotes", "uncovered_amounts"]

AMOUNT_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元|%)")


@dataclass(frozen=True)
class Uncovered:
    token: str
    line: int
    context: str


def all_quotes(p: Policy) -> list[str]:
    quotes: list[str] = [q for c in p.clauses for q in c.quotes]
    quotes += [cap.quote for c in p.clauses for cap in c.caps if cap.quote]
    quotes += [q for x in p.provisions for q in x.quotes]
    quotes += [x.quote for x in p.exclusions]
    quotes += [b.quote for b in p.budgets]
    quotes += [q for q in (p.applicants_quote, p.validity_quote) if q]
    quotes += [h.quote for h in p.highests]
    quotes += list(p.default_schedule.quotes) if p.default_schedule is not None else []
    if p.difference:
        quotes.append(p.difference.quote)
    return quotes


def uncovered_amounts(p: Policy) -> list[Uncovered]:
    """Amounts (万元, 元, %) in the source that lie inside no quote of the policy file."""
    text = p.source_text
    spans: list[tuple[int, int]] = []
    for q in all_quotes(p):
        start = text.find(q)
        while start != -1:
            spans.append((start, start + len(q)))
            start = text.find(q, start + 1)
    out = []
    for mt in AMOUNT_RE.finditer(text):
        if not any(a <= mt.start() and mt.end() <= b for a, b in spans):
            line = text.count("\n", 0, mt.start()) + 1
            ctx = text[max(0, mt.start() - 20): mt.end() + 10].replace("\n", " ")
            out.append(Uncovered(mt.group(0), line, ctx))
    return out
