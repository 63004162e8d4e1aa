"""Logging in and out, the acting user of every page, and 我的工作台.

- ``GET/POST /login``, ``POST /logout`` (services/sessions.py does the work: throttling, sessions,
  audit records), ``GET/POST /password`` (one's own password; forced after a one-time password),
  ``GET /workbench`` (我的工作台: who is logged in, with what role, for which organisation).
- :func:`current_user` is the dependency of every page that needs a login: the services' user (its
  ``role`` and ``organisation_id`` are what services/access.py decides on — the web asks it and
  decides nothing itself). Without a live session a page redirects to the login (303), an API path
  answers 401; with a one-time password every page but ``/password`` redirects there.
- The session cookie holds the session's random token only: HttpOnly, SameSite=Lax, Secure over HTTPS.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from subsidy.errors import SubsidyError
from subsidy.services.access import require_role, role_label
from subsidy.services.accounts import change_password
from subsidy.services.sessions import login, logout
from subsidy.store.tables import Organisation, User
from subsidy.web.csrf import FORM_COOKIE, set_cookie, token_for
from subsidy.web.deps import SESSION_COOKIE, client_address, login_of, now, transaction
from subsidy.web.errors import ApiError
from subsidy.web.render import render, templates

__all__ = ["LoginRequired", "current_user", "install", "permitted", "router"]

router = APIRouter(include_in_schema=False)
HOME = "/workbench"


class LoginRequired(Exception):
    """Raised by :func:`current_user` on a page; answered with a redirect (the API answers 401)."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


def _next(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login?next=" + quote(target, safe="")


def current_user(request: Request) -> User:
    """The logged-in user (a page that needs one depends on this)."""
    found = login_of(request)
    if found is None:
        if request.url.path.startswith("/api/"):
            raise ApiError(401, "login_required", "需要先登录（POST /login）")
        raise LoginRequired(_next(request))
    if found.user.must_change_password and request.url.path != "/password":
        raise LoginRequired("/password")
    return found.user


CurrentUser = Annotated[User, Depends(current_user)]


def permitted(what: str, *roles: str) -> Any:
    """A route dependency (``dependencies=[permitted(...)]``): the logged-in user must have one of
    ``roles`` — the same tuple the service checks (services/access.py) — or the request is refused
    with 403 before the route reads its form, whatever the form says (a wrong role is never told
    first that its form is incomplete)."""

    def check(request: Request) -> None:
        require_role(current_user(request), what, *roles)

    return Depends(check)


def _safe_next(target: str | None) -> str:
    """Where to go after login: a path of this site only (never ``//other.site`` or a full URL)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target:
        return target
    return HOME


def _page(request: Request, name: str, context: dict[str, object], status_code: int = 200) -> HTMLResponse:
    """A page of this module; not logged in, the browser gets the form cookie its token is checked against."""
    response = render(request, name, context, status_code=status_code)
    if login_of(request) is None and (token := getattr(request.state, "form_token", None)):
        set_cookie(request, response, FORM_COOKIE, token)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None, bye: int = 0) -> Response:
    if login_of(request) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _page(request, "auth/login.html", {"next": _safe_next(next), "message": None, "username": "",
                                              "bye": bool(bye)})


@router.post("/login", response_class=HTMLResponse)
def login_submit(request: Request, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
                 next: Annotated[str, Form()] = HOME) -> Response:
    with transaction(request) as s:
        outcome = login(s, username, password, address=client_address(request), now=now())
    if not outcome.ok or outcome.token is None:
        return _page(request, "auth/login.html", {"next": _safe_next(next), "message": outcome.message,
                                                  "username": username[:100], "bye": False}, status_code=401)
    response = RedirectResponse("/password" if outcome.must_change_password else _safe_next(next), status_code=303)
    set_cookie(request, response, SESSION_COOKIE, outcome.token)
    response.delete_cookie(FORM_COOKIE, path="/")
    return response


@router.post("/logout")
def logout_submit(request: Request) -> Response:
    with transaction(request) as s:
        logout(s, request.cookies.get(SESSION_COOKIE), now=now())
    response = RedirectResponse("/login?bye=1", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/workbench", response_class=HTMLResponse)
def workbench(request: Request, user: CurrentUser) -> Response:
    organisation = None
    if user.organisation_id is not None:
        with transaction(request) as s:
            organisation = s.scalar(select(Organisation.name).where(Organisation.id == user.organisation_id))
    return _page(request, "auth/workbench.html", {"user": user, "role": role_label(user.role),
                                                  "organisation": organisation})


@router.get("/password", response_class=HTMLResponse)
def password_form(request: Request, user: CurrentUser) -> Response:
    return _page(request, "auth/password.html", {"user": user, "message": None})


@router.post("/password", response_class=HTMLResponse)
def password_submit(request: Request, user: CurrentUser, current: Annotated[str, Form()] = "",
                    new: Annotated[str, Form()] = "", again: Annotated[str, Form()] = "") -> Response:
    found = login_of(request)
    assert found is not None
    message = "两次输入的新密码不一致" if new != again else None
    if message is None:
        try:
            with transaction(request) as s:
                me = s.get(User, user.id)
                assert me is not None
                change_password(s, me, current, new, now=now(), keep=found.session)
        except SubsidyError as exc:
            message = str(exc)
    if message is not None:
        return _page(request, "auth/password.html", {"user": user, "message": message}, status_code=422)
    return RedirectResponse(HOME + "?changed=1", status_code=303)


def install(app: FastAPI) -> None:
    """What this module adds to the application beside its routes: the answer to :class:`LoginRequired`."""

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LoginRequired)
        return RedirectResponse(exc.location, status_code=303)

    app.add_exception_handler(LoginRequired, login_required)


templates.env.globals["login_of"] = login_of
templates.env.globals["csrf_token"] = token_for  # {{ csrf_token(request) }} in every form
templates.env.globals["role_label"] = role_label
