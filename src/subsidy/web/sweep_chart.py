"""The sweep chart, drawn once as shapes (web/simulate_charts.py): SVG on the drafter page and in the
simulation report, PNG in the report's PDF and charts.

x: the swept cap; left axis: the policy's upper bound and the swept clause's (money, the policy's unit);
right axis: the clause's beneficiaries. Each point is a ``<g class="point">`` with its figures as
``data-*`` attributes and as the title; the cap the draft has now is a dashed vertical line
(``class="current"``).
"""

from __future__ import annotations

from subsidy.money import format_fen
from subsidy.rules.simulate import Simulation
from subsidy.web.chart import _nice_ticks
from subsidy.web.simulate_charts import FRAME, GRID, WIDTH, Dot, Figure, Group

__all__ = ["sweep_figure"]

HEIGHT, LEGEND = 400, 30
LEFT, RIGHT, TOP, BOTTOM = 104, 72, 20, 56
COST, CLAUSE, PEOPLE = "#0b57d0", "#1a7f37", "#9a6700"


def sweep_figure(sim: Simulation, label: str, current_fen: int | None) -> Figure:
    """The sweep of ``sim`` (which has one); ``label`` names the swept cap, ``current_fen`` the draft's value."""
    assert sim.sweep is not None
    unit, cid = sim.draft.unit, sim.sweep.clause_id
    xs = [p.cap_fen for p in sim.points]
    cost = [p.cost.upper_fen for p in sim.points]
    clause = [next(c for c in p.cost.clauses if c.clause_id == cid) for p in sim.points]
    lo, hi = min(xs), max(xs)
    top = max([*cost, 1])
    top += top // 20
    people_top = max([c.beneficiaries for c in clause] + [1])
    people_top += max(1, people_top // 10)
    fig = Figure(WIDTH, HEIGHT + LEGEND, f"{label}取值与资金需求、受益企业数的关系")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(fen: int) -> float:
        return LEFT + plot_w * (fen - lo) / max(1, hi - lo)

    def sy(fen: int) -> float:
        return TOP + plot_h * (1 - fen / top)

    def sp(n: int) -> float:
        return TOP + plot_h * (1 - n / people_top)

    fig.rect(LEFT, TOP, plot_w, plot_h, "#ffffff", FRAME)
    for t in _nice_ticks(0, top):
        fig.line(LEFT, sy(t), LEFT + plot_w, sy(t), GRID)
        fig.text(LEFT - 6, sy(t) + 4, format_fen(t, unit), 12, "end")
    for n in range(0, people_top + 1, max(1, people_top // 5)):
        fig.text(LEFT + plot_w + 6, sp(n) + 4, f"{n}户", 12, colour=PEOPLE)
    for x in xs:
        fig.text(sx(x), TOP + plot_h + 18, format_fen(x, unit), 12, "middle")
    fig.text(LEFT + plot_w / 2, HEIGHT - 12, label, 13, "middle")
    if current_fen is not None and lo <= current_fen <= hi:
        fig.line(sx(current_fen), TOP, sx(current_fen), TOP + plot_h, "#b4232a", 1, dash=True, cls="current",
                 title="草案现行取值")
    fig.poly([(sx(x), sy(v)) for x, v in zip(xs, cost, strict=True)], COST, 3, cls="series cost")
    fig.poly([(sx(x), sy(c.upper_fen)) for x, c in zip(xs, clause, strict=True)], CLAUSE, 2, cls="series clause")
    fig.poly([(sx(x), sp(c.beneficiaries)) for x, c in zip(xs, clause, strict=True)], PEOPLE, 2, dash=True,
             cls="series beneficiaries")
    for p, c in zip(sim.points, clause, strict=True):
        tip = (f"上限 {format_fen(p.cap_fen, unit)}：政策上限合计 {format_fen(p.cost.upper_fen, unit)}，"
               f"本条款 {format_fen(c.upper_fen, unit)}，受益企业 {c.beneficiaries} 户")
        fig.shapes.append(Group((Dot(sx(p.cap_fen), sy(p.cost.upper_fen), 4, COST),
                                 Dot(sx(p.cap_fen), sp(c.beneficiaries), 3, PEOPLE)), "point",
                                (("cap", str(p.cap_fen)), ("cost", str(p.cost.upper_fen)),
                                 ("beneficiaries", str(c.beneficiaries))), tip))
    lx = LEFT
    for name, colour in (("政策上限合计（左轴）", COST), ("本条款上限合计（左轴）", CLAUSE), ("本条款受益企业（右轴）", PEOPLE)):
        fig.rect(lx, HEIGHT + 8, 12, 12, colour)
        fig.text(lx + 16, HEIGHT + 19, name, 12)
        lx += 16 + 13 * len(name) + 24
    return fig
