"""The calculator's questionnaire: what is asked, in what order, and the answers as a link."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subsidy.errors import CaseInputError
from subsidy.money import format_fen
from subsidy.rules.evaluate import assess
from subsidy.rules.model import FactDef, Policy
from subsidy.rules.questionnaire import (
    RECORDS,
    Answers,
    Question,
    applicant_facts,
    from_query,
    plan,
    to_case,
    to_query,
)
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.results import PolicyResult

POLICIES = [load_cached(d) for d in list_policy_dirs()]
TODAY = dt.date(2026, 12, 1)
DATES = {"as_of": "2027-03-01", "effective_from": "2026-12-01"}


def _typed(f: FactDef) -> st.SearchStrategy[str]:
    """A value as a person types it into the calculator."""
    if f.type == "bool":
        return st.sampled_from(["是", "否"])
    if f.type == "money":
        return st.one_of(st.integers(0, 3000).map(lambda w: f"{w}万元"),
                         st.integers(0, 10**10).map(lambda fen: format_fen(fen, "元")))
    if f.type == "integer":
        return st.integers(0, 8 if f.maximum is None else min(8, int(f.maximum))).map(str)
    if f.type == "number":
        low = f.minimum or 0  # a declared min is enforced when the answers are read (a divisor's is above 0)
        return st.sampled_from([v for v in ["0", "0.2", "0.25", "0.3", "0.5", "1"] if Fraction(v) >= low])
    if f.type == "date":
        return st.dates(dt.date(1930, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
    return st.sampled_from(f.values)


@st.composite
def partial_answers(draw: st.DrawFn, policy: Policy) -> Answers:
    facts = {n: draw(_typed(f)) for n, f in policy.facts.items()
             if f.type != "list" and draw(st.integers(0, 2)) == 0}
    # a list fact is typed row by row: each item with every field (a blank row is no item)
    lists = {n: tuple(draw(st.lists(st.fixed_dictionaries({i.name: _typed(i) for i in f.items}), max_size=3)))
             for n, f in policy.facts.items() if f.type == "list" and draw(st.integers(0, 2)) == 0}
    records: dict[str, tuple[dict[str, str], ...]] = {n: () for n in RECORDS if draw(st.booleans())}
    return Answers(facts, records=records, lists={n: v for n, v in lists.items() if v}, **DATES)


def _outcome(policy: Policy, answers: Answers) -> list[tuple[Any, ...]]:
    r = assess(policy, to_case(policy, answers, TODAY))
    # the answer: yes / no / unknown, the figures (the reason shown for a "no" may change with more facts) and
    # how it is paid (lump sum or stages, whether a stage has happened)
    return [(c.eligible, c.ceiling_fen, c.granted_fen, [(t.fen, t.stage, t.happened) for t in c.schedule])
            for c in r.clauses] + [(r.total_fen,)]


def _drawn(policy: Policy, data: st.DataObject) -> tuple[Answers, PolicyResult, list[Question]]:
    answers = data.draw(partial_answers(policy))
    _, result, qs = plan(policy, answers, TODAY)
    return answers, result, qs


EACH_POLICY = pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
RANDOM = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@EACH_POLICY
@RANDOM
@given(data=st.data())
def test_a_fact_not_asked_cannot_change_any_answer(policy: Policy, data: st.DataObject) -> None:
    answers, _, qs = _drawn(policy, data)
    asked = {q.name for q in qs}
    before = _outcome(policy, answers)
    silent = [n for n, f in policy.facts.items() if n not in answers.facts and n not in asked and f.type != "list"]
    for name in data.draw(st.lists(st.sampled_from(silent), max_size=4, unique=True)) if silent else []:
        value = data.draw(_typed(policy.facts[name]))
        changed = Answers({**answers.facts, name: value}, records=answers.records, lists=answers.lists, **DATES)
        assert _outcome(policy, changed) == before, f"{name}={value} changed an answer but was not asked"


@EACH_POLICY
@RANDOM
@given(data=st.data())
def test_every_question_is_still_open_and_applicant_first(policy: Policy, data: st.DataObject) -> None:
    answers, result, qs = _drawn(policy, data)
    missing = {x for r in result.clauses for x in r.missing} | set(result.stacking_missing)
    paying = {x for r in result.clauses if r.eligible is not False for x in r.schedule_missing}
    assert {q.name for q in qs} == missing | paying
    assert {q.name for q in qs if q.schedule} == paying - missing
    assert all(q.name not in answers.facts for q in qs if q.kind != "records")
    flags = [q.applicant for q in qs if not q.schedule]
    assert flags == sorted(flags, reverse=True), "applicant questions come first"
    last = [q.schedule for q in qs]
    assert last == sorted(last), "what changes only the payments (支付安排) comes last"
    who = set(applicant_facts(policy))
    assert all(q.applicant == (q.name in who) for q in qs)


def test_nothing_known_asks_who_the_applicant_is_first() -> None:
    policy = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    _, _, qs = plan(policy, Answers(**DATES), TODAY)
    assert [q.name for q in qs[:4]] == applicant_facts(policy)
    assert qs[0].label == "在朝阳区规范经营" and qs[0].choices == (("是", "是"), ("否", "否"))
    budget = next(q for q in qs if q.name == "project_budget")
    assert budget.kind == "money" and budget.unit == "万元"
    platform = next(q for q in qs if q.name == "platform_type")
    assert ("概念验证平台", "概念验证平台") in platform.choices


def test_an_applicant_who_fails_is_asked_nothing_more() -> None:
    policy = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    _, result, qs = plan(policy, Answers({"operates_in_chaoyang": "否"}, **DATES), TODAY)
    assert qs == []
    assert all(r.eligible is False for r in result.clauses)


def test_a_fact_whose_clause_already_fails_is_no_longer_asked() -> None:
    policy = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    _, _, qs = plan(policy, Answers({"state_funded_project": "否"}, **DATES), TODAY)
    assert "funds_received" not in {q.name for q in qs}  # only 第四条第二款 uses it, and it fails
    _, _, qs = plan(policy, Answers({"state_funded_project": "是"}, **DATES), TODAY)
    assert "funds_received" in {q.name for q in qs}


def test_a_bad_answer_names_its_field() -> None:
    policy = POLICIES[0]
    money = next(n for n, f in policy.facts.items() if f.type == "money")
    with pytest.raises(CaseInputError) as err:
        to_case(policy, Answers({money: "300"}, **DATES), TODAY)
    assert money in err.value.field and "单位" in err.value.problem


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_NAME = st.from_regex(r"[a-z][a-z0-9_]{0,5}", fullmatch=True)  # a fact's or an item field's name
_ITEM_KEY = re.compile(r"f\.[a-z][a-z0-9_]*\.[0-9]+\.[a-z][a-z0-9_]*")  # f.meals.0.price: a list fact's item field


@st.composite
def any_answers(draw: st.DrawFn) -> Answers:
    facts = draw(st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10)
                                 .filter(lambda k: not _ITEM_KEY.fullmatch("f." + k)),  # a fact name has no dots
                                 _TEXT, max_size=6))
    records = draw(st.dictionaries(st.sampled_from(RECORDS), st.lists(
        st.dictionaries(st.sampled_from(["clause", "year", "amount", "level", "programme", "until"]), _TEXT,
                        min_size=1, max_size=3), max_size=3).map(tuple), max_size=3))
    lists = draw(st.dictionaries(_NAME, st.lists(st.dictionaries(_NAME, _TEXT, min_size=1, max_size=3),
                                                 min_size=1, max_size=3).map(tuple), max_size=2))
    tops = {k: draw(st.none() | _TEXT) for k in ("as_of", "effective_from", "year")}
    return Answers(facts, records=records, lists=lists, **tops)


@settings(max_examples=300)
@given(any_answers())
def test_the_link_round_trips_exactly(answers: Answers) -> None:
    query = to_query(answers)
    back = from_query(query)
    assert back == answers
    assert to_query(back) == query  # stable: the same answers give the same link


def test_the_link_keeps_money_as_typed() -> None:
    a = Answers({"project_budget": "780万元", "funds_received": "3000000.01元"}, records={"history": ()}, **DATES)
    q = to_query(a)
    assert from_query(q).facts == {"project_budget": "780万元", "funds_received": "3000000.01元"}
    assert "history=none" in q


def test_an_unknown_link_parameter_is_refused_in_chinese() -> None:
    with pytest.raises(CaseInputError) as err:
        from_query("f.x=1&evil=2")
    assert err.value.field == "evil" and "链接" in err.value.problem


def test_a_missing_record_says_what_it_is_needed_for() -> None:
    """Issue 13: other support asked for a clause's own deduction (统筹省、市政策) says so, not "就高与差额"; with
    no 差额 rule in the policy it is asked for the deduction only."""
    import dataclasses
    from pathlib import Path

    from subsidy.rules.parse import load_policy

    every = load_policy(Path(__file__).resolve().parent / "every_idiom")
    answers = Answers({"registered": "是", "dishonest": "否", "new_rd_centre": "是"}, records={"bars": [], "history": []},
                      **DATES)
    _, result, qs = plan(every, answers, TODAY)
    [support] = [q for q in qs if q.name == "other_support"]
    assert {"第五十条统筹扣减", "差额"} <= set(support.clauses) and "就高与差额" not in support.clauses
    assert result.stacking_needs["other_support"] == ["第五十条统筹扣减", "差额"]
    alone = dataclasses.replace(every, difference=None)
    _, _, qs = plan(alone, answers, TODAY)
    [support] = [q for q in qs if q.name == "other_support"]
    assert "第五十条统筹扣减" in support.clauses and "差额" not in support.clauses


def _every() -> Policy:
    from pathlib import Path

    from subsidy.rules.parse import load_policy

    return load_policy(Path(__file__).resolve().parent / "every_idiom")


def _plant(every: Policy, **more: str) -> tuple[PolicyResult, list[Question]]:
    answers = Answers({"registered": "是", "dishonest": "否", "new_plant": "是", **more},
                      records={"bars": (), "history": (), "other_support": ()}, **DATES)
    _, result, qs = plan(every, answers, TODAY)
    return result, qs


def _plant_questions(qs: list[Question]) -> list[str]:
    return [q.name for q in qs if "第五十二条" in q.clauses]


def test_a_schedule_s_facts_are_asked_last_and_never_leave_the_clause_pending() -> None:
    """sched13: 第五十二条 is eligible for 100万元 whether or not it is built within 12 months; the fact choosing
    lump sum or stages, and the stages' facts, are asked after everything deciding eligibility and amount, as
    about 支付安排 only."""
    every = _every()
    result, qs = _plant(every)
    [plant] = [r for r in result.clauses if r.clause.id == "plant-stages"]
    assert plant.eligible is True and plant.missing == [] and plant.ceiling_fen == 100_000_000
    assert plant.schedule_missing == ["plant_in_12_months", "plant_enclosed_on", "plant_accepted"]
    assert _plant_questions(qs) == plant.schedule_missing
    asked = [q for q in qs if q.name in plant.schedule_missing]
    assert all(q.schedule for q in asked) and qs[-len(asked):] == asked
    assert "plant-stages" not in result.pending


def test_answering_a_schedule_s_fact_asks_only_what_still_changes_the_payments() -> None:
    every = _every()
    result, qs = _plant(every, plant_in_12_months="是")  # a lump sum: no stage left to ask about
    [plant] = [r for r in result.clauses if r.clause.id == "plant-stages"]
    assert _plant_questions(qs) == [] and [t.fen for t in plant.schedule] == [100_000_000]
    _, qs = _plant(every, plant_in_12_months="否")
    assert _plant_questions(qs) == ["plant_enclosed_on", "plant_accepted"]
    _, qs = _plant(every, plant_in_12_months="否", plant_enclosed_on="2027-01-15")  # a date: known either way
    assert _plant_questions(qs) == ["plant_accepted"]
    _, qs = _plant(every, new_plant="否")  # the clause fails: how it would be paid no longer matters
    assert _plant_questions(qs) == []
