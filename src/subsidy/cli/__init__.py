"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes: 0 success; 1 a check failed; 2 bad input (the message names the field or file:line);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here.
"""

from __future__ import annotations

import importlib
import sys

import typer
from typer._click.exceptions import ClickException

from subsidy.cli.app import app, err
from subsidy.errors import SubsidyError

__all__ = ["RULES_COMMANDS", "app", "load_commands", "main"]

# The commands of cli/rules.py need no database: they start without importing SQLAlchemy or NumPy.
RULES_COMMANDS = frozenset({"policies", "show", "assess", "check"})
_DATABASE_MODULES = ("admin", "decisions", "demo", "intake", "money")  # each registers its commands


def load_commands(argv: list[str]) -> None:
    """Register the commands ``argv`` may need: the rules commands alone when it names one of them,
    every command otherwise (help, the administrative commands)."""
    importlib.import_module("subsidy.cli.rules")
    first = next((a for a in argv if not a.startswith("-")), None)
    if first not in RULES_COMMANDS:
        for name in _DATABASE_MODULES:
            importlib.import_module(f"subsidy.cli.{name}")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
    load_commands(sys.argv[1:] if argv is None else argv)
    try:
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it.
        code = app(args=argv, standalone_mode=False)
    except SubsidyError as exc:
        err.print(f"[red]错误[/red]：{exc}")
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
