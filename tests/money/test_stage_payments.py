"""An award paid by stages (Liuhe 第21条): its tranches fall due in the award year; a stage whose fact said at
approval that it had happened is payable at once, every other waits until the officer records its event (an
accepted report for that tranche); a schedule chosen by a fact is resolved on the stored case at approval."""

from __future__ import annotations

import datetime as dt

import pytest
from money_factories import DAY, WAN, YEAR, add_call, add_org, tx, uscc, user
from sqlalchemy import Engine

from subsidy.errors import DomainRefusal
from subsidy.rules.registry import find_policy
from subsidy.services import ledger, supervision
from subsidy.services.approval import payment_schedule
from subsidy.services.commitments import commit_award
from subsidy.services.payments import pay_tranche
from subsidy.services.reports import entity_history
from subsidy.store.tables import Application, Award, Tranche

pytestmark = pytest.mark.db

FACTS = {"built_within_12_months": False, "enclosed_on": dt.date(YEAR, 3, 1)}


def _award(engine: Engine, facts: dict[str, object]) -> list[int]:
    clause = find_policy("cn-jl-liuhe-key-industries").clause("art2-industrial")
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art14a", YEAR, 5000 * WAN)
        org = add_org(s, 1)
        officer = user(s, "officer")
        a = Application(call_id=c.id, organisation_id=org.id, clause_id="art14a", project_title="项目", co_applicants=[],
                        facts={}, state="approved", ceiling_fen=2000 * WAN, submitted_at=dt.date(YEAR, 4, 20),
                        created_by=officer.id)
        s.add(a)
        s.flush()
        schedule = payment_schedule(clause, 2000 * WAN, YEAR, None, facts, DAY)
        award = Award(application_id=a.id, approved_fen=2000 * WAN, ceiling_fen=2000 * WAN, schedule=schedule,
                      payee="applicant", approved_on=DAY, approved_by=officer.id)
        s.add(award)
        s.flush()
        return [t.id for t in commit_award(s, award, officer)]


def test_stage_tranches_wait_for_their_event_and_then_are_paid_in_the_award_year(engine: Engine) -> None:
    ids = _award(engine, FACTS)
    with tx(engine) as s:
        rows = [s.get_one(Tranche, i) for i in ids]
        assert [(t.fen, t.due_year, t.requires_report) for t in rows] == [
            (600 * WAN, YEAR, False), (600 * WAN, YEAR, True), (800 * WAN, YEAR, True)]
        award = s.get_one(Award, rows[0].award_id)
        assert [x["stage"] for x in award.schedule] == ["建筑物主体封闭", "建筑工程通过正式竣工验收", "正常运营满6个月"]
        assert [x["happened"] for x in award.schedule] == [True, False, False]
    with tx(engine) as s:
        pay_tranche(s, user(s, "finance"), ids[0], DAY)  # 主体封闭: its fact said so at approval
    with pytest.raises(DomainRefusal, match="在阶段「建筑工程通过正式竣工验收」实现后拨付") as exc, tx(engine) as s:
        pay_tranche(s, user(s, "finance"), ids[1], DAY)
    assert exc.value.code == "stage_not_reached"
    with tx(engine) as s:  # the officer records the event: a report for that tranche, accepted
        award = s.get_one(Award, 1)
        report = supervision.request_report(s, user(s, "officer"), award, today=DAY, for_tranche=2)
        supervision.submit_report(s, user(s, "officer"), report, "已通过正式竣工验收", DAY)
        supervision.review_report(s, user(s, "officer"), report, accept=True, note=None, today=DAY)
    with tx(engine) as s:
        assert pay_tranche(s, user(s, "finance"), ids[1], DAY).fen == 600 * WAN  # the same year
        assert s.get_one(Tranche, ids[2]).state == "scheduled"
    with tx(engine) as s:  # the entity's history (auditors' export, the applicant's 奖励与报告) names each stage
        headers, rows = entity_history(s, user(s, "auditor"), uscc(1)).sections["付款期次"]
        assert [dict(zip(headers, r, strict=True))["阶段"] for r in rows] == [
            "建筑物主体封闭", "建筑工程通过正式竣工验收", "正常运营满6个月"]


def test_a_project_built_within_12_months_is_one_tranche(engine: Engine) -> None:
    ids = _award(engine, {"built_within_12_months": True})
    with tx(engine) as s:
        [t] = [s.get_one(Tranche, i) for i in ids]
        assert (t.fen, t.due_year, t.requires_report) == (2000 * WAN, YEAR, False)
