"""The 严重失信 flag an officer set is the office's: the organisation's own declaration sits beside it
and cannot clear it, so the payment it blocks stays blocked (regression, through the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from money_factories import BAOAN, WAN, add_award, add_call, add_org, add_user, tx, uscc
from sqlalchemy import Engine, func, select

from subsidy.rules.registry import find_policy
from subsidy.services.commitments import commit_award
from subsidy.services.ledger import append
from subsidy.services.policies import policy_files
from subsidy.store.tables import Award, LedgerEntry, PolicyVersion

pytestmark = pytest.mark.db


def test_an_applicant_clearing_the_flag_on_its_own_organisation_does_not_unblock_payment(engine: Engine, run) -> None:  # type: ignore[no-untyped-def]
    with tx(engine) as s:
        policy = find_policy(BAOAN)  # its files stored, so `org profile` can check facts against it
        s.add(PolicyVersion(version=policy.version, policy_id=policy.id, files=policy_files(Path(policy.directory))))
        s.flush()
        c = add_call(s)
        org = add_org(s, 1, "宝安智慧医院")
        add_user(s, "alice", "applicant", org)
        award = add_award(s, c, org, 100 * WAN, shares=("100%",))
        append(s, "appropriation", call_id=c.id, clause_id="art14a", year=c.year, fen=1000 * WAN, memo="预算")
        commit_award(s, s.get_one(Award, award.id), None)
    code, output = run("org", "profile", uscc(1), "--fact", "serious_dishonesty=是", "--as", "officer")
    assert code == 0 and "经业务科室核实" in output, output
    code, output = run("org", "profile", uscc(1), "--fact", "serious_dishonesty=否", "--as", "alice")
    assert code == 0 and "自报" in output, output
    code, output = run("org", "show", uscc(1), "--json", "--as", "alice")
    shown = json.loads(output)
    # a credit fact: yes/no, whether or not a policy declares it (no longer kept as the text typed)
    assert shown["profile"]["serious_dishonesty"] is False and shown["verified"]["serious_dishonesty"] is True
    assert shown["facts"]["serious_dishonesty"] is True
    code, output = run("pay", "1", "--as", "finance", "--today", "2026-07-01")
    assert code == 3 and "宝安智慧医院存在严重失信行为，信用核查未通过，不予拨付" in output, output
    with tx(engine) as s:
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "payment")) == 0
    # the office lifts the flag: the declaration counts again, and the tranche is paid
    assert run("org", "profile", uscc(1), "--unset", "serious_dishonesty", "--as", "officer")[0] == 0
    code, output = run("pay", "1", "--as", "finance", "--today", "2026-07-01")
    assert code == 0 and "已拨付 期次 1" in output, output


def test_credit_check_reads_the_verified_value_and_a_declared_problem() -> None:
    from subsidy.services.payments import credit_problem
    from subsidy.store.tables import Organisation

    def org(declared: dict[str, object], verified: dict[str, object]) -> Organisation:
        return Organisation(uscc=uscc(1), name="某单位", uscc_valid=True, profile=declared, verified=verified)

    assert credit_problem(org({"serious_dishonesty": False}, {"serious_dishonesty": True})) == "存在严重失信行为"
    assert credit_problem(org({}, {"dishonesty_punishment_target": True})) == "被认定为失信惩戒对象"
    assert credit_problem(org({"serious_dishonesty": True}, {})) == "存在严重失信行为"
    assert credit_problem(org({"serious_dishonesty": True}, {"serious_dishonesty": False})) == "存在严重失信行为"
    assert credit_problem(org({"serious_dishonesty": False}, {"serious_dishonesty": False})) is None
