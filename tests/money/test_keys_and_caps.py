"""Issue 7, in one process: caller keys live in their own namespace (a caller's key equal to a
system key blocks nothing; a repeated key returns the first result, a key reused for another request
is refused naming its first use); approval re-assesses the entity's caps against the ledger, so two
applications of one entity in two calls never exceed an entity cap; amounts beyond the database's
range are refused as input. The concurrent and killed versions are in test_races.py and
test_crash_decisions.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from money_factories import (
    DAY,
    WAN,
    YEAR,
    add_award,
    add_call,
    add_org,
    funded_call,
    snapshot,
    submitted_in_notice,
    tx,
    url_of,
    uscc,
    user,
)
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from subsidy.cli import main
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.money import MAX_FEN, MoneyFormatError, check_fen, parse_money
from subsidy.services import ledger, sanctions
from subsidy.services.approval import approve
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import (
    Application,
    AuditRecord,
    Award,
    Call,
    LedgerEntry,
    Notice,
    Tranche,
)

pytestmark = pytest.mark.db

AFTER = dt.date(2026, 6, 9)  # the day after the notice ends


# --- keys -------------------------------------------------------------------------------------------

def _in_notice_art14a(s: Session, c: Call) -> int:
    a = Application(call_id=c.id, organisation_id=add_org(s, 1).id, clause_id="art14a", project_title="医院",
                    co_applicants=[], facts={}, state="in_notice", ceiling_fen=800 * WAN,
                    submitted_at=dt.date(YEAR, 4, 20), created_by=user(s, "officer").id)
    s.add(a)
    s.flush()
    s.add(Notice(call_id=c.id, published_on=dt.date(2026, 6, 1), ends_on=dt.date(2026, 6, 8), application_ids=[a.id],
                 closed=False))
    return a.id


def test_a_caller_key_equal_to_a_commitment_key_cannot_block_approval(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 1000 * WAN)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 1 * WAN, key="commit:1:1")  # award 1's key
        app_id = _in_notice_art14a(s, c)
    with tx(engine) as s:
        award = approve(s, user(s, "officer"), s.get_one(Application, app_id), amount_fen=800 * WAN, today=AFTER)
        assert award.id == 1
    with tx(engine) as s:
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "commitment")) == 3
        assert ledger.verify(s) == []


def test_a_caller_key_equal_to_a_payment_key_cannot_block_the_payment(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 1000 * WAN)
        t = commit_award(s, add_award(s, c, add_org(s, 1), 100 * WAN, shares=("100%",)), None)[0]
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 1 * WAN, key="pay:1:1")
        tranche_id = t.id
    with tx(engine) as s:
        paid = pay_tranche(s, user(s, "finance"), tranche_id, DAY)
        assert (paid.repeated, paid.fen) == (False, 100 * WAN)
    with pytest.raises(DomainRefusal, match="请求编号「pay:1:1」已用于第 3 条账目（预算下达"), tx(engine) as s:
        pay_tranche(s, user(s, "finance"), tranche_id, DAY, key="pay:1:1")  # the caller's key: its own first use


def test_caller_keys_equal_to_release_recovery_and_receipt_keys_block_nothing(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 1000 * WAN)
        first = commit_award(s, add_award(s, c, add_org(s, 1), 100 * WAN), None)[0]
        pay_tranche(s, user(s, "finance"), first.id, DAY)
        for key in ("release:1:2", "release:1:3", "recover:1:1", "receipt:2:V-1:1"):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR + 1, 1 * WAN, key=key)
    with tx(engine) as s:
        award = s.get_one(Award, 1)
        _, cancelled = sanctions.terminate(s, user(s, "officer"), award, "挪用", DAY)  # sanction 1
        assert [t.number for t in cancelled] == [2, 3]
        decision = sanctions.recover(s, user(s, "officer"), award, 50 * WAN, dt.date(2026, 9, 30), "挪用", DAY)
        assert decision.id == 2
        assert sanctions.recovery_status(s, decision) == (50 * WAN, 0)  # the caller's recover:… entry not counted
        sanctions.receive(s, user(s, "finance"), decision, 50 * WAN, "V-1", DAY)
        assert sanctions.recovery_status(s, decision) == (0, 50 * WAN)
        assert ledger.line_balance(s, c.id, "art14a", YEAR + 1).committed == 0
        assert ledger.verify(s) == []


def test_the_same_caller_key_and_request_returns_the_first_result_and_writes_nothing(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        first = ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 50 * WAN, key="预算文号-7", memo="宝财〔2026〕7号")
        first_seq = first.seq
    before = snapshot(engine)
    with tx(engine) as s:
        again = ledger.appropriate(s, user(s, "finance"), s.get_one(Call, c.id), "art14a", YEAR, 50 * WAN,
                                   key="预算文号-7", memo="宝财〔2026〕7号")
        assert again.seq == first_seq
    assert snapshot(engine) == before  # no entry, no audit record
    for change in ({"fen": 60 * WAN}, {"year": YEAR + 1}, {"memo": "另一文号"}):
        args: dict[str, Any] = {"fen": 50 * WAN, "year": YEAR, "memo": "宝财〔2026〕7号", **change}
        with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
            ledger.appropriate(s, user(s, "finance"), s.get_one(Call, c.id), "art14a", args["year"], args["fen"],
                               key="预算文号-7", memo=args["memo"])
        assert exc.value.code == "key_reused"
        assert f"请求编号「预算文号-7」已用于第 {first_seq} 条账目（预算下达" in str(exc.value)
        assert snapshot(engine) == before


def test_a_payment_key_reused_for_another_tranche_is_refused_naming_the_first_use(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 1000 * WAN)
        ids = [commit_award(s, add_award(s, c, add_org(s, n), 100 * WAN, shares=("100%",)), None)[0].id for n in (1, 2)]
        seq = pay_tranche(s, user(s, "finance"), ids[0], DAY, key="bank-42").seq
    with tx(engine) as s:
        assert pay_tranche(s, user(s, "finance"), ids[0], DAY, key="bank-42").repeated
    with pytest.raises(DomainRefusal, match=f"请求编号「bank-42」已用于第 {seq} 条账目（拨付") as exc, tx(engine) as s:
        pay_tranche(s, user(s, "finance"), ids[1], DAY, key="bank-42")
    assert exc.value.code == "key_reused"


def test_a_second_reversal_is_refused_and_writes_nothing(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        seq = ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 50 * WAN).seq
        ledger.reverse(s, user(s, "finance"), seq, "误录")
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match=f"第 {seq} 条账目已于第 {seq + 1} 条冲正") as exc, tx(engine) as s:
        ledger.reverse(s, user(s, "finance"), seq, "再次误录")
    assert exc.value.code == "already_reversed"
    assert snapshot(engine) == before


def test_a_caller_key_too_long_for_the_column_is_bad_input(engine: Engine) -> None:
    with tx(engine) as s:
        call_id = add_call(s).id
    with pytest.raises(CaseInputError, match="请求编号"), tx(engine) as s:
        ledger.appropriate(s, user(s, "finance"), s.get_one(Call, call_id), "art14a", YEAR, 50 * WAN, key="k" * 300)


def test_the_cli_key_namespace_and_repeat(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with tx(engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 1000 * WAN)
        _in_notice_art14a(s, c)
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))

    def run(*args: str) -> tuple[int, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        out = capsys.readouterr()
        return int(exc.value.code or 0), out.out + out.err

    for _ in range(2):  # the blocking key, then its repeat
        code, output = run("budget", "appropriate", "1", "art14a", "2026", "1万元", "--as", "finance", "--key", "commit:1:1")
        assert code == 0, output
    assert "请求编号「commit:1:1」此前已下达（账目第 4 条），本次未重复下达" in output
    code, output = run("approve", "1", "--as", "officer", "--amount", "800万元", "--today", "2026-06-09")
    assert code == 0 and "已核定 800万元" in output, output


# --- approval re-assesses the entity's caps -----------------------------------------------------------

def test_two_applications_of_one_entity_in_two_calls_never_exceed_the_entity_cap(engine: Engine) -> None:
    with tx(engine) as s:
        a = submitted_in_notice(s, funded_call(s), 1, project="R-1")
        b = submitted_in_notice(s, funded_call(s), 1, project="R-2")
        assert [s.get_one(Application, x).ceiling_fen for x in (a, b)] == [300 * WAN, 300 * WAN]  # each alone: all the room
    with tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, a), amount_fen=200 * WAN, today=AFTER)
    before = snapshot(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, b), amount_fen=300 * WAN, today=AFTER)
    assert exc.value.code == "above_ceiling"
    assert "按核定时的台账复核，该申报最多可核定 100万元" in str(exc.value)
    assert snapshot(engine) == before
    with tx(engine) as s:
        award = approve(s, user(s, "officer"), s.get_one(Application, b), amount_fen=100 * WAN, today=AFTER)
        assert award.ceiling_fen == 100 * WAN
        assert sum(s.scalars(select(Award.approved_fen))) == 300 * WAN


def test_approval_is_refused_when_the_entity_cap_is_used_up(engine: Engine) -> None:
    with tx(engine) as s:
        a = submitted_in_notice(s, funded_call(s), 1, project="R-1")
        b = submitted_in_notice(s, funded_call(s), 1, project="R-2")
    with tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, a), amount_fen=300 * WAN, today=AFTER)
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="已达本条支持上限") as exc, tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, b), amount_fen=1 * WAN, today=AFTER)
    assert exc.value.code == "no_room"
    assert snapshot(engine) == before


def test_a_terminated_award_gives_back_only_what_was_not_paid(engine: Engine) -> None:
    with tx(engine) as s:
        a = submitted_in_notice(s, funded_call(s), 1, project="R-1")
        b = submitted_in_notice(s, funded_call(s), 1, project="R-2")
    with tx(engine) as s:
        award = approve(s, user(s, "officer"), s.get_one(Application, a), amount_fen=300 * WAN, today=AFTER)
        sanctions.terminate(s, user(s, "officer"), award, "项目未实施", AFTER)  # nothing paid: all released
    with tx(engine) as s:
        assert approve(s, user(s, "officer"), s.get_one(Application, b), amount_fen=300 * WAN,
                       today=AFTER).approved_fen == 300 * WAN


# --- amounts beyond the database's range ----------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ("budget", "appropriate", "1", "art14a", "2026", "99999999999999999999万元", "--as", "finance"),
    ("approve", "1", "--as", "officer", "--amount", "92233720368547758.08元", "--today", "2026-06-09"),
    ("sanction", "recover", "1", "100000000000000000000元", "--due", "2027-06-30", "--reason", "违规", "--as", "officer"),
    ("support", "add", uscc(1), "--programme", "x", "--level", "市级", "--year", "2025",
     "--amount", "1000000000亿元", "--as", "officer"),
])
def test_amounts_beyond_the_range_are_bad_input_naming_the_option(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  args: tuple[str, ...]) -> None:
    with tx(engine) as s:
        c = add_call(s)
        _in_notice_art14a(s, c)
        add_award(s, c, add_org(s, 1), 100 * WAN)  # award 1, to recover from
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    err = capsys.readouterr().err
    assert exc.value.code == 2, err
    assert "超出可处理的范围" in err and ("「金额」" in err or "「--amount」" in err), err
    assert "Traceback" not in err


def test_service_amounts_beyond_the_range_are_refused_before_the_database(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        app_id = _in_notice_art14a(s, c)
    with pytest.raises(CaseInputError, match="超出可处理的范围"), tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, app_id), amount_fen=MAX_FEN + 1, today=AFTER)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        ledger.appropriate(s, user(s, "finance"), s.get_one(Call, c.id), "art14a", YEAR, MAX_FEN)
        ledger.appropriate(s, user(s, "finance"), s.get_one(Call, c.id), "art14a", YEAR, 1)  # the line's sum
    assert exc.value.code == "over_max"
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry)) == 0
        assert s.scalar(select(func.count()).select_from(Tranche)) == 0
        assert s.scalar(select(func.count()).where(AuditRecord.action == "appropriate")) == 0


@pytest.mark.parametrize("args", [("pay", "99999999999999999999", "--as", "finance", "--today", "2026-07-01"),
                                  ("approve", "99999999999999999999", "--as", "officer", "--amount", "1万元")])
def test_an_id_beyond_the_databases_integers_is_refused_without_a_traceback(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    with tx(engine) as s:
        add_call(s)
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    err = capsys.readouterr().err
    assert exc.value.code in (2, 3) and "错误" in err, err  # SQLite: out of range (2); PostgreSQL: no such row (3)


# --- properties ---------------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=250))
def test_no_caller_key_is_ever_a_system_key(key: str) -> None:
    try:
        stored = ledger.caller_key(key)
    except CaseInputError:
        return
    assert stored.startswith(ledger.CALLER_KEY_PREFIX) and len(stored) <= 200
    assert ledger.shown_key(stored) == key.strip()
    assert not any(stored.startswith(kind + ":") for kind in ledger.SYSTEM_KEYS)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**30), max_value=10**30), st.integers(min_value=0, max_value=4),
       st.sampled_from(["元", "万元", "亿元"]))
def test_a_parsed_amount_is_within_the_range_or_refused(whole: int, decimals: int, unit: str) -> None:
    text = f"{whole}{'.' + '5' * decimals if decimals else ''}{unit}"
    try:
        fen = parse_money(text).fen
    except MoneyFormatError:
        return
    assert abs(fen) <= MAX_FEN
    assert check_fen(fen, "金额") == fen
