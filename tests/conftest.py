"""Shared fixtures. Database tests (marked ``db``) run on a fresh SQLite file by default, and on
PostgreSQL when SUBSIDY_TEST_DATABASE_URL is set (run.sh does this for the second pass)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["COLUMNS"] = "200"  # Rich wraps at the terminal width; tests read whole lines
from sqlalchemy import Engine, text

from subsidy.services.clock import set_mode
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate, session_scope

# The CLI keeps parsed policies between runs (cli/compiled.py): in a directory of this test process's
# own, never the user's cache (the test commands' subprocesses inherit it).
_CACHE = tempfile.mkdtemp(prefix="subsidy-test-cache-")
os.environ["SUBSIDY_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def _fresh_postgres(url: str) -> Engine:
    """An empty schema of this test process's own, so concurrent runs never collide."""
    schema = f"t_{os.getpid()}"
    admin = make_engine(Settings(url))
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.dispose()
    return make_engine(Settings(url), connect_args={"options": f"-csearch_path={schema}"})


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return os.environ.get("SUBSIDY_TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite3'}"


def fresh_engine(db_url: str) -> Engine:
    """A migrated, empty database (production mode: business dates follow the clock)."""
    eng = _fresh_postgres(db_url) if db_url.startswith("postgresql") else make_engine(Settings(db_url))
    migrate(eng)
    return eng


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
