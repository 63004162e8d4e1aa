"""The drafter's sweep chart as SVG, drawn on the server like web/chart.py (no JS library, no CDN).

x: the swept cap; left axis: the policy's upper bound and the swept clause's (money, the policy's unit);
right axis: the clause's beneficiaries. Each point is a circle with its figures as the title; the cap
the draft has now is a dashed vertical line (``class="current"``).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from subsidy.money import format_fen
from subsidy.rules.simulate import Simulation
from subsidy.web.chart import _nice_ticks

__all__ = ["sweep_svg"]

WIDTH, HEIGHT = 880, 400
LEFT, RIGHT, TOP, BOTTOM = 104, 72, 20, 56
COST, CLAUSE, PEOPLE = "#0b57d0", "#1a7f37", "#9a6700"


def sweep_svg(sim: Simulation, label: str, current_fen: int | None) -> Markup:
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
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(fen: int) -> float:
        return LEFT + plot_w * (fen - lo) / max(1, hi - lo)

    def sy(fen: int) -> float:
        return TOP + plot_h * (1 - fen / top)

    def sp(n: int) -> float:
        return TOP + plot_h * (1 - n / people_top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="sweep-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-label="{escape(label)}取值与资金需求、受益企业数的关系">',
             f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#fff" stroke="#d0d7de"/>']
    for t in _nice_ticks(0, top):
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{sy(t):.1f}" y2="{sy(t):.1f}" stroke="#eaeef2"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{sy(t) + 4:.1f}" text-anchor="end" font-size="12">'
                     f'{escape(format_fen(t, unit))}</text>')
    for n in range(0, people_top + 1, max(1, people_top // 5)):
        parts.append(f'<text x="{LEFT + plot_w + 6}" y="{sp(n) + 4:.1f}" font-size="12" fill="{PEOPLE}">{n}户</text>')
    for x in xs:
        parts.append(f'<text x="{sx(x):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle" font-size="12">'
                     f'{escape(format_fen(x, unit))}</text>')
    parts.append(f'<text x="{LEFT + plot_w / 2:.0f}" y="{HEIGHT - 12}" text-anchor="middle" font-size="13">'
                 f'{escape(label)}</text>')
    if current_fen is not None and lo <= current_fen <= hi:
        cx = sx(current_fen)
        parts.append(f'<line class="current" x1="{cx:.1f}" x2="{cx:.1f}" y1="{TOP}" y2="{TOP + plot_h}" '
                     'stroke="#b4232a" stroke-dasharray="4 4"><title>草案现行取值</title></line>')
    series = (("cost", COST, [sy(v) for v in cost], "3"), ("clause", CLAUSE, [sy(c.upper_fen) for c in clause], "2"),
              ("beneficiaries", PEOPLE, [sp(c.beneficiaries) for c in clause], "2"))
    for name, colour, ys, width in series:
        pts = " ".join(f"{sx(x):.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
        dash = ' stroke-dasharray="6 3"' if name == "beneficiaries" else ""
        parts.append(f'<polyline class="series {name}" fill="none" stroke="{colour}" stroke-width="{width}"{dash} '
                     f'points="{pts}"/>')
    for p, c in zip(sim.points, clause, strict=True):
        tip = (f"上限 {format_fen(p.cap_fen, unit)}：政策上限合计 {format_fen(p.cost.upper_fen, unit)}，"
               f"本条款 {format_fen(c.upper_fen, unit)}，受益企业 {c.beneficiaries} 户")
        parts.append(f'<g class="point" data-cap="{p.cap_fen}" data-cost="{p.cost.upper_fen}" '
                     f'data-beneficiaries="{c.beneficiaries}">'
                     f'<circle cx="{sx(p.cap_fen):.1f}" cy="{sy(p.cost.upper_fen):.1f}" r="4" fill="{COST}"/>'
                     f'<circle cx="{sx(p.cap_fen):.1f}" cy="{sp(c.beneficiaries):.1f}" r="3" fill="{PEOPLE}"/>'
                     f'<title>{escape(tip)}</title></g>')
    parts.append("</svg>")
    legend = (f'<ul class="chart-legend"><li><span class="swatch" style="border-color:{COST}"></span>政策上限合计（左轴）</li>'
              f'<li><span class="swatch" style="border-color:{CLAUSE}"></span>本条款上限合计（左轴）</li>'
              f'<li><span class="swatch" style="border-color:{PEOPLE};border-top-style:dashed"></span>'
              f'本条款受益企业（右轴）</li></ul>')
    return Markup("".join(parts) + legend)
