"""The applicant's screens in the browser's terms (TestClient): the application's page, applying to an
open call, the applicant's transitions through the one action route, 补正 with its deadline, 我的单位,
awards and reports, and the notices inbox; and that another organisation's ids, guessed, are refused."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from subsidy.errors import CaseInputError
from subsidy.services.accounts import set_demo_passwords
from subsidy.services.audit import load_user
from subsidy.services.calls import CallSpec, create_call, open_call
from subsidy.services.formal_review import accept, return_for_correction
from subsidy.services.organisations import create_user, register_organisation
from subsidy.services.policies import adopt_policy
from subsidy.settings import Settings
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, Award, OutboxMessage, TrackingReport, Tranche
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

PASSWORD = "yanshi-2026"  # the demo password: the test database is a simulation one
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
ORG, OTHER = "91350100M000100Y43", "91110105MA01ABCD1B"
PROFILE = {"operates_in_chaoyang": True, "work_safety_accident": False, "serious_dishonesty": False,
           "smart_eldercare_field": True}
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
IN_WINDOW = "2026-03-16"
SECRET_REASON = "营业执照副本模糊，请重新扫描上传（内部编号 Z-17）"


def _other_code() -> str:
    from subsidy.admin.uscc import compute_check_char

    return OTHER[:17] + compute_check_char(OTHER[:17])


def _world(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="李科长", role="officer")
        create_user(s, admin, username="auditor", display_name="审计员", role="auditor")
        create_user(s, admin, username="expert1", display_name="专家甲", role="expert",
                    employer_uscc="91110000100000000R")
        adopted = adopt_policy(s, officer, CHAOYANG, dt.date(2026, 1, 1))
        org = register_organisation(s, officer, uscc=ORG, name="北京康养科技有限公司", district="朝阳区", profile=PROFILE)
        other = register_organisation(s, officer, uscc=_other_code(), name="另一家养老服务公司", district="朝阳区",
                                      profile=PROFILE)
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
        create_user(s, admin, username="bob", display_name="赵经理", role="applicant", organisation=other)
        call = create_call(s, officer, CallSpec(
            adopted_policy_id=adopted.id, year=2026, title="2026年度朝阳区智慧康养专项资金", clauses=["art7"],
            budget_fen=2_000_000_000, opens_on=dt.date(2026, 3, 2), closes_on=dt.date(2026, 4, 30),
            rubric=[{"id": "tech", "name": "技术先进性", "weight": 100, "max": 100}], panel_size=1,
            notice_working_days=5, correction_working_days=5, required_documents={"*": ["营业执照"]}))
        open_call(s, officer, call, dt.date(2026, 3, 1))
        set_demo_passwords(s, now=dt.datetime.now(dt.UTC))
        return {"call": call.id, "org": org.id, "other": other.id}


@pytest.fixture
def world(engine: Engine) -> dict[str, int]:
    return _world(engine)


@pytest.fixture
def app(engine: Engine, world: dict[str, int]) -> FastAPI:  # the tests' own engine (PostgreSQL: its schema)
    application = create_app("sqlite://")
    application.state.settings = Settings(str(engine.url), documents_max_bytes=64 * 1024)
    application.state.engine = engine
    return application


def _client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    yield from _client(app)


def token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def login(client: TestClient, username: str) -> TestClient:
    form = client.get("/login")
    r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token(form.text)})
    assert r.status_code == 303, r.text
    return client


def post(client: TestClient, path: str, data: dict[str, str] | None = None, **kw: Any) -> Any:
    page = client.get("/workbench")
    return client.post(path, data={"csrf_token": token(page.text), **(data or {})}, **kw)


def apply(client: TestClient, call_id: int, *, docs: bool = True) -> int:
    form = client.get(f"/calls/{call_id}/apply?clause=art7")
    assert form.status_code == 200 and 'name="fact.project_budget"' in form.text, form.text
    r = post(client, f"/calls/{call_id}/apply", {"clause": "art7", "project_title": "社区智慧照护场景",
                                                  "fact.scenario_opened": "是", "fact.project_budget": "600万元"})
    assert r.status_code == 303, r.text
    app_id = int(re.search(r"/applications/(\d+)", r.headers["location"]).group(1))  # type: ignore[union-attr]
    if docs:
        up = post(client, f"/applications/{app_id}/documents", {"doc_type": "营业执照"},
                  files={"file": ("营业执照.pdf", PDF, "application/pdf")})
        assert up.status_code == 303, up.text
    return app_id


def act(client: TestClient, app_id: int, action: str, day: str = IN_WINDOW, **fields: str) -> Any:
    return post(client, f"/applications/{app_id}/actions/{action}", {"business_date": day, **fields})


def state_of(engine: Engine, app_id: int) -> str:
    with session_scope(engine) as s:
        return s.get_one(Application, app_id).state


def notices(engine: Engine) -> list[OutboxMessage]:
    with session_scope(engine) as s:
        rows = list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        s.expunge_all()
        return rows


def test_apply_submit_and_the_page_shows_state_clause_facts_documents(client: TestClient, engine: Engine,
                                                                      world: dict[str, int]) -> None:
    login(client, "alice")
    calls = client.get("/calls")
    assert calls.status_code == 200 and "2026年度朝阳区智慧康养专项资金" in calls.text and "按此条款申报" in calls.text
    app_id = apply(client, world["call"], docs=False)
    page = client.get(f"/applications/{app_id}")
    assert page.status_code == 200
    assert "草稿（未提交）" in page.text and "第七条" in page.text and "600万元" in page.text
    assert "尚缺材料：营业执照" in page.text
    assert re.findall(r'data-action="([a-z_]+)"', page.text) == ["submit", "withdraw"]
    refused = act(client, app_id, "submit")
    assert refused.status_code == 409 and "缺少：营业执照" in refused.text and state_of(engine, app_id) == "draft"
    post(client, f"/applications/{app_id}/documents", {"doc_type": "营业执照"},
         files={"file": ("营业执照.pdf", PDF, "application/pdf")})
    done = act(client, app_id, "submit")
    assert done.status_code == 303 and done.headers["location"].startswith(f"/applications/{app_id}?done=")
    page = client.get(done.headers["location"])
    assert "申报已提交，等待形式审查" in page.text and "已提交，等待形式审查" in page.text
    assert re.findall(r'data-action="([a-z_]+)"', page.text) == ["withdraw"]
    assert state_of(engine, app_id) == "submitted"
    mine = client.get("/applications")
    assert f'href="/applications/{app_id}"' in mine.text and "已提交，等待形式审查" in mine.text


def test_a_bad_upload_is_refused_with_a_chinese_message(client: TestClient, world: dict[str, int]) -> None:
    login(client, "alice")
    app_id = apply(client, world["call"], docs=False)
    r = post(client, f"/applications/{app_id}/documents", {"doc_type": "营业执照"},
             files={"file": ("营业执照.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")})
    assert r.status_code == 422 and "不是允许的文件类型" in r.text
    r = post(client, f"/applications/{app_id}/documents", {"doc_type": "营业执照"})
    assert r.status_code in (422, 400) and "<html" in r.text


def test_correction_deadline_resubmit_and_the_inbox(client: TestClient, app: FastAPI, engine: Engine,
                                                   world: dict[str, int]) -> None:
    login(client, "alice")
    app_id = apply(client, world["call"])
    assert act(client, app_id, "submit").status_code == 303
    with session_scope(engine) as s:
        officer = load_user(s, "officer")
        s.info["business_date"] = dt.date(2026, 3, 20)
        correction = return_for_correction(s, officer, s.get_one(Application, app_id), SECRET_REASON,
                                           dt.date(2026, 3, 20))
        deadline = correction.deadline
    assert deadline == dt.date(2026, 3, 27)  # 5 working days after Friday 20 March
    page = client.get(f"/applications/{app_id}")
    assert "需补正材料" in page.text and f"请于 <strong>{deadline}</strong> 前补正后重新提交" in page.text
    assert SECRET_REASON in page.text  # the applicant reads the reason on its page (补正 request, timeline)
    assert re.findall(r'data-action="([a-z_]+)"', page.text) == ["resubmit"]
    assert 'data-unread="1"' in page.text and 'aria-label="未读通知 1 条"' in page.text
    inbox = client.get("/inbox")
    assert inbox.status_code == 200 and "需补正材料" in inbox.text and SECRET_REASON not in inbox.text
    (msg,) = notices(engine)
    assert msg.event == "returned" and msg.link == f"/applications/{app_id}" and msg.read_at is None

    refused = act(client, app_id, "resubmit", day="2026-03-30")  # after the deadline
    assert refused.status_code == 409 and "补正期限已于 2026-03-27 届满" in refused.text
    assert act(client, app_id, "resubmit", day="2026-03-25").status_code == 303
    assert state_of(engine, app_id) == "submitted"

    read = post(client, f"/inbox/{msg.id}/read")
    assert read.status_code == 303 and read.headers["location"] == f"/applications/{app_id}"
    assert notices(engine)[0].read_at is not None
    assert 'data-unread="0"' in client.get("/inbox").text

    with session_scope(engine) as s:
        s.info["business_date"] = dt.date(2026, 3, 26)
        accept(s, load_user(s, "officer"), s.get_one(Application, app_id), dt.date(2026, 3, 26))
    assert [m.event for m in notices(engine)] == ["returned", "accepted"]
    assert 'data-unread="1"' in client.get("/workbench").text
    r = post(client, "/inbox/read-all")
    assert r.status_code == 303 and all(m.read_at is not None for m in notices(engine))


def test_the_applicants_transitions_refuse_wrong_role_and_state(client: TestClient, app: FastAPI, engine: Engine,
                                                                world: dict[str, int]) -> None:
    login(client, "alice")
    app_id = apply(client, world["call"])
    r = act(client, app_id, "resubmit")
    assert r.status_code == 409 and state_of(engine, app_id) == "draft"
    r = act(client, app_id, "accept")  # an officer's action, and not from a draft: the state is refused first (409)
    assert r.status_code == 409 and state_of(engine, app_id) == "draft"
    officer = next(_client(app))
    login(officer, "officer")
    assert 'data-action="withdraw"' not in officer.get(f"/applications/{app_id}").text
    r = act(officer, app_id, "withdraw")  # the applicant's own action
    assert r.status_code == 403 and "只能由申报单位执行" in r.text and state_of(engine, app_id) == "draft"
    assert act(client, app_id, "withdraw", reason="项目调整").status_code == 303
    assert state_of(engine, app_id) == "withdrawn"
    page = client.get(f"/applications/{app_id}")
    assert "已撤回" in page.text and "项目调整" in page.text and 'data-action="' not in page.text


def test_another_organisations_ids_are_refused(app: FastAPI, engine: Engine, world: dict[str, int]) -> None:
    alice = next(_client(app))
    login(alice, "alice")
    app_id = apply(alice, world["call"])
    assert act(alice, app_id, "submit").status_code == 303
    with session_scope(engine) as s:
        s.info["business_date"] = dt.date(2026, 3, 20)
        return_for_correction(s, load_user(s, "officer"), s.get_one(Application, app_id), SECRET_REASON,
                              dt.date(2026, 3, 20))
    (msg,) = notices(engine)
    bob = next(_client(app))
    login(bob, "bob")
    for guess in (app_id, app_id + 1, 999):
        r = bob.get(f"/applications/{guess}")
        assert r.status_code in (403, 404) and SECRET_REASON not in r.text and "社区智慧照护场景" not in r.text
    before = state_of(engine, app_id)
    for action in ("resubmit", "withdraw", "submit"):
        assert act(bob, app_id, action).status_code in (403, 404)
    assert post(bob, f"/applications/{app_id}/facts", {"fact.project_budget": "900万元"}).status_code == 403
    assert post(bob, f"/applications/{app_id}/documents", {"doc_type": "营业执照"},
                files={"file": ("x.pdf", PDF, "application/pdf")}).status_code == 403
    assert state_of(engine, app_id) == before
    inbox = bob.get("/inbox")
    assert "需补正材料" not in inbox.text and 'data-unread="0"' in inbox.text
    assert post(bob, f"/inbox/{msg.id}/read").status_code == 403
    assert post(bob, "/inbox/999/read").status_code == 403
    assert notices(engine)[0].read_at is None
    # staff read it, each with its own labels; an expert not on its panel does not
    officer = next(_client(app))
    login(officer, "officer")
    page = officer.get(f"/applications/{app_id}")
    assert page.status_code == 200 and "退回补正中" in page.text and SECRET_REASON in page.text
    expert = next(_client(app))
    login(expert, "expert1")
    assert expert.get(f"/applications/{app_id}").status_code == 403
    assert expert.get("/organisation").status_code == 403


def test_organisation_profile_declared_and_verified_and_the_prefilled_check(client: TestClient, engine: Engine,
                                                                            world: dict[str, int]) -> None:
    login(client, "alice")
    page = client.get("/organisation")
    assert page.status_code == 200 and "北京康养科技有限公司" in page.text and "单位信息（各项申报共用）" in page.text
    link = re.search(r'href="(/calculator/cn-bj-chaoyang-smart-eldercare\?[^"]+)"', page.text)
    assert link and "f.operates_in_chaoyang=" in link.group(1)
    calc = client.get(link.group(1).replace("&amp;", "&"), follow_redirects=True)  # to the canonical link
    assert calc.status_code == 200 and "f.operates_in_chaoyang=" in str(calc.url)
    r = post(client, "/organisation/profile", {"fact": "serious_dishonesty", "value": "是"})
    assert r.status_code == 303
    with session_scope(engine) as s:
        s.info["business_date"] = dt.date(2026, 3, 16)
        from subsidy.services.organisations import find_organisation, update_profile

        update_profile(s, load_user(s, "officer"), find_organisation(s, ORG), {"serious_dishonesty": "否"})
    row = re.search(r'<tr data-fact="serious_dishonesty">(.*?)</tr>', client.get("/organisation").text, re.S)
    assert row and re.findall(r"<td>(.*?)</td>", row.group(1))[2:] == ["是", "否", "否"]
    bad = post(client, "/organisation/profile", {"fact": "serious_dishonesty", "value": "也许"})
    assert bad.status_code == 422


def test_fact_values_beyond_their_range_are_refused_naming_the_field(client: TestClient, engine: Engine,
                                                                     world: dict[str, int]) -> None:
    """One range per fact (model.FactDef.range) on the profile and on applying; the calculator and the API
    read facts with the same parser (tests/web/test_calculator.py, test_api.py)."""
    login(client, "alice")
    huge = str(10**30)
    undeclared = post(client, "/organisation/profile", {"fact": "employees", "value": huge})
    assert undeclared.status_code == 422 and "「employees」不是可在此修改的单位信息" in undeclared.text
    form = client.get(f"/calls/{world['call']}/apply?clause=art7")
    assert form.status_code == 200
    r = post(client, f"/calls/{world['call']}/apply", {"clause": "art7", "project_title": "社区智慧照护场景",
                                                     "fact.scenario_opened": "是", "fact.project_budget": "1" + "0" * 30 + "万元"})
    assert r.status_code == 422 and "「项目预算」" in r.text and "超出可处理的范围" in r.text
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
    from subsidy.rules.model import FactDef
    from subsidy.services.facts import normalise_facts

    with pytest.raises(CaseInputError, match="不能大于 1000000"):  # an integer fact's range
        normalise_facts({"employees": 10**30}, {"employees": [FactDef(name="employees", type="integer", label="职工人数")]})
    with pytest.raises(CaseInputError, match="「employees」不是已采用政策规定的事实"):  # as the form: not kept
        normalise_facts({"employees": 10**30}, {})


def test_awards_tranches_and_a_report_submitted(app: FastAPI, engine: Engine, world: dict[str, int]) -> None:
    with session_scope(engine) as s:
        alice, officer = load_user(s, "alice"), load_user(s, "officer")
        a = Application(call_id=world["call"], organisation_id=world["org"], clause_id="art7", project_title="照护场景",
                        facts={}, state="approved", created_by=alice.id)
        s.add(a)
        s.flush()
        award = Award(application_id=a.id, approved_fen=3_000_000_00, ceiling_fen=3_000_000_00, schedule=[],
                      payee="applicant", approved_on=dt.date(2026, 6, 10), approved_by=officer.id)
        s.add(award)
        s.flush()
        s.add_all([Tranche(award_id=award.id, number=1, fen=1_500_000_00, due_year=2026, state="paid", paid_seq=1),
                   Tranche(award_id=award.id, number=2, fen=1_500_000_00, due_year=2027, requires_report=True,
                           state="scheduled")])
        report = TrackingReport(award_id=award.id, kind="tracking", for_tranche=2, requested_on=dt.date(2026, 9, 1),
                                due_on=dt.date(2026, 9, 29))
        s.add(report)
        s.flush()
        report_id = report.id
    alice_c = next(_client(app))
    login(alice_c, "alice")
    page = alice_c.get("/awards")
    assert page.status_code == 200 and "300万元" in page.text and "150万元" in page.text
    assert "已拨付" in page.text and "待拨付" in page.text and f'action="/reports/{report_id}/submit"' in page.text
    bob = next(_client(app))
    login(bob, "bob")
    assert f"/reports/{report_id}/submit" not in bob.get("/awards").text
    assert post(bob, f"/reports/{report_id}/submit", {"content": "冒名提交", "business_date": "2026-09-10"}).status_code == 403
    r = post(alice_c, f"/reports/{report_id}/submit", {"content": "项目按计划推进，已完成场景部署。",
                                                       "business_date": "2026-09-10"})
    assert r.status_code == 303
    with session_scope(engine) as s:
        row = s.get_one(TrackingReport, report_id)
        assert row.submitted_on == dt.date(2026, 9, 10) and row.content == "项目按计划推进，已完成场景部署。"
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_pages_need_a_login(client: TestClient, world: dict[str, int]) -> None:
    for path in ("/applications/1", "/applications", "/calls", "/organisation", "/awards", "/inbox"):
        r = client.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), path


def test_hostile_input_is_answered_4xx(client: TestClient, engine: Engine, world: dict[str, int]) -> None:
    login(client, "alice")
    for path in ("/applications/99999999999999", "/applications/0", "/calls/99999999999/apply", "/applications/x"):
        assert client.get(path).status_code == 422, path
    assert post(client, "/inbox/99999999999999/read").status_code == 422
    call = world["call"]
    for fields, where in (({"project_title": "长" * 201}, "项目名称过长"), ({"project_ref": "号" * 101}, "项目编号过长"),
                          ({"fact.no_such_fact": "是"}, "没有这个事实"), ({"requested": "三百万"}, "申请金额"),
                          ({"clause": "art99"}, "art99")):
        data = {"clause": "art7", "project_title": "项目"} | fields
        r = post(client, f"/calls/{call}/apply", data)
        assert r.status_code == 422 and where in r.text, (fields, r.status_code, re.findall(r"error-message\">([^<]*)", r.text))
    app_id = apply(client, call, docs=False)
    r = post(client, f"/applications/{app_id}/documents", {"doc_type": "类" * 101},
             files={"file": ("a.pdf", PDF, "application/pdf")})
    assert r.status_code == 422 and "材料类型过长" in r.text
    r = post(client, f"/applications/{app_id}/documents", {"doc_type": "营业执照"},
             files={"file": ("名" * 300 + ".pdf", PDF, "application/pdf")})
    assert r.status_code == 422 and "文件名过长" in r.text
    assert post(client, f"/applications/{app_id}/facts", {"fact.project_budget": "六百万"}).status_code == 422
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 1
