"""政策草稿 through the web application (TestClient): who may upload, read and change drafts; the upload's
refusals in Chinese (wrong type, empty, too large, not a text, bad id) leaving nothing behind; the review
report and the zip; an edit that does not load refused with its line and the last good version kept;
each saved edit audited with who, the file and the diff; adoption only once ``subsidy check`` passes;
no file of the server ever named by a request; the tamper check sees a draft altered outside."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, update

from db_support import snapshot, tx
from subsidy.services import audit
from subsidy.services.passwords import hash_password
from subsidy.services.policies import policy_of
from subsidy.store.tables import AdoptedPolicy, AuditRecord, Organisation, PolicyDraft, PolicyVersion, User
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

PASSWORD = "Kangyang-2026-ok"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "liuhe_key_industries_2023.txt"
ROOT = Path(__file__).resolve().parents[2]
TIANHE = ROOT / "policies" / "cn-gz-tianhe-hk-macao-youth" / "source.txt"


@pytest.fixture
def app(engine: Engine, db_url: str) -> FastAPI:  # overrides tests/web/conftest.py's: the test's database
    digest = hash_password(PASSWORD)
    with tx(engine) as s:
        org = Organisation(uscc="91440300000000001X", name="康养科技有限公司", uscc_valid=True, profile={})
        s.add(org)
        s.flush()
        s.add_all([User(username="wang", display_name="王科长", role="officer", relations=[], password_hash=digest),
                   User(username="li", display_name="李审计", role="auditor", relations=[], password_hash=digest),
                   User(username="alice", display_name="张经理", role="applicant", organisation_id=org.id,
                        relations=[], password_hash=digest)])
    application = create_app(db_url)
    application.state.engine = engine  # the fixture's (its own schema on PostgreSQL)
    return application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


def _token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def _login(client: TestClient, username: str = "wang") -> str:
    r = client.post("/login", data={"username": username, "password": PASSWORD,
                                    "csrf_token": _token(client.get("/login").text)})
    assert r.status_code == 303, r.text
    return _token(client.get("/workbench").text)


def _upload(client: TestClient, token: str, data: bytes, name: str = "liuhe.txt", **fields: str) -> Any:
    return client.post("/drafts", data={"csrf_token": token, "policy_id": "cn-jl-liuhe-draft", **fields},
                       files={"file": (name, data, "text/plain")})


def _drafted(client: TestClient, token: str) -> int:
    r = _upload(client, token, FIXTURE.read_bytes())
    assert r.status_code == 303, r.text
    found = re.fullmatch(r"/drafts/([0-9]+)/report", r.headers["location"])
    assert found
    return int(found.group(1))


def _textarea(html: str) -> str:
    found = re.search(r"<textarea[^>]*>\n(.*?)</textarea>", html, re.S)
    assert found, html
    return unescape(found.group(1))


def _row(engine: Engine, draft_id: int) -> PolicyDraft:
    with tx(engine) as s:
        row = s.get(PolicyDraft, draft_id)
        assert row is not None
        s.expunge(row)
        return row


def _records(engine: Engine, action: str) -> list[tuple[AuditRecord, str]]:
    with tx(engine) as s:
        found = [(r, u) for r, u in s.execute(select(AuditRecord, User.username).join(User, User.id == AuditRecord.actor_id)
                                              .where(AuditRecord.action == action).order_by(AuditRecord.id))]
        for r, _ in found:
            s.expunge(r)
        return found


def test_drafts_need_a_login_and_an_officer(client: TestClient) -> None:
    r = client.get("/drafts")
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    token = _login(client, "alice")
    r = client.get("/drafts")
    assert r.status_code == 403 and "业务科室" in r.text
    r = _upload(client, token, FIXTURE.read_bytes())
    assert r.status_code == 403
    assert "政策草稿" not in client.get("/library").text  # the 政策库 offers drafting to those who may draft


def test_an_auditor_reads_the_drafts_and_changes_nothing(client: TestClient, engine: Engine) -> None:
    draft_id = _drafted(client, _login(client))
    client.post("/logout", data={"csrf_token": _token(client.get("/workbench").text)})
    token = _login(client, "li")
    r = client.get("/drafts")
    assert r.status_code == 200 and "柳河" in r.text and 'action="/drafts"' not in r.text  # no upload form
    page = client.get(f"/drafts/{draft_id}").text
    assert "草稿（待审核）" in page and "修改本条款" not in page and "采用本政策" not in page
    before = snapshot(engine)
    assert _upload(client, token, FIXTURE.read_bytes()).status_code == 403
    assert client.get(f"/drafts/{draft_id}/edit", params={"file": "clauses/art2.yaml"}).status_code == 403
    r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": "clauses/art2.yaml", "text": "x",
                                                     "revision": "1"})
    assert r.status_code == 403
    assert client.post(f"/drafts/{draft_id}/adopt", data={"csrf_token": token, "effective_from": "2026-12-01"}).status_code == 403
    assert snapshot(engine) == before


def test_upload_shows_the_review_report_and_gives_the_directory(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    assert 'href="/drafts"' in client.get("/library").text
    draft_id = _drafted(client, token)
    page = client.get(f"/drafts/{draft_id}/report")
    assert page.status_code == 200 and "柳河" in page.text and "草稿（待审核）" in page.text
    assert f'src="/drafts/{draft_id}/review.html"' in page.text  # drafting/review.py's report, embedded
    report = client.get(f"/drafts/{draft_id}/review.html")
    assert report.status_code == 200 and "default-src 'none'" in report.headers["content-security-policy"]
    text = report.text
    assert "起草审核报告" in text and "<script" not in text
    assert text.index("含金额但没有条款计算的句子") < text.index("原文与起草结果")  # the uncovered ones first
    got = client.get(f"/drafts/{draft_id}/download")
    assert got.status_code == 200 and got.headers["content-type"] == "application/zip"
    assert 'filename="cn-jl-liuhe-draft.zip"' in got.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(got.content))
    names = set(archive.namelist())
    assert {"cn-jl-liuhe-draft/source.txt", "cn-jl-liuhe-draft/policy.yaml", "cn-jl-liuhe-draft/review.html",
            "cn-jl-liuhe-draft/clauses/art2.yaml"} <= names
    assert any(n.startswith("cn-jl-liuhe-draft/cases/") for n in names)
    assert archive.read("cn-jl-liuhe-draft/source.txt") == FIXTURE.read_bytes()
    row = _row(engine, draft_id)
    assert row.state == "draft" and row.revision == 1 and row.problems == [] and row.adopted_policy_id is None
    [(rec, who)] = _records(engine, "upload_draft")
    assert who == "wang" and rec.subject == f"policy_draft:{draft_id}" and rec.detail["encoding"] == "utf-8"
    assert rec.detail["via"]["channel"] == "web"
    with tx(engine) as s:
        assert s.scalars(select(AdoptedPolicy)).all() == []  # never adopted by itself


def test_a_gb18030_text_is_read_and_kept_in_utf8(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    original = TIANHE.read_text(encoding="utf-8")
    r = _upload(client, token, original.encode("gb18030"), "天河.txt", policy_id="cn-gz-tianhe-draft")
    assert r.status_code == 303, r.text
    draft_id = int(r.headers["location"].split("/")[2])
    row = _row(engine, draft_id)
    assert row.source_encoding == "gb18030" and row.files["source.txt"] == original
    assert "GB18030" in client.get(f"/drafts/{draft_id}/report").text


@pytest.mark.parametrize(("name", "data", "fields", "status", "message"), [
    ("policy.pdf", b"%PDF-1.7 ...", {}, 415, "只接受 .txt 文本文件"),
    ("policy.txt", b"%PDF-1.7 ...", {}, 415, "这是PDF 文件，不是文本"),
    ("policy.txt", b"PK\x03\x04\x14\x00", {}, 415, "Word"),
    ("policy.txt", b"\x00\x01\x02binary", {}, 415, "二进制文件"),
    ("policy.txt", b"", {}, 422, "原文是空的"),
    ("policy.txt", b"  \n\n ", {}, 422, "原文是空的"),
    ("policy.txt", "。，！？".encode(), {}, 422, "没有中文文字"),
    ("policy.txt", "第一条 给予100万元奖励。".encode() * 70_000, {}, 413, "文件过大"),
    ("policy.txt", b"\xff\xfe\x80\x80", {}, 422, "既不是 UTF-8 也不是 GB18030"),
    ("policy.txt", "第一条 给予100万元奖励。".encode(), {"policy_id": "Bad_Name"}, 422, "政策编号「Bad_Name」无效"),
    ("政策.txt", "第一条 给予100万元奖励。".encode(), {"policy_id": ""}, 422, "请填写政策编号"),
    ("policy.txt", "第一条 给予100万元奖励。".encode(), {"policy_id": "cn-gz-tianhe-hk-macao-youth"}, 422,
     "与政策库中已有的政策相同"),
])
def test_bad_uploads_are_refused_in_chinese_and_leave_nothing(client: TestClient, engine: Engine, name: str,
                                                              data: bytes, fields: dict[str, str], status: int,
                                                              message: str) -> None:
    token = _login(client)
    before = snapshot(engine)
    r = _upload(client, token, data, name, **fields)
    assert r.status_code == status, r.text
    assert message in unescape(r.text) and "Traceback" not in r.text
    assert 'action="/drafts"' in r.text  # the form again, to choose another file
    assert snapshot(engine) == before


def test_upload_without_a_file_or_a_token(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    before = snapshot(engine)
    r = client.post("/drafts", data={"csrf_token": token, "policy_id": "cn-x"})
    assert r.status_code == 422 and "请选择要上传的政策原文" in r.text
    r = client.post("/drafts", data={"policy_id": "cn-x"}, files={"file": ("a.txt", FIXTURE.read_bytes(), "text/plain")})
    assert r.status_code == 403 and "表单安全校验未通过" in r.text
    assert snapshot(engine) == before


def test_the_draft_is_shown_beside_its_text_and_marked(client: TestClient) -> None:
    draft_id = _drafted(client, _login(client))
    page = client.get(f"/drafts/{draft_id}").text
    assert '<span class="badge draft-state draft">草稿（待审核）</span>' in page
    assert '<pre class="source-text">' in page and '<mark class="funded"' in page  # the library's view
    assert 'id="clause-art2-1"' in page and f'href="/drafts/{draft_id}/edit?file=clauses/art2.yaml#clause-art2-1"' in page
    assert "subsidy check 通过" in page and "采用本政策" in page
    assert "上传原文起草" in page and "王科长" in page  # the record: who


def test_an_edit_that_does_not_load_is_refused_with_its_line(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    draft_id = _drafted(client, token)
    form = client.get(f"/drafts/{draft_id}/edit", params={"file": "clauses/art2.yaml"})
    assert form.status_code == 200
    text = _textarea(form.text)
    good = _row(engine, draft_id).files
    before = snapshot(engine)
    for broken, line, words in ((text.replace("kind: monetary", "kind: monetry", 1), 7, "monetry"),
                                (text.replace("clauses:\n", "clauses:\n  - [\n", 1), 0, "YAML"),
                                (text.replace("at_least: 1000万元", "at_least: 1000", 1), 0, "1000")):
        r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": "clauses/art2.yaml",
                                                         "text": broken, "revision": "1"})
        assert r.status_code == 422, r.text
        shown = unescape(r.text)
        assert "未保存：草稿不能加载" in shown and "clauses/art2.yaml" in shown and words in shown, shown
        if line:
            assert f"第 {line} 行" in shown and '<span class="bad-line">   7' in r.text
        assert _textarea(r.text) == broken  # the officer's text kept in the form, to fix it
        assert "/tmp" not in shown and "subsidy-draft-" not in shown  # paths inside the draft only
    assert snapshot(engine) == before and _row(engine, draft_id).files == good  # the last good version


def test_a_saved_edit_is_audited_and_check_findings_block_adoption(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    draft_id = _drafted(client, token)
    text = _textarea(client.get(f"/drafts/{draft_id}/edit", params={"file": "clauses/art2.yaml"}).text)
    changed = text.replace("rate: 20%", "rate: 15%", 1)  # the starter cases still expect 20%
    r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": "clauses/art2.yaml",
                                                     "text": changed.replace("\n", "\r\n"), "revision": "1"})
    assert r.status_code == 303 and r.headers["location"].startswith(f"/drafts/{draft_id}?done=")
    row = _row(engine, draft_id)
    assert row.revision == 2 and row.files["clauses/art2.yaml"] == changed  # the browser's CRLF read as LF
    assert row.problems and all("art2-1" in p for p in row.problems)
    [(rec, who)] = _records(engine, "edit_draft")
    assert who == "wang" and rec.detail["file"] == "clauses/art2.yaml" and rec.detail["revision"] == 2
    assert "-      rate: 20%" in rec.detail["diff"] and "+      rate: 15%" in rec.detail["diff"]
    page = client.get(f"/drafts/{draft_id}").text
    assert "subsidy check 发现的问题（2 个" in page and "修改政策草稿 clauses/art2.yaml（第 2 版）" in page

    before = snapshot(engine)
    r = client.post(f"/drafts/{draft_id}/adopt", data={"csrf_token": token, "effective_from": "2026-12-01"})
    assert r.status_code == 409 and "未通过 subsidy check" in r.text
    assert snapshot(engine) == before
    stale = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": "clauses/art2.yaml",
                                                         "text": text, "revision": "1"})
    assert stale.status_code == 409 and "第 2 版" in stale.text  # made on an older version: not saved
    assert snapshot(engine) == before

    for case in ("cases/art2-1-above-cap.yaml", "cases/art2-1-below-cap.yaml"):  # the cases corrected too
        current = _row(engine, draft_id)
        edited = _textarea(client.get(f"/drafts/{draft_id}/edit", params={"file": case}).text)
        edited = re.sub(r"ceiling: ([0-9]+)万元", lambda m: f"ceiling: {int(m.group(1)) * 3 // 4}万元", edited)
        r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": case, "text": edited,
                                                         "revision": str(current.revision)})
        assert r.status_code == 303, r.text
    assert _row(engine, draft_id).problems == []
    r = client.post(f"/drafts/{draft_id}/adopt", data={"csrf_token": token, "effective_from": "2026-12-01"})
    assert r.status_code == 303
    row = _row(engine, draft_id)
    assert row.state == "adopted" and row.adopted_policy_id is not None
    with tx(engine) as s:
        adopted = s.get(AdoptedPolicy, row.adopted_policy_id)
        assert adopted is not None and adopted.policy_id == "cn-jl-liuhe-draft"
        assert adopted.effective_from.isoformat() == "2026-12-01"
        stored = s.get(PolicyVersion, adopted.version)
        assert stored is not None and stored.files["clauses/art2.yaml"] == changed  # the edited draft, as adopted
        assert not any(rel.startswith("cases/") for rel in stored.files)
        policy = policy_of(s, adopted)
        assert policy.version == adopted.version and policy.title == row.title
    [(rec, who)] = _records(engine, "adopt_draft")
    assert who == "wang" and rec.detail["adopted_policy"] == row.adopted_policy_id
    assert [who for _, who in _records(engine, "adopt_policy")] == ["wang"]
    before = snapshot(engine)
    r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": "clauses/art2.yaml", "text": text,
                                                     "revision": str(row.revision)})
    assert r.status_code == 409 and "已采用" in r.text  # an adopted draft is not edited any more
    assert client.post(f"/drafts/{draft_id}/adopt", data={"csrf_token": token,
                                                          "effective_from": "2026-12-01"}).status_code == 409
    assert snapshot(engine) == before
    with tx(engine) as s:
        assert audit.verify(s) == []


def test_a_draft_cannot_take_the_id_of_a_published_policy(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    draft_id = _drafted(client, token)
    text = _textarea(client.get(f"/drafts/{draft_id}/edit", params={"file": "policy.yaml"}).text)
    before = snapshot(engine)
    r = client.post(f"/drafts/{draft_id}/edit", data={
        "csrf_token": token, "file": "policy.yaml", "revision": "1",
        "text": text.replace("id: cn-jl-liuhe-draft", "id: cn-gz-tianhe-hk-macao-youth", 1)})
    assert r.status_code == 422 and "与政策库中已有的政策相同" in unescape(r.text)
    assert snapshot(engine) == before
    r = client.post(f"/drafts/{draft_id}/edit", data={
        "csrf_token": token, "file": "policy.yaml", "revision": "1",
        "text": text.replace("id: cn-jl-liuhe-draft", "id: cn-jl-liuhe-2023", 1)})
    assert r.status_code == 303 and _row(engine, draft_id).policy_id == "cn-jl-liuhe-2023"


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "source.txt", "clauses/../policy.yaml",
                                  "clauses/nope.yaml", "review.html", ""])
def test_no_file_outside_the_draft_is_named(client: TestClient, engine: Engine, path: str) -> None:
    token = _login(client)
    draft_id = _drafted(client, token)
    assert client.get(f"/drafts/{draft_id}/edit", params={"file": path}).status_code == 404
    before = snapshot(engine)
    r = client.post(f"/drafts/{draft_id}/edit", data={"csrf_token": token, "file": path, "text": "id: x\n",
                                                     "revision": "1"})
    assert r.status_code == 422 and "草稿中没有可修改的文件" in r.text
    assert snapshot(engine) == before


def test_unknown_drafts_and_bad_ids(client: TestClient) -> None:
    _login(client)
    assert client.get("/drafts/999").status_code == 404
    assert client.get("/drafts/999/review.html").status_code == 404
    assert client.get("/drafts/abc").status_code == 422
    assert client.get("/drafts/1%2F..%2F..").status_code in (404, 422)


def test_discarding_a_draft(client: TestClient, engine: Engine) -> None:
    token = _login(client)
    draft_id = _drafted(client, token)
    r = client.post(f"/drafts/{draft_id}/discard", data={"csrf_token": token})
    assert r.status_code == 303 and _row(engine, draft_id).state == "discarded"
    assert "已放弃" in client.get("/drafts").text
    r = client.post(f"/drafts/{draft_id}/adopt", data={"csrf_token": token, "effective_from": "2026-12-01"})
    assert r.status_code == 409


def test_the_tamper_check_sees_a_draft_altered_outside_the_application(client: TestClient, engine: Engine) -> None:
    draft_id = _drafted(client, _login(client))
    with tx(engine) as s:
        assert audit.verify(s) == []
    with engine.begin() as conn:  # someone with database access, not through the application
        row = conn.execute(select(PolicyDraft.files).where(PolicyDraft.id == draft_id)).scalar_one()
        conn.execute(update(PolicyDraft).where(PolicyDraft.id == draft_id).values(
            files={**row, "clauses/art2.yaml": row["clauses/art2.yaml"].replace("20%", "90%")}))
    with tx(engine) as s:
        problems = audit.verify(s)
    assert problems and any("policy_drafts" in str(p) or "政策草稿" in str(p) for p in problems)
