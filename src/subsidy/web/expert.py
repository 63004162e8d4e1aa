"""The expert's screens (评审专家): 我的评审任务, the 回避声明, and scoring by the call's rubric.

- ``GET /expert``: the applications on whose panel the logged-in expert sits (services/experts.
  expert_tasks; after a declared conflict the application is gone from the list and its page is 403).
- ``GET /expert/applications/{id}``: the application as the expert may see it, the declaration form,
  then the rubric's score form (services/calls.rubric_of), with a comment for the applicant and an
  internal one.
- ``POST /expert/applications/{id}/declaration`` (``decision`` = ``none`` | ``conflict``, ``reason``)
  and ``POST /expert/applications/{id}/scores`` (``score_<criterion id>``, ``applicant_comment``,
  ``internal_comment``): services/experts.declare and submit_scores decide everything.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin.scoring import present
from subsidy.admin.workflow import state_label
from subsidy.errors import SubsidyError
from subsidy.services.calls import get_call, rubric_of
from subsidy.services.documents import documents_of
from subsidy.services.experts import MAX_COMMENT, Task, declare, expert_task, expert_tasks, submit_scores
from subsidy.services.lookup import parse_fraction
from subsidy.store.tables import User
from subsidy.web.auth import CurrentUser, current_user
from subsidy.web.deps import transaction
from subsidy.web.staff import done, form_of, page, refusal
from subsidy.web.transitions import business_today

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _context(s: Session, task: Task) -> dict[str, object]:
    call = get_call(s, task.application.call_id)
    rubric = rubric_of(call)
    return {"task": task, "state": state_label(task.application.state), "criteria": rubric.criteria,
            "total": None if task.score is None else present(parse_fraction(task.score.total)),
            "max_comment": MAX_COMMENT, "documents": documents_of(s, task.application)}


@router.get("/expert", response_class=HTMLResponse)
def tasks_page(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        tasks = expert_tasks(s, user)
        rows = [(t, state_label(t.application.state)) for t in tasks]
    return page(request, "expert/tasks.html", {"user": user, "rows": rows})


@router.get("/expert/applications/{app_id}", response_class=HTMLResponse)
def task_page(request: Request, app_id: int, user: CurrentUser) -> Response:
    with transaction(request) as s:
        context = _context(s, expert_task(s, user, app_id))
    return page(request, "expert/task.html", {"user": user, "message": None, "form": {}, **context})


def _again(request: Request, user: User, app_id: int, exc: SubsidyError, form: dict[str, str]) -> Response:
    status, why = refusal(exc)
    with transaction(request) as s:
        context = _context(s, expert_task(s, user, app_id))
    return page(request, "expert/task.html", {"user": user, "message": why, "form": form, **context},
                status_code=status)


def _declare(request: Request, app_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    decision = form.get("decision", "")
    try:
        with transaction(request) as s:
            business_today(s, form)
            task = expert_task(s, user, app_id)
            if decision not in ("none", "conflict"):
                from subsidy.errors import CaseInputError

                raise CaseInputError("decision", "请选择「无利害关系」或「申请回避」", "在声明表单中选择一项后提交")
            result = declare(s, user, task.application,
                             conflict=(form.get("reason") or "") if decision == "conflict" else None)
    except SubsidyError as exc:
        return _again(request, user, app_id, exc, form)
    if decision == "conflict":
        return done("/expert", result.message)
    return done(f"/expert/applications/{app_id}", result.message)


def _score(request: Request, app_id: int, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            business_today(s, form)
            task = expert_task(s, user, app_id)
            rubric = rubric_of(get_call(s, task.application.call_id))
            scores = {c.id: form.get(f"score_{c.id}", "").strip() for c in rubric.criteria}
            row = submit_scores(s, user, task.application, scores, applicant_comment=form.get("applicant_comment"),
                                internal_comment=form.get("internal_comment"))
            total = present(parse_fraction(row.total))
    except SubsidyError as exc:
        return _again(request, user, app_id, exc, form)
    return done(f"/expert/applications/{app_id}", f"评分已提交：加权总分 {total} 分")


@router.post("/expert/applications/{app_id}/declaration")
async def declaration_submit(request: Request, app_id: int) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_declare, request, app_id, form)


@router.post("/expert/applications/{app_id}/scores")
async def scores_submit(request: Request, app_id: int) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_score, request, app_id, form)
