"""The ledger on a real database: appropriation, commitments within the budget, idempotent keys,
refusals that change nothing, balances that reconcile, and `verify` naming tampered records."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, snapshot, tx, user
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from subsidy.admin.ledger import balances
from subsidy.errors import DomainRefusal
from subsidy.services import ledger, sanctions
from subsidy.services.commitments import commit_award, tranche_plan
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import Award, Call, LedgerEntry, Tranche

pytestmark = pytest.mark.db


def _funded(engine: Engine, per_year_wan: int = 1000, years: int = 3) -> int:
    with tx(engine) as s:
        c = add_call(s)
        for year in range(YEAR, YEAR + years):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, per_year_wan * WAN)
        return c.id


def test_appropriation_and_commitment_make_the_line_balance(engine: Engine) -> None:
    call_id = _funded(engine)
    with tx(engine) as s:
        c = s.get(Call, call_id)
        assert c is not None
        award = add_award(s, c, add_org(s, 1), 800 * WAN)
        tranches = commit_award(s, award, user(s, "officer"))
        assert [(t.number, t.fen, t.due_year, t.requires_report) for t in tranches] == [
            (1, 400 * WAN, YEAR, False), (2, 240 * WAN, YEAR + 1, True), (3, 160 * WAN, YEAR + 2, True)]
        assert commit_award(s, award, user(s, "officer")) == tranches  # a repeat creates nothing
    with tx(engine) as s:
        b = ledger.line_balance(s, call_id, "art14a", YEAR + 1)
        assert (b.appropriated, b.committed, b.paid, b.available) == (1000 * WAN, 240 * WAN, 0, 760 * WAN)
        assert s.scalar(select(func.count()).select_from(LedgerEntry)) == 6
        assert ledger.verify(s) == []


def test_a_commitment_beyond_a_years_budget_is_refused_and_changes_nothing(engine: Engine) -> None:
    call_id = _funded(engine, years=2)  # nothing appropriated for 2028
    with tx(engine) as s:
        c = s.get(Call, call_id)
        assert c is not None
        award_id = add_award(s, c, add_org(s, 1), 1200 * WAN).id
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="2028年度预算不足：奖励 1 需承诺 240万元，可用 0万元") as exc, tx(engine) as s:
        award = s.get(Award, award_id)
        assert award is not None
        commit_award(s, award, user(s, "officer"))
    assert exc.value.code == "over_budget"
    assert snapshot(engine) == before


def test_the_same_key_twice_appends_one_entry(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        first = ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 50 * WAN, key="budget-doc-7")
        again = ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 50 * WAN, key="budget-doc-7")
        assert again.seq == first.seq
        with pytest.raises(DomainRefusal, match="已用于第 1 条账目"):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 60 * WAN, key="budget-doc-7")
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry)) == 1


def test_wrong_role_clause_or_amount_is_refused(engine: Engine) -> None:
    with tx(engine) as s:
        c = add_call(s)
        call_id = c.id
    before = snapshot(engine)
    cases = [("officer", "art14a", YEAR, WAN, "wrong_role"), ("finance", "art99", YEAR, WAN, "no_clause"),
             ("finance", "art14a", YEAR - 1, WAN, "bad_year"), ("finance", "art14a", YEAR, 0, "bad_amount")]
    for who, clause, year, fen, code in cases:
        with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
            ledger.appropriate(s, user(s, who), s.get_one(Call, call_id), clause, year, fen)
        assert exc.value.code == code
    assert snapshot(engine) == before


def test_a_used_appropriation_cannot_be_reversed_an_unused_one_can(engine: Engine) -> None:
    call_id = _funded(engine, per_year_wan=500)
    with tx(engine) as s:
        commit_award(s, add_award(s, s.get_one(Call, call_id), add_org(s, 1), 900 * WAN), None)
    with pytest.raises(DomainRefusal, match="可用预算将为") as exc, tx(engine) as s:
        ledger.reverse(s, user(s, "finance"), 1, "误录")  # 2026: 450万 committed out of 500万
    assert exc.value.code == "over_budget"
    with tx(engine) as s:
        extra = ledger.appropriate(s, user(s, "finance"), s.get_one(Call, call_id), "art14a", YEAR, 77 * WAN)
        ledger.reverse(s, user(s, "finance"), extra.seq, "重复下达")
        assert ledger.line_balance(s, call_id, "art14a", YEAR).appropriated == 500 * WAN
        with pytest.raises(DomainRefusal, match="已被冲正"):
            ledger.append(s, "reversal", call_id=call_id, clause_id="art14a", year=YEAR, fen=77 * WAN,
                          reverses=extra.seq)


def test_verify_names_an_altered_a_deleted_and_an_inserted_record(engine: Engine) -> None:
    call_id = _funded(engine)
    with tx(engine) as s:
        for n in range(2, 5):
            commit_award(s, add_award(s, s.get_one(Call, call_id), add_org(s, n), 100 * WAN), None)
        assert ledger.verify(s) == []
        last = s.scalar(select(func.max(LedgerEntry.seq)))
    assert last == 12
    with engine.begin() as conn:  # behind the application's back
        conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 5).values(fen=LedgerEntry.fen + 1))
    with tx(engine) as s:
        assert [(p.seq, p.problem) for p in ledger.verify(s)] == [(5, "账本第 5 条记录内容与其哈希不符（记录被修改）")]
    with engine.begin() as conn:
        conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 5).values(fen=LedgerEntry.fen - 1))
        conn.execute(delete(LedgerEntry).where(LedgerEntry.seq == 8))
    with tx(engine) as s:
        problems = ledger.verify(s)
        assert problems[0].seq == 9 and "账本第 8 条记录缺失（被删除）" in problems[0].problem
    with engine.begin() as conn:
        table = LedgerEntry.__table__
        row = dict(conn.execute(table.select().where(table.c.seq == 12)).mappings().one())
        conn.execute(table.insert().values(**{**row, "seq": 13, "key": "forged", "fen": 1}))
    with tx(engine) as s:
        texts = [p.problem for p in ledger.verify(s)]
        assert any("账本第 13 条记录与前一条不衔接" in t for t in texts)
        assert any("账本应以第 12 条记录结尾，实际以第 13 条结尾" in t for t in texts)


def test_deleting_the_newest_record_is_caught_by_the_head(engine: Engine) -> None:
    _funded(engine)
    with engine.begin() as conn:
        conn.execute(delete(LedgerEntry).where(LedgerEntry.seq == 3))
    with tx(engine) as s:
        assert [p.problem for p in ledger.verify(s)] == [
            "账本应以第 3 条记录结尾，实际以第 2 条结尾（最新的记录被删除或改动）"]


def test_tranches_refuse_a_schedule_that_does_not_add_up(engine: Engine) -> None:
    with tx(engine) as s:
        award = add_award(s, add_call(s), add_org(s, 1), 100 * WAN)
        award.schedule = [{"number": 1, "fen": 60 * WAN, "due_year": YEAR}, {"number": 2, "fen": 30 * WAN}]
        with pytest.raises(DomainRefusal, match="合计与核定金额不符"):
            tranche_plan(award)


# ---- properties: on a real database ------------------------------------------------------------

_ops = st.lists(st.tuples(st.sampled_from(["appropriate", "award", "award", "pay", "pay", "terminate", "recover",
                                           "receive", "receive"]),
                          st.integers(1, 400), st.integers(0, 2)), min_size=4, max_size=16)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fen_wan=st.integers(1, 10**6), shares=st.sampled_from([("50%", "30%", "20%"), ("100%",), ("1/3", "1/3", "1/3")]))
def test_tranches_always_add_up_to_the_award(engine: Engine, fen_wan: int, shares: tuple[str, ...]) -> None:
    with tx(engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 10**6 * WAN)
        award = add_award(s, c, add_org(s, 1), fen_wan * 100 + 7, shares=shares)
        tranches = commit_award(s, award, None)
        assert sum(t.fen for t in tranches) == award.approved_fen
        committed = s.scalar(select(func.sum(LedgerEntry.fen)).where(LedgerEntry.award_id == award.id))
        assert committed == award.approved_fen
        assert all(t.fen > 0 for t in tranches)


def _operate(s: Session, call_id: int, op: str, amount: int, pick: int, awards: list[int], recoveries: list[int]) -> None:
    c = s.get_one(Call, call_id)
    award = s.get_one(Award, awards[pick % len(awards)]) if awards else None
    if op == "appropriate":
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR + pick, amount * WAN)
    elif op == "award":
        a = add_award(s, c, add_org(s, 100 + len(awards)), amount * WAN)
        commit_award(s, a, None)
        awards.append(a.id)
    elif op == "pay" and award is not None:
        t = s.scalars(select(Tranche).where(Tranche.award_id == award.id, Tranche.number == 1)).one()
        pay_tranche(s, user(s, "finance"), t.id, DAY)
    elif op == "terminate" and award is not None:
        sanctions.terminate(s, user(s, "officer"), award, "违规", DAY)
    elif op == "recover" and award is not None:
        r = sanctions.recover(s, user(s, "officer"), award, amount * WAN // 4, DAY, "违规", DAY)
        recoveries.append(r.id)
    elif op == "receive" and recoveries:
        r = sanctions.get_sanction(s, recoveries[pick % len(recoveries)])
        sanctions.receive(s, user(s, "finance"), r, amount * WAN // 8, f"V{amount}-{pick}", DAY)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(budget_wan=st.integers(200, 1500), ops=_ops)
def test_balances_reconcile_after_random_operations(engine: Engine, budget_wan: int,
                                                    ops: list[tuple[str, int, int]]) -> None:
    with tx(engine) as s:
        c = add_call(s)
        call_id = c.id
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, budget_wan * WAN)
    awards: list[int] = []
    recoveries: list[int] = []
    for op, amount, pick in [("award", budget_wan // 2, 0), *ops]:
        try:
            with tx(engine) as s:
                _operate(s, call_id, op, amount, pick, awards, recoveries)
        except DomainRefusal:
            pass
    with tx(engine) as s:
        rows = list(s.scalars(select(LedgerEntry).where(LedgerEntry.call_id == call_id)))
        pure = balances(ledger.to_entry(r) for r in rows)
        event(f"{len({r.kind for r in rows})} kinds of entry")
        for (cid, clause, year), b in pure.items():
            assert ledger.line_balance(s, cid, clause, year) == b
            assert b.negative() == []
            assert b.paid == sum(r.fen for r in rows if r.kind == "payment" and r.year == year)
            assert b.recovered == sum(r.fen for r in rows if r.kind == "recovery_received" and r.year == year)
        for t in s.scalars(select(Tranche).where(Tranche.award_id.in_(awards))):
            tb = ledger.balance_of(s, LedgerEntry.award_id == t.award_id, LedgerEntry.tranche == t.number)
            assert tb.paid == (t.fen if t.state == "paid" else 0)
            assert tb.committed == (t.fen if t.state == "scheduled" else 0)
            assert tb.recoverable >= 0 and tb.recoverable + tb.recovered <= tb.paid
        for rid in recoveries:
            owed, received = sanctions.recovery_status(s, sanctions.get_sanction(s, rid))
            assert owed >= 0 and owed + received == sanctions.get_sanction(s, rid).amount_fen
        assert ledger.verify(s) == []
