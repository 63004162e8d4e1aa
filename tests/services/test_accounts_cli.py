"""Passwords from the command line: ``user add`` prints a one-time password, ``user reset-password``
(administrators) prints one or reads one from standard input, ``user passwd`` needs the current
password; no command takes a password as an argument (it would show in the process list)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from cli_support import without_mode_banner
from subsidy.cli import main
from subsidy.cli.reference import command_paths
from subsidy.services.sessions import login
from subsidy.settings import Settings
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import AuditRecord

NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.url = f"sqlite:///{tmp_path / 'accounts.sqlite3'}"
        self.runner = CliRunner()

    def __call__(self, *args: str, stdin: str | None = None) -> tuple[int, str]:
        with self.runner.isolation(input=stdin, env={"SUBSIDY_DATABASE_URL": self.url, "COLUMNS": "200"}) as (
                _, _, output):
            try:
                main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
            sys.stdout.flush()
            sys.stderr.flush()
            return code, without_mode_banner(output.getvalue().decode("utf-8"))

    def login(self, username: str, password: str) -> bool:
        engine = make_engine(Settings(self.url))
        try:
            with session_scope(engine) as s:
                return login(s, username, password, address="127.0.0.1", now=NOW).ok
        finally:
            engine.dispose()


def _one_time(text: str) -> str:
    lines = text.splitlines()
    return lines[[i for i, line in enumerate(lines) if "一次性密码" in line][-1] + 1].strip()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path)
    assert c("db", "upgrade")[0] == 0
    return c


def test_an_account_gets_a_one_time_password_that_logs_in_and_must_be_changed(cli: Cli) -> None:
    code, text = cli("user", "add", "root", "--name", "管理员", "--role", "admin")
    assert code == 0 and "只显示这一次" in text
    first = _one_time(text)
    assert len(first) == 24 and cli.login("root", first)
    code, text = cli("user", "add", "li", "--name", "李科长", "--role", "officer", "--as", "root")
    assert code == 0 and cli.login("li", _one_time(text))
    code, text = cli("user", "passwd", "li", "--stdin", stdin=f"{_one_time(text)}\nLi-new-secret-9\n")
    assert code == 0 and "已修改用户「li」的密码" in text, text
    assert cli.login("li", "Li-new-secret-9")


def test_an_administrator_resets_a_password_printed_once_or_read_from_standard_input(cli: Cli) -> None:
    cli("user", "add", "root", "--name", "管理员", "--role", "admin")
    cli("user", "add", "li", "--name", "李科长", "--role", "officer", "--as", "root")
    code, text = cli("user", "reset-password", "li", "--as", "root")
    assert code == 0 and cli.login("li", _one_time(text))
    code, text = cli("user", "reset-password", "li", "--as", "root", "--stdin", stdin="Chosen-by-admin-1\n")
    assert code == 0 and "已重置用户「li」的密码（下次登录后须修改）" in text and "Chosen-by-admin-1" not in text
    assert cli.login("li", "Chosen-by-admin-1")
    code, text = cli("user", "reset-password", "root", "--as", "li")
    assert code == 3 and "只能由系统管理员执行" in text
    engine = make_engine(Settings(cli.url))
    with session_scope(engine) as s:
        details = [str(r.detail) for r in s.scalars(select(AuditRecord))]
    engine.dispose()
    assert not any("Chosen-by-admin-1" in d for d in details)


@pytest.mark.parametrize(("stdin", "expected"), [
    ("wrong-current-1\nAnother-secret-2\n", "当前密码不正确，密码未修改"),
    ("", "标准输入中没有当前密码"),
])
def test_passwd_refuses_without_the_current_password(cli: Cli, stdin: str, expected: str) -> None:
    cli("user", "add", "root", "--name", "管理员", "--role", "admin")
    code, text = cli("user", "passwd", "root", "--stdin", stdin=stdin)
    assert code in (2, 3) and expected in text, text


def test_a_password_is_never_a_command_line_argument(cli: Cli) -> None:
    code, text = cli("user", "passwd", "root", "Some-password-1")
    assert code == 2 and "Some-password-1" in text  # refused as an extra argument, nothing changed
    for path in command_paths():
        if path[:1] == ("user",) and len(path) == 2:
            _, help_text = cli(*path, "--help")
            assert "--password" not in help_text, path


def test_without_a_terminal_or_standard_input_there_is_no_prompt(cli: Cli) -> None:
    cli("user", "add", "root", "--name", "管理员", "--role", "admin")
    cli("user", "add", "li", "--name", "李科长", "--role", "officer", "--as", "root")
    code, text = cli("user", "reset-password", "li", "--as", "root", "--prompt")
    assert code == 2 and "标准输入不是终端" in text and "--stdin" in text
