"""Protection against cross-site requests (CSRF), in one dependency that every route of the
application runs (``create_app`` installs it): a POST, PUT, PATCH or DELETE must carry the form token
in the field ``csrf_token`` (or the header ``X-CSRF-Token``), else it is refused with 403 before its
handler runs.

- Logged in, the token is the session's (services/sessions.csrf_token: derived from the session's
  secret, unknown to another site and to anyone who can only read the database).
- Not logged in (the login form), it is a random value the server set in its own cookie when it
  served the form (``subsidy_csrf``), which another site can neither read nor set.
- A request to the API (``/api/…``) needs none when it carries no session cookie (it acts as nobody;
  the cookie is SameSite=Lax, so a POST from another site never carries it) or is JSON (a browser
  sends JSON to another site only after a CORS check that this application never grants). A page's
  script that posts a form or a file to the API while logged in sends the header.

The cookies are HttpOnly and SameSite=Lax, and Secure when the page came over HTTPS.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request, Response

from subsidy.web.deps import SESSION_COOKIE, login_of

__all__ = ["FIELD", "FORM_COOKIE", "HEADER", "REFUSED", "protect", "set_cookie", "token_for"]

FIELD = "csrf_token"
HEADER = "X-CSRF-Token"
FORM_COOKIE = "subsidy_csrf"
REFUSED = "表单安全校验未通过（页面已过期、已退出登录，或请求来自其他网站），操作未执行；请刷新页面后重新提交"
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def set_cookie(request: Request, response: Response, name: str, value: str) -> None:
    """A cookie of this application: HttpOnly, SameSite=Lax, Secure over HTTPS, for the whole site."""
    response.set_cookie(name, value, httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/")


def token_for(request: Request) -> str:
    """The token a form of this page carries: the session's, or (not logged in) the form cookie's —
    made now when the browser has none (the page then sets it: ``request.state.form_token``)."""
    found = login_of(request)
    if found is not None:
        return found.csrf
    token = request.cookies.get(FORM_COOKIE) or getattr(request.state, "form_token", None)
    if not token:
        token = secrets.token_urlsafe(32)
        request.state.form_token = token
    return str(token)


async def protect(request: Request) -> None:
    """Refuse a state-changing request without the right token (403, a Chinese message)."""
    if request.method not in _UNSAFE:
        return
    if request.url.path.startswith("/api/") and (
            SESSION_COOKIE not in request.cookies
            or request.headers.get("content-type", "").startswith("application/json")):
        return
    sent = request.headers.get(HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(FIELD)
        sent = value if isinstance(value, str) else None
    found = login_of(request)
    expected = found.csrf if found is not None else request.cookies.get(FORM_COOKIE)
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, REFUSED)
