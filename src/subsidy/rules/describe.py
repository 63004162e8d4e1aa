"""Rules in words: which facts a clause needs, and its formula, conditions and caps in Chinese (each idiom
words itself: ``describe`` and ``facts`` of its node in conditions.py and amounts.py)."""

from __future__ import annotations

from subsidy.rules import model as m
from subsidy.rules.amounts import compile_amount
from subsidy.rules.conditions import compile_condition
from subsidy.rules.trace import dated_text

__all__ = ["clause_facts", "describe_condition", "describe_expr", "fact_names"]


def fact_names(node: m.Condition | m.Expr | None) -> list[str]:
    """Facts read by a condition or an expression, in order of first use (each idiom says which it reads)."""
    if node is None or isinstance(node, m.Manual):
        return []
    if isinstance(node, m.FactIs | m.Compare | m.InSet | m.All | m.Any_ | m.Not):
        return compile_condition(node).facts([])
    return compile_amount(node).facts([])


def clause_facts(p: m.Policy, c: m.Clause) -> list[m.FactDef]:
    names = fact_names(p.applicants) + fact_names(c.condition) + fact_names(c.amount)
    if c.programme:
        names.append(c.programme.year_fact)
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return [p.facts[n] for n in seen]


def describe_expr(p: m.Policy, e: m.Expr) -> str:
    if isinstance(e, m.Manual):
        return f"金额另行核定（{e.note}）"
    return compile_amount(e).describe(p)


def describe_condition(p: m.Policy, c: m.Condition | None) -> str:
    return "无附加条件" if c is None else compile_condition(c).describe(p)


def describe_caps(p: m.Policy, c: m.Clause) -> list[str]:
    out = []
    for cap in c.caps:
        label = cap.label or cap.scope_label()
        if cap.max_grants is not None:
            out.append(f"{label}：最多 {cap.max_grants} 次")
        else:
            assert cap.limit is not None
            shared = f"（与{'、'.join(x for x in cap.clauses if x != c.id)}合计）" if len(cap.clauses) > 1 else ""
            out.append(f"{cap.scope_label()}最高 {dated_text(cap.limit, 'money', p.amount_unit)}{shared}")
    return out
