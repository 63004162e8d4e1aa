"""What the CLI tests share."""

from __future__ import annotations

import pytest

from subsidy.cli import main


def without_mode_banner(err: str) -> str:
    """Standard error without the line a simulation database prints on every command (the test
    databases are simulations; tests/money/test_business_dates.py checks that line)."""
    return "".join(line for line in err.splitlines(keepends=True) if not line.startswith("【模拟数据库】"))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run the CLI in-process as a user does (its one error handler included): the exit code and what
    it printed, standard output then standard error without the simulation banner."""
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out + without_mode_banner(captured.err)
