"""What every database command shares: opening the database, the acting user, today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, session_scope

__all__ = ["ActorOpt", "TodayOpt", "open_session", "parse_day", "yuan_to_fen"]

ActorOpt = Annotated[str, typer.Option("--as", help="执行操作的用户名（决定角色与权限）")]
TodayOpt = Annotated[str | None, typer.Option("--today", help="业务日期（默认今天），如 2026-06-01")]


def parse_day(value: str | None, option: str = "--today") -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CaseInputError(option, f"「{value}」不是日期", "写成 2026-06-01") from exc


def yuan_to_fen(value: str, option: str) -> int:
    """Parse an amount with its unit (``500万元``, ``3000元``, ``300万``) given on the command line:
    the same domain as a case file's money (no bare number, not negative, at most 1万亿元)."""
    from subsidy.rules.case import parse_input_money

    return parse_input_money(value, option)


def _load_calendars() -> None:
    """Official arrangements for years the calendar package does not know (calendars/<year>.yaml)."""
    from pathlib import Path

    from subsidy.dates import load_calendar_dir

    directory = Path(__file__).resolve().parents[3] / "calendars"
    if directory.is_dir():
        load_calendar_dir(directory)


@contextmanager
def open_session() -> Iterator[Session]:
    """One transaction against the configured database (SUBSIDY_DATABASE_URL; default SQLite)."""
    settings = load_settings()
    _load_calendars()
    engine = make_engine(settings)
    try:
        with session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()
