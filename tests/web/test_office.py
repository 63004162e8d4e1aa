"""The fund office's screens in-process (web/office*.py): each screen as an officer, each action through
the one transitions route or its call-level route, what is refused (role, state, input, form token) with
a Chinese message and nothing written, and batch actions item by item. SQLite and PostgreSQL (``db``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from office_support import WAN, World, build, login
from sqlalchemy import Engine, func, select

from subsidy.store.db import session_scope
from subsidy.store.tables import (
    Application,
    AuditRecord,
    Award,
    Call,
    Correction,
    Finding,
    Notice,
    Objection,
    Sanction,
    SelectionRun,
    TrackingReport,
    Tranche,
)
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

DAY = "2026-05-06"  # a Wednesday, after the applications' submission (2026-04-20)


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


@pytest.fixture
def app(engine: Engine, db_url: str) -> FastAPI:
    application = create_app(db_url)
    application.state.engine = engine  # the test's database (its own schema on PostgreSQL)
    return application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        yield c


class Officer:
    """A logged-in client that posts forms with its token and the business date."""

    def __init__(self, client: TestClient, username: str = "wang") -> None:
        self.client = client
        self.token = login(client, username)

    def get(self, path: str) -> Any:
        return self.client.get(path, params={"business_date": DAY} if "business_date" not in path else None)

    def post(self, path: str, day: str = DAY, **fields: Any) -> Any:
        return self.client.post(path, data={"csrf_token": self.token, "business_date": day, **fields})

    def act(self, app_id: int, action: str, day: str = DAY, **fields: Any) -> Any:
        return self.post(f"/applications/{app_id}/actions/{action}", day, **fields)


def _state(engine: Engine, app_id: int) -> str:
    with session_scope(engine) as s:
        row = s.get(Application, app_id)
        assert row is not None
        return row.state


def _count(engine: Engine, model: Any) -> int:
    with session_scope(engine) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _done(r: Any) -> str:
    from urllib.parse import parse_qs, urlsplit

    assert r.status_code == 303, r.text[:800]
    return parse_qs(urlsplit(r.headers["location"]).query).get("done", [""])[0]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- who may see the office -----------------------------------------------------------------------------


def test_anonymous_is_sent_to_the_login_and_an_applicant_is_refused_in_chinese(client: TestClient, world: World) -> None:
    r = client.get(f"/office/calls/{world.call}")
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    login(client, "alice")
    for path in ("/office", f"/office/calls/{world.call}", f"/office/calls/{world.call}/review",
                 f"/office/calls/{world.call}/experts", f"/office/calls/{world.call}/selection",
                 f"/office/calls/{world.call}/notice", "/office/supervision"):
        r = client.get(path)
        assert r.status_code == 403, path
        assert "只能由业务科室、系统管理员执行" in r.text or "只能由业务科室执行" in r.text, path


def test_a_missing_call_is_404_in_chinese(client: TestClient, world: World) -> None:
    Officer(client)
    r = client.get("/office/calls/9999")
    assert r.status_code == 404 and "申报批次 9999 不存在" in r.text


def test_a_form_without_the_token_is_refused_and_changes_nothing(client: TestClient, world: World,
                                                                 engine: Engine) -> None:
    Officer(client)
    r = client.post(f"/applications/{world.apps['submitted1']}/actions/accept", data={"business_date": DAY})
    assert r.status_code == 403 and "表单安全校验未通过" in r.text
    r = client.post("/office/batch", data={"batch_action": "accept", "ids": [world.apps["submitted1"]]})
    assert r.status_code == 403
    assert _state(engine, world.apps["submitted1"]) == "submitted"


# --- calls -----------------------------------------------------------------------------------------------


CALL_FORM = {"title": "2026年度第二批人工智能+大健康扶持", "year": "2026", "clauses": "art2, art3",
             "budget": "500万元", "clause_budgets": "art2=300万元", "opens_on": "2026-06-01", "closes_on": "2026-06-30",
             "required_documents": "*=营业执照,项目预算表", "rubric": "tech:技术先进性:40:40\nteam:团队:30:30\nbenefit:效益:30:30",
             "panel_size": "3", "notice_days": "5", "correction_days": "10", "review_days": "10"}


def _adopted_id(engine: Engine) -> int:
    from subsidy.store.tables import AdoptedPolicy

    with session_scope(engine) as s:
        return int(s.scalars(select(AdoptedPolicy.id)).first() or 0)


def test_an_officer_creates_opens_and_closes_a_call(client: TestClient, world: World, engine: Engine) -> None:
    o = Officer(client)
    page = o.get("/office")
    assert page.status_code == 200 and "新建申报批次" in page.text and "采用政策" in page.text
    r = o.post("/office/calls", **CALL_FORM, adopted_policy_id=str(_adopted_id(engine)))
    assert "已创建申报批次「2026年度第二批人工智能+大健康扶持」（草稿）" in _done(r)
    new = int(re.search(r"/office/calls/(\d+)", r.headers["location"]).group(1))  # type: ignore[union-attr]
    with session_scope(engine) as s:
        call = s.get(Call, new)
        assert call is not None and call.state == "draft" and call.budget_fen == 500 * WAN
        assert call.clause_budgets == {"art2": 300 * WAN} and call.required_documents == {"*": ["营业执照", "项目预算表"]}
    assert "草稿" in o.get(f"/office/calls/{new}").text
    assert "已发布" in _done(o.post(f"/office/calls/{new}/open", day="2026-05-19"))
    assert "已截止" in _done(o.post(f"/office/calls/{new}/close", day="2026-07-01"))
    r = o.post(f"/office/calls/{new}/close", day="2026-07-02")
    assert r.status_code == 409 and "当前状态「已截止」下不能截止申报批次" in r.text


@pytest.mark.parametrize(("change", "said"), [
    ({"clauses": ""}, "「开放的条款」：至少开放一个条款"),
    ({"budget": "500"}, "缺少单位"),
    ({"opens_on": "六月一日"}, "「申报开始日」不是日期"),
    ({"rubric": "tech:技术先进性:40"}, "评分细则第 1 行"),
    ({"panel_size": "五"}, "「评审专家人数」应当是整数"),
    ({"clauses": "art99"}, "art99"),
])
def test_a_bad_call_form_is_422_with_the_form_kept_and_nothing_created(client: TestClient, world: World,
                                                                        engine: Engine, change: dict[str, str],
                                                                        said: str) -> None:
    o = Officer(client)
    before = _count(engine, Call)
    r = o.post("/office/calls", **(CALL_FORM | change), adopted_policy_id=str(_adopted_id(engine)))
    assert r.status_code == 422 and said in r.text, _text(r.text)[:600]
    assert 'value="2026年度第二批人工智能+大健康扶持"' in r.text  # what was typed is still there
    assert _count(engine, Call) == before


def test_adopting_a_policy_from_the_calls_page(client: TestClient, world: World, engine: Engine) -> None:
    o = Officer(client)
    r = o.post("/office/policies/adopt", policy="cn-bj-chaoyang-smart-eldercare", effective_from="2026-01-01")
    assert "已采用" in _done(r) and "自 2026-01-01 起施行" in _done(r)
    r = o.post("/office/policies/adopt", policy="cn-bj-chaoyang-smart-eldercare", effective_from="2026-01-01")
    assert r.status_code == 409 and "无需重复采用" in r.text
    r = o.post("/office/policies/adopt", policy="cn-bj-chaoyang-smart-eldercare", effective_from="不知道")
    assert r.status_code == 422 and "「施行日期」不是日期" in r.text


# --- dashboard -------------------------------------------------------------------------------------------


def test_the_dashboard_counts_by_state_in_chinese_and_shows_the_budget(client: TestClient, world: World) -> None:
    o = Officer(client)
    page = o.get(f"/office/calls/{world.call}")
    assert page.status_code == 200
    rows = dict(re.findall(r'<tr data-state="\w+"><td>([^<]+)</td><td>(\d+)</td></tr>', page.text))
    assert rows == {"待形式审查": "2", "形式审查通过，待专家评审": "1", "评审完成，待遴选": "3"}
    assert '<dd data-field="budget">1000万元</dd>' in page.text and '<dd data-field="left">1000万元</dd>' in page.text
    assert "submitted" not in _text(page.text) and "scored" not in _text(page.text)


def test_the_dashboard_lists_a_correction_clock_running_out(client: TestClient, world: World) -> None:
    o = Officer(client)
    app_id = world.apps["submitted1"]
    assert "补正期限 2026-05-19" in _done(o.act(app_id, "return", reason="缺少项目预算表"))  # 10 working days
    far = o.client.get(f"/office/calls/{world.call}", params={"business_date": "2026-05-07"})
    assert f'<tr data-app="{app_id}">' not in far.text.split('id="running-out"')[1]
    near = o.client.get(f"/office/calls/{world.call}", params={"business_date": "2026-05-15"})
    part = near.text.split('id="running-out"')[1]
    assert f'<tr data-app="{app_id}">' in part and "补正期限 2026-05-19" in part and "2 个工作日" in part
    late = o.client.get(f"/office/calls/{world.call}", params={"business_date": "2026-05-21"})
    assert "已逾期 2 个工作日" in late.text


# --- formal review ---------------------------------------------------------------------------------------


def test_the_review_queue_accepts_returns_and_rejects(client: TestClient, world: World, engine: Engine) -> None:
    o = Officer(client)
    page = o.get(f"/office/calls/{world.call}/review")
    a, b = world.apps["submitted1"], world.apps["submitted2"]
    assert page.status_code == 200 and f'<tr data-app="{a}">' in page.text
    for action in ("accept", "return", "reject"):
        assert f'action="/applications/{a}/actions/{action}"' in page.text
    assert f'href="/applications/{a}"' in page.text and "withdraw" not in page.text
    r = o.act(a, "accept", next=f"/office/calls/{world.call}/review")
    assert r.headers["location"].startswith(f"/office/calls/{world.call}/review?business_date={DAY}")
    assert "形式审查通过" in _done(r) and _state(engine, a) == "accepted"
    r = o.act(b, "return", reason="")
    assert r.status_code == 422 and "退回补正必须写明理由" in r.text and _state(engine, b) == "submitted"
    assert "补正期限 2026-05-19（按工作日计算）" in _done(o.act(b, "return", reason="缺少营业执照"))
    with session_scope(engine) as s:
        c = s.scalars(select(Correction).where(Correction.application_id == b)).one()
        assert c.deadline == dt.date(2026, 5, 19) and c.reason == "缺少营业执照"
    returned = o.get(f"/office/calls/{world.call}/review").text.split('id="returned"')[1]
    assert "缺少营业执照" in returned and "期限届满后可作逾期处理" in returned
    r = o.act(b, "lapse")
    assert r.status_code == 409 and "补正期限 2026-05-19 尚未届满" in r.text and _state(engine, b) == "returned"
    after = o.client.get(f"/office/calls/{world.call}/review", params={"business_date": "2026-05-20"}).text
    assert f'action="/applications/{b}/actions/lapse"' in after
    assert "逾期未补正" in _done(o.act(b, "lapse", day="2026-05-20")) and _state(engine, b) == "lapsed"


def test_reject_needs_a_reason_and_a_wrong_state_or_role_is_refused(client: TestClient, world: World,
                                                                     engine: Engine) -> None:
    o = Officer(client)
    a = world.apps["submitted1"]
    alice = TestClient(o.client.app, raise_server_exceptions=False, follow_redirects=False)
    token = login(alice, "alice")  # of the applicant organisation of ``a``
    r = alice.post(f"/applications/{a}/actions/accept", data={"csrf_token": token, "business_date": DAY})
    assert r.status_code == 403 and "只能由业务科室执行" in r.text and _state(engine, a) == "submitted"
    r = o.act(a, "reject", reason="  ")
    assert r.status_code == 422 and "形式审查不通过必须写明理由" in r.text
    assert "形式审查不通过" in _done(o.act(a, "reject", reason="不属于本区企业")) and _state(engine, a) == "rejected"
    r = o.act(a, "accept")
    assert r.status_code == 409 and "当前状态「形式审查不通过」下不能执行" in r.text
    assert o.act(a, "fly").status_code == 404


def test_a_batch_reports_each_item_and_one_refusal_undoes_nothing(client: TestClient, world: World,
                                                                  engine: Engine) -> None:
    o = Officer(client)
    a, b, done_already = world.apps["submitted1"], world.apps["submitted2"], world.apps["accepted"]
    r = o.client.post("/office/batch", data={"csrf_token": o.token, "business_date": DAY, "batch_action": "accept",
                                            "ids": [str(a), str(done_already), str(b), "99999"],
                                            "next": f"/office/calls/{world.call}/review"})
    assert r.status_code == 200
    rows = dict(re.findall(r'<tr data-app="(\d+)" data-outcome="(\w+)">', r.text))
    assert rows == {str(a): "ok", str(done_already): "refused", str(b): "ok", "99999": "refused"}
    assert "共 4 件：办理成功 2 件，未办理 2 件" in r.text
    assert "当前状态「形式审查通过，待专家评审」下不能执行" in r.text and "申报 99999 不存在" in r.text
    assert _state(engine, a) == _state(engine, b) == "accepted"
    r = o.client.post("/office/batch", data={"csrf_token": o.token, "batch_action": "return", "ids": []})
    assert r.status_code == 422 and "没有勾选任何申报" in r.text
    r = o.client.post("/office/batch", data={"csrf_token": o.token, "batch_action": "fly", "ids": [str(a)]})
    assert r.status_code == 422 and "没有「fly」这项可批量办理的操作" in r.text


def test_a_batch_return_without_a_reason_refuses_each_item(client: TestClient, world: World, engine: Engine) -> None:
    o = Officer(client)
    ids = [str(world.apps["submitted1"]), str(world.apps["submitted2"])]
    r = o.client.post("/office/batch", data={"csrf_token": o.token, "business_date": DAY, "batch_action": "return",
                                            "ids": ids})
    assert r.text.count('data-outcome="refused"') == 2 and "退回补正必须写明理由" in r.text
    assert _count(engine, Correction) == 0


# --- experts ---------------------------------------------------------------------------------------------


def test_drawing_a_panel_shows_the_seed_and_the_panel_status(client: TestClient, world: World, engine: Engine) -> None:
    from subsidy.services.experts import declare, submit_scores
    from subsidy.store.tables import User

    o = Officer(client)
    a = world.apps["accepted"]
    assert f'action="/applications/{a}/actions/draw_panel"' in o.get(f"/office/calls/{world.call}/experts").text
    said = _done(o.act(a, "draw_panel", seed="20260506"))
    seed = re.search(r"种子 (\d+)", said)
    assert seed and "第 1 轮评审专家已抽取" in said and _state(engine, a) == "in_review"
    page = o.get(f"/office/calls/{world.call}/experts").text
    assert f'<code class="seed">{seed.group(1)}</code>' in page and "未作回避声明" in page
    r = o.act(a, "complete_review")
    assert r.status_code == 409 and "尚未作出回避声明" in r.text and _state(engine, a) == "in_review"
    with session_scope(engine) as s:
        app = s.get(Application, a)
        assert app is not None
        from subsidy.services.experts import current_panel

        for _member, expert in current_panel(s, app):
            declare(s, expert, app)
            submit_scores(s, s.get(User, expert.id), app, {"tech": "30", "team": "20", "benefit": "25"})  # type: ignore[arg-type]
    page = o.get(f"/office/calls/{world.call}/experts").text
    assert "3/3 已提交" in page and "已评分 75" in page
    assert "评审完成" in _done(o.act(a, "complete_review")) and _state(engine, a) == "scored"


def test_the_same_seed_draws_the_same_panel(client: TestClient, world: World, engine: Engine) -> None:
    """A seed given on the form replays the draw: two applications of organisations unrelated to the
    experts, drawn with the same seed, get the same experts."""
    o = Officer(client)
    assert _done(o.act(world.apps["submitted1"], "accept")) and _done(o.act(world.apps["submitted2"], "accept"))
    first = _done(o.act(world.apps["submitted1"], "draw_panel", seed="7"))
    second = _done(o.act(world.apps["submitted2"], "draw_panel", seed="7"))
    assert first.split("：", 1)[1] == second.split("：", 1)[1]


# --- selection -------------------------------------------------------------------------------------------


def test_what_if_compares_scenarios_side_by_side_and_saves_nothing(client: TestClient, world: World,
                                                                   engine: Engine) -> None:
    o = Officer(client)
    audit_before = _count(engine, AuditRecord)
    r = o.client.get(f"/office/calls/{world.call}/selection",
                     params={"business_date": DAY, "mode1": "rank_order", "budget1": "",
                             "mode2": "proportional", "budget2": "600万元", "mode3": "rank_order", "budget3": "400万元"})
    assert r.status_code == 200
    boxes = r.text.split('<section class="scenario"')[1:]
    assert len(boxes) == 3
    assert "按排名择优" in boxes[0] and "拟支持 <strong>2</strong> 件" in boxes[0] and "800万元" in boxes[0]
    assert "按比例核减" in boxes[1] and "拟支持 <strong>3</strong> 件" in boxes[1] and "600万元" in boxes[1]
    assert "拟支持 <strong>1</strong> 件" in boxes[2]
    assert _count(engine, SelectionRun) == 0 and _count(engine, AuditRecord) == audit_before
    assert {_state(engine, world.apps[f"scored{n}"]) for n in (1, 2, 3)} == {"scored"}
    r = o.client.get(f"/office/calls/{world.call}/selection", params={"mode1": "lottery"})
    assert r.status_code == 422 and "遴选方式" in r.text
    r = o.client.get(f"/office/calls/{world.call}/selection", params={"mode1": "rank_order", "budget1": "-5万元"})
    assert r.status_code == 422


def test_applying_a_scenario_moves_the_applications_once_and_a_reserve_is_promoted(client: TestClient, world: World,
                                                                                  engine: Engine) -> None:
    o = Officer(client)
    s1, s2, s3 = (world.apps[f"scored{n}"] for n in (1, 2, 3))
    said = _done(o.post(f"/office/calls/{world.call}/selection/apply", mode="rank_order", budget="900万元"))
    assert "拟支持 2 件，候补 1 件，未入选 0 件" in said
    assert (_state(engine, s1), _state(engine, s2), _state(engine, s3)) == ("selected", "selected", "reserve")
    r = o.post(f"/office/calls/{world.call}/selection/apply", mode="rank_order")
    assert r.status_code == 409 and "不能重复遴选" in r.text
    page = o.get(f"/office/calls/{world.call}/selection").text
    assert 'id="promote"' in page and "按方案" not in page
    r = o.post(f"/office/calls/{world.call}/selection/promote")
    assert r.status_code == 409 and "可用预算仅 200万元" in r.text and _state(engine, s3) == "reserve"
    assert "拟支持 150万元" in _done(o.post(f"/office/calls/{world.call}/selection/promote", amount="150万元"))
    assert _state(engine, s3) == "selected"


# --- 公示, objections, approval --------------------------------------------------------------------------


def _selected(o: Officer, world: World) -> None:
    assert _done(o.post(f"/office/calls/{world.call}/selection/apply", mode="rank_order"))


def test_publish_object_uphold_dismiss_and_approve_after_the_notice(client: TestClient, world: World,
                                                                    engine: Engine) -> None:
    o = Officer(client)
    s1, s2 = world.apps["scored1"], world.apps["scored2"]
    _selected(o, world)
    said = _done(o.post(f"/office/calls/{world.call}/notice/publish"))
    assert f"{DAY} 至 2026-05-12" in said and _state(engine, s1) == "in_notice"  # 5 working days
    assert o.post(f"/office/calls/{world.call}/notice/publish").status_code == 409  # nothing left to publish
    for app_id, text in ((s1, "申报材料中的销售收入与审计报告不符"), (s2, "项目与往年重复")):
        assert "已登记" in _done(o.post("/office/objections", application_id=str(app_id), filed_by="某企业", text=text))
    page = o.get(f"/office/calls/{world.call}/notice").text
    assert "销售收入与审计报告不符" in page and f'action="/applications/{s1}/actions/uphold_objection"' in page
    assert "最高可核定 <strong data-field=\"ceiling\">400万元</strong>" in page
    with session_scope(engine) as s:
        o1, o2 = (s.scalars(select(Objection.id).where(Objection.application_id == a)).one() for a in (s1, s2))
    r = o.act(s1, "uphold_objection", objection_id=str(o2), reason="成立")
    assert r.status_code == 422 and "没有编号为" in r.text  # the other application's objection
    assert "退回重新评审" in _done(o.act(s1, "uphold_objection", objection_id=str(o1), reason="核实属实"))
    assert _state(engine, s1) == "accepted"
    r = o.post(f"/office/objections/{o2}/dismiss", reason="")
    assert r.status_code == 409 and "须写明处理意见" in r.text
    assert "不成立" in _done(o.post(f"/office/objections/{o2}/dismiss", reason="经核实不属实"))
    assert o.post("/office/objections/9999/dismiss", reason="x").status_code == 404
    r = o.act(s2, "approve", day="2026-05-12")
    assert r.status_code == 409 and "期满后方可核定" in r.text
    r = o.act(s2, "approve", day="2026-05-13", amount="401万元")
    assert r.status_code == 409 and "超过该申报条款的最高可获支持额 400万元" in r.text
    said = _done(o.act(s2, "approve", day="2026-05-13"))
    assert "已核定 400万元" in said and "支付计划" in said and _state(engine, s2) == "approved"
    with session_scope(engine) as s:
        award = s.scalars(select(Award).where(Award.application_id == s2)).one()
        assert award.approved_fen == 400 * WAN and award.approved_on == dt.date(2026, 5, 13)
        assert s.scalars(select(Notice)).one().closed  # nothing of it is still in notice
    assert "已核定（1 件）" in o.client.get(f"/office/calls/{world.call}/notice").text


# --- supervision -----------------------------------------------------------------------------------------


def _approved(o: Officer, world: World) -> int:
    _selected(o, world)
    _done(o.post(f"/office/calls/{world.call}/notice/publish"))
    _done(o.act(world.apps["scored1"], "approve", day="2026-05-14"))
    with o.client.app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(select(Award.id)).scalar_one())


def test_supervision_reports_findings_and_sanctions(client: TestClient, world: World, engine: Engine) -> None:
    from subsidy.services import supervision
    from subsidy.store.tables import User

    o = Officer(client)
    award = _approved(o, world)
    page = o.get("/office/supervision").text
    assert f'data-award="{award}"' in page and "宝安第4科技有限公司" in page
    said = _done(o.post(f"/office/supervision/request_report/{award}", day="2026-06-01", kind="tracking", days="20"))
    assert "已要求提交跟踪报告" in said
    with session_scope(engine) as s:
        report = s.scalars(select(TrackingReport)).one()
        alice = s.scalars(select(User).where(User.username == "wang")).one()
        supervision.submit_report(s, alice, report, "项目按计划推进", dt.date(2026, 6, 10))
        report_id = report.id
    assert "项目按计划推进" in o.get("/office/supervision").text
    r = o.post(f"/office/supervision/review_report/{report_id}", day="2026-06-11", decision="reject", note="")
    assert r.status_code == 409
    assert "审核通过" in _done(o.post(f"/office/supervision/review_report/{report_id}", day="2026-06-11",
                                     decision="accept"))
    assert "已登记审计发现" in _done(o.post(f"/office/supervision/finding/{award}", day="2026-07-01",
                                          text="虚报研发人员", severity="serious"))
    with session_scope(engine) as s:
        finding = s.scalars(select(Finding.id)).one()
    said = _done(o.post(f"/office/supervision/suspend/{award}", day="2026-07-02", reason="核查期间暂停",
                        finding=str(finding)))
    assert "已暂停拨付" in said
    with session_scope(engine) as s:
        suspension = s.scalars(select(Sanction.id).where(Sanction.kind == "suspend")).one()
    assert "已解除暂停拨付" in _done(o.post(f"/office/supervision/lift/{suspension}", day="2026-07-03"))
    r = o.post(f"/office/supervision/recover/{award}", day="2026-07-04", amount="10万元", due="2026-08-01",
               reason="虚报")
    assert r.status_code == 409  # nothing paid yet: nothing to recover
    assert "取消申报资格至 2028-12-31" in _done(o.post(f"/office/supervision/bar/{award}", day="2026-07-04",
                                                   until="2028-12-31", reason="虚报研发人员", finding=str(finding)))
    assert "已终止" in _done(o.post(f"/office/supervision/terminate/{award}", day="2026-07-05", reason="虚报"))
    page = o.get("/office/supervision").text
    assert "取消申报资格" in page and "2028-12-31" in page and "终止项目" in page
    assert o.post("/office/supervision/fly/1").status_code == 404
    assert o.post("/office/supervision/suspend/999", reason="x").status_code == 404
    r = o.post(f"/office/supervision/recover/{award}", amount="十万", due="2026-08-01", reason="x")
    assert r.status_code == 422 and "追回金额" in r.text


def test_the_supervision_page_names_each_stage_and_whether_it_is_recorded(client: TestClient, world: World,
                                                                          engine: Engine) -> None:
    """A staged award (Liuhe 第21条's schedule): each tranche shows its event, 已实现 or 待记录实现, and the
    page says how to record one; an accepted report for that tranche records it."""
    from subsidy.services import supervision
    from subsidy.store.tables import User

    o = Officer(client)
    award_id = _approved(o, world)
    with session_scope(engine) as s:  # the award as approval writes a staged schedule (tests/money/test_stage_payments.py)
        award = s.get_one(Award, award_id)
        [t] = s.scalars(select(Tranche).where(Tranche.award_id == award_id)).all()
        award.schedule = [{**award.schedule[0], "stage": "建筑物主体封闭", "happened": False}]
        t.requires_report = True
    page = o.get("/office/supervision").text
    assert "第 1 期（阶段：建筑物主体封闭，待记录实现）" in page
    assert 'data-hint="stage"' in page and "对应付款期填该期的期数" in page
    with session_scope(engine) as s:
        officer = s.scalars(select(User).where(User.username == "wang")).one()
        report = supervision.request_report(s, officer, s.get_one(Award, award_id), today=dt.date(2026, 6, 1),
                                            for_tranche=1)
        supervision.submit_report(s, officer, report, "主体已封闭", dt.date(2026, 6, 2))
        supervision.review_report(s, officer, report, accept=True, note=None, today=dt.date(2026, 6, 3))
    page = o.get("/office/supervision").text
    assert "第 1 期（阶段：建筑物主体封闭，已实现）" in page and 'data-hint="stage"' not in page


def test_receiving_recovered_money_is_finance_s_not_the_officer_s(client: TestClient, world: World,
                                                                    engine: Engine) -> None:
    o = Officer(client)
    award = _approved(o, world)
    with session_scope(engine) as s:
        from subsidy.store.tables import User

        officer = s.scalars(select(User).where(User.username == "wang")).one()
        s.add(Sanction(organisation_id=world.orgs["org4"], award_id=award, kind="recover", reason="测试",
                       decided_on=dt.date(2026, 7, 1), amount_fen=WAN, due_on=dt.date(2026, 8, 1), decided_by=officer.id))
        s.flush()
        sanction = s.scalars(select(Sanction.id)).one()
    page = o.get("/office/supervision").text  # the officer is shown what the services let an officer do, no more
    assert f'data-sanction="{sanction}"' in page and "尚欠" in page
    assert 'data-op="receive"' not in page and "登记到账" not in page and 'data-op="recover"' in page
    r = o.post(f"/office/supervision/receive/{sanction}", amount="1万元", ref="HX-1")
    assert r.status_code == 403 and "只能由财务人员、系统管理员执行" in r.text
    r = o.client.post(f"/office/supervision/receive/{sanction}", data={"csrf_token": o.token})  # whatever the form
    assert r.status_code == 403 and "登记追回到账" in r.text
    from subsidy.web.office_supervision import may

    with session_scope(engine) as s:  # the buttons are the roles the services check (an owed recovery: the cycle test)
        users = {u.username: u for u in s.scalars(select(User))}
        assert "receive" not in may(users["wang"]) and {"recover", "bar", "suspend"} <= may(users["wang"])
        assert "receive" in may(users["root"]) and may(users["shen"]) == {"finding"}


# --- the business date -----------------------------------------------------------------------------------


def test_a_production_database_shows_no_business_date_and_acts_today(production_engine: Engine, db_url: str) -> None:
    world = build(production_engine, scored=0, submitted=1)
    application = create_app(db_url)
    application.state.engine = production_engine
    with TestClient(application, raise_server_exceptions=False, follow_redirects=False) as c:
        token = login(c, "wang")
        page = c.get(f"/office/calls/{world.call}/review")
        assert page.status_code == 200 and 'name="business_date"' not in page.text and "模拟数据库" not in page.text
        r = c.post(f"/applications/{world.apps['submitted1']}/actions/accept",
                   data={"csrf_token": token, "business_date": "2099-01-01"})
        assert r.status_code == 422 and "正式数据库的业务日期不能超前" in r.text
        assert _state(production_engine, world.apps["submitted1"]) == "submitted"
        assert _done(c.post(f"/applications/{world.apps['submitted1']}/actions/accept", data={"csrf_token": token}))


def test_a_simulation_database_shows_the_business_date_field(client: TestClient, world: World) -> None:
    o = Officer(client)
    page = o.get(f"/office/calls/{world.call}/review").text
    assert f'name="business_date" id="business_date" value="{DAY}"' in page and 'type="date"' not in page and "【模拟数据库】" in page
    assert f'<input type="hidden" name="business_date" value="{DAY}">' in page


def test_a_batch_approval_approves_each_at_its_proposed_amount_and_says_why_not(client: TestClient, world: World,
                                                                                  engine: Engine) -> None:
    o = Officer(client)
    _selected(o, world)
    _done(o.post(f"/office/calls/{world.call}/notice/publish"))
    s1, s2 = world.apps["scored1"], world.apps["scored2"]
    assert "已登记" in _done(o.post("/office/objections", application_id=str(s2), text="有异议"))
    page = o.client.get(f"/office/calls/{world.call}/notice", params={"business_date": "2026-05-13"}).text
    assert f'value="{s1}" form="batch-approve"' in page and "先处理异议，方可核定" in page
    r = o.client.post("/office/batch", data={"csrf_token": o.token, "business_date": "2026-05-13",
                                            "batch_action": "approve", "ids": [str(s1), str(s2)]})
    rows = dict(re.findall(r'<tr data-app="(\d+)" data-outcome="(\w+)">', r.text))
    assert rows == {str(s1): "ok", str(s2): "refused"} and "有尚未处理的异议" in r.text
    assert (_state(engine, s1), _state(engine, s2)) == ("approved", "in_notice")


def test_an_administrator_reads_the_office_but_the_services_keep_the_officer_s_decisions(
        client: TestClient, world: World, engine: Engine) -> None:
    root = Officer(client, "root")
    for path in (f"/office/calls/{world.call}", f"/office/calls/{world.call}/review", "/office/supervision"):
        assert root.get(path).status_code == 200, path
    page = root.get(f"/office/calls/{world.call}/selection")
    assert page.status_code == 200 and "「择优遴选」只能由业务科室执行" in page.text and 'class="scenario"' not in page.text
    review = root.get(f"/office/calls/{world.call}/review").text
    assert "/actions/accept" not in review  # no button the server would refuse
    r = root.act(world.apps["submitted1"], "accept")
    assert r.status_code == 403 and _state(engine, world.apps["submitted1"]) == "submitted"
