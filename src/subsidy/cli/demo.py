"""``subsidy demo``: the main job, shown on the shipped examples."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from subsidy.cli.app import app, out
from subsidy.money import format_fen
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def assess_examples() -> None:
    """Assess every shipped example case and print, per policy, what the applicant may get."""
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = load_case_file(path)
        policy = find_policy(str(data["policy"]))
        case = parse_case(data, policy, name=path.stem)
        result = assess(policy, case)
        t = Table(title=f"{case.name}（{policy.short_title}）")
        for col in ("条款", "名称", "结论", "最高可获", "就高/差额后", "收款方"):
            t.add_column(col)
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
                  + "".join(f"\n  · {s.text}" for s in result.steps))


@app.command("demo")
def demo_cmd() -> None:
    """演示：评估示例申报单位在三项政策下可获得的支持。"""
    assess_examples()
