"""The what-if chart as SVG, drawn on the server (no JS library, nothing from a CDN).

The x axis is the money fact, the y axis the ceilings (each clause whose ceiling changes over the
range) and the stacked total; every breakpoint is a dashed vertical line with a marker
(``class="breakpoint"``, its Chinese description as the marker's title).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from subsidy.money import format_fen
from subsidy.rules import model as m
from subsidy.rules.whatif import WhatIf

__all__ = ["whatif_svg"]

WIDTH, HEIGHT = 880, 440
LEFT, RIGHT, TOP, BOTTOM = 96, 24, 20, 56
PALETTE = ("#0b57d0", "#1a7f37", "#9a6700", "#8250df", "#cf222e", "#1b7c83", "#bc4c00", "#57606a")
TICKS = 5


def _nice_ticks(lo: int, hi: int) -> list[int]:
    """About TICKS round values in [lo, hi] (in 分)."""
    span = max(1, hi - lo)
    raw = span // TICKS or 1
    step = 1
    while step * 10 <= raw:
        step *= 10
    for mult in (1, 2, 5, 10):
        if step * mult >= raw:
            step *= mult
            break
    first = -(-lo // step) * step
    return list(range(first, hi + 1, step))


def whatif_svg(policy: m.Policy, w: WhatIf) -> Markup:
    unit_y = policy.amount_unit
    clauses = [cid for cid in w.clause_cites if len({p.ceilings[cid] for p in w.points}) > 1]
    top = max([p.total for p in w.points] + [p.ceilings[c] for p in w.points for c in clauses] + [1])
    top = top + top // 20
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(fen: int) -> float:
        return LEFT + plot_w * (fen - w.lo) / max(1, w.hi - w.lo)

    def sy(fen: int) -> float:
        return TOP + plot_h * (1 - fen / top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="whatif-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-label="{escape(w.label)}与最高可获支持额的关系">',
             f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#fff" stroke="#d0d7de"/>']
    for t in _nice_ticks(0, top):
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{sy(t):.1f}" y2="{sy(t):.1f}" stroke="#eaeef2"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{sy(t) + 4:.1f}" text-anchor="end" font-size="12">'
                     f'{escape(format_fen(t, unit_y))}</text>')
    for t in _nice_ticks(w.lo, w.hi):
        parts.append(f'<text x="{sx(t):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle" font-size="12">'
                     f'{escape(format_fen(t, w.unit))}</text>')
    parts.append(f'<text x="{LEFT + plot_w / 2:.0f}" y="{HEIGHT - 12}" text-anchor="middle" font-size="13">'
                 f'{escape(w.label)}</text>')
    for bp in w.breakpoints:
        x = sx(bp.fen)
        parts.append(f'<line class="breakpoint-line" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + plot_h}" '
                     'stroke="#b4232a" stroke-dasharray="4 4"/>')
    for i, cid in enumerate(clauses):
        pts = " ".join(f"{sx(p.fen):.1f},{sy(p.ceilings[cid]):.1f}" for p in w.points)
        parts.append(f'<polyline class="series" data-clause="{escape(cid)}" fill="none" stroke-width="2" '
                     f'stroke="{PALETTE[i % len(PALETTE)]}" points="{pts}"/>')
    pts = " ".join(f"{sx(p.fen):.1f},{sy(p.total):.1f}" for p in w.points)
    parts.append(f'<polyline class="series total" fill="none" stroke="#1f2328" stroke-width="3" '
                 f'stroke-dasharray="8 3" points="{pts}"/>')
    by_fen = {p.fen: p for p in w.points}
    for n, bp in enumerate(w.breakpoints, start=1):
        p = by_fen.get(bp.fen)
        y = p.ceilings[bp.clause] if p is not None and bp.clause in clauses else (p.total if p else 0)
        parts.append(f'<g class="breakpoint" data-fen="{bp.fen}" data-kind="{bp.kind}">'
                     f'<circle cx="{sx(bp.fen):.1f}" cy="{sy(y):.1f}" r="5" fill="#b4232a"/>'
                     f'<text x="{sx(bp.fen) + 6:.1f}" y="{max(TOP + 12, sy(y) - 8):.1f}" font-size="12" '
                     f'fill="#b4232a">{n}</text><title>{escape(bp.text)}</title></g>')
    parts.append("</svg>")
    legend = ['<ul class="chart-legend">',
              '<li><span class="swatch" style="border-color:#1f2328;border-top-style:dashed"></span>合计（就高、差额后）</li>']
    for i, cid in enumerate(clauses):
        legend.append(f'<li><span class="swatch" style="border-color:{PALETTE[i % len(PALETTE)]}"></span>'
                      f'{escape(w.clause_cites[cid])}最高可获</li>')
    legend.append("</ul>")
    return Markup("".join(parts) + "".join(legend))
