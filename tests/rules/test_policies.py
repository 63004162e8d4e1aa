"""Every shipped policy passes `subsidy check`: the suite calls the same function (rules/check.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from subsidy.rules.check import case_files, check_case, policy_problems
from subsidy.rules.registry import list_policy_dirs, load_cached

POLICY_DIRS = list_policy_dirs()
ALL_CASES = [(d, c) for d in POLICY_DIRS for c in case_files(load_cached(d))]


def test_the_seeds_and_tianhe_are_shipped() -> None:
    ids = {load_cached(d).id for d in POLICY_DIRS}
    assert {"cn-bj-chaoyang-smart-eldercare", "cn-sz-baoan-ai-health", "cn-gz-tianhe-hk-macao-youth"} <= ids


@pytest.mark.parametrize("directory", POLICY_DIRS, ids=lambda d: d.name)
def test_policy_rules(directory: Path) -> None:
    """Quotes verbatim, every amount quoted, three decided cases per clause (yes and no)."""
    problems = policy_problems(load_cached(directory))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("directory", "path"), ALL_CASES, ids=lambda x: x.name if isinstance(x, Path) else "")
def test_policy_case(directory: Path, path: Path) -> None:
    """The case's expectations hold, and both paths (assess, evaluate_table) give the same figures."""
    outcome = check_case(load_cached(directory), path)
    assert outcome.ok, f"{path.name}: " + "\n".join(outcome.failures)
