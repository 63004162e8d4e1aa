"""``Server-Timing: app;dur=…`` on every response: the milliseconds the application spent on the
request (from its first byte in to the start of the answer), for operators and bench/web_bench.py."""

from __future__ import annotations

import time
from typing import Any

__all__ = ["ServerTiming"]

Scope = dict[str, Any]


class ServerTiming:
    """A plain ASGI middleware (no per-request task or body buffering)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - start) * 1000
                message["headers"] = [*message.get("headers", []), (b"server-timing", f"app;dur={ms:.2f}".encode())]
            await send(message)

        await self.app(scope, receive, timed_send)
