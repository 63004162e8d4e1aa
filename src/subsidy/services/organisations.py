"""Organisations (keyed by 统一社会信用代码) with the profile facts the rules use, and the users
who act: applicants (members of an organisation), officers, experts (with their employer and
declared relations, for 回避), auditors, administrators and finance staff."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from subsidy.admin.uscc import check_uscc, normalise_uscc
from subsidy.errors import CaseInputError, DomainRefusal, NotFound
from subsidy.services.access import (
    READ_ALL,
    require_member_or_officer,
    require_read_organisation,
    require_role,
    role_label,
)
from subsidy.services.audit import record
from subsidy.services.facts import normalise_facts, profile_fact_defs
from subsidy.store.tables import Organisation, User
from subsidy.vocabulary import ROLES as ROLE_WORDS

__all__ = ["create_user", "effective_facts", "find_organisation", "get_organisation", "get_user", "members_of", "read_organisation",
           "readable_organisation",
           "register_organisation", "set_active", "update_profile", "valid_code"]

_USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{2,100}$")


def _text(value: str | None, field: str, hint: str, limit: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise CaseInputError(field, "不能为空", hint)
    if not text.isprintable():
        raise CaseInputError(field, "含有换行或控制字符", "写成一行可见的文字")
    if len(text) > limit:
        raise CaseInputError(field, f"过长（{len(text)} 字，最多 {limit} 字）")
    return text


def valid_code(session: Session, code: str, field: str) -> str:
    """A 统一社会信用代码 that passes the check or was registered with an officer's reason
    (normalised), or a refusal saying what is wrong."""
    check = check_uscc(code)
    if not check.valid:
        accepted = session.scalars(select(Organisation).where(Organisation.uscc == check.code)).first()
        if accepted is None:
            raise CaseInputError(field, f"「{code}」{check.message}", "核对代码")
    return check.code


def register_organisation(session: Session, actor: User, *, uscc: str, name: str, district: str | None = None,
                          profile: Mapping[str, Any] | None = None,
                          override_reason: str | None = None) -> Organisation:
    """Register an organisation. A code failing the check digit is refused with the exact reason,
    unless an officer accepts it with ``override_reason`` (recorded on the row and in the audit)."""
    require_role(actor, "登记申报单位", "officer", "admin")
    check = check_uscc(uscc)
    reason = (override_reason or "").strip() or None
    if not check.valid:
        if reason is None:
            raise CaseInputError("统一社会信用代码", f"「{uscc}」{check.message}",
                                 "核对代码；确属真实代码的，由业务科室用 --override-reason 说明理由后登记")
        if check.expected is None:
            raise CaseInputError("统一社会信用代码", f"「{uscc}」{check.message}",
                                 "只有校验码不符的代码可以说明理由后登记；长度或字符错误的代码请更正")
        require_role(actor, "登记未通过校验的统一社会信用代码", "officer")
    elif reason is not None:
        raise CaseInputError("--override-reason", "代码校验通过，无需说明理由", "去掉 --override-reason")
    code = check.code
    if session.scalars(select(Organisation).where(Organisation.uscc == code)).first() is not None:
        raise DomainRefusal(f"统一社会信用代码「{code}」已登记（用 `subsidy org show {code}` 查看）", "duplicate_uscc")
    title = _text(name, "单位名称", "用 --name 填写营业执照上的单位名称")
    facts = normalise_facts(profile or {}, profile_fact_defs(session), "profile")
    org = Organisation(uscc=code, name=title, uscc_valid=check.valid, uscc_override_reason=reason,
                       district=(district or "").strip() or None,
                       profile={k: v for k, v in facts.items() if v is not None})
    session.add(org)
    session.flush()
    record(session, actor, "register_organisation", f"organisation:{org.id}", uscc=code, name=title,
           uscc_valid=check.valid, override_reason=reason, uscc_check=check.message, profile=org.profile)
    return org


def find_organisation(session: Session, uscc: str) -> Organisation:
    code = normalise_uscc(uscc)
    org = session.scalars(select(Organisation).where(Organisation.uscc == code)).first()
    if org is None:
        raise NotFound(f"统一社会信用代码为「{code}」的单位未登记（用 `subsidy org add` 登记）", "no_organisation")
    return org


def members_of(session: Session, org: Organisation) -> list[User]:
    """The organisation's users (applicant accounts), by id."""
    return list(session.scalars(select(User).where(User.organisation_id == org.id).order_by(User.id)))


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise NotFound(f"单位 {organisation_id} 不存在", "no_organisation")
    return org


def effective_facts(org: Organisation) -> dict[str, Any]:
    """The organisation's facts as every check reads them: what it declared, overridden by what the
    office verified (an applicant cannot clear a verified fact by declaring otherwise)."""
    return {**(org.profile or {}), **(org.verified or {})}


def read_organisation(session: Session, actor: User, uscc: str) -> Organisation:
    """The organisation with code ``uscc``, if ``actor`` may read it."""
    return readable_organisation(session, actor, uscc, "查看单位信息")


def readable_organisation(session: Session, actor: User, uscc: str, what: str) -> Organisation:
    """The organisation with code ``uscc`` if ``actor`` may read it; only those who may read every
    organisation are told that a code is not registered."""
    org = session.scalars(select(Organisation).where(Organisation.uscc == normalise_uscc(uscc))).first()
    if org is None and actor.role in READ_ALL:
        return find_organisation(session, uscc)  # says it is not registered
    require_read_organisation(actor, None if org is None else org.id, what)
    assert org is not None
    return org


def update_profile(session: Session, actor: User, org: Organisation, facts: Mapping[str, Any]) -> Organisation:
    """Set profile facts (``None`` removes one); checked against the adopted policies' facts.

    An applicant writes its organisation's declared facts (``profile``); an officer writes the
    office-verified facts (``verified``), which win over the declared ones in every check and which
    no applicant can change. Both are kept, and shown side by side."""
    require_member_or_officer(actor, org.id, "修改单位信息")
    if not facts:
        raise CaseInputError("facts", "没有要修改的事实", "用 --fact 事实名=值（或 --unset 事实名）")
    changes = normalise_facts(facts, profile_fact_defs(session), "profile")
    office = actor.role != "applicant"
    current = dict((org.verified if office else org.profile) or {})
    before = {k: current.get(k) for k in changes}
    for key, value in changes.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
    if office:
        org.verified = current
    else:
        org.profile = current
    record(session, actor, "verify_facts" if office else "update_profile", f"organisation:{org.id}",
           before=before, after=changes)
    return org


def set_active(session: Session, actor: User, user: User, active: bool) -> User:
    """Deactivate (or reactivate) a user: a deactivated user can no longer act (``--as`` is refused)."""
    require_role(actor, "停用或启用用户", "admin")
    if user.id == actor.id:
        raise DomainRefusal("不能停用或启用自己的账号", "own_account")
    if user.active == active:
        raise DomainRefusal(f"用户「{user.username}」已经是{'启用' if active else '停用'}状态", "unchanged")
    user.active = active
    record(session, actor, "activate_user" if active else "deactivate_user", f"user:{user.id}",
           username=user.username)
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
    if user is None:
        raise NotFound(f"用户「{username}」不存在", "no_user")
    return user


def create_user(session: Session, actor: User | None, *, username: str, display_name: str, role: str,
                organisation: Organisation | None = None, employer_uscc: str | None = None,
                relations: Sequence[str] = ()) -> User:
    """Create a user. Only an administrator may, except the very first user, who must be one."""
    role = ROLE_WORDS.parse(role, "角色")
    if actor is None:
        if session.scalar(select(func.count()).select_from(User)):
            raise DomainRefusal("创建用户需要用 --as 指定系统管理员", "no_actor")
        if role != "admin":
            raise DomainRefusal("系统中还没有用户：第一个用户必须是系统管理员（--role admin）", "first_user_admin")
    else:
        require_role(actor, "创建用户", "admin")
    name = (username or "").strip()
    if not _USERNAME.match(name):
        raise CaseInputError("用户名", f"「{username}」不可用", "用 2–100 个英文字母、数字或 _ . @ - 字符")
    if session.scalars(select(User).where(User.username == name)).first() is not None:
        raise DomainRefusal(f"用户名「{name}」已存在", "duplicate_user")
    title = _text(display_name, "姓名", "用 --name 填写姓名", 100)
    if role == "applicant" and organisation is None:
        raise CaseInputError("--org", "申报单位用户必须属于一个已登记的单位", "用 --org 统一社会信用代码 指定")
    if role != "applicant" and organisation is not None:
        raise CaseInputError("--org", f"只有申报单位用户属于申报单位，{role_label(role)}不需要 --org")
    employer = None
    related: list[str] = []
    if role == "expert":
        if not employer_uscc:
            raise CaseInputError("--employer", "评审专家必须填写所在单位的统一社会信用代码（用于回避）")
        employer = valid_code(session, employer_uscc, "--employer")
        related = sorted({valid_code(session, c, "--relation") for c in relations})
    elif employer_uscc or relations:
        raise CaseInputError("--employer", "所在单位与利害关系只对评审专家登记")
    user = User(username=name, display_name=title, role=role,
                organisation_id=organisation.id if organisation else None,
                employer_uscc=employer, relations=related)
    session.add(user)
    session.flush()
    record(session, actor, "create_user", f"user:{user.id}", username=name, role=role,
           organisation=organisation.uscc if organisation else None, employer=employer, relations=related)
    return user
