"""Business dates against the clock: in a production database the business date of an action can
neither run ahead of the clock (no approval dated after a 公示 period still running, no 2027 tranche
paid in 2026) nor behind the last recorded action's; a demo or simulation database, flagged when it
is created, accepts any date and says so on every command. Each audit record keeps the clock's time
and the business date separately."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from money_factories import WAN, YEAR, add_award, add_call, add_org, staff, tx, url_of, user
from sqlalchemy import Engine, select

from subsidy.cli import main
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services import clock, ledger
from subsidy.services.audit import record
from subsidy.services.commitments import commit_award
from subsidy.store.tables import AuditRecord

pytestmark = pytest.mark.db

CLOCK = dt.date(2026, 7, 10)


def test_the_business_date_cannot_run_ahead_of_the_clock(production_engine: Engine) -> None:
    with tx(production_engine) as s, pytest.raises(CaseInputError) as exc:
        clock.business_day(s, CLOCK + dt.timedelta(days=1), CLOCK)
    assert "晚于今天（2026-07-10" in str(exc.value) and "--today" in str(exc.value)


def test_the_business_date_cannot_go_back_behind_the_last_recorded_action(production_engine: Engine) -> None:
    with tx(production_engine) as s:
        staff(s)
        clock.business_day(s, dt.date(2026, 7, 5), CLOCK)
        record(s, user(s, "officer"), "note", "call:1")
    with tx(production_engine) as s, pytest.raises(CaseInputError) as exc:
        clock.business_day(s, dt.date(2026, 7, 4), CLOCK)
    assert "早于已记录的最近一项操作的业务日期 2026-07-05" in str(exc.value)
    with tx(production_engine) as s:  # the same day and later days up to the clock are fine
        assert clock.business_day(s, dt.date(2026, 7, 5), CLOCK) == dt.date(2026, 7, 5)
        assert clock.business_day(s, None, CLOCK) == CLOCK


def test_each_audit_record_keeps_the_clock_time_and_the_business_date(production_engine: Engine) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with tx(production_engine) as s:
        staff(s)
        c = add_call(s)
        clock.business_day(s, dt.date(2026, 7, 1), CLOCK)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 100 * WAN)
    after = dt.datetime.now(dt.UTC)
    with tx(production_engine) as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "appropriate")).one()
        assert rec.business_date == dt.date(2026, 7, 1)
        at = rec.at if rec.at.tzinfo else rec.at.replace(tzinfo=dt.UTC)  # SQLite keeps no zone
        assert before <= at <= after  # the clock's time of the action, not its business date


def test_a_simulation_accepts_any_date_and_its_mode_is_fixed_once_something_is_recorded(engine: Engine) -> None:
    with tx(engine) as s:
        assert clock.mode_of(s) == "simulation"
        assert clock.business_day(s, dt.date(2031, 1, 1), CLOCK) == dt.date(2031, 1, 1)
        assert clock.business_day(s, dt.date(2020, 1, 1), CLOCK) == dt.date(2020, 1, 1)
        staff(s)
        record(s, user(s, "officer"), "note", "call:1")
    with tx(engine) as s, pytest.raises(DomainRefusal) as exc:
        clock.set_mode(s, "production")
    assert exc.value.code == "mode_fixed"


def test_a_new_database_takes_its_mode_once_in_english_or_chinese(production_engine: Engine) -> None:
    with tx(production_engine) as s:
        assert clock.mode_of(s) == "production"
        assert clock.set_mode(s, "演示") == "demo"
    with tx(production_engine) as s:
        assert clock.mode_of(s) == "demo"
    with tx(production_engine) as s, pytest.raises(CaseInputError):
        clock.set_mode(s, "testing")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=-30, max_value=30), min_size=1, max_size=12))
def test_accepted_business_dates_never_pass_the_clock_nor_go_back(production_engine: Engine,
                                                                   offsets: list[int]) -> None:
    """Any sequence of requested dates: the accepted ones (each recorded) are in order and ≤ the clock."""
    with tx(production_engine) as s:
        s.execute(AuditRecord.__table__.delete())
        staff(s)
    accepted: list[dt.date] = []
    for offset in offsets:
        day = CLOCK + dt.timedelta(days=offset)
        try:
            with tx(production_engine) as s:
                clock.business_day(s, day, CLOCK)
                record(s, user(s, "officer"), "note", "call:1")
        except CaseInputError:
            assert day > CLOCK or (accepted and day < accepted[-1])
        else:
            assert day <= CLOCK and (not accepted or day >= accepted[-1])
            accepted.append(day)
    with tx(production_engine) as s:
        recorded = list(s.scalars(select(AuditRecord.business_date).where(AuditRecord.action == "note")
                                  .order_by(AuditRecord.id)))
    assert recorded == accepted


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out, captured.err


def test_the_cli_refuses_a_future_payment_year_on_a_production_database(
        production_engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The finding: a 2027 tranche paid in 2026 by typing --today 2027-…; now refused with exit 2."""
    with tx(production_engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 100 * WAN)
        commit_award(s, add_award(s, c, add_org(s, 1), 60 * WAN), None)  # 50/30/20 over 2026–2028
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(production_engine))
    code, out, err = _cli(capsys, "pay", "--run", "--as", "finance", "--today", "2999-01-01")
    assert code == 2 and "业务日期 2999-01-01 晚于今天" in out + err and "已拨付" not in out
    code, out, err = _cli(capsys, "approve", "1", "--as", "officer", "--amount", "1万元", "--today", "2999-01-01")
    assert code == 2 and "晚于今天" in out + err
    assert "【" not in err  # a production database prints no banner


def test_a_simulation_database_says_so_on_every_command(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with tx(engine) as s:
        staff(s)
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))
    code, out, err = _cli(capsys, "pay", "--run", "--as", "finance", "--today", "2031-01-01")
    assert code == 0 and "本次拨付 0 期" in out and "【模拟数据库】业务日期不受实际日期约束" in err
    with tx(engine) as s:
        record(s, user(s, "officer"), "note", "call:1")
    code, out, err = _cli(capsys, "db", "upgrade", "--mode", "production")
    assert code == 3 and "不能从「模拟」改为「正式」" in out + err
