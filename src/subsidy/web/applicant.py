"""The applicant's screens, the page of an application, and the notices inbox.

- ``GET /applications/{id}``: the application as the logged-in user may read it (services/access.py:
  an applicant its own organisation's, an expert its panels', staff every one): state, clause and call,
  facts (apart, under 支付安排, those that change only how it is paid: rules.describe.payment_facts, asked
  so on the application form too), documents and those still missing, the 补正 request with its working-day deadline, the
  timeline with the comments meant for the applicant, and the buttons of ``web/transitions.buttons``.
  ``POST …/facts`` and ``POST …/documents`` change a draft or a returned application.
- The applicant's transitions (``submit``, ``withdraw``, ``resubmit``) are handlers of
  ``web/transitions.py``'s one action route; each calls one service.
- 我的单位 (``/organisation``: declared and verified facts, which are the organisation's and which the
  project's; the eligibility check is the calculator prefilled from them), 申报批次 (``/calls``, apply
  under a clause: ``/calls/{id}/apply``), 我的申报 (``/applications``), 奖励与报告 (``/awards``: tranches,
  reports due and their submission), 通知 (``/inbox``, services/inbox.py).

Every page opens one transaction, calls the services and renders; what a user may see or change is
decided by the services (services/access.py), never here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin.workflow import STATE_LABELS, STATES, action_label
from subsidy.errors import CaseInputError, DomainRefusal, PolicyNotFound
from subsidy.money import format_fen
from subsidy.rules import model as m
from subsidy.rules.describe import clause_facts, payment_facts
from subsidy.rules.questionnaire import Answers, to_query
from subsidy.services import clock, inbox
from subsidy.services.access import (
    APPLICANTS,
    MEMBER_OR_OFFICER,
    REPORT_SUBMITTERS,
    may_act_for_organisation,
    require_read_organisation,
)
from subsidy.services.applications import (
    application_trail,
    create_application,
    list_applications,
    missing_documents,
    read_application,
    set_facts,
    submit,
    withdraw,
)
from subsidy.services.calls import get_call, required_documents
from subsidy.services.documents import MEDIA_LABELS, UPLOAD_STATES, documents_of, upload_document
from subsidy.services.facts import adopted_fact_defs, organisation_fact_names
from subsidy.services.formal_review import corrections_of, open_correction, resubmit, review_clock
from subsidy.services.listing import list_calls
from subsidy.services.organisations import effective_facts, get_organisation, update_profile
from subsidy.services.policies import adopted_policies, call_policy, policy_of
from subsidy.services.reports import entity_history
from subsidy.services.supervision import get_report, submit_report
from subsidy.store.tables import Application, Call, Organisation, User
from subsidy.web.auth import CurrentUser, permitted
from subsidy.web.deps import RowId, login_of, now, transaction
from subsidy.web.render import render, templates
from subsidy.web.staff import form_of
from subsidy.web.transitions import Outcome, application_page, business_today, buttons, handles

__all__ = ["ACTION_FIELDS", "router"]

router = APIRouter(include_in_schema=False)

ACTION_FIELDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "withdraw": (("reason", "撤回理由（可不填）", False),),
    "return": (("reason", "退回补正的理由（申报单位会看到）", True),),
    "reject": (("reason", "不通过的理由（申报单位会看到）", True),),
    "accept": (("note", "审查意见（可不填）", False),),
}
"""The fields an action's form carries besides the token: (name, label, required)."""


# ---- the applicant's transitions (web/transitions.py checks role and state first) -----------------


@handles("submit")
def _submit(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    submit(s, user, app, today)
    return Outcome(application_page(app.id), "申报已提交，等待形式审查")


@handles("withdraw")
def _withdraw(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    withdraw(s, user, app, today, form.get("reason"))
    return Outcome(application_page(app.id), "申报已撤回")


@handles("resubmit")
def _resubmit(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    resubmit(s, user, app, today)
    return Outcome(application_page(app.id), "补正后已重新提交，等待形式审查")


# ---- what the pages share ---------------------------------------------------------------------------


def _fact_text(value: Any) -> str:
    """A stored fact as a person reads it (and as the calculator's form takes it)."""
    return ("是" if value else "否") if isinstance(value, bool) else str(value)




def _state_label(user: User, state: str) -> str:
    if state not in STATES:
        return STATE_LABELS.get(state, state)
    return STATES[state].applicant_label if user.role == "applicant" else STATES[state].officer_label


def _demo_dates(s: Session) -> bool:
    """Whether the forms offer a business date (a demo or simulation database: services/clock.py)."""
    return clock.mode_of(s) != "production"


def _own_organisation(s: Session, user: User, what: str) -> Organisation:
    """The logged-in applicant's organisation (anyone else is refused by services/access.py)."""
    require_read_organisation(user, user.organisation_id, what)
    assert user.organisation_id is not None
    return get_organisation(s, user.organisation_id)


@dataclass(frozen=True)
class FactField:
    name: str
    label: str
    kind: str
    unit: str | None
    help: str
    value: str
    choices: tuple[str, ...]


def _fact_field(f: m.FactDef, value: Any, policy: m.Policy) -> FactField:
    choices: tuple[str, ...] = ()
    if f.type == "bool":
        choices = ("是", "否")
    elif f.type == "category":
        choices = tuple(f.values)
    unit = (f.unit or policy.amount_unit) if f.type == "money" else f.unit
    return FactField(f.name, f.label, f.type, unit, f.help, "" if value is None else _fact_text(value), choices)


def _project_fields(s: Session, policy: m.Policy, clause: m.Clause, facts: Mapping[str, Any]) -> list[FactField]:
    """The facts of ``clause`` that are the project's (the organisation's are in its profile)."""
    own = set(organisation_fact_names(s))
    return [_fact_field(f, facts.get(f.name), policy) for f in clause_facts(policy, clause) if f.name not in own]


def _payment_fields(policy: m.Policy, clause: m.Clause, facts: Mapping[str, Any]) -> list[FactField]:
    """The facts that change only how ``clause`` pays (支付安排: its schedule's), asked apart from the others."""
    return [_fact_field(f, facts.get(f.name), policy) for f in payment_facts(policy, clause)]


def _typed_facts(form: Mapping[str, str], current: Mapping[str, Any] | None = None) -> dict[str, str]:
    """The facts typed in a form (``fact.<name>``), the blank ones and the unchanged ones left out."""
    out: dict[str, str] = {}
    for key, value in form.items():
        if key.startswith("fact.") and (text := value.strip()):
            name = key[len("fact."):]
            if current is None or name not in current or _fact_text(current[name]) != text:
                out[name] = text
    return out


def _done(location: str, message: str) -> RedirectResponse:
    from urllib.parse import quote

    return RedirectResponse(location + ("&" if "?" in location else "?") + "done=" + quote(message), status_code=303)


def _calculator_link(policy: m.Policy, org: Organisation) -> str:
    facts = {k: _fact_text(v) for k, v in sorted(effective_facts(org).items()) if k in policy.facts}
    query = to_query(Answers(facts=facts))
    return f"/calculator/{policy.id}" + (f"?{query}" if query else "")


def _shipped(policy_id: str) -> bool:
    from subsidy.web.policies import shipped_policy

    try:
        shipped_policy(policy_id)
    except PolicyNotFound:
        return False
    return True


def unread_notices(request: Request) -> int:
    """The header's count of unread notices (0 without a login or an organisation)."""
    found = login_of(request)
    if found is None or found.user.organisation_id is None:
        return 0
    if (cached := getattr(request.state, "unread_notices", None)) is not None:
        return int(cached)
    with transaction(request) as s:
        count = inbox.unread_count(s, found.user)
    request.state.unread_notices = count
    return count


templates.env.globals["unread_notices"] = unread_notices


# ---- the application's page ----------------------------------------------------------------------


def _application_context(s: Session, user: User, app: Application, today: dt.date) -> dict[str, Any]:
    call = get_call(s, app.call_id)
    _, policy = call_policy(s, call)
    clause = policy.clause(app.clause_id)
    org = get_organisation(s, app.organisation_id)
    changeable = app.state in UPLOAD_STATES and may_act_for_organisation(user, app.organisation_id)
    trail = [{**r, "action_label": action_label(r["action"]),
              "from_label": _state_label(user, r["from"]) if r["from"] else None,
              "to_label": _state_label(user, r["to"]) if r["to"] else None}
             for r in application_trail(s, app, user)]
    paying = payment_facts(policy, clause)
    facts = [(policy.facts[k].label if k in policy.facts else k, _fact_text(v)) for k, v in sorted(app.facts.items())
             if k not in {f.name for f in paying}]
    payment = [(f.label, _fact_text(app.facts[f.name]) if f.name in app.facts else "未填") for f in paying]
    return {
        "app": app, "call": call, "policy": policy, "clause": clause, "org": org,
        "state_label": _state_label(user, app.state),
        "call_state": STATE_LABELS.get(call.state, call.state),
        "facts": facts, "payment": payment,
        "documents": documents_of(s, app), "media_labels": MEDIA_LABELS,
        "required": required_documents(call, app.clause_id), "missing": missing_documents(s, app),
        "correction": open_correction(s, app), "corrections": corrections_of(s, app),
        "clock": review_clock(s, app, today), "trail": trail,
        "buttons": buttons(user, app), "fields": ACTION_FIELDS, "changeable": changeable,
        "fact_fields": _project_fields(s, policy, clause, app.facts) if changeable else [],
        "payment_fields": _payment_fields(policy, clause, app.facts) if changeable else [],
        "demo_dates": _demo_dates(s), "today": today, "is_applicant": user.role == "applicant",
    }


@router.get("/applications/{app_id}", response_class=HTMLResponse)
def application_view(request: Request, app_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        app = read_application(s, user, app_id)
        context = _application_context(s, user, app, clock.china_today(now()))
        return render(request, "applicant/application.html", context)


@router.post("/applications/{app_id}/facts", dependencies=[permitted("修改申报事实", *MEMBER_OR_OFFICER)])
async def application_facts(request: Request, app_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_set_facts, request, app_id, form)


def _set_facts(request: Request, app_id: int, form: Mapping[str, str]) -> Response:
    from subsidy.web.auth import current_user

    user = current_user(request)
    with transaction(request) as s:
        app = read_application(s, user, app_id)
        set_facts(s, user, app, _typed_facts(form, app.facts))
    return _done(application_page(app_id), "项目信息已保存")


@router.post("/applications/{app_id}/documents", dependencies=[permitted("上传申报材料", *MEMBER_OR_OFFICER)])
def application_upload(request: Request, app_id: RowId, user: CurrentUser,
                       doc_type: Annotated[str, Form()] = "", file: Annotated[UploadFile | None, File()] = None) -> Response:
    settings = request.app.state.settings
    with transaction(request) as s:
        app = read_application(s, user, app_id)  # who may, before what was sent
        if file is None or not file.filename:
            raise CaseInputError("文件", "没有选择要上传的文件", "点「选择文件」选好材料后再上传")
        content = file.file.read(settings.documents_max_bytes + 1)
        doc = upload_document(s, user, app, doc_type=doc_type, filename=file.filename, content=content,
                              settings=settings)
        name = doc.filename
    return _done(application_page(app_id), f"已上传「{name}」")


# ---- my applications, open calls, applying --------------------------------------------------------


@router.get("/applications", response_class=HTMLResponse)
def applications_list(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        apps = list_applications(s, user)
        calls = {c.id: c for c in list_calls(s, user)}
        rows = [{"app": a, "call": calls.get(a.call_id), "state": _state_label(user, a.state)} for a in apps]
        return render(request, "applicant/applications.html", {"rows": rows})


def _clauses(policy: m.Policy, call: Call) -> list[m.Clause]:
    return [policy.clause(c) for c in call.clauses]


@router.get("/calls", response_class=HTMLResponse)
def calls_open(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        org = get_organisation(s, user.organisation_id) if user.role == "applicant" and user.organisation_id else None
        rows = []
        for call in list_calls(s, user):
            if call.state != "open":
                continue
            _, policy = call_policy(s, call)
            rows.append({"call": call, "policy": policy, "clauses": [
                {"clause": c, "documents": required_documents(call, c.id)} for c in _clauses(policy, call)],
                "check": _calculator_link(policy, org) if org is not None and _shipped(policy.id) else None})
        return render(request, "applicant/calls.html", {"rows": rows, "can_apply": org is not None})


def _open_call(s: Session, user: User, call_id: int) -> tuple[Call, m.Policy]:
    call = get_call(s, call_id)
    if call.state != "open":
        raise DomainRefusal(f"申报批次「{call.title}」不在申报中（{STATE_LABELS.get(call.state, call.state)}），不能申报",
                            "call_not_open")
    return call, call_policy(s, call)[1]


@router.get("/calls/{call_id}/apply", response_class=HTMLResponse, dependencies=[permitted("在线申报", *APPLICANTS)])
def apply_form(request: Request, call_id: RowId, user: CurrentUser, clause: str = "") -> Response:
    with transaction(request) as s:
        org = _own_organisation(s, user, "在线申报")
        call, policy = _open_call(s, user, call_id)
        chosen = None
        if clause:
            if clause not in call.clauses:
                raise CaseInputError("条款", f"条款「{clause[:40]}」未在本批次开放", "从本页列出的条款中选择")
            chosen = policy.clause(clause)
        return render(request, "applicant/apply.html", {
            "call": call, "policy": policy, "org": org, "clauses": _clauses(policy, call), "chosen": chosen,
            "fields": _project_fields(s, policy, chosen, {}) if chosen else [],
            "payment_fields": _payment_fields(policy, chosen, {}) if chosen else [],
            "documents": required_documents(call, chosen.id) if chosen else []})


@router.post("/calls/{call_id}/apply", dependencies=[permitted("在线申报", *APPLICANTS)])
async def apply_submit(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_apply, request, call_id, form)


def _apply(request: Request, call_id: int, form: Mapping[str, str]) -> Response:
    from subsidy.rules.case import parse_input_money
    from subsidy.web.auth import current_user

    user = current_user(request)
    requested = (form.get("requested") or "").strip()
    try:
        fen = parse_input_money(requested, "申请金额") if requested else None
    except CaseInputError as exc:  # the page names the form's field, as the form does
        raise CaseInputError(exc.field, f"申请金额：{exc.problem}", exc.hint) from None
    partners = [c for c in (form.get("co_applicants") or "").replace("，", " ").replace(",", " ").split() if c]
    with transaction(request) as s:
        org = _own_organisation(s, user, "在线申报")
        call, _ = _open_call(s, user, call_id)
        app = create_application(s, user, call=call, organisation=org, clause=form.get("clause", ""),
                                 project_title=form.get("project_title", ""), project_ref=form.get("project_ref"),
                                 facts=_typed_facts(form), co_applicants=partners, requested_fen=fen)
        app_id = app.id
    return _done(application_page(app_id), "申报草稿已创建：请上传材料，核对信息后提交")


# ---- 我的单位 -------------------------------------------------------------------------------------------


@router.get("/organisation", response_class=HTMLResponse)
def organisation_view(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        org = _own_organisation(s, user, "查看单位信息")
        own = organisation_fact_names(s)
        defs = adopted_fact_defs(s)
        declared, verified = org.profile or {}, org.verified or {}

        def label(name: str) -> str:
            return defs[name][0].label if name in defs else name

        rows = [{"name": k, "label": label(k), "own": k in own,
                 "declared": _fact_text(declared[k]) if k in declared else None,
                 "verified": _fact_text(verified[k]) if k in verified else None, "used": _fact_text(v)}
                for k, v in sorted(effective_facts(org).items(), key=lambda kv: (kv[0] not in own, kv[0]))]
        editable = [(n, label(n)) for n in sorted(own)]
        checks = [{"policy": p, "link": _calculator_link(p, org)}
                  for p in {q.id: q for q in (policy_of(s, a) for a in adopted_policies(s))}.values() if _shipped(p.id)]
        return render(request, "applicant/organisation.html", {"org": org, "rows": rows, "editable": editable,
                                                               "checks": checks})


@router.post("/organisation/profile", dependencies=[permitted("修改单位信息", *APPLICANTS)])
def organisation_profile(request: Request, user: CurrentUser, fact: Annotated[str, Form()] = "",
                         value: Annotated[str, Form()] = "", unset: Annotated[str, Form()] = "") -> Response:
    name = fact.strip()
    if not name:
        raise CaseInputError("事实", "没有选择要修改的单位信息", "在「修改单位信息」中选择一项")
    if not unset and not value.strip():
        raise CaseInputError("值", "没有填写新的值", "填写新的值；要清除本单位自报的这一项，勾选「清除」")
    with transaction(request) as s:
        org = _own_organisation(s, user, "修改单位信息")
        if name not in organisation_fact_names(s):  # the form's choices: facts an adopted policy declares
            raise CaseInputError("事实", f"「{name[:40]}」不是可在此修改的单位信息", "在「修改单位信息」中选择一项")
        update_profile(s, user, org, {name: None if unset else value.strip()})
    return _done("/organisation", "单位信息已更新")


# ---- awards, tranches, reports ----------------------------------------------------------------------


def _cell(value: Any) -> str:
    if isinstance(value, Decimal):
        return format_fen(int(value.scaleb(2)))
    return "" if value is None else str(value)


@router.get("/awards", response_class=HTMLResponse)
def awards_view(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        org = _own_organisation(s, user, "查看奖励与报告")
        history = entity_history(s, user, org.uscc)
        sections = {title: (headers, [[_cell(v) for v in row] for row in rows])
                    for title, (headers, rows) in history.sections.items()
                    if title in ("奖励", "付款期次", "跟踪报告", "处理决定")}
        reports = history.sections["跟踪报告"][1]
        pending = [{"id": r[0], "award": r[1], "due": r[3]} for r in reports if r[4] == "未提交" or r[5] == "退回"]
        return render(request, "applicant/awards.html", {"org": org, "sections": sections, "pending": pending,
                                                         "demo_dates": _demo_dates(s)})


@router.post("/reports/{report_id}/submit", dependencies=[permitted("提交报告", *REPORT_SUBMITTERS)])
async def report_submit(request: Request, report_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_report, request, report_id, form)


def _report(request: Request, report_id: int, form: Mapping[str, str]) -> Response:
    from subsidy.web.auth import current_user

    user = current_user(request)
    with transaction(request) as s:
        report = get_report(s, report_id)
        submit_report(s, user, report, form.get("content", ""), business_today(s, form))
    return _done("/awards", f"报告 {report_id} 已提交，等待审核")


# ---- notices ----------------------------------------------------------------------------------------


@router.get("/inbox", response_class=HTMLResponse)
def inbox_view(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        messages = inbox.messages_for(s, user)
        return render(request, "applicant/inbox.html", {"messages": messages, "labels": inbox.EVENT_LABELS,
                                                        "has_inbox": user.organisation_id is not None})


@router.post("/inbox/{message_id}/read")
def inbox_read(request: Request, message_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        link = inbox.mark_read(s, user, message_id, now()).link
    return RedirectResponse(link, status_code=303)


@router.post("/inbox/read-all")
def inbox_read_all(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        count = inbox.mark_all_read(s, user, now())
    return _done("/inbox", f"已将 {count} 条通知标为已读")
