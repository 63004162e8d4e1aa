"""Schedules triggered by events and chosen by a fact (issue 13, G1; Liuhe 第21条): a staged schedule's tranches
are named by their events and split the amount exactly; a schedule chosen by a fact is resolved three-valued (unknown:
the ``else`` schedule with a note naming the other, never a guess); a policy-wide default schedule is used by the
clauses that state none, and a clause's own schedule overrides it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.cli import main
from subsidy.errors import PolicyFileError
from subsidy.rules import model as m
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.describe import clause_facts, describe_schedule, payment_facts
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import load_policy
from subsidy.rules.report import clause_json
from subsidy.rules.results import ClauseResult
from subsidy.rules.schedules import KINDS, payment_plan, schedule_facts, schedule_needs

ROOT = Path(__file__).resolve().parents[2]
LIUHE = ROOT / "policies" / "cn-jl-liuhe-key-industries"
EVERY = ROOT / "tests" / "rules" / "every_idiom"
WAN = 1_000_000  # 1万元 in 分


def _clause(directory: Path, case: str, clause: str, **facts: object) -> ClauseResult:
    policy = load_policy(directory)
    data = load_case_file(directory / "cases" / case)
    data["facts"] = {**data["facts"], **facts}
    result = assess(policy, parse_case(data, policy, name=case))
    return next(r for r in result.clauses if r.clause.id == clause)


def test_liuhe_stages_are_named_by_their_events_and_say_which_happened() -> None:
    r = _clause(LIUHE, "art21-staged.yaml", "art2-industrial")
    assert [(t.stage, t.fen, t.share, t.happened) for t in r.schedule] == [
        ("建筑物主体封闭", 600 * WAN, "30%", True), ("建筑工程通过正式竣工验收", 600 * WAN, "30%", None),
        ("正常运营满6个月", 800 * WAN, "40%", False)]
    assert [t.when for t in r.schedule] == ["阶段：建筑物主体封闭 30%（已实现）", "阶段：建筑工程通过正式竣工验收 30%",
                                            "阶段：正常运营满6个月 40%（尚未实现）"]
    assert r.schedule_note == ""
    out = clause_json(r)
    assert [(t["stage"], t["happened"]) for t in out["schedule"]] == [
        ("建筑物主体封闭", True), ("建筑工程通过正式竣工验收", None), ("正常运营满6个月", False)]
    assert out["schedule_note"] == ""


def test_a_stage_dated_after_the_assessment_has_not_happened() -> None:
    r = _clause(LIUHE, "art21-staged.yaml", "art2-industrial", enclosed_on="2025-07-01")  # as_of 2025-06-30
    assert r.schedule[0].happened is False


def test_liuhe_built_within_12_months_is_paid_at_once() -> None:
    r = _clause(LIUHE, "art21-lump-sum.yaml", "art2-services")
    assert [(t.fen, t.when, t.stage) for t in r.schedule] == [(600 * WAN, "一次性", "")]
    assert r.schedule_note == ""


def test_liuhe_unknown_choice_lists_the_stages_and_names_the_lump_sum() -> None:
    r = _clause(LIUHE, "art21-unknown.yaml", "art2-services")
    assert [t.fen for t in r.schedule] == [180 * WAN, 180 * WAN, 240 * WAN]
    assert r.schedule_note.startswith("尚不确定是否新建重点产业项目在12个月内全面建成并投产：若是，一次性拨付")
    assert "若否，分阶段拨付：建筑物主体封闭 30%" in r.schedule_note
    assert r.eligible is True and r.missing == []  # the schedule does not make the clause undecided
    assert clause_json(r)["schedule_note"] == r.schedule_note
    # what is still unknown about how it is paid: the choice's fact, then the facts of the stages shown meanwhile
    assert r.schedule_missing == ["built_within_12_months", "enclosed_on", "completion_accepted_on",
                                  "operated_six_months"]
    assert clause_json(r)["schedule_missing"] == r.schedule_missing


def test_liuhe_stages_still_unknown_are_what_remains_to_ask_about_the_payments() -> None:
    assert _clause(LIUHE, "art21-staged.yaml", "art2-industrial").schedule_missing == ["completion_accepted_on"]
    assert _clause(LIUHE, "art21-lump-sum.yaml", "art2-services").schedule_missing == []  # a lump sum reads none
    assert _clause(LIUHE, "art21-staged.yaml", "art2-services").schedule_missing == []  # not eligible: no payments


def test_each_schedule_idiom_says_which_facts_it_reads() -> None:
    policy = load_policy(LIUHE)
    choice = policy.default_schedule
    assert choice is not None and choice.then is not None and choice.otherwise is not None
    assert schedule_facts(choice) == ["built_within_12_months", "enclosed_on", "completion_accepted_on",
                                      "operated_six_months"]
    assert schedule_facts(choice.otherwise) == ["enclosed_on", "completion_accepted_on", "operated_six_months"]
    assert schedule_facts(choice.then) == []
    for kind in ("lump_sum", "tranches", "annual", "periodic"):
        assert KINDS[kind].reads(m.Schedule(kind)) == []  # type: ignore[arg-type]
    # what a case still lacks is read off the same list: nothing known, a stage asks every fact it reads
    assert schedule_needs(choice.otherwise, {}, None) == schedule_facts(choice.otherwise)


def test_a_clauses_payment_facts_are_its_schedules_facts_the_amount_does_not_read() -> None:
    policy = load_policy(LIUHE)
    paid = policy.clause("art2-industrial")
    assert [f.name for f in payment_facts(policy, paid)] == ["built_within_12_months", "enclosed_on",
                                                              "completion_accepted_on", "operated_six_months"]
    assert not {f.name for f in payment_facts(policy, paid)} & {f.name for f in clause_facts(policy, paid)}
    assert payment_facts(policy, policy.clause("art2-agri")) == []  # a lump sum of its own reads none


def test_the_policy_default_is_written_once_and_a_clause_may_override_it() -> None:
    policy = load_policy(LIUHE)
    default = policy.default_schedule
    assert default is not None and default.type == "choice" and default.cite == "第21条"
    assert policy.clause("art2-industrial").schedule is default
    assert policy.clause("art2-services").schedule is default
    assert policy.clause("art3").schedule is default
    assert policy.clause("art2-agri").schedule.type == "lump_sum"  # its own
    assert policy.clause("art16-case").schedule.type == "lump_sum"
    words = describe_schedule(policy.clause("art2-industrial"))
    assert words == ("新建重点产业项目在12个月内全面建成并投产的，一次性拨付（项目启动建设后一次性兑现全额政策奖励）；"
                     "否则分阶段拨付：建筑物主体封闭 30%、建筑工程通过正式竣工验收 30%、正常运营满6个月 40%"
                     "（第21条，本政策的支付安排）")


def test_an_award_of_stages_falls_due_in_its_year_and_says_each_waits_for_its_event() -> None:
    policy = load_policy(LIUHE)
    clause = policy.clause("art2-industrial")
    facts = {"built_within_12_months": False, "enclosed_on": dt.date(2026, 3, 1)}
    plan = payment_plan(clause, 2000 * WAN, first_year=2026, facts=facts, as_of=dt.date(2026, 7, 1),
                        validity_end=dt.date(2026, 2, 7))
    assert [(t.due_year, t.happened, t.after_validity) for t in plan] == [(2026, True, False), (2026, None, False),
                                                                          (2026, None, False)]
    assert plan[1].when == "阶段：建筑工程通过正式竣工验收 30%（2026年起，阶段实现后拨付）"
    lump = payment_plan(clause, 2000 * WAN, first_year=2026, facts={"built_within_12_months": True})
    assert [(t.fen, t.due_year) for t in lump] == [(2000 * WAN, 2026)]


def test_every_idiom_default_schedule_stages_split_exactly() -> None:
    r = _clause(EVERY, "60-stages-staged.yaml", "plant-stages")
    assert [(t.stage, t.fen, t.happened) for t in r.schedule] == [
        ("主体封闭", 33_333_333, True), ("竣工验收", 33_333_333, False), ("投产", 33_333_334, None)]


def test_the_trace_shows_each_stage_with_its_amount(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["assess", str(LIUHE / "cases" / "art21-unknown.yaml"), "--clause", "art2-services"])
    assert done.value.code == 0
    text = "".join(capsys.readouterr().out.split())  # wrapped lines, without the breaks and spaces
    assert "支付安排：阶段：建筑物主体封闭30%：180万元；阶段：建筑工程通过正式竣工验收30%：180万元；阶段：正常运营满6个月40%：240万元" in text
    assert "支付方式：尚不确定是否新建重点产业项目在12个月内全面建成并投产：若是，一次性拨付" in text
    assert ("支付安排尚需：新建重点产业项目在12个月内全面建成并投产（built_within_12_months）、建筑物主体封闭日期（enclosed_on）、"
            "建筑工程通过正式竣工验收日期（completion_accepted_on）、项目正常运营满6个月（自企业开出第一张发票起算）"
            "（operated_six_months）（只影响支付方式，不影响金额）") in text


def test_the_trace_asks_no_payment_fact_once_every_one_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["assess", str(LIUHE / "cases" / "art21-lump-sum.yaml"), "--clause", "art2-services"])
    assert done.value.code == 0
    assert "支付安排尚需" not in capsys.readouterr().out


@given(st.integers(min_value=0, max_value=10**14),
       st.lists(st.integers(min_value=1, max_value=1000), min_size=2, max_size=6))
@settings(max_examples=30, deadline=None)
def test_stage_shares_always_add_up_to_the_amount(amount: int, weights: list[int]) -> None:
    total = sum(weights)
    shares = [Fraction(w, total) for w in weights]
    stages = tuple(m.Stage(f"阶段{i}", s) for i, s in enumerate(shares, start=1))
    base = load_policy(EVERY).clause("plant-stages")
    from dataclasses import replace

    clause = replace(base, schedule=m.Schedule("stages", tuple(shares), stages=stages))
    plan = payment_plan(clause, amount)
    assert sum(t.fen for t in plan) == amount
    assert [t.stage for t in plan] == [s.event for s in stages]
    assert all(t.fen >= 0 for t in plan)
    for t, s in zip(plan[:-1], shares[:-1], strict=True):  # all but the last: rounded down, as tranches are
        assert t.fen == amount * s.numerator // s.denominator


BAD = [
    ("stages: [{event: 主体封闭, share: 30%}, {event: 竣工验收, share: 60%}]", "各阶段比例之和应当等于 100%"),
    ("stages: [{event: 主体封闭, share: 50%}, {event: 主体封闭, share: 50%}]", "阶段「主体封闭」重复"),
    ("stages: [{event: 主体封闭, share: 50%, fact: staff}, {event: 竣工验收, share: 50%}]", "应当是日期或是/否值"),
    ("stages: [{event: 主体封闭, share: 100%}]", "至少两个阶段"),
]


@pytest.mark.parametrize(("body", "problem"), BAD)
def test_a_bad_stage_list_is_refused_at_its_line(tmp_path: Path, body: str, problem: str) -> None:
    import shutil

    d = tmp_path / "every_idiom"
    shutil.copytree(EVERY, d)
    path = d / "clauses" / "sched13.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"    schedule:\n      type: stages\n      {body}\n",
                    encoding="utf-8")
    with pytest.raises(PolicyFileError, match=problem):
        load_policy(d)


def test_a_choice_on_records_is_refused(tmp_path: Path) -> None:
    import shutil

    d = tmp_path / "every_idiom"
    shutil.copytree(EVERY, d)
    path = d / "clauses" / "sched13.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "    schedule:\n      type: choice\n"
                    "      when: {granted: [fixed]}\n      then: {type: lump_sum}\n      else: {type: lump_sum}\n",
                    encoding="utf-8")
    with pytest.raises(PolicyFileError, match="支付方式的条件只能读取申报的事实"):
        load_policy(d)


def test_a_layered_policy_inherits_its_base_default_schedule(tmp_path: Path) -> None:
    """A variant over Liuhe: its added clause that states no schedule is paid by the base's 第21条."""
    d = tmp_path / "cn-jl-example-variant"
    (d / "clauses").mkdir(parents=True)
    (d / "source.txt").write_text("示例\n\n第一条 对新上的示例项目，给予奖励100万元。\n", encoding="utf-8")
    (d / "policy.yaml").write_text("id: cn-jl-example-variant\nbase: cn-jl-liuhe-key-industries\ntitle: 示例\n"
                                   "issuer: 示例\nsource: source.txt\nstatus: draft\n", encoding="utf-8")
    (d / "clauses" / "added.yaml").write_text(
        "clauses:\n  - id: example\n    cite: 第一条\n    quote: 对新上的示例项目，给予奖励100万元。\n    kind: monetary\n"
        "    when: new_project\n    amount: 100万元\n", encoding="utf-8")
    p = load_policy(d)
    base = load_policy(LIUHE)
    assert p.default_schedule == base.default_schedule
    assert p.clause("example").schedule == base.default_schedule
    assert p.clause("art2-agri").schedule.type == "lump_sum"
