"""The registry reader: units in headers or cells, every bad cell named by row and column (the good
rows kept), whole-file refusals for what no row can fix, and never a traceback on hostile input."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from subsidy.admin.uscc import compute_check_char
from subsidy.errors import CaseInputError
from subsidy.population.reader import read_frame, read_registry
from subsidy.rules.registry import find_policy

CHAOYANG = find_policy("cn-bj-chaoyang-smart-eldercare")


def code(n: int) -> str:
    first = f"91110105{n:09d}"
    return first + compute_check_char(first)


def frame(**cols: list[object]) -> pl.DataFrame:
    n = len(next(iter(cols.values())))
    base = {"统一社会信用代码": [code(i) for i in range(n)], "单位名称": [f"单位{i}" for i in range(n)]}
    return pl.DataFrame({**base, **cols}, schema=dict.fromkeys([*base, *cols], pl.String))


def test_money_in_header_unit_and_in_cells() -> None:
    reg = read_frame(frame(**{"项目预算（万元）": ["860", "12.5", ""], "actual_premium": ["3万元", "1200元", "0.5亿元"]}),
                     CHAOYANG)
    assert reg.problems == []
    assert reg.frame.get_column("project_budget").to_list() == [860_000_000, 12_500_000, None]
    assert reg.frame.get_column("actual_premium").to_list() == [3_000_000, 120_000, 5_000_000_000]


def test_bad_cells_are_named_and_only_their_rows_left_out() -> None:
    reg = read_frame(frame(**{"项目预算（万元）": ["860", "-5", "1e3", "1,000"],
                              "实际保费": ["12万元", "12", "12万元", "12万元"],
                              "operates_in_chaoyang": ["是", "是", "maybe", "否"]}), CHAOYANG)
    assert reg.frame.get_column("row").to_list() == [2]
    text = [str(p) for p in reg.problems]
    assert "第 3 行「项目预算（万元）」：「-5」：金额不能为负数" in text
    assert any(t.startswith("第 4 行「项目预算（万元）」：「1e3」不是万元数") for t in text)
    assert any(t.startswith("第 3 行「实际保费」：「12」缺少单位") for t in text)
    assert any(t.startswith("第 4 行「operates_in_chaoyang」") for t in text)
    assert any(t.startswith("第 5 行「项目预算（万元）」") for t in text)


def test_uscc_checked_and_duplicates_refused() -> None:
    f = frame(operates_in_chaoyang=["是", "是", "是"])
    f = f.with_columns(pl.Series("统一社会信用代码", [code(1), code(1), "91110105000000001A"]))
    reg = read_frame(f, CHAOYANG)
    assert reg.frame.get_column("row").to_list() == [2]
    assert any("第 3 行" in str(p) and "重复" in str(p) for p in reg.problems)
    assert any("第 4 行" in str(p) and "校验码" in str(p) for p in reg.problems)


@pytest.mark.parametrize(("header", "says"), [
    ("项目预算（美元）", "不是金额单位"), ("project_budgte", "是不是「project_budget」"), ("在朝阳区规范经营（万元）", "单位"),
])
def test_header_problems_refuse_the_file(header: str, says: str) -> None:
    with pytest.raises(CaseInputError) as exc:
        read_frame(frame(**{header: ["1"]}), CHAOYANG)
    assert says in str(exc.value)


def test_float_and_missing_entity_columns_refused() -> None:
    with pytest.raises(CaseInputError, match="浮点数"):
        read_frame(pl.DataFrame({"uscc": [code(1)], "name": ["甲"], "project_budget": [1.5]}), CHAOYANG)
    with pytest.raises(CaseInputError, match="统一社会信用代码"):
        read_frame(pl.DataFrame({"name": ["甲"]}), CHAOYANG)


def test_parquet_in_the_table_form(tmp_path: Path) -> None:
    path = tmp_path / "r.parquet"
    pl.DataFrame({"uscc": [code(1), code(2)], "name": ["甲", "乙"], "project_budget": [860_000_000, -1],
                  "scenario_opened": [True, None]}).write_parquet(path)
    reg = read_registry(path, CHAOYANG)
    assert reg.frame.get_column("project_budget").to_list() == [860_000_000]
    assert [str(p) for p in reg.problems] == ["第 2 行「project_budget」：「-1」：金额不能为负数"]


def test_excel_and_csv(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "单位名称", "项目预算（万元）", "开放应用场景"])
    ws.append([code(1), "甲", 860.25, "是"])
    ws.append([code(2), "乙", 3, None])
    wb.save(tmp_path / "r.xlsx")
    reg = read_registry(tmp_path / "r.xlsx", CHAOYANG)
    assert reg.frame.get_column("project_budget").to_list() == [860_250_000, 3_000_000]
    assert reg.frame.get_column("scenario_opened").to_list() == [True, None]
    (tmp_path / "r.csv").write_bytes("统一社会信用代码,单位名称\n".encode("gbk") + "甲".encode("gbk"))
    with pytest.raises(CaseInputError):
        read_registry(tmp_path / "r.csv", CHAOYANG)


CELLS = st.one_of(st.text(max_size=30), st.sampled_from(["NaN", "inf", "-1", "1e400", "9" * 40, "300万元", "300万",
                                                          "12.3456789万元", "-0", "０", "=1+1", "是", "否", ""]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(CELLS, CELLS, CELLS, CELLS), min_size=1, max_size=8))
def test_hostile_cells_never_crash(rows: list[tuple[str, str, str, str]]) -> None:
    f = pl.DataFrame({"uscc": [r[0] if i % 2 else code(i) for i, r in enumerate(rows)],
                      "name": [r[1] or "x" for r in rows], "项目预算（万元）": [r[2] for r in rows],
                      "actual_premium": [r[3] for r in rows]}, schema=dict.fromkeys(["uscc", "name", "项目预算（万元）",
                                                                                    "actual_premium"], pl.String))
    reg = read_frame(f, CHAOYANG)
    assert reg.frame.height + reg.rows_refused == len(rows)
    bad_rows = {p.row for p in reg.problems}
    assert set(reg.frame.get_column("row").to_list()).isdisjoint(bad_rows)
    assert bad_rows | set(reg.frame.get_column("row").to_list()) == set(range(2, len(rows) + 2))
    for fen in reg.frame.get_column("project_budget").drop_nulls().to_list():
        assert 0 <= fen <= 10**14


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=6))
def test_hostile_headers_refused_cleanly(headers: list[str]) -> None:
    cols = list(dict.fromkeys(headers))
    try:
        read_frame(pl.DataFrame({h: ["1"] for h in cols}, schema=dict.fromkeys(cols, pl.String)), CHAOYANG)
    except CaseInputError as exc:
        assert str(exc)


def test_a_units_row_under_the_header() -> None:
    f = pl.DataFrame({"单位": ["单位", code(1), code(2)], "单位名称": ["", "甲", "乙"],
                      "项目预算": ["万元", "860", "-1"]}, schema=dict.fromkeys(["单位", "单位名称", "项目预算"], pl.String))
    f = f.rename({"单位": "统一社会信用代码"})
    reg = read_frame(f, CHAOYANG)
    assert reg.frame.get_column("project_budget").to_list() == [860_000_000]
    assert [p.row for p in reg.problems] == [4]  # rows as the sheet numbers them: header 1, units 2
    with pytest.raises(CaseInputError, match="不是金额单位"):
        read_frame(pl.DataFrame({"uscc": ["单位", code(1)], "name": ["", "甲"], "project_budget": ["美元", "1"]}),
                   CHAOYANG)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ９a", min_size=15, max_size=18), max_size=20))
def test_check_chars_agree_with_the_one_code_check(texts: list[str]) -> None:
    from subsidy.admin.uscc import compute_check_char
    from subsidy.population.reader import check_chars

    def one(t: str) -> str | None:
        try:
            return compute_check_char(t) if len(t) == 17 and t.isascii() and t == t.upper() else None
        except ValueError:
            return None

    assert check_chars(pl.Series(texts, dtype=pl.String)).to_list() == [one(t) for t in texts]


def test_a_repeated_header_is_refused_as_written(tmp_path: Path) -> None:
    """Two columns with the same header: refused, naming it (the CSV reader renamed the second to
    「…_duplicated_0」; the Excel reader silently kept only the last column's values)."""
    header = ["统一社会信用代码", "单位名称", "开放应用场景", "开放应用场景"]
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    ws.append([code(1), "甲", "是", "否"])
    wb.save(tmp_path / "r.xlsx")
    (tmp_path / "r.csv").write_text(",".join(header) + f"\n{code(1)},甲,是,否\n", encoding="utf-8")
    for name in ("r.xlsx", "r.csv"):
        with pytest.raises(CaseInputError) as err:
            read_registry(tmp_path / name, CHAOYANG)
        assert "「开放应用场景」" in str(err.value) and "第 3 列和第 4 列" in str(err.value), str(err.value)
        assert "duplicated" not in str(err.value)


def test_a_wrong_uscc_is_quoted_alone_then_what_is_wrong() -> None:
    """The code is quoted, then the reason (the quote used to run on over the whole reason)."""
    bad = code(1)[:17] + ("0" if code(1)[17] != "0" else "1")
    f = frame(operates_in_chaoyang=["是"]).with_columns(pl.Series("统一社会信用代码", [bad]))
    text = [str(p) for p in read_frame(f, CHAOYANG).problems]
    assert any(t.startswith(f"第 2 行「统一社会信用代码」：统一社会信用代码「{bad}」：校验码错误") for t in text), text


def test_invisible_direction_marks_are_control_characters() -> None:
    """U+202E (right-to-left override) in a name would reorder what an officer reads in every list and
    export; it is refused like the other control characters, and never echoed raw."""
    f = frame(operates_in_chaoyang=["是", "\u202e是"]).with_columns(pl.Series("单位名称", ["甲", "\u202e乙"]))
    reg = read_frame(f, CHAOYANG)
    assert reg.frame.get_column("row").to_list() == [2]
    text = [str(p) for p in reg.problems]
    assert any("第 3 行「单位名称」" in t and "控制字符" in t for t in text), text
    assert not any("\u202e" in t for t in text), text


def test_a_cell_is_checked_against_the_cap_in_its_own_unit() -> None:
    """Amounts in 元 beside one in 亿元: each is checked against the cap in its own unit (200万元 is not
    over 10000亿元 because another cell of the column is written in 亿元)."""
    reg = read_frame(frame(actual_premium=["2000000元", "1亿元", "10001亿元", "2000000000000000元"]), CHAOYANG)
    assert [(p.row, p.message) for p in reg.problems] == [(5, "「2000000000000000元」超过上限 10000亿元"),
                                                         (4, "「10001亿元」超过上限 10000亿元")]
    assert reg.frame.get_column("actual_premium").to_list() == [200_000_000, 10_000_000_000]


def test_an_empty_entity_id_cell_takes_the_row_number() -> None:
    """The template says 编号 may be left empty (默认为行号): an empty cell is the row number, as a missing
    column is, and the row is read, not refused."""
    reg = read_frame(frame(**{"编号": ["A-7", "", "  "], "operates_in_chaoyang": ["是", "是", "否"]}), CHAOYANG)
    assert reg.problems == []
    assert reg.frame.get_column("entity_id").to_list() == ["A-7", "3", "4"]
