"""Official working days (工作日) and validity windows, for statutory deadlines.

Working days follow the State Council holiday arrangements as published in the
``chinese_calendar`` package, including 调休 make-up working days on weekends. The package
only knows the years whose arrangements have been published; asking about any other year
raises :class:`CalendarRangeError` with a Chinese message instead of guessing.

Counting convention for deadlines: the start day itself is never counted ("自受理之日起
N 个工作日内" → the N-th working day after the day of acceptance is the last day).

All functions are pure: they never read the clock; pass the dates in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from subsidy.errors import DomainRefusal

if TYPE_CHECKING:
    FIRST_YEAR: int
    LAST_YEAR: int

__all__ = [
    "CalendarRangeError",
    "Pause",
    "add_working_days",
    "deadline_with_pauses",
    "in_window",
    "is_working_day",
    "load_arrangement",
    "load_calendar_dir",
    "validity_window",
    "working_days_between",
]

Pause = tuple[date, date | None]
"""A stopped-clock interval: first and last paused day, both inclusive; ``None`` = still paused."""

_ONE_DAY = timedelta(days=1)


@cache
def _known_years() -> tuple[int, int]:
    import chinese_calendar  # on first use: the rules commands that count no working days never load it

    keys = [*chinese_calendar.holidays, *chinese_calendar.workdays]
    return min(k.year for k in keys), max(k.year for k in keys)


def __getattr__(name: str) -> Any:
    """``FIRST_YEAR`` and ``LAST_YEAR``: the years the calendar package knows, read when first asked for."""
    if name in ("FIRST_YEAR", "LAST_YEAR"):
        return _known_years()[name == "LAST_YEAR"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class CalendarRangeError(DomainRefusal, ValueError):
    """The date lies in a year for which no official holiday arrangement is known: a refusal (exit 3,
    code ``calendar``) whose message says how to record that year's arrangement."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "calendar")


_EXTRA: dict[int, tuple[frozenset[date], frozenset[date]]] = {}
"""Arrangements for years the package does not know yet: year -> (holidays, make-up working days)."""


def load_arrangement(year: int, holidays: Sequence[date], workdays: Sequence[date]) -> None:
    """Add the State Council's holiday arrangement for ``year`` (from ``calendars/<year>.yaml``).

    Used only for years the ``chinese_calendar`` package does not know; officers add the file
    when the arrangement is published (usually in November of the year before).
    """
    for d in (*holidays, *workdays):
        if d.year != year:
            raise ValueError(f"{d.isoformat()} 不属于 {year} 年")
    _EXTRA[year] = (frozenset(holidays), frozenset(workdays))


def load_calendar_dir(directory: Path) -> list[int]:
    """Load every ``<year>.yaml`` in ``directory`` (keys ``holidays`` and ``workdays``: lists of dates)."""
    import yaml

    years = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        year = int(path.stem)
        load_arrangement(year, list(data.get("holidays") or []), list(data.get("workdays") or []))
        years.append(year)
    return years


def is_working_day(d: date) -> bool:
    """Whether ``d`` is an official working day (weekdays minus holidays plus 调休 days)."""
    import chinese_calendar

    first, last = _known_years()
    if d.year in _EXTRA and d.year > last:
        holidays, workdays = _EXTRA[d.year]
        return d in workdays or (d.weekday() < 5 and d not in holidays)
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError as exc:
        raise CalendarRangeError(
            f"无法判断 {d.isoformat()} 是否为工作日：法定节假日安排仅收录 {first}–{last} 年，"
            f"{d.year} 年的放假安排尚未收录。国务院办公厅公布该年安排后，请在 calendars/{d.year}.yaml 中"
            f"录入 holidays（放假日期）与 workdays（调休上班日期），或更新 chinesecalendar 软件包"
        ) from exc


def _check_count(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"working-day count must be an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"工作日数不能为负数（收到 {n}）")


def add_working_days(start: date, n: int) -> date:
    """The date that is ``n`` working days after ``start`` (``start`` itself not counted).

    ``n == 0`` returns ``start`` unchanged.
    """
    _check_count(n)
    d = start
    remaining = n
    while remaining:
        d += _ONE_DAY
        if is_working_day(d):
            remaining -= 1
    return d


def working_days_between(a: date, b: date) -> int:
    """Number of working days ``d`` with ``a < d <= b``; negative if ``b`` is before ``a``.

    Inverse of :func:`add_working_days`: ``working_days_between(s, add_working_days(s, n)) == n``.
    """
    if b < a:
        return -working_days_between(b, a)
    count = 0
    d = a
    while d < b:
        d += _ONE_DAY
        if is_working_day(d):
            count += 1
    return count


def _normalise_pauses(pauses: Sequence[Pause]) -> list[tuple[date, date | None]]:
    out: list[tuple[date, date | None]] = []
    for i, (first, last) in enumerate(pauses, start=1):
        if last is not None and last < first:
            raise ValueError(f"第 {i} 个中止期间的结束日 {last.isoformat()} 早于开始日 {first.isoformat()}")
        out.append((first, last))
    return out


def deadline_with_pauses(start: date, n: int, pauses: Sequence[Pause]) -> date | None:
    """Deadline ``n`` working days after ``start`` with the clock stopped during ``pauses``.

    Each pause ``(first, last)`` stops the clock on every day from ``first`` to ``last``
    inclusive (e.g. 补正: from the day the file is returned to the applicant to the day the
    corrected file is received); those days never count, even if they are working days.
    Pauses may overlap and come in any order. ``last=None`` means the pause has not ended:
    if the clock is stopped by it before the deadline is reached, the deadline is not yet
    determined and ``None`` is returned.
    """
    _check_count(n)
    spans = _normalise_pauses(pauses)

    def paused(d: date) -> bool:
        return any(first <= d and (last is None or d <= last) for first, last in spans)

    open_from = min((first for first, last in spans if last is None), default=None)
    d = start
    remaining = n
    while remaining:
        d += _ONE_DAY
        if open_from is not None and d >= open_from:
            return None
        if is_working_day(d) and not paused(d):
            remaining -= 1
    return d


def validity_window(effective_from: date, years: int) -> tuple[date, date]:
    """Inclusive window of a policy valid for ``years`` years from ``effective_from``.

    The end is the day before the ``years``-th anniversary (2024-01-01, 5 年 → 2028-12-31).
    From 29 February, an anniversary in a common year falls on 1 March, so the window ends
    on 28 February (the last day of the month, as 民法典第二百零二条 provides when the
    corresponding day does not exist).
    """
    if isinstance(years, bool) or not isinstance(years, int):
        raise TypeError(f"years must be an int, got {type(years).__name__}")
    if years < 1:
        raise ValueError(f"有效期年数必须为正整数（收到 {years}）")
    target = effective_from.year + years
    if target > date.max.year:
        raise ValueError(f"有效期过长：{effective_from.isoformat()} 起 {years} 年超出可表示的日期范围")
    try:
        anniversary = effective_from.replace(year=target)
    except ValueError:  # 29 February into a common year
        anniversary = date(target, 3, 1)
    return effective_from, anniversary - _ONE_DAY


def in_window(d: date, window: tuple[date, date]) -> bool:
    """Whether ``d`` lies in the inclusive ``window`` ``(first, last)``."""
    first, last = window
    return first <= d <= last
