"""Fixtures of the money tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from money_factories import url_of
from sqlalchemy import Engine

from cli_support import run_cli


@pytest.fixture
def run(engine: Engine, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    """The CLI on the test database: ``run(*args)`` → (exit code, output)."""
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))

    def _run(*args: str) -> tuple[int, str]:
        return run_cli(capsys, *args)

    return _run
