"""Accounts: passwords (argon2id, rehash when the parameters change, one-time passwords, the demo's
password), sessions (idle and absolute timeouts, logout, tokens kept hashed), throttling of failed
logins, and the audit records of each. The clock is passed in; nothing sleeps."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from argon2 import PasswordHasher
from factories import add_org, add_user, tx, user
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from subsidy.admin.throttle import Limits
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services import audit
from subsidy.services.accounts import change_password, create_account, reset_password, set_demo_passwords
from subsidy.services.passwords import DEMO_PASSWORD, HASHER, hash_password
from subsidy.services.sessions import ABSOLUTE, IDLE, WRONG, authenticate, login, logout
from subsidy.store.tables import AuditRecord, LoginAttempt, User, UserSession
from throttle_model import Model

pytestmark = pytest.mark.db

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the tests' hasher: the parameters differ
T0 = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)
GOOD = "Correct-horse-42"
HERE = "203.0.113.7"


def _people(engine: Engine, *, password: str | None = GOOD) -> None:
    with tx(engine) as s:
        add_user(s, "admin", "admin")
        own = add_org(s, "康养科技", 1)
        alice = add_user(s, "alice", "applicant", org=own)
        add_user(s, "bob", "officer")
        if password is not None:
            for u in (alice, user(s, "bob")):
                u.password_hash = hash_password(password, FAST)


def _login(engine: Engine, name: str, password: str, at: dt.datetime, *, address: str = HERE,
           limits: Limits | None = None, hasher: PasswordHasher = FAST):  # type: ignore[no-untyped-def]
    with tx(engine) as s:
        kwargs = {} if limits is None else {"limits": limits}
        return login(s, name, password, address=address, now=at, hasher=hasher, **kwargs)


def _actions(engine: Engine) -> list[tuple[str, str, str | None]]:
    with tx(engine) as s:
        return [(r.action, r.subject, r.detail.get("reason")) for r in s.scalars(select(AuditRecord).order_by(AuditRecord.id))
                if r.action in ("login", "login_failed", "logout", "reset_password", "change_password")]


def _verified(engine: Engine) -> None:
    with tx(engine) as s:
        assert [p.problem for p in audit.verify(s)] == []


def test_a_login_opens_a_session_whose_token_is_kept_only_as_its_hash(engine: Engine) -> None:
    _people(engine)
    out = _login(engine, "alice", GOOD, T0)
    assert out.ok and out.user is not None and out.user.username == "alice" and out.token
    assert len(out.token) >= 43  # 256 bits, URL-safe base64
    with tx(engine) as s:
        row = s.scalars(select(UserSession)).one()
        assert row.token_hash == hashlib.sha256(out.token.encode()).hexdigest() != out.token
        found = authenticate(s, out.token, now=T0 + dt.timedelta(minutes=5))
        assert found is not None and found.user.username == "alice" and found.user.organisation_id is not None
        assert found.csrf not in (out.token, row.token_hash) and len(found.csrf) == 64
        assert authenticate(s, out.token + "x", now=T0) is None and authenticate(s, None, now=T0) is None
    assert _actions(engine) == [("login", f"user:{out.user.id}", None)]
    _verified(engine)


def test_a_wrong_password_and_an_unknown_user_are_told_the_same_and_recorded(engine: Engine) -> None:
    _people(engine)
    wrong, unknown = _login(engine, "alice", "nope-nope-nope", T0), _login(engine, "nobody", GOOD, T0)
    assert not wrong.ok and not unknown.ok and wrong.token is None
    assert wrong.message == unknown.message == WRONG
    with tx(engine) as s:
        attempts = [(a.username, a.outcome, a.address) for a in s.scalars(select(LoginAttempt).order_by(LoginAttempt.id))]
        alice = user(s, "alice").id
    assert attempts == [("alice", "failure", HERE), ("nobody", "failure", HERE)]
    assert _actions(engine) == [("login_failed", f"user:{alice}", "wrong_password"),
                                ("login_failed", "login", "unknown_user")]
    _verified(engine)


def test_a_user_without_a_password_or_deactivated_cannot_log_in(engine: Engine) -> None:
    _people(engine)
    assert _login(engine, "admin", "", T0).message == WRONG  # no password set: no login at all
    with tx(engine) as s:
        user(s, "bob").active = False
    assert _login(engine, "bob", GOOD, T0).message == "账号已停用，请联系系统管理员"
    assert [a[2] for a in _actions(engine)] == ["no_password", "inactive"]


def test_production_hashes_with_owasps_parameters() -> None:
    """The suite's own hasher is cheap (tests/conftest.py); the one production builds is OWASP's."""
    from subsidy.services.passwords import owasp_hasher

    assert owasp_hasher().hash(GOOD).startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_hash_made_with_other_parameters_is_recomputed_at_login(engine: Engine) -> None:
    _people(engine)  # hashed with FAST
    with tx(engine) as s:
        before = user(s, "alice").password_hash
    assert before is not None and "m=8,t=1,p=1" in before
    assert _login(engine, "alice", GOOD, T0, hasher=HASHER).ok
    with tx(engine) as s:
        after = user(s, "alice").password_hash
    assert after is not None and after.startswith("$argon2id$")
    assert f"m={HASHER.memory_cost},t={HASHER.time_cost},p={HASHER.parallelism}" in after  # the hasher's own
    assert _login(engine, "alice", GOOD, T0 + dt.timedelta(minutes=1), hasher=HASHER).ok  # the new hash works
    _verified(engine)


def test_a_session_ends_after_its_idle_time(engine: Engine) -> None:
    _people(engine)
    token = _login(engine, "alice", GOOD, T0).token
    with tx(engine) as s:
        assert authenticate(s, token, now=T0 + IDLE - dt.timedelta(seconds=1)) is not None  # kept alive from here
    with tx(engine) as s:
        assert authenticate(s, token, now=T0 + 2 * IDLE - dt.timedelta(seconds=2)) is not None
    with tx(engine) as s:
        assert authenticate(s, token, now=T0 + 3 * IDLE) is None
    with tx(engine) as s:
        row = s.scalars(select(UserSession)).one()
        assert row.end_reason == "idle"
        assert authenticate(s, token, now=T0 + 2 * IDLE - dt.timedelta(seconds=2)) is None  # ended stays ended


def test_a_session_ends_after_its_absolute_time_however_busy(engine: Engine) -> None:
    _people(engine)
    token = _login(engine, "alice", GOOD, T0).token
    at = T0
    while at + IDLE / 2 < T0 + ABSOLUTE:
        at += IDLE / 2
        with tx(engine) as s:
            assert authenticate(s, token, now=at) is not None, at
    with tx(engine) as s:
        assert authenticate(s, token, now=T0 + ABSOLUTE) is None
        assert s.scalars(select(UserSession)).one().end_reason == "absolute"


def test_logout_ends_the_session_and_is_recorded(engine: Engine) -> None:
    _people(engine)
    out = _login(engine, "alice", GOOD, T0)
    with tx(engine) as s:
        gone = logout(s, out.token, now=T0 + dt.timedelta(minutes=3))
        assert gone is not None and gone.username == "alice"
    with tx(engine) as s:
        assert authenticate(s, out.token, now=T0 + dt.timedelta(minutes=4)) is None
        assert logout(s, out.token, now=T0 + dt.timedelta(minutes=4)) is None  # twice: nothing more recorded
    assert [a[0] for a in _actions(engine)] == ["login", "logout"]
    _verified(engine)


def test_a_deactivated_users_sessions_end(engine: Engine) -> None:
    _people(engine)
    token = _login(engine, "bob", GOOD, T0).token
    with tx(engine) as s:
        user(s, "bob").active = False
    with tx(engine) as s:
        assert authenticate(s, token, now=T0 + dt.timedelta(minutes=1)) is None
        assert s.scalars(select(UserSession)).one().end_reason == "inactive"


LIMITS = Limits(account_failures=3, address_failures=5, window=dt.timedelta(minutes=15))


def test_failed_logins_lock_the_account_for_the_window_even_with_the_right_password(engine: Engine) -> None:
    _people(engine)
    messages = [_login(engine, "alice", "wrong-wrong-1", T0 + dt.timedelta(minutes=i), limits=LIMITS).message
                for i in range(3)]
    assert messages[0] == WRONG + "；再失败 2 次将暂时锁定" and messages[1] == WRONG + "；再失败 1 次将暂时锁定"
    assert "已暂时锁定，请于 10:15（北京时间）后再试" in messages[2]  # the first failure (02:00 UTC) + 15 minutes
    locked = _login(engine, "alice", GOOD, T0 + dt.timedelta(minutes=14, seconds=59), limits=LIMITS)
    assert not locked.ok and locked.locked_until == T0 + dt.timedelta(minutes=15) and "10:15" in locked.message
    assert _login(engine, "bob", GOOD, T0 + dt.timedelta(minutes=5), address="198.51.100.1", limits=LIMITS).ok
    assert _login(engine, "alice", GOOD, T0 + dt.timedelta(minutes=15), limits=LIMITS).ok  # the window has passed
    with tx(engine) as s:
        outcomes = [a.outcome for a in s.scalars(select(LoginAttempt).where(LoginAttempt.username == "alice")
                                                 .order_by(LoginAttempt.id))]
    assert outcomes == ["failure", "failure", "failure", "locked", "success"]
    assert [a[2] for a in _actions(engine) if a[0] == "login_failed"] == ["wrong_password"] * 3 + ["locked"]
    _verified(engine)


def test_a_success_starts_the_accounts_count_again_but_not_the_addresss(engine: Engine) -> None:
    _people(engine)
    at = T0
    for name in ("alice", "alice", "bob", "bob"):  # 4 failures from one address, 2 per account
        at += dt.timedelta(seconds=10)
        assert not _login(engine, name, "wrong-wrong-1", at, limits=LIMITS).ok
    assert _login(engine, "alice", GOOD, at + dt.timedelta(seconds=1), limits=LIMITS).ok
    assert not _login(engine, "alice", "wrong-wrong-1", at + dt.timedelta(seconds=2), limits=LIMITS).ok  # 5th: address
    refused = _login(engine, "bob", GOOD, at + dt.timedelta(seconds=3), limits=LIMITS)
    assert not refused.ok and refused.locked_until is not None
    assert _login(engine, "bob", GOOD, at + dt.timedelta(seconds=3), address="198.51.100.1", limits=LIMITS).ok


def test_an_administrators_reset_unlocks_the_account_and_ends_its_sessions(engine: Engine) -> None:
    _people(engine)
    token = _login(engine, "alice", GOOD, T0, address="198.51.100.9").token
    for i in range(3):
        _login(engine, "alice", "wrong-wrong-1", T0 + dt.timedelta(minutes=1, seconds=i), limits=LIMITS)
    assert _login(engine, "alice", GOOD, T0 + dt.timedelta(minutes=2), limits=LIMITS).locked_until is not None
    with tx(engine) as s:
        one_time = reset_password(s, user(s, "admin"), user(s, "alice"), now=T0 + dt.timedelta(minutes=3), hasher=FAST)
        assert authenticate(s, token, now=T0 + dt.timedelta(minutes=3)) is None
    out = _login(engine, "alice", one_time, T0 + dt.timedelta(minutes=4), address="198.51.100.9", limits=LIMITS)
    assert out.ok and out.must_change_password
    with tx(engine) as s:
        row = s.scalars(select(UserSession).where(UserSession.end_reason == "password")).one()
        assert row.address == "198.51.100.9"
        with pytest.raises(DomainRefusal, match="只能由系统管理员执行"):
            reset_password(s, user(s, "bob"), user(s, "alice"), now=T0, hasher=FAST)
        with pytest.raises(DomainRefusal, match="不能重置自己的密码"):
            reset_password(s, user(s, "admin"), user(s, "admin"), now=T0, hasher=FAST)
    _verified(engine)


def test_changing_ones_password_needs_the_current_one_and_ends_the_other_sessions(engine: Engine) -> None:
    _people(engine)
    here, there = (_login(engine, "alice", GOOD, T0, address=a).token for a in ("10.0.0.1", "10.0.0.2"))
    with tx(engine) as s, pytest.raises(DomainRefusal, match="当前密码不正确"):
        change_password(s, user(s, "alice"), "not-it-at-all", "Another-pass-77", now=T0, hasher=FAST)
    with tx(engine) as s:
        current = authenticate(s, here, now=T0)
        assert current is not None
        change_password(s, user(s, "alice"), GOOD, "Another-pass-77", now=T0, keep=current.session, hasher=FAST)
    with tx(engine) as s:
        assert authenticate(s, here, now=T0) is not None and authenticate(s, there, now=T0) is None
        assert not user(s, "alice").must_change_password
    assert not _login(engine, "alice", GOOD, T0).ok and _login(engine, "alice", "Another-pass-77", T0).ok


@pytest.mark.parametrize(("password", "problem"), [
    ("short-1", "过短"), ("aaaaaaaaaaaa", "过于简单"), ("alice-secret-1", "含用户名"), (" padded-pass-1 ", "首尾有空格"),
    ("x" * 257, "过长")])
def test_a_new_password_must_be_long_and_varied(engine: Engine, password: str, problem: str) -> None:
    _people(engine)
    with tx(engine) as s, pytest.raises(CaseInputError, match=problem):
        change_password(s, user(s, "alice"), GOOD, password, now=T0, hasher=FAST)


def test_an_account_is_created_with_a_one_time_password(engine: Engine) -> None:
    _people(engine)
    with tx(engine) as s:
        new, password = create_account(s, user(s, "admin"), now=T0, username="carol", display_name="财务 张",
                                       role="finance", hasher=FAST)
        assert new.must_change_password and len(password) == 24 and new.password_hash != password
    out = _login(engine, "carol", password, T0)
    assert out.ok and out.must_change_password
    with tx(engine) as s:
        assert [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.subject == f"user:{new.id}")
                                            .order_by(AuditRecord.id))] == ["create_user", "reset_password", "login"]
        assert not any(password in str(r.detail) for r in s.scalars(select(AuditRecord)))


def test_no_default_password_works_in_a_production_database(production_engine: Engine) -> None:
    _people(production_engine, password=None)
    with tx(production_engine) as s, pytest.raises(DomainRefusal, match="正式数据库不能设置演示密码"):
        set_demo_passwords(s, now=T0, hasher=FAST)
    with tx(production_engine) as s:  # a demo hash carried into a production database by hand
        user(s, "alice").password_hash = hash_password(DEMO_PASSWORD, FAST)
    out = _login(production_engine, "alice", DEMO_PASSWORD, T0)
    assert not out.ok and "演示密码不能登录正式数据库" in out.message
    with tx(production_engine) as s:
        admin = user(s, "admin")
        with pytest.raises(CaseInputError, match="演示密码"):
            reset_password(s, admin, user(s, "bob"), now=T0, password=DEMO_PASSWORD, hasher=FAST)


def test_the_demo_password_is_set_in_a_demo_or_simulation_database(engine: Engine) -> None:
    _people(engine, password=None)
    with tx(engine) as s:
        names = set_demo_passwords(s, now=T0, hasher=FAST)
    assert names == ["admin", "alice", "bob"]
    assert all(_login(engine, n, DEMO_PASSWORD, T0, address=f"10.0.0.{i}").ok for i, n in enumerate(names))
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "set_demo_passwords")) == 1
    _verified(engine)


_EXAMPLES = iter(range(1, 10**6))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 300), st.sampled_from(("alice", "bob", "nobody")),
                                st.sampled_from(("10.0.0.1", "10.0.0.2")), st.sampled_from((False, False, True))),
                      min_size=1, max_size=12))
def test_logins_through_the_database_agree_with_the_throttles_model(engine: Engine,
                                                                     steps: list[tuple[int, str, str, bool]]) -> None:
    """The model of tests/admin/test_throttle.py, against the service on a real database: each example a
    day after the last, so earlier examples' attempts are long out of the window."""
    with tx(engine) as s:
        first = s.scalar(select(func.count()).select_from(User)) == 0
    if first:  # the engine is the test's: the users are made once for all the examples
        _people(engine)
    model, at = Model(LIMITS), T0 + dt.timedelta(days=next(_EXAMPLES))
    for gap, name, address, right in steps:
        at += dt.timedelta(seconds=gap)
        expected = model.attempt(at, name, address, right and name != "nobody")
        out = _login(engine, name, GOOD if right else "wrong-wrong-1", at, address=address, limits=LIMITS)
        assert (out.ok, out.locked_until is not None) == (expected == "success", expected == "locked"), (at, name)


def test_the_migration_seals_the_users_already_there_and_gives_none_a_password(engine: Engine) -> None:
    from sqlalchemy import MetaData, insert

    from subsidy.store.db import migrate

    migrate(engine, "0008", down=True)
    with engine.begin() as conn:
        meta = MetaData()
        meta.reflect(bind=conn)
        assert "user_sessions" not in meta.tables and "password_hash" not in meta.tables["users"].c
    with engine.begin() as conn:  # written and sealed as the application did then (the columns it knew)
        conn.execute(insert(meta.tables["users"]).values(username="old", display_name="老用户", role="officer",
                                                         relations=[], active=True, created_at=T0))
        audit.chain(conn, dict(meta.tables), [], {"users": None}, action="seal")
    migrate(engine)
    _verified(engine)
    with tx(engine) as s:
        old = user(s, "old")
        assert old.password_hash is None and not old.must_change_password
        assert s.scalars(select(AuditRecord.action).order_by(AuditRecord.id.desc())).first() == "upgrade_0010"
    assert _login(engine, "old", "", T0).message == WRONG
