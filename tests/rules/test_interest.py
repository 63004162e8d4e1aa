"""贷款贴息 (src/subsidy/rules/interest.py): principal × annual rate × time, the time actual days ÷ 365 (or
``basis: 360``) or months ÷ 12, rounded once half-up to 分; the one-case and table paths agree on random
principals, rates and periods, and both equal the exact figure rounded half-up; malformed forms are refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subsidy.errors import PolicyFileError
from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.vector import evaluate_table, table_from_cases

QUOTE = "对企业贷款按贷款市场报价利率的50%给予贴息，贴息比例不超过1.5个百分点。"
HEAD = """id: test-interest
title: 贴息测试政策
issuer: 测试
source: source.txt
status: draft
effective_from: 2026-01-01
amount_unit: 元
facts:
  loan_balance: {type: money, unit: 元, label: 贷款余额}
  lpr: {type: number, label: 贷款市场报价利率（年利率）}
  loan_start: {type: date, label: 贷款起息日}
  loan_end: {type: date, label: 贴息截止日}
  loan_days: {type: number, unit: 天, label: 贴息天数}
  loan_months: {type: number, unit: 月, label: 贴息月数}
"""
# clause id → the interest form's period (and basis)
FORMS = {"actual": "rate: lpr, from: loan_start, to: loan_end",
         "days360": "rate: lpr, days: loan_days, basis: 360",
         "months": "rate: {min: [{product: [50%, lpr]}, 1.5%]}, months: loan_months"}


def _write(target: Path, forms: dict[str, str]) -> Path:
    (target / "clauses").mkdir(parents=True)
    (target / "source.txt").write_text(f"贴息测试政策\n\n第一条 {QUOTE}\n", encoding="utf-8")
    (target / "policy.yaml").write_text(HEAD, encoding="utf-8")
    clauses = "".join(f"""  - id: {cid}
    cite: 第一条
    title: 贷款贴息
    quote: {QUOTE}
    kind: monetary
    discretionary: false
    when: {{fact: loan_balance, above: 0元}}
    amount:
      interest: {{principal: loan_balance, {form}}}
    schedule: {{type: lump_sum}}
""" for cid, form in forms.items())
    (target / "clauses" / "all.yaml").write_text("clauses:\n" + clauses, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def policy(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    return load_policy(_write(tmp_path_factory.mktemp("interest") / "p", FORMS))


def _expected(fen: int, lpr: Decimal, start: dt.date, end: dt.date, days: int, months: int) -> dict[str, int]:
    """The exact figure of each clause, rounded half-up to 分 once (written apart from the engine)."""
    rate = Fraction(lpr)
    capped = min(rate / 2, Fraction(15, 1000))
    return {"actual": (2 * fen * rate.numerator * max((end - start).days, 0) + 365 * rate.denominator)
            // (2 * 365 * rate.denominator),
            "days360": (2 * fen * rate.numerator * days + 360 * rate.denominator) // (2 * 360 * rate.denominator),
            "months": (2 * fen * capped.numerator * months + 12 * capped.denominator) // (2 * 12 * capped.denominator)}


_FEN = st.one_of(st.integers(1, 10**14), st.sampled_from([1, 50, 125250, 10**9]))
_LPR = st.one_of(st.decimals(min_value=0, max_value=1, places=10, allow_nan=False, allow_infinity=False),
                 st.sampled_from([Decimal("0.0345"), Decimal("0.03"), Decimal("0.02")]))
_DATE = st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_FEN, _LPR, _DATE, _DATE, st.integers(0, 3650), st.integers(0, 120)),
                     min_size=1, max_size=5))
def test_both_paths_agree_and_equal_the_exact_figure_rounded_once(
        policy: Policy, rows: list[tuple[int, Decimal, dt.date, dt.date, int, int]]) -> None:
    as_of = dt.date(2026, 6, 30)
    cases = [parse_case({"policy": policy.id, "as_of": as_of, "facts": {
        "loan_balance": f"{fen // 100}.{fen % 100:02d}元", "lpr": lpr, "loan_start": start.isoformat(),
        "loan_end": end.isoformat(), "loan_days": days, "loan_months": months}}, policy, name=f"r{i}")
        for i, (fen, lpr, start, end, days, months) in enumerate(rows)]
    table = evaluate_table(policy, table_from_cases(policy, cases), as_of)
    for i, (case, row) in enumerate(zip(cases, rows, strict=True)):
        one = {r.clause.id: r.ceiling_fen for r in assess(policy, case).clauses}
        assert one == _expected(*row)
        assert [int(x) for x in table.ceiling[i]] == [one[c.id] for c in policy.clauses]


def test_half_a_fen_rounds_up_once_and_the_trace_shows_the_time_base(policy: Policy) -> None:
    # 1252.50元 × 1% × 73 / 365 = 2.505元 → 2.51元; 73 days at 2% / 360 = 5.0791…元 → 5.08元; 6 months of 1%
    case = parse_case({"policy": policy.id, "as_of": "2026-06-30", "facts": {
        "loan_balance": "1252.50元", "lpr": "0.01", "loan_start": "2026-01-01", "loan_end": "2026-03-15",
        "loan_days": 73, "loan_months": 6}}, policy)
    got = assess(policy, case)
    assert {r.clause.id: r.ceiling_fen for r in got.clauses} == {"actual": 251, "days360": 254, "months": 313}
    text = "\n".join(s.text for r in got.clauses for s in r.steps)
    assert "贴息：贷款余额 1252.5元 × 年利率 贷款市场报价利率（年利率） 0.01 × 自 贷款起息日 2026-01-01 至 贴息截止日 " \
           "2026-03-15 的天数 = 73 ÷ 365 = 2.51元" in text
    assert "÷ 360" in text and "÷ 12" in text
    assert "按实际天数，一年365天" in policy.clauses[0].amount.describe(policy)


@pytest.mark.parametrize(("form", "words"), [
    ("rate: lpr, from: loan_start, to: loan_end, days: loan_days", "只写一种"),
    ("rate: lpr, from: loan_start", "只写一种"),
    ("rate: lpr", "只写一种"),
    ("rate: lpr, days: loan_days, basis: 366", "basis"),
    ("rate: lpr, months: loan_months, basis: 360", "basis"),
    ("rate: lpr, from: loan_balance, to: loan_end", "不是日期"),
    ("rate: loan_balance, days: loan_days", "需要数字"),
    ("days: loan_days", "rate"),
])
def test_a_malformed_interest_form_is_refused(tmp_path: Path, form: str, words: str) -> None:
    with pytest.raises(PolicyFileError) as err:
        load_policy(_write(tmp_path / "p", {"bad": form}))
    assert words in str(err.value)
