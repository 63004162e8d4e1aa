"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes: 0 success; 1 a check failed; 2 bad input (the message names the field or file:line);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here.
"""

from __future__ import annotations

import functools
import sys

import typer
import typer.main
from typer import _click as click
from typer._click.exceptions import ClickException, MissingParameter

from subsidy.cli import admin as _admin  # noqa: F401
from subsidy.cli import decisions as _decisions  # noqa: F401
from subsidy.cli import demo as _demo  # noqa: F401
from subsidy.cli import intake as _intake  # noqa: F401
from subsidy.cli import money as _money  # noqa: F401
from subsidy.cli import rules as _rules  # noqa: F401  (registers commands)
from subsidy.cli.app import app, err
from subsidy.errors import SubsidyError
from subsidy.services.audit import CHANNEL

__all__ = ["app", "main"]


@functools.cache
def _command() -> click.Command:
    """The click command of the whole app, built once per process (building it takes ~0.2 s)."""
    return typer.main.get_command(app)


def _operator() -> str:
    """The account on the server that runs the command (recorded beside the ``--as`` user)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name and no passwd entry
        return "unknown"


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
    token = CHANNEL.set({"channel": "cli", "operator": _operator()})
    try:
        _main(argv)
    finally:
        CHANNEL.reset(token)


def _main(argv: list[str] | None) -> None:
    try:
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it.
        code = _command().main(args=argv, standalone_mode=False)
    except SubsidyError as exc:
        err.print(f"[red]错误[/red]：{exc}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("[red]已取消[/red]")
        sys.exit(1)
    except MissingParameter as exc:  # in Chinese, and for --as what to write
        param = exc.param
        if param is None:
            name = "参数"
        elif param.param_type_name == "argument":
            label = getattr(param, "help", None)
            name = f"{label}（{(param.name or '').upper()}）" if label else (param.name or "参数").upper()
        else:
            name = "/".join(param.opts)
        hint = "用 --as 用户名 指定执行操作的用户，或设置环境变量 SUBSIDY_USER" if name == "--as" else "按用法补上"
        err.print(f"[red]错误[/red]：缺少 {name}（处理办法：{hint}；`--help` 查看用法）")
        sys.exit(2)
    except ClickException as exc:  # usage errors: unknown option, missing argument
        exc.show()
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
