"""The administrator's screens (系统管理员): the accounts.

- ``GET /admin/users``: every account (services/listing.list_users) with its role, organisation and
  state, and the form to create one.
- ``POST /admin/users``: services/accounts.create_account; the answer is a page showing the one-time
  password, once (never stored in clear, never cached: the user must change it at the first login).
- ``POST /admin/users/{id}/password``: services/accounts.reset_password (a new one-time password, the
  user's sessions end), shown once the same way.
- ``POST /admin/users/{id}/deactivate`` and ``…/activate``: services/organisations.set_active.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal, SubsidyError
from subsidy.services.access import require_role, role_label
from subsidy.services.accounts import create_account, reset_password
from subsidy.services.listing import list_organisations, list_users
from subsidy.services.organisations import find_organisation, set_active
from subsidy.store.tables import User
from subsidy.vocabulary import ROLES
from subsidy.web.auth import CurrentUser, current_user
from subsidy.web.deps import now, transaction
from subsidy.web.staff import done, form_of, page, refusal

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_WHAT = "管理用户"


def _context(s: Session, user: User, *, message: str | None = None, form: dict[str, str] | None = None) -> dict[str, Any]:
    require_role(user, _WHAT, "admin")
    users = list_users(s, user)
    orgs = {o.id: o for o in list_organisations(s, user)}
    rows = [(u, role_label(u.role), orgs[u.organisation_id].name if u.organisation_id in orgs else "") for u in users]
    return {"user": user, "rows": rows, "organisations": list(orgs.values()),
            "roles": [(code, ROLES.label(code)) for code in ROLES.codes], "message": message, "form": form or {}}


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, user: CurrentUser) -> Response:
    with transaction(request) as s:
        context = _context(s, user)
    return page(request, "admin/users.html", context)


def _target(s: Session, user_id: int) -> User:
    found = s.get(User, user_id)
    if found is None:
        raise DomainRefusal(f"用户 {user_id} 不存在", "no_user")
    return found


def _create(request: Request, form: dict[str, str]) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            require_role(user, _WHAT, "admin")
            code = (form.get("organisation") or "").strip()
            org = find_organisation(s, code) if code else None
            relations = [c for c in (form.get("relations") or "").replace("，", ",").split(",") if c.strip()]
            created, password = create_account(
                s, s.get(User, user.id), now=now(), username=form.get("username", ""),
                display_name=form.get("display_name", ""), role=form.get("role", ""), organisation=org,
                employer_uscc=(form.get("employer_uscc") or "").strip() or None, relations=relations)
            shown = {"username": created.username, "display_name": created.display_name,
                     "role": role_label(created.role)}
    except SubsidyError as exc:
        status, why = refusal(exc)
        with transaction(request) as s:
            context = _context(s, user, message=why, form=form)
        return page(request, "admin/users.html", context, status_code=status)
    return page(request, "admin/password.html", {"user": user, "account": shown, "password": password,
                                                 "created": True})


@router.post("/admin/users")
async def create_submit(request: Request) -> Response:
    form = await form_of(request)
    return await run_in_threadpool(_create, request, form)


def _reset(request: Request, user_id: int) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            require_role(user, _WHAT, "admin")
            target = _target(s, user_id)
            password = reset_password(s, s.get(User, user.id) or user, target, now=now())
            shown = {"username": target.username, "display_name": target.display_name,
                     "role": role_label(target.role)}
    except SubsidyError as exc:
        status, why = refusal(exc)
        with transaction(request) as s:
            context = _context(s, user, message=why)
        return page(request, "admin/users.html", context, status_code=status)
    return page(request, "admin/password.html", {"user": user, "account": shown, "password": password,
                                                 "created": False})


@router.post("/admin/users/{user_id}/password")
async def reset_submit(request: Request, user_id: int) -> Response:
    return await run_in_threadpool(_reset, request, user_id)


def _set_active(request: Request, user_id: int, active: bool) -> Response:
    user = current_user(request)
    try:
        with transaction(request) as s:
            require_role(user, _WHAT, "admin")
            target = set_active(s, s.get(User, user.id) or user, _target(s, user_id), active)
            name = target.username
    except SubsidyError as exc:
        status, why = refusal(exc)
        with transaction(request) as s:
            context = _context(s, user, message=why)
        return page(request, "admin/users.html", context, status_code=status)
    return done("/admin/users", f"已{'启用' if active else '停用'}用户「{name}」"
                + ("" if active else "；其登录已全部失效"))


@router.post("/admin/users/{user_id}/deactivate")
async def deactivate_submit(request: Request, user_id: int) -> Response:
    return await run_in_threadpool(_set_active, request, user_id, False)


@router.post("/admin/users/{user_id}/activate")
async def activate_submit(request: Request, user_id: int) -> Response:
    return await run_in_threadpool(_set_active, request, user_id, True)
