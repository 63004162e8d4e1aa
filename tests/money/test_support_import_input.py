"""Imports of other support read every cell by its domain (issue 7): a bad file or cell is a clean
refusal naming the row and column, never a traceback, a hang or a misread amount."""

from __future__ import annotations

from pathlib import Path

import pytest
from money_factories import add_call, add_org, snapshot, tx, uscc, user

from subsidy.errors import CaseInputError
from subsidy.services.other_support import import_support, read_rows

HEADER = "统一社会信用代码,支持项目,级别,年度,金额,一事一议\n"


def test_a_gbk_csv_is_refused_naming_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes((HEADER + "x,深圳市科技计划,市级,2025,50万元,否\n").encode("gbk"))
    with pytest.raises(CaseInputError, match=r"不是 UTF-8 编码（第 [0-9]+ 字节.*另存为 UTF-8"):
        read_rows(path)


def test_a_directory_or_device_is_not_a_sheet(tmp_path: Path) -> None:
    folder = tmp_path / "d.csv"
    folder.mkdir()
    with pytest.raises(CaseInputError, match="目录"):
        read_rows(folder)
    if Path("/dev/zero").exists():
        with pytest.raises(CaseInputError, match="只能导入"):
            read_rows(Path("/dev/zero"))  # suffix check first: it is not even opened


def test_a_damaged_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CaseInputError, match="不是有效的 Excel"):
        read_rows(path)


@pytest.mark.db
@pytest.mark.parametrize(("cells", "expected"), [
    ("2025,500000,否", "3 行「金额」.*缺少单位.*500000元 或 50万元"),
    ("2025,-50万元,否", "「金额」.*不能为负数"),
    ("2025,99999999999万元,否", "「金额」.*上限"),
    ("2025,50万元,yes", "「一事一议」.*true 或 false"),
    ("2025,50万元,1", "「一事一议」"),
    ("²⁰²⁵,50万元,否", "「年度」"),
    ("2025.0,50万元,否", "「年度」"),
    ("3025,50万元,否", "「年度」.*2100"),
    ("2025,NaN万元,否", "「金额」"),
])
def test_bad_cells_refuse_the_whole_file(engine: object, tmp_path: Path, cells: str, expected: str) -> None:
    with tx(engine) as s:  # type: ignore[arg-type]
        add_call(s)
        add_org(s, 1)
    path = tmp_path / "s.csv"
    path.write_text(HEADER + f"{uscc(1)},深圳市科技计划,市级,2025,1万元,否\n{uscc(1)},前海专项,区级,{cells}\n",
                    encoding="utf-8")
    before = snapshot(engine)  # type: ignore[arg-type]
    with pytest.raises(CaseInputError, match=expected), tx(engine) as s:  # type: ignore[arg-type]
        import_support(s, user(s, "officer"), path)
    assert snapshot(engine) == before  # type: ignore[arg-type]


@pytest.mark.db
def test_header_units_take_a_plain_number(engine: object, tmp_path: Path) -> None:
    with tx(engine) as s:  # type: ignore[arg-type]
        add_call(s)
        add_org(s, 1)
    path = tmp_path / "s.csv"
    path.write_text(f"统一社会信用代码,支持项目,级别,年度,金额（万元）,一事一议\n{uscc(1)},x,市级,2025,12.5,是\n"
                    f"{uscc(1)},y,市级,2025,-3,否\n", encoding="utf-8")
    with pytest.raises(CaseInputError, match=r"3 行「金额」.*不是万元数"), tx(engine) as s:  # type: ignore[arg-type]
        import_support(s, user(s, "officer"), path)
