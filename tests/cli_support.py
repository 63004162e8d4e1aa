"""What the CLI tests share."""

from __future__ import annotations


def without_mode_banner(err: str) -> str:
    """Standard error without the line a simulation database prints on every command (the test
    databases are simulations; tests/services/test_business_dates.py checks that line)."""
    return "".join(line for line in err.splitlines(keepends=True) if not line.startswith("【模拟数据库】"))
