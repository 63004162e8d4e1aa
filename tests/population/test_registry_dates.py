"""Registries with date and list facts: a date column as Parquet ``Date``, ISO 年-月-日 text (CSV, Excel)
or an Excel date cell, read as the table path holds dates; a bad date named by row and column (the good
rows kept); list facts from Parquet ``List(Struct)``, refused in CSV and Excel with the fact's name."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from subsidy.admin.uscc import compute_check_char
from subsidy.errors import CaseInputError
from subsidy.population.reader import read_batches, read_frame, read_registry
from subsidy.population.template import human_sheet, template_columns
from subsidy.rules.case import FACT_YEAR_MIN, YEAR_MAX, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.store.tables import AdoptedPolicy

TIANHE = find_policy("cn-gz-tianhe-hk-macao-youth")
MEALS = find_policy("cn-gz-elderly-meal-aid")
DAY = dt.date(2025, 6, 30)


def code(n: int) -> str:
    first = f"91440106{n:09d}"
    return first + compute_check_char(first)


def _date(rnd: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(lo, 1, 1) + dt.timedelta(days=rnd.randrange((dt.date(hi, 12, 31) - dt.date(lo, 1, 1)).days))


def tianhe_facts(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` entities' facts of the Tianhe policy in the case file's form (unknowns left out): young and
    older founders, firms before and after the policy, employment starts on either side of the date."""
    rnd = random.Random(seed)
    spans = {"birth_date": (1975, 2008), "operating_since": (2018, 2025), "employment_start": (2022, 2025)}
    out = []
    for _ in range(n):
        facts: dict[str, Any] = {}
        for name, f in TIANHE.facts.items():
            if rnd.random() < 0.15:
                continue
            if f.type == "bool":
                facts[name] = rnd.random() < 0.8 if name not in ("criminal_record", "dishonesty_punishment_target") \
                    else rnd.random() < 0.1
            elif f.type == "category":
                facts[name] = rnd.choice(f.values)
            elif f.type == "date":
                facts[name] = _date(rnd, *spans[name]).isoformat()
            elif f.type == "money":
                facts[name] = f"{rnd.randint(0, 400) * 10_000}{f.unit or '元'}"
            elif f.type == "number":
                facts[name] = rnd.choice(["0.1", "0.25", "0.3", "0.5", "1"])
            else:
                lo, hi = f.range
                facts[name] = rnd.randint(int(lo), min(int(hi), 40))
        out.append(facts)
    return out


def as_sheet(facts: list[dict[str, Any]]) -> pl.DataFrame:
    """The facts as a person's sheet: the template's headers (money in the header's unit), 是/否."""
    cols = {c.fact: c for c in template_columns(TIANHE)}
    data: dict[str, list[Any]] = {"统一社会信用代码": [code(i) for i in range(len(facts))],
                                  "单位名称": [f"天河单位{i}" for i in range(len(facts))]}
    for name, f in TIANHE.facts.items():
        cells = []
        for row in facts:
            v = row.get(name)
            if v is None:
                cells.append("")
            elif f.type == "bool":
                cells.append("是" if v else "否")
            elif f.type == "money":
                cells.append(str(v).removesuffix(f.unit or "元"))
            else:
                cells.append(str(v))
        data[cols[name].header] = cells
    return pl.DataFrame(data, schema=dict.fromkeys(data, pl.String))


@pytest.mark.db
def test_a_tianhe_registry_with_dates_matches_as_assess_does_each_row(engine: Engine, tmp_path: Path) -> None:
    """The match of a Tianhe registry (dates as text in a CSV, and as Parquet Date) gives each row's
    outcome, ceiling and amount of every clause as one-case ``assess`` of the same facts."""
    from subsidy.services import matching

    facts = tianhe_facts(120, 5)
    sheet = as_sheet(facts)
    sheet.write_csv(tmp_path / "tianhe.csv")
    csv = read_registry(tmp_path / "tianhe.csv", TIANHE)
    assert csv.problems == [] and csv.frame.height == 120
    assert csv.frame.schema["birth_date"] == pl.Date
    typed = csv.frame.drop("row")
    typed.write_parquet(tmp_path / "tianhe.parquet")
    parquet = read_registry(tmp_path / "tianhe.parquet", TIANHE)
    assert parquet.problems == [] and parquet.frame.drop("row").equals(typed)
    batches = read_batches(tmp_path / "tianhe.parquet", TIANHE, batch_rows=50)
    assert pl.concat([b.frame for b in batches]).equals(parquet.frame)
    adopted = AdoptedPolicy(policy_id=TIANHE.id, version=TIANHE.version, effective_from=TIANHE.effective_from)
    outcomes = set()
    with Session(engine) as s:
        for registry in (csv, parquet):
            ev = matching.evaluate_registry(s, TIANHE, adopted, registry, DAY)
            for i, row in enumerate(facts):
                case = parse_case({"as_of": DAY.isoformat(), "facts": row, "history": [], "other_support": [],
                                   "bars": []}, TIANHE)
                result = assess(TIANHE, case, effective_from=TIANHE.effective_from)
                for j, r in enumerate(result.clauses):
                    eligible = {True: 1, False: 0, None: -1}[r.eligible]
                    stacked = eligible == 1 and r.clause.kind == "monetary" and not r.granted_fen
                    assert int(ev.outcome[i, j]) == (0 if stacked else eligible), (i, r.clause.id)
                    outcomes.add(int(ev.outcome[i, j]))
                    if eligible == 1 and r.clause.kind == "monetary":
                        assert int(ev.granted[i, j]) == (r.granted_fen or 0), (i, r.clause.id)
                    if eligible != 0 and r.ceiling_fen is not None:
                        assert int(ev.ceiling[i, j]) == r.ceiling_fen, (i, r.clause.id)
            # the stored facts are the case file's: dates as 年-月-日
            stored = matching._facts_texts(TIANHE, registry.frame)
            assert [parse_case({"as_of": DAY.isoformat(), "facts": json.loads(t)}, TIANHE).facts
                    for t in stored[:20]] == [parse_case({"as_of": DAY.isoformat(), "facts": f}, TIANHE).facts
                                              for f in facts[:20]]
    assert outcomes == {-1, 0, 1}  # every outcome is met


def test_bad_dates_are_named_by_row_and_column_and_the_good_rows_kept() -> None:
    cells = ["1990-05-01", "1990-02-30", "1990/05/01", "", "五月", "1899-12-31", "2101-01-01", "1990-5-1",
             "２０００-０１-０１", "2000-01-01T00:00", " 2001-03-04 "]
    reg = read_frame(pl.DataFrame({"统一社会信用代码": [code(i) for i in range(len(cells))],
                                   "单位名称": [f"单位{i}" for i in range(len(cells))], "出生日期": cells}), TIANHE)
    assert [(p.row, p.column) for p in reg.problems] == [(r, "出生日期") for r in (4, 6, 9, 10, 11, 3, 7, 8)]
    messages = {p.row: p.message for p in reg.problems}
    assert messages[3] == "「1990-02-30」不是真实存在的日期：「出生日期」写成 年-月-日，如 2025-01-01"
    assert messages[4] == "「1990/05/01」：「出生日期」应当是日期，写成 年-月-日，如 2025-01-01"
    assert messages[7] == f"「1899-12-31」：「出生日期」应在 {FACT_YEAR_MIN}–{YEAR_MAX} 年之间"
    assert reg.frame.get_column("row").to_list() == [2, 5, 12]
    assert reg.frame.get_column("birth_date").to_list() == [dt.date(1990, 5, 1), None, dt.date(2001, 3, 4)]
    assert reg.problem_counts == {"出生日期": 8}


def test_a_parquet_date_column_is_read_as_it_is_and_checked(tmp_path: Path) -> None:
    dates = [dt.date(1990, 1, 2), None, dt.date(1850, 1, 1)]
    pl.DataFrame({"uscc": [code(i) for i in range(3)], "name": ["甲", "乙", "丙"], "birth_date": dates}) \
        .write_parquet(tmp_path / "d.parquet")
    reg = read_registry(tmp_path / "d.parquet", TIANHE)
    assert [(p.row, p.column) for p in reg.problems] == [(3, "birth_date")]  # a Parquet file has no header row
    assert reg.frame.get_column("birth_date").to_list() == dates[:2]
    pl.DataFrame({"uscc": [code(1)], "name": ["甲"], "birth_date": [19900102]}).write_parquet(tmp_path / "i.parquet")
    with pytest.raises(CaseInputError, match="日期事实"):
        read_registry(tmp_path / "i.parquet", TIANHE)


def test_excel_date_cells_are_dates(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["统一社会信用代码", "单位名称", "出生日期", "在天河区开始实际运营的日期"])
    ws.append([code(1), "甲", dt.date(1991, 7, 1), "2020-01-02"])
    ws.append([code(2), "乙", dt.datetime(1992, 8, 2, 10, 30), None])
    wb.save(tmp_path / "r.xlsx")
    reg = read_registry(tmp_path / "r.xlsx", TIANHE)
    assert [(p.row, p.column) for p in reg.problems] == [(3, "出生日期")]
    assert reg.frame.get_column("birth_date").to_list() == [dt.date(1991, 7, 1)]
    assert reg.frame.get_column("operating_since").to_list() == [dt.date(2020, 1, 2)]


@settings(max_examples=30, deadline=None)
@given(st.dates(min_value=dt.date(FACT_YEAR_MIN, 1, 1), max_value=dt.date(YEAR_MAX, 12, 31)),
       st.text(max_size=24))
def test_date_text_round_trips_and_hostile_text_is_a_problem(day: dt.date, hostile: str) -> None:
    reg = read_frame(pl.DataFrame({"统一社会信用代码": [code(1), code(2)], "单位名称": ["甲", "乙"],
                                   "出生日期": [day.isoformat(), hostile]}), TIANHE)
    assert reg.frame.get_column("birth_date")[0] == day
    try:
        expected: dt.date | None = parse_case({"as_of": "2025-01-01", "facts": {"birth_date": hostile}},
                                              TIANHE).facts.get("birth_date")
    except CaseInputError:
        expected = None  # refused by the case reader: a problem of its row here
    # a cell is stripped as Polars strips (Unicode White_Space): Python's str.strip also takes \x1c-\x1f
    blank = pl.Series([hostile]).str.strip_chars()[0] == ""
    separators = any("\x1c" <= ch <= "\x1f" for ch in hostile)
    if blank:
        assert reg.problems == [] and reg.frame.get_column("birth_date")[1] is None
    elif expected is None or separators:
        assert [(p.row, p.column) for p in reg.problems] == [(3, "出生日期")] and reg.frame.height == 1
        assert "\n" not in reg.problems[0].message
    else:
        assert reg.problems == [] and reg.frame.get_column("birth_date")[1] == expected


def meals_frame(lists: list[Any]) -> pl.DataFrame:
    n = len(lists)
    item = pl.Struct({"meal_date": pl.Date, "meal": pl.String, "price": pl.Int64, "delivered": pl.Boolean})
    return pl.DataFrame({"uscc": [code(i) for i in range(n)], "name": [f"长者{i}" for i in range(n)],
                         "meals": pl.Series(lists, dtype=pl.List(item))})


def test_list_facts_from_parquet_list_of_structs(tmp_path: Path) -> None:
    meal = {"meal_date": dt.date(2025, 3, 1), "meal": "午餐", "price": 1500, "delivered": False}
    lists = [[meal, {**meal, "meal": "晚餐", "delivered": True}], [], None, [{**meal, "meal": "夜宵"}],
             [meal, {**meal, "price": None}], [{**meal, "price": -1}]]
    meals_frame(lists).write_parquet(tmp_path / "m.parquet")
    reg = read_registry(tmp_path / "m.parquet", MEALS)
    assert [(p.row, p.column) for p in reg.problems] == [(4, "meals"), (5, "meals"), (6, "meals")]
    assert reg.problems[0].message == "第 1 项的「餐别」「夜宵」不是可选值（可选：早餐、午餐、晚餐）"
    assert reg.problems[1].message.startswith("第 2 项缺少「就餐费用」")
    assert reg.problems[2].message == "第 1 项的「就餐费用」是负数：金额不能为负数"
    assert reg.frame.get_column("meals").to_list() == lists[:3]
    from subsidy.rules.vector import record_columns, table_from_frame

    frame = reg.frame.with_columns(pl.lit(False).alias(c) if c == "rec_barred" or c.startswith("rec_excluded__")
                                   else pl.lit(0).alias(c) for c in record_columns(MEALS))
    table = table_from_frame(MEALS, frame)
    assert table.columns["meals"][0].tolist() == [2, 0, 0]
    from subsidy.services import matching

    texts = matching._facts_texts(MEALS, reg.frame)  # stored as the case file writes them
    assert texts[1:] == ['{"meals":[]}', "{}"]
    assert texts[0] == ('{"meals":[{"delivered":false,"meal":"午餐","meal_date":"2025-03-01","price":"15元"},'
                        '{"delivered":true,"meal":"晚餐","meal_date":"2025-03-01","price":"15元"}]}')
    case = parse_case({"as_of": "2025-03-31", "facts": json.loads(texts[0])}, MEALS)
    assert [m["price"] for m in case.facts["meals"]] == [1500, 1500]
    with pytest.raises(CaseInputError, match="缺少字段「delivered」"):
        read_frame(meals_frame([[meal]]).with_columns(pl.col("meals").list.eval(
            pl.element().struct.field("meal_date", "meal", "price").pipe(lambda e: pl.struct(e)))), MEALS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_sheet_cannot_hold_a_list_fact(tmp_path: Path, suffix: str) -> None:
    header = ["统一社会信用代码", "单位名称", "就餐记录"]
    path = tmp_path / f"m{suffix}"
    if suffix == ".csv":
        path.write_text(",".join(header) + f"\n{code(1)},甲,\n", encoding="utf-8")
    else:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(header)
        ws.append([code(1), "甲", "2025-03-01 午餐"])
        wb.save(path)
    with pytest.raises(CaseInputError) as e:
        read_registry(path, MEALS)
    assert "meals" in str(e.value) and "列表" in str(e.value) and "Parquet" in str(e.value)


def test_the_template_describes_dates_and_lists() -> None:
    cols = {c.fact: c for c in template_columns(MEALS)}
    assert cols["birth_date"].kind == "日期" and "年-月-日" in cols["birth_date"].allowed
    assert cols["birth_date"].in_sheet
    meals = cols["meals"]
    assert meals.kind == "列表" and not meals.in_sheet and "就餐日期（日期）" in meals.allowed
    assert "Parquet" in meals.allowed
    sheet = human_sheet(meals_frame([[]]).with_columns(pl.lit(dt.date(1950, 1, 2)).alias("birth_date")), MEALS)
    assert "就餐记录" not in sheet.columns and sheet.get_column("出生日期").to_list() == ["1950-01-02"]
