"""The Typer application and its consoles (cli/consoles.py), shared by every command module."""

from __future__ import annotations

import typer

from subsidy.cli.chinese import localise
from subsidy.cli.consoles import err, out

__all__ = ["app", "err", "out"]

localise()  # the help frame (用法, 参数, 选项, 命令, [必填]) in Chinese, before any command is built

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="产业扶持政策：精确、可引用、可解释的规则与资金管理。")
