"""docs/reference-idioms.md stays current with the two reference policies it describes: the counts it states
are those of the policy directories, every clause or provision id it names exists, and no idiom of an encoded
reference text is left as a workaround (issue 13: encoded exactly, with no hand-computed inputs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from subsidy.rules.parse import load_policy

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "reference-idioms.md").read_text(encoding="utf-8")
ENCODED = {  # the heading of the doc's section on the policy, and its directory
    "cn-jl-liuhe-key-industries": "### Liuhe as encoded",
    "cn-gz-elderly-meal-aid": "## 2. 广州市老年人助餐配餐服务管理办法",
    "cn-gz-tianhe-hk-macao-youth": "## 4. What encoding Tianhe showed",
}


def _section(title: str) -> str:
    start = DOC.index(title)
    end = DOC.find("\n## ", start + len(title))
    return DOC[start:end if end > 0 else len(DOC)]


def _rows(section: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in section.splitlines()
            if line.startswith("| ") and not line.startswith("|---") and "---|" not in line]


@pytest.mark.parametrize("policy_id", sorted(ENCODED))
def test_the_counts_stated_are_the_policys(policy_id: str) -> None:
    p = load_policy(ROOT / "policies" / policy_id)
    cases = len(list((ROOT / "policies" / policy_id / "cases").glob("*.y*ml")))
    text = " ".join(_section(ENCODED[policy_id]).split())
    stated = re.search(r"(\d+) monetary clauses.*?(\d+) provisions, (\d+) cases", text)
    assert stated, f"{policy_id}: the section states no counts"
    assert tuple(map(int, stated.groups())) == (len(p.clauses), len(p.provisions), cases)


@pytest.mark.parametrize("policy_id", sorted(ENCODED))
def test_every_id_named_exists_in_the_policy(policy_id: str) -> None:
    p = load_policy(ROOT / "policies" / policy_id)
    known = {c.id for c in p.clauses} | {pr.id for pr in p.provisions}
    cases = {f.stem for f in (ROOT / "policies" / policy_id / "cases").glob("*.y*ml")}
    section = _section(ENCODED[policy_id])
    named = set(re.findall(r"`((?:art|case-)[0-9][0-9a-z-]*)`", section))  # in backticks, or bare in the prose
    named |= set(re.findall(r"(?<![\w`-])(art[0-9]+(?:-[a-z0-9]+)*)(?![\w`*-])", section))
    assert named, policy_id
    # a case file is named by its stem; an id ending in -* names a family (art2-*), checked by its prefix
    missing = {n for n in named if n not in known | cases}
    families = set(re.findall(r"`((?:art)[0-9][0-9a-z-]*-)\*`", section))
    missing |= {f"{f}*" for f in families if not any(i.startswith(f) for i in known | cases)}
    assert not missing, f"{policy_id}: the doc names {sorted(missing)}, which the policy does not have"


def test_no_idiom_of_an_encoded_reference_text_is_a_workaround() -> None:
    rows = _rows(_section("## 1. 柳河县")) + _rows(_section("## 2. 广州市"))
    verdicts = {r[0]: r[2] for r in rows if len(r) >= 3 and re.fullmatch(r"[LM]\d+", r[0])}
    assert len(verdicts) >= 40, len(verdicts)
    left = {k: v for k, v in verdicts.items() if v.startswith("**workaround**")}
    assert not left, f"still workarounds: {left}"
    assert all(re.match(r"\*\*(yes|provision|no)\b", v) for v in verdicts.values()), verdicts
