"""Benefits in kind and 就高 groups in `subsidy assess` (issue 13, stack13): the text output shows a voucher as
what it is and its total apart from cash; the JSON adds ``benefit`` and ``stacked.in_kind_total``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_support import run_cli

EVERY = Path(__file__).resolve().parents[1] / "rules" / "every_idiom"
CASE = EVERY / "cases" / "41-highest-groups-in-kind.yaml"


def test_the_text_shows_vouchers_as_what_they_are_and_their_total_apart(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run_cli(capsys, "assess", str(CASE), "--policy", str(EVERY))
    assert code == 0, text
    flat = text.replace("\n", "")
    assert "本条给予算力券（券，非现金），按价值计：算力券（价值50万元）" in flat
    assert "非现金支持（算力券、免收场地租金）合计价值 70万元，与资金分开计算；资金合计 5万元" in flat
    assert "非现金支持合计（算力券等，按价值，另计）：70万元" in flat
    assert flat.count("[第四十五条 就高]") == 2  # one 就高 step per group


def test_the_json_has_the_benefit_and_the_in_kind_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(capsys, "assess", str(CASE), "--policy", str(EVERY), "--json")
    assert code == 0, out
    doc = json.loads(out)
    by_id = {c["id"]: c for c in doc["clauses"]}
    assert by_id["compute-voucher"]["benefit"] == {"type": "voucher", "type_label": "券", "name": "算力券"}
    assert by_id["settle-cash"]["benefit"] is None
    assert doc["stacked"]["total"] == "50000.00" and doc["stacked"]["in_kind_total"] == "700000.00"
    kinds = [s["kind"] for s in doc["stacked"]["steps"]]
    assert kinds.count("highest") == 2 and "in_kind" in kinds
