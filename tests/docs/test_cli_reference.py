"""docs/cli-reference.md is the commands' own --help: it fails when the two have drifted apart."""

from __future__ import annotations

import difflib
import re

from doc_support import ROOT
from typer import _click as click

from subsidy.cli.reference import REGENERATE, command_paths, render, root_command

REFERENCE = ROOT / "docs" / "cli-reference.md"


def test_the_cli_reference_is_the_generated_text() -> None:
    want = render()
    have = REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else ""
    if have != want:
        diff = "".join(difflib.unified_diff(have.splitlines(keepends=True), want.splitlines(keepends=True),
                                            "docs/cli-reference.md", "generated", n=1))
        raise AssertionError(f"docs/cli-reference.md differs from the commands' --help; regenerate it with\n"
                             f"    {REGENERATE}\n{diff[:4000]}")


def test_the_reference_covers_every_command_once() -> None:
    paths = command_paths()
    assert len(paths) == len(set(paths)) and ("pay",) in paths and ("app", "submit") in paths
    text = render()
    assert "\x1b" not in text and all(len(line) <= 200 for line in text.splitlines())
    assert all(f"## {' '.join(('subsidy', *p))}\n" in text for p in paths)


def _option_names(command: click.Command) -> set[str]:
    ctx = click.Context(command, info_name="subsidy")
    names = {o for p in command.get_params(ctx) for o in (*p.opts, *p.secondary_opts) if o.startswith("--")}
    for sub in getattr(command, "commands", {}).values():
        names |= _option_names(sub)
    return names


def test_no_option_name_is_split_across_lines() -> None:
    """Every ``--name`` the reference shows is a whole option name: a line never breaks inside one
    (Rich folded ``--no-demo`` into ``--no-de`` / ``mo``)."""
    names = _option_names(root_command())
    shown = set(re.findall(r"(?<![\w-])--[A-Za-z][\w-]*", render()))
    assert "--no-demo" in shown and shown <= names, sorted(shown - names)
