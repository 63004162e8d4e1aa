"""``subsidy simulate``: what a draft policy would cost over a registry of enterprises (no database)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from subsidy.cli.app import app, err, out

if TYPE_CHECKING:
    from subsidy.admin.funding import Funding
    from subsidy.rules import model as m
    from subsidy.rules.simulate import Cost, Simulation, Sweep


@app.command("simulate")
def simulate_cmd(
    draft: Annotated[str, typer.Argument(help="政策草案（政策编号或政策目录）")],
    population: Annotated[Path, typer.Option("--population", help="企业名录（Parquet 或 CSV，表格格式见 docs/table-format.md）")],
    baseline: Annotated[str | None, typer.Option("--baseline", help="对照的现行政策（政策编号或政策目录）")] = None,
    budget: Annotated[str | None, typer.Option("--budget", help="资金预算，如 5000万元；并测算按排名择优、按比例核减、总评分最优各可支持多少企业")] = None,
    sweep: Annotated[str | None, typer.Option("--sweep", help="逐个取值测算一个条款的金额上限，如 art7.cap=100万元..500万元/50万元")] = None,
    take_up: Annotated[str, typer.Option("--take-up", help="申报率（符合条件的企业中实际申报的比例），如 60%")] = "100%",
    as_of: Annotated[str | None, typer.Option("--as-of", help="评估日期，默认今天")] = None,
    effective_from: Annotated[str | None, typer.Option("--effective-from", help="政策施行日期（征求意见稿默认取评估日期）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON（见 docs/simulate.md）")] = False,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="在 Dask 集群上分区评估：调度器地址，如 "
                         "tcp://调度器主机:8786；写 local 则在本机启动（每核一个工作进程）。名录须在每个工作节点的同一路径下可读；"
                         "需安装可选依赖 subsidy[distributed]。结果与单机评估相同（见 docs/simulate.md）")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, max=10_000, help="把名录按行分成几个分区交给"
                          "集群（默认：集群的工作线程数）；须与 --scheduler 同用")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="把测算报告写入该目录：report.html、report.pdf 和"
                      "图表 charts/*.png、*.svg（供附于起草说明；见 docs/simulate.md）")] = None,
) -> None:
    """测算政策草案的资金需求：按企业名录逐户评估，给出上限（各条款最高可获金额之和）和按申报率的预期，
    分条款的受益企业数和金额，按所属区、街道、行业、企业规模的分布；可对照预算、对照现行政策（按条款和企业规模的
    增减），或逐个取值测算一个条款的上限；可写出中文测算报告（HTML、PDF 和图表）。

    名录中没有的记录列（已获资助、限制申报等）按“无记录”计算。说明见 docs/simulate.md。"""
    from subsidy.errors import CaseInputError
    from subsidy.rules.case import parse_date
    from subsidy.rules.registry import find_policy
    from subsidy.rules.simulate import parse_budget, parse_sweep, parse_take_up, simulate, simulation_json

    if partitions is not None and scheduler is None:
        raise CaseInputError("--partitions", "分区评估须指定集群", "同时写 --scheduler（调度器地址，或 local 在本机启动）")
    if report is not None and scheduler is not None:
        raise CaseInputError("--report", "测算报告须在本机评估（需要逐户结果）", "去掉 --scheduler，或不写 --report")
    if report is not None and report.exists() and not report.is_dir():
        raise CaseInputError("--report", f"「{report}」已存在且不是目录", "写一个目录（不存在时会创建）")
    rate = parse_take_up(take_up)
    budget_fen = None if budget is None else parse_budget(budget)
    when = dt.date.today() if as_of is None else parse_date(as_of, "--as-of")
    eff = when if effective_from is None else parse_date(effective_from, "--effective-from")
    p = find_policy(draft)
    base = None if baseline is None else find_policy(baseline)
    swept = None if sweep is None else parse_sweep(sweep, p)
    from rich.markup import escape

    what = f"正在评估 {escape(str(population))}（{1 + (base is not None) + len(swept.values if swept else ())} 个政策版本）"
    if scheduler is not None:
        what += f"，在集群 {escape(scheduler[:80])} 上分区评估"
    with err.status(f"{what}……") as status:  # on standard error: --json output stays clean
        def progress(rows: int) -> None:
            status.update(f"{what}：已评估 {rows} 行")

        sim = simulate(population, p, when, take_up=rate, budget_fen=budget_fen, baseline=base, sweep=swept,
                       effective_from=eff, progress=progress, scheduler=scheduler, partitions=partitions,
                       per_row=scheduler is None and partitions is None)
    if report is not None:
        _write_report(report, sim, p, base, swept, population, when, eff)
    fundings = None
    if sim.budget_fen is not None and sim.totals is not None:
        from subsidy.admin.funding import fund

        fundings = fund(sim.totals, sim.budget_fen)
    if as_json:
        doc = simulation_json(sim)
        if doc["budget"] is not None:
            from subsidy.admin.funding import funding_json

            doc["budget"]["selection"] = None if fundings is None else funding_json(fundings)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    labels = {name: f.label for pol in (base, p) if pol is not None for name, f in pol.facts.items()}
    _print(sim, labels, fundings)


def _cost_table(c: Cost, title: str) -> None:
    from subsidy.layout import table
    from subsidy.money import format_fen
    from subsidy.rules.simulate import year_label

    t = table("条款", "名称", "受益企业", "上限", "预期", "待定企业", "待定上限", title=title)
    for x in c.clauses:
        t.add_row(x.cite, x.title, str(x.beneficiaries), format_fen(x.upper_fen, c.unit),
                  format_fen(x.expected_fen, c.unit), str(x.undecided), format_fen(x.undecided_upper_fen, c.unit))
    out.print(t)
    out.print(f"合计：名录 {c.rows} 户，获资助企业 {c.beneficiaries} 户；上限 {format_fen(c.upper_fen, c.unit)}"
              f"（就高、不重复后 {format_fen(c.stacked_fen, c.unit)}），预期 {format_fen(c.expected_fen, c.unit)}；"
              f"尚待定 {c.undecided_rows} 户，其上限 {format_fen(c.undecided_upper_fen, c.unit)}", soft_wrap=True)
    if c.later_upper_fen:
        out.print(f"连续多年、每年核定的条款以后各年（按本年受益企业延续，政策有效期内）：上限 "
                  f"{format_fen(c.later_upper_fen, c.unit)}、预期 {format_fen(c.later_expected_fen, c.unit)}，已计入分年度",
                  soft_wrap=True)
    if c.by_year:
        out.print("分年度（分期拨付的按各期比例计入各年）：" + "；".join(
            f"{year_label(y)} 上限 {format_fen(y.upper_fen, c.unit)}、预期 {format_fen(y.expected_fen, c.unit)}"
            for y in c.by_year), soft_wrap=True)


def _registry_notes(sim: Simulation, labels: dict[str, str]) -> None:
    """What the registry lacked, said once: the facts without a column, the rows left out."""
    from subsidy.rules.simulate import MAX_LISTED

    if sim.missing:
        named = "、".join(f"「{labels.get(n, n)}」" for n in sim.missing)
        out.print(f"名录中没有以下事实的列，按未知计算（由其决定的条款计入待定）：{named}", soft_wrap=True)
    if sim.rows_refused:
        out.print(f"名录中有 {sim.rows_refused} 行含错误，未计入：", soft_wrap=True)
        for p in sim.problems[:MAX_LISTED]:
            out.print(f"  {p}", soft_wrap=True)


def _funding_table(fundings: tuple[Funding, ...], budget_fen: int, unit: str) -> None:
    from subsidy.layout import table
    from subsidy.money import format_fen
    from subsidy.vocabulary import SELECTION_MODES

    t = table("遴选方式", "获支持企业", "支持金额合计", "预算结余", "说明",
              title=f"预算 {format_fen(budget_fen, unit)} 下各遴选方式的支持结果")
    for f in fundings:
        t.add_row(SELECTION_MODES.label(f.mode), str(f.funded), format_fen(f.total_fen, unit),
                  format_fen(f.left_fen, unit), f.note)
    out.print(t)
    out.print("名录中没有评审评分，各受益企业按同分计：按排名择优即按名录顺序支持（放不下的跳过），"
              "按比例核减即各企业按同一比例核减，总评分最优即支持的企业最多。", soft_wrap=True)


def _print(sim: Simulation, labels: dict[str, str], fundings: tuple[Funding, ...] | None = None) -> None:
    from subsidy.layout import table
    from subsidy.money import format_fen
    from subsidy.rules.simulate import budget_use, differences, percent

    d, unit = sim.draft, sim.draft.unit
    _registry_notes(sim, labels)
    _cost_table(d, f"{d.policy_id} 资金测算（申报率 {percent(sim.take_up)}）")
    if sim.budget_fen is not None:
        b = sim.budget_fen
        for name, fen in (("上限", d.upper_fen), ("预期", d.expected_fen)):
            verdict = f"超出预算 {format_fen(fen - b, unit)}" if fen > b else "未超出预算"
            out.print(f"预算 {format_fen(b, unit)}：{name}占 {percent(budget_use(fen, b))}，{verdict}", soft_wrap=True)
        if fundings is not None:
            _funding_table(fundings, b, unit)
        else:
            out.print("分区评估不保留逐户结果，未测算各遴选方式的支持结果（单机运行可得）", soft_wrap=True)
    if sim.baseline is not None:
        _cost_table(sim.baseline, f"对照政策 {sim.baseline.policy_id}")
        rows = {r.clause_id: r for r in sim.rows or ()}
        t = table("条款", "受益企业增减", "上限增减", "增加的企业", "减少的企业", title="草案与对照政策之差（草案 − 对照）")
        for cid, n, fen in differences(d, sim.baseline):
            r = rows.get(cid)
            t.add_row(cid, f"{n:+d}", ("+" if fen > 0 else "") + format_fen(fen, unit),
                      "—" if r is None or r.winners is None else str(r.winners),
                      "—" if r is None or r.losers is None else str(r.losers))
        out.print(t)
    _distributions(sim)
    if sim.sweep is not None:
        cid = sim.sweep.clause_id
        t = table("上限取值", "受益企业", "本条款上限合计", "政策上限合计", "预期", title=f"条款 {cid} 上限测算")
        for p in sim.points:
            x = next(c for c in p.cost.clauses if c.clause_id == cid)
            t.add_row(format_fen(p.cap_fen, unit), str(x.beneficiaries), format_fen(x.upper_fen, unit),
                      format_fen(p.cost.upper_fen, unit), format_fen(p.cost.expected_fen, unit))
        out.print(t)


def _write_report(directory: Path, sim: Simulation, p: m.Policy, base: m.Policy | None, swept: Sweep | None,
                  population: Path, when: dt.date, eff: dt.date) -> None:
    from subsidy.web.simulate_report import ReportContext, write_report

    label, current = None, None
    if swept is not None:
        clause = p.clause(swept.clause_id)
        cap = next(c for c in clause.caps if c.id == swept.cap_id)
        label = f"{clause.cite} {cap.label or cap.scope_label()}"
        current = int(cap.limit.at(when)) if cap.limit is not None else None
    ctx = ReportContext(p, population.name, when, eff, (), label, current,
                        "" if base is None else f"{base.short_title}（{base.id}）")
    written = write_report(directory, sim, ctx)
    err.print(f"测算报告已写入 {directory}：" + "、".join(str(w.relative_to(directory)) for w in written[:2])
              + f" 和 {len(written) - 2} 个图表文件", soft_wrap=True)


def _distributions(sim: Simulation) -> None:
    from subsidy.layout import table
    from subsidy.money import format_fen

    unit = sim.draft.unit
    for d in sim.distributions:
        t = table(d.label, "名录户数", "获资助企业", "上限", "预期", "就高、不重复后", title=f"按{d.label}")
        for g in d.groups:
            t.add_row(g.key, str(g.rows), str(g.beneficiaries), format_fen(g.upper_fen, unit),
                      format_fen(g.expected_fen, unit), format_fen(g.stacked_fen, unit))
        out.print(t)
    if sim.band_changes:
        cites = {c.clause_id: c.cite for c in sim.draft.clauses}
        t = table("企业规模", "条款", "增加的企业", "减少的企业", title="与对照政策比较：按企业规模的增减")
        for b in sim.band_changes:
            if b.clause_id is None or b.winners or b.losers:
                t.add_row(b.band, "合计（就高、不重复后）" if b.clause_id is None else cites.get(b.clause_id, b.clause_id),
                          str(b.winners), str(b.losers))
        out.print(t)
