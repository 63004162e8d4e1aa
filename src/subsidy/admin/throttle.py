"""Login throttling, as a rule over the recorded attempts (no clock of its own: ``now`` is passed in).

An attempt is refused without looking at the password while its account or its client address is
locked:

- an account is locked when it has ``account_failures`` failed attempts within the last ``window``,
  counted since its last successful login (an administrator's password reset also starts the count
  again: the caller passes it as ``since``);
- a client address is locked when ``address_failures`` attempts from it failed within the last
  ``window``, whatever the account (a success does not reset it: one valid account must not open the
  way to guessing the others).

A lock lasts until the oldest of the failures that make it up is ``window`` old. An attempt refused
while locked is recorded but does not count: the lock-out window is fixed by the failures alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LIMITS", "OUTCOMES", "Attempt", "Limits", "locked_until"]

OUTCOMES = ("success", "failure", "locked")


@dataclass(frozen=True)
class Limits:
    account_failures: int = 5
    address_failures: int = 20
    window: dt.timedelta = dt.timedelta(minutes=15)


LIMITS = Limits()


@dataclass(frozen=True)
class Attempt:
    at: dt.datetime
    username: str
    address: str
    outcome: str  # one of OUTCOMES


def _lock(failures: list[dt.datetime], needed: int, window: dt.timedelta) -> dt.datetime | None:
    """When the lock made of ``failures`` (those within the window, oldest first) ends, or None."""
    if len(failures) < needed:
        return None
    return failures[-needed] + window


def locked_until(attempts: Iterable[Attempt], username: str, address: str, now: dt.datetime,
                 limits: Limits = LIMITS, since: dt.datetime | None = None) -> dt.datetime | None:
    """The moment the account ``username`` or the address ``address`` stops being locked, or None
    when an attempt at ``now`` may go ahead. ``attempts`` are those recorded before ``now``."""
    start = now - limits.window
    earlier = [a for a in attempts if a.at <= now]
    successes = [a.at for a in earlier if a.username == username and a.outcome == "success"]
    reset = max([*successes, *([since] if since is not None else [])], default=None)
    account = sorted(a.at for a in earlier if a.username == username and a.outcome == "failure" and a.at > start
                     and (reset is None or a.at > reset))
    address_ = sorted(a.at for a in earlier if a.address == address and a.outcome == "failure" and a.at > start)
    ends = [t for t in (_lock(account, limits.account_failures, limits.window),
                        _lock(address_, limits.address_failures, limits.window)) if t is not None]
    return max(ends, default=None)
