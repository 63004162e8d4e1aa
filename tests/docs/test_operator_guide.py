"""docs/operator-guide.md is followed start to finish: every ```bash block runs, in order, against a
fresh database in a directory of its own, and every output the guide shows is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_support import ROOT, blocks, run_block

GUIDE = ROOT / "docs" / "operator-guide.md"


def test_the_operator_guide_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUBSIDY_USER", raising=False)
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", f"sqlite:///{tmp_path / 'unused.sqlite3'}")  # the guide sets its own
    found = [b for b in blocks(GUIDE) if b.lang == "bash"]
    assert len(found) > 20 and all(b.expected for b in found[:3])
    for block in found:
        run_block(block, tmp_path)
    assert (tmp_path / "guide.sqlite3").exists() and (tmp_path / "资金状况.csv").exists()
