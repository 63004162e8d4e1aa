"""Conditional caps (a cap's ``when:``) and caps on a ``manual_amount`` clause (issue 13, idiom 5), on Liuhe
第13条 as encoded: one manual clause whose 50万元 cap holds for new projects only. The every-idiom policy's
第二十九条 and 第三十条 (tests/rules/every_idiom) check both paths on them with random cases."""

from __future__ import annotations

from pathlib import Path

from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.describe import describe_caps, describe_ceiling
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy
from subsidy.rules.results import ClauseResult, PolicyResult
from subsidy.rules.vector import evaluate_table, table_from_cases

ROOT = Path(__file__).resolve().parents[2]
LIUHE = ROOT / "policies" / "cn-jl-liuhe-key-industries"
WAN = 10**6


def _art13(case_file: str, **facts: object) -> tuple[ClauseResult, PolicyResult]:
    policy = load_policy(LIUHE)
    data = load_case_file(LIUHE / "cases" / case_file)
    data["facts"] = {**data["facts"], **facts}
    case = parse_case(data, policy, name=case_file)
    result = assess(policy, case)
    clause = next(r for r in result.clauses if r.clause.id == "art13")
    table = evaluate_table(policy, table_from_cases(policy, [case]), case.as_of)
    j = [c.id for c in policy.clauses].index("art13")
    column = int(table.ceiling[0, j])
    assert (None if column == -1 else column) == clause.ceiling_fen  # both paths
    assert table.eligible[0, j] == {True: 1, False: 0, None: -1}[clause.eligible]
    return clause, result


def test_the_cap_holds_for_a_new_project_and_is_the_manual_clauses_ceiling() -> None:
    clause, result = _art13("art11-13-new-finished.yaml")
    assert clause.eligible is True and clause.ceiling_fen == 50 * WAN
    assert "art13" in result.manual and clause.granted_fen is None  # decided in review: never in the total
    cap = next(s for s in clause.steps if s.kind == "amount_cap")
    assert "适用条件：新上（新建）项目：是 ✓" in cap.text and cap.result == "金额由审核确定，最多 50万元"
    assert cap.values_json()["applies"] is True


def test_the_cap_is_left_out_for_a_project_that_is_not_new() -> None:
    clause, _ = _art13("art11-13-not-new.yaml")
    assert clause.eligible is True and clause.ceiling_fen is None
    cap = next(s for s in clause.steps if s.kind == "amount_cap")
    assert cap.result == "不适用"


def test_an_unknown_condition_asks_for_its_fact_where_the_cap_would_lower_the_ceiling() -> None:
    policy = load_policy(LIUHE)
    data = load_case_file(LIUHE / "cases" / "art11-13-new-finished.yaml")
    del data["facts"]["new_project"]
    case = parse_case(data, policy, name="unknown")
    clause = next(r for r in assess(policy, case).clauses if r.clause.id == "art13")
    assert clause.eligible is None and "new_project" in clause.missing


def test_show_words_the_condition_and_the_generated_ceiling() -> None:
    policy = load_policy(LIUHE)
    c = policy.clause("art13")
    assert describe_caps(policy, c) == ["单个项目（本次申请）最高 50万元（仅当新上（新建）项目时适用）"]
    assert describe_ceiling(policy, c) == "min(审核核定金额, 50万元（仅当新上（新建）项目）)"


def test_the_engines_ceiling_is_what_approval_holds_the_manual_figure_to() -> None:
    """Admission stores ``clause_ceiling`` as the application's ceiling; approval refuses more
    (``above_ceiling``, services/approval.py): for a manual clause with a cap it is the cap."""
    from subsidy.services.applications import clause_ceiling

    _, result = _art13("art11-13-new-finished.yaml")
    clause, ceiling = clause_ceiling(result, "art13")
    assert clause.clause.kind == "manual_amount" and ceiling == 50 * WAN
    _, result = _art13("art11-13-not-new.yaml")
    assert clause_ceiling(result, "art13")[1] is None
