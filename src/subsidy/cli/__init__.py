"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes (the table for operators: docs/operator-guide.md): 0 success, and a bare ``subsidy`` (it prints
the help); 1 a check failed; 2 bad input (the message names the field or file:line; a record number, code
or ``--as`` user that does not exist, errors.NotFound);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here, and so
are the database's refusals that a concurrent writer or an out-of-range number can cause (a duplicate
row written by another process at the same moment, a lock or serialisation conflict: exit 3; a number
beyond the database's integers: exit 2). The transaction was rolled back: nothing was changed.
"""

from __future__ import annotations

import functools
import importlib
import sys
from typing import TYPE_CHECKING, Any

from subsidy.errors import CaseInputError, DomainRefusal, SubsidyError

if TYPE_CHECKING:
    from typer import _click as click

__all__ = ["RULES_COMMANDS", "app", "load_commands", "main", "say_error"]


def __getattr__(name: str) -> Any:
    """``subsidy.cli.app`` (the Typer application) is imported when first asked for: a plain rules
    command line runs without Typer (cli/fast.py)."""
    if name == "app":
        return _bind_app()
    raise AttributeError(name)


def _bind_app() -> Any:
    """Import the Typer application and make ``subsidy.cli.app`` name it (importing the module
    ``subsidy.cli.app`` binds the package attribute to the module; this puts the application back)."""
    from subsidy.cli.app import app

    globals()["app"] = app
    return app

# The commands of cli/rules.py need no database: they start without importing SQLAlchemy or NumPy.
RULES_COMMANDS = frozenset({"policies", "show", "assess", "check", "draft", "simulate"})
_DATABASE_MODULES = ("admin", "decisions", "demo", "intake", "money", "listing", "matching", "accounts",  # each
                     "serve")  # registers its commands


def load_commands(argv: list[str]) -> bool:
    """Register the commands ``argv`` may need: the rules commands alone when it names one of them,
    every command otherwise (help, the administrative commands). True when every command is loaded."""
    importlib.import_module("subsidy.cli.rules")
    importlib.import_module("subsidy.cli.draft")
    importlib.import_module("subsidy.cli.simulate")
    _bind_app()
    first = next((a for a in argv if not a.startswith("-")), None)
    if first in RULES_COMMANDS:
        return False
    for name in _DATABASE_MODULES:
        importlib.import_module(f"subsidy.cli.{name}")
    return True


@functools.cache
def _command(every: bool) -> click.Command:
    """The click command of the app as loaded, built once per process (building it takes ~0.2 s)."""
    import typer.main

    from subsidy.cli.app import app

    return typer.main.get_command(app)


def _operator() -> str:
    """The account on the server that runs the command (recorded beside the ``--as`` user)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name and no passwd entry
        return "unknown"


_CONFLICT_SQLSTATES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


def database_refusal(exc: BaseException) -> SubsidyError | None:
    """The refusal a database error means for the user, or ``None`` if it is not one of those."""
    from sqlalchemy.exc import DataError, IntegrityError, OperationalError

    if isinstance(exc, IntegrityError):
        return DomainRefusal("与同时进行的另一项操作冲突：该记录已由另一项操作写入，本次未作任何更改"
                             "（请查看当前状态；如仍需要，重新执行）", "conflict")
    if isinstance(exc, OperationalError):
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        if code in _CONFLICT_SQLSTATES or "database is locked" in str(exc.orig):
            return DomainRefusal("数据库正被另一项操作占用或与之冲突，本次未作任何更改（请重新执行）", "conflict")
    if isinstance(exc, DataError | OverflowError):
        from subsidy.money import MAX_FEN, format_fen

        return CaseInputError("编号或金额", "数值超出可记录的范围",
                              f"编号写实际存在的编号，金额最多 {format_fen(MAX_FEN, '亿元')}")
    return None


def say_error(message: str) -> None:
    """An error for the user, on standard error: 错误：message (the message is text, never markup)."""
    from subsidy.plaintext import err, styled

    err.print(styled("错误", "red"), "：", message)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
    args = sys.argv[1:] if argv is None else argv
    if not args:  # a bare `subsidy`: its help, as `subsidy --help` (exit 0)
        args = argv = ["--help"]
    if args and args[0] in RULES_COMMANDS:
        from subsidy.cli.fast import run

        code = run(list(args))
        if code is not None:
            sys.exit(code)
    every = load_commands(args)
    if not every:  # a rules command: no database, no audit record
        _main(argv, every)
        return
    from subsidy.services.audit import CHANNEL

    token = CHANNEL.set({"channel": "cli", "operator": _operator()})
    try:
        _main(argv, every)
    finally:
        CHANNEL.reset(token)


def _main(argv: list[str] | None, every: bool) -> None:
    import typer
    from typer._click.exceptions import ClickException, MissingParameter

    try:
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it.
        code = _command(every).main(args=argv, prog_name="subsidy", standalone_mode=False)
    except SubsidyError as exc:  # the message quotes what the user wrote: never read as markup
        say_error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        from subsidy.plaintext import err, styled

        err.print(styled("已取消", "red"))
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
        say_error(f"缺少 {name}（处理办法：{hint}；`--help` 查看用法）")
        sys.exit(2)
    except ClickException as exc:  # usage errors: unknown option, invalid value, extra argument
        from subsidy.cli.chinese import usage_error

        say_error(usage_error(exc.format_message()))
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            from subsidy.plaintext import err

            err.print(f"用 `{ctx.command_path} --help` 查看用法。")
        sys.exit(2)
    except Exception as exc:
        refusal = database_refusal(exc)
        if refusal is None:
            raise
        say_error(str(refusal))
        sys.exit(refusal.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
