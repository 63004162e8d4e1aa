from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.panel import Expert, PanelError, draw_panel

APPLICANT = "91350100M000100Y43"
PARTNER = "ORG-B"

POOL = [
    Expert("E01", APPLICANT, name="张三"),
    Expert("E02", "ORG-C", frozenset({APPLICANT})),
    Expert("E03", PARTNER),
    Expert("E04", "ORG-D", frozenset({"ORGB"})),  # declared relation, written without the hyphen
    Expert("E05", "ORG-E"),
    Expert("E06", "ORG-F", frozenset({"ORG-Z"})),
    Expert("E07", "ORG-G"),
    Expert("E08", "ORG-H"),
]


def test_excluded_experts_have_chinese_reasons() -> None:
    draw = draw_panel(POOL, 3, APPLICANT, random.Random(1), co_applicants=[PARTNER])
    reasons = {x.expert.id: x.reason for x in draw.excluded}
    assert reasons == {
        "E01": f"专家所在单位即申报单位（{APPLICANT}）",
        "E02": f"专家申报与申报单位（{APPLICANT}）存在利害关系",
        "E03": "专家所在单位为联合申报单位（ORGB）",
        "E04": "专家申报与联合申报单位（ORGB）存在利害关系",
    }
    assert draw.eligible_count == 4
    assert {e.id for e in draw.panel} <= {"E05", "E06", "E07", "E08"}
    assert len(draw.panel) == 3


def test_several_reasons_are_joined() -> None:
    e = Expert("X", APPLICANT, frozenset({PARTNER}))
    draw = draw_panel([e, Expert("Y", "ORG-Q")], 1, APPLICANT, random.Random(0), co_applicants=[PARTNER])
    assert draw.excluded[0].reason == (
        f"专家所在单位即申报单位（{APPLICANT}）；专家申报与联合申报单位（ORGB）存在利害关系"
    )


def test_code_comparison_is_normalised() -> None:
    lower = Expert("L", APPLICANT.lower())
    draw = draw_panel([lower, Expert("M", "ORG-Q")], 1, f" {APPLICANT} ", random.Random(0))
    assert [x.expert.id for x in draw.excluded] == ["L"]


def test_too_few_eligible_experts() -> None:
    with pytest.raises(PanelError) as info:
        draw_panel(POOL, 5, APPLICANT, random.Random(1), co_applicants=[PARTNER])
    assert str(info.value) == (
        "符合回避要求的专家不足：需要抽取 5 名，专家库共 8 名，其中 4 名需回避，仅 4 名可抽取"
    )


def test_bad_arguments() -> None:
    with pytest.raises(PanelError, match="正整数"):
        draw_panel(POOL, 0, APPLICANT, random.Random(1))
    with pytest.raises(PanelError, match="编号「E01」重复"):
        draw_panel([*POOL, Expert("E01", "ORG-X")], 1, APPLICANT, random.Random(1))
    with pytest.raises(PanelError, match="申报单位代码为空"):
        draw_panel(POOL, 1, " ", random.Random(1))


ORGS = [f"ORG{i}" for i in range(6)]


@st.composite
def pools(draw: st.DrawFn) -> list[Expert]:
    n = draw(st.integers(0, 25))
    return [
        Expert(
            f"E{i:03d}",
            draw(st.sampled_from(ORGS)),
            frozenset(draw(st.lists(st.sampled_from(ORGS), max_size=2))),
        )
        for i in range(n)
    ]


@settings(max_examples=150)
@given(
    pool=pools(),
    size=st.integers(1, 8),
    applicant=st.sampled_from(ORGS),
    cos=st.lists(st.sampled_from(ORGS), max_size=2),
    seed=st.integers(0, 2**32),
)
def test_no_conflicted_expert_is_ever_drawn(
    pool: list[Expert], size: int, applicant: str, cos: list[str], seed: int
) -> None:
    conflicted = {applicant, *cos}
    eligible = [e for e in pool if e.org_code not in conflicted and not (e.relations & conflicted)]
    if len(eligible) < size:
        with pytest.raises(PanelError):
            draw_panel(pool, size, applicant, random.Random(seed), cos)
        return
    draw = draw_panel(pool, size, applicant, random.Random(seed), cos)
    assert len(draw.panel) == size
    assert len({e.id for e in draw.panel}) == size
    for e in draw.panel:
        assert e.org_code not in conflicted
        assert not (e.relations & conflicted)
    assert {x.expert.id for x in draw.excluded} == {e.id for e in pool} - {e.id for e in eligible}
    assert draw.eligible_count == len(eligible)


@settings(max_examples=100)
@given(pool=pools(), seed=st.integers(0, 2**32), data=st.data())
def test_draw_is_deterministic_by_seed_and_pool_order(
    pool: list[Expert], seed: int, data: st.DataObject
) -> None:
    eligible = [e for e in pool if e.org_code != "ORG0" and "ORG0" not in e.relations]
    size = min(3, len(eligible))
    if size == 0:
        return
    first = draw_panel(pool, size, "ORG0", random.Random(seed))
    shuffled = data.draw(st.permutations(pool))
    again = draw_panel(shuffled, size, "ORG0", random.Random(seed))
    assert first == again


def test_different_seeds_give_different_panels() -> None:
    pool = [Expert(f"E{i:02d}", f"ORG{i}") for i in range(30)]
    panels = {draw_panel(pool, 5, "APPLICANT", random.Random(seed)).panel for seed in range(20)}
    assert len(panels) > 15
