"""``subsidy demo``: the main job — a year of both seed policies' funds on a fresh database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from subsidy.cli.app import app, out
from subsidy.errors import SubsidyError
from subsidy.layout import table
from subsidy.money import format_fen
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, migrate

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def assess_examples() -> None:
    """Assess every shipped example case and print, per policy, what the applicant may get."""
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = load_case_file(path)
        policy = find_policy(str(data["policy"]))
        case = parse_case(data, policy, name=path.stem)
        result = assess(policy, case)
        t = table("条款", "名称", "结论", "最高可获", "就高/差额后", "收款方", title=f"{case.name}（{policy.short_title}）")
        for r in result.clauses:
            if r.eligible is False:
                continue
            verdict = "符合" if r.eligible else f"待补充 {len(r.missing)} 项信息"
            t.add_row(r.clause.cite, r.clause.title, verdict,
                      "—" if r.ceiling_fen is None else format_fen(r.ceiling_fen, policy.amount_unit),
                      "" if r.granted_fen is None else format_fen(r.granted_fen, policy.amount_unit),
                      r.clause.payee_label)
        out.print(t)
        out.print(f"合计最高可获：[bold]{format_fen(result.total_fen, policy.amount_unit)}[/bold]"
                  + escape("".join(f"\n  · {s.text}" for s in result.steps)), markup=True)


@app.command("demo")
def demo_cmd(
    examples: Annotated[bool, typer.Option("--examples", help="只评估 examples/ 中的示例案例（不使用数据库）")] = False,
) -> None:
    """演示：在全新的数据库上运行两项政策的一个年度：申报、审查、评审、遴选、公示、核定、拨付、违规处理。"""
    if examples:
        assess_examples()
        return
    settings = load_settings()
    if settings.is_sqlite and not settings.database_url.startswith("sqlite:///:memory:"):
        path = Path(settings.database_url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    elif not settings.is_sqlite:
        raise SubsidyError("演示会清空数据库，只在 SQLite 上运行：请把 SUBSIDY_DATABASE_URL 设为 sqlite:///文件")
    engine = make_engine(settings)
    migrate(engine)
    from subsidy.demo.cycle import make_demo_database, run_demo
    from subsidy.services.passwords import DEMO_PASSWORD

    make_demo_database(engine)
    try:
        run_demo(engine, settings, out)
    finally:
        engine.dispose()
    out.print(f"\n演示账号（如 admin、officer、finance、auditor）的密码均为 {DEMO_PASSWORD}：只在演示数据库中有效，"
              "正式数据库拒绝这个密码")
    out.print(f"\n演示数据库（业务日期不受实际日期约束）：{settings.database_url}（可用 `subsidy call results 1 --as officer` 等命令继续查看）")
