"""The API's documents as Pydantic models, so the OpenAPI schema says exactly what is returned.

The assessment models mirror docs/json-contract.md field for field (``extra="forbid"``:
tests/web/test_api.py validates every shipped case's answer against them). Handlers return the
contract's dict as built by :mod:`subsidy.rules.report`; these models document it, they do not
build it. Amounts are decimal strings in 元 (``"4200000.00"``), never numbers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AssessOut", "CaseIn", "PolicyDetail", "PolicySummary", "ReasonCode"]

Yuan = str  # "4200000.00"
# The names of subsidy.rules.results.Reason (a test keeps them equal).
ReasonCode = Literal["ELIGIBLE", "OUTSIDE_VALIDITY", "BARRED", "APPLICANT", "CONDITION", "PROGRAMME_OVER", "EXCLUDED",
                     "CAP_EXHAUSTED", "ZERO_AMOUNT", "UNKNOWN"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PolicyRef(_Strict):
    id: str
    title: str
    issuer: str
    status: Literal["draft", "in_force", "expired"] = Field(description="政策文件中的状态")
    version: str = Field(description="规则版本（政策文件的内容哈希）")


class PolicySummary(_Strict):
    id: str
    title: str
    issuer: str
    status: Literal["draft", "in_force", "expired"] = Field(description="政策文件中的状态")
    clauses: int = Field(description="资金条款数")
    provisions: int = Field(description="非资金条款数")
    version: str
    short_title: str
    status_today: Literal["draft", "in_force", "expired"] = Field(description="按今天的日期：有效期已过即为 expired")
    status_label: str = Field(description="征求意见稿 / 施行中 / 已失效（按今天的日期）")
    effective_from: str | None = Field(description="施行日期；征求意见稿尚未确定时为 null")
    validity_end: str | None = Field(description="有效期最后一天（含）；未规定或未施行时为 null")
    validity: str = Field(description="有效期的文字说明")
    amount_unit: str


class FactOut(_Strict):
    name: str
    type: Literal["money", "number", "integer", "bool", "category", "date", "list"]
    unit: str | None
    label: str
    help: str
    values: list[str]


class ClauseDetail(_Strict):
    id: str
    cite: str
    title: str
    kind: Literal["monetary", "manual_amount"]
    discretionary: bool
    quote: list[str]
    facts: list[FactOut]
    payment_facts: list[FactOut] = Field(description="支付安排：只影响支付方式、不影响金额的事实（如分期所需）")
    conditions: str
    formula: str
    floor: str | None  # 保底 in words (a clause's floor), if any
    caps: list[str]
    deduct: str | None  # the clause's own deduction in words ("统筹省、市政策"), if any
    ceiling: str | None  # 最高可获 in words, generated from the rule (None: amount set in review)
    payee: str
    payee_label: str
    schedule: Literal["lump_sum", "tranches", "annual", "periodic", "stages", "choice"]
    schedule_text: str  # 支付安排 in words
    after_validity: str | None  # what becomes of payments after the policy's validity (解读约定第18条); None: paid once
    programme_years: int | None
    interpretation: list[str]
    quota: str
    layer: Literal["inherited", "overridden", "added"] | None  # a variant's clause (policy.yaml base:); None otherwise
    layer_note: str | None  # the same in words: 沿用 / 覆盖基础政策第…条（…） / 本政策新增
    base_quote: list[str]  # an overridden clause: the base's own sentences (its quote is the variant's)


class FigureOut(_Strict):
    base: str
    own: str


class OverrideOut(_Strict):
    clause: str
    base_cite: str
    keys: list[str]
    figures: list[FigureOut]


class BaseOut(_Strict):
    """A variant's base policy and what it takes from it."""

    id: str
    title: str
    version: str
    inherited: list[str]
    overridden: list[OverrideOut]
    added: list[str]
    removed: list[str]


class ProvisionDetail(_Strict):
    id: str
    cite: str
    title: str
    quote: list[str]
    summary: str


class PolicyDetail(_Strict):
    """``subsidy show POLICY[/CLAUSE] --json``."""

    policy: PolicyRef
    base: BaseOut | None  # policy.yaml base: (a district variant); None for a policy of its own
    clauses: list[ClauseDetail]
    provisions: list[ProvisionDetail]


class StepOut(_Strict):
    cite: str
    rule: str
    text: str
    result: str
    inputs: dict[str, str]
    quote: str | None
    kind: str  # the record the text is worded from (docs/json-contract.md)
    values: dict[str, str | bool | int | None]
    outcome: str | bool | int | None


class TrancheOut(_Strict):
    number: int
    amount: Yuan
    when: str
    share: str
    after_validity: bool  # paid in a year after the policy's validity ends: still owed (解读约定第18条)
    stage: str | None  # a staged schedule's tranche: its event (主体封闭); null: a tranche by year
    happened: bool | None  # whether its event has happened, by its fact; null: no fact, or not known


class BenefitOut(_Strict):
    """A benefit in kind (算力券, 租金减免): the clause's amounts are its value, not cash."""

    type: Literal["voucher", "rent_reduction", "free_service"]
    type_label: str
    name: str


class ClauseResultOut(_Strict):
    id: str
    cite: str
    title: str
    kind: Literal["monetary", "manual_amount"]
    discretionary: bool
    eligible: bool | None
    reason: ReasonCode
    reason_label: str
    reasons: list[str]
    missing: list[str]
    amount: Yuan | None
    ceiling: Yuan | None
    floor: Yuan | None  # 保底 (a clause's floor): review approves no less
    granted: Yuan | None
    deducted: Yuan | None  # support deducted from this clause alone ("统筹省、市政策"; records naming it)
    stacking_note: str
    benefit: BenefitOut | None  # a benefit in kind; null: cash
    payee: str
    payee_label: str
    schedule: list[TrancheOut]
    schedule_note: str  # a schedule chosen by a fact not yet known: the other possibility, in words ("" otherwise)
    schedule_missing: list[str]  # facts not yet known that change only how it is paid (支付安排), never the amount
    quote: list[str]
    interpretation: list[str]
    steps: list[StepOut]


class SetAside(_Strict):
    id: str
    reason: str


class Stacked(_Strict):
    total: Yuan  # cash only
    in_kind_total: Yuan  # the value of the benefits in kind, apart from cash
    upper_bound: Yuan | None  # the most total can become once pending is decided (docs/json-contract.md)
    granted: list[str]
    set_aside: list[SetAside]
    pending: list[str]
    manual: list[str]
    missing: list[str]
    steps: list[StepOut]


class ProvisionOut(_Strict):
    id: str
    cite: str
    title: str
    summary: str


class SelectedClause(_Strict):
    id: str
    total: Yuan | None
    missing: list[str]


class AssessOut(_Strict):
    """``subsidy assess --json`` (docs/json-contract.md)."""

    schema_version: str
    policy: PolicyRef
    as_of: str
    year: int
    effective_from: str
    validity_end: str | None
    clauses: list[ClauseResultOut]
    stacked: Stacked
    provisions: list[ProvisionOut]
    selected_clause: SelectedClause | None = None


class CaseIn(BaseModel):
    """A case, as in a case file (docs/case-format.md). Money is text with its unit (``"300万元"``);
    an absent or null fact is unknown; an absent record list is unknown, ``[]`` is none."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": {
        "policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-04-15", "effective_from": "2026-12-01",
        "facts": {"operates_in_chaoyang": True, "project_budget": "780万元"}, "history": []}})
    policy: str | None = Field(None, description="政策编号（也可用查询参数 policy 指定）")
    as_of: str | None = Field(None, description="评估日期，如 2027-04-15（默认今天）")
    effective_from: str | None = Field(None, description="征求意见稿的假定施行日期")
    year: int | str | None = Field(None, description="申报年度（默认评估日期所在年份）")
    project: str | None = None
    name: str | None = None
    description: str | None = None
    facts: dict[str, Any] | None = Field(None, description="事实名: 值；金额写成带单位的文字，如 \"300万元\"")
    history: list[dict[str, Any]] | None = Field(None, description="本政策下已获资助；[] 为没有")
    other_support: list[dict[str, Any]] | None = Field(None, description="其他政策已给予的支持；[] 为没有")
    bars: list[dict[str, Any]] | None = Field(None, description="取消申报资格的处理；[] 为没有")
    expect: dict[str, Any] | None = Field(None, description="测试案例的期望结果（评估时不使用）")
