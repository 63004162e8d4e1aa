"""The empty registry for a policy: its column headers (Chinese labels, money with its unit) and, for
each column, the type, unit, allowed values and help a person filling it in needs."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from subsidy.money import FEN_PER_UNIT
from subsidy.population.reader import ATTRIBUTES
from subsidy.rules.describe import PAYMENT_FACTS_LABEL, clause_facts, payment_facts
from subsidy.rules.model import FactDef, Policy

__all__ = ["HEADERS", "TemplateColumn", "human_sheet", "template_columns"]

_TYPES = {"money": "金额", "bool": "是/否", "category": "类别", "integer": "整数", "number": "数字", "date": "日期",
          "list": "列表"}


@dataclass(frozen=True)
class TemplateColumn:
    header: str  # what the reader reads: the label, money with its unit in brackets
    fact: str  # the fact's name ("" for an entity column)
    kind: str
    unit: str
    allowed: str
    help: str
    clauses: str  # the articles that need the fact
    in_sheet: bool = True  # a list fact is described, but no column of the sheet (a cell cannot hold a list)

    def cells(self) -> list[str]:
        return [self.header, self.fact, self.kind, self.unit, self.allowed, self.clauses, self.help]


HEADERS = ("列名", "事实名", "类型", "单位", "填写方式或可选值", "用于条款", "说明")


def _column(f: FactDef, clauses: str) -> TemplateColumn:
    unit = f.unit or ""
    header = f"{f.label}（{unit}）" if f.type == "money" else f.label
    if f.type == "money":
        allowed = f"不带单位的数（以{unit}计，至多精确到分），如 12.5；不知道则留空"
    elif f.type == "bool":
        allowed = "是 或 否；不知道则留空"
    elif f.type == "category":
        allowed = "、".join(f.values) + "；不知道则留空"
    elif f.type == "date":
        allowed = "日期，写成 年-月-日，如 2025-01-01（Excel 的日期单元格也可）；不知道则留空"
    elif f.type == "list":
        fields = "、".join(f"{x.label}（{_TYPES[x.type]}）" for x in f.items)
        allowed = (f"每项含 {fields}；表格（CSV、Excel）写不下列表，不设此列（即为未知）："
                   f"用 Parquet 的 List(Struct) 列「{f.name}」或逐案的案例文件")
        return TemplateColumn(f.label, f.name, _TYPES[f.type], "", allowed, " ".join(f.help.split()), clauses,
                              in_sheet=False)
    else:
        allowed = f"{_TYPES[f.type]}；不知道则留空"
    return TemplateColumn(header, f.name, _TYPES[f.type], unit, allowed, " ".join(f.help.split()), clauses)


def template_columns(policy: Policy, *, attributes: bool = False) -> list[TemplateColumn]:
    """Entity columns, then every fact of ``policy`` (with the articles that use it, and those whose
    payments alone it changes: 支付安排); the descriptive attributes too if asked."""
    uses: dict[str, list[str]] = {}
    paying: dict[str, list[str]] = {}
    for c in policy.clauses:
        for into, facts in ((uses, clause_facts(policy, c)), (paying, payment_facts(policy, c))):
            for f in facts:
                if c.cite not in into.setdefault(f.name, []):
                    into[f.name].append(c.cite)
    for name, cites in paying.items():
        uses.setdefault(name, []).append(f"{'、'.join(cites)}的{PAYMENT_FACTS_LABEL}")
    cols = [TemplateColumn("统一社会信用代码", "uscc", "文字", "", "18 位代码（必填）", "", "单位的统一社会信用代码"),
            TemplateColumn("单位名称", "name", "文字", "", "必填", "", "单位全称"),
            TemplateColumn("编号", "entity_id", "文字", "", "可不填（默认为行号）", "", "名录内部编号")]
    if attributes:
        cols += [_column(f, "") for f in ATTRIBUTES.values()]
    cols += [_column(f, "、".join(uses.get(name, ["申报主体"]))) for name, f in policy.facts.items()]
    return cols


def human_sheet(frame: pl.DataFrame, policy: Policy) -> pl.DataFrame:
    """A registry in the table form (money Int64 分) as a person's sheet: the template's Chinese headers,
    money as plain numbers in the header's unit, yes/no as 是/否, unknown as an empty cell."""
    defs = {**ATTRIBUTES, **policy.facts}
    headers = {c.fact: c.header for c in template_columns(policy, attributes=True)}
    out = []
    for name in frame.columns:
        col = pl.col(name)
        f = defs.get(name)
        if f is not None and f.type == "list":  # no column of a sheet (template_columns)
            continue
        if f is not None and f.type == "money":
            factor = FEN_PER_UNIT[f.unit or "元"]
            places = len(str(factor)) - 1
            whole = (col // factor).cast(pl.String)
            frac = (col % factor).cast(pl.String).str.pad_start(places, "0").str.strip_chars_end("0")
            expr = pl.when(frac == "").then(whole).otherwise(pl.concat_str([whole, pl.lit("."), frac]))
        elif f is not None and f.type == "bool":
            expr = pl.when(col.is_null()).then(None).when(col).then(pl.lit("是")).otherwise(pl.lit("否"))
        else:
            expr = col.cast(pl.String)
        out.append(expr.alias(headers.get(name, name)))
    return frame.select(out)
