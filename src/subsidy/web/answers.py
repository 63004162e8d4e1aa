"""The last answers of ``POST /api/assess``, kept whole (the JSON bytes and the policy version header),
so that a request answered a moment ago is answered again without assessing it.

An answer is a function of what the request says and of what the server holds: the exact body bytes,
the query parameters (``policy``, ``clause``, ``as_of``, ``effective_from``), the policies served (their
ids and rules versions: a policy whose files changed has another version) and today's date in Beijing
(a case without ``as_of`` is assessed as of today, and a policy's standing depends on the day). The key
is all of these, so an answer is reused only where assessing again would give the same bytes; only
successful answers are kept (an error is answered by assessing, every time). The body is the key as
sent, not a canonical form of it: two bodies differing in key order or spacing are two entries (a
canonical form would need the body parsed before looking, and an order of facts that the trace might
follow). Bounded in entries and in bytes, least recently used first out; per process (each worker its
own), touched only from the event loop's thread.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

__all__ = ["AnswerCache", "Key"]

Key = tuple[str, dt.date, str | None, str | None, str | None, str | None, bytes]
"""(the served policies' ``id=version`` list, today, policy, clause, as_of, effective_from, body)."""


class AnswerCache:
    """A least-recently-used map of keys to (answer bytes, policy version), bounded in entries and in
    the bytes it holds (bodies and answers)."""

    def __init__(self, max_entries: int = 512, max_bytes: int = 32 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict[Key, tuple[bytes, str]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Key) -> tuple[bytes, str] | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: Key, answer: bytes, version: str) -> None:
        cost = len(answer) + len(key[6])
        if cost > self.max_bytes or self.max_entries <= 0:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old[0]) + len(key[6])
        self._items[key] = (answer, version)
        self.size += cost
        while len(self._items) > self.max_entries or self.size > self.max_bytes:
            k, (a, _) = self._items.popitem(last=False)
            self.size -= len(a) + len(k[6])

    def clear(self) -> None:
        self._items.clear()
        self.size = 0
