"""The HTTP API under ``/api`` (OpenAPI at ``/api/openapi.json``; docs/web.md).

It answers with the documents of the CLI: ``GET /api/policies/{id}`` is ``subsidy show ID --json``,
``POST /api/assess`` is ``subsidy assess --json`` (built by the same functions), and every answer
about a policy carries its rules' version in the header ``X-Policy-Version``. Bad input is a 4xx with
the error envelope of :mod:`subsidy.web.errors`."""

from __future__ import annotations

import json
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from subsidy.errors import CaseInputError
from subsidy.rules.assessment import assess_request, assessment_json
from subsidy.rules.case import CASE_FILE_BYTES, load_case_text
from subsidy.rules.describe import policy_summary
from subsidy.rules.report import show_json
from subsidy.services.clock import china_today
from subsidy.web import batch
from subsidy.web.answers import AnswerCache
from subsidy.web.errors import CODES, ApiError, ErrorEnvelope
from subsidy.web.lean_route import LeanRoute
from subsidy.web.policies import served_versions, shipped_policies, shipped_policy
from subsidy.web.render import render
from subsidy.web.schemas import AssessOut, CaseIn, PolicyDetail, PolicySummary

__all__ = ["ANSWERS", "VERSION_HEADER", "json_bytes", "read_body", "router"]

router = APIRouter(prefix="/api", tags=["政策与评估"])

VERSION_HEADER = "X-Policy-Version"
_VERSION_DOC = {VERSION_HEADER: {"description": "规则版本（政策文件的内容哈希）；政策列表为「编号=版本」以逗号分隔",
                                 "schema": {"type": "string"}}}


PolicyId = Annotated[str, Path(description="政策编号", examples=["cn-bj-chaoyang-smart-eldercare"])]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "请求体不是有效的 JSON", 404: "找不到该政策或条款", 411: "缺少 Content-Length",
            413: "请求体超过大小上限", 415: "内容类型不是 JSON", 422: "输入的值不符合要求"}
    return {s: {"model": ErrorEnvelope, "description": text[s]} for s in statuses}


def _ok(model: type, media: str = "application/json") -> dict[int | str, dict[str, Any]]:
    doc: dict[str, Any] = {"description": "成功", "headers": _VERSION_DOC}
    if media != "application/json":
        doc["content"] = {media: {"schema": {"type": "string"}}}
    return {200: doc}


def json_bytes(doc: Any) -> bytes:
    """A document as compact UTF-8 JSON: by orjson (a whole-policy assessment, 50–110 KB, in a tenth of
    the time of the standard library), the same bytes as ``json.dumps(doc, ensure_ascii=False,
    separators=(",", ":"))``; by the standard library when orjson refuses the document (an integer
    beyond 64 bits, as a client may write a fact)."""
    try:
        return orjson.dumps(doc)
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


class _Json(JSONResponse):
    """Starlette's JSON answer, serialised by :func:`json_bytes`."""

    def render(self, content: Any) -> bytes:
        return json_bytes(content)


def _json(doc: Any, versions: str) -> JSONResponse:
    return _Json(doc, headers={VERSION_HEADER: versions})


class _Kept(JSONResponse):
    """A JSON answer whose bytes are already made (the same headers as :class:`_Json`'s)."""

    def render(self, content: Any) -> bytes:
        assert isinstance(content, bytes)
        return content


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """接口说明页（由 OpenAPI 生成，不加载任何外部资源）。"""
    schema = request.app.openapi()
    operations = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                   "description": op.get("description", ""),
                   "parameters": [{"name": x["name"], "in": _WHERE.get(x["in"], x["in"]),
                                   "required": x.get("required", False),
                                   "description": x.get("description", "")} for x in op.get("parameters", [])],
                   "statuses": sorted(op.get("responses", {}))}
                  for path, item in schema["paths"].items() for method, op in item.items()]
    return render(request, "api_docs.html", {"operations": operations, "codes": CODES,
                                             "version_header": VERSION_HEADER})


_WHERE = {"path": "路径", "query": "查询参数", "header": "请求头"}


@router.get("/policies", response_model=list[PolicySummary], summary="政策列表",
            responses=_ok(list))
def list_policies() -> JSONResponse:
    """每项政策：编号、名称、发布机关、状态（按今天的日期）、有效期、条款数、规则版本。"""
    rows = shipped_policies()
    today = china_today()
    return _json([policy_summary(p, today) for p in rows], ",".join(f"{p.id}={p.version}" for p in rows))


@router.get("/policies/{policy_id}", response_model=PolicyDetail, summary="一项政策",
            responses={**_ok(dict), **_errors(404, 422)})
def get_policy(policy_id: PolicyId) -> JSONResponse:
    """与 `subsidy show 政策编号 --json` 相同：全部资金条款（原文、所需事实、条件、公式、上限、收款方）和非资金条款。"""
    p = shipped_policy(policy_id)
    return _json(show_json(p), p.version)


@router.get("/policies/{policy_id}/clauses/{clause}", response_model=PolicyDetail, summary="一个条款",
            responses={**_ok(dict), **_errors(404, 422)})
def get_clause(policy_id: PolicyId,
               clause: Annotated[str, Path(description="条款 id 或条款编号", examples=["art7", "第七条"])]) -> JSONResponse:
    """与 `subsidy show 政策编号/条款 --json` 相同：条款 id（art7）或条款编号（第七条、第五条第一款）；
    一条下有多款时列出该条的全部条款。"""
    p = shipped_policy(policy_id)
    return _json(show_json(p, clause), p.version)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 beyond ``limit`` bytes (before reading it when the
    ``Content-Length`` says so, else as soon as it passes the limit)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise ApiError(413, "too_large", f"请求体超过 {limit // 1024} KB 上限", "body")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"请求体超过 {limit // 1024} KB 上限", "body")
        chunks.append(chunk)
    return b"".join(chunks)


def _case_data(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "malformed_json", f"请求体不是 UTF-8 编码（第 {exc.start + 1} 字节）", "body") from exc
    try:
        return load_case_text(text, "请求体", is_json=True)
    except CaseInputError:
        _syntax(text)  # a body that is not JSON at all is told so (400), before what the case reader says
        raise


def _syntax(text: str) -> None:
    """A 400 for text that is not JSON, a 422 for JSON nested too deep; nothing for valid JSON. Only
    after the case reader refused the body: the body is parsed once when it is a good case."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "malformed_json", f"请求体不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列附近格式错误"
                                              "（处理办法：检查括号、引号和逗号）", "body") from exc
    except RecursionError as exc:
        raise ApiError(422, "invalid_input", "请求体嵌套过深", "body") from exc


_API_OPTIONS = {"as_of": "as_of", "effective_from": "effective_from"}


async def assess_case(
    request: Request,
    policy: str | None = Query(None, description="政策编号（默认取案例中的 policy）"),
    clause: str | None = Query(None, description="只看一个条款（条款 id 或条款编号），同 --clause"),
    as_of: str | None = Query(None, description="评估日期，覆盖案例中的 as_of，同 --as-of"),
    effective_from: str | None = Query(None, description="征求意见稿的假定施行日期，同 --effective-from"),
) -> JSONResponse:
    """请求体是一个案例（与案例文件相同，JSON；docs/case-format.md），返回与 `subsidy assess --json`
    完全相同的文档（docs/json-contract.md）。"""
    media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media not in ("application/json", ""):
        raise ApiError(415, "unsupported_media_type", f"请求体应为 JSON（Content-Type: application/json），收到「{media[:60]}」",
                       "body")
    body = await read_body(request, CASE_FILE_BYTES)
    today = china_today()
    key = (served_versions(), today, policy, clause, as_of, effective_from, body)
    kept = ANSWERS.get(key)
    if kept is not None:
        return _Kept(kept[0], headers={VERSION_HEADER: kept[1]})
    done = assess_request(_case_data(body), today=today, name="请求", policy=policy, clause=clause, as_of=as_of,
                          effective_from=effective_from, options=_API_OPTIONS, find=shipped_policy)
    answer, version = json_bytes(assessment_json(done)), done.result.policy.version
    ANSWERS.put(key, answer, version)
    return _Kept(answer, headers={VERSION_HEADER: version})


ANSWERS = AnswerCache()
"""The last whole answers of ``POST /api/assess`` (web/answers.py: keyed on everything an answer
depends on, so a kept answer is the one assessing again would give)."""


router.add_api_route("/assess", assess_case, methods=["POST"], response_model=AssessOut, summary="评估一个案例",
                     responses={**_ok(dict), **_errors(400, 404, 413, 415, 422)},
                     openapi_extra={"requestBody": {"required": True, "content": {
                         "application/json": {"schema": CaseIn.model_json_schema()}}}},
                     route_class_override=LeanRoute)  # parameters read directly: the API's hot path (web/lean_route.py)


@router.post("/assess/batch", summary="批量评估（上传 CSV 或 Parquet）",
             responses={**_ok(str, "text/csv"), **_errors(404, 411, 413, 422)},
             response_class=Response,
             openapi_extra={"requestBody": {"required": True, "content": {
                 "multipart/form-data": {"schema": batch.FORM_SCHEMA}}}})
async def assess_batch(request: Request) -> Response:
    """每行一个申报主体：列名是政策的事实名（或其中文名称），值的写法与案例文件相同（金额带单位，
    是/否，类别值），空白为未知；可选列 name。返回结果文件（CSV，UTF-8）：每行每个条款的结论、
    最高可获与就高差额后金额（元），以及合计。"""
    form = await batch.read_form(request)
    p = shipped_policy(form.policy)
    text = await run_in_threadpool(batch.assess_upload, p, form, china_today())
    return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={VERSION_HEADER: p.version,
                             "Content-Disposition": 'attachment; filename="results.csv"'})

