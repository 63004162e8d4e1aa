"""The registry template (`subsidy registry template`): a fact that changes only how a clause is paid (its
schedule's: 支付安排) says so in 用于条款, instead of passing for an applicant condition."""

from __future__ import annotations

from subsidy.population.template import template_columns
from subsidy.rules.describe import PAYMENT_FACTS_LABEL
from subsidy.rules.registry import find_policy

LIUHE = find_policy("cn-jl-liuhe-key-industries")


def test_a_payment_fact_names_the_clauses_whose_payments_it_changes() -> None:
    cols = {c.fact: c for c in template_columns(LIUHE)}
    for name in ("built_within_12_months", "enclosed_on", "completion_accepted_on", "operated_six_months"):
        assert cols[name].clauses == f"第2条第一款、第2条第二款、第3条的{PAYMENT_FACTS_LABEL}", name
        assert cols[name].in_sheet  # a column of the sheet like any other fact
    assert PAYMENT_FACTS_LABEL not in cols["fixed_asset_investment"].clauses  # the amount's: the articles only
    assert cols["fixed_asset_investment"].clauses.startswith("第2条第一款、")
