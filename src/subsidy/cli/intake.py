"""Intake commands: organisations, users, adopted policies and calls (here); applications and formal
review (``intake_apps``). Every command runs in one transaction: a refusal changes nothing."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape

from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import ActorOpt, TodayOpt, business_day, open_session, parse_day, yuan_to_fen
from subsidy.errors import CaseInputError
from subsidy.layout import table
from subsidy.money import format_fen
from subsidy.rules.report import yuan
from subsidy.services.access import role_label
from subsidy.services.audit import load_user
from subsidy.services.calls import (
    CALL_STATES,
    CallSpec,
    close_call,
    create_call,
    get_call,
    open_call,
    required_documents,
)
from subsidy.services.facts import organisation_fact_names
from subsidy.services.organisations import (
    effective_facts,
    find_organisation,
    get_user,
    members_of,
    read_organisation,
    register_organisation,
    set_active,
    update_profile,
)
from subsidy.services.policies import adopt_policy, adopted_policies, call_policy, latest_adoption, policy_of
from subsidy.store.tables import Call, Organisation, User
from subsidy.vocabulary import ROLES

org_app = typer.Typer(help="申报单位：登记、查看、单位信息（画像事实）。", no_args_is_help=True)
user_app = typer.Typer(help="用户与角色。", no_args_is_help=True)
policy_app = typer.Typer(help="采用政策（存档规则版本并设定施行日期）。", no_args_is_help=True)
call_app = typer.Typer(help="年度申报批次：创建、发布、截止、查看。", no_args_is_help=True)
app.add_typer(org_app, name="org")
app.add_typer(user_app, name="user")
app.add_typer(policy_app, name="policy")
app.add_typer(call_app, name="call")

JsonOpt = Annotated[bool, typer.Option("--json", help="输出 JSON")]
FactsOpt = Annotated[list[str] | None, typer.Option("--fact", help="事实名=值，可重复，如 --fact project_budget=600万元")]
UnsetOpt = Annotated[list[str] | None, typer.Option("--unset", help="删除一个事实（可重复）")]


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def parse_pairs(items: list[str] | None, option: str, example: str) -> dict[str, str]:
    """``["a=1", "b=2"]`` → ``{"a": "1", "b": "2"}``, or a refusal naming the option."""
    pairs: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CaseInputError(option, f"「{item}」格式不对", f"写成 {example}")
        pairs[key.strip()] = value.strip()
    return pairs


def fact_changes(facts: list[str] | None, unset: list[str] | None) -> dict[str, Any]:
    changes: dict[str, Any] = dict(parse_pairs(facts, "--fact", "事实名=值，如 --fact operates_in_chaoyang=是"))
    changes.update({name.strip(): None for name in unset or []})
    return changes


def org_json(org: Organisation, members: list[User]) -> dict[str, Any]:
    return {"id": org.id, "uscc": org.uscc, "name": org.name, "district": org.district, "uscc_valid": org.uscc_valid,
            "uscc_override_reason": org.uscc_override_reason, "profile": org.profile, "verified": org.verified,
            "facts": effective_facts(org),
            "members": [{"username": u.username, "name": u.display_name} for u in members]}


@org_app.command("add")
def org_add(uscc: Annotated[str, typer.Argument(help="统一社会信用代码（18 位）")], actor: ActorOpt,
            name: Annotated[str, typer.Option("--name", help="单位名称")] = "",
            district: Annotated[str | None, typer.Option("--district", help="所在区")] = None,
            fact: FactsOpt = None,
            override_reason: Annotated[str | None, typer.Option("--override-reason",
                                                                help="代码未通过校验但确属真实时，业务科室说明理由")] = None) -> None:
    """登记申报单位（统一社会信用代码经校验）。"""
    with open_session() as s:
        org = register_organisation(s, load_user(s, actor), uscc=uscc, name=name, district=district,
                                    profile=fact_changes(fact, None), override_reason=override_reason)
        note = "" if org.uscc_valid else f"（代码未通过校验，已按理由登记：{org.uscc_override_reason}）"
        out.print(f"已登记单位「{org.name}」，统一社会信用代码 {org.uscc}{note}")


@org_app.command("show")
def org_show(uscc: Annotated[str, typer.Argument(help="统一社会信用代码")], actor: ActorOpt,
             as_json: JsonOpt = False) -> None:
    """查看单位信息：单位自报的事实与业务科室核实的事实（核查以核实值为准）。"""
    with open_session() as s:
        org = read_organisation(s, load_user(s, actor), uscc)
        members = members_of(s, org)
        if as_json:
            emit_json(org_json(org, members))
            return
        out.print(f"[bold]{escape(org.name)}[/bold]  统一社会信用代码 {escape(org.uscc)}"
                  + ("" if org.uscc_valid else f"（未通过校验，登记理由：{escape(org.uscc_override_reason or '')}）"),
                  markup=True)
        out.print(f"所在区：{org.district or '—'}；单位用户：{'、'.join(u.username for u in members) or '无'}")
        t = table("事实", "类别", "单位自报", "业务科室核实", "核查采用",
                  title="单位信息（画像事实；核查以业务科室核实值为准）")
        declared, verified = org.profile or {}, org.verified or {}
        own = organisation_fact_names(s)
        for key, value in sorted(effective_facts(org).items(), key=lambda kv: (kv[0] not in own, kv[0])):
            t.add_row(key, "单位" if key in own else "项目", fact_value(declared[key]) if key in declared else "—",
                      fact_value(verified[key]) if key in verified else "—", fact_value(value))
        out.print(t)


def fact_value(value: Any) -> str:
    """A stored fact as shown (the output console reads no markup: text typed by a user stays text)."""
    return ("是" if value else "否") if isinstance(value, bool) else str(value)


@org_app.command("profile")
def org_profile(uscc: Annotated[str, typer.Argument(help="统一社会信用代码")], actor: ActorOpt,
                fact: FactsOpt = None, unset: UnsetOpt = None) -> None:
    """修改单位信息：申报单位用户修改本单位自报的事实；业务科室修改的是核实值（信用状况等，单位不能更改）。"""
    with open_session() as s:
        user = load_user(s, actor)
        org = update_profile(s, user, find_organisation(s, uscc), fact_changes(fact, unset))
        if user.role == "applicant":
            out.print(f"已更新「{org.name}」自报的单位信息：{len(org.profile)} 项事实")
        else:
            out.print(f"已更新「{org.name}」经业务科室核实的单位信息：{len(org.verified)} 项事实（核查以核实值为准）")
        own = organisation_fact_names(s)
        facts = effective_facts(org)
        for title, names in (("单位信息（申报主体条件，各项申报共用）", [k for k in sorted(facts) if k in own]),
                             ("其他事实（是项目的信息，宜写在各申报中：`subsidy app facts`）",
                              [k for k in sorted(facts) if k not in own])):
            if names:
                out.print(f"{title}：" + "、".join(f"{k}={fact_value(facts[k])}" for k in names))


@user_app.command("add")
def user_add(username: Annotated[str, typer.Argument(help="用户名（英文字母、数字）")],
             name: Annotated[str, typer.Option("--name", help="姓名")] = "",
             role: Annotated[str | None, choice_option(ROLES, "--role", "角色")] = None,
             org: Annotated[str | None, typer.Option("--org", help="申报单位用户：所属单位的统一社会信用代码")] = None,
             employer: Annotated[str | None, typer.Option("--employer", help="评审专家：所在单位统一社会信用代码")] = None,
             relation: Annotated[list[str] | None, typer.Option("--relation", help="评审专家：申报存在利害关系的单位代码")] = None,
             actor: Annotated[str | None, typer.Option("--as", help="系统管理员用户名（创建第一个用户时不需要）")] = None) -> None:
    """创建用户（第一个用户必须是系统管理员），并生成一次性密码（只显示一次，首次登录后须修改）。"""
    import datetime as dt

    from subsidy.cli.accounts import print_one_time_password
    from subsidy.services.accounts import create_account

    with open_session() as s:
        by = load_user(s, actor) if actor else None
        member = find_organisation(s, org) if org else None
        user, password = create_account(s, by, now=dt.datetime.now(dt.UTC), username=username, display_name=name,
                                        role=role or "", organisation=member, employer_uscc=employer,
                                        relations=relation or [])
        out.print(f"已创建用户「{user.username}」（{user.display_name}，{role_label(user.role)}）")
        print_one_time_password(user.username, password)


@user_app.command("deactivate")
def user_deactivate(username: Annotated[str, typer.Argument(help="要停用的用户名")], actor: ActorOpt) -> None:
    """停用用户：之后不能再以该用户执行任何操作（其历史记录保留）。"""
    with open_session() as s:
        user = set_active(s, load_user(s, actor), get_user(s, username), False)
        out.print(f"已停用用户「{user.username}」（{user.display_name}）")


@user_app.command("activate")
def user_activate(username: Annotated[str, typer.Argument(help="要重新启用的用户名")], actor: ActorOpt) -> None:
    """重新启用已停用的用户。"""
    with open_session() as s:
        user = set_active(s, load_user(s, actor), get_user(s, username), True)
        out.print(f"已重新启用用户「{user.username}」（{user.display_name}）")


@policy_app.command("adopt")
def policy_adopt(policy: Annotated[str, typer.Argument(help="政策编号，如 cn-bj-chaoyang-smart-eldercare")],
                 actor: ActorOpt,
                 effective_from: Annotated[str, typer.Option("--effective-from", help="施行日期，如 2026-01-01")]) -> None:
    """采用政策：存档规则文件（按内容哈希），设定施行日期。"""
    day = parse_day(effective_from, "--effective-from")
    with open_session() as s:
        adopted = adopt_policy(s, load_user(s, actor), policy, day)
        p = policy_of(s, adopted)
        out.print(f"已采用「{p.title}」：版本 {adopted.version}，自 {day} 起施行（采用记录 {adopted.id}）")


@policy_app.command("list")
def policy_list(actor: ActorOpt, as_json: JsonOpt = False) -> None:
    """列出已采用的政策及其版本。"""
    with open_session() as s:
        load_user(s, actor)  # adopted policies are public: any active user
        rows = [(a, policy_of(s, a)) for a in adopted_policies(s)]
        if as_json:
            emit_json([{"id": a.id, "policy": a.policy_id, "title": p.title, "version": a.version,
                        "effective_from": a.effective_from.isoformat()} for a, p in rows])
            return
        t = table("采用记录", "政策", "版本", "施行日期", title="已采用的政策")
        for a, p in rows:
            t.add_row(str(a.id), p.short_title, a.version, a.effective_from.isoformat())
        out.print(t)


def _criteria(items: list[str] | None) -> list[dict[str, str]]:
    rubric = []
    for item in items or []:
        parts = [p.strip() for p in item.split(":")]
        if len(parts) != 4:
            raise CaseInputError("--criterion", f"「{item}」格式不对", "写成 编号:名称:权重:满分，如 tech:技术先进性:40:40")
        rubric.append(dict(zip(("id", "name", "weight", "max"), parts, strict=True)))
    return rubric


@call_app.command("create")
def call_create(
    actor: ActorOpt,
    policy: Annotated[str, typer.Option("--policy", help="已采用的政策编号")],
    year: Annotated[int, typer.Option("--year", help="年度")],
    title: Annotated[str, typer.Option("--title", help="批次名称")],
    opens: Annotated[str, typer.Option("--opens", help="申报开始日")],
    closes: Annotated[str, typer.Option("--closes", help="申报截止日")],
    budget: Annotated[str | None, typer.Option("--budget", help="总预算，如 2000万元（默认：政策原文规定的年度预算）")] = None,
    clause: Annotated[list[str] | None, typer.Option("--clause", help="开放的条款（可重复），如 art7 或 第七条")] = None,
    clause_budget: Annotated[list[str] | None, typer.Option("--clause-budget", help="分项预算，如 art7=500万元")] = None,
    require: Annotated[list[str] | None, typer.Option("--require", help="所需材料，如 art7=营业执照,项目预算表（* 表示全部条款）")] = None,
    criterion: Annotated[list[str] | None, typer.Option("--criterion", help="评分项 编号:名称:权重:满分（可重复）")] = None,
    panel_size: Annotated[int, typer.Option("--panel-size", help="每个申报的评审专家人数")] = 5,
    notice_days: Annotated[int, typer.Option("--notice-days", help="公示期（工作日）")] = 5,
    correction_days: Annotated[int, typer.Option("--correction-days", help="补正期限（工作日）")] = 10,
    review_days: Annotated[int, typer.Option("--review-days", help="形式审查时限（工作日）")] = 10,
) -> None:
    """创建年度申报批次（草稿）。"""
    budgets = {k: yuan_to_fen(v, "--clause-budget") for k, v in
               parse_pairs(clause_budget, "--clause-budget", "art7=500万元").items()}
    docs = {k: v.replace("，", ",").split(",") for k, v in
            parse_pairs(require, "--require", "art7=营业执照,项目预算表").items()}
    with open_session() as s:
        adopted = latest_adoption(s, policy)
        spec = CallSpec(adopted_policy_id=adopted.id, year=year, title=title, clauses=clause or [],
                        budget_fen=None if budget is None else yuan_to_fen(budget, "--budget"), opens_on=parse_day(opens, "--opens"),
                        closes_on=parse_day(closes, "--closes"), rubric=_criteria(criterion), panel_size=panel_size,
                        notice_working_days=notice_days, correction_working_days=correction_days,
                        review_working_days=review_days, clause_budgets=budgets, required_documents=docs)
        call = create_call(s, load_user(s, actor), spec)
        out.print(f"已创建申报批次 {call.id}「{call.title}」（草稿），用 `subsidy call open {call.id}` 发布")


@call_app.command("open")
def call_open(call_id: Annotated[int, typer.Argument(help="批次编号")], actor: ActorOpt, today: TodayOpt = None) -> None:
    """发布申报批次（开始受理）。"""
    with open_session() as s:
        call = open_call(s, load_user(s, actor), get_call(s, call_id), business_day(s, today))
        out.print(f"申报批次 {call.id}「{call.title}」已发布，申报期 {call.opens_on} 至 {call.closes_on}")


@call_app.command("close")
def call_close(call_id: Annotated[int, typer.Argument(help="批次编号")], actor: ActorOpt, today: TodayOpt = None) -> None:
    """截止申报批次（不再受理新的申报）。"""
    with open_session() as s:
        call = close_call(s, load_user(s, actor), get_call(s, call_id), business_day(s, today))
        out.print(f"申报批次 {call.id}「{call.title}」已截止")


def call_json(call: Call, clause_labels: dict[str, str]) -> dict[str, Any]:
    return {"id": call.id, "title": call.title, "year": call.year, "state": call.state,
            "state_label": CALL_STATES[call.state], "adopted_policy_id": call.adopted_policy_id,
            "clauses": [{"id": c, "label": clause_labels[c]} for c in call.clauses], "budget": yuan(call.budget_fen),
            "clause_budgets": {k: yuan(v) for k, v in call.clause_budgets.items()},
            "opens_on": call.opens_on.isoformat(), "closes_on": call.closes_on.isoformat(),
            "required_documents": call.required_documents, "rubric": call.rubric, "panel_size": call.panel_size,
            "notice_working_days": call.notice_working_days, "correction_working_days": call.correction_working_days,
            "review_working_days": call.review_working_days, "one_per_entity": call.one_per_entity}


@call_app.command("show")
def call_show(call_id: Annotated[int, typer.Argument(help="批次编号")], actor: ActorOpt,
              as_json: JsonOpt = False) -> None:
    """查看申报批次：条款、预算、申报期、所需材料、评分细则。"""
    with open_session() as s:
        load_user(s, actor)  # a call is a public announcement: any active user
        call = get_call(s, call_id)
        adopted, p = call_policy(s, call)
        labels = {c: f"{p.clause(c).cite} {p.clause(c).title}" for c in call.clauses}
        if as_json:
            emit_json(call_json(call, labels))
            return
        out.print(f"[bold]申报批次 {call.id}「{escape(call.title)}」[/bold]（{CALL_STATES[call.state]}）", markup=True)
        out.print(f"政策：{p.short_title}（版本 {adopted.version}，{adopted.effective_from} 起施行）；年度 {call.year}")
        out.print(f"申报期：{call.opens_on} 至 {call.closes_on}；总预算 {format_fen(call.budget_fen)}；"
                  f"评审专家 {call.panel_size} 人；公示 {call.notice_working_days} 个工作日；"
                  f"补正 {call.correction_working_days} 个工作日；形式审查 {call.review_working_days} 个工作日")
        t = table("条款", "分项预算", "所需材料", title="开放条款")
        for c in call.clauses:
            docs = required_documents(call, c)
            fen = call.clause_budgets.get(c)
            t.add_row(labels[c], format_fen(fen) if fen else "—", "、".join(docs) or "—")
        out.print(t)
        r = table("编号", "评分项", "权重", "满分", title="评分细则")
        for item in call.rubric:
            r.add_row(item["id"], item["name"], f"{item['weight']}%" if isinstance(item["weight"], int)
                      else str(item["weight"]), str(item["max"]))
        out.print(r)


from subsidy.cli import intake_apps as _apps  # noqa: E402, F401  (registers app and review commands)
