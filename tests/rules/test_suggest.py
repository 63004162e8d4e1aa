"""Near misses are caught: the nearest fact, category value, clause or policy is suggested, and
citation labels written with half-width brackets or naming a whole article are understood."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subsidy.errors import CaseInputError, PolicyNotFound
from subsidy.rules.case import parse_case
from subsidy.rules.registry import find_policy
from subsidy.suggest import aside, did_you_mean, normalise_cite

CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
BAOAN = "cn-sz-baoan-ai-health"


def _case(facts: dict[str, object]) -> dict[str, object]:
    return {"policy": CHAOYANG, "as_of": "2027-04-15", "effective_from": "2026-12-01", "facts": facts}


def test_a_misspelt_fact_name_suggests_the_fact() -> None:
    with pytest.raises(CaseInputError, match="是不是「project_budget」") as exc:
        parse_case(_case({"project_budgt": "300万元"}), find_policy(CHAOYANG))
    assert "--template" in str(exc.value)


def test_a_near_category_value_suggests_the_value() -> None:
    with pytest.raises(CaseInputError, match="是不是「场景验证与应用平台」"):
        parse_case(_case({"platform_type": "场景验证应用平台"}), find_policy(CHAOYANG))


def test_half_width_brackets_and_spaces_name_the_clause() -> None:
    p = find_policy(BAOAN)
    assert p.clause("第五条(一)") is p.clause("第五条（一）")
    assert p.clause(" 第五条(二)1 ").cite == "第五条（二）1"


def test_an_article_names_all_its_clauses_and_show_lists_them() -> None:
    p = find_policy(BAOAN)
    cites = [c.cite for c in p.clauses_named("第五条")]
    assert cites and all(c.startswith("第五条（") for c in cites) and len(cites) >= 3
    with pytest.raises(PolicyNotFound, match="多个资金条款"):
        p.clause("第五条")  # one clause is wanted: the id or the full label


def test_unknown_clause_and_policy_suggest_the_nearest() -> None:
    with pytest.raises(PolicyNotFound, match="是不是「第五条第一款」"):
        find_policy(CHAOYANG).clause("第五条第一歀")
    with pytest.raises(PolicyNotFound, match=f"是不是「{CHAOYANG}」"):
        find_policy("cn-bj-chaoyang-smrt")


def test_nothing_is_suggested_when_nothing_is_near() -> None:
    assert did_you_mean("zzzzzz", ["project_budget", "platform_type"]) == ""
    assert aside("zzzzzz", ["project_budget"]) == ""


@given(st.text(max_size=30))
def test_normalising_a_label_is_idempotent_and_removes_half_width_brackets(text: str) -> None:
    once = normalise_cite(text)
    assert normalise_cite(once) == once
    assert "(" not in once and ")" not in once and " " not in once


def test_article_numbers_in_arabic_digits_are_read_as_the_documents_write_them() -> None:
    assert normalise_cite("第5条") == "第五条"
    assert normalise_cite("第12条第2款") == "第十二条第二款"
    assert normalise_cite("第20条(一)") == "第二十条（一）"
    assert normalise_cite("第0条") == "第0条"  # no article 零: left for the refusal to name
    assert [c.id for c in find_policy(CHAOYANG).clauses_named("第5条第1款")] == ["art5-1"]
