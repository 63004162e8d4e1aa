"""The office's formal-review queue (形式审查), the expert panels (专家评审) and batch actions.

- ``GET /office/calls/{id}/review``: submitted applications with their review clock and the forms to
  accept, return for 补正 (reason; the deadline the service counts in working days) or reject
  (reason); returned applications with their 补正 deadline, and 逾期未补正 once it has passed.
- ``GET /office/calls/{id}/experts``: accepted applications to draw a panel for (with 回避; the seed
  is shown and may be given to replay a draw), the panels under review with who has declared and
  scored, and 汇总专家评分.
- The handlers of ``accept``, ``return``, ``reject``, ``lapse``, ``draw_panel`` and
  ``complete_review`` for the one transitions route (web/transitions.py).
- ``POST /office/batch`` (``batch_action``, ``ids``): one action on several applications; each item is its own
  transaction through the same route's checks (``transitions.perform``), so a refusal undoes
  nothing of the others; the page lists each item's outcome.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin.workflow import TRANSITIONS
from subsidy.errors import CaseInputError, SubsidyError
from subsidy.services import experts, formal_review, office
from subsidy.services.policies import call_policy
from subsidy.store.tables import Application, User
from subsidy.web.auth import current_user, permitted
from subsidy.web.deps import RowId, transaction
from subsidy.web.errors import ApiError
from subsidy.web.office import back, int_field, load_call, page, page_date, row_id
from subsidy.web.transitions import Outcome, buttons, handled_actions, handles, perform

__all__ = ["BATCH_LIMIT", "router"]

router = APIRouter(include_in_schema=False)
BATCH_LIMIT = 200
"""At most this many applications in one batch action."""


def _queue(app: Application, what: str) -> str:
    return f"/office/calls/{app.call_id}/{what}"


@handles("accept")
def _accept(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    formal_review.accept(s, user, app, today, note=form.get("note"))
    return Outcome(back(form, _queue(app, "review")), f"申报 {app.id} 形式审查通过，待抽取评审专家")


@handles("return")
def _return(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    days = int_field(form, "days", "补正期限（工作日）") if (form.get("days") or "").strip() else None
    correction = formal_review.return_for_correction(s, user, app, form.get("reason", ""), today, days)
    return Outcome(back(form, _queue(app, "review")),
                   f"申报 {app.id} 已退回补正，补正期限 {correction.deadline.isoformat()}（按工作日计算）")


@handles("reject")
def _reject(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    formal_review.reject(s, user, app, form.get("reason", ""), today)
    return Outcome(back(form, _queue(app, "review")), f"申报 {app.id} 形式审查不通过")


@handles("lapse")
def _lapse(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    formal_review.lapse(s, user, app, today)
    return Outcome(back(form, _queue(app, "review")), f"申报 {app.id} 已作逾期未补正处理")


@handles("draw_panel")
def _draw(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    seed = (form.get("seed") or "").strip()
    rng = random.Random(int_field(form, "seed", "随机种子")) if seed else None
    drawn = experts.draw_panel_for(s, user, app, rng=rng)
    avoided = f"；回避 {len(drawn.excluded)} 人" if drawn.excluded else ""
    return Outcome(back(form, _queue(app, "experts")),
                   f"申报 {app.id} 第 {drawn.review_round} 轮评审专家已抽取（种子 {drawn.seed}）：{'、'.join(drawn.panel)}{avoided}")


@handles("complete_review")
def _complete(s: Session, user: User, app: Application, form: Mapping[str, str], today: dt.date) -> Outcome:
    result = experts.complete_review(s, user, app)
    return Outcome(back(form, _queue(app, "experts")), f"申报 {app.id} 评审完成：{result.message}")


def _rows(request: Request, call_id: int, template: str, *states: str) -> Response:
    user = current_user(request)
    with transaction(request) as s:
        call = load_call(s, call_id)
        day, _ = page_date(s, request)
        rows = office.call_apps(s, user, call, day, *states)
        _, policy = call_policy(s, call)
        return page(request, s, template, {"call": call, "rows": rows, "cites": {c.id: c.cite for c in policy.clauses},
                                           "buttons": {r.app.id: buttons(user, r.app) for r in rows}})


@router.get("/office/calls/{call_id}/review", response_class=HTMLResponse)
def review_page(request: Request, call_id: RowId) -> Response:
    return _rows(request, call_id, "office/review.html", "submitted", "returned")


@router.get("/office/calls/{call_id}/experts", response_class=HTMLResponse)
def experts_page(request: Request, call_id: RowId) -> Response:
    return _rows(request, call_id, "office/experts.html", "accepted", "in_review", "scored")


# --- batch actions --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemOutcome:
    application_id: int
    ok: bool
    message: str


def _message(exc: Exception) -> str:
    if isinstance(exc, CaseInputError):
        return exc.problem + (f"（{exc.hint}）" if exc.hint else "")
    if isinstance(exc, ApiError):
        return exc.people or exc.message
    return str(exc)


def _ids(raw: list[str]) -> list[int]:
    ids: list[int] = []
    for value in raw:
        n = row_id(value.strip(), "ids", "申报编号")
        if n not in ids:
            ids.append(n)
    if not ids:
        raise CaseInputError("ids", "没有勾选任何申报", "在列表中勾选要办理的申报后再提交")
    if len(ids) > BATCH_LIMIT:
        raise CaseInputError("ids", f"一次最多办理 {BATCH_LIMIT} 件申报，勾选了 {len(ids)} 件", "分几次办理")
    return ids


def _batch(request: Request, action: str, ids: list[int], form: dict[str, str]) -> Response:
    outcomes: list[ItemOutcome] = []
    for app_id in ids:
        try:
            done = perform(request, app_id, action, form)
            outcomes.append(ItemOutcome(app_id, True, done.message or "已办理"))
        except (SubsidyError, ApiError) as exc:  # that item's transaction rolled back; the others stand
            outcomes.append(ItemOutcome(app_id, False, _message(exc)))
    label = next(t.label for t in TRANSITIONS if t.action == action)
    with transaction(request) as s:
        return page(request, s, "office/batch.html", {
            "label": label, "outcomes": outcomes, "ok": sum(1 for o in outcomes if o.ok),
            "back": back(form, "/office")})


@router.post("/office/batch", response_class=HTMLResponse, dependencies=[permitted("批量办理", *office.OFFICE_ROLES)])
async def batch_route(request: Request) -> Response:
    raw = await request.form()
    form = {k: v for k, v in raw.items() if isinstance(v, str) and k != "ids"}
    action = form.get("batch_action", "")
    if action not in handled_actions():
        raise CaseInputError("batch_action", f"没有「{action[:40]}」这项可批量办理的操作", "在列表下方选择要办理的操作")
    ids = _ids([v for v in raw.getlist("ids") if isinstance(v, str)])
    return await run_in_threadpool(_batch, request, action, ids, form)
