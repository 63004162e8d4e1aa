"""A match read, evaluated and stored batch by batch (a Parquet registry: ``read_batches``) is the match of
the whole file read at once, row for row: the same stored rows (their digest), counts, amounts offered,
problems and rows refused, for any batch size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from money_factories import BAOAN, DAY, WAN, YEAR, add_award, funded_call, tx, user
from sqlalchemy import Engine, select

from subsidy.population.reader import read_batches, read_registry
from subsidy.population.synthetic import generate
from subsidy.rules.registry import find_policy
from subsidy.services import audit, matching, sanctions
from subsidy.services.commitments import commit_award
from subsidy.services.other_support import add_support
from subsidy.store.tables import MatchRun, Organisation

pytestmark = pytest.mark.db

BATCH_SIZES = (7, 256, 1000, 10_000)  # rows per batch: batches of one row are slow, not different


def _registry(tmp_path: Path) -> tuple[Path, pl.DataFrame]:
    """A synthetic Bao'an registry in the table form with bad rows among the good: a repeated code (also
    across batches), a bad code, a negative amount."""
    policy = find_policy(BAOAN)
    frame = generate("baoan", 1200, 5, policy)
    codes = frame.get_column("uscc").to_list()
    codes[40] = codes[3]  # repeated in the first batches
    codes[1100] = codes[2]  # repeated far from the first
    codes[500] = "91440300MA5XXXXXXX"  # no valid check character
    codes[501] = codes[501].lower()  # normalised, then valid
    amounts = frame.get_column("compute_contract_amount").to_list()
    amounts[7] = -100
    frame = frame.with_columns(pl.Series("uscc", codes), pl.Series("compute_contract_amount", amounts))
    path = tmp_path / "registry.parquet"
    frame.write_parquet(path, row_group_size=300)
    return path, frame


def _world(engine: Engine, frame: pl.DataFrame) -> None:
    """Registered entities of the registry: granted, barred, supported elsewhere."""
    with tx(engine) as s:
        c = funded_call(s, clauses=("art2", "art11b", "art7-2-1"), budget_wan=100_000)
        officer = user(s, "officer")
        for k, code in enumerate(frame.get_column("uscc").slice(0, 400).to_list()[::9]):
            org = Organisation(uscc=code, name=f"登记{k}", uscc_valid=True, profile={})
            s.add(org)
            s.flush()
            if k % 3 == 0:
                commit_award(s, add_award(s, c, org, (k % 5 + 1) * 10 * WAN, clause="art2", shares=("100%",)), None)
            elif k % 3 == 1:
                sanctions.bar(s, officer, org, dt.date(YEAR + 1, 1, 1), "违规", DAY)
            else:
                add_support(s, officer, org, programme="区级同类政策", level="district", year=YEAR, fen=5 * WAN)


def _figures(run: MatchRun) -> dict[str, Any]:
    return {k: getattr(run, k) for k in ("rows_read", "rows_refused", "problems", "summary", "offered_fen",
                                         "rows_stored", "rows_digest")}


def test_a_batched_match_is_the_whole_match(engine: Engine, tmp_path: Path) -> None:
    path, frame = _registry(tmp_path)
    _world(engine, frame)
    policy = find_policy(BAOAN)
    with tx(engine) as s:
        adopted, p = matching.match_policy(s, BAOAN)
        whole, ev = matching.run_match(s, user(s, "officer"), adopted, p, read_registry(path, policy),
                                       registry_name=path.name, registry_sha256="0" * 64, today=DAY)
        assert ev is not None and whole.rows_stored > 0 and whole.rows_refused == 4 and whole.offered_fen > 0
        expected = _figures(whole)
        assert expected["summary"] == {"clauses": ev.counts(), "problem_counts": whole.summary["problem_counts"]}
    for size in BATCH_SIZES:
        seen: list[int] = []
        with tx(engine) as s:
            adopted, p = matching.match_policy(s, BAOAN)
            batches = read_batches(path, policy, batch_rows=size, read_ahead=size % 2 == 0)
            run, ev = matching.run_match(s, user(s, "officer"), adopted, p, batches, registry_name=path.name,
                                         registry_sha256="0" * 64, today=DAY,
                                         progress=lambda done, n, seen=seen: seen.append(done))
            assert ev is None
            assert _figures(run) == expected, size
            assert seen == sorted(seen) and frame.height - 4 <= seen[-1] <= frame.height
            got = [(r.number, r.uscc, r.clause_id, r.outcome, r.ceiling_fen, r.granted_fen, r.missing, r.facts)
                   for r in matching.run_rows(s, run)]
            want = [(r.number, r.uscc, r.clause_id, r.outcome, r.ceiling_fen, r.granted_fen, r.missing, r.facts)
                    for r in matching.run_rows(s, s.get_one(MatchRun, whole.id))]
            assert got == want, size
    with tx(engine) as s:
        assert audit.verify(s) == []


def test_match_file_reads_parquet_in_batches(engine: Engine, tmp_path: Path) -> None:
    path, frame = _registry(tmp_path)
    _world(engine, frame)
    with tx(engine) as s:
        batched, ev = matching.match_file(s, user(s, "officer"), BAOAN, path, registry_name=path.name, today=DAY)
        assert ev is None
        whole, ev = matching.match_file(s, user(s, "officer"), BAOAN, path, registry_name=path.name, today=DAY,
                                        whole=True)
        assert ev is not None
        assert _figures(batched) == _figures(whole)


def test_cli_match_of_a_parquet_registry(engine: Engine, tmp_path: Path, run: Callable[..., tuple[int, str]]) -> None:
    path, frame = _registry(tmp_path)
    _world(engine, frame)
    code, out = run("match", str(path), "--policy", BAOAN, "--as", "officer", "--today", DAY.isoformat())
    assert code == 0, out
    code, exported = run("match", str(path), "--policy", BAOAN, "--as", "officer", "--today", DAY.isoformat(),
                         "--out", str(tmp_path / "all.csv"))
    assert code == 0 and (tmp_path / "all.csv").exists(), exported
    with tx(engine) as s:
        first, second = list(s.scalars(select(MatchRun).order_by(MatchRun.id)))
        assert _figures(first) == _figures(second) and first.rows_stored > 0
    assert out.splitlines()[1:] == exported.splitlines()[1:-1]  # the same summary; the export's line added


def test_an_sqlite_library_binding_few_variables_stores_the_same_match(engine: Engine, tmp_path: Path) -> None:
    """SQLite before 3.32 binds at most 999 values a statement (this registry's blocks are smaller, so the limit
    is set lower still, to 50): the bulk insert reads the library's limit and stores the same rows and digest."""
    if engine.dialect.name != "sqlite":
        pytest.skip("an SQLite library's limit")
    import sqlite3

    from sqlalchemy import event

    path, frame = _registry(tmp_path)
    _world(engine, frame)
    with tx(engine) as s:
        wide, _ = matching.match_file(s, user(s, "officer"), BAOAN, path, registry_name=path.name, today=DAY)
        expected = _figures(wide)

    def narrow(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 50)

    engine.dispose()
    event.listen(engine, "connect", narrow)
    try:
        with tx(engine) as s:
            assert s.connection().connection.driver_connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) == 50
            run, _ = matching.match_file(s, user(s, "officer"), BAOAN, path, registry_name=path.name, today=DAY)
            assert _figures(run) == expected
            assert [r.number for r in matching.run_rows(s, run)] == [r.number for r in matching.run_rows(s, wide)]
    finally:
        event.remove(engine, "connect", narrow)
