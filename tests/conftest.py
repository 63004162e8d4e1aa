"""Shared fixtures. Database tests (marked ``db``) run on a fresh SQLite file by default, and on
PostgreSQL when SUBSIDY_TEST_DATABASE_URL is set (run.sh does this for the second pass). A test whose
database is a SQLite file of its own, whichever the pass (``sqlite_url``, a CLI's ``sqlite:///`` file), is
not marked ``db``: the PostgreSQL pass would run it again unchanged."""

from __future__ import annotations

import atexit
import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import settings

os.environ["COLUMNS"] = "200"  # Rich wraps at the terminal width; tests read whole lines
from sqlalchemy import Engine, MetaData, Table, event, make_url, text

from db_support import NO_WAIT_FOR_DISK, pg_options
from subsidy.services import passwords
from subsidy.services.clock import set_mode
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate, session_scope

# The CLI keeps parsed policies between runs (cli/compiled.py): in a directory of this test process's
# own, never the user's cache (the test commands' subprocesses inherit it).
_CACHE = tempfile.mkdtemp(prefix="subsidy-test-cache-")
os.environ["SUBSIDY_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# No hypothesis example may fail for taking long: a deadline is wall-clock time, and this machine is shared
# (a test that depends on timing is a defect). Settings of a test that name a deadline still win.
settings.register_profile("subsidy", deadline=None)
settings.load_profile("subsidy")

# Passwords: the suite hashes and verifies about two thousand of them (accounts in every staff fixture, a
# login per client); at OWASP's parameters (services/passwords.py, about 0.07 s each) that is minutes of the
# run. In this test process the shared hasher does one pass over 1 MiB instead; what the tests check (hash,
# verify, the rehash at login when the parameters differ: tests/services/test_accounts.py) does not depend on
# the cost; tests/services/test_accounts.py checks that production's hasher (``passwords.owasp_hasher``) is OWASP's.
# A CLI run as a subprocess keeps OWASP's.
passwords.HASHER._parameters = dataclasses.replace(passwords.HASHER._parameters, time_cost=1, memory_cost=1024)

# Commits do not wait for the disk in this test process: SQLite (WAL) syncs at checkpoints instead of at
# every commit (``synchronous=NORMAL``), PostgreSQL answers a commit before its WAL is flushed
# (``synchronous_commit=off``; PGOPTIONS for the engines the CLI and the web application make from a URL).
# About 2 ms (SQLite) and 5–20 ms (PostgreSQL) per commit on these machines, tens of thousands of commits in
# a run. What is lost is only the last commits on a power failure or an operating-system crash, which no test
# makes: a killed process (tests/money/test_crash.py) loses nothing it committed, in either mode. Production
# keeps the defaults (store/db.py); subprocesses of SQLite tests keep them too.
os.environ["PGOPTIONS"] = f"{os.environ.get('PGOPTIONS', '')} {NO_WAIT_FOR_DISK}".strip()


@event.listens_for(Engine, "connect")
def _sqlite_commits_without_fsync(dbapi_conn: object, _record: object) -> None:
    import sqlite3

    if isinstance(dbapi_conn, sqlite3.Connection):
        dbapi_conn.execute("PRAGMA synchronous=NORMAL")


# The files that take longest (both passes, --durations=0 summed per file), longest first. run.sh runs each
# pass on two processes that take a whole file at a time, in collection order (pytest-xdist --dist loadfile
# --no-loadscope-reorder): these go first, so that the end of a pass is short files on both processes, not
# one long file on one while the other waits (xdist's own order, most tests first, left the PostgreSQL pass a
# tenth longer). A file missing here only runs later; a test renamed or removed leaves a harmless name.
LONGEST_FIRST = (
    "tests/web/test_access_matrix.py", "tests/web/test_drafting_web.py", "tests/cli/test_people_outputs.py",
    "tests/web/test_cycle_browser.py", "tests/web/test_drafter.py", "tests/web/test_office.py",
    "tests/money/test_tamper.py", "tests/web/test_calculator_browser.py", "tests/rules/test_whatif.py",
    "tests/docs/test_doc_blocks.py", "tests/rules/test_every_idiom.py", "tests/web/test_staff_browser.py",
    "tests/web/test_matching_web.py", "tests/web/test_serve.py", "tests/rules/test_vector_agrees.py",
    "tests/web/test_staff_screens.py", "tests/money/test_match_batches.py", "tests/web/test_library.py",
    "tests/services/test_applications.py", "tests/web/test_applicant_browser.py", "tests/rules/test_questionnaire.py",
    "tests/web/test_api.py", "tests/money/test_crash.py", "tests/demo/test_demo.py", "tests/services/test_accounts.py",
    "tests/services/test_policies_and_calls.py", "tests/money/test_matching.py", "tests/rules/test_thread_identity.py",
    "tests/web/test_hostile_office.py", "tests/web/test_drafting_browser.py", "tests/web/test_office_browser.py",
    "tests/rules/test_event_schedules.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))  # stable: the rest as collected


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """On PostgreSQL, drop this process's schemas (``t_<pid>``: each test's; ``t_<pid>_<module>``: a module's,
    tests/db_support.py) so that runs do not pile them up in the shared database. Each xdist worker ends its
    own session, so each drops its own; a schema still locked by a connection left open is left (5 s at most)."""
    url = os.environ.get("SUBSIDY_TEST_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        return
    admin = make_engine(Settings(url))
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql("SET LOCAL lock_timeout = '5s'")
            mine = conn.scalars(text("SELECT nspname FROM pg_namespace WHERE nspname = :one OR nspname LIKE :some"),
                                {"one": f"t_{os.getpid()}", "some": f"t\\_{os.getpid()}\\_%"}).all()
            for schema in mine:
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    except Exception as exc:  # a run's result does not depend on its cleanup
        print(f"tests/conftest.py: could not drop this process's schemas: {exc}")
    finally:
        admin.dispose()


class _Template:
    """A database migrated once per test process; each test starts from a copy of it, not from a
    fresh migration (which costs about 0.2 s on SQLite and 0.3 s on PostgreSQL per test).

    SQLite: the migrated file is copied. PostgreSQL: the process's own schema (so concurrent runs never
    collide) is migrated once; each test empties every table, puts back the rows the migrations wrote
    and sets every sequence back (tests/test_migrations.py migrates from scratch, up and down, on its own).
    The tables are emptied by ``DELETE`` (children first) and those that had rows vacuumed, which gives
    their files back (rows are stored again from the first page on, in the order they are written, as in
    a new table), instead of ``TRUNCATE``, which gives each of the 33 tables and their indexes new files
    (about 0.15 s a test, against a few hundredths)."""

    sqlite_file: Path | None = None
    pg_schema: str | None = None
    pg_version: str | None = None
    pg_seed: ClassVar[list[tuple[Table, list[dict[str, object]]]]] = []
    pg_empty = ""  # the DELETE statements, children first
    pg_used = ""  # the names of the tables that have rows
    pg_sequences = ""  # the setval() calls that set every sequence a column owns back


def _pg_engine(url: str, schema: str) -> Engine:
    return make_engine(Settings(url), connect_args=pg_options(schema))


def _fresh_postgres(url: str) -> Engine:
    schema = f"t_{os.getpid()}"
    eng = None
    if _Template.pg_schema == schema:  # a test that migrated down and failed leaves another schema: build anew
        eng = _pg_engine(url, schema)
        with eng.connect() as conn:
            if conn.scalar(text("SELECT max(version_num) FROM alembic_version")) != _Template.pg_version:
                _Template.pg_schema = None
    if _Template.pg_schema != schema:
        if eng is not None:
            eng.dispose()
        admin = make_engine(Settings(url))
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        admin.dispose()
        eng = _pg_engine(url, schema)
        migrate(eng)
        meta = MetaData()
        with eng.connect() as conn:
            meta.reflect(conn)
            _Template.pg_seed = [(t, [dict(r._mapping) for r in conn.execute(t.select())])
                                 for t in meta.sorted_tables if t.name != "alembic_version"]
            _Template.pg_version = conn.scalar(text("SELECT max(version_num) FROM alembic_version"))
            _Template.pg_empty = "; ".join(f'DELETE FROM "{t.name}"' for t, _ in reversed(_Template.pg_seed))
            _Template.pg_used = " UNION ALL ".join(f"SELECT '{t.name}' WHERE EXISTS (SELECT FROM \"{t.name}\")"
                                                   for t, _ in _Template.pg_seed)
            seeded = {t.name: rows for t, rows in _Template.pg_seed}
            owned = conn.execute(text(  # each sequence a column owns (serial or identity): what TRUNCATE … RESTART IDENTITY restarts
                "SELECT s.relname, t.relname, a.attname, q.start_value FROM pg_class s "
                "JOIN pg_depend d ON d.objid = s.oid AND d.refobjid <> s.oid AND d.deptype IN ('a', 'i') "
                "JOIN pg_class t ON t.oid = d.refobjid "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                "JOIN pg_sequences q ON q.schemaname = current_schema() AND q.sequencename = s.relname "
                "WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace")).all()
            _Template.pg_sequences = ", ".join(  # an id after the seed rows' ids; every other at its start
                f"setval('\"{seq}\"', {max(r[column] for r in seeded[table])}, true)"
                if column == "id" and seeded.get(table) else f"setval('\"{seq}\"', {start}, false)"
                for seq, table, column, start in owned)
        _Template.pg_schema = schema
        return eng
    assert eng is not None
    with eng.begin() as conn:
        used = [name for (name,) in conn.exec_driver_sql(_Template.pg_used)]
        conn.exec_driver_sql(_Template.pg_empty)
    if used:
        with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM " + ", ".join(f'"{name}"' for name in used))
    with eng.begin() as conn:
        for table, rows in _Template.pg_seed:
            if rows:
                conn.execute(table.insert(), rows)
        if _Template.pg_sequences:
            conn.exec_driver_sql("SELECT " + _Template.pg_sequences)
    return eng


def _fresh_sqlite(url: str) -> Engine:
    target = make_url(url).database
    if not target or target == ":memory:":
        eng = make_engine(Settings(url))
        migrate(eng)
        return eng
    if _Template.sqlite_file is None or not _Template.sqlite_file.exists():
        template = Path(tempfile.mkdtemp(prefix="subsidy-template-")) / "template.sqlite3"
        eng = make_engine(Settings(f"sqlite:///{template}"))
        migrate(eng)
        eng.dispose()
        _Template.sqlite_file = template
    shutil.copyfile(_Template.sqlite_file, target)
    return make_engine(Settings(url))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated, empty production SQLite database of the test's own, in either pass (a copy of the
    process's template), and its URL: for a test that makes its own engines, the CLI's or the web
    application's, on a file."""
    url = f"sqlite:///{tmp_path / 'own.sqlite3'}"
    _fresh_sqlite(url).dispose()
    return url


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return os.environ.get("SUBSIDY_TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite3'}"


def fresh_engine(db_url: str) -> Engine:
    """A migrated, empty database (production mode: business dates follow the clock)."""
    return _fresh_postgres(db_url) if db_url.startswith("postgresql") else _fresh_sqlite(db_url)


@pytest.fixture
def production_engine(db_url: str) -> Iterator[Engine]:
    """A migrated, empty production database: business dates are checked against the clock."""
    eng = fresh_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated, empty simulation database: the tests choose their business dates, whatever the clock
    says (tests/services/test_business_dates.py checks a production database against the clock)."""
    eng = fresh_engine(db_url)
    with session_scope(eng) as s:
        set_mode(s, "simulation")
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[object]:
    """A Dask LocalCluster of two worker processes of one thread each (both cores), on 127.0.0.1 only, for
    the tests marked ``distributed``; without Dask they are skipped with the reason, except under
    ``CI=true``, where a missing Dask is a failure."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the distributed tests need dask[distributed] under CI=true: {exc}")
        pytest.skip(f"dask[distributed] is not installed: {exc}")
    from subsidy.rules.distributed import local_cluster

    with local_cluster(2) as cluster:
        yield cluster
