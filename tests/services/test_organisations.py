"""Organisations by 统一社会信用代码, their profile facts, and users with roles."""

from __future__ import annotations

import pytest
from intake_support import CHAOYANG, EFFECTIVE, ORG, other_valid_code, refused
from sqlalchemy import Engine, select

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.audit import load_user
from subsidy.services.organisations import (
    create_user,
    find_organisation,
    register_organisation,
    update_profile,
)
from subsidy.services.policies import adopt_policy
from subsidy.store.db import session_scope
from subsidy.store.tables import AuditRecord, Organisation, User

pytestmark = pytest.mark.db

BAD_CHECK = "91350100M000100Y44"  # last character should be 3


@pytest.fixture
def people(engine: Engine) -> Engine:
    with session_scope(engine) as s:
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="李科长", role="officer")
        adopt_policy(s, officer, CHAOYANG, EFFECTIVE)
    return engine


def test_first_user_must_be_an_admin_and_later_ones_need_an_admin(engine: Engine) -> None:
    err = refused(engine, lambda s: create_user(s, None, username="bob", display_name="鲍勃", role="officer"))
    assert "第一个用户必须是系统管理员" in str(err)
    with session_scope(engine) as s:
        create_user(s, None, username="admin", display_name="管理员", role="admin")
    err = refused(engine, lambda s: create_user(s, None, username="x", display_name="某", role="admin"))
    assert "--as" in str(err)


def test_register_with_a_valid_code_records_profile_and_audit(people: Engine) -> None:
    with session_scope(people) as s:
        org = register_organisation(s, load_user(s, "officer"), uscc=" 9135 0100-M000100Y43 ", name="康养科技",
                                    profile={"operates_in_chaoyang": "是", "funds_received": "120万元",
                                             "programme_year": "2"})
        assert org.uscc == ORG and org.uscc_valid and org.uscc_override_reason is None
        # declared facts are checked and stored canonically
        assert org.profile == {"operates_in_chaoyang": True, "funds_received": "120万元", "programme_year": 2}
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "register_organisation")).one()
        assert audit.subject == f"organisation:{org.id}" and audit.detail["uscc"] == ORG


def test_a_code_failing_the_check_is_refused_with_the_exact_reason(people: Engine) -> None:
    err = refused(people, lambda s: register_organisation(s, load_user(s, "officer"), uscc=BAD_CHECK, name="某公司"),
                  CaseInputError)
    assert "第 18 位应为「3」，实际为「4」" in str(err) and "--override-reason" in str(err)
    err = refused(people, lambda s: register_organisation(s, load_user(s, "officer"), uscc="91350100M00010", name="某"),
                  CaseInputError)
    assert "应为 18 位，实际为 14 位" in str(err)


def test_an_officer_can_accept_a_failing_code_with_a_recorded_reason(people: Engine) -> None:
    with session_scope(people) as s:
        org = register_organisation(s, load_user(s, "officer"), uscc=BAD_CHECK, name="老字号商行",
                                    override_reason="营业执照原件核验无误，系历史赋码")
        assert not org.uscc_valid and org.uscc_override_reason == "营业执照原件核验无误，系历史赋码"
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "register_organisation")).one()
        assert audit.detail["override_reason"] == "营业执照原件核验无误，系历史赋码"
        assert "校验码错误" in audit.detail["uscc_check"]


def test_override_is_for_officers_and_for_check_digit_errors_only(people: Engine) -> None:
    with session_scope(people) as s:
        create_user(s, load_user(s, "admin"), username="root2", display_name="管理员二", role="admin")
    err = refused(people, lambda s: register_organisation(s, load_user(s, "root2"), uscc=BAD_CHECK, name="某",
                                                          override_reason="核验过"), DomainRefusal)
    assert "业务科室" in str(err)
    err = refused(people, lambda s: register_organisation(s, load_user(s, "officer"), uscc="91350100I000100Y43",
                                                          name="某", override_reason="核验过"), CaseInputError)
    assert "第 9 位字符「I」" in str(err) and "只有校验码不符" in str(err)


def test_duplicate_code_and_bad_profile_fact_are_refused(people: Engine) -> None:
    with session_scope(people) as s:
        register_organisation(s, load_user(s, "officer"), uscc=ORG, name="康养科技")
    err = refused(people, lambda s: register_organisation(s, load_user(s, "officer"), uscc=ORG, name="又一家"))
    assert "已登记" in str(err)
    err = refused(people, lambda s: register_organisation(s, load_user(s, "officer"), uscc=other_valid_code(),
                                                          name="某", profile={"funds_received": "很多"}),
                  CaseInputError)
    assert "profile.funds_received" in str(err)


def test_profile_update_by_member_or_officer_only(people: Engine) -> None:
    other = other_valid_code()
    with session_scope(people) as s:
        officer, admin = load_user(s, "officer"), load_user(s, "admin")
        org = register_organisation(s, officer, uscc=ORG, name="康养科技", profile={"operates_in_chaoyang": True})
        rival = register_organisation(s, officer, uscc=other, name="竞争对手")
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
        create_user(s, admin, username="mallory", display_name="马某", role="applicant", organisation=rival)
    with session_scope(people) as s:
        org = find_organisation(s, ORG)
        update_profile(s, load_user(s, "alice"), org, {"serious_dishonesty": "否", "operates_in_chaoyang": None})
        assert org.profile == {"serious_dishonesty": False}
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "update_profile")).one()
        assert audit.detail == {"before": {"serious_dishonesty": None, "operates_in_chaoyang": True},
                                "after": {"serious_dishonesty": False, "operates_in_chaoyang": None}}
    err = refused(people, lambda s: update_profile(s, load_user(s, "mallory"), find_organisation(s, ORG),
                                                   {"serious_dishonesty": True}), DomainRefusal)
    assert "不属于该单位" in str(err)
    err = refused(people, lambda s: update_profile(s, load_user(s, "officer"), find_organisation(s, ORG),
                                                   {"platform_type": "火箭发射台"}), CaseInputError)
    assert "不是「平台类型」的可选值" in str(err)


def test_users_with_each_role(people: Engine) -> None:
    with session_scope(people) as s:
        admin, officer = load_user(s, "admin"), load_user(s, "officer")
        org = register_organisation(s, officer, uscc=ORG, name="康养科技")
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
        expert = create_user(s, admin, username="prof.li", display_name="李教授", role="expert",
                             employer_uscc=other_valid_code(), relations=[ORG.lower()])
        assert expert.employer_uscc == other_valid_code() and expert.relations == [ORG]
        for role in ("auditor", "finance"):
            create_user(s, admin, username=role, display_name=role, role=role)
        assert {u.role for u in s.scalars(select(User))} == {"admin", "officer", "applicant", "expert", "auditor",
                                                             "finance"}


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"role": "boss"}, "不是可用的角色"),
    ({"role": "applicant"}, "必须属于一个已登记的单位"),
    ({"role": "expert"}, "评审专家必须填写所在单位"),
    ({"role": "expert", "employer_uscc": "123"}, "应为 18 位"),
    ({"role": "officer", "employer_uscc": ORG}, "只对评审专家登记"),
    ({"role": "officer", "username": "空 格"}, "用户名"),
    ({"role": "officer", "username": "admin"}, "已存在"),
])
def test_bad_users_are_refused(people: Engine, kwargs: dict[str, str], needle: str) -> None:
    args = {"username": "newbie", "display_name": "新人"} | kwargs
    err = refused(people, lambda s: create_user(s, load_user(s, "admin"), **args))  # type: ignore[arg-type]
    assert needle in str(err)


def test_only_an_admin_creates_users(people: Engine) -> None:
    err = refused(people, lambda s: create_user(s, load_user(s, "officer"), username="x1", display_name="某",
                                                role="officer"), DomainRefusal)
    assert "系统管理员" in str(err)
    with session_scope(people) as s:
        assert s.scalars(select(Organisation)).all() == []


def test_an_officer_writes_verified_facts_an_applicant_only_its_declared_ones(people: Engine) -> None:
    from subsidy.services.organisations import effective_facts, read_organisation

    with session_scope(people) as s:
        officer, admin = load_user(s, "officer"), load_user(s, "admin")
        org = register_organisation(s, officer, uscc=ORG, name="康养科技", profile={"serious_dishonesty": False})
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
    with session_scope(people) as s:
        org = find_organisation(s, ORG)
        update_profile(s, load_user(s, "officer"), org, {"serious_dishonesty": "是"})
        update_profile(s, load_user(s, "alice"), org, {"serious_dishonesty": "否", "funds_received": "120万元"})
        assert org.profile == {"serious_dishonesty": False, "funds_received": "120万元"}
        assert org.verified == {"serious_dishonesty": True}
        assert effective_facts(org) == {"serious_dishonesty": True, "funds_received": "120万元"}
        actions = [(r.action, r.detail["after"]) for r in s.scalars(select(AuditRecord).where(
            AuditRecord.action.in_(("verify_facts", "update_profile"))).order_by(AuditRecord.id))]
        assert actions == [("verify_facts", {"serious_dishonesty": True}),
                           ("update_profile", {"serious_dishonesty": False, "funds_received": "120万元"})]
        assert read_organisation(s, load_user(s, "alice"), ORG) is org
    err = refused(people, lambda s: read_organisation(s, load_user(s, "officer"), other_valid_code()),
                  DomainRefusal)
    assert "未登记" in str(err)
