"""Support an organisation received under other programmes (其他政策支持), entered by an officer or
imported from a CSV or Excel sheet with Chinese headers. It feeds 差额 (Chaoyang 第三条) and
不重复 (Bao'an 附则): the level (区级/市级/省级/国家级), the zone (前海 …), the matter it supported
and whether it was a 一事一议 decision are what those rules look at.

An import is all or nothing: the first bad row refuses the file with its row and column.

Headers (the first row; order free; 区域、事项编号、一事一议 optional)::

    统一社会信用代码 | 支持项目 | 级别 | 年度 | 金额 (or 金额（元）/ 金额（万元）) | 区域 | 事项编号 | 一事一议
"""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.money import MoneyFormatError, check_fen, parse_money
from subsidy.services.access import require_role
from subsidy.services.audit import record
from subsidy.store.tables import Organisation, OtherSupport, User

__all__ = ["HEADERS", "LEVELS", "add_support", "import_support", "read_rows"]

LEVELS = {"区级": "district", "市级": "city", "省级": "province", "国家级": "national",
          "district": "district", "city": "city", "province": "province", "national": "national"}
LEVEL_LABELS = {"district": "区级", "city": "市级", "province": "省级", "national": "国家级"}
HEADERS = {"统一社会信用代码": "uscc", "支持项目": "programme", "项目名称": "programme", "政策名称": "programme",
           "级别": "level", "年度": "year", "金额": "amount", "金额（元）": "amount_yuan", "金额(元)": "amount_yuan",
           "金额（万元）": "amount_wan", "金额(万元)": "amount_wan", "区域": "zone", "事项编号": "project_ref",
           "项目编号": "project_ref", "一事一议": "one_matter"}
_REQUIRED = ("uscc", "programme", "level", "year")
_YES, _NO = {"是", "y", "yes", "true", "1"}, {"否", "n", "no", "false", "0", ""}


def add_support(session: Session, actor: User, org: Organisation, *, programme: str, level: str, year: int,
                fen: int, project_ref: str | None = None, one_matter: bool = False, zone: str | None = None,
                source: str = "entered") -> OtherSupport:
    require_role(actor, "登记其他政策支持", "officer", "admin")
    if not programme.strip():
        raise CaseInputError("支持项目", "不能为空")
    if level not in LEVELS:
        raise CaseInputError("级别", f"「{level}」无效", "可选：区级、市级、省级、国家级")
    if not 1990 <= year <= 2100:
        raise CaseInputError("年度", f"「{year}」不是有效年份")
    if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
        raise CaseInputError("金额", "须为正数")
    check_fen(fen, "金额")
    row = OtherSupport(organisation_id=org.id, programme=programme.strip(), level=LEVELS[level],
                       zone=(zone or "").strip() or None, year=year, fen=fen,
                       project_ref=(project_ref or "").strip() or None, one_matter_decision=one_matter,
                       source=source, recorded_by=actor.id)
    session.add(row)
    session.flush()
    record(session, actor, "add_support", f"organisation:{org.id}", support=row.id, programme=row.programme,
           level=row.level, year=year, fen=fen, one_matter_decision=one_matter, source=source)
    return row


def read_rows(path: Path) -> list[dict[str, str]]:
    """The sheet's rows as {header: text}; CSV in UTF-8 (with or without BOM) or .xlsx (first sheet)."""
    if not path.is_file():
        raise CaseInputError(str(path), "文件不存在")
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        cells = [["" if v is None else _cell_text(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
    elif path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            cells = [list(r) for r in csv.reader(fh)]
    else:
        raise CaseInputError(str(path), "只能导入 .csv 或 .xlsx 文件")
    if not cells:
        raise CaseInputError(str(path), "文件是空的")
    header = [h.strip() for h in cells[0]]
    unknown = [h for h in header if h and h not in HEADERS]
    if unknown:
        raise CaseInputError(str(path), f"无法识别的表头：{'、'.join(unknown)}", f"可用表头：{'、'.join(HEADERS)}")
    return [{h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header) if h}
            for r in cells[1:] if any(c.strip() for c in r)]


def _cell_text(v: Any) -> str:
    if isinstance(v, float):
        return format(Decimal(repr(v)).normalize(), "f")
    return str(v)


def _amount(fields: dict[str, str], where: str) -> int:
    try:
        if fields.get("amount_wan"):
            return parse_money(Decimal(fields["amount_wan"]), "万元").fen
        if fields.get("amount_yuan"):
            return parse_money(Decimal(fields["amount_yuan"]), "元").fen
        if fields.get("amount"):
            return parse_money(fields["amount"]).fen
    except (MoneyFormatError, InvalidOperation) as exc:
        raise CaseInputError(f"{where}「金额」", f"无法识别：{exc}", "写成 50万元，或用表头 金额（元）") from exc
    raise CaseInputError(f"{where}「金额」", "缺少金额", "写成 50万元，或用表头 金额（元）/ 金额（万元）")


def import_support(session: Session, actor: User, path: Path) -> list[OtherSupport]:
    """Import every row of ``path``; a bad row refuses the whole file (nothing imported)."""
    require_role(actor, "导入其他政策支持", "officer", "admin")
    out: list[OtherSupport] = []
    for n, raw in enumerate(read_rows(path), start=2):
        fields = {HEADERS[h]: v for h, v in raw.items()}
        where = f"{path.name} 第 {n} 行"
        for name in _REQUIRED:
            if not fields.get(name):
                label = next(h for h, k in HEADERS.items() if k == name)
                raise CaseInputError(f"{where}「{label}」", "不能为空")
        org = session.scalars(select(Organisation).where(Organisation.uscc == fields["uscc"].upper())).one_or_none()
        if org is None:
            raise DomainRefusal(f"{where}：统一社会信用代码「{fields['uscc']}」的单位尚未登记", "no_organisation")
        if not fields["year"].isdigit():
            raise CaseInputError(f"{where}「年度」", f"「{fields['year']}」不是年份")
        flag = fields.get("one_matter", "").lower()
        if flag not in _YES | _NO:
            raise CaseInputError(f"{where}「一事一议」", f"「{flag}」应填 是 或 否")
        try:
            out.append(add_support(session, actor, org, programme=fields["programme"], level=fields["level"],
                                   year=int(fields["year"]), fen=_amount(fields, where),
                                   project_ref=fields.get("project_ref"), one_matter=flag in _YES,
                                   zone=fields.get("zone"), source="imported"))
        except CaseInputError as exc:
            if exc.field.startswith(where):
                raise
            raise CaseInputError(f"{where}「{exc.field}」", exc.problem, exc.hint) from exc
    if not out:
        raise CaseInputError(str(path), "没有数据行")
    return out
