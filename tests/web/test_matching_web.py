"""免申即享 match review through the web application: officers list the stored runs and read one run's
results by 可免申 / 待补充 / 不符合 (clause, ceiling, missing facts); they push notices (recorded in the audit
log); an applicant of a matched organisation sees its offer and confirms it (意愿确认), which creates its
application with the registry's facts; nobody else can read or confirm it."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from staff_world import YEAR, World, build, login, token_of

from db_support import BAOAN, snapshot, tx, uscc, user
from subsidy.population.reader import read_registry
from subsidy.rules.registry import find_policy
from subsidy.services import audit, matching
from subsidy.store.tables import Application, AuditRecord, Call, MatchRow, OutboxMessage
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

HEADER = "统一社会信用代码,单位名称,具备独立法人资格,从事大健康领域研发、生产和服务,开发医疗大模型（L1）或场景大模型（L2）," \
         "上一年度租用智能算力开展大模型训练及推理,算力服务合同金额（万元）\n"


def _setup(engine: Engine, tmp_path: Path) -> tuple[World, int]:
    """The staff world, an open call for 第二条, and a stored run: org A (uscc 1) 可免申, org B (uscc 2)
    待补充 (its contract amount unknown), entity 9 可免申 but not registered."""
    w = build(engine)
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + f"{uscc(1)},康养科技有限公司,是,是,是,是,400\n{uscc(2)},宝安医疗器械有限公司,是,是,是,是,\n"
                    f"{uscc(9)},未登记公司,是,是,是,是,300\n", encoding="utf-8")
    with tx(engine) as s:
        closed = s.get_one(Call, w.call)
        s.add(Call(adopted_policy_id=closed.adopted_policy_id, year=YEAR + 1, title="免申即享批次", clauses=["art2"],
                   budget_fen=closed.budget_fen, clause_budgets={}, opens_on=dt.date(YEAR + 1, 1, 1),
                   closes_on=dt.date(YEAR + 1, 12, 31), required_documents={}, rubric=closed.rubric, panel_size=3,
                   notice_working_days=5, correction_working_days=10, one_per_entity=False, state="open"))
        adopted, p = matching.match_policy(s, BAOAN)
        run, _ = matching.run_match(s, user(s, "officer"), adopted, p, read_registry(path, find_policy(BAOAN)),
                                    registry_name=path.name, registry_sha256="0" * 64, today=dt.date(YEAR + 1, 3, 1))
        run_id = run.id
    return w, run_id


@pytest.fixture
def world(engine: Engine, db_url: str, tmp_path: Path) -> tuple[FastAPI, World, int]:
    w, run_id = _setup(engine, tmp_path)
    application = create_app(db_url)
    application.state.engine = engine
    return application, w, run_id


def _client(app: FastAPI, name: str | None) -> TestClient:
    c = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    if name:
        login(c, name)
    return c


def _number(engine: Engine, run_id: int, code: str) -> int:
    with tx(engine) as s:
        return s.scalars(select(MatchRow.number).where(MatchRow.run_id == run_id, MatchRow.uscc == code,
                                                      MatchRow.clause_id == "art2")).one()


def test_runs_and_filters(world: tuple[FastAPI, World, int]) -> None:
    app, _, run_id = world
    c = _client(app, "officer")
    runs = c.get("/office/matching")
    assert runs.status_code == 200 and f'data-run="{run_id}"' in runs.text
    eligible = c.get(f"/office/matching/{run_id}")
    assert eligible.status_code == 200
    body = unescape(eligible.text)
    assert "康养科技有限公司" in body and "未登记公司" in body and "（未登记）" in body
    assert "第二条" in body and "80万元" in body  # 400万 × 20%
    assert "宝安医疗器械有限公司" not in body.split('id="match-rows"')[1]
    pending = unescape(c.get(f"/office/matching/{run_id}?outcome=pending").text)
    row = pending.split('id="match-rows"')[1]
    assert "宝安医疗器械有限公司" in row and "算力服务合同金额" in row
    ineligible = c.get(f"/office/matching/{run_id}?outcome=ineligible")
    assert ineligible.status_code == 200 and 'id="match-ineligible"' in ineligible.text
    assert c.get(f"/office/matching/{run_id}?outcome=nonsense").status_code == 422
    assert c.get("/office/matching/999999").status_code == 404


@pytest.mark.parametrize("name, status", [(None, 303), ("applicant", 403), ("finance", 403), ("auditor", 403),
                                          ("admin", 200)])
def test_who_reads_the_runs(world: tuple[FastAPI, World, int], name: str | None, status: int) -> None:
    app, _, run_id = world
    c = _client(app, name)
    assert c.get("/office/matching").status_code == status
    assert c.get(f"/office/matching/{run_id}").status_code == status


def test_notice_to_confirmed_application(world: tuple[FastAPI, World, int], engine: Engine) -> None:
    app, w, run_id = world
    officer = _client(app, "officer")
    page = officer.get(f"/office/matching/{run_id}")
    r = officer.post(f"/office/matching/{run_id}/notices", data={"csrf_token": token_of(page.text),
                                                               "next": f"/office/matching/{run_id}"})
    assert r.status_code == 303 and "done=" in r.headers["location"]
    with tx(engine) as s:
        rec = s.scalars(select(AuditRecord).where(AuditRecord.action == "notify_match")).one()
        assert rec.subject == f"organisation:{w.org_a}" and (rec.detail["run"], rec.detail["uscc"]) == (run_id, uscc(1))
        [notice] = s.scalars(select(OutboxMessage).where(OutboxMessage.event == "match")).all()
        assert notice.organisation_id == w.org_a and notice.link == "/matching"
        assert "免申即享" in notice.text and "80" not in notice.text  # says that, never the amounts
    assert "已通知 1 家企业" in officer.get(f"/office/matching/{run_id}").text

    number = _number(engine, run_id, uscc(1))
    alice = _client(app, "applicant")  # of org A
    inbox = alice.get("/inbox")
    assert inbox.status_code == 200 and "免申即享" in inbox.text and 'href="/matching"' in inbox.text
    offers = alice.get("/matching")
    assert offers.status_code == 200 and "已通知，待确认" in offers.text and f"/matching/{run_id}/rows/{number}" in offers.text
    offer = alice.get(f"/matching/{run_id}/rows/{number}")
    assert offer.status_code == 200 and "确认申报意愿" in offer.text
    assert "<td>是</td>" in offer.text and "True" not in offer.text and "400万元" in offer.text
    other = _client(app, "applicant_b")  # of org B: not theirs
    assert other.get(f"/matching/{run_id}/rows/{number}").status_code == 403
    before = snapshot(engine)
    refused = other.post(f"/matching/{run_id}/rows/{number}", data={"csrf_token": token_of(other.get("/workbench").text)})
    assert refused.status_code == 403
    after = snapshot(engine)
    after.pop("user_sessions"), before.pop("user_sessions")
    assert after == before
    done = alice.post(f"/matching/{run_id}/rows/{number}", data={"csrf_token": token_of(offer.text)})
    assert done.status_code == 303
    with tx(engine) as s:
        app_row = s.scalars(select(Application).where(Application.project_title == "康养科技有限公司（免申即享）")).one()
        assert app_row.organisation_id == w.org_a and app_row.clause_id == "art2" and app_row.state == "draft"
        assert app_row.facts["compute_contract_amount"] is not None
        assert audit.verify(s) == []
    shown = alice.get(done.headers["location"])
    assert 'id="confirmed"' in shown.text and "已创建" in shown.text
    again = alice.post(f"/matching/{run_id}/rows/{number}", data={"csrf_token": token_of(offer.text)})
    assert again.status_code in (200, 409) and "已于" in unescape(again.text)
    assert "已确认（申报" in officer.get(f"/office/matching/{run_id}").text


def test_pending_rows_cannot_be_confirmed(world: tuple[FastAPI, World, int], engine: Engine) -> None:
    app, _, run_id = world
    number = _number(engine, run_id, uscc(2))
    bob = _client(app, "applicant_b")
    page = bob.get(f"/matching/{run_id}/rows/{number}")
    assert page.status_code == 200 and "确认申报意愿" not in page.text
    r = bob.post(f"/matching/{run_id}/rows/{number}", data={"csrf_token": token_of(bob.get("/workbench").text)})
    assert r.status_code == 409 and "只有可免申的行可以确认" in unescape(r.text)
    assert bob.get(f"/matching/{run_id}/rows/999").status_code == 404
    assert re.search(r"待补充", unescape(page.text))
