"""Rules commands: policies, show, assess, check."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from subsidy.cli.app import app, out
from subsidy.money import format_fen
from subsidy.rules.assessment import assess_request, assessment_json
from subsidy.rules.case import load_case_file
from subsidy.rules.check import check_policy
from subsidy.rules.describe import FACT_TYPE_LABELS, STATUS_LABELS, clause_facts, describe_how
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached
from subsidy.rules.report import show_json, shown_clauses
from subsidy.rules.results import PolicyResult


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command("policies")
def policies_cmd(as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False) -> None:
    """列出已有的政策。"""
    rows = [load_cached(d) for d in list_policy_dirs()]
    if as_json:
        _emit_json([{"id": p.id, "title": p.title, "issuer": p.issuer, "status": p.status,
                     "clauses": len(p.clauses), "provisions": len(p.provisions), "version": p.version} for p in rows])
        return
    t = Table(title="政策")
    for col in ("编号", "名称", "发布机关", "状态", "资金条款", "非资金条款"):
        t.add_column(col)
    for p in rows:
        t.add_row(p.id, p.title, p.issuer, STATUS_LABELS[p.status],
                  str(len(p.clauses)), str(len(p.provisions)))
    out.print(t)


@app.command("show")
def show_cmd(
    target: Annotated[str, typer.Argument(help="政策编号，或 政策编号/条款（如 cn-bj-chaoyang-smart-eldercare/第七条）")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    template: Annotated[bool, typer.Option(
        "--template", help="输出带说明的空白案例文件（每个事实的名称、说明、单位、可选值，按条款分组），"
                           "如 subsidy show 政策编号 --template > case.yaml")] = False,
) -> None:
    """显示政策或条款：原文、所需事实（类型、单位）、公式说明；--template 生成案例文件模板。"""
    key, _, clause_key = target.partition("/")
    p = find_policy(key)
    if template:  # raw text, never wrapped: it is a file to edit
        from subsidy.rules.template import case_template

        sys.stdout.write(case_template(p))
        return
    # 第七条 shows every clause of the article (第七条（一）, 第七条（二）1 …)
    clauses = shown_clauses(p, clause_key)
    doc = show_json(p, clause_key)
    if as_json:
        _emit_json(doc)
        return
    data = doc["clauses"]
    out.print(f"[bold]{escape(p.title)}[/bold]（{escape(p.issuer)}）", markup=True)
    for c, d in zip(clauses, data, strict=True):
        out.rule(f"{c.cite} {c.title}")
        out.print("原文：" + "".join(c.quotes))
        out.print(f"条件：{d['conditions']}")
        out.print(f"公式：{d['formula']}")
        for cap in d["caps"]:
            out.print(f"上限：{cap}")
        out.print(f"收款方：{c.payee_label}；{describe_how(c)}")
        t = Table(show_header=True)
        for col in ("事实", "名称", "类型", "单位", "说明"):
            t.add_column(col)
        for f in clause_facts(p, c):
            t.add_row(f.name, f.label, FACT_TYPE_LABELS[f.type], f.unit or "", f.help or "、".join(f.values))
        out.print(t)
        for note in c.interpretation:
            out.print(f"[dim]解读：{escape(note)}[/dim]", markup=True)
    if not clause_key and p.provisions:
        out.rule("非资金条款（只列出，不计算）")
        for x in p.provisions:
            out.print(f"{x.cite} {x.title}：{x.summary}")


_RECORDS = {"history": "本政策下已获资助（history）", "other_support": "其他政策已给予的支持（other_support）",
            "bars": "取消申报资格的处理（bars）"}


def _print_result(r: PolicyResult, clause_key: str | None) -> None:
    p = r.policy
    unit = p.amount_unit
    out.print(f"[bold]{escape(p.title)}[/bold]  评估日期 {r.as_of}  有效期 {r.effective_from} 至 {r.validity_end or '长期'}",
              markup=True)
    t = Table(show_lines=False)
    for col in ("条款", "名称", "是否符合", "最高可获", "就高/差额后", "收款方", "说明"):
        t.add_column(col)
    selected = [c for c in r.clauses if clause_key in (None, c.clause.id, c.clause.cite)]
    for c in selected:
        verdict = Text.from_markup({True: "[green]符合[/green]", False: "[red]不符合[/red]",
                                    None: "[yellow]待补充[/yellow]"}[c.eligible])
        ceiling = "—" if c.ceiling_fen is None else format_fen(c.ceiling_fen, unit)
        granted = "" if c.granted_fen is None else format_fen(c.granted_fen, unit)
        t.add_row(c.clause.cite, c.clause.title, verdict, ceiling, granted, c.clause.payee_label,
                  "；".join(c.reasons + ([c.stacking_note] if c.stacking_note else [])))  # markup is off: case text is text
    out.print(t)
    for c in selected:
        if c.eligible is False and clause_key is None:
            continue
        out.print(f"[bold]{escape(c.clause.cite)}[/bold] 计算过程：", markup=True)
        for s in c.steps:
            out.print(f"  · [{s.rule}] {s.text} → {s.result}")
        if c.schedule:
            out.print("  · 支付安排：" + "；".join(f"{x.when} {format_fen(x.fen, unit)}" for x in c.schedule))
    out.rule("合计（就高、差额后）")
    for s in r.steps:
        out.print(f"  · [{s.cite} {s.rule}] {s.text}")
    for cid, why in r.set_aside:
        out.print(f"  · 不予叠加 {p.clause(cid).cite}：{why}")
    from subsidy.rules.evaluate import missing_label

    missing = r.missing
    if clause_key is None:
        undecided = [c for c in r.clauses if c.eligible is None and c.clause.kind != "manual_amount"]
        label = "最高可获合计（只含已确定的条款）" if undecided else "最高可获合计"
        pending = (f"；另有 {len(undecided)} 个条款待补充信息，尚未计入：{'、'.join(c.clause.cite for c in undecided)}"
                   if undecided else "")
        out.print(f"[bold]{label}：{format_fen(r.total_fen, unit)}[/bold]"
                  + escape(pending + (f"；另有金额待核定：{'、'.join(p.clause(x).cite for x in r.manual)}"
                                      if r.manual else "")), markup=True)
    else:  # one clause: its own figure and what it still needs
        one = next(c for c in r.clauses if c.clause.id == clause_key)
        fen, missing = r.of_clause(clause_key)
        figure = "金额另行核定" if fen is None else format_fen(fen, unit)
        bound = (f"（尚待补充信息，最多 {format_fen(one.ceiling_fen, unit)}）"
                 if one.eligible is None and one.ceiling_fen is not None else "")
        out.print(f"[bold]{escape(one.clause.cite)}（{escape(one.clause.id)}）本条可获：{figure}[/bold]{bound}"
                  f"；政策合计（全部条款，就高、差额后）：{format_fen(r.total_fen, unit)}", markup=True)
    records = [x for x in missing if x in _RECORDS]
    if records:
        out.print("记录未提供（不写即为“未知”，相关条款只能显示待补充）：" + "、".join(_RECORDS[x] for x in records)
                  + "；没有的请在案例文件中写 []，如 " + "、".join(f"{x}: []" for x in records))
    if missing:
        out.print("[yellow]尚需提供：[/yellow]" + escape("、".join(missing_label(p, x) for x in missing)), markup=True)


@app.command("assess")
def assess_cmd(
    case_file: Annotated[Path, typer.Argument(help="案例文件（YAML 或 JSON）")],
    policy: Annotated[str | None, typer.Option("--policy", help="政策编号（默认取案例中的 policy）")] = None,
    clause: Annotated[str | None, typer.Option("--clause", help="只显示一个条款（如 第七条 或 art7）")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="评估日期，默认案例中的 as_of 或今天")] = None,
    effective_from: Annotated[str | None, typer.Option("--effective-from", help="政策施行日期（征求意见稿需指定）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON（见 docs/json-contract.md）")] = False,
) -> None:
    """评估一个案例：每个条款是否符合、最高可获多少、如何支付、为什么。

    案例文件（YAML 或 JSON）写明政策编号、已知的事实（金额带单位，如 300万元）和已获资助等记录；
    不知道的事实留空即为“未知”。用 `subsidy show 政策编号 --template > case.yaml` 生成带说明的模板，
    格式见 docs/case-format.md。"""
    data = load_case_file(case_file)
    done = assess_request(data, today=dt.date.today(), name=case_file.stem, policy=policy, clause=clause,
                          as_of=as_of, effective_from=effective_from)
    if as_json:
        _emit_json(assessment_json(done))
        return
    result = done.result
    _print_result(result, done.clause.id if done.clause else None)


@app.command("check")
def check_cmd(policy_dir: Annotated[Path, typer.Argument(help="政策目录，如 policies/cn-bj-chaoyang-smart-eldercare")]) -> None:
    """检查政策文件（格式、引文）并运行其测试案例。"""
    p = find_policy(str(policy_dir))
    checked = check_policy(p)
    outcomes = checked.cases
    failed = [o for o in outcomes if not o.ok]
    for problem in checked.problems:
        out.print(f"[red]问题[/red] {escape(str(problem))}", markup=True)
    for o in outcomes:
        mark = "[green]通过[/green]" if o.ok else "[red]失败[/red]"
        out.print(f"{mark} {escape(o.path.name)}  {escape(o.name)}", markup=True)
        for f in o.failures:
            out.print(f"    {f}")
    out.print(f"{p.id}: {len(p.clauses)} 个资金条款，{len(p.provisions)} 个非资金条款；"
              f"案例 {len(outcomes)} 个，通过 {len(outcomes) - len(failed)}，失败 {len(failed)}"
              + (f"；政策文件问题 {len(checked.problems)} 个" if checked.problems else ""))
    if not checked.ok:
        raise typer.Exit(1)
