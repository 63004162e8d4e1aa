"""Every shipped policy, and the synthetic every-idiom policy, compiles to exactly the plan it compiled
to before the YAML reading moved into the idiom classes: the policy as read and the plan's idiom nodes,
compared with tests/rules/fixtures/plans.json (made with main's code by tests/rules/plan_dump.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.rules.plan_dump import DIRECTORIES, dump_directory

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "plans.json"
EXPECTED = json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_the_fixture_covers_every_policy() -> None:
    assert sorted(EXPECTED) == sorted(d.name for d in DIRECTORIES)
    assert len(DIRECTORIES) >= 4


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda d: d.name)
def test_policy_compiles_to_the_same_plan(directory: Path) -> None:
    got = json.loads(json.dumps(dump_directory(directory), ensure_ascii=False))
    want = EXPECTED[directory.name]
    assert got["policy"] == want["policy"]
    assert got["plan"] == want["plan"]


def test_the_dump_sees_a_change() -> None:
    """The comparison is not vacuous: a policy with one figure changed dumps differently."""
    import dataclasses

    from tests.rules.plan_dump import dump_value

    from subsidy.rules import model as m
    from subsidy.rules.parse import load_policy

    policy = load_policy(DIRECTORIES[0])
    clause = policy.clauses[0]
    changed = dataclasses.replace(policy, clauses=(dataclasses.replace(clause, amount=m.Manual("x")),
                                                   *policy.clauses[1:]))
    assert dump_value(changed) != dump_value(policy)
