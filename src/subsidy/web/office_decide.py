"""The office's decisions on a call: selection (择优遴选) with what-if, 公示 with its objections, approval.

- ``GET /office/calls/{id}/selection``: the scored applications and up to four scenarios (mode ×
  budget) compared side by side; each is ``services/selection.run_selection(apply=False)`` in a
  transaction that is rolled back, so comparing saves nothing (not even a what-if run). ``POST
  .../selection/apply`` applies one scenario (the same service, ``apply=True``: the call's
  applications move to 拟支持 / 候补 / 未入选); ``POST .../selection/promote`` 候补递补
  (``promote_reserve``: the best-ranked reserve, a call-level operation).
- ``GET /office/calls/{id}/notice``: publish the 公示 (``POST .../notice/publish``: every selected
  application of the call), objections registered (``POST /office/objections``) and resolved —
  upheld through the transitions route (``uphold_objection``: the application goes back to review),
  dismissed by ``POST /office/objections/{id}/dismiss`` (no change of state); and approval after the
  notice period (``approve``, with the ceiling it is held to shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, cast

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin.selection import Mode
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services import approval, notice, office, selection
from subsidy.services.access import CALL_RUNNERS, MEMBER_OR_OFFICER
from subsidy.services.lookup import get_application
from subsidy.services.policies import call_policy
from subsidy.store.tables import Application, User
from subsidy.vocabulary import OBJECTION_OUTCOMES, SELECTION_MODES
from subsidy.web.auth import current_user, permitted
from subsidy.web.deps import RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import (
    back,
    done,
    form_of,
    id_field,
    load_call,
    money_field,
    page,
    page_date,
    text_field,
)
from subsidy.web.transitions import Outcome, business_today, buttons, handles

__all__ = ["SCENARIOS", "router"]

router = APIRouter(include_in_schema=False)
SCENARIOS = 4
"""At most this many scenarios side by side."""


# --- selection ----------------------------------------------------------------------------------------------


def _scenarios(query: Mapping[str, str]) -> list[tuple[str, int | None, str]]:
    """(mode, budget in 分 or None for the call's, the budget as written) of each scenario asked for;
    by default each mode on the call's budget."""
    asked: list[tuple[str, int | None, str]] = []
    for n in range(1, SCENARIOS + 1):
        raw_mode = (query.get(f"mode{n}") or "").strip()
        raw_budget = (query.get(f"budget{n}") or "").strip()
        if not raw_mode and not raw_budget:
            continue
        mode = SELECTION_MODES.parse(raw_mode or "rank_order", f"mode{n}")
        asked.append((mode, money_field(query, f"budget{n}", f"方案 {n} 的预算", required=False), raw_budget))
    return asked or [(m, None, "") for m in SELECTION_MODES.codes]


def _what_if(s: Session, user: User, call_id: int, asked: list[tuple[str, int | None, str]]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    call = load_call(s, call_id)
    for mode, budget_fen, written in asked:
        outcome = selection.run_selection(s, user, call, mode=cast(Mode, mode), budget_fen=budget_fen, apply=False)
        results.append({"mode": mode, "label": selection.MODE_LABELS[mode], "budget_written": written,
                        "budget_fen": budget_fen, **dict(outcome.run.result)})
    s.rollback()  # a comparison saves nothing: not even the what-if runs
    return results


@router.get("/office/calls/{call_id}/selection", response_class=HTMLResponse)
def selection_page(request: Request, call_id: RowId) -> Response:
    user = current_user(request)
    query = dict(request.query_params)
    with transaction(request) as s:
        office.require_office(user, "择优遴选")
        call = load_call(s, call_id)
        asked = _scenarios(query)
        day, _ = page_date(s, request)
        rows = office.call_apps(s, user, call, day, "scored", "selected", "reserve", "not_selected")
        refused = None
        results: list[dict[str, Any]] = []
        if any(r.app.state == "scored" for r in rows):
            try:
                results = _what_if(s, user, call_id, asked)
            except DomainRefusal as exc:  # who may select is the service's to say (an administrator reads only)
                if exc.code != "wrong_role":
                    raise
                s.rollback()
                refused = str(exc)
            call = load_call(s, call_id)
            day, _ = page_date(s, request)  # the rollback forgot the transaction's business date
            rows = office.call_apps(s, user, call, day, "scored", "selected", "reserve", "not_selected")
        _, policy = call_policy(s, call)
        applied = selection.latest_applied_run(s, call)
        return page(request, s, "office/selection.html", {
            "call": call, "rows": rows, "results": results, "refused": refused, "asked": asked, "modes": SELECTION_MODES.labels,
            "n_scenarios": SCENARIOS, "cites": {c.id: c.cite for c in policy.clauses}, "applied": applied,
            "open_run": applied is not None and applied.superseded_by is None,
            "budget": selection.available_budget(s, call)})


def _apply(request: Request, call_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        business_today(s, form)
        call = load_call(s, call_id)
        mode = SELECTION_MODES.parse(form.get("mode") or "rank_order", "mode")
        budget = money_field(form, "budget", "预算", required=False)
        outcome = selection.run_selection(s, user, call, mode=cast(Mode, mode), budget_fen=budget, apply=True)
        r = outcome.result
        said = (f"已按「{selection.MODE_LABELS[mode]}」完成遴选（第 {outcome.run.id} 次运行）：拟支持 {len(r.awarded)} 件，"
                f"候补 {len(r.reserve)} 件，未入选 {len(r.set_aside)} 件")
    return done(back(form, f"/office/calls/{call_id}/selection"), said)


@router.post("/office/calls/{call_id}/selection/apply", dependencies=[permitted("择优遴选", *CALL_RUNNERS)])
async def apply_route(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_apply, request, call_id, form)


def _promote(request: Request, call_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    from subsidy.money import format_fen

    with transaction(request) as s:
        business_today(s, form)
        app = selection.promote_reserve(s, user, load_call(s, call_id),
                                        amount_fen=money_field(form, "amount", "递补金额", required=False))
        said = f"候补申报 {app.id} 已递补为拟支持，拟支持 {format_fen(app.proposed_fen or 0)}（须发布公示）"
    return done(back(form, f"/office/calls/{call_id}/selection"), said)


@router.post("/office/calls/{call_id}/selection/promote", dependencies=[permitted("候补递补", *CALL_RUNNERS)])
async def promote_route(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_promote, request, call_id, form)


# --- 公示, objections, approval -----------------------------------------------------------------------------


@router.get("/office/calls/{call_id}/notice", response_class=HTMLResponse)
def notice_page(request: Request, call_id: RowId) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        call = load_call(s, call_id)
        day, _ = page_date(s, request)
        rows = office.call_apps(s, user, call, day, "selected", "in_notice", "approved")
        ceilings = {r.app.id: office.approval_ceiling(s, user, r.app) for r in rows if r.app.state == "in_notice"}
        return page(request, s, "office/notice.html", {
            "call": call, "rows": rows, "ceilings": ceilings, "buttons": {r.app.id: buttons(user, r.app) for r in rows},
            "outcomes": OBJECTION_OUTCOMES.labels, "awards": office.awards_of(s, user, call)})


def _publish(request: Request, call_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        board = notice.publish_notice(s, user, load_call(s, call_id), business_today(s, form))
        said = (f"公示 {board.id} 已发布：{board.published_on} 至 {board.ends_on}；"
                f"申报 {'、'.join(map(str, board.application_ids))}")
    return done(back(form, f"/office/calls/{call_id}/notice"), said)


@router.post("/office/calls/{call_id}/notice/publish", dependencies=[permitted("发布公示", *CALL_RUNNERS)])
async def publish_route(request: Request, call_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_publish, request, call_id, form)


def _file(request: Request, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        today = business_today(s, form)
        app = get_application(s, id_field(form, "application_id", "申报编号"))
        row = notice.file_objection(s, user, app, text=text_field(form, "text", "异议内容"), today=today,
                                    filed_by=form.get("filed_by"))
        said = f"异议 {row.id} 已登记（申报 {app.id}），待处理"
        default = f"/office/calls/{app.call_id}/notice"
    return done(back(form, default), said)


@router.post("/office/objections", dependencies=[permitted("登记异议", *MEMBER_OR_OFFICER)])
async def file_route(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_file, request, form)


def _dismiss(request: Request, objection_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        today = business_today(s, form)
        try:
            objection = notice.get_objection(s, objection_id)
        except DomainRefusal as exc:
            raise ApiError(404, "not_found", str(exc)) from exc
        notice.resolve_objection(s, user, objection, outcome="dismissed", resolution=form.get("reason", ""), today=today)
        app = get_application(s, objection.application_id)
        said, default = f"异议 {objection_id} 不成立，申报 {app.id} 继续公示", f"/office/calls/{app.call_id}/notice"
    return done(back(form, default), said)


@router.post("/office/objections/{objection_id}/dismiss", dependencies=[permitted("处理异议", *CALL_RUNNERS)])
async def dismiss_route(request: Request, objection_id: RowId) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_dismiss, request, objection_id, form)


@handles("uphold_objection")
def _uphold(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    raw = (form.get("objection_id") or "").strip()
    pending = notice.open_objections(s, app)
    if not raw and len(pending) == 1:
        objection = pending[0]
    elif raw.isdigit() and (found := next((o for o in pending if o.id == int(raw)), None)) is not None:
        objection = found
    else:
        raise CaseInputError("objection_id", f"申报 {app.id} 没有编号为「{raw[:20]}」的待处理异议",
                             "在公示页面上该异议旁点「异议成立」")
    notice.resolve_objection(s, user, objection, outcome="upheld", resolution=form.get("reason", ""), today=today)
    return Outcome(back(form, f"/office/calls/{app.call_id}/notice"),
                   f"异议 {objection.id} 成立：申报 {app.id} 退回重新评审，拟支持金额已取消；可递补候补申报")


@handles("approve")
def _approve(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    from subsidy.money import format_fen

    amount = money_field(form, "amount", "核定金额", required=False)
    if amount is None:
        if app.proposed_fen is None:
            raise CaseInputError("amount", "没有拟支持金额，须填写核定金额", "写带单位的金额，如 300万元")
        amount = app.proposed_fen
    award = approval.approve(s, user, app, amount_fen=amount, today=today)
    plan = "；".join(f"{x['when']} {format_fen(x['fen'])}" for x in award.schedule)
    return Outcome(back(form, f"/office/calls/{app.call_id}/notice"),
                   f"申报 {app.id} 已核定 {format_fen(amount)}（奖励 {award.id}）；支付计划：{plan}")
