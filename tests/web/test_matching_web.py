"""免申即享 match review through the web application: officers list the stored runs and read one run's
results by 可免申 / 待补充 / 不符合 (clause, ceiling, missing facts); they push notices (recorded in the audit
log); an applicant of a matched organisation sees its offer and confirms it (意愿确认), which creates its
application with the registry's facts; nobody else can read or confirm it."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from staff_world import YEAR, World, build, login, token_of

from db_support import BAOAN, snapshot, tx, uscc, user
from subsidy.population.reader import read_registry
from subsidy.rules.registry import find_policy
from subsidy.services import audit, matching
from subsidy.store.tables import Application, AuditRecord, Call, MatchRun, OutboxMessage
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
        rows = matching.run_rows(s, s.get_one(MatchRun, run_id))
        (number,) = [r.number for r in rows if r.uscc == code and r.clause_id == "art2"]
        return number


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


def _run(c: TestClient, files: dict[str, tuple[str, bytes, str]] | None = None, **fields: str) -> Any:
    token = token_of(c.get("/office/matching").text)
    return c.post("/office/matching", data={"csrf_token": token, "business_date": f"{YEAR + 1}-03-01", **fields},
                  files=files)


def test_an_officer_runs_a_match_from_the_browser_as_the_cli_stores_it(world: tuple[FastAPI, World, int],
                                                                        engine: Engine) -> None:
    app, _, first = world
    c = _client(app, "officer")
    form = c.get("/office/matching").text
    assert 'id="run-match"' in form and f'value="{BAOAN}"' in form and 'value="example:baoan"' in form
    shipped = _run(c, policy=BAOAN, registry="example:baoan")  # a shipped registry
    assert shipped.status_code == 303, shipped.text[-1500:]
    run_id = int(re.search(r"/office/matching/(\d+)", shipped.headers["location"]).group(1))  # type: ignore[union-attr]
    assert run_id > first
    with tx(engine) as s:
        run = matching.get_run(s, user(s, "officer"), run_id)
        assert (run.registry_name, run.rows_read, run.as_of) == ("宝安区示例名录（400户）", 400, dt.date(YEAR + 1, 3, 1))
        assert run.registry_sha256 == matching.file_sha256(Path("examples/registry/baoan.csv"))
        assert [r.action for r in s.scalars(select(AuditRecord).where(AuditRecord.subject == f"match_run:{run_id}"))] \
            == ["run_match"]
    assert c.get(shipped.headers["location"]).status_code == 200
    bad_row = f"{uscc(3)},坏行公司,也许,是,是,是,400\n"  # a yes/no that is neither: listed, not evaluated
    body = (HEADER + f"{uscc(1)},康养科技有限公司,是,是,是,是,400\n" + bad_row).encode()
    uploaded = _run(c, {"file": ("本区名录.csv", body, "text/csv")}, policy=BAOAN, registry="example:chaoyang")
    assert uploaded.status_code == 303, uploaded.text[-1500:]
    from urllib.parse import unquote

    assert "1 行有问题，未评估" in unquote(uploaded.headers["location"])
    page = unescape(c.get(uploaded.headers["location"]).text)
    assert "名录问题：1 行有问题，未评估" in page and "也许" in page and "康养科技有限公司" in page  # the good row evaluated
    with tx(engine) as s:
        latest = matching.list_runs(s, user(s, "officer"))[-1]
        assert (latest.registry_name, latest.rows_read, latest.rows_refused) == ("本区名录.csv", 2, 1)
        assert latest.registry_sha256 == __import__("hashlib").sha256(body).hexdigest()
    with tx(engine) as s:
        assert matching.verify_rows(s) == []  # the stored rows match their digest, as the CLI's do


def test_a_match_refused_says_why_in_chinese(world: tuple[FastAPI, World, int], engine: Engine) -> None:
    app, _, _ = world
    c = _client(app, "officer")
    with tx(engine) as s:
        before = len(matching.list_runs(s, user(s, "officer")))
    cases = [({"policy": BAOAN, "registry": "example:nowhere"}, None, 422, "名录「example:nowhere」不存在"),
             ({"policy": BAOAN}, None, 422, "没有选择名录"),
             ({"policy": BAOAN}, {"file": ("名录.txt", b"a,b\n", "text/plain")}, 422, "不是 CSV、Excel 或 Parquet 文件"),
             ({"policy": BAOAN}, {"file": ("空.csv", b"", "text/csv")}, 422, "上传的文件是空的"),
             ({"policy": BAOAN}, {"file": ("无表头.csv", "甲,乙\n1,2\n".encode(), "text/csv")}, 422, "名录"),
             ({"policy": "cn-bj-chaoyang-smart-eldercare", "registry": "example:chaoyang"}, None, 409, "尚未采用")]
    for fields, files, status, said in cases:
        r = _run(c, files, **fields)
        assert r.status_code == status, (fields, r.status_code, r.text[-800:])
        assert said in unescape(r.text) and 'id="match-refused"' in r.text, (said, r.text[-1500:])
    with tx(engine) as s:
        assert len(matching.list_runs(s, user(s, "officer"))) == before  # nothing stored


@pytest.mark.parametrize("name", ["applicant", "expert1", "finance", "auditor"])
def test_only_officers_and_administrators_run_a_match(world: tuple[FastAPI, World, int], name: str) -> None:
    app, _, _ = world
    c = _client(app, name)
    token = token_of(c.get("/workbench").text)
    r = c.post("/office/matching", data={"csrf_token": token, "policy": BAOAN, "registry": "example:baoan"})
    assert r.status_code == 403 and "运行免申即享匹配" in r.text
