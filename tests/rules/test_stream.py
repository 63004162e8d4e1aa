"""Streaming a registry file in batches gives what evaluating it whole gives, for every batch size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.registry import find_policy
from subsidy.rules.stream import _exact_sum, evaluate_file, result_columns, summarise
from subsidy.rules.vector import TableResult, evaluate_table, record_columns, table_from_frame

AS_OF = dt.date(2027, 6, 30)
EFFECTIVE = dt.date(2026, 12, 1)
SEEDS = ["cn-bj-chaoyang-smart-eldercare", "cn-sz-baoan-ai-health"]
ROWS = 257  # not a multiple of any batch size drawn below but 1 and itself


def registry(policy: m.Policy, n: int, seed: int) -> pl.DataFrame:
    """``n`` rows drawn by each fact's declared domain (and the record columns), about 5% unknown."""
    rng = np.random.default_rng(seed)
    cols: list[pl.Series] = []

    def put(name: str, values: Any, dtype: Any) -> None:
        s = pl.Series(name, values, dtype=dtype)
        cols.append(s.scatter(np.flatnonzero(rng.random(n) < 0.05), None))

    for name, f in policy.facts.items():
        if f.type == "bool":
            put(name, rng.random(n) < 0.5, pl.Boolean)
        elif f.type == "money":  # round 万元, odd 分, zero, and amounts up to 10^10 元
            kind = rng.choice(3, n, p=[0.6, 0.3, 0.1])
            put(name, np.where(kind == 0, rng.integers(0, 3000, n) * 1_000_000,
                               np.where(kind == 1, rng.integers(0, 10**12, n), 0)), pl.Int64)
        elif f.type == "category":
            put(name, np.array(f.values, dtype=object)[rng.integers(0, len(f.values), n)], pl.String)
        else:
            put(name, rng.integers(0, 6, n), pl.Int64)
    for name in record_columns(policy):
        if name == "rec_barred" or name.startswith("rec_excluded__"):
            put(name, rng.random(n) < 0.1, pl.Boolean)
        elif name.startswith("rec_cap_n__"):
            put(name, rng.integers(0, 3, n), pl.Int64)
        else:
            put(name, np.where(rng.random(n) < 0.6, 0, rng.integers(0, 400, n) * 1_000_000), pl.Int64)
    return pl.DataFrame(cols).with_row_index("row_id")


def one_shot(policy: m.Policy, frame: pl.DataFrame) -> TableResult:
    return evaluate_table(policy, table_from_frame(policy, frame), AS_OF, effective_from=EFFECTIVE)


def assert_rows_equal(policy: m.Policy, out: pl.DataFrame, want: TableResult) -> None:
    for j, cid in enumerate(want.clause_ids):
        for name, arr in (("eligible", want.eligible), ("reason", want.reason), ("ceiling", want.ceiling),
                          ("granted", want.granted)):
            assert out.get_column(f"{policy.id}.{cid}.{name}").to_list() == arr[:, j].tolist(), (cid, name)
    assert out.get_column(f"{policy.id}.total").to_list() == want.total.tolist()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, pl.DataFrame]]:
    base = tmp_path_factory.mktemp("registries")
    out = {}
    for i, pid in enumerate(SEEDS):
        frame = registry(find_policy(pid), ROWS, 20270630 + i)
        frame.write_parquet(base / f"{pid}.parquet", row_group_size=100)
        out[pid] = (base / f"{pid}.parquet", frame)
    return out


@pytest.mark.parametrize("pid", SEEDS)
def test_streamed_file_equals_the_whole_file(files: dict[str, tuple[Path, pl.DataFrame]], pid: str,
                                             tmp_path: Path) -> None:
    policy = find_policy(pid)
    path, frame = files[pid]
    want = one_shot(policy, frame)
    assert want.total.sum() > 0 and (want.eligible == -1).any(), "the data exercises payments and unknowns"
    (got,) = evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=64,
                           output=tmp_path / "rows.parquet", keep=["row_id"])
    assert got == summarise(policy, want)
    assert got.batches == 5
    out = pl.read_parquet(tmp_path / "rows.parquet")
    assert out.columns == ["row_id", *result_columns(policy)]
    assert out.get_column("row_id").to_list() == list(range(ROWS))
    assert_rows_equal(policy, out, want)
    # the summary says what the rows say
    assert got.rows == ROWS and got.total_fen == int(want.total.sum())
    assert got.paid_rows == int((want.total > 0).sum())
    for j, c in enumerate(got.clauses):
        assert c.eligible + c.not_eligible + c.unknown == ROWS == sum(c.reasons)
        yes = want.eligible[:, j] == 1
        assert c.ceiling_fen == int(want.ceiling[yes & (want.ceiling[:, j] >= 0), j].sum())


@settings(max_examples=25, deadline=None)
@given(batch=st.integers(1, ROWS + 3))
@example(batch=1)
@example(batch=ROWS - 1)
@example(batch=ROWS)
@example(batch=ROWS + 1)
def test_any_batch_size_gives_the_same_result(files: dict[str, tuple[Path, pl.DataFrame]], batch: int) -> None:
    for pid in SEEDS:
        policy = find_policy(pid)
        path, frame = files[pid]
        (got,) = evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=batch,
                               read_ahead=batch % 2 == 0)
        assert got == summarise(policy, one_shot(policy, frame))
        assert got.batches == -(-ROWS // batch)


def test_one_registry_for_both_seeds(files: dict[str, tuple[Path, pl.DataFrame]], tmp_path: Path) -> None:
    """One file carrying both policies' columns (``rec_barred`` shared), read once, both evaluated."""
    a, b = (find_policy(p) for p in SEEDS)
    fa, fb = files[SEEDS[0]][1], files[SEEDS[1]][1]
    both = pl.concat([fa, fb.drop("row_id", "rec_barred")], how="horizontal")
    both.write_parquet(tmp_path / "both.parquet")
    got = evaluate_file(tmp_path / "both.parquet", [a, b], AS_OF, effective_from=EFFECTIVE, batch_rows=100,
                        output=tmp_path / "rows.parquet")
    want_b = one_shot(b, fb.with_columns(fa.get_column("rec_barred")))
    assert got == [summarise(a, one_shot(a, fa)), summarise(b, want_b)]
    out = pl.read_parquet(tmp_path / "rows.parquet")
    assert out.columns == result_columns(a) + result_columns(b)
    assert_rows_equal(b, out, want_b)


def test_csv_registry_reads_as_the_parquet_one(files: dict[str, tuple[Path, pl.DataFrame]], tmp_path: Path) -> None:
    pid = SEEDS[1]
    policy = find_policy(pid)
    path, frame = files[pid]
    frame.write_csv(tmp_path / "r.csv")
    (got,) = evaluate_file(tmp_path / "r.csv", [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=50)
    (want,) = evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE)
    assert got == want


def test_an_empty_registry_has_nothing(files: dict[str, tuple[Path, pl.DataFrame]], tmp_path: Path) -> None:
    policy = find_policy(SEEDS[0])
    files[SEEDS[0]][1].head(0).write_parquet(tmp_path / "empty.parquet")
    (got,) = evaluate_file(tmp_path / "empty.parquet", [policy], AS_OF, effective_from=EFFECTIVE)
    assert (got.rows, got.total_fen, got.paid_rows) == (0, 0, 0)
    assert all(c.eligible == c.unknown == c.not_eligible == 0 for c in got.clauses)


def test_a_missing_fact_column_is_unknown_and_named_once(files: dict[str, tuple[Path, pl.DataFrame]],
                                                         tmp_path: Path) -> None:
    """As the registry reader (population.reader) takes it: a fact with no column is unknown in every row."""
    policy = find_policy(SEEDS[0])
    frame = files[SEEDS[0]][1]
    frame.drop("project_budget").write_parquet(tmp_path / "r.parquet")
    frame.with_columns(pl.lit(None, dtype=pl.Int64).alias("project_budget")).write_parquet(tmp_path / "w.parquet")
    (got,) = evaluate_file(tmp_path / "r.parquet", [policy], AS_OF, effective_from=EFFECTIVE)
    (want,) = evaluate_file(tmp_path / "w.parquet", [policy], AS_OF, effective_from=EFFECTIVE)
    assert got.missing == ("project_budget",) and want.missing == ()
    got.missing = ()
    assert got == want


def test_a_missing_record_column_is_named_before_any_work(files: dict[str, tuple[Path, pl.DataFrame]],
                                                          tmp_path: Path) -> None:
    policy = find_policy(SEEDS[0])
    files[SEEDS[0]][1].drop("rec_barred").write_parquet(tmp_path / "r.parquet")
    with pytest.raises(CaseInputError) as err:
        evaluate_file(tmp_path / "r.parquet", [policy], AS_OF, effective_from=EFFECTIVE)
    assert err.value.field == "rec_barred" and "缺少" in err.value.problem


@pytest.mark.parametrize("with_output", [False, True])
def test_a_bad_value_names_the_column_and_the_rows(files: dict[str, tuple[Path, pl.DataFrame]], tmp_path: Path,
                                                   with_output: bool) -> None:
    policy = find_policy(SEEDS[0])
    frame = files[SEEDS[0]][1]
    bad = frame.with_columns(pl.when(pl.col("row_id") == 150).then(pl.lit("不存在的平台"))
                             .otherwise(pl.col("platform_type")).alias("platform_type"))
    bad.write_parquet(tmp_path / "r.parquet")
    with pytest.raises(CaseInputError) as err:
        evaluate_file(tmp_path / "r.parquet", [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=100,
                      output=tmp_path / "out.parquet" if with_output else None)
    assert err.value.field == "platform_type"
    assert "第 101–200 行" in err.value.problem and "可选" in err.value.hint


def test_not_a_registry_file_is_refused(tmp_path: Path) -> None:
    policy = find_policy(SEEDS[0])
    (tmp_path / "r.txt").write_bytes(b"x")
    (tmp_path / "r.xlsx").write_bytes(b"x")
    (tmp_path / "r.parquet").write_bytes(b"not parquet")
    for name, why in (("r.txt", "不是 Parquet、CSV 或 Excel"), ("r.xlsx", "不是有效的 Excel"), ("r.parquet", "无法读取"),
                      ("none.parquet", "不存在")):
        with pytest.raises(CaseInputError) as err:
            evaluate_file(tmp_path / name, [policy], AS_OF, effective_from=EFFECTIVE)
        assert why in err.value.problem


@given(st.lists(st.integers(0, np.iinfo(np.int64).max), max_size=40))
def test_sums_of_money_are_exact_beyond_int64(values: list[int]) -> None:
    assert _exact_sum(np.array(values, dtype=np.int64)) == sum(values)
