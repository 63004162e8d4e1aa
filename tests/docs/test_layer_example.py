"""The layered-policy example of docs/policy-format.md ("A policy layered on another": the yaml blocks that start
with ``base:`` and ``overrides:``) loads over its base, in place of the fixture's own files, and passes the
fixture's cases on both paths."""

from __future__ import annotations

import shutil
from pathlib import Path

from doc_support import ROOT, blocks

from subsidy.rules.check import check_policy
from subsidy.rules.parse import load_policy

FIXTURE = ROOT / "tests" / "rules" / "layered" / "cn-gz-example-district-meal-aid"


def test_the_layered_example_loads_over_its_base_and_passes_the_cases(tmp_path: Path) -> None:
    found = [b for b in blocks(ROOT / "docs" / "policy-format.md") if b.lang == "yaml" and not b.fragment]
    [top] = [b for b in found if b.text.startswith("base:")]
    [clauses] = [b for b in found if b.text.startswith("overrides:")]
    d = tmp_path / FIXTURE.name
    (d / "clauses").mkdir(parents=True)
    shutil.copy(FIXTURE / "source.txt", d / "source.txt")
    shutil.copytree(FIXTURE / "cases", d / "cases")
    (d / "policy.yaml").write_text(top.text, encoding="utf-8")
    (d / "clauses" / "d2.yaml").write_text(clauses.text, encoding="utf-8")
    p = load_policy(d)
    assert p.layer is not None and p.layer.base_id == "cn-gz-elderly-meal-aid"
    assert [(c.id, p.layer.standing(c.id)) for c in p.clauses] == [("art26", "overridden"), ("art27", "inherited"),
                                                                  ("d4-aged", "added")]
    done = check_policy(p)
    assert not [o.failures for o in done.cases if not o.ok]
    assert done.cases and all("不在任何引文内" not in x for x in done.problems)
