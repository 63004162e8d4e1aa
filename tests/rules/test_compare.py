"""Where would I get most: policies side by side for one enterprise."""

from __future__ import annotations

import datetime as dt

from subsidy.rules.compare import compare
from subsidy.rules.questionnaire import Answers
from subsidy.rules.registry import list_policy_dirs, load_cached

POLICIES = {p.id: p for p in (load_cached(d) for d in list_policy_dirs())}
TODAY = dt.date(2026, 12, 1)
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"


def test_policies_that_can_apply_come_first_the_most_first() -> None:
    answers = {
        CHAOYANG: Answers({"operates_in_chaoyang": "是", "work_safety_accident": "否", "serious_dishonesty": "否",
                           "smart_eldercare_field": "是", "scenario_opened": "是", "project_budget": "800万元"},
                          as_of="2027-03-01", effective_from="2026-12-01",
                          records={"history": (), "bars": (), "other_support": ()}),
        "cn-gz-tianhe-hk-macao-youth": Answers(as_of="2027-03-01"),  # after its validity ended
        "cn-sz-baoan-ai-health": Answers({"independent_legal_person": "否"}, as_of="2027-03-01",
                                         effective_from="2026-12-01"),
        "cn-gz-elderly-meal-aid": Answers({"home_based": "否"}, as_of="2027-03-01"),  # in a care home
    }
    rows = compare(list(POLICIES.values()), answers, TODAY)
    assert rows[0].policy.id == CHAOYANG and not rows[0].excluded
    assert rows[0].best is not None and rows[0].best.clause.id == "art7"
    assert rows[0].ceiling_fen is not None and rows[0].ceiling_fen >= 400_000_000 and rows[0].upper_bound  # other clauses still open
    assert rows[0].missing
    excluded = {r.policy.id: r.excluded for r in rows[1:]}
    assert excluded == {"cn-gz-tianhe-hk-macao-youth": "不在政策有效期内", "cn-sz-baoan-ai-health": "不符合申报主体条件",
                        "cn-gz-elderly-meal-aid": "不符合申报主体条件",
                        "cn-jl-liuhe-key-industries": "不在政策有效期内"}  # 2023-02-08 起三年


def test_a_bad_answer_is_shown_on_its_row() -> None:
    rows = compare([POLICIES[CHAOYANG]], {CHAOYANG: Answers({"project_budget": "800"}, as_of="2027-03-01",
                                                            effective_from="2026-12-01")}, TODAY)
    assert "项目预算" in rows[0].error and "单位" in rows[0].error
