"""Expert review scoring (专家评审打分): weighted rubric, score sheets, aggregation.

Every number here is exact (``Fraction``); floats are refused. An expert's weighted total
is on a 100-point scale: ``Σ weight × score / max_score × 100`` with weights adding up to
100%. A rubric whose maxima already add up to 100 and whose weights equal the maxima (the
usual "技术先进性 30 分" layout) therefore totals the raw points.

Aggregation is the trimmed mean (去掉一个最高分和一个最低分) when at least five experts
scored, else the plain mean. :func:`present` rounds half-up to two decimals for display only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from subsidy.money import apply_rate

__all__ = [
    "TRIM_FROM",
    "Criterion",
    "ExpertTotal",
    "Review",
    "Rubric",
    "ScoreSheet",
    "ScoringError",
    "expert_total",
    "present",
    "review",
    "to_fraction",
    "trimmed_mean",
]

TRIM_FROM = 5
"""With this many scores or more, one highest and one lowest are dropped."""

Number = int | Fraction | Decimal | str


class ScoringError(ValueError):
    """A rubric or score sheet is invalid; ``problems`` lists every problem in Chinese."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("；".join(self.problems))


def to_fraction(value: Number, what: str = "分值") -> Fraction:
    """An exact ``Fraction`` from an int, Fraction, Decimal or decimal string; never a float."""
    if isinstance(value, bool | float):
        raise ScoringError([f"{what}「{value}」必须是精确数值（整数或小数文本），不能是浮点数或是/否值"])
    if isinstance(value, int | Fraction):
        return Fraction(value)
    try:
        dec = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ScoringError([f"{what}「{value}」不是数字"]) from None
    if not dec.is_finite():
        raise ScoringError([f"{what}「{value}」不是有限数值"])
    return Fraction(dec)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One scoring item. ``weight``: an ``int`` is a percentage, a ``Fraction`` a share of 1."""

    id: str
    name: str
    weight: int | Fraction
    max_score: int | Fraction | Decimal

    @property
    def share(self) -> Fraction:
        return Fraction(self.weight, 100) if isinstance(self.weight, int) else Fraction(self.weight)

    @property
    def maximum(self) -> Fraction:
        return to_fraction(self.max_score, f"评分项「{self.name}」满分")


@dataclass(frozen=True, slots=True)
class Rubric:
    """A validated set of criteria whose weights add up to exactly 100%."""

    criteria: tuple[Criterion, ...]

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not self.criteria:
            problems.append("评分细则没有任何评分项")
        seen: set[str] = set()
        for c in self.criteria:
            if c.id in seen:
                problems.append(f"评分项编号「{c.id}」重复")
            seen.add(c.id)
            if isinstance(c.weight, bool) or not isinstance(c.weight, int | Fraction):
                problems.append(f"评分项「{c.name}」权重必须是整数百分比或分数")
            elif c.share <= 0:
                problems.append(f"评分项「{c.name}」权重必须大于 0")
            try:
                if c.maximum <= 0:
                    problems.append(f"评分项「{c.name}」满分必须大于 0")
            except ScoringError as exc:
                problems.extend(exc.problems)
        if not problems:
            total = sum((c.share for c in self.criteria), Fraction(0))
            if total != 1:
                problems.append(f"评分项权重合计为 {present(total * 100)}%，应为 100%")
        if problems:
            raise ScoringError(problems)

    def by_id(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """One expert's scores, keyed by criterion id."""

    expert_id: str
    scores: Mapping[str, Number] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExpertTotal:
    expert_id: str
    total: Fraction

    @property
    def shown(self) -> str:
        return present(self.total)


@dataclass(frozen=True, slots=True)
class Review:
    """Outcome of :func:`review` for one application."""

    totals: tuple[ExpertTotal, ...]
    aggregate: Fraction
    trimmed: bool
    spread: Fraction
    threshold: Fraction
    disagreement: bool
    far_apart: tuple[tuple[str, str, Fraction], ...]
    """Pairs ``(higher expert, lower expert, gap)`` whose totals differ by more than the threshold."""
    message: str

    @property
    def experts_far_apart(self) -> tuple[str, ...]:
        """Every expert in at least one far-apart pair, in id order."""
        return tuple(sorted({e for a, b, _ in self.far_apart for e in (a, b)}))


def present(value: Fraction) -> str:
    """Two decimals, half-up (``Fraction(517, 6)`` → ``"86.17"``). Display only."""
    cents = apply_rate(100, value)
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"


def expert_total(rubric: Rubric, sheet: ScoreSheet) -> Fraction:
    """Validated weighted total of one sheet on a 100-point scale."""
    criteria = rubric.by_id()
    who = f"专家「{sheet.expert_id}」"
    problems: list[str] = []
    total = Fraction(0)
    for cid in sheet.scores:
        if cid not in criteria:
            problems.append(f"{who}的评分表含有评分细则中不存在的评分项「{cid}」")
    for c in rubric.criteria:
        if c.id not in sheet.scores:
            problems.append(f"{who}未对评分项「{c.name}」打分")
            continue
        try:
            score = to_fraction(sheet.scores[c.id], f"{who}对评分项「{c.name}」的打分")
        except ScoringError as exc:
            problems.extend(exc.problems)
            continue
        if not 0 <= score <= c.maximum:
            problems.append(
                f"{who}对评分项「{c.name}」的打分 {_plain(score)} 超出范围，应在 0 到 {_plain(c.maximum)} 分之间"
            )
            continue
        total += c.share * score / c.maximum * 100
    if problems:
        raise ScoringError(problems)
    return total


def _plain(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    text = present(value)
    return text.rstrip("0").rstrip(".") if Fraction(Decimal(text)) == value else f"约 {text}"


def trimmed_mean(values: Sequence[Fraction | int]) -> Fraction:
    """Mean after dropping one highest and one lowest value when there are ≥ 5 values."""
    if not values:
        raise ScoringError(["没有任何专家评分，无法计算平均分"])
    ordered = sorted(Fraction(v) for v in values)
    if len(ordered) >= TRIM_FROM:
        ordered = ordered[1:-1]
    return sum(ordered, Fraction(0)) / len(ordered)


def review(rubric: Rubric, sheets: Sequence[ScoreSheet], threshold: Number = 20) -> Review:
    """Score every sheet, aggregate, and flag experts whose totals are too far apart."""
    limit = to_fraction(threshold, "分差阈值")
    ids = [s.expert_id for s in sheets]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ScoringError([f"专家「{i}」提交了多份评分表" for i in duplicated])
    problems: list[str] = []
    totals: list[ExpertTotal] = []
    for sheet in sheets:
        try:
            totals.append(ExpertTotal(sheet.expert_id, expert_total(rubric, sheet)))
        except ScoringError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ScoringError(problems)
    values = [t.total for t in totals]
    aggregate = trimmed_mean(values)
    spread = max(values) - min(values)
    ranked = sorted(totals, key=lambda t: (-t.total, t.expert_id))
    pairs = tuple(
        (hi.expert_id, lo.expert_id, hi.total - lo.total)
        for i, hi in enumerate(ranked)
        for lo in ranked[i + 1 :]
        if hi.total - lo.total > limit
    )
    pairs = tuple(sorted(pairs, key=lambda p: (-p[2], p[0], p[1])))
    disagreement = spread > limit
    if disagreement:
        hi, lo = ranked[0], ranked[-1]
        message = (
            f"专家评分分歧较大：最高分 {present(hi.total)}（{hi.expert_id}）与最低分 {present(lo.total)}"
            f"（{lo.expert_id}）相差 {present(spread)} 分，超过 {_plain(limit)} 分，请组织复核"
        )
    else:
        method = "去掉一个最高分和一个最低分后的平均分" if len(values) >= TRIM_FROM else "平均分"
        message = f"{len(values)} 位专家评分，{method}为 {present(aggregate)}"
    return Review(
        totals=tuple(totals),
        aggregate=aggregate,
        trimmed=len(values) >= TRIM_FROM,
        spread=spread,
        threshold=limit,
        disagreement=disagreement,
        far_apart=pairs,
        message=message,
    )
