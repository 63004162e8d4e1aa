"""Fixtures for the web tests: the application in-process (``client``), a real server on a free port
(``live_server``, uvicorn in a thread on a temporary SQLite database), and a browser page (``page``,
Playwright driving Debian's chromium; Playwright's own browser download cannot work here).

Browser tests are marked ``browser``. Without chromium or Playwright they are skipped with the reason,
except under ``CI=true``, where a missing browser is a failure. ``screenshot(page, name)`` saves a
PNG under the test's temporary directory and returns its path (to look at it)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from subsidy.web.app import create_app

CHROMIUM = os.environ.get("SUBSIDY_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    return create_app(f"sqlite:///{tmp_path / 'web.sqlite3'}")


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database of ``subsidy serve``'s first start (the demo year, its accounts), built once a
    session (a few seconds): a test that uses it takes its own copy (:func:`demo_copy`)."""
    from subsidy.demo.first_start import bootstrap
    from subsidy.settings import Settings
    from subsidy.store.db import make_engine

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    settings = Settings(f"sqlite:///{path}")
    engine = make_engine(settings)
    assert bootstrap(engine, settings, demo=True)
    engine.dispose()
    return path


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:  # a 500 is a response to assert on
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        for _ in range(500):  # at most 10 s; a started server answers at once
            if self.server.started:
                return self
            if not self.thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        raise RuntimeError("the web server did not start within 10 s")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    """The application served by uvicorn on 127.0.0.1 and a free port (``.url``)."""
    with LiveServer(app) as server:
        yield server


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright (Python) is not installed"
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"chromium not found at {CHROMIUM} (bash run.sh test installs it)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests need chromium under CI=true: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """A fresh browser page; ``page.base`` is the live server's address."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.base = live_server.url
    yield pg
    context.close()


@pytest.fixture
def screenshot(tmp_path: Path) -> Any:
    """``screenshot(page, name)``: a full-page PNG in the test's temporary directory; returns its path."""
    folder = tmp_path / "screenshots"
    folder.mkdir(exist_ok=True)

    def take(pg: Any, name: str) -> Path:
        path = folder / f"{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")
        return path

    return take
