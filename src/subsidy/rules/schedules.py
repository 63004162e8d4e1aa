"""The schedule idioms (``schedule``): how a clause's ceiling is paid — lump sum, tranches by shares (all
but the last rounded down, the last takes the remainder: :func:`subsidy.money.split_by_shares`), annual
within a programme, periodic. One case only: the table path reports ceilings and grants, not payments."""

from __future__ import annotations

from typing import Any

from subsidy.money import format_rate, split_by_shares
from subsidy.rules import model as m
from subsidy.rules.results import Tranche

__all__ = ["schedule"]


def schedule(clause: m.Clause, ceiling: int, facts: dict[str, Any]) -> list[Tranche]:
    s = clause.schedule
    if s.type == "tranches":
        parts = split_by_shares(ceiling, list(s.shares))
        return [Tranche(i + 1, fen, f"第{i + 1}年", format_rate(sh))
                for i, (fen, sh) in enumerate(zip(parts, s.shares, strict=True))]
    if s.type == "annual":
        year_no = facts.get(clause.programme.year_fact) if clause.programme else None
        which = f"第{year_no}年" if year_no else "本年度"
        return [Tranche(1, ceiling, f"{which}（连续{s.years}年，每年核定）")]
    if s.type == "periodic":
        return [Tranche(1, ceiling, f"按{s.period or '期'}结算")]
    return [Tranche(1, ceiling, "一次性")]
