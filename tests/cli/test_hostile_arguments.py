"""Hostile command-line arguments (issue 7): random invocations of the administrative commands, each
on a fresh copy of a seeded simulation database (tests/cli/hostile_cli.py), end with exit 0-3 and no
traceback; a refusal (2 or 3) says ``错误：…`` in Chinese and changes nothing. Then one regression
test for each failure the fuzzing found. bench/fuzz_cli.py runs the same fuzzing for longer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_cli import World, invocation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from money_factories import uscc

ODD_USCC = uscc(4)  # the organisation named [/]恶意[red]单位


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield World(tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def check(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", world.url)
    monkeypatch.delenv("SUBSIDY_USER", raising=False)
    monkeypatch.chdir(world.files)
    return world


@settings(max_examples=150, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_random_hostile_invocations_end_cleanly(check: World, rng: random.Random) -> None:
    argv = invocation(rng, check.files)
    outcome = check.check(argv)
    assert not outcome.problems, (argv, outcome.problems)


def _run(world: World, *argv: str) -> tuple[int | None, str]:
    outcome = world.check(list(argv))
    assert not outcome.problems, outcome.problems
    return outcome.code, outcome.err


def test_markup_in_what_the_user_wrote_is_shown_as_written(check: World) -> None:
    """Rich read ``[/]`` in a refusal's message as a closing tag and raised MarkupError."""
    code, err = _run(check, "user", "activate", "[/]", "--as", "admin")
    assert code in (2, 3) and "[/]" in err
    code, err = _run(check, "policy", "adopt", "cn-sz-baoan-ai-health", "--as", "officer", "--effective-from", "[/]")
    assert code == 2 and "「[/]」不是日期" in err


def test_an_unknown_command_that_looks_like_markup(check: World) -> None:
    code, err = _run(check, "[/]")
    assert code == 2 and "没有命令「[/]」" in err


def test_an_unknown_option_with_its_possible_options_in_chinese(check: World) -> None:
    code, err = _run(check, "user", "add", "x", "--bogus")
    assert code == 2 and "没有选项 --bogus（您是不是要用 --org？）" in err


@pytest.mark.parametrize(("name", "problem"), [("missing.txt", "文件不存在"), (".", "是目录，不是文件"),
                                               ("x" * 300, "文件名过长"), ("a\x00b", "含有空字符（NUL），不是有效的路径")])
def test_a_report_file_that_cannot_be_read(check: World, name: str, problem: str) -> None:
    """``report submit --file`` read the file unguarded: FileNotFoundError, IsADirectoryError …"""
    code, err = _run(check, "report", "submit", "1", "--as", "officer", "--file", name)
    assert code == 2 and problem in err and "--file" in err


def test_a_report_file_not_in_utf8(check: World, tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("进展顺利".encode("gbk"))
    code, err = _run(check, "report", "submit", "1", "--as", "officer", "--file", str(path))
    assert code == 2 and "不是 UTF-8 编码的文本文件" in err


def test_an_upload_that_cannot_be_read_says_why_in_chinese(check: World) -> None:
    code, err = _run(check, "app", "upload", "4", "missing.pdf", "--as", "officer")
    assert code == 2 and "「missing.pdf」文件不存在" in err and "No such file" not in err


@pytest.mark.parametrize(("name", "shown"), [("", "没有命令「」"), ("' OR 1=1 --", "没有命令「' OR 1=1 --」")])
def test_unknown_command_names_the_framework_quotes_differently(check: World, name: str, shown: str) -> None:
    code, err = _run(check, "app", name)
    assert code == 2 and shown in err


@pytest.mark.parametrize("argv", [("org", "show", ODD_USCC, "--as", "officer"),
                                  ("entity", "history", ODD_USCC, "--as", "auditor"),
                                  ("app", "show", "5", "--as", "officer"),
                                  ("app", "list", "--as", "officer")])
def test_stored_text_that_looks_like_markup_is_printed_as_written(check: World, argv: tuple[str, ...]) -> None:
    """The output console read stored names and titles as Rich markup: ``[/]`` raised MarkupError,
    ``[red]`` coloured the rest of the line, ``:smile:`` became an emoji."""
    outcome = check.check(list(argv))
    assert not outcome.problems and outcome.code == 0, outcome.problems
    assert "[/]" in outcome.out and ("[/]恶意[red]单位:smile:" in outcome.out or "[/]draft项目:thumbs_up:" in outcome.out)
    assert "😄" not in outcome.out and "👍" not in outcome.out


def test_an_unknown_acting_user_is_bad_input_with_the_nearest_name(check: World) -> None:
    code, err = _run(check, "app", "list", "--as", "officr")
    assert code == 2 and "用户「officr」不存在（是不是「officer」？" in err
    code, err = _run(check, "app", "list", "--as", "nobody_at_all")
    assert code == 2 and "`subsidy user list`" in err


def test_a_bare_subsidy_prints_the_help_and_exits_0(check: World) -> None:
    code, err = _run(check)
    assert code == 0 and err == ""


@pytest.mark.parametrize(("option", "name", "problem"), [("--xlsx", ".", "是目录，不是文件"),
                                                         ("--csv", "x" * 300 + ".csv", "文件名过长"),
                                                         ("--csv", "support.csv/x.csv", "路径中有一段是文件")])
def test_an_export_path_that_cannot_be_written(check: World, option: str, name: str, problem: str) -> None:
    """``fund position --xlsx/--csv`` and ``entity history --xlsx`` wrote unguarded: OSError."""
    code, err = _run(check, "fund", "position", "--as", "finance", option, name)
    assert code == 2 and problem in err and option in err
    code, err = _run(check, "entity", "history", ODD_USCC, "--as", "auditor", "--xlsx", ".")
    assert code == 2 and "是目录，不是文件" in err


def test_a_business_date_in_a_year_without_a_holiday_calendar(check: World) -> None:
    """``app show --today 2027-06-30`` counted working days past the known calendar: the calendar's
    error (a ValueError) escaped as a traceback; it is a refusal that says what to record."""
    code, err = _run(check, "app", "show", "2", "--as", "admin", "--json", "--today", "2027-06-30")
    assert code == 3 and "2027 年的放假安排尚未收录" in err and "calendars/2027.yaml" in err


def test_a_database_never_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command on a database never migrated (a new file, a mistyped URL) failed with a traceback
    on the first missing table; it is bad input that says to run ``subsidy db upgrade``."""
    from hostile_cli import run_one

    url = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)
    outcome = run_one(url, ["org", "show", ODD_USCC, "--as", "officer"])
    assert outcome.error is None and outcome.code == 2, outcome.error
    assert outcome.err.startswith("错误：") and "尚未建立" in outcome.err and "subsidy db upgrade" in outcome.err
