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


@pytest.mark.db
def test_a_record_names_the_clause_and_matter_it_paid_for(engine: object, tmp_path: Path) -> None:
    """对应政策 / 对应条款 / 支持事项 (deduct13): the clause is checked against the policy and stored by id; the
    case records of that policy name it (deducted from that clause only), another policy's do not."""
    from subsidy.services.history import case_records_from_db
    from subsidy.store.tables import OtherSupport

    with tx(engine) as s:  # type: ignore[arg-type]
        add_call(s)
        org = add_org(s, 1)
    path = tmp_path / "s.csv"
    path.write_text("统一社会信用代码,支持项目,级别,年度,金额,对应政策,对应条款,支持事项\n"
                    f"{uscc(1)},区级场景专项,区级,2027,30万元,cn-bj-chaoyang-smart-eldercare,第七条,场景开放\n"
                    f"{uscc(1)},市级其他,市级,2027,5万元,,,\n", encoding="utf-8")
    with tx(engine) as s:  # type: ignore[arg-type]
        rows = import_support(s, user(s, "officer"), path)
        assert [(r.policy_id, r.clause_id, r.matter) for r in rows] == [
            ("cn-bj-chaoyang-smart-eldercare", "art7", "场景开放"), (None, None, None)]
    with tx(engine) as s:  # type: ignore[arg-type]
        named = case_records_from_db(s, org.id, "cn-bj-chaoyang-smart-eldercare")["other_support"]
        other = case_records_from_db(s, org.id, "cn-sz-baoan-ai-health")["other_support"]
        assert s.query(OtherSupport).count() == 2
    assert [(r.get("clause"), r.get("matter")) for r in named] == [("art7", "场景开放"), (None, None)]
    assert [r.get("clause") for r in other] == [None, None]  # a clause of another policy is not this one's


@pytest.mark.db
@pytest.mark.parametrize(("cells", "expected"), [
    ("cn-bj-chaoyang-smart-eldercare,第九十九条", "第 2 行「对应条款」.*没有条款「第九十九条」"),
    (",art7", "第 2 行「对应条款」.*没有写对应政策"),
])
def test_a_clause_that_is_not_the_policys_refuses_the_file(engine: object, tmp_path: Path, cells: str,
                                                           expected: str) -> None:
    with tx(engine) as s:  # type: ignore[arg-type]
        add_call(s)
        add_org(s, 1)
    path = tmp_path / "s.csv"
    path.write_text(f"统一社会信用代码,支持项目,级别,年度,金额,对应政策,对应条款\n{uscc(1)},x,区级,2027,1万元,{cells}\n",
                    encoding="utf-8")
    before = snapshot(engine)  # type: ignore[arg-type]
    with pytest.raises(CaseInputError, match=expected), tx(engine) as s:  # type: ignore[arg-type]
        import_support(s, user(s, "officer"), path)
    assert snapshot(engine) == before  # type: ignore[arg-type]
