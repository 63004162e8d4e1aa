"""Expert review on the database: draw with 回避, declarations, scoring refusals, the aggregate."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import pytest
from factories import add_application, add_org, add_user, basic_world, call, counts, tx, uscc
from factories import app as get_app
from factories import user as get_user
from sqlalchemy import Engine, select

from subsidy.admin.panel import Expert, draw_panel
from subsidy.errors import DomainRefusal
from subsidy.services.experts import complete_review, current_panel, declare, draw_panel_for, submit_scores
from subsidy.store.tables import AuditRecord, PanelMember, Score

pytestmark = pytest.mark.db

FULL = {"tech": "36", "team": "27", "benefit": "25"}  # 88


def _world(engine: Engine, panel_size: int = 3, free_experts: int = 4) -> dict[str, Any]:
    """Applicant 1 (with co-applicant 2); experts: one employed by the applicant, one related to
    it, one employed by the co-applicant, and ``free_experts`` without conflicts."""
    w = basic_world(engine, panel_size=panel_size)
    with tx(engine) as s:
        applicant = add_org(s, "深圳市智康医疗科技有限公司", 1)
        add_org(s, "深圳大学", 2)
        staff = add_user(s, "zhang", "applicant", org=applicant)
        add_user(s, "e_own", "expert", name="李专家", employer=uscc(1))
        add_user(s, "e_rel", "expert", name="周专家", employer=uscc(90), relations=[uscc(1)])
        add_user(s, "e_co", "expert", name="吴专家", employer=uscc(2))
        for i in range(free_experts):
            add_user(s, f"e{i}", "expert", name=f"专家{i}", employer=uscc(100 + i))
        apps = [add_application(s, call(s, w["call"]), applicant, staff, co_applicants=[uscc(2)]).id
                for _ in range(8)]
    return {**w, "apps": apps}


def _draw(engine: Engine, w: dict[str, Any], app_id: int, seed: int = 7) -> list[str]:
    with tx(engine) as s:
        drawn = draw_panel_for(s, get_user(s, w["officer"]), get_app(s, app_id), rng=random.Random(seed))
        return list(drawn.panel)


def _declare_all(engine: Engine, app_id: int) -> list[str]:
    with tx(engine) as s:
        names = [u.username for _, u in current_panel(s, get_app(s, app_id))]
        for n in names:
            declare(s, get_user(s, n), get_app(s, app_id))
    return names


def _refused(engine: Engine, code: str, action: Any) -> str:
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        action(s)
    assert exc.value.code == code, str(exc.value)
    assert counts(engine) == before
    return str(exc.value)


def test_conflicted_experts_are_never_drawn_and_are_recorded_with_reasons(engine: Engine) -> None:
    w = _world(engine)
    for seed, app_id in enumerate(w["apps"]):
        panel = _draw(engine, w, app_id, seed)
        assert len(panel) == 3 and not {"e_own", "e_rel", "e_co"} & set(panel)
    with tx(engine) as s:
        members = s.scalars(select(PanelMember).where(PanelMember.application_id == w["apps"][0])).all()
        reasons = {x["expert"]: x["reason"] for x in members[0].excluded_experts}
        assert set(reasons) == {"e_own", "e_rel", "e_co"}
        assert "申报单位" in reasons["e_own"] and "利害关系" in reasons["e_rel"] and "联合申报单位" in reasons["e_co"]
        assert get_app(s, w["apps"][0]).state == "in_review"
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "draw_panel").order_by(AuditRecord.id)).first()
        assert rec is not None and rec.detail["seed"] == members[0].drawn_seed
        # the recorded seed replays the draw
        pool = [Expert(f"e{i}", uscc(100 + i)) for i in range(4)]
        replay = draw_panel(pool, 3, uscc(1), random.Random(members[0].drawn_seed))
        assert [e.id for e in replay.panel] == rec.detail["panel"]


def test_draw_refused_when_too_few_experts_without_conflict(engine: Engine) -> None:
    w = _world(engine, panel_size=5, free_experts=4)
    msg = _refused(engine, "panel_short", lambda s: draw_panel_for(
        s, get_user(s, w["officer"]), get_app(s, w["apps"][0]), rng=random.Random(1)))
    assert "需要抽取 5 名" in msg and "3 名需回避" in msg


def test_draw_refused_for_wrong_role_and_wrong_state(engine: Engine) -> None:
    w = _world(engine)
    _refused(engine, "wrong_role", lambda s: draw_panel_for(s, get_user(s, "e0"), get_app(s, w["apps"][0])))
    _draw(engine, w, w["apps"][0])
    _refused(engine, "wrong_state", lambda s: draw_panel_for(s, get_user(s, w["officer"]), get_app(s, w["apps"][0])))


def test_declared_conflict_removes_the_expert_and_draws_a_replacement(engine: Engine) -> None:
    w = _world(engine, free_experts=5)
    a = w["apps"][0]
    panel = _draw(engine, w, a)
    with tx(engine) as s:
        d = declare(s, get_user(s, panel[0]), get_app(s, a), conflict="曾与申报单位合作研发", rng=random.Random(3))
        assert d.replacement is not None and len(d.replacement.panel) == 1
        new = d.replacement.panel[0]
    assert new not in panel and new not in {"e_own", "e_rel", "e_co"}
    with tx(engine) as s:
        members = {u.username: m.declared_no_conflict for m, u in current_panel(s, get_app(s, a))}
    assert members == {panel[0]: False, panel[1]: None, panel[2]: None, new: None}
    msg = _refused(engine, "declared_conflict", lambda s: submit_scores(s, get_user(s, panel[0]), get_app(s, a), FULL))
    assert "已声明回避" in msg
    _refused(engine, "already_declared", lambda s: declare(s, get_user(s, panel[0]), get_app(s, a)))


def test_conflict_with_no_replacement_left_is_recorded_and_blocks_completion(engine: Engine) -> None:
    w = _world(engine, free_experts=3)
    a = w["apps"][0]
    panel = _draw(engine, w, a)
    with tx(engine) as s:
        d = declare(s, get_user(s, panel[0]), get_app(s, a), conflict="亲属在申报单位任职")
    assert d.replacement is None and "不足" in d.message
    for n in panel[1:]:
        with tx(engine) as s:
            declare(s, get_user(s, n), get_app(s, a))
            submit_scores(s, get_user(s, n), get_app(s, a), FULL)
    msg = _refused(engine, "panel_short", lambda s: complete_review(s, get_user(s, w["officer"]), get_app(s, a)))
    assert "少于规定的 3 名" in msg


def test_scoring_refusals_change_nothing(engine: Engine) -> None:
    w = _world(engine, free_experts=4)
    a = w["apps"][0]
    panel = _draw(engine, w, a)
    outsider = next(n for n in ("e0", "e1", "e2", "e3") if n not in panel)
    _refused(engine, "not_on_panel", lambda s: submit_scores(s, get_user(s, outsider), get_app(s, a), FULL))
    _refused(engine, "no_declaration", lambda s: submit_scores(s, get_user(s, panel[0]), get_app(s, a), FULL))
    _declare_all(engine, a)
    msg = _refused(engine, "bad_scores", lambda s: submit_scores(
        s, get_user(s, panel[0]), get_app(s, a), {"tech": "41", "team": "27", "benefit": "25"}))
    assert "超出范围，应在 0 到 40 分之间" in msg
    msg = _refused(engine, "bad_scores", lambda s: submit_scores(s, get_user(s, panel[0]), get_app(s, a),
                                                                 {"tech": "36", "team": "27"}))
    assert "未对评分项「经济社会效益」打分" in msg
    _refused(engine, "wrong_role", lambda s: submit_scores(s, get_user(s, w["officer"]), get_app(s, a), FULL))
    with tx(engine) as s:
        row = submit_scores(s, get_user(s, panel[0]), get_app(s, a), FULL)
        assert row.total == "88"
    _refused(engine, "already_scored", lambda s: submit_scores(s, get_user(s, panel[0]), get_app(s, a), FULL))
    with tx(engine) as s:
        assert len(s.scalars(select(Score)).all()) == 1


def _score_all(engine: Engine, a: int, sheets: list[dict[str, str]]) -> None:
    names = _declare_all(engine, a)
    for n, sheet in zip(names, sheets, strict=True):
        with tx(engine) as s:
            submit_scores(s, get_user(s, n), get_app(s, a), sheet)


def test_trimmed_mean_with_five_scores_and_disagreement_flag(engine: Engine) -> None:
    w = _world(engine, panel_size=5, free_experts=5)
    a = w["apps"][0]
    _draw(engine, w, a)
    totals = [(36, 27, 27), (32, 24, 24), (28, 21, 21), (24, 18, 18), (8, 6, 6)]  # 90 80 70 60 20
    _score_all(engine, a, [{"tech": str(x), "team": str(y), "benefit": str(z)} for x, y, z in totals])
    with tx(engine) as s:
        r = complete_review(s, get_user(s, w["officer"]), get_app(s, a))
        assert r.trimmed and r.aggregate == 70
    with tx(engine) as s:
        row = get_app(s, a)
        assert (row.state, row.score, row.score_flagged) == ("scored", "70", True)


def test_plain_mean_with_three_scores_is_exact_and_unflagged(engine: Engine) -> None:
    w = _world(engine)
    a = w["apps"][0]
    _draw(engine, w, a)
    _score_all(engine, a, [{"tech": "36", "team": "27", "benefit": "22"},
                           {"tech": "36", "team": "27", "benefit": "23"},
                           {"tech": "36", "team": "27", "benefit": "23"}])
    with tx(engine) as s:
        complete_review(s, get_user(s, w["officer"]), get_app(s, a))
    with tx(engine) as s:
        row = get_app(s, a)
        assert Fraction(row.score or "") == Fraction(257, 3) and row.score == "257/3"
        assert row.score_flagged is False


def test_complete_review_refused_until_everyone_declared_and_scored(engine: Engine) -> None:
    w = _world(engine)
    a = w["apps"][0]
    panel = _draw(engine, w, a)
    msg = _refused(engine, "review_incomplete", lambda s: complete_review(s, get_user(s, w["officer"]), get_app(s, a)))
    assert "尚未作出回避声明" in msg
    _declare_all(engine, a)
    with tx(engine) as s:
        submit_scores(s, get_user(s, panel[0]), get_app(s, a), FULL)
    msg = _refused(engine, "review_incomplete", lambda s: complete_review(s, get_user(s, w["officer"]), get_app(s, a)))
    assert "尚未提交评分" in msg
    _refused(engine, "wrong_role", lambda s: complete_review(s, get_user(s, panel[0]), get_app(s, a)))


def test_two_officers_drawing_at_once_give_one_panel(engine: Engine) -> None:
    import threading

    from sqlalchemy.exc import OperationalError

    w = _world(engine, free_experts=6)
    with tx(engine) as s:
        add_user(s, "kexin2", "officer")
    a = w["apps"][0]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(officer: str, seed: int) -> None:
        try:
            with tx(engine) as s:
                actor, row = get_user(s, officer), get_app(s, a)
                barrier.wait()
                draw_panel_for(s, actor, row, rng=random.Random(seed))
            outcomes.append("drawn")
        except (DomainRefusal, OperationalError) as exc:  # PostgreSQL: refused after the lock; SQLite: busy
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=attempt, args=(o, i)) for i, o in enumerate((w["officer"], "kexin2"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 2 and outcomes.count("drawn") == 1
    with tx(engine) as s:
        assert len(s.scalars(select(PanelMember).where(PanelMember.application_id == a)).all()) == 3
        assert len(s.scalars(select(AuditRecord).where(AuditRecord.action == "draw_panel")).all()) == 1
