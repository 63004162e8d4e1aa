"""Hostile case files (tests/fuzz_strategies.py), bounded: no traceback, no invalid input accepted, no
valid re-spelling that changes the outcome. ``bench/fuzz.py`` runs the same generator for 100,000+ files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fuzz_strategies import Fuzzed, Judge, hostile_cases, injected_cases
from subsidy.cli import main


@pytest.fixture(scope="module")
def judge(tmp_path_factory: pytest.TempPathFactory) -> Judge:
    return Judge(tmp_path_factory.mktemp("fuzz"))


@settings(max_examples=200, deadline=None)
@given(f=hostile_cases())
def test_hostile_case_files_are_refused_cleanly(judge: Judge, f: Fuzzed) -> None:
    outcome = judge.run(f)
    assert judge.problem(f, outcome) is None, (f.kind, f.content[:2000], outcome.detail)


@settings(max_examples=150, deadline=None)
@given(f=injected_cases())
def test_any_json_value_in_any_field_is_read_or_refused_cleanly(judge: Judge, f: Fuzzed) -> None:
    outcome = judge.run(f)
    assert judge.problem(f, outcome) is None, (f.kind, f.content[:2000], outcome.detail)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=st.one_of(hostile_cases(), injected_cases()), as_json=st.booleans())
def test_hostile_case_files_through_the_cli(judge: Judge, capsys: pytest.CaptureFixture[str], f: Fuzzed,
                                            as_json: bool) -> None:
    """The whole command, printing included (a message quoting ``[/bold]`` is text, not markup)."""
    path = judge.tmp / f"cli{f.suffix}"
    path.write_bytes(f.content)
    with pytest.raises(SystemExit) as exc:
        main(["assess", str(path), *(["--json"] if as_json else [])])
    output = capsys.readouterr()
    assert exc.value.code in (0, 2, None), (f.kind, output.err[-2000:])
    assert "Traceback" not in output.err
