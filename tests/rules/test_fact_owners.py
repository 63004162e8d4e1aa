"""Which facts are the organisation's (those the applicant conditions read) and which the project's."""

from __future__ import annotations

from subsidy.rules.describe import clause_facts, fact_names, organisation_facts
from subsidy.rules.registry import list_policy_dirs, load_cached


def test_the_organisation_facts_are_those_of_the_applicant_conditions() -> None:
    chaoyang = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    assert set(organisation_facts(chaoyang)) == {"operates_in_chaoyang", "work_safety_accident",
                                                 "serious_dishonesty", "smart_eldercare_field"}
    art7 = [f.name for f in clause_facts(chaoyang, chaoyang.clause("art7"))]
    assert [n for n in art7 if n not in organisation_facts(chaoyang)] == ["scenario_opened", "project_budget"]


def test_every_shipped_policy_has_organisation_facts_and_project_facts() -> None:
    for d in list_policy_dirs():
        p = load_cached(d)
        own = set(organisation_facts(p))
        assert own and own == set(fact_names(p.applicants)), p.id
        assert any({f.name for f in clause_facts(p, c)} - own for c in p.clauses), p.id
