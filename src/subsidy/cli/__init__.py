"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes: 0 success; 1 a check failed; 2 bad input (the message names the field or file:line);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here.
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape
from typer._click.exceptions import ClickException

from subsidy.cli import admin as _admin  # noqa: F401
from subsidy.cli import decisions as _decisions  # noqa: F401
from subsidy.cli import demo as _demo  # noqa: F401
from subsidy.cli import intake as _intake  # noqa: F401
from subsidy.cli import money as _money  # noqa: F401
from subsidy.cli import rules as _rules  # noqa: F401  (registers commands)
from subsidy.cli.app import app, err
from subsidy.errors import SubsidyError

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
    try:
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it.
        code = app(args=argv, standalone_mode=False)
    except SubsidyError as exc:
        err.print(f"[red]错误[/red]：{escape(str(exc))}")  # the message may quote input: never markup
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("[red]已取消[/red]")
        sys.exit(1)
    except ClickException as exc:  # usage errors: unknown option, missing argument
        exc.show()
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
