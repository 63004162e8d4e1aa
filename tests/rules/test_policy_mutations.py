"""Hostile policy files: mutants of the shipped policies never crash or hang the loader, are refused
when they must be, and the refusal names the file and line that was damaged.

The mutations are bench/fuzz_policies.py's (keys deleted, renamed, duplicated, mis-indented; wrong
types; negative, zero and huge figures; empty or altered quotes; broken YAML; anchors and aliases;
bytes that are not UTF-8; deep nesting), drawn here by hypothesis and bounded; the script runs
thousands of them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


def _load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_policies", ROOT / "bench" / "fuzz_policies.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_policies"] = module
    spec.loader.exec_module(module)
    return module


fp = _load_harness()


@pytest.fixture(scope="module")
def workspace() -> Iterator[Any]:
    ws = fp.Workspace()
    yield ws
    ws.close()


BASES = fp.bases()  # module-level, not a fixture: hypothesis would print it with every failure


def _check(ws: Any, m: Any) -> None:
    o = ws.run(m)  # loads, and runs the cases when the mutant loads
    assert o.status != "traceback", f"{m.kind} in {m.policy}/{m.file}: {o.exception!r}"
    assert not fp.invalid_accepted(o), f"{m.kind} in {m.policy}/{m.file} (line {m.line}) was accepted"
    if o.error is not None:
        assert o.error.line > 0, str(o.error)
        assert o.error.hint, str(o.error)
        if m.line is not None:
            assert Path(o.error.path).name == Path(m.file).name, str(o.error)
            # A block indented deeper is reported at its line or where the next line no longer fits (one
            # indented too little has no line the harness can tell: bench/fuzz_policies.m_misindent).
            allowed = {m.line, m.line + 1} if m.kind == "misindent" else {m.line}
            assert o.error.line in allowed, f"{m.kind}: expected line {m.line}: {o.error}"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_policy_is_refused_cleanly_at_the_damaged_line(workspace: Any, data: st.DataObject) -> None:
    m = fp.mutant(BASES, lambda n: data.draw(st.integers(0, n - 1)))
    _check(workspace, m)


@pytest.mark.parametrize("kind", sorted(fp.MUTATIONS))
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_each_kind_of_damage(workspace: Any, kind: str, data: st.DataObject) -> None:
    def choose(n: int) -> int:
        return data.draw(st.integers(0, n - 1))

    candidates = [b for b in BASES if b.file.endswith(".yaml") or kind == "encoding"]
    for _ in range(200):
        b = candidates[choose(len(candidates))]
        res = fp.MUTATIONS[kind](b, choose)
        if res is not None:
            break
    else:
        return
    raw, must, line = res
    _check(workspace, fp.Mutant(b.policy, b.file, kind, raw if isinstance(raw, bytes) else raw.encode(), must, line))


def test_the_long_run_reports_its_counts() -> None:
    counts = fp.run(12, seed=1)
    assert counts["mutants"] == 12
    assert counts["tracebacks"] == counts["invalid_accepted"] == counts["errors_without_line"] == 0
    assert counts["refused"] + counts["accepted"] == 12
