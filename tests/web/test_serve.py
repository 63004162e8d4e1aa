"""``subsidy serve``'s first start: migrate, load the demo year into an empty database, name accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from subsidy.demo.first_start import bootstrap, demo_accounts
from subsidy.settings import Settings


@pytest.mark.db
def test_first_start_loads_the_demo_year_once(production_engine: Engine, db_url: str) -> None:
    settings = Settings(db_url)
    assert bootstrap(production_engine, settings, demo=False) is False  # --no-demo: tables only
    assert demo_accounts(production_engine) == []
    assert bootstrap(production_engine, settings, demo=True) is True
    accounts = demo_accounts(production_engine)
    assert "  业务科室：officer（区科信局 王科长）" in accounts
    assert any(line.startswith("  申报单位：30 个") for line in accounts)
    assert bootstrap(production_engine, settings, demo=True) is False  # not empty any more: left alone


def test_the_web_stack_is_imported_only_when_serve_runs() -> None:
    import json
    import subprocess
    import sys

    probe = ("import json, sys\nfrom subsidy.cli import load_commands\nload_commands(['serve', '--help'])\n"
             "print(json.dumps(sorted(m for m in ('fastapi', 'uvicorn', 'jinja2', 'subsidy.web') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_run_the_serving_application(workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``--workers 1`` serves the application built here; more, uvicorn's workers each build it with the
    factory (web.app.serving_app) from the same environment."""
    import uvicorn

    from cli_support import run_cli

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.setattr("subsidy.web.app.serving_app", lambda url: ("served", url))  # (it freezes the GC)
    url = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)
    code, out = run_cli(capsys, "serve", "--no-demo", "--port", "8123", "--workers", str(workers))
    assert code == 0, out
    (app, kw), = calls
    assert kw["port"] == 8123 and kw["host"] == "127.0.0.1"
    if workers == 1:
        assert app == ("served", url) and "workers" not in kw
    else:
        assert app == "subsidy.web.app:serving_app" and kw["factory"] is True and kw["workers"] == workers
