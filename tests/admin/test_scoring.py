from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.scoring import (
    Criterion,
    Rubric,
    ScoreSheet,
    ScoringError,
    expert_total,
    present,
    review,
    trimmed_mean,
)

RUBRIC = Rubric(
    (
        Criterion("tech", "技术先进性", 40, 10),
        Criterion("market", "市场前景", 30, 30),
        Criterion("team", "团队能力", Fraction(3, 10), 100),
    )
)


def sheet(expert: str, tech: object, market: object, team: object) -> ScoreSheet:
    return ScoreSheet(expert, {"tech": tech, "market": market, "team": team})  # type: ignore[dict-item]


def test_weighted_total_is_exact() -> None:
    # 40% × 8/10 + 30% × 25/30 + 30% × 77/100, on 100 points: 32 + 25 + 23.1
    assert expert_total(RUBRIC, sheet("E1", 8, 25, 77)) == Fraction(801, 10)
    assert expert_total(RUBRIC, sheet("E1", "8.5", Decimal("25"), Fraction(1, 3))) == Fraction(
        34
    ) + 25 + Fraction(1, 10)
    assert expert_total(RUBRIC, sheet("E1", 10, 30, 100)) == 100
    assert expert_total(RUBRIC, sheet("E1", 0, 0, 0)) == 0


def test_present_rounds_half_up() -> None:
    assert present(Fraction(517, 6)) == "86.17"
    assert present(Fraction(12345, 1000)) == "12.35"
    assert present(Fraction(12344999, 1000000)) == "12.34"
    assert present(Fraction(80)) == "80.00"
    assert present(Fraction(-1, 200)) == "-0.01"


def test_score_out_of_range_names_criterion() -> None:
    with pytest.raises(ScoringError) as info:
        expert_total(RUBRIC, sheet("E7", 11, 25, -1))
    assert info.value.problems == (
        "专家「E7」对评分项「技术先进性」的打分 11 超出范围，应在 0 到 10 分之间",
        "专家「E7」对评分项「团队能力」的打分 -1 超出范围，应在 0 到 100 分之间",
    )


def test_missing_unknown_and_float_scores_rejected() -> None:
    bad = ScoreSheet("E2", {"tech": 5.5, "market": 10, "extra": 3})  # type: ignore[dict-item]
    with pytest.raises(ScoringError) as info:
        expert_total(RUBRIC, bad)
    text = str(info.value)
    assert "不存在的评分项「extra」" in text
    assert "未对评分项「团队能力」打分" in text
    assert "不能是浮点数" in text and "技术先进性" in text


def test_non_numeric_score_rejected() -> None:
    with pytest.raises(ScoringError, match="「优秀」不是数字"):
        expert_total(RUBRIC, sheet("E3", "优秀", 1, 1))


def test_rubric_validation() -> None:
    with pytest.raises(ScoringError, match=re.escape("权重合计为 90.00%，应为 100%")):
        Rubric((Criterion("a", "甲", 60, 10), Criterion("b", "乙", 30, 10)))
    with pytest.raises(ScoringError, match="编号「a」重复"):
        Rubric((Criterion("a", "甲", 50, 10), Criterion("a", "乙", 50, 10)))
    with pytest.raises(ScoringError, match="满分必须大于 0"):
        Rubric((Criterion("a", "甲", 100, 0),))
    with pytest.raises(ScoringError, match="没有任何评分项"):
        Rubric(())


def test_trimmed_mean_rules() -> None:
    assert trimmed_mean([80, 90]) == 85
    assert trimmed_mean([60, 70, 80, 90]) == 75
    assert trimmed_mean([10, 70, 80, 90, 100]) == 80
    with pytest.raises(ScoringError, match="没有任何专家评分"):
        trimmed_mean([])


def test_review_flags_far_apart_experts() -> None:
    sheets = [
        sheet("E1", 9, 27, 90),  # 90
        sheet("E2", 8, 24, 80),  # 80
        sheet("E3", 6, 18, 60),  # 60
        sheet("E4", 8, 24, 80),  # 80
        sheet("E5", 7, 21, 70),  # 70
    ]
    result = review(RUBRIC, sheets)
    assert [t.total for t in result.totals] == [90, 80, 60, 80, 70]
    assert result.trimmed
    assert result.aggregate == Fraction(230, 3)
    assert result.spread == 30
    assert result.disagreement
    assert result.far_apart == (("E1", "E3", Fraction(30)),)
    assert result.experts_far_apart == ("E1", "E3")
    assert "相差 30.00 分，超过 20 分" in result.message


def test_review_threshold_is_strict_and_configurable() -> None:
    sheets = [sheet("A", 9, 27, 90), sheet("B", 7, 21, 70)]
    assert not review(RUBRIC, sheets).disagreement  # exactly 20 apart is not "more than 20"
    loose = review(RUBRIC, sheets, threshold="19.5")
    assert loose.disagreement and loose.far_apart == (("A", "B", Fraction(20)),)
    calm = review(RUBRIC, sheets)
    assert calm.message == "2 位专家评分，平均分为 80.00"


def test_review_collects_problems_from_all_sheets() -> None:
    with pytest.raises(ScoringError) as info:
        review(RUBRIC, [sheet("A", 11, 1, 1), sheet("B", 1, 31, 1)])
    assert len(info.value.problems) == 2
    with pytest.raises(ScoringError, match="专家「A」提交了多份评分表"):
        review(RUBRIC, [sheet("A", 1, 1, 1), sheet("A", 2, 2, 2)])


scores = st.builds(Fraction, st.integers(0, 10_000), st.sampled_from([1, 2, 3, 6, 7, 100]))


@settings(max_examples=150)
@given(values=st.lists(scores, min_size=1, max_size=12))
def test_trimmed_mean_between_min_and_max(values: list[Fraction]) -> None:
    m = trimmed_mean(values)
    assert min(values) <= m <= max(values)


@settings(max_examples=150)
@given(values=st.lists(scores, min_size=1, max_size=12), data=st.data())
def test_trimmed_mean_permutation_invariant(values: list[Fraction], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(values))
    assert trimmed_mean(shuffled) == trimmed_mean(values)


@settings(max_examples=150)
@given(values=st.lists(scores, min_size=1, max_size=4))
def test_trimmed_mean_is_plain_mean_below_five(values: list[Fraction]) -> None:
    assert trimmed_mean(values) == sum(values, Fraction(0)) / len(values)


@settings(max_examples=100)
@given(values=st.lists(scores, min_size=5, max_size=12))
def test_trimmed_mean_ignores_one_extreme(values: list[Fraction]) -> None:
    # Making the top score even higher (or the bottom even lower) cannot move the result.
    ordered = sorted(values)
    assert trimmed_mean([*ordered[:-1], ordered[-1] + 1000]) == trimmed_mean(values)
    assert trimmed_mean([ordered[0] - 1000, *ordered[1:]]) == trimmed_mean(values)


@settings(max_examples=100)
@given(
    marks=st.lists(
        st.tuples(st.integers(0, 10), st.integers(0, 30), st.integers(0, 100)), min_size=1, max_size=9
    )
)
def test_review_totals_in_range_and_spread_consistent(marks: list[tuple[int, int, int]]) -> None:
    result = review(RUBRIC, [sheet(f"E{i}", *m) for i, m in enumerate(marks)])
    totals = [t.total for t in result.totals]
    assert all(0 <= t <= 100 for t in totals)
    assert min(totals) <= result.aggregate <= max(totals)
    assert result.disagreement == bool(result.far_apart)
    assert all(gap > 20 for _, _, gap in result.far_apart)
