"""docs/cli-reference.md is the commands' own --help: it fails when the two have drifted apart."""

from __future__ import annotations

import difflib

from doc_support import ROOT

from subsidy.cli.reference import REGENERATE, command_paths, render

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
