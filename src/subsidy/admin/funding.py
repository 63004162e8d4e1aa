"""What each selection mode of the office would fund of a simulated population, against a budget
(``subsidy simulate --budget``).

The beneficiaries of a draft (:attr:`subsidy.rules.simulate.Simulation.totals`: each one's total after
就高 and 不重复, in registry order) become candidates of :func:`subsidy.admin.selection.select`, one per
beneficiary, each asking its total; the same selection the office runs on a call, once per mode. A
registry carries no review scores, so every candidate scores the same: ``rank_order`` funds in
registry order (ties go to the earlier row), skipping whoever no longer fits; ``proportional`` pays
everyone the same share of their total; ``optimal`` funds as many beneficiaries as the budget allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from subsidy.admin.selection import Candidate, Mode, select
from subsidy.rules.report import yuan
from subsidy.vocabulary import SELECTION_MODES

__all__ = ["MODES", "POOL", "Funding", "fund", "funding_json"]

MODES: tuple[Mode, ...] = ("rank_order", "proportional", "optimal")
POOL = "policy"  # the one clause of the candidates: the budget is the policy's
_POOL_LABEL = "各受益企业"


@dataclass(frozen=True)
class Funding:
    mode: Mode
    funded: int  # beneficiaries awarded something
    total_fen: int  # what they are awarded, together
    left_fen: int  # the budget less that
    note: str  # in a few words: the order, the proportional factor, the most funded (or the solver's own)


def fund(totals: Sequence[int], budget_fen: int) -> tuple[Funding, ...]:
    """Each mode of :data:`MODES` on ``totals`` (分, one per beneficiary) within ``budget_fen``."""
    candidates = [Candidate(f"{i:09d}", f"{i:09d}", POOL, 1, fen) for i, fen in enumerate(totals) if fen > 0]
    out = []
    for mode in MODES:
        r = select(candidates, budget_fen, mode=mode, clause_labels={POOL: _POOL_LABEL})
        note = {"rank_order": "按名录顺序", "optimal": "支持企业最多"}.get(mode, r.note)
        if mode == "optimal" and "未经最优性证明" in r.note:
            note = r.note  # the solver's own word: not proven
        out.append(Funding(mode, len(r.awarded), r.total_awarded_fen, r.remaining_fen, note))
    return tuple(out)


def funding_json(fundings: Sequence[Funding]) -> list[dict[str, Any]]:
    """The ``budget.selection`` list of ``subsidy simulate --json`` (money as 元 strings)."""
    return [{"mode": f.mode, "label": SELECTION_MODES.label(f.mode), "funded": f.funded,
             "awarded": yuan(f.total_fen), "left": yuan(f.left_fen)} for f in fundings]
