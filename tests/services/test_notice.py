"""公示 on the database: the period in working days, objections, upheld → back to review + 递补."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from factories import WAN, add_application, add_org, add_user, basic_world, call, counts, review, tx, uscc
from factories import app as get_app
from factories import user as get_user
from sqlalchemy import Engine, select

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.notice import file_objection, get_objection, publish_notice, resolve_objection
from subsidy.services.selection import promote_reserve, run_selection
from subsidy.store.tables import Notice, PanelMember, SelectionRun

pytestmark = pytest.mark.db

PUBLISHED = dt.date(2026, 9, 28)  # a Monday before the National Day holiday
ENDS = dt.date(2026, 10, 10)  # 9/29, 9/30, 10/8, 10/9 and the make-up Saturday 10/10


def _selected(engine: Engine, budget_wan: int = 1000) -> dict[str, Any]:
    """Three scored applications (A through a real review), selection applied: A 600 and C 300
    selected, B 500 reserve."""
    w = basic_world(engine, budget_wan=budget_wan, notice_days=5)
    with tx(engine) as s:
        ids = []
        for n, (name, ceiling, score) in enumerate([("甲公司", 600, "90"), ("乙公司", 500, "85"),
                                                    ("丙公司", 300, "80")], start=1):
            org = add_org(s, name, n)
            add_user(s, f"staff{n}", "applicant", org=org)
            ids.append(add_application(s, call(s, w["call"]), org, get_user(s, w["officer"]), ceiling_wan=ceiling,
                                       state="accepted" if n == 1 else "scored", score=score).id)
        for i in range(6):
            add_user(s, f"e{i}", "expert", employer=uscc(100 + i))
    first_panel = review(engine, w["officer"], ids[0], 90)
    with tx(engine) as s:
        run_selection(s, get_user(s, w["officer"]), call(s, w["call"]))
    return {**w, "apps": ids, "first_panel": first_panel}


def _publish(engine: Engine, w: dict[str, Any], today: dt.date = PUBLISHED) -> Notice:
    with tx(engine) as s:
        return publish_notice(s, get_user(s, w["officer"]), call(s, w["call"]), today)


def _object(engine: Engine, app_id: int, today: dt.date, who: str = "staff2") -> int:
    with tx(engine) as s:
        return file_objection(s, get_user(s, who), get_app(s, app_id), text="该项目已获市级同一事项资助",
                              today=today, filed_by="乙公司").id


def _refused(engine: Engine, code: str, action: Any) -> str:
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        action(s)
    assert exc.value.code == code, str(exc.value)
    assert counts(engine) == before
    return str(exc.value)


def test_publish_counts_working_days_and_moves_selected_to_in_notice(engine: Engine) -> None:
    w = _selected(engine)
    notice = _publish(engine, w)
    assert (notice.published_on, notice.ends_on) == (PUBLISHED, ENDS)
    a, b, c = w["apps"]
    with tx(engine) as s:
        assert [get_app(s, i).state for i in (a, b, c)] == ["in_notice", "reserve", "in_notice"]
        assert s.scalars(select(Notice)).one().application_ids == [a, c]
    _refused(engine, "nothing_to_publish", lambda s: publish_notice(s, get_user(s, w["officer"]),
                                                                    call(s, w["call"]), PUBLISHED))


def test_publish_refused_for_non_officer(engine: Engine) -> None:
    w = _selected(engine)
    _refused(engine, "wrong_role", lambda s: publish_notice(s, get_user(s, "staff1"), call(s, w["call"]), PUBLISHED))


def test_objection_only_within_the_period(engine: Engine) -> None:
    w = _selected(engine)
    a = w["apps"][0]
    _publish(engine, w)
    msg = _refused(engine, "outside_notice_period", lambda s: file_objection(
        s, get_user(s, "staff2"), get_app(s, a), text="异议", today=ENDS + dt.timedelta(days=1)))
    assert "公示期为 2026-09-28 至 2026-10-10" in msg
    _refused(engine, "outside_notice_period", lambda s: file_objection(
        s, get_user(s, "staff2"), get_app(s, a), text="异议", today=PUBLISHED - dt.timedelta(days=1)))
    _refused(engine, "missing_text", lambda s: file_objection(s, get_user(s, "staff2"), get_app(s, a), text=" ",
                                                              today=ENDS))
    _refused(engine, "not_in_notice", lambda s: file_objection(s, get_user(s, "staff2"), get_app(s, w["apps"][1]),
                                                               text="异议", today=ENDS))
    oid = _object(engine, a, ENDS)
    with tx(engine) as s:
        o = get_objection(s, oid)
        assert (o.filed_by, o.filed_on, o.outcome) == ("乙公司", ENDS, None)


def test_dismissed_objection_keeps_the_application_in_notice(engine: Engine) -> None:
    w = _selected(engine)
    a = w["apps"][0]
    _publish(engine, w)
    oid = _object(engine, a, PUBLISHED)
    with tx(engine) as s:
        resolve_objection(s, get_user(s, w["officer"]), get_objection(s, oid), outcome="dismissed",
                          resolution="经核查，市级资助为不同事项", today=ENDS)
    with tx(engine) as s:
        assert get_app(s, a).state == "in_notice" and get_app(s, a).proposed_fen == 600 * WAN
    _refused(engine, "already_resolved", lambda s: resolve_objection(
        s, get_user(s, w["officer"]), get_objection(s, oid), outcome="upheld", resolution="改判", today=ENDS))


def test_resolve_refusals(engine: Engine) -> None:
    w = _selected(engine)
    _publish(engine, w)
    oid = _object(engine, w["apps"][0], PUBLISHED)
    _refused(engine, "wrong_role", lambda s: resolve_objection(
        s, get_user(s, "staff1"), get_objection(s, oid), outcome="dismissed", resolution="不成立", today=ENDS))
    before = counts(engine)
    with pytest.raises(CaseInputError, match="不是可用的异议处理结果") as bad, tx(engine) as s:  # bad input, not a refusal
        resolve_objection(s, get_user(s, w["officer"]), get_objection(s, oid), outcome="maybe", resolution="？",
                          today=ENDS)
    assert "异议成立（upheld）" in str(bad.value) and counts(engine) == before
    _refused(engine, "missing_reason", lambda s: resolve_objection(
        s, get_user(s, w["officer"]), get_objection(s, oid), outcome="upheld", resolution="", today=ENDS))


def test_upheld_objection_sends_back_to_review_and_the_reserve_is_promoted(engine: Engine) -> None:
    w = _selected(engine, budget_wan=1000)
    a, b, _c = w["apps"]
    _publish(engine, w)
    oid = _object(engine, a, dt.date(2026, 9, 30))
    with tx(engine) as s:
        resolve_objection(s, get_user(s, w["officer"]), get_objection(s, oid), outcome="upheld",
                          resolution="经核查，该项目已获市级同一事项资助，退回重新评审", today=dt.date(2026, 10, 9))
    with tx(engine) as s:
        row = get_app(s, a)
        assert (row.state, row.proposed_fen, row.score) == ("accepted", None, None)
        run = s.scalars(select(SelectionRun).where(SelectionRun.applied.is_(True))).one()
        assert run.superseded_by == oid
        promoted = promote_reserve(s, get_user(s, w["officer"]), call(s, w["call"]))
        assert promoted.id == b
    with tx(engine) as s:
        assert (get_app(s, b).state, get_app(s, b).proposed_fen) == ("selected", 500 * WAN)
    second = _publish(engine, w, dt.date(2026, 10, 12))
    assert second.application_ids == [b]
    # the application sent back is reviewed again by a new panel: nobody from the first round
    second_panel = review(engine, w["officer"], a, 88, seed=9)
    assert not set(second_panel) & set(w["first_panel"])
    with tx(engine) as s:
        members = s.scalars(select(PanelMember).where(PanelMember.application_id == a,
                                                      PanelMember.review_round == 2)).all()
        excluded = {x["expert"]: x["reason"] for x in members[0].excluded_experts}
        assert {excluded[e] for e in w["first_panel"]} == {"已参加本申报第 1 轮评审"}
        assert get_app(s, a).score == "88"
    # and it may be selected again, within what is still free (1000 − 300 − 500 = 200万元)
    with tx(engine) as s:
        out = run_selection(s, get_user(s, w["officer"]), call(s, w["call"]))
        assert out.budget.available_fen == 200 * WAN
    with tx(engine) as s:
        assert get_app(s, a).state == "reserve"
