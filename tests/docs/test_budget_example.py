"""The budgets example of docs/policy-format.md (the yaml block that starts with ``budgets:``) loads into a
policy (the every-idiom policy with its budgets replaced), keeps its quotes, and its annual fund is the default
budget of a new call (services.calls.default_budget)."""

from __future__ import annotations

import shutil
from pathlib import Path

from doc_support import ROOT, blocks

from subsidy.money import parse_money
from subsidy.rules.parse import load_policy
from subsidy.services.calls import default_budget

EVERY = ROOT / "tests" / "rules" / "every_idiom"
[EXAMPLE] = [b for b in blocks(ROOT / "docs" / "policy-format.md") if b.lang == "yaml" and not b.fragment
             and b.text.startswith("budgets:")]


def test_the_budgets_example_loads_and_its_annual_fund_is_the_default_budget(tmp_path: Path) -> None:
    target = tmp_path / "every_idiom"
    shutil.copytree(EVERY, target, ignore=shutil.ignore_patterns("cases"))
    policy = target / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    start = text.index("\nbudgets:\n") + 1
    end = text.index("\n\n", start)
    policy.write_text(text[:start] + EXAMPLE.text.rstrip("\n") + text[end:], encoding="utf-8")
    source = target / "source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "第二十二条 ", "第二十二条 设立年度2.5亿元规模的专项资金。"), encoding="utf-8")
    p = load_policy(target)
    assert [(b.label, b.fen, b.per) for b in p.budgets] == [
        ("专项资金", parse_money("2.5亿元").fen, "year"), ("引导资金", parse_money("1亿元").fen, "total")]
    assert default_budget(p) == parse_money("2.5亿元").fen
