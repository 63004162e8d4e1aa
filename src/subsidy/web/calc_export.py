"""The calculator's result as an Excel workbook and as a PDF (with a CJK font found on the machine)."""

from __future__ import annotations

import copy
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from subsidy.errors import SubsidyError
from subsidy.money import format_fen
from subsidy.rules import model as m
from subsidy.rules.benefits import in_kind_names, kind_label, shown_as
from subsidy.rules.questionnaire import RECORD_QUESTIONS, Answers
from subsidy.rules.results import ClauseResult, PolicyResult
from subsidy.services.reports import write_xlsx

if TYPE_CHECKING:
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

__all__ = ["CJK_FONTS", "Headline", "add_cjk_font", "cjk_font", "headline", "result_pdf", "result_xlsx"]

CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)
STATUS = {True: "可享", False: "不可享", None: "待补充"}


class FontMissing(SubsidyError):
    """No CJK font for the PDF."""


def cjk_font() -> Path:
    """The CJK font for PDFs: ``SUBSIDY_PDF_FONT`` if set, else the first of :data:`CJK_FONTS` found."""
    env = os.environ.get("SUBSIDY_PDF_FONT")
    for candidate in ([env] if env else []) + list(CJK_FONTS):
        if Path(candidate).is_file():
            return Path(candidate)
    raise FontMissing("无法生成 PDF：服务器上没有中文字体（文泉驿微米黑 wqy-microhei.ttc）。"
                      "请管理员安装 fonts-wqy-microhei（bash run.sh test 会自动安装），"
                      "或用环境变量 SUBSIDY_PDF_FONT 指定一个中文字体文件；Excel 导出不受影响。")


@lru_cache(maxsize=2)
def _parsed(path: str, _mtime_ns: int) -> TTFFont:
    """The font as fpdf2 reads it for a document (its character map and widths), once a process: reading
    the 5 MB collection takes 0.3–0.45 s, most of a PDF's time. Without the font file it read (each
    document subsets a file of its own when it is written)."""
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

    probe = FPDF()
    probe.add_font("cjk", "", path)
    font = probe.fonts["cjk"]
    assert isinstance(font, TTFFont)
    font.ttfont.close()
    return font


def add_cjk_font(pdf: FPDF) -> None:
    """Give ``pdf`` the CJK font (:func:`cjk_font`) as the family ``cjk``, the same as
    ``pdf.add_font("cjk", "", path)`` gives it (the same bytes: tests/web/test_calculator.py) from the
    process's reading of the font (:func:`_parsed`): what fpdf2 changes or subsets is the document's own
    (the widths it adds for a missing character, the characters used, the font file opened lazily)."""
    from fontTools import ttLib  # type: ignore[import-untyped]
    from fpdf.fonts import SubsetMap

    path = cjk_font()
    parsed = _parsed(str(path), path.stat().st_mtime_ns)
    if parsed.color_font is not None or parsed.is_cff:  # a colour or CFF font: what fpdf2 does besides is its own
        pdf.add_font("cjk", "", str(path))
        return
    font = copy.copy(parsed)
    font.i = len(pdf.fonts) + 1
    font.ttfont = ttLib.TTFont(path, recalcTimestamp=False, fontNumber=parsed.collection_font_number, lazy=True)
    font.cw = parsed.cw.copy()
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font.subset = SubsetMap(font)
    pdf.fonts["cjk"] = font


@dataclass(frozen=True)
class Headline:
    """The result's total as the page, the Excel sheet and the PDF say it."""

    label: str  # 可获支持合计（最高） / 可获支持合计上限
    figure: str  # the amount, "不超过 …" while clauses are open, or that the bound is not known yet
    note: str  # what is counted, what is still open ("" when everything is decided)
    upper: bool  # the figure is an upper bound
    bound_fen: int | None  # the amount the figure states (None: no bound yet)


def headline(policy: m.Policy, result: PolicyResult) -> Headline:
    """While some clause is undecided the total is its upper bound (``PolicyResult.upper_bound_fen``,
    the one definition the CLI shows too), marked as such, with the decided part beside it."""
    u = policy.amount_unit
    open_ = result.undecided()
    if not open_:
        note = "记录未全，补齐后按就高、差额核定，只会更少" if result.stacking_missing else ""
        return Headline("按已填写的信息，可获支持合计（最高）", format_fen(result.total_fen, u), note,
                        bool(result.stacking_missing), result.total_fen)
    bound = result.upper_bound_fen()
    decided = f"其中已确定可享 {format_fen(result.total_fen, u)}；{len(open_)} 个条款待补充（标为「待补充」的条款）"
    if bound is None:
        unknown = "、".join(dict.fromkeys(f"{r.clause.cite}「{r.clause.title}」" for r in open_ if r.ceiling_fen is None))
        return Headline("按已填写的信息，可获支持合计上限", "上限尚不能确定",
                        f"{decided}；{unknown} 的金额取决于尚未填写的信息", True, None)
    how = "按就高取其中最高额" if policy.highest_over_all else "按各自最高额计入"
    return Headline("按已填写的信息，可获支持合计上限", f"不超过 {format_fen(bound, u)}",
                    f"{decided}，{how}；补充后再按就高、差额核定，只会更少", True, bound)


def _label(policy: m.Policy, name: str) -> str:
    if name in policy.facts:
        return policy.facts[name].label
    return RECORD_QUESTIONS[name][0] if name in RECORD_QUESTIONS else name


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def _schedule(r: ClauseResult, unit: str) -> str:
    return "；".join(f"{t.when}：{format_fen(t.fen, unit)}" if t.stage else  # a stage names its share already
                    f"{t.when} {format_fen(t.fen, unit)}" + (f"（{t.share}）" if t.share else "") for t in r.schedule)


def in_kind_line(policy: m.Policy, result: PolicyResult) -> tuple[str, int] | None:
    """The in-kind total as the page says it, apart from the cash headline (None: the policy gives cash only)."""
    names = in_kind_names(policy)
    return None if not names else (f"{names}，按价值，不计入资金合计", result.in_kind_fen)


def _answer_rows(policy: m.Policy, a: Answers) -> list[list[Any]]:
    rows: list[list[Any]] = [["评估日期", a.as_of or ""]]
    if a.effective_from:
        rows.append(["施行日期（假定）" if policy.effective_from is None else "施行日期", a.effective_from])
    rows += [[_label(policy, n), a.facts[n]] for n in policy.facts if n in a.facts]
    rows += [[_label(policy, n), f"{len(items)} 项"] for n, items in a.lists.items() if n in policy.facts]
    rows += [[_label(policy, n), "无" if not a.records[n] else f"{len(a.records[n])} 条"] for n in a.records]
    return rows


def result_xlsx(policy: m.Policy, a: Answers, result: PolicyResult) -> bytes:
    """Three sheets: the clauses, the stacked total, the answers; amounts in 元 as exact numbers."""
    u = policy.amount_unit
    clauses: list[list[Any]] = [[r.clause.cite, r.clause.title, kind_label(r.clause.benefit), STATUS[r.eligible],
                r.reason.label, _yuan(r.ceiling_fen), "是" if r.eligible is None else "否", _yuan(r.granted_fen), r.stacking_note,
                "、".join(_label(policy, x) for x in r.missing), _schedule(r, u), r.clause.payee_label,
                "".join(r.clause.quotes)] for r in result.clauses]
    cites = {r.clause.id: r.clause.cite for r in result.clauses}
    head = headline(policy, result)
    kind = in_kind_line(policy, result)
    kind_rows: list[list[Any]] = [["非现金支持合计（元）", _yuan(kind[1])], ["非现金支持", kind[0]]] if kind else []
    total: list[list[Any]] = [["合计（元）", _yuan(result.total_fen)], *kind_rows,
             *([["合计上限（元）", _yuan(head.bound_fen) if head.bound_fen is not None else head.figure]]
               if head.upper else []),
             *([["说明", head.note]] if head.note else []),
             ["计入合计的条款", "、".join(cites[c] for c in result.granted)],
             ["待补充的条款", "、".join(cites[c] for c in result.pending)],
             *[["不再支持：" + cites[c], why] for c, why in result.set_aside],
             *[[s.cite + " " + s.rule, s.text] for s in result.steps]]
    sheets: dict[str, tuple[tuple[str, ...], list[list[Any]]]] = {
        "评估结果": (("条款", "标题", "支持形式", "结论", "原因", "最高可获（元）", "是否上限（信息未全）",
                   "核定（就高、差额后，元）", "就高说明", "尚缺信息", "拨付安排", "收款方", "政策原文"), clauses),
        "合计": (("项目", "内容"), total),
        "填写的信息": (("事项", "填写"), _answer_rows(policy, a)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = write_xlsx(Path(tmp) / "result.xlsx", sheets)
        return path.read_bytes()


def result_pdf(policy: m.Policy, a: Answers, result: PolicyResult) -> bytes:
    """The result as a PDF: the policy, the answers, one block per clause, the total."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    add_cjk_font(pdf)
    pdf.set_title(f"政策计算结果：{policy.title}")
    pdf.add_page()
    u = policy.amount_unit
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def line(text: str, size: float = 10.5, gap: float = 1.5) -> None:
        pdf.set_font("cjk", size=size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(width, size * 0.5, text, align="L", wrapmode=WrapMode.CHAR)  # Chinese breaks between characters
        pdf.ln(gap)

    line(policy.title, 15, 3)
    line(f"评估日期 {a.as_of}" + (f"；假定施行日期 {a.effective_from}" if policy.effective_from is None else "")
         + f"；政策版本 {policy.version}", 9)
    total = headline(policy, result)
    line(f"{total.label.removeprefix('按已填写的信息，')}：{total.figure}", 13, 1)
    if total.note:
        line(total.note, 10, 3)
    kind = in_kind_line(policy, result)
    if kind:
        line(f"非现金支持合计（{kind[0]}）：{format_fen(kind[1], u)}", 11, 3)
    line("填写的信息", 12)
    for k, v in _answer_rows(policy, a):
        line(f"{k}：{v}", 9, 0.5)
    pdf.ln(2)
    for r in result.clauses:
        head = f"{r.clause.cite} {r.clause.title}" + ("" if r.clause.benefit is None else
                                                      f"（{kind_label(r.clause.benefit)}）") + f" —— {STATUS[r.eligible]}"
        line(head, 12, 1)
        ceiling = "" if r.ceiling_fen is None else shown_as(r.clause.benefit, format_fen(r.ceiling_fen, u))
        bits = [f"结论：{r.reason.label}"]
        if ceiling:
            bits.append(("最高可获（上限，信息未全）" if r.eligible is None else "最高可获") + f"：{ceiling}")
        if r.granted_fen is not None and r.eligible:
            bits.append(f"核定（就高、差额后）：{shown_as(r.clause.benefit, format_fen(r.granted_fen, u))}")
        line("；".join(bits), 10, 0.5)
        if r.missing:
            line("尚缺信息：" + "、".join(_label(policy, x) for x in r.missing), 10, 0.5)
        if r.stacking_note:
            line(r.stacking_note, 10, 0.5)
        if r.schedule:
            line(f"拨付：{_schedule(r, u)}；收款方：{r.clause.payee_label}", 10, 0.5)
        line("原文：" + "".join(r.clause.quotes), 9, 3)
    return bytes(pdf.output())

