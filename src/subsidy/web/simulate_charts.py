"""The simulation report's charts, each drawn once as shapes and rendered as SVG and as PNG (Pillow).

A chart is a :class:`Figure` (a list of rectangles, lines, polylines, circles and texts in pixel
coordinates); :func:`to_svg` and :func:`to_png` render the same shapes, so the two files show the same
figures. Bar charts (:func:`bar_figure`: the cost by year, by size band, by industry …) have one row per
category and one bar per series; :func:`sweep_figure` is the drafter page's sweep chart
(web/sweep_chart.py: the same axes, series and colours) for the PNG. Text in PNG uses the CJK font of
the PDFs (web/calc_export.py's :func:`cjk_font`).
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from subsidy.money import format_fen
from subsidy.rules.simulate import Simulation
from subsidy.web.chart import _nice_ticks
from subsidy.web.sweep_chart import BOTTOM, CLAUSE, COST, HEIGHT, LEFT, PEOPLE, RIGHT, TOP, WIDTH

__all__ = ["Figure", "bar_figure", "sweep_figure", "to_png", "to_svg"]

UPPER, EXPECTED = "#0b57d0", "#9a6700"
GRID, FRAME, INK = "#eaeef2", "#d0d7de", "#1f2328"
PNG_SCALE = 2  # pixels per SVG unit in the PNG


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]  # two for a line, more for a polyline
    colour: str
    width: float = 1
    dash: bool = False


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    colour: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: int = 12
    anchor: str = "start"  # start / middle / end
    colour: str = INK


Shape = Rect | Line | Dot | Text


@dataclass
class Figure:
    width: int
    height: int
    label: str
    shapes: list[Shape] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, fill: str, stroke: str | None = None) -> None:
        self.shapes.append(Rect(x, y, w, h, fill, stroke))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1, dash: bool = False) -> None:
        self.shapes.append(Line(((x1, y1), (x2, y2)), colour, width, dash))

    def poly(self, points: list[tuple[float, float]], colour: str, width: float, dash: bool = False) -> None:
        self.shapes.append(Line(tuple(points), colour, width, dash))

    def dot(self, x: float, y: float, r: float, colour: str) -> None:
        self.shapes.append(Dot(x, y, r, colour))

    def text(self, x: float, y: float, text: str, size: int = 12, anchor: str = "start", colour: str = INK) -> None:
        self.shapes.append(Text(x, y, text, size, anchor, colour))


def bar_figure(title: str, unit: str, categories: list[str], series: list[tuple[str, str, list[int]]]) -> Figure:
    """One row per category, one horizontal bar per series (name, colour, 分 per category), the value
    written at each bar's end; a legend under the title."""
    row_h = 14 * len(series) + 12
    left, right, top = 190, 150, 56
    height = top + row_h * max(1, len(categories)) + 34
    fig = Figure(WIDTH, height, title)
    plot_w = WIDTH - left - right
    most = max([v for _, _, vs in series for v in vs] + [1])
    most += most // 20

    def sx(fen: int) -> float:
        return left + plot_w * fen / most

    fig.text(WIDTH / 2, 20, title, 15, "middle")
    lx = left
    for name, colour, _ in series:
        fig.rect(lx, 30, 12, 12, colour)
        fig.text(lx + 16, 41, name, 12)
        lx += 16 + 14 * len(name) + 24
    bottom = top + row_h * max(1, len(categories))
    fig.rect(left, top, plot_w, bottom - top, "#ffffff", FRAME)
    for t in _nice_ticks(0, most):
        fig.line(sx(t), top, sx(t), bottom, GRID)
        fig.text(sx(t), bottom + 16, format_fen(t, unit), 11, "middle")
    for i, cat in enumerate(categories):
        y0 = top + i * row_h + 6
        fig.text(left - 8, y0 + row_h / 2, cat if len(cat) <= 13 else cat[:12] + "…", 12, "end")
        for j, (_, colour, values) in enumerate(series):
            y = y0 + j * 14
            fig.rect(left, y, max(0.0, sx(values[i]) - left), 11, colour)
            fig.text(sx(values[i]) + 4, y + 10, format_fen(values[i], unit), 11)
    return fig


def sweep_figure(sim: Simulation, label: str, current_fen: int | None) -> Figure:
    """web/sweep_chart.py's chart (the policy's and the clause's upper bound, the clause's beneficiaries
    against the swept cap) as shapes."""
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
    legend = 30
    fig = Figure(WIDTH, HEIGHT + legend, label)
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
        fig.line(sx(current_fen), TOP, sx(current_fen), TOP + plot_h, "#b4232a", 1, dash=True)
    fig.poly([(sx(x), sy(v)) for x, v in zip(xs, cost, strict=True)], COST, 3)
    fig.poly([(sx(x), sy(c.upper_fen)) for x, c in zip(xs, clause, strict=True)], CLAUSE, 2)
    fig.poly([(sx(x), sp(c.beneficiaries)) for x, c in zip(xs, clause, strict=True)], PEOPLE, 2, dash=True)
    for x, v, c in zip(xs, cost, clause, strict=True):
        fig.dot(sx(x), sy(v), 4, COST)
        fig.dot(sx(x), sp(c.beneficiaries), 3, PEOPLE)
    lx = LEFT
    for name, colour in (("政策上限合计（左轴）", COST), ("本条款上限合计（左轴）", CLAUSE), ("本条款受益企业（右轴）", PEOPLE)):
        fig.rect(lx, HEIGHT + 8, 12, 12, colour)
        fig.text(lx + 16, HEIGHT + 19, name, 12)
        lx += 16 + 13 * len(name) + 24
    return fig


def _n(v: float) -> str:
    return f"{v:.1f}".removesuffix(".0")


def to_svg(fig: Figure) -> Markup:
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fig.width} {fig.height}" width="{fig.width}" '
             f'height="{fig.height}" role="img" aria-label="{escape(fig.label)}" font-family="sans-serif">']
    for sh in fig.shapes:
        if isinstance(sh, Rect):
            stroke = f' stroke="{sh.stroke}"' if sh.stroke else ""
            parts.append(f'<rect x="{_n(sh.x)}" y="{_n(sh.y)}" width="{_n(sh.w)}" height="{_n(sh.h)}" '
                         f'fill="{sh.fill}"{stroke}/>')
        elif isinstance(sh, Line):
            pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in sh.points)
            dash = (' stroke-dasharray="4 4"' if len(sh.points) == 2 else ' stroke-dasharray="6 3"') if sh.dash else ""
            parts.append(f'<polyline fill="none" stroke="{sh.colour}" stroke-width="{_n(sh.width)}"{dash} points="{pts}"/>')
        elif isinstance(sh, Dot):
            parts.append(f'<circle cx="{_n(sh.x)}" cy="{_n(sh.y)}" r="{_n(sh.r)}" fill="{sh.colour}"/>')
        else:
            parts.append(f'<text x="{_n(sh.x)}" y="{_n(sh.y)}" font-size="{sh.size}" fill="{sh.colour}" '
                         f'text-anchor="{sh.anchor}">{escape(sh.text)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def to_png(fig: Figure) -> bytes:
    """The figure as a PNG (×:data:`PNG_SCALE`); the same bytes for the same figure."""
    from PIL import Image, ImageDraw, ImageFont

    from subsidy.web.calc_export import cjk_font

    k = PNG_SCALE
    img = Image.new("RGB", (fig.width * k, fig.height * k), "#ffffff")
    draw = ImageDraw.Draw(img)
    fonts: dict[int, ImageFont.FreeTypeFont] = {}
    path = str(cjk_font())

    def font(size: int) -> ImageFont.FreeTypeFont:
        if size not in fonts:
            fonts[size] = ImageFont.truetype(path, size * k)
        return fonts[size]

    def dashed(points: list[tuple[float, float]], colour: str, width: int, on: float, off: float) -> None:
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
            t = 0.0
            while t < length:
                u = min(length, t + on)
                draw.line([(x1 + (x2 - x1) * t / length, y1 + (y2 - y1) * t / length),
                           (x1 + (x2 - x1) * u / length, y1 + (y2 - y1) * u / length)], fill=colour, width=width)
                t = u + off

    for sh in fig.shapes:
        if isinstance(sh, Rect):
            draw.rectangle([sh.x * k, sh.y * k, (sh.x + max(sh.w, 0)) * k, (sh.y + max(sh.h, 0)) * k], fill=sh.fill,
                           outline=sh.stroke, width=k if sh.stroke else 0)
        elif isinstance(sh, Line):
            pts = [(x * k, y * k) for x, y in sh.points]
            width = max(1, round(sh.width * k))
            if sh.dash:
                dashed(pts, sh.colour, width, (4.0 if len(pts) == 2 else 6.0) * k, (4.0 if len(pts) == 2 else 3.0) * k)
            else:
                draw.line(pts, fill=sh.colour, width=width, joint="curve")
        elif isinstance(sh, Dot):
            draw.ellipse([(sh.x - sh.r) * k, (sh.y - sh.r) * k, (sh.x + sh.r) * k, (sh.y + sh.r) * k], fill=sh.colour)
        else:
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[sh.anchor]
            draw.text((sh.x * k, sh.y * k), sh.text, fill=sh.colour, font=font(sh.size), anchor=anchor)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
