"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes: 0 success; 1 a check failed; 2 bad input (the message names the field or file:line);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here, and so
are the database's refusals that a concurrent writer or an out-of-range number can cause (a duplicate
row written by another process at the same moment, a lock or serialisation conflict: exit 3; a number
beyond the database's integers: exit 2). The transaction was rolled back: nothing was changed.
"""

from __future__ import annotations

import importlib
import sys

import typer
from typer._click.exceptions import ClickException

from subsidy.cli.app import app, err
from subsidy.errors import CaseInputError, DomainRefusal, SubsidyError

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

        return CaseInputError("参数", "数值超出可处理的范围", f"检查编号与金额（金额最多 {format_fen(MAX_FEN, '亿元')}）")
    return None


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
    load_commands(sys.argv[1:] if argv is None else argv)
    try:
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it.
        code = app(args=argv, prog_name="subsidy", standalone_mode=False)
    except SubsidyError as exc:
        err.print(f"[red]错误[/red]：{exc}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("[red]已取消[/red]")
        sys.exit(1)
    except ClickException as exc:  # usage errors: unknown option, missing argument, invalid value
        from subsidy.cli.chinese import usage_error

        err.print(f"[red]错误[/red]：{usage_error(exc.format_message())}", markup=True, highlight=False)
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            err.print(f"用 `{ctx.command_path} --help` 查看用法。", markup=False)
        sys.exit(2)
    except Exception as exc:
        refusal = database_refusal(exc)
        if refusal is None:
            raise
        err.print(f"[red]错误[/red]：{refusal}")
        sys.exit(refusal.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
