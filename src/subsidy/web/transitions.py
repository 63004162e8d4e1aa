"""Every transition of an application made in the browser: one route, and the buttons a page shows.

- ``POST /applications/{id}/actions/{action}`` is the only way a page changes an application's state.
  Before any handler runs it asks ``admin/workflow.py``'s table whether the logged-in user's role may
  make ``action`` from the application's state: a wrong role is refused with 403, a wrong state with
  409, an action nobody handles with 404, and nothing is written. The service the handler calls then
  checks access to the organisation or panel (services/access.py) as for the CLI.
- :func:`buttons` is what a page offers: exactly the transitions the table allows that role in that
  state (and that some handler here makes), so a page never shows a button the server would refuse.
- A handler is registered with :func:`handles` by the module of the screens it belongs to (the
  applicant's, the office's); it gets the form's fields and the business date, calls one service and
  says where to go next.
- The business date of an action is today's (Beijing time); a demo or simulation database may send
  ``business_date`` with the form, checked by services/clock.py as for the CLI's ``--today``. A
  production database refuses any other date sent (its pages offer none: a sent one is forged).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from subsidy.admin import workflow
from subsidy.admin.workflow import Transition
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services import clock
from subsidy.services.applications import read_application
from subsidy.store.tables import Application, User
from subsidy.web.auth import current_user
from subsidy.web.deps import RowId, now, transaction
from subsidy.web.errors import ApiError

__all__ = ["Handler", "Outcome", "business_today", "buttons", "handles", "router"]

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Outcome:
    """Where the browser goes after the action, and what the next page says (``?done=``)."""

    location: str
    message: str | None = None


Handler = Callable[[Session, User, Application, Mapping[str, str], dt.date], Outcome | None]
"""(session, acting user, application, form fields, business date) → where to go (None: back to
the application's page)."""

_HANDLERS: dict[str, Handler] = {}


def handles(action: str) -> Callable[[Handler], Handler]:
    """Register the handler of one workflow action (each action has exactly one)."""
    if action not in {t.action for t in workflow.TRANSITIONS}:
        raise ValueError(f"{action!r} is not an action of admin/workflow.py")

    def register(fn: Handler) -> Handler:
        if action in _HANDLERS:
            raise ValueError(f"two handlers for {action!r}")
        _HANDLERS[action] = fn
        return fn

    return register


def handled_actions() -> frozenset[str]:
    return frozenset(_HANDLERS)


def buttons(user: User, app: Application) -> list[Transition]:
    """The transitions this user may start from this application's state, in the table's order."""
    return [t for t in workflow.allowed_actions(app.state, user.role) if t.action in _HANDLERS]


def business_today(session: Session, form: Mapping[str, str]) -> dt.date:
    """The business date of this transaction's actions (see the module's docstring)."""
    requested = None
    if raw := (form.get("business_date") or "").strip():
        try:
            requested = dt.date.fromisoformat(raw)
        except ValueError:
            raise CaseInputError("business_date", f"业务日期「{raw[:20]}」不是日期", "写成 2027-03-01 的形式") from None
    today = clock.china_today(now())
    if requested is not None and requested < today and clock.mode_of(session) == "production":  # (later: clock's refusal)
        raise CaseInputError("business_date", f"正式数据库在网页上按今天（{today}，北京时间）办理，不能补填以前的业务日期 {requested}",
                             "去掉业务日期后重新提交；补录以前的业务请由管理员用命令行的 --today 办理")
    return clock.business_day(session, requested, today, option="业务日期")


def application_page(app_id: int) -> str:
    return f"/applications/{app_id}"


def _act(request: Request, app_id: int, action: str, form: Mapping[str, str]) -> Outcome:
    user = current_user(request)
    handler = _HANDLERS.get(action)
    if handler is None:
        raise ApiError(404, "not_found", f"没有「{action[:40]}」这项操作")
    with transaction(request) as s:
        app = read_application(s, user, app_id)
        try:
            workflow.transition(app.state, action, user.role)
        except DomainRefusal as exc:
            if exc.code == "wrong_role":
                raise ApiError(403, "forbidden", str(exc)) from None
            raise
        today = business_today(s, form)
        return handler(s, user, app, form, today) or Outcome(application_page(app_id))


perform = _act
"""One transition as the route makes it (checks, handler, its own transaction): the office's batch
actions call it item by item, so one refusal leaves the others done."""


@router.post("/applications/{app_id}/actions/{action}")
async def act(request: Request, app_id: RowId, action: str) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    outcome = await run_in_threadpool(_act, request, app_id, action, form)
    location = outcome.location
    if outcome.message:
        from urllib.parse import quote

        location += ("&" if "?" in location else "?") + "done=" + quote(outcome.message)
    return RedirectResponse(location, status_code=303)
