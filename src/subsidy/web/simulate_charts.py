"""The simulation report's charts, each drawn once as shapes and rendered as SVG and as PNG (Pillow).

A chart is a :class:`Figure` (a list of rectangles, lines, polylines, circles and texts in pixel
coordinates); :func:`to_svg` and :func:`to_png` render the same shapes, so the two files show the same
figures. Bar charts (:func:`bar_figure`: the cost by year, by size band, by industry …) have one row per
category and one bar per series; the sweep chart (web/sweep_chart.py) is a figure too, shown on the
drafter page as SVG. A :class:`Group` (a point, a marker) is one ``<g>`` in SVG with a class, ``data-*``
attributes and a title (the tooltip); a shape's ``cls`` and ``title`` likewise; PNG draws just the
shapes. Text in PNG uses the CJK font of the PDFs (web/calc_export.py's :func:`cjk_font`).
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from subsidy.money import format_fen
from subsidy.web.chart import _nice_ticks

__all__ = ["Figure", "bar_figure", "to_png", "to_svg"]

WIDTH = 880
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
    cls: str = ""  # SVG: the element's class
    title: str = ""  # SVG: its tooltip


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


@dataclass(frozen=True)
class Group:
    shapes: tuple[Rect | Line | Dot | Text, ...]
    cls: str
    data: tuple[tuple[str, str], ...] = ()  # SVG: data-NAME="VALUE"
    title: str = ""


Shape = Rect | Line | Dot | Text | Group


@dataclass
class Figure:
    width: int
    height: int
    label: str
    shapes: list[Shape] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, fill: str, stroke: str | None = None) -> None:
        self.shapes.append(Rect(x, y, w, h, fill, stroke))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1, dash: bool = False,
             cls: str = "", title: str = "") -> None:
        self.shapes.append(Line(((x1, y1), (x2, y2)), colour, width, dash, cls, title))

    def poly(self, points: list[tuple[float, float]], colour: str, width: float, dash: bool = False,
             cls: str = "") -> None:
        self.shapes.append(Line(tuple(points), colour, width, dash, cls))

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


def _n(v: float) -> str:
    return f"{v:.1f}".removesuffix(".0")


def _svg(sh: Shape) -> str:
    if isinstance(sh, Group):
        data = "".join(f' data-{k}="{escape(v)}"' for k, v in sh.data)
        title = f"<title>{escape(sh.title)}</title>" if sh.title else ""
        return f'<g class="{sh.cls}"{data}>' + "".join(_svg(s) for s in sh.shapes) + f"{title}</g>"
    if isinstance(sh, Rect):
        stroke = f' stroke="{sh.stroke}"' if sh.stroke else ""
        return (f'<rect x="{_n(sh.x)}" y="{_n(sh.y)}" width="{_n(sh.w)}" height="{_n(sh.h)}" '
                f'fill="{sh.fill}"{stroke}/>')
    if isinstance(sh, Line):
        dash = (' stroke-dasharray="4 4"' if len(sh.points) == 2 else ' stroke-dasharray="6 3"') if sh.dash else ""
        cls = f' class="{sh.cls}"' if sh.cls else ""
        paint = f'stroke="{sh.colour}" stroke-width="{_n(sh.width)}"{dash}'
        if len(sh.points) == 2:
            (x1, y1), (x2, y2) = sh.points
            tag, where = "line", f'x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"'
        else:
            tag, where = "polyline", f'fill="none" points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in sh.points)}"'
        head = f"<{tag}{cls} {where} {paint}"
        return f"{head}><title>{escape(sh.title)}</title></{tag}>" if sh.title else f"{head}/>"
    if isinstance(sh, Dot):
        return f'<circle cx="{_n(sh.x)}" cy="{_n(sh.y)}" r="{_n(sh.r)}" fill="{sh.colour}"/>'
    return (f'<text x="{_n(sh.x)}" y="{_n(sh.y)}" font-size="{sh.size}" fill="{sh.colour}" '
            f'text-anchor="{sh.anchor}">{escape(sh.text)}</text>')


def to_svg(fig: Figure) -> Markup:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fig.width} {fig.height}" width="{fig.width}" '
            f'height="{fig.height}" role="img" aria-label="{escape(fig.label)}" font-family="sans-serif">')
    return Markup(head + "".join(_svg(sh) for sh in fig.shapes) + "</svg>")


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

    for sh in (s for g in fig.shapes for s in (g.shapes if isinstance(g, Group) else (g,))):
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
