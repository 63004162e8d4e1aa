"""Annual calls (年度申报批次): which clauses of an adopted policy are open, with what budget,
window, documents, scoring rubric, panel size and periods. A call is drafted, opened and closed
(``CALL_TRANSITIONS``); each step is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy.orm import Session

from subsidy.admin.scoring import Criterion, Rubric, ScoringError, to_fraction
from subsidy.dates import validity_window
from subsidy.errors import CaseInputError, DomainRefusal, PolicyNotFound
from subsidy.money import MoneyFormatError, check_fen, format_fen, parse_rate
from subsidy.rules.model import Policy
from subsidy.services.access import CALL_RUNNERS, require_role
from subsidy.services.audit import record
from subsidy.services.lookup import get_call
from subsidy.services.policies import get_adoption, policy_of
from subsidy.store.tables import Call, User

__all__ = ["ALL_CLAUSES", "CALL_STATES", "CALL_TRANSITIONS", "CallSpec", "close_call", "create_call", "get_call",
           "open_call", "required_documents", "rubric_of"]

ALL_CLAUSES = "*"
"""Key of ``required_documents`` for the documents every clause of the call requires."""

CALL_STATES = {"draft": "草稿（未发布）", "open": "申报中", "closed": "已截止"}
CALL_TRANSITIONS = {("draft", "open"): "open", ("open", "close"): "closed"}
_ACTION_LABELS = {"open": "发布申报批次", "close": "截止申报批次"}


@dataclass(frozen=True)
class CallSpec:
    """Everything an officer fixes when drafting a call. Money in 分."""

    adopted_policy_id: int
    year: int
    title: str
    clauses: Sequence[str]
    budget_fen: int | None  # None: the annual fund the policy's text states (``budgets``, per: year)
    opens_on: dt.date
    closes_on: dt.date
    rubric: Sequence[Mapping[str, Any]]
    panel_size: int
    notice_working_days: int
    correction_working_days: int = 10
    review_working_days: int = 10
    clause_budgets: Mapping[str, int] = field(default_factory=dict)
    required_documents: Mapping[str, Sequence[str]] = field(default_factory=dict)
    one_per_entity: bool | None = None  # None: as the policy says (就高)


def _weight(raw: Any, where: str) -> int | Fraction:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    text = str(raw).strip()
    if text.isdigit():
        return int(text)
    try:
        return parse_rate(text)
    except MoneyFormatError as exc:
        raise CaseInputError(where, f"权重「{raw}」无效", "写整数百分比（30）或比例（30%、1/3）") from exc


def _rubric(items: Sequence[Mapping[str, Any]]) -> tuple[Rubric, list[dict[str, Any]]]:
    criteria: list[Criterion] = []
    stored: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        where = f"rubric[{i}]"
        for key in ("id", "name", "weight", "max"):
            if item.get(key) in (None, ""):
                raise CaseInputError(f"{where}.{key}", "缺少该项", "每个评分项写 编号:名称:权重:满分，如 tech:技术先进性:40:40")
        weight = _weight(item["weight"], f"{where}.weight")
        try:
            maximum = to_fraction(item["max"], f"评分项「{item['name']}」满分")
        except ScoringError as exc:
            raise CaseInputError(f"{where}.max", "；".join(exc.problems), "写成整数或小数文本") from exc
        criteria.append(Criterion(str(item["id"]), str(item["name"]), weight, maximum))
        stored.append({"id": str(item["id"]), "name": str(item["name"]),
                       "weight": weight if isinstance(weight, int) else f"{weight.numerator}/{weight.denominator}",
                       "max": maximum.numerator if maximum.denominator == 1 else str(item["max"])})
    try:
        return Rubric(tuple(criteria)), stored
    except ScoringError as exc:
        raise CaseInputError("rubric", "；".join(exc.problems), "权重合计 100%，每项满分大于 0") from exc


def rubric_of(call: Call) -> Rubric:
    """The call's scoring rubric (as :func:`create_call` stored it) as the scoring module's validated
    :class:`Rubric`: the one reader of rubrics, for input and for what is stored."""
    try:
        return _rubric(call.rubric)[0]
    except (CaseInputError, KeyError, TypeError, AttributeError) as exc:
        raise DomainRefusal(f"申报批次「{call.title}」的评分细则无效：{exc}", "bad_rubric") from exc


def _clause_ids(policy: Policy, keys: Sequence[str], where: str) -> list[str]:
    ids: list[str] = []
    for key in keys:
        try:
            cid = policy.clause(str(key).strip()).id
        except PolicyNotFound as exc:
            raise CaseInputError(where, str(exc), f"用 `subsidy show {policy.id}` 查看条款") from exc
        if cid not in ids:
            ids.append(cid)
    return ids


def _positive(value: int, where: str, what: str, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise CaseInputError(where, f"{what}应为不小于 {minimum} 的整数，写的是「{value}」")
    return value


def default_budget(policy: Policy) -> int:
    """A call's budget when the officer gives none: the annual fund the policy's text states."""
    fund = policy.annual_budget()
    if fund is None:
        raise CaseInputError("--budget", f"政策「{policy.short_title}」的原文未规定年度预算，需要指定本批次的总预算",
                             "用 --budget 指定，如 --budget 2000万元")
    return fund.fen


def create_call(session: Session, actor: User, spec: CallSpec) -> Call:
    """Draft a call after checking every field against the adopted policy."""
    require_role(actor, "创建申报批次", *CALL_RUNNERS)
    adopted = get_adoption(session, spec.adopted_policy_id)
    policy = policy_of(session, adopted)
    title = (spec.title or "").strip()
    if not title:
        raise CaseInputError("--title", "申报批次名称不能为空", "如 --title 2026年度智慧康养专项资金申报")
    if not spec.clauses:
        raise CaseInputError("--clause", "至少开放一个条款", f"用 --clause 条款（如 art7 或 第七条）；`subsidy show {policy.id}` 列出条款")
    clauses = _clause_ids(policy, spec.clauses, "--clause")
    budget = check_fen(_positive(default_budget(policy) if spec.budget_fen is None else spec.budget_fen,
                                 "--budget", "总预算（分）"), "--budget")
    budgets: dict[str, int] = {}
    for cid, fen in zip(_clause_ids(policy, list(spec.clause_budgets), "--clause-budget"), spec.clause_budgets.values(),
                        strict=True):
        if cid not in clauses:
            raise CaseInputError("--clause-budget", f"条款「{cid}」未在本批次开放", "只为 --clause 列出的条款设分项预算")
        if _positive(fen, "--clause-budget", "分项预算（分）") > budget:
            raise CaseInputError("--clause-budget", f"条款「{cid}」的预算 {format_fen(fen)} 超过总预算 {format_fen(budget)}")
        budgets[cid] = fen
    docs: dict[str, list[str]] = {}
    for key, types in spec.required_documents.items():
        cid = ALL_CLAUSES if key == ALL_CLAUSES else _clause_ids(policy, [key], "--require")[0]
        if cid != ALL_CLAUSES and cid not in clauses:
            raise CaseInputError("--require", f"条款「{cid}」未在本批次开放", "只为开放的条款规定材料，或用 * 表示全部条款")
        names = [t.strip() for t in types if t.strip()]
        if not names:
            raise CaseInputError("--require", f"条款「{key}」的材料清单为空", "写成 条款=营业执照,项目预算表")
        docs[cid] = sorted(set(docs.get(cid, [])) | set(names))
    _, rubric = _rubric(spec.rubric)
    if spec.opens_on > spec.closes_on:
        raise CaseInputError("--closes", f"截止日 {spec.closes_on} 早于开始日 {spec.opens_on}")
    start, end = (validity_window(adopted.effective_from, policy.validity_years) if policy.validity_years
                  else (adopted.effective_from, dt.date.max))
    if spec.opens_on < start or spec.closes_on > end:
        raise CaseInputError("--opens", f"申报期 {spec.opens_on} 至 {spec.closes_on} 超出政策有效期（{start} 至 {end}）",
                             "把申报期放在有效期内")
    if not start.year <= spec.year <= end.year:
        raise CaseInputError("--year", f"年度 {spec.year} 不在政策有效期（{start} 至 {end}）内")
    call = Call(adopted_policy_id=adopted.id, year=spec.year, title=title, clauses=clauses, budget_fen=budget,
                clause_budgets=budgets, opens_on=spec.opens_on, closes_on=spec.closes_on, required_documents=docs,
                rubric=rubric, panel_size=_positive(spec.panel_size, "--panel-size", "评审专家人数"),
                notice_working_days=_positive(spec.notice_working_days, "--notice-days", "公示期（工作日）"),
                correction_working_days=_positive(spec.correction_working_days, "--correction-days", "补正期限（工作日）"),
                review_working_days=_positive(spec.review_working_days, "--review-days", "形式审查时限（工作日）"),
                one_per_entity=policy.highest_over_all if spec.one_per_entity is None else spec.one_per_entity,
                state="draft")
    session.add(call)
    session.flush()
    record(session, actor, "create_call", f"call:{call.id}", to_state="draft", policy=policy.id,
           version=adopted.version, year=spec.year, clauses=clauses, budget_fen=budget, clause_budgets=budgets)
    return call


def _move(session: Session, actor: User, call: Call, action: str, today: dt.date) -> Call:
    label = _ACTION_LABELS[action]
    require_role(actor, label, *CALL_RUNNERS)
    target = CALL_TRANSITIONS.get((call.state, action))
    if target is None:
        can = [_ACTION_LABELS[a] for (s, a) in CALL_TRANSITIONS if s == call.state] or ["无"]
        raise DomainRefusal(f"申报批次 {call.id} 当前状态「{CALL_STATES[call.state]}」下不能{label}；可执行：{'、'.join(can)}",
                            "wrong_state")
    if action == "open" and today > call.closes_on:
        raise DomainRefusal(f"申报截止日 {call.closes_on} 已过，不能发布", "window_passed")
    before, call.state = call.state, target
    record(session, actor, f"{action}_call", f"call:{call.id}", from_state=before, to_state=target,
           today=today.isoformat())
    return call


def open_call(session: Session, actor: User, call: Call, today: dt.date) -> Call:
    return _move(session, actor, call, "open", today)


def close_call(session: Session, actor: User, call: Call, today: dt.date) -> Call:
    return _move(session, actor, call, "close", today)


def required_documents(call: Call, clause_id: str) -> list[str]:
    """Document types an application under ``clause_id`` must include."""
    docs = call.required_documents
    return sorted(set(docs.get(ALL_CLAUSES, [])) | set(docs.get(clause_id, [])))
