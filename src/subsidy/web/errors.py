"""The one place where errors become HTTP responses.

The API (paths under ``/api/``) answers every error with one envelope::

    {"error": {"code": "invalid_input", "message": "字段「facts.x」: …", "field": "facts.x"}}

``code`` is stable (listed in :data:`CODES` and docs/web.md), ``message`` a Chinese sentence saying
what was wrong and what to do, ``field`` the input it concerns or ``null``. Bad input is a 4xx; a 500
is only ever a fault of the server. Pages answer with a Chinese error page and the same status.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from subsidy.errors import CaseInputError, DomainRefusal, PolicyFileError, PolicyNotFound, SubsidyError

__all__ = ["CODES", "TOO_LARGE", "ApiError", "ErrorBody", "ErrorEnvelope", "install", "respond", "too_large"]

log = logging.getLogger("subsidy.web")

CODES: dict[str, str] = {
    "invalid_input": "输入的值不符合要求（字段、原因与处理办法见 message）",
    "invalid_request": "请求的结构不对（缺少参数、类型不对）",
    "malformed_json": "请求体不是有效的 JSON",
    "not_found": "找不到该政策、条款、页面或接口",
    "method_not_allowed": "该接口不支持这种请求方法",
    "too_large": "上传的内容超过大小上限",
    "unsupported_media_type": "不支持的内容类型",
    "refused": "按管理规则不能执行该操作",
    "login_required": "需要先登录",
    "forbidden": "无权执行该操作，或表单安全校验未通过",
    "conflict": "与同时进行的另一项操作冲突",
    "internal": "服务器内部错误",
}


ACCESS_REFUSALS = frozenset({"wrong_role", "not_your_application", "not_your_organisation", "not_your_report",
                             "not_assigned", "not_on_panel"})
"""Refusal codes that mean "not for this user": answered 403 (other refusals are 409, the state of things)."""

MISSING_REFUSALS = frozenset({"no_application", "no_call", "no_award", "no_report", "no_objection", "no_document"})
"""Refusal codes that mean "no such row" (an id in the address that names nothing): answered 404."""


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    message: str
    field: str | None


class ErrorEnvelope(BaseModel):
    """What every API error returns."""

    model_config = ConfigDict(extra="forbid")
    error: ErrorBody


class ApiError(Exception):
    """An error the API answers with ``status`` and the envelope (raised by the web modules)."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 people: str | None = None) -> None:
        assert code in CODES, code
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        self.people = people  # the page's wording when it differs (no field key: a page shows no keys)


def _from_subsidy(exc: SubsidyError) -> ApiError:
    if isinstance(exc, CaseInputError):
        people = exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else "")
        return ApiError(422, "invalid_input", str(exc), exc.field, people)
    if isinstance(exc, PolicyNotFound):
        return ApiError(404, "not_found", str(exc))
    if isinstance(exc, DomainRefusal):
        if exc.code in ACCESS_REFUSALS:  # who may see or do it (services/access.py), not the state of things
            return ApiError(403, "forbidden", str(exc))
        if exc.code in MISSING_REFUSALS:
            return ApiError(404, "not_found", str(exc))
        code = exc.code if exc.code in CODES else "refused"
        return ApiError(409, code, str(exc))
    if isinstance(exc, PolicyFileError):  # the server's own policy files: not the client's fault
        return ApiError(500, "internal", f"政策文件有误，请联系管理员：{exc}")
    return ApiError(400, "refused", str(exc))


_PYDANTIC = {
    "missing": "缺少该项",
    "extra_forbidden": "不认识的字段",
    "json_invalid": "不是有效的 JSON",
    "string_type": "应当是文字",
    "int_type": "应当是整数",
    "int_parsing": "应当是整数",
    "bool_type": "应当是 true 或 false",
    "bool_parsing": "应当是 true 或 false",
    "dict_type": "应当是键值映射",
    "list_type": "应当是列表",
    "date_from_datetime_parsing": "应当是日期，如 2027-03-01",
    "date_parsing": "应当是日期，如 2027-03-01",
    "date_type": "应当是日期，如 2027-03-01",
    "literal_error": "不是可选的值",
}


_OUT_OF_RANGE = frozenset({"greater_than_equal", "less_than_equal", "int_parsing", "int_type"})


def _validation(exc: RequestValidationError) -> ApiError:
    errors = exc.errors()
    first: dict[str, Any] = errors[0] if errors else {}
    loc = [str(x) for x in first.get("loc", ())]
    if loc and (loc[0] == "path" or (loc[0] == "query" and first.get("type") in _OUT_OF_RANGE)):
        # an id in the address no row can have (0, -1, 10**30, "abc")
        shown = str(first.get("input", ""))[:20]
        return ApiError(422, "invalid_request", f"{'路径参数' if loc[0] == 'path' else '查询参数'}「{'.'.join(loc[1:])}」：「{shown}」不是记录的编号（编号是 1 到 "
                        "2147483647 之间的整数）", ".".join(loc[1:]) or None,
                        people=f"地址中的编号「{shown}」不是任何记录的编号（编号是正整数）；请从列表页进入")
    where = {"body": "请求体", "query": "查询参数", "path": "路径参数", "header": "请求头"}.get(loc[0] if loc else "", "请求")
    field = ".".join(loc[1:]) or None
    problem = _PYDANTIC.get(str(first.get("type", "")), "值不符合要求")
    code = "malformed_json" if first.get("type") == "json_invalid" else "invalid_request"
    text = f"{where}「{field}」：{problem}" if field else f"{where}：{problem}"
    return ApiError(400 if code == "malformed_json" else 422, code, text + "（处理办法：参见 /api/openapi.json 中的接口说明）",
                    field)


_HTTP = {403: ("forbidden", "无权执行该操作"), 404: ("not_found", "找不到该页面或接口"), 405: ("method_not_allowed", "该地址不支持这种请求方法"),
         413: ("too_large", "上传的内容超过大小上限"), 415: ("unsupported_media_type", "不支持的内容类型")}


def _from_http(exc: StarletteHTTPException) -> ApiError:
    code, text = _HTTP.get(exc.status_code, ("invalid_request", "请求无法处理"))
    if isinstance(exc.detail, str) and exc.detail and not exc.detail.isascii():  # a Chinese detail of ours
        text = exc.detail
    return ApiError(exc.status_code if exc.status_code < 500 else 500, code if exc.status_code < 500 else "internal",
                    text)


TOO_LARGE = "subsidy.too_large"
"""The key in a request's scope under which web/limits.py notes the limit a body passed."""


def too_large(limit: int) -> ApiError:
    """A request body past ``limit`` bytes (web/limits.py)."""
    mb = limit // (1024 * 1024)
    return ApiError(413, "too_large", f"提交的内容超过 {mb} MB 上限，未保存（处理办法：压缩或拆分后重新提交）", "body")


def respond(request: Request, err: ApiError, headers: dict[str, str] | None = None) -> Response:
    """The answer to ``err``: the API's envelope, or a page."""
    return _respond(request, err, headers)


def _respond(request: Request, err: ApiError, headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        body = {"error": {"code": err.code, "message": err.message, "field": err.field}}
        return JSONResponse(body, status_code=err.status, headers=headers)
    from subsidy.web.render import render

    return render(request, "error.html", {"status": err.status, "message": err.people or err.message},
                  status_code=err.status)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _respond(request, exc)

    async def subsidy_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SubsidyError)
        return _respond(request, _from_subsidy(exc))

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _respond(request, _validation(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if TOO_LARGE in request.scope:  # a form parser reported web/limits.py's refusal as a 400
            return _respond(request, too_large(int(request.scope[TOO_LARGE])))
        return _respond(request, _from_http(exc), getattr(exc, "headers", None))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _respond(request, ApiError(500, "internal", "服务器内部错误，已记录；请稍后重试或联系管理员"))

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(SubsidyError, subsidy_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, server_error)
