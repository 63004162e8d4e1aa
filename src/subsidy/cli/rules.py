"""Rules commands: policies, show, assess, check (their work is in cli/rules_run.py; cli/fast.py runs
the same functions without Typer when the command line is a plain one)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from subsidy.cli import rules_run
from subsidy.cli.app import app


@app.command("policies")
def policies_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="按哪一天判定状态（征求意见稿 / 施行中 / 已失效），默认今天")] = None,
) -> None:
    """列出已有的政策：状态（按日期与有效期判定，与网页政策库相同）、有效期、条款数。"""
    rules_run.policies(as_json, as_of)


@app.command("show")
def show_cmd(
    target: Annotated[str, typer.Argument(help="政策编号，或 政策编号/条款（如 cn-bj-chaoyang-smart-eldercare/第七条）")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    template: Annotated[bool, typer.Option(
        "--template", help="输出带说明的空白案例文件（每个事实的名称、说明、单位、可选值，按条款分组），"
                           "如 subsidy show 政策编号 --template > case.yaml")] = False,
) -> None:
    """显示政策或条款：原文、所需事实（类型、单位）、公式说明；--template 生成案例文件模板。"""
    rules_run.show(target, as_json, template)


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
    rules_run.assess_case(case_file, policy, clause, as_of, effective_from, as_json)


@app.command("check")
def check_cmd(policy_dir: Annotated[Path, typer.Argument(help="政策目录，如 policies/cn-bj-chaoyang-smart-eldercare")]) -> None:
    """检查政策文件（格式、引文）并运行其测试案例。"""
    code = rules_run.check(policy_dir)
    if code:
        raise typer.Exit(code)
