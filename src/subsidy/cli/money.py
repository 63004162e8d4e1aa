"""Money commands: budget, payments, fund position, entity history, other support.

Supervision, sanctions and the audit (report, finding, sanction, audit) are in ``cli/oversight.py``,
registered here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

import subsidy.cli.oversight  # noqa: F401  (registers report, finding, sanction, audit)
from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import ActorOpt, TodayOpt, business_day, open_session, write_output, yuan_to_fen
from subsidy.cli.intake import JsonOpt, emit_json
from subsidy.errors import DomainRefusal
from subsidy.layout import sheet_table
from subsidy.money import format_fen
from subsidy.services import ledger
from subsidy.services.audit import load_user
from subsidy.services.lookup import get_call
from subsidy.services.organisations import find_organisation
from subsidy.services.other_support import LEVEL_LABELS, add_support, import_support
from subsidy.services.payments import Payment, pay_tranche, payment_run
from subsidy.services.reports import (
    POSITION_HEADERS,
    entity_history,
    fund_position,
    sheet_json,
    write_csv,
    write_xlsx,
)
from subsidy.vocabulary import SUPPORT_LEVELS

budget_app = typer.Typer(help="预算：下达与冲正（按批次、条款、年度）。", no_args_is_help=True)
fund_app = typer.Typer(help="资金状况报表。", no_args_is_help=True)
entity_app = typer.Typer(help="申报单位的全部记录。", no_args_is_help=True)
support_app = typer.Typer(help="其他政策支持：登记与导入（用于差额、不重复核查）。", no_args_is_help=True)
app.add_typer(budget_app, name="budget")
app.add_typer(fund_app, name="fund")
app.add_typer(entity_app, name="entity")
app.add_typer(support_app, name="support")


@budget_app.command("appropriate")
def appropriate_cmd(call_id: Annotated[int, typer.Argument(help="申报批次编号")],
                    clause: Annotated[str, typer.Argument(help="条款编号或条款，如 art14a 或 第十四条（一）")],
                    year: Annotated[int, typer.Argument(help="预算年度")],
                    amount: Annotated[str, typer.Argument(help="金额，如 3000万元")],
                    actor: ActorOpt,
                    key: Annotated[str | None, typer.Option("--key", help="请求编号（重复提交同一编号不会重复下达）")] = None,
                    memo: Annotated[str, typer.Option("--memo", help="说明（如预算文号）")] = "") -> None:
    """下达某批次、某条款、某年度的预算。"""
    fen = yuan_to_fen(amount, "金额")
    stored_key = ledger.caller_key(key)
    with open_session() as s:
        user = load_user(s, actor)
        call = get_call(s, call_id)
        ledger.lock(s)  # so that what is seen under the key is what appropriate() sees
        repeated = stored_key is not None and ledger.keyed(s, stored_key) is not None
        row = ledger.appropriate(s, user, call, clause, year, fen, key=key, memo=memo)
        clause = row.clause_id or clause  # 第七条 is art7
        bal = ledger.line_balance(s, call_id, clause, year)
        if repeated:
            out.print(f"请求编号「{key}」此前已下达（账目第 {row.seq} 条），本次未重复下达；该预算可用 {format_fen(bal.available)}")
            return
        out.print(f"已下达：批次 {call_id} 条款 {clause} {year}年度 {format_fen(row.fen)}（账目第 {row.seq} 条）；"
                  f"该预算可用 {format_fen(bal.available)}")


@budget_app.command("reverse")
def reverse_cmd(seq: Annotated[int, typer.Argument(help="要冲正的预算下达账目序号")], actor: ActorOpt,
                reason: Annotated[str, typer.Option("--reason", help="冲正理由")]) -> None:
    """冲正一笔误下达的预算（该预算已被使用的不能冲正）。"""
    with open_session() as s:
        row = ledger.reverse(s, load_user(s, actor), seq, reason)
        out.print(f"已冲正第 {seq} 条预算下达（账目第 {row.seq} 条）")


def _show_payment(p: Payment) -> None:
    if p.repeated:
        out.print(f"期次 {p.tranche_id}（奖励 {p.award_id} 第 {p.number} 期）此前已拨付（账目第 {p.seq} 条），本次未重复拨付")
    else:
        out.print(f"已拨付 期次 {p.tranche_id}（奖励 {p.award_id} 第 {p.number} 期）{format_fen(p.fen)}，{p.payee}"
                  f"（账目第 {p.seq} 条）")


@app.command("pay")
def pay_cmd(actor: ActorOpt, today: TodayOpt = None,
            tranche: Annotated[int | None, typer.Argument(help="付款期次编号（见 `subsidy entity history`）")] = None,
            run: Annotated[bool, typer.Option("--run", help="拨付全部已到期且符合条件的期次（每期一个事务）")] = False,
            key: Annotated[str | None, typer.Option("--key", help="请求编号；默认 pay:奖励:期次，重试不会重复拨付")] = None,
            ) -> None:
    """拨付一个期次，或 --run 拨付全部到期期次。"""
    if run == (tranche is not None):
        raise DomainRefusal("请指定一个付款期次编号，或使用 --run（二者选一）", "usage")
    if tranche is not None:
        with open_session() as s:
            day = business_day(s, today)
            _show_payment(pay_tranche(s, load_user(s, actor, "finance", "admin"), tranche, day, key=key))
        return
    with open_session() as s:  # the run's business date, checked once; each payment's session carries it
        day = business_day(s, today)
    from subsidy.settings import load_settings
    from subsidy.store.db import make_engine

    engine = make_engine(load_settings())
    try:
        result = payment_run(engine, actor, day, on_each=lambda tid, o: _show_payment(o) if isinstance(o, Payment)
                             else out.print(f"未拨付 期次 {tid}：{o}"))
    finally:
        engine.dispose()
    total = sum(p.fen for p in result.paid if not p.repeated)
    out.print(f"本次拨付 {sum(not p.repeated for p in result.paid)} 期，合计 {format_fen(total)}；未拨付 {len(result.skipped)} 期")


@fund_app.command("position")
def position_cmd(actor: ActorOpt, call_id: Annotated[int | None, typer.Option("--call", help="只看一个批次")] = None,
                 xlsx: Annotated[Path | None, typer.Option("--xlsx", help="导出为 Excel 文件")] = None,
                 csv: Annotated[Path | None, typer.Option("--csv", help="导出为 CSV 文件（UTF-8）")] = None,
                 as_json: JsonOpt = False) -> None:
    """资金状况：按批次、条款、年度列出已下达、已承诺、已拨付、已追回与可用预算（由账本计算）。"""
    with open_session() as s:
        lines = fund_position(s, load_user(s, actor), call_id)
    if as_json:
        emit_json(sheet_json(POSITION_HEADERS, [x.cells() for x in lines]))
        return
    out.print(sheet_table(POSITION_HEADERS, [x.cells() for x in lines], "资金状况"))
    if xlsx is not None:
        write_output(xlsx, "--xlsx", lambda path: write_xlsx(path, {"资金状况": (POSITION_HEADERS, [x.cells() for x in lines])}))
        out.print(f"已导出：{xlsx}")
    if csv is not None:
        write_output(csv, "--csv", lambda path: write_csv(path, POSITION_HEADERS, [x.cells() for x in lines]))
        out.print(f"已导出：{csv}")


@entity_app.command("history")
def history_cmd(uscc: Annotated[str, typer.Argument(help="统一社会信用代码")], actor: ActorOpt,
                xlsx: Annotated[Path | None, typer.Option("--xlsx", help="导出为 Excel 文件")] = None,
                as_json: JsonOpt = False) -> None:
    """一个单位的全部记录：申报、奖励、期次、账目、报告、审计发现、处理决定、其他政策支持（申报单位只能看本单位的）。"""
    with open_session() as s:
        h = entity_history(s, load_user(s, actor), uscc)
        if as_json:
            emit_json({"uscc": h.organisation.uscc, "name": h.organisation.name,
                       "sections": {title: sheet_json(headers, rows) for title, (headers, rows) in h.sections.items()}})
            return
        out.print(f"[bold]{escape(h.organisation.name)}[/bold]（{escape(h.organisation.uscc)}）", markup=True)
        for title, (headers, rows) in h.sections.items():
            if not rows:
                out.print(f"{title}：无")
                continue
            out.print(sheet_table(headers, rows, title))
        if xlsx is not None:
            write_output(xlsx, "--xlsx", lambda path: write_xlsx(path, h.sections))
            out.print(f"已导出：{xlsx}")


@support_app.command("add")
def support_add_cmd(uscc: Annotated[str, typer.Argument(help="统一社会信用代码")],
                    programme: Annotated[str, typer.Option("--programme", help="支持项目或政策名称")],
                    level: Annotated[str, choice_option(SUPPORT_LEVELS, "--level", "级别")],
                    year: Annotated[int, typer.Option("--year", help="年度")],
                    amount: Annotated[str, typer.Option("--amount", help="金额，如 50万元")],
                    actor: ActorOpt,
                    project: Annotated[str | None, typer.Option("--project", help="所支持事项（项目编号）")] = None,
                    zone: Annotated[str | None, typer.Option("--zone", help="区域，如 前海")] = None,
                    one_matter: Annotated[bool, typer.Option("--one-matter", help="一事一议")] = False,
                    policy: Annotated[str | None, typer.Option("--policy", help="所支持条款所在的政策编号（与 --clause 同用）")] = None,
                    clause: Annotated[str | None, typer.Option("--clause", help="所支持的条款（如 第五十条）：只从该条扣减")] = None,
                    matter: Annotated[str | None, typer.Option("--matter", help="所支持事项的名称（统筹扣减按事项筛选时用）")] = None,
                    ) -> None:
    """登记一笔其他政策支持。"""
    fen = yuan_to_fen(amount, "--amount")
    with open_session() as s:
        org = find_organisation(s, uscc)
        row = add_support(s, load_user(s, actor), org, programme=programme, level=level, year=year,
                          fen=fen, project_ref=project, one_matter=one_matter, zone=zone, policy=policy,
                          clause=clause, matter=matter)
        out.print(f"已登记：{org.name} {year}年 {LEVEL_LABELS[row.level]}「{row.programme}」{format_fen(row.fen)}"
                  + ("（一事一议）" if row.one_matter_decision else ""))


@support_app.command("import")
def support_import_cmd(path: Annotated[Path, typer.Argument(help="CSV 或 Excel 文件（中文表头）")], actor: ActorOpt) -> None:
    """导入其他政策支持（表头：统一社会信用代码、支持项目、级别、年度、金额、区域、事项编号、一事一议、
    对应政策、对应条款、支持事项）；任何一行有误则整个文件不导入。"""
    with open_session() as s:
        rows = import_support(s, load_user(s, actor), path)
        flagged = sum(r.one_matter_decision for r in rows)
        out.print(f"已导入 {len(rows)} 条，合计 {format_fen(sum(r.fen for r in rows))}，其中一事一议 {flagged} 条")
