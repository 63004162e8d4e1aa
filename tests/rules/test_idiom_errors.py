"""Each idiom's refusals are word for word what they were before the idioms read their own YAML: one
damaged copy of the every-idiom policy per check (tests/rules/idiom_errors.py), its message (file, line,
clause, problem, hint) compared with tests/rules/fixtures/idiom_errors.json, made with main's code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.rules.idiom_errors import EDITS, outcome

EXPECTED = json.loads((Path(__file__).resolve().parent / "fixtures" / "idiom_errors.json").read_text(encoding="utf-8"))


def test_every_edit_has_its_expected_refusal() -> None:
    assert [name for name, *_ in EDITS] == list(EXPECTED)
    assert all(v != "loaded" for v in EXPECTED.values())


@pytest.mark.parametrize(("name", "file", "old", "new"), EDITS, ids=[e[0] for e in EDITS])
def test_the_refusal_is_unchanged(name: str, file: str, old: str, new: str) -> None:
    assert outcome(name, file, old, new) == EXPECTED[name]
