"""Random draw of an expert review panel (随机抽取评审专家) with conflict-of-interest 回避.

An expert must be excluded (回避) from reviewing an application when:

* the expert works for the applicant or for a co-applicant (联合申报单位);
* the expert has declared a relation (利害关系) with the applicant or a co-applicant.

The draw is deterministic given the ``random.Random`` passed in, and independent of the
order of the pool: eligible experts are sorted by id before sampling, so the same seed and
the same pool always give the same panel. Organisation codes are compared after the same
normalisation as 统一社会信用代码 (full-width → half-width, spaces removed, upper case).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from subsidy.admin.uscc import normalise_uscc

__all__ = ["Exclusion", "Expert", "PanelDraw", "PanelError", "draw_panel"]


class PanelError(ValueError):
    """The panel cannot be drawn as asked."""


@dataclass(frozen=True, slots=True)
class Expert:
    id: str
    org_code: str
    relations: frozenset[str] = field(default_factory=frozenset)
    """Organisation codes the expert has declared a relation with and must avoid."""
    name: str = ""

    def label(self) -> str:
        return f"{self.name}（{self.id}）" if self.name else self.id


@dataclass(frozen=True, slots=True)
class Exclusion:
    expert: Expert
    reason: str
    """回避原因, in Chinese; several reasons are joined with "；"."""


@dataclass(frozen=True, slots=True)
class PanelDraw:
    panel: tuple[Expert, ...]
    excluded: tuple[Exclusion, ...]
    eligible_count: int


def _avoidance_reasons(expert: Expert, applicant: str, co_applicants: Sequence[str]) -> list[str]:
    org = normalise_uscc(expert.org_code)
    related = {normalise_uscc(r) for r in expert.relations}
    reasons: list[str] = []
    if org == applicant:
        reasons.append(f"专家所在单位即申报单位（{applicant}）")
    if applicant in related:
        reasons.append(f"专家申报与申报单位（{applicant}）存在利害关系")
    for co in co_applicants:
        if org == co:
            reasons.append(f"专家所在单位为联合申报单位（{co}）")
        if co in related:
            reasons.append(f"专家申报与联合申报单位（{co}）存在利害关系")
    return reasons


def draw_panel(
    pool: Sequence[Expert],
    size: int,
    applicant_org: str,
    rng: random.Random,
    co_applicants: Collection[str] = (),
) -> PanelDraw:
    """Draw ``size`` experts for an application by ``applicant_org`` (and ``co_applicants``).

    Returns the panel (in draw order) and every excluded expert with the reason, in id
    order. Raises :class:`PanelError` if the pool has duplicate ids or too few eligible
    experts. ``rng`` is advanced; pass a fresh ``random.Random(seed)`` to replay a draw.
    """
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise PanelError(f"抽取人数必须为正整数（收到 {size!r}）")
    applicant = normalise_uscc(applicant_org)
    if not applicant:
        raise PanelError("申报单位代码为空，无法判断回避关系")
    cos = sorted({normalise_uscc(c) for c in co_applicants} - {applicant, ""})

    seen: set[str] = set()
    for e in pool:
        if e.id in seen:
            raise PanelError(f"专家库中专家编号「{e.id}」重复")
        seen.add(e.id)

    eligible: list[Expert] = []
    excluded: list[Exclusion] = []
    for expert in sorted(pool, key=lambda e: e.id):
        reasons = _avoidance_reasons(expert, applicant, cos)
        if reasons:
            excluded.append(Exclusion(expert, "；".join(reasons)))
        else:
            eligible.append(expert)

    if len(eligible) < size:
        raise PanelError(
            f"符合回避要求的专家不足：需要抽取 {size} 名，专家库共 {len(pool)} 名，"
            f"其中 {len(excluded)} 名需回避，仅 {len(eligible)} 名可抽取"
        )
    panel = rng.sample(eligible, size)
    return PanelDraw(tuple(panel), tuple(excluded), len(eligible))
