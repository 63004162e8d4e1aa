"""Threads change nothing: the table path's chunks evaluated on one thread or on two (and a streamed
registry read ahead or not) give bit-identical results to the whole table in one chunk, on the
every-idiom policy (and its 就高 variant) and on both seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.rules.test_every_idiom import DATES, cases
from tests.rules.test_stream import AS_OF, EFFECTIVE, SEEDS, registry

from subsidy.rules import stream, vector
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import find_policy
from subsidy.rules.vector import CaseTable, TableResult, evaluate_table, table_from_cases, table_from_frame

EVERY = Path(__file__).resolve().parent / "every_idiom"
_FIELDS = ("eligible", "reason", "ceiling", "granted", "total", "floor", "in_kind")


def assert_identical(a: TableResult, b: TableResult) -> None:
    assert a.clause_ids == b.clause_ids
    for name in _FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None:
            assert x is None and y is None, name
            continue
        assert x.dtype == y.dtype and x.shape == y.shape, name
        assert np.array_equal(x, y), f"{name}: {int((x != y).sum())} cells differ"


def by_threads(policy: Policy, table: CaseTable, as_of: dt.date, chunk: int,
               effective_from: dt.date | None = None) -> list[TableResult]:
    """The whole table in one chunk (sequential), then in chunks of ``chunk`` rows on 1 and on 2 threads."""
    whole = evaluate_table(policy, table, as_of, effective_from=effective_from)
    out = [whole]
    with mock.patch.object(vector, "_CHUNK", chunk):
        for workers in (1, 2):
            out.append(evaluate_table(policy, table, as_of, effective_from=effective_from, workers=workers))
            # an earlier result written over (what a stream does batch after batch) changes nothing either
            out.append(evaluate_table(policy, table, as_of, effective_from=effective_from, workers=workers,
                                      reuse=evaluate_table(policy, table, as_of, effective_from=effective_from)))
    return out


@pytest.fixture(scope="module")
def every() -> Policy:
    return load_policy(EVERY)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_idiom_is_the_same_on_one_thread_and_on_two(every: Policy, data: st.DataObject) -> None:
    as_of = data.draw(st.sampled_from(DATES))
    batch = data.draw(st.lists(cases(every, as_of), min_size=9, max_size=30))
    chunk = data.draw(st.integers(2, 8))
    whole, *parts = by_threads(every, table_from_cases(every, batch), as_of, chunk)
    assert len(parts) == 4
    for part in parts:
        assert_identical(whole, part)


@pytest.mark.parametrize("pid", SEEDS)
def test_seed_tables_are_the_same_on_one_thread_and_on_two(pid: str) -> None:
    policy = find_policy(pid)
    table = table_from_frame(policy, registry(policy, 3001, 20270630))
    whole, *parts = by_threads(policy, table, AS_OF, 97, effective_from=EFFECTIVE)
    assert int(whole.total.sum()) > 0 and len(parts) == 4
    for part in parts:
        assert_identical(whole, part)


def test_a_stream_is_the_same_on_one_thread_and_on_two(tmp_path: Path) -> None:
    """Both seeds from one file, batches of 700 rows in chunks of 61: the summaries and every output
    figure equal the sequential stream's (one thread, nothing read ahead)."""
    import polars as pl

    policies = [find_policy(p) for p in SEEDS]
    one = registry(policies[0], 2500, 1)
    two = registry(policies[1], 2500, 2).drop("row_id", "rec_barred")
    path = tmp_path / "both.parquet"
    pl.concat([one, two], how="horizontal").write_parquet(path, row_group_size=300)
    runs = []
    with mock.patch.object(vector, "_CHUNK", 61):
        for workers, ahead in ((1, False), (2, False), (1, True), (2, True)):
            out = tmp_path / f"rows-{workers}-{ahead}.parquet"
            with mock.patch.object(stream, "WORKERS", workers):
                summaries = stream.evaluate_file(path, policies, AS_OF, effective_from=EFFECTIVE, batch_rows=700,
                                                 output=out, keep=["row_id"], read_ahead=ahead)
            runs.append((summaries, pl.read_parquet(out)))
    first, rows = runs[0]
    assert first[0].total_fen > 0 and first[1].total_fen > 0 and rows.height == 2500
    for summaries, frame in runs[1:]:
        assert summaries == first
        assert frame.equals(rows)
