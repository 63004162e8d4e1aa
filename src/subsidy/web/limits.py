"""The one cap on the size of a request body, before anything reads it (``create_app`` installs it).

A form is read whole by ``csrf.protect`` before its route runs, so a route's own size check came too
late: a body larger than :func:`subsidy.web.app.request_limit` is refused with 413 and a Chinese
message (an error page, or the API's envelope) as soon as its ``Content-Length`` says so or its
bytes pass the limit while they are read, and nothing of it is kept.
"""

from __future__ import annotations

from typing import Any

from subsidy.web.errors import TOO_LARGE, respond, too_large

__all__ = ["BodyLimit"]


class BodyLimit:
    """A plain ASGI middleware: the body's bytes pass through counted; past ``limit`` the read raises
    :class:`ApiError` (413) inside the application, where errors.py answers it."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:  # refused unread
            from starlette.requests import Request

            response = respond(Request(scope), too_large(self.limit))
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # a body without its length: refused as it passes the limit
                    scope[TOO_LARGE] = self.limit  # (a form parser turns the error into a 400: errors.py reads this)
                    raise too_large(self.limit)
            return message

        await self.app(scope, counted, send)
