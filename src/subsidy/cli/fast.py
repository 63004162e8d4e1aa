"""Start-up of the rules commands: a plain command line (``subsidy assess CASE --json``, ``subsidy
show POLICY``, ``subsidy policies``, ``subsidy check DIR``) runs cli/rules_run.py's functions straight
from ``sys.argv``, without importing Typer, Click or Pydantic (about half the start-up time). Anything
else — help, an unknown or repeated option, a missing or extra argument — returns ``None`` and goes
through Typer as before, so help and usage errors are Typer's, word for word; the commands' own output
and error messages are the same functions' either way."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["run"]

# command → (arguments in order, options taking a value → parameter, flags → parameter)
_SHAPES: dict[str, tuple[tuple[str, ...], dict[str, str], dict[str, str]]] = {
    "policies": ((), {"--as-of": "as_of"}, {"--json": "as_json"}),
    "show": (("target",), {}, {"--json": "as_json", "--template": "template"}),
    "assess": (("case_file",), {"--policy": "policy", "--clause": "clause", "--as-of": "as_of",
                                "--effective-from": "effective_from"}, {"--json": "as_json"}),
    "check": (("policy_dir",), {}, {}),
}


def _parse(command: str, args: list[str]) -> dict[str, Any] | None:
    """The parameters of a plain command line, or ``None`` for anything Typer should read."""
    positional, valued, flags = _SHAPES[command]
    found: dict[str, Any] = {}
    rest: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        name, eq, value = a.partition("=")
        if a in flags and flags[a] not in found:
            found[flags[a]] = True
        elif name in valued and valued[name] not in found:
            if eq:
                found[valued[name]] = value
            elif i + 1 < len(args) and not args[i + 1].startswith("-"):
                i += 1
                found[valued[name]] = args[i]
            else:
                return None
        elif a.startswith("-") or a == "":
            return None  # help, an unknown option, ``--``: Typer's
        else:
            rest.append(a)
        i += 1
    if len(rest) != len(positional):
        return None
    found.update(zip(positional, rest, strict=True))
    return found


def run(argv: list[str]) -> int | None:
    """Run a plain rules command line; its exit code, or ``None`` when Typer must read it."""
    if not argv or argv[0] not in _SHAPES or any("\x00" in a for a in argv):
        return None
    params = _parse(argv[0], argv[1:])
    if params is None:
        return None
    from subsidy.cli import rules_run
    from subsidy.errors import SubsidyError

    commands: dict[str, Callable[..., int | None]] = {
        "policies": rules_run.policies, "show": rules_run.show, "check": rules_run.check,
        "assess": rules_run.assess_case}
    for key in ("case_file", "policy_dir"):
        if key in params:
            params[key] = Path(params[key])
    try:
        return commands[argv[0]](**params) or 0
    except SubsidyError as exc:  # as cli/__init__.py says it
        from subsidy.cli import say_error

        say_error(str(exc))
        return exc.exit_code
    finally:
        sys.stdout.flush()
