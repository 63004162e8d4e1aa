"""Policy files: errors name the file and line; dated values apply from their date; 就高 per project."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from subsidy.errors import PolicyFileError
from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy

CHAOYANG = Path(__file__).resolve().parents[2] / "policies" / "cn-bj-chaoyang-smart-eldercare"


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(CHAOYANG, target, ignore=shutil.ignore_patterns("cases"))
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_misspelt_key_names_file_line_and_the_allowed_keys(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "    caps:", "    capz:")
    with pytest.raises(PolicyFileError) as exc:
        load_policy(policy_dir)
    err = exc.value
    assert err.path.endswith("art07.yaml") and err.line == 12  # the line of the misspelt key
    assert "capz" in str(err) and "caps" in err.hint


def test_a_quote_not_in_the_source_is_refused_at_its_line(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "给予最高不超过500万元资金支持。", "给予最高不超过600万元资金支持。")
    with pytest.raises(PolicyFileError) as exc:
        load_policy(policy_dir)
    assert exc.value.line == 6 and "逐字" in str(exc.value)  # the line of the quote


def test_an_undeclared_fact_is_refused(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "when: scenario_opened", "when: scenario_opend")
    with pytest.raises(PolicyFileError, match="未声明的事实「scenario_opend」"):
        load_policy(policy_dir)


def test_bad_yaml_names_the_line(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "amount_unit: 万元", "amount_unit: [万元")
    with pytest.raises(PolicyFileError, match="YAML 格式错误") as exc:
        load_policy(policy_dir)
    assert exc.value.line > 0


def _facts() -> dict[str, object]:
    return {"operates_in_chaoyang": True, "work_safety_accident": False, "serious_dishonesty": False,
            "smart_eldercare_field": True, "scenario_opened": True, "project_budget": "2000万元"}


def test_a_dated_cap_applies_from_its_date(policy_dir: Path) -> None:
    _edit(policy_dir / "clauses" / "art07.yaml", "- {limit: 500万元, scope: application}",
          "- {limit: {dated: {2026-01-01: 500万元, 2028-01-01: 300万元}}, scope: application}")
    policy = load_policy(policy_dir)
    for as_of, want in ((dt.date(2027, 12, 31), 500), (dt.date(2028, 1, 1), 300)):
        case = parse_case({"as_of": as_of, "effective_from": "2026-12-01", "facts": _facts(), "history": [],
                           "other_support": [], "bars": []}, policy)
        art7 = next(r for r in assess(policy, case).clauses if r.clause.id == "art7")
        assert art7.ceiling_fen == want * 1_000_000


def test_highest_per_project_ignores_other_projects_grants(policy_dir: Path) -> None:
    _edit(policy_dir / "policy.yaml", "scope: entity_year", "scope: project")
    policy = load_policy(policy_dir)
    history = [{"clause": "art6", "year": 2027, "amount": "200万元", "project": "P-OTHER"}]
    base = {"as_of": "2027-05-01", "effective_from": "2026-12-01", "facts": _facts(), "other_support": [],
            "bars": [], "history": history}
    other_project = assess(policy, parse_case({**base, "project": "P-NEW"}, policy))
    same_project = assess(policy, parse_case({**base, "project": "P-OTHER"}, policy))
    assert other_project.total_fen == 500_000_000
    assert same_project.total_fen == 300_000_000
