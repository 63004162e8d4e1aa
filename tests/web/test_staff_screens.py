"""The staff's screens in the browser's terms (TestClient): the expert declares and scores with both
comments, and after a conflict sees nothing of the application; finance appropriates (a resubmitted
form writes once), reverses, and pays a confirmed run once however often it is confirmed (two posts at
once included); the auditor reads the ledger with actor and business date, the audit log in words,
verifies, and exports the same rows to Excel; the administrator creates an account with a one-time
password shown once, resets it, deactivates and activates."""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from staff_world import PASSWORD, World, build, login, token_of

from db_support import snapshot, tx
from subsidy.services.auditing import LEDGER_HEADERS
from subsidy.store.tables import AuditRecord, LedgerEntry, PanelMember, Score, Tranche, User
from subsidy.web.app import create_app

pytestmark = pytest.mark.db


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


@pytest.fixture
def web(engine: Engine, world: World, db_url: str) -> FastAPI:
    app = create_app(db_url)
    app.state.engine = engine  # the test's database (on PostgreSQL, its own schema)
    return app


@pytest.fixture
def client(web: FastAPI) -> Iterator[TestClient]:
    with TestClient(web, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


def _done(r: Any) -> str:
    from urllib.parse import parse_qs, urlparse

    assert r.status_code == 303, (r.status_code, r.text[:800])
    return parse_qs(urlparse(r.headers["location"]).query).get("done", [""])[0]


# ---- expert ---------------------------------------------------------------------------------------


def test_an_expert_declares_no_conflict_and_scores_with_both_comments(client: TestClient, world: World,
                                                                      engine: Engine) -> None:
    expert = world.panel[0]
    token = login(client, expert)
    tasks = client.get("/expert")
    assert tasks.status_code == 200 and "智慧康养平台" in tasks.text and "待作出回避声明" in tasks.text
    page = client.get(f"/expert/applications/{world.review_app}")
    assert page.status_code == 200 and "回避声明" in page.text and 'name="score_tech"' not in page.text
    r = client.post(f"/expert/applications/{world.review_app}/declaration",
                    data={"decision": "none", "csrf_token": token})
    assert "已声明无利害关系" in _done(r)
    page = client.get(f"/expert/applications/{world.review_app}")
    assert 'name="score_tech"' in page.text and "技术先进性" in page.text
    bad = client.post(f"/expert/applications/{world.review_app}/scores",
                      data={"score_tech": "45", "score_team": "20", "score_benefit": "20", "csrf_token": token})
    assert bad.status_code == 409 and "评分无效" in bad.text and 'value="45"' in bad.text  # the form again, kept
    r = client.post(f"/expert/applications/{world.review_app}/scores",
                    data={"score_tech": "32.5", "score_team": "25", "score_benefit": "24", "csrf_token": token,
                          "applicant_comment": "技术路线清晰，建议补充临床数据", "internal_comment": "团队规模偏小"})
    assert "加权总分 81.50 分" in _done(r)
    with tx(engine) as s:
        row = s.scalars(select(Score).where(Score.application_id == world.review_app)).one()
        assert (row.applicant_comment, row.internal_comment) == ("技术路线清晰，建议补充临床数据", "团队规模偏小")
        assert row.scores == {"tech": "32.5", "team": "25", "benefit": "24"}
    again = client.post(f"/expert/applications/{world.review_app}/scores",
                        data={"score_tech": "1", "score_team": "1", "score_benefit": "1", "csrf_token": token})
    assert again.status_code == 409 and "不能重复提交" in again.text
    shown = client.get(f"/expert/applications/{world.review_app}")
    assert "81.50" in shown.text and "团队规模偏小" in shown.text


def test_after_declaring_a_conflict_the_expert_sees_nothing_of_the_application(client: TestClient, world: World,
                                                                               engine: Engine) -> None:
    expert = world.panel[1]
    token = login(client, expert)
    empty = client.post(f"/expert/applications/{world.review_app}/declaration",
                        data={"decision": "conflict", "reason": "  ", "csrf_token": token})
    assert empty.status_code == 409 and "须写明理由" in empty.text
    r = client.post(f"/expert/applications/{world.review_app}/declaration",
                    data={"decision": "conflict", "reason": "本人曾在该单位任职", "csrf_token": token})
    assert r.headers["location"].startswith("/expert?") and "已声明回避" in _done(r)
    assert "智慧康养平台" not in client.get("/expert").text
    gone = client.get(f"/expert/applications/{world.review_app}")
    assert gone.status_code == 403 and "不能查看" in gone.text
    refused = client.post(f"/expert/applications/{world.review_app}/scores",
                          data={"score_tech": "30", "score_team": "20", "score_benefit": "20", "csrf_token": token})
    assert refused.status_code == 403
    with tx(engine) as s:  # replaced by the one expert left in the pool
        members = s.scalars(select(PanelMember).where(PanelMember.application_id == world.review_app)).all()
        assert len(members) == 4 and s.scalar(select(func.count()).select_from(Score)) == 0


def test_an_expert_not_on_the_panel_is_refused_by_id(client: TestClient, world: World, engine: Engine) -> None:
    token = login(client, world.outsider)
    assert "智慧康养平台" not in client.get("/expert").text
    before = snapshot(engine)
    assert client.get(f"/expert/applications/{world.review_app}").status_code == 403
    for action, data in (("declaration", {"decision": "none"}), ("scores", {"score_tech": "30"})):
        r = client.post(f"/expert/applications/{world.review_app}/{action}", data={**data, "csrf_token": token})
        assert r.status_code == 403, (action, r.status_code)
    assert client.get("/expert/applications/999999").status_code == 403  # a guessed id: the same answer
    assert snapshot(engine) == before


# ---- finance --------------------------------------------------------------------------------------


def test_finance_appropriates_once_per_form_and_reverses(client: TestClient, world: World, engine: Engine) -> None:
    token = login(client, "finance")
    page = client.get("/finance/appropriations")
    assert page.status_code == 200 and "下达预算" in page.text
    key = re.search(r'name="key" value="([^"]+)"', page.text)
    assert key
    form = {"line": f"{world.call}:art14a", "year": "2027", "amount": "250万元", "memo": "宝财〔2026〕7号",
            "key": key.group(1), "csrf_token": token}
    first = _done(client.post("/finance/appropriations", data=form))
    assert "已下达" in first and "250万元" in first
    second = _done(client.post("/finance/appropriations", data=form))  # a double click / a reload
    assert "本次未重复下达" in second
    with tx(engine) as s:
        rows = s.scalars(select(LedgerEntry).where(LedgerEntry.memo == "宝财〔2026〕7号")).all()
        assert len(rows) == 1
        seq = rows[0].seq
    bare = client.post("/finance/appropriations", data={**form, "key": "k2", "amount": "250"})
    assert bare.status_code == 422 and "单位" in bare.text  # a bare number is refused, the form kept
    r = client.post(f"/finance/appropriations/{seq}/reversal", data={"reason": "文号录错", "csrf_token": token})
    assert f"已冲正第 {seq} 条" in _done(r)
    again = client.post(f"/finance/appropriations/{seq}/reversal", data={"reason": "再次", "csrf_token": token})
    assert again.status_code == 409 and "已" in again.text


def _confirm_form(client: TestClient) -> dict[str, Any]:
    page = client.get("/finance/payments/confirm")
    assert page.status_code == 200 and "确认拨付" in page.text
    ids = re.findall(r'name="tranche" value="(\d+)"', page.text)
    day = re.search(r'name="business_date" value="([^"]+)"', page.text)
    assert ids and day
    return {"tranche": ids, "business_date": day.group(1), "csrf_token": token_of(page.text)}


def test_a_payment_run_is_confirmed_then_paid_once_however_often_it_is_confirmed(
        client: TestClient, world: World, engine: Engine) -> None:
    login(client, "finance")
    listed = client.get("/finance/payments")
    assert listed.status_code == 200 and "宝安医疗器械有限公司" in listed.text and "45万元" in listed.text
    form = _confirm_form(client)
    assert form["tranche"] == [str(world.tranche)]
    message = _done(client.post("/finance/payments/run", data=form))
    assert "本次拨付 1 期，合计 45万元" in message
    message = _done(client.post("/finance/payments/run", data=form))  # the same confirmation again
    assert "本次拨付 0 期" in message and "此前已拨付（未重复拨付）1 期" in message
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == "payment")) == 1
        assert s.get_one(Tranche, world.tranche).state == "paid"
    assert "没有到期待拨付的期次" in client.get("/finance/payments").text


def test_two_confirmations_posted_at_once_pay_once(web: FastAPI, world: World, engine: Engine) -> None:
    clients = [TestClient(web, raise_server_exceptions=False, follow_redirects=False) for _ in range(2)]
    forms = []
    for c in clients:
        login(c, "finance")
        forms.append(_confirm_form(c))
    answers: list[Any] = [None, None]
    barrier = threading.Barrier(2)

    def post(i: int) -> None:
        barrier.wait()
        answers[i] = clients[i].post("/finance/payments/run", data=forms[i])

    threads = [threading.Thread(target=post, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    messages = sorted(_done(a) for a in answers)
    assert sum("本次拨付 1 期" in m for m in messages) == 1 and sum("本次拨付 0 期" in m for m in messages) == 1
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == "payment")) == 1
    for c in clients:
        c.close()


# ---- auditor --------------------------------------------------------------------------------------


def test_the_auditor_reads_the_ledger_and_exports_the_same_rows(client: TestClient, world: World) -> None:
    from openpyxl import load_workbook

    login(client, "auditor")
    page = client.get("/audit/ledger")
    assert page.status_code == 200
    assert "财务陈（finance）" in page.text and "2026-05-06" in page.text and "预算下达" in page.text
    seqs = [int(x) for x in re.findall(r'<tr data-seq="(\d+)">', page.text)]
    book = client.get("/audit/ledger.xlsx")
    assert book.status_code == 200 and book.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(book.content))["账目"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == LEDGER_HEADERS
    assert [r[0] for r in rows[1:]] == seqs and len(seqs) > 6
    assert all(r[11] == "2026-05-06" for r in rows[1:]) and rows[1][9] == "财务陈（finance）"


def test_the_auditor_reads_the_log_in_words_and_verifies(client: TestClient, world: World, engine: Engine) -> None:
    login(client, "auditor")
    log = client.get("/audit/log")
    assert log.status_code == 200 and "下达预算" in log.text and "抽取评审专家" in log.text and "登录" in log.text
    assert "appropriate" not in re.sub(r"<[^>]+>", "", log.text).replace("application:", "")
    from openpyxl import load_workbook

    shown = re.findall(r'<td data-field="action">([^<]+)</td>', log.text)
    rows = list(load_workbook(io.BytesIO(client.get("/audit/log.xlsx").content))["操作记录"].iter_rows(values_only=True))
    assert [r[4] for r in rows[1:]] == shown and "申报 " + str(world.review_app) in [r[5] for r in rows[1:]]
    ok = client.get("/audit/verify")
    assert ok.status_code == 200 and "核验通过" in ok.text
    with engine.begin() as conn:  # tampering on the bare connection: seen
        conn.execute(User.__table__.update().where(User.username == "expert1").values(display_name="改过的名字"))
    bad = client.get("/audit/verify")
    assert bad.status_code == 200 and "核验未通过" in bad.text and "改过的名字" in bad.text


def _upload_checkpoint(client: TestClient, body: bytes, name: str = "checkpoint.json") -> Any:
    token = token_of(client.get("/audit/verify").text)
    return client.post("/audit/verify", data={"csrf_token": token},
                       files={"checkpoint": (name, body, "application/json")})


def test_the_auditor_compares_the_database_with_an_uploaded_checkpoint(client: TestClient, world: World,
                                                                       engine: Engine) -> None:
    import json

    login(client, "auditor")
    kept = client.get("/audit/checkpoint.json")
    assert kept.status_code == 200
    before = snapshot(engine)
    same = _upload_checkpoint(client, kept.content)
    assert same.status_code == 200 and "核验通过" in same.text and "与核对点一致" in same.text
    doc = json.loads(kept.text)
    assert f"账本第 {doc['ledger']['seq']} 条" in same.text
    at = dt.datetime.fromisoformat(doc["taken_at"]).astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert f"导出于北京时间 {at:%Y-%m-%d %H:%M:%S}" in same.text and doc["taken_at"] not in same.text  # not raw ISO
    forged = {**doc, "ledger": {"seq": doc["ledger"]["seq"], "hash": "0" * 64}}  # a head the chain never had
    differs = _upload_checkpoint(client, json.dumps(forged).encode())
    assert differs.status_code == 200 and "核验未通过" in differs.text
    assert f"账本第 {doc['ledger']['seq']} 条记录的哈希与核对点（北京时间 {at:%Y-%m-%d %H:%M:%S}）不符" in differs.text
    ahead = {**doc, "audit": {"seq": doc["audit"]["seq"] + 1000, "hash": "a" * 64}}  # the log was cut short since
    cut = _upload_checkpoint(client, json.dumps(ahead).encode())
    assert "核验未通过" in cut.text and f"现在没有第 {doc['audit']['seq'] + 1000} 条" in cut.text
    assert snapshot(engine) == before  # comparing changes nothing
    for body, said in ((b"not json", "不是 JSON"), (b"[1, 2]", "不是一个 JSON 对象"),
                       (json.dumps({**doc, "ledger": {"seq": -1, "hash": "0" * 64}}).encode(), "ledger.seq"),
                       (json.dumps({**doc, "audit": {"seq": 1, "hash": "xyz"}}).encode(), "audit.hash"),
                       (json.dumps({k: v for k, v in doc.items() if k != "audit"}).encode(), "缺少审计日志的链头"),
                       (json.dumps({**doc, "taken_at": "上周"}).encode(), "不是 ISO 8601 格式的时间"),
                       ("核对点".encode("gbk"), "不是 UTF-8"), (b"{}" + b" " * 20_000, "超过 16 KB")):
        r = _upload_checkpoint(client, body)
        assert r.status_code == 422, (body[:40], r.status_code)
        assert said in r.text and "核对点文件未能读取" in r.text, (said, r.text[-2000:])
    none = client.post("/audit/verify", data={"csrf_token": token_of(client.get("/audit/verify").text)})
    assert none.status_code == 422 and "没有选择核对点文件" in none.text


def test_only_those_who_verify_may_upload_a_checkpoint(client: TestClient, world: World) -> None:
    login(client, "applicant")
    token = token_of(client.get("/workbench").text)
    r = client.post("/audit/verify", data={"csrf_token": token}, files={"checkpoint": ("c.json", b"not json")})
    assert r.status_code == 403 and "核验账本与审计日志" in r.text  # the role first, whatever the file says


def test_an_entity_history_on_screen_and_in_excel(client: TestClient, world: World) -> None:
    from openpyxl import load_workbook

    login(client, "auditor")
    assert world.uscc_b in client.get("/audit/entity").text
    page = client.get(f"/audit/entity?uscc={world.uscc_b}")
    assert page.status_code == 200 and "康复器械量产" in page.text and "付款期次" in page.text
    book = load_workbook(io.BytesIO(client.get(f"/audit/entity.xlsx?uscc={world.uscc_b}").content))
    assert {"申报", "奖励", "付款期次", "账目"} <= set(book.sheetnames)
    assert any("康复器械量产" in str(c) for row in book["申报"].iter_rows(values_only=True) for c in row)


def test_finance_reads_the_ledger_but_not_the_audit_log(client: TestClient, world: World) -> None:
    login(client, "finance")
    assert client.get("/audit/ledger").status_code == 200
    assert client.get("/audit/verify").status_code == 200
    assert client.get("/audit/log").status_code == 403


# ---- administrator --------------------------------------------------------------------------------


def test_the_administrator_creates_an_account_with_a_one_time_password(
        web: FastAPI, client: TestClient, world: World, engine: Engine) -> None:
    token = login(client, "admin")
    assert client.get("/admin/users").status_code == 200
    r = client.post("/admin/users", data={"username": "zhao", "display_name": "赵专员", "role": "finance",
                                          "csrf_token": token})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    password = re.search(r'data-field="password">([^<]+)<', r.text)
    assert password and "只显示这一次" in r.text
    with tx(engine) as s:
        row = s.scalars(select(User).where(User.username == "zhao")).one()
        assert row.must_change_password and password.group(1) not in str(row.password_hash)
        zhao = row.id
    assert password.group(1) not in client.get("/admin/users").text  # shown once
    with TestClient(web, follow_redirects=False) as other:
        form = other.get("/login")
        first = other.post("/login", data={"username": "zhao", "password": password.group(1),
                                           "csrf_token": token_of(form.text)})
        assert first.headers["location"] == "/password"
    dup = client.post("/admin/users", data={"username": "zhao", "display_name": "x", "role": "finance",
                                            "csrf_token": token})
    assert dup.status_code == 409 and "已存在" in dup.text
    no_org = client.post("/admin/users", data={"username": "qian", "display_name": "钱", "role": "applicant",
                                               "csrf_token": token})
    assert no_org.status_code == 422 and "申报单位用户必须属于" in no_org.text
    reset = client.post(f"/admin/users/{zhao}/password", data={"csrf_token": token})
    assert reset.status_code == 200 and "已重置密码" in reset.text
    assert "已停用" in _done(client.post(f"/admin/users/{zhao}/deactivate", data={"csrf_token": token}))
    assert "已停用" in client.get("/admin/users").text
    assert client.post(f"/admin/users/{zhao}/deactivate", data={"csrf_token": token}).status_code == 409
    assert "已启用" in _done(client.post(f"/admin/users/{zhao}/activate", data={"csrf_token": token}))
    own = client.post(f"/admin/users/{world.users['admin']}/deactivate", data={"csrf_token": token})
    assert own.status_code == 409 and "不能停用或启用自己的账号" in own.text
    with tx(engine) as s:
        actions = set(s.scalars(select(AuditRecord.action)))
    assert {"create_user", "reset_password", "deactivate_user", "activate_user"} <= actions
    assert PASSWORD  # the world's password is not the one handed out


HOSTILE = ["", " ", "-1", "-0.5", "1e999", "NaN", "Infinity", "9" * 40, "=HYPERLINK(\"x\")", "<script>alert(1)</script>",
           "\x00", "１２３４５", "300万美元", "1/0", "3000000000000000万元", "../../etc", "'; drop table users; --"]


def test_hostile_form_values_are_answered_with_a_4xx_and_change_nothing(client: TestClient, world: World,
                                                                        engine: Engine) -> None:
    """Every field of the staff's forms, each hostile value: never a 500; the money and the scores
    unchanged (an account's name may be any text, shown escaped)."""
    answers = []
    token = login(client, "finance")
    before = snapshot(engine)
    for value in HOSTILE:
        for form in ({"line": value, "year": "2027", "amount": "1万元"},
                     {"line": f"{world.call}:art2", "year": value, "amount": "1万元"},
                     {"line": f"{world.call}:art2", "year": "2027", "amount": value},
                     {"line": f"{world.call}:{value}", "year": "2027", "amount": "1万元"}):
            answers.append(client.post("/finance/appropriations", data={**form, "csrf_token": token}).status_code)
        answers.append(client.post("/finance/payments/run", data={"tranche": value, "csrf_token": token}).status_code)
        if value.strip():  # (an empty business date is today's: that run would pay)
            answers.append(client.post("/finance/payments/run", data={"tranche": str(world.tranche),
                                                                      "business_date": value,
                                                                      "csrf_token": token}).status_code)
        answers.append(client.get("/finance/payments", params={"business_date": value}).status_code)
        answers.append(client.post(f"/finance/appropriations/{world.appropriation}/reversal",  # committed money:
                                   data={"reason": value, "csrf_token": token}).status_code)  # never reversed
    assert snapshot(engine) == before
    client.cookies.clear()
    token = login(client, world.panel[2])
    client.post(f"/expert/applications/{world.review_app}/declaration", data={"decision": "none", "csrf_token": token})
    before = snapshot(engine)
    for value in HOSTILE:
        answers.append(client.post(f"/expert/applications/{world.review_app}/scores",
                                   data={"score_tech": value, "score_team": "20", "score_benefit": "20",
                                         "csrf_token": token}).status_code)
        answers.append(client.post(f"/expert/applications/{world.review_app}/declaration",
                                   data={"decision": value, "csrf_token": token}).status_code)
    answers.append(client.post(f"/expert/applications/{world.review_app}/scores",
                               data={"score_tech": "30", "score_team": "20", "score_benefit": "20",
                                     "applicant_comment": "长" * 2001, "csrf_token": token}).status_code)
    assert snapshot(engine) == before
    client.cookies.clear()
    token = login(client, "admin")
    before = snapshot(engine)
    for value in HOSTILE:
        for form in ({"username": value, "display_name": "某", "role": "finance"},
                     {"username": "someone", "display_name": value, "role": "finance"} if value.strip() else
                     {"username": "", "display_name": "", "role": ""},
                     {"username": "someone", "display_name": "某", "role": value},
                     {"username": "someone", "display_name": "某", "role": "applicant", "organisation": value},
                     {"username": "someone", "display_name": "某", "role": "expert", "employer_uscc": value}):
            answers.append(client.post("/admin/users", data={**form, "csrf_token": token}).status_code)
    assert all(a < 500 for a in answers), sorted(set(answers))  # a name is any text: some accounts were made
    listing = client.get("/admin/users").text
    assert listing.count("<script>alert(1)</script>") == 0, [ln for ln in listing.splitlines() if "alert" in ln]
