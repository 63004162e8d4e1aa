"""Decision commands: experts, scoring, selection, public notice, approval, a call's results.

Every write command runs in one transaction as the user named by ``--as`` on the business date
``--today`` (accepted by every command so scripts can pass it uniformly); a refusal changes nothing
and exits 3. Read commands take ``--json`` (amounts as decimal strings in 元).
"""

from __future__ import annotations

import json
import random
import sys
from fractions import Fraction
from typing import Annotated, Any, cast

import typer

from subsidy.admin.scoring import present
from subsidy.admin.selection import Mode
from subsidy.cli import intake as _intake  # noqa: F401  (its groups first: we add to "call" if it has one)
from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import ActorOpt, TodayOpt, business_day, open_session, yuan_to_fen
from subsidy.errors import CaseInputError
from subsidy.layout import table
from subsidy.money import Money, format_fen
from subsidy.services import approval, experts, notice, selection
from subsidy.services.audit import load_user
from subsidy.services.commitments import tranches_of
from subsidy.services.lookup import get_application, get_call
from subsidy.services.policies import call_policy
from subsidy.services.results import call_results
from subsidy.vocabulary import OBJECTION_OUTCOMES, SELECTION_MODES

JsonOpt = Annotated[bool, typer.Option("--json", help="输出 JSON（金额为以元计的两位小数字符串）")]
AppArg = Annotated[int, typer.Argument(help="申报编号")]
CallArg = Annotated[int, typer.Argument(help="申报批次编号")]
SeedOpt = Annotated[int | None, typer.Option("--seed", help="随机种子（默认随机；种子记入审计记录，可复现抽取）")]


def _group(name: str, help_text: str) -> typer.Typer:
    """The sub-command group ``name``, shared with another command module that already made it."""
    for info in app.registered_groups:
        if info.name == name and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(help=help_text, no_args_is_help=True)
    app.add_typer(group, name=name)
    return group


expert_app = _group("expert", "专家评审：抽取专家、回避声明、评分。")
review_app = _group("review", "评审：汇总专家评分。")
select_app = _group("select", "择优遴选：按预算遴选、假设预算测算、候补递补。")
notice_app = _group("notice", "公示：发布、异议、异议处理。")
call_app = _group("call", "申报批次。")


def _yuan(fen: int | None) -> str | None:
    return None if fen is None else Money(fen).yuan_str()


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _rng(seed: int | None) -> random.Random | None:
    return None if seed is None else random.Random(seed)


@expert_app.command("draw")
def draw_cmd(application: AppArg, actor: ActorOpt, seed: SeedOpt = None, today: TodayOpt = None) -> None:
    """随机抽取评审专家（自动回避本单位、联合申报单位及申报利害关系的专家）。"""
    with open_session() as s:
        business_day(s, today)
        drawn = experts.draw_panel_for(s, load_user(s, actor), get_application(s, application), rng=_rng(seed))
    out.print(f"申报 {application} 第 {drawn.review_round} 轮评审专家（种子 {drawn.seed}）：{'、'.join(drawn.panel)}")
    for name, why in drawn.excluded:
        out.print(f"  回避：{name}（{why}）")


@expert_app.command("declare")
def declare_cmd(application: AppArg, actor: ActorOpt,
                conflict: Annotated[str | None, typer.Option("--conflict", help="声明回避及理由；不填即声明无利害关系")] = None,
                statement: Annotated[str, typer.Option("--statement", help="无利害关系声明的文字")] = experts.DEFAULT_DECLARATION,
                seed: SeedOpt = None, today: TodayOpt = None) -> None:
    """评审专家作出回避声明：无利害关系（之后可评分），或声明回避（随机抽取替补）。"""
    with open_session() as s:
        business_day(s, today)
        result = experts.declare(s, load_user(s, actor, "expert"), get_application(s, application),
                                 conflict=conflict, statement=statement, rng=_rng(seed))
        message = result.message  # not the replacement's name: the expert who withdrew sees nothing more
    out.print(message)


def _parse_scores(items: list[str]) -> dict[str, str]:
    scores: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CaseInputError("--score", f"「{item}」格式不对", "写成 评分项编号=分数，如 --score tech=36")
        scores[key.strip()] = value.strip()
    return scores


@expert_app.command("score")
def score_cmd(application: AppArg, actor: ActorOpt,
              score: Annotated[list[str], typer.Option("--score", help="评分项编号=分数，每项一次，如 --score tech=36")],
              today: TodayOpt = None,
              comment: Annotated[str | None, typer.Option("--comment", help="给申报单位的意见（可告知申报单位）")] = None,
              internal: Annotated[str | None, typer.Option("--internal",
                                                           help="内部意见（仅供业务科室，不向申报单位公开）")] = None,
              ) -> None:
    """评审专家提交评分与意见（须先声明无利害关系；每位专家只能提交一次）。"""
    scores = _parse_scores(score)
    with open_session() as s:
        business_day(s, today)
        row = experts.submit_scores(s, load_user(s, actor, "expert"), get_application(s, application), scores,
                                    applicant_comment=comment, internal_comment=internal)
        total = row.total
    out.print(f"已提交申报 {application} 的评分，加权总分 {present(Fraction(total))}")


@expert_app.command("panel")
def panel_cmd(application: AppArg, actor: ActorOpt, as_json: JsonOpt = False, today: TodayOpt = None) -> None:
    """查看申报本轮评审专家组：回避声明与评分提交情况。"""
    with open_session() as s:
        business_day(s, today)
        load_user(s, actor, "officer", "auditor", "admin")
        app_row = get_application(s, application)
        rows: list[dict[str, Any]] = [
            {"expert": u.username, "name": u.display_name, "round": m.review_round,
             "declared_no_conflict": m.declared_no_conflict, "declaration": m.declaration, "seed": m.drawn_seed}
            for m, u in experts.current_panel(s, app_row)]
    if as_json:
        _emit({"application_id": application, "members": rows})
        return
    t = table("专家", "姓名", "轮次", "回避声明", "种子", title=f"申报 {application} 评审专家组")
    label = {None: "未声明", True: "无利害关系", False: "已回避"}
    for r in rows:
        t.add_row(str(r["expert"]), str(r["name"]), str(r["round"]), label[r["declared_no_conflict"]], str(r["seed"]))
    out.print(t)


@review_app.command("complete")
def complete_cmd(application: AppArg, actor: ActorOpt, today: TodayOpt = None) -> None:
    """汇总专家评分（5 人及以上去掉一个最高分和一个最低分），评审完成。"""
    with open_session() as s:
        business_day(s, today)
        result = experts.complete_review(s, load_user(s, actor), get_application(s, application))
    out.print(f"申报 {application} 评审完成：{result.message}")


@select_app.command("run")
def select_cmd(call: CallArg, actor: ActorOpt,
               mode: Annotated[str, choice_option(SELECTION_MODES, "--mode", "遴选方式")] = "按排名择优",
               budget: Annotated[str | None, typer.Option("--budget", help="假设的年度预算，如 3000万元（默认批次预算）")] = None,
               what_if: Annotated[bool, typer.Option("--what-if", help="只测算、不改变任何申报状态")] = False,
               as_json: JsonOpt = False, today: TodayOpt = None) -> None:
    """在预算内择优遴选：拟支持、候补、未入选；--what-if 只测算。"""
    budget_fen = None if budget is None else yuan_to_fen(budget, "--budget")
    with open_session() as s:
        business_day(s, today)
        call_row = get_call(s, call)
        outcome = selection.run_selection(s, load_user(s, actor), call_row, mode=cast(Mode, mode),
                                          budget_fen=budget_fen, apply=not what_if)
        result = dict(outcome.run.result)
        run_id = outcome.run.id
        cites = {c.id: c.cite for c in call_policy(s, call_row)[1].clauses}
    if as_json:
        _emit({"run": run_id, "applied": not what_if, **_money_json(result)})
        return
    head = "假设测算（未改变任何申报）" if what_if else "遴选结果（已生效）"
    out.print(f"[bold]{head}[/bold] 第 {run_id} 次运行，{selection.MODE_LABELS[mode]}；预算 {format_fen(result['budget_fen'])}，"
              f"已占用 {format_fen(result['committed_fen'])}，可用 {format_fen(result['available_fen'])}", markup=True)
    t = table("名次", "申报", "申报单位", "条款", "评分", "支持上限", "拟支持", "结果")
    reasons: list[str] = []
    for kind, label in (("awarded", "拟支持"), ("reserve", "候补"), ("set_aside", "未入选")):
        for r in result[kind]:
            t.add_row(str(r["rank"]), str(r["application_id"]), r["entity"], cites.get(r["clause_id"], r["clause_id"]),
                      _score(r["score"]), format_fen(r["ceiling_fen"]), format_fen(r["approved_fen"]) if "approved_fen" in r else "",
                      label)
            if "reason" in r:
                reasons.append(f"  申报 {r['application_id']}（{label}）：{r['reason']}")
    out.print(t)
    for line in reasons:
        out.print(line)
    for r in result["skipped"]:
        out.print(f"  申报 {r['application_id']}（未参加遴选）：{r['reason']}")
    out.print(f"拟支持合计 {format_fen(result['total_awarded_fen'])}，总评分 {_score(result['total_score'])}"
              + (f"；{result['note']}" if result["note"] else ""))


def _score(text: str) -> str:
    return present(Fraction(text))


def _money_json(value: Any) -> Any:
    """A stored run with every ``*_fen`` amount as a decimal string in 元 (key without ``_fen``)."""
    if isinstance(value, list):
        return [_money_json(x) for x in value]
    if not isinstance(value, dict):
        return value
    converted: dict[str, Any] = {}
    for key, x in value.items():
        if key.endswith("_fen"):
            converted[key[:-4]] = {k: _yuan(v) for k, v in x.items()} if isinstance(x, dict) else _yuan(x)
        else:
            converted[key] = _money_json(x)
    return converted


@select_app.command("promote")
def promote_cmd(call: CallArg, actor: ActorOpt,
                amount: Annotated[str | None, typer.Option("--amount", help="递补金额，如 50万元（默认全额）")] = None,
                today: TodayOpt = None) -> None:
    """候补递补：排名最前的候补申报在可用预算内转为拟支持。"""
    fen = None if amount is None else yuan_to_fen(amount, "--amount")
    with open_session() as s:
        business_day(s, today)
        row = selection.promote_reserve(s, load_user(s, actor), get_call(s, call), amount_fen=fen)
        app_id, proposed = row.id, row.proposed_fen
    out.print(f"候补申报 {app_id} 已递补为拟支持，拟支持 {format_fen(proposed or 0)}（须发布公示）")


@notice_app.command("publish")
def publish_cmd(call: CallArg, actor: ActorOpt, today: TodayOpt = None) -> None:
    """发布公示：批次内全部拟支持申报进入公示期（工作日计算）。"""
    with open_session() as s:
        row = notice.publish_notice(s, load_user(s, actor), get_call(s, call), business_day(s, today))
        info = (row.id, row.published_on, row.ends_on, list(row.application_ids))
    out.print(f"公示 {info[0]} 已发布：{info[1]} 至 {info[2]}；申报 {'、'.join(map(str, info[3]))}")


@notice_app.command("object")
def object_cmd(application: AppArg, actor: ActorOpt,
               text: Annotated[str, typer.Option("--text", help="异议内容与理由")],
               by: Annotated[str | None, typer.Option("--by", help="异议人（默认当前用户）")] = None,
               today: TodayOpt = None) -> None:
    """登记对公示申报的异议（仅限公示期内）。"""
    with open_session() as s:
        row = notice.file_objection(s, load_user(s, actor), get_application(s, application), text=text,
                                    today=business_day(s, today), filed_by=by)
        oid = row.id
    out.print(f"异议 {oid} 已登记（申报 {application}）")


@notice_app.command("resolve")
def resolve_cmd(objection: Annotated[int, typer.Argument(help="异议编号")], actor: ActorOpt,
                outcome: Annotated[str, choice_option(OBJECTION_OUTCOMES, "--outcome", "处理结果")],
                reason: Annotated[str, typer.Option("--reason", help="处理意见")],
                today: TodayOpt = None) -> None:
    """处理异议：不成立；或成立（申报退回重新评审，拟支持金额取消）。"""
    with open_session() as s:
        row = notice.resolve_objection(s, load_user(s, actor), notice.get_objection(s, objection),
                                       outcome=outcome, resolution=reason, today=business_day(s, today))
        app_id = row.application_id
    if outcome == "upheld":
        out.print(f"异议 {objection} 成立：申报 {app_id} 退回重新评审，拟支持金额已取消；"
                  "可用 `subsidy select promote` 递补候补申报")
    else:
        out.print(f"异议 {objection} 不成立，申报 {app_id} 继续公示")


@app.command("approve")
def approve_cmd(application: AppArg, actor: ActorOpt,
                amount: Annotated[str, typer.Option("--amount", help="核定金额，如 300万元")],
                today: TodayOpt = None) -> None:
    """公示期满、无未处理异议后核定支持金额（不超过条款最高额，且在批次预算内），生成支付计划。"""
    fen = yuan_to_fen(amount, "--amount")
    with open_session() as s:
        award = approval.approve(s, load_user(s, actor), get_application(s, application), amount_fen=fen,
                                 today=business_day(s, today))
        schedule = list(award.schedule)
        tranches = [(t.id, t.number, t.due_year, t.fen) for t in tranches_of(s, award)]
    out.print(f"申报 {application} 已核定 {format_fen(fen)}（奖励 {award.id}）；支付计划："
              + "；".join(f"{x['when']} {format_fen(x['fen'])}" for x in schedule))
    for tid, number, year, tfen in tranches:
        out.print(f"  付款期次 {tid}：第 {number} 期，{year}年度 {format_fen(tfen)}（拨付：`subsidy pay {tid}`）")


@call_app.command("results")
def results_cmd(call: CallArg, actor: ActorOpt, as_json: JsonOpt = False, today: TodayOpt = None) -> None:
    """批次评审与遴选结果：排名、申报单位、条款、评分、上限、拟支持/核定金额、状态。"""
    with open_session() as s:
        business_day(s, today)
        res = call_results(s, load_user(s, actor), get_call(s, call))
        title = res.call.title
    if as_json:
        _emit({"call": call, "title": title, "budget": _yuan(res.budget_fen), "committed": _yuan(res.committed_fen),
               "approved": _yuan(res.approved_fen), "rows": [
                   {"rank": r.rank, "application_id": r.application_id, "applicant": r.applicant, "uscc": r.uscc,
                    "clause_id": r.clause_id, "cite": r.cite, "score": None if r.score is None else str(r.score),
                    "score_shown": r.score_shown or None, "flagged": r.flagged, "ceiling": _yuan(r.ceiling_fen),
                    "proposed": _yuan(r.proposed_fen), "approved": _yuan(r.approved_fen), "state": r.state,
                    "state_label": r.state_label} for r in res.rows]})
        return
    t = table("排名", "申报", "申报单位", "条款", "评分", "支持上限", "拟支持", "核定", "状态", title=f"{title}：评审与遴选结果")
    for r in res.rows:
        t.add_row("" if r.rank is None else str(r.rank), str(r.application_id), r.applicant, r.cite,
                  r.score_shown + ("（分歧大）" if r.flagged else ""), _w(r.ceiling_fen), _w(r.proposed_fen),
                  _w(r.approved_fen), r.state_label)
    out.print(t)
    out.print(f"年度预算 {format_fen(res.budget_fen)}；拟支持及核定占用 {format_fen(res.committed_fen)}；已核定 {format_fen(res.approved_fen)}")


def _w(fen: int | None) -> str:
    return "" if fen is None else format_fen(fen)
