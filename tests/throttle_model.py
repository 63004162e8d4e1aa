"""A simple model of the login throttle (admin/throttle.py), for the property tests of the rule itself
(tests/admin/test_throttle.py) and of the login service on a database (tests/services/test_accounts.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from subsidy.admin.throttle import Limits


@dataclass
class Model:
    """Counts, at each moment, the failures that still matter: an account's since its last success,
    an address's all of them, each for ``window``; refused attempts count for nothing."""

    limits: Limits
    failures: list[tuple[dt.datetime, str, str]] = field(default_factory=list)
    last_success: dict[str, dt.datetime] = field(default_factory=dict)

    def locked(self, at: dt.datetime, user: str, address: str) -> bool:
        recent = [f for f in self.failures if at - f[0] < self.limits.window]
        since = self.last_success.get(user)
        mine = [f for f in recent if f[1] == user and (since is None or f[0] > since)]
        here = [f for f in recent if f[2] == address]
        return len(mine) >= self.limits.account_failures or len(here) >= self.limits.address_failures

    def attempt(self, at: dt.datetime, user: str, address: str, right: bool) -> str:
        if self.locked(at, user, address):
            return "locked"
        if right:
            self.last_success[user] = at
            return "success"
        self.failures.append((at, user, address))
        return "failure"
