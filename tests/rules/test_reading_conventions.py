"""The project carries its own reading conventions: interpretation notes cite “解读约定第N条” of
docs/reading-conventions.md, and nothing points at a document outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONVENTIONS = ROOT / "docs" / "reading-conventions.md"


def _conventions() -> set[int]:
    return {int(m) for m in re.findall(r"^(\d+)\. \*\*", CONVENTIONS.read_text(encoding="utf-8"), re.M)}


def _policy_and_doc_files() -> list[Path]:
    return [*ROOT.glob("policies/*/clauses/*.yaml"), *ROOT.glob("policies/*/policy.yaml"), *ROOT.glob("docs/*.md")]


def test_every_citation_of_a_convention_names_one_that_exists() -> None:
    known = _conventions()
    assert known == set(range(1, len(known) + 1)) and len(known) >= 17
    cited = {(path.name, int(n)) for path in _policy_and_doc_files()
             for n in re.findall(r"解读约定第(\d+)条", path.read_text(encoding="utf-8"))}
    assert cited, "no interpretation note cites the conventions"
    assert {(name, n) for name, n in cited if n not in known} == set()


def test_no_interpretation_points_outside_the_repository() -> None:
    outside = [path.name for path in _policy_and_doc_files() if re.search(r"\bDOMAIN\b|\.\./shared", path.read_text(encoding="utf-8"))]
    assert outside == []
