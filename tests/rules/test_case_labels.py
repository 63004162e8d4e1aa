"""Case files may name a fact by its Chinese label as well as by its id (issue 13: a policy officer
should not have to learn 60–90 English names): both spellings give the same assessment, a label that
names no fact gets a "did you mean" over ids and labels, and one fact written twice is refused."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.errors import CaseInputError
from subsidy.rules.case import fact_key, load_case_text, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached

CHAOYANG = find_policy("cn-bj-chaoyang-smart-eldercare")

CASE = """
policy: cn-bj-chaoyang-smart-eldercare
as_of: 2027-04-15
effective_from: 2026-12-01
facts:
  operates_in_chaoyang: true
  work_safety_accident: false
  serious_dishonesty: false
  smart_eldercare_field: true
  scenario_opened: true
  project_budget: 780万元
history: []
other_support: []
bars: []
"""


def _labelled(text: str, names: set[str]) -> str:
    """The case text with the facts in ``names`` written by their Chinese label."""
    for fid in names:
        text = text.replace(f"  {fid}:", f"  {CHAOYANG.facts[fid].label}:")
    return text


def _assessed(text: str) -> Any:
    return assess(CHAOYANG, parse_case(load_case_text(text, "case.yaml", is_json=False), CHAOYANG))


def test_label_and_id_give_the_same_assessment() -> None:
    by_id = _assessed(CASE)
    by_label = _assessed(_labelled(CASE, {"project_budget", "operates_in_chaoyang"}))
    assert "项目预算: 780万元" in _labelled(CASE, {"project_budget"})
    assert by_label.total_fen == by_id.total_fen > 0
    assert [(r.clause.id, r.reason, r.ceiling_fen) for r in by_label.clauses] == \
        [(r.clause.id, r.reason, r.ceiling_fen) for r in by_id.clauses]


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from(["operates_in_chaoyang", "work_safety_accident", "serious_dishonesty",
                                "smart_eldercare_field", "scenario_opened", "project_budget"])))
def test_any_mix_of_labels_and_ids_reads_the_same(names: set[str]) -> None:
    case = parse_case(load_case_text(_labelled(CASE, names), "case.yaml", is_json=False), CHAOYANG)
    reference = parse_case(load_case_text(CASE, "case.yaml", is_json=False), CHAOYANG)
    assert case.facts == reference.facts


def test_every_label_of_every_policy_names_its_fact() -> None:
    for policy in map(load_cached, list_policy_dirs()):
        for fid, f in policy.facts.items():
            assert fact_key(policy, f.label) == fid
            assert fact_key(policy, f" {f.label} ") == fid
            assert fact_key(policy, fid) == fid


def test_a_fact_written_twice_is_refused() -> None:
    label = CHAOYANG.facts["project_budget"].label
    text = CASE.replace("  project_budget: 780万元", f"  project_budget: 780万元\n  {label}: 700万元")
    with pytest.raises(CaseInputError) as err:
        parse_case(load_case_text(text, "case.yaml", is_json=False), CHAOYANG)
    assert "写了两次" in str(err.value) and "project_budget" in str(err.value)


def test_a_misspelt_label_gets_the_nearest_label() -> None:
    label = CHAOYANG.facts["project_budget"].label
    wrong = label[:-1] + ("额" if label[-1] != "额" else "款")
    with pytest.raises(CaseInputError) as err:
        fact_key(CHAOYANG, wrong)
    assert f"是不是「{label}」？" in str(err.value)
    assert "中文名称" in str(err.value)
