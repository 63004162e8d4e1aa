"""Business dates (业务日期) against the clock.

Every action records two times: the clock's (``AuditRecord.at``, written by the database layer) and
the business date it counts as of (``AuditRecord.business_date``), which decides notice periods, 补正
deadlines and payment years. In a production database the business date can neither run ahead of
the clock (an approval cannot be dated after a 公示 period that is still running; a 2027 tranche
cannot be paid in 2026) nor behind the last recorded action's. A database created as a demo or a
simulation (its mode is set once, before anything is recorded) accepts any business date, and every
output says so.

The clock is passed in (``clock_today``): the caller at the edge reads it (:func:`china_today`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.store.tables import AuditRecord, Instance
from subsidy.vocabulary import DATABASE_MODES

__all__ = ["MODES", "MODE_LABELS", "SESSION_KEY", "banner", "beijing", "business_day", "china_today", "mode_of",
           "set_mode"]

MODES = DATABASE_MODES.codes
MODE_LABELS = DATABASE_MODES.labels
_CHINA = dt.timezone(dt.timedelta(hours=8), "北京时间")  # China keeps no daylight saving time
SESSION_KEY = "business_date"


def china_today(now: dt.datetime | None = None) -> dt.date:
    """Today's date in Beijing time (the offices' calendar), from the clock or from ``now``."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(_CHINA).date()


def beijing(moment: dt.datetime | str, *, seconds: bool = True) -> str:
    """A recorded time as people read it: 北京时间 (the caller says so beside it), to the second, or to the
    minute with ``seconds=False``. ``moment`` is a datetime or an ISO string (a checkpoint's ``taken_at``);
    one without a zone is UTC (SQLite gives stored times back without one)."""
    at = dt.datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(_CHINA).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def mode_of(session: Session) -> str:
    """The database's mode; a database migrated before modes existed is production."""
    row = session.get(Instance, 1)
    return row.mode if row is not None else "production"


def set_mode(session: Session, mode: str) -> str:
    """Set the mode of a new database (before any action is recorded); returns the mode set.

    A database that already holds actions keeps its mode: turning production into a simulation would
    free its dates from the clock, and the reverse would vouch for dates nobody checked."""
    wanted = DATABASE_MODES.parse(mode, "--mode")
    row = session.get(Instance, 1)
    current = row.mode if row is not None else "production"
    if wanted == current:
        if row is None:
            session.add(Instance(id=1, mode=wanted))
        return wanted
    if session.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.action != "seal")):  # not
        # the audit log's seals of rows written without an action (services/audit.py)
        raise DomainRefusal(f"数据库已有操作记录，不能从「{MODE_LABELS[current]}」改为「{MODE_LABELS[wanted]}」"
                            "（数据库类型只能在新建时设定：演示或模拟请用新的数据库）", "mode_fixed")
    if row is None:
        session.add(Instance(id=1, mode=wanted))
    else:
        row.mode = wanted
    session.flush()
    return wanted


def business_day(session: Session, requested: dt.date | None, clock_today: dt.date,
                 option: str = "--today") -> dt.date:
    """The business date of this transaction's actions: ``requested`` (or the clock's date), checked
    against the clock and the last recorded action in a production database. Audit records written
    in this transaction carry it."""
    day = requested or clock_today
    if mode_of(session) == "production":
        if day > clock_today:
            raise CaseInputError(option, f"业务日期 {day} 晚于今天（{clock_today}，北京时间）",
                                 f"正式数据库的业务日期不能超前：写 {clock_today} 或之前的日期；"
                                 "演示或模拟请新建数据库（`subsidy db upgrade --mode simulation`）")
        last = session.scalar(select(func.max(AuditRecord.business_date)))
        if last is not None and day < last:
            raise CaseInputError(option, f"业务日期 {day} 早于已记录的最近一项操作的业务日期 {last}",
                                 f"业务日期不能倒退：写 {last} 至 {clock_today} 之间的日期")
    session.info[SESSION_KEY] = day
    return day


def banner(session: Session) -> str | None:
    """What every output of a non-production database says about it, or None."""
    mode = mode_of(session)
    if mode == "production":
        return None
    return f"【{MODE_LABELS[mode]}数据库】业务日期不受实际日期约束，数据不是正式记录"
