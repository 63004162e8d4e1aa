"""The stable JSON form of an assessment (documented in docs/json-contract.md).

Amounts are decimal strings in 元 with two decimals, never floats. ``SCHEMA_VERSION`` changes
only when a field is removed or changes meaning; new fields may be added.
"""

from __future__ import annotations

from typing import Any

from subsidy.money import fen_yuan
from subsidy.rules.benefits import BENEFIT_TYPES
from subsidy.rules.model import Clause, Policy
from subsidy.rules.results import ClauseResult, PolicyResult, Step
from subsidy.rules.trace import render

__all__ = ["SCHEMA_VERSION", "base_json", "clause_detail_json", "clause_json", "policy_json", "result_json", "show_json", "shown_clauses",
           "yuan"]

SCHEMA_VERSION = "1"


def yuan(fen: int | None) -> str | None:
    return None if fen is None else fen_yuan(fen)


def _step(s: Step) -> dict[str, Any]:
    """A trace step: its wording (``text``, ``result``, ``inputs`` as people read them) and, since the trace
    is data, the record it is rendered from (``kind``; ``values``: the inputs used, money in 元; ``outcome``).
    Made once per step (a gate shared by every clause is one step, one dict in each clause's list)."""
    if s.doc is None:
        text, result = render(s)
        shown, values, outcome = s.json_forms()
        s.doc = {"cite": s.cite, "rule": s.rule, "text": text, "result": result, "inputs": shown,
                 "quote": s.quote, "kind": s.kind, "values": values, "outcome": outcome}
    return s.doc


def clause_json(r: ClauseResult) -> dict[str, Any]:
    c = r.clause
    return {
        "id": c.id,
        "cite": c.cite,
        "title": c.title,
        "kind": c.kind,
        "discretionary": c.discretionary,
        "eligible": r.eligible,
        "reason": r.reason.name,
        "reason_label": r.reason.label,
        "reasons": r.reasons,
        "missing": r.missing,
        "amount": yuan(r.amount_fen),
        "ceiling": yuan(r.ceiling_fen),
        "floor": yuan(r.floor_fen),
        "granted": yuan(r.granted_fen),
        "deducted": yuan(r.deducted_fen),  # support deducted from this clause alone ("统筹省、市政策"; records naming it)
        "stacking_note": r.stacking_note,
        "benefit": None if c.benefit is None else {  # a benefit in kind: amounts are its value, not cash
            "type": c.benefit.type, "type_label": BENEFIT_TYPES[c.benefit.type], "name": c.benefit.name},
        "payee": c.payee,
        "payee_label": c.payee_label,
        "schedule": [{"number": t.number, "amount": yuan(t.fen), "when": t.when, "share": t.share,
                      "after_validity": t.after_validity, "stage": t.stage or None, "happened": t.happened}
                     for t in r.schedule],
        "schedule_note": r.schedule_note,  # a schedule chosen by a fact not yet known: the other possibility
        "schedule_missing": list(r.schedule_missing),  # facts not yet known that change only how it is paid
        "quote": list(c.quotes),
        "interpretation": list(c.interpretation),
        "steps": [_step(s) for s in r.steps],
    }


def policy_json(p: Policy) -> dict[str, Any]:
    return {"id": p.id, "title": p.title, "issuer": p.issuer, "status": p.status, "version": p.version}


def result_json(r: PolicyResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "policy": policy_json(r.policy),
        "as_of": r.as_of.isoformat(),
        "year": r.year,
        "effective_from": r.effective_from.isoformat(),
        "validity_end": r.validity_end.isoformat() if r.validity_end else None,
        "clauses": [clause_json(c) for c in r.clauses],
        "stacked": {
            "total": yuan(r.total_fen),  # cash only
            "in_kind_total": yuan(r.in_kind_fen),  # the value of the benefits in kind (算力券 …), apart from cash
            "upper_bound": yuan(r.upper_bound_fen()),  # total once pending is decided; null: not yet bounded
            "granted": r.granted,
            "set_aside": [{"id": cid, "reason": why} for cid, why in r.set_aside],
            "pending": r.pending,
            "manual": r.manual,
            "missing": r.missing,
            "steps": [_step(s) for s in r.steps],
        },
        "provisions": [{"id": p.id, "cite": p.cite, "title": p.title, "summary": p.summary}
                       for p in r.policy.provisions],
    }


def clause_facts_json(p: Policy, c: Clause, *, paying: bool = False) -> list[dict[str, Any]]:
    """The facts the clause needs (``paying``: those that change only how it is paid, describe.payment_facts)."""
    from subsidy.rules.describe import clause_facts, payment_facts

    return [{"name": f.name, "type": f.type, "unit": f.unit, "label": f.label, "help": f.help,
             "values": list(f.values)} for f in (payment_facts if paying else clause_facts)(p, c)]


def clause_detail_json(p: Policy, c: Clause) -> dict[str, Any]:
    """A clause as ``subsidy show --json`` describes it: quote, facts, the rule in words."""
    from subsidy.rules.describe import (
        describe_after_validity,
        describe_caps,
        describe_ceiling,
        describe_condition,
        describe_deduct,
        describe_expr,
        describe_schedule,
    )

    return {
        "id": c.id, "cite": c.cite, "title": c.title, "kind": c.kind, "discretionary": c.discretionary,
        "quote": list(c.quotes), "facts": clause_facts_json(p, c), "payment_facts": clause_facts_json(p, c, paying=True),
        "conditions": describe_condition(p, c.condition), "formula": describe_expr(p, c.amount),
        "floor": None if c.floor is None else describe_expr(p, c.floor),
        "caps": describe_caps(p, c), "deduct": describe_deduct(c), "ceiling": describe_ceiling(p, c), "payee": c.payee, "payee_label": c.payee_label,
        "schedule": c.schedule.type, "schedule_text": describe_schedule(c),
        "after_validity": describe_after_validity(p, c), "programme_years": c.programme.years if c.programme else None,
        "interpretation": list(c.interpretation), "quota": c.quota,
        **_clause_layer(p, c),
    }


def _clause_layer(p: Policy, c: Clause) -> dict[str, Any]:
    """A variant's clause: inherited, overridden or added (``layer``), in words, and the base's own quotes."""
    if p.layer is None:
        return {"layer": None, "layer_note": None, "base_quote": []}
    o = p.layer.override(c.id)
    return {"layer": p.layer.standing(c.id), "layer_note": p.layer.describe(c.id),
            "base_quote": list(o.base_quotes) if o else []}


def base_json(p: Policy) -> dict[str, Any] | None:
    """What a variant takes from its base (``show --json``'s ``base``); None for a policy with no base."""
    if p.layer is None:
        return None
    layer = p.layer
    return {"id": layer.base_id, "title": layer.base_title, "version": layer.base_version,
            "inherited": [c.id for c in p.clauses if layer.standing(c.id) == "inherited"],
            "overridden": [{"clause": o.clause, "base_cite": o.base_cite, "keys": list(o.keys),
                            "figures": [{"base": a, "own": b} for a, b in o.figures]} for o in layer.overrides],
            "added": list(layer.added), "removed": list(layer.removed)}


def shown_clauses(p: Policy, clause_key: str | None) -> list[Clause]:
    """The clauses ``show`` displays: all; one by id or label; or every clause of an article (第七条)."""
    if not clause_key:
        return list(p.clauses)
    return p.clauses_named(clause_key) or [p.clause(clause_key)]


def show_json(p: Policy, clause_key: str | None = None) -> dict[str, Any]:
    """``subsidy show POLICY[/CLAUSE] --json``: the policy, its clauses (or those named), and its
    non-monetary provisions (only when no clause is named)."""
    return {"policy": policy_json(p), "base": base_json(p),
            "clauses": [clause_detail_json(p, c) for c in shown_clauses(p, clause_key)],
            "provisions": [] if clause_key else [{"id": x.id, "cite": x.cite, "title": x.title,
                                                   "quote": list(x.quotes), "summary": x.summary}
                                                  for x in p.provisions]}
