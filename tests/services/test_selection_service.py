"""Selection runs on the database: budgets, ceilings, 就高, what-if, one applied run per call."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import pytest
from factories import WAN, add_application, add_org, add_user, basic_world, call, counts, tx
from factories import app as get_app
from factories import user as get_user
from sqlalchemy import Engine, select

from subsidy.admin.selection import Mode
from subsidy.errors import DomainRefusal
from subsidy.services.selection import promote_reserve, run_selection
from subsidy.store.tables import AuditRecord, SelectionRun

pytestmark = pytest.mark.db

MODES: tuple[Mode, ...] = ("rank_order", "proportional", "optimal")


def _scored(engine: Engine, rows: list[tuple[str, str, int | None, str]], **call_kw: Any) -> dict[str, Any]:
    """Scored applications from ``(organisation, clause, ceiling 万元, score)``; ids in order."""
    w = basic_world(engine, **call_kw)
    with tx(engine) as s:
        orgs: dict[str, Any] = {}
        ids = []
        for name, clause, ceiling, score in rows:
            if name not in orgs:
                orgs[name] = add_org(s, name, len(orgs) + 1)
                add_user(s, f"staff{len(orgs)}", "applicant", org=orgs[name])
            ids.append(add_application(s, call(s, w["call"]), orgs[name], get_user(s, w["officer"]), clause=clause,
                                       ceiling_wan=ceiling, state="scored", score=score).id)
    return {**w, "apps": ids}


def _run(engine: Engine, w: dict[str, Any], **kw: Any) -> dict[str, Any]:
    with tx(engine) as s:
        out = run_selection(s, get_user(s, w["officer"]), call(s, w["call"]), **kw)
        return dict(out.run.result)


def _states(engine: Engine, ids: list[int]) -> list[str]:
    with tx(engine) as s:
        return [get_app(s, i).state for i in ids]


BASIC = [("甲公司", "art2", 600, "90"), ("乙公司", "art2", 500, "85"), ("丙公司", "art3", 300, "80"),
         ("甲公司", "art3", 200, "75"), ("丁公司", "art3", 100, "70")]


def test_rank_order_applied_within_budget_ceiling_and_one_per_entity(engine: Engine) -> None:
    w = _scored(engine, BASIC, budget_wan=1000)
    result = _run(engine, w, mode="rank_order")
    a = w["apps"]
    assert _states(engine, a) == ["selected", "reserve", "selected", "not_selected", "selected"]
    assert result["total_awarded_fen"] == 1000 * WAN
    with tx(engine) as s:
        assert [get_app(s, i).proposed_fen for i in a] == [600 * WAN, None, 300 * WAN, None, 100 * WAN]
        reasons = {r.subject: r.detail["reason"] for r in s.scalars(select(AuditRecord).where(
            AuditRecord.action.in_(["select", "reserve", "not_select"])))}
    assert "年度预算余额不足（需 500万元，余 400万元）" in reasons[f"application:{a[1]}"]
    assert "按就高原则不重复支持" in reasons[f"application:{a[3]}"]
    assert reasons[f"application:{a[0]}"] == "按排名择优：第 1 名，全额拟支持 600万元"


def test_clause_budget_is_honoured(engine: Engine) -> None:
    w = _scored(engine, BASIC, budget_wan=2000, clause_budgets_wan={"art2": 600})
    result = _run(engine, w, mode="rank_order")
    assert result["clause_awarded_fen"]["art2"] <= 600 * WAN
    assert _states(engine, w["apps"])[:2] == ["selected", "reserve"]


def test_what_if_changes_nothing_but_a_stored_run(engine: Engine) -> None:
    w = _scored(engine, BASIC, budget_wan=1000)
    before = counts(engine)
    result = _run(engine, w, mode="rank_order", budget_fen=3000 * WAN, apply=False)
    after = counts(engine)
    assert after["selection_runs"] == before["selection_runs"] + 1
    assert after["audit_records"] == before["audit_records"] + 1  # the audit log seals the stored run
    assert {k: v for k, v in after.items() if k not in ("selection_runs", "audit_records")} == \
        {k: v for k, v in before.items() if k not in ("selection_runs", "audit_records")}
    assert result["budget_fen"] == 3000 * WAN
    assert {r["application_id"] for r in result["awarded"]} == {w["apps"][i] for i in (0, 1, 2, 4)}
    with tx(engine) as s:
        run = s.scalars(select(SelectionRun)).one()
        assert run.applied is False and run.mode == "rank_order"
        seal = s.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
        assert seal is not None and seal.action == "seal" and seal.seal is not None
        assert list(seal.seal["rows"]) == [f"selection_runs:{run.id}"]
    # a what-if never blocks the real run
    _run(engine, w, mode="rank_order")
    assert _states(engine, w["apps"])[0] == "selected"


def test_optimal_total_score_is_not_below_rank_order(engine: Engine) -> None:
    rows = [("A", "art2", 600, "90"), ("B", "art2", 500, "85"), ("C", "art2", 500, "84")]
    w = _scored(engine, rows, budget_wan=1000)
    greedy = _run(engine, w, mode="rank_order", apply=False)
    best = _run(engine, w, mode="optimal", apply=False)
    assert Fraction(greedy["total_score"]) == 90
    assert Fraction(best["total_score"]) == 169
    assert best["total_awarded_fen"] <= 1000 * WAN


def test_proportional_scales_amounts_within_budget(engine: Engine) -> None:
    rows = [("A", "art2", 600, "90"), ("B", "art2", 400, "85"), ("C", "art3", 500, "80")]
    w = _scored(engine, rows, budget_wan=1200)
    result = _run(engine, w, mode="proportional")
    amounts = [r["approved_fen"] for r in result["awarded"]]
    assert amounts == [480 * WAN, 320 * WAN, 400 * WAN] and sum(amounts) == 1200 * WAN
    with tx(engine) as s:
        assert [get_app(s, i).proposed_fen for i in w["apps"]] == amounts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_calls_never_exceed_budget_or_ceiling_and_fund_one_per_entity(engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    rows = [(f"单位{rng.randrange(8)}", rng.choice(["art2", "art3"]), rng.randrange(1, 300), str(rng.randrange(40, 100)))
            for _ in range(20)]
    w = _scored(engine, rows, budget_wan=1500, clause_budgets_wan={"art3": 500})
    totals = {}
    for mode in MODES:
        r = _run(engine, w, mode=mode, apply=False)
        totals[mode] = Fraction(r["total_score"])
        assert r["total_awarded_fen"] <= 1500 * WAN
        assert sum(x["approved_fen"] for x in r["awarded"] if x["clause_id"] == "art3") <= 500 * WAN
        assert all(x["approved_fen"] <= x["ceiling_fen"] for x in r["awarded"])
        entities = [x["entity"] for x in r["awarded"]]
        assert len(entities) == len(set(entities))
    assert totals["optimal"] >= totals["rank_order"]


def test_second_applied_run_and_wrong_role_are_refused_and_change_nothing(engine: Engine) -> None:
    w = _scored(engine, BASIC, budget_wan=1000)
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        run_selection(s, get_user(s, "staff1"), call(s, w["call"]))
    assert exc.value.code == "wrong_role" and counts(engine) == before
    _run(engine, w)
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        run_selection(s, get_user(s, w["officer"]), call(s, w["call"]), mode="optimal")
    assert exc.value.code == "already_selected" and "不能重复遴选" in str(exc.value)
    assert counts(engine) == before


def test_nothing_scored_is_refused(engine: Engine) -> None:
    w = basic_world(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        run_selection(s, get_user(s, w["officer"]), call(s, w["call"]))
    assert exc.value.code == "nothing_to_select"


def test_application_without_ceiling_is_skipped_and_left_scored(engine: Engine) -> None:
    w = _scored(engine, [("A", "art2", 100, "90"), ("B", "art9", None, "95")])
    result = _run(engine, w)
    assert _states(engine, w["apps"]) == ["selected", "scored"]
    assert result["skipped"] == [{"application_id": w["apps"][1],
                                  "reason": "没有引擎核定的支持上限（金额待另行核定），不参加按预算择优"}]


def test_promote_reserve_needs_free_budget_and_may_be_partial(engine: Engine) -> None:
    w = _scored(engine, BASIC, budget_wan=1050)
    _run(engine, w)
    reserve = w["apps"][1]
    before = counts(engine)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        promote_reserve(s, get_user(s, w["officer"]), call(s, w["call"]))
    assert exc.value.code == "over_budget" and "递补需 500万元，可用预算仅 50万元" in str(exc.value)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        promote_reserve(s, get_user(s, w["officer"]), call(s, w["call"]), amount_fen=501 * WAN)
    assert exc.value.code == "above_ceiling"
    assert counts(engine) == before
    with tx(engine) as s:
        promoted = promote_reserve(s, get_user(s, w["officer"]), call(s, w["call"]), amount_fen=50 * WAN)
        assert promoted.id == reserve
    with tx(engine) as s:
        row = get_app(s, reserve)
        assert (row.state, row.proposed_fen) == ("selected", 50 * WAN)
    with pytest.raises(DomainRefusal) as exc, tx(engine) as s:
        promote_reserve(s, get_user(s, w["officer"]), call(s, w["call"]))
    assert exc.value.code == "no_reserve"
