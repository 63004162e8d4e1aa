"""Applications: drafted under one clause of an open call, completed with facts and documents, and
submitted only when the engine, on the call's adopted rules version, finds the clause eligible.

Submission stores the snapshot a decision rests on: the exact case the engine saw
(``case_input``), its result (``result_json``), the rules version and the clause's ceiling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, DomainRefusal, PolicyNotFound
from subsidy.money import check_fen, format_fen
from subsidy.rules.evaluate import missing_label
from subsidy.rules.model import Policy
from subsidy.rules.report import result_json
from subsidy.rules.results import ClauseResult, PolicyResult
from subsidy.services.access import (
    READ_ALL,
    application_scope,
    require_member_or_officer,
    require_read_application,
    role_label,
)
from subsidy.services.audit import check_move, move, record
from subsidy.services.calls import get_call, required_documents
from subsidy.services.documents import UPLOAD_STATES, documents_of
from subsidy.services.facts import normalise_policy_facts
from subsidy.services.history import case_records_from_db
from subsidy.services.lookup import get_application
from subsidy.services.organisations import get_organisation, valid_code
from subsidy.services.policies import assess_input, call_policy
from subsidy.store.tables import Application, AuditRecord, Call, Organisation, User

__all__ = ["EXTERNAL_COMMENTS", "Admission", "admit", "application_trail", "case_records", "clause_ceiling", "create_application", "get_application",
           "list_applications", "missing_documents", "read_application", "set_facts", "store_admission", "submit",
           "withdraw"]


def read_application(session: Session, actor: User, application_id: int) -> Application:
    """The application, if ``actor`` may read it (see ``services/access.py``)."""
    app = session.get(Application, application_id)
    if app is None and actor.role in READ_ALL:
        return get_application(session, application_id)  # says it does not exist
    require_read_application(session, actor, app, application_id)
    assert app is not None
    return app


def list_applications(session: Session, actor: User, call_id: int | None = None) -> list[Application]:
    """The applications ``actor`` may read (an applicant: its own; an expert: its panels), by id."""
    query = select(Application).where(application_scope(actor)).order_by(Application.id)
    if call_id is not None:
        query = query.where(Application.call_id == call_id)
    return list(session.scalars(query))


def create_application(session: Session, actor: User, *, call: Call, organisation: Organisation, clause: str,
                       project_title: str, project_ref: str | None = None, facts: Mapping[str, Any] | None = None,
                       co_applicants: Sequence[str] = (), requested_fen: int | None = None) -> Application:
    """A draft application of ``organisation`` under ``clause`` of an open ``call``."""
    require_member_or_officer(actor, organisation.id, "创建申报")
    if call.state != "open":
        raise DomainRefusal(f"申报批次「{call.title}」不在申报中（状态：{call.state}），不能创建申报", "call_not_open")
    _, policy = call_policy(session, call)
    try:
        clause_id = policy.clause(clause.strip()).id
    except PolicyNotFound as exc:
        raise CaseInputError("--clause", str(exc), "用 `subsidy call show` 查看本批次开放的条款") from exc
    if clause_id not in call.clauses:
        cites = "、".join(f"{policy.clause(c).cite}（{c}）" for c in call.clauses)
        raise CaseInputError("--clause", f"条款「{clause}」未在本批次开放", f"本批次开放：{cites}")
    title = (project_title or "").strip()
    if not title:
        raise CaseInputError("--title", "项目名称不能为空")
    if len(title) > 200:
        raise CaseInputError("--title", f"项目名称过长（{len(title)} 字，最多 200 字）")
    if len((project_ref or "").strip()) > 100:
        raise CaseInputError("--ref", f"项目编号过长（{len((project_ref or '').strip())} 字，最多 100 字）")
    partners = sorted({valid_code(session, c, "--co") for c in co_applicants})
    if organisation.uscc in partners:
        raise CaseInputError("--co", "联合申报单位不能是申报单位本身")
    if requested_fen is not None and requested_fen <= 0:
        raise CaseInputError("--requested", "申请金额应大于零")
    if requested_fen is not None:
        check_fen(requested_fen, "--requested")
    clean = {k: v for k, v in normalise_policy_facts(facts or {}, policy).items() if v is not None}
    app = Application(call_id=call.id, organisation_id=organisation.id, clause_id=clause_id, project_title=title,
                      project_ref=(project_ref or "").strip() or None, co_applicants=partners, facts=clean,
                      requested_fen=requested_fen, state="draft", created_by=actor.id)
    session.add(app)
    session.flush()
    record(session, actor, "create_application", f"application:{app.id}", to_state="draft", call=call.id,
           organisation=organisation.uscc, clause=clause_id, facts=clean, co_applicants=partners,
           requested_fen=requested_fen)
    return app


def set_facts(session: Session, actor: User, app: Application, facts: Mapping[str, Any]) -> Application:
    """Set (``None``: remove) facts of a draft or returned application."""
    require_member_or_officer(actor, app.organisation_id, "修改申报事实")
    if app.state not in UPLOAD_STATES:
        raise DomainRefusal(f"申报 {app.id} 已提交，不能修改；只有草稿或退回补正中的申报可以修改", "wrong_state")
    if not facts:
        raise CaseInputError("--fact", "没有要修改的事实", "用 --fact 事实名=值")
    _, policy = call_policy(session, get_call(session, app.call_id))
    changes = normalise_policy_facts(facts, policy)
    merged = dict(app.facts)
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    before = {k: app.facts.get(k) for k in changes}
    app.facts = merged
    record(session, actor, "set_facts", f"application:{app.id}", before=before, after=changes)
    return app


def missing_documents(session: Session, app: Application) -> list[str]:
    call = get_call(session, app.call_id)
    present = {d.doc_type for d in documents_of(session, app)}
    return [t for t in required_documents(call, app.clause_id) if t not in present]


def case_records(session: Session, org: Organisation, policy: Policy,
                 project: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The records the engine consults besides facts, from the database: ``history`` (grants from the
    ledger), ``other_support`` (same matter = ``project``; 一事一议 flagged) and ``bars``."""
    return case_records_from_db(session, org.id, policy.id, project)


def clause_ceiling(result: PolicyResult, clause_id: str) -> tuple[ClauseResult, int | None]:
    """The clause's result and the most it allows the application: its amount after stacking
    (就高, 差额) when it is granted, else its ceiling."""
    clause = next(r for r in result.clauses if r.clause.id == clause_id)
    granted = clause.clause.id in result.granted and clause.granted_fen
    return clause, clause.granted_fen if granted else clause.ceiling_fen


@dataclass(frozen=True)
class Admission:
    """What a (re)submission stores: the case, the engine's result, the version and the ceiling."""

    case_input: dict[str, Any]
    assessment: dict[str, Any]
    rules_version: str
    ceiling_fen: int | None


def admit(session: Session, app: Application, today: dt.date) -> Admission:
    """Documents complete and the clause eligible today, or a refusal that says what is missing."""
    call = get_call(session, app.call_id)
    adopted, policy = call_policy(session, call)
    missing_docs = missing_documents(session, app)
    if missing_docs:
        raise DomainRefusal(f"申报材料不齐，缺少：{'、'.join(missing_docs)}（用 `subsidy app upload {app.id} 文件 --type 材料类型` 上传）",
                            "missing_documents")
    org = get_organisation(session, app.organisation_id)
    # declared profile, then the application's own facts, then what the office verified (which wins)
    verified = {k: v for k, v in (org.verified or {}).items() if k in policy.facts}
    facts = {k: v for k, v in org.profile.items() if k in policy.facts} | dict(app.facts) | verified
    case_input: dict[str, Any] = {
        "name": f"application-{app.id}", "policy": policy.id, "as_of": today.isoformat(), "year": call.year,
        "effective_from": adopted.effective_from.isoformat(), "project": app.project_ref, "facts": facts,
        **case_records(session, org, policy, app.project_ref)}
    result = assess_input(policy, case_input)
    clause, ceiling = clause_ceiling(result, app.clause_id)
    label = f"{clause.clause.cite}（{clause.clause.title}）"
    if clause.eligible is False:
        raise DomainRefusal(f"不能提交：{label}的评估结果为不符合。" + "；".join(clause.reasons), "ineligible")
    if clause.eligible is None:
        needed = "、".join(missing_label(policy, x) for x in clause.missing)
        raise DomainRefusal(f"不能提交：尚不能判断是否符合{label}，请先补充：{needed}（单位信息用 `subsidy org profile`，"
                            f"项目信息用 `subsidy app facts {app.id}`）", "facts_missing")
    if app.requested_fen is not None and ceiling is not None and app.requested_fen > ceiling:
        raise DomainRefusal(f"申请金额 {format_fen(app.requested_fen)} 超过{label}最高可获 {format_fen(ceiling)}",
                            "over_ceiling")
    return Admission(case_input, result_json(result), policy.version, ceiling)


def store_admission(app: Application, admission: Admission) -> None:
    app.case_input = admission.case_input
    app.assessment = admission.assessment
    app.rules_version = admission.rules_version
    app.ceiling_fen = admission.ceiling_fen


def submit(session: Session, actor: User, app: Application, today: dt.date) -> Application:
    """Submit a draft inside the call's window, with every required document, if eligible."""
    check_move(app, "submit", actor)
    call = get_call(session, app.call_id)
    if call.state != "open" or not call.opens_on <= today <= call.closes_on:
        raise DomainRefusal(f"不在申报期内：申报批次「{call.title}」的申报期为 {call.opens_on} 至 {call.closes_on}"
                            f"（今天 {today}{'' if call.state == 'open' else '，批次已截止或未发布'}）", "outside_window")
    admission = admit(session, app, today)
    store_admission(app, admission)
    app.submitted_at = today
    move(session, app, "submit", actor, today=today.isoformat(), rules_version=admission.rules_version,
         ceiling_fen=admission.ceiling_fen)
    return app


def withdraw(session: Session, actor: User, app: Application, today: dt.date, reason: str | None = None) -> Application:
    check_move(app, "withdraw", actor)
    move(session, app, "withdraw", actor, today=today.isoformat(), reason=(reason or "").strip() or None)
    return app


EXTERNAL_COMMENTS: dict[str, str] = {"return": "reason", "reject": "reason", "accept": "note", "withdraw": "reason",
                                     "select": "reason", "reserve": "reason", "not_select": "reason",
                                     "uphold_objection": "reason"}
"""The one detail of a record that is written for the applicant to read (its ``comment``): the reasons
and notes of the office's decisions on the application. Other records may carry an
``external_comment`` (an expert's comment for the applicant); nothing else of a record's details
reaches an applicant or an expert."""


def _comment(action: str, detail: Any) -> str | None:
    if not isinstance(detail, dict):
        return None
    value = detail.get(EXTERNAL_COMMENTS.get(action, "external_comment"))
    return value if isinstance(value, str) and value.strip() else None


def application_trail(session: Session, app: Application, reader: User) -> list[dict[str, Any]]:
    """What happened to ``app``, as ``reader`` may see it: staff see every record with its details; an
    applicant or an expert sees what happened and when, without details and without experts' names (回避),
    and the comments meant for the applicant (``comment``, :data:`EXTERNAL_COMMENTS`)."""
    staff = reader.role in READ_ALL
    users = {u.id: u.username if staff or u.role != "expert" else role_label("expert")
             for u in session.scalars(select(User))}
    records = session.scalars(select(AuditRecord).where(AuditRecord.subject == f"application:{app.id}")
                              .order_by(AuditRecord.id))
    return [{"at": r.at.isoformat(), "actor": users.get(r.actor_id or 0), "action": r.action,
             "from": r.from_state, "to": r.to_state, "detail": r.detail if staff else {},
             "comment": _comment(r.action, r.detail),
             "business_date": r.business_date.isoformat() if r.business_date else None} for r in records]
