"""What if: the curves equal the engine at every point, are straight between breakpoints, and bend at them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subsidy.errors import CaseInputError
from subsidy.rules.case import Case, load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.whatif import Point, WhatIf, money_facts, what_if

EFFECTIVE = dt.date(2026, 12, 1)


def _cases() -> list[tuple[Policy, Case, str]]:
    """(policy, case, money fact) for case files where some clause reads a money fact."""
    out = []
    for d in list_policy_dirs():
        policy = load_cached(d)
        for path in sorted(Path(d, "cases").glob("*.yaml")):
            case = parse_case(load_case_file(path), policy, name=path.stem)
            if case.effective_from is None and policy.effective_from is None:
                case = dataclasses.replace(case, effective_from=EFFECTIVE)
            for f in money_facts(policy):
                if f.name in case.facts:
                    out.append((policy, case, f.name))
    return out


CASES = _cases()


def _series(p: Point) -> list[int]:
    return [*p.ceilings.values(), *p.granted.values(), p.total]


def _at(policy: Policy, case: Case, fact: str, fen: int) -> Point:
    r = assess(policy, dataclasses.replace(case, facts={**case.facts, fact: fen}))
    return Point(fen, {c.clause.id: c.ceiling_fen or 0 for c in r.clauses},
                 {c.clause.id: c.granted_fen or 0 for c in r.clauses}, r.total_fen)


_CACHE: dict[tuple[str, str, str], WhatIf] = {}


def _curve(policy: Policy, case: Case, fact: str) -> WhatIf:
    key = (policy.id, case.name, fact)
    if key not in _CACHE:
        _CACHE[key] = what_if(policy, case, fact)
    return _CACHE[key]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.sampled_from(CASES), t=st.fractions(0, 1), pick=st.integers(0, 10**6))
def test_values_equal_assess_and_are_straight_between_points(which: tuple[Policy, Case, str], t: object,
                                                              pick: int) -> None:
    policy, case, fact = which
    w = _curve(policy, case, fact)
    # every reported point is what the engine gives there
    p = w.points[pick % len(w.points)]
    assert p == _at(policy, case, fact, p.fen)
    # between two consecutive points, every series lies on the line between them (within the 1 分 rounding)
    i = pick % (len(w.points) - 1)
    a, b = w.points[i], w.points[i + 1]
    x = a.fen + int((b.fen - a.fen) * t)  # type: ignore[operator]
    mid = _at(policy, case, fact, x)
    for va, vb, vx in zip(_series(a), _series(b), _series(mid), strict=True):
        if b.fen > a.fen:
            assert abs(vx * (b.fen - a.fen) - (va * (b.fen - a.fen) + (vb - va) * (x - a.fen))) <= b.fen - a.fen


def test_the_slope_changes_at_every_cap_breakpoint() -> None:
    seen = 0
    for policy, case, fact in CASES[::7]:
        w = _curve(policy, case, fact)
        for bp in w.breakpoints:
            if bp.kind != "cap" or bp.clause is None or bp.fen - 1000 < w.lo or bp.fen + 1000 > w.hi:
                continue
            left = [_at(policy, case, fact, bp.fen - d).ceilings[bp.clause] for d in (1000, 0)]
            right = [_at(policy, case, fact, bp.fen + d).ceilings[bp.clause] for d in (0, 1000)]
            assert left[1] - left[0] > right[1] - right[0], bp.text
            assert right[1] == right[0], "past the cap the ceiling stays at the cap"
            seen += 1
    assert seen >= 3


def test_chaoyang_budget_cap_of_article_7() -> None:
    policy = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    case = parse_case(load_case_file(Path(policy.directory, "cases", "stacking-highest-wins.yaml")), policy)
    w = what_if(policy, case, "project_budget")
    caps = [b for b in w.breakpoints if b.kind == "cap" and b.clause == "art7"]
    assert [b.fen for b in caps] == [1000_000_000]  # 1000万元 × 50% reaches the 500万元 cap
    assert "500万元" in caps[0].text and "第七条" in caps[0].text
    winner = [b for b in w.breakpoints if b.kind == "winner"]
    assert winner and winner[0].fen == 400_000_001  # above 2 × 200万元 (第六条), 第七条 wins 就高


def test_a_fact_that_is_not_money_is_refused() -> None:
    policy, case, _ = CASES[0]
    with pytest.raises(CaseInputError) as err:
        what_if(policy, case, next(n for n, f in policy.facts.items() if f.type == "bool"))
    assert "金额事实" in err.value.problem


def test_a_change_of_winner_cites_the_highest_group_it_happens_in() -> None:
    """With several 就高 groups the winner breakpoint cites the group whose clauses changed, not the first."""
    import dataclasses

    whole = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    h = whole.highests[0]
    policy = dataclasses.replace(whole, highests=(dataclasses.replace(h, cite="第三条（甲）", clauses=("art4-1", "art4-2")),
                                                  dataclasses.replace(h, cite="第三条（乙）", clauses=("art6", "art7"))))
    case = parse_case(load_case_file(Path(policy.directory, "cases", "stacking-highest-wins.yaml")), policy)
    winner = [b for b in what_if(policy, case, "project_budget").breakpoints if b.kind == "winner"]
    assert winner and winner[0].fen == 400_000_001 and winner[0].cite == "第三条（乙）"
