"""Finding things: ``call list``, ``org list``, ``user list``, ``audit log``, ``ledger list``
(``app list`` and ``policy list`` are beside their groups' other commands). Each takes ``--json``;
who sees which rows is services/listing.py's (docs/access.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from subsidy.admin.ledger import KIND_LABELS
from subsidy.admin.workflow import action_label, state_label
from subsidy.cli import intake as _intake  # noqa: F401  (the groups this module adds to)
from subsidy.cli import money as _money  # noqa: F401
from subsidy.cli.app import out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import ActorOpt, open_session
from subsidy.cli.decisions import _group
from subsidy.cli.intake import JsonOpt, emit_json
from subsidy.layout import table
from subsidy.money import format_fen
from subsidy.rules.report import yuan
from subsidy.services.access import role_label
from subsidy.services.audit import load_user
from subsidy.services.calls import CALL_STATES
from subsidy.services.listing import audit_log, list_calls, list_ledger, list_organisations, list_users
from subsidy.vocabulary import ROLES

call_app = _group("call", "年度申报批次：创建、发布、截止、查看。")
org_app = _group("org", "申报单位：登记、查看、单位信息（画像事实）。")
user_app = _group("user", "用户与角色。")
audit_app = _group("audit", "审计：核验账本完整性。")
ledger_app = _group("ledger", "账本：逐条查看账目（预算下达、承诺、拨付、追回）。")


@call_app.command("list")
def call_list(actor: ActorOpt, year: Annotated[int | None, typer.Option("--year", help="只列出一个年度")] = None,
              as_json: JsonOpt = False) -> None:
    """列出申报批次：编号、年度、名称、状态、预算、申报期。"""
    with open_session() as s:
        rows = list_calls(s, load_user(s, actor), year)
        data = [{"id": c.id, "year": c.year, "title": c.title, "state": c.state, "state_label": CALL_STATES[c.state],
                 "budget": yuan(c.budget_fen), "opens_on": c.opens_on.isoformat(), "closes_on": c.closes_on.isoformat()}
                for c in rows]
    if as_json:
        emit_json(data)
        return
    t = table("编号", "年度", "名称", "状态", "预算", "申报期", title="申报批次")
    for c, d in zip(rows, data, strict=True):
        t.add_row(str(c.id), str(c.year), c.title, str(d["state_label"]), format_fen(c.budget_fen),
                  f"{d['opens_on']} 至 {d['closes_on']}")
    out.print(t)


@org_app.command("list")
def org_list(actor: ActorOpt, as_json: JsonOpt = False) -> None:
    """列出可查看的申报单位（申报单位用户：本单位；业务科室、审计、财务：全部）。"""
    with open_session() as s:
        rows = list_organisations(s, load_user(s, actor))
        data = [{"id": o.id, "uscc": o.uscc, "name": o.name, "district": o.district, "uscc_valid": o.uscc_valid}
                for o in rows]
    if as_json:
        emit_json(data)
        return
    t = table("编号", "统一社会信用代码", "名称", "所在区", title="申报单位")
    for d in data:
        t.add_row(str(d["id"]), str(d["uscc"]), str(d["name"]), str(d["district"] or "—"))
    out.print(t)


@user_app.command("list")
def user_list(actor: ActorOpt, role: Annotated[str | None, choice_option(ROLES, "--role", "只列出一种角色")] = None,
              as_json: JsonOpt = False) -> None:
    """列出用户：用户名、姓名、角色、所属单位、是否启用（申报单位用户与评审专家只看到本人及本单位的用户）。"""
    with open_session() as s:
        rows = list_users(s, load_user(s, actor), role)
        data = [{"username": u.username, "name": u.display_name, "role": u.role, "role_label": role_label(u.role),
                 "organisation_id": u.organisation_id, "employer": u.employer_uscc, "active": u.active} for u in rows]
    if as_json:
        emit_json(data)
        return
    t = table("用户名", "姓名", "角色", "所属单位/所在单位", "状态", title="用户")
    for d in data:
        where = d["employer"] or ("" if d["organisation_id"] is None else f"单位 {d['organisation_id']}")
        t.add_row(str(d["username"]), str(d["name"]), str(d["role_label"]), str(where) or "—",
                  "启用" if d["active"] else "已停用")
    out.print(t)


@audit_app.command("log")
def audit_log_cmd(actor: ActorOpt,
                  subject: Annotated[str | None, typer.Option("--subject", help="只看一个对象，如 application:1、call:1")] = None,
                  by: Annotated[str | None, typer.Option("--by", help="只看一个用户的操作")] = None,
                  limit: Annotated[int | None, typer.Option("--limit", help="只看最近的若干条")] = None,
                  as_json: JsonOpt = False) -> None:
    """操作记录：操作人、时间、业务日期、操作、对象、状态变化（业务科室、系统管理员、审计人员可查看）。"""
    with open_session() as s:
        rows = audit_log(s, load_user(s, actor), subject=subject, username=by, limit=limit)
        data = [{"id": r.record.id, "at": r.record.at.isoformat(), "business_date":
                 None if r.record.business_date is None else r.record.business_date.isoformat(),
                 "actor": r.actor, "action": r.record.action, "subject": r.record.subject,
                 "from": r.record.from_state, "to": r.record.to_state, "detail": r.record.detail} for r in rows]
    if as_json:
        emit_json(data)
        return
    t = table("编号", "时间", "业务日期", "操作人", "操作", "对象", "状态变化", title="操作记录")
    for d in data:
        change = f"{_state(d['from'])} → {_state(d['to'])}" if d["from"] or d["to"] else ""
        t.add_row(str(d["id"]), str(d["at"])[:19].replace("T", " "), str(d["business_date"] or "—"),
                  str(d["actor"] or "—"), action_label(str(d["action"])), str(d["subject"]), change)
    out.print(t)


def _state(state: object) -> str:
    return state_label(state if isinstance(state, str) else None)


@ledger_app.command("list")
def ledger_list(actor: ActorOpt, call: Annotated[int | None, typer.Option("--call", help="只看一个批次")] = None,
                award: Annotated[int | None, typer.Option("--award", help="只看一个奖励")] = None,
                as_json: JsonOpt = False) -> None:
    """账目：序号、类型、批次、条款、年度、奖励与期次、金额、说明（按账本顺序）。"""
    with open_session() as s:
        rows = list_ledger(s, load_user(s, actor), call_id=call, award_id=award)
        data = [{"seq": e.seq, "kind": e.kind, "kind_label": KIND_LABELS.get(e.kind, e.kind), "call": e.call_id,
                 "clause": e.clause_id, "year": e.year, "award": e.award_id, "tranche": e.tranche,
                 "amount": yuan(e.fen), "memo": e.memo, "hash": e.hash} for e in rows]
    if as_json:
        emit_json(data)
        return
    t = table("序号", "类型", "批次", "条款", "年度", "奖励", "期", "金额", "说明", title="账目")
    for e, d in zip(rows, data, strict=True):
        t.add_row(str(e.seq), str(d["kind_label"]), str(e.call_id), e.clause_id, str(e.year),
                  "" if e.award_id is None else str(e.award_id), "" if e.tranche is None else str(e.tranche),
                  format_fen(e.fen), e.memo)
    out.print(t)
