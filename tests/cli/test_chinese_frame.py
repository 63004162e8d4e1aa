"""The framework's own words are Chinese: the help frame and every kind of usage error, exit 2."""

from __future__ import annotations

import pytest

from cli_support import run_cli
from subsidy.cli.chinese import usage_error


def test_the_help_frame_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run_cli(capsys, "assess", "--help")
    assert code == 0
    for word in ("用法：subsidy assess [选项]", "参数", "选项", "[必填]", "显示本帮助并退出。"):
        assert word in text, word
    for english in ("Usage:", "Arguments", "Options", "[OPTIONS]", "[required]", "Show this message"):
        assert english not in text, english
    code, text = run_cli(capsys, "--help")
    assert code == 0 and "命令" in text and "Commands" not in text
    assert "用法：subsidy [选项] 命令 [参数]..." in text and "COMMAND" not in text


@pytest.mark.parametrize(("args", "needle"), [
    (("assess", "--bogus", "x"), "没有选项 --bogus"),
    (("asess",), "没有命令「asess」（您是不是要用 'assess'？）"),
    (("assess",), "缺少 案例文件（YAML 或 JSON）（CASE_FILE）"),
    (("pay", "--run", "--as", "finance", "--today"), "选项 --today 需要一个值"),
    (("app", "show", "abc", "--as", "x"), "的值无效：应为整数"),
    (("policies", "extra"), "多余的参数：extra"),
])
def test_usage_errors_are_chinese_with_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                              needle: str) -> None:
    code, text = run_cli(capsys, *args)
    assert code == 2
    assert text.startswith("错误：") and needle in text, text
    assert not any(w in text for w in ("No such", "Missing", "Invalid value", "Usage:", "Try '")), text


def test_an_unknown_message_passes_through_unchanged() -> None:
    assert usage_error("something new") == "something new"


def test_no_help_is_cut_at_80_columns(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Chinese help has no spaces to break at: it wraps, it is never cut with ``…``."""
    import re

    from subsidy.cli import _command, load_commands

    load_commands([])
    monkeypatch.setenv("COLUMNS", "80")
    root = _command(True)
    paths = [(name, sub) for name, cmd in root.commands.items()  # type: ignore[attr-defined]
             for sub in (getattr(cmd, "commands", None) or {None: None})]
    assert len(paths) > 60
    for name, sub in [(None, None), *paths]:  # the root's list of commands, and every command's help
        code, text = run_cli(capsys, *([name] if name else []), *([sub] if sub else []), "--help")
        assert code == 0 and "用法：" in text, (name, sub)
        assert max(len(line) for line in text.splitlines()) <= 80, (name, sub)
        assert not re.search("(?<!…)…(?!…)", text), (name, sub, text)
