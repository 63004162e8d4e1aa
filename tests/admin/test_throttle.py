"""The login throttle against a simple model: any sequence of attempts (account, address, right or
wrong password, seconds apart) is refused exactly when the model counts enough recent failures, and
the moment the throttle names is the moment the model lets the next attempt through."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.admin.throttle import Attempt, Limits, locked_until
from throttle_model import Model

LIMITS = Limits(account_failures=3, address_failures=5, window=dt.timedelta(minutes=15))
T0 = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)
USERS, ADDRESSES = ("alice", "bob", "carol"), ("10.0.0.1", "10.0.0.2")


steps = st.lists(st.tuples(st.integers(0, 400), st.sampled_from(USERS), st.sampled_from(ADDRESSES),
                           st.sampled_from([False, False, True])), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(steps=steps)
def test_the_throttle_agrees_with_the_model(steps: list[tuple[int, str, str, bool]]) -> None:
    model, recorded, at = Model(LIMITS), [], T0
    for gap, user, address, right in steps:
        at += dt.timedelta(seconds=gap)
        until = locked_until(recorded, user, address, at, LIMITS)
        expected = model.attempt(at, user, address, right)
        assert (until is not None) == (expected == "locked"), (at, user, address, recorded)
        if until is not None:  # the lock ends exactly when the model stops refusing
            assert until > at
            assert model.locked(until - dt.timedelta(microseconds=1), user, address)
            assert not model.locked(until, user, address)
        recorded.append(Attempt(at, user, address, expected))


def test_an_administrators_reset_starts_the_accounts_count_again() -> None:
    failures = [Attempt(T0 + dt.timedelta(seconds=i), "alice", "10.0.0.1", "failure") for i in range(3)]
    now = T0 + dt.timedelta(minutes=1)
    assert locked_until(failures, "alice", "10.0.0.9", now, LIMITS) == T0 + LIMITS.window
    assert locked_until(failures, "alice", "10.0.0.9", now, LIMITS, since=T0 + dt.timedelta(seconds=30)) is None
    assert locked_until(failures, "bob", "10.0.0.9", now, LIMITS) is None  # another account, another address
