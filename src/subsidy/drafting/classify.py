"""What each sentence of a policy says: money, who may apply, how support stacks, when the policy is
valid, the budget, or another (non-monetary) provision. Read by words of the drafting idiom, in the
order below (a sentence that pays money is monetary even when it also says 一事一议)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from subsidy.drafting.numerals import CN_DIGITS

__all__ = ["AMOUNT_RE", "KIND_LABELS", "Kind", "Reading", "classify", "has_amount"]

Kind = Literal["monetary", "applicants", "stacking", "validity", "budget", "provision"]
KIND_LABELS: dict[str, str] = {"monetary": "资金", "applicants": "申报条件", "stacking": "叠加规则（就高、不重复、差额、一事一议）",
                               "validity": "有效期与施行日期", "budget": "预算", "provision": "非资金条款"}

# an amount as `subsidy check` counts them (rules.coverage), and written in Chinese numerals
AMOUNT_RE = re.compile(rf"(?:[0-9]+(?:\.[0-9]+)?|[{CN_DIGITS}]+)\s*(?:万元|亿元|元)|[0-9]+(?:\.[0-9]+)?\s*%"
                       rf"|[{CN_DIGITS}]+分之[{CN_DIGITS}]+")
_AWARD = re.compile(r"给予|奖励|补贴|资助|补助|予以|兑现|发放|配套|经费|奖金|扶持|支持资金|资金支持|领取")
# money promised without a figure: 按照相关规定予以奖励 (a manual_amount clause)
_UNSTATED = re.compile(r"(按照?相关规定|按有关规定|另行核定|另行制定)(予以|给予)(奖励|补贴|资助|支持|扶持)")
_STACKING = re.compile(r"就高|不重复|差额|一事一议|叠加|择优")
_VALIDITY = re.compile(r"施行|起执行|有效期|实施之日|废止|起实施|认定时限")
_BUDGET = re.compile(r"预算|专项资金|列支|年度总额|总规模|资金管理|引导资金")
_APPLICANTS = re.compile(r"适用于|适用对象|支持对象|申报主体|申报单位应|本办法所称|本措施所称|应当具备|具备以下条件|适用本办法")


@dataclass(frozen=True)
class Reading:
    kind: Kind
    amounts: tuple[str, ...]  # the amount tokens it contains
    stacking: tuple[str, ...]  # the stacking words it contains (就高, 不重复, 差额, 一事一议 …)


def has_amount(text: str) -> bool:
    return AMOUNT_RE.search(text) is not None


def classify(text: str) -> Reading:
    amounts = tuple(mt.group(0) for mt in AMOUNT_RE.finditer(text))
    stacking = tuple(dict.fromkeys(mt.group(0) for mt in _STACKING.finditer(text)))
    money = any(not a.endswith("%") and "分之" not in a for a in amounts) or any(
        a.endswith("%") or "分之" in a for a in amounts)
    kind: Kind
    if (amounts and money and _AWARD.search(text) and not (_BUDGET.search(text) and "设立" in text)) or _UNSTATED.search(text):
        kind = "monetary"
    elif stacking:
        kind = "stacking"
    elif _VALIDITY.search(text) and re.search(r"有效期|施行|执行|实施", text):
        kind = "validity"
    elif _BUDGET.search(text):
        kind = "budget"
    elif _APPLICANTS.search(text):
        kind = "applicants"
    else:
        kind = "provision"
    return Reading(kind, amounts, stacking)
