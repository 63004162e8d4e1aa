"""Adopted policy versions (stored files, exact reload) and annual calls (fields, states, audit)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from intake_support import CHAOYANG, EFFECTIVE, build_world, call_spec, refused
from sqlalchemy import Engine, select

from subsidy.admin.scoring import ScoreSheet, expert_total
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.rules.parse import policy_version
from subsidy.rules.registry import find_policy
from subsidy.services import policies
from subsidy.services.audit import load_user
from subsidy.services.calls import close_call, create_call, get_call, open_call, required_documents, rubric_of
from subsidy.services.policies import adopt_policy, latest_adoption, load_version
from subsidy.store.db import session_scope
from subsidy.store.tables import AuditRecord, Call, PolicyVersion

pytestmark = pytest.mark.db


def test_adoption_stores_every_rule_file_but_not_the_cases(engine: Engine) -> None:
    world = build_world(engine)
    shipped = find_policy(CHAOYANG)
    with session_scope(engine) as s:
        stored = s.get_one(PolicyVersion, shipped.version)
        assert "policy.yaml" in stored.files and "source.txt" in stored.files
        assert "clauses/art07.yaml" in stored.files
        assert not any(name.startswith("cases/") for name in stored.files)
        adopted = latest_adoption(s, CHAOYANG)
        assert adopted.id == world.adopted_id and adopted.effective_from == EFFECTIVE
        assert adopted.version == policy_version(Path(shipped.directory))


def test_a_stored_version_loads_back_exactly_even_when_the_files_change(engine: Engine, tmp_path: Path) -> None:
    root = tmp_path / "policies"
    shutil.copytree(Path(find_policy(CHAOYANG).directory), root / CHAOYANG)
    with session_scope(engine) as s:
        from subsidy.services.organisations import create_user

        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        first = adopt_policy(s, admin, CHAOYANG, EFFECTIVE, root=root)
        version = first.version
    # the drafters edit the policy afterwards: a new version, the old one unchanged
    art7 = root / CHAOYANG / "clauses" / "art07.yaml"
    art7.write_text(art7.read_text(encoding="utf-8").replace("limit: 500万元", "limit: 300万元"),
                    encoding="utf-8")
    policies._LOADED.clear()
    with session_scope(engine) as s:
        old = load_version(s, version)
        assert old.version == version
        limit = old.clause("art7").caps[0].limit
        assert limit is not None and limit.at(EFFECTIVE) == 500_000_000  # 500万元 in 分
        second = adopt_policy(s, load_user(s, "admin"), CHAOYANG, EFFECTIVE, root=root)
        assert second.version != version
        new_limit = load_version(s, second.version).clause("art7").caps[0].limit
        assert new_limit is not None and new_limit.at(EFFECTIVE) == 300_000_000


def test_adopting_the_same_version_twice_is_refused(engine: Engine) -> None:
    build_world(engine)
    err = refused(engine, lambda s: adopt_policy(s, load_user(s, "officer"), CHAOYANG, EFFECTIVE), DomainRefusal)
    assert "已于 2026-01-01 起采用" in str(err)
    err = refused(engine, lambda s: adopt_policy(s, load_user(s, "alice"), CHAOYANG, EFFECTIVE), DomainRefusal)
    assert "业务科室" in str(err)
    err = refused(engine, lambda s: adopt_policy(s, load_user(s, "officer"), "no-such-policy", EFFECTIVE))
    assert "找不到政策" in str(err)


def test_call_fields_are_normalised_and_the_rubric_validated(engine: Engine) -> None:
    world = build_world(engine)
    with session_scope(engine) as s:
        call = get_call(s, world.call_id)
        assert call.clauses == ["art7", "art4-1"]  # 第四条第一款 given by its citation
        assert call.state == "open" and call.one_per_entity  # the policy's 就高
        assert required_documents(call, "art7") == ["营业执照", "项目预算表"]
        assert required_documents(call, "art4-1") == ["营业执照"]
        total = expert_total(rubric_of(call), ScoreSheet("E1", {"tech": 40, "team": "15", "benefit": 30}))
        assert total == 85
        actions = [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.subject == f"call:{call.id}"))]
        assert actions == ["create_call", "open_call"]


def test_only_a_policy_with_one_highest_over_every_clause_is_one_grant_per_applicant(engine: Engine,
                                                                                     tmp_path: Path) -> None:
    """就高 within groups of clauses (两者就高, twice) leaves the other clauses stacking: an applicant may win
    several grants, so the call is not one per applicant (policy.highest_over_all, not any 就高 rule)."""
    every = Path(__file__).resolve().parents[1] / "rules" / "every_idiom"
    shutil.copytree(every, tmp_path / "test-every-idiom", ignore=shutil.ignore_patterns("cases"))
    world = build_world(engine, open_it=False)
    with session_scope(engine) as s:
        officer = load_user(s, "officer")
        adopted = adopt_policy(s, officer, "test-every-idiom", dt.date(2026, 12, 1), root=tmp_path)
        assert load_version(s, adopted.version).highests and not load_version(s, adopted.version).highest_over_all
        call = create_call(s, officer, call_spec(
            adopted.id, year=2027, title="测试批次", clauses=["compute-voucher", "rent-free"],
            opens_on=dt.date(2027, 1, 10), closes_on=dt.date(2027, 2, 10), required_documents={"*": ["营业执照"]}))
        assert not call.one_per_entity
        assert get_call(s, world.call_id).one_per_entity  # Chaoyang's 就高 is over every clause


def test_without_a_budget_the_call_takes_the_annual_fund_the_text_states(engine: Engine, tmp_path: Path) -> None:
    """Issue 13 (budgets stated in the text): the every-idiom policy's "区财政每年安排专项资金3000万元" (``budgets``,
    ``per: year``) is the budget of a call created without one; the total fund (1亿元) is not."""
    every = Path(__file__).resolve().parents[1] / "rules" / "every_idiom"
    shutil.copytree(every, tmp_path / "test-every-idiom", ignore=shutil.ignore_patterns("cases"))
    build_world(engine, open_it=False)
    with session_scope(engine) as s:
        officer = load_user(s, "officer")
        adopted = adopt_policy(s, officer, "test-every-idiom", dt.date(2026, 12, 1), root=tmp_path)
        call = create_call(s, officer, call_spec(
            adopted.id, year=2027, title="测试批次", clauses=["fixed"], budget_fen=None,
            opens_on=dt.date(2027, 1, 10), closes_on=dt.date(2027, 2, 10), required_documents={"*": ["营业执照"]}))
        assert call.budget_fen == 3000 * 10**6  # 3000万元 in 分


@pytest.mark.parametrize(("changes", "needle"), [
    ({"clauses": ["art99"]}, "art99"),
    ({"clauses": []}, "至少开放一个条款"),
    ({"clause_budgets": {"art10": 100}}, "未在本批次开放"),
    ({"clause_budgets": {"art7": 3_000_000_000}}, "超过总预算"),
    ({"budget_fen": 0}, "总预算"),
    ({"budget_fen": None}, "原文未规定年度预算"),  # no budgets in the Chaoyang text: the officer must give one
    ({"required_documents": {"art6": ["营业执照"]}}, "未在本批次开放"),
    ({"rubric": [{"id": "a", "name": "甲", "weight": 60, "max": 10}]}, "权重合计为 60.00%"),
    ({"rubric": [{"id": "a", "name": "甲", "weight": 100}]}, "rubric[0].max"),
    ({"opens_on": dt.date(2026, 5, 1)}, "早于开始日"),
    ({"opens_on": dt.date(2025, 12, 1)}, "超出政策有效期"),
    ({"year": 2031}, "不在政策有效期"),
    ({"panel_size": 0}, "评审专家人数"),
    ({"title": "  "}, "名称不能为空"),
])
def test_bad_call_fields_are_refused_naming_the_field(engine: Engine, changes: dict[str, object], needle: str) -> None:
    world = build_world(engine)
    err = refused(engine, lambda s: create_call(s, load_user(s, "officer"), call_spec(world.adopted_id, **changes)),
                  CaseInputError)
    assert needle in str(err)


def test_call_states_draft_open_closed(engine: Engine) -> None:
    world = build_world(engine, open_it=False)
    err = refused(engine, lambda s: close_call(s, load_user(s, "officer"), get_call(s, world.call_id),
                                               dt.date(2026, 3, 1)), DomainRefusal)
    assert "草稿（未发布）" in str(err) and "发布申报批次" in str(err)
    err = refused(engine, lambda s: open_call(s, load_user(s, "alice"), get_call(s, world.call_id),
                                              dt.date(2026, 3, 1)), DomainRefusal)
    assert "业务科室" in str(err)
    err = refused(engine, lambda s: open_call(s, load_user(s, "officer"), get_call(s, world.call_id),
                                              dt.date(2026, 5, 1)), DomainRefusal)
    assert "截止日 2026-04-30 已过" in str(err)
    with session_scope(engine) as s:
        officer = load_user(s, "officer")
        open_call(s, officer, get_call(s, world.call_id), dt.date(2026, 3, 1))
        close_call(s, officer, get_call(s, world.call_id), dt.date(2026, 5, 1))
        assert s.get_one(Call, world.call_id).state == "closed"
    err = refused(engine, lambda s: open_call(s, load_user(s, "officer"), get_call(s, world.call_id),
                                              dt.date(2026, 3, 1)), DomainRefusal)
    assert "已截止" in str(err)
