"""The Typer application and its consoles, shared by every command module."""

from __future__ import annotations

import typer

from subsidy.cli.chinese import localise
from subsidy.layout import PeopleConsole

localise()  # the help frame (用法, 参数, 选项, 命令, [必填]) in Chinese, before any command is built

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="产业扶持政策：精确、可引用、可解释的规则与资金管理。")
# What the commands print quotes what users wrote (names, titles, reasons, paths): never read as Rich
# markup. A line that is styled says so (``markup=True``) and escapes the data it interpolates.
out = PeopleConsole(highlight=False, markup=False)
err = PeopleConsole(stderr=True, highlight=False)
