"""A Parquet registry read in batches (``read_batches``) gives, batch after batch, the rows the whole file
read at once gives, and the same problems: repeated codes across batches, more bad cells than are listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from subsidy.population.reader import MAX_PROBLEMS, read_batches, read_registry
from subsidy.population.synthetic import generate
from subsidy.rules.registry import find_policy

BAOAN = "cn-sz-baoan-ai-health"


@pytest.mark.parametrize("batch_rows", [1, 50, 333, 5000])
def test_batches_read_as_the_whole_file(tmp_path: Path, batch_rows: int) -> None:
    policy = find_policy(BAOAN)
    frame = generate("baoan", 2400 if batch_rows > 1 else 120, 2, policy)
    n = frame.height
    codes = frame.get_column("uscc").to_list()
    for i in range(5, n, 7):  # every 7th row repeats an earlier code: more problems than are listed
        codes[i] = codes[i // 3]
    codes[n - 1] = codes[n - 1].lower()
    revenue = frame.get_column("revenue").to_list()
    for i in range(1, n, 2):  # and every other row a negative amount (listed after the codes' column)
        revenue[i] = -5
    frame = frame.with_columns(pl.Series("uscc", codes), pl.Series("revenue", revenue))
    path = tmp_path / "r.parquet"
    frame.write_parquet(path)
    whole = read_registry(path, policy)
    batches = read_batches(path, policy, batch_rows=batch_rows, read_ahead=batch_rows != 50)
    frames = [b.frame for b in batches]
    assert pl.concat(frames).equals(whole.frame)
    assert batches.problems == whole.problems and batches.problem_counts == whole.problem_counts
    assert batches.rows_read == whole.rows_read == n and batches.rows_refused == whole.rows_refused
    assert batches.height == n and batches.missing == whole.missing
    if batch_rows > 1:
        assert len(whole.problems) == MAX_PROBLEMS < sum(whole.problem_counts.values())


@pytest.mark.parametrize("batch_rows", [1, 3, 7])
def test_dates_and_padded_categories_in_batches_as_in_the_whole_file(tmp_path: Path, batch_rows: int) -> None:
    """Bad dates (text) and categories padded or empty in some batches but not others: the problems, in
    their order, and the rows are those of the whole file (a clean batch is read without stripping)."""
    policy = find_policy("cn-gz-tianhe-hk-macao-youth")
    from subsidy.admin.uscc import compute_check_char

    dates = ["1990-01-01", "1990-02-30", None, "2001-1-1", "1899-12-31", "2000-12-31", " 1995-06-07 ", "",
             "\u202e1990-01-01", "1990-01-01\n", "2100-12-31", "2101-01-01", "1990-01-01", "x" * 60]
    residence = ["香港特别行政区居民", " 澳门特别行政区居民", "", "其他", "台湾地区居民", "火星", None,
                 "其他 ", "其他", "其他", "香港特别行政区居民", "其他", "\t其他", "其他"]
    n = len(dates)
    codes = [f"91440106{i:09d}" for i in range(n)]
    frame = pl.DataFrame({"uscc": [c + compute_check_char(c) for c in codes], "name": [f"单位{i}" for i in range(n)],
                          "birth_date": dates, "residence": residence, "operating_since": dates[::-1]})
    path = tmp_path / "d.parquet"
    frame.write_parquet(path)
    whole = read_registry(path, policy)
    batches = read_batches(path, policy, batch_rows=batch_rows, read_ahead=False)
    assert pl.concat([b.frame for b in batches]).equals(whole.frame)
    assert batches.problems == whole.problems and batches.problem_counts == whole.problem_counts
    assert [(p.row, p.column) for p in whole.problems] == [
        (4, "birth_date"), (9, "birth_date"), (14, "birth_date"), (2, "birth_date"), (5, "birth_date"),
        (12, "birth_date"), (6, "residence"), (1, "operating_since"), (6, "operating_since"),
        (11, "operating_since"), (13, "operating_since"), (3, "operating_since"), (10, "operating_since")]
    assert whole.problems[1].message == "「?1990-01-01」：「出生日期」应当是日期，写成 年-月-日，如 2025-01-01"
    assert whole.frame.get_column("row").to_list() == [7, 8]  # 「其他 」 is 其他; an empty cell unknown
    assert whole.frame.get_column("residence").to_list() == [None, "其他"]
    assert whole.frame.get_column("birth_date").to_list() == [dt.date(1995, 6, 7), None]


def test_codes_sharing_a_key_are_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key keeps few bits of a code's hash: with 4 of them nearly every code shares its key with others,
    and only the codes given twice are refused, as when the whole file is read."""
    from subsidy.population import reader

    monkeypatch.setattr(reader, "_ROW_BITS", 60)
    monkeypatch.setattr(reader, "_ROW_MASK", reader.np.uint64((1 << 60) - 1))
    policy = find_policy(BAOAN)
    frame = generate("baoan", 600, 3, policy)
    codes = frame.get_column("uscc").to_list()
    for i in range(9, 600, 41):
        codes[i] = codes[i // 2]
    frame.with_columns(pl.Series("uscc", codes)).write_parquet(tmp_path / "r.parquet")
    whole = read_registry(tmp_path / "r.parquet", policy)
    batches = read_batches(tmp_path / "r.parquet", policy, batch_rows=64)
    assert pl.concat([b.frame for b in batches]).equals(whole.frame)
    assert batches.problems == whole.problems and 10 < len(whole.problems) < 20


@pytest.mark.parametrize(("groups", "batch"), [(100, 200), (70, 210), (300, 250), (None, 250)])
def test_batches_left_to_the_reader_are_whole_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        groups: int | None, batch: int) -> None:
    """Left out, ``batch_rows`` is BATCH_ROWS rounded down to the file's row groups when they are no larger (each
    group then decoded once), else BATCH_ROWS; the rows are the whole file's either way."""
    import subsidy.population.reader as reader

    monkeypatch.setattr(reader, "BATCH_ROWS", 250)
    policy = find_policy(BAOAN)
    frame = generate("baoan", 1000, 3, policy)
    path = tmp_path / "r.parquet"
    frame.write_parquet(path, row_group_size=groups or 1000)
    batches = read_batches(path, policy)
    frames = [b.frame for b in batches]
    assert batches.batch_rows == batch
    assert [f.height for f in frames[:-1]] == [batch] * (len(frames) - 1)
    assert pl.concat(frames).equals(read_registry(path, policy).frame)
