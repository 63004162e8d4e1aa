"""What the browser tests share: logging a browser in as a user (the login form, as a person fills it)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote


def log_in(page: Any, username: str, password: str, *, next_path: str | None = None) -> None:
    """Log ``page``'s browser in as ``username`` (whoever was logged in before is logged out: the cookies
    are cleared) and wait for the page the login leads to (``next_path``, else 我的工作台)."""
    page.context.clear_cookies()
    page.goto(f"{page.base}/login" + (f"?next={quote(next_path, safe='/')}" if next_path else ""))
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("form.auth-form button[type=submit]")
    page.wait_for_url(re.compile(re.escape(next_path or "/workbench") + r"(\?.*)?$"))


def demo_copy(demo_database: Path, folder: Path) -> str:
    """A copy of the demo database in ``folder`` (SQLite's backup: whole, WAL or not), as a URL."""

    target = folder / "demo.sqlite3"
    with sqlite3.connect(demo_database) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"
