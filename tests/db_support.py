"""What the database tests' factories share (tests/money/money_factories.py, tests/services/factories.py,
tests/services/intake_support.py): one transaction, a valid 统一社会信用代码, a user by name, and every
row of every table (what a refused action must leave exactly as it was)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from subsidy.admin.uscc import compute_check_char
from subsidy.store.db import session_scope
from subsidy.store.tables import Base, User

WAN = 1_000_000  # 1 万元 in 分
NO_WAIT_FOR_DISK = "-csynchronous_commit=off"
"""PostgreSQL options of the suite's connections: a commit does not wait for the disk (tests/conftest.py)."""


def pg_options(schema: str) -> dict[str, str]:
    """``connect_args`` of a test engine on PostgreSQL: its own schema, commits not waiting for the disk."""
    return {"options": f"-csearch_path={schema} {NO_WAIT_FOR_DISK}"}
BAOAN = "cn-sz-baoan-ai-health"
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"


def uscc(n: int) -> str:
    """A valid 统一社会信用代码 numbered ``n``."""
    first17 = f"91440300{n:09d}"
    return first17 + compute_check_char(first17)


@contextmanager
def tx(engine: Engine) -> Iterator[Session]:
    with session_scope(engine) as s:
        yield s


def user(s: Session, username: str) -> User:
    return s.scalars(select(User).where(User.username == username)).one()


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what a refusal must leave exactly as it was."""
    with engine.connect() as conn:
        return {t.name: sorted((tuple(r) for r in conn.execute(t.select())), key=repr)
                for t in Base.metadata.sorted_tables}


def copy_sqlite(source: Path, target: Path) -> None:
    """A copy of the SQLite database ``source`` at ``target`` (SQLite's backup: what its write-ahead log
    holds too), for a test that starts from a database a module fixture built once."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def module_engine(tmp_path_factory: Any, name: str) -> tuple[str, Engine]:
    """A migrated simulation database for one test module (a module-scoped fixture's), and its URL: on
    PostgreSQL (``SUBSIDY_TEST_DATABASE_URL``) a schema of the module's own, as tests/conftest.py gives
    each test one; else a SQLite file."""
    import os

    from sqlalchemy import text

    from subsidy.services.clock import set_mode
    from subsidy.settings import Settings
    from subsidy.store.db import make_engine, migrate

    url = os.environ.get("SUBSIDY_TEST_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp(name) / 'db.sqlite3'}"
    if url.startswith("postgresql"):
        schema = f"t_{os.getpid()}_{name}"
        admin = make_engine(Settings(url))
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        admin.dispose()
        engine = make_engine(Settings(url), connect_args=pg_options(schema))
    else:
        engine = make_engine(Settings(url))
    migrate(engine)
    with session_scope(engine) as s:
        set_mode(s, "simulation")
    return url, engine
