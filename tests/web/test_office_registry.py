"""The office's register in the browser (web/office_registry.py) and the auditor's checkpoint download
(web/audit.py): each step of ``subsidy org add``, ``org profile`` (verified facts), ``support add``,
``support import`` and ``audit checkpoint`` done through the screens, each refused for a wrong role with
nothing written. SQLite and PostgreSQL (``db``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from office_support import WAN, World, build, login
from sqlalchemy import Engine, func, select

from db_support import uscc
from subsidy.services.audit import parse_checkpoint
from subsidy.services.facts import adopted_fact_defs, organisation_fact_names
from subsidy.store.db import session_scope
from subsidy.store.tables import AuditRecord, Organisation, OtherSupport, User
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

HOME = "/office/organisations"


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine, scored=0, submitted=1)


@pytest.fixture
def client(engine: Engine, db_url: str, world: World) -> Iterator[TestClient]:
    app: FastAPI = create_app(db_url)
    app.state.engine = engine
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


def _post(client: TestClient, token: str, path: str, **fields: Any) -> Any:
    return client.post(path, data={"csrf_token": token, **fields})


def _done(r: Any) -> str:
    assert r.status_code == 303, r.text[:800]
    return parse_qs(urlsplit(r.headers["location"]).query).get("done", [""])[0]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _org(engine: Engine, code: str) -> Organisation | None:
    with session_scope(engine) as s:
        org = s.scalars(select(Organisation).where(Organisation.uscc == code)).one_or_none()
        if org is not None:
            s.expunge(org)
        return org


def _count(engine: Engine, model: Any) -> int:
    with session_scope(engine) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _bad_check_digit(code: str) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return code[:-1] + alphabet[(alphabet.index(code[-1]) + 1) % len(alphabet)]


def test_an_officer_registers_an_organisation_and_a_code_failing_its_check_only_with_a_reason(
        client: TestClient, engine: Engine) -> None:
    token = login(client, "wang")
    page = client.get(HOME)
    assert page.status_code == 200 and "宝安第1科技有限公司" in page.text and 'action="/office/organisations"' in page.text
    said = _done(_post(client, token, HOME, uscc=uscc(60), name="新登记科技有限公司", district="宝安区"))
    assert "新登记科技有限公司" in said
    org = _org(engine, uscc(60))
    assert org is not None and org.name == "新登记科技有限公司" and org.uscc_valid
    assert "新登记科技有限公司" in client.get(HOME).text

    again = _post(client, token, HOME, uscc=uscc(60), name="重复")
    assert again.status_code == 409 and "已登记" in again.text

    bad = _bad_check_digit(uscc(61))
    refused = _post(client, token, HOME, uscc=bad, name="校验码不符有限公司")
    assert refused.status_code == 422 and "说明理由" in refused.text and "--override-reason" not in refused.text
    assert _org(engine, bad) is None
    _done(_post(client, token, HOME, uscc=bad, name="校验码不符有限公司", override_reason="营业执照原件核对无误"))
    kept = _org(engine, bad)
    assert kept is not None and not kept.uscc_valid and kept.uscc_override_reason == "营业执照原件核对无误"


def _boolean_fact(engine: Engine) -> str:
    with session_scope(engine) as s:
        defs = adopted_fact_defs(s)
        return next(n for n in sorted(organisation_fact_names(s)) if defs[n][0].type == "bool")


def test_an_officer_verifies_a_fact_which_wins_over_the_declared_one_and_can_withdraw_it(
        client: TestClient, engine: Engine, world: World) -> None:
    token = login(client, "wang")
    name = _boolean_fact(engine)
    org_id = world.orgs["org2"]
    said = _done(_post(client, token, f"{HOME}/{org_id}/facts", fact=name, value="否"))
    assert "已核实" in said
    with session_scope(engine) as s:
        org = s.get(Organisation, org_id)
        assert org is not None and (org.verified or {}).get(name) is False
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "verify_facts", AuditRecord.subject == f"organisation:{org_id}")) == 1
    wrong = _post(client, token, f"{HOME}/{org_id}/facts", fact=name, value="也许")
    assert wrong.status_code == 422
    empty = _post(client, token, f"{HOME}/{org_id}/facts", fact=name)
    assert empty.status_code == 422 and "撤销核实" in empty.text
    _done(_post(client, token, f"{HOME}/{org_id}/facts", fact=name, unset="1"))
    with session_scope(engine) as s:
        org = s.get(Organisation, org_id)
        assert org is not None and name not in (org.verified or {})


def test_an_officer_registers_other_support(client: TestClient, engine: Engine, world: World) -> None:
    token = login(client, "wang")
    org_id = world.orgs["org3"]
    said = _done(_post(client, token, f"{HOME}/{org_id}/support", programme="市级技术改造资助", level="city",
                       year="2025", amount="50万元", one_matter="1"))
    assert "市级技术改造资助" in said
    with session_scope(engine) as s:
        row = s.scalars(select(OtherSupport).where(OtherSupport.organisation_id == org_id)).one()
        assert (row.fen, row.level, row.year, row.one_matter_decision, row.source) == (50 * WAN, "city", 2025, True, "entered")
    shown = _text(client.get(HOME).text)
    assert "市级技术改造资助" in shown and "市级" in shown
    before = _count(engine, OtherSupport)
    assert _post(client, token, f"{HOME}/{org_id}/support", programme="x", level="city", year="2025",
                 amount="500000").status_code == 422  # an amount without its unit
    assert _post(client, token, f"{HOME}/999999/support", programme="x", level="city", year="2025",
                 amount="5万元").status_code == 404
    assert _count(engine, OtherSupport) == before


def test_a_support_record_names_the_policy_clause_and_matter_it_paid_for(client: TestClient, engine: Engine,
                                                                          world: World) -> None:
    """The form has the CLI's --policy / --clause / --matter (import: 对应政策、对应条款、支持事项): the clause is
    checked against the policy and stored as its id; a clause without its policy, an unknown clause or an
    overlong field is refused (422) in Chinese, nothing written."""
    token = login(client, "wang")
    org_id = world.orgs["org3"]
    page = client.get(HOME).text
    for label in ("对应政策", "对应条款", "支持事项"):
        assert f'aria-label="{label}"' in page
    assert '<option value="cn-sz-baoan-ai-health">' in page  # the policies to choose from
    said = _done(_post(client, token, f"{HOME}/{org_id}/support", programme="区级研发投入资助", level="district",
                       year="2026", amount="20万元", policy="cn-sz-baoan-ai-health", clause="第二条", matter="研发投入"))
    assert "区级研发投入资助" in said
    with session_scope(engine) as s:
        row = s.scalars(select(OtherSupport).where(OtherSupport.organisation_id == org_id)).one()
        assert (row.policy_id, row.clause_id, row.matter) == ("cn-sz-baoan-ai-health", "art2", "研发投入")
    shown = _text(client.get(HOME).text)
    assert "cn-sz-baoan-ai-health art2" in shown and "研发投入" in shown
    before = _count(engine, OtherSupport)
    base = {"programme": "x", "level": "city", "year": "2026", "amount": "5万元"}
    for fields, said in (({"clause": "第二条"}, "写了条款但没有写对应政策"),
                         ({"policy": "cn-sz-baoan-ai-health", "clause": "第九十九条"}, "第九十九条"),
                         ({"policy": "no-such-policy", "clause": "art2"}, "找不到政策"),
                         ({"matter": "事" * 201}, "「支持事项」过长")):
        r = _post(client, token, f"{HOME}/{org_id}/support", **base, **fields)
        assert r.status_code == 422 and said in _text(r.text), _text(r.text)[:600]
        assert "对应条款" in _text(r.text) or "支持事项" in _text(r.text)
    assert _count(engine, OtherSupport) == before


def test_an_officer_imports_a_sheet_all_or_nothing(client: TestClient, engine: Engine, world: World) -> None:
    token = login(client, "wang")
    with session_scope(engine) as s:
        codes = [o.uscc for o in s.scalars(select(Organisation).order_by(Organisation.id))][:2]
    good = ("统一社会信用代码,支持项目,级别,年度,金额（万元）,一事一议\n"
            f"{codes[0]},区级研发资助,区级,2024,30,否\n{codes[1]},省级专精特新奖励,省级,2025,12.5,是\n")
    said = _done(client.post("/office/support/import", data={"csrf_token": token},
                             files={"file": ("其他支持.csv", good.encode(), "text/csv")}))
    assert "导入 2 条" in said
    with session_scope(engine) as s:
        rows = list(s.scalars(select(OtherSupport).where(OtherSupport.source == "imported").order_by(OtherSupport.id)))
        assert [(r.programme, r.fen, r.one_matter_decision) for r in rows] == [
            ("区级研发资助", 30 * WAN, False), ("省级专精特新奖励", 125 * WAN // 10, True)]
    bad = good + f"{codes[0]},坏行,区级,二〇二五,10,否\n"
    r = client.post("/office/support/import", data={"csrf_token": token},
                    files={"file": ("坏表.csv", bad.encode(), "text/csv")})
    assert r.status_code == 422 and "坏表.csv 第 4 行" in r.text and "/tmp" not in r.text
    assert _count(engine, OtherSupport) == 2  # nothing of the refused file
    unknown = client.post("/office/support/import", data={"csrf_token": token}, files={"file": (
        "表.csv", f"统一社会信用代码,支持项目,级别,年度,金额\n{uscc(70)},x,区级,2025,5万元\n".encode(), "text/csv")})
    assert unknown.status_code == 422 and "表.csv 第 2 行" in unknown.text and "尚未登记" in unknown.text
    other = client.post("/office/support/import", data={"csrf_token": token},
                        files={"file": ("表.txt", b"x", "text/plain")})
    assert other.status_code == 422 and ".xlsx" in other.text
    none = client.post("/office/support/import", data={"csrf_token": token})
    assert none.status_code == 422 and "没有选择" in none.text


def test_other_roles_are_refused_every_register_step_and_nothing_is_written(
        client: TestClient, engine: Engine, world: World) -> None:
    org_id = world.orgs["org1"]
    name = _boolean_fact(engine)
    for username in ("alice", "shen", "cai"):
        client.cookies.clear()
        token = login(client, username)
        assert client.get(HOME).status_code == 403
        before = (_count(engine, Organisation), _count(engine, OtherSupport), _count(engine, AuditRecord))
        attempts = [
            _post(client, token, HOME, uscc=uscc(62), name="不该登记有限公司"),
            _post(client, token, f"{HOME}/{org_id}/facts", fact=name, value="是"),
            _post(client, token, f"{HOME}/{org_id}/support", programme="x", level="city", year="2025", amount="5万元"),
            client.post("/office/support/import", data={"csrf_token": token},
                        files={"file": ("a.csv", "统一社会信用代码,支持项目,级别,年度,金额\n".encode(), "text/csv")}),
        ]
        assert [r.status_code for r in attempts] == [403] * 4, username
        assert "只能由" in attempts[0].text
        with session_scope(engine) as s:
            org = s.get(Organisation, org_id)
            assert org is not None and name not in (org.verified or {})
        assert (_count(engine, Organisation), _count(engine, OtherSupport)) == before[:2]


def test_an_auditor_downloads_a_checkpoint_only_of_a_database_that_passes_the_check(
        client: TestClient, engine: Engine, world: World) -> None:
    login(client, "shen")
    assert 'href="/audit/checkpoint.json"' in client.get("/audit/verify").text
    r = client.get("/audit/checkpoint.json")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.headers["content-disposition"].startswith("attachment;")
    cp = parse_checkpoint(r.text, "下载的核对点")
    assert json.loads(r.text)["format"] == "subsidy-checkpoint/1" and cp.audit[0] > 0
    client.cookies.clear()
    login(client, "alice")
    assert client.get("/audit/checkpoint.json").status_code == 403
    client.cookies.clear()
    login(client, "shen")
    with engine.begin() as conn:  # tampering on the bare connection: the check fails, no checkpoint
        conn.execute(User.__table__.update().where(User.username == "zhang").values(display_name="改过的名字"))
    refused = client.get("/audit/checkpoint.json")
    assert refused.status_code == 409 and "核验未通过" in refused.text


def test_the_register_is_searched_by_name_or_code_and_paged(client: TestClient, engine: Engine) -> None:
    from subsidy.web.office_registry import PAGE_SIZE

    with session_scope(engine) as s:
        before = int(s.scalar(select(func.count()).select_from(Organisation)) or 0)
        for n in range(PAGE_SIZE + 5):
            s.add(Organisation(uscc=uscc(700 + n), name=f"翻页测试{n:03d}号有限公司", uscc_valid=True))
    total = before + PAGE_SIZE + 5
    login(client, "wang")
    first = client.get(HOME)
    assert first.status_code == 200 and first.text.count('class="org-file"') == PAGE_SIZE
    assert f"共 {total} 家，第 1 / 2 页" in _text(first.text) and 'data-page="2"' in first.text
    second = client.get(HOME, params={"page": 2})
    assert second.text.count('class="org-file"') == total - PAGE_SIZE and 'data-page="1"' in second.text
    assert "翻页测试054号有限公司" in second.text and "翻页测试054号有限公司" not in first.text
    by_name = client.get(HOME, params={"q": "翻页测试00"})
    assert by_name.text.count('class="org-file"') == 10 and "与「翻页测试00」相符的共 10 家" in _text(by_name.text)
    code = uscc(712)
    by_code = client.get(HOME, params={"q": code[:-1].lower()})  # the code's beginning, any case
    assert by_code.text.count('class="org-file"') == 1 and "翻页测试012号有限公司" in by_code.text
    none = client.get(HOME, params={"q": "100%_不存在"})  # LIKE's wildcards are plain characters here
    assert none.status_code == 200 and "没有与「100%_不存在」相符的单位" in _text(none.text)
    for bad in ("0", "x", "-1", "２"):
        r = client.get(HOME, params={"page": bad})
        assert r.status_code == 422 and "页码应当是正整数" in r.text
    beyond = client.get(HOME, params={"page": 99})
    assert beyond.status_code == 200 and 'class="org-file"' not in beyond.text
