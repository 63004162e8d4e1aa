"""Supervision commands: tracking reports, audit findings, sanctions (suspend, lift, terminate,
recover, receive, bar), and the audit of the database (verify, checkpoint)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from subsidy.admin.ledger import ChainProblem
from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import (
    ActorOpt,
    TodayOpt,
    business_day,
    open_session,
    parse_day,
    read_input,
    yuan_to_fen,
)
from subsidy.errors import CaseInputError
from subsidy.money import format_fen
from subsidy.services import audit, ledger, sanctions, supervision
from subsidy.services.access import LEDGER_READERS, require_role
from subsidy.services.audit import load_user
from subsidy.services.auditing import verification
from subsidy.services.clock import beijing
from subsidy.services.organisations import find_organisation
from subsidy.store.tables import Finding
from subsidy.vocabulary import REPORT_KINDS, SEVERITIES

report_app = typer.Typer(help="跟踪报告与绩效评价：要求、提交、审核。", no_args_is_help=True)
finding_app = typer.Typer(help="审计发现。", no_args_is_help=True)
sanction_app = typer.Typer(help="处理决定：暂停拨付、解除、终止、追回、追回到账、取消申报资格。", no_args_is_help=True)
app.add_typer(report_app, name="report")
app.add_typer(finding_app, name="finding")
app.add_typer(sanction_app, name="sanction")
audit_app = typer.Typer(help="审计：核验账本、审计日志与各表记录是否被篡改；导出核对点。", no_args_is_help=True)
app.add_typer(audit_app, name="audit")

FindingOpt = Annotated[int | None, typer.Option("--finding", help="依据的审计发现编号")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="理由")]


@report_app.command("request")
def request_cmd(award: Annotated[int, typer.Argument(help="奖励编号")], actor: ActorOpt, today: TodayOpt = None,
                tranche: Annotated[int | None, typer.Option("--tranche", help="报告对应的付款期（该期拨付前须审核通过）")] = None,
                kind: Annotated[str, choice_option(REPORT_KINDS, "--kind", "报告类型")] = "跟踪报告",
                days: Annotated[int, typer.Option("--days", help="提交期限（工作日）")] = 20) -> None:
    """要求受资助单位提交跟踪报告或绩效评价。"""
    with open_session() as s:
        r = supervision.request_report(s, load_user(s, actor), supervision.get_award(s, award), today=business_day(s, today),
                                       kind=kind, for_tranche=tranche, working_days=days)
        out.print(f"已要求提交{supervision.REPORT_KINDS[r.kind]}（报告 {r.id}），期限 {r.due_on}（{days} 个工作日）")


@report_app.command("submit")
def submit_cmd(report: Annotated[int, typer.Argument(help="报告编号")], actor: ActorOpt, today: TodayOpt = None,
               content: Annotated[str | None, typer.Option("--content", help="报告内容")] = None,
               file: Annotated[Path | None, typer.Option("--file", help="报告内容所在的文本文件")] = None) -> None:
    """提交报告（逾期提交会被记录）。"""
    if (content is None) == (file is None):
        raise CaseInputError("--content/--file", "请给出报告内容或文件（二者选一）")
    text = content if content is not None else _utf8(read_input(file, "--file"), "--file") if file else ""
    with open_session() as s:
        day = business_day(s, today)
        r = supervision.submit_report(s, load_user(s, actor), supervision.get_report(s, report), text, day)
        late = "（已逾期）" if day > r.due_on else ""
        out.print(f"报告 {r.id} 已提交{late}，待审核")


def _utf8(data: bytes, field: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseInputError(field, "不是 UTF-8 编码的文本文件", "把报告另存为 UTF-8 文本后再提交") from exc


def _review(report: int, actor: str, today: str | None, accept: bool, note: str | None) -> None:
    with open_session() as s:
        r = supervision.review_report(s, load_user(s, actor), supervision.get_report(s, report), accept=accept,
                                      note=note, today=business_day(s, today))
        out.print(f"报告 {r.id} {'审核通过' if accept else '已退回：' + (r.review_note or '')}")


@report_app.command("accept")
def accept_cmd(report: Annotated[int, typer.Argument(help="报告编号")], actor: ActorOpt, today: TodayOpt = None,
               note: Annotated[str | None, typer.Option("--note", help="审核意见")] = None) -> None:
    """审核通过报告（对应的付款期即可拨付）。"""
    _review(report, actor, today, True, note)


@report_app.command("reject")
def reject_cmd(report: Annotated[int, typer.Argument(help="报告编号")], actor: ActorOpt, today: TodayOpt = None,
               note: Annotated[str | None, typer.Option("--note", help="退回理由")] = None) -> None:
    """退回报告（须说明理由；单位可重新提交）。"""
    _review(report, actor, today, False, note)


@finding_app.command("add")
def finding_cmd(award: Annotated[int, typer.Argument(help="奖励编号")],
                text: Annotated[str, typer.Argument(help="发现的问题")], actor: ActorOpt, today: TodayOpt = None,
                severity: Annotated[str, choice_option(SEVERITIES, "--severity", "问题严重程度")] = "严重",
                ) -> None:
    """登记审计或监督发现。"""
    with open_session() as s:
        f = supervision.add_finding(s, load_user(s, actor), supervision.get_award(s, award), text, severity=severity,
                                    today=business_day(s, today))
        out.print(f"已登记审计发现 {f.id}（{supervision.SEVERITIES[severity]}）")


def _finding(s: Session, finding_id: int | None) -> Finding | None:
    if finding_id is None:
        return None
    return supervision.get_finding(s, finding_id)


@sanction_app.command("suspend")
def suspend_cmd(award: Annotated[int, typer.Argument(help="奖励编号")], actor: ActorOpt, reason: ReasonOpt,
                today: TodayOpt = None, finding: FindingOpt = None) -> None:
    """暂停拨付该奖励的全部期次。"""
    with open_session() as s:
        x = sanctions.suspend(s, load_user(s, actor), supervision.get_award(s, award), reason, business_day(s, today),
                              _finding(s, finding))
        out.print(f"奖励 {award} 已暂停拨付（处理决定 {x.id}）")


@sanction_app.command("lift")
def lift_cmd(sanction: Annotated[int, typer.Argument(help="暂停拨付的处理决定编号")], actor: ActorOpt,
             today: TodayOpt = None) -> None:
    """解除暂停拨付。"""
    with open_session() as s:
        x = sanctions.lift(s, load_user(s, actor), sanctions.get_sanction(s, sanction), business_day(s, today))
        out.print(f"奖励 {x.award_id} 已解除暂停拨付（处理决定 {x.id}）")


@sanction_app.command("terminate")
def terminate_cmd(award: Annotated[int, typer.Argument(help="奖励编号")], actor: ActorOpt, reason: ReasonOpt,
                  today: TodayOpt = None, finding: FindingOpt = None) -> None:
    """终止项目：未拨付的期次取消，其承诺释放回预算。"""
    with open_session() as s:
        x, cancelled = sanctions.terminate(s, load_user(s, actor), supervision.get_award(s, award), reason,
                                           business_day(s, today), _finding(s, finding))
        released = sum(t.fen for t in cancelled)
        out.print(f"奖励 {award} 已终止（处理决定 {x.id}）：取消 {len(cancelled)} 期，释放承诺 {format_fen(released)}")


@sanction_app.command("recover")
def recover_cmd(award: Annotated[int, typer.Argument(help="奖励编号")],
                amount: Annotated[str, typer.Argument(help="追回金额，如 40万元")], actor: ActorOpt, reason: ReasonOpt,
                due: Annotated[str, typer.Option("--due", help="缴回期限，如 2027-06-30")],
                today: TodayOpt = None, finding: FindingOpt = None,
                key: Annotated[str | None, typer.Option("--key", help="请求编号（重复提交同一请求不会重复作出追回决定）")] = None,
                ) -> None:
    """决定追回已拨付资金（不超过已拨付且未追回的金额）；同一请求重复提交，返回原决定。"""
    fen = yuan_to_fen(amount, "金额")
    due_on = parse_day(due, "--due")
    with open_session() as s:
        target, basis = supervision.get_award(s, award), _finding(s, finding)
        stored_key = sanctions.recovery_key(target, fen, due_on, basis, key)
        ledger.lock(s)  # so that what is seen under the key is what recover() sees
        before = sanctions.recovery_of(s, stored_key)
        x = sanctions.recover(s, load_user(s, actor), target, fen, due_on, reason, business_day(s, today), basis, key=key)
        if before is not None:
            out.print(f"此前已决定追回奖励 {award} 的资金 {format_fen(x.amount_fen or 0)}（处理决定 {x.id}），本次未重复决定")
        else:
            out.print(f"已决定追回奖励 {award} 的资金 {format_fen(x.amount_fen or 0)}，缴回期限 {x.due_on}（处理决定 {x.id}）")


@sanction_app.command("receive")
def receive_cmd(sanction: Annotated[int, typer.Argument(help="追回决定编号")],
                amount: Annotated[str, typer.Argument(help="到账金额，如 40万元")], actor: ActorOpt,
                ref: Annotated[str, typer.Option("--ref", help="到账凭证号（重复登记同一凭证不会重复入账）")],
                today: TodayOpt = None) -> None:
    """登记追回资金到账（回到原预算）。"""
    fen = yuan_to_fen(amount, "金额")
    with open_session() as s:
        x = sanctions.get_sanction(s, sanction)
        sanctions.receive(s, load_user(s, actor), x, fen, ref, business_day(s, today))
        owed, received = sanctions.recovery_status(s, x)
        out.print(f"追回决定 {x.id}：已到账 {format_fen(received)}，尚欠 {format_fen(owed)}")


@sanction_app.command("bar")
def bar_cmd(uscc: Annotated[str, typer.Argument(help="统一社会信用代码")], actor: ActorOpt, reason: ReasonOpt,
            until: Annotated[str, typer.Option("--until", help="限制截止日（含），如 2029-12-31")],
            today: TodayOpt = None, finding: FindingOpt = None) -> None:
    """取消申报资格至某日：期间不得申报、不予评估通过、不予拨付。"""
    with open_session() as s:
        org = find_organisation(s, uscc)
        x = sanctions.bar(s, load_user(s, actor), org, parse_day(until, "--until"), reason, business_day(s, today),
                          _finding(s, finding))
        out.print(f"{org.name}已被取消申报资格至 {x.bar_until}（处理决定 {x.id}）")


def _problems_or_exit(problems: list[ChainProblem]) -> None:
    if problems:
        out.print(f"[red]核验未通过：发现 {len(problems)} 处问题[/red]", markup=True)
        for p in problems:
            out.print(f"  · {p.problem}")
        raise typer.Exit(1)


@audit_app.command("verify")
def verify_cmd(actor: ActorOpt, checkpoint: Annotated[Path | None, typer.Option(
        "--checkpoint", help="此前用 `subsidy audit checkpoint` 导出的核对点文件：核对账本与审计日志仍是它的延续")] = None,
               ) -> None:
    """核验：账本与审计日志的哈希链、各表记录与审计日志的记载、（可选）核对点；逐条指出被修改、插入或删除的记录，有问题时退出码为 1。"""
    against = None
    if checkpoint is not None:
        try:
            text = checkpoint.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CaseInputError("--checkpoint", f"无法读取核对点文件「{checkpoint}」", "给出 `subsidy audit checkpoint "
                                 "--out 文件` 写出的文件路径") from exc
        against = audit.parse_checkpoint(text, "--checkpoint")
    with open_session() as s:
        result = verification(s, load_user(s, actor), against)
    _problems_or_exit(list(result.problems))
    out.print(f"账本核验通过：共 {result.ledger_head[0]} 条记录，最新第 {result.ledger_head[0]} 条，链头哈希 {result.ledger_head[1]}")
    out.print(f"审计日志核验通过：共 {result.audit_head[0]} 条记录，链头哈希 {result.audit_head[1]}；各表记录与审计日志的记载一致")
    if against is not None:
        out.print(f"与核对点（导出于北京时间 {beijing(against.taken_at)}）一致：账本与审计日志都是其延续")
    else:
        out.print("（用 `subsidy audit checkpoint --out 文件` 导出核对点，另行留存，日后用 --checkpoint 核对）")


@audit_app.command("checkpoint")
def checkpoint_cmd(actor: ActorOpt,
                   out_file: Annotated[Path | None, typer.Option("--out", help="写入的文件（默认输出到屏幕）")] = None,
                   ) -> None:
    """导出核对点（账本与审计日志的链头：条数、哈希、时间），由审计人员保存在数据库之外；先核验，未通过则不导出。"""
    with open_session() as s:
        require_role(load_user(s, actor), "导出核对点", *LEDGER_READERS)
        problems = audit.verify(s)
        cp = audit.checkpoint(s)
    _problems_or_exit(problems)
    if out_file is None:
        out.print(cp.to_json(), markup=False, highlight=False)
        return
    out_file.write_text(cp.to_json() + "\n", encoding="utf-8")
    out.print(f"已导出核对点：{out_file}（账本第 {cp.ledger[0]} 条，审计日志第 {cp.audit[0]} 条，北京时间 {beijing(cp.taken_at)}）；"
              "请保存在数据库之外")
