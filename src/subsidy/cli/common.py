"""What every database command shares: opening the database, the acting user, today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, session_scope

__all__ = ["ActorOpt", "TodayOpt", "business_day", "open_session", "parse_day", "read_input", "write_output",
           "yuan_to_fen"]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
TodayOpt = Annotated[str | None, typer.Option(
    "--today", help="业务日期（默认今天，北京时间），如 2026-06-01；正式数据库中不能晚于今天，也不能早于最近一项操作")]


def parse_day(value: str | None, option: str = "--today") -> dt.date:
    """A date given on the command line (today in Beijing time when not given)."""
    from subsidy.services.clock import china_today

    if value is None:
        return china_today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CaseInputError(option, f"「{value}」不是日期", "写成 2026-06-01") from exc


def business_day(session: Session, value: str | None) -> dt.date:
    """The business date of this command's actions (``--today``), checked against the clock and the
    last recorded action (services/clock.py)."""
    from subsidy.services.clock import business_day as checked
    from subsidy.services.clock import china_today

    return checked(session, None if value is None else parse_day(value), china_today())


def yuan_to_fen(value: str, option: str) -> int:
    """Parse an amount with its unit (``500万元``, ``3000元``, ``300万``) given on the command line:
    the same domain as a case file's money (no bare number, not negative, at most 1万亿元)."""
    from subsidy.rules.case import parse_input_money

    return parse_input_money(value, option)


def _path_problem(exc: OSError | ValueError) -> str:
    """Why the operating system refused a path the user named, in Chinese."""
    import errno

    if not isinstance(exc, OSError):  # ValueError: a NUL in the path
        return "路径中有不允许的字符"
    return {errno.ENOENT: "文件不存在", errno.EISDIR: "是目录，不是文件", errno.EACCES: "没有读写权限",
            errno.ENAMETOOLONG: "文件名过长", errno.ENOTDIR: "路径中有一段是文件，不是目录",
            errno.EEXIST: "路径中有一段是文件，不是目录",
            errno.EROFS: "所在位置只读"}.get(exc.errno or 0, "无法读写")


def read_input(path: Path, field: str) -> bytes:
    """The content of a file named on the command line; a missing, unreadable or odd path is bad
    input (exit 2) that says, in Chinese, what is wrong with it."""
    try:
        return path.read_bytes()
    except (OSError, ValueError) as exc:
        raise CaseInputError(field, f"「{str(path)[:200]}」{_path_problem(exc)}", "写成存在的文件的路径") from exc


def write_output(path: Path, field: str, write: Callable[[Path], object]) -> None:
    """Write an export to a path named on the command line (``write(path)``); a path the system
    refuses is bad input (exit 2), said in Chinese, like :func:`read_input`."""
    try:
        write(path)
    except (OSError, ValueError) as exc:
        raise CaseInputError(field, f"无法写入「{str(path)[:200]}」：{_path_problem(exc)}",
                             "写成可写入的文件路径，如 ./导出.xlsx") from exc


def _load_calendars() -> None:
    """Official arrangements for years the calendar package does not know (calendars/<year>.yaml)."""
    from subsidy.dates import load_calendar_dir

    directory = Path(__file__).resolve().parents[3] / "calendars"
    if directory.is_dir():
        load_calendar_dir(directory)


def _require_schema(session: Session) -> None:
    """A database never migrated (no schema: a new file, a wrong URL) is refused before any query
    fails on a missing table."""
    from sqlalchemy import inspect

    if not inspect(session.connection()).has_table("alembic_version"):
        url = session.get_bind().engine.url.render_as_string(hide_password=True)
        raise CaseInputError("SUBSIDY_DATABASE_URL", f"数据库「{url}」尚未建立（没有数据表）",
                             "先运行 subsidy db upgrade 建立数据库，或检查 SUBSIDY_DATABASE_URL 是否指向正确的数据库")


def _say_mode(session: Session) -> None:
    """A demo or simulation database says so on every command (on stderr, beside any JSON)."""
    from subsidy.services.clock import banner

    if (text := banner(session)) is not None:
        typer.echo(text, err=True)


@contextmanager
def open_session() -> Iterator[Session]:
    """One transaction against the configured database (SUBSIDY_DATABASE_URL; default SQLite)."""
    settings = load_settings()
    _load_calendars()
    engine = make_engine(settings)
    try:
        with session_scope(engine) as session:
            _require_schema(session)
            _say_mode(session)
            yield session
    finally:
        engine.dispose()
