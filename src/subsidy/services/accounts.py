"""Accounts: an administrator creates them and resets passwords (a one-time password, to be changed at
the next login); a user changes their own; the demo's accounts get the demo's password, in a demo or
simulation database only. Every change of a password ends the user's other sessions and is audited
(without the password or its hash)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal
from subsidy.services.access import require_role
from subsidy.services.audit import record
from subsidy.services.clock import MODE_LABELS, mode_of
from subsidy.services.organisations import create_user
from subsidy.services.passwords import (
    DEMO_PASSWORD,
    HASHER,
    check_new_password,
    hash_password,
    one_time_password,
    verify_password,
)
from subsidy.services.sessions import end_sessions, utc
from subsidy.store.tables import Organisation, User, UserSession

__all__ = ["change_password", "create_account", "reset_password", "set_demo_passwords"]


def _set(session: Session, user: User, digest: str, now: dt.datetime, *, one_time: bool,
         keep: UserSession | None = None) -> int:
    """Store a password's hash ``digest``; end the user's sessions (but ``keep``); how many were ended."""
    user.password_hash = digest
    user.password_changed_at = utc(now)
    user.must_change_password = one_time
    return end_sessions(session, user, now, "password", keep=keep)


def create_account(session: Session, actor: User | None, *, now: dt.datetime, username: str, display_name: str,
                   role: str, organisation: Organisation | None = None, employer_uscc: str | None = None,
                   relations: Sequence[str] = (), hasher: PasswordHasher = HASHER) -> tuple[User, str]:
    """Create a user (services/organisations.create_user: an administrator, or the first user) with a
    one-time password, returned to be handed over once."""
    user = create_user(session, actor, username=username, display_name=display_name, role=role,
                       organisation=organisation, employer_uscc=employer_uscc, relations=relations)
    password = one_time_password()
    _set(session, user, hash_password(password, hasher), now, one_time=True)
    record(session, actor, "reset_password", f"user:{user.id}", username=user.username, initial=True)
    return user, password


def reset_password(session: Session, actor: User, user: User, *, now: dt.datetime, password: str | None = None,
                   hasher: PasswordHasher = HASHER) -> str:
    """An administrator gives ``user`` a new password — ``password``, or a one-time one made here —
    which must be changed at the next login; the user's sessions end. Returns the password."""
    require_role(actor, "重置密码", "admin")
    if user.id == actor.id:
        raise DomainRefusal("不能重置自己的密码；修改自己的密码请用 `subsidy user passwd`", "own_account")
    chosen = password if password is not None else one_time_password()
    if password is not None:
        check_new_password(password, user.username, production=mode_of(session) == "production")
    ended = _set(session, user, hash_password(chosen, hasher), now, one_time=True)
    record(session, actor, "reset_password", f"user:{user.id}", username=user.username, sessions_ended=ended)
    return chosen


def change_password(session: Session, user: User, current: str | None, new: str, *, now: dt.datetime,
                    keep: UserSession | None = None, hasher: PasswordHasher = HASHER) -> None:
    """``user`` changes their own password: the current one is needed when there is one; the user's
    other sessions (all but ``keep``, the one that asked) end."""
    if not user.active:
        raise DomainRefusal(f"用户「{user.username}」已停用，不能修改密码", "inactive_user")
    if user.password_hash is not None and not verify_password(user.password_hash, current or "", hasher):
        raise DomainRefusal("当前密码不正确，密码未修改", "wrong_password")
    check_new_password(new, user.username, production=mode_of(session) == "production")
    if current is not None and new == current:
        raise DomainRefusal("新密码不能与当前密码相同", "same_password")
    ended = _set(session, user, hash_password(new, hasher), now, one_time=False, keep=keep)
    record(session, user, "change_password", f"user:{user.id}", username=user.username, sessions_ended=ended)


def set_demo_passwords(session: Session, *, now: dt.datetime, hasher: PasswordHasher = HASHER) -> list[str]:
    """Give every active user the demo's password — only in a demo or simulation database (a
    production database has no default password). Returns the usernames."""
    mode = mode_of(session)
    if mode == "production":
        raise DomainRefusal(f"{MODE_LABELS[mode]}数据库不能设置演示密码：每个账号的密码由系统管理员重置后发给本人",
                            "production_database")
    users = list(session.scalars(select(User).where(User.active.is_(True)).order_by(User.id)))
    digest = hash_password(DEMO_PASSWORD, hasher)  # one hash for all: the password is public anyway
    for user in users:
        _set(session, user, digest, now, one_time=False)
    record(session, None, "set_demo_passwords", "database", users=[u.username for u in users])
    return [u.username for u in users]
