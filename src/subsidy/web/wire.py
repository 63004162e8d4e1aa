"""uvicorn's HTTP protocol (httptools), writing each answer's head together with its first body chunk.

uvicorn writes the status line and headers of an answer as soon as the application starts it, and the
body when it comes: two socket writes, so on loopback two segments and two wake-ups of the client for
every answer. A whole-policy assessment (50–110 KB) is one body message right after its start, so here
the head is held until then and both go out in one write (``writelines``: one system call). The bytes
on the wire are the same; an answer with no body to write (``HEAD``) gets its head when it completes,
or when the connection is closed. ``subsidy serve`` runs uvicorn with ``http=`` :data:`PROTOCOL`.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

__all__ = ["PROTOCOL", "OneWriteProtocol"]

PROTOCOL = "subsidy.web.wire:OneWriteProtocol"
"""uvicorn's ``http`` setting for :class:`OneWriteProtocol`."""


class _Held:
    """Stands in for the transport while uvicorn writes a head: keeps what it writes."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.parts.append(data)


class _HeadFirst:
    """Stands in for the transport while uvicorn writes a body: the held head goes out with the first
    write (or before a close); everything else is the transport's."""

    def __init__(self, transport: Any, head: bytes) -> None:
        self.transport = transport
        self.head: bytes | None = head

    def flush(self) -> None:
        if self.head is not None:
            self.transport.write(self.head)
            self.head = None

    def write(self, data: bytes) -> None:
        if self.head is None:
            self.transport.write(data)
        else:
            self.transport.writelines([self.head, data])
            self.head = None

    def close(self) -> None:
        self.flush()
        self.transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


class _OneWriteCycle(RequestResponseCycle):
    head: bytes | None = None

    async def send(self, message: Any) -> None:
        started = self.response_started
        if message["type"] == "http.response.start" and not started:
            real, held = self.transport, _Held()
            self.transport = held  # type: ignore[assignment]
            try:
                await super().send(message)
            finally:
                self.transport = real
            self.head = b"".join(held.parts) or None
            return
        if self.head is None or message["type"] != "http.response.body":
            await super().send(message)
            return
        real, first = self.transport, _HeadFirst(self.transport, self.head)
        self.head = None
        self.transport = first  # type: ignore[assignment]
        try:
            await super().send(message)
        finally:
            self.transport = real
            first.flush()  # nothing written (HEAD, an empty chunk): the head on its own


class OneWriteProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol whose requests' cycles write an answer's head with its body."""

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        cycle = getattr(self, "cycle", None)
        if type(cycle) is RequestResponseCycle:
            cycle.__class__ = _OneWriteCycle
