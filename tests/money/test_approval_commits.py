"""Approval commits the award: its tranches and one commitment per tranche on its due year's budget
line; without enough budget on a line the approval is refused and nothing is written. The next
application of the same entity then sees the grant (and a bar) through the case records."""

from __future__ import annotations

import datetime as dt

import pytest
from money_factories import BAOAN, WAN, YEAR, add_call, add_org, snapshot, tx, user
from sqlalchemy import Engine, select

from subsidy.errors import DomainRefusal
from subsidy.services import ledger, sanctions
from subsidy.services.applications import case_records
from subsidy.services.approval import approve
from subsidy.services.policies import call_policy
from subsidy.store.tables import Application, Call, LedgerEntry, Notice, Organisation, Tranche

pytestmark = pytest.mark.db

AFTER = dt.date(2026, 6, 9)


def _in_notice(engine: Engine, budget_wan: tuple[int, int, int]) -> int:
    """An art14a application (ceiling 800万) in a notice that has ended; budgets per year."""
    with tx(engine) as s:
        c = add_call(s)
        for year, wan in zip((YEAR, YEAR + 1, YEAR + 2), budget_wan, strict=True):
            if wan:
                ledger.appropriate(s, user(s, "finance"), c, "art14a", year, wan * WAN)
        a = Application(call_id=c.id, organisation_id=add_org(s, 1).id, clause_id="art14a", project_title="医院",
                        project_ref="H-1", co_applicants=[], facts={}, state="in_notice", ceiling_fen=800 * WAN,
                        submitted_at=dt.date(YEAR, 4, 20), created_by=user(s, "officer").id)
        s.add(a)
        s.flush()
        s.add(Notice(call_id=c.id, published_on=dt.date(2026, 6, 1), ends_on=dt.date(2026, 6, 8),
                     application_ids=[a.id], closed=False))
        return a.id


def test_approval_creates_the_tranches_and_commits_them_on_each_years_line(engine: Engine) -> None:
    app_id = _in_notice(engine, (1000, 1000, 1000))
    with tx(engine) as s:
        award = approve(s, user(s, "officer"), s.get_one(Application, app_id), amount_fen=800 * WAN, today=AFTER)
        award_id, call_id = award.id, s.get_one(Application, app_id).call_id
    with tx(engine) as s:
        tranches = s.scalars(select(Tranche).where(Tranche.award_id == award_id).order_by(Tranche.number)).all()
        assert [(t.fen, t.due_year, t.state) for t in tranches] == [
            (400 * WAN, 2026, "scheduled"), (240 * WAN, 2027, "scheduled"), (160 * WAN, 2028, "scheduled")]
        for year, fen in ((2026, 400), (2027, 240), (2028, 160)):
            assert ledger.line_balance(s, call_id, "art14a", year).committed == fen * WAN
        assert [e.key for e in s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "commitment"))] == [
            f"commit:{award_id}:1", f"commit:{award_id}:2", f"commit:{award_id}:3"]
        org = s.get_one(Organisation, 1)
        _, policy = call_policy(s, s.get_one(Call, call_id))
        assert policy.id == BAOAN
        assert case_records(s, org, policy, "H-1")["history"] == [
            {"clause": "art14a", "year": 2026, "amount": "8000000元", "project": "H-1"}]
        sanctions.bar(s, user(s, "officer"), org, dt.date(2027, 12, 31), "虚报材料", AFTER)
        assert case_records(s, org, policy)["bars"] == [{"from": "2026-06-09", "until": "2027-12-31", "reason": "虚报材料"}]


def test_approval_without_next_years_budget_is_refused_and_changes_nothing(engine: Engine) -> None:
    app_id = _in_notice(engine, (1000, 200, 1000))  # 2027 needs 240万
    before = snapshot(engine)
    with pytest.raises(DomainRefusal, match="2027年度预算不足：奖励 1 需承诺 240万元，可用 200万元") as exc, tx(engine) as s:
        approve(s, user(s, "officer"), s.get_one(Application, app_id), amount_fen=800 * WAN, today=AFTER)
    assert exc.value.code == "over_budget"
    assert snapshot(engine) == before
