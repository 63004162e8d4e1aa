"""Budgets stated in the text (policy.yaml ``budgets``): read with their quotes, the annual one offered as a
call's default budget (services.calls.default_budget), refused when malformed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from subsidy.errors import CaseInputError, PolicyFileError
from subsidy.rules.parse import load_policy
from subsidy.services.calls import default_budget

EVERY = Path(__file__).resolve().parent / "every_idiom"


def test_the_annual_fund_is_the_default_budget_of_a_call() -> None:
    p = load_policy(EVERY)
    assert [(b.label, b.fen, b.per) for b in p.budgets] == [("专项资金", 3000 * 10**6, "year"),
                                                           ("引导资金", 10**10, "total")]
    assert default_budget(p) == 3000 * 10**6


def test_without_an_annual_fund_the_officer_is_asked_for_one(tmp_path: Path) -> None:
    target = tmp_path / "p"
    shutil.copytree(EVERY, target)
    path = target / "policy.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("per: year", "per: total"), encoding="utf-8")
    with pytest.raises(CaseInputError, match="原文未规定年度预算"):
        default_budget(load_policy(target))


@pytest.mark.parametrize(("old", "new", "needle"), [
    ("amount: 3000万元", "amount: 3000", "金额"),
    ("per: total", "per: year", "只能有一项 per: year"),
    ("quote: 区财政每年安排专项资金3000万元", "quote: 区财政每年安排专项资金300万元", "原文"),
    ("per: year,", "per: month,", "per"),
])
def test_a_bad_budget_is_refused_at_its_line(tmp_path: Path, old: str, new: str, needle: str) -> None:
    target = tmp_path / "p"
    shutil.copytree(EVERY, target)
    path = target / "policy.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyFileError) as exc:
        load_policy(target)
    line = text[:text.index(old)].count("\n") + 1
    assert needle in str(exc.value) and f":{line}:" in str(exc.value), str(exc.value)
