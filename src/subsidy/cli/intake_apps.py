"""Application and formal-review commands: ``subsidy app ...`` and ``subsidy review ...``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from sqlalchemy.orm import Session

from subsidy.admin.workflow import STATES, action_label
from subsidy.cli.app import app, out
from subsidy.cli.common import ActorOpt, TodayOpt, business_day, open_session, read_input, yuan_to_fen
from subsidy.cli.intake import FactsOpt, JsonOpt, UnsetOpt, emit_json, fact_changes, fact_value
from subsidy.layout import table
from subsidy.money import format_fen
from subsidy.rules.describe import PAYMENT_FACTS_LABEL, clause_facts, organisation_facts, payment_facts
from subsidy.rules.report import yuan
from subsidy.services.applications import (
    application_trail,
    create_application,
    get_application,
    list_applications,
    missing_documents,
    read_application,
    set_facts,
    submit,
    withdraw,
)
from subsidy.services.audit import load_user
from subsidy.services.calls import get_call
from subsidy.services.documents import MEDIA_LABELS, documents_of, upload_document
from subsidy.services.formal_review import (
    accept,
    corrections_of,
    lapse,
    reject,
    resubmit,
    return_for_correction,
    review_clock,
)
from subsidy.services.organisations import effective_facts, find_organisation, get_organisation
from subsidy.services.policies import call_policy
from subsidy.settings import load_settings
from subsidy.store.tables import Application, User

apps_app = typer.Typer(help="申报：创建、补充事实、上传材料、提交、撤回、查看。", no_args_is_help=True)
review_app = typer.Typer(help="形式审查：通过、退回补正、不通过、逾期未补正。", no_args_is_help=True)
app.add_typer(apps_app, name="app")
app.add_typer(review_app, name="review")

AppArg = Annotated[int, typer.Argument(help="申报编号")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="理由（申报单位可见）")]


def _state(a: Application) -> str:
    return STATES[a.state].officer_label


@apps_app.command("create")
def app_create(actor: ActorOpt,
               call: Annotated[int, typer.Option("--call", help="申报批次编号")],
               org: Annotated[str, typer.Option("--org", help="申报单位统一社会信用代码")],
               clause: Annotated[str, typer.Option("--clause", help="申报条款，如 art7 或 第七条")],
               title: Annotated[str, typer.Option("--title", help="项目名称")],
               ref: Annotated[str | None, typer.Option("--ref", help="项目编号")] = None,
               fact: FactsOpt = None,
               co: Annotated[list[str] | None, typer.Option("--co", help="联合申报单位代码（可重复）")] = None,
               requested: Annotated[str | None, typer.Option("--requested", help="申请金额，如 300万元")] = None) -> None:
    """创建申报草稿。"""
    fen = None if requested is None else yuan_to_fen(requested, "--requested")
    with open_session() as s:
        a = create_application(s, load_user(s, actor), call=get_call(s, call), organisation=find_organisation(s, org),
                               clause=clause, project_title=title, project_ref=ref, facts=fact_changes(fact, None),
                               co_applicants=co or [], requested_fen=fen)
        out.print(f"已创建申报 {a.id}（草稿）：{a.project_title}，条款 {a.clause_id}")
        _show_fact_groups(s, a)
        _hint_documents(s, a)


def _show_fact_groups(s: Session, a: Application) -> None:
    """The clause's facts in three groups: the organisation's (its profile, shared by its applications),
    the project's (this application's own) and, apart, the project's that change only how the clause is
    paid (支付安排: its schedule's)."""
    _, policy = call_policy(s, get_call(s, a.call_id))
    clause = policy.clause(a.clause_id)
    own = set(organisation_facts(policy))
    shared = effective_facts(get_organisation(s, a.organisation_id))
    facts = clause_facts(policy, clause)
    mine = f"`subsidy app facts {a.id}`"
    for title, group, values, how in (
            ("单位信息（各项申报共用）", [f for f in facts if f.name in own], shared, "`subsidy org profile`"),
            ("项目信息（本申报）", [f for f in facts if f.name not in own], a.facts, mine),
            (PAYMENT_FACTS_LABEL, payment_facts(policy, clause), a.facts, mine)):
        if group:
            shown = "、".join(f"{f.label}（{f.name}）：{fact_value(values[f.name]) if f.name in values else '未填'}"
                             for f in group)
            out.print(f"{title}，用 {how} 修改：{shown}")


def _hint_documents(s: Session, a: Application) -> None:
    missing = missing_documents(s, a)
    if missing:
        out.print(f"尚需上传：{'、'.join(missing)}（`subsidy app upload {a.id} 文件 --type 材料类型`）")


@apps_app.command("facts")
def app_facts(app_id: AppArg, actor: ActorOpt, fact: FactsOpt = None, unset: UnsetOpt = None) -> None:
    """补充或修改申报事实（草稿或退回补正中）。"""
    with open_session() as s:
        a = set_facts(s, load_user(s, actor), get_application(s, app_id), fact_changes(fact, unset))
        out.print(f"已更新申报 {a.id} 的事实：{len(a.facts)} 项")
        _show_fact_groups(s, a)


@apps_app.command("upload")
def app_upload(app_id: AppArg, file: Annotated[Path, typer.Argument(help="要上传的文件")], actor: ActorOpt,
               doc_type: Annotated[str, typer.Option("--type", help="材料类型，如 营业执照")] = "") -> None:
    """上传申报材料（按文件内容识别类型，检查大小）。"""
    content = read_input(file, "文件")
    with open_session() as s:
        a = get_application(s, app_id)
        doc = upload_document(s, load_user(s, actor), a, doc_type=doc_type, filename=file.name, content=content,
                              settings=load_settings())
        out.print(f"已上传「{doc.filename}」（{doc.doc_type}，{MEDIA_LABELS.get(doc.media_type, doc.media_type)}，"
                  f"{doc.size} 字节）")
        _hint_documents(s, a)


@apps_app.command("submit")
def app_submit(app_id: AppArg, actor: ActorOpt, today: TodayOpt = None) -> None:
    """提交申报（退回补正中的申报即为补正后重新提交）：检查申报期、材料，并按政策规则评估。"""
    with open_session() as s:
        day = business_day(s, today)
        a = get_application(s, app_id)
        who = load_user(s, actor)
        (resubmit if a.state == "returned" else submit)(s, who, a, day)
        ceiling = "金额另行核定" if a.ceiling_fen is None else f"最高可获 {format_fen(a.ceiling_fen)}"
        cite = call_policy(s, get_call(s, a.call_id))[1].clause(a.clause_id).cite
        out.print(f"申报 {a.id} 已提交（{_state(a)}）；按{cite}{ceiling}（规则版本 {a.rules_version}）")


@apps_app.command("withdraw")
def app_withdraw(app_id: AppArg, actor: ActorOpt, today: TodayOpt = None,
                 reason: Annotated[str | None, typer.Option("--reason", help="撤回理由")] = None) -> None:
    """撤回申报（草稿或待形式审查）。"""
    with open_session() as s:
        a = withdraw(s, load_user(s, actor), get_application(s, app_id), business_day(s, today), reason)
        out.print(f"申报 {a.id} 已撤回")


def app_json(s: Session, a: Application, today: dt.date, reader: User) -> dict[str, Any]:
    """The application as ``reader`` may see it: staff see the whole audit trail; an applicant or an
    expert sees what happened and when, without details and without the names of experts (回避)."""
    org = get_organisation(s, a.organisation_id)
    clock = review_clock(s, a, today)
    _, policy = call_policy(s, get_call(s, a.call_id))
    return {
        "id": a.id, "call": a.call_id, "state": a.state, "state_label": STATES[a.state].officer_label,
        "applicant_state_label": STATES[a.state].applicant_label,
        "organisation": {"uscc": org.uscc, "name": org.name}, "clause": a.clause_id,
        "project_title": a.project_title, "project_ref": a.project_ref, "co_applicants": a.co_applicants,
        "facts": a.facts,
        "payment_facts": [{"name": f.name, "label": f.label, "value": a.facts.get(f.name)}  # 支付安排: how it is paid
                          for f in payment_facts(policy, policy.clause(a.clause_id))],
        "requested": yuan(a.requested_fen), "ceiling": yuan(a.ceiling_fen),
        "rules_version": a.rules_version, "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
        "missing_documents": missing_documents(s, a),
        "documents": [{"type": d.doc_type, "filename": d.filename, "media_type": d.media_type, "size": d.size,
                       "sha256": d.sha256} for d in documents_of(s, a)],
        "corrections": [{"reason": c.reason, "requested_on": c.requested_on.isoformat(),
                         "deadline": c.deadline.isoformat(),
                         "resubmitted_on": c.resubmitted_on.isoformat() if c.resubmitted_on else None}
                        for c in corrections_of(s, a)],
        "review_clock": None if clock is None else {
            "started": clock.started.isoformat(), "working_days": clock.working_days, "used": clock.used,
            "stopped": clock.stopped, "deadline": clock.deadline.isoformat() if clock.deadline else None,
            "pauses": [[p.isoformat(), q.isoformat() if q else None] for p, q in clock.pauses]},
        "assessment": a.assessment,
        "audit": application_trail(s, a, reader),
    }


@apps_app.command("show")
def app_show(app_id: AppArg, actor: ActorOpt, as_json: JsonOpt = False, today: TodayOpt = None) -> None:
    """查看申报：状态、事实、材料、评估结果、补正与审查时限、操作记录（申报单位只能看本单位的，评审专家只能看分配给自己的）。"""
    with open_session() as s:
        reader = load_user(s, actor)
        a = read_application(s, reader, app_id)
        data = app_json(s, a, business_day(s, today), reader)
        if as_json:
            emit_json(data)
            return
        _, policy = call_policy(s, get_call(s, a.call_id))
        clause = policy.clause(a.clause_id)
        out.print(f"[bold]申报 {a.id}：{escape(a.project_title)}[/bold]  状态：{_state(a)}"
                  f"（申报单位看到：{data['applicant_state_label']}）", markup=True)
        out.print(f"申报单位：{data['organisation']['name']}（{data['organisation']['uscc']}）；"
                  f"条款：{clause.cite} {clause.title}；批次 {a.call_id}")
        if a.ceiling_fen is not None:
            out.print(f"最高可获：{format_fen(a.ceiling_fen)}（规则版本 {a.rules_version}，提交日 {a.submitted_at}）")
        paying = {f["name"] for f in data["payment_facts"]}
        for key, value in sorted(a.facts.items()):
            if key not in paying:
                out.print(f"  · {policy.facts[key].label if key in policy.facts else key}：{fact_value(value)}")
        if data["payment_facts"]:
            out.print(PAYMENT_FACTS_LABEL + "：" + "、".join(
                f"{f['label']}：{'未填' if f['value'] is None else fact_value(f['value'])}" for f in data["payment_facts"]))
        t = table("类型", "文件", "格式", "大小", title="申报材料")
        for d in data["documents"]:
            t.add_row(d["type"], d["filename"], MEDIA_LABELS.get(d["media_type"], d["media_type"]), str(d["size"]))
        out.print(t)
        if data["missing_documents"]:
            out.print(f"[yellow]尚缺材料：{escape('、'.join(data['missing_documents']))}[/yellow]", markup=True)
        for c in data["corrections"]:
            out.print(f"补正：{c['reason']}（{c['requested_on']} 退回，期限 {c['deadline']}，"
                      f"{'于 ' + c['resubmitted_on'] + ' 重新提交' if c['resubmitted_on'] else '尚未重新提交'}）")
        clock = data["review_clock"]
        if clock is not None and a.state in ("submitted", "returned"):
            out.print("形式审查时限：" + ("计时暂停（材料在申报单位补正）" if clock["stopped"] else
                                     f"{clock['deadline']} 前（{clock['working_days']} 个工作日，已用 {clock['used']} 个）"))
        log = table("时间", "操作人", "操作", "状态变化", title="操作记录")
        for r in data["audit"]:
            log.add_row(r["at"][:19].replace("T", " "), r["actor"] or "—", action_label(r["action"]),
                        f"{STATES[r['from']].officer_label} → {STATES[r['to']].officer_label}" if r["from"] else "")
        out.print(log)


@apps_app.command("list")
def app_list(actor: ActorOpt, call: Annotated[int | None, typer.Option("--call", help="只列出一个批次")] = None,
             as_json: JsonOpt = False) -> None:
    """列出可查看的申报（申报单位：本单位的；评审专家：分配给自己的；其他角色：全部）。"""
    with open_session() as s:
        rows = [(a, get_organisation(s, a.organisation_id)) for a in list_applications(s, load_user(s, actor), call)]
        if as_json:
            emit_json([{"id": a.id, "call": a.call_id, "organisation": o.uscc, "clause": a.clause_id, "state": a.state,
                        "ceiling": yuan(a.ceiling_fen)} for a, o in rows])
            return
        t = table("编号", "批次", "申报单位", "条款", "项目", "状态", "最高可获", title="申报")
        for a, o in rows:
            t.add_row(str(a.id), str(a.call_id), o.name, a.clause_id, a.project_title, _state(a),
                      "—" if a.ceiling_fen is None else format_fen(a.ceiling_fen))
        out.print(t)


@review_app.command("accept")
def review_accept(app_id: AppArg, actor: ActorOpt, today: TodayOpt = None,
                  note: Annotated[str | None, typer.Option("--note", help="审查意见")] = None) -> None:
    """形式审查通过。"""
    with open_session() as s:
        a = accept(s, load_user(s, actor), get_application(s, app_id), business_day(s, today), note)
        out.print(f"申报 {a.id} 形式审查通过，进入专家评审")


@review_app.command("return")
def review_return(app_id: AppArg, actor: ActorOpt, reason: ReasonOpt = "", today: TodayOpt = None,
                  days: Annotated[int | None, typer.Option("--days", help="补正期限（工作日，默认按批次）")] = None) -> None:
    """退回补正：期限按法定工作日计算，审查计时暂停。"""
    with open_session() as s:
        c = return_for_correction(s, load_user(s, actor), get_application(s, app_id), reason, business_day(s, today), days)
        out.print(f"申报 {app_id} 已退回补正：{c.reason}；请于 {c.deadline}（含）前补正后重新提交，审查计时暂停")


@review_app.command("reject")
def review_reject(app_id: AppArg, actor: ActorOpt, reason: ReasonOpt = "", today: TodayOpt = None) -> None:
    """形式审查不通过。"""
    with open_session() as s:
        a = reject(s, load_user(s, actor), get_application(s, app_id), reason, business_day(s, today))
        out.print(f"申报 {a.id} 形式审查不通过：{reason.strip()}")


@review_app.command("lapse")
def review_lapse(app_id: AppArg, actor: ActorOpt, today: TodayOpt = None) -> None:
    """逾期未补正：补正期限届满后终止申报。"""
    with open_session() as s:
        a = lapse(s, load_user(s, actor), get_application(s, app_id), business_day(s, today))
        out.print(f"申报 {a.id} 逾期未补正，申报终止")
