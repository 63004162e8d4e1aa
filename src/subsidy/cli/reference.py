"""The CLI reference, docs/cli-reference.md, generated from the commands' own ``--help``.

    python -m subsidy.cli.reference > docs/cli-reference.md

The text is deterministic: a fixed width, no colour, trailing spaces removed, commands in the order
``subsidy --help`` lists them; the help wraps as every help does (cli/chinese.py: never inside an option
name or another identifier). tests/docs/test_cli_reference.py fails when the file has drifted.
"""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout, suppress

from typer import _click as click
from typer.core import TyperGroup

__all__ = ["REGENERATE", "WIDTH", "command_paths", "render", "root_command"]

WIDTH = 100
REGENERATE = "PYTHONPATH=src python -m subsidy.cli.reference > docs/cli-reference.md"


def root_command() -> click.Command:
    """``subsidy`` with every command loaded."""
    from subsidy.cli import _command, load_commands

    load_commands([])
    return _command(True)


def command_paths(command: click.Command | None = None, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path, the root first, depth first in the order the help lists them."""
    command = root_command() if command is None else command
    paths = [prefix]
    if isinstance(command, TyperGroup):
        ctx = click.Context(command, info_name="subsidy")
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                paths += command_paths(sub, (*prefix, name))
    return paths


def _help(path: tuple[str, ...]) -> str:
    from subsidy.cli import main

    buffer = io.StringIO()
    with redirect_stdout(buffer), redirect_stderr(buffer), suppress(SystemExit):
        main([*path, "--help"])
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip("\n")


def render() -> str:
    """The whole reference as Markdown."""
    from typer import rich_utils

    saved = rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM
    # a fixed width and no colour, whatever the terminal or the CI says
    rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM = WIDTH, False, None
    try:
        parts = ["# `subsidy` 命令参考（CLI reference）", "",
                 "Generated from the commands' own `--help`; do not edit by hand. Regenerate with",
                 "", f"    {REGENERATE}", "",
                 "(`tests/docs/test_cli_reference.py` fails when this file and the commands differ.)", ""]
        for path in command_paths():
            parts += [f"## {' '.join(('subsidy', *path))}", "", "```text", _help(path), "```", ""]
    finally:
        rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM = saved
    return "\n".join(parts)

if __name__ == "__main__":
    sys.stdout.write(render())
