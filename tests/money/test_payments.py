"""Paying tranches: when due, with their report accepted, to the award's payee, never twice; the
credit and sanction re-check at payment time; a payment run over every due tranche."""

from __future__ import annotations

import datetime as dt

import pytest
from money_factories import DAY, WAN, YEAR, add_award, add_call, add_org, snapshot, tx, user
from sqlalchemy import Engine, func, select

from subsidy.errors import DomainRefusal
from subsidy.services import audit, ledger, sanctions, supervision
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche, payment_run
from subsidy.store.tables import AuditRecord, Award, Call, LedgerEntry, Organisation, Tranche

pytestmark = pytest.mark.db


def _world(engine: Engine, *awards: tuple[int, str, str], per_year_wan: int = 5000) -> dict[str, int]:
    """A funded call and committed awards ``(fen, clause, payee)``; returns tranche ids by 'award.number'."""
    out: dict[str, int] = {}
    with tx(engine) as s:
        c = add_call(s)
        for clause in ("art14a", "art15"):
            for year in (YEAR, YEAR + 1, YEAR + 2):
                ledger.appropriate(s, user(s, "finance"), c, clause, year, per_year_wan * WAN)
        for i, (fen, clause, payee) in enumerate(awards, start=1):
            shares = ("50%", "30%", "20%") if clause == "art14a" else ("100%",)
            award = add_award(s, c, add_org(s, i), fen, clause=clause, payee=payee, shares=shares)
            for t in commit_award(s, award, user(s, "officer")):
                out[f"{award.id}.{t.number}"] = t.id
        out["call"] = c.id
    return out


def _pay(engine: Engine, tranche_id: int, day: dt.date = DAY, key: str | None = None) -> int:
    with tx(engine) as s:
        return pay_tranche(s, user(s, "finance"), tranche_id, day, key=key).seq


def test_first_tranche_paid_to_the_applicant_once_and_a_retry_pays_nothing(engine: Engine) -> None:
    ids = _world(engine, (800 * WAN, "art14a", "applicant"))
    seq = _pay(engine, ids["1.1"])
    assert _pay(engine, ids["1.1"]) == seq  # same default key: the payment already made
    with tx(engine) as s:
        payments = list(s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payment")))
        assert [(p.fen, p.key) for p in payments] == [(400 * WAN, "pay:1:1")]
        assert payments[0].memo.startswith("拨付给申报单位 测试单位1（")
        t = s.get_one(Tranche, ids["1.1"])
        assert (t.state, t.paid_seq) == ("paid", seq)
        b = ledger.line_balance(s, ids["call"], "art14a", YEAR)
        assert (b.committed, b.paid, b.available) == (0, 400 * WAN, 4600 * WAN)
        assert s.scalar(select(func.count()).where(AuditRecord.action == "pay")) == 1
    with pytest.raises(DomainRefusal, match=r"已于第 .* 条账目拨付，不能重复拨付"):
        _pay(engine, ids["1.1"], key="bank-request-2")  # another key cannot pay the tranche again


def test_a_caller_key_makes_the_request_idempotent(engine: Engine) -> None:
    ids = _world(engine, (100 * WAN, "art15", "park_operator"))
    seq = _pay(engine, ids["1.1"], key="req-42")
    assert _pay(engine, ids["1.1"], key="req-42") == seq
    with tx(engine) as s:
        entry = s.scalars(select(LedgerEntry).where(LedgerEntry.key == "user:req-42")).one()
        assert entry.memo.startswith("拨付给") and "园区" in entry.memo  # Bao'an 第十五条: the park operator
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "payment")) == 1


def test_refusals_not_due_report_suspension_bar_credit_change_nothing(engine: Engine) -> None:
    ids = _world(engine, (800 * WAN, "art14a", "applicant"), (200 * WAN, "art14a", "applicant"))
    _pay(engine, ids["1.1"])
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="应于 2027 年拨付，尚未到期"):
        _pay(engine, ids["1.2"])
    with pytest.raises(DomainRefusal, match="须先提交跟踪报告并经审核通过") as exc:
        _pay(engine, ids["1.2"], dt.date(2027, 3, 1))
    assert exc.value.code == "report_required"
    assert snapshot(engine) == before
    with tx(engine) as s:
        sanctions.suspend(s, user(s, "officer"), s.get_one(Award, 2), "资金使用情况核查中", DAY)
        s.get_one(Organisation, 1).profile = {"serious_dishonesty": True}
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="已暂停拨付（处理决定 1：资金使用情况核查中）"):
        _pay(engine, ids["2.1"])
    with tx(engine) as s:
        sanctions.lift(s, user(s, "officer"), sanctions.get_sanction(s, 1), DAY)
        sanctions.bar(s, user(s, "officer"), s.get_one(Organisation, 2), dt.date(2029, 12, 31), "虚报材料", DAY)
    with pytest.raises(DomainRefusal, match="被取消申报资格至 2029-12-31（虚报材料），不予拨付"):
        _pay(engine, ids["2.1"])
    with tx(engine) as s:
        report = supervision.request_report(s, user(s, "officer"), s.get_one(Award, 1), today=DAY, for_tranche=2)
        supervision.submit_report(s, user(s, "officer"), report, "项目按计划推进", DAY)
        supervision.review_report(s, user(s, "officer"), report, accept=True, note=None, today=DAY)
    with pytest.raises(DomainRefusal, match="存在严重失信行为，信用核查未通过") as exc:
        _pay(engine, ids["1.2"], dt.date(2027, 3, 1))
    assert exc.value.code == "credit"
    with tx(engine) as s:
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "payment")) == 1


def test_report_accepted_then_the_second_tranche_is_paid_next_year(engine: Engine) -> None:
    ids = _world(engine, (800 * WAN, "art14a", "applicant"))
    _pay(engine, ids["1.1"])
    with tx(engine) as s:
        report = supervision.request_report(s, user(s, "officer"), s.get_one(Award, 1), today=DAY, for_tranche=2,
                                            working_days=10)
        assert report.due_on == dt.date(2026, 7, 15)  # ten working days
        supervision.submit_report(s, user(s, "officer"), report, "第一期资金已按预算使用", DAY)
        with pytest.raises(DomainRefusal, match="退回报告须说明理由"):
            supervision.review_report(s, user(s, "officer"), report, accept=False, note=" ", today=DAY)
        supervision.review_report(s, user(s, "officer"), report, accept=True, note="同意", today=DAY)
    _pay(engine, ids["1.2"], dt.date(2027, 2, 1))
    with tx(engine) as s:
        assert ledger.line_balance(s, ids["call"], "art14a", YEAR + 1).paid == 240 * WAN


def test_a_payment_run_pays_every_due_tranche_once_and_lists_the_rest(engine: Engine) -> None:
    ids = _world(engine, (800 * WAN, "art14a", "applicant"), (100 * WAN, "art15", "park_operator"),
                 (300 * WAN, "art14a", "applicant"))
    with tx(engine) as s:
        sanctions.suspend(s, user(s, "officer"), s.get_one(Award, 3), "核查", DAY)
    result = payment_run(engine, "finance", DAY)
    assert sorted(p.tranche_id for p in result.paid) == sorted([ids["1.1"], ids["2.1"]])
    assert [tid for tid, _ in result.skipped] == [ids["3.1"]]
    again = payment_run(engine, "finance", DAY)
    assert again.paid == [] and len(again.skipped) == 1
    with tx(engine) as s:
        assert s.scalar(select(func.sum(LedgerEntry.fen)).where(LedgerEntry.kind == "payment")) == 500 * WAN
        assert audit.verify(s) == []  # the ledger, the audit log and every sealed row


def test_only_finance_pays(engine: Engine) -> None:
    ids = _world(engine, (100 * WAN, "art15", "park_operator"))
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="只能由财务人员、系统管理员执行"), tx(engine) as s:
        pay_tranche(s, user(s, "officer"), ids["1.1"], DAY)
    assert snapshot(engine) == before
    with tx(engine) as s:
        assert s.get_one(Call, ids["call"]).year == YEAR
