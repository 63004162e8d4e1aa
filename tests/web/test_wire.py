"""web/wire.py: the same bytes as uvicorn's httptools protocol, an answer's head written with its body."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from subsidy.web.wire import OneWriteProtocol


class Transport:
    """A socket's stand-in: what each call wrote, one entry per write (``writelines``: one call)."""

    def __init__(self) -> None:
        self.calls: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.calls.append(bytes(data))

    def writelines(self, parts: list[bytes]) -> None:
        self.calls.append(b"".join(parts))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str) -> Any:
        return {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 5000)}.get(name)

    def pause_reading(self) -> None: ...

    def resume_reading(self) -> None: ...


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An answer of one body, or (``/stream``) of three chunks, or (``/empty``) of none."""
    if scope["type"] != "http":
        return
    body = b'{"answer":"' + "长".encode() * 4000 + b'"}'
    stream = scope["path"] == "/stream"
    headers = [(b"content-type", b"application/json")]
    if not stream:
        headers.append((b"content-length", b"0" if scope["path"] == "/empty" else str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    if stream:
        for i in range(3):
            await send({"type": "http.response.body", "body": body[i::3], "more_body": i < 2})
    else:
        await send({"type": "http.response.body", "body": b"" if scope["path"] == "/empty" else body})


def serve(protocol: type[HttpToolsProtocol], request: bytes) -> Transport:
    async def run() -> Transport:
        config = Config(app, http="httptools", log_level="warning", access_log=False)
        config.load()
        p = protocol(config=config, server_state=ServerState(), app_state={})
        t = Transport()
        p.connection_made(t)  # type: ignore[arg-type]
        p.data_received(request)
        for _ in range(50):
            await asyncio.sleep(0)
        p.connection_lost(None)
        return t

    # a thread of its own: a session's browser fixture (Playwright's sync API) may hold this thread's loop
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(run())).result()


@pytest.mark.parametrize(("request_line", "writes"), [  # writes: uvicorn's, and here
    (b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", (2, 1)),
    (b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n", (1, 1)),  # no body written: the head alone
    (b"GET /empty HTTP/1.1\r\nHost: x\r\n\r\n", (2, 1)),
    (b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (2, 1)),
    (b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (1, 1)),  # the head before the close
    (b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n", (4, 3)),  # the head with the first chunk
    (b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /stream HTTP/1.1\r\nHost: x\r\n\r\n", (6, 4)),  # pipelined
])
def test_the_same_bytes_in_fewer_writes(request_line: bytes, writes: tuple[int, int]) -> None:
    plain, one = serve(HttpToolsProtocol, request_line), serve(OneWriteProtocol, request_line)
    assert b"".join(one.calls) == b"".join(plain.calls)
    assert b"".join(one.calls).count(b"HTTP/1.1 200 OK") == request_line.count(b"HTTP/1.1\r\n")
    assert one.closed == plain.closed
    assert (len(plain.calls), len(one.calls)) == writes
    if request_line.startswith(b"GET / "):  # one write: the whole answer
        assert one.calls[0].startswith(b"HTTP/1.1 200 OK") and one.calls[0].endswith(b'"}')
