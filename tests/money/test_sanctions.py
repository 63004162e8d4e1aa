"""Supervision and sanctions: overdue reports, findings, termination releasing commitments, recovery
never above what was paid, receipts idempotent by voucher, bars with their period."""

from __future__ import annotations

import datetime as dt

import pytest
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, add_user, snapshot, tx, user
from sqlalchemy import Engine, func, select

from subsidy.errors import DomainRefusal
from subsidy.services import audit, ledger, sanctions, supervision
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche
from subsidy.store.tables import Award, LedgerEntry, Organisation, Tranche

pytestmark = pytest.mark.db


def _paid_award(engine: Engine, fen: int = 1000 * WAN) -> int:
    """Award 1 (50/30/20 of ``fen``), its first tranche paid on DAY; returns the call id."""
    with tx(engine) as s:
        c = add_call(s)
        for year in (YEAR, YEAR + 1, YEAR + 2):
            ledger.appropriate(s, user(s, "finance"), c, "art14a", year, 2000 * WAN)
        award = add_award(s, c, add_org(s, 1), fen)
        first = commit_award(s, award, None)[0]
        pay_tranche(s, user(s, "finance"), first.id, DAY)
        return c.id


def test_terminate_cancels_future_tranches_and_releases_their_commitments(engine: Engine) -> None:
    call_id = _paid_award(engine)
    with tx(engine) as s:
        finding = supervision.add_finding(s, user(s, "auditor"), s.get_one(Award, 1), "项目停滞，资金挪用",
                                          severity="serious", today=DAY)
        sanction, cancelled = sanctions.terminate(s, user(s, "officer"), s.get_one(Award, 1), "挪用资金", DAY, finding)
        assert [t.number for t in cancelled] == [2, 3]
        assert sanction.finding_id == finding.id
    with tx(engine) as s:
        for year, paid in ((YEAR, 500 * WAN), (YEAR + 1, 0), (YEAR + 2, 0)):
            b = ledger.line_balance(s, call_id, "art14a", year)
            assert (b.committed, b.paid, b.available) == (0, paid, 2000 * WAN - paid)
        assert [t.state for t in s.scalars(select(Tranche).order_by(Tranche.number))] == ["paid", "cancelled", "cancelled"]
        with pytest.raises(DomainRefusal, match="已终止"):
            sanctions.terminate(s, user(s, "officer"), s.get_one(Award, 1), "再次", DAY)
    with pytest.raises(DomainRefusal, match="已因项目终止而取消"), tx(engine) as s:
        t2 = s.scalars(select(Tranche).where(Tranche.number == 2)).one()
        pay_tranche(s, user(s, "finance"), t2.id, dt.date(2027, 6, 1))


def test_recovery_never_exceeds_what_was_paid_and_receipts_return_to_the_budget(engine: Engine) -> None:
    call_id = _paid_award(engine)
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="超过奖励 1 已拨付且尚未追回的金额 500万元") as exc, tx(engine) as s:
        sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 501 * WAN, dt.date(2026, 9, 30), "违规", DAY)
    assert exc.value.code == "over_recovery"
    assert snapshot(engine) == before
    with tx(engine) as s:
        r = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 300 * WAN, dt.date(2026, 9, 30), "违规", DAY)
        with pytest.raises(DomainRefusal, match="尚未追回的金额 200万元"):
            sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 201 * WAN, dt.date(2026, 9, 30), "再追", DAY)
        sanctions.receive(s, user(s, "finance"), r, 100 * WAN, "BANK-001", DAY)
        sanctions.receive(s, user(s, "finance"), r, 100 * WAN, "BANK-001", DAY)  # the same voucher again
        assert sanctions.recovery_status(s, r) == (200 * WAN, 100 * WAN)
        with pytest.raises(DomainRefusal, match="超过尚未缴回的金额 200万元"):
            sanctions.receive(s, user(s, "finance"), r, 201 * WAN, "BANK-002", DAY)
        sanctions.receive(s, user(s, "finance"), r, 200 * WAN, "BANK-002", DAY)
        assert sanctions.recovery_status(s, r) == (0, 300 * WAN)
    with tx(engine) as s:
        b = ledger.line_balance(s, call_id, "art14a", YEAR)
        assert (b.paid, b.recoverable, b.recovered, b.available) == (500 * WAN, 0, 300 * WAN, 1800 * WAN)
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "recovery_received")) == 2
        assert audit.verify(s) == []  # the ledger, the audit log and every sealed row


def test_suspend_lift_and_bar_roles_and_dates(engine: Engine) -> None:
    _paid_award(engine)
    with tx(engine) as s:
        add_user(s, "applicant1", "applicant", s.get_one(Organisation, 1))
    before = snapshot(engine)
    refusals = [
        (lambda s: sanctions.suspend(s, user(s, "applicant1"), s.get_one(Award, 1), "x", DAY), "wrong_role"),
        (lambda s: sanctions.suspend(s, user(s, "officer"), s.get_one(Award, 1), "  ", DAY), "no_reason"),
        (lambda s: sanctions.bar(s, user(s, "officer"), s.get_one(Organisation, 1), DAY - dt.timedelta(1), "x", DAY),
         "bad_date"),
        (lambda s: sanctions.lift(s, user(s, "officer"), sanctions.get_sanction(s, 99), DAY), "no_sanction"),
    ]
    for act, code in refusals:
        with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
            act(s)
        assert exc.value.code == code
    assert snapshot(engine) == before
    with tx(engine) as s:
        x = sanctions.suspend(s, user(s, "officer"), s.get_one(Award, 1), "核查", DAY)
        assert sanctions.active_suspension(s, 1, DAY) is x
        with pytest.raises(DomainRefusal, match="已在暂停拨付中"):
            sanctions.suspend(s, user(s, "officer"), s.get_one(Award, 1), "核查", DAY)
        sanctions.lift(s, user(s, "officer"), x, DAY + dt.timedelta(3))
        assert sanctions.active_suspension(s, 1, DAY + dt.timedelta(2)) is x
        assert sanctions.active_suspension(s, 1, DAY + dt.timedelta(3)) is None
        b = sanctions.bar(s, user(s, "officer"), s.get_one(Organisation, 1), dt.date(2028, 12, 31), "骗取资金", DAY)
        assert sanctions.active_bar(s, 1, dt.date(2028, 12, 31)) is b
        assert sanctions.active_bar(s, 1, dt.date(2029, 1, 1)) is None
        assert sanctions.active_bar(s, 1, DAY - dt.timedelta(1)) is None


def test_reports_late_rejected_resubmitted_and_overdue(engine: Engine) -> None:
    _paid_award(engine)
    with tx(engine) as s:
        org = s.get_one(Organisation, 1)
        add_user(s, "applicant1", "applicant", org)
        other = add_user(s, "stranger", "applicant", add_org(s, 9))
        r = supervision.request_report(s, user(s, "officer"), s.get_one(Award, 1), today=DAY, kind="evaluation",
                                       working_days=5)
        assert r.due_on == dt.date(2026, 7, 8)
        assert supervision.overdue_reports(s, dt.date(2026, 7, 9)) == [r]
        with pytest.raises(DomainRefusal, match="只能提交本单位的报告"):
            supervision.submit_report(s, other, r, "内容", DAY)
        supervision.submit_report(s, user(s, "applicant1"), r, "绩效自评", dt.date(2026, 7, 10))
        assert supervision.overdue_reports(s, dt.date(2026, 7, 10)) == []
        with pytest.raises(DomainRefusal, match="正在审核"):
            supervision.submit_report(s, user(s, "applicant1"), r, "再交", dt.date(2026, 7, 10))
        supervision.review_report(s, user(s, "officer"), r, accept=False, note="缺少资金使用明细", today=DAY)
        supervision.submit_report(s, user(s, "applicant1"), r, "补充明细", dt.date(2026, 7, 13))
        supervision.review_report(s, user(s, "officer"), r, accept=True, note=None, today=DAY)
        with pytest.raises(DomainRefusal, match="已通过审核"):
            supervision.submit_report(s, user(s, "applicant1"), r, "再交", DAY)
        with pytest.raises(DomainRefusal, match="没有第 7 期"):
            supervision.request_report(s, user(s, "officer"), s.get_one(Award, 1), today=DAY, for_tranche=7)


def _recovery_counts(engine: Engine) -> tuple[int, int, int]:
    """(recovery decisions, recovery_due entries, "recover" audit records)."""
    from subsidy.store.tables import AuditRecord, Sanction

    with tx(engine) as s:
        return (int(s.scalar(select(func.count()).where(Sanction.kind == "recover")) or 0),
                int(s.scalar(select(func.count()).where(LedgerEntry.kind == "recovery_due")) or 0),
                int(s.scalar(select(func.count()).where(AuditRecord.action == "recover")) or 0))


def test_the_same_recovery_request_twice_makes_one_decision(engine: Engine) -> None:
    """A recovery killed after its commit and run again made a second decision (and owed twice)."""
    _paid_award(engine)
    due = dt.date(2026, 9, 30)
    with tx(engine) as s:
        first = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "违规", DAY).id
    before = snapshot(engine)
    with tx(engine) as s:  # the rerun: the same request
        again = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "违规", DAY)
        assert again.id == first
    assert snapshot(engine) == before and _recovery_counts(engine) == (1, 1, 1)
    with pytest.raises(DomainRefusal, match=f"已用于处理决定 {first}") as exc, tx(engine) as s:
        sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "另一理由", DAY)
    assert exc.value.code == "key_reused" and snapshot(engine) == before
    with tx(engine) as s:  # a different request is a new decision
        other = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, dt.date(2026, 10, 31), "违规", DAY)
        assert other.id != first
    assert _recovery_counts(engine) == (2, 2, 2)


def test_a_recovery_under_a_callers_key(engine: Engine) -> None:
    _paid_award(engine)
    due = dt.date(2026, 9, 30)
    with tx(engine) as s:
        first = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "违规", DAY,
                                  key="宝审〔2026〕3号").id
    before = snapshot(engine)
    with tx(engine) as s:
        assert sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "违规", DAY,
                                 key="宝审〔2026〕3号").id == first
    assert snapshot(engine) == before
    with pytest.raises(DomainRefusal, match=f"请求编号「宝审〔2026〕3号」已用于处理决定 {first}") as exc, tx(engine) as s:
        sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 50 * WAN, due, "违规", DAY, key="宝审〔2026〕3号")
    assert exc.value.code == "key_reused" and snapshot(engine) == before
    with tx(engine) as s:  # the same amount and date under another key: another decision
        assert sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 100 * WAN, due, "违规", DAY,
                                 key="宝审〔2026〕4号").id != first
    assert _recovery_counts(engine) == (2, 2, 2)
