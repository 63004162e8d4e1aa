"""A Parquet registry read in batches (``read_batches``) gives, batch after batch, the rows the whole file
read at once gives, and the same problems: repeated codes across batches, more bad cells than are listed."""

from __future__ import annotations

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
