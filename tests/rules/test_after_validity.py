"""Payments after the policy's validity (issue 13, 解读约定第18条): a tranche falling after the validity is
marked and still owed; a programme's later years after it are named and not decided; ``show`` says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from subsidy.cli import main
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.report import clause_json
from subsidy.rules.results import PolicyResult
from subsidy.rules.schedules import payment_plan

ROOT = Path(__file__).resolve().parents[1].parent
EVERY = ROOT / "tests" / "rules" / "every_idiom"
WAN = 1_000_000  # 1万元 in 分


def _case(name: str, **changes: object) -> tuple[Policy, PolicyResult]:
    policy = load_policy(EVERY)
    data = load_case_file(EVERY / "cases" / name)
    data.update(changes)
    return policy, assess(policy, parse_case(data, policy, name=name))


def test_a_tranche_after_the_validity_is_marked_and_still_owed() -> None:
    """Validity 2026-12-01 to 2031-11-30; awarded in 2030: the third tranche (2032) falls after it."""
    _, result = _case("57-tranches-past-validity.yaml")
    r = next(x for x in result.clauses if x.clause.id == "line-tranches")
    assert [(t.fen, t.after_validity) for t in r.schedule] == [(15 * WAN, False), (9 * WAN, False), (6 * WAN, True)]
    assert sum(t.fen for t in r.schedule) == r.granted_fen == 30 * WAN
    assert r.schedule[2].when == "第3年（有效期满后拨付，仍须支付）"
    assert [t["after_validity"] for t in clause_json(r)["schedule"]] == [False, False, True]


def test_tranches_within_the_validity_are_not_marked() -> None:
    _, result = _case("58-tranches-within-validity.yaml")
    r = next(x for x in result.clauses if x.clause.id == "line-tranches")
    assert [t.after_validity for t in r.schedule] == [False, False, False]
    assert [t.when for t in r.schedule] == ["第1年", "第2年", "第3年"]


def test_an_award_marks_its_tranches_by_due_year() -> None:
    policy = load_policy(EVERY)
    clause = policy.clause("line-tranches")
    plan = payment_plan(clause, 30 * WAN, first_year=2030, validity_end=dt.date(2031, 11, 30))
    assert [(t.due_year, t.after_validity) for t in plan] == [(2030, False), (2031, False), (2032, True)]
    assert plan[2].when == "2032年（第3年）（有效期满后拨付，仍须支付）"
    assert [t.after_validity for t in payment_plan(clause, 30 * WAN, first_year=2030)] == [False] * 3  # no validity


def test_a_programme_names_its_years_after_the_validity() -> None:
    """连续3年, first year assessed in 2031 (validity ends 2031-11-30): 2032 and 2033 are after it."""
    _, result = _case("01-all-yes.yaml", as_of=dt.date(2031, 6, 30))
    r = next(x for x in result.clauses if x.clause.id == "per-unit")
    step = next(s for s in r.steps if s.kind == "programme")
    assert step.inputs["after_validity"] == "2032年、2033年"
    assert "2032年、2033年在政策有效期满后，不再核定（解读约定第18条）" in step.text
    # the table path's projection of later years counts exactly the others (one definition)
    from subsidy.rules.simulate import programme_years_ahead

    assert programme_years_ahead(result.policy, dt.date(2031, 6, 30), None) == 0
    assert programme_years_ahead(result.policy, dt.date(2030, 6, 30), None) == 1  # 2031-06-30 is within, 2032 not
    _, edge = _case("01-all-yes.yaml", as_of=dt.date(2029, 11, 30))  # its anniversaries: 2030, 2031-11-30 (last day)
    step = next(s for x in edge.clauses if x.clause.id == "per-unit" for s in x.steps if s.kind == "programme")
    assert step.inputs["after_validity"] == ""
    _, early = _case("01-all-yes.yaml")
    step = next(s for x in early.clauses if x.clause.id == "per-unit" for s in x.steps if s.kind == "programme")
    assert step.inputs["after_validity"] == ""
    assert "有效期满后" not in step.text


def test_show_says_what_becomes_of_payments_after_the_validity(capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUBSIDY_POLICIES", str(EVERY.parent))
    with pytest.raises(SystemExit) as exc:
        main(["show", "test-every-idiom/line-tranches"])
    assert exc.value.code in (0, None)
    out = capsys.readouterr().out.replace("\n", "")
    assert "支付安排：分期拨付：第1期 50%、第2期 30%、第3期 20%；有效期满后到期的期次仍须拨付（解读约定第18条）" in out


def test_an_approved_award_stores_the_mark_in_its_when() -> None:
    from subsidy.services.approval import payment_schedule

    clause = load_policy(EVERY).clause("line-tranches")
    stored = payment_schedule(clause, 30 * WAN, 2030, dt.date(2031, 11, 30))
    assert [x["when"] for x in stored] == ["2030年（第1年）", "2031年（第2年）", "2032年（第3年）（有效期满后拨付，仍须支付）"]
    assert [x["fen"] for x in stored] == [15 * WAN, 9 * WAN, 6 * WAN]
