"""Approval (核定) on the database: after the notice, within the ceiling and the budgets; the award's
payee and payment schedule come from the clause."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from factories import (
    CHAOYANG,
    WAN,
    add_application,
    add_call,
    add_org,
    add_user,
    adopt,
    basic_world,
    call,
    counts,
    tx,
)
from factories import app as get_app
from factories import user as get_user
from sqlalchemy import Engine, select

from subsidy.errors import DomainRefusal
from subsidy.services.approval import approve
from subsidy.services.notice import file_objection, publish_notice
from subsidy.services.selection import run_selection
from subsidy.store.tables import Award, Notice

pytestmark = pytest.mark.db

PUBLISHED = dt.date(2026, 6, 1)
AFTER = dt.date(2026, 6, 9)  # the 5-working-day notice ends on 2026-06-08


def _in_notice(engine: Engine, rows: list[tuple[str, int, int | None]], *, mode: str = "rank_order",
               **call_kw: Any) -> dict[str, Any]:
    """Applications ``(clause, ceiling 分, requested 万元)``, each of its own organisation,
    scored, selected by ``mode`` and published on 2026-06-01."""
    w = basic_world(engine, **call_kw)
    with tx(engine) as s:
        ids = []
        for n, (clause, ceiling_fen, requested) in enumerate(rows, start=1):
            org = add_org(s, f"申报单位{n}", n)
            add_user(s, f"staff{n}", "applicant", org=org)
            ids.append(add_application(s, call(s, w["call"]), org, get_user(s, w["officer"]), clause=clause,
                                       ceiling_fen=ceiling_fen, requested_wan=requested, state="scored",
                                       score=str(90 - n)).id)
        run_selection(s, get_user(s, w["officer"]), call(s, w["call"]), mode=mode)  # type: ignore[arg-type]
        publish_notice(s, get_user(s, w["officer"]), call(s, w["call"]), PUBLISHED)
    return {**w, "apps": ids}


def _approve(engine: Engine, w: dict[str, Any], app_id: int, amount_fen: int, today: dt.date = AFTER) -> Award:
    with tx(engine) as s:
        return approve(s, get_user(s, w["officer"]), get_app(s, app_id), amount_fen=amount_fen, today=today)


def _refused(engine: Engine, code: str, w: dict[str, Any], app_id: int, amount_fen: int,
             today: dt.date = AFTER, who: str | None = None) -> str:
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        approve(s, get_user(s, who or w["officer"]), get_app(s, app_id), amount_fen=amount_fen, today=today)
    assert exc.value.code == code, str(exc.value)
    assert counts(engine) == before
    return str(exc.value)


def test_approval_refused_above_the_ceiling_with_both_figures(engine: Engine) -> None:
    w = _in_notice(engine, [("art2", 300 * WAN, None)])
    msg = _refused(engine, "above_ceiling", w, w["apps"][0], 300 * WAN + 1)
    assert "核定金额 300.000001万元 超过该申报条款的最高可获支持额 300万元" in msg
    award = _approve(engine, w, w["apps"][0], 300 * WAN)
    assert (award.approved_fen, award.ceiling_fen) == (300 * WAN, 300 * WAN)


def test_approval_refused_during_the_notice_below_a_fen_and_by_the_wrong_role(engine: Engine) -> None:
    w = _in_notice(engine, [("art2", 300 * WAN, None)])
    a = w["apps"][0]
    msg = _refused(engine, "notice_not_ended", w, a, 100 * WAN, today=dt.date(2026, 6, 8))
    assert "公示期至 2026-06-08 止" in msg
    _refused(engine, "amount_too_small", w, a, 0)
    _refused(engine, "wrong_role", w, a, 100 * WAN, who="staff1")
    with tx(engine) as s:
        file_objection(s, get_user(s, "staff1"), get_app(s, a), text="评分不公", today=dt.date(2026, 6, 2))
    _refused(engine, "open_objection", w, a, 100 * WAN)


def test_approvals_stay_within_the_call_budget(engine: Engine) -> None:
    # proportional selection proposes 60% of each ceiling; approving at full ceilings would overspend
    w = _in_notice(engine, [("art2", 500 * WAN, None), ("art3", 500 * WAN, None)], mode="proportional",
                   budget_wan=600)
    a, b = w["apps"]
    with tx(engine) as s:
        assert [get_app(s, i).proposed_fen for i in (a, b)] == [300 * WAN, 300 * WAN]
    _approve(engine, w, a, 500 * WAN)
    msg = _refused(engine, "over_budget", w, b, 300 * WAN)
    assert "将超过年度预算 600万元（已核定 500万元，本次 300万元）" in msg
    _approve(engine, w, b, 100 * WAN)
    with tx(engine) as s:
        assert sum(x.approved_fen for x in s.scalars(select(Award))) == 600 * WAN


def test_approvals_stay_within_the_clause_budget(engine: Engine) -> None:
    w = _in_notice(engine, [("art2", 400 * WAN, 200), ("art2", 400 * WAN, 200)], budget_wan=1000,
                   clause_budgets_wan={"art2": 450})
    a, b = w["apps"]
    _approve(engine, w, a, 300 * WAN)
    msg = _refused(engine, "over_clause_budget", w, b, 200 * WAN)
    assert "超过该条款预算 450万元" in msg


def test_tranches_add_up_exactly_and_name_the_years(engine: Engine) -> None:
    amount = 333 * WAN + 33_33  # 333.3333万元: 50/30/20 does not divide evenly in 分
    w = _in_notice(engine, [("art14a", 500 * WAN, None)])
    award = _approve(engine, w, w["apps"][0], amount)
    fen = [t["fen"] for t in award.schedule]
    assert sum(fen) == amount
    assert fen == [amount // 2, amount * 3 // 10, amount - amount // 2 - amount * 3 // 10]
    assert [t["share"] for t in award.schedule] == ["50%", "30%", "20%"]
    assert [t["when"] for t in award.schedule] == ["2026年（第1年）", "2027年（第2年）", "2028年（第3年）"]
    assert [t["due_year"] for t in award.schedule] == [2026, 2027, 2028]
    assert award.payee == "applicant"


def test_lump_sum_to_the_clause_payee_and_the_notice_closes(engine: Engine) -> None:
    w = _in_notice(engine, [("art15", 80 * WAN, None), ("art2", 100 * WAN, None)])
    park, other = w["apps"]
    award = _approve(engine, w, park, 80 * WAN)
    assert award.payee == "park_operator"
    assert award.schedule == [{"number": 1, "fen": 80 * WAN, "due_year": 2026, "when": "2026年（一次性）", "share": "100%"}]
    with tx(engine) as s:
        assert s.scalars(select(Notice)).one().closed is False
    _approve(engine, w, other, 100 * WAN)
    with tx(engine) as s:
        assert s.scalars(select(Notice)).one().closed is True
        assert get_app(s, park).state == "approved"
    _refused(engine, "wrong_state", w, park, 80 * WAN)


def test_annual_programme_and_financial_institution_payee(engine: Engine) -> None:
    with tx(engine) as s:
        officer = add_user(s, "minzheng", "officer")
        c = add_call(s, adopt(s, officer, CHAOYANG), clauses=("art5-1", "art8-2"))
        ids = []
        for n, clause in enumerate(("art5-1", "art8-2"), start=1):
            org = add_org(s, f"朝阳养老机构{n}", n)
            ids.append(add_application(s, c, org, officer, clause=clause, ceiling_wan=200, state="scored",
                                       score="80").id)
        run_selection(s, officer, c)
        publish_notice(s, officer, c, PUBLISHED)
    w = {"officer": "minzheng"}
    annual = _approve(engine, w, ids[0], 200 * WAN)
    assert annual.schedule == [{"number": 1, "fen": 200 * WAN, "due_year": 2026, "when": "2026年（连续3年，每年核定）", "share": "100%"}]
    insured = _approve(engine, w, ids[1], 150 * WAN)
    assert insured.payee == "financial_institution"


def test_approval_refused_below_the_clause_floor_and_accepted_at_it(engine: Engine) -> None:
    """A clause with a floor (保底, a range's low end: "20万元—100万元") is approved between the two: the
    floor the engine assessed at submission (the assessment's clause ``floor``) refuses less."""
    w = _in_notice(engine, [("art2", 300 * WAN, None)])
    app_id = w["apps"][0]
    with tx(engine) as s:
        a = get_app(s, app_id)
        a.assessment = {**(a.assessment or {}), "clauses": [{"id": "art2", "floor": f"{100 * WAN // 100}.00"}]}
    msg = _refused(engine, "below_floor", w, app_id, 100 * WAN - 1)
    assert "保底金额 100万元" in msg and "99.999999万元" in msg, msg
    award = _approve(engine, w, app_id, 100 * WAN)
    assert award.approved_fen == 100 * WAN
