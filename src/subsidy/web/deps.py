"""What request handlers share: the database engine of the application (made on first use), one
transaction per action (audited as coming from the web), and the request's login (cached)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Path, Query, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from subsidy.services.sessions import Authenticated

__all__ = ["MAX_ROW_ID", "SESSION_COOKIE", "QueryRowId", "RowId", "client_address", "engine", "login_of", "now", "transaction"]

SESSION_COOKIE = "subsidy_session"


MAX_ROW_ID = 2_147_483_647
"""The largest id a row can have (the database's integer)."""

RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
"""An id in a path: a row's id fits the database's integer (a larger one, or 0 or a negative one, is
answered 422 before the route runs: passed to the database it would be a fault, not a 404)."""

QueryRowId = Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)]
"""An optional id in the query (``?call=``), bounded as :data:`RowId`."""


def engine(request: Request) -> Engine:
    """The application's engine (one per application, made on the first request that needs it)."""
    from subsidy.store.db import make_engine

    state = request.app.state
    if state.engine is None:
        state.engine = make_engine(state.settings)
    eng: Engine = state.engine
    return eng


def now() -> dt.datetime:
    """The clock, read here at the edge (the services are given it)."""
    return dt.datetime.now(dt.UTC)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@contextmanager
def transaction(request: Request) -> Iterator[Session]:
    """One unit of work for this request; its audit records say it came from the web, and from where."""
    from subsidy.services.audit import CHANNEL
    from subsidy.store.db import session_scope

    token = CHANNEL.set({"channel": "web", "address": client_address(request)})
    try:
        with session_scope(engine(request)) as s:
            yield s
    finally:
        CHANNEL.reset(token)


def login_of(request: Request) -> Authenticated | None:
    """The live session of the request's cookie (its user, the session, the form token), or None;
    looked up once per request."""
    if hasattr(request.state, "login"):
        found: Authenticated | None = request.state.login
        return found
    from subsidy.services.sessions import authenticate

    token = request.cookies.get(SESSION_COOKIE)
    found = None
    if token:
        with transaction(request) as s:
            found = authenticate(s, token, now=now())
    request.state.login = found
    return found
