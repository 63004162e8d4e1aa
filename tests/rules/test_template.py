"""`subsidy show POLICY --template`: a commented case file with every fact, unknown, that loads as a
valid case; filled in, it is assessed like any case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from subsidy.cli import main
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy, list_policy_dirs
from subsidy.rules.template import case_template

POLICIES = [d.name for d in list_policy_dirs()]


@pytest.mark.parametrize("policy_id", POLICIES)
def test_the_template_is_a_valid_case_naming_every_fact_once(policy_id: str, tmp_path: Path) -> None:
    policy = find_policy(policy_id)
    path = tmp_path / "case.yaml"
    path.write_text(case_template(policy), encoding="utf-8")
    data = load_case_file(path)
    assert sorted(data["facts"]) == sorted(policy.facts)  # every fact, each once (YAML refuses duplicates)
    assert all(v is None for v in data["facts"].values())
    data["effective_from"] = "2026-12-01"  # a draft policy needs an assumed effective date
    case = parse_case(data, policy, today=dt.date(2027, 4, 15), name="template")
    assert case.history == () and case.other_support == () and case.bars == ()
    result = assess(policy, case)
    assert all(c.eligible is not True for c in result.clauses if c.clause.kind != "manual_amount")
    text = path.read_text(encoding="utf-8")
    for f in policy.facts.values():
        assert f"# {f.label}" in text
        for value in f.values:
            assert value in text


def test_a_filled_template_is_assessed(tmp_path: Path) -> None:
    policy = find_policy("cn-bj-chaoyang-smart-eldercare")
    text = case_template(policy)
    for fact, value in {"operates_in_chaoyang": "true", "work_safety_accident": "false",
                        "serious_dishonesty": "false", "smart_eldercare_field": "true",
                        "scenario_opened": "true", "project_budget": "780万元"}.items():
        assert f"  {fact}: null\n" in text
        text = text.replace(f"  {fact}: null\n", f"  {fact}: {value}\n")
    path = tmp_path / "case.yaml"
    path.write_text(text + "effective_from: 2026-12-01\nas_of: 2027-04-15\n", encoding="utf-8")
    result = assess(policy, parse_case(load_case_file(path), policy))
    art7 = next(c for c in result.clauses if c.clause.id == "art7")
    assert art7.eligible is True, art7.missing and art7.ceiling_fen is not None and art7.ceiling_fen > 0


def test_the_cli_writes_the_template_unwrapped_and_assess_help_points_to_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["show", "cn-sz-baoan-ai-health", "--template"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == case_template(find_policy("cn-sz-baoan-ai-health"))
    with pytest.raises(SystemExit):
        main(["assess", "--help"])
    assert "--template" in capsys.readouterr().out


def test_the_facts_that_change_only_the_payments_are_grouped_under_payment() -> None:
    from subsidy.rules.describe import PAYMENT_FACTS_LABEL

    text = case_template(find_policy("cn-jl-liuhe-key-industries"))
    heading = f"  # ── {PAYMENT_FACTS_LABEL}：第2条第一款、第2条第二款、第3条 ──"
    assert heading in text
    group = text.split(heading)[1].split("# ──")[0].split("\nhistory:")[0]
    assert [line.split(":")[0].strip() for line in group.splitlines() if line.endswith(": null")] == [
        "built_within_12_months", "enclosed_on", "completion_accepted_on", "operated_six_months"]
    assert text.index("fixed_asset_investment: null") < text.index(heading)  # the amount's facts come first
