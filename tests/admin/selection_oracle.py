"""The oracle of the selection property tests: the best total score by enumerating every subset, and the
documented tie rule (what is left over is filled in rank order)."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

from subsidy.admin.selection import Candidate, SelectionResult


def brute_force(call: dict[str, object]) -> Fraction:
    cands: list[Candidate] = call["candidates"]  # type: ignore[assignment]
    budgets: dict[str, int] = call["clause_budgets"]  # type: ignore[assignment]
    best = Fraction(0)
    for size in range(len(cands) + 1):
        for combo in combinations(cands, size):
            if sum(c.amount_fen for c in combo) > call["budget_fen"]:  # type: ignore[operator]
                continue
            if any(sum(c.amount_fen for c in combo if c.clause_id == k) > v for k, v in budgets.items()):
                continue
            if call["one_per_entity"] and len({c.entity_id for c in combo}) < len(combo):
                continue
            best = max(best, sum((Fraction(c.score) for c in combo), Fraction(0)))
    return best


def fills_in_rank_order(r: SelectionResult, call: dict[str, object]) -> bool:
    """No application left in reserve fits what the budgets have left (nor, under 就高, is its entity free)."""
    budgets: dict[str, int] = call["clause_budgets"]  # type: ignore[assignment]
    for n in r.reserve:
        c = n.candidate
        clause_left = budgets.get(c.clause_id)
        if clause_left is not None:
            clause_left -= r.clause_awarded_fen.get(c.clause_id, 0)
        if c.amount_fen <= r.remaining_fen and (clause_left is None or c.amount_fen <= clause_left):
            return False
    return True
