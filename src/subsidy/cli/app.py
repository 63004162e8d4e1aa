"""The Typer application and its consoles, shared by every command module."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="产业扶持政策：精确、可引用、可解释的规则与资金管理。")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
