"""Every shipped policy: loads, quotes every figure of its source, and passes its own cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from subsidy.rules.case import load_case_file
from subsidy.rules.check import case_files, check_case
from subsidy.rules.coverage import uncovered_amounts
from subsidy.rules.model import Policy
from subsidy.rules.registry import list_policy_dirs, load_cached

POLICY_DIRS = list_policy_dirs()
ALL_CASES = [(d, c) for d in POLICY_DIRS for c in case_files(load_cached(d))]


def test_the_seeds_and_tianhe_are_shipped() -> None:
    ids = {load_cached(d).id for d in POLICY_DIRS}
    assert {"cn-bj-chaoyang-smart-eldercare", "cn-sz-baoan-ai-health", "cn-gz-tianhe-hk-macao-youth"} <= ids


@pytest.mark.parametrize("directory", POLICY_DIRS, ids=lambda d: d.name)
def test_every_amount_in_the_source_is_quoted(directory: Path) -> None:
    policy = load_cached(directory)
    missing = uncovered_amounts(policy)
    assert not missing, "\n".join(f"{u.line}: {u.token} … {u.context}" for u in missing)


@pytest.mark.parametrize("directory", POLICY_DIRS, ids=lambda d: d.name)
def test_every_quote_occurs_verbatim(directory: Path) -> None:
    policy = load_cached(directory)
    for clause in policy.clauses:
        for q in clause.quotes:
            assert q in policy.source_text, f"{clause.cite}: {q}"


@pytest.mark.parametrize(("directory", "path"), ALL_CASES, ids=lambda x: x.name if isinstance(x, Path) else "")
def test_policy_case(directory: Path, path: Path) -> None:
    outcome = check_case(load_cached(directory), path)
    assert outcome.ok, f"{path.name}: " + "\n".join(outcome.failures)


def _clause_cases(policy: Policy) -> dict[str, list[dict[str, object]]]:
    seen: dict[str, list[dict[str, object]]] = {c.id: [] for c in policy.clauses}
    for path in case_files(policy):
        expect = load_case_file(path).get("expect") or {}
        for cid, want in (expect.get("clauses") or {}).items():
            seen.setdefault(cid, []).append(want)
    return seen


@pytest.mark.parametrize("directory", POLICY_DIRS, ids=lambda d: d.name)
def test_each_monetary_clause_has_three_cases_yes_and_no(directory: Path) -> None:
    policy = load_cached(directory)
    seen = _clause_cases(policy)
    thin = []
    for clause in policy.clauses:
        wants = seen[clause.id]
        decided = [w for w in wants if "eligible" in w]
        has_yes = any(w["eligible"] is True for w in decided)
        has_no = any(w["eligible"] is False for w in decided)
        if len(decided) < 3 or not has_yes or not has_no:
            thin.append(f"{clause.cite}({clause.id}): {len(decided)} cases, yes={has_yes}, no={has_no}")
    assert not thin, "\n".join(thin)
