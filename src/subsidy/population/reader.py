"""Read a registry of enterprises into the table form (docs/table-format.md, docs/registry.md).

One row per entity. Columns: ``统一社会信用代码`` (or ``uscc``) and ``单位名称`` (``name``), optionally
``编号`` (``entity_id``); the descriptive attributes of :data:`ATTRIBUTES`; and a policy's facts, each
headed by the fact's name or its Chinese label. Money states its unit in the header
(``项目预算（万元）``, ``project_budget(元)``; cells are plain numbers in that unit) or in every cell
(``300万元`` under a bare ``项目预算``) or in a units row under the header (first cell ``单位``); in Parquet a bare integer money column is 分, the table form
itself. A fact with no column is unknown for every row; an empty cell is unknown for that row.

A header that names nothing known, a unit that is not a money unit, a float column: the whole file is
refused (:class:`CaseInputError`, exit 2). A bad cell — a bare number, a negative or too large amount,
an invalid 统一社会信用代码, a category not allowed — is a :class:`Problem` naming its row and column,
and only that row is left out: the good rows are still evaluated. Conversion is vectorised (Polars).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl

from subsidy.admin.uscc import ALPHABET, WEIGHTS, check_uscc
from subsidy.errors import CaseInputError
from subsidy.money import FEN_PER_UNIT, MAX_FEN, format_fen
from subsidy.rules.case import FACT_YEAR_MIN, YEAR_MAX
from subsidy.rules.model import FactDef, Policy
from subsidy.suggest import aside

__all__ = [
    "ATTRIBUTES",
    "ENTITY_COLUMNS",
    "MAX_PROBLEMS",
    "MONEY_UNITS",
    "STREETS",
    "Problem",
    "Registry",
    "RegistryBatches",
    "check_chars",
    "is_sheet",
    "one_policy",
    "read_batches",
    "read_frame",
    "read_registry",
]

ENTITY_COLUMNS = {"编号": "entity_id", "entity_id": "entity_id", "统一社会信用代码": "uscc", "uscc": "uscc",
                  "单位名称": "name", "name": "name"}
"""Entity columns: header → column of the result (``uscc`` and ``name`` are required)."""
ENTITY_LABELS = {"entity_id": "编号", "uscc": "统一社会信用代码", "name": "单位名称"}

STREETS: dict[str, tuple[str, ...]] = {
    "朝阳区": tuple(f"{n}街道" for n in (
        "建外", "朝外", "呼家楼", "三里屯", "左家庄", "香河园", "和平街", "安贞", "亚运村", "小关", "酒仙桥", "麦子店",
        "团结湖", "六里屯", "八里庄", "双井", "劲松", "潘家园", "垡头", "首都机场", "望京", "大屯", "奥运村", "东湖"))
    + tuple(f"{n}地区" for n in (
        "南磨房", "高碑店", "将台", "太阳宫", "小红门", "十八里店", "平房", "东风", "来广营", "常营", "三间房", "管庄",
        "金盏", "孙河", "崔各庄", "东坝", "黑庄户", "豆各庄", "王四营")),
    "宝安区": tuple(f"{n}街道" for n in ("新安", "西乡", "航城", "福永", "福海", "沙井", "新桥", "松岗", "燕罗", "石岩")),
}
"""The 街道 (and 朝阳's 地区办事处, the former 乡) of the two seed districts: 朝阳 24 + 19, 宝安 10."""

ATTRIBUTES: dict[str, FactDef] = {f.name: f for f in (
    FactDef("district", "category", "所属区", "登记所在的区", values=("朝阳区", "宝安区", "其他")),
    FactDef("street", "category", "所属街道", "登记所在的街道（乡、地区）", values=(*STREETS["朝阳区"], *STREETS["宝安区"], "其他")),
    FactDef("industry", "category", "行业", "国民经济行业门类（简称）", values=(
        "制造业", "批发和零售业", "租赁和商务服务业", "科学研究和技术服务业", "信息传输、软件和信息技术服务业",
        "卫生和社会工作", "建筑业", "交通运输、仓储和邮政业", "住宿和餐饮业", "居民服务、修理和其他服务业",
        "房地产业", "金融业", "文化、体育和娱乐业", "其他")),
    FactDef("size_class", "category", "企业规模", "大型、中型、小型、微型（划型标准见 docs/registry.md）",
            values=("大型", "中型", "小型", "微型")),
    FactDef("revenue", "money", "营业收入", "上一年度营业收入", unit="万元"),
    FactDef("registered_capital", "money", "注册资本", "注册资本（认缴）", unit="万元"),
    FactDef("employees", "integer", "从业人员", "年末从业人员数", unit="人", maximum=Fraction(10**7)),
    FactDef("high_tech", "bool", "国家高新技术企业", "有效期内的国家高新技术企业"),
    FactDef("above_scale", "bool", "规模以上", "营业收入达到 2000万元 的规模以上企业"),
)}
"""Descriptive columns a registry may carry besides a policy's facts (kept, never used by the rules)."""

MONEY_UNITS = {"分": 1, **FEN_PER_UNIT, "万": FEN_PER_UNIT["万元"]}
_DECIMALS = {1: 0, 100: 2, 1_000_000: 6, 10_000_000_000: 10}  # places a plain number may have in a unit
MAX_PROBLEMS = 1000
"""Problems listed one by one; beyond that only counted (per column)."""
_HEADER_RE = re.compile(r"^(?P<name>.*?)\s*[（(]\s*(?P<unit>[^()（）]*?)\s*[)）]$")
_CELL_MONEY_RE = r"^([0-9]{1,16})(?:\.([0-9]{1,10}))?\s*(元|万元|万|亿元)$"
_CONTROL_RE = r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"  # with the invisible direction marks
MAX_TEXT = 200


@dataclass(frozen=True)
class Problem:
    """One bad cell: its row as a spreadsheet numbers it (the header is row 1), column, what is wrong."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"第 {self.row} 行「{self.column}」：{self.message}"


@dataclass
class Registry:
    """The good rows in the table form, and every problem of the bad ones."""

    frame: pl.DataFrame  # row, entity_id, uscc, name, the attributes given, every fact of the policy
    problems: list[Problem]
    rows_read: int
    problem_counts: dict[str, int] = field(default_factory=dict)  # column → bad cells (all, also unlisted)
    missing: tuple[str, ...] = ()  # facts of the policy the file has no column for: unknown in every row
    problem_keys: list[tuple[int, int, int]] = field(default_factory=list, repr=False, compare=False)
    """Each problem's place in the reading order (column, check, row): how batches' problems are merged."""

    @property
    def rows_refused(self) -> int:
        return self.rows_read - self.frame.height

    @property
    def height(self) -> int:
        """The rows to evaluate (the good ones)."""
        return self.frame.height


@dataclass(frozen=True)
class _Column:
    header: str
    target: str  # entity column, attribute or fact name
    fact: FactDef | None  # None: an entity column
    unit_fen: int | None  # money: the header's unit (None: in each cell)


def _lookup(text: str, policy: Policy) -> tuple[FactDef | None, str, str | None]:
    """The fact or attribute a header names (by name or label, with or without its unit), the name as
    written, and the unit."""
    by_label = {f.label: f for f in (*policy.facts.values(), *ATTRIBUTES.values())}
    name, unit = text, None
    fact = policy.facts.get(name) or ATTRIBUTES.get(name) or by_label.get(name)
    m = _HEADER_RE.match(text)
    if fact is None and m:  # a label may hold brackets itself: the whole text is tried first
        name, unit = m.group("name").strip(), m.group("unit")
        fact = policy.facts.get(name) or ATTRIBUTES.get(name) or by_label.get(name)
    return fact, name, unit


def _resolve(header: str, policy: Policy, source: str) -> _Column:
    text = header.replace("\ufeff", "").strip()
    if text in ENTITY_COLUMNS:
        return _Column(header, ENTITY_COLUMNS[text], None, None)
    fact, name, unit = _lookup(text, policy)
    if fact is None:
        known = [*ENTITY_COLUMNS, *policy.facts, *(f.label for f in policy.facts.values()),
                 *(f.label for f in ATTRIBUTES.values())]
        raise CaseInputError(f"{source}「{header[:40]}」", f"无法识别的列：既不是名录的单位列，也不是政策"
                             f" {policy.id} 的事实{aside(name, known)}",
                             f"列名写事实名或其中文名称，如「{next(iter(policy.facts.values())).label}」；"
                             f"`subsidy registry template {policy.id}` 生成带全部列的模板")
    if fact.type == "money":
        if unit is not None and unit not in MONEY_UNITS:
            raise CaseInputError(f"{source}「{header[:40]}」", f"「{unit[:20]}」不是金额单位",
                                 "金额列的单位写 元、万元、亿元 或 分，如「项目预算（万元）」")
        return _Column(header, fact.name, fact, None if unit is None else MONEY_UNITS[unit])
    if unit is not None and unit != (fact.unit or ""):
        expected = f"写「{fact.label}（{fact.unit}）」或不写单位" if fact.unit else "不写单位"
        raise CaseInputError(f"{source}「{header[:40]}」", f"「{fact.label}」不是金额，单位「{unit[:20]}」不适用",
                             expected)
    return _Column(header, fact.name, fact, None)


class _Cells:
    """Collects bad cells: the rows to leave out, and the problems (the first :data:`MAX_PROBLEMS`).

    Each problem is kept with its place in the reading order, ``(column, site, row)``: the column's
    position, the how-manieth check of that column, the row. The problems are listed in that order, so a
    file read in batches (:func:`read_batches`) lists exactly what the whole file read at once lists."""

    def __init__(self, n: int, rows: pl.Series) -> None:
        self.bad = pl.repeat(False, n, dtype=pl.Boolean, eager=True).alias("bad")
        self.rows = rows
        self.problems: list[Problem] = []
        self.keys: list[tuple[int, int, int]] = []
        self.counts: dict[str, int] = {}
        self.column = 0
        self.site = 0

    def at_column(self, index: int) -> None:
        """The checks that follow are of the column at ``index``."""
        self.column, self.site = index, 0

    def part(self, at: npt.NDArray[np.intp]) -> _Cells:
        """The cells of the rows ``at`` (ascending) of this column: the checks run on them alone flag into this
        collection (the same problems, counts and places); :meth:`join` then takes their bad rows."""
        child = _Cells.__new__(_Cells)
        child.bad = pl.repeat(False, at.size, dtype=pl.Boolean, eager=True).alias("bad")
        child.rows = self.rows.gather(at)
        child.problems, child.keys, child.counts = self.problems, self.keys, self.counts
        child.column, child.site = self.column, self.site
        return child

    def join(self, child: _Cells, at: npt.NDArray[np.intp]) -> None:
        """The bad rows of ``child`` (:meth:`part` of the rows ``at``), and the checks it ran."""
        if child.bad.any():
            self.bad = self.bad.scatter(at[child.bad.to_numpy()], True)
        self.site = child.site

    def skip(self, sites: int) -> None:
        """Checks not run on this batch (nothing they could flag): the later ones keep their places."""
        self.site += sites

    def flag(self, mask: pl.Series, column: str, values: pl.Series, message: str, limit: int = 40) -> None:
        """Mark the rows of ``mask`` bad; ``message`` has ``{}`` where the cell's value goes."""
        site = self.site
        self.site += 1
        mask = mask.fill_null(False)
        count = int(mask.sum())
        if not count:
            return
        self.bad = self.bad | mask
        self.counts[column] = self.counts.get(column, 0) + count
        room = MAX_PROBLEMS - len(self.problems)
        if room > 0:
            picked = pl.DataFrame({"row": self.rows, "value": values.cast(pl.String)}).filter(mask).head(room)
            for row, value in picked.iter_rows():
                self.problems.append(Problem(int(row), column, message.format(_shown(value, limit))))
                self.keys.append((self.column, site, int(row)))


def _shown(value: Any, limit: int = 40) -> str:
    text = "" if value is None else str(value)
    text = re.sub(_CONTROL_RE, "?", text)
    return text[:limit] + ("…" if len(text) > limit else "")


def _plain_money(s: pl.Series, unit_fen: int, cells: _Cells, header: str) -> pl.Series:
    """Plain non-negative numbers in the header's unit → 分."""
    places = _DECIMALS[unit_fen]
    pattern = rf"^[0-9]{{1,16}}(?:\.[0-9]{{1,{places}}})?$" if places else r"^[0-9]{1,16}$"
    given = s.is_not_null()
    ok = s.str.contains(pattern)
    unit = next(u for u, f in MONEY_UNITS.items() if f == unit_fen)
    cells.flag(given & s.str.starts_with("-"), header, s, "「{}」：金额不能为负数")
    cells.flag(given & ~ok & ~s.str.starts_with("-") & s.str.contains(r"^[0-9]+\.[0-9]+$"), header, s,
               f"「{{}}」：以{unit}为单位至多 {places} 位小数（精确到分）")
    cells.flag(given & ~ok & ~s.str.contains(r"^-?[0-9]+\.[0-9]+$") & ~s.str.starts_with("-"), header, s,
               f"「{{}}」不是{unit}数（表头已写明单位，单元格只写不带单位、不带千分位的数，如 12.5）")
    return _to_fen(s.str.extract(r"^([0-9]+)"), s.str.extract(r"\.([0-9]+)$"), unit_fen, places, cells, header, s)


def _to_fen(whole: pl.Series, frac: pl.Series | None, unit_fen: int, places: int, cells: _Cells, header: str,
            raw: pl.Series) -> pl.Series:
    """Whole units (text or integers) and their decimals (text; ``None``: none) → 分, refused above the cap."""
    w = whole if whole.dtype == pl.Int64 else whole.cast(pl.Int64, strict=False)
    over = w > MAX_FEN // unit_fen
    cells.flag(over, header, raw, f"「{{}}」超过上限 {format_fen(MAX_FEN, '亿元')}")
    w = pl.select(pl.when(over).then(None).otherwise(w)).to_series()
    fen = w * unit_fen
    if places and frac is not None:
        f = frac.fill_null("").str.pad_end(places, "0").str.slice(0, places).cast(pl.Int64, strict=False).fill_null(0)
        fen = fen + f * (unit_fen // 10**places)
    too_big = fen > MAX_FEN
    cells.flag(too_big, header, raw, f"「{{}}」超过上限 {format_fen(MAX_FEN, '亿元')}")
    return fen


def _cell_money(s: pl.Series, cells: _Cells, header: str, fact: FactDef) -> pl.Series:
    """Amounts with their unit in each cell (``300万元``, ``3000000元``) → 分."""
    given = s.is_not_null()
    parts = s.str.extract_groups(_CELL_MONEY_RE)
    whole, frac, unit = (parts.struct.field(x) for x in ("1", "2", "3"))
    matched = unit.is_not_null()
    bare = given & s.str.contains(r"^[0-9]+(\.[0-9]+)?$")
    cells.flag(bare, header, s, f"「{{}}」缺少单位（元、万元或亿元）：写成如 300万元，或在表头写明单位，如「{fact.label}（万元）」")
    cells.flag(given & s.str.starts_with("-"), header, s, "「{}」：金额不能为负数")
    cells.flag(given & ~matched & ~bare & ~s.str.starts_with("-"), header, s,
               "「{}」不是金额；写成如 300万元 或 3000000元（半角数字，不带千分位）")
    out = pl.repeat(None, s.len(), dtype=pl.Int64, eager=True).alias("fen")
    for u, unit_fen in (("元", 100), ("万元", 10**6), ("万", 10**6), ("亿元", 10**10)):
        here = matched & (unit == u)
        if not here.any():
            cells.skip(3)  # the checks below: too fine, and _to_fen's two
            continue
        places = _DECIMALS[unit_fen]
        too_fine = here & (frac.str.len_chars() > places).fill_null(False)
        cells.flag(too_fine, header, s, f"「{{}}」：以{u}为单位至多 {places} 位小数（精确到分）")
        fen = _to_fen(pl.select(pl.when(here).then(whole)).to_series(), frac, unit_fen, places, cells, header, s)
        out = pl.select(pl.when(here).then(fen).otherwise(out)).to_series()
    return out


_BOOLS = {"是": True, "否": False, "true": True, "false": False}


def _clean(s: pl.Series) -> pl.Series | None:
    """The distinct values of a text column of few (a category, yes/no) if none has anything to strip and none
    is empty: then its cells are read as they are, without a pass stripping every cell (the same values)."""
    distinct = s.unique()
    clean = distinct.len() <= 1000 and not (distinct.str.strip_chars() != distinct).any() and not (distinct == "").any()
    return distinct if clean else None


def _convert_text(s: pl.Series, col: _Column, cells: _Cells) -> pl.Series:
    """A text column (CSV, Excel, a Parquet string column) read by the fact's domain."""
    f = col.fact
    assert f is not None
    if f.type == "category" and all(v and v == v.strip() for v in f.values) and (s.is_in(list(f.values))
                                                                                | s.is_null()).all():
        cells.skip(1)  # every cell one of the category's values (or empty): nothing to strip, flag or clear
        return s
    distinct = _clean(s) if f.type in ("category", "bool") else None
    if distinct is None:
        s = s.str.strip_chars()
        s = pl.select(pl.when(s == "").then(None).otherwise(s)).to_series()
    elif f.type == "category" and distinct.drop_nulls().is_in(list(f.values)).all():
        cells.skip(1)  # every value one of the category's: nothing to flag, nothing to clear
        return s
    given = s.is_not_null()
    h = col.header
    if f.type == "money":
        return _plain_money(s, col.unit_fen, cells, h) if col.unit_fen is not None else _cell_money(s, cells, h, f)
    if f.type == "bool":
        low = s.str.to_lowercase()
        ok = low.is_in(list(_BOOLS))
        cells.flag(given & ~ok, h, s, f"「{{}}」：「{f.label}」应当是 是 或 否（也可写 true 或 false）")
        return low.replace_strict(_BOOLS, default=None, return_dtype=pl.Boolean)
    if f.type == "category":
        ok = s.is_in(list(f.values))
        cells.flag(given & ~ok, h, s, f"「{{}}」不是「{f.label}」的可选值（可选：{'、'.join(f.values)}）")
        return pl.select(pl.when(ok).then(s).otherwise(None)).to_series()
    if f.type == "date":
        return _text_date(s, f, cells, h)
    if f.type == "integer":
        ok = s.str.contains(r"^-?[0-9]{1,16}$")
        cells.flag(given & ~ok, h, s, f"「{{}}」：「{f.label}」应当是整数，如 3")
        return _in_range(s.cast(pl.Int64, strict=False), f, cells, h, s)
    ok = s.str.contains(r"^-?[0-9]{1,16}(\.[0-9]{1,10})?$")
    cells.flag(given & ~ok, h, s, f"「{{}}」：「{f.label}」应当是至多 10 位小数的数，如 0.25")
    number = pl.select(pl.when(ok).then(s).otherwise(None)).to_series().cast(pl.Decimal(30, 10), strict=False)
    return _in_range(number, f, cells, h, s)


DATE_TEXT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
"""A date as a person writes it in a sheet: ISO 年-月-日 (``2025-01-01``), as in case files."""


def _text_date(s: pl.Series, f: FactDef, cells: _Cells, header: str) -> pl.Series:
    """Dates written ``2025-01-01`` → ``Date`` (days since 1970-01-01, as the table path holds them)."""
    given = s.is_not_null()
    shaped = s.str.contains(DATE_TEXT)
    day = pl.select(pl.when(shaped).then(s.str.to_date("%Y-%m-%d", strict=False))).to_series()
    cells.flag(given & ~shaped, header, s, f"「{{}}」：「{f.label}」应当是日期，写成 年-月-日，如 2025-01-01")
    cells.flag(shaped & day.is_null(), header, s,
               f"「{{}}」不是真实存在的日期：「{f.label}」写成 年-月-日，如 2025-01-01")
    return _date_range(day, f, cells, header, s)


def _date_range(day: pl.Series, f: FactDef, cells: _Cells, header: str, raw: pl.Series) -> pl.Series:
    """Dates outside the years a date fact may take (as case files check them: ``rules.case.parse_date``)."""
    year = day.dt.year()
    out_of = ((year < FACT_YEAR_MIN) | (year > YEAR_MAX)).fill_null(False)
    cells.flag(out_of, header, raw, f"「{{}}」：「{f.label}」应在 {FACT_YEAR_MIN}–{YEAR_MAX} 年之间")
    return pl.select(pl.when(out_of).then(None).otherwise(day)).to_series().alias(day.name)


def _in_range(values: pl.Series, f: FactDef, cells: _Cells, header: str, raw: pl.Series) -> pl.Series:
    lo, hi = f.range
    if values.dtype.is_integer():  # compare exactly with the bounds rounded inwards
        out_of = (values < math.ceil(lo)) | (values > math.floor(hi))
    else:
        lo_d, hi_d = (pl.lit(Decimal(x.numerator) / Decimal(x.denominator), dtype=values.dtype) for x in (lo, hi))
        out_of = pl.select((pl.lit(values) < lo_d) | (pl.lit(values) > hi_d)).to_series()
    out_of = out_of.fill_null(False)
    cells.flag(out_of, header, raw, f"「{{}}」：「{f.label}」应在 {_num(lo)} 到 {_num(hi)} 之间")
    return pl.select(pl.when(out_of).then(None).otherwise(values)).to_series()


def _num(x: Fraction) -> str:
    d = Decimal(x.numerator) / x.denominator
    return format(d.normalize(), "f")


def _convert_typed(s: pl.Series, col: _Column, cells: _Cells, source: str) -> pl.Series:
    """A typed column (Parquet): booleans, integers (money: in the header's unit, bare = 分), decimals."""
    f = col.fact
    assert f is not None
    dtype = s.dtype
    where = f"{source}「{col.header[:40]}」"
    if dtype == pl.Null:
        return s
    if f.type == "list":
        return _items(s, col, cells, where)
    if f.type == "date" and dtype != pl.String:
        if dtype != pl.Date:
            raise CaseInputError(where, f"「{f.label}」是日期事实，该列却是 {dtype} 列",
                                 "写成日期列（Date），或文字 年-月-日，如 2025-01-01")
        return _date_range(s, f, cells, col.header, s)
    if dtype.is_float():
        raise CaseInputError(where, "是浮点数列：金额与数字不能用浮点数（会有舍入误差）",
                             "金额用整数（分，或表头写明单位的整数）或文字（如 300万元），比例用 Decimal")
    if isinstance(dtype, pl.Decimal) or (dtype.is_integer() and f.type in ("category", "bool")):
        if f.type == "bool":
            raise CaseInputError(where, f"「{f.label}」是是/否事实，该列却是数字", "写成布尔列，或文字 是/否")
        return _convert_text(s.cast(pl.String), col, cells)
    if dtype.is_integer():
        v = s.cast(pl.Int64, strict=False)
        if f.type == "money":
            unit_fen = 1 if col.unit_fen is None else col.unit_fen
            cells.flag(v < 0, col.header, s, "「{}」：金额不能为负数")
            v = pl.select(pl.when(v < 0).then(None).otherwise(v)).to_series()
            return _to_fen(v, None, unit_fen, 0, cells, col.header, s)
        return _in_range(v, f, cells, col.header, s)
    if dtype == pl.Boolean:
        if f.type != "bool":
            raise CaseInputError(where, f"「{f.label}」不是是/否事实，该列却是布尔列", "按该事实的类型填写")
        return s
    if dtype == pl.String:
        return _convert_text(s, col, cells)
    raise CaseInputError(where, f"列类型 {dtype} 不能读取", "写成文字、整数、Decimal 或布尔列")


_ITEM_TYPES = {"money": "整数（分）", "integer": "整数", "number": "Decimal 或整数", "bool": "布尔", "category": "文字",
               "date": "日期（Date）"}


def _item_type_ok(x: FactDef, dtype: Any) -> bool:
    if x.type in ("money", "integer"):
        return bool(dtype.is_integer())
    if x.type == "number":
        return bool(dtype.is_integer() or isinstance(dtype, pl.Decimal))
    if x.type == "category":
        return bool(dtype == pl.String or isinstance(dtype, (pl.Categorical, pl.Enum)))
    return bool(dtype == _DTYPES.get(x.type))


def _items(s: pl.Series, col: _Column, cells: _Cells, where: str) -> pl.Series:
    """A list fact: a Parquet ``List(Struct)`` column, one struct per item with the fields of the fact's
    ``items`` (the table form's long form; docs/table-format.md). A sheet's cell cannot hold a list: a CSV or
    Excel column for it refuses the file. An item lacking a field, or with a value its field does not allow,
    is a problem of its row."""
    f = col.fact
    assert f is not None
    fields = "、".join(f"{x.name}（{x.label}，{_ITEM_TYPES[x.type]}）" for x in f.items)
    if s.dtype == pl.String:
        raise CaseInputError(where, f"「{f.label}」（{f.name}）是列表事实（每项一条），CSV 和 Excel 表格的单元格写不下列表",
                             "删去该列（该事实即为未知）；或用 Parquet 的 List(Struct) 列（见 docs/table-format.md），"
                             "或逐案写成案例文件（YAML/JSON）")
    dtype = s.dtype
    if not (isinstance(dtype, pl.List) and isinstance(dtype.inner, pl.Struct)):
        raise CaseInputError(where, f"「{f.label}」（{f.name}）是列表事实，该列却是 {dtype} 列",
                             f"写成 List(Struct) 列：每项一个结构，字段为 {fields}")
    given = {x.name: x.dtype for x in dtype.inner.fields}
    for x in f.items:
        if x.name not in given or not _item_type_ok(x, given[x.name]):
            what = "缺少字段" if x.name not in given else f"的字段类型是 {given[x.name]}，不是{_ITEM_TYPES[x.type]}"
            raise CaseInputError(where, f"「{f.label}」的每项{what}「{x.name}」（{x.label}）",
                                 f"每项一个结构，字段为 {fields}")
    out = s.list.eval(pl.struct([pl.element().struct.field(x.name).cast(_DTYPES[x.type]) for x in f.items]))
    n = s.len()
    long = (pl.DataFrame({"i": np.arange(n, dtype=np.int64), "v": out}).filter(pl.col("v").list.len() > 0)
            .explode("v").with_columns(k=pl.int_range(1, pl.len() + 1).over("i")).unnest("v"))

    def flag(bad: pl.Expr, text: pl.Expr) -> None:
        hits = long.filter(bad.fill_null(False)).group_by("i", maintain_order=True).agg(text.first())
        where_bad = hits.get_column("i").to_numpy()
        mask = np.zeros(n, dtype=np.bool_)
        mask[where_bad] = True
        why = pl.Series([None] * n, dtype=pl.String).scatter(where_bad, hits.get_column("text")) if hits.height \
            else pl.Series([None] * n, dtype=pl.String)
        cells.flag(pl.Series(mask), col.header, why, "{}", limit=200)

    def item(x: FactDef, what: str) -> pl.Expr:
        return pl.format(f"第 {{}} 项的「{x.label}」{what}", "k").alias("text")

    for x in f.items:
        v = pl.col(x.name)
        flag(v.is_null(), pl.format(f"第 {{}} 项缺少「{x.label}」：列表的每一项都要写全所有字段", "k").alias("text"))
        if x.type == "category":
            flag(~v.is_in(list(x.values)), pl.format(f"第 {{}} 项的「{x.label}」「{{}}」不是可选值（可选：{'、'.join(x.values)}）",
                                                     "k", v).alias("text"))
        elif x.type == "money":
            flag(v < 0, item(x, "是负数：金额不能为负数"))
            flag(v > MAX_FEN, item(x, f"超过上限 {format_fen(MAX_FEN, '亿元')}"))
        elif x.type in ("integer", "number"):
            lo, hi = x.range
            lo_v, hi_v = ((math.ceil(lo), math.floor(hi)) if x.type == "integer" else
                          (pl.lit(Decimal(lo.numerator) / lo.denominator, dtype=_DTYPES["number"]),
                           pl.lit(Decimal(hi.numerator) / hi.denominator, dtype=_DTYPES["number"])))
            flag((v < lo_v) | (v > hi_v), item(x, f"应在 {_num(lo)} 到 {_num(hi)} 之间"))
        elif x.type == "date":
            flag((v.dt.year() < FACT_YEAR_MIN) | (v.dt.year() > YEAR_MAX), item(x, f"应在 {FACT_YEAR_MIN}–{YEAR_MAX} 年之间"))
    return out


def read_frame(frame: pl.DataFrame, policy: Policy, source: str = "名录", first_row: int = 2) -> Registry:
    """A registry already in a DataFrame (text or typed columns): the good rows in the table form and the
    problems of the others. ``first_row``: how the first data row is numbered (2 under a header row)."""
    frame, first_row = _unit_row(frame, first_row)
    return _Reading(policy, source).batch(frame, first_row)


class _Reading:
    """One registry read for ``policy``, in one batch or several (rows in file order): what a batch's
    checks need of the batches before it (the 统一社会信用代码 seen, with the first row of each, for
    :meth:`batch` to refuse a repeated code as the whole file read at once refuses it)."""

    def __init__(self, policy: Policy, source: str, batched: bool = False) -> None:
        self.policy, self.source, self.batched = policy, source, batched
        self.codes: _Codes | None = None  # every code of the earlier batches

    def batch(self, frame: pl.DataFrame, first_row: int) -> Registry:
        """The rows of ``frame`` (numbered from ``first_row``): the good ones in the table form, the problems
        of the others."""
        policy, source = self.policy, self.source
        if frame.height == 0 and self.codes is None:
            raise CaseInputError(source, "没有数据行", "每个单位一行，第一行是表头")
        columns = [_resolve(str(h), policy, source) for h in frame.columns]
        seen: dict[str, str] = {}
        for c in columns:
            if c.target in seen:
                raise CaseInputError(f"{source}「{c.header[:40]}」", f"与「{seen[c.target][:40]}」是同一列",
                                     "每个事实只写一列")
            seen[c.target] = c.header
        for need in ("uscc", "name"):
            if need not in seen:
                raise CaseInputError(source, f"缺少「{ENTITY_LABELS[need]}」列", "名录的每一行要有统一社会信用代码和单位名称")
        n = frame.height
        rows = pl.Series("row", range(first_row, first_row + n), dtype=pl.Int64)
        cells = _Cells(n, rows)
        out: dict[str, pl.Series] = {"row": rows}
        for i, (c, raw) in enumerate(zip(columns, frame.get_columns(), strict=True)):
            cells.at_column(i)
            if c.fact is None:
                out[c.target] = _entity(raw, c, cells, rows)
            else:
                out[c.target] = _convert_typed(raw, c, cells, source).alias(c.target)
        if "entity_id" not in out:
            out["entity_id"] = rows.cast(pl.String).alias("entity_id")
        result = pl.DataFrame(out)
        cells.at_column(len(columns))
        self._repeated(result, cells, seen["uscc"])
        for name, f in policy.facts.items():
            if name not in result.columns:
                result = result.with_columns(pl.lit(None, dtype=_dtype(f)).alias(name))
            elif f.type == "category" or result.schema[name] != _dtype(f):
                result = result.with_columns(pl.col(name).cast(_dtype(f)))
        good = result.filter(~cells.bad)
        order = ["row", "entity_id", "uscc", "name", *(a for a in ATTRIBUTES if a in good.columns), *policy.facts]
        return Registry(good.select(order), cells.problems, n, cells.counts, missing_facts(seen, policy),
                        problem_keys=cells.keys)

    def _repeated(self, result: pl.DataFrame, cells: _Cells, header: str) -> None:
        """A 统一社会信用代码 already given on an earlier row (of this batch or one before) is refused."""
        usccs = result.get_column("uscc")
        first_row = int(result.get_column("row")[0]) if result.height else 0
        hashed = _Hashed(usccs, first_row) if self.batched else None
        dup = usccs.is_duplicated() & usccs.is_not_null() if hashed is None else pl.Series(hashed.repeated())
        earlier = None if self.codes is None or hashed is None else self.codes.first_rows(hashed)
        if earlier is not None:
            dup = dup | pl.Series(earlier > 0)
        if dup.any():
            first = pl.col("row").min().over("uscc")
            if earlier is not None:
                first = pl.when(pl.col("earlier") > 0).then(pl.col("earlier")).otherwise(first)
            later = result.select("uscc", "row").with_columns(
                earlier=pl.Series(earlier if earlier is not None else np.zeros(result.height, dtype=np.int64)),
            ).select((pl.col("uscc").is_not_null() & (pl.col("row") > first)).alias("x"),
                     pl.format("{}（与第 {} 行重复）", pl.col("uscc"), first).alias("v")).fill_null(False)
            cells.flag(later.get_column("x"), header, later.get_column("v"), "统一社会信用代码{}")
        if hashed is not None:
            self.codes = self.codes or _Codes()
            self.codes.add(hashed)


_ROW_BITS = 28
"""A code's key (:class:`_Hashed`): its hash's first 36 bits over the row's number in 28 bits (a registry of at
most 2^28 - 1 rows is read in batches)."""
_ROW_MASK = np.uint64((1 << _ROW_BITS) - 1)


class _Hashed:
    """A batch's codes (nulls left out) as keys, sorted: each code's hash's first 36 bits over its row (so a
    key's row comes with it, and equal hashes sort by row). A key only names a candidate: the codes are
    compared."""

    def __init__(self, codes: pl.Series, first_row: int) -> None:
        if first_row + codes.len() >= 1 << _ROW_BITS:
            raise CaseInputError("名录", f"超过 {(1 << _ROW_BITS) - 1} 行", "分成几个名录文件分别匹配")
        self.codes, self.first_row = codes, first_row
        valid = np.flatnonzero(codes.is_not_null().to_numpy())
        h = codes.hash(seed=0).to_numpy()[valid]
        self.keys = np.sort(h >> np.uint64(_ROW_BITS) << np.uint64(_ROW_BITS)
                            | (valid + first_row).astype(np.uint64))
        self.places: npt.NDArray[np.intp] | None = None  # where the keys go among the earlier batches' (first_rows)

    def at(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """The positions in the batch of the codes of ``keys``."""
        return (keys & _ROW_MASK).astype(np.int64) - self.first_row

    def repeated(self) -> npt.NDArray[np.bool_]:
        """Where a code is given more than once in the batch (what ``is_duplicated`` gives, nulls not)."""
        out = np.zeros(self.codes.len(), dtype=np.bool_)
        prefix = self.keys >> np.uint64(_ROW_BITS)
        same = np.flatnonzero(prefix[1:] == prefix[:-1])
        if same.size:
            at = self.at(self.keys[np.union1d(same, same + 1)])
            out[at[self.codes.gather(at).is_duplicated().to_numpy()]] = True
        return out


class _Codes:
    """The 统一社会信用代码 of the batches read so far, to find the first earlier row of a code: their keys
    (:class:`_Hashed`) in one sorted array, and the codes themselves, batch by batch (a key only names a
    candidate: the code is compared). About 40 bytes a row."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.uint64)
        self.starts: list[int] = []  # each batch's first row
        self.batches: list[pl.Series] = []

    def first_rows(self, hashed: _Hashed) -> npt.NDArray[np.int64]:
        """For each code, the first earlier row holding it (0: none; rows are numbered from 1)."""
        out = np.zeros(hashed.codes.len(), dtype=np.int64)
        keys, known = hashed.keys, self.keys
        if not known.size or not keys.size:
            return out
        shift = np.uint64(_ROW_BITS)
        at = hashed.places = np.searchsorted(known, keys)  # the earlier keys of the same hash, if any, just before
        prefix = keys >> shift
        hit = np.flatnonzero((at > 0) & ((known[np.maximum(at - 1, 0)] >> shift) == prefix))
        where = hashed.at(keys[hit])
        for k, code in zip(hit.tolist(), hashed.codes.gather(where).to_list(), strict=True):
            j = int(at[k]) - 1
            while j >= 0 and known[j] >> shift == prefix[k]:  # the last of them has the first row
                row = int(known[j] & _ROW_MASK)
                if self._code(row) == code:
                    out[int(keys[k] & _ROW_MASK) - hashed.first_row] = row
                j -= 1
        return out

    def _code(self, row: int) -> str | None:
        import bisect

        b = bisect.bisect_right(self.starts, row) - 1
        value: str | None = self.batches[b][row - self.starts[b]]
        return value

    def add(self, hashed: _Hashed) -> None:
        """The codes of the next batch (its rows after every row before)."""
        if not hashed.codes.len():
            return
        places = np.searchsorted(self.keys, hashed.keys) if hashed.places is None else hashed.places
        self.keys = np.insert(self.keys, places, hashed.keys)
        self.starts.append(hashed.first_row)
        self.batches.append(hashed.codes)


def missing_facts(columns: Any, policy: Policy) -> tuple[str, ...]:
    """The facts of ``policy`` that ``columns`` (names in the table form) lack: unknown in every row. Both
    readers of registries (this one and the streaming one, :mod:`subsidy.rules.stream`) take a missing
    fact column so, and name it once."""
    return tuple(name for name in policy.facts if name not in columns)


def one_policy(policies: Any) -> Policy:
    """The policies' facts as one policy's (the first's, with every fact of the others added), so that one
    reading of a registry serves a draft, its baseline and its variants (a fact several declare is read as
    the first declares it)."""
    first, *rest = list(policies)
    facts = dict(first.facts)
    for p in rest:
        for name, f in p.facts.items():
            facts.setdefault(name, f)
    merged: Policy = first if not rest else dataclasses.replace(first, facts=facts)
    return merged


def is_sheet(headers: Any, policy: Policy) -> bool:
    """Whether a file with ``headers`` is a sheet for people (some column named by a fact's Chinese label,
    or with its unit, or an entity column) rather than the table form, whose columns are the facts' own
    names (docs/table-format.md)."""
    for h in headers:
        text = str(h).replace("\ufeff", "").strip()
        if text in policy.facts or text.startswith("rec_"):
            continue
        if text in ENTITY_COLUMNS and text not in ("entity_id", "uscc", "name"):
            return True
        fact = _lookup(text, policy)[0]
        if fact is not None and fact.name in policy.facts:
            return True
    return False


UNIT_ROW = "单位"


def _unit_row(frame: pl.DataFrame, first_row: int) -> tuple[pl.DataFrame, int]:
    """A units row under the header (its first cell 「单位」, then each column's unit or nothing) moves
    each unit into its header, as if the header were written 「项目预算（万元）」."""
    if frame.height == 0 or frame.width == 0 or frame.dtypes[0] != pl.String:
        return frame, first_row
    first = frame.row(0)
    if first[0] is None or str(first[0]).strip() != UNIT_ROW:
        return frame, first_row
    names = {}
    for h, u in zip(frame.columns[1:], first[1:], strict=True):
        unit = "" if u is None else str(u).strip()
        names[h] = f"{h}（{unit}）" if unit else h
    body = frame.slice(1)
    if body.height:
        body = body.rename(names)
    else:
        body = pl.DataFrame(schema={names.get(h, h): t for h, t in body.schema.items()})
    return body, first_row + 1


_DTYPES: dict[str, Any] = {"money": pl.Int64, "integer": pl.Int64, "bool": pl.Boolean, "category": pl.String,
                           "number": pl.Decimal(30, 10), "date": pl.Date}


def _dtype(f: FactDef) -> Any:
    """The column type of a fact in the table form (docs/table-format.md): a date ``Date`` (days since
    1970-01-01), a list ``List(Struct)`` of its item fields."""
    if f.type == "list":
        return pl.List(pl.Struct([pl.Field(x.name, _DTYPES[x.type]) for x in f.items]))
    return _DTYPES[f.type]


def _entity(raw: pl.Series, c: _Column, cells: _Cells, rows: pl.Series) -> pl.Series:
    if c.target == "uscc":  # most codes are written as they should be: only the others are checked further
        given = raw.cast(pl.String)
        ok = _uscc_ok(given)  # 18 characters of the alphabet: nothing to strip, no control character, not empty
        if ok.all():
            cells.skip(2)  # empty, control characters or too long: nothing to flag
            return given.alias("uscc")
        rest = np.flatnonzero(~ok)
        part = cells.part(rest)
        fixed = _entity_checks(given.gather(rest), c, part, rows.gather(rest))
        cells.join(part, rest)
        return given.scatter(rest, fixed).alias("uscc")
    return _entity_checks(raw, c, cells, rows)


def _entity_checks(raw: pl.Series, c: _Column, cells: _Cells, rows: pl.Series) -> pl.Series:
    """An entity column's cells (:func:`_entity`) read and checked one by one."""
    s = raw.cast(pl.String).str.strip_chars()
    if (s == "").any():
        s = pl.select(pl.when(s == "").then(None).otherwise(s)).to_series()
    if c.target == "entity_id" and s.null_count():  # 编号 may be left empty: the row number stands in, as without the column
        s = s.fill_null(rows.cast(pl.String))
    h = c.header
    cells.flag(s.is_null(), h, s, f"{ENTITY_LABELS[c.target]}不能为空")
    cells.flag(_controls(s) | (s.str.len_chars() > MAX_TEXT), h, s, f"「{{}}」含有控制字符或超过 {MAX_TEXT} 个字符")
    if c.target == "uscc":
        ok_as_is = _uscc_ok(s)  # most codes are written as they should be: only the others are normalised
        fast = s
        if not ok_as_is.all():
            rest = np.flatnonzero(~ok_as_is)
            fixed = s.gather(rest).str.replace_all(r"[\s-]", "").str.to_uppercase()
            ok_as_is[rest] = _uscc_ok(fixed)
            fast = s.scatter(rest, fixed)
        ok = pl.Series(ok_as_is)
        # the others (few): read as the one-code check reads them (full-width characters …), with its message
        slow = {i: check_uscc(v) for i, v in zip(np.flatnonzero(~ok.to_numpy()).tolist(),
                                                  s.filter(~ok).to_list(), strict=True) if v is not None}
        if not slow:
            return fast.alias("uscc")
        codes = fast.to_list()
        for i, ch in slow.items():
            codes[i] = ch.code if ch.valid else None
        bad = pl.Series([False] * s.len(), dtype=pl.Boolean).scatter(
            [i for i, ch in slow.items() if not ch.valid], True) if slow else pl.Series([False] * s.len())
        why = pl.Series([None] * s.len(), dtype=pl.String)
        if slow:
            why = why.scatter(list(slow), [f"「{_shown(s[i])}」：{ch.message}" for i, ch in slow.items()])
        cells.flag(bad, h, why, "统一社会信用代码{}", limit=200)
        return pl.Series("uscc", codes, dtype=pl.String)
    return s.alias(c.target)


def _controls(s: pl.Series) -> pl.Series:
    """Where a text holds a character of :data:`_CONTROL_RE` (``str.contains`` of it), the regular expression run
    only if the texts' bytes hold one: a byte below 0x20 or 0x7f, or the UTF-8 of an invisible mark (E2 80 8B–8F,
    E2 80 AA–AE, E2 81 A6–A9)."""
    data: bytes = s.str.join("").cast(pl.Binary).item()
    b = np.frombuffer(data, dtype=np.uint8)
    found = b"\x7f" in data or (b.size > 0 and int(b.min()) < 0x20)
    if not found and b"\xe2" in data:
        lead = np.flatnonzero(b[:-2] == 0xE2)
        second, third = b[lead + 1], b[lead + 2]
        found = bool(((second == 0x80) & (((third >= 0x8B) & (third <= 0x8F)) | ((third >= 0xAA) & (third <= 0xAE)))
                      | ((second == 0x81) & (third >= 0xA6) & (third <= 0xA9))).any())
    return s.str.contains(_CONTROL_RE) if found else pl.repeat(False, s.len(), dtype=pl.Boolean, eager=True)


_ALPHABET_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


_LUT = np.full(256, -1, dtype=np.int64)
_LUT[np.frombuffer(ALPHABET.encode(), dtype=np.uint8)] = np.arange(len(ALPHABET))
_CHARS = np.frombuffer(ALPHABET.encode(), dtype=np.uint8)
_NOT_A_CHAR = 255
_VALUES = bytes(_NOT_A_CHAR if v < 0 else v for v in _LUT.tolist())
"""``bytes.translate`` table: a byte → its value in the alphabet (:data:`_NOT_A_CHAR`: none)."""
_WEIGHTS32 = np.array(WEIGHTS, dtype=np.int32)
_CHECK_OF_SUM = ((31 - np.arange(sum(WEIGHTS) * _NOT_A_CHAR + 1) % 31) % 31).astype(np.uint8)
"""The check character's value of each weighted sum of 17 values (a byte outside the alphabet counted as
:data:`_NOT_A_CHAR`, so that every sum has its entry)."""


def _uscc_ok(codes: pl.Series) -> npt.NDArray[np.bool_]:
    """Where a text is 18 characters of the alphabet whose last is the check character of the first 17
    (what :func:`check_chars` computes), vectorised over the codes' bytes."""
    n = codes.len()
    out = np.zeros(n, dtype=np.bool_)
    shaped = (codes.str.len_bytes() == 18).fill_null(False)  # a character outside ASCII is no letter of the alphabet
    rows = np.flatnonzero(shaped.to_numpy())
    if rows.size:
        joined = (codes if rows.size == n else codes.filter(shaped)).str.join("").cast(pl.Binary).item()
        translated = joined.translate(_VALUES)
        flat = np.frombuffer(translated, dtype=np.uint8)
        values = flat.reshape(rows.size, 18)
        out[rows] = _CHECK_OF_SUM[values[:, :17].astype(np.int32) @ _WEIGHTS32] == values[:, 17]
        if bytes((_NOT_A_CHAR,)) in translated:  # rare: a byte outside the alphabet (whatever the sum says)
            out[rows] &= (values != _NOT_A_CHAR).all(axis=1)
    return out


def check_chars(first17: pl.Series) -> pl.Series:
    """The 统一社会信用代码 check character of each 17-character text, vectorised (the same as
    ``admin.uscc.compute_check_char``); null where the text is not 17 characters of the alphabet."""
    n = first17.len()
    shaped = (first17.str.len_bytes() == 17) & (first17.str.len_chars() == 17)
    shaped = shaped.fill_null(False)
    out = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(shaped.to_numpy())
    if rows.size:
        joined = first17.filter(shaped).str.join("").item().encode("ascii")
        values = _LUT[np.frombuffer(joined, dtype=np.uint8).reshape(rows.size, 17)]
        total = values @ np.array(WEIGHTS, dtype=np.int64)
        check = (31 - total % 31) % 31
        out[rows] = np.where((values >= 0).all(axis=1), check, -1)
    chars = pl.Series("check", _CHARS[np.maximum(out, 0)].view("S1").astype("U1"), dtype=pl.String)
    return pl.select(pl.when(pl.Series(out >= 0)).then(chars).otherwise(None)).to_series()


def read_registry(path: Path, policy: Policy) -> Registry:
    """Read ``path`` (.csv UTF-8, .xlsx first sheet, .parquet) for ``policy``."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise CaseInputError(str(path)[:200], "文件不存在或不是普通文件", "写成名录文件的路径")
    if suffix == ".csv":
        return read_frame(_read_csv(path), policy, path.name)
    if suffix == ".xlsx":
        return read_frame(_read_xlsx(path), policy, path.name)
    if suffix == ".parquet":
        try:
            frame = pl.read_parquet(path)
        except Exception as exc:  # polars raises several kinds on a damaged file
            raise CaseInputError(path.name, "不是有效的 Parquet 文件", "重新导出为 Parquet") from exc
        return read_frame(frame, policy, path.name, first_row=1)
    raise CaseInputError(path.name, "名录只能是 .csv、.xlsx 或 .parquet 文件")


BATCH_ROWS = 1 << 17
"""Rows of a Parquet registry read at a time by :func:`read_batches` (a match holds three batches: the
one read, the one evaluated, the one stored; 2^17 rows keeps a 2.5-million-row Bao'an match under 1 GiB)."""


class RegistryBatches:
    """A Parquet registry read ``batch_rows`` rows at a time (:func:`read_batches`): iterating gives each
    batch as a :class:`Registry` (its good rows, its problems); once iterated, the whole file's figures —
    ``rows_read``, ``problems`` (the first :data:`MAX_PROBLEMS`, as :func:`read_registry` lists them),
    ``problem_counts``, ``missing`` — are those of the whole file read at once. With ``read_ahead`` the
    next batch is read and checked in a thread while the one before is used (Polars reads without the GIL)."""

    def __init__(self, path: Path, policy: Policy, batch_rows: int | None = None, read_ahead: bool = True) -> None:
        if batch_rows is not None and batch_rows < 1:
            raise ValueError("batch_rows must be at least 1")
        self.path, self.policy, self.read_ahead = path, policy, read_ahead
        self._given = batch_rows  # None: BATCH_ROWS in the file's whole row groups (:func:`_whole_groups`)
        self.batch_rows = BATCH_ROWS if batch_rows is None else batch_rows
        self.rows_read = 0
        self.problems: list[Problem] = []
        self.problem_counts: dict[str, int] = {}
        self.missing: tuple[str, ...] = ()
        self._keys: list[tuple[int, int, int]] = []
        self._refused = 0
        self._height: int | None = None

    @property
    def rows_refused(self) -> int:
        return self._refused

    @property
    def height(self) -> int:
        """The file's rows (its good rows are known only once read)."""
        if self._height is None:
            try:
                self._height = int(pl.scan_parquet(self.path).select(pl.len()).collect().item())
            except Exception as exc:  # polars raises several kinds on a damaged file
                raise CaseInputError(self.path.name, "不是有效的 Parquet 文件", "重新导出为 Parquet") from exc
        return self._height

    def _add(self, reg: Registry) -> None:
        self.rows_read += reg.rows_read
        self._refused += reg.rows_refused
        for column, count in reg.problem_counts.items():
            self.problem_counts[column] = self.problem_counts.get(column, 0) + count
        self.missing = reg.missing
        if reg.problems and (len(self._keys) < MAX_PROBLEMS or reg.problem_keys[0] < self._keys[-1]):
            merged = sorted(zip(self._keys + reg.problem_keys, self.problems + reg.problems, strict=True),
                            key=lambda kp: kp[0])[:MAX_PROBLEMS]
            self._keys, self.problems = [k for k, _ in merged], [p for _, p in merged]

    def __iter__(self) -> Iterator[Registry]:
        from concurrent.futures import ThreadPoolExecutor

        name = self.path.name
        total = self.height
        scan = pl.scan_parquet(self.path)
        if self._given is None:
            self.batch_rows = _whole_groups(scan, total)
        reading = _Reading(self.policy, name, batched=True)
        starts = list(range(0, total, self.batch_rows)) or [0]

        renamed: dict[str, str] = {}  # a units row (first batch) moves each unit into its header

        ahead: dict[int, pl.DataFrame] = {}  # the next batch's rows, decoded with this one's

        def read(start: int) -> Registry:
            # two batches decoded at a time: a slice of a row group decodes the whole group (Polars's default
            # group is 2^18 rows), so half as many slices decode half as many groups twice
            frame = ahead.pop(start, None)
            if frame is None:
                try:
                    both = scan.slice(start, 2 * self.batch_rows).collect()
                except Exception as exc:
                    raise CaseInputError(name, "不是有效的 Parquet 文件", "重新导出为 Parquet") from exc
                frame = both.slice(0, self.batch_rows)
                if both.height > self.batch_rows:
                    ahead[start + self.batch_rows] = both.slice(self.batch_rows)
            first_row = start + 1  # a units row takes its number as it does in the whole file
            if start == 0:
                body, first_row = _unit_row(frame, first_row)
                renamed.update((a, b) for a, b in zip(frame.columns, body.columns, strict=True) if a != b)
                frame = body
            elif renamed:
                frame = frame.rename(renamed)
            reg = reading.batch(frame, first_row)
            self._add(reg)
            return reg

        if not self.read_ahead or len(starts) == 1:
            for start in starts:
                yield read(start)
            return
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(read, starts[0])
            for i in range(len(starts)):
                reg = pending.result()
                if i + 1 < len(starts):
                    pending = pool.submit(read, starts[i + 1])
                yield reg
                del reg


def row_group_size(scan: pl.LazyFrame, rows: int) -> int | None:
    """The file's row-group size, as a first slice of ``rows`` rows shows it (its columns come in one chunk per
    row group: two or more whole ones of the same size, or one whole one and the start of the next); None
    where it does not show one (a single chunk, groups of several sizes, a file that cannot be read)."""
    try:
        lengths: list[int] = scan.slice(0, rows).select(pl.first()).collect().to_series().chunk_lengths()
    except Exception:  # a damaged file is named where its batches are read
        return None
    if len(lengths) < 2 or any(n != lengths[0] for n in lengths[1:-1]):
        return None
    return lengths[0]


def _whole_groups(scan: pl.LazyFrame, total: int) -> int:
    """:data:`BATCH_ROWS` rounded down to whole row groups of the file, when they are no larger: a batch that
    ends inside a group has the group decoded again by the next one (with Polars's 125,000-row groups and
    2^17-row batches decoded two at a time, a third more decoding and a copy of each batch into one chunk).
    Otherwise BATCH_ROWS."""
    if total <= BATCH_ROWS:
        return BATCH_ROWS
    group = row_group_size(scan, 2 * BATCH_ROWS)
    return BATCH_ROWS if group is None or group > BATCH_ROWS else BATCH_ROWS // group * group


def read_batches(path: Path, policy: Policy, batch_rows: int | None = None, read_ahead: bool = True) -> RegistryBatches:
    """A Parquet registry for ``policy``, to be read batch by batch (:class:`RegistryBatches`); what each
    row gives, and every problem, is what :func:`read_registry` gives for the whole file. ``batch_rows``
    left out: about :data:`BATCH_ROWS`, in whole row groups of the file."""
    if not path.is_file():
        raise CaseInputError(str(path)[:200], "文件不存在或不是普通文件", "写成名录文件的路径")
    return RegistryBatches(path, policy, batch_rows, read_ahead)


def _no_repeated_header(header: list[str], source: str) -> None:
    """Two columns under one header are refused, naming both (never one of them silently kept)."""
    seen: dict[str, int] = {}
    for i, h in enumerate(header, start=1):
        key = str(h).replace("\ufeff", "").strip()
        if key and key in seen:  # an empty header is the reader's own refusal
            raise CaseInputError(f"{source}「{key[:40]}」", f"第 {seen[key]} 列和第 {i} 列的表头相同",
                                 "每项信息只写一列：删去或改名重复的列")
        seen[key] = i


def _read_csv(path: Path) -> pl.DataFrame:
    head = path.read_bytes()[:3]
    try:
        first = pl.read_csv(path, infer_schema=False, encoding="utf8", has_header=False, n_rows=1, raise_if_empty=True)
        _no_repeated_header(["" if v is None else str(v) for v in first.row(0)] if first.height else [], path.name)
        frame = pl.read_csv(path, infer_schema=False, encoding="utf8", raise_if_empty=True)
    except CaseInputError:
        raise
    except pl.exceptions.NoDataError as exc:
        raise CaseInputError(path.name, "文件是空的", "第一行是表头，每个单位一行") from exc
    except Exception as exc:
        text = str(exc)
        if "utf-8" in text.lower() or "utf8" in text.lower():
            raise CaseInputError(path.name, "文件不是 UTF-8 编码", "用 Excel 或 WPS 另存为「CSV UTF-8」") from exc
        raise CaseInputError(path.name, "CSV 格式错误（各行的列数不一致，或引号不成对）",
                             "用 Excel 或 WPS 另存为「CSV UTF-8」") from exc
    if head.startswith(b"\xef\xbb\xbf") and frame.columns:
        frame = frame.rename({frame.columns[0]: frame.columns[0].lstrip("\ufeff")})
    return frame


def _read_xlsx(path: Path) -> pl.DataFrame:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = [["" if v is None else _cell_text(v) for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise CaseInputError(path.name, "不是有效的 Excel（.xlsx）文件", "用 Excel 或 WPS 重新保存为 .xlsx") from exc
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        raise CaseInputError(path.name, "文件是空的", "第一行是表头，每个单位一行")
    header = [str(h).strip() for h in rows[0]]
    while header and not header[-1]:
        header.pop()
    _no_repeated_header(header, path.name)
    if any(not h for h in header):
        raise CaseInputError(path.name, f"第 {header.index('') + 1} 列没有表头", "每一列都写表头，或删去空列")
    width = len(header)
    body = [[(r[i] if i < len(r) else "") for i in range(width)] for r in rows[1:]]
    return pl.DataFrame({h: [r[i] for r in body] for i, h in enumerate(header)}, schema=dict.fromkeys(header, pl.String))


def _cell_text(v: Any) -> str:
    """An Excel value as the text a person sees (a float through its shortest exact decimal)."""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return format(Decimal(repr(v)).normalize(), "f")
    if isinstance(v, dt.datetime):  # an Excel date cell: a date at midnight (a time of day is shown, refused)
        return v.date().isoformat() if v.time() == dt.time() else str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)
