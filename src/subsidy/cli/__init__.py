"""The ``subsidy`` command. Output for people is Chinese; ``--json`` is the stable contract.

Exit codes: 0 success; 1 a check failed; 2 bad input (the message names the field or file:line);
3 an action refused by the rules of the administration (wrong state, wrong role, over budget ...).
Every :class:`SubsidyError` is turned into a message and its exit code here, and only here, and so
are the database's refusals that a concurrent writer or an out-of-range number can cause (a duplicate
row written by another process at the same moment, a lock or serialisation conflict: exit 3; a number
beyond the database's integers: exit 2). The transaction was rolled back: nothing was changed.
"""

from __future__ import annotations

import sys

import typer
from typer._click.exceptions import ClickException

from subsidy.cli import admin as _admin  # noqa: F401
from subsidy.cli import decisions as _decisions  # noqa: F401
from subsidy.cli import demo as _demo  # noqa: F401
from subsidy.cli import intake as _intake  # noqa: F401
from subsidy.cli import money as _money  # noqa: F401
from subsidy.cli import rules as _rules  # noqa: F401  (registers commands)
from subsidy.cli.app import app, err
from subsidy.errors import CaseInputError, DomainRefusal, SubsidyError

__all__ = ["app", "main"]


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


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (``argv`` defaults to the process arguments); always ends with SystemExit."""
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
    except Exception as exc:
        refusal = database_refusal(exc)
        if refusal is None:
            raise
        err.print(f"[red]错误[/red]：{refusal}")
        sys.exit(refusal.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
