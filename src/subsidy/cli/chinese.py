"""The command-line framework's own words in Chinese: the help frame (用法, 参数, 选项, 命令, [必填],
the usage line's [选项] and 命令 [参数]...)
and its usage errors (no such option, missing argument, invalid value …).

Typer has no message catalogue, so :func:`localise` sets its help-frame strings and the help
option's text once, before any command runs, and :func:`usage_error` renders a usage error from its
message. A test (tests/cli/test_chinese_frame.py) fails if a newer Typer moves these strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["localise", "usage_error"]

_FRAME = {
    "ARGUMENTS_PANEL_TITLE": "参数",
    "OPTIONS_PANEL_TITLE": "选项",
    "COMMANDS_PANEL_TITLE": "命令",
    "ERRORS_PANEL_TITLE": "错误",
    "REQUIRED_LONG_STRING": "[必填]",
    "DEFAULT_STRING": "[默认：{}]",
    "ENVVAR_STRING": "[环境变量：{}]",
    "DEPRECATED_STRING": "（已停用）",
    "ABORTED_TEXT": "已取消。",
    "RICH_HELP": "用 [blue]'{command_path} {help_option}'[/] 查看帮助。",
}
HELP_TEXT = "显示本帮助并退出。"
USAGE_PREFIX = "用法："

# (pattern of the framework's message, its Chinese form); the first that matches is used.
_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"No such option: (?P<a>\S+)(?: (?:Did you mean |\(Possible options: )(?P<b>.+?)[?)])?$", re.S),
     "没有选项 {a}{maybe_b}"),
    (re.compile(r"No such command (?P<q>['\"])(?P<a>.*?)(?P=q)\.(?: Did you mean (?P<b>.+?)\?)?$", re.S), "没有命令「{a}」{maybe_b}"),
    (re.compile(r"Missing argument '(?P<a>.+?)'\.?$"), "缺少参数 {a}"),
    (re.compile(r"Missing option '(?P<a>.+?)'\.?$"), "缺少选项 {a}"),
    (re.compile(r"Missing parameter: (?P<a>.+)$"), "缺少 {a}"),
    (re.compile(r"Option '(?P<a>.+?)' requires an argument\.?$"), "选项 {a} 需要一个值"),
    (re.compile(r"Option '(?P<a>.+?)' does not take a value\.?$"), "选项 {a} 不带值"),
    (re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<a>.+)\)$"), "多余的参数：{a}"),
    (re.compile(r"Invalid value for (?P<a>.+?): (?P<b>.+)$", re.S), "{a} 的值无效：{b_inner}"),
    (re.compile(r"Invalid value: (?P<b>.+)$", re.S), "值无效：{b_inner}"),
]
_VALUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"'?(?P<v>.*?)'? is not a valid (?:integer|int)(?: range)?\.?$"), "「{v}」不是整数"),
    (re.compile(r"'?(?P<v>.*?)'? is not a valid (?:float|number)\.?$"), "「{v}」不是数字"),
    (re.compile(r"'?(?P<v>.*?)'? is not a valid boolean\.?$"), "「{v}」不是 是/否"),
    (re.compile(r"Value '?(?P<v>.*?)'? is not a valid (?P<t>\w+)\.?$"), "「{v}」不是有效的值"),
    (re.compile(r"Value error, embedded null byte$"), "含有空字符（NUL），不是有效的路径"),
    (re.compile(r"Input should be a valid integer.*$", re.S), "应为整数"),
    (re.compile(r"Input should be a valid (?:number|decimal).*$", re.S), "应为数字"),
    (re.compile(r"Input should be a valid boolean.*$", re.S), "应为 是/否"),
    (re.compile(r"Input should be a valid date.*$", re.S), "应为日期，如 2026-06-01"),
    (re.compile(r"(?:File|Path|Directory) '(?P<v>.+?)' does not exist\.?$"), "文件「{v}」不存在"),
    (re.compile(r"(?:File|Path) '(?P<v>.+?)' is a directory\.?$"), "「{v}」是目录，不是文件"),
]


def _value_text(text: str) -> str:
    for pattern, chinese in _VALUES:
        if (m := pattern.match(text.strip())) is not None:
            return chinese.format(**m.groupdict())
    return text


def usage_error(message: str) -> str:
    """The Chinese sentence for one of the framework's usage-error messages (unknown ones unchanged)."""
    for pattern, chinese in _ERRORS:
        m = pattern.match(message.strip())
        if m is None:
            continue
        parts = m.groupdict()
        b = parts.get("b")
        return chinese.format(a=parts.get("a"), maybe_b=f"（您是不是要用 {b}？）" if b else "",
                              b_inner=_value_text(b or ""))
    return message


def localise() -> None:
    """Put the help frame in Chinese (idempotent)."""
    from typer import rich_utils
    from typer._click import decorators, formatting

    for name, text in _FRAME.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, text)
    original: Callable[..., Any] = getattr(decorators.help_option, "__wrapped_original__", decorators.help_option)

    def help_option(param_decls: list[str]) -> Callable[[Any], Any]:
        add = original(param_decls)

        def apply(command: Any) -> Any:
            command = add(command)
            command.params[-1].help = HELP_TEXT
            return command

        return apply

    help_option.__wrapped_original__ = original  # type: ignore[attr-defined]
    decorators.help_option = help_option
    write_usage = getattr(formatting.HelpFormatter.write_usage, "__wrapped_original__",
                          formatting.HelpFormatter.write_usage)

    def chinese_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, USAGE_PREFIX if prefix is None else prefix)

    chinese_usage.__wrapped_original__ = write_usage  # type: ignore[attr-defined]
    formatting.HelpFormatter.write_usage = chinese_usage  # type: ignore[method-assign]
    _chinese_usage_pieces()
    _wrap_help_text(rich_utils)


_USAGE_PIECES = {"[OPTIONS]": "[选项]", "COMMAND [ARGS]...": "命令 [参数]..."}


def _chinese_usage_pieces() -> None:
    """The usage line's placeholders in Chinese: ``subsidy call [选项] 命令 [参数]...``."""
    from typer._click.core import Command
    from typer.core import TyperGroup

    for cls in (Command, TyperGroup):
        original = cls.__dict__["collect_usage_pieces"]
        original = getattr(original, "__wrapped_original__", original)

        def pieces(self: Any, ctx: Any, _original: Callable[..., list[str]] = original) -> list[str]:
            return [_USAGE_PIECES.get(x, x) for x in _original(self, ctx)]

        pieces.__wrapped_original__ = original  # type: ignore[attr-defined]
        cls.collect_usage_pieces = pieces  # type: ignore[method-assign]


def _wrap_help_text(rich_utils: Any) -> None:
    """A command's help, an option's, and a command's in the list of commands, wraps (Chinese has no
    spaces to break at) instead of being cut with ``…``, keeping identifiers (``--no-demo``,
    ``--template``) whole (subsidy.layout.Prose)."""
    from rich.console import Group
    from rich.text import Text

    from subsidy.layout import Prose

    described = getattr(rich_utils._make_command_help, "__wrapped_original__", rich_utils._make_command_help)

    def command_help(**kwargs: Any) -> Any:
        shown = described(**kwargs)
        return Prose(shown) if isinstance(shown, Text) else shown

    command_help.__wrapped_original__ = described  # type: ignore[attr-defined]
    rich_utils._make_command_help = command_help
    original = getattr(rich_utils._get_parameter_help, "__wrapped_original__", rich_utils._get_parameter_help)

    def parameter_help(**kwargs: Any) -> Any:
        columns = original(**kwargs)
        if hasattr(columns, "renderables"):
            columns.renderables = [Prose(item) if isinstance(item, Text) else item for item in columns.renderables]
        return columns

    parameter_help.__wrapped_original__ = original  # type: ignore[attr-defined]
    rich_utils._get_parameter_help = parameter_help
    paragraphs = getattr(rich_utils._get_help_text, "__wrapped_original__", rich_utils._get_help_text)

    def help_text(**kwargs: Any) -> Group:
        return Group(*(Prose(item) if isinstance(item, Text) else item for item in paragraphs(**kwargs).renderables))

    help_text.__wrapped_original__ = paragraphs  # type: ignore[attr-defined]
    rich_utils._get_help_text = help_text
