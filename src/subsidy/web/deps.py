"""What request handlers share: the database engine of the application, made on first use."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy import Engine

__all__ = ["engine"]


def engine(request: Request) -> Engine:
    """The application's engine (one per application, made on the first request that needs it)."""
    from subsidy.store.db import make_engine

    state = request.app.state
    if state.engine is None:
        state.engine = make_engine(state.settings)
    eng: Engine = state.engine
    return eng
