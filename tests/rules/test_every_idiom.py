"""Both paths on every idiom: the one-case evaluator (assess) and the table evaluator (evaluate_table,
from parsed cases and from a Polars frame with Decimal(38, 10) columns) agree row for row on the
synthetic policy tests/rules/every_idiom (and on a variant of it with 就高), with amounts up to 10^12 元,
decimals to 10 places, zeros, unknown facts and records, and ties; the plain policy has two 就高 groups and benefits in kind (the in-kind total agrees too)."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.rules.frame_support import frame_of

from subsidy.rules.case import Bar, Case, Grant, OtherSupport
from subsidy.rules.evaluate import assess
from subsidy.rules.model import FactDef, Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.vector import evaluate_table, table_from_cases, table_from_frame

EVERY = Path(__file__).resolve().parent / "every_idiom"
MAX_FEN = 10**14  # 10^12 元

HIGHEST = """
stacking:
  highest:
    scope: entity_year
    cite: 第十六条
    quote: 已获本区其他政策支持的，按差额给予支持。
  difference:"""


@pytest.fixture(scope="module")
def policies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Policy]:
    """The every-idiom policy, and the same with 就高 (one winner a year) added."""
    target = tmp_path_factory.mktemp("idiom") / "every_idiom"
    shutil.copytree(EVERY, target)
    path = target / "policy.yaml"
    text = _without_groups(path.read_text(encoding="utf-8"))  # one 就高 rule in these variants
    assert "\nstacking:\n  difference:" in text
    path.write_text(text.replace("\nstacking:\n  difference:", HIGHEST), encoding="utf-8")
    group = tmp_path_factory.mktemp("group") / "every_idiom"  # 就高 within three clauses, the rest stack
    shutil.copytree(EVERY, group)
    (group / "policy.yaml").write_text(text.replace("\nstacking:\n  difference:", HIGHEST.replace(
        "    scope: entity_year\n", "    scope: entity_year\n    clauses: [fixed, bands, progressive]\n")),
        encoding="utf-8")
    stacks = tmp_path_factory.mktemp("stacks") / "every_idiom"  # no 就高 at all: every clause stacks (deduct13)
    shutil.copytree(EVERY, stacks)
    (stacks / "policy.yaml").write_text(text, encoding="utf-8")
    return {"plain": load_policy(EVERY), "highest": load_policy(target), "group": load_policy(group),
            "stacks": load_policy(stacks)}


# ---- stack13: the plain policy has two 就高 groups (stacking.highest as a list); the variants replace them ----
_GROUPS = ("  # ---- stack13: several 就高 groups", "  # ---- end stack13 ----\n")


def _without_groups(text: str) -> str:
    start = text.index(_GROUPS[0])
    return text[:start] + text[text.index(_GROUPS[1], start) + len(_GROUPS[1]):]
# ---- end stack13 ----


_THRESHOLDS = [0, 1, 50, 10_000_000, 50_000_000, 100_000_000, 200_000_000, 999_999_99 * 100 // 100,
               1_000_000_000, 5_000_000_000, 5_000_000_100, MAX_FEN]
_MONEY = st.one_of(st.sampled_from(_THRESHOLDS), st.integers(0, 3000).map(lambda w: w * 1_000_000),
                   st.integers(0, MAX_FEN))
# numbers: decimals to 10 places (as they come from Decimal(38, 10) columns), small and large, and whole
_NUMBER = st.one_of(st.decimals(min_value=0, max_value=10**6, places=10, allow_nan=False, allow_infinity=False),
                    st.integers(0, 30).map(Decimal), st.sampled_from([Decimal("0.0000000001"), Decimal("6"),
                                                                       Decimal("5.9999999999")]))


# in "tie" mode every amount is one of a few figures, so clauses often come out equal (就高's tie rule)
_TIE_MONEY = st.sampled_from([0, 10_000_000, 50_000_000, 150_000_000, 200_000_000])
# dates: before the policy's start, either side of the dated value's change, after the 5-year validity
DATES = [dt.date(2026, 6, 30), dt.date(2027, 6, 30), dt.date(2027, 12, 31), dt.date(2028, 1, 1), dt.date(2031, 12, 1)]


# dates: month ends, 29 February, either side of the policy's start and of the assessment dates
_DATE = st.one_of(st.dates(dt.date(1940, 1, 1), dt.date(2032, 12, 31)),
                  st.sampled_from([dt.date(1964, 2, 29), dt.date(1967, 6, 30), dt.date(2026, 11, 30), dt.date(2026, 12, 1),
                                   dt.date(2026, 12, 31), dt.date(2027, 1, 31), dt.date(2027, 2, 28)]))


def _value(f: FactDef, ties: bool) -> st.SearchStrategy[Any]:
    if f.type == "date":
        return _DATE
    if f.type == "list":
        return st.lists(st.fixed_dictionaries({i.name: _value(i, ties) for i in f.items}), max_size=5)
    if f.type == "bool":
        return st.booleans()
    if f.type == "money" and f.unit == "元" and f.name == "price":  # meal prices: around the 3元 cap
        return st.one_of(st.integers(0, 2000), st.sampled_from([1199, 1200, 1201]))
    if f.type == "money":
        return _TIE_MONEY if ties else _MONEY
    if f.type == "integer":
        return st.integers(0, 5) if f.name == "programme_year" else st.integers(0, 10**6)
    if f.type == "number":
        low = f.minimum or Fraction(0)  # a declared min is enforced when a case is read (a divisor's is above 0)
        drawn = st.sampled_from([Fraction(0), Fraction(1)]) if ties else _NUMBER.map(Fraction)
        return drawn.map(lambda v: max(v, low))
    return st.sampled_from(f.values)


@st.composite
def cases(draw: st.DrawFn, policy: Policy, as_of: dt.date) -> Case:
    facts: dict[str, Any] = {}
    ties = draw(st.booleans())
    for name, f in policy.facts.items():
        roll = draw(st.integers(0, 9))
        if name in ("registered", "dishonest"):
            if roll < 9:
                facts[name] = name == "registered"  # mostly a qualifying applicant
            continue
        if roll < 8:  # mostly known
            facts[name] = draw(_value(f, ties))
    if "input_a" in facts and draw(st.booleans()):
        facts["input_b"] = facts["input_a"]  # a tie for max
    ids = [c.id for c in policy.clauses]

    def sometimes(strategy: st.SearchStrategy[Any]) -> Any:
        return None if draw(st.integers(0, 9)) == 0 else draw(strategy)

    history = sometimes(st.lists(st.builds(Grant, st.just(policy.id), st.sampled_from(ids),
                                           st.integers(as_of.year - 4, as_of.year), _MONEY,
                                           st.sampled_from([None, "P1"])), max_size=4))
    other = sometimes(st.one_of(st.just([]), st.lists(st.builds(
        OtherSupport, st.just("其他"), st.sampled_from(["district", "city", "province"]),
        st.integers(as_of.year - 1, as_of.year), _MONEY, st.booleans(), st.just(False), st.none(),
        # deduct13: a record may name the clause it paid for (差额's, 第五十条's own deduction, an exempt one)
        st.sampled_from([None, None, "fixed", "bands", "progressive", "rd-centre"])), max_size=3)))
    bars = sometimes(st.one_of(st.just([]), st.just([]), st.just([]), st.lists(
        st.builds(Bar, st.dates(dt.date(2026, 1, 1), dt.date(2029, 1, 1)), st.just("违规")), max_size=1)))
    project = draw(st.sampled_from([None, "P1", "P2"]))  # the per-project cap counts the grants of this one
    return Case("random", facts, as_of, as_of.year, history, other, bars, project=project)


def _none(x: int) -> int | None:
    return None if x == -1 else int(x)


def agree(policy: Policy, batch: list[Case], as_of: dt.date) -> None:
    """assess and evaluate_table (from cases, and from the frame) agree on every figure of every row."""
    from_cases = table_from_cases(policy, batch)
    tables = [evaluate_table(policy, from_cases, as_of),
              evaluate_table(policy, table_from_frame(policy, frame_of(policy, from_cases)), as_of)]
    for i, case in enumerate(batch):
        one = assess(policy, case)
        for table in tables:
            for j, r in enumerate(one.clauses):
                where = f"row {i} {r.clause.id}"
                assert table.eligible[i, j] == {True: 1, False: 0, None: -1}[r.eligible], where
                assert table.reason[i, j] == r.reason, where
                assert _none(table.ceiling[i, j]) == r.ceiling_fen, where
                assert _none(table.granted[i, j]) == r.granted_fen, where
                assert table.floor is not None and _none(table.floor[i, j]) == r.floor_fen, where
            assert table.total[i] == one.total_fen, f"row {i} total"
            assert (0 if table.in_kind is None else table.in_kind[i]) == one.in_kind_fen, f"row {i} in kind"


@pytest.mark.parametrize("variant", ["plain", "highest", "group", "stacks"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_both_paths_agree_on_every_idiom(policies: dict[str, Policy], variant: str, data: st.DataObject) -> None:
    policy = policies[variant]
    as_of = data.draw(st.sampled_from(DATES))
    agree(policy, data.draw(st.lists(cases(policy, as_of), min_size=1, max_size=6)), as_of)


def test_highest_within_a_group_counts_the_groups_grants_of_the_year_and_lets_the_rest_stack(
        policies: dict[str, Policy]) -> None:
    """就高 within [fixed, bands, progressive]: bands (300万元) wins its group, less the group's grant of the
    year (100万元); top-up (200万元 − 50万元), outside the group, stacks beside it; both paths agree."""
    from subsidy.rules.case import Grant

    policy = policies["group"]
    as_of = dt.date(2027, 6, 30)
    facts = {"registered": True, "dishonest": False, "recognised": False, "hitech": True,
             "investment": 6000 * 10**6, "already_received": 50 * 10**6}
    case = Case("group", facts, as_of, 2027, [Grant(policy.id, "bands", 2027, 100 * 10**6),
                                             Grant(policy.id, "top-up", 2027, 40 * 10**6)], [], [])
    one = assess(policy, case)
    got = {r.clause.id: r.granted_fen for r in one.clauses if r.granted_fen}
    assert got["bands"] == 200 * 10**6 and got["top-up"] == 150 * 10**6
    agree(policy, [case], as_of)


# ---- deduct13: a clause's own deduction ("统筹省、市政策") and records naming a clause ----


def test_the_deduction_is_shown_and_given_as_data(policies: dict[str, Policy]) -> None:
    """第五十条 100万元 less the province's 30万元 and the city's 20万元: the step says it, the JSON carries
    ``deducted``, and the table path gives the same grant."""
    from subsidy.rules.case import load_case_file, parse_case
    from subsidy.rules.report import result_json, show_json

    policy = policies["plain"]
    case = parse_case(load_case_file(EVERY / "cases" / "50-deduct-provincial-city.yaml"), policy)
    one = assess(policy, case)
    r = next(x for x in one.clauses if x.clause.id == "rd-centre")
    assert (r.granted_fen, r.deducted_fen) == (50_000_000, 50_000_000)
    [step] = [s for s in one.steps if s.kind == "deduct"]
    assert step.text == "统筹省、市政策：已获省级、市级支持 50万元，仅从本条扣减：max(0, 100万元 − 50万元) = 50万元"
    doc = next(c for c in result_json(one)["clauses"] if c["id"] == "rd-centre")
    assert (doc["granted"], doc["deducted"]) == ("500000.00", "500000.00")
    assert show_json(policy, "rd-centre")["clauses"][0]["deduct"].startswith("统筹省、市政策：已获省级、市级支持的")
    table = evaluate_table(policy, table_from_cases(policy, [case]), case.as_of)
    assert int(table.granted[0, [c.id for c in policy.clauses].index("rd-centre")]) == 50_000_000


def test_a_record_naming_a_clause_the_policy_has_not_is_refused(policies: dict[str, Policy]) -> None:
    from subsidy.errors import CaseInputError
    from subsidy.rules.case import parse_case

    with pytest.raises(CaseInputError, match=r"other_support\[0\]\.clause.*没有条款「第九十九条」"):
        parse_case({"as_of": "2027-06-30", "facts": {}, "other_support": [
            {"programme": "x", "level": "city", "year": 2027, "amount": "1万元", "same_matter": False,
             "clause": "第九十九条"}]}, policies["plain"])
