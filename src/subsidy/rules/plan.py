"""A policy compiled into idiom nodes, once per policy version: what both paths run.

Each node (:mod:`conditions`, :mod:`amounts`, :mod:`caps`, :mod:`gates`, :mod:`stacking`) holds the one
definition of its idiom: ``scalar`` (one case, recording its trace step) and ``array`` (many cases, as
columns). :func:`subsidy.rules.evaluate.assess` runs the plan with the scalar methods,
:func:`subsidy.rules.vector.evaluate_table` with the array methods; neither interprets the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from subsidy.rules import model as m
from subsidy.rules.amounts import AmountNode, Floor, Manual, compile_amount
from subsidy.rules.caps import ClauseCap, SharedCap, compile_cap
from subsidy.rules.conditions import compile_condition
from subsidy.rules.gates import Applicants, Bars, Condition, Exclusion, Gate, Programme, Validity
from subsidy.rules.records import governing_caps, shared_caps

__all__ = ["ClausePlan", "Plan", "plan_of"]


@dataclass(frozen=True)
class ClausePlan:
    """A clause compiled: its gates, amount and caps."""

    clause: m.Clause
    gates: tuple[Gate, ...]  # the clause's own: its condition, its programme's years
    amount: AmountNode | None  # None: set in review (manual_amount)
    caps: tuple[ClauseCap, ...]  # every cap that limits the clause (its own, and shared ones naming it)
    quote: str
    floor: Floor | None = None  # 保底 / a range's low end


@dataclass(frozen=True)
class Plan:
    """A policy compiled for evaluation on either path (one case, or many as arrays)."""

    common: tuple[Gate, ...]  # every clause's: validity, bars, who may apply
    exclusions: tuple[Gate, ...]
    clauses: tuple[ClausePlan, ...]
    shared: tuple[SharedCap, ...]


def _clause(policy: m.Policy, c: m.Clause) -> ClausePlan:
    gates: list[Gate] = []
    if c.condition is not None:
        gates.append(Condition(c, compile_condition(c.condition)))
    if c.programme is not None:
        gates.append(Programme(c, c.programme))
    amount = None if isinstance(c.amount, Manual) else compile_amount(c.amount)
    caps = tuple(compile_cap(cap, c) for cap in governing_caps(policy, c))
    return ClausePlan(c, tuple(gates), amount, caps, "".join(c.quotes), Floor(c) if c.floor is not None else None)


_PLANS: dict[tuple[str, str], Plan] = {}


def plan_of(policy: m.Policy) -> Plan:
    """The compiled plan of ``policy`` (cached by id and content version: only what its files say)."""
    key = (policy.id, policy.version)
    plan = _PLANS.get(key)
    if plan is None:
        common: list[Gate] = [Validity(policy), Bars()]
        if policy.applicants is not None:
            common.append(Applicants(policy, compile_condition(policy.applicants)))
        plan = Plan(tuple(common), tuple(Exclusion(e) for e in policy.exclusions),
                    tuple(_clause(policy, c) for c in policy.clauses),
                    tuple(SharedCap(cap) for cap in shared_caps(policy)))
        _PLANS[key] = plan
    return plan
