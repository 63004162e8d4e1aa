"""The facts that change only how a clause is paid (支付安排: its schedule's, rules.describe.payment_facts) on the
applicant's screens: the application form asks them in a fieldset of their own, the application's fact form
asks them again, and the application's page shows what was entered under that heading (Liuhe 第2条第一款, paid
by 第21条's schedule: at once if built within 12 months, else in three stages, each by its own fact)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from test_applicant import login, post

from subsidy.rules.describe import PAYMENT_FACTS_LABEL
from subsidy.services.accounts import set_demo_passwords
from subsidy.services.calls import CallSpec, create_call, open_call
from subsidy.services.organisations import create_user, register_organisation
from subsidy.services.policies import adopt_policy
from subsidy.settings import Settings
from subsidy.store.db import session_scope
from subsidy.store.tables import Application
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

LIUHE = "cn-jl-liuhe-key-industries"
ORG = "91220000MA0000001X"
PAYMENT = ("built_within_12_months", "enclosed_on", "completion_accepted_on", "operated_six_months")


@pytest.fixture
def call_id(engine: Engine) -> int:
    from subsidy.admin.uscc import compute_check_char

    with session_scope(engine) as s:
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="李科长", role="officer")
        adopted = adopt_policy(s, officer, LIUHE, dt.date(2025, 1, 1))
        org = register_organisation(s, officer, uscc=ORG[:17] + compute_check_char(ORG[:17]), name="六合重点产业有限公司",
                                    district="六合", profile={"in_liuhe": True})
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
        call = create_call(s, officer, CallSpec(
            adopted_policy_id=adopted.id, year=2025, title="2025年度六合重点产业项目奖励", clauses=["art2-industrial"],
            budget_fen=2_000_000_000, opens_on=dt.date(2025, 3, 3), closes_on=dt.date(2025, 4, 30),
            rubric=[{"id": "tech", "name": "技术先进性", "weight": 100, "max": 100}], panel_size=1,
            notice_working_days=5, correction_working_days=5, required_documents={}))
        open_call(s, officer, call, dt.date(2025, 3, 1))
        set_demo_passwords(s, now=dt.datetime.now(dt.UTC))
        return call.id


@pytest.fixture
def client(engine: Engine, call_id: int) -> Iterator[TestClient]:
    application: FastAPI = create_app("sqlite://")
    application.state.settings = Settings(str(engine.url))
    application.state.engine = engine
    with TestClient(application, raise_server_exceptions=False, follow_redirects=False) as c:
        yield login(c, "alice")


def _fieldset(html: str) -> str:
    found = re.search(r'<fieldset[^>]*data-fieldset="payment"[^>]*>(.*?)</fieldset>', html, re.S)
    assert found, html
    return found.group(1)


def test_the_application_form_asks_the_payment_facts_apart(client: TestClient, call_id: int) -> None:
    form = client.get(f"/calls/{call_id}/apply?clause=art2-industrial")
    assert form.status_code == 200
    payment = _fieldset(form.text)
    assert f"<legend>{PAYMENT_FACTS_LABEL}</legend>" in payment
    assert re.findall(r'name="fact\.([a-z0-9_]+)"', payment) == list(PAYMENT)
    outside = form.text.replace(payment, "")
    assert 'name="fact.fixed_asset_investment"' in outside  # the amount's facts: asked as before, not under 支付安排
    assert not any(f'name="fact.{n}"' in outside for n in PAYMENT)
    # each fact's help from the policy file, tied to its field: "尚未封闭的不填" is how to answer an open stage
    assert 'aria-describedby="help-enclosed_on"' in payment
    assert '<div class="q-help" id="help-enclosed_on">项目建筑物主体封闭的日期；尚未封闭的不填。</div>' in payment


def test_the_entered_payment_facts_are_kept_shown_and_asked_again(client: TestClient, engine: Engine,
                                                                  call_id: int) -> None:
    r = post(client, f"/calls/{call_id}/apply", {
        "clause": "art2-industrial", "project_title": "新建汽车零部件工厂", "fact.fixed_asset_investment": "8000万元",
        "fact.built_within_12_months": "否", "fact.enclosed_on": "2025-02-20"})
    assert r.status_code == 303, r.text
    app_id = int(re.search(r"/applications/(\d+)", r.headers["location"]).group(1))  # type: ignore[union-attr]
    with session_scope(engine) as s:
        facts = s.get_one(Application, app_id).facts
    assert facts["built_within_12_months"] is False and facts["enclosed_on"] == "2025-02-20"

    page = client.get(f"/applications/{app_id}").text
    shown = re.search(r'data-table="payment-facts".*?</table>', page, re.S)
    assert shown and PAYMENT_FACTS_LABEL in page
    rows = re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", shown.group(0))
    assert rows == [("新建重点产业项目在12个月内全面建成并投产", "否"), ("建筑物主体封闭日期", "2025-02-20"),
                    ("建筑工程通过正式竣工验收日期", "未填"), ("项目正常运营满6个月（自企业开出第一张发票起算）", "未填")]
    project = re.search(r'data-table="facts".*?</table>', page, re.S)
    assert project and "8000万元" in project.group(0) and "建筑物主体封闭日期" not in project.group(0)

    again = _fieldset(page)  # the fact form: the same fields, with what was entered
    assert '<option value="否" selected>否</option>' in again
    assert 'name="fact.enclosed_on" value="2025-02-20"' in again
    r = post(client, f"/applications/{app_id}/facts", {"fact.completion_accepted_on": "2025-04-01"})
    assert r.status_code == 303, r.text
    assert "<tr><td>建筑工程通过正式竣工验收日期</td><td>2025-04-01</td></tr>" in client.get(f"/applications/{app_id}").text
