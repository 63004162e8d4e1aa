"""Login, the sessions that follow it, and logout. The clock is passed in (``now``), never read here.

- :func:`login` checks the throttle (admin/throttle.py) against the recorded attempts, then the
  password; it records the attempt and an audit record whatever the outcome, and *returns* the
  outcome rather than raising, so the caller commits the record of a failed attempt too.
- A session's token is 256 random bits, handed to the browser once; the database keeps only its
  SHA-256. A session ends at logout, ``IDLE`` after its last request, ``ABSOLUTE`` after login,
  when its user is deactivated, and when the user's password changes.
- The form token against cross-site requests (CSRF) is derived from the session's token, so it is
  known to the browser that holds the session and to nobody who can only read the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from subsidy.admin.throttle import LIMITS, Attempt, Limits, locked_until
from subsidy.services.audit import record
from subsidy.services.clock import mode_of
from subsidy.services.passwords import (
    HASHER,
    KNOWN_DEMO_PASSWORDS,
    hash_password,
    needs_rehash,
    verify_password,
)
from subsidy.store.tables import LoginAttempt, User, UserSession

__all__ = ["ABSOLUTE", "IDLE", "Authenticated", "LoginOutcome", "authenticate", "csrf_token", "end_sessions",
           "login", "logout", "token_hash", "utc"]

IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=10)
_TOUCH = dt.timedelta(minutes=1)  # last_seen_at is written at most once a minute
_CHINA = dt.timezone(dt.timedelta(hours=8))
WRONG = "用户名或密码不正确"


def utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC (SQLite gives back naive UTC datetimes)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_token(token: str) -> str:
    """The session's form token: a hash of its token under another name (not its stored hash)."""
    return hashlib.sha256(b"subsidy-csrf\x00" + token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LoginOutcome:
    ok: bool
    message: str  # Chinese, for the person at the login form
    user: User | None = None
    token: str | None = None  # the new session's token (for the cookie), when ok
    must_change_password: bool = False
    locked_until: dt.datetime | None = None


@dataclass(frozen=True)
class Authenticated:
    user: User
    session: UserSession
    csrf: str


def _attempts(session: Session, username: str, address: str, since: dt.datetime) -> list[Attempt]:
    rows = session.scalars(select(LoginAttempt).where(
        LoginAttempt.at > since, or_(LoginAttempt.username == username, LoginAttempt.address == address)))
    return [Attempt(utc(r.at), r.username, r.address, r.outcome) for r in rows]


def _last_success(session: Session, username: str) -> dt.datetime | None:
    at = session.scalar(select(LoginAttempt.at).where(LoginAttempt.username == username,
                                                      LoginAttempt.outcome == "success")
                        .order_by(LoginAttempt.at.desc()).limit(1))
    return None if at is None else utc(at)


def _beijing(moment: dt.datetime) -> str:
    return moment.astimezone(_CHINA).strftime("%H:%M")


def _attempt(session: Session, now: dt.datetime, username: str, user: User | None, address: str, outcome: str,
             reason: str) -> None:
    session.add(LoginAttempt(at=now, username=username, user_id=user.id if user else None, address=address,
                             outcome=outcome))
    if outcome != "success":
        record(session, user, "login_failed", f"user:{user.id}" if user else "login", username=username,
               address=address, reason=reason)


def login(session: Session, username: str, password: str, *, address: str, now: dt.datetime,
          limits: Limits = LIMITS, hasher: PasswordHasher = HASHER) -> LoginOutcome:
    """One login attempt by ``username`` from ``address`` at ``now``: a new session, or why not."""
    now = utc(now)
    name = username.strip()[:100]
    address = (address or "unknown")[:64]
    user = session.scalars(select(User).where(User.username == name)).one_or_none()
    changed = None if user is None or user.password_changed_at is None else utc(user.password_changed_at)
    since = max((t for t in (changed, _last_success(session, name)) if t is not None), default=None)
    attempts = _attempts(session, name, address, now - limits.window)
    until = locked_until(attempts, name, address, now, limits, since)
    if until is not None:
        _attempt(session, now, name, user, address, "locked", "locked")
        return LoginOutcome(False, f"登录失败次数过多，已暂时锁定，请于 {_beijing(until)}（北京时间）后再试；"
                                   "忘记密码请联系系统管理员重置", locked_until=until)
    if password in KNOWN_DEMO_PASSWORDS and mode_of(session) == "production":
        _attempt(session, now, name, user, address, "failure", "demo_password")
        return LoginOutcome(False, "演示密码不能登录正式数据库；请使用系统管理员发给您的密码")
    ok = verify_password(user.password_hash if user else None, password, hasher)
    if not ok or user is None:
        _attempt(session, now, name, user, address, "failure", "unknown_user" if user is None else
                 "no_password" if user.password_hash is None else "wrong_password")
        return LoginOutcome(False, WRONG + _left(attempts, name, address, now, limits, since))
    if not user.active:
        _attempt(session, now, name, user, address, "failure", "inactive")
        return LoginOutcome(False, "账号已停用，请联系系统管理员")
    assert user.password_hash is not None
    if needs_rehash(user.password_hash, hasher):
        user.password_hash = hash_password(password, hasher)
    _attempt(session, now, name, user, address, "success", "")
    token = secrets.token_urlsafe(32)  # 256 bits
    row = UserSession(token_hash=token_hash(token), user_id=user.id, address=address, created_at=now,
                      last_seen_at=now)
    session.add(row)
    session.flush()
    record(session, user, "login", f"user:{user.id}", address=address, session_id=row.id)
    return LoginOutcome(True, f"欢迎，{user.display_name}", user=user, token=token,
                        must_change_password=user.must_change_password)


def _left(attempts: list[Attempt], username: str, address: str, now: dt.datetime, limits: Limits,
          since: dt.datetime | None) -> str:
    """What a wrong password adds when the account is close to being locked (or now is)."""
    failure = Attempt(now, username, address, "failure")
    if (until := locked_until([*attempts, failure], username, address, now, limits, since)) is not None:
        return f"；失败次数过多，已暂时锁定，请于 {_beijing(until)}（北京时间）后再试"
    for more in (1, 2):
        if locked_until([*attempts, *[failure] * (more + 1)], username, address, now, limits, since) is not None:
            return f"；再失败 {more} 次将暂时锁定"
    return ""


def _end(row: UserSession, now: dt.datetime, reason: str) -> None:
    row.ended_at = now
    row.end_reason = reason


def authenticate(session: Session, token: str | None, *, now: dt.datetime) -> Authenticated | None:
    """The user of the live session whose token is ``token``, or None (no such session, ended,
    expired, its user deactivated). A request keeps the session alive (``IDLE`` from now)."""
    if not token or len(token) > 100:
        return None
    now = utc(now)
    row = session.scalars(select(UserSession).where(UserSession.token_hash == token_hash(token))).one_or_none()
    if row is None or row.ended_at is not None:
        return None
    user = session.get(User, row.user_id)
    reason = ("inactive" if user is None or not user.active else
              "absolute" if now - utc(row.created_at) >= ABSOLUTE else
              "idle" if now - utc(row.last_seen_at) >= IDLE else None)
    if reason is not None or user is None:
        _end(row, now, reason or "inactive")
        return None
    if now - utc(row.last_seen_at) >= _TOUCH:
        row.last_seen_at = now
    return Authenticated(user, row, csrf_token(token))


def logout(session: Session, token: str | None, *, now: dt.datetime) -> User | None:
    """End the session of ``token`` (audited); the user it belonged to, or None if none was live."""
    found = authenticate(session, token, now=now)
    if found is None:
        return None
    _end(found.session, utc(now), "logout")
    record(session, found.user, "logout", f"user:{found.user.id}", address=found.session.address,
           session_id=found.session.id)
    return found.user


def end_sessions(session: Session, user: User, now: dt.datetime, reason: str, keep: UserSession | None = None) -> int:
    """End every live session of ``user`` but ``keep`` (a password changed, a reset); how many ended."""
    live = UserSession.ended_at.is_(None)
    others = live if keep is None else live & (UserSession.id != keep.id)
    result = session.execute(update(UserSession).where(UserSession.user_id == user.id, others)
                             .values(ended_at=utc(now), end_reason=reason))
    return int(getattr(result, "rowcount", 0) or 0)
