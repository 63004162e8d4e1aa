"""Applications: drafting, documents, and submission checked by the engine on the adopted version."""

from __future__ import annotations

import datetime as dt

import pytest
from intake_support import (
    IN_WINDOW,
    ORG,
    PDF,
    PNG,
    SETTINGS,
    World,
    app_of,
    build_world,
    call_spec,
    docx,
    draft,
    other_valid_code,
    refused,
)
from sqlalchemy import Engine, func, select

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.applications import case_records, create_application, set_facts, submit, withdraw
from subsidy.services.audit import load_user
from subsidy.services.calls import close_call, create_call, get_call, open_call
from subsidy.services.documents import sniff_media_type, upload_document
from subsidy.services.organisations import get_organisation
from subsidy.services.policies import call_policy, replay_assessment
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, AuditRecord, Award, Blob, Document

pytestmark = pytest.mark.db


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


def _submit(engine: Engine, app_id: int, today: dt.date = IN_WINDOW, who: str = "alice") -> None:
    with session_scope(engine) as s:
        submit(s, load_user(s, who), app_of(s, app_id), today)


def test_submission_stores_the_engine_snapshot_and_replays_exactly(engine: Engine, world: World) -> None:
    app_id = draft(engine, world)
    _submit(engine, app_id)
    with session_scope(engine) as s:
        app = app_of(s, app_id)
        assert app.state == "submitted" and app.submitted_at == IN_WINDOW
        assert app.ceiling_fen == 300_000_000  # min(600万元 × 50%, 500万元) = 300万元, in 分
        _, policy = call_policy(s, get_call(s, world.call_id))
        assert app.rules_version == policy.version == app.assessment["policy"]["version"]
        art7 = next(c for c in app.assessment["clauses"] if c["id"] == "art7")
        assert art7["eligible"] is True and art7["ceiling"] == "3000000.00"
        # the case merges the organisation's profile with the application's facts
        assert app.case_input["facts"]["operates_in_chaoyang"] is True
        assert app.case_input["facts"]["project_budget"] == "600万元"
        assert app.case_input["effective_from"] == "2026-01-01" and app.case_input["year"] == 2026
        assert app.case_input["history"] == [] and app.case_input["bars"] == []
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "submit")).one()
        assert (audit.from_state, audit.to_state) == ("draft", "submitted")
        assert replay_assessment(s, app) == app.assessment
        # a later change of the profile does not change what the decision rested on
        get_organisation(s, world.org_id).profile = {}
    with session_scope(engine) as s:
        assert replay_assessment(s, app_of(s, app_id)) == app_of(s, app_id).assessment


def test_ineligible_clause_is_refused_with_the_engine_reasons(engine: Engine, world: World) -> None:
    app_id = draft(engine, world, facts={"scenario_opened": False, "project_budget": "600万元"})
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert err.code == "ineligible"  # type: ignore[attr-defined]
    assert "第七条" in str(err) and "开放应用场景：否" in str(err)


def test_unknown_facts_are_listed_before_submission(engine: Engine, world: World) -> None:
    app_id = draft(engine, world, facts={"scenario_opened": True})
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "请先补充：项目预算（project_budget）" in str(err)
    with session_scope(engine) as s:
        set_facts(s, load_user(s, "alice"), app_of(s, app_id), {"project_budget": "1200万元"})
    _submit(engine, app_id)
    with session_scope(engine) as s:
        assert app_of(s, app_id).ceiling_fen == 500_000_000  # capped at 500万元


def test_profile_facts_still_needed_are_listed_too(engine: Engine, world: World) -> None:
    with session_scope(engine) as s:
        get_organisation(s, world.org_id).profile = {"operates_in_chaoyang": True}
    app_id = draft(engine, world)
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    for label in ("发生过安全生产事故", "存在严重失信行为", "属于智慧康养领域相关主体"):
        assert label in str(err)


def test_missing_documents_are_named(engine: Engine, world: World) -> None:
    app_id = draft(engine, world, docs=("营业执照",))
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "缺少：项目预算表" in str(err)


@pytest.mark.parametrize("today", [dt.date(2026, 3, 1), dt.date(2026, 5, 1)])
def test_submission_outside_the_window_is_refused(engine: Engine, world: World, today: dt.date) -> None:
    app_id = draft(engine, world)
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), today), DomainRefusal)
    assert "申报期为 2026-03-02 至 2026-04-30" in str(err)


def test_submission_to_a_closed_call_is_refused(engine: Engine, world: World) -> None:
    app_id = draft(engine, world)
    with session_scope(engine) as s:
        close_call(s, load_user(s, "officer"), get_call(s, world.call_id), dt.date(2026, 3, 10))
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "已截止" in str(err)


def test_wrong_role_wrong_organisation_and_wrong_state(engine: Engine, world: World) -> None:
    app_id = draft(engine, world)
    err = refused(engine, lambda s: submit(s, load_user(s, "auditor"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "只能由申报单位、业务科室执行" in str(err)
    with session_scope(engine) as s:
        from subsidy.services.organisations import create_user, register_organisation

        rival = register_organisation(s, load_user(s, "officer"), uscc=other_valid_code(), name="竞争对手")
        create_user(s, load_user(s, "admin"), username="mallory", display_name="马某", role="applicant",
                    organisation=rival)
    err = refused(engine, lambda s: submit(s, load_user(s, "mallory"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "只能操作本单位的申报" in str(err)
    _submit(engine, app_id, who="officer")  # an officer may submit on the applicant's behalf
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "当前状态「待形式审查」下不能执行「提交申报」" in str(err)


def test_requested_amount_above_the_ceiling_is_refused(engine: Engine, world: World) -> None:
    app_id = draft(engine, world, requested_fen=300_000_001)
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "申请金额 300.000001万元 超过第七条" in str(err) and "最高可获 300万元" in str(err)


def test_history_of_awards_under_the_same_policy_reduces_the_ceiling(engine: Engine, world: World) -> None:
    with session_scope(engine) as s:
        officer, alice = load_user(s, "officer"), load_user(s, "alice")
        call = create_call(s, officer, call_spec(world.adopted_id, clauses=["art5-1"], required_documents={}))
        open_call(s, officer, call, dt.date(2026, 3, 1))
        earlier = Application(call_id=call.id, organisation_id=world.org_id, clause_id="art5-1", project_title="平台",
                              project_ref="P-0", state="approved", created_by=alice.id)
        s.add(earlier)
        s.flush()
        s.add(Award(application_id=earlier.id, approved_fen=200_000_000, ceiling_fen=500_000_000, schedule=[],
                    payee="applicant", approved_on=dt.date(2026, 2, 1), approved_by=officer.id))
        s.flush()
        org = get_organisation(s, world.org_id)
        assert case_records(s, org, call_policy(s, call)[1]) == {
            "history": [{"clause": "art5-1", "year": 2026, "amount": "2000000元", "project": "P-0"}],
            "other_support": [], "bars": []}
        app = create_application(s, alice, call=call, organisation=org, clause="第五条第一款", project_title="检测平台",
                                 facts={"platform_type": "检验检测平台", "programme_year": "1"})
        submit(s, alice, app, IN_WINDOW)
        assert app.ceiling_fen == 300_000_000  # 每年最高500万元, 200万元 already granted this year


def test_create_refusals(engine: Engine, world: World) -> None:
    def make(**kw: object) -> object:
        def action(s: object) -> object:
            from sqlalchemy.orm import Session

            assert isinstance(s, Session)
            args: dict[str, object] = {"call": get_call(s, world.call_id), "organisation": get_organisation(s, world.org_id),
                                       "clause": "art7", "project_title": "项目"} | kw
            who = str(args.pop("who", "alice"))
            return create_application(s, load_user(s, who), **args)  # type: ignore[arg-type]
        return action

    assert "未在本批次开放" in str(refused(engine, make(clause="art6"), CaseInputError))
    assert "art99" in str(refused(engine, make(clause="art99"), CaseInputError))
    assert "facts.no_such" in str(refused(engine, make(facts={"no_such": 1}), CaseInputError))
    assert "facts.project_budget" in str(refused(engine, make(facts={"project_budget": "很多"}), CaseInputError))
    assert "--co" in str(refused(engine, make(co_applicants=["123"]), CaseInputError))
    assert "不能是申报单位本身" in str(refused(engine, make(co_applicants=[ORG]), CaseInputError))
    assert "项目名称" in str(refused(engine, make(project_title=" "), CaseInputError))
    assert "业务科室" in str(refused(engine, make(who="auditor"), DomainRefusal))
    with session_scope(engine) as s:
        close_call(s, load_user(s, "officer"), get_call(s, world.call_id), IN_WINDOW)
    assert "不在申报中" in str(refused(engine, make(), DomainRefusal))


def test_documents_are_typed_by_content_and_stored_once(engine: Engine, world: World) -> None:
    app_id = draft(engine, world, docs=())
    with session_scope(engine) as s:
        alice, app = load_user(s, "alice"), app_of(s, app_id)
        first = upload_document(s, alice, app, doc_type="营业执照", filename="C:\\扫描\\执照.PDF", content=PDF,
                                settings=SETTINGS)
        upload_document(s, alice, app, doc_type="项目预算表", filename="预算.pdf", content=PDF, settings=SETTINGS)
        photo = upload_document(s, alice, app, doc_type="现场照片", filename="现场.png", content=PNG, settings=SETTINGS)
        word = upload_document(s, alice, app, doc_type="项目方案", filename="方案.docx", content=docx(), settings=SETTINGS)
        assert (first.filename, first.media_type) == ("执照.PDF", "application/pdf")
        assert photo.media_type == "image/png" and word.media_type.endswith("wordprocessingml.document")
        assert s.scalar(select(func.count()).select_from(Blob)) == 3  # the same PDF twice is stored once
        assert s.scalar(select(func.count()).select_from(Document)) == 4


@pytest.mark.parametrize(("filename", "content", "needle"), [
    ("空.pdf", b"", "是空文件"),
    ("大.pdf", PDF + b"\0" * SETTINGS.documents_max_bytes, "超过上限 64.0 KB"),
    ("说明.pdf", "这是一段文字".encode(), "无法识别的类型"),
    ("工具.pdf", b"MZ\x90\x00" + b"\0" * 40, "可执行程序"),
    ("照片.pdf", PNG, "扩展名「.pdf」与内容（PNG 图片）不符"),
    ("旧表.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40, "旧版 Office"),
])
def test_bad_documents_are_refused(engine: Engine, world: World, filename: str, content: bytes,
                                   needle: str) -> None:
    app_id = draft(engine, world, docs=())
    err = refused(engine, lambda s: upload_document(s, load_user(s, "alice"), app_of(s, app_id), doc_type="营业执照",
                                                    filename=filename, content=content, settings=SETTINGS),
                  CaseInputError)
    assert needle in str(err)


def test_sniffing_reads_bytes_not_names() -> None:
    assert sniff_media_type(PDF) == "application/pdf"
    assert sniff_media_type(b"\xff\xd8\xff\xe0" + b"\0" * 8) == "image/jpeg"
    assert sniff_media_type(b"PK\x03\x04broken") == "application/zip"
    assert sniff_media_type(b"plain text") is None


def test_no_uploads_or_fact_changes_after_submission(engine: Engine, world: World) -> None:
    app_id = draft(engine, world)
    _submit(engine, app_id)
    err = refused(engine, lambda s: upload_document(s, load_user(s, "alice"), app_of(s, app_id), doc_type="其他",
                                                    filename="a.pdf", content=PDF, settings=SETTINGS), DomainRefusal)
    assert "只有草稿或退回补正中的申报可以上传" in str(err)
    err = refused(engine, lambda s: set_facts(s, load_user(s, "alice"), app_of(s, app_id), {"project_budget": "1万元"}),
                  DomainRefusal)
    assert "已提交，不能修改" in str(err)


def test_withdraw_by_the_applicant_only(engine: Engine, world: World) -> None:
    app_id = draft(engine, world)
    _submit(engine, app_id)
    err = refused(engine, lambda s: withdraw(s, load_user(s, "officer"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "「撤回」只能由申报单位执行" in str(err)
    with session_scope(engine) as s:
        withdraw(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW, reason="项目调整")
        assert app_of(s, app_id).state == "withdrawn"
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "withdraw")).one()
        assert audit.detail["reason"] == "项目调整"
    err = refused(engine, lambda s: withdraw(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "已撤回" in str(err)


def test_a_fact_the_office_verified_wins_over_the_declared_ones_at_submission(engine: Engine, world: World) -> None:
    """Regression: the organisation's declaration (profile) and the application's own facts could
    clear a 严重失信 flag an officer had set; the office-verified value now decides the assessment."""
    from subsidy.services.organisations import update_profile

    with session_scope(engine) as s:
        update_profile(s, load_user(s, "officer"), get_organisation(s, world.org_id), {"serious_dishonesty": "是"})
    with session_scope(engine) as s:
        org = get_organisation(s, world.org_id)
        update_profile(s, load_user(s, "alice"), org, {"serious_dishonesty": "否"})  # declared beside it
        assert org.profile["serious_dishonesty"] is False and org.verified == {"serious_dishonesty": True}
    app_id = draft(engine, world, facts={"scenario_opened": True, "project_budget": "600万元",
                                         "serious_dishonesty": False})
    err = refused(engine, lambda s: submit(s, load_user(s, "alice"), app_of(s, app_id), IN_WINDOW), DomainRefusal)
    assert "评估结果为不符合。不符合第二条规定的申报主体条件" in str(err)
    with session_scope(engine) as s:  # the office lifts its verification: the declared value counts again
        update_profile(s, load_user(s, "officer"), get_organisation(s, world.org_id), {"serious_dishonesty": None})
    _submit(engine, app_id)
    with session_scope(engine) as s:
        assert app_of(s, app_id).case_input["facts"]["serious_dishonesty"] is False
