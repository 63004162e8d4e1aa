"""Support an organisation received under other programmes (其他政策支持), entered by an officer or
imported from a CSV or Excel sheet with Chinese headers. It feeds 差额 (Chaoyang 第三条) and
不重复 (Bao'an 附则) and a clause's own deduction ("统筹省、市政策"): the level (区级/市级/省级/国家级), the
zone (前海 …), the matter it supported, whether it was a 一事一议 decision, and — when the record says so —
the clause of a policy it paid for (deducted from that clause only) and its matter (支持事项) are what those
rules look at.

An import is all or nothing: the first bad row refuses the file with its row and column. Cells are read
by the same domains as a case file (``subsidy.rules.case``): an amount under 金额 carries its unit
(``50万元``, ``50万``), under 金额（元）/ 金额（万元） it is a plain number in the header's unit; a year
is a four-digit year; 一事一议 is 是/否 (or true/false; empty = 否). A CSV is UTF-8 (a GBK file is
refused with a message saying so), at most :data:`MAX_FILE_BYTES`.

Headers (the first row; order free; 区域、事项编号、一事一议、对应政策、对应条款、支持事项 optional;
对应条款 needs 对应政策, a policy id, and is that policy's clause id or citation, checked against it)::

    统一社会信用代码 | 支持项目 | 级别 | 年度 | 金额 (or 金额（元）/ 金额（万元）) | 区域 | 事项编号 | 一事一议
    | 对应政策 | 对应条款 | 支持事项
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, NotFound, PolicyFileError, PolicyNotFound
from subsidy.money import MoneyFormatError, check_fen, parse_money
from subsidy.rules.case import (
    MAX_RECORDS,
    YEAR_MAX,
    YEAR_MIN,
    parse_bool,
    parse_input_money,
    parse_text,
    parse_year,
)
from subsidy.rules.yamlsource import read_utf8
from subsidy.services.access import require_role
from subsidy.services.audit import record
from subsidy.store.tables import Organisation, OtherSupport, User
from subsidy.vocabulary import SUPPORT_LEVELS

__all__ = ["HEADERS", "LEVELS", "add_support", "import_support", "read_rows"]

LEVELS = SUPPORT_LEVELS.words()
LEVEL_LABELS = SUPPORT_LEVELS.labels
HEADERS = {"统一社会信用代码": "uscc", "支持项目": "programme", "项目名称": "programme", "政策名称": "programme",
           "级别": "level", "年度": "year", "金额": "amount", "金额（元）": "amount_yuan", "金额(元)": "amount_yuan",
           "金额（万元）": "amount_wan", "金额(万元)": "amount_wan", "区域": "zone", "事项编号": "project_ref",
           "项目编号": "project_ref", "一事一议": "one_matter", "对应政策": "policy", "对应条款": "clause",
           "支持事项": "matter"}
_REQUIRED = ("uscc", "programme", "level", "year")
MAX_FILE_BYTES = 10 * 1024 * 1024


def add_support(session: Session, actor: User, org: Organisation, *, programme: str, level: str, year: int,
                fen: int, project_ref: str | None = None, one_matter: bool = False, zone: str | None = None,
                source: str = "entered", policy: str | None = None, clause: str | None = None,
                matter: str | None = None) -> OtherSupport:
    require_role(actor, "登记其他政策支持", "officer", "admin")
    if not programme.strip():
        raise CaseInputError("支持项目", "不能为空")
    level = SUPPORT_LEVELS.parse(level, "级别")
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        raise CaseInputError("年度", f"「{year}」不是有效年份")
    if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
        raise CaseInputError("金额", "须为正数")
    check_fen(fen, "金额")
    for what, value, most in (("对应政策", policy, 100), ("对应条款", clause, 100), ("支持事项", matter, 200)):
        if value is not None and len(value.strip()) > most:
            raise CaseInputError(what, f"「{what}」过长（{len(value.strip())} 字，至多 {most} 字）", f"写政策编号、条款编号或事项名称，不超过 {most} 字")
    policy_id, clause_id = _paid_clause((policy or "").strip() or None, (clause or "").strip() or None)
    row = OtherSupport(organisation_id=org.id, programme=programme.strip(), level=level,
                       zone=(zone or "").strip() or None, year=year, fen=fen,
                       project_ref=(project_ref or "").strip() or None, one_matter_decision=one_matter,
                       source=source, recorded_by=actor.id, policy_id=policy_id, clause_id=clause_id,
                       matter=(matter or "").strip() or None)
    session.add(row)
    session.flush()
    record(session, actor, "add_support", f"organisation:{org.id}", support=row.id, programme=row.programme,
           level=row.level, year=year, fen=fen, one_matter_decision=one_matter, source=source,
           **{k: v for k, v in (("policy", policy_id), ("clause", clause_id), ("matter", row.matter)) if v})
    return row


def _paid_clause(policy: str | None, clause: str | None) -> tuple[str | None, str | None]:
    """The policy and clause a record paid for, checked: a clause needs its policy, and must be one of its
    clauses (by id or citation; stored as the id)."""
    if clause is None:
        return policy, None
    if policy is None:
        raise CaseInputError("对应条款", "写了条款但没有写对应政策", "同时写明对应政策（政策编号，如 cn-bj-chaoyang-smart-eldercare）")
    from subsidy.rules.registry import find_policy

    try:
        return policy, find_policy(policy).clause(clause).id
    except PolicyNotFound as exc:
        raise CaseInputError("对应条款", str(exc), "写该政策的条款 id 或条款编号（`subsidy show 政策编号` 查看）") from exc


def read_rows(path: Path) -> list[dict[str, str]]:
    """The sheet's rows as {header: text}; CSV in UTF-8 (with or without BOM) or .xlsx (first sheet)."""
    if path.suffix.lower() == ".xlsx":
        cells = _xlsx_cells(path)
    elif path.suffix.lower() == ".csv":
        try:
            text = read_utf8(path, MAX_FILE_BYTES)
            cells = [list(r) for r in csv.reader(text.splitlines())]
        except PolicyFileError as exc:
            raise CaseInputError(str(path), exc.problem, exc.hint) from exc
        except csv.Error as exc:
            raise CaseInputError(str(path), f"CSV 格式错误：{exc}", "用 Excel 或 WPS 另存为 CSV UTF-8") from exc
    else:
        raise CaseInputError(str(path), "只能导入 .csv 或 .xlsx 文件")
    if not cells:
        raise CaseInputError(str(path), "文件是空的")
    if len(cells) > MAX_RECORDS + 1:
        raise CaseInputError(str(path), f"超过 {MAX_RECORDS} 行", "分成几个文件导入")
    header = [h.strip() for h in cells[0]]
    unknown = [h for h in header if h and h not in HEADERS]
    if unknown:
        raise CaseInputError(str(path), f"无法识别的表头：{'、'.join(u[:20] for u in unknown[:5])}",
                             f"可用表头：{'、'.join(HEADERS)}")
    return [{h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header) if h}
            for r in cells[1:] if any(c.strip() for c in r)]


def _xlsx_cells(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise CaseInputError(str(path), "文件不存在或不是普通文件")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CaseInputError(str(path), f"文件超过 {MAX_FILE_BYTES // 1024 // 1024} MB 上限", "分成几个文件导入")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            cells = []
            for row in wb.worksheets[0].iter_rows(values_only=True):
                cells.append(["" if v is None else _cell_text(v) for v in row])
                if len(cells) > MAX_RECORDS + 1:
                    break
        finally:
            wb.close()
    except CaseInputError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise CaseInputError(str(path), "不是有效的 Excel（.xlsx）文件", "用 Excel 或 WPS 重新保存为 .xlsx") from exc
    return cells


def _cell_text(v: Any) -> str:
    if isinstance(v, float):
        return format(Decimal(repr(v)).normalize(), "f")
    return str(v)


def _label(key: str) -> str:
    return next(h for h, k in HEADERS.items() if k == key)


_PLAIN_NUMBER_RE = re.compile(r"^[0-9]{1,16}(?:\.[0-9]{1,12})?$")


def _amount(fields: dict[str, str], where: str) -> int:
    for key, unit in (("amount_wan", "万元"), ("amount_yuan", "元")):
        if fields.get(key):
            text = fields[key].replace(",", "")
            if not _PLAIN_NUMBER_RE.match(text):
                raise CaseInputError(f"{where}「金额」", f"「{text[:40]}」不是{unit}数",
                                     f"表头已写明单位（{unit}），单元格只写不带单位的正数，如 50 或 12.5")
            try:
                return parse_money(Decimal(text), unit).fen  # type: ignore[arg-type]
            except MoneyFormatError as exc:
                raise CaseInputError(f"{where}「金额」", str(exc), "至多精确到分") from exc
    if fields.get("amount"):
        return parse_input_money(fields["amount"], f"{where}「金额」")
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
                raise CaseInputError(f"{where}「{_label(name)}」", "不能为空")
        texts = {k: parse_text(fields[k], f"{where}「{_label(k)}」") if fields.get(k) else None
                 for k in ("uscc", "programme", "project_ref", "zone", "policy", "clause", "matter")}
        uscc = (texts["uscc"] or "").upper()
        org = session.scalars(select(Organisation).where(Organisation.uscc == uscc)).one_or_none()
        if org is None:
            raise NotFound(f"{where}：统一社会信用代码「{uscc[:40]}」的单位尚未登记", "no_organisation")
        year = parse_year(fields["year"], f"{where}「年度」")
        flag = fields.get("one_matter", "")
        one_matter = bool(flag) and parse_bool(flag, f"{where}「一事一议」")
        try:
            out.append(add_support(session, actor, org, programme=texts["programme"] or "", level=fields["level"],
                                   year=year, fen=_amount(fields, where),
                                   project_ref=texts["project_ref"], one_matter=one_matter,
                                   zone=texts["zone"], source="imported", policy=texts["policy"],
                                   clause=texts["clause"], matter=texts["matter"]))
        except CaseInputError as exc:
            if exc.field.startswith(where):
                raise
            raise CaseInputError(f"{where}「{exc.field}」", exc.problem, exc.hint) from exc
    if not out:
        raise CaseInputError(str(path), "没有数据行")
    return out
