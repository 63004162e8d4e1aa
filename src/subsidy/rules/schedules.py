"""The schedule idioms (``schedule``): how a clause's ceiling is paid — lump sum, tranches by shares (all
but the last rounded down, the last takes the remainder: :func:`subsidy.money.split_by_shares`), annual
within a programme, periodic. One case only: the table path reports ceilings and grants, not payments.
:func:`payment_plan` is the one place tranches are made, for an assessment and for an award."""

from __future__ import annotations

from typing import Any

from subsidy.money import format_rate, split_by_shares
from subsidy.rules import model as m
from subsidy.rules.results import Tranche

__all__ = ["payment_plan", "schedule"]


def schedule(clause: m.Clause, ceiling: int, facts: dict[str, Any]) -> list[Tranche]:
    """An assessment's payments: no year yet (``第1年``, ``一次性``)."""
    year_no = facts.get(clause.programme.year_fact) if clause.programme else None
    return payment_plan(clause, ceiling, year_no=year_no)


def payment_plan(clause: m.Clause, amount_fen: int, first_year: int | None = None,
                 year_no: object = None) -> list[Tranche]:
    """How ``amount_fen`` is paid under the clause's schedule: for an assessment (no ``first_year``:
    ``第1年``, ``一次性``) and for an award (``first_year``: each tranche's ``due_year`` and
    ``2027年（第2年）``). Tranches add up to the amount exactly (split_by_shares)."""
    s = clause.schedule

    def dated(offset: int, text: str) -> tuple[str, int | None]:
        if first_year is None:
            return text, None
        return f"{first_year + offset}年（{text}）", first_year + offset

    if s.type == "tranches":
        parts = split_by_shares(amount_fen, list(s.shares))
        out = []
        for i, (fen, sh) in enumerate(zip(parts, s.shares, strict=True)):
            when, due = dated(i, f"第{i + 1}年")
            out.append(Tranche(i + 1, fen, when, format_rate(sh), due))
        return out
    if s.type == "annual":
        which = "" if first_year is not None else (f"第{year_no}年" if year_no else "本年度")
        text = f"{which}（连续{s.years}年，每年核定）" if which else f"连续{s.years}年，每年核定"
    elif s.type == "periodic":
        text = f"按{s.period or '期'}结算"
    else:
        text = "一次性"
    when, due = dated(0, text)
    return [Tranche(1, amount_fen, when, "", due)]
