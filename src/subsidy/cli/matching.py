"""Registry and 免申即享 commands: ``registry template|generate|check`` and ``match [run] | list | show | confirm``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from typer import _click as click
from typer.core import TyperGroup

from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.cli.common import ActorOpt, TodayOpt, business_day, open_session, write_output
from subsidy.cli.intake import JsonOpt, emit_json
from subsidy.errors import CaseInputError, PolicyNotFound
from subsidy.money import format_fen
from subsidy.rules.report import yuan
from subsidy.services.reports import sheet_json
from subsidy.vocabulary import MATCH_OUTCOMES

registry_app = typer.Typer(help="企业名录：模板、模拟名录生成与检查。", no_args_is_help=True)
app.add_typer(registry_app, name="registry")


class _MatchGroup(TyperGroup):
    """``subsidy match REGISTRY --policy P`` runs a match (the ``run`` subcommand); ``list``, ``show`` and
    ``confirm`` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


match_app = typer.Typer(cls=_MatchGroup, no_args_is_help=True,
                        help="免申即享匹配：名录中哪些单位已符合政策条款（可免申）、缺哪些信息（待补充）、为何不符合。"
                             "`subsidy match 名录文件 --policy 政策` 即 `subsidy match run 名录文件 --policy 政策`。")
app.add_typer(match_app, name="match")

PolicyOpt = Annotated[str, typer.Option("--policy", help="政策编号（须已采用，按最近一次采用的版本与施行日期）")]


def _policy(key: str) -> Any:
    from subsidy.rules.registry import find_policy

    try:
        return find_policy(key)
    except PolicyNotFound as exc:
        raise CaseInputError("--policy", str(exc), "`subsidy policies` 列出全部政策") from exc


@registry_app.command("template")
def template_cmd(policy: Annotated[str, typer.Argument(help="政策编号")],
                 out_file: Annotated[Path, typer.Option("--out", help="写入的模板文件（.xlsx 或 .csv）")],
                 attributes: Annotated[bool, typer.Option("--attributes", help="同时包含行业、规模、营业收入等描述列")] = False,
                 ) -> None:
    """生成政策的名录模板：每列的中文名称、单位与可选值（.xlsx 另有「填写说明」表）。"""
    from subsidy.population.template import HEADERS, template_columns
    from subsidy.services.reports import write_csv, write_xlsx

    p = _policy(policy)
    cols = template_columns(p, attributes=attributes)
    headers = tuple(c.header for c in cols if c.in_sheet)
    suffix = out_file.suffix.lower()
    if suffix == ".xlsx":
        write_output(out_file, "--out", lambda path: write_xlsx(path, {
            "名录": (headers, []), "填写说明": (HEADERS, [c.cells() for c in cols])}))
    elif suffix == ".csv":
        write_output(out_file, "--out", lambda path: write_csv(path, headers, []))
    else:
        raise CaseInputError("--out", "模板只能写成 .xlsx 或 .csv", "写成如 名录模板.xlsx")
    out.print(f"已写入名录模板 {out_file}：{len(headers)} 列（{p.short_title}）；每个单位一行，不知道的留空")
    if suffix == ".csv":
        for c in cols:
            out.print(f"  {c.header}：{c.kind}{'，单位 ' + c.unit if c.unit else ''}；{c.allowed}")


@registry_app.command("generate")
def generate_cmd(district: Annotated[str, typer.Option("--district", help="chaoyang（朝阳区）或 baoan（宝安区）")],
                 out_file: Annotated[Path, typer.Option("--out", help="写入的文件（.parquet 为表格式，金额以分计；.csv 为中文表头）")],
                 rows: Annotated[int, typer.Option("--rows", help="单位数", min=1, max=10_000_000)] = 1000,
                 seed: Annotated[int, typer.Option("--seed", help="随机种子（同一种子生成同一名录）", min=0, max=2**63 - 1)] = 1,
                 ) -> None:
    """生成模拟企业名录（按公开统计数据校准，见 docs/registry.md；单位与代码均为虚构）。"""
    from subsidy.population.synthetic import DISTRICTS, generate
    from subsidy.population.template import human_sheet

    if district not in DISTRICTS:
        raise CaseInputError("--district", f"「{district[:40]}」不是可用的区", "写 chaoyang 或 baoan")
    suffix = out_file.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise CaseInputError("--out", "模拟名录只能写成 .parquet 或 .csv", "写成如 baoan.parquet")
    d = DISTRICTS[district]
    p = _policy(d.policy)
    frame = generate(district, rows, seed, p)
    if suffix == ".parquet":
        write_output(out_file, "--out", lambda path: frame.write_parquet(path, statistics=False))
    else:
        sheet = human_sheet(frame, p)
        write_output(out_file, "--out", lambda path: sheet.write_csv(path, include_bom=True))
    out.print(f"已生成{d.name}模拟名录 {out_file}：{rows} 个单位（种子 {seed}；事实按政策 {p.id}）")


@registry_app.command("check")
def check_cmd(registry: Annotated[Path, typer.Argument(help="名录文件（.csv、.xlsx 或 .parquet）")],
              policy: Annotated[str, typer.Option("--policy", help="政策编号")]) -> None:
    """检查名录：逐行逐列列出有问题的单元格（有问题的行在匹配时不评估，其余照常）。"""
    from subsidy.population.reader import read_registry

    reg = read_registry(registry, _policy(policy))
    out.print(f"名录 {registry.name}：共 {reg.rows_read} 行，可用 {reg.frame.height} 行，有问题 {reg.rows_refused} 行")
    for p in reg.problems:
        out.print(f"  {p}")
    if sum(reg.problem_counts.values()) > len(reg.problems):
        out.print(f"  ……另有 {sum(reg.problem_counts.values()) - len(reg.problems)} 处问题未列出")
    if reg.rows_refused:
        raise typer.Exit(1)


@match_app.command("run")
def run_cmd(registry: Annotated[Path, typer.Argument(help="名录文件（.csv、.xlsx 或 .parquet）")], policy: PolicyOpt,
            actor: ActorOpt, today: TodayOpt = None,
            out_file: Annotated[Path | None, typer.Option("--out", help="导出全部结果（.csv 或 .xlsx，含不符合及原因）")] = None,
            scheduler: Annotated[str | None, typer.Option("--scheduler", help="在 Dask 集群上分区评估：调度器地址，如 "
                                 "tcp://调度器主机:8786；写 local 则在本机启动（每核一个工作进程）。名录与数据库记录由本机读取，"
                                 "按行分区发给工作节点；需安装可选依赖 subsidy[distributed]。结果与单机评估逐行相同（见 docs/simulate.md）")] = None,
            partitions: Annotated[int | None, typer.Option("--partitions", min=1, max=10_000, help="把名录按行分成几个分区交给"
                                  "集群（默认：集群的工作线程数）；须与 --scheduler 同用")] = None,
            ) -> None:
    """对名录运行免申即享匹配并保存结果（经办人员）；已登记单位的已获资助、其他支持与取消资格从数据库读取。"""
    from rich.progress import Progress

    from subsidy.services import matching
    from subsidy.services.audit import load_user

    if out_file is not None and out_file.suffix.lower() not in (".csv", ".xlsx"):
        raise CaseInputError("--out", "结果只能导出为 .csv 或 .xlsx", "写成如 匹配结果.xlsx")
    if partitions is not None and scheduler is None:
        raise CaseInputError("--partitions", "分区评估须指定集群", "同时写 --scheduler（调度器地址，或 local 在本机启动）")

    @contextmanager
    def watch(reg: Any) -> Iterator[Any]:
        if reg.height < 100_000:
            yield None
            return
        with Progress(transient=True) as bar:
            task = bar.add_task("匹配中", total=reg.height)
            yield lambda done, _n: bar.update(task, completed=done)

    with open_session() as s:
        user = load_user(s, actor)
        day = business_day(s, today)
        run, ev = matching.match_file(s, user, policy, registry, registry_name=registry.name, today=day, watch=watch,
                                      whole=out_file is not None, scheduler=scheduler, partitions=partitions)
        p = matching.match_policy(s, policy)[1] if ev is None else ev.policy
        _summary(run, p)
        if out_file is not None and ev is not None:
            write_output(out_file, "--out", lambda path: matching.export(ev, path))
            out.print(f"已导出全部结果 {out_file}")


def _summary(run: Any, p: Any) -> None:
    out.print(f"免申即享匹配 {run.id}：{p.short_title}，评估日期 {run.as_of.isoformat()}，名录 {run.registry_name}")
    out.print(f"名录 {run.rows_read} 行，评估 {run.rows_read - run.rows_refused} 行，有问题未评估 {run.rows_refused} 行")
    for cid, c in run.summary["clauses"].items():
        clause = p.clause(cid)
        out.print(f"  {clause.cite}（{clause.title}）：可免申 {c['eligible']}，待补充 {c['pending']}，不符合 {c['ineligible']}"
                  f"；可免申合计 {format_fen(c['offered_fen'])}")
    out.print(f"可免申合计（按就高等后）{format_fen(run.offered_fen)}；保存可免申与待补充 {run.rows_stored} 行")
    for line in run.problems[:10]:
        out.print(f"  名录问题：{line}")
    if len(run.problems) > 10:
        out.print(f"  ……名录问题共 {sum(run.summary['problem_counts'].values())} 处（`subsidy registry check` 列出）")


@match_app.command("list")
def list_cmd(actor: ActorOpt, as_json: JsonOpt = False) -> None:
    """列出已保存的免申即享匹配。"""
    from subsidy.services import matching
    from subsidy.services.audit import load_user

    with open_session() as s:
        runs = matching.list_runs(s, load_user(s, actor))
        if as_json:
            emit_json([{"id": r.id, "as_of": r.as_of.isoformat(), "policy": r.policy_id, "registry": r.registry_name,
                        "rows_read": r.rows_read, "offered": yuan(r.offered_fen), "clauses": r.summary["clauses"]}
                       for r in runs])
            return
        if not runs:
            out.print("尚无免申即享匹配（用 `subsidy match 名录文件 --policy 政策` 运行）")
        for r in runs:
            counts = r.summary["clauses"].values()
            out.print(f"{r.id}  {r.as_of.isoformat()}  {r.policy_id}  {r.registry_name}  {r.rows_read} 行  "
                      f"可免申 {sum(c['eligible'] for c in counts)}  待补充 {sum(c['pending'] for c in counts)}  "
                      f"合计 {format_fen(r.offered_fen)}")


@match_app.command("show")
def show_cmd(run_id: Annotated[int, typer.Argument(help="匹配编号")], actor: ActorOpt,
             outcome: Annotated[str | None, choice_option(MATCH_OUTCOMES, "--outcome", "只看一种结果")] = None,
             limit: Annotated[int, typer.Option("--limit", help="最多显示的行数", min=1, max=100_000)] = 50,
             out_file: Annotated[Path | None, typer.Option("--out", help="导出保存的行（.csv 或 .xlsx）")] = None,
             as_json: JsonOpt = False) -> None:
    """查看一次匹配：各条款的结果与保存的可免申、待补充行。"""
    from subsidy.services import matching
    from subsidy.services.audit import load_user
    from subsidy.services.policies import load_version
    from subsidy.services.reports import write_csv, write_xlsx

    with open_session() as s:
        run = matching.get_run(s, load_user(s, actor), run_id)
        p = load_version(s, run.rules_version)
        if as_json and out_file is None:
            rows = matching.stored_cells(p, matching.run_rows(s, run, outcome, limit))
            emit_json({"id": run.id, "as_of": run.as_of.isoformat(), "policy": run.policy_id,
                       "offered": yuan(run.offered_fen), "clauses": run.summary["clauses"],
                       "rows": sheet_json(matching.EXPORT_HEADERS, rows)})
            return
        _summary(run, p)
        if out_file is not None:
            cells = matching.stored_cells(p, matching.run_rows(s, run, outcome))
            headers = matching.EXPORT_HEADERS
            if out_file.suffix.lower() == ".xlsx":
                write_output(out_file, "--out", lambda path: write_xlsx(path, {"匹配结果": (headers, cells)}))
            elif out_file.suffix.lower() == ".csv":
                write_output(out_file, "--out", lambda path: write_csv(path, headers, cells))
            else:
                raise CaseInputError("--out", "只能导出为 .csv 或 .xlsx")
            out.print(f"已导出 {len(cells)} 行 {out_file}")
            return
        for r in matching.run_rows(s, run, outcome, limit):
            cells = matching.stored_cells(p, [r])[0]
            amount = f"，可得 {format_fen(r.granted_fen)}" if r.granted_fen is not None else ""
            out.print(f"第 {r.number} 行  {r.uscc}  {r.name}  {cells[4]}  {cells[6]}{amount}  {cells[9]}")


@match_app.command("confirm")
def confirm_cmd(run_id: Annotated[int, typer.Argument(help="匹配编号")],
                row: Annotated[int, typer.Argument(help="行号（`subsidy match show` 中的「第 N 行」）")], actor: ActorOpt,
                today: TodayOpt = None,
                call: Annotated[int | None, typer.Option("--call", help="申报批次编号（默认：开放该条款的最近批次）")] = None,
                ) -> None:
    """单位意愿确认：按可免申的匹配行创建申报（事实已填好），之后按正常流程上传材料、提交。"""
    from subsidy.services import matching
    from subsidy.services.audit import load_user

    with open_session() as s:
        user = load_user(s, actor)
        day = business_day(s, today)
        app_row = matching.confirm(s, user, matching.get_run_for_confirm(s, user, run_id), row, day, call)
        out.print(f"已确认：创建申报 {app_row.id}（草稿，条款 {app_row.clause_id}）；"
                  f"用 `subsidy app show {app_row.id}` 查看，上传材料后 `subsidy app submit {app_row.id}` 提交")
