"""Batch assessment of an uploaded table (``POST /api/assess/batch``): one row per applicant, read
cell by cell with the case reader (so a cell is written as in a case file: ``300万元``, ``是``), then
assessed in one pass by the table evaluator (:mod:`subsidy.rules.vector`, equal row for row to
``assess``). The answer is a CSV results file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import Request

from subsidy.errors import CaseInputError
from subsidy.money import Money
from subsidy.rules.case import parse_case, parse_date
from subsidy.rules.model import Policy
from subsidy.rules.results import Reason
from subsidy.rules.vector import evaluate_table, table_from_cases
from subsidy.services.reports import csv_text
from subsidy.suggest import aside
from subsidy.web.errors import ApiError

__all__ = ["FORM_SCHEMA", "MAX_BYTES", "MAX_ROWS", "BatchForm", "assess_upload", "read_form"]

MAX_BYTES = 5 * 1024 * 1024  # the uploaded file
MAX_ROWS = 10_000
_FORM_OVERHEAD = 64 * 1024  # the other fields and the multipart framing

FORM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["file", "policy"],
    "properties": {
        "file": {"type": "string", "format": "binary",
                 "description": f"CSV（UTF-8）或 Parquet（.parquet），最多 {MAX_BYTES // 1024 // 1024} MB、{MAX_ROWS} 行"},
        "policy": {"type": "string", "description": "政策编号"},
        "as_of": {"type": "string", "description": "评估日期（默认今天），如 2027-04-15"},
        "effective_from": {"type": "string", "description": "征求意见稿的假定施行日期"},
        "no_records": {"type": "string", "enum": ["true", "false"],
                       "description": "true：各行均无已获资助、其他支持和处罚记录（默认 false：记录未知）"},
    },
}
_FIELDS = ("file", "policy", "as_of", "effective_from", "no_records")
_VERDICT = {1: "可享", 0: "不可享", -1: "待补充"}


@dataclass(frozen=True)
class BatchForm:
    policy: str
    filename: str
    content: bytes
    as_of: str | None
    effective_from: str | None
    no_records: bool


def _text_field(form: Any, name: str) -> str | None:
    value = form.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(422, "invalid_request", f"表单字段「{name}」应当是文字，不是文件", name)
    return value.strip() or None


async def read_form(request: Request) -> BatchForm:
    """The multipart form, bounded before it is parsed (``Content-Length`` is required)."""
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        raise ApiError(411, "invalid_request", "请求缺少 Content-Length（上传文件时由客户端自动加上）", "file")
    if int(declared) > MAX_BYTES + _FORM_OVERHEAD:
        raise ApiError(413, "too_large", f"上传的文件超过 {MAX_BYTES // 1024 // 1024} MB 上限（处理办法：拆成几个文件分批上传）",
                       "file")
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise ApiError(422, "invalid_request", "请以 multipart/form-data 表单上传：字段 file（文件）和 policy（政策编号）",
                       "file")
    try:
        form = await request.form(max_files=1, max_fields=len(_FIELDS))
    except Exception as exc:  # a damaged form: the parser's own exceptions vary by cause
        raise ApiError(422, "invalid_request", "表单无法读取（multipart 格式有误）", "file") from exc
    try:
        return await _fields(form)
    finally:
        await form.close()  # the spooled upload


async def _fields(form: Any) -> BatchForm:
    for key in form:
        if key not in _FIELDS:
            raise ApiError(422, "invalid_request", f"不认识的表单字段「{key[:40]}」（可用：{'、'.join(_FIELDS)}）", key[:40])
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(422, "invalid_request", "缺少上传的文件（表单字段 file）", "file")
    content = await upload.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise ApiError(413, "too_large", f"上传的文件超过 {MAX_BYTES // 1024 // 1024} MB 上限", "file")
    policy = _text_field(form, "policy")
    if policy is None:
        raise ApiError(422, "invalid_request", "缺少政策编号（表单字段 policy）", "policy")
    flag = _text_field(form, "no_records") or "false"
    if flag not in ("true", "false"):
        raise ApiError(422, "invalid_request", f"no_records 应为 true 或 false，收到「{flag[:20]}」", "no_records")
    return BatchForm(policy, upload.filename or "", content, _text_field(form, "as_of"),
                     _text_field(form, "effective_from"), flag == "true")


# the opening bytes of files people upload by mistake instead of a CSV: what each is called
_NOT_A_TABLE = ((b"PK\x03\x04", "Excel 表格（.xlsx）或压缩包"), (b"\xd0\xcf\x11\xe0", "Excel 97-2003 表格（.xls）"),
                (b"%PDF", "PDF 文件"), (b"\x89PNG", "图片（PNG）"), (b"\xff\xd8\xff", "图片（JPEG）"))


def _header(text: str) -> None:
    """A column written twice is refused as written (the CSV reader would rename the second one)."""
    first = next(csv.reader(io.StringIO(text)), [])
    seen: set[str] = set()
    for col in (c.strip() for c in first):
        if col in seen:
            raise ApiError(422, "invalid_input", f"列「{col[:60]}」在第一行出现了两次（处理办法：每个事实只写一列）",
                           f"file.{col[:60]}")
        seen.add(col)


def _frame(form: BatchForm) -> Any:
    import polars as pl

    parquet = form.filename.lower().endswith(".parquet") or form.content[:4] == b"PAR1"
    kind = next((k for magic, k in _NOT_A_TABLE if form.content.startswith(magic)), None)
    if kind is not None:
        raise ApiError(422, "invalid_input", f"文件是{kind}，不是 CSV 或 Parquet"
                                             "（处理办法：在表格软件中另存为「CSV UTF-8」后上传）", "file")
    try:
        if parquet:
            return pl.read_parquet(io.BytesIO(form.content))
        try:
            text = form.content.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise ApiError(422, "invalid_input", f"文件不是 UTF-8 编码（第 {exc.start + 1} 字节无法按 UTF-8 读取；可能是 GBK 编码）"
                                                 "（处理办法：用表格软件另存为 CSV UTF-8）", "file") from exc
        if not text.strip():
            raise ApiError(422, "invalid_input", "文件是空的（处理办法：第一行写列名，之后每行一个申报主体）", "file")
        _header(text)
        return pl.read_csv(text.encode("utf-8"), infer_schema=False, n_rows=MAX_ROWS + 1)
    except ApiError:
        raise
    except Exception as exc:  # polars reports a damaged file with several exception types, in English
        why = ("文件已损坏或不是 Parquet 格式" if parquet
               else "格式有误，如某行的列数多于第一行的列名、引号未成对")
        raise ApiError(422, "invalid_input", f"{'Parquet' if parquet else 'CSV'} 文件无法读取：{why}"
                                             "（处理办法：检查文件格式；CSV 的第一行是列名，每行列数相同）", "file") from exc


def _cell(value: Any) -> Any:
    """A cell as the case reader reads it: text, yes/no, integer and exact decimal stay; anything else
    (a float, a date) becomes its text, so it is read by the fact's domain and never guessed."""
    if value is None or isinstance(value, str | bool | int | Decimal):
        return value
    return str(value)


def _columns(p: Policy, names: list[str]) -> dict[str, str]:
    """Column → fact name (a column may carry the fact's name or its Chinese label), or ``name``."""
    by_label = {f.label: f.name for f in p.facts.values()}
    out: dict[str, str] = {}
    for col in names:
        key = col.strip()
        fact = key if key in p.facts or key == "name" else by_label.get(key)
        if fact is None:
            raise ApiError(422, "invalid_input", f"列「{key[:60]}」不是政策 {p.id} 的事实{aside(key, list(p.facts))}"
                                                 f"（处理办法：列名写事实名或其中文名称，用 GET /api/policies/{p.id} 查看）",
                           f"file.{key[:60]}")
        if fact in out.values():
            raise ApiError(422, "invalid_input", f"列「{key[:60]}」与另一列是同一个事实", f"file.{key[:60]}")
        out[col] = fact
    return out


def _upper_bound(p: Policy, total: int, undecided: list[int]) -> str:
    """合计上限 of a row, as ``PolicyResult.upper_bound_fen`` says it (the ceilings of the undecided
    clauses, -1 where unknown): the total itself when none is undecided, blank when a ceiling is unknown."""
    if any(x < 0 for x in undecided):
        return ""
    return Money(max([total, *undecided]) if p.highest_over_all else total + sum(undecided)).yuan_str()


def assess_upload(p: Policy, form: BatchForm, today: dt.date) -> str:
    """The results file (CSV text) for the uploaded table."""
    as_of = parse_date(form.as_of, "as_of") if form.as_of else today
    eff = parse_date(form.effective_from, "effective_from") if form.effective_from else None
    frame = _frame(form)
    if frame.height > MAX_ROWS:
        raise ApiError(413, "too_large", f"文件超过 {MAX_ROWS} 行上限（处理办法：拆成几个文件分批上传）", "file")
    if frame.height == 0:
        raise ApiError(422, "invalid_input", "文件没有数据行（第一行是列名，之后每行一个申报主体）", "file")
    columns = _columns(p, list(frame.columns))
    cases = []
    labels = []
    none: list[Any] = []
    for n, row in enumerate(frame.iter_rows(named=True), start=1):
        values = {columns[c]: _cell(v) for c, v in row.items()}
        name = values.pop("name", None)
        data: dict[str, Any] = {"facts": {k: v for k, v in values.items() if v is not None and v != ""},
                                "as_of": as_of.isoformat()}
        if form.no_records:
            data.update(history=none, other_support=none, bars=none)
        try:
            cases.append(parse_case(data, p, today=today, name=f"row{n}"))
        except CaseInputError as exc:
            raise ApiError(422, "invalid_input", f"文件第 {n} 行（不计列名行）：{exc}", f"file[{n}].{exc.field}") from exc
        labels.append("" if name is None else str(name)[:200])
    result = evaluate_table(p, table_from_cases(p, cases), as_of, effective_from=eff)
    headers = ["行号", "名称", "合计最高可获（元）", "合计上限（元）"]
    open_ = [j for j, c in enumerate(p.clauses) if c.kind != "manual_amount" and c.benefit is None]  # cash
    cites = [c.cite for c in p.clauses]
    for cite in cites:
        headers += [f"{cite} 结论", f"{cite} 原因", f"{cite} 最高可获（元）", f"{cite} 就高差额后（元）"]
    rows: list[list[Any]] = []
    for i in range(len(cases)):
        line: list[Any] = [i + 1, labels[i], Money(int(result.total[i])).yuan_str(),
                           _upper_bound(p, int(result.total[i]),
                                        [int(result.ceiling[i, j]) for j in open_ if int(result.eligible[i, j]) == -1])]
        for j in range(len(cites)):
            ceiling, granted = int(result.ceiling[i, j]), int(result.granted[i, j])
            line += [_VERDICT[int(result.eligible[i, j])], Reason(int(result.reason[i, j])).label,
                     "" if ceiling < 0 else Money(ceiling).yuan_str(), "" if granted < 0 else Money(granted).yuan_str()]
        rows.append(line)
    return csv_text(tuple(headers), rows)
