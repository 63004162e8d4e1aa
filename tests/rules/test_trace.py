"""The trace is data: each step records its kind, cite, quote, the values it used and its outcome, and
its Chinese is rendered from that record."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.report import result_json
from subsidy.rules.trace import Step, render

EVERY = Path(__file__).resolve().parent / "every_idiom"
AS_OF = dt.date(2027, 6, 30)


def _policy() -> Policy:
    return load_policy(EVERY)


def _assess(policy: Policy, facts: dict[str, Any]) -> Any:
    data = {"as_of": AS_OF, "facts": {"registered": True, "dishonest": False, **facts},
            "history": [], "other_support": [], "bars": []}
    return assess(policy, parse_case(data, policy))


def _clause(result: Any, cid: str) -> Any:
    return next(r for r in result.clauses if r.clause.id == cid)


def test_a_condition_of_one_leaf_names_that_leaf_when_it_fails() -> None:
    r = _clause(_assess(_policy(), {"investment": "999万元"}), "bands")  # when: investment ≥ 1000万元
    assert r.eligible is False
    assert r.reasons == ["不符合第八条的支持条件：投资额 999万元 ≥ 1000万元：否 ✗"]


def test_an_amount_step_records_the_facts_it_used_and_its_outcome() -> None:
    policy = _policy()
    r = _clause(_assess(policy, {"hitech": True, "input_a": "30万元", "input_b": "50万元"}), "max")
    [step] = [s for s in r.steps if s.kind == "amount"]
    assert step.inputs == {"input_a": 30_000_000, "input_b": 50_000_000}  # int 分, as used
    assert step.outcome == 50_000_000
    assert step.cite == "第九条" and step.quote == "".join(r.clause.quotes)


def test_the_json_step_carries_its_record_and_the_text_rendered_from_it() -> None:
    policy = _policy()
    out = result_json(_assess(policy, {"hitech": True, "input_a": "30万元", "input_b": "50万元"}))
    clause = next(c for c in out["clauses"] if c["id"] == "max")
    step = next(s for s in clause["steps"] if s["kind"] == "amount")
    assert step["values"] == {"input_a": "300000.00", "input_b": "500000.00"}
    assert step["outcome"] == "500000.00"
    assert step["inputs"] == {"input_a": "30万元", "input_b": "50万元"}
    assert step["text"].endswith("= 50万元") and step["result"] == "50万元"


def test_the_wording_comes_from_the_record_alone() -> None:
    """A step rebuilt from its recorded fields reads the same: nothing is worded while computing."""
    policy = _policy()
    result = _assess(policy, {"hitech": True, "recognised": True, "input_a": "30万元", "input_b": "50万元",
                              "rent": "12万元"})
    steps = [s for c in result.clauses for s in c.steps] + result.steps
    assert {s.kind for s in steps} >= {"validity", "bars", "applicants", "condition", "amount", "amount_cap"}
    for s in steps:
        copy = Step(s.kind, s.cite, s.rule, s.given, s.outcome, s.quote, s.detail, s.fmt)
        assert render(copy) == (s.text, s.result)
        assert s.text  # every step has its sentence


def test_one_unit_for_the_money_of_a_trace() -> None:
    """A fact asked in 元 (天河 rent) is shown in the policy's unit beside what is computed from it and
    the caps, not as 150000元 × 50% = 7.5万元."""
    root = Path(__file__).resolve().parents[2] / "policies" / "cn-gz-tianhe-hk-macao-youth"
    policy = load_policy(root)
    assert policy.facts["rent_paid"].unit == "元" and policy.amount_unit == "万元"
    data = load_case_file(root / "cases" / "art05-2-rent-above-cap.yaml")
    rent = _clause(assess(policy, parse_case(data, policy)), "art5-2")
    amount = next(s for s in rent.steps if s.kind == "amount")
    assert (amount.text, amount.result) == ("场地租金总额（本补贴年度） 15万元 × 50% = 7.5万元", "7.5万元")
    for step in rent.steps:  # every figure of the clause's trace in 万元, but the policy's own labels
        words = (step.text + step.result).replace(step.inputs.get("label", "") or "", "")
        assert not re.search(r"[0-9]元", words), step.text
