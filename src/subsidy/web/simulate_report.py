"""The simulation as a Chinese report a drafter attaches to the 起草说明: HTML, PDF and the charts (PNG, SVG).

Every figure is one of :func:`subsidy.rules.simulate.simulation_json`'s, formatted by the one money
format: in the HTML each money or count cell carries the path of its figure in that document
(``data-json="draft/clauses/0/upper"``) and, for money, the figure in 元 (``data-yuan``), so a test
checks the two are the same. The report states no date but the evaluation's (the same simulation gives
the same bytes: the PDF's creation date is the evaluation date). ``subsidy simulate … --report DIR``
and the drafter page's downloads (``/drafter/report.html``, ``report.pdf``, ``report-charts.zip``) write
the same files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from subsidy.money import format_fen
from subsidy.rules import model as m
from subsidy.rules.report import yuan
from subsidy.rules.simulate import UNFILLED, Simulation, differences, percent, simulation_json, year_label
from subsidy.web.simulate_charts import EXPECTED, UPPER, Figure, bar_figure, to_png, to_svg
from subsidy.web.sweep_chart import sweep_figure

__all__ = ["ReportContext", "charts", "report_files", "report_html", "report_pdf", "report_zip", "write_report"]

CHART_ROWS = 12  # categories drawn in a distribution chart (the table lists every one)


@dataclass(frozen=True)
class ReportContext:
    """What the report says about how it was computed (besides the simulation's own figures)."""

    policy: m.Policy  # the draft as costed (its caps and rates as edited)
    registry: str  # the registry, as people call it
    as_of: dt.date
    effective_from: dt.date | None
    edits: tuple[tuple[str, str], ...] = ()  # (what, value) of each figure changed from the policy's
    swept_label: str | None = None  # the swept cap, as people call it
    swept_current_fen: int | None = None  # the draft's value of it
    baseline_label: str = ""  # the policy the draft is compared with


# ---- the charts -----------------------------------------------------------------------------------


def charts(sim: Simulation, ctx: ReportContext) -> list[tuple[str, str, Figure]]:
    """(file stem, caption, figure) of each chart of the report, in order."""
    unit, d = sim.draft.unit, sim.draft
    out: list[tuple[str, str, Figure]] = []
    years = [f"{y.year}年" for y in d.by_year]
    out.append(("by-year", "分年度资金需求", bar_figure("分年度资金需求", unit, years, [
        ("上限", UPPER, [y.upper_fen for y in d.by_year]), ("预期", EXPECTED, [y.expected_fen for y in d.by_year])])))
    out.append(("by-clause", "分条款资金需求", bar_figure("分条款资金需求（评估当年）", unit, [c.cite for c in d.clauses], [
        ("上限", UPPER, [c.upper_fen for c in d.clauses]), ("预期", EXPECTED, [c.expected_fen for c in d.clauses])])))
    for dist in sim.distributions:
        if dist.by == "district" and len(dist.groups) < 2:
            continue  # one district: the totals say it
        groups = [g for g in dist.groups if g.upper_fen or dist.by == "size_class"][:CHART_ROWS]
        if not groups:
            continue
        title = f"按{dist.label}的资金需求" + ("" if len(groups) == len(dist.groups) else f"（上限最高的 {len(groups)} 个）")
        out.append((f"by-{dist.by.replace('_', '-')}", title, bar_figure(title, unit, [g.key for g in groups], [
            ("上限", UPPER, [g.upper_fen for g in groups]), ("预期", EXPECTED, [g.expected_fen for g in groups])])))
    if sim.sweep is not None and ctx.swept_label:
        out.append(("sweep", f"上限测算：{ctx.swept_label}",
                    sweep_figure(sim, f"{ctx.swept_label}（上限取值）", ctx.swept_current_fen)))
    return out


# ---- HTML -----------------------------------------------------------------------------------------


def _money(fen: int, unit: str, path: str) -> Markup:
    return Markup(f'<td class="num" data-json="{escape(path)}" data-yuan="{yuan(fen)}">{escape(format_fen(fen, unit))}</td>')


def _count(n: int, path: str) -> Markup:
    return Markup(f'<td class="num" data-json="{escape(path)}">{n}</td>')


def _td(text: object) -> Markup:
    return Markup(f"<td>{escape(str(text))}</td>")


def _table(headers: tuple[str, ...], rows: list[list[Markup]], cls: str) -> Markup:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return Markup(f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def _conditions(sim: Simulation, ctx: ReportContext) -> list[tuple[str, str]]:
    p, unit = ctx.policy, sim.draft.unit
    rows = [("政策", f"{p.title}（{p.id}，版本 {p.version[:12]}）"), ("企业名录", f"{ctx.registry}，{sim.draft.rows} 户"),
            ("评估日期", ctx.as_of.isoformat())]
    if p.effective_from is None and ctx.effective_from is not None:
        rows.append(("施行日期（假定）", ctx.effective_from.isoformat()))
    rows.append(("申报率", percent(sim.take_up)))
    if sim.budget_fen is not None:
        rows.append(("资金预算", format_fen(sim.budget_fen, unit)))
    if sim.baseline is not None:
        rows.append(("对照政策", ctx.baseline_label or sim.baseline.policy_id))
    rows += [(f"修改：{k}", v) for k, v in ctx.edits]
    return rows


def _notes(sim: Simulation) -> list[str]:
    notes = ["上限：符合条件的企业各条款最高可获金额之和（按名录所列事实逐户评估）；就高、不重复后合计另列。",
             f"预期：上限 × 申报率（{percent(sim.take_up)}），四舍五入到分；分组的预期按各组上限分摊，各组之和等于合计。",
             "分年度：分期拨付的条款按各期比例计入各年；连续多年、每年核定的条款，评估当年的受益企业在以后各年按相同事实延续"
             "（以该企业所处的支持年度为准，多年总额上限内），只计入政策有效期内的年度。"]
    if sim.missing:
        notes.append("名录中没有以下事实的列，按未知计算（由其决定的条款计入待定）：" + "、".join(sim.missing) + "。")
    if sim.rows_refused:
        notes.append(f"名录中有 {sim.rows_refused} 行含错误，未计入。")
    return notes


def report_html(sim: Simulation, ctx: ReportContext) -> str:
    """The report as one HTML file (the charts inline as SVG)."""
    doc = simulation_json(sim)
    d, unit, p = sim.draft, sim.draft.unit, ctx.policy
    rows_of = {r.clause_id: r for r in sim.rows or ()}
    parts: list[str] = []
    add = parts.append
    add(f"<h1>{escape(p.title)}<br><small>资金测算报告</small></h1>")
    add("<h2>一、测算条件</h2>")
    add(_table(("项目", "内容"), [[_td(k), _td(v)] for k, v in _conditions(sim, ctx)], "conditions"))
    add("<h2>二、总体</h2>")
    totals: list[tuple[str, Markup]] = [("上限（各条款最高可获之和）", _money(d.upper_fen, unit, "draft/upper")),
              ("预期（上限 × 申报率）", _money(d.expected_fen, unit, "draft/expected")),
              ("就高、不重复后合计", _money(d.stacked_fen, unit, "draft/stacked")),
              ("获资助企业（户）", _count(d.beneficiaries, "draft/beneficiaries")),
              ("尚待定企业（户）", _count(d.undecided_rows, "draft/undecided_rows")),
              ("待定企业的上限", _money(d.undecided_upper_fen, unit, "draft/undecided_upper"))]
    if d.later_upper_fen:
        totals.append(("连续多年条款以后各年的上限（见分年度）", _money(d.later_upper_fen, unit, "draft/later_upper")))
    if sim.baseline is not None:
        totals += [("对照政策的上限", _money(sim.baseline.upper_fen, unit, "baseline/upper")),
                   ("对照政策获资助企业（户）", _count(sim.baseline.beneficiaries, "baseline/beneficiaries"))]
    add(_table(("项目", "金额或户数"), [[_td(k), v] for k, v in totals], "totals"))
    if sim.budget_fen is not None:
        b = doc["budget"]
        add(f'<p class="budget">资金预算 {escape(format_fen(sim.budget_fen, unit))}：上限占 {b["upper_share"]}'
            f'（{"超出预算" if b["upper_exceeds"] else "未超出预算"}），预期占 {b["expected_share"]}'
            f'（{"超出预算" if b["expected_exceeds"] else "未超出预算"}）。</p>')
    add("<h2>三、分条款</h2>")
    crow = []
    for i, c in enumerate(d.clauses):
        r = rows_of.get(c.clause_id)
        share = percent(Fraction(r.cap_reached, c.beneficiaries)) if r and r.cap_reached is not None and c.beneficiaries else "—"
        note = "" if not c.programme_years else "（每年核定）" if "连续" in c.title else f"（连续{c.programme_years}年，每年核定）"
        crow.append([_td(c.cite), _td(c.title + note),
                     _count(c.beneficiaries, f"draft/clauses/{i}/beneficiaries"),
                     _money(c.upper_fen, unit, f"draft/clauses/{i}/upper"),
                     _money(c.expected_fen, unit, f"draft/clauses/{i}/expected"), _td(share),
                     _count(c.undecided, f"draft/clauses/{i}/undecided")])
    add(_table(("条款", "名称", "受益企业", "上限", "预期", "达到上限的比例", "待定企业"), crow, "by-clause"))
    if sim.baseline is not None:
        drow = []
        cites = {c.clause_id: c.cite for c in (*sim.baseline.clauses, *d.clauses)}
        for i, (cid, n, fen) in enumerate(differences(sim.draft, sim.baseline)):
            r = rows_of.get(cid)
            drow.append([_td(cites.get(cid, cid)), _count(n, f"difference/{i}/beneficiaries"), _money(fen, unit, f"difference/{i}/upper"),
                         _td("—" if r is None or r.winners is None else r.winners),
                         _td("—" if r is None or r.losers is None else r.losers)])
        add("<h3>与对照政策比较（草案 − 对照）</h3>")
        add(_table(("条款", "受益企业增减", "上限增减", "增加的企业", "减少的企业"), drow, "difference"))
    add("<h2>四、分年度</h2>")
    add(_table(("年度", "上限", "预期"), [[_td(year_label(y)), _money(y.upper_fen, unit, f"draft/by_year/{i}/upper"),
                                         _money(y.expected_fen, unit, f"draft/by_year/{i}/expected")]
                                        for i, y in enumerate(d.by_year)], "by-year"))
    figures = {stem: (caption, fig) for stem, caption, fig in charts(sim, ctx)}
    _figure(add, figures, "by-year")
    _figure(add, figures, "by-clause")
    if sim.distributions:
        add("<h2>五、分布（按所属区、街道、行业、企业规模）</h2>")
        for dist in sim.distributions:
            add(f"<h3>按{escape(dist.label)}</h3>")
            grows = [[_td(g.key), _count(g.rows, f"distribution/{dist.by}/{i}/rows"),
                      _count(g.beneficiaries, f"distribution/{dist.by}/{i}/beneficiaries"),
                      _money(g.upper_fen, unit, f"distribution/{dist.by}/{i}/upper"),
                      _money(g.expected_fen, unit, f"distribution/{dist.by}/{i}/expected"),
                      _money(g.stacked_fen, unit, f"distribution/{dist.by}/{i}/stacked")]
                     for i, g in enumerate(dist.groups)]
            add(_table((dist.label, "名录户数", "获资助企业", "上限", "预期", "就高、不重复后"), grows, f"by-{dist.by}"))
            _figure(add, figures, f"by-{dist.by.replace('_', '-')}")
        if any(g.key == UNFILLED for dist in sim.distributions for g in dist.groups):
            add(f"<p>「{UNFILLED}」：名录中该列为空（或名录没有该列）的企业。</p>")
    if sim.band_changes:
        add("<h2>六、与对照政策比较：按企业规模的增减</h2>")
        cites = {c.clause_id: c.cite for c in d.clauses}
        brows = [[_td(b.band), _td("合计（就高、不重复后）" if b.clause_id is None else cites.get(b.clause_id, b.clause_id)),
                  _count(b.winners, f"band_changes/{i}/winners"), _count(b.losers, f"band_changes/{i}/losers")]
                 for i, b in enumerate(sim.band_changes) if b.clause_id is None or b.winners or b.losers]
        add(_table(("企业规模", "条款", "增加的企业", "减少的企业"), brows, "band-changes"))
        add("<p>增加 / 减少的企业：与对照政策相比，该条款最高可获（合计：就高、不重复后的金额）增加或减少的企业数；"
            "未列出的条款没有企业增减。</p>")
    if sim.sweep is not None:
        add(f"<h2>七、上限测算：{escape(ctx.swept_label or sim.sweep.clause_id)}</h2>")
        srows = []
        for i, pnt in enumerate(sim.points):
            x = next(c for c in pnt.cost.clauses if c.clause_id == sim.sweep.clause_id)
            srows.append([_money(pnt.cap_fen, unit, f"sweep/points/{i}/cap"),
                          _count(x.beneficiaries, f"sweep/points/{i}/clause_beneficiaries"),
                          _money(x.upper_fen, unit, f"sweep/points/{i}/clause_upper"),
                          _money(pnt.cost.upper_fen, unit, f"sweep/points/{i}/upper"),
                          _money(pnt.cost.expected_fen, unit, f"sweep/points/{i}/expected")])
        add(_table(("上限取值", "本条款受益企业", "本条款上限合计", "政策上限合计", "预期"), srows, "sweep"))
        _figure(add, figures, "sweep")
    add("<h2>说明</h2><ul>" + "".join(f"<li>{escape(n)}</li>" for n in _notes(sim)) + "</ul>")
    style = ("body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;max-width:960px;margin:2em auto;"
             "color:#1f2328;line-height:1.6}table{border-collapse:collapse;margin:0.5em 0 1em}"
             "th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.num{text-align:right}"
             "th{background:#f6f8fa}figure{margin:1em 0}figcaption{color:#57606a}h1 small{font-size:60%}")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(p.short_title)}资金测算报告</title><style>{style}</style></head><body>\n"
            + "\n".join(parts) + "\n</body></html>\n")


def _figure(add: Any, figures: dict[str, tuple[str, Figure]], stem: str) -> None:
    if stem in figures:
        caption, fig = figures[stem]
        add(f'<figure id="chart-{stem}">{to_svg(fig)}<figcaption>图：{escape(caption)}</figcaption></figure>')


# ---- PDF ------------------------------------------------------------------------------------------


def report_pdf(sim: Simulation, ctx: ReportContext) -> bytes:
    """The report as a PDF (the CJK font of web/calc_export.py; the charts as PNG); its creation date is
    the evaluation date, so the same simulation gives the same bytes."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode
    from fpdf.fonts import FontFace

    from subsidy.web.calc_export import add_cjk_font

    d, unit, p = sim.draft, sim.draft.unit, ctx.policy
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(ctx.as_of.year, ctx.as_of.month, ctx.as_of.day, tzinfo=dt.UTC))
    pdf.set_auto_page_break(auto=True, margin=15)
    add_cjk_font(pdf)
    pdf.set_title(f"{p.short_title}资金测算报告")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def line(text: str, size: float = 10.5, gap: float = 1.5) -> None:
        pdf.set_font("cjk", size=size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(width, size * 0.5, text, align="L", wrapmode=WrapMode.CHAR)
        pdf.ln(gap)

    def table(headers: tuple[str, ...], rows: list[list[str]], widths: tuple[int, ...] | None = None) -> None:
        pdf.set_font("cjk", size=8.5)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6, wrapmode=WrapMode.CHAR,
                       headings_style=FontFace(emphasis="", fill_color=(246, 248, 250))) as t:
            for r in [list(headers), *rows]:
                row = t.row()
                for cell in r:
                    row.cell(str(cell))
        pdf.ln(3)

    figures = {stem: (caption, fig) for stem, caption, fig in charts(sim, ctx)}

    def chart(stem: str) -> None:
        if stem not in figures:
            return
        caption, fig = figures[stem]
        h = width * fig.height / fig.width
        if pdf.get_y() + h + 8 > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.image(io.BytesIO(to_png(fig)), x=pdf.l_margin, w=width)
        line(f"图：{caption}", 9, 3)

    line(p.title, 15, 1)
    line("资金测算报告", 13, 3)
    line("一、测算条件", 12)
    table(("项目", "内容"), [[k, v] for k, v in _conditions(sim, ctx)], (30, 150))
    line("二、总体", 12)
    totals = [["上限（各条款最高可获之和）", format_fen(d.upper_fen, unit)], ["预期（上限 × 申报率）", format_fen(d.expected_fen, unit)],
              ["就高、不重复后合计", format_fen(d.stacked_fen, unit)], ["获资助企业", f"{d.beneficiaries} 户"],
              ["尚待定企业", f"{d.undecided_rows} 户，其上限 {format_fen(d.undecided_upper_fen, unit)}"]]
    if d.later_upper_fen:
        totals.append(["连续多年条款以后各年的上限", format_fen(d.later_upper_fen, unit)])
    if sim.baseline is not None:
        totals.append(["对照政策", f"上限 {format_fen(sim.baseline.upper_fen, unit)}，获资助企业 {sim.baseline.beneficiaries} 户"])
    if sim.budget_fen is not None:
        b = simulation_json(sim)["budget"]
        totals.append(["资金预算", f"{format_fen(sim.budget_fen, unit)}：上限占 {b['upper_share']}，预期占 {b['expected_share']}"])
    table(("项目", "金额或户数"), totals, (60, 120))
    line("三、分条款", 12)
    rows_of = {r.clause_id: r for r in sim.rows or ()}
    crow = []
    for c in d.clauses:
        r = rows_of.get(c.clause_id)
        crow.append([c.cite, c.title, str(c.beneficiaries), format_fen(c.upper_fen, unit), format_fen(c.expected_fen, unit),
                     str(c.undecided), "—" if r is None or r.winners is None else f"+{r.winners} / −{r.losers}"])
    table(("条款", "名称", "受益企业", "上限", "预期", "待定", "对照增减企业"), crow, (24, 52, 16, 26, 26, 12, 24))
    chart("by-clause")
    line("四、分年度", 12)
    table(("年度", "上限", "预期"), [[year_label(y), format_fen(y.upper_fen, unit), format_fen(y.expected_fen, unit)]
                                   for y in d.by_year], (30, 75, 75))
    chart("by-year")
    if sim.distributions:
        line("五、分布（按所属区、街道、行业、企业规模）", 12)
        for dist in sim.distributions:
            line(f"按{dist.label}", 10.5, 1)
            table((dist.label, "名录户数", "获资助企业", "上限", "预期", "就高、不重复后"),
                  [[g.key, str(g.rows), str(g.beneficiaries), format_fen(g.upper_fen, unit), format_fen(g.expected_fen, unit),
                    format_fen(g.stacked_fen, unit)] for g in dist.groups], (52, 20, 20, 30, 30, 28))
            chart(f"by-{dist.by.replace('_', '-')}")
    if sim.band_changes:
        line("六、与对照政策比较：按企业规模的增减", 12)
        cites = {c.clause_id: c.cite for c in d.clauses}
        table(("企业规模", "条款", "增加的企业", "减少的企业"),
              [[b.band, "合计（就高、不重复后）" if b.clause_id is None else cites.get(b.clause_id, b.clause_id),
                str(b.winners), str(b.losers)] for b in sim.band_changes if b.clause_id is None or b.winners or b.losers],
              (30, 70, 40, 40))
    if sim.sweep is not None:
        line(f"七、上限测算：{ctx.swept_label or sim.sweep.clause_id}", 12)
        srows = []
        for pnt in sim.points:
            x = next(c for c in pnt.cost.clauses if c.clause_id == sim.sweep.clause_id)
            srows.append([format_fen(pnt.cap_fen, unit), str(x.beneficiaries), format_fen(x.upper_fen, unit),
                          format_fen(pnt.cost.upper_fen, unit), format_fen(pnt.cost.expected_fen, unit)])
        table(("上限取值", "本条款受益企业", "本条款上限合计", "政策上限合计", "预期"), srows)
        chart("sweep")
    line("说明", 12)
    for n in _notes(sim):
        line(n, 9, 1)
    return bytes(pdf.output())


# ---- the files ------------------------------------------------------------------------------------


def report_files(sim: Simulation, ctx: ReportContext) -> dict[str, bytes]:
    """``report.html``, ``report.pdf`` and ``charts/<stem>.svg|png`` (file name → bytes)."""
    files = {"report.html": report_html(sim, ctx).encode("utf-8"), "report.pdf": report_pdf(sim, ctx)}
    for stem, _, fig in charts(sim, ctx):
        files[f"charts/{stem}.svg"] = ('<?xml version="1.0" encoding="utf-8"?>\n' + str(to_svg(fig)) + "\n").encode("utf-8")
        files[f"charts/{stem}.png"] = to_png(fig)
    return files


def write_report(directory: Path, sim: Simulation, ctx: ReportContext) -> list[Path]:
    """The report's files under ``directory`` (created if need be); their paths."""
    written = []
    for name, data in report_files(sim, ctx).items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def report_zip(sim: Simulation, ctx: ReportContext) -> bytes:
    """The charts (PNG and SVG) as one zip (fixed timestamps: the same bytes for the same simulation)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in report_files(sim, ctx).items():
            if name.startswith("charts/"):
                info = zipfile.ZipInfo(name, date_time=(ctx.as_of.year, ctx.as_of.month, ctx.as_of.day, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
    return buf.getvalue()
